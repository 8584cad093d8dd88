"""Build tests/data/records/rec_h.jsonl: gold whole-record events (batch rec_h).

rec_h is the FRESH BLIND SET after rec_g: every article has ``"split":
"blind"``, and every label was written before eventwire ever ran on any of
these texts (no pipeline, no ``eval records``, no spaCy on them while
labelling, no eventwire rule code read, and no system output looked at). Run
it once, at the end of a change, and never debug on it:

    eventwire eval records --data tests/data/records/rec_h.jsonl --split blind

Sources (field ``source`` of each record):

* real news texts, copied unchanged from /work/shared/data: ECB+ articles
  (``ecbplus:<doc_id>``, CC BY 3.0; the leading URL line of an ``ecbplus``
  document is cut so the text opens with its headline, and long texts are cut
  after a line) and GeoVirus Wikinews articles (``geovirus:<doc_id>``; texts
  Wikinews, CC BY 2.5, only the text is copied, none of GeoVirus'
  annotation). GeoVirus texts print no title and no date: the title is the
  first sentence, and ``published`` is inferred from the text's own days and
  world knowledge of the story (``published_note``);
* texts written for eventwire by the annotator (``own``, CC BY 4.0, this
  project) in agency styles that rec_a..rec_g cover little (wire copy relaying
  a spokesman's conditional threats, a foreign-ministry rebuttal, court copy,
  an election story, ceasefire talks, a live blog, a state-media relay chain,
  two outlets on one own story) and two non-political look-alikes (sport,
  business). None of the own stories is in rec_a..rec_g.

Labels follow docs/annotation.md, including its Batch d, e, g and h
decisions. Spans are located by needle strings, never by hand-counted offsets
(the conventions of ``needles.py``, as in ``make_rec_g.py``):

* every event has an anchor ``at`` (a needle that must occur exactly once in
  the text); a span given as a plain string is the first occurrence from the
  start of the anchor's sentence (or line) on;
* ``(needle, "other anchor")`` is the first occurrence after another unique
  anchor (used for a speaker or actor earlier in the text);
* ``(needle, k)`` is the k-th occurrence (1-based) in the whole text.

Every span is checked (``text[start:end] == span["text"]``) before writing.
Coordinates: cities from GeoNames cities500, countries from GeoNames' country
point (``tests/data/geonames_points.tsv``), other features as noted
(approximate; scoring allows 161 km).

    python3 tests/data/records/make_rec_h.py
"""

from pathlib import Path

from needles import Batch, E, P, check_sources, d, mo, wk, yr

PLACES = {
    'Athens': (37.98, 23.73),  # geonameid 264371
    'Thessaloniki': (40.64, 22.93),  # geonameid 734077
    'Greece': (39.0, 22.0),  # country
    'Brooklyn': (40.65, -73.95),  # geonameid 5110302
    'East Flatbush': (40.65, -73.93),  # neighbourhood of Brooklyn, approximate point
    'Gulf of Aden': (12.0, 48.0),  # as rec_c
    'Baytown': (29.74, -94.98),  # geonameid 4672989
    'Norwalk': (33.9, -118.08),  # geonameid 5377654 (Norwalk, California)
    'Hawaiian Gardens': (33.83, -118.07),  # geonameid 5355782
    'Aden': (12.78, 45.04),  # geonameid 415189
    'Onitsha': (6.15, 6.79),  # geonameid 2326016
    'Imo': (5.5, 7.03),  # Imo state (ADM1), approximate point
    'Kenya': (1.0, 38.0),  # country
    'Beijing': (39.91, 116.4),  # geonameid 1816670
    "Ren'ai Jiao": (9.73, 115.87),  # Second Thomas Shoal, approximate point
    'Brasilia': (-15.78, -47.93),  # geonameid 3469058
    'Tbilisi': (41.69, 44.83),  # geonameid 611717
    'Marneuli': (41.48, 44.81),  # geonameid 613988
    'Putrajaya': (2.93, 101.69),  # geonameid 6697380
    'Sisaket': (15.12, 104.32),  # Si Sa Ket, geonameid 1606239
    'Seoul': (37.57, 126.98),  # geonameid 1835848
    'Pakistan': (30.0, 70.0),  # country
    'Bahawalpur': (29.4, 71.68),  # geonameid 1183880
    'Poonch': (33.77, 74.09),  # geonameid 1259703
    'Pahalgam': (34.02, 75.32),  # town, approximate point
    'Kashmir': (34.5, 74.5),  # the Line of Control region, approximate point
    'Srebrenica': (44.1, 19.3),  # geonameid 3190940
    'Warsaw': (52.23, 21.01),  # geonameid 756135
    'Minsk': (53.9, 27.57),  # geonameid 625144
    'Isiolo': (0.35, 37.58),  # geonameid 187896
    'Delmas': (-26.15, 28.68),  # geonameid 1011031
    'Waiheke Island': (-36.8, 175.1),  # island, approximate point
    'Iraq': (33.0, 44.0),  # country
    'Dogubayazit': (39.55, 44.08),  # geonameid 315808
    'Turkey': (39.0, 35.0),  # country
    'Germany': (51.5, 10.5),  # country
    'Jakarta': (-6.21, 106.85),  # geonameid 1642911
    'Bali': (-8.5, 115.0),  # island (ADM1), approximate point
    'Warab': (8.0, 28.5),  # Warrap state (ADM1), approximate point
    'Al-Fashir': (13.63, 25.35),  # El Fasher, geonameid 379555
}

BATCH = Batch("rec_h", PLACES)
A = BATCH.A  # A(id_, outlet, published, title, text, events, source=None, note=None)


# --------------------------------------------------------------------------
# 01 (ECB+ 8_1ecbplus, The National): the Athens general strike and the Marfin
# bank firebombing, Wed 5 May 2010.
# --------------------------------------------------------------------------
T = ('Three killed as rioters bomb Greek bank\n'
     'May 5, 2010\n'
     'A firebomb attack on a bank in Greece killed at least three people today as police fought '
     'pitched battles with striking protesters furious at brutal budget cuts designed to avoid '
     'national bankruptcy.\n'
     'Hooded youths hurled petrol bombs at stores and businesses in the centre of the capital, '
     'Athens, and demonstrators tried to storm parliament during the general strike, as the '
     'rioting spread to the northern city of Thessaloniki.\n'
     'Police said two women and one man died at a branch of the Marfin bank which caught fire '
     'after hooded youths broke a window and hurled petrol bombs inside.\n'
     'Around 20 more people had to be ushered to safety.\n'
     'At least two other buildings, one used by tax officials, caught fire in other firebomb '
     'attacks on the margins of the protests.\n'
     'Athens underground stations were shut and the international airport deserted as tens '
     'of thousands of union members rallied on the eve of a vote in parliament on the planned '
     'cuts and tax rises.\n'
     "The general strike was the first major test of the Socialist government's resolve to "
     'push through unprecedented measures since agreeing an? 110 billion (Dh472. 72bn) debt '
     'bailout from the EU and the International Monetary Fund at the weekend.\n'
     "Prime minister George Papandreou's insistence that the measures are vital for the nation's "
     'survival failed to dissuade unions from paralysing public transport and preventing ferries '
     'from leaving docks.\n'
     'After rallying in two separate demonstrations in central Athens, members of the main '
     'unions began converging on parliament, where the government was preparing for the measures '
     'to be voted on Thursday.\n'
     '"They\'re taking everything from me, I don\'t know how I\'m going to get by, " said 61 '
     '- year - old Anargyros Bizianis, a municipal worker in the Athens suburb of Piraeus '
     'who earns? 900 (Dh4, 275) a month.\n'
     'As the protesters tried to break through a police line in front of parliament, they '
     'first hurled stones and bottles of water, prompting the riot squad officers to fire '
     'back with tear gas.\n'
     'Full - scale clashes soon then erupted outside the building, with riot police trying '
     'to disperse the crowds with baton - charges.\n'
     'During the unrest, one protester threw a petrol bomb.\n'
     'Youths also went on the rampage in other parts of the capital, with several dozen youths '
     'hurling petrol bombs at stores and banks, and smashing shop windows and bus shelters '
     'with iron bars.')
W5 = d("2010-05-05")
UN_W17 = wk("2010-W17")
A("01", "The National", "2010-05-05", "Three killed as rioters bomb Greek bank", T, [
    E("rioters bomb", "bomb", "ASSAULT", "explosives", ("rioters", "GRC", "CVL"),
      ("Greek bank", "GRC", "BUS"), W5, None, cl="rh-marfin"),
    E("killed at least three", "killed", "ASSAULT", "explosives", None,
      ("at least three people", "GRC", "CVL"), W5, "Greece", cl="rh-marfin"),
    E("fought pitched battles", "fought", "ASSAULT", None, ("police", "GRC", "COP"),
      ("striking protesters", "GRC", "LAB"), W5, None, cl="rh-battles"),
    E("Hooded youths hurled", "hurled", "ASSAULT", "explosives", ("Hooded youths", "GRC", "CVL"),
      ("stores and businesses", "GRC", "BUS"), W5, "Athens", cl="rh-stores"),
    E("tried to storm parliament", "storm", "PROTEST", "riot", ("demonstrators", "GRC", "CVL"),
      ("parliament", "GRC", "LEG"), W5, "Athens", cl="rh-storm"),
    E("during the general strike, as", "general strike", "PROTEST", "strike", None, None, W5,
      None, cl="rh-strike"),
    E("rioting spread", "rioting", "PROTEST", "riot", None, None, W5, "Thessaloniki",
      cl="rh-thess"),
    E("hurled petrol bombs inside", "hurled", "ASSAULT", "explosives",
      ("hooded youths", "GRC", "CVL"), ("a branch of the Marfin bank", "GRC", "BUS"), W5, None,
      speaker="Police", mod="reported", cl="rh-marfin"),
    E("other firebomb attacks", "attacks", "ASSAULT", "explosives", None,
      ("At least two other buildings", "GRC", None), W5, None, cl="rh-otherfires"),
    E("union members rallied", "rallied", "PROTEST", "demo",
      ("tens of thousands of union members", "GRC", "LAB"), None, W5, None, cl="rh-rally"),
    E("since agreeing an", "agreeing", "AGREE", None, ("the Socialist government", "GRC", "GOV"),
      ("the EU", None, "IGO"), UN_W17, None, cl="rh-bailout"),
    E("from paralysing public transport", "paralysing", "PROTEST", "strike", ("unions", "GRC", "LAB"),
      None, W5, None, cl="rh-strike"),
    E("After rallying in two", "rallying", "PROTEST", "demo",
      ("members of the main unions", "GRC", "LAB"), None, W5, P("central Athens", "Athens"),
      cl="rh-rally"),
    E("tried to break through a police line in front of parliament, they", "break through",
      "PROTEST", "riot", ("the protesters", "GRC", "CVL"), ("a police line", "GRC", "COP"), W5,
      P("parliament", "Athens"), cl="rh-storm"),
    E("they first hurled", "hurled", "ASSAULT", "primitive", ("they", "GRC", "CVL"), None, W5,
      P("parliament", "Athens"), cl="rh-stones"),
    E("to fire back with tear gas", "fire back", "ASSAULT", "crowd-control",
      ("the riot squad officers", "GRC", "COP"), None, W5, P("parliament", "Athens"),
      cl="rh-teargas"),
    E("clashes soon then erupted", "clashes", "PROTEST", "riot", None, None, W5, None,
      cl="rh-parl-clash"),
    E("to disperse the crowds with baton", "disperse", "ASSAULT", "crowd-control",
      ("riot police", "GRC", "COP"), ("the crowds", "GRC", "CVL"), W5, None, cl="rh-batons"),
    E("one protester threw", "threw", "ASSAULT", "explosives", ("one protester", "GRC", "CVL"),
      None, W5, None),
    E("went on the rampage", "rampage", "PROTEST", "riot", ("Youths", "GRC", "CVL"), None, W5,
      P("the capital", "Athens"), cl="rh-rampage"),
    E("youths hurling petrol bombs at stores and banks", "hurling", "ASSAULT", "explosives",
      ("several dozen youths", "GRC", "CVL"), ("stores and banks", "GRC", "BUS"), W5,
      P("the capital", "Athens"), cl="rh-stores"),
    E("and smashing shop windows and bus shelters with iron", "smashing", "PROTEST", "vandalize",
      ("several dozen youths", "GRC", "CVL"), None, W5, P("the capital", "Athens")),
], source="ecbplus:8_1ecbplus")

# --------------------------------------------------------------------------
# 02 (ECB+ 8_5ecbplus, Sky News): the same day told by Sky, Wed 5 May 2010.
# --------------------------------------------------------------------------
T = ('Three Killed In Athens Bank Fire Amid Strike\n'
     '7: 00pm UK, Wednesday 05 May 2010\n'
     'Three people have died after rioters in Greece set fire to a bank in Athens during a '
     "nationwide strike against huge spending cuts aimed at rescuing the country's economy.\n"
     'Greek police clashed with protesters in the capital as tens of thousands of people joined '
     'a 24 - hour walkout.\n'
     'The three bank workers - two women and a man - were killed when their branch went up '
     'in flames after a protester threw a petrol bomb inside.\n'
     'Firefighters rescued another five people from the balcony.\n'
     'Greek prime minister George Papandreou condemned the killings, saying: "A demonstration '
     'is one thing and murder is quite another".\n'
     'He added: "We will, of course, stand alongside the families who lost loved ones.\n'
     'This is the least we can do.\n'
     '"To those who now mourn the loss of three children we say that the perpetrators will '
     'be identified and held accountable for what they\'ve done. "\n'
     'The general strike was staged as a protest against a new round of draconian austerity '
     'measures.\n'
     'Police said as many as 20, 000 people took to the streets of Athens as rallies all around '
     'the country kicked off.\n'
     'Also in the capital, a large group of people attempted to break through a riot police '
     'cordon guarding the parliament building.\n'
     'The protesters launched rocks and petrol bombs at the officers, who responded with stun '
     'grenades and tear gas - filling Syntagma Square with chemical smoke.\n'
     'Violence was also reported in Thessaloniki, where a further 20, 000 people joined the '
     "city's demonstrations.")
PAP = ("He", "He added")
A("02", "Sky News", "2010-05-05", "Three Killed In Athens Bank Fire Amid Strike", T, [
    E("Three Killed", "Killed", "ASSAULT", "explosives", None, ("Three", "GRC", "CVL"), W5,
      "Athens", cl="rh-marfin"),
    E("Fire Amid Strike", "Strike", "PROTEST", "strike", None, None, W5, None, cl="rh-strike"),
    E("set fire to a bank", "set fire", "ASSAULT", "explosives", ("rioters", "GRC", "CVL"),
      ("a bank", "GRC", "BUS"), W5, "Athens", cl="rh-marfin"),
    E("during a nationwide strike", "strike", "PROTEST", "strike", None, None, W5, None,
      cl="rh-strike"),
    E("Greek police clashed", "clashed", "ASSAULT", None, ("Greek police", "GRC", "COP"),
      ("protesters", "GRC", "CVL"), W5, P("the capital", "Athens"), cl="rh-battles"),
    E("24 - hour walkout", "walkout", "PROTEST", "strike",
      ("tens of thousands of people", "GRC", "CVL"), None, W5, None, cl="rh-strike"),
    E("a protester threw a petrol bomb inside", "threw", "ASSAULT", "explosives",
      ("a protester", "GRC", "CVL"), ("their branch", "GRC", "BUS"), W5, None, cl="rh-marfin"),
    E("condemned the killings", "condemned", "ACCUSE", "disapprove",
      ("Greek prime minister George Papandreou", "GRC", "GOV"), None, W5, None,
      cl="rh-pap-condemn"),
    E("the killings, saying", "killings", "ASSAULT", "explosives", None, None, W5, None,
      speaker="Greek prime minister George Papandreou", mod="reported", cl="rh-marfin"),
    E("held accountable", "held accountable", "THREATEN", "arrest", (("we", "we say"), "GRC", "GOV"),
      ("the perpetrators", "GRC", "CVL"), W5, None, speaker=PAP, mod="threatened",
      cl="rh-pap-justice"),
    E("The general strike was staged", "general strike", "PROTEST", "strike", None, None, W5,
      None, cl="rh-strike"),
    E("took to the streets of Athens", "took to the streets", "PROTEST", "demo",
      ("as many as 20, 000 people", "GRC", "CVL"), None, W5, "Athens", speaker="Police",
      mod="reported", cl="rh-rally"),
    E("rallies all around", "rallies", "PROTEST", "demo", None, None, W5,
      P("the country", "Greece"), speaker="Police", mod="reported", cl="rh-rallies-nat"),
    E("attempted to break through", "break through", "PROTEST", "riot",
      ("a large group of people", "GRC", "CVL"), ("a riot police cordon", "GRC", "COP"), W5,
      P("the capital", "Athens"), cl="rh-storm"),
    E("protesters launched rocks", "launched", "ASSAULT", "explosives",
      ("The protesters", "GRC", "CVL"), ("the officers", "GRC", "COP"), W5,
      P("Syntagma Square", "Athens"), cl="rh-stones"),
    E("who responded with stun", "responded", "ASSAULT", "crowd-control", ("who", "GRC", "COP"),
      None, W5, P("Syntagma Square", "Athens"), cl="rh-teargas"),
    E("Violence was also reported", "Violence", "PROTEST", "riot", None, None, W5, "Thessaloniki",
      cl="rh-thess"),
    E("city's demonstrations", "demonstrations", "PROTEST", "demo",
      ("a further 20, 000 people", "GRC", "CVL"), None, W5, "Thessaloniki", cl="rh-thess-demo"),
], source="ecbplus:8_5ecbplus")


# --------------------------------------------------------------------------
# 03 (ECB+ 8_8ecbplus, Reuters): the same day told by Reuters, Wed 5 May 2010.
# --------------------------------------------------------------------------
T = ('Greek anti - austerity march erupts in violence, 3 dead\n'
     'Wed May 5, 2010 7: 12pm BST\n'
     'Three people, one of them a pregnant woman, were killed when Greeks protesting against '
     'government austerity measures threw petrol bombs at a bank in Athens on Wednesday.\n'
     'Tens of thousands of striking workers and civil servants took to the streets and masked '
     'youths clashed with police in riot gear, who responded with steady rounds of tear gas '
     'and flash bombs which clouded the city centre.\n'
     'It was the worst violence to hit Greece since riots in 2008.\n'
     "The violence was a blow to Prime Minister George Papandreou's plans to push through "
     'tough budget cuts demanded by the European Union and International Monetary Fund in '
     'exchange for a 110 billion euro (93. 6 billion pound) aid package unveiled on Sunday.\n'
     'Police said two women and one man, between 30 and 40 years old, working for a Marfin '
     'bank branch choked on smoke after protesters broke the windows of a commercial building '
     'on central Stadiou Avenue and tossed in Molotov cocktails.\n'
     'Marfin bank officials told Reuters one of the female victims was pregnant.\n'
     'Firemen had to restrain a distraught elderly woman outside the bank, who wept and cried '
     '"my child, my child. "\n'
     'Papandreou expressed shock at the deaths and vowed to bring those responsible to justice.\n'
     '"We are deeply shocked by the unjust death of these three people, our fellow citizens, '
     'who were victims of a murderous act, " he told parliament.\n'
     'He also defended his austerity plans, which foresee 30 billion euros in savings mainly '
     'from cuts in wages and pensions, and said the government would not abandon its drive '
     'to save the country from ruin.\n'
     '"We took these decisions to save the country, " he said.\n'
     '"The alternative would be bankruptcy. "\n'
     'BIGGEST PROTEST\n'
     'Protesters tried to storm parliament but were pushed back by riot police shortly before '
     'it started to debate the austerity bill.\n'
     'Opposition conservatives are refusing to support it, but the government, which enjoys '
     'a comfortable majority, hopes to pass it by the end of the week.\n'
     'Police put the march, to mark a 24 - hour nationwide strike, at roughly 30, 000 people.\n'
     'But witnesses said there were more than 50, 000 - - easily the biggest protest since '
     'Papandreou took office last October and launched efforts to reform an economy that is '
     'uncompetitive and plagued by corruption.\n'
     'Hundreds of black - hooded anarchists roamed the streets, smashing store windows and '
     'hacking chunks of marble off buildings to throw at police.')
A("03", "Reuters", "2010-05-05", "Greek anti - austerity march erupts in violence, 3 dead", T, [
    E("march erupts", "march", "PROTEST", "demo", None, None, W5, None, cl="rh-rally"),
    E("erupts in violence", "violence", "PROTEST", "riot", None, None, W5, None,
      cl="rh-violence-day"),
    E("threw petrol bombs at a bank", "threw", "ASSAULT", "explosives",
      ("Greeks protesting against government austerity measures", "GRC", "CVL"),
      ("a bank", "GRC", "BUS"), W5, "Athens", cl="rh-marfin"),
    E("civil servants took to the streets", "took to the streets", "PROTEST", "demo",
      ("Tens of thousands of striking workers and civil servants", "GRC", "LAB"), None, W5, None,
      cl="rh-rally"),
    E("masked youths clashed", "clashed", "PROTEST", "riot", ("masked youths", "GRC", "CVL"),
      ("police in riot gear", "GRC", "COP"), W5, None, cl="rh-battles"),
    E("who responded with steady", "responded", "ASSAULT", "crowd-control",
      ("who", "GRC", "COP"), None, W5, None, cl="rh-teargas"),
    E("worst violence to hit", "violence", "PROTEST", "riot", None, None, W5, None,
      cl="rh-violence-day"),
    E("since riots in 2008", "riots", "PROTEST", "riot", None, None, yr("2008"), None),
    E("cuts demanded by", "demanded", "REQUEST", "change",
      ("the European Union and International Monetary Fund", None, "IGO"), None, None, None,
      mod="demanded"),
    E("aid package unveiled", "unveiled", "AGREE", None, None, None, d("2010-05-02"), None,
      cl="rh-bailout"),
    E("tossed in Molotov", "tossed", "ASSAULT", "explosives", ("protesters", "GRC", "CVL"),
      ("a commercial building", "GRC", "BUS"), W5, P("Stadiou Avenue", "Athens"),
      speaker="Police", mod="reported", cl="rh-marfin"),
    E("vowed to bring those", "vowed", "THREATEN", "arrest", ("Papandreou", "GRC", "GOV"),
      ("those responsible", "GRC", "CVL"), W5, None, mod="threatened", cl="rh-pap-justice"),
    E("victims of a murderous act", "act", "ASSAULT", "explosives", None, None, W5, None,
      speaker=("he", "he told parliament"), mod="reported", cl="rh-marfin"),
    E("Protesters tried to storm parliament", "storm", "PROTEST", "riot",
      ("Protesters", "GRC", "CVL"), ("parliament", "GRC", "LEG"), W5, None, cl="rh-storm"),
    E("were pushed back by riot police", "pushed back", "ASSAULT", "crowd-control",
      ("riot police", "GRC", "COP"), ("Protesters", "GRC", "CVL"), W5, None, cl="rh-pushback"),
    E("are refusing to support it", "refusing", "REJECT", None,
      ("Opposition conservatives", "GRC", "OPP"), None, None, None),
    E("Police put the march", "march", "PROTEST", "demo", None, None, W5, None, cl="rh-rally"),
    E("24 - hour nationwide strike, at", "strike", "PROTEST", "strike", None, None, W5, None,
      cl="rh-strike"),
    E("anarchists roamed the streets, smashing", "smashing", "PROTEST", "vandalize",
      ("Hundreds of black - hooded anarchists", "GRC", "CVL"), None, W5, None),
    E("to throw at police", "throw", "ASSAULT", "primitive",
      ("Hundreds of black - hooded anarchists", "GRC", "CVL"), ("police", "GRC", "COP"), W5, None),
], source="ecbplus:8_8ecbplus")

# --------------------------------------------------------------------------
# 04 (ECB+ 8_9ecbplus, Fox News): the same day told by Fox, Wed 5 May 2010.
# --------------------------------------------------------------------------
T = ("Greek Prime Minister Calls Bank Workers' Riot Deaths 'Murder'\n"
     'Published May 05, 2010\n'
     'The Greek prime minister has denounced what he called the "murder" of three bank workers '
     'killed when the building they were in was torched during protests in Athens against '
     'harsh new austerity measures.\n'
     'Prime Minister George Papandreou vowed Wednesday that those responsible for the deaths '
     'would be found and brought to justice.\n'
     'He told Parliament that "a demonstration is one thing and murder is quite another. "\n'
     'The two women and a man were killed during demonstrations by tens of thousands who marched '
     'through Athens.\n'
     'The national strike was held to protest the austerity measures announced last weekend '
     'so that Greece can get a $144 billion bailout from the International Monetary fund and '
     'other European nations.\n'
     'Three people died when an Athens bank went up in flames Wednesday as tens of thousands '
     'of Greeks took to the streets to protest harsh spending cuts aimed at saving the country '
     'from bankruptcy.\n'
     'The fire brigade said the bodies were found in the wreckage of a Marfin Bank branch, '
     'on the route of the march in the city center.\n'
     'Demonstrators chanting "thieves, thieves" attempted to break through a riot police cordon '
     'guarding Parliament and chased the ceremonial guards away from the Tomb of the Unknown '
     'Soldier in front of the building.\n'
     'An estimated 100, 000 people took to the streets as part of nationwide strikes to protest '
     'austerity measures imposed as a condition of bailout loans from the International Monetary '
     'Fund and other eurozone governments.\n'
     'The bailout is needed to keep heavily indebted Greece from defaulting on its debts.\n'
     "The loans are aimed at preventing Athens' debt troubles from becoming a wider crisis "
     'for the Euro by engulfing other financially troubled countries such as Spain and Portugal.\n'
     'But the rioting underlined skepticism that the Greek government could keep up its end '
     'of the bargain, helping drive the Euro below $1. 29 for the first time in over a year.\n'
     "Union reaction until now had been relatively muted by Greece's volatile standards, although "
     'the country has been hit by a series of strikes.\n'
     'But anger has mounted after the announcement of new austerity measures, which were essential '
     'to unlock the loans.\n'
     'Papandreou on Sunday announced cuts in salaries and pensions for civil servants, and '
     'another round of consumer tax increases, as a condition of the bailout.\n'
     "In Germany, Chancellor Angela Merkel urged parliament to quickly pass the country's "
     'share of the bailout - - 22 billion Euros over three years.')
A("04", "Fox News", "2010-05-05",
  "Greek Prime Minister Calls Bank Workers' Riot Deaths 'Murder'", T, [
    E("Minister Calls", "Calls", "ACCUSE", "disapprove", ("Greek Prime Minister", "GRC", "GOV"),
      None, W5, None, cl="rh-pap-condemn"),
    E("has denounced what", "denounced", "ACCUSE", "disapprove",
      ("The Greek prime minister", "GRC", "GOV"), None, W5, None, cl="rh-pap-condemn"),
    E("was torched during", "torched", "ASSAULT", "explosives", None,
      ("the building", "GRC", "BUS"), W5, "Athens", cl="rh-marfin"),
    E("during protests in Athens", "protests", "PROTEST", "demo", None, None, W5, "Athens",
      cl="rh-rally"),
    E("Papandreou vowed Wednesday", "vowed", "THREATEN", "arrest",
      ("Prime Minister George Papandreou", "GRC", "GOV"), ("those responsible", "GRC", "CVL"),
      W5, None, mod="threatened", cl="rh-pap-justice"),
    E("man were killed during", "killed", "ASSAULT", "explosives", None,
      ("The two women and a man", "GRC", "CVL"), W5, "Athens", cl="rh-marfin"),
    E("during demonstrations by", "demonstrations", "PROTEST", "demo",
      ("tens of thousands", "GRC", "CVL"), None, W5, "Athens", cl="rh-rally"),
    E("The national strike was held", "strike", "PROTEST", "strike", None, None, W5, None,
      cl="rh-strike"),
    E("of Greeks took to the streets", "took to the streets", "PROTEST", "demo",
      ("tens of thousands of Greeks", "GRC", "CVL"), None, W5, None, cl="rh-rally"),
    E("attempted to break through a riot police cordon guarding Parliament", "break through",
      "PROTEST", "riot", ("Demonstrators", "GRC", "CVL"), ("a riot police cordon", "GRC", "COP"),
      W5, None, cl="rh-storm"),
    E("chased the ceremonial guards", "chased", "PROTEST", "riot", ("Demonstrators", "GRC", "CVL"),
      ("the ceremonial guards", "GRC", "MIL"), W5, None),
    E("100, 000 people took to the streets", "took to the streets", "PROTEST", "demo",
      ("An estimated 100, 000 people", "GRC", "CVL"), None, W5, None, cl="rh-rally"),
    E("as part of nationwide strikes", "strikes", "PROTEST", "strike", None, None, W5, None,
      cl="rh-strike"),
    E("Merkel urged parliament", "urged", "REQUEST", None,
      ("Chancellor Angela Merkel", "DEU", "GOV"), ("parliament", "DEU", "LEG"), None, "Germany",
      mod="demanded"),
], source="ecbplus:8_9ecbplus")


# --------------------------------------------------------------------------
# 05 (ECB+ 19_8ecb): the Greek government under fire after a week of riots,
# Sun 14 Dec 2008 (the police killing of Alexandros Grigoropoulos on 6 Dec).
# --------------------------------------------------------------------------
T = ('Greek government under fire over handling of riots\n'
     'A week of violence in Greece has taken its toll on the fragile conservative government, '
     'with opinion polls showing on Sunday that many think authorities mishandled the worst '
     'rioting in decades.\n'
     'The December 6 killing of a 15-year-old teenager by police unleashed a wave of unrest '
     'by thousands of students and anarchists across the country, feeding on growing anger '
     "over political scandals and the impact of a global recession on Greece's economy.\n"
     'While the violence generally has subsided in the past few days, small groups of hooded '
     'youngsters with fire bombs are still rampaging at night in the capital, fighting running '
     'battles with riot police and smashing shops.\n'
     'Prime Minister Costas Karamanlis has pledged to protect people and property, but he '
     'has drawn widespread criticism for not acting quickly and decisively to tackle the revolt.\n'
     'An opinion poll published by Ethnos newspaper on Sunday said 83.3 percent of Greeks '
     "were unhappy with the government's response to the violence.\n"
     "Discontent was high -- at 65.6 percent -- even among supporters of Karamanlis ' New "
     'Democracy party, which has a one-seat majority in parliament and already lagged behind '
     'the Socialist opposition before the riots.\n'
     'Another survey, in Kathimerini daily, put disapproval of the government at 68 percent '
     'with 60 percent of those polled saying the riots were a social uprising rather than '
     'an outburst by an isolated fringe of violent protesters.\n'
     'More demonstrations are planned for Monday, including one outside the police headquarters '
     'in Athens.')
ALEX = d("2008-12-06", True)
DEC = mo("2008-12")
A("05", "unknown", "2008-12-14", "Greek government under fire over handling of riots", T, [
    E("under fire over", "under fire", "ACCUSE", "disapprove", None,
      ("Greek government", "GRC", "GOV"), None, None, cl="rh-gr-criticism"),
    E("The December 6 killing", "killing", "ASSAULT", None, ("police", "GRC", "COP"),
      ("a 15-year-old teenager", "GRC", "CVL"), ALEX, None, cl="rh-alexis"),
    E("a wave of unrest", "unrest", "PROTEST", "riot",
      ("thousands of students and anarchists", "GRC", "CVL"), None, DEC,
      P("the country", "Greece"), cl="rh-gr-wave"),
    E("are still rampaging", "rampaging", "PROTEST", "riot",
      ("small groups of hooded youngsters", "GRC", "CVL"), None, None, P("the capital", "Athens")),
    E("fighting running battles", "fighting", "PROTEST", "riot",
      ("small groups of hooded youngsters", "GRC", "CVL"), ("riot police", "GRC", "COP"), None,
      P("the capital", "Athens")),
    E("and smashing shops", "smashing", "PROTEST", "vandalize",
      ("small groups of hooded youngsters", "GRC", "CVL"), ("shops", "GRC", "BUS"), None,
      P("the capital", "Athens")),
    E("has pledged to protect", "pledged", "AGREE", None,
      ("Prime Minister Costas Karamanlis", "GRC", "GOV"), None, None, None),
    E("widespread criticism", "criticism", "ACCUSE", "disapprove", None, ("he", "GRC", "GOV"),
      None, None, cl="rh-gr-criticism"),
    E("More demonstrations are planned", "demonstrations", "PROTEST", "demo", None, None,
      d("2008-12-15"), None, mod="future", cl="rh-gr-dec15"),
], source="ecbplus:19_8ecb",
  note="not printed: the polls 'on Sunday' a week after the 6 December 2008 killing are "
       "Sunday 14 December 2008, the day of the report")

# --------------------------------------------------------------------------
# 06 (ECB+ 19_9ecb, AP-style): rioters attack a police station, Sat 13 Dec
# 2008. The text repeats one sentence; both copies are labelled.
# --------------------------------------------------------------------------
T = ('Rioters in Greece attack police station, banks\n'
     'Rioting youths in the Greek capital attacked a police station, stores and banks and '
     'fought running battles with police late Saturday, authorities said, as violent protests '
     'against a police killing continued for the seventh straight day.\n'
     'The clashes broke out as candlelit vigils were being held to mark a week since the police '
     'shooting of a 15-year-old boy, which triggered the riots that are threatening the stability '
     'of the government.\n'
     'The clashes broke out as candlelit vigils were being held to mark a week since the police '
     'shooting of a 15-year-old boy, which triggered the riots that are threatening the stability '
     'of the government.\n'
     'Youths - some on foot, others riding motorcycles - attacked a police station with petrol '
     'bombs in central Athens as well as at least three banks, several stores and a government '
     'building, police said.\n'
     'Several hundred protesters set up burning barricades and attacked police with rocks '
     'and flares. Riot police fired tear gas and chased the youths through parts of the city.\n'
     "The protesters chanted ``murderers out'' and used laser pointers to target police for "
     'attack.\n'
     'Violence has wracked Greece every day since the death of teenager Alexandros Grigoropoulos.\n'
     'The riots in cities throughout the country has left at least 70 people injured.\n'
     'Hundreds of stores have been smashed and looted, and more than 200 people have been '
     'arrested.\n'
     'While most of the protesters have been peaceful, the tone of the demonstrations has '
     'been set by a violent fringe.\n'
     'And more young people have been willing to join those fringe elements than in the past.\n'
     'Hundreds of school children holding candles gathered peacefully Saturday outside parliament '
     'and at the site where teenager was shot.\n'
     "Outside parliament, they left candles spelling out the name ``Alex'' in front of a line "
     'of riot policemen.')
S13 = d("2008-12-13")
KIDS = ("a 15-year-old boy", "GRC", "CVL")
A("06", "unknown", "2008-12-14", "Rioters in Greece attack police station, banks", T, [
    E("Rioters in Greece attack", "attack", "ASSAULT", None, ("Rioters", "GRC", "CVL"),
      ("police station", "GRC", "COP"), S13, "Greece", cl="rh-dec13-station"),
    E("capital attacked a police station", "attacked", "ASSAULT", None,
      ("Rioting youths", "GRC", "CVL"), ("a police station", "GRC", "COP"), S13,
      P("the Greek capital", "Athens"), speaker="authorities", mod="reported",
      cl="rh-dec13-station"),
    E("fought running battles with police late", "fought", "PROTEST", "riot",
      ("Rioting youths", "GRC", "CVL"), ("police", "GRC", "COP"), S13,
      P("the Greek capital", "Athens"), speaker="authorities", mod="reported",
      cl="rh-dec13-clashes"),
    E("violent protests against", "protests", "PROTEST", "riot", None, None, S13, None,
      cl="rh-gr-wave"),
    E("a police killing continued", "killing", "ASSAULT", None, (("police", "a police killing"), "GRC", "COP"),
      None, ALEX, None, cl="rh-alexis"),
    E("day.\nThe clashes broke out", ("clashes", 1), "PROTEST", "riot", None, None, S13, None,
      cl="rh-dec13-clashes"),
    E("day.\nThe clashes broke", ("vigils", 1), "PROTEST", "demo", None, None, S13, None,
      cl="rh-dec13-vigil"),
    E("day.\nThe clashes", ("shooting", 1), "ASSAULT", "firearms", (("police", 5), "GRC", "COP"),
      (("a 15-year-old boy", 1), "GRC", "CVL"), ALEX, None, cl="rh-alexis"),
    E("day.\nThe", ("riots", 1), "PROTEST", "riot", None, None, DEC, None, cl="rh-gr-wave"),
    E("government.\nThe clashes broke out", ("clashes", 2), "PROTEST", "riot", None, None, S13,
      None, cl="rh-dec13-clashes"),
    E("government.\nThe clashes broke", ("vigils", 2), "PROTEST", "demo", None, None, S13, None,
      cl="rh-dec13-vigil"),
    E("government.\nThe clashes", ("shooting", 2), "ASSAULT", "firearms",
      (("police", 6), "GRC", "COP"), (("a 15-year-old boy", 2), "GRC", "CVL"), ALEX, None,
      cl="rh-alexis"),
    E("government.\nThe", ("riots", 2), "PROTEST", "riot", None, None, DEC, None, cl="rh-gr-wave"),
    E("attacked a police station with petrol", "attacked", "ASSAULT", "explosives",
      ("Youths", "GRC", "CVL"), ("a police station", "GRC", "COP"), S13,
      P("central Athens", "Athens"), speaker="police", mod="reported", cl="rh-dec13-station"),
    E("set up burning barricades", "set up", "PROTEST", "obstruct",
      ("Several hundred protesters", "GRC", "CVL"), None, S13, None),
    E("attacked police with rocks", "attacked", "ASSAULT", "primitive",
      ("Several hundred protesters", "GRC", "CVL"), ("police", "GRC", "COP"), S13, None),
    E("Riot police fired tear gas", "fired", "ASSAULT", "crowd-control",
      ("Riot police", "GRC", "COP"), None, S13, None),
    E("The riots in cities", "riots", "PROTEST", "riot", None, None, DEC, P("the country", "Greece"),
      cl="rh-gr-wave"),
    E("have been smashed and looted", "smashed", "PROTEST", "vandalize", None,
      ("Hundreds of stores", "GRC", "BUS"), DEC, None),
    E("200 people have been arrested", "arrested", "COERCE", "arrest", None,
      ("more than 200 people", "GRC", "CVL"), DEC, None, cl="rh-gr-arrests"),
    E("gathered peacefully Saturday", "gathered", "PROTEST", "demo",
      ("Hundreds of school children", "GRC", "EDU"), None, S13, P("parliament", "Athens"),
      cl="rh-dec13-vigil"),
    E("where teenager was shot", "shot", "ASSAULT", "firearms", None, ("teenager", "GRC", "CVL"),
      ALEX, None, cl="rh-alexis"),
], source="ecbplus:19_9ecb",
  note="not printed: 'late Saturday', a week after the 6 December 2008 shooting, is 13 "
       "December 2008; dated 14 December as the same wire text in rec_c (19_5ecb)")


# --------------------------------------------------------------------------
# 07 (ECB+ 19_14ecb): fury at the ricochet finding, Wed 10 Dec 2008, the day of
# the general strike; recollection of the 1985 Kaltezas killing.
# --------------------------------------------------------------------------
T = ('Fury at report clearing Greek police over death of schoolboy\n'
     'Greeks have reacted with fury to an official report which concluded a schoolboy whose '
     'death triggered riots across the country was killed by an accidental ricochet.\n'
     'The finding came as a nationwide strike paralysed Greece, with banks, schools and shops '
     'closed, flights in and out of the country halted and even the Parthenon barred to tourists.\n'
     'The fatal shooting of Alexis Grigoropoulos, 15, on Saturday sparked five days of riots '
     'and demonstrations across Greece after witnesses claimed that the police officer deliberately '
     'took aim at the teenager.\n'
     'But the lawyer acting for the officer, who has been charged with murder, said that initial '
     'results from a post-mortem showed that the boy was accidentally hit by a ricochet.\n'
     "Forensic experts said the bullet was ``a bit deformed'', suggesting that it had bounced "
     'off a hard surface before hitting Grigoropoulos in the chest.\n'
     'Lawyer Alexis Kougias said: ``This tragedy is the result ... of an act by the policeman '
     'to fire into the air.\n'
     'The bullet ricocheted, we have an entry wound from above.\n'
     "It proves irrefutably that it was a ricochet.''\n"
     'But the tens of thousands of students who have taken to the streets of a dozen Greek '
     'cities this week have pointed out similarities to the case of another 15-year-old, Michalis '
     'Kaltezas, who was killed by an officer during a demonstration in Athens in 1985.\n'
     'The officer accused of shooting him in the back of the head was initially convicted '
     'of murder but was later found innocent after an appeal.\n'
     'Anthony Livanios, a political analyst and pollster, said: ``People will not buy it and '
     "there's a possibility that it will make things worse.\n"
     'It will be met with cynicism.\n'
     "Even if it's true, which it might be, it will be seen as a cover-up.''\n"
     "Protesters threw two petrol bombs at Athens's main courthouse where the officer and "
     'his partner were questioned by a magistrate.\n'
     "They also attacked a television crew's truck, injuring at least two people.\n"
     "In Athens ' main Constitution Square, where 10,000 gathered for an anti-government demonstration, "
     'riot police guarding parliament fired tear gas at demonstrators who attacked them with '
     'petrol bombs and cobblestones.')
A6 = d("2008-12-06")
W10 = d("2008-12-10")
A("07", "unknown", "2008-12-10", "Fury at report clearing Greek police over death of schoolboy", T, [
    E("triggered riots across", "riots", "PROTEST", "riot", None, None, DEC,
      P("the country", "Greece"), cl="rh-gr-wave"),
    E("was killed by an accidental", "killed", "ASSAULT", "firearms", None,
      ("a schoolboy", "GRC", "CVL"), A6, None, speaker="an official report", mod="reported",
      cl="rh-alexis"),
    E("a nationwide strike paralysed", "strike", "PROTEST", "strike", None, None, W10, "Greece",
      cl="rh-gr-dec10-strike"),
    E("The fatal shooting of Alexis", "shooting", "ASSAULT", "firearms", None,
      ("Alexis Grigoropoulos", "GRC", "CVL"), A6, None, cl="rh-alexis"),
    E("deliberately took aim", "took aim", "ASSAULT", "firearms", ("the police officer", "GRC", "COP"),
      ("the teenager", "GRC", "CVL"), A6, None, speaker="witnesses", mod="reported",
      cl="rh-alexis"),
    E("who has been charged with murder", "charged", "ACCUSE", "allege", None,
      ("who", "GRC", "COP"), None, None, cl="rh-gr-charge"),
    E("accidentally hit by a ricochet", "hit", "ASSAULT", "firearms", None,
      ("the boy", "GRC", "CVL"), A6, None, speaker="the lawyer acting for the officer",
      mod="reported", cl="rh-alexis"),
    E("before hitting Grigoropoulos", "hitting", "ASSAULT", "firearms", None,
      ("Grigoropoulos", "GRC", "CVL"), A6, None, speaker="Forensic experts", mod="reported",
      cl="rh-alexis"),
    E("to fire into the air", "fire", "ASSAULT", "firearms", ("the policeman", "GRC", "COP"), None,
      A6, None, speaker=("Lawyer Alexis Kougias", "Lawyer Alexis Kougias"), mod="reported", cl="rh-alexis"),
    E("have taken to the streets of a dozen", "taken to the streets", "PROTEST", "demo",
      ("the tens of thousands of students", "GRC", "EDU"), None, wk("2008-W50"), None),
    E("who was killed by an officer", "killed", "ASSAULT", None, ("an officer", "GRC", "COP"),
      ("who", "GRC", "CVL"), yr("1985"), "Athens", cl="rh-kaltezas"),
    E("during a demonstration in Athens in 1985", "demonstration", "PROTEST", "demo", None, None,
      yr("1985"), "Athens"),
    E("The officer accused of shooting", "accused", "ACCUSE", "allege", None,
      ("The officer", "GRC", "COP"), None, None),
    E("accused of shooting him", "shooting", "ASSAULT", "firearms", ("The officer", "GRC", "COP"),
      ("him", "GRC", "CVL"), yr("1985"), None, cl="rh-kaltezas"),
    E("initially convicted", "convicted", "SANCTION", "convict", None, ("The officer", "GRC", "COP"),
      None, None),
    E("found innocent", "found innocent", "SANCTION", "convict", None,
      ("The officer", "GRC", "COP"), None, None, mod="negated"),
    E("Protesters threw two petrol bombs", "threw", "ASSAULT", "explosives",
      ("Protesters", "GRC", "CVL"), ("Athens's main courthouse", "GRC", "JUD"), W10, "Athens"),
    E("were questioned by a magistrate", "questioned", "ACCUSE", "investigate",
      ("a magistrate", "GRC", "JUD"), ("the officer and his partner", "GRC", "COP"), None,
      P("Athens", "Athens")),
    E("They also attacked", "attacked", "ASSAULT", None, ("They", "GRC", "CVL"),
      ("a television crew's truck", "GRC", "MED"), W10, None),
    E("10,000 gathered for", "gathered", "PROTEST", "demo", ("10,000", "GRC", "CVL"), None, W10,
      P("Constitution Square", "Athens")),
    E("parliament fired tear gas", "fired", "ASSAULT", "crowd-control",
      ("riot police guarding parliament", "GRC", "COP"), ("demonstrators", "GRC", "CVL"), W10,
      P("Constitution Square", "Athens")),
    E("who attacked them with petrol", "attacked", "ASSAULT", "explosives", ("who", "GRC", "CVL"),
      ("them", "GRC", "COP"), W10, P("Constitution Square", "Athens")),
], source="ecbplus:19_14ecb",
  note="not printed: the shooting 'on Saturday' (6 December 2008) 'sparked five days of "
       "riots', and the finding 'came as a nationwide strike paralysed Greece' (Wednesday 10 "
       "December 2008), the day of the report")

# --------------------------------------------------------------------------
# 08 (ECB+ 19_2ecb, Democracy Now!): day six of the revolt, Thu 11 Dec 2008.
# --------------------------------------------------------------------------
T = ('Day six of the Greek youth revolt\n'
     'Protests, riots and clashes with police have overtaken Greece for the sixth straight '
     'day since the fatal police shooting of a teenage boy in Athens Saturday night.\n'
     "One day after Wednesday's massive general strike over pension reform and privatization "
     'shut down the country, more than a hundred schools and at least fifteen university campuses '
     'remain occupied by student demonstrators.\n'
     'A major rally is expected on Friday.\n'
     'And as solidarity protests spread to neighboring Turkey, as well as Germany, Spain, '
     'Italy, Russia, Denmark and the Netherlands, dozens of arrests have been made across '
     'the continent.\n'
     "On Wednesday, two police officers involved in Saturday's shooting were arrested, and "
     'one was charged with murder.\n'
     "But anger remains high over the officers ' failure to express remorse at the student's "
     'death.\n'
     'The police officers claim the bullet that killed Alexandros Grigoropoulos was fired '
     'in self-defense, and the death was an accident caused by a ricochet.\n'
     'The unrest this week has been described as the worst since the end of the military dictatorship '
     'in 1974 and could cost the already weakened Greek economy an estimated hundreds of millions '
     'of dollars.\n'
     "It's also shaken the country's conservative government that has a narrow one-person "
     'majority in Parliament.\n'
     'The socialist opposition has increased calls for the prime minister to quit and call '
     'new elections, ignoring his appeals for national unity.')
A("08", "Democracy Now!", "2008-12-11", "Day six of the Greek youth revolt", T, [
    E("Greek youth revolt", "revolt", "PROTEST", "riot", None, None, DEC, None, cl="rh-gr-wave"),
    E("Protests, riots", "Protests", "PROTEST", "demo", None, None, DEC, "Greece",
      cl="rh-gr-protests"),
    E("clashes with police have", "clashes", "PROTEST", "riot", None, ("police", "GRC", "COP"), DEC,
      "Greece", cl="rh-gr-wave"),
    E("fatal police shooting", "shooting", "ASSAULT", "firearms", (("police", "fatal police"), "GRC", "COP"),
      ("a teenage boy", "GRC", "CVL"), A6, "Athens", cl="rh-alexis"),
    E("massive general strike", "general strike", "PROTEST", "strike", None, None, W10, None,
      cl="rh-gr-dec10-strike"),
    E("remain occupied by", "occupied", "PROTEST", "obstruct",
      ("student demonstrators", "GRC", "EDU"),
      ("more than a hundred schools and at least fifteen university campuses", "GRC", "EDU"),
      d("2008-12-11"), None),
    E("A major rally is expected", "rally", "PROTEST", "demo", None, None, d("2008-12-12"), None,
      mod="future"),
    E("solidarity protests spread", "protests", "PROTEST", "demo", None, None, wk("2008-W50"),
      None),
    E("dozens of arrests", "arrests", "COERCE", "arrest", None, None, wk("2008-W50"), None),
    E("were arrested, and", "arrested", "COERCE", "arrest", None,
      ("two police officers involved in Saturday's shooting", "GRC", "COP"), W10, None),
    E("in Saturday's shooting were", "shooting", "ASSAULT", "firearms", None, None, A6, None,
      cl="rh-alexis"),
    E("one was charged with murder", "charged", "ACCUSE", "allege", None, ("one", "GRC", "COP"),
      W10, None, cl="rh-gr-charge"),
    E("bullet that killed Alexandros", "killed", "ASSAULT", "firearms", None,
      ("Alexandros Grigoropoulos", "GRC", "CVL"), A6, None, speaker="The police officers",
      mod="reported", cl="rh-alexis"),
    E("has increased calls", "calls", "REQUEST", "change", ("The socialist opposition", "GRC", "OPP"),
      ("the prime minister", "GRC", "GOV"), None, None, mod="demanded", cl="rh-gr-calls-resign"),
    E("ignoring his appeals", "ignoring", "REJECT", None, ("The socialist opposition", "GRC", "OPP"),
      ("his", "GRC", "GOV"), None, None),
    E("his appeals for national unity", "appeals", "REQUEST", None, ("his", "GRC", "GOV"), None,
      None, None, mod="demanded"),
], source="ecbplus:19_2ecb",
  note="not printed: 'the sixth straight day' after the Saturday 6 December 2008 shooting "
       "and 'one day after Wednesday's ... general strike' is Thursday 11 December 2008")

# --------------------------------------------------------------------------
# 09 (ECB+ 19_10ecb, BBC Newsround): fresh rioting, Sun 14 Dec 2008. One
# sentence is repeated in the text; both copies are labelled.
# --------------------------------------------------------------------------
T = ('Fresh wave of rioting hits Greece\n'
     "There's been more rioting in Greece in protest at the death of 15-year-old Alexandros "
     'Grigoropoulos.\n'
     'The teenager was shot and killed by police in Athens eight days ago, triggering violent '
     'protests which have spread across the country.\n'
     'The teenager was shot and killed by police in Athens eight days ago, triggering violent '
     'protests which have spread across the country.\n'
     'The latest trouble began as protestors gathered in the capital city to target the station '
     "where the policeman charged with Alexandros ' murder was based.\n"
     'Earlier, several peaceful services had been held to remember the teenager.\n'
     "Advice if you're upset by the news\n"
     'At least 70 people have been hurt in the protests over the past eight days.\n'
     'As the riots have continued, more and more people have been calling for the Greek Prime '
     'Minister Costas Karamanlis and his government to quit.\n'
     'But Mr Karamanlis says he will not be pushed out by the protestors.')
S14 = d("2008-12-14")
A("09", "BBC Newsround", "2008-12-14", "Fresh wave of rioting hits Greece", T, [
    E("wave of rioting hits", "rioting", "PROTEST", "riot", None, None, S14, None,
      cl="rh-gr-dec14"),
    E("more rioting in Greece", "rioting", "PROTEST", "riot", None, None, S14, "Greece",
      cl="rh-gr-dec14"),
    E("Grigoropoulos.\nThe teenager was shot", "shot", "ASSAULT", "firearms",
      ("police", "GRC", "COP"), ("The teenager", "GRC", "CVL"), d("2008-12-06", True), "Athens",
      cl="rh-alexis"),
    E("Grigoropoulos.\nThe teenager", "protests", "PROTEST", "riot", None, None, DEC,
      P("the country", "Greece"), cl="rh-gr-wave"),
    E("country.\nThe teenager was shot", ("shot", 2), "ASSAULT", "firearms",
      (("police", 2), "GRC", "COP"), (("The teenager", 2), "GRC", "CVL"), d("2008-12-06", True),
      P(("Athens", 2), "Athens"), cl="rh-alexis"),
    E("country.\nThe teenager", ("protests", 2), "PROTEST", "riot", None, None, DEC,
      P(("the country", 2), "Greece"), cl="rh-gr-wave"),
    E("protestors gathered in", "gathered", "PROTEST", "demo", ("protestors", "GRC", "CVL"), None,
      S14, P("the capital city", "Athens"), cl="rh-gr-dec14"),
    E("the policeman charged", "charged", "ACCUSE", "allege", None, ("the policeman", "GRC", "COP"),
      None, None, cl="rh-gr-charge"),
    E("have been calling for", "calling", "REQUEST", "change", ("more and more people", "GRC", "CVL"),
      ("the Greek Prime Minister Costas Karamanlis", "GRC", "GOV"), None, None, mod="demanded",
      cl="rh-gr-calls-resign"),
    E("will not be pushed out", "pushed out", "RETREAT", "resign", (("he", "he will not"), "GRC", "GOV"), None,
      None, None, speaker="Mr Karamanlis", mod="negated"),
], source="ecbplus:19_10ecb",
  note="not printed: 'eight days ago' after the 6 December 2008 shooting is 14 December 2008")


# --------------------------------------------------------------------------
# 10 (ECB+ 19_9ecbplus, PIX11): the East Flatbush vigil turns into a riot, Mon
# 11 March 2013; Kimani Gray shot by NYPD officers on Sat 9 March.
# --------------------------------------------------------------------------
T = ('Brooklyn vigil for slain teen killed by NYPD snowballs into full blown riot\n'
     'A candle light vigil turned violent Monday night in East Flatbush, Brooklyn.\n'
     'Dozens gathered to remember 16 - year - old Kimani Gray.\n'
     'NYPD officers shot and killed the teen late Saturday night.\n'
     'What started as a march, soon turned into a riot.\n'
     'Video posted on Youtube from OccupyBloomberg ’ s Ustream showed angry people screaming '
     'at the NYPD.\n'
     'According to reports from the scene, people vandalized property, looted and threw bottles '
     'at police.\n'
     'The NYPD said one person was arrested for disorderly conduct.\n'
     'Overnight and into early Tuesday morning, police barricaded Snyder Avenue in front of '
     'the 67th precinct in East Flatbush.\n'
     'Police still wearing helmets, guarded the block.\n'
     '“ Tonight, we saw an explosion of anger from the youth in my community.\n'
     'We have talked about this anger for years, but still the resources have not come to '
     'address it, ” said Brooklyn Councilman Jumaane Williams in a press release following '
     'the riot.\n'
     '“ We have talked about the corrosive relationship between our community and the NYPD, '
     'but still the Mayor and the Commissioner have failed to address the root causes of this '
     'tension.\n'
     'Tonight, we saw that tension turn in a destructive manner.\n'
     'I cannot and will not condone the damage caused to property or to person. ”\n'
     'According to police, Kimani Gray had a. 38 caliber Rohm ’ s Industry revolver and he '
     'allegedly pointed it at the plain clothes officers Saturday night when they approached '
     'a group on East 52nd street in East Flatbush.\n'
     'The officers fired their weapons and the teenager was pronounced dead at Kings County '
     'Hospital.\n'
     'The gun was found at the scene, said the NYPD.')
KG = d("2013-03-09")
M11 = d("2013-03-11")
NYPD = ("NYPD", "USA", "COP")
A("10", "PIX11", "2013-03-12",
  "Brooklyn vigil for slain teen killed by NYPD snowballs into full blown riot", T, [
    E("Brooklyn vigil for", "vigil", "PROTEST", "demo", None, None, M11, "Brooklyn",
      cl="rh-bk-vigil"),
    E("teen killed by NYPD", "killed", "ASSAULT", None, NYPD, ("slain teen", "USA", "CVL"), KG,
      None, cl="rh-kimani"),
    E("full blown riot", "riot", "PROTEST", "riot", None, None, M11, None, cl="rh-bk-riot"),
    E("A candle light vigil", "vigil", "PROTEST", "demo", None, None, M11, "East Flatbush",
      cl="rh-bk-vigil"),
    E("Dozens gathered", "gathered", "PROTEST", "demo", ("Dozens", "USA", "CVL"), None, M11, None,
      cl="rh-bk-vigil"),
    E("NYPD officers shot", "shot", "ASSAULT", "firearms", ("NYPD officers", "USA", "COP"),
      ("the teen", "USA", "CVL"), KG, None, cl="rh-kimani"),
    E("started as a march", "march", "PROTEST", "demo", None, None, M11, None, cl="rh-bk-vigil"),
    E("turned into a riot", "riot", "PROTEST", "riot", None, None, M11, None, cl="rh-bk-riot"),
    E("people vandalized property", "vandalized", "PROTEST", "vandalize", ("people", "USA", "CVL"),
      None, M11, None, speaker="reports from the scene", mod="reported"),
    E("property, looted", "looted", "PROTEST", "vandalize", ("people", "USA", "CVL"), None, M11,
      None, speaker="reports from the scene", mod="reported"),
    E("threw bottles at police", "threw", "ASSAULT", "primitive", ("people", "USA", "CVL"),
      ("police", "USA", "COP"), M11, None, speaker="reports from the scene", mod="reported",
      cl="rh-bk-bottles"),
    E("one person was arrested", "arrested", "COERCE", "arrest", None, ("one person", "USA", "CVL"),
      M11, None, speaker="The NYPD", mod="reported"),
    E("police barricaded", "barricaded", "COERCE", "restrict", ("police", "USA", "COP"), None,
      d("2013-03-12"), "East Flatbush"),
    E("have failed to address", "failed", "ACCUSE", "disapprove",
      (("Brooklyn Councilman Jumaane Williams", "said Brooklyn"), "USA", "LEG"),
      ("the Mayor and the Commissioner", "USA", "GOV"), None, None,
      speaker=("Brooklyn Councilman Jumaane Williams", "said Brooklyn"),
      relays=[("a press release", "said Brooklyn")], mod="reported"),
    E("allegedly pointed it", "pointed", "THREATEN", "violence", (("he", "he allegedly"), "USA", "CVL"),
      ("the plain clothes officers", "USA", "COP"), KG, "East Flatbush", speaker=("police", "According to police"),
      mod="threatened"),
    E("officers fired their weapons", "fired", "ASSAULT", "firearms", ("The officers", "USA", "COP"),
      None, KG, None, cl="rh-kimani"),
], source="ecbplus:19_9ecbplus",
  note="from the URL (2013/03/12): the vigil 'Monday night' is 11 March 2013 and the "
       "shooting 'late Saturday night' 9 March 2013")

# --------------------------------------------------------------------------
# 11 (ECB+ 19_11ecbplus, Before It's News): the same night told from social
# media and RussiaToday, Mon 11 March 2013.
# --------------------------------------------------------------------------
T = ('Large Riot Breaks Out In Brooklyn During Vigil For Teen Shot 11 Times By Police\n'
     'Monday, March 11, 2013 23: 51\n'
     'Police intervened when more than a hundred people joined in a candlelit vigil in the '
     'East Flatbush neighborhood in Brooklyn, New York, where 16 - year - old Kimani Gray '
     'was shot 11 times by police on Saturday, according to RussiaToday\n'
     'Brooklynites on Twitter reported that police followed the march and searched apartment '
     'buildings in the neighborhood without warrants, looking for children who had been seen '
     'throwing bottles at police from neighborhood rooftops.\n'
     'March participants chanted “ NYPD KKK how many kids will you kill today, ” people report '
     'from the scene.\n'
     '“ I ’ m in the middle of the riot action at Church and Snyder in my district.\n'
     'Right now, things are tense, ” New York City Councilman Jumaane D. Williams, who represents '
     'the area, said on Twitter.\n'
     'Sixteen - year - old Kimani Gray was shot and killed on Saturday night after, police '
     'say, pointing a gun at approaching cops.\n'
     'According to the officers involved in the shooting, the teenager adjusted his belt “ '
     'suspiciously, ” and after they exited their vehicle to investigate, he pointed a. 357 '
     'caliber revolver at them.\n'
     'Both officers fired at the suspect, hitting Gray eleven times in his torso and legs.\n'
     'Witnesses say Gray, who was running for his life when he was shot, did not have a gun.\n'
     '“ Stay down, or we ’ ll shoot you again, ” police said once Gray had been hit, according '
     'to The New York Times.\n'
     'After the shooting Gray was rushed to a hospital but was declared dead on arrival.')
WMS = ("New York City Councilman Jumaane D. Williams", "New York City Councilman")
A("11", "Before It's News", "2013-03-11",
  "Large Riot Breaks Out In Brooklyn During Vigil For Teen Shot 11 Times By Police", T, [
    E("Large Riot", "Riot", "PROTEST", "riot", None, None, M11, "Brooklyn", cl="rh-bk-riot"),
    E("During Vigil", "Vigil", "PROTEST", "demo", None, None, M11, None, cl="rh-bk-vigil"),
    E("Teen Shot", "Shot", "ASSAULT", "firearms", (("Police", "By Police"), "USA", "COP"), ("Teen", "USA", "CVL"),
      KG, None, cl="rh-kimani"),
    E("Police intervened", "intervened", "COERCE", None, ("Police", "USA", "COP"), None, M11,
      "East Flatbush", speaker="RussiaToday", mod="reported"),
    E("joined in a candlelit vigil", "vigil", "PROTEST", "demo",
      ("more than a hundred people", "USA", "CVL"), None, M11, "East Flatbush",
      speaker="RussiaToday", mod="reported", cl="rh-bk-vigil"),
    E("was shot 11 times by police", "shot", "ASSAULT", "firearms", (("police", "by police on"), "USA", "COP"),
      ("16 - year - old Kimani Gray", "USA", "CVL"), KG, "East Flatbush", speaker="RussiaToday",
      mod="reported", cl="rh-kimani"),
    E("followed the march", "march", "PROTEST", "demo", None, None, M11, None,
      speaker="Brooklynites", relays=["Twitter"], mod="reported", cl="rh-bk-vigil"),
    E("searched apartment buildings", "searched", "COERCE", None, ("police", "USA", "COP"),
      ("apartment buildings", "USA", "CVL"), M11, None, speaker="Brooklynites",
      relays=["Twitter"], mod="reported"),
    E("throwing bottles at police", "throwing", "ASSAULT", "primitive", ("children", "USA", "CVL"),
      (("police", "bottles at police"), "USA", "COP"), M11, None, speaker="Brooklynites", relays=["Twitter"],
      mod="reported", cl="rh-bk-bottles"),
    E("middle of the riot action", "riot", "PROTEST", "riot", None, None, M11,
      P("Church and Snyder", "East Flatbush"), speaker=WMS, relays=[("Twitter", "said on Twitter")],
      mod="reported", cl="rh-bk-riot"),
    E("Gray was shot and killed", "shot", "ASSAULT", "firearms", None,
      ("Sixteen - year - old Kimani Gray", "USA", "CVL"), KG, None, cl="rh-kimani"),
    E("pointing a gun", "pointing", "THREATEN", "violence",
      ("Sixteen - year - old Kimani Gray", "USA", "CVL"), ("approaching cops", "USA", "COP"), KG,
      None, speaker="police", mod="threatened", cl="rh-bk-point"),
    E("involved in the shooting", "shooting", "ASSAULT", "firearms", None, None, KG, None,
      cl="rh-kimani"),
    E("he pointed a", "pointed", "THREATEN", "violence", (("he", "he pointed"), "USA", "CVL"), (("them", "at them"), "USA", "COP"),
      KG, None, speaker="the officers involved in the shooting", mod="threatened",
      cl="rh-bk-point"),
    E("Both officers fired", "fired", "ASSAULT", "firearms", ("Both officers", "USA", "COP"),
      ("the suspect", "USA", "CVL"), KG, None, cl="rh-kimani"),
    E("when he was shot", "shot", "ASSAULT", "firearms", None, (("he", "he was shot"), "USA", "CVL"), KG, None,
      speaker="Witnesses", mod="reported", cl="rh-kimani"),
    E("we ’ ll shoot you", "shoot", "THREATEN", "violence", (("we", "we ’ ll"), "USA", "COP"), (("you", "shoot you"), "USA", "CVL"),
      KG, None, speaker=("police", "police said once"),
      relays=["The New York Times"], mod="threatened"),
    E("After the shooting Gray", "shooting", "ASSAULT", "firearms", None, None, KG, None,
      cl="rh-kimani"),
], source="ecbplus:19_11ecbplus")


# --------------------------------------------------------------------------
# 12 (ECB+ 12_12ecb): INS Mysore repulses pirates attacking MV Gibe in the
# Gulf of Aden, Sat 13 Dec 2008, with the Navy's earlier operations recalled.
# --------------------------------------------------------------------------
T = ('In another successful anti-piracy operation, Navy warship on Saturday repulsed an attack '
     'on a merchant vessel in the Gulf of Aden and nabbed 23 Somali and Yemeni sea brigands, '
     'in a show of resolve to weed out the menace that affected maritime trade in the region.\n'
     'The pirates on two speed boats had surrounded the merchant vessel flying the Ethiopian '
     'flag around noon, when INS Mysore warship intervened and warded off the attack, Navy '
     'spokesperson said.\n'
     'The pirates had fired at the merchant vessel with their small arms, when it sent out '
     'a rescue call and the Indian warship, which was sailing nearby moved its Marine Commandos '
     'on a helicopter to help the distressed cargo vessel, he said.\n'
     'The attack took place about 150 nautical miles off Aden and INS Mysore was about 13 '
     'nautical miles away from the merchant vessel when it picked up the SOS call.\n'
     'The Navy flew its Marine Commandos on helicopters to the scene of the pirate attack '
     'and rescued the ship. MV Gibe was later escorted to safety, he added.\n'
     "The Naval commandos also boarded the pirates ' boats and seized seven AK-47 assault "
     'rifles, two other rifles, a grenade launcher and 13 fully loaded magazines of ammunition '
     'from the 12 Somali and 11 Yemeni pirates on board the two pirate boats.\n'
     'Further search for other pirates, who fled from the spot following the Indian Naval '
     'intervention, was in progress, the spokesperson said.\n'
     'Last month, Navy warship INS Tabar, a missile-frigate, had sunk a mother ship of the '
     'pirates and had also rescued two merchant vessels that were under attack from the sea '
     'brigands.\n'
     'After the successful counter attack on the pirates, INS Mysore later escorted MV Gibe '
     'to safety, the Navy spokesperson said.\n'
     'It also launched further search for some of the pirates who escaped after the launch '
     'of the marine commando operation.\n'
     'Indian Navy has also sought assistance from warships of other countries deployed on '
     'anti-piracy patrols in the Gulf of Aden to catch the runaway brigands, he said.\n'
     'New Delhi had taken a serious view of piracy-related incidents in the Gulf of Aden, '
     'the primary sea lane for global maritime trade to and fro oil-rich West Asia, following '
     'the abduction of MV Stolt Valor, which had 18 Indian sailors on board, by Somali pirates '
     'from the region on September 15, 2008.\n'
     "On October 23, India gave a go-ahead to the Navy's request for a pro-active approach "
     'to counter the outlaws operating with audacity in the region along the Horn of Africa.\n'
     'The Navy rushed its stealth frigate INS Tabar, which was already deployed nearby to '
     'Gulf of Aden on November 2 and since then it rescued an Indian vessel MV Jag Arnav and '
     "a Saudi cargo ship on November 11 and also sunk a pirate `mother ship ' on November "
     '19.\n'
     "The 'first kill ', as Navy Chief Admiral Sureesh Mehta had later described the sinking, "
     "turned out to be a Thai fishing trawler under the pirates ' control carrying a lot of "
     'ammunition and it went up in flames after INS Tabar fired at it in retaliation.')
G13 = d("2008-12-13")
PIR = ("The pirates", None, "UAF")
SPOX = ("Navy spokesperson", "warded off the attack")
A("12", "unknown", "2008-12-13",
  "In another successful anti-piracy operation, Navy warship on Saturday repulsed an attack "
  "on a merchant vessel in the Gulf of Aden and nabbed 23 Somali and Yemeni sea brigands, in "
  "a show of resolve to weed out the menace that affected maritime trade in the region.", T, [
    E("Navy warship on Saturday repulsed", "repulsed", "COERCE", None, ("Navy warship", "IND", "MIL"),
      None, G13, "Gulf of Aden", cl="rh-gibe-repulse"),
    E("repulsed an attack on", "attack", "ASSAULT", None, None, ("a merchant vessel", "ETH", "BUS"),
      G13, "Gulf of Aden", cl="rh-gibe-attack"),
    E("and nabbed 23", "nabbed", "COERCE", "arrest", ("Navy warship", "IND", "MIL"),
      ("23 Somali and Yemeni sea brigands", None, "UAF"), G13, "Gulf of Aden",
      cl="rh-gibe-arrest"),
    E("had surrounded the merchant", "surrounded", "ASSAULT", None,
      ("The pirates on two speed boats", None, "UAF"),
      ("the merchant vessel flying the Ethiopian flag", "ETH", "BUS"), G13, None, speaker=SPOX,
      mod="reported", cl="rh-gibe-attack"),
    E("intervened and warded off", "warded off", "COERCE", None,
      ("INS Mysore warship", "IND", "MIL"), None, G13, None, speaker=SPOX, mod="reported",
      cl="rh-gibe-repulse"),
    E("pirates had fired at", "fired", "ASSAULT", "firearms", PIR,
      ("the merchant vessel", "ETH", "BUS"), G13, None, speaker=("he", "distressed cargo vessel, he"),
      mod="reported", cl="rh-gibe-attack"),
    E("to help the distressed", "help", "AID", None, ("the Indian warship", "IND", "MIL"),
      ("the distressed cargo vessel", "ETH", "BUS"), G13, None,
      speaker=("he", "distressed cargo vessel, he"), mod="reported", cl="rh-gibe-rescue"),
    E("The attack took place", "attack", "ASSAULT", None, None, None, G13, "Aden",
      cl="rh-gibe-attack"),
    E("scene of the pirate attack", "attack", "ASSAULT", None, None, None, G13, None,
      cl="rh-gibe-attack"),
    E("and rescued the ship", "rescued", "AID", None, ("The Navy", "IND", "MIL"),
      ("the ship", "ETH", "BUS"), G13, None, cl="rh-gibe-rescue"),
    E("MV Gibe was later escorted", "escorted", "AID", None, None, ("MV Gibe", "ETH", "BUS"), G13,
      None, speaker=("he", "he added"), mod="reported", cl="rh-gibe-escort"),
    E("seized seven AK-47", "seized", "COERCE", "seize", ("The Naval commandos", "IND", "MIL"),
      ("the 12 Somali and 11 Yemeni pirates", None, "UAF"), G13, None, cl="rh-gibe-arrest"),
    E("Further search for other", "search", "MOBILIZE", "troops", None, None, G13, None,
      speaker=("the spokesperson", "was in progress, the spokesperson"), mod="reported",
      cl="rh-gibe-search"),
    E("following the Indian Naval intervention", "intervention", "COERCE", None, None, None, G13,
      None, speaker=("the spokesperson", "was in progress, the spokesperson"), mod="reported",
      cl="rh-gibe-repulse"),
    E("had sunk a mother ship", "sunk", "ASSAULT", None, ("Navy warship INS Tabar", "IND", "MIL"),
      ("a mother ship of the pirates", None, "UAF"), d("2008-11-19", True), None,
      cl="rh-tabar-sink"),
    E("had also rescued two", "rescued", "AID", None, ("Navy warship INS Tabar", "IND", "MIL"),
      ("two merchant vessels", None, "BUS"), d("2008-11-11", True), None, cl="rh-tabar-rescue"),
    E("under attack from the sea", "attack", "ASSAULT", None, ("the sea brigands", None, "UAF"),
      ("two merchant vessels", None, "BUS"), d("2008-11-11", True), None),
    E("successful counter attack", "counter attack", "ASSAULT", None, None,
      ("the pirates", None, "UAF"), G13, None, speaker="the Navy spokesperson", mod="reported",
      cl="rh-gibe-repulse"),
    E("INS Mysore later escorted", "escorted", "AID", None, ("INS Mysore", "IND", "MIL"),
      ("MV Gibe", "ETH", "BUS"), G13, None, speaker="the Navy spokesperson", mod="reported",
      cl="rh-gibe-escort"),
    E("It also launched further search", "search", "MOBILIZE", "troops", ("It", "IND", "MIL"), None,
      G13, None, cl="rh-gibe-search"),
    E("has also sought assistance", "sought", "REQUEST", "assist", ("Indian Navy", "IND", "MIL"),
      ("warships of other countries", None, "MIL"), G13, None, speaker=("he", "brigands, he said"),
      mod="demanded"),
    E("the abduction of MV Stolt", "abduction", "ASSAULT", "abduct", ("Somali pirates", "SOM", "UAF"),
      ("MV Stolt Valor", None, "BUS"), d("2008-09-15", True), None),
    E("gave a go-ahead", "go-ahead", "MOBILIZE", "troops", ("India", "IND", "GOV"), None,
      d("2008-10-23", True), None),
    E("The Navy rushed", "rushed", "MOBILIZE", "troops", ("The Navy", "IND", "MIL"), None,
      d("2008-11-02", True), None),
    E("since then it rescued", "rescued", "AID", None, (("it", "since then it"), "IND", "MIL"),
      ("an Indian vessel MV Jag Arnav and a Saudi cargo ship", None, "BUS"), d("2008-11-11", True),
      None, cl="rh-tabar-rescue"),
    E("also sunk a pirate", "sunk", "ASSAULT", None, (("it", "since then it"), "IND", "MIL"),
      ("a pirate `mother ship '", None, "UAF"), d("2008-11-19", True), None, cl="rh-tabar-sink"),
    E("after INS Tabar fired", "fired", "ASSAULT", None, ("INS Tabar", "IND", "MIL"),
      (("it", "fired at it"), "THA", "BUS"), d("2008-11-19", True), None, cl="rh-tabar-sink"),
], source="ecbplus:12_12ecb",
  note="not printed: the INS Mysore action 'on Saturday' after the INS Tabar sinking of 19 "
       "November 2008 is Saturday 13 December 2008, the day of the report")


# --------------------------------------------------------------------------
# 13 (ECB+ 3_1ecbplus, Huffington Post): an inmate takes two guards hostage
# during a transfer near Baytown, Mon 30 Nov 2009 (escape itself unlabelled).
# --------------------------------------------------------------------------
T = ('Arcade Joseph Comeaux Jr, Prison Inmate, Pulls Gun On And Handcuffs Guards, Runs Away\n'
     '11 / 30 / 09 05: 40 PM ET\n'
     'A convicted sex offender sentenced to life in prison pulled a gun on two guards during '
     'a prison transfer Monday and held them hostage temporarily before fleeing on foot in '
     "one of the guard's uniforms, authorities said.\n"
     'At the time of the escape, the inmate was in a wheelchair, which he claimed he needed '
     'to help move him around, officials said.\n'
     "Comeaux, 49, took the officers' weapons and handcuffed them together in the back of "
     'the vehicle before fleeing on foot at around 9 a. m., Lyons said.\n'
     'He was serving a life sentence after being convicted in June 1998 of aggravated sexual '
     'assault out of Brazos County, located northwest of Houston.\n'
     'Comeaux was given two extra life sentences after being convicted for stabbing his wife '
     'and another person in 1999 while she visited him in prison.\n'
     'She survived the attack.\n'
     'Comeaux also injured a man who was visiting another inmate at the time and tried to '
     'stop the attack.\n'
     'The escape triggered a lockdown at Lee College and three campuses in the Goose Creek '
     'school district, in and around Baytown.')
N30 = d("2009-11-30")
COM = ("Comeaux", "USA", None)
A("13", "Huffington Post", "2009-11-30",
  "Arcade Joseph Comeaux Jr, Prison Inmate, Pulls Gun On And Handcuffs Guards, Runs Away", T, [
    E("Pulls Gun On", "Pulls Gun On", "THREATEN", "violence",
      ("Arcade Joseph Comeaux Jr", "USA", None), ("Guards", "USA", "COP"), N30, None,
      mod="threatened", cl="rh-com-gun"),
    E("And Handcuffs Guards", "Handcuffs", "ASSAULT", "abduct",
      ("Arcade Joseph Comeaux Jr", "USA", None), ("Guards", "USA", "COP"), N30, None,
      cl="rh-com-hostage"),
    E("sex offender sentenced", "sentenced", "SANCTION", "convict", None,
      ("A convicted sex offender", "USA", None), mo("1998-06", True), None, cl="rh-com-1998"),
    E("pulled a gun on two guards", "pulled a gun on", "THREATEN", "violence",
      ("A convicted sex offender sentenced to life in prison", "USA", None),
      ("two guards", "USA", "COP"), N30, None, speaker="authorities", mod="threatened",
      cl="rh-com-gun"),
    E("held them hostage", "held them hostage", "ASSAULT", "abduct",
      ("A convicted sex offender sentenced to life in prison", "USA", None),
      ("two guards", "USA", "COP"), N30, None, speaker="authorities", mod="reported",
      cl="rh-com-hostage"),
    E("took the officers' weapons", "took", "COERCE", "seize", COM, ("the officers", "USA", "COP"),
      N30, None, speaker="Lyons", mod="reported"),
    E("and handcuffed them", "handcuffed", "ASSAULT", "abduct", COM, (("them", "handcuffed them"), "USA", "COP"),
      N30, None, speaker="Lyons", mod="reported", cl="rh-com-hostage"),
    E("after being convicted in June 1998", "convicted", "SANCTION", "convict", None,
      ("He", "USA", None), mo("1998-06", True), None, cl="rh-com-1998"),
    E("was given two extra life", "given", "SANCTION", "convict", None, COM, None, None),
    E("after being convicted for stabbing", "convicted", "SANCTION", "convict", None, COM, None,
      None),
    E("for stabbing his wife", "stabbing", "ASSAULT", "primitive", COM,
      ("his wife and another person", "USA", "CVL"), yr("1999"), None, cl="rh-com-1999"),
    E("Comeaux also injured", "injured", "ASSAULT", None, COM, ("a man", "USA", "CVL"),
      yr("1999"), None),
    E("triggered a lockdown", "lockdown", "COERCE", "restrict", None, None, N30, "Baytown"),
], source="ecbplus:3_1ecbplus")

# --------------------------------------------------------------------------
# 14 (ECB+ 16_6ecbplus, Los Angeles Times): a Norwalk jury orders execution
# for the killer of deputy Jerry Ortiz, Tue 3 April 2007.
# --------------------------------------------------------------------------
T = ("Deputy's killer gets death sentence\n"
     'The gang member shot Jerry Ortiz outside a Hawaiian Gardens building in 2005.\n'
     'April 04, 2007\n'
     'A Norwalk jury on Tuesday ordered execution for a gang member convicted of murdering '
     "a Los Angeles County Sheriff's deputy in June 2005.\n"
     'Deputy Luis Gerardo "Jerry" Ortiz, 35, was shot outside a Hawaiian Gardens apartment '
     'building while investigating Jose Luis Orozco in connection with another shooting.\n'
     'Orozco, 29, was found guilty by the same jury last month of first - degree murder with '
     'the special circumstances of murder of a police officer and possession of a firearm '
     'by a felon.\n'
     '"This is the kind of person and the kind of crime that the death penalty was made for, '
     '" said Dist. Atty. Steve Cooley.\n'
     "Sheriff's Deputy Timothy Brennan, who had been Ortiz's partner for a year, called the "
     'verdict bittersweet.\n'
     'He explained, "You feel good, but it\'s never going to bring Jerry back to his family '
     'and friends. "\n'
     'Orozco is to be formally sentenced May 3 by Judge Philip H. Hickock.\n'
     'Stanley Perlo, one of Orozco\'s lawyers, said his client grew up "in a gang - infested '
     'area.\n'
     'For all intents and purposes, the gang became his family. "\n'
     'Perlo said Orozco was consumed by gang life in much the same way one is addicted to '
     'drugs, affecting his judgment.\n'
     'A 15 - year department veteran, Ortiz had hoped to become a detective.\n'
     'He had married two weeks before the shooting, and had won a department medal of honor '
     'for fatally shooting a suspected carjacker who had pulled a gun on him and his partner.\n'
     'The jury reached its verdict in less than a day.\n'
     'Jurors on Monday asked to review a video recording of Orozco boasting about the shooting '
     "to other jail inmates two weeks after Ortiz's death.\n"
     'The recording, which was presented during the trial, showed Orozco talking about his '
     'appearance on the "America\'s Most Wanted" television show.')
ORT = mo("2005-06", True)
ORO = ("Orozco", "USA", "UAF")
A("14", "Los Angeles Times", "2007-04-04", "Deputy's killer gets death sentence", T, [
    E("gets death sentence", "death sentence", "SANCTION", "convict", None,
      ("Deputy's killer", "USA", "UAF"), d("2007-04-03"), None, cl="rh-oro-death"),
    E("The gang member shot", "shot", "ASSAULT", "firearms", ("The gang member", "USA", "UAF"),
      ("Jerry Ortiz", "USA", "COP"), ORT, P("a Hawaiian Gardens building", "Hawaiian Gardens"),
      cl="rh-ortiz"),
    E("ordered execution", "ordered execution", "SANCTION", "convict",
      ("A Norwalk jury", "USA", "JUD"),
      ("a gang member convicted of murdering a Los Angeles County Sheriff's deputy", "USA", "UAF"),
      d("2007-04-03"), "Norwalk", cl="rh-oro-death"),
    E("gang member convicted of", "convicted", "SANCTION", "convict", None,
      (("a gang member", "ordered execution for"), "USA", "UAF"), mo("2007-03", True), None, cl="rh-oro-guilty"),
    E("convicted of murdering", "murdering", "ASSAULT", None, (("a gang member", "ordered execution for"), "USA", "UAF"),
      ("a Los Angeles County Sheriff's deputy", "USA", "COP"), ORT, None, cl="rh-ortiz"),
    E("was shot outside", "shot", "ASSAULT", "firearms", None,
      ('Deputy Luis Gerardo "Jerry" Ortiz', "USA", "COP"), ORT,
      P("a Hawaiian Gardens apartment building", "Hawaiian Gardens"), cl="rh-ortiz"),
    E("while investigating Jose", "investigating", "ACCUSE", "investigate",
      ('Deputy Luis Gerardo "Jerry" Ortiz', "USA", "COP"), ("Jose Luis Orozco", "USA", "UAF"), ORT,
      P("a Hawaiian Gardens apartment building", "Hawaiian Gardens")),
    E("with another shooting", "shooting", "ASSAULT", "firearms", None, None, None, None),
    E("was found guilty by", "found guilty", "SANCTION", "convict", ("the same jury", "USA", "JUD"),
      (("Orozco", "Orozco, 29"), "USA", "UAF"), mo("2007-03", True), None, cl="rh-oro-guilty"),
    E("to be formally sentenced", "sentenced", "SANCTION", "convict",
      ("Judge Philip H. Hickock", "USA", "JUD"), (("Orozco", "Orozco is to be"), "USA", "UAF"), d("2007-05-03"),
      None, mod="future"),
    E("two weeks before the shooting", "shooting", "ASSAULT", "firearms", None, None, ORT, None,
      cl="rh-ortiz"),
    E("for fatally shooting", "shooting", "ASSAULT", "firearms", (("He", "He had married"), "USA", "COP"),
      ("a suspected carjacker", "USA", "CVL"), None, None),
    E("had pulled a gun on him", "pulled a gun on", "THREATEN", "violence",
      (("who", "carjacker who"), "USA", "CVL"), ("him and his partner", "USA", "COP"), None, None,
      mod="threatened"),
    E("boasting about the shooting", "shooting", "ASSAULT", "firearms", None, None, ORT, None,
      cl="rh-ortiz"),
], source="ecbplus:16_6ecbplus")


# --------------------------------------------------------------------------
# 15 (GeoVirus, Wikinews): cattle rustlers kill eleven near Isiolo (Kenya).
# --------------------------------------------------------------------------
T = ("Kenya's livestock minister, Mohammed Kuti, said today that cattle rustlers have killed "
     'eleven people near the central town of Isiolo. Kuti, who is also the member of parliament '
     'for Isiolo, said the rustlers raided in a village in the area early in the day. "The '
     'eleven people were killed when rustlers stormed a village in Kisima area early this '
     'morning," he commented. The state-owned Kenya Broadcasting Corporation puts the number '
     'of attackers at 300, and stated that they stole an unknown number of livestock. Cattle '
     'rustling is common in Kenya, and the extended drought has heightened competition for '
     'scarce sources of food. In mid-September, 30 people were killed in a shootout as rustlers '
     'from the Pokot tribe attacked the Samburu tribe and made off with hundreds of cattle.')
K0 = d("2006-10-20")
KUTI = ("Kenya's livestock minister, Mohammed Kuti", "KEN", "GOV")
A("15", "Wikinews", "2006-10-20",
  "Kenya's livestock minister, Mohammed Kuti, said today that cattle rustlers have killed "
  "eleven people near the central town of Isiolo.", T, [
    E("rustlers have killed", "killed", "ASSAULT", None, ("cattle rustlers", "KEN", "UAF"),
      ("eleven people", "KEN", "CVL"), K0, "Isiolo",
      speaker="Kenya's livestock minister, Mohammed Kuti", mod="reported", cl="rh-isiolo"),
    E("rustlers raided", "raided", "ASSAULT", None, ("the rustlers", "KEN", "UAF"),
      ("a village", "KEN", "CVL"), K0, None, speaker=("Kuti", "Kuti, who"), mod="reported",
      cl="rh-isiolo"),
    E("eleven people were killed when", "killed", "ASSAULT", None, (("rustlers", "when rustlers"), "KEN", "UAF"),
      ("The eleven people", "KEN", "CVL"), K0, P("Kisima area", "Isiolo"),
      speaker=("he", "he commented"), mod="reported", cl="rh-isiolo"),
    E("Pokot tribe attacked", "attacked", "ASSAULT", "firearms",
      ("rustlers from the Pokot tribe", "KEN", "UAF"), ("the Samburu tribe", "KEN", "CVL"),
      mo("2006-09", True), None),
], source="geovirus:geovirus-124",
  note="not printed: Kuti was Kenya's livestock minister from December 2005, and the text "
       "recalls a mid-September raid during 'the extended drought'; dated to late 2006 "
       "(approximate: the day is not known, and only 'today' depends on it)")

# --------------------------------------------------------------------------
# 16 (GeoVirus, Wikinews): police break up a typhoid protest in Delmas.
# --------------------------------------------------------------------------
T = ('In the wake of an outbreak of typhoid-related illnesses in Delmas, north-east South '
     'Africa, a protest that forced local council members to lock themselves indoors has been '
     'broken up by police. Rubber bullets were used in an effort to disperse the crowd which '
     "was calling for the town's council to resign over the failure to provide adequate and "
     'safe services. Authorities report that 4 people are have died from typhoid and over '
     '526 have been stricken since August 22. However, a report by the Treatment Action Campaign '
     '(Tac) states that 49 have died. A local undertaker was quoted as saying that burials '
     'have increased since the outbreak and that he buried 14 people on the weekend of 17 '
     'September alone. An outbreak of the current magnitude suggests waterborne spread, although '
     'health authorities deny finding Salmonella typhi (the causative agent of typhoid fever) '
     "in the town's drinking water. Sanitation services in Delmas, only 70 km from Johannesburg, "
     'are primitive. In many areas human waste is transported in open buckets and it is believed '
     'this may have contaminated the water supply.')
A("16", "Wikinews", "2005-09-21",
  "In the wake of an outbreak of typhoid-related illnesses in Delmas, north-east South "
  "Africa, a protest that forced local council members to lock themselves indoors has been "
  "broken up by police.", T, [
    E("a protest that forced", "protest", "PROTEST", "demo", None, None, None, "Delmas",
      cl="rh-delmas-protest"),
    E("has been broken up", "broken up", "ASSAULT", "crowd-control", ("police", "ZAF", "COP"), None,
      None, None, cl="rh-delmas-disperse"),
    E("Rubber bullets were used", "used", "ASSAULT", "crowd-control", None,
      ("the crowd", "ZAF", "CVL"), None, None, cl="rh-delmas-disperse"),
    E("was calling for", "calling", "REQUEST", "change", ("which", "ZAF", "CVL"),
      ("the town's council", "ZAF", "GOV"), None, None, mod="demanded"),
], source="geovirus:geovirus-141",
  note="not printed: the Delmas typhoid outbreak of 2005 (cases 'since August 22', burials "
       "'on the weekend of 17 September'); dated to the following week")

# --------------------------------------------------------------------------
# 17 (GeoVirus, Wikinews): Turkish government accused over bird flu, Jan 2006.
# --------------------------------------------------------------------------
T = ('The Turkish government has come under fire from officials in Dogubayazit, where three '
     'siblings died from the H5N1 strain of Bird Flu, for not sending enough resources and '
     'not responding quickly enough in the region. The mayor of Dogubayazit, Mukkades Kubilay, '
     'claims that the Turkish government sent only three doctors and that there were not enough '
     'workers to destroy poultry. The government has been accused of doing too little, too '
     'late. H5N1 was discovered in Turkish poultry in December, 2005. Agriculture Minister '
     'Mehdi Eker dismissed the claim, saying that culling of infected poultry began immediately '
     'following the discovery of H5N1 on December 15, 2005. Questions about whether the government '
     'acted aggressively enough early in the outbreak emerged as officials tried to contain '
     "the disease, which Eker said had been confirmed in 11 of Turkey's 81 provinces and was "
     'suspected in 14 others. The number of confirmed human cases of H5N1 in Turkey is 18. '
     'Three of those have died from the virus.')
A("17", "Wikinews", "2006-01-10",
  "The Turkish government has come under fire from officials in Dogubayazit, where three "
  "siblings died from the H5N1 strain of Bird Flu, for not sending enough resources and not "
  "responding quickly enough in the region.", T, [
    E("has come under fire", "under fire", "ACCUSE", "disapprove",
      ("officials in Dogubayazit", "TUR", "GOV"), ("The Turkish government", "TUR", "GOV"), None,
      None, cl="rh-tur-accuse"),
    E("has been accused of doing", "accused", "ACCUSE", "disapprove", None,
      ("The government", "TUR", "GOV"), None, None, cl="rh-tur-accuse"),
    E("Eker dismissed the claim", "dismissed", "REJECT", None,
      ("Agriculture Minister Mehdi Eker", "TUR", "GOV"), None, None, None),
], source="geovirus:geovirus-035",
  note="not printed: the deaths of three siblings in Dogubayazit from H5N1 were in early "
       "January 2006; dated to that week")


# --------------------------------------------------------------------------
# 18 (GeoVirus, Wikinews): a hoax letter on foot-and-mouth on Waiheke Island.
# --------------------------------------------------------------------------
T = ('The New Zealand government has been forced to act because of a letter sent to Prime '
     'Minister Helen Clark which claimed that the disease Foot and Mouth is being intentionally '
     'spread on Waiheke Island. The letter, which is assumed to be a hoax, could have a major '
     "impact on New Zealand's meat industry. Agriculture Minister Jim Sutton went so far as "
     'to say that the suspension of meat exports by some countries was a real possibility. '
     'The incubation period of foot and mouth disease is such that if animals have been infected, '
     'signs should be evident within ten days. In the meantime, Ministry of Agriculture and '
     'Forestry experts and veterinarians, many with experience gained in the recent United '
     "Kingdom outbreak, are conducting intensive monitoring of the island's susceptible animals. "
     'All sheep and cattle are being individually inspected every 48 hours. Meanwhile, restrictions '
     'on the movement of livestock are in place, so that in the very unlikely event that there '
     'has been a release of the disease, the effects will be contained. Police efforts are '
     'underway to track the origin of the letter that initiated the scare.')
A("18", "Wikinews", "2005-05-12",
  "The New Zealand government has been forced to act because of a letter sent to Prime "
  "Minister Helen Clark which claimed that the disease Foot and Mouth is being intentionally "
  "spread on Waiheke Island.", T, [
    E("is being intentionally spread", "spread", "ASSAULT", "unconventional", None, None, None,
      "Waiheke Island", speaker="a letter", mod="reported"),
    E("the suspension of meat exports", "suspension", "SANCTION", "discontinue",
      ("some countries", None, "GOV"), None, None, None,
      speaker="Agriculture Minister Jim Sutton", mod="hypothetical"),
    E("underway to track", "track", "ACCUSE", "investigate", ("Police", "NZL", "COP"),
      None, None, None),
], source="geovirus:geovirus-173",
  note="not printed: the Waiheke Island foot-and-mouth hoax letter of May 2005; dated to "
       "the week it was reported")

# --------------------------------------------------------------------------
# 19 (GeoVirus, Wikinews): Schapelle Corby's trial in Indonesia, April 2005.
# --------------------------------------------------------------------------
T = ('A 27-year-old former beauty student from the Gold Coast of Australia faces the death '
     'penalty. She was allegedly caught at Bali airport importing marijuana from Australia '
     'in October. Appearing before an Indonesian judge after authorities found 4.1kg of high-grade '
     'cannabis in her unlocked boarding bag, she could be sentenced to death by firing squad, '
     'the maximum penalty for the crime. With that possibility looming for Ms. Corby, her '
     'father journeyed to her side, and an anonymous email petition was distributed around '
     'Australia and overseas, calling on the Australian government to ensure that, innocent '
     'or guilty, Ms. Corby is returned to Australia to escape execution. An Australian witness '
     'who volunteered information which he says will endanger his own life, has testified '
     'that Schapelle Corby was unwittingly caught up in a domestic Australian drug-running '
     'operation gone wrong. The man alleged that Australian airport workers had placed the '
     'contraband in her luggage after it had been checked-in, with the drugs to have been '
     'removed before the luggage left Australia. Ms. Corby, who says she is innocent of the '
     'charges, staggered and paused to vomit while being led through a throng of journalists '
     'watching her trial in Jakarta, Indonesia, earlier today. "I\'m really sick," Ms. Corby '
     "told Densbar's head judge Linton Sirait, who told her to take better care of herself "
     'in jail so she would not get diarrhea. "Don\'t be stressed," Judge Sirait added as he '
     'adjourned the trial until April 14. Her sister said a doctor would visit her in prison '
     'to assess her condition. Her father, suffering with prostate cancer, said it was difficult '
     'to watch his daughter struggling so hard when things were nearing the "nitty-gritty '
     'now." He added: "The stress and the whole thing and the stomach cramps and the nerves. '
     'It\'s getting on top of her." Australian politicians, noting the public support thrown '
     'behind the Gold Coast citizen, are promising to take her case up on several issues with '
     'the Indonesian Attorney-General later today. However, Mr. Corby expressed doubts that '
     'politicians could work things out: "It depends on what they call justice here [in Indonesia]. '
     'It looks a bit fairyland to me." "Everything\'s reversed here. You\'re guilty until you\'re '
     'proven innocent," commented Mr. Corby in Indonesia. Indonesian President Susilo Bambang '
     'Yudhoyono is said to be monitoring the case to ensure the court hands down a just and '
     'fair verdict.')
A("19", "Wikinews", "2005-04-07",
  "A 27-year-old former beauty student from the Gold Coast of Australia faces the death "
  "penalty.", T, [
    E("allegedly caught at Bali", "caught", "COERCE", "arrest", None, ("She", "AUS", "CVL"),
      mo("2004-10", True), P("Bali airport", "Bali")),
    E("she could be sentenced", "sentenced", "SANCTION", "convict", None, (("she", "she could"), "AUS", "CVL"),
      None, None, mod="hypothetical"),
    E("calling on the Australian", "calling", "REQUEST", "assist",
      ("an anonymous email petition", "AUS", "CVL"), ("the Australian government", "AUS", "GOV"),
      None, None, mod="demanded"),
    E("she is innocent of the charges", "innocent", "REJECT", None, (("who", "Ms. Corby, who"), "AUS", "CVL"),
      None, None, None, speaker=("who", "Ms. Corby, who"), mod="reported"),
    E("are promising to take", "promising", "AGREE", None,
      ("Australian politicians", "AUS", "GOV"), None, d("2005-04-07"), None),
], source="geovirus:geovirus-210",
  note="not printed: Schapelle Corby's trial in Denpasar was adjourned 'until April 14' "
       "2005 (arrested October 2004); dated to the week before")

# --------------------------------------------------------------------------
# 20 (GeoVirus, Wikinews; look-alike): Georgia's prime minister dies of gas
# poisoning. The accident, condolences and a cabinet meeting are not events.
# --------------------------------------------------------------------------
T = ('Georgia – Zurab Zhvania, Prime Minister of Georgia, was found dead of gas poisoning '
     'at a friend\'s home. The China Daily quotes Interior Minister Vano Merabishvili: "This '
     'is a tragic accident... It was a gas poisoning." Zhavani was visiting in the home of '
     'Raul Usupov, deputy governor from the Kvemo-Kartli region, when an apparent carbon monoxide '
     'leak from a gas space heater overcame and killed both him and his host. Carbon monoxide '
     'poisoning is not unknown in Georgia; 45 deaths by carbon monoxide poisoning are reported '
     'by the official Russian Information Agency. Power supplies are not entirely reliable, '
     'and central heating systems are not universal, so small portable heaters are common '
     'even in the capital. President Mikhail Saakashvili called an emergency cabinet meeting '
     'to discuss responding to the death. "(Zhvania\'s death) is a huge blow for our country '
     'and personally for me as a president and as a person," quotes the China Daily, "I have '
     'lost my closest friend, my most loyal adviser, my biggest ally." Once a protegé of Eduard '
     'Shevardnadze, and widely viewed as his chosen successor, Zhvania chose to join the opposition '
     'in supporting Saakashvili. He has been viewed as a moderating influence on Saakashvili, '
     "who appointed Mr. Zhvania after taking office one year ago. Zhavania joined Georgia's "
     'Green Party in the 1980s. He was chair of Georgia\'s Parliament from 1995-2001. "He played '
     'an important role in helping Georgia meet its aspirations for greater peace, prosperity '
     'and euro-Atlantic integration," NATO chief Jaap de Hoop Scheffer said in his expression '
     'of condolences.')
A("20", "Wikinews", "2005-02-03",
  "Georgia – Zurab Zhvania, Prime Minister of Georgia, was found dead of gas poisoning at a "
  "friend's home.", T, [
    E("in supporting Saakashvili", "supporting", "SUPPORT", None, (("Zhvania", "Zhvania chose"), "GEO", "OPP"),
      (("Saakashvili", "supporting Saakashvili"), "GEO", "OPP"), None, None),
], source="geovirus:geovirus-224",
  note="not printed: Zurab Zhvania was found dead on 3 February 2005")

# --------------------------------------------------------------------------
# 21 (GeoVirus, Wikinews): disease in Warab state, aid groups return to Sudan.
# --------------------------------------------------------------------------
T = ('The governor of the south Sudanese Warab state, Anthony Bol Madut told the Reuters news '
     'agency that at least a thousand people in the state have died of Meningitis and another '
     'unidentified disease. He said that the unknown disease had symptoms similar to Yellow '
     'fever but the patients died quickly. The governor appealed for medical assistance to '
     'diagnose and help control the outbreak. The outbreak comes as hundreds of thousands '
     'of refugees return to southern Sudan after a peace deal ended conflict in the areas. '
     'The refugees are housed in crowded camps where the risk of infection is high. Hotspots '
     'in south Sudan and Darfur are experiencing a lull in the fighting that has allowed normal '
     "life to return to these areas. Meanwhile, the NGO SOS Children's Villages Sudan reports "
     'that despite the ceasefire among the warring factions in south Sudan and Darfur, people '
     'are still worried that conflict may erupt once again. SOS is also concerned about shortages '
     'in medicine and clean water in its facilities in these areas. SOS emergency relief activities '
     'have restarted in Abu Shok refugee camp in Al-Fashir, Darfur, with most of the psychologists '
     'and social workers returning to work in the psycho-social centres, an SOS release reports. '
     'Work with the patients and beneficiaries of the three centres it maintains has started '
     'once again, the release adds.')
A("21", "Wikinews", "2005-06-15",
  "The governor of the south Sudanese Warab state, Anthony Bol Madut told the Reuters news "
  "agency that at least a thousand people in the state have died of Meningitis and another "
  "unidentified disease.", T, [
    E("The governor appealed", "appealed", "REQUEST", "assist", ("The governor", "SDN", "GOV"),
      None, None, None, relays=[("the Reuters news agency", 1)], mod="demanded"),
    E("a peace deal ended", "peace deal", "AGREE", None, None, None, None, None),
    E("conflict may erupt", "conflict", "ASSAULT", None, None, None, None, None,
      speaker="the NGO SOS Children's Villages Sudan", mod="hypothetical"),
    E("SOS emergency relief activities", "relief activities", "AID", None, (("SOS", "SOS emergency"), None, "NGO"),
      None, None, P("Al-Fashir", "Al-Fashir"), speaker="an SOS release", mod="reported"),
], source="geovirus:geovirus-115",
  note="not printed: refugees returning 'after a peace deal ended conflict' (the January 2005 "
       "Comprehensive Peace Agreement) while Warab's governor was Anthony Bol Madut; dated to "
       "mid-2005 (approximate: no event here depends on the day)")


# --------------------------------------------------------------------------
# 22 (ECB+ 8_7ecbplus, ABC News Australia): the same day told from Australia,
# Thu 6 May 2010 (AEST); the Athens events are Wed 5 May.
# --------------------------------------------------------------------------
T = ('3 dead after protesters torch Greek bank\n'
     'Updated Thu 6 May 2010, 9: 03am AEST\n'
     'Three people died in a burning bank as tens of thousands of protesters took to the streets '
     "of Athens during a general strike over the Greek government's planned spending cuts.\n"
     'Some protesters tried to storm parliament while others threw petrol bombs at police '
     'and torched buildings in protest against new austerity measures and a decision to raise '
     'taxes to meet the conditions of its international bailout.\n'
     'A petrol bomb hurled at an Athens branch of the Marfin Investment Bank killed two women '
     'and a man who were caught in the resulting inferno.\n'
     'It was always going to be hard to convince Greeks that ripping $43 billion out of their '
     'public services and hiking their taxes was a necessary consequence of the international '
     'bailout.\n'
     'As the Greek prime minister George Papandreou looked out from his parliamentary office, '
     'he saw exactly how angry they were.\n'
     '"We are all deeply shocked by the unjust death of three of our citizens - citizens that '
     'were victims of a raw, murderous act, " Mr Papandreou said.\n'
     'A professor of economics at the University of Athens, Yanis Varoufakis, did not go to '
     'work today because it was not safe.\n'
     "But he rode his bicycle into the city to survey the aftermath of the day's mass demonstration.\n"
     '"What I did witness was the battlefields after the troops had departed, " he said.\n'
     '"There were a few still burning or smoking cars, a couple of fire engines that had been '
     'torched, a building that belongs to the finance ministry - not far away from home - '
     'was completely burned down.\n'
     '"Otherwise, it was an empty city without people. "\n'
     'Professor Varoufakis blames angry youths for the violence and deaths.\n'
     '"It seems it was a large demonstration, which unfortunately was infiltrated by the usual '
     'band of 100 or 200 professional [trouble - makers], " he said.\n'
     '"They\'re the ones who created the circumstances for the death, the tragic death and '
     'loss of those three people. "')
VAR = ("he", "Otherwise")
A("22", "ABC News", "2010-05-06", "3 dead after protesters torch Greek bank", T, [
    E("protesters torch", "torch", "ASSAULT", "explosives", ("protesters", "GRC", "CVL"),
      ("Greek bank", "GRC", "BUS"), W5, None, cl="rh-marfin"),
    E("protesters took to the streets of Athens", "took to the streets", "PROTEST", "demo",
      ("tens of thousands of protesters", "GRC", "CVL"), None, W5, "Athens", cl="rh-rally"),
    E("during a general strike over", "general strike", "PROTEST", "strike", None, None, W5, None,
      cl="rh-strike"),
    E("Some protesters tried to storm", "storm", "PROTEST", "riot", ("Some protesters", "GRC", "CVL"),
      ("parliament", "GRC", "LEG"), W5, None, cl="rh-storm"),
    E("others threw petrol bombs", "threw", "ASSAULT", "explosives", ("others", "GRC", "CVL"),
      ("police", "GRC", "COP"), W5, None, cl="rh-stones"),
    E("and torched buildings", "torched", "ASSAULT", "primitive", ("others", "GRC", "CVL"),
      ("buildings", "GRC", None), W5, None),
    E("Investment Bank killed", "killed", "ASSAULT", "explosives", None,
      ("two women and a man", "GRC", "CVL"), W5, "Athens", cl="rh-marfin"),
    E("raw, murderous act", "act", "ASSAULT", "explosives", None, None, W5, None,
      speaker="Mr Papandreou", mod="reported", cl="rh-marfin"),
    E("fire engines that had been torched", "torched", "ASSAULT", "primitive", None,
      ("a couple of fire engines", "GRC", "GOV"), W5, None, speaker=("he", 'departed, " he said'),
      mod="reported"),
    E("was completely burned down", "burned down", "ASSAULT", "primitive", None,
      ("a building that belongs to the finance ministry", "GRC", "GOV"), W5, None,
      speaker=("he", 'departed, " he said'), mod="reported"),
    E("Varoufakis blames", "blames", "ACCUSE", "allege", ("Professor Varoufakis", "GRC", "EDU"),
      ("angry youths", "GRC", "CVL"), None, None),
], source="ecbplus:8_7ecbplus")


# --------------------------------------------------------------------------
# 23 (own, Reuters style): a separatist spokesman's conditional threats relayed
# through X and a newspaper, Tue 8 Aug 2023.
# --------------------------------------------------------------------------
T = ("Nigeria's IPOB threatens new shutdown if court keeps Kanu in detention\n"
     "ONITSHA, Nigeria, Aug 8 (Reuters) - The outlawed Indigenous People of Biafra (IPOB) will "
     "impose an indefinite sit-at-home order across Nigeria's southeast if a federal court "
     "refuses to release its detained leader Nnamdi Kanu next week, its spokesman said on "
     "Tuesday.\n"
     "\"If the court denies him bail again, the entire southeast will be shut down until he walks "
     "free,\" spokesman Emma Powerful said in a statement posted on X, according to the Punch "
     "newspaper.\n"
     "The group would also boycott the November governorship election in Imo state unless the "
     "government opened talks on Kanu's release, the statement said.\n"
     "Police in Anambra state said they had deployed extra officers to markets and motor parks "
     "and warned that anyone enforcing the order would be arrested.\n"
     "\"We will not allow any group to hold the people hostage,\" state police spokesman Tochukwu "
     "Ikenga told Reuters.\n"
     "Gunmen enforcing an earlier sit-at-home order torched vehicles and shot dead two traders in "
     "Onitsha on Monday, residents said. IPOB denied that its members were involved and blamed "
     "\"criminal elements\".\n"
     "Kanu was arrested in Kenya in June 2021 and flown to Nigeria, where he faces terrorism "
     "charges.")
IPOB = ("The outlawed Indigenous People of Biafra (IPOB)", "NGA", "REB")
A("23", "Reuters", "2023-08-08",
  "Nigeria's IPOB threatens new shutdown if court keeps Kanu in detention", T, [
    E("IPOB threatens", "threatens", "THREATEN", None, ("Nigeria's IPOB", "NGA", "REB"), None,
      d("2023-08-08"), None, mod="threatened", cl="rh-ipob-threat"),
    E("keeps Kanu in detention", "keeps", "COERCE", "arrest", (("court", "if court"), "NGA", "JUD"),
      ("Kanu", "NGA", "REB"), None, None, mod="hypothetical"),
    E("will impose", "impose", "THREATEN", None, IPOB, None, d("2023-08-08"), None,
      speaker="its spokesman", mod="threatened", cl="rh-ipob-threat"),
    E("refuses to release its", "refuses", "REJECT", None, ("a federal court", "NGA", "JUD"),
      ("its detained leader Nnamdi Kanu", "NGA", "REB"), wk("2023-W33"), None,
      speaker="its spokesman", mod="hypothetical", cl="rh-kanu-refuse"),
    E("will be shut down until", "shut down", "THREATEN", None,
      ("spokesman Emma Powerful", "NGA", "REB"), None, d("2023-08-08"), None,
      speaker="spokesman Emma Powerful", relays=["X", "the Punch newspaper"], mod="threatened",
      cl="rh-ipob-threat"),
    E("the court denies him bail", "denies", "REJECT", None, ("the court", "NGA", "JUD"),
      (("him", "denies him"), "NGA", "REB"), wk("2023-W33"), None, speaker="spokesman Emma Powerful",
      relays=["X", "the Punch newspaper"], mod="hypothetical", cl="rh-kanu-refuse"),
    # relabel64 (a): a boycott promised unless the government opens talks is THREATEN, the government its recipient, like the sit-at-home threat beside it (was PROTEST `boycott` `conditional`, November 2023, Imo state: Batch h's "not aimed at coercing" line superseded)
    E("would also boycott", "boycott", "THREATEN", None, ("The group", "NGA", "REB"), ("the government", "NGA", "GOV"),
      None, None, speaker="the statement", mod="threatened"),
    E("government opened talks", "talks", "CONSULT", None, ("the government", "NGA", "GOV"), None,
      None, None, speaker="the statement", mod="hypothetical"),
    E("had deployed extra officers", "deployed", "MOBILIZE", "police", (("they", "said they"), "NGA", "COP"),
      None, None, None, speaker="Police in Anambra state", mod="reported"),
    E("and warned that anyone", "warned", "THREATEN", "arrest",
      ("Police in Anambra state", "NGA", "COP"), ("anyone enforcing the order", "NGA", "CVL"),
      None, None, mod="threatened"),
    E("torched vehicles", "torched", "ASSAULT", "primitive", ("Gunmen", "NGA", "UAF"), None,
      d("2023-08-07"), "Onitsha", speaker="residents", mod="reported", cl="rh-onitsha-attack"),
    E("shot dead two traders", "shot dead", "ASSAULT", "firearms", ("Gunmen", "NGA", "UAF"),
      ("two traders", "NGA", "CVL"), d("2023-08-07"), "Onitsha", speaker="residents",
      mod="reported", cl="rh-onitsha-attack"),
    E("IPOB denied that", "denied", "REJECT", None, (("IPOB", "IPOB denied"), "NGA", "REB"), None, None, None),
    E("and blamed", "blamed", "ACCUSE", "allege", (("IPOB", "IPOB denied"), "NGA", "REB"),
      ("criminal elements", "NGA", "UAF"), None, None),
    E("Kanu was arrested in Kenya", "arrested", "COERCE", "arrest", None, (("Kanu", "Kanu was arrested"), "NGA", "REB"),
      mo("2021-06", True), "Kenya"),
    E("faces terrorism", "charges", "ACCUSE", "allege", None, (("he", "he faces"), "NGA", "REB"), None, None),
  ])

# --------------------------------------------------------------------------
# 24 (own, Xinhua style): a foreign-ministry rebuttal of a neighbour's protest,
# Mon 11 Dec 2023 (the incident on Sun 10 Dec).
# --------------------------------------------------------------------------
T = ("China says Philippine vessels 'deliberately rammed' coast guard ship, rejects Manila's "
     "protest\n"
     "BEIJING, Dec. 11 (Xinhua) -- China on Monday rejected a protest lodged by the Philippines "
     "over a weekend incident near Ren'ai Jiao, saying Philippine vessels had deliberately rammed "
     "a Chinese coast guard ship and that Chinese forces had acted \"in a professional, "
     "restrained and lawful manner.\"\n"
     "\"The Philippine side ignored China's repeated warnings and insisted on intruding into the "
     "waters adjacent to Ren'ai Jiao,\" Foreign Ministry spokesperson Wang Wenbin told a regular "
     "press briefing.\n"
     "Wang said the China Coast Guard had \"taken necessary control measures in accordance with "
     "the law,\" and denied that its ships had fired water cannon at a Philippine supply boat "
     "carrying the armed forces chief.\n"
     "Manila summoned China's ambassador on Sunday and accused the coast guard of using water "
     "cannon and ramming its boats, a charge Wang called \"totally groundless.\"\n"
     "\"We urge the Philippines to stop its provocations and to stop spreading false "
     "information,\" Wang said, adding that China would \"continue to firmly safeguard its "
     "territorial sovereignty.\"\n"
     "The United States on Sunday condemned what it called \"dangerous and unlawful\" Chinese "
     "actions and reaffirmed that its mutual defence treaty with the Philippines would apply to "
     "an armed attack on Philippine vessels.\n"
     "Wang told Washington to \"stop stirring up trouble\" in the South China Sea.")
D10, D11 = d("2023-12-10"), d("2023-12-11")
WANG = ("Foreign Ministry spokesperson Wang Wenbin", "CHN", "GOV")
PHV = ("Philippine vessels", "PHL", "GOV")
A("24", "Xinhua", "2023-12-11",
  "China says Philippine vessels 'deliberately rammed' coast guard ship, rejects Manila's "
  "protest", T, [
    E("'deliberately rammed' coast", "rammed", "ASSAULT", None, PHV,
      ("coast guard ship", "CHN", "COP"), D10, None, speaker="China", mod="reported",
      cl="rh-scs-phram"),
    E("ship, rejects Manila's", "rejects", "REJECT", None, ("China", "CHN", "GOV"),
      ("Manila", "PHL", "GOV"), D11, None, cl="rh-scs-reject"),
    E("China on Monday rejected", "rejected", "REJECT", None, ("China", "CHN", "GOV"),
      ("the Philippines", "PHL", "GOV"), D11, P(("BEIJING", 1), "Beijing"), cl="rh-scs-reject"),
    E("protest lodged by", "lodged", "ACCUSE", "disapprove", ("the Philippines", "PHL", "GOV"), None,
      None, None, cl="rh-scs-phprotest"),
    E("had deliberately rammed a Chinese", "rammed", "ASSAULT", None, PHV,
      ("a Chinese coast guard ship", "CHN", "COP"), D10, "Ren'ai Jiao", speaker="China",
      mod="reported", cl="rh-scs-phram"),
    E("side ignored", "ignored", "REJECT", None, ("The Philippine side", "PHL", "GOV"),
      ("China's", "CHN", "GOV"), D10, None, speaker=WANG[0], mod="reported"),
    E("insisted on intruding", "intruding", "COERCE", None, ("The Philippine side", "PHL", "GOV"),
      ("the waters adjacent to Ren'ai Jiao", "CHN", None), D10, "Ren'ai Jiao", speaker=WANG[0],
      mod="reported"),
    E("taken necessary control measures", "control measures", "COERCE", None,
      ("the China Coast Guard", "CHN", "COP"), None, D10, None, speaker="Wang", mod="reported"),
    E("had fired water cannon", "fired", "ASSAULT", None, ("its ships", "CHN", "COP"),
      ("a Philippine supply boat carrying the armed forces chief", "PHL", "MIL"), D10, None,
      speaker=("Wang", "Wang said the China"), mod="denied", cl="rh-scs-cannon"),
    E("Manila summoned", "summoned", "ACCUSE", "disapprove", ("Manila", "PHL", "GOV"),
      ("China's ambassador", "CHN", "GOV"), D10, None),
    E("and accused the coast guard", "accused", "ACCUSE", "allege", ("Manila", "PHL", "GOV"),
      ("the coast guard", "CHN", "COP"), D10, None),
    E("of using water", "using", "ASSAULT", None, ("the coast guard", "CHN", "COP"),
      ("its boats", "PHL", "GOV"), D10, None, speaker=("Wang", "Wang called"), mod="denied",
      cl="rh-scs-cannon"),
    E("and ramming its boats", "ramming", "ASSAULT", None, ("the coast guard", "CHN", "COP"),
      ("its boats", "PHL", "GOV"), D10, None, speaker=("Wang", "Wang called"), mod="denied",
      cl="rh-scs-cnram"),
    E("We urge the Philippines", "urge", "REQUEST", "change", ("We", "CHN", "GOV"),
      ("the Philippines", "PHL", "GOV"), D11, P(("BEIJING", 1), "Beijing"), speaker=("Wang", "Wang said, adding"),
      mod="demanded"),
    E("on Sunday condemned", "condemned", "ACCUSE", "disapprove", ("The United States", "USA", "GOV"),
      None, D10, None),
    E("and reaffirmed that", "reaffirmed", "SUPPORT", None, ("The United States", "USA", "GOV"),
      (("the Philippines", "treaty with the Philippines"), "PHL", "GOV"), D10, None),
    E("an armed attack on", "armed attack", "ASSAULT", None, None,
      (("Philippine vessels", "attack on Philippine vessels"), "PHL", "GOV"), None, None,
      speaker="The United States", mod="hypothetical"),
    E("Wang told Washington", "told", "REQUEST", "change", (("Wang", "Wang told"), "CHN", "GOV"),
      ("Washington", "USA", "GOV"), D11, P(("BEIJING", 1), "Beijing"), mod="demanded"),
  ])

# --------------------------------------------------------------------------
# 25 (own, AP style; court story): a former president convicted of a coup
# plot, Thu 11 Sept 2025.
# --------------------------------------------------------------------------
T = ("Brazil's Supreme Court convicts Bolsonaro of plotting coup, sentences him to 27 years\n"
     "BRASILIA, Brazil (AP) — A panel of Brazil's Supreme Court on Thursday convicted former "
     "President Jair Bolsonaro of attempting a coup to stay in power after his 2022 election "
     "defeat and sentenced him to 27 years and three months in prison.\n"
     "Four of the five justices found that Bolsonaro led a criminal organization that plotted to "
     "overturn the vote, including a plan to assassinate President Luiz Inácio Lula da Silva, and "
     "that he encouraged the Jan. 8, 2023, riot in which his supporters stormed government "
     "buildings in the capital.\n"
     "Justice Luiz Fux voted to acquit him, arguing that the court had no jurisdiction.\n"
     "Bolsonaro, who has been under house arrest since August, has denied any wrongdoing and says "
     "he is the victim of political persecution. His lawyers said they would appeal the "
     "conviction.\n"
     "\"This is a sad day,\" his son, Senator Flávio Bolsonaro, wrote on X, accusing the justices "
     "of \"judging with hatred.\"\n"
     "U.S. Secretary of State Marco Rubio said Washington would \"respond accordingly\" to what he "
     "called a witch hunt. The United States has already imposed 50% tariffs on many Brazilian "
     "goods and sanctioned Justice Alexandre de Moraes, who oversaw the case.\n"
     "Brazil's Foreign Ministry rejected Rubio's remarks as a threat to the country's "
     "sovereignty.")
S11 = d("2025-09-11")
BSB = P(("BRASILIA", 1), "Brasilia")
STF = ("A panel of Brazil's Supreme Court", "BRA", "JUD")
JB = ("former President Jair Bolsonaro", "BRA", "OPP")
JUST = "Four of the five justices"
J8 = d("2023-01-08", True)
A("25", "AP", "2025-09-11",
  "Brazil's Supreme Court convicts Bolsonaro of plotting coup, sentences him to 27 years", T, [
    E("Court convicts", "convicts", "SANCTION", "convict", ("Brazil's Supreme Court", "BRA", "JUD"),
      ("Bolsonaro", "BRA", "OPP"), S11, None, cl="rh-jb-convict"),
    E("coup, sentences him", "sentences", "SANCTION", "convict",
      ("Brazil's Supreme Court", "BRA", "JUD"), (("him", "sentences him"), "BRA", "OPP"), S11, None,
      cl="rh-jb-sentence"),
    E("on Thursday convicted", "convicted", "SANCTION", "convict", STF, JB, S11, BSB,
      cl="rh-jb-convict"),
    E("attempting a coup", "coup", "COERCE", None, JB, None, None, None, speaker=STF[0],
      mod="reported", cl="rh-jb-coup"),
    E("defeat and sentenced him", "sentenced", "SANCTION", "convict", STF,
      (("him", "sentenced him"), "BRA", "OPP"), S11, BSB, cl="rh-jb-sentence"),
    E("plan to assassinate", "assassinate", "ASSAULT", "targeted", None,
      ("President Luiz Inácio Lula da Silva", "BRA", "GOV"), None, None, speaker=JUST,
      mod="future"),
    E("2023, riot", "riot", "PROTEST", "riot", None, None, J8, P("the capital", "Brasilia"),
      cl="rh-jan8"),
    E("supporters stormed", "stormed", "PROTEST", "riot", ("his supporters", "BRA", "CVL"),
      ("government buildings", "BRA", "GOV"), J8, P("the capital", "Brasilia"), cl="rh-jan8"),
    E("under house arrest", "house arrest", "COERCE", "arrest", None, (("who", "Bolsonaro, who"), "BRA", "OPP"),
      mo("2025-08", True), None),
    E("has denied any wrongdoing", "denied", "REJECT", None, (("Bolsonaro", "Bolsonaro, who"), "BRA", "OPP"),
      None, None, None),
    E("political persecution", "persecution", "ACCUSE", "disapprove",
      (("Bolsonaro", "Bolsonaro, who"), "BRA", "OPP"), None, None, None, speaker=("Bolsonaro", "Bolsonaro, who"),
      mod="reported"),
    E("would appeal the", "appeal", "ACCUSE", "allege", (("they", "said they"), "BRA", None), None, None, None,
      speaker="His lawyers", mod="future"),
    E("appeal the conviction", "conviction", "SANCTION", "convict", None, None, S11, None,
      speaker="His lawyers", mod="reported", cl="rh-jb-convict"),
    E("accusing the justices", "accusing", "ACCUSE", "disapprove",
      ("his son, Senator Flávio Bolsonaro", "BRA", "LEG"), ("the justices", "BRA", "JUD"), None,
      None, relays=["X"]),
    E("respond accordingly", "respond", "THREATEN", None, ("Washington", "USA", "GOV"), None, None,
      None, speaker="U.S. Secretary of State Marco Rubio", mod="threatened"),
    E("he called a witch hunt", "called", "ACCUSE", "disapprove", (("he", "he called"), "USA", "GOV"), None,
      None, None),
    E("already imposed 50%", "imposed", "SANCTION", None, ("The United States", "USA", "GOV"),
      None, None, None),
    E("and sanctioned Justice", "sanctioned", "SANCTION", None, ("The United States", "USA", "GOV"),
      ("Justice Alexandre de Moraes", "BRA", "JUD"), None, None),
    E("Foreign Ministry rejected", "rejected", "REJECT", None,
      ("Brazil's Foreign Ministry", "BRA", "GOV"), ("Rubio's", "USA", "GOV"), None, None),
  ])

# --------------------------------------------------------------------------
# 26 (own, Reuters style; election story): Georgia's opposition rejects the
# result of the Sat 26 Oct 2024 parliamentary election, Sun 27 Oct 2024.
# --------------------------------------------------------------------------
T = ("Georgia's opposition rejects election result, president calls vote 'total falsification'\n"
     "TBILISI, Oct 27 (Reuters) - Georgia's four main opposition groups on Sunday refused to "
     "recognise the ruling Georgian Dream party's victory in Saturday's parliamentary election "
     "and said they would boycott the new parliament, accusing the government of stealing the "
     "vote with Russia's help.\n"
     "President Salome Zourabichvili, a critic of the government, told reporters she would not "
     "recognise the result and called on Georgians to rally on Monday evening outside "
     "parliament.\n"
     "The Central Election Commission said Georgian Dream won 54% of the vote. Prime Minister "
     "Irakli Kobakhidze rejected the fraud claims and warned that any attempt to \"change the "
     "government by force\" would be met with \"the full force of the law.\"\n"
     "International observers from the OSCE said the vote was marred by pressure on voters and "
     "cases of vote-buying, but stopped short of calling it fraudulent. Observers also reported "
     "that a man assaulted a monitor at a polling station in Marneuli, and police detained two "
     "people there.\n"
     "Hungarian Prime Minister Viktor Orban congratulated Georgian Dream on its \"overwhelming "
     "victory\" and said he would visit Tbilisi on Monday. The European Union urged Georgian "
     "authorities to investigate the reported irregularities \"swiftly, transparently and "
     "independently.\"")
O27, O26, O28 = d("2024-10-27"), d("2024-10-26"), d("2024-10-28")
GOPP = ("Georgia's four main opposition groups", "GEO", "OPP")
ZUR = "President Salome Zourabichvili, a critic of the government"
KOB = ("Prime Minister Irakli Kobakhidze", "GEO", "GOV")
A("26", "Reuters", "2024-10-27",
  "Georgia's opposition rejects election result, president calls vote 'total falsification'", T, [
    E("opposition rejects", "rejects", "REJECT", None, ("Georgia's opposition", "GEO", "OPP"), None,
      O27, None, cl="rh-geo-reject"),
    E("president calls vote", "calls", "ACCUSE", "allege", ("president", "GEO", "GOV"), None, None,
      None),
    E("refused to recognise", "refused", "REJECT", None, GOPP,
      ("the ruling Georgian Dream party's", "GEO", "GOV"), O27, P(("TBILISI", 1), "Tbilisi"),
      cl="rh-geo-reject"),
    E("would boycott the new", "boycott", "PROTEST", "boycott", (("they", "said they"), "GEO", "OPP"),
      ("the new parliament", "GEO", "LEG"), None, None, speaker=GOPP[0], mod="future"),
    E("accusing the government", "accusing", "ACCUSE", "allege", GOPP, ("the government", "GEO", "GOV"),
      O27, P(("TBILISI", 1), "Tbilisi")),
    E("she would not recognise", "not recognise", "REJECT", None, (("she", "reporters she"), "GEO", "GOV"), None,
      None, None, speaker=ZUR, mod="reported"),
    E("called on Georgians", "called on", "REQUEST", None, (ZUR, "GEO", "GOV"),
      ("Georgians", "GEO", "CVL"), None, None, mod="demanded"),
    E("to rally on Monday", "rally", "PROTEST", "demo", ("Georgians", "GEO", "CVL"), None, O28,
      P("parliament", "Tbilisi"), speaker=ZUR, mod="future"),
    E("Kobakhidze rejected", "rejected", "REJECT", None, KOB, None, None, None),
    E("and warned that any", "warned", "THREATEN", "arrest", KOB, None, None, None,
      mod="threatened"),
    E("\"change the government by force", "change", "COERCE", None, None,
      ("government", "GEO", "GOV"), None, None, speaker=KOB[0], mod="hypothetical"),
    E("a man assaulted", "assaulted", "ASSAULT", None, ("a man", "GEO", "CVL"),
      ("a monitor", None, "NGO"), O26, "Marneuli", speaker="Observers", mod="reported"),
    E("police detained two", "detained", "COERCE", "arrest", ("police", "GEO", "COP"),
      ("two people", "GEO", "CVL"), O26, P("there", "Marneuli"), speaker="Observers",
      mod="reported"),
    E("Orban congratulated", "congratulated", "SUPPORT", None,
      ("Hungarian Prime Minister Viktor Orban", "HUN", "GOV"), ("Georgian Dream", "GEO", "GOV"),
      None, None),
    E("he would visit Tbilisi", "visit", "CONSULT", "visit", (("he", "he would visit"), "HUN", "GOV"), None, O28,
      "Tbilisi", speaker="Hungarian Prime Minister Viktor Orban", mod="future"),
    E("European Union urged", "urged", "REQUEST", None, ("The European Union", None, "IGO"),
      ("Georgian authorities", "GEO", "GOV"), None, None, mod="demanded"),
  ])

# --------------------------------------------------------------------------
# 27 (own, AFP style; ceasefire talks): Thailand and Cambodia agree a truce in
# Malaysia, Mon 28 July 2025.
# --------------------------------------------------------------------------
T = ("Thailand, Cambodia agree 'immediate and unconditional' ceasefire after Malaysia talks\n"
     "PUTRAJAYA, Malaysia, July 28, 2025 (AFP) - Thailand and Cambodia agreed on Monday to an "
     "\"immediate and unconditional\" ceasefire from midnight, Malaysian Prime Minister Anwar "
     "Ibrahim said after hosting the two countries' leaders for talks, ending five days of border "
     "fighting that has killed at least 35 people.\n"
     "Cambodian Prime Minister Hun Manet and Thai acting Prime Minister Phumtham Wechayachai met "
     "for about two hours at Anwar's official residence, with the US and Chinese ambassadors "
     "attending as observers.\n"
     "Military commanders from both sides will meet on Tuesday morning, and Malaysia offered to "
     "send observers to monitor the truce if both governments requested it, Anwar said.\n"
     "Hours before the talks, Thai troops said Cambodian forces had fired rockets at a village in "
     "Sisaket province, wounding a soldier. Cambodia's defence ministry denied firing at "
     "civilians and accused Thailand of shelling Cambodian temples with heavy artillery.\n"
     "Phumtham said Thailand would respect the truce but warned that its forces would \"respond "
     "in self-defence\" if Cambodia violated it.\n"
     "U.S. President Donald Trump, who had called both leaders on Saturday and threatened to halt "
     "trade talks unless the fighting stopped, welcomed the agreement on social media.")
J28 = d("2025-07-28")
PJ = P(("PUTRAJAYA", 1), "Putrajaya")
ANW = ("Anwar", "Anwar said")
KMOD = ("Cambodia's defence ministry", "KHM", "GOV")
A("27", "AFP", "2025-07-28",
  "Thailand, Cambodia agree 'immediate and unconditional' ceasefire after Malaysia talks", T, [
    E("Cambodia agree '", "agree", "AGREE", None, ("Thailand", "THA", "GOV"),
      ("Cambodia", "KHM", "GOV"), J28, None, cl="rh-thkh-agree"),
    E("after Malaysia talks", "talks", "CONSULT", "third-party", None, None, J28, None,
      cl="rh-thkh-talks"),
    E("Cambodia agreed on Monday", "agreed", "AGREE", None, ("Thailand", "THA", "GOV"),
      ("Cambodia", "KHM", "GOV"), J28, PJ, speaker="Malaysian Prime Minister Anwar Ibrahim",
      mod="reported", cl="rh-thkh-agree"),
    E("leaders for talks", "talks", "CONSULT", "third-party",
      ("Malaysian Prime Minister Anwar Ibrahim", "MYS", "GOV"),
      ("the two countries' leaders", None, "GOV"), J28, PJ, cl="rh-thkh-talks"),
    E("Phumtham Wechayachai met", "met", "CONSULT", "third-party",
      ("Cambodian Prime Minister Hun Manet", "KHM", "GOV"),
      ("Thai acting Prime Minister Phumtham Wechayachai", "THA", "GOV"), J28, PJ,
      cl="rh-thkh-talks"),
    E("will meet on Tuesday", "meet", "CONSULT", None,
      ("Military commanders from both sides", None, "MIL"), None, d("2025-07-29"), None,
      speaker=ANW, mod="future"),
    E("Malaysia offered", "offered", "AGREE", None, ("Malaysia", "MYS", "GOV"), None, None, None,
      speaker=ANW, mod="conditional", cond="if both governments requested it"),
    E("governments requested it", "requested", "REQUEST", "assist", ("both governments", None, "GOV"),
      (("Malaysia", "Malaysia offered"), "MYS", "GOV"), None, None, speaker=ANW, mod="hypothetical"),
    E("had fired rockets", "fired", "ASSAULT", "heavy-weapons", ("Cambodian forces", "KHM", "MIL"),
      ("a village", "THA", "CVL"), J28, P("Sisaket province", "Sisaket"), speaker="Thai troops",
      mod="reported", cl="rh-thkh-sisaket"),
    E("denied firing at", "firing", "ASSAULT", "heavy-weapons", None, ("civilians", "THA", "CVL"),
      J28, None, speaker=KMOD[0], mod="denied", cl="rh-thkh-sisaket"),
    E("and accused Thailand", "accused", "ACCUSE", "allege", KMOD, ("Thailand", "THA", "GOV"), None,
      None),
    E("of shelling Cambodian", "shelling", "ASSAULT", "heavy-weapons", ("Thailand", "THA", "GOV"),
      ("Cambodian temples", "KHM", "REL"), None, None, speaker=KMOD[0], mod="reported"),
    E("would respect the truce", "respect", "RETREAT", "ceasefire", ("Thailand", "THA", "GOV"), None,
      None, None, speaker="Phumtham", mod="future"),
    E("but warned that its forces", "warned", "THREATEN", "violence", ("Phumtham", "THA", "GOV"),
      (("Cambodia", "if Cambodia"), "KHM", "GOV"), None, None, mod="threatened"),
    E("Cambodia violated it", "violated", "ASSAULT", None, (("Cambodia", "if Cambodia"), "KHM", "GOV"), None, None,
      None, speaker="Phumtham", mod="hypothetical"),
    E("who had called both leaders", "called", "CONSULT", "phone", ("who", "USA", "GOV"),
      ("both leaders", None, "GOV"), d("2025-07-26"), None),
    E("and threatened to halt", "threatened", "THREATEN", "relations", ("who", "USA", "GOV"),
      ("both leaders", None, "GOV"), d("2025-07-26"), None, mod="threatened"),
    E("the fighting stopped", "stopped", "RETREAT", "ceasefire", None, None, None, None,
      mod="hypothetical"),
    E("welcomed the agreement", "welcomed", "SUPPORT", None,
      ("U.S. President Donald Trump", "USA", "GOV"), None, None, None, relays=["social media"]),
  ])

# --------------------------------------------------------------------------
# 28 (own, live blog): South Korea's martial-law night, Tue 3 - Wed 4 Dec 2024
# (entries newest first, times KST).
# --------------------------------------------------------------------------
T = ("South Korea martial law: live updates\n"
     "Updated 4 December 2024, 05:10 KST\n"
     "05:05 — Cabinet lifts martial law\n"
     "President Yoon Suk Yeol's cabinet has just voted to lift the martial law decree, about six "
     "hours after he declared it, the Yonhap news agency reports. Troops that had been deployed to "
     "the National Assembly are returning to their bases, the defence ministry said.\n"
     "03:20 — Opposition demands Yoon resign\n"
     "The main opposition Democratic Party has called on Yoon to resign immediately or face "
     "impeachment. \"If he does not step down, we will begin impeachment proceedings,\" party "
     "spokesman Cho Seung-rae told reporters.\n"
     "01:00 — Lawmakers vote to lift decree\n"
     "All 190 lawmakers present have voted to lift martial law. Under the constitution, the "
     "president must comply when a majority of parliament demands it. Earlier, soldiers smashed "
     "windows to enter the main building, and aides sprayed fire extinguishers at them to keep "
     "them out.\n"
     "23:40 — Troops at parliament\n"
     "Special forces troops in helmets have entered the National Assembly grounds in Seoul. "
     "Hundreds of protesters gathered outside the gates chanting \"Withdraw martial law,\" and "
     "scuffled with police.\n"
     "23:00 — Martial law command bans political activity\n"
     "The martial law command has banned all political activity, including parliamentary "
     "sessions, and placed the media under its control. Anyone violating the decree can be "
     "arrested without a warrant, the command said.\n"
     "22:27 (Tuesday) — Yoon declares martial law\n"
     "In a late-night televised address, Yoon declared emergency martial law, accusing the "
     "opposition of \"anti-state activities\" and of plotting rebellion. The United States said "
     "it was watching developments with \"grave concern.\"")
T3, T4, W49 = d("2024-12-03"), d("2024-12-04"), wk("2024-W49")
YON = "the Yonhap news agency"
MLC = ("The martial law command", "KOR", "MIL")
A("28", "The Guardian", "2024-12-04", "South Korea martial law: live updates", T, [
    E("South Korea martial law:", "martial law", "COERCE", "martial-law", None, None, T3, None,
      cl="rh-kor-ml"),
    E("Cabinet lifts", "lifts", "CONCEDE", None, ("Cabinet", "KOR", "GOV"), None, T4, None,
      cl="rh-kor-lift"),
    E("has just voted to lift", "voted", "CONCEDE", None,
      ("President Yoon Suk Yeol's cabinet", "KOR", "GOV"), None, T4, None, speaker=YON,
      mod="reported", cl="rh-kor-lift"),
    E("after he declared it", "declared", "COERCE", "martial-law", (("he", "after he"), "KOR", "GOV"), None, T3,
      None, speaker=YON, mod="reported", cl="rh-kor-ml"),
    E("had been deployed to", "deployed", "MOBILIZE", "troops", None, None, T3,
      P("the National Assembly", "Seoul"), speaker="the defence ministry", mod="reported",
      cl="rh-kor-troops"),
    E("are returning to their bases", "returning", "RETREAT", "withdraw",
      ("Troops that had been deployed to the National Assembly", "KOR", "MIL"), None, T4, None,
      speaker="the defence ministry", mod="reported"),
    E("Opposition demands", "demands", "REQUEST", "change", ("Opposition", "KOR", "OPP"),
      (("Yoon", "demands Yoon"), "KOR", "GOV"), T4, None, mod="demanded", cl="rh-kor-resign"),
    E("Party has called on Yoon", "called on", "REQUEST", "change",
      ("The main opposition Democratic Party", "KOR", "OPP"), (("Yoon", "called on Yoon"), "KOR", "GOV"), T4, None,
      mod="demanded", cl="rh-kor-resign"),
    E("he does not step down", "step down", "RETREAT", "resign", (("he", "If he"), "KOR", "GOV"), None, None, None,
      speaker="party spokesman Cho Seung-rae", mod="hypothetical"),
    E("begin impeachment proceedings", "impeachment", "THREATEN", None, (("we", "we will begin"), "KOR", "OPP"),
      (("he", "If he"), "KOR", "GOV"), T4, None, speaker="party spokesman Cho Seung-rae", mod="threatened"),
    E("Lawmakers vote to lift", "vote", "REQUEST", "change", ("Lawmakers", "KOR", "LEG"), None, T4,
      None, mod="demanded", cl="rh-kor-vote"),
    E("present have voted", "voted", "REQUEST", "change", ("All 190 lawmakers present", "KOR", "LEG"),
      None, T4, None, mod="demanded", cl="rh-kor-vote"),
    E("soldiers smashed windows", "smashed", "COERCE", None, ("soldiers", "KOR", "MIL"),
      ("the main building", "KOR", "LEG"), W49, None, cl="rh-kor-storm"),
    E("aides sprayed", "sprayed", "PROTEST", "obstruct", ("aides", "KOR", "LEG"),
      (("them", "extinguishers at them"), "KOR", "MIL"), W49, None),
    E("have entered the National Assembly", "entered", "COERCE", "restrict",
      ("Special forces troops in helmets", "KOR", "MIL"),
      ("the National Assembly grounds", "KOR", "LEG"), T3, "Seoul", cl="rh-kor-troops"),
    E("Hundreds of protesters gathered", "gathered", "PROTEST", "demo",
      ("Hundreds of protesters", "KOR", "CVL"), None, T3, None),
    E("and scuffled with police", "scuffled", "PROTEST", "riot",
      ("Hundreds of protesters", "KOR", "CVL"), ("police", "KOR", "COP"), T3, None),
    E("command bans", "bans", "COERCE", "restrict", ("Martial law command", "KOR", "MIL"), None, T3,
      None, cl="rh-kor-ban"),
    E("has banned all political", "banned", "COERCE", "restrict", MLC, None, T3, None,
      cl="rh-kor-ban"),
    E("placed the media under", "placed", "COERCE", "censor", MLC, ("the media", "KOR", "MED"), T3,
      None),
    E("can be arrested without", "arrested", "THREATEN", "arrest", (("the command", "the command said"), "KOR", "MIL"),
      ("Anyone violating the decree", "KOR", "CVL"), T3, None, speaker="the command",
      mod="threatened"),
    E("Yoon declares", "declares", "COERCE", "martial-law", (("Yoon", "Yoon declares"), "KOR", "GOV"), None, T3,
      None, cl="rh-kor-ml"),
    E("Yoon declared emergency", "declared", "COERCE", "martial-law", (("Yoon", "Yoon declared"), "KOR", "GOV"), None,
      T3, None, cl="rh-kor-ml"),
    E("accusing the opposition", "accusing", "ACCUSE", "allege", (("Yoon", "Yoon declared"), "KOR", "GOV"),
      ("opposition", "KOR", "OPP"), T3, None),
  ])

# --------------------------------------------------------------------------
# 29 (own, sport look-alike): a derby report full of war figures; no events.
# --------------------------------------------------------------------------
T = ("Rovers storm Ashton Gate fortress as Stevens fires late winner\n"
     "BRISTOL, England, Feb 17 (PA) - Bristol Rovers invaded their neighbours' fortress on "
     "Saturday and came away with a 2-1 win, captain Sam Stevens firing the decisive shot past "
     "the City goalkeeper in the 88th minute.\n"
     "City had laid siege to the Rovers goal for most of the second half, bombarding the area "
     "with crosses, but a defence marshalled by veteran Tom Hale repelled every attack.\n"
     "\"We went to war today and the lads were soldiers,\" Rovers manager Danny Marsh told "
     "reporters. \"They threw everything at us and we stood our ground.\"\n"
     "City boss Gary Lowe accused the referee of killing the game with a string of soft "
     "free kicks and vowed his side would take revenge in the return fixture in April.\n"
     "The win lifts Rovers out of the relegation zone and ends a run of five straight "
     "defeats.")
A("29", "PA Media", "2024-02-17",
  "Rovers storm Ashton Gate fortress as Stevens fires late winner", T, [])

# --------------------------------------------------------------------------
# 30 (own, business look-alike): a hostile bid battle; no events (business
# acts between companies, no government act).
# --------------------------------------------------------------------------
T = ("Northwind board rejects 'predatory' raid by Coastal, vows to fight on\n"
     "LONDON, May 6 (Reuters) - The board of British utility Northwind on Monday rejected a "
     "sweetened 4.2 billion pound hostile offer from rival Coastal Energy, calling it an "
     "opportunistic raid that undervalued the company, and urged shareholders to take no "
     "action.\n"
     "Coastal's chief executive Maria Lindqvist threatened to go directly to investors if the "
     "board refused to engage, saying Northwind's management had \"declared war on its own "
     "shareholders.\"\n"
     "Activist fund Elm Street Capital, which owns 7% of Northwind, accused the board of "
     "entrenching itself and demanded that it open talks with Coastal within a week.\n"
     "Northwind shares jumped 9% after the offer was announced, while Coastal's fell 3%. "
     "Analysts said a bidding war could break out if a third suitor emerged.")
A("30", "Reuters", "2024-05-06",
  "Northwind board rejects 'predatory' raid by Coastal, vows to fight on", T, [])


# --------------------------------------------------------------------------
# 31 (own, AFP style; state-media relay chain): a North Korean warning relayed
# by KCNA and Yonhap, Sun 9 June 2024.
# --------------------------------------------------------------------------
T = ("North Korea's Kim Yo Jong warns of 'new countermeasures' over leaflets\n"
     "SEOUL, June 9 (AFP) - Kim Yo Jong, the powerful sister of North Korean leader Kim Jong Un, "
     "warned on Sunday that Pyongyang would take \"new countermeasures\" if South Korean activists "
     "kept sending anti-regime leaflets across the border, state media reported.\n"
     "\"If the puppets continue their dangerous provocations, they will face a new kind of "
     "response,\" Kim said in a statement carried by the official Korean Central News Agency "
     "(KCNA), according to a translation by the South's Yonhap news agency.\n"
     "The North has sent hundreds of balloons carrying rubbish into the South since late May, a "
     "campaign it says is retaliation for the leaflets.\n"
     "South Korea's military said on Sunday it would resume loudspeaker propaganda broadcasts "
     "along the border for the first time in six years, and the presidential office said it had "
     "suspended a 2018 military agreement designed to ease tensions.\n"
     "North Korea fired some 18 short-range ballistic missiles into the sea on May 30, Seoul's "
     "Joint Chiefs of Staff said at the time.")
J9 = d("2024-06-09")
KYJ = ("Kim Yo Jong, the powerful sister of North Korean leader Kim Jong Un", "PRK", "GOV")
A("31", "AFP", "2024-06-09",
  "North Korea's Kim Yo Jong warns of 'new countermeasures' over leaflets", T, [
    E("Kim Yo Jong warns", "warns", "THREATEN", None, ("North Korea's Kim Yo Jong", "PRK", "GOV"),
      None, J9, None, mod="threatened", cl="rh-kyj"),
    E("warned on Sunday", "warned", "THREATEN", None, KYJ, ("South Korean activists", "KOR", "CVL"),
      J9, None, relays=["state media"], mod="threatened", cl="rh-kyj"),
    E("they will face", "face", "THREATEN", None, (("Kim", "Kim said"), "PRK", "GOV"), (("they", "they will face"), "KOR", "GOV"),
      J9, None, speaker=("Kim", "Kim said"),
      relays=["the official Korean Central News Agency (KCNA)", "the South's Yonhap news agency"],
      mod="threatened", cl="rh-kyj"),
    E("The North has sent", "sent", "COERCE", None, ("The North", "PRK", "GOV"),
      (("the South", "into the South"), "KOR", "GOV"), None, None),
    E("would resume loudspeaker", "resume", "COERCE", None, (("it", "said on Sunday it"), "KOR", "MIL"), None, None,
      None, speaker="South Korea's military", mod="future"),
    E("had suspended a 2018", "suspended", "SANCTION", "discontinue", (("it", "office said it"), "KOR", "GOV"),
      None, None, None, speaker="the presidential office", mod="reported"),
    E("North Korea fired", "fired", "MOBILIZE", "weapons", (("North Korea", "North Korea fired"), "PRK", "MIL"), None,
      d("2024-05-30", True), None, speaker="Seoul's Joint Chiefs of Staff", mod="reported"),
  ])

# --------------------------------------------------------------------------
# 32-33 (own): one night told by two outlets, Wed 7 May 2025: Reuters from
# Islamabad and PTI from New Delhi (shared clusters).
# --------------------------------------------------------------------------
T = ("Pakistan says it shot down five Indian jets after Indian missile strikes kill 26\n"
     "ISLAMABAD, May 7 (Reuters) - India struck nine sites in Pakistan and Pakistani Kashmir "
     "early on Wednesday, killing at least 26 people, Pakistan's military said, and Islamabad "
     "said its forces had shot down five Indian fighter jets in response.\n"
     "\"Pakistan has every right to respond forcefully to this act of war imposed by India, and a "
     "forceful response is indeed being given,\" Prime Minister Shehbaz Sharif said in a "
     "statement.\n"
     "Military spokesman Lieutenant General Ahmed Sharif Chaudhry told a news conference that one "
     "of the strikes hit a mosque in Bahawalpur, killing a child. India's defence ministry denied "
     "that any civilian site had been targeted.\n"
     "Pakistani and Indian troops exchanged heavy fire along the Line of Control in Kashmir, and "
     "Indian officials said at least seven civilians were killed by Pakistani shelling in "
     "Poonch.\n"
     "India said the strikes were a response to last month's attack on tourists in Pahalgam in "
     "Indian Kashmir, in which gunmen killed 26 men. Pakistan has denied any role in that attack "
     "and called for a neutral investigation.\n"
     "U.N. Secretary-General Antonio Guterres urged both countries to exercise \"maximum military "
     "restraint.\"")
M7 = d("2025-05-07")
PAH = d("2025-04-22", True)
SHEH = "Prime Minister Shehbaz Sharif"
A("32", "Reuters", "2025-05-07",
  "Pakistan says it shot down five Indian jets after Indian missile strikes kill 26", T, [
    E("it shot down five", "shot down", "ASSAULT", None, (("it", "says it"), "PAK", "MIL"),
      ("five Indian jets", "IND", "MIL"), M7, None, speaker="Pakistan", mod="reported",
      cl="rh-pk-jets"),
    E("strikes kill 26", "kill", "ASSAULT", "aerial", (("Indian", "after Indian"), "IND", "MIL"),
      (("26", "kill 26"), "PAK", "CVL"), M7, None, cl="rh-in-strikes"),
    E("India struck nine", "struck", "ASSAULT", "aerial", ("India", "IND", "MIL"),
      ("nine sites", "PAK", None), M7, "Pakistan", speaker="Pakistan's military", mod="reported",
      cl="rh-in-strikes"),
    E("had shot down five Indian fighter", "shot down", "ASSAULT", None, ("its forces", "PAK", "MIL"),
      ("five Indian fighter jets", "IND", "MIL"), M7, None, speaker="Islamabad", mod="reported",
      cl="rh-pk-jets"),
    E("this act of war", "act of war", "ACCUSE", "disapprove", (SHEH, "PAK", "GOV"),
      (("India", "imposed by India"), "IND", "GOV"), M7, None, speaker=SHEH, mod="reported"),
    E("forceful response is indeed", "response", "ASSAULT", None, None, None, M7, None,
      speaker=SHEH, mod="reported", cl="rh-pk-jets"),
    E("strikes hit a mosque", "hit", "ASSAULT", "aerial", None, ("a mosque", "PAK", "REL"), M7,
      "Bahawalpur",
      speaker="Military spokesman Lieutenant General Ahmed Sharif Chaudhry", mod="reported",
      cl="rh-in-bahawalpur"),
    E("had been targeted.", "targeted", "ASSAULT", "aerial", None,
      ("any civilian site", "PAK", "CVL"), M7, None, speaker="India's defence ministry",
      mod="denied", cl="rh-in-bahawalpur"),
    E("troops exchanged heavy fire", "exchanged", "ASSAULT", "heavy-weapons",
      (("Pakistani", "Pakistani and Indian troops"), "PAK", "MIL"), ("Indian troops", "IND", "MIL"), M7,
      P("the Line of Control in Kashmir", "Kashmir"), cl="rh-loc-fire"),
    E("civilians were killed by", "killed", "ASSAULT", "heavy-weapons",
      (("Pakistani", "by Pakistani shelling"), "PAK", "MIL"), ("at least seven civilians", "IND", "CVL"), M7,
      "Poonch", speaker="Indian officials", mod="reported", cl="rh-poonch"),
    E("India said the strikes", "strikes", "ASSAULT", "aerial", None, None, M7, None,
      speaker=("India", "India said the strikes"), mod="reported", cl="rh-in-strikes"),
    E("month's attack on tourists", "attack", "ASSAULT", None, ("gunmen", None, "UAF"),
      ("tourists", "IND", "CVL"), mo("2025-04", True), "Pahalgam",
      speaker=("India", "India said the strikes"), mod="reported", cl="rh-pahalgam"),
    E("Pakistan has denied any role", "denied", "REJECT", None, (("Pakistan", "Pakistan has denied"), "PAK", "GOV"),
      None, None, None),
    E("called for a neutral", "called for", "REQUEST", None, (("Pakistan", "Pakistan has denied"), "PAK", "GOV"),
      None, None, None, mod="demanded"),
    E("Guterres urged", "urged", "REQUEST", None,
      ("U.N. Secretary-General Antonio Guterres", None, "IGO"), ("both countries", None, "GOV"),
      None, None, mod="demanded"),
  ])

T = ("Operation Sindoor: India hits nine terror sites in Pakistan, PoK\n"
     "NEW DELHI, May 7 (PTI) The armed forces on Wednesday carried out precision strikes on nine "
     "terror infrastructure sites in Pakistan and Pakistan-occupied Kashmir under 'Operation "
     "Sindoor', two weeks after the Pahalgam terror attack, the defence ministry said.\n"
     "\"Our actions have been focused, measured and non-escalatory in nature. No Pakistani "
     "military facilities have been targeted,\" the ministry said in a statement.\n"
     "The sites included the headquarters of the Jaish-e-Mohammed in Bahawalpur and a "
     "Lashkar-e-Taiba camp in Muridke, officials said.\n"
     "Foreign Secretary Vikram Misri told a media briefing that India had exercised its right to "
     "respond and to pre-empt further cross-border attacks. He said Pakistan had taken no action "
     "against the terror groups behind the April 22 attack.\n"
     "Pakistan violated the ceasefire along the Line of Control overnight, and Indian troops "
     "responded in a calibrated manner, the Army said.\n"
     "Islamabad's claim that Indian jets had been shot down was \"misinformation\", a government "
     "source said.")
MIS = "Foreign Secretary Vikram Misri"
A("33", "PTI", "2025-05-07", "Operation Sindoor: India hits nine terror sites in Pakistan, PoK", T, [
    E("India hits nine", "hits", "ASSAULT", "aerial", (("India", "India hits"), "IND", "MIL"),
      ("nine terror sites", "PAK", "REB"), M7, "Pakistan", cl="rh-in-strikes"),
    E("precision strikes", "strikes", "ASSAULT", "aerial", ("The armed forces", "IND", "MIL"),
      ("nine terror infrastructure sites", "PAK", "REB"), M7, "Pakistan",
      speaker="the defence ministry", mod="reported", cl="rh-in-strikes"),
    E("Pahalgam terror attack", "attack", "ASSAULT", None, None, None, PAH, "Pahalgam",
      speaker="the defence ministry", mod="reported", cl="rh-pahalgam"),
    E("have been targeted,", "targeted", "ASSAULT", "aerial", None,
      ("No Pakistani military facilities", "PAK", "MIL"), M7, None, speaker="the ministry",
      mod="negated"),
    E("its right to respond", "respond", "ASSAULT", "aerial", (("India", "India had exercised"), "IND", "GOV"), None, M7,
      None, speaker=MIS, mod="reported", cl="rh-in-strikes"),
    E("had taken no action", "action", "COERCE", None, (("Pakistan", "He said Pakistan"), "PAK", "GOV"),
      ("the terror groups behind the April 22 attack", "PAK", "REB"), None, None,
      speaker=("He", "He said Pakistan"), mod="negated"),
    E("the April 22 attack", "attack", "ASSAULT", None, None, None, PAH, None,
      speaker=("He", "He said Pakistan"), mod="reported", cl="rh-pahalgam"),
    E("Pakistan violated the ceasefire", "violated", "ASSAULT", None,
      (("Pakistan", "Pakistan violated"), "PAK", "MIL"), None, M7, P("the Line of Control", "Kashmir"),
      speaker="the Army", mod="reported", cl="rh-loc-fire"),
    E("Indian troops responded", "responded", "ASSAULT", None, ("Indian troops", "IND", "MIL"),
      None, M7, P("the Line of Control", "Kashmir"), speaker="the Army", mod="reported",
      cl="rh-loc-fire"),
    E("had been shot down", "shot down", "ASSAULT", None, None, ("Indian jets", "IND", "MIL"), M7,
      None, speaker="a government source", mod="denied", cl="rh-pk-jets"),
  ])


# --------------------------------------------------------------------------
# 34 (own, AP style; recollections and a denial): the 30th anniversary of
# Srebrenica, Fri 11 July 2025.
# --------------------------------------------------------------------------
T = ("Thousands mark 30 years since Srebrenica as Bosnian Serb leader repeats denial\n"
     "POTOCARI, Bosnia and Herzegovina (AP) — Tens of thousands of mourners gathered on Friday at "
     "the memorial centre near Srebrenica to mark 30 years since Bosnian Serb forces killed more "
     "than 8,000 Muslim men and boys in Europe's only acknowledged genocide since World War II.\n"
     "The remains of seven victims, identified over the past year, were buried in the "
     "cemetery.\n"
     "In July 1995, Bosnian Serb troops commanded by Ratko Mladic overran the U.N.-protected "
     "enclave, separated the men from women and children and executed them over several days.\n"
     "Mladic was convicted of genocide by a U.N. tribunal in 2017 and sentenced to life in "
     "prison. The Netherlands apologized in 2022 for the failure of its peacekeepers to protect "
     "the victims.\n"
     "Milorad Dodik, the pro-Russian leader of Bosnia's Serb entity, again denied on Thursday "
     "that a genocide had taken place, calling the killings \"a tragic mistake\" and accusing "
     "Western countries of using Srebrenica to demonise Serbs.\n"
     "The European Union's foreign policy chief Kaja Kallas condemned \"any denial of the "
     "genocide\" and urged Bosnia's leaders to stop glorifying war criminals.\n"
     "Serbian President Aleksandar Vucic, who in 2015 was pelted with stones and bottles when he "
     "attended the commemoration, did not travel to Potocari this year.")
J95 = mo("1995-07", True)
VRS = ("Bosnian Serb troops commanded by Ratko Mladic", "BIH", "REB")
DOD = "Milorad Dodik, the pro-Russian leader of Bosnia's Serb entity"
KAL = ("The European Union's foreign policy chief Kaja Kallas", None, "IGO")
A("34", "AP", "2025-07-11",
  "Thousands mark 30 years since Srebrenica as Bosnian Serb leader repeats denial", T, [
    E("repeats denial", "denial", "REJECT", None, ("Bosnian Serb leader", "BIH", "GOV"), None,
      d("2025-07-10"), None),
    E("Serb forces killed", "killed", "ASSAULT", None, ("Bosnian Serb forces", "BIH", "REB"),
      ("more than 8,000 Muslim men and boys", "BIH", "CVL"), J95, None, cl="rh-srebrenica"),
    E("overran the", "overran", "ASSAULT", None, VRS, ("the U.N.-protected enclave", "BIH", "CVL"),
      J95, P("the U.N.-protected enclave", "Srebrenica"), cl="rh-srebrenica-fall"),
    E("separated the men", "separated", "COERCE", None, VRS, ("the men", "BIH", "CVL"), J95, None),
    E("and executed them", "executed", "ASSAULT", None, VRS, (("them", "executed them"), "BIH", "CVL"), J95, None,
      cl="rh-srebrenica"),
    E("Mladic was convicted", "convicted", "SANCTION", "convict", ("a U.N. tribunal", None, "JUD"),
      (("Mladic", "Mladic was convicted"), "BIH", "REB"), yr("2017"), None),
    E("and sentenced to life", "sentenced", "SANCTION", "convict", ("a U.N. tribunal", None, "JUD"),
      (("Mladic", "Mladic was convicted"), "BIH", "REB"), yr("2017"), None),
    E("Netherlands apologized", "apologized", "CONCEDE", None, ("The Netherlands", "NLD", "GOV"),
      None, yr("2022"), None),
    E("a genocide had taken place", "genocide", "ASSAULT", None, None, None, J95, None,
      speaker=DOD, mod="denied", cl="rh-srebrenica"),
    E("calling the killings", "killings", "ASSAULT", None, None, None, J95, None, speaker=DOD,
      mod="reported", cl="rh-srebrenica"),
    E("and accusing Western", "accusing", "ACCUSE", "allege", (DOD, "BIH", "GOV"),
      ("Western countries", None, "GOV"), d("2025-07-10"), None),
    E("Kallas condemned", "condemned", "ACCUSE", "disapprove", KAL, None, None, None),
    E("and urged Bosnia's leaders", "urged", "REQUEST", "change", KAL,
      ("Bosnia's leaders", "BIH", "GOV"), None, None, mod="demanded"),
    E("was pelted with stones", "pelted", "ASSAULT", "primitive", None, (("who", "Vucic, who"), "SRB", "GOV"),
      yr("2015"), None),
  ])

# --------------------------------------------------------------------------
# 35 (own, Reuters style; claims and denials): drones shot down over Poland,
# Wed 10 Sept 2025.
# --------------------------------------------------------------------------
T = ("Poland shoots down Russian drones in its airspace; Moscow denies targeting Polish "
     "territory\n"
     "WARSAW, Sept 10 (Reuters) - Poland shot down drones that violated its airspace during a "
     "Russian attack on western Ukraine overnight, Prime Minister Donald Tusk said on Wednesday, "
     "calling it \"a large-scale provocation\" and asking NATO allies for consultations under "
     "Article 4 of the alliance's treaty.\n"
     "Polish and allied aircraft, including Dutch F-35 jets, downed at least four of the 19 "
     "drones that entered Polish airspace, the Polish military said. Airports in Warsaw and "
     "Rzeszow were closed for several hours.\n"
     "Russia's defence ministry denied that it had planned to strike any targets in Poland, "
     "saying its drones had attacked Ukrainian military-industrial sites and that none were "
     "aimed at Polish territory. It said it was ready to hold consultations with Poland's "
     "defence ministry.\n"
     "Belarus said it had tracked drones that \"lost their way\" because of Ukrainian electronic "
     "jamming and had warned Warsaw in advance.\n"
     "NATO Secretary General Mark Rutte condemned Russia's \"reckless\" behaviour, and the "
     "European Commission said it would propose new sanctions on Moscow.\n"
     "Ukrainian President Volodymyr Zelenskiy urged allies to respond \"strongly,\" saying Russia "
     "had sent the drones deliberately to test the West.")
S10 = d("2025-09-10")
WAW = P(("WARSAW", 1), "Warsaw")
TUSK = ("Prime Minister Donald Tusk", "POL", "GOV")
RMOD = "Russia's defence ministry"
A("35", "Reuters", "2025-09-10",
  "Poland shoots down Russian drones in its airspace; Moscow denies targeting Polish territory", T, [
    E("Poland shoots down", "shoots down", "ASSAULT", None, (("Poland", "Poland shoots"), "POL", "MIL"),
      ("Russian drones", "RUS", "MIL"), S10, None, cl="rh-pl-down"),
    E("denies targeting", "targeting", "ASSAULT", None, ("Moscow", "RUS", "GOV"),
      ("Polish territory", "POL", None), None, None, speaker="Moscow", mod="denied",
      cl="rh-ru-target"),
    E("Poland shot down", "shot down", "ASSAULT", None, (("Poland", "Poland shot"), "POL", "MIL"), ("drones", "POL", None),
      S10, None, speaker=TUSK[0], mod="reported", cl="rh-pl-down"),
    E("that violated its airspace", "violated", "COERCE", None, (("drones", "shot down drones"), "RUS", "MIL"),
      ("its airspace", "POL", None), S10, None, speaker=TUSK[0], mod="reported",
      cl="rh-pl-violate"),
    E("Russian attack on western", "attack", "ASSAULT", "drone", ("Russian", "RUS", "MIL"),
      ("western Ukraine", "UKR", None), S10, None, speaker=TUSK[0], mod="reported",
      cl="rh-ru-ukr"),
    E("calling it", "calling", "ACCUSE", "disapprove", TUSK, None, S10, WAW),
    E("asking NATO allies", "asking", "REQUEST", None, TUSK, ("NATO allies", None, "IGO"), S10, WAW,
      mod="demanded"),
    E("Dutch F-35 jets, downed", "downed", "ASSAULT", None,
      ("Polish and allied aircraft, including Dutch F-35 jets", None, "MIL"),
      ("at least four of the 19 drones", "RUS", "MIL"), S10, None, speaker="the Polish military",
      mod="reported", cl="rh-pl-down"),
    E("that entered Polish airspace", "entered", "COERCE", None,
      ("the 19 drones", "RUS", "MIL"), ("Polish airspace", "POL", None), S10, None,
      speaker="the Polish military", mod="reported", cl="rh-pl-violate"),
    E("planned to strike any", "strike", "ASSAULT", None, (("it", "that it had planned"), "RUS", "MIL"),
      ("any targets in Poland", "POL", None), None, None, speaker=RMOD, mod="denied",
      cl="rh-ru-target"),
    E("drones had attacked Ukrainian", "attacked", "ASSAULT", "drone", ("its drones", "RUS", "MIL"),
      ("Ukrainian military-industrial sites", "UKR", None), S10, None, speaker=RMOD,
      mod="reported", cl="rh-ru-ukr"),
    E("was ready to hold", "ready", "AGREE", None, (("it", "said it was ready"), "RUS", "GOV"),
      ("Poland's defence ministry", "POL", "GOV"), None, None, speaker=("It", "It said"),
      mod="reported"),
    E("had warned Warsaw in advance", "warned", "COOPERATE", None, (("it", "said it had tracked"), "BLR", "GOV"),
      (("Warsaw", "warned Warsaw"), "POL", "GOV"), S10, None, speaker="Belarus", mod="reported"),
    E("Rutte condemned", "condemned", "ACCUSE", "disapprove",
      ("NATO Secretary General Mark Rutte", None, "IGO"), ("Russia's", "RUS", "GOV"), None, None),
    E("would propose new sanctions", "sanctions", "SANCTION", None,
      (("it", "said it would propose"), None, "IGO"), (("Moscow", "sanctions on Moscow"), "RUS", "GOV"), None, None,
      speaker="the European Commission", mod="future"),
    E("Zelenskiy urged allies", "urged", "REQUEST", None,
      ("Ukrainian President Volodymyr Zelenskiy", "UKR", "GOV"), ("allies", None, "GOV"), None,
      None, mod="demanded"),
    E("had sent the drones", "sent", "COERCE", None, (("Russia", "saying Russia"), "RUS", "GOV"), None, S10, None,
      speaker="Ukrainian President Volodymyr Zelenskiy", mod="reported", cl="rh-pl-violate"),
  ])

# --------------------------------------------------------------------------
# 36 (own, Reuters style): Belarus frees prisoners after a U.S. envoy's visit,
# Thu 11 Sept 2025; recollection of the 2021 Ryanair diversion.
# --------------------------------------------------------------------------
T = ("Belarus frees 52 prisoners after U.S. envoy's visit; Washington eases sanctions on Belavia\n"
     "MINSK/VILNIUS, Sept 11 (Reuters) - Belarus released 52 prisoners, including 14 foreigners, "
     "on Thursday after a visit to Minsk by U.S. envoy John Coale, who said Washington would lift "
     "sanctions on the state airline Belavia in return.\n"
     "The freed prisoners were driven across the border into Lithuania, the Lithuanian foreign "
     "ministry said. Among them was opposition politician Mikola Statkevich, but he refused to "
     "leave Belarus and was taken back into custody, exiled opposition leader Sviatlana "
     "Tsikhanouskaya said.\n"
     "Coale met President Alexander Lukashenko for several hours and handed him a letter from "
     "U.S. President Donald Trump, the Belarusian presidency said on its Telegram channel. "
     "Lukashenko proposed a \"big deal\" under which all remaining political prisoners would be "
     "freed if Washington lifted sanctions on potash exports.\n"
     "Rights group Viasna says more than 1,100 political prisoners remain in Belarusian jails.\n"
     "Tsikhanouskaya welcomed the release but accused Lukashenko of using prisoners as "
     "\"hostages\" and urged the West to keep up pressure on Minsk.\n"
     "The European Union imposed its sanctions on Belavia after Belarus forced a Ryanair flight "
     "to land in Minsk in 2021 and arrested a dissident journalist on board.")
B11 = d("2025-09-11")
TSI = "exiled opposition leader Sviatlana Tsikhanouskaya"
A("36", "Reuters", "2025-09-11",
  "Belarus frees 52 prisoners after U.S. envoy's visit; Washington eases sanctions on Belavia", T, [
    E("Belarus frees", "frees", "RETREAT", "release", (("Belarus", "Belarus frees"), "BLR", "GOV"),
      ("52 prisoners", None, "CVL"), B11, None, cl="rh-blr-release"),
    E("envoy's visit", "visit", "CONSULT", "visit", ("U.S. envoy's", "USA", "GOV"), None, B11,
      None, cl="rh-blr-visit"),
    E("Washington eases", "eases", "CONCEDE", None, (("Washington", "Washington eases"), "USA", "GOV"),
      (("Belavia", "Belavia\n"), "BLR", "BUS"), B11, None, cl="rh-blr-lift"),
    E("Belarus released", "released", "RETREAT", "release", (("Belarus", "Belarus released"), "BLR", "GOV"),
      ("52 prisoners, including 14 foreigners", None, "CVL"), B11, None, cl="rh-blr-release"),
    E("a visit to Minsk", "visit", "CONSULT", "visit", ("U.S. envoy John Coale", "USA", "GOV"), None,
      B11, "Minsk", cl="rh-blr-visit"),
    E("would lift sanctions", "lift", "CONCEDE", None, (("Washington", "said Washington"), "USA", "GOV"),
      ("the state airline Belavia", "BLR", "BUS"), None, None, speaker=("who", "Coale, who"),
      mod="future", cl="rh-blr-lift"),
    E("he refused to", "refused", "REJECT", None, (("he", "but he refused"), "BLR", "OPP"), None, B11, None,
      speaker=TSI, mod="reported"),
    E("taken back into custody", "custody", "COERCE", "arrest", None, (("he", "but he refused"), "BLR", "OPP"), B11,
      None, speaker=TSI, mod="reported"),
    E("Coale met President", "met", "CONSULT", None, (("Coale", "Coale met"), "USA", "GOV"),
      ("President Alexander Lukashenko", "BLR", "GOV"), B11, None,
      speaker="the Belarusian presidency", relays=["its Telegram channel"], mod="reported"),
    E("Lukashenko proposed", "proposed", "AGREE", None, (("Lukashenko", "Lukashenko proposed"), "BLR", "GOV"), None,
      B11, None),
    E("would be freed if", "freed", "RETREAT", "release", None,
      ("all remaining political prisoners", "BLR", "CVL"), None, None,
      speaker=("Lukashenko", "Lukashenko proposed"), mod="conditional",
      cond="if Washington lifted sanctions on potash exports"),
    E("Washington lifted sanctions", "lifted", "CONCEDE", None, (("Washington", "if Washington"), "USA", "GOV"), None,
      None, None, speaker=("Lukashenko", "Lukashenko proposed"), mod="hypothetical"),
    E("Tsikhanouskaya welcomed", "welcomed", "SUPPORT", None,
      (("Tsikhanouskaya", "Tsikhanouskaya welcomed"), "BLR", "OPP"), None, None, None),
    E("welcomed the release", "release", "RETREAT", "release", None, None, B11, None,
      speaker=("Tsikhanouskaya", "Tsikhanouskaya welcomed"), mod="reported", cl="rh-blr-release"),
    E("but accused Lukashenko", "accused", "ACCUSE", "allege",
      (("Tsikhanouskaya", "Tsikhanouskaya welcomed"), "BLR", "OPP"), (("Lukashenko", "accused Lukashenko"), "BLR", "GOV"), None,
      None),
    E("and urged the West", "urged", "REQUEST", None, (("Tsikhanouskaya", "Tsikhanouskaya welcomed"), "BLR", "OPP"),
      ("the West", None, "GOV"), None, None, mod="demanded"),
    E("Union imposed its sanctions", "imposed", "SANCTION", None, ("The European Union", None, "IGO"),
      (("Belavia", "sanctions on Belavia after"), "BLR", "BUS"), yr("2021"), None),
    E("Belarus forced a Ryanair", "forced", "COERCE", None, (("Belarus", "Belarus forced"), "BLR", "GOV"),
      ("a Ryanair flight", "IRL", "BUS"), yr("2021"), "Minsk"),
    E("and arrested a dissident", "arrested", "COERCE", "arrest", (("Belarus", "Belarus forced"), "BLR", "GOV"),
      ("a dissident journalist", "BLR", "MED"), yr("2021"), None),
  ])


def main():
    check_sources(BATCH, SHARED)
    # relabel50: court and police procedure words the guide labels as events
    # (docs/annotation.md, "Court and police procedure words"), appended at
    # each article's end so no event index a relabel table names moves.
    relabel50 = {
        "rec_h-13": [
            E("He was serving a life sentence", "life sentence", "SANCTION", "convict", None, ("He", "USA", None), None, None, cl="rh-com-1998"),  # relabel50
        ],
        "rec_h-14": [
            E("presented during the trial", "trial", "ACCUSE", "allege", None, None, None, None),  # relabel50
        ],
        "rec_h-19": [
            E("watching her trial in Jakarta", "trial", "ACCUSE", "allege", None, (("her", "her trial in Jakarta"), "AUS", "CVL"), d("2005-04-07"), None, cl="rh-corby-trial"),  # relabel50
            E("adjourned the trial until April 14", "trial", "ACCUSE", "allege", None, None, d("2005-04-07"), None, cl="rh-corby-trial"),  # relabel50
        ],
    }
    # relabel56 (a): an authority's future refusal ("will not allow anyone
    # to ...") is COERCE `restrict` `future` (docs/annotation.md, "Questions
    # decided (relabel56, 2026-12-06)"), appended at the article's end so no
    # event index a relabel table names moves.
    relabel56 = {
        "rec_h-23": [
            E("We will not allow any group to hold", "allow", "COERCE", "restrict", ("We", "NGA", "COP"), None, None, None, speaker="state police spokesman Tochukwu Ikenga", mod="future"),  # relabel56
        ],
    }
    # relabel58 (c): "faces the death penalty" (the headline) is the sentence the
    # trial may bring, SANCTION `convict` `future`, in the cluster of "she could
    # be sentenced to death" (docs/annotation.md, "Questions decided
    # (relabel58, 2026-12-06)"), appended like relabel50's events.
    relabel58 = {
        "rec_h-19": [
            E("faces the death penalty", "faces", "SANCTION", "convict", None, ("A 27-year-old former beauty student from the Gold Coast of Australia", "AUS", "CVL"), None, None, mod="future", cl="rec_h-19-e02"),  # relabel58 (c)
        ],
    }
    for art in BATCH.articles:
        art["events"].extend(relabel50.get(art["id"], []))
        art["events"].extend(relabel56.get(art["id"], []))
        art["events"].extend(relabel58.get(art["id"], []))
    # relabel62: events added by docs/annotation.md, "Questions decided
    # (relabel62, 2026-12-07)" ((c) a state body declining comment, (e) an
    # inquiry into a possible wrong), appended at each article's end so no
    # event index a relabel table names moves.
    relabel62 = {
        "rec_h-11": [
            E("exited their vehicle to investigate", "investigate", "ACCUSE", "investigate", (("they", "they exited their vehicle"), "USA", "COP"), None, d("2013-03-09"), None, speaker="the officers involved in the shooting", mod="reported"),  # relabel62 (e): officers checking a suspect
        ],
    }
    for art in BATCH.articles:
        art["events"].extend(relabel62.get(art["id"], []))  # relabel62
    # relabel66: re-mentions (a) and hypothetical acts (b) the guide requires in
    # the real texts (docs/annotation.md, "Questions decided (relabel66,
    # 2026-12-07)"), appended at each article's end so no event index a relabel
    # table names moves.
    relabel66 = {
        "rec_h-01": [
            E("The general strike was the first major test", "general strike", "PROTEST", "strike", None, None, d("2010-05-05"), None, cl="rh-strike"),  # relabel66 (a)
        ],
        "rec_h-03": [
            E("The violence was a blow", "violence", "PROTEST", "riot", None, None, d("2010-05-05"), None, cl="rh-violence-day"),  # relabel66 (a)
        ],
        "rec_h-05": [
            E("While the violence generally has subsided", "violence", "PROTEST", "riot", None, None, mo("2008-12"), None, cl="rh-gr-wave"),  # relabel66 (a)
            E("response to the violence", "violence", "PROTEST", "riot", None, None, mo("2008-12"), None, cl="rh-gr-wave"),  # relabel66 (a)
            E("lagged behind the Socialist opposition before the riots", "riots", "PROTEST", "riot", None, None, mo("2008-12"), None, cl="rh-gr-wave"),  # relabel66 (a)
        ],
        "rec_h-06": [
            E("the tone of the demonstrations", "demonstrations", "PROTEST", "demo", None, None, mo("2008-12"), None, cl="rh-gr-wave"),  # relabel66 (a)
        ],
        "rec_h-09": [
            E("have been hurt in the protests", "protests", "PROTEST", "riot", None, None, mo("2008-12"), None, cl="rh-gr-wave"),  # relabel66 (a)
            E("As the riots have continued", "riots", "PROTEST", "riot", None, None, mo("2008-12"), None, cl="rh-gr-wave"),  # relabel66 (a)
        ],
        "rec_h-10": [
            E("in a press release following the riot", "riot", "PROTEST", "riot", None, None, d("2013-03-11"), None, cl="rh-bk-riot"),  # relabel66 (a)
        ],
        "rec_h-12": [
            E("warded off the attack", "attack", "ASSAULT", None, None, None, d("2008-12-13"), None, speaker="Navy spokesperson", mod="reported", cl="rh-gibe-attack"),  # relabel66 (a)
        ],
        "rec_h-13": [
            E("She survived the attack", "attack", "ASSAULT", "primitive", None, ("She", "USA", "CVL"), yr("1999"), None, cl="rh-com-1999"),  # relabel66 (a)
            E("tried to stop the attack", "attack", "ASSAULT", "primitive", None, None, yr("1999"), None, cl="rh-com-1999"),  # relabel66 (a)
        ],
        "rec_h-22": [
            E("Professor Varoufakis blames angry youths", "violence", "PROTEST", "riot", ("angry youths", "GRC", "CVL"), None, d("2010-05-05"), None, speaker="Professor Varoufakis", mod="reported", cl="rh-violence-day"),  # relabel66 (a): the blamed act, the accuser as speaker
        ],
    }
    for art in BATCH.articles:
        art["events"].extend(relabel66.get(art["id"], []))  # relabel66
    BATCH.write()


SHARED = Path(__file__).resolve().parents[4] / "shared" / "data"


if __name__ == "__main__":
    main()
