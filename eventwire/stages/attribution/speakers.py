"""Who speaks: the speaker of a speech verb (active subject, inverted,
shared with a participle, "quoted as saying", "citing X"), its full noun
phrase, the body behind "a statement by X", datelines and outlets that
relay, and the actor mention a speaker resolves to (pronouns and
spokespeople through the actor stage's antecedent chain)."""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span, Token

from eventwire.models import ActorMention, Quote
from eventwire.models import Span as TextSpan
from eventwire.nlp.cues import default_cues
from eventwire.nlp.extensions import get_list
from eventwire.nlp.sentences import sent_of
from eventwire.nlp.spans import doc_index
from eventwire.nlp.subtrees import first_in_subtree
from eventwire.stages.attribution.clauses import continued_verb
from eventwire.stages.attribution.closing import closing_subject
from eventwire.stages.attribution.marks import dateline_end, quote_marks, tok_span
from eventwire.stages.attribution.phrases import noun_phrase

_CUES = default_cues()
SPEECH_VERBS = _CUES.words("speech_verbs")
MEDIA_HINTS = re.compile(
    r"\b(" + "|".join(map(re.escape, _CUES.ordered("media_names"))) + r")\b|"
    r"(?i:\b(" + "|".join(map(re.escape, _CUES.ordered("media_nouns"))) + r")\b)")
STATEMENT_NOUNS = _CUES.words("statement_nouns")
BELIEF_VERBS = _CUES.words("stance_verbs")
FINDING_VERBS = _CUES.words("finding_verbs")
DOCUMENT_NOUNS = _CUES.words("document_nouns")
PLATFORMS = _CUES.ordered("platforms")
ACQUISITION_VERBS = _CUES.words("acquisition_verbs")


def subject_of(verb: Token) -> Token | None:
    """The active subject: "X was accused" makes X no speaker. A "subject"
    inside the quotation ("«Nous ne céderons pas», said the minister", which
    the English parser reads as a noun phrase) gives way to one outside."""
    subjects = [c for c in verb.children if c.dep_ == "nsubj" and not c.is_punct]
    if len(subjects) > 1:
        marks = quote_marks(sent_of(verb))
        outside = [c for c in subjects if not any(s <= c.idx < e for s, e in marks)]
        subjects = outside or subjects
    if len(subjects) > 1:  # "GUSAU (Wire) - Bandits abducted …, residents said"
        subjects = [c for c in subjects if not _in_dateline(c)] or subjects
    return subjects[0] if subjects else None


def _in_dateline(tok: Token) -> bool:
    """Class *the dateline's place parsed as a second subject of the cue*:
    inside a dateline ``dateline_end`` reads, or a place in capitals opening
    its line ("GUSAU, Nigeria, Aug 5, 2025 (AFP) -", a form it misses)."""
    end = dateline_end(tok.doc, tok.idx)
    if end is not None and tok.idx < end:
        return True
    opens_line = tok.i == 0 or "\n" in tok.doc[tok.i - 1].text_with_ws
    return opens_line and len(tok.text) > 1 and tok.text.isupper()


def _author_of(noun: Token, preps: tuple[str, ...] = ("by", "from")) -> Token | None:
    """The body behind "a statement by/from X", "X's report", then "the
    report issued by X"."""
    owner = next((c for c in noun.children if c.dep_ == "poss"), None)
    if owner is not None:
        return owner
    for c in noun.children:
        if c.dep_ == "prep" and c.lower_ in preps:
            found = next((g for g in c.children if g.dep_ == "pobj"), None)
            if found is not None:
                return found
    for c in noun.children:
        if c.dep_ == "acl" and c.lemma_.lower() not in ACQUISITION_VERBS:
            # "a memo obtained by the newspaper": who holds it did not write it
            for g in c.children:
                if g.dep_ == "agent":
                    found = next((h for h in g.children if h.dep_ == "pobj"), None)
                    if found is not None:
                        return found
    return None


def statement_body(subj: Token) -> Token:
    """'which' in "a statement by the Commission, which warned" -> Commission;
    "The statement, issued by the ministry, said" -> ministry."""
    if subj.lemma_.lower() in STATEMENT_NOUNS | DOCUMENT_NOUNS:
        return _author_of(subj) or subj
    if subj.lower_ in ("which", "who", "that") and subj.head.dep_ == "relcl":
        antecedent = subj.head.head
        if antecedent.lemma_.lower() in STATEMENT_NOUNS:
            return _author_of(antecedent, ("by", "from", "of")) or antecedent
        return antecedent
    return subj


def actor_index(doc: Doc, tok: Token) -> int | None:
    covering = doc_index(doc, "actor_mentions").containing(tok.idx)
    return covering[0] if covering else None


def is_media(doc: Doc, tok: Token) -> bool:
    index = actor_index(doc, tok)
    if index is not None and get_list(doc, "actor_mentions")[index].kind == "media":
        return True
    phrase = noun_phrase(tok).text
    return bool(MEDIA_HINTS.search(phrase))


def quoted_as_saying(verb: Token) -> tuple[Token, Token | None] | None:
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
    return speaker, subject_of(reporter)


def inverted_or_shared_subject(verb: Token) -> Token | None:
    """"“…,” warned the minister" (the parser makes the speaker an object) and
    "the judge said, adding that …" (the participle shares said's subject)."""
    if verb.tag_ == "VBG" and verb.dep_ in ("advcl", "xcomp", "conj") and \
            verb.head.lemma_.lower() in SPEECH_VERBS:
        return subject_of(verb.head)
    first = first_in_subtree(verb)
    if first.i < verb.i and first.is_quote:
        obj = next((c for c in verb.rights if c.dep_ == "dobj"), None)
        if obj is not None and not any(c.dep_ == "ccomp" and c.i > verb.i for c in verb.children):
            return obj
    return None


SHARING_DEPS = ("conj", "xcomp")


def shared_subject(verb: Token, depth: int = 0) -> Token | None:
    """Class *speech verb sharing the subject of the verb it hangs on*:
    coordinated ("appeared before the committee and said …"), controlled
    ("went on to say …", "was quick to add …") or a participle after any
    clause ("rejected the plan, saying …", "defended the raid, insisting
    …"). A controlled verb whose governor has an object ("urged him to say")
    takes no subject from it."""
    head = verb.head
    if head == verb or head.pos_ not in ("VERB", "AUX") or depth > 3:
        return None
    participle = verb.tag_ == "VBG" and verb.dep_ in ("advcl", "xcomp", "conj")
    infinitive = verb.dep_ == "advcl" and any(c.dep_ == "aux" and c.lower_ == "to"
                                              for c in verb.children)  # "went on to say"
    controlled = (verb.dep_ == "xcomp" or infinitive) and \
        not any(c.dep_ in ("dobj", "dative") for c in head.children)
    if not (participle or controlled or verb.dep_ == "conj"):
        return None
    speaking = continued_verb(verb)  # "said … and blamed …": the speaker of "said"
    if speaking is not None:
        return subject_of(speaking) or shared_subject(speaking, depth + 1)
    return subject_of(head) or passive_agent(head) or shared_subject(head, depth + 1)


def apposed_subject(verb: Token) -> Token | None:
    """Class *speaker read as an apposition*: "In a post on Telegram, the
    militia's commander said …" — the parser hangs the subject on the
    fronted phrase as its apposition, leaving the verb without a subject."""
    if verb.i < 2 or any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        return None
    before = verb.doc[verb.i - 1]
    if before.text == ",":  # "In an interview with CNN, Brazil's president, X, said"
        before = verb.doc[verb.i - 2]
    while before.dep_ == "appos" and before.head.dep_ == "appos" and \
            verb.doc[before.head.left_edge.i - 1].text == ",":  # not "the newspaper El Pais"
        before = before.head
    return before if before.dep_ == "appos" and before.pos_ in ("NOUN", "PROPN") else None


def passive_agent(verb: Token) -> Token | None:
    """Class *passive speech cue with an agent*: "were told by the chairman
    that …", "had been assured by the Pentagon that …": the agent speaks."""
    if not any(c.dep_ in ("auxpass", "nsubjpass") for c in verb.children):
        return None
    for agent in (c for c in verb.children if c.dep_ == "agent"):
        found = next((o for o in agent.children if o.dep_ == "pobj"), None)
        if found is not None:
            return found
    return None


CITING = {"cite", "quote"}


def cited_source(verb: Token) -> Token | None:
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


def outside_dateline(doc: Doc, subj: Token | None) -> Token | None:
    """Class *datelines*: the place and agency that open a wire story
    ("KINSHASA, June 14 (Reuters) - Congo accused …") are never the speaker;
    a subject the parser hangs on the dateline gives way to its apposition
    after it ("Congo"), or to none."""
    if subj is None:
        return None
    end = dateline_end(doc, subj.idx)
    if end is None or subj.idx >= end:
        return subj
    after = [t for t in subj.subtree if t.dep_ == "appos" and t.idx >= end] + \
        [t for t in subj.head.children if t.dep_ == subj.dep_ and t.idx >= end]  # 2nd subject
    return after[0] if after else None


CARRY_VERBS = {"carry", "broadcast", "air", "publish", "run"}


def carrier(verb: Token) -> Token | None:
    """Class *statement carried by an outlet*: "X said in a statement carried
    by the official news agency that …": the outlet relays X."""
    for prep in (c for c in verb.children if c.dep_ == "prep" and c.lower_ == "in"):
        for noun in (g for g in prep.children if g.dep_ == "pobj"
                     and g.lemma_.lower() in STATEMENT_NOUNS):
            for acl in (a for a in noun.children if a.dep_ == "acl"
                        and a.lemma_.lower() in CARRY_VERBS):
                for agent in (a for a in acl.children if a.dep_ == "agent"):
                    found = next((o for o in agent.children if o.dep_ == "pobj"), None)
                    if found is not None and is_media(verb.doc, found):
                        return found
    return None


TALK_VERBS = {"speak", "talk"}


def _addressees(verb: Token) -> list[Token]:
    """Whom the statement was made to: "told [X] that", "said in an
    interview with [X]", "speaking to [X], the minister said", "The
    minister, talking to [X], said"."""
    found = [c for c in verb.children if c.dep_ in ("dobj", "dative")
             and verb.lemma_.lower() == "tell"]
    for prep in (c for c in verb.children if c.dep_ == "prep" and c.lower_ == "in"):
        for noun in (g for g in prep.children if g.dep_ == "pobj" and g.lemma_ == "interview"):
            found += [o for w in noun.children if w.dep_ == "prep" and w.lower_ == "with"
                      for o in w.children if o.dep_ == "pobj"]
    subj = subject_of(verb)
    talking = [c for c in verb.children if c.dep_ == "advcl"] + \
        ([c for c in subj.children if c.dep_ == "acl"] if subj is not None else [])
    for part in (t for t in talking if t.lemma_.lower() in TALK_VERBS):
        found += [o for w in part.children if w.dep_ == "prep" and w.lower_ in ("to", "with")
                  for o in w.children if o.dep_ == "pobj"]
    return found + _platforms(verb)


def _platform_name(tok: Token) -> Span | None:
    """"Truth Social", "Telegram": the platform's name without what the
    parser hangs on it."""
    name = tok.doc[tok.left_edge.i:tok.i + 1]
    return name if name.text.removeprefix("the ") in PLATFORMS else None


def _platforms(verb: Token) -> list[Token]:
    """Class *social-media platform as medium*: "wrote on X that", "posted on
    Facebook", "said in a post on Telegram", "in a video posted on YouTube"
    (``platforms``); a platform inside the content is not the medium."""
    holders = [verb]
    for prep in (c for c in verb.children if c.dep_ == "prep" and c.lower_ == "in"):
        for noun in (g for g in prep.children if g.dep_ == "pobj"):
            holders += [noun, *[a for a in noun.children if a.dep_ == "acl"]]
    return [o for h in holders for p in h.children if p.dep_ == "prep" and p.lower_ == "on"
            for o in p.children if o.dep_ == "pobj"
            and _platform_name(o) is not None]


def _own_outlet(doc: Doc, phrase: str) -> bool:
    outlet = str(doc._.outlet or "").lower().removeprefix("the ").strip()
    words = phrase.lower().removeprefix("the ").strip()
    return bool(outlet) and (outlet in words or words in outlet)


def medium_of(verb: Token) -> Token | None:
    """Class *the outlet a statement was made to*: "X told Al Arabiya
    television that …", "X said in an interview with the BBC", "X, speaking
    to Channel One, said": the outlet relays X's statement to the article's
    outlet — unless it is that outlet itself ("told Reuters" in Reuters copy)."""
    for tok in _addressees(verb):
        if (is_media(verb.doc, tok) or _platform_name(tok) is not None) and \
                not _own_outlet(verb.doc, noun_phrase(tok).text):
            return tok
    return None


def make_quote(doc: Doc, verb: Token, content: TextSpan, kind: str,
               subject: Token | None = None) -> Quote | None:
    """The statement of cue ``verb`` (a verb, or the adjective of "is
    convinced that", whose ``subject`` is given)."""
    subj = outside_dateline(doc, subject or subject_of(verb) or closing_subject(verb)
                            or inverted_or_shared_subject(verb)
                            or passive_agent(verb) or shared_subject(verb)
                            or apposed_subject(verb))
    relay: Token | None = None
    cited = cited_source(verb) if subj is not None else None
    if cited is not None:
        subj, relay = cited, subj
    if subj is None:
        quoted = quoted_as_saying(verb)
        if quoted is None:
            return None
        subj, relay = quoted
    body = statement_body(subj)
    index = speaker_mention(doc, body)
    speaker = tok_span(noun_phrase(body) if body.pos_ != "PRON" else doc[body.i:body.i + 1])
    medium = False
    if relay is None:
        relay = carrier(verb)
    if relay is None:
        relay = medium_of(verb)
        medium = relay is not None
    relays = [tok_span(_relay_phrase(relay, speaker))] if relay is not None else []
    return Quote(content=content, speaker=speaker, cue=tok_span(verb), speaker_actor=index,
                 kind=kind, rule=f"{kind}:{verb.lemma_}", relays=relays, medium=medium)


def _relay_phrase(relay: Token, speaker: TextSpan) -> Span:
    """The relay's words; without the apposition the parser hangs the speaker
    on ("In an interview with CNN, Brazil's president, X, said": CNN)."""
    phrase = _platform_name(relay) or noun_phrase(relay)
    name = next((c for c in relay.children if c.dep_ == "appos" and c.left_edge.i == phrase.end
                 and c.pos_ == "PROPN"), None)  # "the newspaper [El Pais], Chile's minister"
    if name is not None:
        phrase = relay.doc[phrase.start:name.i + 1]
    if phrase.start_char < speaker.start < phrase.end_char:
        cut = relay.doc.char_span(phrase.start_char, speaker.start, alignment_mode="contract")
        while cut is not None and len(cut) > 1 and cut[-1].is_punct:
            cut = cut[:-1]
        return cut if cut is not None and len(cut) else phrase
    return phrase


def speaker_mention(doc: Doc, head: Token) -> int | None:
    """The actor mention of a subject: the one covering its head, else the
    one in its left part that ends closest to the head ("Iraq's Kata'ib
    Hezbollah group" -> Kata'ib Hezbollah)."""
    direct = actor_index(doc, head)
    if direct is not None:
        return direct
    mentions = get_list(doc, "actor_mentions")
    inside = [i for i in doc_index(doc, "actor_mentions").within(head.left_edge.idx, head.idx)
              if mentions[i].rule != "pronoun"]
    return max(inside, key=lambda i: mentions[i].end) if inside else None


def resolve_chain(mentions: list[ActorMention], index: int | None) -> ActorMention | None:
    seen: set[int] = set()
    while index is not None and index not in seen:
        seen.add(index)
        m = mentions[index]
        if m.antecedent is None:
            return m
        index = m.antecedent
    return None
