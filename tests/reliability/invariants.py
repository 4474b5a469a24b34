"""What every record must satisfy, whatever text it came from."""
from __future__ import annotations

import json
from functools import lru_cache

ACTS = {"meet", "assess", "agree", "reaffirm", "commit", "note", "appreciate", "discuss", "concern", "other"}


@lru_cache(maxsize=1)
def vocabulary() -> tuple[frozenset[str], frozenset[str]]:
    """(party codes, topics) of the built-in knowledge."""
    from accord.knowledge import default_knowledge

    kb = default_knowledge()
    topics = kb.raw["topics"]
    return frozenset(kb.parties), frozenset(topics["topics"]) | {topics.get("fallback", "other")}


def problems(rec, text: str | None = None) -> list[str]:
    """Everything wrong with a record (empty when it is sound).

    ``text`` is the cleaned text the record was extracted from, when the caller
    has it; it must be the record's own document text, or that text after the
    caption lines a page was read again with (its warnings say so).
    """
    parties, topics = vocabulary()
    out: list[str] = []
    doc_text = rec.document.text
    with_captions = doc_text.endswith("\n\n" + (text or "")) and any("captions" in w for w in rec.document.warnings)
    if text is not None and doc_text != text and not with_captions:
        out.append("the record's document text is not the text it was extracted from")
    ids = [s.id for s in rec.statements]
    if len(ids) != len(set(ids)):
        out.append(f"duplicate statement ids: {ids}")
    for s in rec.statements:
        where = f"statement {s.id} [{s.start}:{s.end}]"
        if not (0 <= s.start < s.end <= len(doc_text)):
            out.append(f"{where}: span outside the text of {len(doc_text)} characters")
            continue
        if doc_text[s.start:s.end] != s.text:
            out.append(f"{where}: text {s.text[:60]!r} is not the cleaned text at its span")
        if s.condition and s.condition not in s.text:
            out.append(f"{where}: condition {s.condition[:60]!r} is not inside the statement")
        if s.content and s.content not in doc_text:
            out.append(f"{where}: content {s.content[:60]!r} is not in the text")
        if not s.actors or not set(s.actors) <= parties:
            out.append(f"{where}: actors {s.actors} are not known party codes")
        if s.reported_by and not set(s.reported_by) <= parties:
            out.append(f"{where}: reported_by {s.reported_by} are not known party codes")
        if not set(s.topics) <= topics:
            out.append(f"{where}: topics {sorted(set(s.topics) - topics)} are not in the closed list")
        if s.act not in ACTS:
            out.append(f"{where}: act {s.act!r} is not one of the acts")
    for m in rec.milestones:
        if m.start is not None and not (0 <= m.start <= m.end <= len(doc_text)):
            out.append(f"milestone {m.name!r}: span outside the text")
        elif m.start is not None and m.text is not None and doc_text[m.start:m.end] != m.text:
            out.append(f"milestone {m.name!r}: text is not the cleaned text at its span")
    if not set(rec.meeting.parties) <= parties:
        out.append(f"meeting parties {rec.meeting.parties} are not known party codes")
    for h in rec.meeting.heads:
        if h.party is not None and h.party not in parties:
            out.append(f"head {h.name!r}: party {h.party!r} is not a known party code")
    try:
        json.dumps(rec.to_dict(), ensure_ascii=False)
    except (TypeError, ValueError) as e:
        out.append(f"the record does not serialize: {e}")
    return out
