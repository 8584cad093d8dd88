"""Who says so: quotes, reported speech, relays, and each event's chain.

``eventwire_quotes`` finds, per sentence:
* direct quotes (straight, curly and guillemet marks, nested) with the
  speech verb outside them ("“…,” Mohi explained");
* indirect speech: a speech verb with a clausal complement ("warned that …",
  "urged X to …");
* "according to X": X is the speaker of the rest of the sentence;
* relays: a speech verb whose subject is a news outlet and that frames
  another statement ("…, Mohi explained, Press TV reported") relays every
  statement of its sentence;
* a statement "by" a body ("a statement by the Commission, which warned …")
  has the body as its speaker.

Speakers are resolved through the actor stage: a pronoun ("he added")
points to its antecedent, a spokesperson to the organisation he speaks for.

``eventwire_event_attribution`` gives every event its chain: speaker (+ the
organisation the speaker speaks for), relays, then the publishing outlet.
An event stated by the outlet itself has only the outlet link.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span, Token

from eventwire.models import ActorMention, AttributionLink, EventMention, Quote
from eventwire.models import Span as TextSpan
from eventwire.nlp.component import StageComponent
from eventwire.nlp.cues import default_cues
from eventwire.nlp.extensions import get_list, text_of
from eventwire.nlp.spans import doc_index, index_of

_CUES = default_cues()
SPEECH_VERBS = _CUES.words("speech_verbs")
MEDIA_HINTS = re.compile(
    r"\b(" + "|".join(map(re.escape, _CUES.ordered("media_names"))) + r")\b|"
    r"(?i:\b(" + "|".join(map(re.escape, _CUES.ordered("media_nouns"))) + r")\b)")
STATEMENT_NOUNS = _CUES.words("statement_nouns")
# "denied reports that X", "rejected claims that X": the content is X
CLAIM_NOUNS = STATEMENT_NOUNS | _CUES.words("claim_nouns_extra")
QUOTE_RX = re.compile(r"“[^”]{2,}”|\"[^\"]{2,}\"|«[^»]{2,}»|‘[^’]{8,}’(?!\w)")
# a quotation inside a quotation: “… told us ‘we will never retreat’ …”
INNER_QUOTE_RX = re.compile(r"‘[^’]{2,}’(?!\w)|'[^']{2,}'(?!\w)|‹[^›]{2,}›")


def _span(doc: Doc, start: int, end: int) -> TextSpan:
    return TextSpan(text_of(doc)[start:end], start, end)


def _tok_span(tokens: Span | Token) -> TextSpan:
    if isinstance(tokens, Token):
        return TextSpan(tokens.text, tokens.idx, tokens.idx + len(tokens.text))
    return TextSpan(tokens.text, tokens.start_char, tokens.end_char)


def _subject(verb: Token) -> Token | None:
    """The active subject: "X was accused" makes X no speaker. A "subject"
    inside the quotation ("«Nous ne céderons pas», said the minister", which
    the English parser reads as a noun phrase) gives way to one outside."""
    subjects = [c for c in verb.children if c.dep_ == "nsubj" and not c.is_punct]
    if len(subjects) > 1:
        marks = _quote_marks(verb.sent)
        outside = [c for c in subjects if not any(s <= c.idx < e for s, e in marks)]
        subjects = outside or subjects
    return subjects[0] if subjects else None


MAX_APPOSITION = 6  # "Fatima Hassan, a teacher from the city"; longer ones describe


def _noun_phrase(tok: Token) -> Span:
    """The subject's full noun phrase (with its determiner, its "for/of"
    complement: "The spokesman for the coalition", and an apposition: "The
    UN envoy, Martin Griffiths", "the official news agency IRNA"), without
    relative clauses or a leading parenthetical."""
    doc = tok.doc
    start = tok.left_edge.i
    for i in range(tok.i - 1, start - 1, -1):  # "(IQNA) – Iraq's … group": after the dash
        if doc[i].is_punct and doc[i].text not in ("'", "’", "-"):
            start = i + 1
            break
    while start < tok.i and doc[start].pos_ in ("PUNCT", "CCONJ"):
        start += 1
    end = tok.i + 1
    for child in tok.rights:
        if child.dep_ == "prep" and child.lower_ in ("for", "of"):
            end = child.right_edge.i + 1
        elif child.dep_ == "appos" and len(list(child.subtree)) <= MAX_APPOSITION and \
                not any(t.dep_ == "relcl" for t in child.subtree):
            end = child.right_edge.i + 1
        elif child.dep_ in ("acl", "amod") and child.i == end and child.tag_ != "VBG":
            end = child.right_edge.i + 1  # "Residents reached by phone", "Sources close to"
        elif child.dep_ == "punct" and child.i == end and child.text == ",":
            continue
        else:
            break
    # "the official news agency IRNA": the parser may make the name a second
    # subject right after the noun
    nxt = doc[end] if end < len(doc) else None
    if nxt is not None and nxt.pos_ == "PROPN" and nxt.head == tok.head and nxt.dep_ == tok.dep_:
        end = nxt.right_edge.i + 1
    while end > start + 1 and doc[end - 1].is_punct:
        end -= 1
    after = dateline_end(doc, doc[start].idx)
    while after is not None and start < tok.i and doc[start].idx < after:
        start += 1  # "NIAMEY, Aug 6 (Reuters) - West African leaders": no dateline
    return doc[start:end]


def _author_of(noun: Token, preps: tuple[str, ...] = ("by", "from")) -> Token | None:
    """The body behind "a statement by/from X", then "the report issued by X"."""
    for c in noun.children:
        if c.dep_ == "prep" and c.lower_ in preps:
            found = next((g for g in c.children if g.dep_ == "pobj"), None)
            if found is not None:
                return found
    for c in noun.children:
        if c.dep_ == "acl":
            for g in c.children:
                if g.dep_ == "agent":
                    found = next((h for h in g.children if h.dep_ == "pobj"), None)
                    if found is not None:
                        return found
    return None


def _statement_body(subj: Token) -> Token:
    """'which' in "a statement by the Commission, which warned" -> Commission;
    "The statement, issued by the ministry, said" -> ministry."""
    if subj.lemma_.lower() in STATEMENT_NOUNS:
        return _author_of(subj) or subj
    if subj.lower_ in ("which", "who", "that") and subj.head.dep_ == "relcl":
        antecedent = subj.head.head
        if antecedent.lemma_.lower() in STATEMENT_NOUNS:
            return _author_of(antecedent, ("by", "from", "of")) or antecedent
        return antecedent
    return subj


def _actor_index(doc: Doc, tok: Token) -> int | None:
    covering = doc_index(doc, "actor_mentions").containing(tok.idx)
    return covering[0] if covering else None


def _is_media(doc: Doc, tok: Token) -> bool:
    index = _actor_index(doc, tok)
    if index is not None and get_list(doc, "actor_mentions")[index].kind == "media":
        return True
    phrase = _noun_phrase(tok).text
    return bool(MEDIA_HINTS.search(phrase))


def _is_condition(clause: Token) -> bool:
    """'should US troops be expelled', 'if they refuse': a condition, not content."""
    first = next(clause.subtree)
    return first.lower_ in ("if", "unless", "should", "providing", "provided")


OBJECT_CONTENT = _CUES.words("object_content_verbs")


def _trimmed(doc: Doc, first: int, last: int) -> Span | None:
    """Tokens first..last without a leading "that"/punctuation or trailing
    punctuation."""
    while first < last and (doc[first].is_punct or doc[first].lower_ == "that"):
        first += 1
    while last > first and doc[last].is_punct and not _closes_inner_quote(doc, first, last):
        last -= 1
    return doc[first:last + 1] if first <= last else None


def _closes_inner_quote(doc: Doc, first: int, last: int) -> bool:
    """'the attack was “cowardly”': the closing mark belongs to the content."""
    closing = {"”": "“", "’": "‘", '"': '"'}.get(doc[last].text)
    return closing is not None and any(t.text == closing for t in doc[first:last])


def _content_of(verb: Token) -> Span | None:
    """The reported clause: "warned [that X]", "urged [Y to do X]",
    "accused [Y of X]", "threatened [to do X]"."""
    doc = verb.doc
    dobj = next((c for c in verb.children if c.dep_ == "dobj"), None)
    if dobj is not None and dobj.lemma_.lower() in CLAIM_NOUNS:
        clause = _that_clause(dobj)
        if clause is not None:
            return clause
    for c in verb.children:
        if c.dep_ in ("ccomp", "xcomp") and _is_condition(c):
            continue
        if c.dep_ in ("ccomp", "xcomp") or (c.dep_ == "dobj" and c.lemma_ in STATEMENT_NOUNS):
            toks = list(c.subtree)
            first = toks[0].i
            if (c.dep_ == "xcomp" and dobj is not None and dobj.i < c.i
                    and verb.lemma_.lower() in OBJECT_CONTENT):
                first = dobj.left_edge.i  # "urged supporters to stay"
            return _trimmed(doc, first, toks[-1].i)
    if dobj is not None and verb.lemma_.lower() in {"accuse", "blame"}:
        return _trimmed(doc, dobj.left_edge.i, verb.right_edge.i)  # "accused X of Y"
    for prep in (c for c in verb.children if c.dep_ == "prep" and c.lower_ == "in"):
        for noun in (g for g in prep.children if g.lemma_.lower() in STATEMENT_NOUNS):
            clause = _that_clause(noun)  # "said in a statement that X" (misparsed)
            if clause is not None:
                return clause
    return None


def _that_clause(noun: Token) -> Span | None:
    """The that-clause hanging from a noun: "reports [that it had used …]"."""
    for c in noun.children:
        if c.dep_ in ("acl", "ccomp", "relcl") and any(
                g.dep_ == "mark" and g.lower_ == "that" for g in c.children):
            toks = list(c.subtree)
            return _trimmed(noun.doc, toks[0].i, toks[-1].i)
    return None


def _quote_marks(sent: Span) -> list[tuple[int, int]]:
    base = sent.start_char
    return [(base + m.start(), base + m.end()) for m in QUOTE_RX.finditer(sent.text)]


def _inside_marks(doc: Doc, start: int, end: int) -> TextSpan:
    """The text between the quotation marks at ``start`` and ``end - 1``,
    without trailing punctuation (“…,” — the comma is not content)."""
    s, e = start + 1, end - 1
    while e > s and text_of(doc)[e - 1] in ",;:. ":
        e -= 1
    return _span(doc, s, e)


def _speech_verbs(sent: Span) -> list[Token]:
    return [t for t in sent if t.pos_ == "VERB" and t.lemma_.lower() in SPEECH_VERBS]


def _quoted_as_saying(verb: Token) -> tuple[Token, Token | None] | None:
    """"Reuters quoted / The agency cited [an official] as saying …": the
    official speaks, the quoting outlet relays."""
    head = verb.head
    if verb.lemma_.lower() != "say" or head.lower_ != "as" or \
            head.head.lemma_.lower() not in ("quote", "cite"):
        return None
    reporter = head.head
    speaker = next((c for c in reporter.children if c.dep_ == "dobj"), None)
    if speaker is None:
        return None
    return speaker, _subject(reporter)


def _inverted_or_shared_subject(verb: Token) -> Token | None:
    """"“…,” warned the minister" (the parser makes the speaker an object) and
    "the judge said, adding that …" (the participle shares said's subject)."""
    if verb.tag_ == "VBG" and verb.dep_ in ("advcl", "xcomp", "conj") and \
            verb.head.lemma_.lower() in SPEECH_VERBS:
        return _subject(verb.head)
    first = next(verb.subtree)
    if first.i < verb.i and first.is_quote:
        obj = next((c for c in verb.rights if c.dep_ == "dobj"), None)
        if obj is not None and not any(c.dep_ == "ccomp" and c.i > verb.i for c in verb.children):
            return obj
    return None


CITING = {"cite", "quote"}


def _cited_source(verb: Token) -> Token | None:
    """Class *relay citing a source*: "X reported, citing a provincial
    official" / "X said, quoting witnesses": the cited source speaks and X
    relays it."""
    for c in verb.children:
        if c.dep_ in ("advcl", "xcomp", "conj") and c.tag_ == "VBG" and \
                c.lemma_.lower() in CITING:
            found = next((g for g in c.children if g.dep_ == "dobj"), None)
            if found is not None:
                return found
    return None


# "KINSHASA, June 14 (Reuters) - ", "SEOUL (AP) - ", "Tbilisi (AFP) - ", "MUMBAI: "
DATELINE = re.compile(r"(?:[A-Z][A-Z.'’ -]{1,40}|[A-Z][\w.'’ -]{1,40}(?=(?:,[^\n(]{0,20})?\s*\())"
                      r"(?:,\s*[A-Z][a-z]{2,9}\.?\s+\d{1,2})?\s*(?:\([^)\n]{1,40}\))?\s*[-–—:]\s")


def dateline_end(doc: Doc, offset: int) -> int | None:
    """End of the dateline that opens the line holding ``offset``, if any."""
    text = text_of(doc)
    line = text.rfind("\n", 0, offset) + 1
    m = DATELINE.match(text, line, min(len(text), line + 90))
    return m.end() if m is not None else None


def _outside_dateline(doc: Doc, subj: Token | None) -> Token | None:
    """Class *datelines*: the place and agency that open a wire story
    ("KINSHASA, June 14 (Reuters) - Congo accused …") are never the speaker;
    a subject the parser hangs on the dateline gives way to its apposition
    after it ("Congo"), or to none."""
    if subj is None:
        return None
    end = dateline_end(doc, subj.idx)
    if end is None or subj.idx >= end:
        return subj
    return next((t for t in subj.subtree if t.dep_ == "appos" and t.idx >= end), None)


CARRY_VERBS = {"carry", "broadcast", "air", "publish", "run"}


def _carrier(verb: Token) -> Token | None:
    """Class *statement carried by an outlet*: "X said in a statement carried
    by the official news agency that …": the outlet relays X."""
    for prep in (c for c in verb.children if c.dep_ == "prep" and c.lower_ == "in"):
        for noun in (g for g in prep.children if g.dep_ == "pobj"
                     and g.lemma_.lower() in STATEMENT_NOUNS):
            for acl in (a for a in noun.children if a.dep_ == "acl"
                        and a.lemma_.lower() in CARRY_VERBS):
                for agent in (a for a in acl.children if a.dep_ == "agent"):
                    found = next((o for o in agent.children if o.dep_ == "pobj"), None)
                    if found is not None and _is_media(verb.doc, found):
                        return found
    return None


def _make_quote(doc: Doc, verb: Token, content: TextSpan, kind: str) -> Quote | None:
    subj = _outside_dateline(doc, _subject(verb) or _inverted_or_shared_subject(verb))
    relay: Token | None = None
    cited = _cited_source(verb) if subj is not None else None
    if cited is not None:
        subj, relay = cited, subj
    if subj is None:
        quoted = _quoted_as_saying(verb)
        if quoted is None:
            return None
        subj, relay = quoted
    body = _statement_body(subj)
    index = _speaker_mention(doc, body)
    speaker = _tok_span(_noun_phrase(body) if body.pos_ != "PRON" else doc[body.i:body.i + 1])
    relay = relay if relay is not None else _carrier(verb)
    relays = [_tok_span(_noun_phrase(relay))] if relay is not None else []
    return Quote(content=content, speaker=speaker, cue=_tok_span(verb), speaker_actor=index,
                 kind=kind, rule=f"{kind}:{verb.lemma_}", relays=relays)


def _parenthetical(doc: Doc, verb: Token) -> Quote | None:
    """"The talks, the mediator said, had reached a critical stage": the cue
    clause interrupts the content, which comes in two parts."""
    main = verb.head
    if verb.dep_ != "parataxis" or main == verb or _subject(verb) is None:
        return None
    before = _trimmed(doc, main.left_edge.i, verb.left_edge.i - 1) \
        if verb.left_edge.i > main.left_edge.i else None
    after = _trimmed(doc, verb.right_edge.i + 1, main.right_edge.i) \
        if verb.right_edge.i < main.right_edge.i else None
    parts = [p for p in (before, after) if p is not None]
    if not parts:
        return None
    hull = _span(doc, parts[0].start_char, parts[-1].end_char)
    quote = _make_quote(doc, verb, hull, "parenthetical")
    if quote is not None and len(parts) > 1:
        quote.content_parts = [_tok_span(p) for p in parts]
    return quote


def _speaker_mention(doc: Doc, head: Token) -> int | None:
    """The actor mention of a subject: the one covering its head, else the
    one in its left part that ends closest to the head ("Iraq's Kata'ib
    Hezbollah group" -> Kata'ib Hezbollah)."""
    direct = _actor_index(doc, head)
    if direct is not None:
        return direct
    mentions = get_list(doc, "actor_mentions")
    inside = [i for i in doc_index(doc, "actor_mentions").within(head.left_edge.idx, head.idx)
              if mentions[i].rule != "pronoun"]
    return max(inside, key=lambda i: mentions[i].end) if inside else None


def _according_to(doc: Doc, sent: Span) -> Quote | None:
    for tok in sent:
        if tok.lower_ == "according" and tok.i + 1 < len(doc) and doc[tok.i + 1].lower_ == "to":
            objs = [c for c in doc[tok.i + 1].children if c.dep_ == "pobj"]
            if not objs:
                continue
            source = _statement_body(objs[0])  # "a report by Human Rights Watch"
            speaker = _noun_phrase(source)
            pp_end = doc[tok.i + 1].right_edge.i + 1
            first, last = (sent.start, tok.i - 1) if tok.i > sent.start + 2 else (
                min(pp_end, sent.end - 1), sent.end - 1)
            content = _trimmed(doc, first, last)
            if content is None:
                continue
            return Quote(content=_tok_span(content), speaker=_tok_span(speaker),
                         cue=_span(doc, tok.idx, doc[tok.i + 1].idx + 2),
                         speaker_actor=_actor_index(doc, source), kind="according_to",
                         rule="according_to")
    return None


def _reports_a_statement(verb: Token) -> bool:
    """"X said …, Al-Manar reported": whoever *reports* someone's statement
    relays it, even when it is not a known outlet."""
    return verb.lemma_.lower() == "report" and any(
        c.dep_ == "ccomp" and c.lemma_.lower() in SPEECH_VERBS and _subject(c) is not None
        for c in verb.children)


def _nested_quotes(doc: Doc, verbs: list[Token], marks: list[tuple[int, int]],
                   outer: list[Quote]) -> list[Quote]:
    """Speech inside a quotation ("“The commander told us ‘we will never
    retreat’,” the soldier said"): the inner speaker speaks, the outer one
    relays."""
    out: list[Quote] = []
    text = text_of(doc)
    for verb in verbs:
        span = next(((s, e) for s, e in marks if s <= verb.idx < e), None)
        if span is None or _subject(verb) is None:
            continue
        inner = next((m for m in INNER_QUOTE_RX.finditer(text, verb.idx, span[1])), None)
        if inner is not None:
            content: TextSpan | None = _span(doc, inner.start() + 1, inner.end() - 1)
        else:
            clause = _content_of(verb)
            content = _tok_span(clause) if clause is not None else None
        if content is None:
            continue
        quote = _make_quote(doc, verb, content, "nested")
        host = next((q for q in outer if q.content.start <= verb.idx < q.content.end), None)
        if quote is not None and host is not None and host.speaker is not None:
            quote.relays = [host.speaker, *host.relays]
            out.append(quote)
    return out


def quotes_in_sentence(doc: Doc, sent: Span) -> list[Quote]:
    quotes: list[Quote] = []
    verbs = _speech_verbs(sent)
    relays = [v for v in verbs if v.lemma_ in ("report", "say") and _subject(v) is not None
              and (_is_media(doc, _subject(v)) or _reports_a_statement(v))  # type: ignore[arg-type]
              and any(o != v for o in verbs)]
    marks = _quote_marks(sent)
    for verb in verbs:
        if verb in relays and len(verbs) > 1:
            continue
        inside = any(s <= verb.idx < e for s, e in marks)
        if inside:
            continue
        content = _content_of(verb)
        if marks and (content is None or any(s <= content.start_char < e for s, e in marks)
                      or verb.dep_ in ("parataxis", "ROOT") and not content):
            quote = _make_quote(doc, verb, _inside_marks(doc, *marks[0]), "direct")
        elif content is not None:
            quote = _make_quote(doc, verb, _tok_span(content), "indirect")
        elif not marks:
            quote = _parenthetical(doc, verb)
        else:
            quote = None
        if quote is not None:
            quotes.append(quote)
    if (according := _according_to(doc, sent)) is not None:
        if quotes and according.speaker is not None:
            # "X said …, according to state media": state media relays X
            for q in quotes:
                q.relays.append(according.speaker)
        else:
            quotes.append(according)
    quotes += _nested_quotes(doc, verbs, marks, quotes)
    for relay in relays:
        subj = _subject(relay)
        assert subj is not None
        for q in quotes:
            if q.speaker is None or not (q.speaker.start <= subj.idx < q.speaker.end):
                q.relays.append(_tok_span(_noun_phrase(subj)))
        if not quotes and len(verbs) == 1 and (content := _content_of(relay)) is not None:
            quotes.append(_make_quote(doc, relay, _tok_span(content), "indirect")
                          or Quote(content=_tok_span(content)))
    return quotes


class QuoteFinder(StageComponent, factory="eventwire_quotes",
                  requires=["token.dep", "token.lemma"], assigns=["doc._.quotes"]):
    def process(self, doc: Doc) -> None:
        quotes = get_list(doc, "quotes")
        previous: Quote | None = None
        for sent in doc.sents:
            found = quotes_in_sentence(doc, sent)
            if not found and previous is not None:
                found = [q for q in [_continuation(doc, sent, previous)] if q is not None]
            quotes.extend(found)
            previous = found[-1] if found else None
        carry_relays(doc, quotes)


def _speaker_key(doc: Doc, quote: Quote) -> object:
    """Who a quote's speaker is: the mention it resolves to ("he", "Mohi"
    and "the spokesman" all lead to the first naming), else its words."""
    mentions = get_list(doc, "actor_mentions")
    resolved = _resolve(mentions, quote.speaker_actor)
    if resolved is not None:
        return id(resolved)
    return " ".join((quote.speaker.text if quote.speaker else "").lower().split()[-2:])


def carry_relays(doc: Doc, quotes: list[Quote]) -> None:
    """Class *article-level relay*: "…, Press TV reported", "according to X"
    or "X reported, citing Y" in one statement covers the run of statements
    by the same speaker around it ("He added …", "The spokesman further
    said …"): each statement of the run without relays of its own takes
    them. A statement by someone else, or one with no speaker, ends the run."""
    run: list[Quote] = []
    for q in [*quotes, Quote(content=TextSpan("", 0, 0))]:
        same = run and q.speaker is not None and \
            _speaker_key(doc, q) == _speaker_key(doc, run[0])
        if same:
            run.append(q)
            continue
        source = next((r.relays for r in run if r.relays), None)
        for r in run:
            if source is not None and not r.relays:
                r.relays = list(source)
        run = [q] if q.speaker is not None else []


def _continuation(doc: Doc, sent: Span, previous: Quote) -> Quote | None:
    """A sentence that is one quotation, right after a direct quote, goes on
    with the same speaker: "“…,” the spokesman said. “But violations
    continue.”" (no cue of its own)."""
    if previous.kind not in ("direct", "continuation") or previous.speaker is None:
        return None
    marks = _quote_marks(sent)
    text = sent.text.strip()
    if len(marks) != 1 or not text:
        return None
    start, end = marks[0]
    if end - start < len(text) - 2:  # the quote must be (nearly) the whole sentence
        return None
    return Quote(content=_inside_marks(doc, start, end), speaker=previous.speaker, cue=None,
                 speaker_actor=previous.speaker_actor, kind="continuation",
                 rule="continuation", relays=list(previous.relays))


# ----------------------------------------------------------- event chains


def _resolve(mentions: list[ActorMention], index: int | None) -> ActorMention | None:
    seen: set[int] = set()
    while index is not None and index not in seen:
        seen.add(index)
        m = mentions[index]
        if m.antecedent is None:
            return m
        index = m.antecedent
    return None


def _speaker_links(doc: Doc, quote: Quote) -> list[AttributionLink]:
    assert quote.speaker is not None
    mentions = get_list(doc, "actor_mentions")
    resolved = _resolve(mentions, quote.speaker_actor)
    text = quote.speaker.text
    if resolved is not None and quote.speaker_actor is not None \
            and resolved is not mentions[quote.speaker_actor] \
            and (resolved.name or resolved.text).lower() not in text.lower():
        text = f"{text} ({resolved.name or resolved.text})"  # "he (Muhammad Mohi)"
    links = [AttributionLink("speaker", text, quote.speaker.start, quote.speaker.end,
                             resolved.actor_id if resolved else None)]
    if resolved is not None and resolved.speaks_for is not None:
        org = mentions[resolved.speaks_for]
        links.append(AttributionLink("on_behalf_of", org.name or org.text, org.start, org.end,
                                     org.actor_id))
    return links


def chain_for(doc: Doc, event: EventMention, quotes: list[Quote]) -> list[AttributionLink]:
    start = event.trigger.start
    holding = [quotes[i] for i in index_of(doc, "quotes", quotes, "content").containing(start)]
    links: list[AttributionLink] = []
    if holding:
        quote = min(holding, key=lambda q: q.content.end - q.content.start)
        if quote.speaker is not None:
            links += _speaker_links(doc, quote)
        links += [AttributionLink("relay", r.text, r.start, r.end) for r in quote.relays]
    else:
        same_sentence = [q for q in quotes if q.relays and event.sentence.start <= q.content.start
                         < event.sentence.end]
        for q in same_sentence[:1]:
            links += [AttributionLink("relay", r.text, r.start, r.end) for r in q.relays]
    if doc._.outlet:
        links.append(AttributionLink("outlet", str(doc._.outlet)))
    return links


class EventAttributor(StageComponent, factory="eventwire_event_attribution",
                      requires=["doc._.events", "doc._.quotes"], assigns=["doc._.events"]):
    def process(self, doc: Doc) -> None:
        quotes = get_list(doc, "quotes")
        for event in get_list(doc, "events"):
            event.attribution = chain_for(doc, event, quotes)
