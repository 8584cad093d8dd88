"""Build tests/data/attribution_dev.jsonl from the passages below.

The passages were written for eventwire by its developers (MIT): invented
news-style reported speech in varied styles, not copied from any outlet.
Each attribution is (source, cue, content, relay); spans are located with
str.find in order, and every span is checked against the text.

Relays (changed 2026-12-02, branch relays, to follow docs/annotation.md): the
outlet a statement was made to is a relay in another outlet's copy ("told
AFP", "told the BBC", "in an interview with CNN", "speaking to state
television"); 7 labels of batches 1-4 had no relay there before.

    python tests/data/make_attribution_dev.py
"""

from __future__ import annotations

import re
from pathlib import Path

from spans import write_jsonl

OUT = Path(__file__).with_name("attribution_dev.jsonl")
Attr = tuple[str, str, str, str | None]
# batch 2: the cue may be absent, the content split in several spans
Attr2 = tuple[str, str | None, str | tuple[str, ...], str | None]

PASSAGES: list[tuple[str, list[Attr]]] = [
    ("The interior minister said the curfew would be lifted on Monday.",
     [("The interior minister", "said", "the curfew would be lifted on Monday", None)]),
    ("“We will not negotiate under fire,” the rebel commander told reporters.",
     [("the rebel commander", "told", "We will not negotiate under fire", None)]),
    ("Police said that at least twelve people were arrested overnight.",
     [("Police", "said", "at least twelve people were arrested overnight", None)]),
    ("According to local officials, the bridge was destroyed by shelling.",
     [("local officials", "According to", "the bridge was destroyed by shelling", None)]),
    ("The army warned that it would respond to any further attacks.",
     [("The army", "warned", "it would respond to any further attacks", None)]),
    ("Kenya's foreign ministry denied that troops had crossed the border.",
     [("Kenya's foreign ministry", "denied", "troops had crossed the border", None)]),
    ("The opposition leader urged supporters to stay off the streets.",
     [("The opposition leader", "urged", "supporters to stay off the streets", None)]),
    ("“The talks have collapsed,” a senior diplomat said on Tuesday.",
     [("a senior diplomat", "said", "The talks have collapsed", None)]),
    ("The mayor stressed that the evacuation was voluntary.",
     [("The mayor", "stressed", "the evacuation was voluntary", None)]),
    ("Rebels seized the airport, the state broadcaster reported.",
     [("the state broadcaster", "reported", "Rebels seized the airport", None)]),
    ("The militia's spokesman said the ceasefire was over, Al Jazeera reported.",
     [("The militia's spokesman", "said", "the ceasefire was over", "Al Jazeera")]),
    ("“We are ready to talk,” the president said, according to state media.",
     [("the president", "said", "We are ready to talk", "state media")]),
    ("The weather was mild across the region on Sunday.", []),
    ("Farmers harvested record crops this year.", []),
    ("The union said workers would strike next week. It added that talks had failed.",
     [("The union", "said", "workers would strike next week", None),
      ("It", "added", "talks had failed", None)]),
    ("The general claimed his forces had retaken the town.",
     [("The general", "claimed", "his forces had retaken the town", None)]),
    ("A UN spokeswoman said aid convoys were blocked at the checkpoint.",
     [("A UN spokeswoman", "said", "aid convoys were blocked at the checkpoint", None)]),
    ("The ministry said in a statement that the ambassador had been summoned.",
     [("The ministry", "said", "the ambassador had been summoned", None)]),
    ("Witnesses said soldiers fired into the crowd.",
     [("Witnesses", "said", "soldiers fired into the crowd", None)]),
    ("“Nobody will be spared,” the group warned in a video.",
     [("the group", "warned", "Nobody will be spared", None)]),
    ("The prime minister announced that elections would be held in June.",
     [("The prime minister", "announced", "elections would be held in June", None)]),
    ("Hospital officials told AFP that 30 people had been wounded.",
     [("Hospital officials", "told", "30 people had been wounded", "AFP")]),
    ("The protesters demanded that the governor resign.",
     [("The protesters", "demanded", "the governor resign", None)]),
    ("According to the health ministry, the outbreak has killed 40 people.",
     [("the health ministry", "According to", "the outbreak has killed 40 people", None)]),
    ("Trade between the two countries grew by 8 percent.", []),
    ("The court ruled that the election was valid.",
     [("The court", "ruled", "the election was valid", None)]),
    ("She said the strikes had hit a school.",
     [("She", "said", "the strikes had hit a school", None)]),
    ("He added that more troops would be deployed.",
     [("He", "added", "more troops would be deployed", None)]),
    ("The embassy said it was monitoring the situation closely.",
     [("The embassy", "said", "it was monitoring the situation closely", None)]),
    ("“This is a declaration of war,” the defence minister said, Reuters reported.",
     [("the defence minister", "said", "This is a declaration of war", "Reuters")]),
    ("Officials confirmed that the hostages had been released.",
     [("Officials", "confirmed", "the hostages had been released", None)]),
    ("The spokesman for the coalition said the raid targeted a weapons depot.",
     [("The spokesman for the coalition", "said", "the raid targeted a weapons depot", None)]),
    ("Police fired tear gas at demonstrators in the capital.", []),
    ("The company said its pipeline had been sabotaged.",
     [("The company", "said", "its pipeline had been sabotaged", None)]),
    ("Residents told the BBC that the shelling lasted all night.",
     [("Residents", "told", "the shelling lasted all night", "the BBC")]),
    ("The senator argued that the sanctions had failed.",
     [("The senator", "argued", "the sanctions had failed", None)]),
    ("“Our patience is running out,” Mohammed Ali said.",
     [("Mohammed Ali", "said", "Our patience is running out", None)]),
    ("The rebels threatened to attack the capital if talks failed.",
     [("The rebels", "threatened", "to attack the capital if talks failed", None)]),
    ("The foreign minister insisted that the border would stay closed.",
     [("The foreign minister", "insisted", "the border would stay closed", None)]),
    ("Analysts expect the currency to fall further.", []),
    ("The agency reported that three journalists were detained.",
     [("The agency", "reported", "three journalists were detained", None)]),
    ("The governor vowed that the attackers would be punished.",
     [("The governor", "vowed", "the attackers would be punished", None)]),
    ("A statement by the council, which warned that fighting could resume, was read on radio.",
     [("the council", "warned", "fighting could resume", None)]),
    ("Human rights groups accused the police of torturing detainees.",
     [("Human rights groups", "accused", "the police of torturing detainees", None)]),
    ("The ministry of defence said two drones were shot down.",
     [("The ministry of defence", "said", "two drones were shot down", None)]),
    ("The army chief told parliament that the operation was over.",
     [("The army chief", "told", "the operation was over", None)]),
    ("“Everything is under control,” the governor said.",
     [("the governor", "said", "Everything is under control", None)]),
    ("The council said the vote would go ahead. The chairman added that observers were welcome.",
     [("The council", "said", "the vote would go ahead", None),
      ("The chairman", "added", "observers were welcome", None)]),
    ("Iran's foreign ministry spokesman said the talks were constructive.",
     [("Iran's foreign ministry spokesman", "said", "the talks were constructive", None)]),
    ("The rally ended peacefully in the evening.", []),
    ("The minister explained that the fuel subsidy would be phased out.",
     [("The minister", "explained", "the fuel subsidy would be phased out", None)]),
    ("According to witnesses, the gunmen fled on motorbikes.",
     [("witnesses", "According to", "the gunmen fled on motorbikes", None)]),
    ("Doctors said the wounded were in stable condition.",
     [("Doctors", "said", "the wounded were in stable condition", None)]),
    ("The president's office said he had accepted the resignation.",
     [("The president's office", "said", "he had accepted the resignation", None)]),
    ("“We did not fire first,” the commander insisted.",
     [("the commander", "insisted", "We did not fire first", None)]),
    ("The opposition said the results were rigged, the news agency reported.",
     [("The opposition", "said", "the results were rigged", "the news agency")]),
    ("The border reopened after two weeks.", []),
    ("The central bank said inflation had slowed to 5 percent.",
     [("The central bank", "said", "inflation had slowed to 5 percent", None)]),
    ("The minister acknowledged that mistakes had been made.",
     [("The minister", "acknowledged", "mistakes had been made", None)]),
    ("The police chief told a news conference that the suspect had confessed.",
     [("The police chief", "told", "the suspect had confessed", None)]),
    ("They said the camp had run out of water.",
     [("They", "said", "the camp had run out of water", None)]),
    ("The ambassador warned that the embassy could close.",
     [("The ambassador", "warned", "the embassy could close", None)]),
    ("Local media reported that the dam had burst.",
     [("Local media", "reported", "the dam had burst", None)]),
    ("The NGO said food prices had doubled.",
     [("The NGO", "said", "food prices had doubled", None)]),
]


# Batch 2, written on 2026-11-26 *before* the system was run on it (a blind
# check of the rules fixed against PASSAGES). Harder styles: colon quotes,
# inverted "said X", single quotes, continuation quotes without a cue (cue
# None), parenthetical cues with a split content (a tuple of spans),
# "quoted/cited X as saying" with the outlet as relay, appositive speakers
# (the whole noun phrase), statements issued by a body (the body speaks).
BLIND_2: list[tuple[str, list[Attr2]]] = [
    ("The defence ministry said on Wednesday that two soldiers had been killed in an ambush.",
     [("The defence ministry", "said", "two soldiers had been killed in an ambush", None)]),
    ("“We have no intention of leaving,” said the commander of the garrison.",
     [("the commander of the garrison", "said", "We have no intention of leaving", None)]),
    ("The foreign minister said: “Our position has not changed.”",
     [("The foreign minister", "said", "Our position has not changed", None)]),
    ("“The ceasefire is holding,” the spokesman said. “But violations continue in the north.”",
     [("the spokesman", "said", "The ceasefire is holding", None),
      ("the spokesman", None, "But violations continue in the north", None)]),
    ("Reuters quoted a senior official as saying that the talks had stalled.",
     [("a senior official", "saying", "the talks had stalled", "Reuters")]),
    ("In a statement, the rebel group said it had shot down a helicopter.",
     [("the rebel group", "said", "it had shot down a helicopter", None)]),
    ("The governor told reporters on Friday that schools would reopen next month.",
     [("The governor", "told", "schools would reopen next month", None)]),
    ("'We will respond in kind,' the minister said.",
     [("the minister", "said", "We will respond in kind", None)]),
    ("Witnesses told the Associated Press that the gunmen wore army uniforms.",
     [("Witnesses", "told", "the gunmen wore army uniforms", "the Associated Press")]),
    ("The statement, issued by the interior ministry, said the curfew would be extended.",
     [("the interior ministry", "said", "the curfew would be extended", None)]),
    ("Security sources said at least five militants were killed.",
     [("Security sources", "said", "at least five militants were killed", None)]),
    ("The UN envoy, Martin Griffiths, said both sides had agreed to a truce.",
     [("The UN envoy, Martin Griffiths", "said", "both sides had agreed to a truce", None)]),
    ("Asked about the report, the spokeswoman declined to comment.", []),
    ("The president wrote on Twitter that the attack was “cowardly”.",
     [("The president", "wrote", "the attack was “cowardly”", "Twitter")]),  # 2026-12-03:
    # the platform relays (docs/annotation.md "said on Twitter"; branch speakers2)
    ("Speaking to state television, the prime minister said the country would not be "
     "intimidated.",
     [("the prime minister", "said", "the country would not be intimidated",
       "state television")]),
    ("The army denied reports that it had used cluster munitions.",
     [("The army", "denied", "it had used cluster munitions", None)]),
    ("Officials said the death toll was likely to rise, the official news agency IRNA reported.",
     [("Officials", "said", "the death toll was likely to rise",
       "the official news agency IRNA")]),
    ("Kurdish officials say the offensive has displaced thousands.",
     [("Kurdish officials", "say", "the offensive has displaced thousands", None)]),
    ("The talks, the mediator said, had reached a critical stage.",
     [("the mediator", "said", ("The talks", "had reached a critical stage"), None)]),
    ("“This is not over,” he warned. “We will be back.”",
     [("he", "warned", "This is not over", None), ("he", None, "We will be back", None)]),
    ("The company announced that it would cut 2,000 jobs.",
     [("The company", "announced", "it would cut 2,000 jobs", None)]),
    ("Protesters chanted slogans against the government.", []),
    ("According to a report by Human Rights Watch, detainees were tortured.",
     [("Human Rights Watch", "According to", "detainees were tortured", None)]),
    ("The minister is expected to announce new measures on Monday.", []),
    ("The White House said in a statement that the president had spoken with the king.",
     [("The White House", "said", "the president had spoken with the king", None)]),
    ("Tehran has repeatedly said its nuclear programme is peaceful.",
     [("Tehran", "said", "its nuclear programme is peaceful", None)]),
    ("“We are not afraid,” said Fatima Hassan, a teacher from the city.",
     [("Fatima Hassan, a teacher from the city", "said", "We are not afraid", None)]),
    ("The agency cited a police source as saying the suspect was a foreign national.",
     [("a police source", "saying", "the suspect was a foreign national", "The agency")]),
    ("Militants ambushed a convoy near the border.", []),
    ("The opposition alleged that the vote had been rigged and called for a recount.",
     [("The opposition", "alleged", "the vote had been rigged", None)]),
    ("Egyptian mediators believe a deal is close, a diplomat told Al-Monitor.",
     [("a diplomat", "told", "Egyptian mediators believe a deal is close", None),
      # added 2026-12-02 (issue #12): belief cues are attributions (nested)
      ("Egyptian mediators", "believe", "a deal is close", None)]),
    ("The minister said he had warned the ambassador that further violations would not be "
     "tolerated.",
     [("The minister", "said", "he had warned the ambassador that further violations would "
       "not be tolerated", None),
      ("he", "warned", "further violations would not be tolerated", None)]),
]


# Batch 3, written on 2026-11-26 after batch 2's fixes and *before* running
# the system on it: a second blind check.
BLIND_3: list[tuple[str, list[Attr2]]] = [
    ("In an interview with CNN, the foreign minister said the border would stay open.",
     [("the foreign minister", "said", "the border would stay open", "CNN")]),
    ("“We reject these accusations,” Foreign Ministry spokesman Wang Wenbin told a news "
     "briefing.",
     [("Foreign Ministry spokesman Wang Wenbin", "told", "We reject these accusations", None)]),
    ("Police say the suspect acted alone.",
     [("Police", "say", "the suspect acted alone", None)]),
    ("He told reporters that the negotiations would resume next week.",
     [("He", "told", "the negotiations would resume next week", None)]),
    ("“There will be consequences,” warned the minister.",
     [("the minister", "warned", "There will be consequences", None)]),
    ("The UN said in a report released on Tuesday that civilian deaths had doubled.",
     [("The UN", "said", "civilian deaths had doubled", None)]),
    ("Analysts said the move was largely symbolic.",
     [("Analysts", "said", "the move was largely symbolic", None)]),
    ("She wrote in a post on social media that the election had been stolen.",
     [("She", "wrote", "the election had been stolen", "social media")]),  # 2026-12-03:
    # the platform relays (docs/annotation.md "Span convention"; branch attrib3)
    ("The senator said he would vote against the bill, CNN reported.",
     [("The senator", "said", "he would vote against the bill", "CNN")]),
    ("Residents reached by phone said the shelling had stopped.",
     [("Residents reached by phone", "said", "the shelling had stopped", None)]),
    ("“Nobody is above the law,” the judge said, adding that the trial would resume on "
     "Monday.",
     [("the judge", "said", "Nobody is above the law", None),
      ("the judge", "adding", "the trial would resume on Monday", None)]),
    ("It is not clear who fired first.", []),
    ("The military insisted its operations were legal.",
     [("The military", "insisted", "its operations were legal", None)]),
    ("Syria's state news agency SANA said the strike hit a power station.",
     [("Syria's state news agency SANA", "said", "the strike hit a power station", None)]),
    ("The army said on its Telegram channel that two tunnels had been destroyed.",
     [("The army", "said", "two tunnels had been destroyed", "its Telegram channel")]),
    # 2026-12-03: the channel relays ("in a post on Telegram"; branch attrib3)
    ("Officials, speaking on condition of anonymity, said the deal was close.",
     [("Officials", "said", "the deal was close", None)]),
    ("The government announced a state of emergency.", []),
    ("The spokesman added: “The door to dialogue remains open.”",
     [("The spokesman", "added", "The door to dialogue remains open", None)]),
    ("According to the Syrian Observatory for Human Rights, 14 fighters were killed.",
     [("the Syrian Observatory for Human Rights", "According to", "14 fighters were killed",
       None)]),
    ("A statement from the presidency said the president was in good health.",
     [("the presidency", "said", "the president was in good health", None)]),
    ("The ministry, in a statement, accused Israel of violating the truce.",
     [("The ministry", "accused", "Israel of violating the truce", None)]),
    ("Sources close to the talks said a draft text had been agreed.",
     [("Sources close to the talks", "said", "a draft text had been agreed", None)]),
    ("“It was a massacre,” said Ahmed, a shopkeeper who lost his brother.",
     [("Ahmed", "said", "It was a massacre", None)]),
    ("Hezbollah said in a statement that its fighters had destroyed a tank, Al-Manar "
     "reported.",
     [("Hezbollah", "said", "its fighters had destroyed a tank", "Al-Manar")]),
    ("The minister's office declined to comment on the report.", []),
    ("The head of the agency, Rafael Grossi, warned that inspectors had lost access.",
     [("The head of the agency, Rafael Grossi", "warned", "inspectors had lost access", None)]),
    ("Turkish officials told Reuters the operation would continue.",
     [("Turkish officials", "told", "the operation would continue", "Reuters")]),
    ("The rebels claimed responsibility for the attack.", []),
    ("“We are ready,” the coach said. “We have trained for months.”",
     [("the coach", "said", "We are ready", None),
      ("the coach", None, "We have trained for months", None)]),
    ("The company confirmed that its chief executive had resigned.",
     [("The company", "confirmed", "its chief executive had resigned", None)]),
]


# Batch 4, written on 2026-12-02 for issue #12 *before* the system was run on
# it: a blind batch of political news in the classes a political-news
# attribution corpus annotates beyond speech verbs. Span convention for the
# source (docs/BENCHMARKS.md, "Speaker span convention"): the whole noun
# phrase with its title, determiner, "of/for" complement and a short
# apposition ("Senate Majority Leader Mitch McConnell"); for a possessive
# nominal cue the possessor ("The governor" of "The governor's claim that");
# for a document by a named author the author ("a report by X found" -> X),
# for an unauthored document or poll the document ("Polls show"). Kept in its
# own file (attribution_batch4.jsonl), scored once blind on first run.
BLIND_4: list[tuple[str, list[Attr2]]] = [
    # belief, knowledge, intention, fear
    ("Senate Republicans believe the bill can pass before the August recess.",
     [("Senate Republicans", "believe", "the bill can pass before the August recess", None)]),
    ("The prime minister thinks an early election would strengthen her majority.",
     [("The prime minister", "thinks", "an early election would strengthen her majority",
       None)]),
    ("Union leaders fear that the reform will cut pensions by a fifth.",
     [("Union leaders", "fear", "the reform will cut pensions by a fifth", None)]),
    ("The White House wants Congress to approve the aid package this week.",
     [("The White House", "wants", "Congress to approve the aid package this week", None)]),
    ("Party strategists know the race will be decided in the suburbs.",
     [("Party strategists", "know", "the race will be decided in the suburbs", None)]),
    ("The governor hopes to sign the measure before Christmas.",
     [("The governor", "hopes", "to sign the measure before Christmas", None)]),
    ("Diplomats suspect that Moscow is stalling the negotiations.",
     [("Diplomats", "suspect", "Moscow is stalling the negotiations", None)]),
    ("Many Democrats worry the party has lost touch with rural voters.",
     [("Many Democrats", "worry", "the party has lost touch with rural voters", None)]),
    ("The senator is convinced that the nomination will fail.",
     [("The senator", "convinced", "the nomination will fail", None)]),
    # nominal cues
    ("The governor's claim that the budget was balanced drew scorn from auditors.",
     [("The governor", "claim", "the budget was balanced", None)]),
    ("In a tweet, the president said the ruling was a disgrace.",
     [("the president", "said", "the ruling was a disgrace", None)]),
    ("A statement by the foreign ministry said the strike violated the country's sovereignty.",
     [("the foreign ministry", "said", "the strike violated the country's sovereignty", None)]),
    ("The mayor's announcement that the stadium deal was dead surprised the council.",
     [("The mayor", "announcement", "the stadium deal was dead", None)]),
    ("The senator's assertion that the election was rigged has been rejected by every court.",
     [("The senator", "assertion", "the election was rigged", None)]),
    ("Her warning that the shutdown could last weeks went unheeded.",
     [("Her", "warning", "the shutdown could last weeks", None)]),
    ("The ministry's denial that troops were deployed contradicted satellite images.",
     [("The ministry", "denial", "troops were deployed", None)]),
    # documents, reports, polls
    ("According to a report by the Government Accountability Office, the program wasted "
     "$2 billion.",
     [("the Government Accountability Office", "According to", "the program wasted $2 billion",
       None)]),
    ("A report by Amnesty International found that protesters had been beaten in custody.",
     [("Amnesty International", "found", "protesters had been beaten in custody", None)]),
    ("Polls show the incumbent trailing by six points.",
     [("Polls", "show", "the incumbent trailing by six points", None)]),
    ("A new poll suggests most voters oppose the tax plan.",
     [("A new poll", "suggests", "most voters oppose the tax plan", None)]),
    ("According to court documents, the aide lied to investigators twice.",
     [("court documents", "According to", "the aide lied to investigators twice", None)]),
    ("The inspector general's report concluded that the agency had ignored warnings.",
     [("The inspector general", "concluded", "the agency had ignored warnings", None)]),
    ("According to the latest census figures, the city lost 40,000 residents.",
     [("the latest census figures", "According to", "the city lost 40,000 residents", None)]),
    ("An internal memo obtained by the newspaper shows that the department knew of the risks.",
     [("An internal memo", "shows", "the department knew of the risks", None)]),
    # anonymous and group sources
    ("Officials familiar with the matter said the summit could be postponed.",
     [("Officials familiar with the matter", "said", "the summit could be postponed", None)]),
    ("Two people briefed on the talks said a deal was unlikely before Friday.",
     [("Two people briefed on the talks", "said", "a deal was unlikely before Friday", None)]),
    ("Critics say the law will disenfranchise minority voters.",
     [("Critics", "say", "the law will disenfranchise minority voters", None)]),
    ("Aides to the governor privately acknowledge that the plan has stalled.",
     [("Aides to the governor", "acknowledge", "the plan has stalled", None)]),
    ("A senior administration official, who spoke on condition of anonymity, said the "
     "sanctions would take effect Monday.",
     [("A senior administration official", "said", "the sanctions would take effect Monday",
       None)]),
    ("Some Republicans argue that the tariffs hurt farmers more than China.",
     [("Some Republicans", "argue", "the tariffs hurt farmers more than China", None)]),
    ("Supporters of the measure contend it will lower drug prices.",
     [("Supporters of the measure", "contend", "it will lower drug prices", None)]),
    # sources as full noun phrases with titles and appositions
    ("Senate Majority Leader Mitch McConnell said the chamber would vote on the nominee next "
     "week.",
     [("Senate Majority Leader Mitch McConnell", "said",
       "the chamber would vote on the nominee next week", None)]),
    ("House Speaker Nancy Pelosi told reporters that the deadline was not negotiable.",
     [("House Speaker Nancy Pelosi", "told", "the deadline was not negotiable", None)]),
    ("Former Vice President Joe Biden, the Democratic front-runner, said the tariffs were "
     "reckless.",
     [("Former Vice President Joe Biden, the Democratic front-runner", "said",
       "the tariffs were reckless", None)]),
    ("Republican Sen. Susan Collins of Maine said she would oppose the nomination.",
     [("Republican Sen. Susan Collins of Maine", "said", "she would oppose the nomination",
       None)]),
    ("“We are not going to back down,” said Rep. Alexandria Ocasio-Cortez, a New York "
     "Democrat.",
     [("Rep. Alexandria Ocasio-Cortez, a New York Democrat", "said",
       "We are not going to back down", None)]),
    ("Treasury Secretary Janet Yellen warned that the government could run out of cash by "
     "June.",
     [("Treasury Secretary Janet Yellen", "warned",
       "the government could run out of cash by June", None)]),
    ("The chairman of the House Intelligence Committee, Adam Schiff, said the complaint was "
     "credible.",
     [("The chairman of the House Intelligence Committee, Adam Schiff", "said",
       "the complaint was credible", None)]),
    # nested attributions
    ("The senator said the president told him that the troops would stay.",
     [("The senator", "said", "the president told him that the troops would stay", None),
      ("the president", "told", "the troops would stay", None)]),
    ("Lawmakers said they had been assured by the Pentagon that no ground troops would be "
     "sent.",
     [("Lawmakers", "said",
       "they had been assured by the Pentagon that no ground troops would be sent", None),
      ("the Pentagon", "assured", "no ground troops would be sent", None)]),
    ("The ambassador told investigators that Giuliani had said the aid was tied to the probe.",
     [("The ambassador", "told", "Giuliani had said the aid was tied to the probe", None),
      ("Giuliani", "said", "the aid was tied to the probe", None)]),
    # questions and interviews
    ("Asked whether he would seek re-election, the governor said he had not decided.",
     [("the governor", "said", "he had not decided", None)]),
    ("“Will you resign?” a reporter asked. “Absolutely not,” the minister replied.",
     [("a reporter", "asked", "Will you resign?", None),
      ("the minister", "replied", "Absolutely not", None)]),
    ("When pressed on the timeline, the spokeswoman replied that talks were ongoing.",
     [("the spokeswoman", "replied", "talks were ongoing", None)]),
    ("Asked about the protests, Macron told the newspaper Le Monde that he understood the "
     "anger.",
     [("Macron", "told", "he understood the anger", "the newspaper Le Monde")]),
    # negatives: belief and source words that attribute nothing
    ("The think tank published its annual ranking of state budgets.", []),
    ("Analysts at a conservative think tank spent the week on the budget numbers.", []),
    ("The senator knows the state better than anyone.", []),
    ("Protesters held signs outside the Capitol.", []),
    ("The bill's supporters gathered on the steps of the statehouse.", []),
    ("A sense of fear gripped the capital after the bombing.", []),
    ("Critics of the mayor were not invited to the ceremony.", []),
    ("The poll was conducted by phone between March 3 and March 6.", []),
]


BATCH4_OUT = Path(__file__).with_name("attribution_batch4.jsonl")


def locate(text: str, needle: str) -> dict[str, object]:
    """The n-th whole-word ``needle`` in ``text`` (``"he@2"``: the second; the
    first by default): never part of a longer word ("he" is not the "he" of
    "The")."""
    word, _, nth = needle.partition("@")
    matches = list(re.finditer(r"(?<!\w)" + re.escape(word) + r"(?!\w)", text))
    n = int(nth or 1)
    if len(matches) < n:
        raise ValueError(f"{needle!r} not in {text!r}")
    m = matches[n - 1]
    return {"start": m.start(), "end": m.end(), "text": word}


def build(passages: list[tuple[str, list[Attr2]]] | None = None, prefix: str = "at",
          published: str = "2021-03-02") -> list[dict[str, object]]:
    """Batches 1-3 (``attribution_dev.jsonl``) unless ``passages`` is given
    (batch 4 here, batch 5 in ``make_attribution_batch5.py``)."""
    if passages is None:
        passages = [*PASSAGES, *BLIND_2, *BLIND_3]
    records = []
    for n, (text, attrs) in enumerate(passages, 1):
        out = []
        for source, cue, content, relay in attrs:
            parts = (content,) if isinstance(content, str) else content
            out.append({"source": [locate(text, source)],
                        "cue": [locate(text, cue)] if cue else [],
                        "content": [locate(text, part) for part in parts],
                        "relay": [locate(text, relay)] if relay else []})
        records.append({"doc_id": f"{prefix}-{n:03d}", "publication_date": published,
                        "outlet": "Example Wire", "text": text, "attributions": out})
    return records


if __name__ == "__main__":
    for path, records in ((OUT, build()), (BATCH4_OUT, build(BLIND_4, "at4"))):
        write_jsonl(records, path, ensure_ascii=False)  # locate() has checked every span
        n_attr = sum(len(r["attributions"]) for r in records)  # type: ignore[arg-type, misc]
        print(f"{len(records)} passages, {n_attr} attributions -> {path}")
