"""Commitments: does the clause bind a party to future action?

Following the G7/G20 Research Group's coding of summit commitments: a pledge,
a reaffirmed commitment, goal or intention, a decision, or an agreement that
something will be done or continue ("agreed that sanctions will continue to
be enforced until ...") binds; an assessment of the past, a view that
something "is important", or a forecast about a third party does not.
"""
from __future__ import annotations

from accord.extraction.acts import INSTRUMENTS as SIGNED, Clause, passive, takes_infinitive

BINDING_NOUNS = {"commitment", "commitments", "pledge", "intention", "intent", "resolve", "goal", "objective",
                 "objectives", "determination", "promise", "aim", "goals", "vow", "readiness", "willingness",
                 "dedication"}
# What a party reaffirms that binds it as much as a commitment: its support, its shared vision.
REAFFIRMED = BINDING_NOUNS | {"support", "vision", "partnership", "principle", "principles", "coordination", "ambition",
                              "ambitions", "aspiration", "aspirations", "plan", "plans", "pledges", "intentions", "desire",
                              "alliance"}
# Anywhere in what is reaffirmed: "remain committed to", "the Treaty extends to ..." (a treaty's scope)
REAFFIRMED_ANYWHERE = BINDING_NOUNS | {"committed", "treaty"}
# Plans endorsed, approved or adopted bind those who endorse them (not results approved).
ENDORSING = {"endorse", "approve", "adopt", "authorize", "authorise"}
PLANS = {"plan", "plans", "strategy", "roadmap", "framework", "guideline", "guidelines", "concept", "initiative",
         "program", "programme", "measure", "measures", "arrangement", "agreement", "policy", "action", "package",
         "model", "target", "targets", "mechanism", "procedure", "procedures", "rules", "timetable", "schedule"}
# What parties agree on that is theirs to do: "agreed on an exchange of cadets", "agreed upon the activities for
# the next cycle", "agreed for a joint plan"; not "agreed on the importance of ...", which is a view
AGREED_DOINGS = PLANS | {"step", "steps", "priority", "priorities", "activity", "activities", "exchange", "exchanges",
                         "cooperation", "collaboration", "resolution", "resolutions", "deployment", "project", "projects",
                         "exercise", "exercises", "drill", "drills", "training", "visit", "visits", "patrol", "patrols",
                         "establishment", "creation", "expansion", "implementation", "calendar"}
# Verbs of a forecast: "agreed that the new hotline would be a useful tool", "... will help foster trust"
FORECASTING = {"be", "help", "serve", "contribute", "lay", "result", "pave", "benefit", "open", "enable", "allow"}
# Instruments signed (acts.INSTRUMENTS) bind those who sign them.
SIGNING = {"sign", "ink", "conclude"}
# "reached an agreement", "reached consensus": the parties bound themselves, whatever the words after
REACHED = {"agreement", "consensus"}
# "it is necessary to", "it is essential to": a need stated of the parties' own action
NEED_ADJECTIVES = {"necessary", "essential", "imperative", "vital", "crucial"}
# Acts that set the parties' own work in motion: "directed their departments to", "tasked officials with";
# not a call on others ("called on Russia to withdraw", "called for restraint"), which binds no one at the table
DIRECTING = {"direct", "instruct", "task", "mandate"}
FUTURE = {"will", "would", "shall", "'ll"}
READY = {"ready", "prepared", "willing", "determined", "eager"}  # "is ready to": a party's own next step
SPEECH = {"state", "say", "explain", "remark"}
HOPING = {"hope", "wish", "expect", "trust"}
DECIDING = {"decide", "determine", "resolve"}
# What the meeting settled, told in the passive: "a programme was agreed", "the plan was approved",
# "a decision was taken to ...", "agreements were reached on ..."
SETTLED = {"agree", "decide", "determine", "adopt", "approve", "endorse", "finalize", "finalise", "take", "reach"}
BELIEF_OBJECTS = {"view", "views", "understanding", "belief", "recognition"}
PARTY_WORDS = {"they", "we", "sides", "side", "nations", "countries", "militaries", "alliance", "allies", "governments", "delegations", "two"}


def _shared_need(content) -> bool:
    """A need agreed: the need, necessity or importance of doing something ("of adopting unified stances", "to
    keep exercising"), not the importance of a thing ("of the alliance")."""
    return any(t.lemma_.lower() in ("need", "necessity", "importance") and any(
        c.dep_ == "prep" and c.lower_ in ("of", "for") and any(g.tag_ == "VBG" for g in c.children)
        or c.dep_ in ("acl", "xcomp") and c.tag_ == "VB" for c in t.children) for t in content)


def is_commitment(clause: Clause, condition: str | None, party_names: set[str]) -> bool:
    act = clause.act
    if act == "commit" or clause.future:
        return True
    content = clause.content_tokens()
    lemmas = {t.lemma_.lower() for t in content}
    lowers = {t.lower_ for t in content}
    head = clause.head.lemma_.lower()
    if act == "other" and head in DIRECTING:
        return _has_xcomp(clause) or any(c.lower_ == "for" for c in clause.head.children) or \
            any(c.dep_ == "dobj" and any(g.dep_ in ("xcomp", "acl") for g in c.children) for c in clause.head.children)
    if act == "other" and head in SIGNING and (_object_is(clause, SIGNED) or clause.head.tag_ == "VBN"
                                               and _subject_is(clause, SIGNED)):
        return True  # "signed a memorandum on ...": an instrument that binds its signatories
    if act == "other" and head in SPEECH:
        # "the Chilean side stated that it would like to"; not what one speaker says should or must be done
        return _binding_clause(_said(clause, content), party_names, strict=True, deontic=False)
    if act in ("meet", "assess", "discuss", "appreciate", "concern", "other"):
        return False
    if act == "reaffirm":
        if clause.trigger.i != clause.head.i:  # "renewed its pledge"
            return True
        if (lemmas | lowers) & REAFFIRMED_ANYWHERE or _object_is(clause, REAFFIRMED) or head == "recommit":
            return True
        if _has_xcomp(clause) or _object_does(clause) or _object_is(clause, {"need", "necessity"}) and not _need_of_others(clause):
            return True  # "affirmed to further fortify", "reiterated their will to enhance", "reaffirmed the need to"
        return _binding_clause(_said(clause, content), party_names, strict=False)
    if act == "agree":
        if head in SETTLED and passive(clause.head) and any(c.dep_ == "nsubjpass" and c.lower_ == "it" for c in clause.head.children) \
                and any(t.lower_ == "to" and t.dep_ == "aux" and t.head.tag_ == "VB" for t in content):
            return True  # "It was decided during the talks to intensify work": what is to be done, however it is parsed
        if head in DECIDING:
            return _has_xcomp(clause) or _binding_clause(content, party_names, strict=False)
        if _has_xcomp(clause) or _object_is(clause, BINDING_NOUNS) or head in ENDORSING | {"agree"} and _object_is(clause, PLANS):
            return True  # "agreed to strengthen", "Allies agreed a new rotational model"
        if head in ("reach", "achieve", "come", "arrive") and clause.trigger.lemma_.lower() in REACHED:
            # "The agreement was reached in talks between A and B": the agreement told before, not its terms
            told = [c for c in clause.head.children if c.dep_ == "nsubjpass" and c.lemma_.lower() in REACHED
                    and any(d.dep_ == "det" and d.lower_ in ("the", "this", "that") for d in c.children)
                    and not any(g.dep_ in ("prep", "acl", "relcl") for g in c.children)]
            return not told or any(c.dep_ in ("xcomp", "advcl") and c.i > clause.head.i for c in clause.head.children)
        if clause.trigger.lemma_.lower() == "decision" and head in ("make", "take"):
            return True  # "made decisions on the radar network", "took a decision to"
        if head in SETTLED and passive(clause.head) and not any(
                c.dep_ in ("nsubjpass", "csubjpass") and (c.lower_ == "it" or c.dep_ == "csubjpass")
                for c in clause.head.children):
            return True
        if head in ("agree", "concur") and any(c.dep_ == "prep" and c.lower_ in ("on", "in", "upon", "for") and any(
                g.tag_ == "VBG" or g.dep_ == "pcomp" or g.lemma_.lower() in AGREED_DOINGS or _to_do(g)
                for g in c.children) for c in clause.head.children):
            return True  # "concurred on continuing to monitor ...", "concurred in promoting ...", "agreed on steps to ..."
        if head == "agree" and any(c.dep_ == "prep" and c.lower_ == "to" and any(g.dep_ == "pobj" for g in c.children)
                                   for c in clause.head.children):
            return True  # "agreed to a conditions-based transition"
        if clause.trigger.lower_ in ("view", "opinion") and any(
                c.dep_ == "prep" and c.lower_ == "on" and any(g.tag_ == "VBG" for g in c.children)
                for c in clause.trigger.children):
            return True  # "shared the view on continuing to widen joint patrols"
        if _shared_need(content):
            return True  # "agreed on the importance of keeping up the drills", "shared the view on the need to ..."
        if _forecast(content, party_names):
            return False
        belief = clause.trigger.i != clause.head.i and clause.trigger.lower_ in BELIEF_OBJECTS or head in ("confirm",)
        if len(clause.actors) == 1:
            party_names = party_names | {"it"}  # "Australia confirmed that it will host ...": the party itself
        return _binding_clause(content, party_names, strict=belief)
    if act == "note":
        # "underscored their shared commitment to", "emphasized the need to": a commitment stressed;
        # "stressed that they will continue to enforce ...", "The Chilean side noted it will keep ...": the parties' own future
        if len(clause.actors) == 1:
            party_names = party_names | {"it"}
        return bool(condition) and bool(lowers & FUTURE) or _object_is(clause, BINDING_NOUNS) \
            or _object_is(clause, {"need"}) and not _need_of_others(clause) \
            or _binding_clause(_said(clause, content), party_names, strict=True)  # also "Chile will ..., she stressed"
    return False


OTHERS = {"state", "states", "country", "countries", "nation", "nations", "party", "parties", "side", "sides",
          "community", "claimant", "claimants", "actor", "actors"}


def _said(clause: Clause, content) -> list:
    """What the speaker said, also where it comes first: "Chile will deepen its ties, said the minister"."""
    fronted = [c for c in clause.head.children if c.dep_ == "ccomp" and c.i < clause.head.i]
    if not fronted:
        return content
    said = {t.i for c in fronted for t in c.subtree}
    return [t for t in clause.tokens if t.i in said]


def _forecast(content, party_names: set[str]) -> bool:
    """What a thing will do or be, told of no party: "that the new hotline would be a useful tool"."""
    for t in content:
        if t.lower_ in FUTURE and t.dep_ == "aux" and t.head.lemma_.lower() in FORECASTING:
            subj = [c for c in t.head.children if c.dep_ == "nsubj" and c.lower_ != "it"]  # not "it would be necessary"
            return bool(subj) and not any({w.lower_ for w in s.subtree} & (PARTY_WORDS | {"both", "each"})
                                          or any(w.text in party_names for w in s.subtree) for s in subj)
    return False


def _to_do(noun) -> bool:
    """A noun with what is to be done ("cooperation to construct an airbase", "a series of measures"): a plan."""
    return takes_infinitive(noun) \
        or any(p.dep_ == "prep" and p.lower_ == "of" and any(o.lemma_.lower() in PLANS | {"step"} for o in p.children)
               for p in noun.children)


def _need_of_others(clause: Clause) -> bool:
    """"emphasised the need for all states to resolve disputes peacefully": a need laid on everyone, not a
    pledge of the parties at the table (who would say "the need to", or "for both sides to")."""
    for o in clause.head.children:
        if o.dep_ in ("dobj", "obj") and o.lemma_.lower() == "need":
            # "the need for all states to ...": "states" is the object of "for", or the subject of "to pursue"
            whose = [g for p in o.children if p.dep_ == "prep" and p.lower_ == "for" for g in p.children if g.dep_ == "pobj"]
            whose += [g for v in o.children if v.dep_ in ("advcl", "acl") for g in v.children if g.dep_ == "nsubj"]
            for g in whose:
                words = {w.lower_ for w in g.subtree}
                if g.lemma_.lower() in OTHERS and (words & {"all", "international", "every", "other", "concerned"}):
                    return True
    return False


PURPOSE = {"aim", "design", "intend", "mean", "target", "focus", "gear"}


def _object_is(clause: Clause, nouns: set[str]) -> bool:
    """The verb's own object is one of these nouns ("reaffirmed their strong support for ...").

    Not when the object is qualified as others' ("the commitments undertaken at the summits"); its purpose ("an
    agreement aimed at ...") qualifies nothing.
    """
    for o in clause.head.children:
        if o.dep_ in ("dobj", "obj") and (o.lemma_.lower() in nouns or o.lower_ in nouns):
            return not any(c.dep_ == "acl" and c.tag_ == "VBN" and c.lemma_.lower() not in PURPOSE for c in o.children)
    return False


def _object_does(clause: Clause) -> bool:
    """The verb's object is what the party means to do: "their will to enhance", "their interest in expanding"."""
    doing_in = [p for p in clause.head.children if p.dep_ == "prep" and p.lower_ == "in"
                and any(g.tag_ == "VBG" for g in p.children)]  # the parser hangs "in expanding" on the verb
    return any(o.dep_ in ("dobj", "obj") and o.pos_ == "NOUN" and (takes_infinitive(o) or any(
        p.dep_ == "prep" and p.lower_ == "in" and any(g.tag_ == "VBG" for g in p.children) for p in o.children)
        or doing_in and o.i < doing_in[0].i) for o in clause.head.children)


def _subject_is(clause: Clause, nouns: set[str]) -> bool:
    """The passive's subject is one of these nouns ("the memorandum was signed by ...")."""
    return any(c.dep_ == "nsubjpass" and (c.lemma_.lower() in nouns or c.lower_ in nouns) for c in clause.head.children)


def _has_xcomp(clause: Clause) -> bool:
    """"agreed to strengthen", "decided to keep", "reached an agreement to hold", "tasked officials to review" (the
    parser reads the last infinitive as a clause of purpose): an infinitive of future action."""
    if any(c.dep_ in ("xcomp", "advcl") and c.i > clause.head.i and any(a.lower_ == "to" and a.dep_ == "aux" for a in c.children)
           and (c.dep_ == "xcomp" or clause.head.lemma_.lower() in {"concur", "agree", "decide", "come", "arrive"} | DIRECTING)
           for c in clause.head.children):
        return True
    trigger = clause.trigger
    return trigger.i != clause.head.i and any(c.dep_ in ("acl", "xcomp", "relcl") and any(a.lower_ == "to" for a in c.children)
                                              for c in trigger.children)  # "there was a consensus to expand"


def _binding_clause(content, party_names: set[str], strict: bool, deontic: bool = True) -> bool:
    """A content clause that puts an obligation or a future on a party.

    Loose (agree, reaffirm): any future or deontic modal binds. Strict (shared
    views and beliefs): the modal must bear on a party or be passive ("must
    continue to be implemented"), so that a forecast about a third thing
    ("CFC should continue to carry out") is not taken for a pledge. Without
    `deontic` (what one speaker said), only a future binds: his view that the
    countries "should" or "must" act, or that it "is necessary" to, is advice.
    A future hoped for binds no one.
    """
    for t in content:
        low = t.lower_
        if low in FUTURE and any(a.lemma_.lower() in HOPING and a in content for a in t.ancestors):
            continue  # "said he hoped both navies would ..."
        if not deontic and (low in ("must", "should") or t.lemma_.lower() in ("need", "necessity")
                            or low in NEED_ADJECTIVES):
            continue
        modal = (low in FUTURE or low in ("must", "should", "shall")) and t.dep_ in ("aux", "auxpass", "ROOT") \
            or low == "committed" and t.dep_ == "acomp" \
            or low in READY and t.dep_ == "acomp" and any(c.dep_ == "xcomp" for c in t.children)
        # "stressed that Japan remains committed to ...", "stated Chile is prepared to join ..."
        need = t.lemma_.lower() == "need" and (t.pos_ in ("VERB", "AUX")) or (low == "needed" and t.dep_ in ("ROOT", "ccomp", "acomp", "auxpass")) \
            or (low in NEED_ADJECTIVES and t.dep_ == "acomp" and any(c.dep_ == "xcomp" for c in (*t.children, *t.head.children)))
        if need and low in NEED_ADJECTIVES:
            return True
        # "agreed on the need to expand ...", "on the necessity of joint drills": a shared need binds (stressed, a
        # necessity "of" a thing does not)
        of_what = ("for", "of") if t.lemma_.lower() == "necessity" and not strict else ("for",)
        if t.lemma_.lower() in ("need", "necessity") and t.pos_ == "NOUN" and t.i == content[0].i + (content[0].lower_ == "the") \
                and any(c.dep_ in ("acl", "relcl") or c.lower_ in of_what for c in t.children):
            return True
        if low == "continue" and t.dep_ in ("ccomp", "xcomp", "ROOT", "conj") and not strict:
            return True
        if not (modal or need):
            continue
        if not strict:
            return True
        verb = t.head if t.dep_ in ("aux", "auxpass", "acomp") else t
        if deontic and (low == "needed" or any(c.dep_ in ("auxpass", "nsubjpass") for c in verb.children)):
            return True  # what must be done; what one speaker says will be done to a thing is his forecast
        for v in (verb, *[x for x in verb.children if x.dep_ == "xcomp"]):
            subj = [c for c in v.children if c.dep_ in ("nsubj", "nsubjpass")]
            if not subj and v.dep_ == "conj":  # "China has kept close ties ... and will carry forward ...": the first verb's
                subj = [c for c in v.head.children if c.dep_ in ("nsubj", "nsubjpass")]
            for s in subj:
                words = {w.lower_ for w in s.subtree} | {w.text for w in s.subtree}
                if s.lower_ == "country" and words & {"his", "her", "our", "its", "their"}:
                    return True  # "his country will ...": the speaker's own
                if s.lower_ == "it" and v.lemma_ == "be":
                    continue  # "it would be important to ...": no one's future
                phrase = " " + " ".join(w.text for w in s.subtree) + " "
                if words & PARTY_WORDS or words & party_names or any(" " + n + " " in phrase for n in party_names if " " in n):
                    return True
                if passive(s.head) and deontic:
                    return True
            # passive infinitive under the modal: "must continue to be implemented"
            if deontic and any(x.dep_ == "auxpass" for x in verb.subtree):
                return True
    return False
