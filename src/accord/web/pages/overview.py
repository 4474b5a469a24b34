"""The overview: every dialogue with its rounds on a timeline and its topics round by round.

Every dialogue is listed at the top of each page; a page shows a few of them
(timeline of every round; the latest rounds and their topics), the most
active first, so a record of many dialogues is read a page at a time rather
than as one page of every round ever held. A dialogue's own page
(``/dialogue/ACRONYM``) has all its rounds. What the charts are drawn from is counted in SQL once
per change to the database; the charts are drawn for the dialogues shown.
"""
from __future__ import annotations

from collections import Counter, defaultdict
from urllib.parse import quote

from fastapi import APIRouter, Query, Request
from fastapi.responses import HTMLResponse

from accord.store import NotFound
from markupsafe import Markup

from accord.web import charts, views
from accord.web.adapters import Snapshot
from accord.web.deps import snapshot, store_of
from accord.web.render import kept_page, render

router = APIRouter(include_in_schema=False)

OVERVIEW_PAGE = 3  # dialogues a page shows
LATEST_ROUNDS = 12  # the rounds of a dialogue the overview tables and charts by topic; its own page has all


@router.get("/", response_class=HTMLResponse)
def overview(request: Request, page: int = Query(1, ge=1, le=10000)):
    if (kept := kept_page(request)) is not None:
        return kept
    data = _data(request)
    full, others = data["full"], data["others"]
    pages = max(1, -(-len(full) // OVERVIEW_PAGE))
    page = min(page, pages)
    shown = [_drawn(d, LATEST_ROUNDS) for d in full[(page - 1) * OVERVIEW_PAGE:page * OVERVIEW_PAGE]]
    index = [{"name": d["name"], "acronym": d["acronym"], "rounds": len(d["rounds"]),
              "url": f"/?page={1 + n // OVERVIEW_PAGE}#{_anchor(d['acronym'])}" if pages > 1 else f"#{_anchor(d['acronym'])}"}
             for n, d in enumerate(full)]
    return render(request, "overview.html", nav="overview", dialogues=shown + (others if page == pages else []),
                  index=index if len(full) > 1 else [], page=page, pages=pages, counts=data["counts"],
                  meetings=data["meetings"], threads=data["threads"], statuses=data["statuses"], anchor=_anchor,
                  single=False)


@router.get("/dialogue/{acronym}", response_class=HTMLResponse)
def dialogue_page(request: Request, acronym: str):
    """One dialogue with every round it held."""
    if (kept := kept_page(request)) is not None:
        return kept
    data = _data(request)
    found = [d for d in data["full"] if d["acronym"] == acronym]
    if not found:
        raise NotFound(f"no dialogue {acronym!r} with two rounds or more on record")
    return render(request, "overview.html", nav="overview", dialogues=[_drawn(found[0])], index=[], page=1, pages=1,
                  counts=data["counts"], meetings=data["meetings"], threads=data["threads"],
                  statuses=data["statuses"], anchor=_anchor, single=True)


def _data(request: Request) -> dict:
    with store_of(request) as store:
        snap = snapshot(request, store)
        if "overview" not in snap.memo:  # the views change only with the snapshot, that is, with the database
            snap.memo["overview"] = _overview_data(snap, snap.meetings, _record_counts(store), _topic_counts(store))
    return snap.memo["overview"]


def _anchor(acronym: str) -> str:
    return "dialogue-" + quote(acronym, safe="")


def _record_counts(store) -> dict[str, int]:
    return {t: store.conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in ("documents", "statements")}


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


def _overview_data(snap: Snapshot, meetings: list, counts: dict,
                   per_document: tuple[dict[str, int], dict[str, Counter]]) -> dict:
    """Each dialogue's rounds and topic counts (the charts are drawn per page, from these)."""
    doc_totals, doc_topics = per_document
    groups: dict[str, list] = defaultdict(list)
    for m in meetings:
        groups[m.dialogue or m.acronym or "Other"].append(m)
    dialogues = []
    for name, rows in groups.items():
        rows.sort(key=lambda m: (m.start or m.end or "9999", m.round or 0))
        topic_counts: dict[tuple[str, str], int] = {}
        totals: dict[str, int] = {}
        per_topic: Counter = Counter()
        for m in rows:
            if m.document_id not in doc_totals:
                continue
            totals[m.key] = doc_totals[m.document_id]
            for t, n in doc_topics[m.document_id].items():
                topic_counts[(t, m.key)] = n
                per_topic[t] += n
        dialogues.append({
            "name": name, "acronym": rows[0].acronym or name, "rounds": rows,
            "topics": sorted(per_topic, key=lambda t: (t == "other", -per_topic[t], t)),
            "topic_counts": topic_counts, "totals": totals,
            "acts": sum(m.acts for m in rows), "commitments": sum(m.commitments for m in rows),
            "first": rows[0], "last": rows[-1],
        })
    dialogues.sort(key=lambda d: (-len(d["rounds"]), d["name"]))
    return dict(full=[d for d in dialogues if len(d["rounds"]) >= 2],
                others=[_drawn(d) for d in dialogues if len(d["rounds"]) < 2], counts=counts, meetings=len(meetings),
                threads=len(snap.threads), statuses=Counter(m.status for m in snap.milestones))


def _drawn(d: dict, latest: int | None = None) -> dict:
    """A dialogue with its timeline of every round, and its ``latest`` rounds (all without it) in a table and a
    heatmap (each cell a link to the acts it counts)."""
    every = [charts.Round(m.key, str(m.round) if m.round is not None else (m.start or "?")[:7],
                          m.start, views.round_url(m.key),
                          f"{m.key}: {views.dates(m.start, m.end)}{', ' + m.venue if m.venue else ''}")
             for m in d["rounds"]]
    rows, rounds = (d["rounds"][-latest:], every[-latest:]) if latest else (d["rounds"], every)
    links = {(t, m.key): views.search_url(topic=t, doc=m.document_id)
             for m in rows for t in d["topics"] if (t, m.key) in d["topic_counts"]}
    links.update({(t, ""): views.search_url(topic=t, dialogue=d["acronym"]) for t in d["topics"]})
    return {**d, "shown": rows, "timeline": charts.timeline(every),
            "heatmap": charts.heatmap(d["topics"], rounds, d["topic_counts"], links, d["totals"])
            if len(rows) >= 2 else Markup("")}
