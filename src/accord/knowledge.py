"""Knowledge kept as data: dialogues, parties, verbs of record, topics, titles.

The YAML files ship in ``accord/data``. A deployment replaces any of them by
putting a file of the same name in a directory named by ``ACCORD_KNOWLEDGE``
(or passed to ``Knowledge.load``): dialogues, parties and topics are data, not code.
"""
from __future__ import annotations

import os
import re
from dataclasses import dataclass, field
from functools import cached_property
from importlib import resources
from pathlib import Path
from typing import Any

import yaml

FILES = ("dialogues", "parties", "acts", "topics", "titles", "boilerplate", "conditions", "cameo")


@dataclass
class SessionInfo:
    name: str
    acronym: str | None
    aliases: list[str]


@dataclass
class DialogueInfo:
    name: str
    acronym: str | None
    aliases: list[str]
    parties: list[str]
    per_year: float | None = None
    anchor_round: int | None = None
    anchor_year: int | None = None
    topics: list[str] = field(default_factory=list)
    sessions: list[SessionInfo] = field(default_factory=list)

    def names(self) -> list[str]:
        """Every way of naming the dialogue, longest first so the best match wins."""
        out = [self.name, *self.aliases]
        if self.acronym and self.acronym not in out:
            out.append(self.acronym)
        return sorted(set(out), key=len, reverse=True)

    def year_of_round(self, rnd: int) -> float | None:
        if not (self.per_year and self.anchor_round is not None and self.anchor_year):
            return None
        return self.anchor_year + (rnd - self.anchor_round) / self.per_year

    def round_in_year(self, year: int) -> int | None:
        """The round a once-a-year dialogue holds in a given year."""
        if not (self.per_year == 1 and self.anchor_round is not None and self.anchor_year):
            return None
        return self.anchor_round + (year - self.anchor_year)


class Knowledge:
    """All knowledge files, parsed once."""

    def __init__(self, raw: dict[str, Any], source: str = "built-in"):
        self.raw = raw
        self.source = source

    @classmethod
    def load(cls, override_dir: str | os.PathLike | None = None) -> "Knowledge":
        override_dir = override_dir or os.environ.get("ACCORD_KNOWLEDGE")
        raw: dict[str, Any] = {}
        base = resources.files("accord") / "data"
        for name in FILES:
            path = None
            if override_dir and (Path(override_dir) / f"{name}.yaml").is_file():
                path = Path(override_dir) / f"{name}.yaml"
            elif (base / f"{name}.yaml").is_file():
                path = base / f"{name}.yaml"
            if path is not None:
                raw[name] = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
            else:
                raw[name] = {}
        return cls(raw, str(override_dir or "built-in"))

    # -- dialogues ---------------------------------------------------------
    @cached_property
    def dialogues(self) -> list[DialogueInfo]:
        out = []
        for d in self.raw["dialogues"].get("dialogues", []):
            cad = d.get("cadence") or {}
            anchor = cad.get("anchor") or {}
            out.append(DialogueInfo(
                name=d["name"], acronym=d.get("acronym"), aliases=list(d.get("aliases") or []),
                parties=list(d.get("parties") or []), per_year=cad.get("per_year"),
                anchor_round=anchor.get("round"), anchor_year=anchor.get("year"),
                topics=list(d.get("topics") or []),
                sessions=[SessionInfo(s["name"], s.get("acronym"), list(s.get("aliases") or []))
                          for s in d.get("sessions") or []],
            ))
        return out

    def dialogue(self, name_or_acronym: str | None) -> DialogueInfo | None:
        if not name_or_acronym:
            return None
        key = name_or_acronym.casefold()
        for d in self.dialogues:
            if key in (n.casefold() for n in d.names()):
                return d
        return None

    # -- parties -----------------------------------------------------------
    @cached_property
    def parties(self) -> dict[str, dict[str, list[str]]]:
        return {code: {k: list(v or []) for k, v in (spec or {}).items()}
                for code, spec in self.raw["parties"].get("parties", {}).items()}

    @cached_property
    def party_pattern(self) -> re.Pattern:
        """One regex whose named groups say which party a phrase names."""
        alts = []
        for code, spec in self.parties.items():
            for kind in ("institutions", "names", "adjectives"):
                for alias in spec.get(kind, []):
                    alts.append((alias, code))
        alts.sort(key=lambda a: len(a[0]), reverse=True)
        self._party_by_alias = {}
        parts = []
        for i, (alias, code) in enumerate(alts):
            self._party_by_alias[f"p{i}"] = code
            flags = "" if alias.isupper() or "." in alias else "(?i:"
            body = re.escape(alias)
            body = f"{flags}{body})" if flags else body
            parts.append(f"(?P<p{i}>{body})")
        return re.compile(r"(?<![\w.-])(?:" + "|".join(parts) + r")(?![\w-])")

    def parties_in(self, text: str) -> list[tuple[int, int, str]]:
        """(start, end, code) of each party named in a phrase."""
        pat = self.party_pattern
        return [(m.start(), m.end(), self._party_by_alias[m.lastgroup]) for m in pat.finditer(text)]

    # -- acts, topics, titles, other data ------------------------------------
    @property
    def acts(self) -> dict[str, Any]:
        return self.raw["acts"]

    @property
    def topics(self) -> dict[str, Any]:
        return self.raw["topics"]

    @property
    def titles(self) -> dict[str, Any]:
        return self.raw["titles"]

    @property
    def boilerplate(self) -> dict[str, Any]:
        return self.raw["boilerplate"]

    @property
    def conditions(self) -> dict[str, Any]:
        return self.raw["conditions"]

    @property
    def cameo(self) -> dict[str, Any]:
        return self.raw["cameo"]


_DEFAULT: Knowledge | None = None


def default_knowledge() -> Knowledge:
    global _DEFAULT
    if _DEFAULT is None:
        _DEFAULT = Knowledge.load()
    return _DEFAULT
