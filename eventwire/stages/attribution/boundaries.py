"""Where a source and its content start and stop, for classes the speech-verb
rules of ``quotes.py`` get wrong (issue #12, branch speakers2):

* *anonymity formulas* ("who asked not to be named", "spoke on condition
  of anonymity") are the source's request, not a statement;
* *"according to" + a norm* ("according to plan / schedule / tradition")
  names no source;
* *a nominal cue parsed as the sentence root* ("Her warning that the
  shutdown could last weeks went unheeded"): the content stops before the
  sentence's own predicate, which the parser hung inside the clause;
* *a time adjunct of the speech act* parsed into the complement ("said on
  Monday the results were false"): it is not what was said;
* *a quotation interrupted by its cue* ("“We are ready,” the envoy said,
  “but not under threats.”"): one statement in two parts;
* *telegraphic headline clauses* ("Police say two killed in blast");
* *a headline "Source: content"* ("Minister: we will not resign");
* *expectation verbs* only with a finite that-clause ("X expects that Y").
"""

from __future__ import annotations

import re
from functools import lru_cache

from spacy.attrs import ORTH
from spacy.strings import get_string_id
from spacy.tokens import Doc, Span, Token

from eventwire.models import Quote
from eventwire.nlp.arrays import column
from eventwire.nlp.cues import default_cues
from eventwire.nlp.extensions import get_list, text_of
from eventwire.stages.attribution.closing import closing_subject
from eventwire.stages.attribution.marks import inside_marks, text_span, trimmed

_CUES = default_cues()
ANONYMITY = _CUES.words("anonymity_words")
ACCORDING_IDIOMS = _CUES.words("according_idioms")
EXPECTATION_VERBS = _CUES.words("expectation_verbs")
HEADLINE_LABELS = _CUES.words("headline_labels")
FINDING_SOURCES = _CUES.words("document_nouns") | _CUES.words("statement_nouns")
REQUEST_VERBS = {"ask", "request", "speak", "talk", "decline", "refuse", "agree", "demand"}
TIME_ENTS = {"DATE", "TIME"}
FINITE = {"VBD", "VBZ", "VBP"}


def anonymity_formula(verb: Token) -> bool:
    """Class *anonymity formula*: "who asked not to be identified", "who
    requested anonymity", "speaking on condition of anonymity" — the verb's
    complement or object holds one of ``anonymity_words``."""
    if verb.lemma_.lower() not in REQUEST_VERBS:
        return False
    for child in verb.children:
        if child.dep_ in ("xcomp", "ccomp", "dobj", "prep") and any(
                t.lower_ in ANONYMITY for t in child.subtree):
            return True
    return False


def idiom_source(pobj: Token) -> bool:
    """Class *"according to" + a norm*: "according to plan", "according to
    tradition" — a bare noun (no determiner, owner or modifier) of
    ``according_idioms`` is no source; "according to the plan's authors" is."""
    return pobj.lemma_.lower() in ACCORDING_IDIOMS and not any(
        c.dep_ in ("det", "poss", "compound", "amod", "prep") for c in pobj.children)


def cut_root_nominal(noun: Token, content: Span) -> Span:
    """Class *nominal cue parsed as the root*: in "The governor's insistence
    that the roads were safe angered residents" the parser makes the noun
    the root and hangs the real predicate ("angered", "went", "cost") inside
    the that-clause; the content stops before the first finite verb or
    "-ed" modifier after the clause's own verb that is not coordinated."""
    if noun.dep_ != "ROOT" or noun.pos_ != "NOUN":
        return content
    verb = next((t for t in content if t.dep_ in ("acl", "ccomp", "relcl") and t.head == noun),
                None)
    if verb is None:
        return content
    for pred in (c for c in noun.children if c.tag_ in FINITE and c.i >= content.end):
        subj = next((c for c in pred.children if c.dep_ == "nsubj"
                     and c.left_edge.i == content.end), None)
        if subj is not None:  # "had misled [regulators] cost": the object, read as a subject
            return content.doc[content.start:subj.right_edge.i + 1]
    for tok in content:
        if tok.i <= verb.i or tok.dep_ in ("conj", "relcl", "aux", "auxpass"):
            continue
        predicate = tok.tag_ in FINITE or (tok.dep_ == "amod" and tok.lower_.endswith("ed")
                                            and tok.head.i > tok.i)
        if predicate and not any(t.dep_ == "cc" for t in content.doc[verb.i:tok.i]):
            subj = next((c for c in tok.children if c.dep_ == "nsubj" and c.i > verb.i), None)
            # "had misled [regulators] cost": the false subject is the clause's object
            cut = subj.right_edge.i + 1 if tok.tag_ in FINITE and subj is not None else tok.i
            return trimmed(content.doc, content.start, cut - 1) or content
    return content


MEDIUM_NOUNS = _CUES.words("statement_nouns") | {"interview", "speech", "remark", "post",
                                                 "letter", "video", "message", "tweet"}


def _speech_adjunct(tok: Token) -> bool:
    """"on Monday", "Sunday", "in a statement", "in remarks to reporters"."""
    if tok.dep_ not in ("prep", "npadvmod"):
        return False
    if any(t.ent_type_ in TIME_ENTS for t in tok.subtree):
        return True
    return tok.lower_ == "in" and any(c.dep_ == "pobj" and c.lemma_.lower() in MEDIUM_NOUNS
                                      for c in tok.children)


def medium_relative(verb: Token) -> Span | None:
    """Class *complement read as a relative clause of the medium*: "said in
    a video message [his men would not disarm]" — the parser hangs the
    clause on "message" as a relative clause without a relative pronoun."""
    for prep in (c for c in verb.children if c.dep_ == "prep" and c.lower_ == "in"):
        for noun in (g for g in prep.children if g.dep_ == "pobj"
                     and g.lemma_.lower() in MEDIUM_NOUNS):
            for rel in (r for r in noun.children if r.dep_ == "relcl" and r.i > noun.i):
                toks = list(rel.subtree)
                if toks[0].tag_ not in ("WDT", "WP", "WP$", "WRB") and any(
                        c.dep_ in ("nsubj", "nsubjpass") for c in rel.children):
                    return trimmed(verb.doc, toks[0].i, toks[-1].i)
    return None


def without_speech_time(content: Span) -> Span:
    """Class *adjunct of the speech act opening the complement*: "said on
    Monday the results had been falsified", "said Sunday it had …", "said
    in a statement it would …" — the time or the medium of the saying, not
    what was said."""
    doc = content.doc
    first = content.start
    tok = doc[first]
    if _speech_adjunct(tok):
        after = tok.right_edge.i + 1
        if after < content.end - 1 and doc[after].ent_type_ not in TIME_ENTS:
            return trimmed(doc, after, content.end - 1) or content
    return content


def second_part(doc: Doc, quote: Quote, marks: list[tuple[int, int]]) -> None:
    """Class *quotation interrupted by its cue*: a second quotation right after
    the cue clause, opening in lower case ("“…,” warned the general, “we
    will …”"), continues the first one: the statement has both parts."""
    if quote.cue is None or quote.content_parts:
        return
    first = next((m for m in marks if m[0] <= quote.content.start < m[1]), None)
    later = [m for m in marks if first is not None and m[0] >= first[1] and m[0] > quote.cue.end]
    if first is None or not later:
        return
    start, end = later[0]
    between = text_of(doc)[first[1]:start]
    body = inside_marks(doc, start, end)
    if len(between) > 60 or not body.text[:1].islower() or between.count(",") < 1:
        return
    quote.content_parts = [quote.content, body]
    quote.content = text_span(doc, quote.content.start, body.end)


SMALL_CLAUSE_VERBS = {"say": ("VBN",), "show": ("VBG", "VBN"), "find": ("VBG", "VBN"),
                      "suggest": ("VBG",), "indicate": ("VBG",)}


def small_clause(verb: Token) -> Span | None:
    """Class *participle small clause as content*: the telegraphic headline
    "Police say [two killed in blast]", and findings of a document or poll
    (``document_nouns``) "Polls show [the incumbent trailing]", "Surveys
    show [support … falling]" — the parser reads the participle as a
    modifier of the verb's object."""
    tags = next((v for k, v in SMALL_CLAUSE_VERBS.items() if k in cue_lemmas(verb)), None)
    dobj = next((c for c in verb.children if c.dep_ == "dobj"), None)
    if tags is None or dobj is None or not any(
            t.dep_ == "acl" and t.tag_ in tags for t in dobj.subtree):
        return None
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if "say" not in cue_lemmas(verb) and (subject is None or
                                          subject.lemma_.lower() not in FINDING_SOURCES):
        return None  # "State television showed footage of tanks moving": no finding
    return trimmed(verb.doc, dobj.left_edge.i, dobj.right_edge.i)


HEADLINE_RX = re.compile(r"([A-Z][\w'’.\- ]{1,40}?):\s+(\S[^\n]{3,}?)\s*$")


def headline_colon(doc: Doc) -> Quote | None:
    """Class *headline "Source: content"*: "Minister: we will not resign",
    "EU envoy: sanctions ready within days" — the article's first line, with
    no final full stop, a speaker of at most four words before the colon
    that is not a rubric (``headline_labels``: "Exclusive:", "Analysis:")."""
    text = text_of(doc)
    line_end = text.find("\n")
    if line_end <= 0:
        return None
    m = HEADLINE_RX.match(text, 0, line_end)
    if m is None or text[:line_end].rstrip().endswith(".") or \
            len(m.group(1).split()) > 4 or m.group(1).lower().strip() in HEADLINE_LABELS:
        return None
    words = [t for t in doc if t.idx < m.end(1)]
    if any(t.pos_ in ("VERB", "AUX", "PRON", "NUM") for t in words) or \
            not _speaker_like(doc, m.end(1), m.group(2)):
        return None
    return Quote(content=text_span(doc, m.start(2), m.end(2)),
                 speaker=text_span(doc, m.start(1), m.end(1)), cue=None,
                 kind="headline", rule="headline:colon")


def cue_lemmas(tok: Token) -> frozenset[str]:
    """Class *lemmatiser slips on cue verbs*: "hopes" comes out as "hop"; the
    cue lists are matched against the lemma and the forms its inflection
    gives ("hopes" -> hope, "hoped" -> hope, "hoping" -> hope)."""
    return cue_forms(tok.lower_, tok.lemma_)


@lru_cache(maxsize=1 << 14)
def cue_forms(word: str, lemma: str) -> frozenset[str]:
    """:func:`cue_lemmas` of a word form and its lemma, memoised: every verb
    of every sentence is asked twice (speech and stance cues)."""
    found = {lemma.lower(), word}
    for suffix, repl in (("ies", "y"), ("es", "e"), ("es", ""), ("s", ""), ("ed", "e"),
                         ("ed", ""), ("ing", "e"), ("ing", "")):
        if word.endswith(suffix) and len(word) > len(suffix) + 2:
            found.add(word[: -len(suffix)] + repl)
    return frozenset(found)


FIRST_PERSON = re.compile(r"\b(?:I|we|We|our|Our|us|my|My|me)\b")


def _speaker_like(doc: Doc, end: int, content: str) -> bool:
    """A headline's "X:" is a speaker when an actor mention other than a bare
    country ends it ("EU envoy", "Finance minister"), or when what follows
    speaks in the first person ("Russia: we will respond"); a topic or a
    place ("Georgia: police crack down …", "Capitol riot: …") is none."""
    if FIRST_PERSON.search(content):
        return True
    mentions = get_list(doc, "actor_mentions")
    return any(m.end == end and m.kind != "state" for m in mentions)


def expectation_ok(verb: Token) -> bool:
    """Class *expectation with a finite clause*: "X expects that Y will …"
    is a stated belief; "expects the currency to fall" (object and
    infinitive) is a forecast and no attribution (batch 1)."""
    if verb.lemma_.lower() not in EXPECTATION_VERBS:
        return True
    return any(c.dep_ == "ccomp" and any(g.tag_ in FINITE | {"MD"} for g in c.subtree)
               for c in verb.children)


# the parser hangs a sentence-final cue clause under the reported clause's verb
# as one of these (", witnesses said." as conj, advcl or ccomp)
_CLOSING_DEPS = ("conj", "advcl", "ccomp")


def trailing_conj_cue(verb: Token) -> Span | None:
    """Class *closing cue parsed under the content*: "NATO believes Russia
    has moved missiles closer, [the secretary general said]", "Prices will
    rise again, the bank warned on Friday", "Police fired tear gas, but
    troops did not stop the crowd, witnesses said", "The armed forces
    carried out strikes on nine sites, two weeks after the attack, the
    ministry said", "A spoke by phone with B, and the two agreed on a
    ceasefire, A's press secretary wrote on Facebook" — the parser makes the
    cue a conjunct, adverbial or complement of the reported clause's verb;
    the content is the whole clause (with its coordinated clauses) up to the
    comma before the cue's subject. A cue with its own complement or a
    subordinator ("…, as the minister said") is not this class; "told" keeps
    its addressee ("…, an adviser told the Reuters news agency")."""
    head, doc = verb.head, verb.doc
    if verb.dep_ not in _CLOSING_DEPS or head.i > verb.i or any(
            c.dep_ in ("ccomp", "xcomp", "mark") or (c.dep_ == "dobj" and verb.lemma_ != "tell")
            for c in verb.children):
        return None
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None) or \
        closing_subject(verb)  # "…, [the town's mayor, X,] told Radio Y"
    if subject is None or subject.tag_ in ("WDT", "WP"):
        return None
    comma = subject.left_edge.i - 1
    if comma <= head.i or doc[comma].text != ",":
        return None
    top = head
    while top.dep_ == "conj" and top.head.i < top.i:
        top = top.head  # "A spoke …, and the two agreed …, X wrote": from A
    return trimmed(doc, top.left_edge.i, comma - 1)


def conjoined_before_cue(verb: Token) -> Span | None:
    """Class *closing cue after coordinated clauses*: "Police fired tear gas,
    but troops did not stop the crowd, witnesses said", "The convoy was
    stopped, and the drivers were detained, an aid worker told the AP" —
    the parser makes the second clause the cue's complement and the first
    either the cue's head (the cue a conjunct of it) or a second complement;
    both clauses are the content (the "and"/"but" joins them to each other,
    not to the cue)."""
    doc = verb.doc
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    inner = [c for c in verb.children if c.dep_ == "ccomp" and c.i < verb.i]
    if subject is None or not inner or not inner[-1].i < subject.i:
        return None
    comma, joint = subject.left_edge.i - 1, inner[-1].left_edge.i - 1
    if doc[comma].text != "," or doc[joint].dep_ != "cc":
        return None
    first = doc[joint].head
    if not (first in inner[:-1] or (verb.dep_ == "conj" and first == verb.head)):
        return None
    return trimmed(doc, first.left_edge.i, comma - 1)


_SEMICOLON = get_string_id(";")


def within_semicolons(content: Span, verb: Token) -> Span | None:
    """Class *a semicolon closes a statement*: "Thousands gathered outside
    the court; [police said] the protest was peaceful", "Rebels storm the
    base; army vows response" — a cue speaks only for its own side of a
    semicolon (the parser may hang the other clause on it)."""
    doc = verb.doc
    first, last = content.start, content.end - 1
    orths = column(doc, ORTH)  # the words' forms, not a Token per word (speed24)
    for i in range(content.start, content.end):
        if orths[i] != _SEMICOLON:
            continue
        if i < verb.i:
            first = max(first, i + 1)
        else:
            last = min(last, i - 1)
    if (first, last) == (content.start, content.end - 1):
        return content
    return trimmed(doc, first, last) if first <= last else None


def across_semicolon(clause: Token, verb: Token) -> bool:
    """The clause stands on the other side of a semicolon from its cue
    ("Hundreds gathered …; police said …": the parser makes "gathered" the
    complement of "said"): it is not what the cue reports."""
    doc = verb.doc
    lo, hi = (clause.right_edge.i, verb.i) if clause.i < verb.i else (verb.i, clause.left_edge.i)
    return any(doc[i].text == ";" for i in range(lo + 1, hi))


DENIED_NOUNS = _CUES.words("claim_nouns_extra") | _CUES.words("statement_nouns") | {
    "wrongdoing", "involvement", "role", "responsibility", "charge", "report", "account"}


def denied_object(verb: Token, dobj: Token) -> bool:
    """Class *a denial of a claim or a role*: "denied the allegations",
    "denies any wrongdoing", "denied involvement in the plot", "denied any
    build-up" — the object is what the speaker says is untrue; "denied
    them entry" (a refusal, with a second object) is none."""
    if "deny" not in cue_lemmas(verb) or any(c.dep_ == "dative" for c in verb.children):
        return False
    return dobj.lemma_.lower() in DENIED_NOUNS or any(
        c.dep_ == "det" and c.lower_ == "any" for c in dobj.children)


def _that_complement(rel: Token) -> bool:
    """A "relative clause" opened by "that" that cannot be one: it has a
    subject of its own and "that" is its complementiser, or "that" is read
    as its object although it has another ("that South Korea would not ask
    Japan to …")."""
    that = next((c for c in rel.children if c.lower_ == "that" and c.i < rel.i), None)
    if that is None or that.dep_ in ("nsubj", "nsubjpass"):
        return False
    if not any(c.dep_ in ("nsubj", "nsubjpass") and c is not that for c in rel.children):
        return False
    return that.dep_ == "mark" or (that.dep_ == "dobj" and any(
        c.dep_ == "dobj" and c is not that for c in rel.children))


def addressee_relative(verb: Token) -> Span | None:
    """Class *that-clause read as a relative clause of the addressee*: "told
    a news conference [that South Korea would not ask Japan …]", "told his
    counterpart in a phone call [that the clash had been planned]" — the
    parser hangs the complement on the last noun before it."""
    nouns = [c for c in verb.children if c.dep_ in ("dobj", "dative")]
    nouns += [g for p in verb.children if p.dep_ == "prep" for g in p.children
              if g.dep_ == "pobj"]
    nouns += [g for n in list(nouns) for p in n.children if p.dep_ == "prep"
              for g in p.children if g.dep_ == "pobj"]
    for noun in nouns:
        for rel in (r for r in noun.children if r.dep_ in ("relcl", "acl") and r.i > noun.i):
            if _that_complement(rel):
                toks = list(rel.subtree)
                return trimmed(verb.doc, toks[0].i, toks[-1].i)
    return None
