"""The vocabulary of positions (``key_terms.yaml``): content words and key terms of a clause.

Two statements carry the same position when they say the same thing about
the same object, however worded. Comparing them needs the words that carry
the position, reduced to one form each (stems, synonyms, multiword names as
one word, the North and the peninsula as one object) and freed of what
carries none (verbs of record, party names, fillers). Key terms are the
words whose change between rounds a reader must see.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cached_property, lru_cache

import snowballstemmer

from accord.knowledge import Knowledge, default_knowledge

STOPWORDS = frozenset("""
a an the and or but nor so yet of to in on at by for with from into onto upon over under about against between
through during before after above below toward towards across within without along around behind beyond via per
as than then if while until unless because since though although whether where when which who whom whose what how
why that this these those it its itself they them their theirs themselves we our us he his she her i you your
is are was were be been being am has have had having do does did done not no nor only own same too very just
both either neither each other another such one ones there here also again once up out off
""".split())

WORD = re.compile(r"[A-Za-z][A-Za-z0-9]*|\d[\w]*|[^\w\s]")


@dataclass(frozen=True)
class KeyTerm:
    name: str
    patterns: tuple[tuple[str, re.Pattern], ...]  # (value label, compiled pattern); label == name for plain terms
    is_slot: bool = False


RUNS_MEMO = 20000  # texts whose runs are kept


@dataclass
class Vocabulary:
    replacements: re.Pattern  # phrases, object slot and party names in one alternation
    tokens: dict[str, str]  # group name -> replacement token ("" drops the words)
    synonyms: dict[str, str]  # word or stem -> canonical stem
    boilerplate: frozenset[str]
    key_terms: list[KeyTerm] = field(default_factory=list)
    object_token: str = "korea"

    def content_terms(self, text: str) -> list[str]:
        """The words that carry a clause's position, one canonical form each, in order."""
        return [term for run in self.runs(text) for term, _ in run]

    def runs(self, text: str) -> list[list[tuple[str, str]]]:
        """Runs of adjacent content words as (canonical form, words as written): the phrases of a clause.

        Kept per text (a clause is signed, labelled and diffed more than once); the caller must not change them.
        """
        memo = self.__dict__.setdefault("_runs_memo", {})
        got = memo.get(text)
        if got is None:
            if len(memo) >= RUNS_MEMO:
                memo.clear()
            got = memo[text] = self._runs(text)
        return got

    def _runs(self, text: str) -> list[list[tuple[str, str]]]:
        out: list[list[tuple[str, str]]] = [[]]
        pos = 0
        for m in self.replacements.finditer(text):
            self._words(text[pos:m.start()], out)
            token = self.tokens[m.lastgroup]
            if token:
                out[-1].append((token, m.group(0)))
            elif out[-1]:
                out.append([])
            pos = m.end()
        self._words(text[pos:], out)
        return [run for run in out if run]

    def _words(self, text: str, out: list[list[tuple[str, str]]]) -> None:
        for m in WORD.finditer(text):
            word = m.group(0)
            if not word[0].isalpha():
                if word != "-" and out[-1]:
                    out.append([])
                continue
            term = self.canonical(word.lower())
            if term is None:
                if len(word) > 1 and out[-1]:
                    out.append([])
                continue
            out[-1].append((term, word))

    def canonical(self, word: str) -> str | None:
        """One form for the word's sense, or None for a word that carries no position."""
        if word in self.boilerplate or word in STOPWORDS or len(word) < 2:
            return None
        if word in self.phrase_tokens:
            return word
        word = self.synonyms.get(word, word)
        stem = self.synonyms.get(_stem(word), _stem(word))
        return None if stem in self.boilerplate else stem

    @cached_property
    def phrase_tokens(self) -> frozenset[str]:
        return frozenset(t for t in self.tokens.values() if t)

    def key_terms_in(self, text: str) -> dict[str, tuple[str, str]]:
        """Key term name -> (value, words as written) for each key term the text uses."""
        found: dict[str, tuple[str, str]] = {}
        for term in self.key_terms:
            best = None
            for label, pat in term.patterns:
                m = pat.search(text)
                if m and (best is None or m.start() < best[2]):
                    best = (label, m.group("v") if "v" in pat.groupindex and m.group("v") else m.group(0), m.start())
            if best:
                found[term.name] = (best[0], best[1])
        return found


@lru_cache(maxsize=4096)
def _stem(word: str) -> str:
    return _stemmer().stemWord(word)


@lru_cache(maxsize=1)
def _stemmer():
    return snowballstemmer.stemmer("english")


def _compile(pattern: str) -> re.Pattern:
    flags = 0 if pattern.isupper() and len(pattern) <= 6 else re.IGNORECASE
    return re.compile(rf"(?<![\w-])(?:{pattern})(?![\w-])", flags)


def _alternation(entries: list[tuple[str, str]]) -> tuple[re.Pattern, dict[str, str]]:
    """One regex over (pattern, token) pairs, longest pattern first so the longest name wins."""
    seen, parts, tokens = set(), [], {}
    for pattern, token in sorted(entries, key=lambda e: len(e[0]), reverse=True):
        if pattern.casefold() in seen:
            continue
        seen.add(pattern.casefold())
        name = f"g{len(parts)}"
        tokens[name] = token
        body = pattern if (pattern.isupper() and len(pattern) <= 6) else f"(?i:{pattern})"
        parts.append(f"(?P<{name}>{body})")
    return re.compile(r"(?<!\w)(?:" + "|".join(parts) + r")(?!\w)"), tokens


def load_vocabulary(kb: Knowledge | None = None) -> Vocabulary:
    kb = kb or default_knowledge()
    return _build(kb)


@lru_cache(maxsize=8)
def _build(kb: Knowledge) -> Vocabulary:
    raw = kb.raw.get("key_terms") or {}
    entries: list[tuple[str, str]] = []
    for token, patterns in (raw.get("phrases") or {}).items():
        entries += [(p, token) for p in patterns]
    slot = raw.get("object_slot") or {}
    object_token = slot.get("token", "korea")
    slot_patterns = [re.escape(p) if not _is_regex(p) else p for p in slot.get("patterns") or []]
    entries += [(p, object_token) for p in slot_patterns]
    named = [re.compile(p, re.IGNORECASE) for p, _ in entries]
    for spec in kb.parties.values():
        for kind in ("institutions", "names", "adjectives"):
            entries += [(re.escape(alias), "") for alias in spec.get(kind, [])
                        if not any(n.fullmatch(alias) for n in named)]
    replacements, tokens = _alternation(entries)

    synonyms: dict[str, str] = {}
    for canonical, variants in (raw.get("synonyms") or {}).items():
        target = _stem(canonical)
        for v in [canonical, *variants]:
            synonyms[v.lower()] = canonical
            synonyms[_stem(v.lower())] = target
    boilerplate = frozenset(w.lower() for w in raw.get("boilerplate") or [])
    boilerplate |= frozenset(_stem(w) for w in boilerplate)

    terms = []
    for spec in raw.get("key_terms") or []:
        frame = spec.get("frame")
        if "values" in spec:
            pats = []
            for label, patterns in spec["values"].items():
                for p in patterns:
                    body = frame.replace("{value}", f"(?P<v>{p})") if frame else f"(?P<v>{p})"
                    pats.append((label, _compile(body)))
            terms.append(KeyTerm(spec["name"], tuple(pats), True))
        else:
            terms.append(KeyTerm(spec["name"], tuple((spec["name"], _compile(p)) for p in spec.get("patterns") or [])))
    return Vocabulary(replacements, tokens, synonyms, boilerplate, terms, object_token)


def _is_regex(pattern: str) -> bool:
    return any(c in pattern for c in "\\[](){}?*+|")
