"""The extraction pipeline: a Document in, its Record out.

Stages live in ``accord.extraction``, one module each, and pass plain
records; this module only runs them in order. Documents are parsed in
batches with ``nlp.pipe`` (both cores when the batch is large), and the
spaCy model is loaded once.
"""
from __future__ import annotations

import datetime as dt
import multiprocessing
import os
import re
from dataclasses import dataclass, replace
from typing import Iterable, Iterator

from accord.extraction import parse as parse_stage
from accord.extraction.acts import ActFinder, Clause
from accord.extraction.actors import ActorContext, force_acronyms
from accord.extraction.commitments import is_commitment
from accord.extraction.conditions import find_condition
from accord.extraction.dates import (RELATIVE_DAY, MeetingDates, dateline_meeting_date, find_dates, has_meeting_date,
                                     headline_date, meeting_date_mentions, relative_meeting_date,
                                     resolve_meeting_dates)
from accord.extraction.header import Header, read_header
from accord.extraction.heads import HeadFinder
from accord.extraction.layout import Block, layout, linked_headline, reads_as_lead
from accord.extraction.meeting import OPENING, MeetingFacts, dialogue_mentions, identify, known_by_parties, written_name
from accord.extraction.milestones import deadline, find_milestones, ordinal, unique
from accord.extraction.parties import PartyFinder
from accord.extraction.place import held_in_person
from accord.extraction.sessions import components, mentioned, scopes as session_scopes, session_at, sessions_held
from accord.extraction.topics import TopicTagger
from accord.knowledge import Knowledge, default_knowledge
from accord.records import Document, Meeting, Milestone, Record, Statement, Unresolved


PARALLEL_MIN = 48  # below this many documents, forking costs more than it saves
MAX_CHARS = 1_000_000  # a statement is a few pages; far beyond this, the input is something else
PIECE = 5_000  # prose is parsed in pieces no longer than this, cut at sentence ends
MAX_BLOCKS = 2_000  # a statement has tens of paragraphs; beyond this many, the rest is not parsed
# "... at the forum, which will open in Tromso on 4 June": the date of a meeting to come
TO_COME = re.compile(r"\b(?:will|shall)\s+(?:be\s+held|open|take\s+place|meet|convene|begin|start)\b[^.;]{0,60}?"
                     r"\b(?:on|from|in)\s+(?:\d|Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)", re.I)
# "Subsequently, A took part in the forum hosted by B": what the guest went on to, whose hosts are not the heads
# (not "Later,": often the same talks, later on)
NEXT_EVENT_OPENS = r"(?:Subsequently|Afterwards|Thereafter),"
NEXT_EVENT = re.compile(r"\s*" + NEXT_EVENT_OPENS)
NEXT_EVENT_SENTENCE = re.compile(r"(?:^|(?<=[.!?]\s))" + NEXT_EVENT_OPENS + r"[^.!?]*[.!?]?")
# Without a dialogue named, a text must at least speak of a meeting early on to be worth parsing.
MEETING_WORDS = re.compile(r"\b(?:held|hold|holds|met|meet|meets|meetings?|convened|hosted|hosts|gathered|talks|dialogue|consultations?|discussions?|"
                           r"sessions?|joint (?:commission|committee)|courtesy (?:calls?|visits?)|"
                           r"summit|conference|communiqu\w*|joint (?:statement|declaration)|delegations?|"
                           r"(?:defen[cs]e|foreign) ministers|ministers of (?:defen[cs]e|foreign affairs))\b", re.I)
# What else tells an unnamed meeting of two sides early on: a minister and "his counterpart", a visit, a signing,
# one official having talked with, received or called on another, their defence cooperation.
ENCOUNTER_WORDS = re.compile(r"\b(?:counterparts?|visit(?:ed|s|ing)?|signed|signing|talked|spoke|conferred|discuss(?:ed|es)|interlocutors|"
                             r"received|receives|welcomed|welcomes|called on|(?:an|in) audience|"
                             r"(?:defen[cs]e|military|security) cooperation)\b", re.I)


INTEND_TO = re.compile(r"\b(?:intends?|plans?|will|aims?|resolved|undert(?:ake|ook)|committed|pledged|agreed|decided)\s+to:$", re.I)
LIST_OF_COMMITMENTS = re.compile(r"\b(?:commitments?|pledges?|deliverables|outcomes)\b[^.:]*:$", re.I)
HEADS_WITHIN = 8  # paragraphs searched for the heads when the opening names none
# a paragraph that turns to another event: its people and countries are not the meeting's
# ("Meanwhile, the Chilean delegation was led by ..." is the meeting's other side)
ANOTHER_EVENT = re.compile(r"\s*(?:Meanwhile|Elsewhere|In other news|In (?:a|another) separate (?:meeting|development|event))\b"
                           r"(?!,?\s+(?:the|both)\s+(?:[\w-]+\s+){0,2}?(?:delegations?|sides?|teams?|two)\b)", re.I)
# What both sides do at talks, said with the day they did it: "agreed on Thursday", "on Monday signed"
_DEEDS = r"agreed|pledged|vowed|decided|discussed|reaffirmed"
JOINT_DEEDS = re.compile(rf"\b(?:{_DEEDS}|signed|inked)\b", re.I)
# ... and the day they did it, said right after the deed: "pledged on Nov 17 to ...", "agreed on Monday, May 4, to ..."
# (not "signed on": the day of a pact, maybe years before)
DEED_ON = re.compile(rf"\b(?:{_DEEDS})\s+(?:\w+\s+){{0,2}}?on\s+(?:\w+,?\s+)?$", re.I)
# ... or right before it: "on May 12 inspected ..."
ON_DAY = re.compile(r"\bon\s+$")
DONE_AFTER = re.compile(r",?\s+(?:[a-z]+ly\s+)?(?:[a-z]{3,}ed|met|held|began|signed|made)\b")
MIN_ACTS = 2  # without a dialogue named or a meeting, this many acts of record still make a statement
# A title that says the page is the parties' own statement: one act of record is enough then
JOINT_TITLE = re.compile(r"\b(?:joint (?:statement|declaration|communiqu\w*|press (?:statement|release))|readout)\b", re.I)


SPELLING = re.compile(r"Defen[cs]e")  # a name in either spelling: "Defence Ministers' Meeting"



def _own_paragraphs(text: str, paragraphs: list[Block]) -> int:
    """How many paragraphs tell of the meeting before one turns to another event ("Meanwhile, the chiefs of staff
    met ..."): the people and countries after it are not the meeting's."""
    return next((k for k in range(1, len(paragraphs)) if ANOTHER_EVENT.match(text, paragraphs[k].start)), len(paragraphs))


def _once(clauses: list[Clause], text: str) -> list[Clause]:
    """A sentence the page prints twice (a summary above the story that is its lead, a paragraph laid out again)
    records its act once: the same act by the same sides in the same words is one act of record, whatever stop
    or capitals each print ends it with."""
    seen: set[tuple[str, tuple[str, ...], str]] = set()
    out = []
    for c in clauses:
        key = (c.act, tuple(c.actors), " ".join(re.findall(r"\w+", text[c.start:c.end].casefold())))  # stops and case aside
        if key not in seen:
            seen.add(key)
            out.append(c)
    return out


def _named_subjects(clauses: list[Clause]) -> list[tuple[str, str]]:
    """The subjects that name someone, with the one party each act gives them ("Haugland hailed ...": NOR)."""
    out = []
    for c in clauses:
        subj = ActFinder.subject(c.head)
        if subj is not None and subj.pos_ == "PROPN" and len(c.actors) == 1 and not c.reported_by:
            out.append((" ".join(w.text for w in subj.subtree), c.actors[0]))
    return out


def _kind_word(name: str) -> str:
    """The word that says what a dialogue is, by which the text calls it later: "commission" of the "Joint
    Permanent Commission on Defence and Security", "group" of the "Nuclear Consultative Group"."""
    return re.split(r"\s+(?:on|of|for|between)\s+", name, maxsplit=1)[0].split()[-1].lower()


class NotAStatement(Exception):
    """The text reports no dialogue meeting and no act of record."""


class ExtractionFailed(NotAStatement):
    """An extractor bug met on one document: it yields no record, its error is named, and the batch goes on."""


@dataclass
class Prepared:
    doc: Document
    blocks: list[Block]
    header: Header
    facts: MeetingFacts
    prose: list[Block]


def _bare_infinitive(clause: Clause) -> bool:
    """An item that opens on a bare verb ("- Conduct training in ..."): under "They committed to:" it goes on
    with the lead-in's act, whatever its own verb says."""
    head = clause.head
    return head.tag_ == "VB" and not any(not (w.is_punct or w.is_space) for w in head.doc[head.sent.start:head.i])


# A paper the parties issued together (the header's kind), dated under its title at the place they met ("Oslo, 3 May
# 2026"): the day they met, when the text gives no other
JOINT_PAPERS = ("communique", "joint_statement")


def _list_heading(text: str, block: Block) -> bool:
    """A heading that groups a list's items ("Exercises and Training:"): the list's lead-in still holds."""
    body = text[block.start:block.end].strip()
    return body.endswith(":") and len(body.split()) <= 8 and "." not in body[:-1]


class Pipeline:
    def __init__(self, kb: Knowledge | None = None):
        self.kb = kb or default_knowledge()
        self.acts = ActFinder(self.kb)
        self.heads = HeadFinder(self.kb)
        self.parties = PartyFinder(self.kb, self.heads)
        self.topics = TopicTagger(self.kb)

    # -- public ----------------------------------------------------------------
    def extract(self, doc: Document) -> Record:
        result = next(self.extract_many([doc]))
        if isinstance(result, Exception):
            raise result
        return result

    def extract_many(self, docs: Iterable[Document], batch: int = 64,
                     n_process: int | None = None) -> Iterator[Record | NotAStatement]:
        """Records in input order; a document that is not a statement yields NotAStatement.

        With ``n_process`` > 1 (the default on a multi-core machine for a batch
        of at least ``PARALLEL_MIN`` documents), whole documents are extracted
        in forked workers that share the loaded model.
        """
        docs = list(docs)
        n = n_process or (min(2, os.cpu_count() or 1) if len(docs) >= PARALLEL_MIN else 1)
        if n > 1 and len(docs) > 1:
            yield from self._parallel(docs, n, batch)
            return
        for i in range(0, len(docs), batch):
            yield from self._run(docs[i:i + batch])

    def _parallel(self, docs: list[Document], n: int, batch: int) -> Iterator[Record | NotAStatement]:
        global _WORKER
        parse_stage.nlp()  # load once, before the fork, so workers share it
        _WORKER = self
        size = max(4, min(batch, len(docs) // (n * 4) or 1))
        chunks = [docs[i:i + size] for i in range(0, len(docs), size)]
        ctx = multiprocessing.get_context("fork")
        with ctx.Pool(n) as pool:
            for results in pool.imap(_work, chunks):
                yield from results

    # -- stages ----------------------------------------------------------------
    def _run(self, docs: list[Document]) -> Iterator[Record | NotAStatement]:
        """A page rejected only because its meeting is named in lines read as the site's (photo captions) is
        read again with those lines kept; its meeting is theirs, its text and acts are the page's own."""
        try:
            results = list(self._run_once(docs))
            retry = {k: r for k, d in enumerate(docs) if isinstance(results[k], NotAStatement)
                     and len(d.text) <= MAX_CHARS and (r := _with_captions(d)) is not None}
            if retry:
                for k, rec in zip(retry, self._run_once(list(retry.values()))):
                    if not isinstance(rec, NotAStatement):
                        results[k] = _without_captions(rec, docs[k])
        except Exception as e:  # an extractor bug fails its own document only: the others are read one by one
            if len(docs) == 1:
                yield ExtractionFailed(f"extraction failed: {type(e).__name__}: {e}")  # as ingest words it
            else:
                for d in docs:
                    yield from self._run([d])
            return
        yield from results

    def _run_once(self, docs: list[Document]) -> Iterator[Record | NotAStatement]:
        prepared = [self._prepare(d) if len(d.text) <= MAX_CHARS else None for d in docs]
        unpromising = {k for k, p in enumerate(prepared) if p is not None and not p.facts.dialogue
                       and not MEETING_WORDS.search(p.doc.text[:PIECE]) and not ENCOUNTER_WORDS.search(p.doc.text[:PIECE])}
        texts, owners = [], []
        for k, p in enumerate(prepared):
            if p is None or k in unpromising:
                continue
            prose = 0
            for index, b in enumerate(p.blocks):
                if (b.kind in ("paragraph", "bullet") or reads_as_lead(b)) and (prose := prose + 1) <= MAX_BLOCKS:
                    # from body_start: no sentence holds a dateline (a subject, the meeting's date, a lead's title)
                    for start, end in _pieces(p.doc.text, b.body_start or b.start, b.end):
                        texts.append(_mask_asides(p.doc.text[start:end]))
                        owners.append((k, index, start))
        parsed: list[list[parse_stage.Parsed]] = [[] for _ in prepared]
        for (k, index, start), sdoc in zip(owners, parse_stage.parse_texts(texts)):
            parsed[k].append(parse_stage.Parsed(index, start, sdoc))
        for k, (d, p, ps) in enumerate(zip(docs, prepared, parsed)):
            if p is None:
                yield NotAStatement(f"text too long for a statement ({len(d.text):,} characters > {MAX_CHARS:,})")
                continue
            if k in unpromising:
                yield NotAStatement("no dialogue meeting or act of record found")
                continue
            try:
                yield self._finish(p, ps)
            except NotAStatement as e:
                yield e

    def _prepare(self, doc: Document) -> Prepared:
        blocks = layout(doc.text)
        header = read_header(doc.text, blocks, doc.title, doc.published)
        facts = identify(doc.text, blocks, self.kb, header.dateline_city, _captions(doc.removed))
        prose = [b for b in blocks if b.kind in ("paragraph", "bullet")]
        return Prepared(doc, blocks, header, facts, prose)

    def _finish(self, p: Prepared, parsed: list[parse_stage.Parsed]) -> Record:
        text, facts, kb = p.doc.text, p.facts, self.kb
        sentences = [(ps.offset + s.start_char, ps.offset + s.end_char) for ps in parsed for s in ps.doc.sents]
        paragraphs = [b for b in p.prose if b.kind == "paragraph"]
        own_paras = _own_paragraphs(text, paragraphs)
        opening_ends = paragraphs[min(OPENING, own_paras) - 1].end \
            if len(paragraphs) >= OPENING or own_paras < len(paragraphs) else len(text)
        names = facts.info.names() if facts.info else ([facts.dialogue] if facts.dialogue else [])
        links = [b for b in p.blocks if linked_headline(b)]
        lead = [(s, text[s:e]) for s, e in sentences if s < opening_ends and not any(b.start <= s < b.end for b in links)]
        heads_from = lead
        page = _without_datelines(text, p.blocks)  # what the heads read of the page's own lines
        titles = tuple(b.text for b in p.blocks if b.kind == "title")
        undated_lead = [(s, page[s:s + len(x)]) for s, x in lead]
        met = set() if facts.info is None else self.parties.fewer_than_registered(undated_lead, titles, facts.parties)
        if met:  # "A and B met. They reflected on the A-B-C Trilateral ...": the registered one is another meeting
            facts = replace(facts, dialogue=None, acronym=None, round=None, parties=sorted(met), info=None)
            names = []
        heads = self.heads.find(lead, list(facts.parties), names, page)
        if (len(heads) < 2 or len({h.party for h in heads}) < 2) and len(paragraphs) > OPENING:
            # a page may open with a release header, a summary or a quotation: the heads come later
            later = paragraphs[min(HEADS_WITHIN, own_paras) - 1].end
            further = [(s, text[s:e]) for s, e in sentences if s < later and not NEXT_EVENT.match(text, s)]
            more = self.heads.find(further, list(facts.parties), names, page)
            if len(more) > len(heads):  # one head is no meeting: the others are named later
                heads, heads_from = more, further
        # a news dateline names where the story was filed ("BAKU, Azerbaijan, Oct. 15."), no side of the talks
        opening_paragraph = page[paragraphs[0].start:paragraphs[0].end] if paragraphs else ""
        further_text = " ".join(NEXT_EVENT_SENTENCE.sub("", b.text) for b in paragraphs[:min(HEADS_WITHIN, own_paras)])
        # the town's country is asked only where a side is still unknown (the gazetteer loads on first use)
        venue_country = kb.country_of_place(facts.venue) if facts.venue and len(facts.parties) < 2 else None
        parties = list(facts.parties) or self.parties.of_meeting(undated_lead, heads, opening_paragraph, titles, further_text,
                                                                 venue_country)
        if len(parties) == 1 and (home := self.heads.home_side(lead, parties[0], page, heads, venue_country)):
            parties = sorted([*parties, home])  # "A met his Korean counterpart": A's side is the other party
        elif len(parties) == 1 and not kb.is_organisation(parties[0]) and set(parties) < (two := self.parties.two_sides(further_text)):
            parties = sorted(two)  # "Minister A received B of Chile ... the two sides": the host's side, unnamed
        elif len(parties) >= 2 and (own := self.heads.host_of_many(lead, parties)):
            parties = sorted([*parties, own])  # "Minister A met his Japanese and American counterparts": a third side
        if (home := self.parties.dateline_side(facts.dialogue, parties, heads, p.header.dateline_city)) is not None:
            parties = sorted([*parties, home])  # "WASHINGTON -- Secretary A, Japan's B and Korea's C convened the Trilateral ..."
        if kb.sole_organisation(parties):  # a body's council that met a country's delegation:
            # the country is a party too (not another body the lead frames the meeting by)
            parties = sorted({*parties, *(c for c in self.parties.meeting_subjects(lead) if not kb.is_organisation(c)),
                              *self.parties.partners_listed(lead)})  # "... and eight partner countries — A, B, ..."
        parties = self.parties.without_hosting_member(parties, lead, venue_country)
        if parties and (guests := self.parties.observers(further_text) - set(parties)):
            parties = sorted({*parties, *guests})  # "with A and B attending as observers": guests met too
        if (known := known_by_parties(facts, parties, kb, " ".join([*titles, *(x for _, x in lead)]))) is not facts:
            facts, names = known, known.info.names()
        guessed = not facts.parties and not heads  # the sides read from the countries the page names, no head to go by
        if parties != list(facts.parties) or any(h.party is None for h in heads):
            heads = self.heads.find(heads_from, parties, names, page)  # the parties now known tell a side or its head
        if guessed:
            parties = self.parties.narrowed_to_heads(parties, heads)
        turn = self.heads.in_turn(lead, parties)
        if len({h.party for h in turn}) > len({h.party for h in heads}):
            heads = turn  # "the Foreign Ministers of A, N1, B, N2 and C, N3, met": each side's, not the one said again
        own_page = page[:paragraphs[own_paras].start] if own_paras < len(paragraphs) else page
        if not heads:
            heads = self.heads.beyond_the_lead(own_page, parties, names, p.doc.removed, _captions(p.doc.removed), page)
        heads = self.heads.named_as_people(heads)
        if parties and set(parties) <= {h.party for h in heads}:
            heads = [h for h in heads if h.party]  # each side has its head: one of no known side led none of them
        if body := kb.sole_organisation(parties):
            heads = [replace(h, party=body) for h in heads]  # at a body's own meeting, its chair leads for the body

        meeting_span = self._date_sentence(text, [x for x in sentences if x[0] < opening_ends], names)
        relative = [text[a:b] for a, b in sentences if a < opening_ends and MEETING_WORDS.search(text[a:b])
                    and RELATIVE_DAY.search(text[a:b])]  # "Today in Canberra, I hosted ... for the ... Meeting"
        if meeting_span is None and len(paragraphs) > OPENING and not relative:
            # a release header, a summary or a preamble first: the sentence that dates the meeting comes later
            later = paragraphs[min(len(paragraphs), HEADS_WITHIN) - 1].end
            meeting_span = self._date_sentence(text, [x for x in sentences if x[0] < later], names, strict=True)
        cadence_year, cadence_desc = self._cadence(facts)
        heading = tuple(b.text for b in p.blocks[:3] if b.kind in ("title", "dateline"))  # a headline read as a date line
        titled = headline_date(titles) or headline_date(heading)  # "Joint Statement (26 July 2027)", "... Talks 27 March 2027"
        published = p.header.published or _dateline_day(paragraphs[0] if paragraphs else None) \
            or (titled and titled.iso)  # "OSLO, (Wire - 16th Feb, 2024)"
        dates = resolve_meeting_dates(text, meeting_span, published, p.header.release_line,
                                      self._year_hints(text, facts), cadence_year, cadence_desc,
                                      self._named_year(text[:opening_ends], [*names, facts.acronym]))
        if dates.start is None and not self._has_date(text, meeting_span):
            said = [text[a:b] for a, b in sentences if a < opening_ends and MEETING_WORDS.search(text[a:b])]
            # "Chile and Norway on Thursday agreed to ...": what the two sides did that day, where the lead says no
            # more of when they met
            said += [text[a:b] for a, b in sentences if a < opening_ends and not MEETING_WORDS.search(text[a:b])
                     and JOINT_DEEDS.search(text[a:b])]
            first = paragraphs[0] if paragraphs else None
            lead = [text[a:b] for a, b in sentences if first and first.start <= a < first.end][:1]
            datelined = next((b for b in paragraphs[:OPENING] if b.dateline), None)  # under a caption, say
            dates = relative_meeting_date(said, _dateline_day(datelined, "\n".join([text, *p.doc.removed])) or published,
                                          lead) or dates
            if dates.start is None and first is not None and first.dateline and lead and MEETING_WORDS.search(lead[0]) \
                    and _same_place(facts.venue, first.dateline.city):  # a desk elsewhere files after the talks
                dates = dateline_meeting_date(first.dateline.date, published, lead[0]) or dates
        if dates.start is None and titled and MEETING_WORDS.search(titled.title):
            dates = MeetingDates(titled.iso, titled.last, f"The title dates the meeting it names: {titled.said}.")
        if dates.start is None and published and p.header.release_line and p.header.kind in JOINT_PAPERS \
                and facts.venue and facts.venue.split(",")[0] in p.header.release_line:
            dates = MeetingDates(published, published, f"The joint paper is dated where the ministers met: "
                                                       f"{p.header.release_line.strip()}.")
        ref = dt.date.fromisoformat(dates.end) if dates.end else None
        year = int((dates.start or p.header.published or "0")[:4]) or None
        if year:  # "the SEDM members" of 2021: not Moldova, a member since 2023
            members = kb.without_later_members(parties, year)
            heads = [h for h in heads if h.party in members or h.party not in parties]  # not a later member's head
            parties = members

        parts = [] if facts.info and facts.info.sessions else components(text, names, facts.acronym)
        scopes = session_scopes(text, p.blocks, facts.info, names, parts)
        ctx = ActorContext(kb, parties, heads, dialogue_kinds={_kind_word(n) for n in names if n.split()},
                           dialogue_names=[n for n in [*names, facts.acronym] if n and len(n) > 2],
                           named=self.heads.named(page, parties, p.doc.removed), aliases=force_acronyms(text, kb),
                           offices=self.heads.offices(page, parties),
                           year=year,
                           host=self._host(facts.venue, parties), venue=facts.venue)
        clauses: list[Clause] = []
        lead_in: Clause | None = None  # "They committed to:" governs the list items that follow it
        items = 0
        for ps in parsed:
            block = p.blocks[ps.block_index]
            if block.kind == "title" and not reads_as_lead(block) or linked_headline(block):
                continue
            found = self.acts.find(ps, ctx)
            if lead_in is not None and block.kind == "bullet" and (not found or all(_bare_infinitive(c) for c in found)):
                item = self.acts.listed(ps, lead_in, first=items == 0 and lead_in.end >= block.start - 4)
                if item.lead_start is not None and clauses and clauses[-1] is lead_in:
                    clauses.pop()  # the lead-in is quoted by its first item
                found, items = [item], items + 1
            elif block.kind != "bullet" and not (lead_in is not None and not found and _list_heading(text, block)):
                lead_in, items = self._lead_in(text, block, found, parties), 0
            clauses.extend(found)

        clauses = [c for c in clauses if not self._earlier_round(text, c, facts)]
        first_meet = next((c for c in clauses if c.act == "meet"), None)
        clauses = [c for c in clauses if c is first_meet or not self.acts.attends(c)]
        if parties:  # what a country not at the meeting does ("Russia seeks to ...") is background, unless reported
            clauses = [c for c in clauses if c.reported_by or not c.actors or set(c.actors) & set(parties)]
        if parties and not any(c.act == "meet" and not self.acts.says_who_chaired(c) for c in clauses):
            met = self.acts.meeting_sentence(parsed, [b.kind for b in p.blocks], opening_ends, parties,
                                             tuple(n for n in [*names, facts.acronym] if n and len(n) > 2), facts.round)
            if met is not None:  # the same sentence's "was co-chaired by A and B" gives way: the meeting's parties met
                clauses = sorted([*(c for c in clauses if not (c.act == "meet" and c.start < met.end and met.start < c.end)),
                                  met], key=lambda c: c.start)
        said_to_meet = MEETING_WORDS.search(text[:opening_ends])
        if not facts.dialogue and not any(c.act == "meet" for c in clauses) and len(clauses) < MIN_ACTS \
                and not (clauses and any(JOINT_TITLE.search(b.text) for b in p.blocks if b.kind == "title")) \
                and not (any(len(c.actors) >= 2 for c in clauses) and (said_to_meet or ENCOUNTER_WORDS.search(text[:opening_ends]))) \
                and not (len(parties) >= 2 and (said_to_meet or any(MEETING_WORDS.search(t) for t in titles))):
            # one act of record is enough where two sides do it on a page that speaks of their meeting (or of a visit or
            # a signing, an encounter of the two); and a page
            # that tells of two sides meeting is a meeting's record even where no act of theirs could be read
            raise NotAStatement("no dialogue meeting or act of record found")

        if not heads and len(parties) >= 2:
            heads = self.heads.speakers(_named_subjects(clauses), parties, page)
        events = find_milestones(text, sentences, facts, ref, kb)
        milestones = unique(events)
        statements = []
        party_names = {a for code in parties for kind in ("names", "adjectives") for a in kb.parties.get(code, {}).get(kind, [])}
        party_names |= {capital for code in parties if (capital := kb.capital_of(code))}  # "that Lima will ..."
        registered = self.topics.registered(written_name(facts.dialogue), facts.acronym)
        clauses = _once(clauses, text)
        for n, c in enumerate(clauses):
            start, end = c.start, c.end
            span = text[start:end]
            cond = find_condition(c)
            commit = is_commitment(c, cond, party_names)
            content = " ".join(t.text_with_ws for t in c.content_tokens()).strip() if c.content_tokens() else None
            if content:
                a = c.parsed.start(c.content_tokens()[0])
                b = c.parsed.end(c.content_tokens()[-1])
                content = text[a:b]
            dialogue_topics = list(facts.info.topics) if facts.info else None
            meeting_topics = (facts.info.meeting_topics or dialogue_topics) if facts.info else None
            topics = self.topics.meeting(meeting_topics, parties) if c.act == "meet" else self.topics.tag(span, dialogue_topics, parties)
            topics = self.topics.settle(topics, span, c.act, commit, parties, registered)
            sess = session_at(start, scopes)
            milestone = next((f.milestone.name for f in events if f.start < end and start < f.end), None)
            if milestone is None and commit and c.act != "meet":
                dl = deadline(content or span, ref)
                if dl:
                    milestones.append(Milestone(dl.name, dl.when, dl.venue, start, end, span))
                    milestone = dl.name
            statements.append(Statement(
                id=f"{p.doc.id}:{n}", start=start, end=end, text=span, actors=c.actors, act=c.act,
                commitment=commit, content=content, condition=cond, topics=topics,
                session=(sess.acronym or sess.name) if sess else None, milestone=milestone,
                reported_by=c.reported_by))

        meeting = Meeting(
            dialogue=written_name(facts.dialogue), acronym=facts.acronym, round=facts.round,
            start=dates.start, end=dates.end, date_basis=dates.basis, venue=facts.venue,
            format=held_in_person(facts.format, [s.act for s in statements], text), parties=parties, heads=heads,
            sessions=sessions_held(scopes, [*mentioned(text, facts.info), *parts]))
        unresolved = [Unresolved(c.start, c.end, text[c.start:c.end], c.act,
                                 " ".join(w.text for w in (ActFinder.subject(c.head) or c.head).subtree))
                      for c in ctx.unresolved if not any(s.start < c.end and c.start < s.end for s in statements)]
        doc = p.doc
        doc.title = doc.title or p.header.title
        doc.published = doc.published or p.header.published
        doc.kind = p.header.kind if doc.kind in (None, "other") else doc.kind
        return Record(doc, meeting, statements, milestones, unresolved)

    def _earlier_round(self, text: str, clause: Clause, facts: MeetingFacts) -> bool:
        """"The first Chile-Peru 2+2 dialogue took place in Lima": a meeting of another round is history."""
        if clause.act != "meet" or facts.round is None:
            return False
        rounds = {m.round for m in dialogue_mentions(text, clause.start, clause.end, self.kb) if m.round is not None}
        return bool(rounds) and facts.round not in rounds

    def _lead_in(self, text: str, block: Block, found: list[Clause], parties: list[str]) -> Clause | None:
        """The act a paragraph ending in a colon hands to the list below it: its last act when that act
        ends the paragraph ("They committed to:"), a commitment when the paragraph announces commitments
        ("Key commitments include:"), else none."""
        body = text[block.start:block.end].rstrip()
        if not body.endswith(":"):
            return None
        if found and found[-1].end >= len(text[:block.end].rstrip()) - 4:
            return found[-1]
        if found and (LIST_OF_COMMITMENTS.search(body[-80:]) or INTEND_TO.search(body[-40:])):
            last = found[-1]
            return Clause(last.parsed, last.head, last.trigger, "commit", sorted(parties) or last.actors, last.tokens,
                          future=True)
        return None

    @staticmethod
    def _has_date(text: str, span: tuple[int, int] | None) -> bool:
        return bool(span) and has_meeting_date(text[span[0]:span[1]])

    @staticmethod
    def _date_sentence(text: str, sentences: list[tuple[int, int]], names: list[str],
                       strict: bool = False) -> tuple[int, int] | None:
        """The opening sentence that dates the meeting: it has a date and says the talks were held."""
        cue = re.compile(r"\b(held|hold|met|meet|convened|took place|conducted|concluded|hosted|talks|consultations|opened|wrapped up|"
                         r"(?:opening|closing) (?:ceremony|session|plenary)|deliberations|"
                         r"kicked off|gathered|began|started|(?:co-)?chaired|arrived|reached [\w ,]{2,40}? on|presided|led|leads?|welcomed|receiv(?:ed|es)|courtesy (?:call|visit)|had (?:a|an) (?:[\w()-]+ ){0,4}meeting\b|(?:at|during|after) (?:a|the|their) (?:(?!last |previous |next )[\w-]+ ){0,4}(?:meeting|session|dialogue))\b|\bDate(?: and time)?\s*:" + "".join("|" + SPELLING.sub("Defen[cs]e", re.escape(n)) for n in names), re.I)
        dated = [(s, e, found) for s, e in sentences if (found := meeting_date_mentions(text[s:e], s))]
        for s, e, _ in dated:
            if cue.search(text[s:e]) and not TO_COME.search(text[s:e]):
                return (s, e)
        for s, e, found in dated:  # "Chile and Peru pledged on Nov 17 to ...", "... on May 12 inspected ...": the meeting
            if any(DEED_ON.search(text, max(s, m.start - 40), m.start)  # named in the next sentence
                   or ON_DAY.search(text, max(s, m.start - 4), m.start) and DONE_AFTER.match(text, m.end) for m in found):
                return (s, e)
        # else a date standing on its own line, as a release dates itself ("June 22nd, 2022 • Author: ...");
        # not a date said of something else ("The transfer is slated for Dec. 1, 2015")
        lines = [(s, e) for s, e, _ in dated if _opens_with_date(text[s:e])]
        return lines[0] if lines and not strict else None

    # -- evidence for the year -----------------------------------------------------
    def _cadence(self, facts: MeetingFacts) -> tuple[float | None, str | None]:
        info = facts.info
        if not info or facts.round is None:
            return None, None
        y = info.year_of_round(facts.round)
        if y is None:
            return None, None
        per = {1: "a yearly", 2: "a twice-yearly"}.get(info.per_year, f"a {info.per_year}-a-year")
        return y, (f"the {ordinal(facts.round)} round of {per} dialogue whose round {info.anchor_round} "
                   f"fell in {info.anchor_year}")

    def _host(self, venue: str | None, parties: list[str]) -> str | None:
        """The party a meeting was held at home by: the one whose country, capital or town the venue names."""
        found = {code for _, _, code in self.kb.parties_in(venue or "")} & set(parties)
        if not found and venue:
            found = {self.kb.country_of_place(venue)} & set(parties)  # "Rawalpindi" says Pakistan by its town alone
        return found.pop() if len(found) == 1 else None

    @staticmethod
    def _named_year(opening: str, names: list[str | None]) -> tuple[int, str] | None:
        """The year the title or opening gives the meeting with its name: "AUSMIN 2017", "the 2023 Japan-U.K. 2+2"."""
        for n in names:
            if not n or len(n) < 3:
                continue
            m = re.search(r"\b" + re.escape(n) + r",?\s+((?:19|20)\d\d)\b|\b((?:19|20)\d\d)\s+" + re.escape(n) + r"(?!\w)", opening)
            if m:
                return int(m[1] or m[2]), f"\u201c{m.group()}\u201d"
        return None

    def _year_hints(self, text: str, facts: MeetingFacts) -> list[tuple[int, str]]:
        """Years the text itself implies: "this year's 50th SCM" is the year of that round."""
        hints = []
        for m in re.finditer(r"\bthis year(?:'s|’s)\s+", text):
            for men in dialogue_mentions(text, m.end(), min(len(text), m.end() + 120), self.kb)[:1]:
                if men.info and men.round is not None:
                    y = men.info.year_of_round(men.round)
                    if y is not None and float(y).is_integer():
                        hints.append((int(y), f"the text calls the {ordinal(men.round)} {men.name} this year's, "
                                               f"and the registry dates that round to {int(y)}"))
        for y in sorted({int(m[0]) for m in re.finditer(r"(?<![\d-])(?:19[5-9]\d|20\d\d)(?![\d-])", text)}):
            hints.append((y, f"the text names {y}"))  # weighed only among the years the weekday allows
        return hints


def _opens_with_date(sentence: str) -> bool:
    """The sentence starts with a full date ("June 22nd, 2022 • Author: ...", "Monday, 22 June 2022")."""
    dates = find_dates(sentence)
    return bool(dates) and dates[0].year is not None and not re.search(r"\w", sentence[:dates[0].start])


def _dateline_day(first: Block | None, text: str = "") -> str | None:
    """The day of a news dateline with its year ("WASHINGTON, Oct. 23, 2027 —"): the day the story's "today" is. A
    dateline without one ("OSLO, Sept. 18 (Wire) --") takes the year of the one full date of that day the page gives
    (a caption's "Sept. 18, 2027", the agency's stamp, also among the lines taken out as chrome), which the page's own
    date need not be (a forum's copy)."""
    d = first.dateline.date if first and first.dateline else None
    if d and d.year is None and d.end_day is None:
        years = {m.year for m in find_dates(text) if m.year and (m.month, m.day) == (d.month, d.day)}
        return f"{years.pop():04d}-{d.month:02d}-{d.day:02d}" if len(years) == 1 else None
    return f"{d.year:04d}-{d.month:02d}-{d.day:02d}" if d and d.year else None


def _same_place(venue: str | None, city: str | None) -> bool:
    """No venue yet, or the dateline's city is it ("Washington" under "Washington D.C.")."""
    a, b = (venue or "").casefold(), (city or "").casefold()
    return not a or a in b or b in a


def _without_datelines(text: str, blocks: list[Block]) -> str:
    """The page with its news datelines blanked, the same length so every offset still points into the text.

    The heads read the page's raw lines, where a dateline still opens its paragraph: blanked, its date or its
    country is never taken for the start of a title ("SEOUL, South Korea, Oct. 22 – Defense Secretary A").
    """
    spans = [(b.dateline.start, b.dateline.end) for b in blocks if b.dateline]
    for s, e in spans:
        text = text[:s] + re.sub(r"[^\n]", " ", text[s:e]) + text[e:]
    return text


# "(referred to collectively as "the Secretaries")", "(hereinafter the Ministers)": a name given in passing
ASIDE = re.compile(r"\((?:(?:together|jointly|collectively|hereinafter|hereafter)\b|referred to\b)[^()]{0,200}\)"
                   r"|\(\s*[\"“”']?\d\s?\+\s?\d[\"“”']?\s*\)", re.I)  # and a name's ("2+2"), read as a subject


def _mask_asides(piece: str) -> str:
    """The parser reads a naming aside as the sentence's main verb, and a ("2+2") after a meeting's name as its
    subject; blanked (same length, so every offset still points into the text), the sentence keeps its own."""
    return ASIDE.sub(lambda m: " " * len(m.group()), piece)


def _pieces(text: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    """A block cut into parseable pieces at sentence ends (a wall of text is not one sentence)."""
    while end - start > PIECE:
        cut = max(text.rfind(". ", start, start + PIECE), text.rfind("\n", start, start + PIECE))
        cut = cut + 1 if cut > start else start + PIECE
        yield start, cut
        start = cut
        while start < end and text[start].isspace():
            start += 1
    if end > start:
        yield start, end


_WORKER: "Pipeline | None" = None


NAMING_LINE_WORDS = 8  # a stripped line this long that speaks of a meeting may be the only place the page names it


def _captions(removed: list[str]) -> list[str]:
    """The lines taken out as the site's that are long enough and speak of a meeting: photo captions."""
    return [line for line in removed if len(line.split()) >= NAMING_LINE_WORDS and MEETING_WORDS.search(line)]


def _with_captions(doc: Document) -> Document | None:
    kept = _captions(doc.removed)
    if not kept:
        return None
    return replace(doc, text="\n\n".join(kept) + "\n\n" + doc.text, removed=[x for x in doc.removed if x not in kept],
                   warnings=[*doc.warnings, f"the meeting is named only in lines read as the site's (captions); "
                                            f"{len(kept)} kept"])


def _without_captions(rec: Record, doc: Document) -> Record:
    """The record read with the captions before the text, given back the page's own text: what the captions said
    of the meeting stays, their acts go, and every offset points into the text as the reader cleaned it."""
    shift = len(rec.document.text) - len(doc.text)

    def kept(items):
        return [replace(x, start=x.start - shift, end=x.end - shift) for x in items if x.start >= shift]

    statements = [replace(s, id=f"{doc.id}:{n}") for n, s in enumerate(kept(rec.statements))]
    milestones = [m if m.start is None else replace(m, start=m.start - shift, end=m.end - shift)
                  for m in rec.milestones if m.start is None or m.start >= shift]
    read = len(doc.removed) - len(rec.document.removed)
    warning = f"the meeting is named only in lines read as the site's (captions); {read} read for the meeting"
    return replace(rec, document=replace(doc, warnings=[*doc.warnings, warning]), statements=statements,
                   milestones=milestones, unresolved=kept(rec.unresolved))


def _work(docs: list[Document]) -> list[Record | NotAStatement]:
    """A forked worker's share: the parent's pipeline, inherited with the model already loaded."""
    return list(_WORKER._run(docs))
