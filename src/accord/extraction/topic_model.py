"""A learned choice among the broad topics, where the rules cannot tell them apart.

A clause that names no subject of its own is about the partners' relationship
(`alliance_coordination`), the region (`regional_cooperation`) or something
else (`other`). Word lists choose poorly between these, and annotators of real
pages choose by the whole clause and the meeting it comes from. A logistic
model per broad topic, trained on keyword gold of real pages
(``eval/train_topics.py``), makes that choice; the topics the rules find by
name stay as the rules give them. The weights are a table of single words and
meeting features (``data/topic_weights.tsv``): no text is kept.
"""
from __future__ import annotations

import math
import re
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources

WORD = re.compile(r"[a-z_][a-z_0-9-]+")
ALLIANCE_MARKS = ("USA", "NATO")  # parties whose presence makes a meeting an alliance's


def features(text: str, rule_topics: list[str], act: str, commitment: bool, parties: list[str],
             organisations: set[str]) -> set[str]:
    """The features of one clause: its words, what the rules found, and the meeting it belongs to."""
    found = set(WORD.findall(text.lower()))
    found |= {f"ACT_{act}", f"NP_{min(len(parties), 4)}", *(f"RULE_{t}" for t in rule_topics),
              *(f"HAS_{c}" for c in parties if c in ALLIANCE_MARKS)}
    if commitment:
        found.add("COMMIT")
    if set(parties) & organisations:
        found.add("BODY")
    return found


@dataclass(frozen=True)
class TopicModel:
    topics: tuple[str, ...]
    bias: tuple[float, ...]
    weights: dict[str, tuple[float, ...]]
    threshold: float
    thresholds: dict[str, float] = field(default_factory=dict)  # a topic's own, where the common one misjudges it

    def probabilities(self, feats: set[str]) -> dict[str, float]:
        """Each broad topic's probability; features are binary, scaled to unit length as in training."""
        known = [f for f in feats if f in self.weights]
        scale = 1 / math.sqrt(len(known)) if known else 0.0
        out = {}
        for k, topic in enumerate(self.topics):
            z = self.bias[k] + scale * sum(self.weights[f][k] for f in known)
            out[topic] = 1 / (1 + math.exp(-z))
        return out

    def choose(self, feats: set[str], named: list[str]) -> list[str]:
        """The broad topics above the threshold; the likeliest one where the rules name no topic either."""
        probs = self.probabilities(feats)
        chosen = [t for t in self.topics if probs[t] >= self.thresholds.get(t, self.threshold)]
        if not chosen and not named:
            chosen = [max(self.topics, key=probs.__getitem__)]
        return chosen


def settle(model: TopicModel | None, found: list[str], feats: set[str], order: list[str]) -> list[str]:
    """The rules' topics with the broad ones chosen by the model, in ``order``."""
    if model is None:
        return found
    named = [t for t in found if t not in model.topics]
    chosen = set(model.choose(feats, named))
    return [t for t in order if t in chosen or t in named]


def parse_table(text: str, threshold: float, thresholds: dict[str, float] | None = None) -> TopicModel:
    topics: tuple[str, ...] = ()
    bias: tuple[float, ...] = ()
    weights = {}
    for line in text.splitlines():
        if not line or line.startswith("# "):
            continue
        name, *values = line.split("\t")
        if name == "#topics":
            topics = tuple(values)
        elif name == "#bias":
            bias = tuple(float(v) for v in values)
        else:
            weights[name] = tuple(float(v) for v in values)
    if not topics or len(bias) != len(topics) or any(len(w) != len(topics) for w in weights.values()):
        raise ValueError("topic weights: a #topics row, a #bias row and one weight per topic on every row are needed")
    return TopicModel(topics, bias, weights, threshold, dict(thresholds or {}))


@lru_cache(maxsize=4)
def load(table: str, threshold: float, thresholds: tuple[tuple[str, float], ...] = ()) -> TopicModel:
    return parse_table((resources.files("accord.data") / table).read_text(encoding="utf-8"), threshold, dict(thresholds))
