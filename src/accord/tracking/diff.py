"""Word-level changes between two appearances of a position, key-term changes flagged.

Alliance language moves by single words ("of the Korean Peninsula" becomes
"of the DPRK", "full range" becomes "full spectrum", "ironclad" arrives), so
changes are shown word by word, and a change in one of the key terms of
``key_terms.yaml`` is called out as significant: those are the changes a
reader is briefed on.
"""
from __future__ import annotations

import difflib
import re
from dataclasses import dataclass, field

from accord.tracking.vocabulary import Vocabulary, load_vocabulary

TOKEN = re.compile(r"(?:[A-Za-z]\.){2,}|[\w'’.-]*\w|[^\w\s]")


@dataclass
class WordOp:
    op: str  # equal | insert | delete | replace
    before: str
    after: str


@dataclass
class KeyTermChange:
    term: str
    before: str | None  # the words as written in the earlier appearance, None when absent
    after: str | None

    @property
    def kind(self) -> str:
        if self.before is None:
            return "added"
        if self.after is None:
            return "dropped"
        return "changed"

    def describe(self) -> str:
        if self.kind == "added":
            return f"{self.term}: added “{self.after}”"
        if self.kind == "dropped":
            return f"{self.term}: dropped “{self.before}”"
        return f"{self.term}: “{self.before}” → “{self.after}”"


@dataclass
class Change:
    """What changed from one appearance of a thread to the next."""

    before_statement: str
    after_statement: str
    before_meeting: str
    after_meeting: str
    ops: list[WordOp] = field(default_factory=list)
    key_terms: list[KeyTermChange] = field(default_factory=list)

    @property
    def significant(self) -> bool:
        return bool(self.key_terms)

    @property
    def unchanged(self) -> bool:
        return all(op.op == "equal" for op in self.ops)

    def edits(self) -> list[WordOp]:
        return [op for op in self.ops if op.op != "equal"]


def words(text: str) -> list[str]:
    return TOKEN.findall(text)


def word_diff(before: str, after: str) -> list[WordOp]:
    """Opcodes of difflib over word tokens, compared case-insensitively, reported as written."""
    a, b = list(TOKEN.finditer(before)), list(TOKEN.finditer(after))
    matcher = difflib.SequenceMatcher(None, [m.group(0).lower() for m in a], [m.group(0).lower() for m in b],
                                      autojunk=False)
    return [WordOp(tag, _span(before, a, i1, i2), _span(after, b, j1, j2)) for tag, i1, i2, j1, j2 in matcher.get_opcodes()]


def _span(text: str, tokens: list[re.Match], i: int, j: int) -> str:
    """The words of tokens i..j as written, spacing and punctuation included."""
    return text[tokens[i].start():tokens[j - 1].end()] if j > i else ""


def key_term_changes(before: str, after: str, vocab: Vocabulary | None = None) -> list[KeyTermChange]:
    vocab = vocab or load_vocabulary()
    a, b = vocab.key_terms_in(before), vocab.key_terms_in(after)
    out = []
    for term in vocab.key_terms:
        va, vb = a.get(term.name), b.get(term.name)
        if va is None and vb is None:
            continue
        if va is not None and vb is not None and va[0] == vb[0]:
            continue
        out.append(KeyTermChange(term.name, va[1] if va else None, vb[1] if vb else None))
    return out


def compare(before_text: str, after_text: str, *, before_statement: str = "", after_statement: str = "",
            before_meeting: str = "", after_meeting: str = "", vocab: Vocabulary | None = None) -> Change:
    return Change(before_statement, after_statement, before_meeting, after_meeting,
                  word_diff(before_text, after_text), key_term_changes(before_text, after_text, vocab))
