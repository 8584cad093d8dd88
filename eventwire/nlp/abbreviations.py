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

Measured (41 development sets, records_diff against m120): speaker chain
+5/-1 (real +3/-1: rec_af-09, rec_n-17 "Homicide Capt. James Clark said",
rec_l-04 "Sgt. Mourad Mourad"; own rec_ao-12 "Supt. Peter Kaupa" x2; lost
rec_aj-23 "shootings", a re-mention inside "..., Troy police Lt. Gerry
Scherlinck said" the gold leaves asserted), modality +6/-1 (real +4/-1),
place +1, one false event fewer; date -2 and background -1 (real): rec_l-04
"killed on March 9 by police who claim ... before they opened fire" (a
reported act in a relative claim gets no date: the same with "Officer" for
"Sgt.") and rec_n-13 "killing Sgt. Hoyt Teasley outside the courthouse and
killing the next day ..." (the first killing takes the conjunct's "the next
day": the same with "Officer"); both date-stage classes the split sentence
hid. rec_ap (not yet development): predictions unchanged (no rank there).

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
