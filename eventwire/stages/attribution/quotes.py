"""What is said: per sentence, direct quotes (the speech verb outside the
marks), indirect speech (a speech verb's clausal complement), "according
to X", parenthetical cues, speech nested in a quotation, outlets that relay
a sentence's statements (across sentences: ``runs.py``)."""

from __future__ import annotations

from bisect import bisect_left

from spacy.tokens import Doc, Span, Token

from eventwire.models import Quote
from eventwire.models import Span as TextSpan
from eventwire.nlp.arrays import where_pos_or_dep
from eventwire.nlp.cues import default_cues
from eventwire.nlp.extensions import span_text, text_of
from eventwire.nlp.sentences import sent_of
from eventwire.nlp.subtrees import first_in_subtree
from eventwire.stages.attribution.boundaries import (
    across_semicolon,
    addressee_relative,
    anonymity_formula,
    conjoined_before_cue,
    cue_lemmas,
    denied_object,
    expectation_ok,
    idiom_source,
    medium_relative,
    second_part,
    small_clause,
    trailing_conj_cue,
    within_semicolons,
    without_speech_time,
)
from eventwire.stages.attribution.clauses import (
    according_parts,
    first_of_subtree,
    listed_last,
    object_content_last,
    trailing_report,
    without_narration,
)
from eventwire.stages.attribution.marks import (
    INNER_QUOTE_RX,
    inside_marks,
    quote_marks,
    text_span,
    tok_span,
)
from eventwire.stages.attribution.marks import that_clause as _that_clause
from eventwire.stages.attribution.marks import trimmed as _trimmed
from eventwire.stages.attribution.predicates import relative_read_predicate
from eventwire.stages.attribution.speakers import (
    SPEECH_VERBS,
    STATEMENT_NOUNS,
    actor_index,
    is_media,
    make_quote,
    noun_phrase,
    statement_body,
    subject_of,
)
from eventwire.stages.attribution.stances import (
    STANCE_VERBS,
    opens_with_cue,
    stance_content,
    stance_quotes,
)
from eventwire.stages.attribution.tags import reporter_tag, reports_a_statement

_CUES = default_cues()
# "denied reports that X", "rejected claims that X": the content is X
CLAIM_NOUNS = STATEMENT_NOUNS | _CUES.words("claim_nouns_extra")


def _is_condition(clause: Token) -> bool:
    """'should US troops be expelled', 'if they refuse': a condition, not content."""
    first = first_in_subtree(clause)
    return first.lower_ in ("if", "unless", "should", "providing", "provided")


OBJECT_CONTENT = _CUES.words("object_content_verbs")


def _subject_taken_as_object(clause: Token, dobj: Token | None) -> bool:
    """Class *complement subject parsed as the verb's object*: "maintained
    [the strikes] [were lawful]" — a subjectless clause right after the
    object: the object is the clause's subject."""
    return clause.dep_ == "ccomp" and dobj is not None and \
        dobj.right_edge.i + 1 == clause.left_edge.i and \
        not any(g.dep_ in ("nsubj", "nsubjpass", "expl", "csubj") for g in clause.children)


def _content_of(verb: Token) -> Span | None:
    """The reported clause (:func:`_clause_of`) without the outlet's own
    narration around it (:func:`without_narration`)."""
    clause = _clause_of(verb)
    if clause is not None:
        clause = within_semicolons(clause, verb)
    if clause is None:
        return None
    return without_speech_time(without_narration(clause, verb.i < clause.start))


def _clause_of(verb: Token) -> Span | None:
    """The reported clause: "warned [that X]", "urged [Y to do X]",
    "accused [Y of X]", "threatened [to do X]"."""
    doc = verb.doc
    whole = conjoined_before_cue(verb)  # "A, but B, witnesses said"
    if whole is not None:
        return whole
    dobj = next((c for c in verb.children if c.dep_ == "dobj"), None)
    if dobj is not None and dobj.lemma_.lower() in CLAIM_NOUNS:
        clause = _that_clause(dobj)
        if clause is not None:
            return clause
    for c in verb.children:
        if c.dep_ in ("ccomp", "xcomp") and (_is_condition(c) or across_semicolon(c, verb)):
            continue
        if c.dep_ in ("ccomp", "xcomp") or (c.dep_ == "dobj" and c.lemma_ in STATEMENT_NOUNS):
            c = trailing_report(c) or c  # "said [A], Y reported"
            first = first_of_subtree(c).i
            if (c.dep_ == "xcomp" and dobj is not None and dobj.i < c.i
                    and verb.lemma_.lower() in OBJECT_CONTENT):
                first = dobj.left_edge.i  # "urged supporters to stay"
            elif _subject_taken_as_object(c, dobj):
                first = dobj.left_edge.i  # type: ignore[union-attr]
            return _trimmed(doc, first, listed_last(c))
    if dobj is not None and verb.lemma_.lower() in {"accuse", "blame"}:
        return _trimmed(doc, dobj.left_edge.i, object_content_last(verb, dobj))  # "accused X of Y"
    if dobj is not None and denied_object(verb, dobj):
        return _trimmed(doc, dobj.left_edge.i, dobj.right_edge.i)  # "denied any wrongdoing"
    for prep in (c for c in verb.children if c.dep_ == "prep" and c.lower_ == "in"):
        for noun in (g for g in prep.children if g.lemma_.lower() in STATEMENT_NOUNS):
            clause = _that_clause(noun)  # "said in a statement that X" (misparsed)
            if clause is not None:
                return clause
    return medium_relative(verb) or addressee_relative(verb) or small_clause(verb) or \
        trailing_conj_cue(verb) or relative_read_predicate(verb)


VERB_TAGS = ("VERB", "AUX")


def verb_positions(doc: Doc) -> list[int]:
    """The VERB and AUX tokens of ``doc``, read once per document from the
    attribute arrays: the speech and stance scans of every sentence take
    their share instead of building a Token for each of its words."""
    return where_pos_or_dep(doc, VERB_TAGS, ())


def _verbs(sent: Span, positions: list[int] | None) -> list[Token]:
    if positions is None:
        return [t for t in sent if t.pos_ in VERB_TAGS]
    doc = sent.doc
    return [doc[i] for i in positions[bisect_left(positions, sent.start):
                                      bisect_left(positions, sent.end)]]


def _speech_verbs(sent: Span, positions: list[int] | None = None,
                  verbs: list[Token] | None = None) -> list[Token]:
    """``verbs``: ``_verbs(sent, positions)`` when the caller has them."""
    return [t for t in (_verbs(sent, positions) if verbs is None else verbs) if t.pos_ == "VERB"
            and cue_lemmas(t) & SPEECH_VERBS and not anonymity_formula(t)]


def _stance_verbs(sent: Span, marks: list[tuple[int, int]],
                  positions: list[int] | None = None,
                  verbs: list[Token] | None = None) -> list[Token]:
    """Belief and finding verbs outside quotation marks ("I think" inside a
    quotation is the speaker's hedge, not a second source); ``verbs`` as for
    :func:`_speech_verbs`."""
    return [t for t in (_verbs(sent, positions) if verbs is None else verbs)
            if cue_lemmas(t) & STANCE_VERBS
            and not any(s <= t.idx < e for s, e in marks) and expectation_ok(t)]


def _parenthetical(doc: Doc, verb: Token) -> Quote | None:
    """"The talks, the mediator said, had reached a critical stage": the cue
    clause interrupts the content, which comes in two parts."""
    main = verb.head
    if verb.dep_ != "parataxis" or main == verb or subject_of(verb) is None:
        return None
    before = _trimmed(doc, main.left_edge.i, verb.left_edge.i - 1) \
        if verb.left_edge.i > main.left_edge.i else None
    after = _trimmed(doc, verb.right_edge.i + 1, main.right_edge.i) \
        if verb.right_edge.i < main.right_edge.i else None
    parts = [p for p in (before, after) if p is not None]
    if not parts:
        return None
    hull = text_span(doc, parts[0].start_char, parts[-1].end_char)
    quote = make_quote(doc, verb, hull, "parenthetical")
    if quote is not None and len(parts) > 1:
        quote.content_parts = [tok_span(p) for p in parts]
    return quote


def _according_to(doc: Doc, sent: Span) -> tuple[Quote, Token] | None:
    """"According to X, Y": X is the speaker of the clause the phrase
    modifies (:func:`according_parts`); the "according" token is returned
    too, to decide whether X relays the sentence's other statements."""
    if "according" not in span_text(sent).lower():
        return None  # no such token: skip the walk over the sentence
    for tok in sent:
        if tok.lower_ == "according" and tok.i + 1 < len(doc) and doc[tok.i + 1].lower_ == "to":
            objs = [c for c in doc[tok.i + 1].children if c.dep_ == "pobj"]
            if not objs or idiom_source(objs[0]):
                continue
            source = statement_body(objs[0])  # "a report by Human Rights Watch"
            speaker = noun_phrase(source)
            parts = according_parts(tok, sent)
            if not parts:
                continue
            quote = Quote(content=text_span(doc, parts[0].start_char, parts[-1].end_char),
                          speaker=tok_span(speaker),
                          cue=text_span(doc, tok.idx, doc[tok.i + 1].idx + 2),
                          speaker_actor=actor_index(doc, source), kind="according_to",
                          rule="according_to")
            if len(parts) > 1:
                quote.content_parts = [tok_span(p) for p in parts]
            return quote, tok
    return None


def _relay_or_nested(doc: Doc, quotes: list[Quote], found: tuple[Quote, Token]) -> None:
    """"X said …, according to state media" / "According to state media, X
    told …": state media relays X (and the phrase leaves X's content). A
    phrase inside a statement, with the statement going on after it ("the
    town, which according to residents had been shelled, was …"), is a
    source of its own clause, nested in that statement."""
    according, tok = found
    pp_start, pp_end = tok.idx, doc[tok.right_edge.i].idx + len(doc[tok.right_edge.i])
    nested = any(q.content.start < pp_start and pp_end < q.content.end - 1 for q in quotes)
    if not quotes or according.speaker is None or nested or _outer_source(doc, tok, quotes):
        quotes.append(according)
        return
    for q in quotes:
        q.relays.append(according.speaker)
        if not q.content_parts and q.content.start < pp_start < q.content.end:
            end = pp_start
            while end > q.content.start and text_of(doc)[end - 1] in ", ":
                end -= 1
            q.content = text_span(doc, q.content.start, end)


def _outer_source(doc: Doc, according: Token, quotes: list[Quote]) -> bool:
    """Class *"according to" a person before a reported statement*:
    "According to his lawyer, the journalist told guards he was innocent" —
    the lawyer is the source of the whole report (the statement nested in
    it), not a medium relaying it; media ("according to state television")
    stay relays."""
    source = next((c for c in doc[according.i + 1].children if c.dep_ == "pobj"), None)
    return source is not None and not is_media(doc, source) and all(
        q.speaker is not None and according.idx < q.speaker.start for q in quotes)


def _free_mark(marks: list[tuple[int, int]], quotes: list[Quote]) -> tuple[int, int]:
    """Class *one quotation, one cue*: a quotation already inside another
    cue's content ("said that it rejects “any attack …”, describing the
    assault as “a terrorist act”") is not the next cue's; it takes the
    first quotation no statement holds yet."""
    return next((m for m in marks if not any(q.content.start <= m[0] + 1 < q.content.end
                                             for q in quotes)), marks[0])


def _frames(outlet_verb: Token, other: Token) -> bool:
    """Class *an outlet's own statement*: an outlet that "said"/"reported"
    relays the sentence's other statement only when that statement stands
    beside it ("X said …, Y reported") or is what it reports ("Y reported
    that X said …"); a speech verb deep inside its own content ("Y said the
    attack hit the base, which it described as …") leaves Y the speaker."""
    if other == outlet_verb:
        return False
    return not outlet_verb.is_ancestor(other) or other.head == outlet_verb


def _nested_quotes(doc: Doc, verbs: list[Token], marks: list[tuple[int, int]],
                   outer: list[Quote]) -> list[Quote]:
    """Speech inside a quotation ("“The commander told us ‘we will never
    retreat’,” the soldier said"): the inner speaker speaks, the outer one
    relays."""
    out: list[Quote] = []
    text = text_of(doc)
    for verb in verbs:
        span = next(((s, e) for s, e in marks if s <= verb.idx < e), None)
        if span is None or subject_of(verb) is None:
            continue
        inner = next((m for m in INNER_QUOTE_RX.finditer(text, verb.idx, span[1])), None)
        if inner is not None:
            content: TextSpan | None = text_span(doc, inner.start() + 1, inner.end() - 1)
        else:
            clause = _content_of(verb)
            content = tok_span(clause) if clause is not None else None
        if content is None:
            continue
        quote = make_quote(doc, verb, content, "nested")
        host = next((q for q in outer if q.content.start <= verb.idx < q.content.end), None)
        if quote is not None and host is not None and host.speaker is not None:
            quote.relays = [host.speaker, *host.relays]
            out.append(quote)
    return out


def quotes_in_sentence(doc: Doc, sent: Span, positions: list[int] | None = None,
                       stance_at: list[int] | None = None) -> list[Quote]:
    """``positions``: :func:`verb_positions` of the doc, ``stance_at``: its
    ``stances.stance_positions``, when the caller has them."""
    quotes: list[Quote] = []
    # the sentence's verbs are built once for both scans (speed29)
    candidates = _verbs(sent, positions)
    verbs = _speech_verbs(sent, positions, candidates)
    marks = quote_marks(sent)
    stances = _stance_verbs(sent, marks, positions, candidates)
    relays = [v for v in verbs if v.lemma_ in ("report", "say") and subject_of(v) is not None
              and (is_media(doc, subject_of(v)) or reports_a_statement(v) or reporter_tag(v))  # type: ignore[arg-type]
              and any(_frames(v, o) for o in [*verbs, *stances])]
    for verb in verbs:
        if verb in relays:
            continue
        inside = any(s <= verb.idx < e for s, e in marks)
        if inside:
            continue
        content = _content_of(verb)
        if marks and (content is None or any(s <= content.start_char < e for s, e in marks)
                      or verb.dep_ in ("parataxis", "ROOT") and not content):
            quote = make_quote(doc, verb, inside_marks(doc, *_free_mark(marks, quotes)), "direct")
            if quote is not None:
                second_part(doc, quote, marks)
        elif content is not None:
            quote = make_quote(doc, verb, tok_span(content), "indirect")
        elif not marks:
            quote = _parenthetical(doc, verb)
        else:
            quote = None
        if quote is not None:
            quotes.append(quote)
    if (according := _according_to(doc, sent)) is not None:
        _relay_or_nested(doc, quotes, according)
    quotes += _nested_quotes(doc, verbs, marks, quotes)
    for verb in stances:
        content = _content_of(verb)
        quote = make_quote(doc, verb, tok_span(content), "stance") \
            if content is not None and stance_content(content) else None
        if quote is None and content is None and not marks:
            quote = _parenthetical(doc, verb)  # "Moscow, they suspect, is waiting"
        if quote is not None:
            quotes.append(quote)
    quotes += stance_quotes(doc, sent, quotes, stance_at)
    if not quotes and not marks:
        quotes += _detached_quote(doc, sent, verbs)
    for relay in relays:
        subj = subject_of(relay)
        assert subj is not None
        for q in quotes:
            if q.speaker is None or not (q.speaker.start <= subj.idx < q.speaker.end):
                q.relays.append(tok_span(noun_phrase(subj)))
        if not quotes and len(verbs) == 1 and (content := _content_of(relay)) is not None:
            quotes.append(make_quote(doc, relay, tok_span(content), "indirect")
                          or Quote(content=tok_span(content)))
        elif _reports_statement_after(relay, [*verbs, *stances]):
            quotes += [q for q in [_outer_report(doc, relay)] if q is not None]
    return quotes


def _reports_statement_after(relay: Token, others: list[Token]) -> bool:
    """Class *a medium's report of a statement*: "The Journal reported that
    officials had told …" — the medium's own statement holds the nested one
    (both are attributions; the nested one has the medium as relay); "X
    said …, Y reported" stays one statement relayed by Y."""
    return any(o.head == relay and o.i > relay.i for o in others)


def _outer_report(doc: Doc, relay: Token) -> Quote | None:
    content = _content_of(relay)
    return make_quote(doc, relay, tok_span(content), "indirect") if content is not None else None


def _detached_quote(doc: Doc, sent: Span, verbs: list[Token]) -> list[Quote]:
    """Class *quotation cut off from its cue*: "“Are you running?” the host
    asked." — the splitter ends a sentence at the question or exclamation
    mark, leaving the cue ("the host asked.") alone in the next sentence;
    the quotation is the sentence before it."""
    if not verbs or sent.start == 0 or not opens_with_cue(sent[0]):
        return []
    previous = sent_of(doc[sent.start - 1])
    marks = quote_marks(previous)
    text = previous.text.strip()
    if len(marks) != 1 or marks[0][1] - marks[0][0] < len(text) - 2 \
            or text_of(doc)[marks[0][1] - 2] not in "?!":
        return []
    start, end = marks[0]
    quote = make_quote(doc, verbs[0], text_span(doc, start + 1, end - 1), "direct")
    return [quote] if quote is not None else []
