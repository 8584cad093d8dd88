"""Features of each *candidate* mode of an event, for the learned mode ranker
(``mode_model.py``) and its k-fold evaluation (``tools/kfold_modes.py``).

The ranker does not learn modes from words of its training sentences alone:
each candidate (every mode of the event's type, and ``null``) is described
by *where* the cue lexicon (``modes.yaml``) finds evidence for it — in the
trigger, the CAMEO reading, the content of a speech act, the event's own
clause, or only elsewhere in the sentence — and whether the rule cascade
(``modes.assign_mode``) chose it. Those features are shared by all types,
so a weight learned on bombings ("a cue in the own clause beats one only in
the sentence") also serves curfews. A few lexical features (the trigger's
lemma and the object's head, conjoined with the candidate) let the data
correct the cue lists where they are too thin.
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.attrs import LEMMA, LOWER, POS
from spacy.strings import StringStore
from spacy.symbols import ADJ, PROPN
from spacy.tokens import Doc, Span, Token

from eventwire.nlp.arrays import column, head_indices, remember
from eventwire.nlp.sentences import sent_of
from eventwire.stages.events.mode_context import content, objects_of, people_in_phrase
from eventwire.stages.events.mode_cues import (
    Words,
    cue_words,
    cued_modes,
    load_cues,
    masked_cue_words,
    noun_only_cues,
    own_clause_words,
)
from eventwire.stages.events.mode_words import (
    common_plural_lemma,
    person_nouns,
    reads_as_common_plural,
)
from eventwire.stages.events.modes import CONTENT_TYPES, RESIDUAL, trigger_words

NULL = "null"  # the candidate "no mode": the text supports none
DEFINITE = {"the", "this", "that", "these", "those"}
Candidates = dict[str, list[str]]
ArticleItem = tuple[str, str | None, bool, Candidates]


# doc.user_data key: (token count, {(sentence start, end, type): cued modes})
_SENTENCE_CUES_KEY = "eventwire.events.sentence_cues"


# a string id -> its string lower-cased (the LEMMA column's ids; a
# ``remember`` memo)
_LOWERED: dict[int, str] = {}


def _lowered(strings: StringStore, key: int) -> str:
    found = _LOWERED.get(key)
    return remember(_LOWERED, key, strings[key].lower()) if found is None else found


def column_cue_words(doc: Doc, start: int, end: int) -> Words:
    """``cue_words(list(doc[start:end]))`` read on the LEMMA, LOWER and POS
    columns: no Token per word (speed32; ~24k Tokens per 200 articles). A
    noun-only cue's adjective is blanked as :func:`mode_cues.cue_words` does
    (review52), its head read from the head column."""
    strings, lemma, lower = doc.vocab.strings, column(doc, LEMMA), column(doc, LOWER)
    nouns, acts = noun_only_cues()
    pos = column(doc, POS)

    def lemma_of(i: int) -> str:
        return _LOWERED.get(lemma[i]) or _lowered(strings, lemma[i])

    words: Words = []
    for i in range(start, end):
        form = strings[lower[i]]
        if pos[i] == ADJ and form in nouns and lemma_of(head_indices(doc)[i]) not in acts:
            words.append(("", ""))
        elif pos[i] == PROPN and reads_as_common_plural(True, doc[i].ent_type_, doc[i].text):
            words.append((common_plural_lemma(form), form))  # as mode_cues.cue_words (modes32)
        else:
            words.append((lemma_of(i), form))
    return masked_cue_words(words)


def sentence_cues(kind: str, trigger: Span) -> list[str]:
    """The modes of ``kind`` cued in the trigger's sentence (YAML order),
    read once per sentence and type and kept in ``doc.user_data`` (speed29:
    every event of a sentence built a Token and a word pair per word of it
    again); a table kept for another token count is read anew (review29)."""
    sent, doc = sent_of(trigger), trigger.doc
    kept: tuple[int, dict[tuple[int, int, str], list[str]]] | None = \
        doc.user_data.get(_SENTENCE_CUES_KEY)
    if kept is None or kept[0] != len(doc):
        kept = doc.user_data[_SENTENCE_CUES_KEY] = (len(doc), {})
    key = (sent.start, sent.end, kind)
    found = kept[1].get(key)
    if found is None:
        found = kept[1][key] = list(cued_modes(kind, column_cue_words(doc, sent.start,
                                                                      sent.end)))
    return list(found)


def _regions(kind: str, trigger: Span) -> dict[str, list[str]]:
    """Per region, the modes with a cue there (YAML order)."""
    found = {"trig": list(cued_modes(kind, cue_words(trigger_words(trigger)))),
             "clause": list(cued_modes(kind, own_clause_words(trigger))),
             "sent": sentence_cues(kind, trigger)}
    if kind in CONTENT_TYPES:
        found["content"] = list(cued_modes(kind, cue_words(content(trigger))))
    return found


def _object_head(trigger: Span) -> str:
    objs: Sequence[Token] = objects_of(trigger)
    return objs[0].lemma_.lower() if objs else "-"


def candidate_features(kind: str, trigger: Span, lexicon_mode: str | None,
                       rule_mode: str | None, why: str = "cascade") -> dict[str, list[str]]:
    """``{candidate: features}`` for every mode of ``kind`` and ``null``;
    ``rule_mode`` is the rules' final mode and ``why`` the step that set it
    (``ModeDecider``: cascade, retype, inherit, headline), alone and with
    the type, so the ranker learns where each step of the rules is
    trusted. (modes29 also tried the parse context, conjoined with each
    candidate: the governing verb of a noun trigger, the prepositional
    heads, negation, a modal, the word class, the first sentence, and the
    clause's single cue words; they lost topic-clean leave-one-set-out on
    real text and are not computed: docs/BENCHMARKS.md "modes29".)"""
    modes = list(load_cues().get(kind, {}))
    regions = _regions(kind, trigger)
    lemma = trigger.root.lemma_.lower()
    obj = _object_head(trigger)
    people = people_in_phrase(trigger, person_nouns())
    any_cue = sorted(name for name, cued in regions.items() if cued)
    out: dict[str, list[str]] = {}
    for rank, mode in enumerate(modes):
        feats = [f"prior={kind}:{mode}", f"lem={mode}:{lemma}", f"obj={mode}:{obj}"]
        feats += [f"rank={min(rank, 4)}"]
        if mode == rule_mode:
            feats += ["rule", f"rule|{why}", f"rule|{kind}", f"rule|{kind}|{why}"]
        if mode == lexicon_mode:
            feats.append("lexicon")
        if mode == RESIDUAL.get(kind):
            feats.append("residual")
        if people:
            feats.append(f"people={mode}")
        for name, cued in regions.items():
            if mode in cued:
                feats.append(f"cue_{name}")
                feats.append(f"first_{name}" if cued[0] == mode else f"later_{name}")
        if mode in regions["sent"] and mode not in regions["clause"]:
            feats.append("cue_sent_only")
        out[mode] = feats
    null = [f"prior={kind}:{NULL}", f"lem={NULL}:{lemma}", f"obj={NULL}:{obj}", "is_null"]
    null += [f"null_cue_{name}" for name in any_cue] or ["null_no_cue"]
    if rule_mode is None:
        null += ["rule", f"rule|{why}", f"rule|{kind}", f"rule|{kind}|{why}"]
    if lexicon_mode is None:
        null.append("null_no_lexicon")
    out[NULL] = null
    return out


def is_re_mention(root: Token) -> bool:
    """A definite event noun ("the attack", "this assault", "its strike")."""
    return root.pos_ == "NOUN" and any(
        c.dep_ == "det" and c.lower_ in DEFINITE or c.dep_ == "poss" for c in root.children)


def add_article_features(items: Sequence[ArticleItem]) -> None:
    """Class *one story, one weapon*: the modes the rules gave the article's
    other events of the same type are evidence for this one, strongest for
    a re-mention ("the attack" after "a drone struck the base"). ``items``
    are ``(kind, rule mode, re-mention, candidates)`` in text order; the
    candidates' feature lists are extended in place."""
    for i, (kind, _rule, again, cands) in enumerate(items):
        others = [(j, rule) for j, (k, rule, _a, _c) in enumerate(items)
                  if k == kind and j != i and rule is not None]
        earlier = [rule for j, rule in others if j < i]
        prev = earlier[-1] if earlier else None
        tag = "|again" if again else ""
        for mode, feats in cands.items():
            if mode == NULL:
                feats += ["null_art_none" + tag] if not others else []
                continue
            if mode == prev:
                feats += ["art_prev" + tag]
            if any(rule == mode for _j, rule in others):
                feats += ["art_any" + tag]
