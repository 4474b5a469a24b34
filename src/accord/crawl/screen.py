"""The relevance screen: a cheap look at a page's raw bytes before anything is parsed.

Almost every page of a web archive is not a dialogue statement, and parsing
HTML or running spaCy costs a thousand times more than looking for words. The
screen compiles every cue into one Aho-Corasick automaton (dialogue names and
acronyms from the registry, party names, verbs of record from ``acts.yaml``,
meeting and defense vocabulary) and runs it once over the lower-cased bytes —
the same for WET text and for raw HTML, chrome and scripts included. A page
is kept when it names a known dialogue (or, for one the registry lacks,
speaks of a joint statement, dialogue or consultations and plainly of defense), at least two
parties, defense words, and several distinct verbs of record.
"""
from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass

import ahocorasick_rs

from accord.knowledge import Knowledge, default_knowledge

# Words that name a dialogue's meeting where the registry does not know the dialogue; the general
# ones ("talks", "summit", "meeting") are in every foreign-news page and do not count here.
MEETING = ["joint statement", "joint press statement", "joint communique", "joint communiqué", "communiqué",
           "communique", "readout", "dialogue", "consultations", "consultative", "ministerial", "co-chaired",
           "co-chair", "2+2", "defence ministers", "defense ministers", "ministers meeting", "ministers' meeting",
           "ministers’ meeting", "ministerial meeting", "working group", "trilateral", "defense chiefs",
           "defence chiefs", "counterpart", "the two sides", "both sides", "two-plus-two", "2-plus-2",
           "foreign and defense ministers", "foreign and defence ministers", "foreign ministers", "joint press"]
DEFENSE = ["defense", "defence", "deterrence", "alliance", "military", "security", "missile", "nuclear",
           "armed forces", "troops", "interoperability", "denucleari"]
# Verbs of record are matched by stem at a word start, so "reaffirm" finds every inflection.
EXTRA_VERBS = ["held", "hosted", "met", "agreed", "committed"]
LEXICAL_BOUNDARY = re.compile(rb"[a-z0-9]")


@dataclass(frozen=True)
class Verdict:
    keep: bool
    dialogues: int
    meeting: int
    parties: int
    defense: int
    verbs: int

    @property
    def reason(self) -> str:
        return (f"dialogues {self.dialogues}, meeting words {self.meeting}, parties {self.parties}, "
                f"defense words {self.defense}, verbs of record {self.verbs}")


class Screen:
    """One automaton over every cue; ``keep(raw)`` says whether a page is worth parsing."""

    def __init__(self, kb: Knowledge | None = None):
        kb = kb or default_knowledge()
        cues: dict[bytes, tuple[str, str]] = {}

        def add(word: str, category: str, key: str) -> None:
            w = " ".join(word.lower().split()).encode("utf-8")
            if len(w) >= 2:
                cues.setdefault(w, (category, key))

        for d in kb.dialogues:
            for name in d.names():
                # an acronym alone ("SCM", "EDD") is a weaker cue than a dialogue's name
                add(name, "meeting" if name == d.acronym and len(name) <= 4 else "dialogue", name.lower())
        for word in MEETING:
            add(word, "meeting", word)
        for word in DEFENSE:
            add(word, "defense", word)
        for code, spec in kb.parties.items():
            for kind in ("names", "adjectives"):
                for alias in spec.get(kind, []):
                    if alias.lower() not in ("us", "the north"):  # "us" is a pronoun in lower case
                        add(alias, "party", code)
        lemmas = set(kb.acts.get("verbs", {})) | set(kb.acts.get("nouns", {}))
        for lemma in sorted(lemmas):
            add(_stem(lemma), "verb", _stem(lemma))
        for word in EXTRA_VERBS:
            add(word, "verb", word.strip())
        self._patterns = list(cues)
        self._meaning = [cues[p] for p in self._patterns]
        self._ac = ahocorasick_rs.BytesAhoCorasick(self._patterns, matchkind=ahocorasick_rs.MatchKind.LeftmostLongest)

    def verdict(self, raw: bytes) -> Verdict:
        low = raw.lower()
        found: dict[str, set[str]] = defaultdict(set)
        defense = 0
        for index, start, end in self._ac.find_matches_as_indexes(low, overlapping=False):
            if start and LEXICAL_BOUNDARY.match(low, start - 1):
                continue  # inside a word: "met" in "metal"
            category, key = self._meaning[index]
            whole = category != "verb" and category != "defense" or end - start <= 4
            if whole and end < len(low) and LEXICAL_BOUNDARY.match(low, end):
                continue  # names and short words end where the word ends: "Japan" not "Japanese", "met" not "metal"
            found[category].add(key)
            defense += category == "defense"
        v = (len(found["dialogue"]), len(found["meeting"]), len(found["party"]), defense, len(found["verb"]))
        dialogues, meeting, parties, defense, verbs = v
        keep = ((dialogues >= 1 and defense >= 1)
                or (meeting >= 2 and defense >= 2 and verbs >= 3))
        return Verdict(keep, *v)

    def keep(self, raw: bytes) -> bool:
        return self.verdict(raw).keep


def _stem(lemma: str) -> str:
    """The part every inflection shares: "agree" → "agre", "commit" → "commit", "apply" → "appl"."""
    if lemma.endswith("e") and len(lemma) > 4:
        return lemma[:-1]
    if lemma.endswith("y") and len(lemma) > 4:
        return lemma[:-1]
    return lemma
