"""``eventwire_headline_case``: a headline in ALL CAPS or Title Case is
re-tagged and re-parsed from a truecased copy (headlines60).

The class: news headlines set in capitals ("GUNMAN KILLS TWO IN BAR
SHOOTING") or with every word capitalised ("Police Arrest Man After Fatal
Stabbing"). The small spaCy model reads every capitalised word as a proper
noun, so the headline's verb ("Kills", "Charged", "Shoots") and its event
nouns ("Riot", "Trial") are lost and its actors merge into one long name.
Census on m103 (tools/headline_census.py): real-text caps/title headline
events were detected 39 of 59 (66%) against 310 of 369 (84%) in sentence
case headlines.

What it does, once per article and only when the first line is such a
headline (at most ``HEADLINE_TOKENS`` tokens, :func:`casing` "caps" or
"title"): each word is given the casing the article's body uses for it away
from a sentence start (the body's "Brooklyn", "NYPD", "Hiller"), else lower
case (the first word sentence case); acronyms of a Title Case line stay.
The copy has the same characters up to case, so the same offsets; the
headline alone (a few tokens) goes through the spaCy pipes before this one
and its tags, lemmas, morphology, dependency tree, entities and tensor rows
replace those of the original headline tokens. The text, and so every
token's text and offsets, stay the original's. Nothing changes when the
copy tokenises differently or the original parse joins the headline to the
body by an arc.

Measured (headlines60_r3 vs m103, 39 sets): real headline events matched
355 -> 366 of 437 (caps/title lines 39 -> 53 of 68); whole run real event F1
0.731 -> 0.732, detection +11/-0 (all real), but 12 more real false events
(a "Woman Killed In ... Hit-And-Run" death, a second mention "... Kills 2
... In Shooting" that gold leaves out: the sentence-case reading of these
lines finds them too); mode, place, speaker chain, modality and full record
up, actor +2/-1, recipient +5/-2, date +2/-1 (own). Own-text figures do not
move. On 60 real articles' own-made caps / Title Case variants
(tools/headline_caps_variants.py, r2 and r3 code alike) headline events matched 58 -> 71
(caps) and 63 -> 77 (title) of 100 (the sentence-case originals: 85). Cost:
about 1% of the spaCy parse on real dev texts (13 of 150 articles re-parsed,
0.11 s CPU against 9.6 s); a caps headline on every article: 5%.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable
from typing import Any

from spacy.attrs import DEP, ENT_IOB, ENT_TYPE, HEAD, LEMMA, MORPH, POS, TAG
from spacy.language import Language
from spacy.tokens import Doc

from eventwire.nlp.extensions import text_of
from eventwire.nlp.headline_topic import detach_topics
from eventwire.nlp.segment import HEADLINE_TOKENS

NAME = "eventwire_headline_case"
_WORD = re.compile(r"[^\W\d_]+")
_INITIAL = re.compile(r"(?:^|[.!?:\n\"“‘'(]\s*)$")
_IOB_I, _IOB_O, _IOB_B = 1, 2, 3  # spaCy's ENT_IOB codes
_ATTRS = [TAG, POS, MORPH, LEMMA, DEP, HEAD, ENT_IOB, ENT_TYPE]


def casing(line: str) -> str:
    """The casing style of a line: "caps" when more than 70% of its words
    of two or more letters are all capitals, "title" when more than 70%
    open with a capital, else "sentence"."""
    words = [w for w in _WORD.findall(line) if len(w) > 1]
    if not words:
        return "sentence"
    if sum(w.isupper() for w in words) > 0.7 * len(words):
        return "caps"
    if sum(w[0].isupper() for w in words) > 0.7 * len(words):
        return "title"
    return "sentence"


def body_forms(body: str) -> dict[str, str]:
    """Lower-cased word -> its commonest form in ``body``, counting only
    words that do not open a sentence, a line or a quote."""
    counts: dict[str, Counter[str]] = {}
    for m in _WORD.finditer(body):
        if _INITIAL.search(body[max(0, m.start() - 3):m.start()]):
            continue
        w = m.group()
        counts.setdefault(w.lower(), Counter())[w] += 1
    return {k: c.most_common(1)[0][0] for k, c in counts.items()}


def _always(word: str) -> bool:
    return True


def truecase(line: str, forms: dict[str, str], style: str,
             known: Callable[[str], bool] = _always) -> str:
    """``line`` with each word in the casing ``forms`` gives it, else lower
    case when ``known`` takes it for a common word (the first word with its
    capital), else capitalised (a name the body never repeats: "Carla
    Mendes Detained"); in a Title Case line a word already all capitals or
    with an inner capital ("NYPD", "McCain") stays. Same length as
    ``line``, character for character up to case."""
    out = list(line)
    for n, m in enumerate(_WORD.finditer(line)):
        w = m.group()
        if style == "title" and len(w) > 1 and not w[1:].islower():
            continue
        new = forms.get(w.lower())
        if new is None:
            new = w[0] + w[1:].lower() if n == 0 or not known(w.lower()) else w.lower()
        if len(new) == len(w):
            out[m.start():m.end()] = new
    return "".join(out)


def headline_tokens(doc: Doc) -> int:
    """How many tokens the first line has (0 when the text is one line or
    the line is longer than ``HEADLINE_TOKENS``)."""
    for tok in doc[:HEADLINE_TOKENS + 1]:
        if "\n" in tok.text or "\n" in tok.whitespace_:
            k = tok.i if "\n" in tok.text else tok.i + 1
            return k if 0 < k <= HEADLINE_TOKENS else 0
    return 0


def _joined(doc: Doc, k: int) -> bool:
    """Does an arc of the original parse cross from the first ``k`` tokens
    to the rest or back? (The line break's own space token, which the
    parser hangs on the word before it, does not count.)"""
    return any((t.i < k) != (t.head.i < k) for t in doc if not t.is_space)


def _end_entity(doc: Doc, values: Any, k: int) -> None:
    """An entity of the original parse that ran on past the headline (over
    the line break, "Driver Charged\\n") loses its headline part: its
    trailing space tokens go out of it, its first word after them opens it."""
    iob, typ = _ATTRS.index(ENT_IOB), _ATTRS.index(ENT_TYPE)
    for i in range(k, len(doc)):
        if values[i, iob] != _IOB_I:
            return
        if not doc[i].is_space:
            values[i, iob] = _IOB_B
            return
        values[i, iob], values[i, typ] = _IOB_O, 0


_ENDINGS = (("", ""), ("s", ""), ("es", ""), ("ies", "y"), ("ed", ""), ("ed", "e"),
            ("ied", "y"), ("ing", ""), ("ing", "e"))


def known_words(nlp: Language) -> Callable[[str], bool]:
    """Is a lower-case word a common English word: its form or a plain
    de-inflection ("raids", "detained", "shopping" -> "shop") in the
    lemmatizer's word index or exception tables (every part of speech)?
    Without a rule lemmatizer every word is taken for known."""
    try:
        lookups = nlp.get_pipe("lemmatizer").lookups  # type: ignore[attr-defined]
        tables = [lookups.get_table(n) for n in ("lemma_index", "lemma_exc")]
    except (KeyError, AttributeError):  # no lemmatizer, or not a rule one
        return _always
    words: set[str] = set()
    for table in tables:
        for key in table:
            entry = table[key]
            words.update(entry if not isinstance(entry, dict) else entry.keys())

    def known(word: str) -> bool:
        for end, add in _ENDINGS:
            if word.endswith(end) and len(word) - len(end) >= 2:
                base = word[:len(word) - len(end)] if end else word
                if end == "es" and not base.endswith(("s", "x", "z", "ch", "sh")):
                    continue
                if base + add in words or (end in ("ed", "ing") and len(base) > 2
                                           and base[-1] == base[-2] and base[:-1] in words):
                    return True
        return False
    return known


def reparse_headline(doc: Doc, parse: Callable[[str], Doc],
                     known: Callable[[str], bool] = _always) -> bool:
    """Replace the headline's analysis by that of its truecased copy;
    ``parse`` runs the spaCy pipes on a string. True when it did."""
    k = headline_tokens(doc)
    if not k:
        return False
    end = doc[k - 1].idx + len(doc[k - 1].text)
    text = text_of(doc)  # kept for the stages: doc.text joins every token anew
    line = text[:end]
    style = casing(line)
    if style == "sentence" or _joined(doc, k):
        return False
    forms = body_forms(text[end:])
    copy = truecase(line, forms, style, known)
    if copy == line:
        return False
    head = parse(copy)
    if [(t.idx, len(t.text)) for t in head] != [(t.idx, len(t.text)) for t in doc[:k]]:
        return False
    values = doc.to_array(_ATTRS)
    values[:k] = head.to_array(_ATTRS)
    _end_entity(doc, values, k)
    doc.from_array(_ATTRS, values)  # type: ignore[arg-type]
    if doc.tensor is not None and head.tensor is not None and len(doc.tensor) == len(doc) \
            and len(head.tensor) == k and doc.tensor.shape[1:] == head.tensor.shape[1:]:
        doc.tensor[:k] = head.tensor
    first = doc[0]
    if first.pos_ != "PROPN" and first.lemma_[:1].isupper() \
            and not forms.get(first.text.lower(), "a")[:1].isupper():
        first.lemma_ = first.lemma_.lower()  # the copy's sentence-case capital
    return True


class HeadlineCase:
    """The component: parses a headline copy with the pipes before it; then,
    in every article whatever its casing, a headline's topic before a colon
    stops being an argument of the clause's verb (``headline_topic``)."""

    def __init__(self, nlp: Language, name: str) -> None:
        self.nlp, self.name = nlp, name
        self._known: Callable[[str], bool] | None = None

    def _parse(self, text: str) -> Doc:
        doc = self.nlp.make_doc(text)
        for name, proc in self.nlp.pipeline:
            if name == self.name:
                break
            doc = proc(doc)
        return doc

    def __call__(self, doc: Doc) -> Doc:
        if self._known is None:
            self._known = known_words(self.nlp)
        reparse_headline(doc, self._parse, self._known)
        detach_topics(doc)
        return doc


@Language.factory(NAME)
def make_headline_case(nlp: Language, name: str) -> HeadlineCase:
    return HeadlineCase(nlp, name)
