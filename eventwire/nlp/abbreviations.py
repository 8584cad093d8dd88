"""Abbreviated ranks and titles before a name are one token, read as the word
they abbreviate.

Class *an abbreviated rank or title written before a name* ("provincial
police commander Supt. Peter Kaupa said", "Philadelphia Homicide Capt.
James Clark said", "said sheriff's Sgt. Vanette Christiansen", "according
to Lt. Col. Ahmed Bello"). spaCy's English tokenizer keeps "Mr.", "Gen.",
"Gov.", "Sen." whole but splits the police and military ranks ("Supt" +
"."), and the parser then ends the sentence at the full stop: the cue
("James Clark said.") is left in a sentence of its own without its
content, so the report before it goes without a speaker. Kept whole, with
the norm of spaCy's own whole title "Gen." (the norm is the word feature
the parser reads beside shape and affixes), the parser reads the rank as
the title it has learnt and the name stays in the sentence. One token
alone is not enough: "Supt." with its own norm was still cut off ("...
commander Supt. | Peter Kaupa said"); the full word as norm ("sergeant")
glued a sentence the rank opens to the one before ("... on Monday. Sgt.
Omar Diallo stayed behind" cut after "Sgt."); marking the next word as no
sentence start before the parser did not hold (the parser keeps only the
starts it is given). Checked on 8 passages of the class and 5 where a rank
opens the next sentence: "gen." as norm splits all 13 right, the full word
11, spaCy's own split 3.

Guard: only abbreviations whose full stop is never a sentence's own in
news prose -- a rank or honorific that stands before a name; not "Sr."/"Jr."
(after a name, often sentence-final), "No.", "St." (spaCy's own), state or
month abbreviations, "Dr." (also "Drive", spaCy's own anyway). The spelling
is matched exactly (the tokenizer's special cases are case-sensitive): the
title-cased form and the all-capitals one ("CAPT." in a capitals headline).
"""

from __future__ import annotations

from spacy.attrs import NORM, ORTH
from spacy.language import Language

# police and military ranks and civil honorifics spaCy splits (checked on the
# blank English tokenizer: "Capt. Smith said." gave five tokens), with the
# word each abbreviates (documentation; the norm is TITLE_NORM)
RANKS: dict[str, str] = {
    "Capt.": "captain", "Sgt.": "sergeant", "Supt.": "superintendent",
    "Lt.": "lieutenant", "Col.": "colonel", "Maj.": "major", "Cpl.": "corporal",
    "Det.": "detective", "Insp.": "inspector", "Cmdr.": "commander",
    "Cdr.": "commander", "Brig.": "brigadier", "Pvt.": "private",
    "Pte.": "private", "Const.": "constable", "Spc.": "specialist",
    "Atty.": "attorney", "Amb.": "ambassador", "Cllr.": "councillor",
    "Hon.": "honourable",
}


# the norm spaCy's tokenizer gives its own whole title abbreviation "Gen."
TITLE_NORM = "gen."


def add_rank_abbreviations(nlp: Language) -> None:
    """Make each of :data:`RANKS` one token of ``nlp``'s tokenizer, its norm
    :data:`TITLE_NORM` (also in all capitals)."""
    for word in RANKS:
        for form in (word, word.upper()):
            nlp.tokenizer.add_special_case(form, [{ORTH: form, NORM: TITLE_NORM}])  # type: ignore[union-attr]
