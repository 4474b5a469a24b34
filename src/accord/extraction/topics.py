"""Topics: the subjects a clause is about, from the closed list in ``data/topics.yaml``."""
from __future__ import annotations

import re

from accord.extraction import topic_model
from accord.knowledge import Knowledge

SESSION_CUE = re.compile(r"^\s*(?:At|During|In)\s+the\s+[^,]{3,120}?\b(?:session|meeting|plenary)\s*,\s*", re.I)


def _is_acronym(pattern: str) -> bool:
    return not re.search(r"[a-z]", re.sub(r"\\[a-z]", "", pattern))


def _compile(patterns: list[str]) -> list[re.Pattern]:
    """At most two regexes per topic: acronyms matched as written, words in any case."""
    out = []
    for exact in (True, False):
        group = [p for p in patterns if _is_acronym(p) == exact]
        if group:
            body = "|".join(f"(?:{p})" for p in group)
            out.append(re.compile(r"(?<![\w-])(?:" + body + r")(?![\w])", 0 if exact else re.I))
    return out


class TopicTagger:
    def __init__(self, kb: Knowledge):
        self.kb = kb
        data = kb.topics
        self.order = list(data.get("topics", {}))
        self.patterns = {t: _compile(pats or []) for t, pats in data.get("topics", {}).items()}
        self.fallback = data.get("fallback", "other")
        general = data.get("general") or {}
        self.general_topic = general.get("topic")
        self.general = _compile(general.get("patterns", []))
        self.suppress = {k: set(v or []) for k, v in (data.get("suppress") or {}).items()}
        third = data.get("third_country") or {}
        self.third_topic = third.get("topic")
        self.third_except = set(third.get("except") or [])
        multi = data.get("multilateral") or {}
        self.multi_topic = multi.get("topic")
        self.multi_size = multi.get("parties", 3)
        self.multi_bodies = set(multi.get("bodies") or [])
        self.multi_unless = set(multi.get("unless") or [])
        self.theatre = {t: (set(spec.get("parties") or []), _compile(spec.get("names") or []))
                        for spec in data.get("theatres") or [] for t in spec.get("topics") or []}
        self.country = {code: (spec["topic"], set(spec.get("unless") or []))
                        for code, spec in (data.get("country") or {}).items()}
        learned = data.get("learned") or {}
        self.model = topic_model.load(learned["weights"], float(learned.get("threshold", 0.5)),
                                      tuple((t, float(v)) for t, v in (learned.get("thresholds") or {}).items())) \
            if learned.get("weights") else None
        if self.model is not None and not set(self.model.topics) <= set(self.names):
            self.model = None  # weights trained for another list of topics

    @property
    def names(self) -> list[str]:
        return self.order + ([self.fallback] if self.fallback not in self.order else [])

    def _multilateral(self, parties: list[str] | None) -> bool:
        at_table = set(parties or ())
        return bool(self.multi_topic) and not at_table & self.multi_unless \
            and (len(at_table) >= self.multi_size or bool(at_table & self.multi_bodies))

    def meeting(self, dialogue_topics: list[str] | None, parties: list[str] | None = None) -> list[str]:
        """The topics of a meeting act: its dialogue's, else the region's or the alliance at large."""
        if dialogue_topics:
            return list(dialogue_topics)
        return [self.multi_topic if self._multilateral(parties) else self.general_topic or self.fallback]

    def tag(self, text: str, dialogue_topics: list[str] | None = None, parties: list[str] | None = None) -> list[str]:
        """The topics of a clause; ``parties`` (the meeting's) tell a third country from a partner."""
        text = SESSION_CUE.sub("", text)
        found = [t for t in self.order if any(p.search(text) for p in self.patterns[t])]
        named = {code for _, _, code in self.kb.parties_in(text)} if parties is not None else set()
        extra = set()
        for code in named - set(parties or ()):
            if code in self.country:
                topic, unless = self.country[code]
                if not unless & set(found):
                    extra.add(topic)
            elif code not in self.third_except and len(code) == 3 and self.third_topic:
                extra.add(self.third_topic)
        if extra - set(found):
            found = [t for t in self.order if t in found or t in extra]
        if parties is not None:  # "diplomacy" at talks of Chile and Norway: no diplomacy with the DPRK
            found = [t for t in found if t not in self.theatre or self.theatre[t][0] & (set(parties) | named)
                     or any(p.search(text) for p in self.theatre[t][1])]
        for t in list(found):
            found = [f for f in found if f not in self.suppress.get(t, ())]
        if found:
            return found
        if dialogue_topics:
            return list(dialogue_topics)
        if self._multilateral(parties):
            return [self.multi_topic]
        if self.general_topic and any(p.search(text) for p in self.general):
            return [self.general_topic]
        return [self.fallback]

    def registered(self, dialogue: str | None, acronym: str | None) -> bool:
        """The meeting is a round of a dialogue in the registry, whose own topics its clauses keep."""
        return any(self.kb.dialogue(x) is not None for x in (acronym, dialogue) if x)

    def features(self, found: list[str], text: str, act: str, commitment: bool, parties: list[str]) -> set[str]:
        """What the learned model reads of a clause (the rules' topics ``found`` among it)."""
        organisations = {c for c in parties if self.kb.is_organisation(c)}
        return topic_model.features(text, found, act, commitment, parties, organisations)

    def settle(self, found: list[str], text: str, act: str, commitment: bool, parties: list[str],
               registered: bool) -> list[str]:
        """The rules' topics, with the broad ones (partnership, region, other) chosen by the learned model. A
        dialogue in the registry keeps the rules' topics: its own topics there say what its clauses are about."""
        if self.model is None or registered:
            return found
        return topic_model.settle(self.model, found, self.features(found, text, act, commitment, parties), self.names)
