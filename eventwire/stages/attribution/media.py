"""The channel a statement went out on, beyond the outlet it was told to
(``speakers.medium_of``): a broadcast ("said on state television", "announced
on national radio"), an account or page ("said on its Facebook page", "in a
post on its Telegram channel"), a statement carried or read out by a medium
("in a statement broadcast on state radio", "a statement read on state
television"), a news agency of the speaker's own ("through its Amaq news
agency"), and an appearance ("went on state television to accuse …").
docs/annotation.md: the medium is a relay."""

from __future__ import annotations

from spacy.attrs import DEP, LEMMA, TAG
from spacy.strings import get_string_id
from spacy.tokens import Doc, Span, Token

from eventwire.models import Quote
from eventwire.nlp.arrays import char_span, column, per_doc, where_text
from eventwire.nlp.cues import default_cues
from eventwire.stages.attribution.marks import tok_span
from eventwire.stages.attribution.speakers import (
    MEDIA_HINTS,
    PLATFORMS,
    SPEECH_VERBS,
    medium_of,
    noun_phrase,
)

# nouns of an account on a platform: "its Facebook page", "his Telegram channel"
ACCOUNT_NOUNS = {"page", "account", "channel", "feed", "website", "site", "handle"}
# a statement goes out through these verbs: "a statement broadcast on state radio"
OUT_VERBS = {"broadcast", "air", "read", "post", "publish", "carry", "release", "share",
             "televise", "run", "issue"}
MEDIUM_PREPS = ("on", "over", "through", "via")
MESSAGE_NOUNS = {"statement", "video", "message", "post", "address", "speech", "broadcast",
                 "communique", "interview", "recording", "letter", "audio", "tweet", "decree"}
APPEARING = {"go", "appear"}


def _is_medium(tok: Token) -> bool:
    """A broadcaster, news medium, platform or account ("state television",
    "its Amaq news agency", "Telegram", "her Facebook page")."""
    phrase = noun_phrase(tok).text
    if MEDIA_HINTS.search(phrase) or tok.text in PLATFORMS:
        return True
    return tok.lemma_.lower() in ACCOUNT_NOUNS and any(
        t.text in PLATFORMS or t.lower_ == "social" for t in tok.lefts)


def _medium_objects(holder: Token, preps: tuple[str, ...]) -> list[Token]:
    return [o for p in holder.children if p.dep_ == "prep" and p.lower_ in preps
            for o in p.children if o.dep_ == "pobj" and _is_medium(o)]


def _message_holders(verb: Token) -> list[Token]:
    """The message a statement was made in and the verbs that put it out:
    "in [a statement] [broadcast] on state radio"."""
    found = []
    objects = [c for c in verb.children if c.dep_ == "dobj"]  # "claimed [the attack] in a …"
    for prep in (c for h in (verb, *objects) for c in h.children
                 if c.dep_ == "prep" and c.lower_ == "in"):
        for noun in (g for g in prep.children if g.dep_ == "pobj"
                     and g.lemma_.lower() in MESSAGE_NOUNS):
            found.append(noun)
            found += [a for a in noun.children if a.dep_ in ("acl", "relcl")
                      and a.lemma_.lower() in OUT_VERBS]
    return found


# entity labels that name no channel: "a statement read on Monday", "… on the square"
NOT_A_CHANNEL = {"DATE", "TIME", "GPE", "LOC", "FAC", "CARDINAL", "ORDINAL"}


def _named_channels(holder: Token) -> list[Token]:
    """Class *channel named after the message's out-verb*: "a statement read
    on Tele Sahel", "a decree broadcast on TGB" — the verb putting the
    message out makes its "on"/"over" object the channel, whatever its name
    (``media_names`` cannot list every broadcaster). A date or a place is no
    channel ("read on Monday", "read on Tahrir Square")."""
    if holder.lemma_.lower() not in OUT_VERBS:
        return []
    return [o for p in holder.children if p.dep_ == "prep" and p.lower_ in ("on", "over")
            for o in p.children if o.dep_ == "pobj" and o.pos_ == "PROPN"
            and o.ent_type_ not in NOT_A_CHANNEL]


def _subject_holders(verb: Token) -> list[Token]:
    """Class *channel on the speaker's phrase*: "Residents on Twitter
    reported", "users on Weibo said" (the platform the subject wrote on),
    and the message that is itself the subject: "The decree, read on state
    television, accused …"."""
    found = []
    for subj in (c for c in verb.children if c.dep_ == "nsubj"):
        if _medium_objects(subj, ("on",)):
            found.append(subj)
        if subj.lemma_.lower() in MESSAGE_NOUNS:
            found += [a for a in subj.children if a.dep_ in ("acl", "relcl")
                      and a.lemma_.lower() in OUT_VERBS]
    return found


def _carried_by(holder: Token) -> list[Token]:
    """"a statement released by the public ministry": the agent of the verb
    putting the message out carries it."""
    if holder.lemma_.lower() not in OUT_VERBS:
        return []
    return [o for a in holder.children if a.dep_ == "agent"
            for o in a.children if o.dep_ == "pobj"]


# participles that go on with the cue's own statement: "…, saying in a
# statement read on state radio that", "…, telling state television that"
GOING_ON = {"say", "tell", "write", "add"}
# neutral reporting cues ("said", "announced"): their channel goes on the cue
# itself ("said on M", "told M"), not on a participle after their content
NEUTRAL_CUES = default_cues().words("reporting_verbs")


def _between_speech(verb: Token, tok: Token) -> bool:
    """A speech verb lies between ``tok`` and ``verb`` on ``tok``'s heads
    (the participle belongs to that inner speaker: "X said Y denied it,
    telling …")."""
    for head in tok.ancestors:
        if head == verb:
            return False
        if head.lemma_.lower() in SPEECH_VERBS:
            return True
    return True


def _content_subjects(verb: Token, tok: Token) -> bool:
    """(review89) The participle hangs on a verb of a neutral cue's content
    that has a subject of its own (a noun, not a pronoun): "X said hackers had
    seized the feed, telling viewers on state television …", "X said the
    rebel leader had appeared in a video, saying on Telegram …" — a reporter
    gives a plain "said" its channel on the cue ("said on M", "told M"), so
    the one going on is more likely that subject. A cue that denies, insists
    or accuses has no such slot ("denied that officers had fired, telling M"
    is the denier's). "adding" goes on with the reporter only."""
    head = tok.head
    if head == verb or (head.dep_ == "conj" and head.head == verb) or tok.lemma_ == "add":
        return False
    return verb.lemma_.lower() in NEUTRAL_CUES and any(
        c.dep_ == "nsubj" and c.pos_ != "PRON" for c in head.children)


_GOING_ON_KEY = "eventwire_going_on_last"
_VBG = get_string_id("VBG")
_GOING_ON_DEPS = frozenset(get_string_id(d) for d in ("advcl", "xcomp", "conj"))


def _last_going_on(doc: Doc) -> int:
    """The last position of the document a participle of :func:`_going_on`
    can be at, or -1: a "VBG" word of ``GOING_ON`` with one of its
    dependency labels right after a comma, read on the comma positions and
    the TAG, DEP and LEMMA columns (speed59). Its subtree test is not read:
    this only bounds where a participle of any verb's subtree can be."""
    tags, deps, lemmas = column(doc, TAG), column(doc, DEP), column(doc, LEMMA)
    strings, last = doc.vocab.strings, -1
    for comma in where_text(doc, (",",)):
        t = comma + 1
        if t < len(doc) and tags[t] == _VBG and deps[t] in _GOING_ON_DEPS and \
                strings[lemmas[t]].lower() in GOING_ON:
            last = t
    return last


def _going_on(verb: Token) -> list[Token]:
    """Class *the channel on the participle that goes on with the cue*: "X
    denied that police had fired, telling state radio that …", "X accused
    the army of shelling, saying in a video posted on Facebook that …". The
    participle has no subject of its own (it shares the cue's), follows a
    comma, and the parser hangs it on the cue or on any verb of the cue's
    content; a participle under an inner speaker is that speaker's. A verb
    with no such word after it anywhere in the document has none in its
    subtree: answered before the walk (speed59: most cues; the walk built a
    Token per word of the subtree)."""
    if per_doc(verb.doc, _GOING_ON_KEY, _last_going_on) <= verb.i:
        return []
    return [t for t in verb.subtree if t.tag_ == "VBG" and t.i > verb.i
            and t.lemma_.lower() in GOING_ON and t.dep_ in ("advcl", "xcomp", "conj")
            and t.i > 0 and verb.doc[t.i - 1].text == ","
            and not any(c.dep_ in ("nsubj", "nsubjpass") for c in t.children)
            and not _between_speech(verb, t) and not _content_subjects(verb, t)]


def _message_below(verb: Token) -> list[Token]:
    """Class *the message hung on the cue's gerund*: "denied carrying out the
    attack in a statement on Telegram" — the parser hangs "in a statement"
    on the gerund the cue governs; the message is the cue's."""
    return [m for c in verb.children if c.dep_ in ("xcomp", "pcomp") and c.tag_ == "VBG"
            for m in _message_holders(c)]


def broadcast_medium(verb: Token) -> Token | None:
    """The channel of ``verb``'s statement (:func:`own_medium`), else the
    one the parser hung below it: on the message in the cue's gerund
    (:func:`_message_below`), or on the participle that goes on with it
    (:func:`_going_on`, read as a cue of its own and as "told M")."""
    found = own_medium(verb)
    if found is not None:
        return found
    for holder in _message_below(verb):
        found = next(iter(_medium_objects(holder, MEDIUM_PREPS) or _named_channels(holder)),
                     None)
        if found is not None:
            return found
    for part in _going_on(verb):
        found = own_medium(part) or medium_of(part)
        if found is not None:
            return found
    return None


def own_medium(verb: Token) -> Token | None:
    """Class *channel of a statement*: the medium in a phrase on the cue
    ("said on state television that", "announced on national radio",
    "claimed the attack through its Amaq news agency"), on the message it
    was made in ("in a statement broadcast on state radio", "in a
    statement released by the presidency"), or on the verb of appearing
    that governs the cue ("went on state television to accuse …"). A
    medium inside the content is not the channel (only the cue's own
    dependents are read)."""
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    holders = [verb, *objects, *_message_holders(verb)]
    if verb.dep_ in ("xcomp", "advcl") and verb.head.lemma_.lower() in APPEARING:
        holders.append(verb.head)
    for holder in holders:
        found = _medium_objects(holder, MEDIUM_PREPS) or _carried_by(holder) \
            or _named_channels(holder)
        if found:
            return found[0]
    # the subject's channel, never its issuer: "The statement, issued by the
    # ministry, said" has the ministry as author, not as relay
    for holder in _subject_holders(verb):
        found = _medium_objects(holder, MEDIUM_PREPS) or _named_channels(holder)
        if found:
            return found[0]
    return None


def _medium_span(tok: Token) -> Span:
    return noun_phrase(tok)


def add_broadcast_media(doc: Doc, quotes: list[Quote]) -> None:
    """Give each statement without a relay the channel it was made on
    (:func:`broadcast_medium`), as a medium (``Quote.medium``: later
    statements of the same speaker may share it, earlier ones not)."""
    for quote in quotes:
        if quote.relays or quote.cue is None:
            continue
        span = char_span(doc, quote.cue.start, quote.cue.end, alignment_mode="expand")
        if span is None:
            continue
        medium = broadcast_medium(span.root)
        if medium is not None:
            quote.relays = [tok_span(_medium_span(medium))]
            quote.medium = True
