"""The overview: every dialogue with its rounds on a timeline and its topics round by round."""
from __future__ import annotations

from collections import Counter, defaultdict

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse
from markupsafe import Markup

from accord.web import charts, views
from accord.web.adapters import Snapshot
from accord.web.deps import snapshot, store_of
from accord.web.render import kept_page, render

router = APIRouter(include_in_schema=False)


@router.get("/", response_class=HTMLResponse)
def overview(request: Request):
    if (kept := kept_page(request)) is not None:
        return kept
    with store_of(request) as store:
        snap = snapshot(request, store)
        if "overview" not in snap.memo:  # the views change only with the snapshot, that is, with the database
            snap.memo["overview"] = _overview_context(snap, store.meetings(), store.counts(), _topic_counts(store))
    return render(request, "overview.html", nav="overview", **snap.memo["overview"])


def _topic_counts(store) -> tuple[dict[str, int], dict[str, Counter]]:
    """Statements per current document, and per document and topic, counted in SQL."""
    totals = {r[0]: r[1] for r in store.conn.execute(
        "SELECT s.document_id, count(*) FROM statements s JOIN current_documents d ON d.id = s.document_id"
        " GROUP BY s.document_id").fetchall()}
    topics: dict[str, Counter] = defaultdict(Counter)
    for doc, topic, n in store.conn.execute(
            "SELECT s.document_id, t.topic, count(DISTINCT s.pk) FROM statements s"
            " JOIN current_documents d ON d.id = s.document_id JOIN statement_topics t ON t.statement_pk = s.pk"
            " GROUP BY s.document_id, t.topic").fetchall():
        topics[doc][topic] = n
    return totals, topics


def _overview_context(snap: Snapshot, meetings: list, counts: dict,
                      per_document: tuple[dict[str, int], dict[str, Counter]]) -> dict:
    doc_totals, doc_topics = per_document
    groups: dict[str, list] = defaultdict(list)
    for m in meetings:
        groups[m.dialogue or m.acronym or "Other"].append(m)
    dialogues = []
    for name, rows in groups.items():
        rows.sort(key=lambda m: (m.start or m.end or "9999", m.round or 0))
        acronym = rows[0].acronym or name
        rounds = [charts.Round(m.key, str(m.round) if m.round is not None else (m.start or "?")[:7],
                               m.start, views.round_url(m.key),
                               f"{m.key}: {views.dates(m.start, m.end)}{', ' + m.venue if m.venue else ''}")
                  for m in rows]
        topic_counts: dict[tuple[str, str], int] = {}
        links: dict[tuple[str, str], str] = {}
        totals: dict[str, int] = {}
        per_topic: Counter = Counter()
        for m in rows:
            if m.document_id not in doc_totals:
                continue
            totals[m.key] = doc_totals[m.document_id]
            for t, n in doc_topics[m.document_id].items():
                topic_counts[(t, m.key)] = n
                links[(t, m.key)] = views.search_url(topic=t, doc=m.document_id)
                per_topic[t] += n
        topics = sorted(per_topic, key=lambda t: (t == "other", -per_topic[t], t))
        for t in topics:
            links[(t, "")] = views.search_url(topic=t, dialogue=acronym)
        dialogues.append({
            "name": name, "acronym": acronym, "rounds": rows,
            "timeline": charts.timeline(rounds),
            "heatmap": charts.heatmap(topics, rounds, topic_counts, links, totals) if len(rows) >= 2 else Markup(""),
            "acts": sum(m.acts for m in rows), "commitments": sum(m.commitments for m in rows),
            "first": rows[0], "last": rows[-1],
        })
    dialogues.sort(key=lambda d: (-len(d["rounds"]), d["name"]))
    statuses = Counter(m.status for m in snap.milestones)
    return dict(dialogues=dialogues, counts=counts, meetings=meetings, threads=len(snap.threads), statuses=statuses)

