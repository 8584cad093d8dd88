"""In-article coreference, only for what event coding needs.

* Pronouns (he/she/him/her -> last person; they/them -> last group, i.e. an
  organisation, armed group, state or plural agent) within the last three
  sentences become mentions with ``antecedent`` set.
* A short name repeats a longer one ("Mohi" after "Muhammad Mohi") when it is
  that name's last word: same person. Two different full names that share a
  surname are never merged.
* Nominals: "the group", "the militia", "the organisation" -> last group;
  "the <Org> spokesman" -> the last person who speaks for that organisation.
* Spokespeople: "<Org> spokesman <Person>" and "<Person>, (a) spokesman
  for/of <Org>" set ``speaks_for`` on the person.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from eventwire.models import ActorMention
from eventwire.nlp.extensions import text_of
from eventwire.stages.actors.kb import normalise

PERSON_PRONOUNS = {"he", "she", "him", "her"}
GROUP_PRONOUNS = {"they", "them"}
# possessive determiners stand for an owner: "its forces" -> it, "their fighters" -> they
POSSESSIVES = {"its": "it", "their": "they", "his": "he", "her": "she"}
# "it" is a group pronoun only as the subject of an action or speech verb
# ("The RUF announced it will return weapons"), never "it is expected"
THING_VERBS = {"be", "seem", "appear", "take", "remain", "rain", "matter", "mean", "cost"}
SPOKESPEOPLE = {"spokesman", "spokeswoman", "spokesperson"}
GROUP_NOMINALS = {"group", "militia", "organisation", "organization", "movement", "faction"}
SPOKES = {"spokesman", "spokeswoman", "spokesperson", "official", "commander", "leader",
          "chief", "minister", "head", "envoy", "representative"}
GROUP_KINDS = {"organisation", "armed_group", "state", "group", "agent", "media", "party"}
WINDOW_SENTENCES = 3


def _is_person(m: ActorMention) -> bool:
    return m.kind == "person" or (m.kind == "agent" and any(
        w in m.text.lower() for w in SPOKES))


def _sentence_index(doc: Doc) -> list[int]:
    """Sentence number of every character offset's token start."""
    size = len(text_of(doc))
    index = [0] * (size + 1)
    for n, sent in enumerate(doc.sents):
        for c in range(sent.start_char, sent.end_char + 1):
            index[min(c, size)] = n
    return index


def _plural_agent(m: ActorMention) -> bool:
    """"protest leaders", "officials", "the commanders": people acting as a
    group, which "they" can stand for."""
    last = m.text.lower().split()[-1] if m.text.strip() else ""
    return m.kind == "agent" and last.endswith("s") and not last.endswith("ss")


def _fits(m: ActorMention, want_person: bool, plural: bool = False) -> bool:
    if want_person:
        return _is_person(m) and not _plural_agent(m)
    if plural and _plural_agent(m):
        return True
    return m.kind in GROUP_KINDS and not _is_person(m)


def _last(mentions: list[ActorMention], before: int, want_person: bool, sent_of: list[int],
          sent_now: int, subjects: set[int] | None = None, plural: bool = False) -> int | None:
    """Antecedent: the most recent fitting mention in the same sentence; else
    the most recent fitting *subject* of an earlier sentence; else the most
    recent fitting mention, within ``WINDOW_SENTENCES``."""
    candidates = [j for j in range(len(mentions) - 1, -1, -1)
                  if mentions[j].start < before and mentions[j].rule != "pronoun"
                  and sent_now - sent_of[mentions[j].start] <= WINDOW_SENTENCES
                  and _fits(mentions[j], want_person, plural)]
    if not candidates:
        return None
    if sent_of[mentions[candidates[0]].start] == sent_now:
        return candidates[0]
    subj = [j for j in candidates if subjects and mentions[j].start in subjects]
    return subj[0] if subj else candidates[0]


def _subject_starts(doc: Doc, mentions: list[ActorMention]) -> set[int]:
    """Start offsets of mentions that contain a clause subject's head."""
    heads = [t.idx for t in doc if t.dep_ in ("nsubj", "nsubjpass")]
    return {m.start for m in mentions if any(m.start <= h < m.end for h in heads)}


def _pronouns(doc: Doc, mentions: list[ActorMention], sent_of: list[int]) -> None:
    subjects = _subject_starts(doc, mentions)
    for tok in doc:
        low = tok.lower_
        if low == "it" and not _agentive_it(tok):
            continue
        if low in POSSESSIVES and tok.tag_ == "PRP$":
            low = POSSESSIVES[low]  # "its air force", "their fighters": the owner
        elif low not in PERSON_PRONOUNS | GROUP_PRONOUNS | {"it"} or tok.tag_ != "PRP":
            continue
        want_person = low in PERSON_PRONOUNS
        ante = _last(mentions, tok.idx, want_person, sent_of, sent_of[tok.idx], subjects,
                     plural=low in GROUP_PRONOUNS)
        if ante is None:
            continue
        mentions.append(ActorMention(start=tok.idx, end=tok.idx + len(tok.text), text=tok.text,
                                     kind=mentions[ante].kind, antecedent=ante,
                                     confidence=0.6, rule="pronoun"))


def _agentive_it(tok: Token) -> bool:
    return tok.dep_ == "nsubj" and tok.head.pos_ == "VERB" and \
        tok.head.lemma_.lower() not in THING_VERBS


def _repeat_names(mentions: list[ActorMention]) -> None:
    for i, m in enumerate(mentions):
        if m.kind != "person" or m.actor_id or " " in m.text.strip():
            continue
        for j in range(i - 1, -1, -1):
            prev = mentions[j]
            if prev.kind == "person" and prev.text.split()[-1] == m.text and prev is not m:
                m.antecedent = j
                break


def _word_before(doc: Doc, start: int) -> str:
    words = text_of(doc)[max(0, start - 40):start].split()
    return normalise(words[-1]) if words else ""


def _owner_by_name(doc: Doc, mentions: list[ActorMention], i: int, word: str) -> int | None:
    """Class *role nouns with a short name*: "the Kata'ib spokesman" speaks
    for the organisation named earlier whose name starts with that word
    ("Kata'ib Hezbollah")."""
    if len(word) < 3 or not word.isalpha():
        return None
    for j in range(i - 1, -1, -1):
        m = mentions[j]
        if m.kind in GROUP_KINDS and m.rule != "pronoun" and not _is_spokes(m) and \
                normalise(m.text).split()[:1] == [word] and " " in m.text.strip():
            return j
    return None


def _owner_named_after(doc: Doc, mentions: list[ActorMention], i: int) -> int | None:
    """"a spokesman for the group", "the commander of the militia"."""
    m = mentions[i]
    after = text_of(doc)[m.end:m.end + 6].lower()
    if not (after.startswith(" for ") or after.startswith(" of ")):
        return None
    nxt = next((j for j in range(i + 1, len(mentions)) if mentions[j].start >= m.end), None)
    if nxt is None or mentions[nxt].start - m.end > 12 or mentions[nxt].kind not in GROUP_KINDS:
        return None
    return nxt


def _speakers(doc: Doc, mentions: list[ActorMention]) -> None:
    for i, m in enumerate(mentions):
        if _is_spokes(m) and i > 0 and text_of(doc)[mentions[i - 1].end:m.start].strip() == "":
            m.speaks_for = _owner_before(mentions, i, m.start - 2)
        if _is_spokes(m) and m.speaks_for is None:
            m.speaks_for = _owner_named_after(doc, mentions, i)
        unknown = m.speaks_for is None or not (mentions[m.speaks_for].country
                                               or mentions[m.speaks_for].actor_id)
        if _is_spokes(m) and unknown:
            named = _owner_by_name(doc, mentions, i, _word_before(doc, m.start))
            m.speaks_for = m.speaks_for if named is None else named
        if m.kind != "person":
            continue
        before = text_of(doc)[max(0, m.start - 40):m.start].lower().split()
        if before and before[-1] in SPOKES and i > 0:
            owner = _owner_before(mentions, i, m.start - 40)
            if owner is None and len(before) > 1:  # "Kata'ib spokesman Muhammad Mohi"
                owner = _owner_by_name(doc, mentions, i, normalise(before[-2]))
            if owner is not None:
                m.speaks_for = owner
        after = text_of(doc)[m.end:m.end + 40].lower()
        if any(f", {a}spokes" in after[:20] or f", {a}official" in after[:20]
               for a in ("", "a ", "the ")):
            owner = _owner_after(mentions, i, m.end + 60)
            if owner is not None:
                m.speaks_for = owner


def _is_spokes(m: ActorMention) -> bool:
    return m.kind == "agent" and any(w in SPOKES for w in m.text.lower().split())


def _owner_before(mentions: list[ActorMention], i: int, floor: int) -> int | None:
    for j in range(i - 1, -1, -1):
        m = mentions[j]
        if m.end < floor:
            return None
        if m.kind in GROUP_KINDS and m.rule != "pronoun" and not _is_spokes(m):
            return j
    return None


def _owner_after(mentions: list[ActorMention], i: int, ceiling: int) -> int | None:
    for j in range(i + 1, len(mentions)):
        if mentions[j].start > ceiling:
            return None
        if mentions[j].kind in GROUP_KINDS - {"agent"}:
            return j
    return None


def _nominals(doc: Doc, mentions: list[ActorMention], sent_of: list[int]) -> None:
    for i, m in enumerate(mentions):
        words = m.text.lower().split()
        if not (_is_spokes(m) and words[-1] in SPOKESPEOPLE and m.antecedent is None):
            continue
        owner = mentions[m.speaks_for].actor_id if m.speaks_for is not None else None
        for j in range(i - 1, -1, -1):
            sf = mentions[j].speaks_for
            if mentions[j].kind == "person" and sf is not None and (
                    owner is None or mentions[sf].actor_id == owner):
                m.antecedent = j
                break
    for tok in doc:
        if tok.lower_ in GROUP_NOMINALS and tok.i > 0 and doc[tok.i - 1].lower_ == "the":
            ante = _last(mentions, tok.idx, False, sent_of, sent_of[tok.idx])
            if ante is not None and not any(m.start <= tok.idx < m.end for m in mentions):
                start = doc[tok.i - 1].idx
                mentions.append(ActorMention(start=start, end=tok.idx + len(tok.text),
                                             text=text_of(doc)[start:tok.idx + len(tok.text)],
                                             kind=mentions[ante].kind, antecedent=ante,
                                             confidence=0.5, rule="nominal"))


def _sort_and_remap(mentions: list[ActorMention]) -> None:
    """Sort by position; indices held in ``antecedent``/``speaks_for`` follow."""
    order = sorted(range(len(mentions)), key=lambda k: (mentions[k].start, -mentions[k].end))
    new_index = {old: new for new, old in enumerate(order)}
    mentions[:] = [mentions[k] for k in order]
    for m in mentions:
        if m.antecedent is not None:
            m.antecedent = new_index[m.antecedent]
        if m.speaks_for is not None:
            m.speaks_for = new_index[m.speaks_for]


def _spokes_for_nominals(doc: Doc, mentions: list[ActorMention]) -> None:
    """"a spokesman for the group": the owner may be a nominal ("the group")
    found only after the first pass."""
    for i, m in enumerate(mentions):
        if _is_spokes(m) and m.speaks_for is None:
            m.speaks_for = _owner_named_after(doc, mentions, i)


def link_coreference(doc: Doc, mentions: list[ActorMention]) -> None:
    sent_of = _sentence_index(doc)
    _repeat_names(mentions)
    _speakers(doc, mentions)
    _nominals(doc, mentions, sent_of)
    _sort_and_remap(mentions)
    _spokes_for_nominals(doc, mentions)
    _pronouns(doc, mentions, sent_of)
    _sort_and_remap(mentions)
