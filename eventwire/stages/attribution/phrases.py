"""The speaker span: the whole noun phrase of a source mention (the span
convention of docs/annotation.md): its determiner, titles, of/for/to/at/on
complements, a short apposition, a coordinated second source, a
parenthetical abbreviation and the rest of the name its head stands in,
without relative clauses, participial asides, time phrases or a dateline.
Split from ``speakers.py`` (which decides *who* speaks) along that seam."""

from __future__ import annotations

from spacy.tokens import Span, Token

from eventwire.nlp.cues import default_cues
from eventwire.stages.attribution.marks import dateline_end

_CUES = default_cues()
SOURCE_PREPS = _CUES.words("source_preps")
TIME_ENTS = {"DATE", "TIME"}
ACQUISITION_VERBS = _CUES.words("acquisition_verbs")
NAME_ENTS = {"ORG", "PERSON", "NORP", "GPE", "FAC"}
MAX_APPOSITION = 6  # words: "Fatima Hassan, a teacher from the city"; longer ones describe
MAX_ABBREVIATION = 4  # tokens inside "( … )": "(LNA)", "(UN)", "(M23)"
SOURCE_POS = {"NOUN", "PROPN"}
SPEAKING = _CUES.words("speech_verbs") | {"speak", "talk", "brief", "ask", "decline", "request"}
ANONYMITY = _CUES.words("anonymity_words")


def noun_phrase(tok: Token) -> Span:
    """The subject's full noun phrase (with its determiner, its titles, its
    prepositional complement: "The spokesman for the coalition", "Aides to
    the governor", "Officials at the ministry", and an apposition: "The UN
    envoy, Martin Griffiths", "the official news agency IRNA"), without
    relative clauses, a time phrase ("on Tuesday") or a leading
    parenthetical. This is the speaker span convention (docs/annotation.md):
    the whole noun phrase, not its head name."""
    doc = tok.doc
    start = _phrase_start(tok)
    end = _phrase_end(tok)
    end = max(end, _name_end(tok, start))
    # "the official news agency IRNA": the parser may make the name a second
    # subject right after the noun
    nxt = doc[end] if end < len(doc) else None
    if nxt is not None and nxt.pos_ == "PROPN" and nxt.head == tok.head and nxt.dep_ == tok.dep_:
        end = nxt.right_edge.i + 1
    end = _trim_end(doc[start:end])
    after = dateline_end(doc, doc[start].idx)
    while after is not None and start < tok.i and doc[start].idx < after:
        start += 1  # "NIAMEY, Aug 6 (Reuters) - West African leaders": no dateline
    return doc[start:end]


def _phrase_start(tok: Token) -> int:
    """The first word: after a leading punctuation mark ("(IQNA) – Iraq's …
    group": after the dash) and a leading conjunction."""
    doc = tok.doc
    start = tok.left_edge.i
    for i in range(tok.i - 1, start - 1, -1):
        if doc[i].is_punct and doc[i].text not in ("'", "’", "-"):
            start = i + 1
            break
    while start < tok.i and doc[start].pos_ in ("PUNCT", "CCONJ"):
        start += 1
    return start


def _phrase_end(tok: Token) -> int:
    """One past the last word of the head's right part: complements,
    appositions, a restrictive participle, a parenthetical abbreviation and a
    coordinated source, each only while they follow on without a gap."""
    end = tok.i + 1
    for child in tok.rights:
        if child.dep_ == "prep" and child.lower_ in SOURCE_PREPS and not _is_time(child):
            end = _before_aside(child, child.right_edge.i + 1)
        elif child.dep_ == "appos" and _words(child) <= MAX_APPOSITION and \
                not any(t.dep_ == "relcl" for t in child.subtree):
            end = max(end, child.right_edge.i + 1)
        elif child.dep_ in ("acl", "amod") and child.i == end and child.tag_ != "VBG" \
                and child.lemma_.lower() not in ACQUISITION_VERBS:  # not "obtained by X"
            end = child.right_edge.i + 1  # "Residents reached by phone", "Sources close to"
        elif child.dep_ == "acl" and child.i == end and _restrictive_participle(child):
            end = child.right_edge.i + 1
        elif child.dep_ == "punct" and (child.i < end or child.i == end and child.text == ","):
            continue
        elif child.dep_ == "punct" and child.i == end and child.text == "(":
            closing = _abbreviation_end(child)
            if closing is None:
                break
            end = closing
        elif child.dep_ == "cc" and child.i == end:
            continue
        elif child.dep_ == "conj" and child.pos_ in SOURCE_POS and _joined(tok, end, child):
            end = noun_phrase(child).end  # "Residents and officials", "X and the UN"
        else:
            break
    return end


def _restrictive_participle(verb: Token) -> bool:
    """Class *restrictive present participle*: "Students leading the
    movement", "Lawmakers representing the district", "Groups monitoring the
    war" say who the source is, with no comma before them; a participle of
    speaking or anonymity ("officials speaking on condition of anonymity",
    "an aide briefing reporters") is an aside the guide leaves out."""
    if verb.tag_ != "VBG" or verb.lemma_.lower() in SPEAKING:
        return False
    return not any(t.lower_ in ANONYMITY for t in verb.subtree)


def _joined(tok: Token, end: int, conj: Token) -> bool:
    """Class *coordinated sources*: "Residents and officials said", "The
    African Union and the United Nations said", "police, medics and
    witnesses": only a conjunction (and commas) stands between the phrase so
    far and the coordinated noun phrase."""
    between = tok.doc[end:conj.left_edge.i]
    if not len(between) or not all(t.dep_ == "cc" or t.text == "," for t in between):
        return False
    if any(t.dep_ == "cc" for t in between):
        return True
    # a comma alone: a list only when the items are of one kind ("police,
    # medics and witnesses"), not a misparse "a cease-fire, the United States"
    return any(c.dep_ == "cc" for c in conj.children) and conj.ent_type_ == tok.ent_type_


def _abbreviation_end(opening: Token) -> int | None:
    """Class *parenthetical abbreviation of the source's name*: "Haftar's
    Libyan National Army (LNA)", "The United Nations (UN)", "the Syrian
    Democratic Forces (SDF)": one past the closing bracket when a short
    bracket of names or capitals follows the head, else None."""
    doc = opening.doc
    for i in range(opening.i + 1, min(opening.i + MAX_ABBREVIATION + 2, len(doc))):
        if doc[i].text == ")":
            inner = doc[opening.i + 1:i]
            if len(inner) and all(t.pos_ == "PROPN" or t.is_upper for t in inner):
                return i + 1
            return None
    return None


def _before_aside(prep: Token, end: int) -> int:
    """Class *relative clause or participial aside inside the source's
    complement*: "A diplomat in the capital who asked not to be named", "The
    leaders of the 48 Cantons, who organized the blockades", "A draft of the
    communique, seen by the newspaper,", "Officials at the ministry,
    speaking on condition of anonymity,": the complement ends before it."""
    doc = prep.doc
    for t in prep.subtree:
        aside = t.dep_ == "acl" and t.left_edge.i > 0 and doc[t.left_edge.i - 1].text == ","
        if t.dep_ == "relcl" or aside:
            end = min(end, t.left_edge.i)
    return end


def _name_end(tok: Token, start: int) -> int:
    """Class *head inside a longer name*: "The Kenya National Commission on
    Human Rights", "the Committee on Foreign Affairs": the phrase runs to
    the end of the named entity its head stands in (whatever the
    preposition), when that entity starts inside the phrase."""
    if tok.ent_type_ not in NAME_ENTS:
        return tok.i + 1
    doc = tok.doc
    first = tok.i
    while first > 0 and doc[first].ent_iob_ == "I":  # token walk: no Span per call
        first -= 1
    if first < start:
        return tok.i + 1
    end = tok.i + 1
    while end < len(doc) and doc[end].ent_iob_ == "I":
        end += 1
    return end


def _trim_end(phrase: Span) -> int:
    """One past the last word kept: no closing punctuation, except the
    bracket of an abbreviation kept whole; an unclosed bracket ("chief PRO
    (Defence") is cut with what follows it."""
    end = phrase.end
    doc = phrase.doc
    if "(" in phrase.text:  # a string test first: most phrases have no bracket
        opened = [t.i for t in phrase if t.text == "("]
        closed = [t.i for t in phrase if t.text == ")"]
        if not closed or closed[-1] < opened[-1]:
            end = opened[-1]
    while end > phrase.start + 1 and doc[end - 1].is_punct and \
            not (doc[end - 1].text == ")" and "(" in doc[phrase.start:end].text):
        end -= 1
    return end


def _words(tok: Token) -> int:
    """Length of a phrase in words, not tokens: "the Ezz al-Din al-Qassam
    Brigades" is five words (nine tokens)."""
    toks = list(tok.subtree)
    return len(tok.doc[toks[0].i:toks[-1].i + 1].text.split())


def _is_time(prep: Token) -> bool:
    """"on Tuesday", "in March": a time phrase, not part of the source; a
    date inside its object ("Organisers of last week's protests") is not."""
    return any(t.ent_type_ in TIME_ENTS for t in prep.children if t.dep_ == "pobj")
