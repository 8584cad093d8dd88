"""Build tests/data/records/rec_o.jsonl: gold whole-record events (batch rec_o).

rec_o is the BLIND SET after rec_n: every article has ``"split": "blind"``,
and every label was written before eventwire ever ran on any of these texts
(no pipeline, no ``eval records``, no spaCy on them while labelling, no
eventwire rule code read, and no system output looked at). Run it once, at
the end of a change, and never debug on it:

    eventwire eval records --data tests/data/records/rec_o.jsonl --split blind

Sources (field ``source`` of each record):

* real news texts, copied unchanged from /work/shared/data: GeoVirus
  Wikinews articles (``geovirus:<doc_id>``, even document numbers only; texts
  Wikinews, CC BY 2.5, only the text is copied, none of GeoVirus'
  annotation), ECB+ articles (``ecbplus:<doc_id>``, CC BY 3.0, topics 14, 20
  and 21 only; header lines before the headline are cut, never a line in
  between) and one MEANTIME Wikinews article (``meantime:<doc_id>``, even
  doc_id, CC BY 4.0). No document used by rec_a..rec_n is used again
  (``check_unused``: the ``source`` fields of rec_a..rec_n and rec_m's list
  in make_rec_n.py). A GeoVirus text has no headline line: its first
  sentence is its title. ``published`` is the printed date, else inferred
  from the text's own days and the story (``published_note``);
* texts written for eventwire by the annotator (``own``, CC BY 4.0, this
  project) in agency styles, set in Africa, Latin America, North America and
  Oceania: wire copy relayed through two outlets, conditional threats,
  demands, denials, recollections with explicit and relative dates, passives
  with agents, datelines, one story told by two outlets, and non-political
  look-alikes with no events or only a few.

Labels follow docs/annotation.md, including its Batch d..n decisions and the
"Decisions taken while labelling (rec_o)". Spans are located by needle
strings, never by hand-counted offsets (the conventions of ``needles.py``):

* every event has an anchor ``at`` (a needle that must occur exactly once in
  the text); a span given as a plain string is the first occurrence from the
  start of the anchor's sentence (or line) on;
* ``(needle, "other anchor")`` is the first occurrence after another unique
  anchor (used for a speaker or actor earlier in the text);
* ``(needle, k)`` is the k-th occurrence (1-based) in the whole text.

Every span is checked (``text[start:end] == span["text"]``) before writing.
Coordinates: cities from GeoNames cities500, countries and first-order
divisions from GeoNames' own point, other features as noted (approximate;
scoring allows 161 km).

    python3 tests/data/records/make_rec_o.py
"""

import re
from pathlib import Path

from needles import (
    Batch,
    E,
    P,
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
    'Mexico City': (19.43, -99.13),  # geonameid 3530597
    'Mexico': (23.0, -102.0),  # GeoNames country point
    'United States': (39.76, -98.5),  # GeoNames country point
    'New York': (43.0, -75.5),  # New York State, ADM1 point
    'Little Rock': (34.75, -92.29),  # geonameid 4119403
    'Artibonite': (19.33, -72.5),  # Artibonite department, approximate point
    'Port-au-Prince': (18.54, -72.34),  # geonameid 3718426
    'New South Wales': (-33.0, 146.0),  # ADM1 point
    'Australia': (-25.0, 135.0),  # GeoNames country point
    'Rosehill': (-33.82, 151.02),  # Rosehill, Sydney, approximate point
    'London': (51.51, -0.13),  # geonameid 2643743
    'Kisumu': (-0.1, 34.76),  # geonameid 179330
    'Taunton': (51.02, -3.1),  # geonameid 2636389
}

BATCH = Batch("rec_o", PLACES)
A = BATCH.A  # A(id_, outlet, published, title, text, events, source=None, note=None)

TEXTS = {
    'geovirus:geovirus-038': (
        'Officials in Mexico are asking citizens to take actions in order to minimize the spread of the '
        'swine flu outbreak. Citizens are urged to stay away from large crowds, avoid kissing people and '
        'stay at least 6 feet (1.8 meters) away from one another. Additionally, all schools and '
        'universities in Mexico City have been closed indefinitely. In addition, at least twenty people '
        'in the United States have been infected with the disease, causing the government to issue a '
        '"national public health emergency." On Monday, Mexican officials reported that at least 100 '
        'deaths in their country were "likely linked" to the swine flu. Dr. Jose A. Cordova Villalobos, '
        'the health secretary of Mexico, said that at least 20 of the deaths have been confirmed as '
        'swine flu related deaths while the World Health Organization (WHO) says that 71 people have '
        'died from complications caused by the disease. Meanwhile, over 1,300 people in Mexico have been '
        'hospitalized because of flu-like symptoms since April 13. In New Zealand, 26 students and '
        'teachers might have been infected by the flu during their trip to Mexico. Dr. Julia Peters, the '
        'clinical director of Auckland Regional Public Health Service, said that at least 22 have shown '
        'flu-like symptoms. All of the students and teachers are being quarantined pending test results.'
    ),
    'geovirus:geovirus-098': (
        'New cases of the deadly swine flu virus have been reported around the world in recent days, '
        'sparking fear of a global pandemic. The United Nations has warned that the disease can not be '
        'contained. Over ninety cases of the flu have been reported throughout the world. The outbreak, '
        'which started in Mexico, has now spread across the globe, with confirmed cases having been '
        'reported in the United States, Canada, the United Kingdom, Spain, New Zealand and Israel. '
        'Mexican health officials have raised the death toll from the virus to 152, with at least 1,614 '
        'suspected cases being under observation. The United States also reporting its first death, a '
        'Mexican boy, visiting relatives in Texas. He had previously been in Mexico City and had had '
        'another undetermined illness prior to his arrival in the United States. Spain says it has '
        'confirmed the first case of swine flu in a person who has not travelled to Mexico. Keiji '
        "Fukuda, the chief of the UN's World Health Organisation (WHO), has said that the outbreak could "
        'possibly turn into a pandemic, and encouraged countries to "take the opportunity to prepare" '
        'against such a possibility. Fukuda also warned that "containment is not a feasible operation". '
        'At the same time, the UN chief noted that it is still too early to declare a pandemic, even '
        'with the number of new cases increasing. "The evolution into a pandemic cannot be considered '
        'inevitable, but of course we are taking this possibility very seriously. Countries should '
        'really take this opportunity to prepare themselves for the possibility for a pandemic," he '
        'said. In response to the recent spread of the flu, the WHO recently raised its pandemic alert '
        'level from three to four, stopping two levels short of declaring a full pandemic. The WHO has '
        'confirmed that the disease is not transmitted from animals or meat. "There is no danger form '
        'eating pork," Hartl said. "If you cook pork well, if you cook all meat well, it kills all '
        'virus[es]," Hartl said. In the United States, fifty people have fallen ill from swine flu. '
        'California has confirmed at least thirteen cases, three in Texas, two in Kansas, and one case '
        'in Ohio. New York has confirmed 28 incidents. The number is expected to rise, as confirmations '
        'from testing are still ongoing. "The human swine flu outbreak continues to grow in the United '
        'States and internationally," said the US Centers for Disease Control and Prevention (CDC) in a '
        'bulletin report. "Today, CDC reports additional cases of confirmed swine influenza and a number '
        'of hospitalizations of swine flu patients. Internationally, the situation is more serious too, '
        'with additional countries reporting confirmed cases of swine flu." New Zealand officials '
        "reported that eleven of the country's residents that had recently travelled to Mexico are now "
        'showing sypmtoms of the virus. Three of the infected persons had been confirmed to have the '
        'virus, Health Minister Tony Ryall stated. The health ministry of Israel confirmed two cases of '
        'the flu in travellers. South Korea has reported a case in a tourist visiting Mexico, while '
        'Spain has recently confirmed two more incidents. Meanwhile, the situation in the epicentre of '
        'the outbreak, Mexico, is deterioriating. Mexican officials have told restaurants to serve only '
        "takeaway food, has closed schools until May 8, and placed Mexico City, the country's capital, "
        'under a high alert. Many public events have been cancelled, and masks have been given out to '
        'passengers on trains. Mexico City Health Secretary Armando Ahued stated that 6,610 people with '
        'symptoms of swine flu were admitted to hospitals on Monday, but only 29 had remained '
        'hospitalised. The WHO on Tuesday stated that it would not endorse travel bans to attempt to '
        'stop the spread of the virus. "Border controls don\'t work. Screening doesn\'t work," said the '
        'WHO spokesman, Hartl, adding that infected persons may not show any symptoms of the disease '
        'when at a border crossing or airport. "Certainly, if you feel that you are ill, you should not '
        'travel, in any case, to anywhere," Hartl said. Among the symptoms of the swine flu include '
        'temperatures of over 100 degrees Fahrenheit, diarrhea, vomiting, and heavy coughing. Many of '
        'the fatalities from the disease were forty years old or younger, not very young or old persons '
        'that are usually more susceptible to influenza.'
    ),
    'geovirus:geovirus-176': (
        'The H1N1 swine flu has now spread to many parts of the globe. The World Health Organisation '
        'reports that there are 8,829 confirmed cases in forty countries, most of them in Mexico and the '
        'United States. 76 people have been confirmed dead from the influenza. Many countries, among '
        'them China, Japan, and the United Kingdom, have warned the WHO to be cautious about declaring a '
        'global pandemic. They say that such an announcement, if delivered prematurely, could cause mass '
        'panic and confusion. WHO director Margaret Chan said that the organisation had listened to the '
        "countries' concerns, and will not raise the pandemic alert level from five to six, on a scale "
        'of one to six. A transition to the sixth level means that the disease is circulating actively '
        'on at least two continents. "On 29 April, I raised the level of pandemic influenza alert from '
        'phase 4 to phase 5. We remain in phase 5 today. This virus may have given us a grace period, '
        'but we do not know how long this grace period will last. No one can say whether this is just '
        'the calm before the storm," Chan said at the WHO\'s annual meeting. However, she added that the '
        'disease could possibly pose a very serious threat to the world\'s population. "I strongly urge '
        'the international community to use this grace period wisely. I strongly urge you to look '
        'closely at anything and everything we can do, collectively, to protect developing countries '
        'from, once again, bearing the brunt of a global contagion." "A new influenza virus with great '
        'pandemic potential, the new influenza A (H1N1) strain, has emerged," Chan said. Chan said the '
        "WHO hadn't yet told antiviral manufacturers to start producing a specific vaccine for this "
        'specific strain of the virus. She urged countries to be careful and not squander their medical '
        'supplies, saying that "manufacturing capacity for antiviral drugs and influenza vaccines is '
        'finite and insufficient for a world with 6.8 billion inhabitants. "It is absolutely essential '
        'that countries do not squander these precious resources through poorly targeted measures," Chan '
        'said. Estimates by the WHO suggest that as many as two billion doses of vaccine could be '
        'produced per year if needed, although the first ones would not be available for four months to '
        'half a year. UK Secretary of Health Alan Johnson said the organisation needs to have more '
        'flexibility in its pandemic alert levels to take into consideration how severe the virus is. '
        '"We need more time – we need to give you more time. My proposal is that you should have more '
        "flexibility. A pandemic describes the geographic spread rather than its severity and it's very "
        'important that that is reflected in your ability to move to phase six," he said.'
    ),
    'geovirus:geovirus-040': (
        "Health officials in the Gaza Strip confirmed the territory's first five cases of H1N1 swine flu "
        "earlier today. The territory's Health Ministry is working with the World Health Organisation "
        '(WHO) to obtain the supplies needed to treat the potentially deadly virus. Neighbouring Israel '
        'has a blockade on Gaza, and Egypt restricts movement across its border with the territory as '
        'well. Health officials say that isolation likely kept the H1N1 virus from affecting Gaza '
        'sooner. Mahmoud Daher, a senior official for the WHO, said that Gaza has around 1,000 vaccine '
        'doses for the 8,000 medical workers in the territory. West Bank Health Ministry official Asad '
        'Ramlawi, however, commented that an additional one million doses would be delivered to the area '
        'at the end of the year.'
    ),
    'geovirus:geovirus-046': (
        'According to US health officials, New York state governor David Paterson has declared a state '
        'of emergency in the state as a result of the H1N1 swine flu outbreak. The Associated Press news '
        'agency reports that the six-page declaration was issued because at least 75 people have died of '
        'H1N1 related illnesses in New York since April. Three have died from H1N1 related illnesses '
        'just this past week. The declaration also says that human cases of the virus are on the rise. '
        'Paterson says he issued the declaration because "a disaster has occurred throughout New York '
        'state, for which the affected local governments are unable to respond adequately." The '
        'declaration will allow health officials more access to the H1N1 vaccine and the seasonal flu '
        'shot. It will also allow for an increase in the number of vaccine doses available in the state '
        'and will allow more health care facilities to administer the vaccine, including dentists and '
        'pharmacists. Schools with health centers will also be allowed to administer both vaccines.'
    ),
    'geovirus:geovirus-064': (
        'The American Food and Drug Administration has recalled operational rations (MREs) donated by '
        'Britain to help survivors of Hurricane Katrina. The Daily Mirror insinuated that the majority '
        'of the 400,000 rations donated by Britain, at a cost of millions of pounds, are set to be '
        'destroyed at a plant in Little Rock, Arkansas. The Washington Times reported, on September 23, '
        '2005, that a spokeswoman for the U.S. Department of Agriculture confirmed that the food was '
        'being held at the facility but denied any plans to incinerate the rations donated by Britain. '
        'Nevertheless, the move has infuriated aid workers who hasten to point out that "Under NATO, '
        'American soldiers are also entitled to eat such rations, yet the starving of the American South '
        'will see them go up in smoke because of FDA red tape madness." One aid worker was quoted as '
        'saying that "the world\'s richest nation couldn\'t organize a piss-up in a brewery and lets '
        'Americans starve while they arrogantly observe petty regulations. Everyone is revolted by the '
        'chaotic shambles the US is making of this crisis. Guys from UNICEF are walking around spitting '
        'blood." An FDA spokesman said the rations had not been inspected but were automatically deemed '
        '"unfit for human consumption" due to Bovine spongiform encephalopathy (BSE or colloquially "mad '
        'cow disease") fears. He observed that 70 pallets of vegetarian MREs were inspected and approved '
        'on September 13th. Aid workers claim that, today, BSE is much more of a problem in the U.S. '
        'than in Britain. Food donations from Spain and Italy are also being held by the FDA due to '
        'similar concern, as well as thousands of gallons of pear juice from Israel. Licensing '
        'regulations have also prevented foreign nations from sending doctors and other medical '
        'personnel.'
    ),
    'geovirus:geovirus-080': (
        'At least 259 people are dead and over 3000 people have been infected in the Haitian cholera '
        'outbreak. Officials from the United Nations have said that they fear that the disease will '
        'spread across the entire country. As the cholera spreads quickly across the country anxiety '
        'levels are high as fears mount that the disease will spread to the earthquake ravaged city of '
        'Port-au-Prince. However, so far only a few cases have been reported in the capital which '
        'occurred when five people from the Artibonite region traveled to the capital where the disease '
        'became symptomatic. A field hospital has been setup in Saint-Marc to help treat patients while '
        'Oxfam has sent specialists to set up sanitation, hygiene and water facilities. The Health '
        'minister, Alex Larsen, and the president, Rene Preval, toured the affected areas and Larsen '
        'revealed that the government was launching a large anti-cholera campaign, aided by the WHO and '
        'US health officials. The UN has set up cholera treatment facilities in the Artibonite region '
        'and sent additional doctors. Facilities were also set up in the capital. It is believed that '
        'the massive surge of deaths will soon subside, but there will be more cases in the future due '
        'to the disease being established in the atmosphere. According to the CDC cholera is "an acute, '
        'diarrheal illness caused by infection of the intestine with the bacterium Vibrio cholerae." The '
        'CDC also says, "the infection is often mild or without symptoms, but can sometimes be severe. '
        'Approximately one in 20 (5%) infected persons will have severe disease characterized by profuse '
        'watery diarrhea, vomiting, and leg cramps. In these people, rapid loss of body fluids leads to '
        'dehydration and shock. Without treatment, death can occur within hours." Cholera is contracted '
        'from drinking water or eating food contaminated by the Vibrio cholerae bacteria.'
    ),
    'geovirus:geovirus-146': (
        'The Haitian cholera outbreak has killed 292 people and infected over 4000, according to the '
        'Haitian government, although there are no new cases in the earthquake ravaged capital, '
        'Port-au-Prince. Neighboring countries, Dominican Republic and Jamaica have begun to implement '
        'measures to prevent the disease from spreading. The Deputy Director of the Pan American Health '
        'Organization (PAHO), Jon Andrus said, "health aides are in Haitian camps, educating people '
        'about proper food, water and waste treatment." He also added that "the goal is to provide '
        '24-hours-a-day medical care." The United Nations (UN) is calling the cholera outbreak '
        '"extremely serious" and it would be "irresponsible to plan for anything but a considerably '
        'wider outbreak." A United Nations spokesperson also expressed concerned that the disease might '
        'become more widespread. Members of CARE medical teams have been working non-stop to treat the '
        'sick, but the number of people who need treatment still remain high. Although no cases of the '
        'disease have been reported in the Dominican Republic or Jamaica, the countries are beefing up '
        'their defenses. The Jamaican Prime Minister, Bruce Golding, said yesterday that the coast guard '
        'have increased their high seas patrols to prevent individuals infected with the disease from '
        'fleeing to the country. He also added that "we must all ensure that we practise good hygiene, '
        'wash our hands with soap regularly, drink only boiled water or bottled water." Golding informed '
        'the cabinet that the Ministry of Health has begun to beef up operations in select towns which '
        'are still suffering from high waters due to the passage of Tropical Storm Nicole. In the '
        'Dominican Republic health officials are present and are currently putting measures in place to '
        'prevent the disease from spreading over to the country. These include tight border control and '
        'bans on cooked or raw food from Haiti.'
    ),
    'geovirus:geovirus-156': (
        'Thoroughbred horse racing has been cancelled indefinitely in the Australian states of New South '
        'Wales and Queensland due to an outbreak of Equine Influenza. An Australia-wide ban on the '
        'movement of horses, donkeys and mules which was due to expire on Wednesday has been extended '
        'until Friday. NSW and Queensland have extended their bans indefinitely. So far the virus only '
        'appears to have infected horses in NSW and Queensland, with 51 confirmed cases and another 400 '
        'suspected. So far all those infected appear to be horses used for recreational purposes and not '
        'thoroughbred race horses. Despite the bans on racing and horse movements, track work will '
        'recommence in NSW and Queensland today. It had been feared yesterday that four race horses at '
        'Randwick Racecourse in Sydney had been struck down by the virus, but the horses later tested '
        'negative to the virus. If an outbreak were to occur at Randwick it could affect up to 700 race '
        'horses stabled there. The outbreak comes at a bad time for the industry, as it prepares for the '
        'lucrative spring racing season in Sydney and Melbourne. The AUD$1 million Golden Rose event at '
        "Rosehill has been cancelled, although it is expected that Melbourne's spring racing carnival "
        'will resume on Saturday as no cases of the flu have been seen in Victoria. Racing Victoria has '
        'also said the Melbourne Cup will go ahead as planned despite the outbreak, even if no '
        'interstate or international horses can attend. Despite fines of up to $44,000 and 12 months '
        'imprisonment in NSW there have been reports that more than 100 horse owners have been caught '
        'moving their horses. The NSW Primary Industries Minister Ian Macdonald, said it was "absolutely '
        'vital that no-one moves a horse in this state". "We will be working with police to ensure '
        'horses are at a standstill," he said. The racing bans have cost gaming companies Tabcorp and '
        "Tattersall's millions, with Tabcorp losing $65 million in revenue on the weekend. Tabcorp "
        "expects to lose around $150 million in turnover this week. Tattersall's has also said it "
        'expects to lose around $2 million in revenue per week due to the outbreak. Investors reacted to '
        "the news, slashing 3 percent of the price of Tattersall's shares and over 4 percent of those of "
        'Tabcorp.'
    ),
    'geovirus:geovirus-196': (
        'After 100 days in office, United States president Barack Obama gave a speech on Wednesday, '
        'speaking about the swine influenza outbreak and the struggling economy, both described by the '
        'Los Angles Times as "two wars." He used a prime time television slot to showcase his message '
        'throughout the United States. During his speech, he said, "If you could tell me right now when '
        'I walked into this office... that all you had to worry about was Iraq, Afghanistan, North '
        'Korea, getting healthcare passed, figuring out how to deal with energy independence, deal with '
        'Iran and a pandemic flu, I would take that deal. I would love a nice, lean portfolio to deal '
        'with, but that\'s not the hand that\'s been dealt us." Obama also said the economy was not the '
        'only problem. There are threats to the country including "...terrorism to nuclear proliferation '
        'to pandemic flu." Regarding the swine influenza outbreak, he said that the U.S. / Mexico border '
        'will not be closed because closing the border does not fix any problems, claiming that this '
        'method did not work in the past. Instead, he said that the best method for preventing the '
        "spread of the flu is hand washing, covering one's mouth while coughing, and staying home when "
        'one feels sick. The Los Angeles Times described Obama "more like school nurse in chief than '
        'commander in chief." On the topic of waterboarding, Obama said, "I do believe that it is '
        'torture."'
    ),
    'geovirus:geovirus-132': (
        'Local British councillors have reported that they have seized ice cream made from the breast '
        'milk of human beings that had been placed on sale in a shop located in London, England, United '
        'Kingdom. Officials cited concerns relating to health and safety. A Westminster City Council '
        'spokeswoman explained that two complaints made by members of the public were being replied to '
        'by the council. The Icecreamists, the marketing company involved with the dessert known as '
        "'Baby Gaga', are fully co-operating with officials who are carrying out tests that are "
        'currently ongoing. According to Brian Connell, an individual from the council, "[s]elling '
        "foodstuffs made from another person's bodily fluids can lead to viruses being passed on and, in "
        'this case, potentially hepatitis." A serving of the ice cream is valued at £14 (US$22.76, '
        '€16.49) and is provided in a martini glass. The item became available to purchase during the '
        'last week and quickly increased in popularity; within days, the first shipment was sold out. '
        'The breast milk was donated by fifteen women who responded to an online advertisement located '
        'on a forum aimed at mothers. According to the company, all milk is screened for the "highest '
        'and safest" standards before it is pasteurized and prepared for human consumption. It is then '
        "mixed with the zest of lemons and vanilla seed cases. Matt O'Connor, who founded the "
        'Icecreamists, stated: "As far as we are aware there is no law prohibiting a business from '
        'selling breast milk ice cream". He claimed that "[i]f it\'s good enough for our children, it\'s '
        'good enough for the rest of us" and "[s]ome people will hear about it and go yuck - but '
        'actually it\'s pure organic, free-range and totally natural." Brian Connell, a member of the the '
        'Conservative Party in the UK, believes that "[a]s the local authority we will support small '
        'businesses and applaud innovative ideas wherever possible, but must protect the health of '
        'consumers."'
    ),
    'geovirus:geovirus-114': (
        'Over 40 children have died in an outbreak of hand, foot and mouth disease (HFMD) in China, and '
        "the country's capital of Beijing reported its first death due to the disease on Wednesday. "
        'According to Xinhua News Agency, Beijing Health Bureau spokeswoman Deng Xiaohong said that the '
        '13-month-old boy died Sunday while en route to the hospital. Health authorities state that '
        '24,934 children in mainland China are afflicted with the disease, and 42 children have died '
        'from it. The cause of the disease has been identified as Enterovirus 71 (EV-71). HFMD can also '
        'be caused by Coxsackievirus. Another child infected with the virus died Monday, but as he died '
        'in Hebei province his death was counted there. Xinhua News Agency also reported that a '
        '21-month-old boy died Monday of the virus in Hubei province. After an order was given last week '
        "by the Ministry of Health of the People's Republic of China that all cases must be reported, "
        'the count of those infected has increased markedly. Eastern China saw a large number of cases '
        'in early March, but this information was not made public until late April. In March, Children '
        'under age six in eastern Anhui province began being admitted to hospitals with symptoms of the '
        'virus, and the outbreak spread quickly after that. The city of Fuyang in Anhui province was '
        'especially hard-hit by the outbreak. "The majority of patients who were in critical condition '
        'have recovered," said a Health Ministry official in a statement on Monday. As of Monday, 3,606 '
        'HFMD infections had been reported in Beijing. Deaths have occurred in the provinces of Anhui, '
        'Guangdong, Guangxi, Hainan, Hunan, Zhejiang, Beijing and Hubei. "What I know is the death rate '
        'has gone down drastically since early May. There are very, very few cases with complications — '
        '99 percent of these are mild cases," said World Health Organization (WHO) China representative '
        'Hans Troedsson in a statement on Wednesday. Incidents of the disease are expected to peak in '
        'June and July. China is also dealing with a magnitude-7.9 earthquake which hit the country '
        'Monday and has killed almost 15,000. The outbreak is a concern to the government, as the '
        'country prepares for the 2008 Summer Olympics in Beijing this August. "We are confident the '
        'potential outbreak will not affect the Beijing Olympic Games," China\'s Health Ministry '
        "spokesman Mao Qunan stated. And at a joint press conference held by China's Ministry of Health "
        'and the WHO, he further noted that, "China is confident that it can control the spread of the '
        'disease with effective prevention methods."'
    ),
    'geovirus:geovirus-108': (
        'A 14 year old Turkish male has died from bird flu in Turkey. According to the World Health '
        'Organization (WHO), it is most likely the teenager died from the deadly H5N1 strain of the '
        "virus. The teenager's sister has also been infected with another sibling also suspected to have "
        'the virus. Eight other people, mostly from the same family have been hospitalized in the city '
        'of Van, Turkey with flu-like symptoms. The children were from Dogu Beyazit, a farming town in '
        'eastern Turkey. It is believed that the children raised poultry on a small farm and may have '
        'been in contact with sick birds. The family also ate diseased poultry. The young male was '
        'originally thought to have died from a pnuemonia related infection. Later tests revealed that '
        'the male had in fact died from bird flu. According to Huseyin Avni Sahin, the head doctor of '
        'the hospital in Van where the teenager was treated, "(The boy) died of the H5N1 strain of bird '
        'flu". Turkish Health Minister Recep Akdag gave no specific details and said samples had been '
        'sent to the WHO and Britain for more tests. If the teenager is confirmed to have had H5N1, it '
        'would be the first death from H5N1 in Europe. Huseyin Avni Sahin has requested more ventilators '
        'to treat the ill people. While H5N1 remains difficult for humans to contract, authorities fear '
        'it may mutate into a form that is passable among humans. Such a mutation could kill millions of '
        'people around the globe.'
    ),
    'geovirus:geovirus-050': (
        'The 34 British medical students who had been quarantined due to A(H1N1) flu virus in the Kenyan '
        'lakeside town of Kisumu were transported to the capital city of Nairobi amid tight police '
        'security on Sunday. The students, who have completed their courses of Tamiflu, are expected to '
        'fly back to the United Kingdom Sunday, ending their one week ordeal in East Africa. The '
        "government's swift response to contain the disease has been impressive. The World Health "
        'Organisation, which collects data on all laboratory confirmed cases of the flu put the number '
        'of visiting students who became infected at 12. The infection spread from their fellow medical '
        'student who was originally infected in Nottingham from his girlfriend there. Public Health and '
        "Sanitation Minister Beth Mugo reported that it was Kenya's first case of A(H1N1). Test results "
        'of the primary school children who had come into contact with the students during their visit '
        'are awaited. In a further twist, eight more people are suspected to have the H1N1 virus in the '
        'north eastern town of Garissa. The eight are reported to have arrived in Kenya from the UK. If '
        'confirmed they will bring the total number of swine flu cases reported in Kenya to 20.'
    ),
    'geovirus:geovirus-068': (
        'A cow in the province Alberta, Canada, has tested positive for Mad Cow disease, said Canadian '
        'Food Inspection Agency officials on Monday. Officials also stated that the six-year-old '
        'cross-bred cow did not make it into the human or animal feed chain. "Last evening '
        'the...laboratory for BSE located in Winnipeg confirmed the presence of BSE in a cross-bred cow '
        'born and raised in Alberta," said CFIA chief veterinarian Brian Evans. "The animal was detected '
        'on the farm where it was born and no part of this animal entered the food for human consumption '
        'or feed for animal consumption purposes." It is the fourth case to turn up in Canada since '
        '2003. Evans also stated that it is too early to tell whether or not export markets would ban '
        'Canadian cows and beef. The United States has seen two cases of Mad Cow disease. The first was '
        'discovered in December of 2003 in the state of Washington. Officials later linked this case to '
        'Canada because the cow was born on a farm in Alberta. The second infected cow was discovered in '
        'Texas in 2005. The later case was diagnosed in England after earlier samples tested had shown '
        'conflicting results.'
    ),
    'ecbplus:14_3ecbplus': (
        'Man charged with arson over Waitrose fire in Wellington\n'
        'A man has been charged with arson after a fire at the Waitrose supermarket in Wellington, '
        'Somerset.\n'
        "Robert Pitman, 24, from the town is due to appear before Taunton Deane Magistrates' Court on "
        'Tuesday.\n'
        'Half of the roof at the entrance of the store in the High Street collapsed during the blaze, '
        'shortly after 06: 00 BST on Sunday.\n'
        'No - one was injured in the fire.\n'
        'The main building remains closed.'
    ),
    'ecbplus:14_2ecbplus': (
        'Waitrose Wellington fire: Man denies arson\n'
        'A man has denied arson following a fire at a Somerset supermarket early on Sunday.\n'
        'Robert Pitman, 24, is accused of setting fire to the Waitrose store in Wellington shortly after '
        '06: 00 BST.\n'
        'Half of the entrance roof at the shop collapsed during the blaze.\n'
        'Mr Pitman, of High Street, Wellington, entered a not guilty plea at Taunton Deane Magistrates '
        'and was remanded in custody to appear before Taunton Crown Court on 19 August.'
    ),
    'ecbplus:21_5ecbplus': (
        'Woman Killed in Queens Hit - And - Run, Police Arrest Allegedly Drunk Driver\n'
        'on September 14, 2013 11: 41am | Updated on September 14, 2013 11: 41am\n'
        'An allegedly intoxicated driver who tried to flee after striking and fatally injuring a woman '
        'in Queens has been charged in her murder, according to police.\n'
        'Police responded to the Richmond Hill crash on the corner of 117th Street and 97th Avenue at 7: '
        '01 p. m. on Friday to find the unconscious Raj K. Chohan, 59, of College Point, lying in the '
        'roadway, the NYPD said.\n'
        'EMS crews rushed Chohan to Jamaica Hospital for treatment, where she was later pronounced '
        'dead.\n'
        'An initial investigation of the scene revealed that Chohan had been walking alongside the '
        'parked cars on 117th Street when she was struck by a vehicle heading northbound, police said.\n'
        'The driver took off after the accident, but witnesses identified the vehicle as a grey 2013 '
        'Toyota Camry and Vishwanand Subryan, 23, of Schenectady, was identified and arrested not far '
        'from the scene, police said.\n'
        'Subryan was charged with criminally negligent homicide, vehicular manslaughter, leaving the '
        'scene of an accident resulting in death, and driving while intoxicated.\n'
        'An investigation into the crime is still ongoing, police said.'
    ),
    'ecbplus:21_11ecbplus': (
        'Driver Charged In Fatal Queens Hit & Run\n'
        'A driver has been charged with DWI and criminally negligent homicide after police say he struck '
        'and killed a woman in Queens last night.\n'
        'According to an NYPD release, 59 - year - old Raj Chohan was walking along parked cars on 117th '
        'Street near 97th Avenue at around 7 p. m. last night when 23 - year - old Vishwanand Subryan '
        'struck Chohan with his 2013 Toyota Camry as he was traveling north.\n'
        'Subryan fled the scene, but was arrested nearby.\n'
        'Chohan was pronounced dead at Jamaica Hospital.\n'
        'Subryan was also charged with vehicular manslaughter, and leaving the scene of an accident '
        'resulting in death.\n'
        '“ They drive reckless around here, " a bystander told CBS.\n'
        '"Always reckless. "'
    ),
    'ecbplus:20_5ecb': (
        "Iran's state television says a magnitude-5.2 quake has injured three people in the Persian Gulf "
        'Island of Qeshm.\n'
        'The report says the earthquake struck the island at 5:11 p.m. local time.\n'
        "The U.S. Geological Survey put the quake's strength at magnitude-5.4.\n"
        "Monday's earthquake was the second one to hit Qeshm in the past 24 hours.\n"
        'Earlier on Sunday a 5.6 quake jolted the island, some 930 miles south of the capital, Tehran.'
    ),
    'meantime:11716': (
        'Airbus wins Qatar Airways order worth $15bn\n'
        'June 13, 2005\n'
        'European aircraft manufacturer, Airbus, has won an order from Qatar Airways for up to 60 of its '
        'new mid-sized A350 jets.\n'
        'The order, which is believed to be worth $15 billion, has given a boost to an otherwise '
        'disappointing Paris Air Show, which had been dominated by a state aid dispute between Airbus '
        'and Boeing.\n'
        "Qatar Airways, which choose the Airbus A350 over Boeing's 787, will also purchase 20 of "
        "Boeing's larger 777 planes for $4.6 billion.\n"
        "Qatar has a previous order for 2 of Airbus' massive new A380's which it will begin to fly in "
        '2009 out of London Heathrow.\n'
        'In 2004, Airbus sold more planes than Boeing for the first time ever, sparking questions '
        'whether the US company had lost its once seemingly impregnable grip on the aviation market.\n'
        'However thus far, Boeing has received far more orders than Airbus in 2005.'
    ),
}


def RA(id_, outlet, published, source, sentence, events, note=None):
    """A real article: its text from ``TEXTS``, its title the headline line or,
    for a text with no headline, the first sentence (ending in ``sentence``),
    as ``needles.with_title`` gives it."""
    text, title = with_title(TEXTS[source], sentence)
    A(id_, outlet, published, title, text, events, source=source, note=note)


GEO_NOTE = "GeoVirus prints no date: {}"

# --- Swine flu, April-May 2009: Mexico, the WHO ----------------------------------------
RA("01", "Wikinews", "2009-04-27", 'geovirus:geovirus-038', "swine flu outbreak.", [
    E("are asking citizens", "asking", "REQUEST", None, ("Officials in Mexico", "MEX", "GOV"),
      ("citizens", "MEX", "CVL"), None, None, mod="demanded", cl="mx-ask"),
    E("Citizens are urged", "urged", "REQUEST", None, None, ("Citizens", "MEX", "CVL"), None, None,
      mod="demanded", cl="mx-ask"),
    E("have been closed indefinitely", "closed", "COERCE", "restrict", None,
      ("all schools and universities in Mexico City", "MEX", "EDU"), None, P("Mexico City", "Mexico City"),
      cl="mx-schools"),
    E("causing the government to issue", "emergency", "COERCE", "martial-law", ("the government", "USA", "GOV"),
      None, None, P("the United States", "United States")),
    E("are being quarantined", "quarantined", "COERCE", "restrict", None,
      ("All of the students and teachers", "NZL", "EDU"), None, None),
], note=GEO_NOTE.format("the Monday of Mexico's toll of 100 deaths and the US emergency of 26 April 2009 "
                        "give Monday 27 April 2009 (approximate)"))

RA("02", "Wikinews", "2009-04-29", 'geovirus:geovirus-098', "sparking fear of a global pandemic.", [
    E("and encouraged countries", "encouraged", "REQUEST", None,
      ("Keiji Fukuda, the chief of the UN's World Health Organisation (WHO)", None, "IGO"),
      ("countries", None, "GOV"), None, None, mod="demanded", cl="who-prepare"),
    E("Countries should really take", "should", "REQUEST", None, (("he", " he said. In response"), None, "IGO"),
      ("Countries", None, "GOV"), None, None, speaker=("he", " he said. In response"), mod="demanded",
      cl="who-prepare"),
    E("have told restaurants", "told", "COERCE", "restrict", ("Mexican officials", "MEX", "GOV"),
      ("restaurants", "MEX", "BUS"), None, None),
    E("has closed schools until May 8", "closed", "COERCE", "restrict", ("Mexican officials", "MEX", "GOV"),
      ("schools", "MEX", "EDU"), None, None, cl="mx-schools"),
    E("Many public events have been cancelled", "cancelled", "COERCE", "restrict", None, None, None, None),
    E("would not endorse travel bans", "endorse", "SUPPORT", None, ("it", None, "IGO"), None, None, None,
      speaker="The WHO", mod="negated"),
], note=GEO_NOTE.format("the WHO's statement 'on Tuesday' (28 April 2009) and Mexico's toll of 152 give "
                        "29 April 2009 (approximate)"))

RA("03", "Wikinews", "2009-05-18", 'geovirus:geovirus-176', "spread to many parts of the globe.", [
    E("have warned the WHO", "warned", "REQUEST", None,
      ("Many countries, among them China, Japan, and the United Kingdom", None, "GOV"),
      ("the WHO", None, "IGO"), None, None, mod="demanded", cl="who-caution"),
    E("had listened to the countries", "listened", "AGREE", None, ("the organisation", None, "IGO"),
      ("the countries", None, "GOV"), None, None, speaker="WHO director Margaret Chan", mod="reported"),
    E("urge the international community", "urge", "REQUEST", None, ("I", None, "IGO"),
      ("the international community", None, "GOV"), None, None, speaker=("she", "However, she added"),
      mod="demanded"),
    E("I strongly urge you", "urge", "REQUEST", None, ("I", None, "IGO"), ("you", None, "GOV"), None, None,
      speaker=("she", "However, she added"), mod="demanded"),
    E("She urged countries", "urged", "REQUEST", None, ("She", None, "IGO"), ("countries", None, "GOV"), None,
      None, mod="demanded", cl="who-squander"),
    E("absolutely essential", "essential", "REQUEST", None, (("Chan", "measures,\" Chan said"), None, "IGO"),
      ("countries", None, "GOV"), None, None, speaker=("Chan", "measures,\" Chan said"), mod="demanded",
      cl="who-squander"),
    E("hadn't yet told", "told", "REQUEST", None, ("the WHO", None, "IGO"), ("antiviral manufacturers", None, "BUS"),
      None, None, speaker="Chan", mod="negated"),
    E("organisation needs to have", "needs", "REQUEST", "change", ("UK Secretary of Health Alan Johnson", "GBR", "GOV"),
      ("the organisation", None, "IGO"), None, None, speaker="UK Secretary of Health Alan Johnson", mod="demanded",
      cl="uk-flex"),
    E("My proposal is", "proposal", "REQUEST", "change", ("My", "GBR", "GOV"), ("you", None, "IGO"), None, None,
      speaker=("he", "six,\" he said"), mod="demanded", cl="uk-flex"),
], note=GEO_NOTE.format("Chan's address to the WHO's annual meeting (the World Health Assembly opened on "
                        "18 May 2009) gives 18 May 2009 (approximate)"))

RA("04", "Wikinews", "2009-11-04", 'geovirus:geovirus-040', "earlier today.", [
    E("is working with the World", "working", "COOPERATE", None, ("The territory's Health Ministry", "PSE", "GOV"),
      ("the World Health Organisation (WHO)", None, "IGO"), None, None),
    E("would be delivered to the area", "delivered", "AID", None, None, ("the area", "PSE", None),
      mo("2009-12"), None, speaker="West Bank Health Ministry official Asad Ramlawi", mod="future"),
], note=GEO_NOTE.format("Gaza's first H1N1 cases, late 2009, before 'the end of the year' (approximate: "
                        "only the year is sure)"))

RA("05", "Wikinews", "2009-10-24", 'geovirus:geovirus-046', "the H1N1 swine flu outbreak.", [
    E("has declared a state of emergency", "declared", "COERCE", "martial-law",
      ("New York state governor David Paterson", "USA", "GOV"), None, None, P("the state", "New York"),
      speaker="US health officials", mod="reported", cl="ny-emergency"),
    E("the six-page declaration", "declaration", "COERCE", "martial-law", None, None, None, None,
      speaker="The Associated Press news agency", mod="reported", cl="ny-emergency"),
    E("Paterson says he issued", ("declaration", "he issued the declaration"), "COERCE", "martial-law",
      (("he", "says he issued"), "USA", "GOV"), None, None, None, speaker="Paterson", mod="reported",
      cl="ny-emergency"),
], note=GEO_NOTE.format("New York's H1N1 emergency declaration of October 2009 (approximate)"))

# --- Relief and its refusal ------------------------------------------------------------
RA("06", "Wikinews", "2005-09-25", 'geovirus:geovirus-064', "survivors of Hurricane Katrina.", [
    E("has recalled operational rations", "recalled", "REJECT", "assist",
      ("The American Food and Drug Administration", "USA", "GOV"), ("Britain", "GBR", "GOV"), None, None,
      cl="fda-recall"),
    E("(MREs) donated by Britain", "donated", "AID", None, ("Britain", "GBR", "GOV"),
      ("survivors of Hurricane Katrina", "USA", "CVL"), None, None, cl="uk-mre"),
    E("food was being held", "held", "REJECT", "assist", None, None, None, P("the facility", "Little Rock"),
      speaker="a spokeswoman for the U.S. Department of Agriculture", relays=["The Washington Times"],
      mod="reported", cl="fda-recall"),
    E("denied any plans", "denied", "REJECT", None,
      ("a spokeswoman for the U.S. Department of Agriculture", "USA", "GOV"), None, None, None,
      relays=["The Washington Times"]),
    E("red tape madness", "madness", "ACCUSE", "disapprove", ("aid workers", None, "NGO"), ("FDA", "USA", "GOV"),
      None, None, speaker="aid workers", mod="reported"),
    E("chaotic shambles", "shambles", "ACCUSE", "disapprove", (("One aid worker", "One aid worker was"), None, "NGO"),
      ("the US", "USA", "GOV"), None, None, speaker=("One aid worker", "One aid worker was"), mod="reported"),
    E("were inspected and approved", "approved", "AGREE", None, None, None, d("2005-09-13", True), None,
      speaker=("He", "He observed"), mod="reported"),
    E("Food donations from Spain", "donations", "AID", None, ("Spain and Italy", None, "GOV"), None, None, None),
    E("are also being held", "held", "REJECT", "assist", ("the FDA", "USA", "GOV"), ("Spain and Italy", None, "GOV"),
      None, None),
    E("have also prevented foreign", "prevented", "REJECT", "assist", ("Licensing regulations", "USA", "GOV"),
      ("foreign nations", None, "GOV"), None, None),
    E("from sending doctors", "sending", "AID", None, ("foreign nations", None, "GOV"), None, None, None,
      mod="negated"),
], note=GEO_NOTE.format("after the Washington Times report of 23 September 2005 (approximate)"))

RA("07", "Wikinews", "2010-10-24", 'geovirus:geovirus-080', "in the Haitian cholera outbreak.", [
    E("Oxfam has sent specialists", "sent", "AID", None, ("Oxfam", None, "NGO"), None, None, None),
    E("aided by the WHO", "aided", "AID", None, ("the WHO and US health officials", None, "IGO"),
      ("the government", "HTI", "GOV"), None, None, speaker=("Larsen", "Larsen revealed"), mod="reported"),
    E("The UN has set up", "set up", "AID", None, ("The UN", None, "IGO"), None, None,
      P("the Artibonite region", "Artibonite")),
    E("sent additional doctors", "sent", "AID", None, ("The UN", None, "IGO"), None, None,
      P("the Artibonite region", "Artibonite")),
    E("Facilities were also set up", "set up", "AID", None, None, None, None, P("the capital", "Port-au-Prince")),
], note=GEO_NOTE.format("the toll of 259 dead was given on 24 October 2010 (approximate)"))

RA("08", "Wikinews", "2010-10-26", 'geovirus:geovirus-146', "capital, Port-au-Prince.", [
    E("the goal is to provide", "provide", "AID", None, None, None, None, None,
      speaker=("He", "He also added that \"the goal"), mod="future"),
    E("have been working non-stop", "treat", "AID", None, ("Members of CARE medical teams", None, "NGO"),
      ("the sick", "HTI", "CVL"), None, None),
    E("high seas patrols", "patrols", "MOBILIZE", "police", ("the coast guard", "JAM", "COP"), None, None, None,
      speaker="The Jamaican Prime Minister, Bruce Golding", mod="reported"),
    E("tight border control", "border control", "COERCE", "restrict",
      (("health officials", "In the Dominican Republic health officials"), "DOM", "GOV"), None, None, None),
    E("bans on cooked", "bans", "SANCTION", "discontinue",
      (("health officials", "In the Dominican Republic health officials"), "DOM", "GOV"), ("Haiti", "HTI", None),
      None, None),
], note=GEO_NOTE.format("the toll of 292 and Golding's statement 'yesterday' give about 26 October 2010 "
                        "(approximate)"))

# --- Equine influenza, August 2007 -------------------------------------------------------
RA("09", "Wikinews", "2007-08-27", 'geovirus:geovirus-156', "an outbreak of Equine Influenza.", [
    E("has been cancelled indefinitely", "cancelled", "COERCE", "restrict", None, None, None,
      P("New South Wales", "New South Wales"), cl="au-racing"),
    E("has been extended until Friday", "extended", "COERCE", "restrict", None, None, None,
      P("Australia", "Australia")),
    E("NSW and Queensland have extended", "extended", "COERCE", "restrict", ("NSW and Queensland", "AUS", "GOV"),
      None, None, None),
    E("The AUD$1 million Golden Rose event", "cancelled", "COERCE", "restrict", None, None, None,
      P("Rosehill", "Rosehill")),
    E("have been caught moving", "caught", "COERCE", None, None, ("more than 100 horse owners", "AUS", "CVL"),
      None, None, speaker="reports", mod="reported"),
    E("caught moving their horses", "moving", "REJECT", None, ("more than 100 horse owners", "AUS", "CVL"), None,
      None, None, speaker="reports", mod="reported"),
    E("\"absolutely vital", "vital", "REQUEST", None,
      ("The NSW Primary Industries Minister Ian Macdonald", "AUS", "GOV"), None, None, None,
      speaker="The NSW Primary Industries Minister Ian Macdonald", mod="demanded"),
    E("We will be working with police", "working", "COOPERATE", None, ("We", "AUS", "GOV"), ("police", "AUS", "COP"),
      None, None, speaker=("he", "standstill,\" he said"), mod="future"),
], note=GEO_NOTE.format("the weekend's lost turnover and the ban 'due to expire on Wednesday' give Monday "
                        "27 August 2007 (approximate)"))

RA("10", "Wikinews", "2009-04-30", 'geovirus:geovirus-196', "as \"two wars.\"", [
    E("border will not be closed", "closed", "SANCTION", "discontinue", None, ("Mexico", "MEX", "GOV"), None, None,
      speaker=("he", "he said that the U.S."), mod="negated"),
    E("it is torture", "torture", "ACCUSE", "disapprove", ("Obama", "USA", "GOV"), None, None, None,
      speaker="Obama", mod="reported"),
], note=GEO_NOTE.format("the speech 'on Wednesday' after 100 days in office (29 April 2009) gives 30 April "
                        "2009"))

RA("11", "Wikinews", "2011-02-28", 'geovirus:geovirus-132', "London, England, United Kingdom.", [
    E("they have seized ice cream", "seized", "COERCE", "seize", ("they", "GBR", "GOV"), ("a shop", "GBR", "BUS"),
      None, P("London", "London"), speaker="Local British councillors", mod="reported"),
    E("are fully co-operating", "co-operating", "COOPERATE", None, ("The Icecreamists", "GBR", "BUS"),
      ("officials", "GBR", "GOV"), None, None),
], note=GEO_NOTE.format("the seizure of 'Baby Gaga' ice cream, late February 2011 (approximate)"))

RA("12", "Wikinews", "2008-05-14", 'geovirus:geovirus-114', "due to the disease on Wednesday.", [
], note=GEO_NOTE.format("'Wednesday' after the Monday earthquake of 12 May 2008 gives 14 May 2008"))

RA("13", "Wikinews", "2006-01-02", 'geovirus:geovirus-108', "died from bird flu in Turkey.", [
    E("samples had been sent", "sent", "COOPERATE", None, None, ("the WHO and Britain", None, "IGO"), None, None,
      speaker="Turkish Health Minister Recep Akdag", mod="reported"),
    E("has requested more ventilators", "requested", "REQUEST", "assist", ("Huseyin Avni Sahin", "TUR", "HLH"),
      None, None, None, mod="demanded"),
], note=GEO_NOTE.format("the first Turkish H5N1 death in Van, 1 January 2006 (approximate)"))

RA("14", "Wikinews", "2009-07-05", 'geovirus:geovirus-050', "tight police security on Sunday.", [
    E("who had been quarantined", "quarantined", "COERCE", "restrict", None, ("who", "GBR", "EDU"), None,
      P("Kisumu", "Kisumu")),
], note=GEO_NOTE.format("Kenya's first H1N1 case (late June 2009) and the students' one-week ordeal give "
                        "Sunday 5 July 2009 (approximate)"))

RA("15", "Wikinews", "2006-01-24", 'geovirus:geovirus-068', "Inspection Agency officials on Monday.", [
    E("export markets would ban", "ban", "SANCTION", "discontinue", ("export markets", None, "GOV"), None, None,
      None, speaker=("Evans", "Evans also stated"), mod="hypothetical"),
], note=GEO_NOTE.format("Canada's fourth BSE case, announced on Monday 23 January 2006 (approximate)"))

# --- ECB+ topic 14: the Wellington Waitrose fire, Sunday 21 July 2013 -------------------------
RA("16", "BBC News", "2013-07-22", 'ecbplus:14_3ecbplus', None, [
    E("Man charged with arson", "charged", "ACCUSE", "allege", None, ("Man", "GBR", "CVL"), None, None,
      cl="wt-charge"),
    E("A man has been charged", "charged", "ACCUSE", "allege", None, ("A man", "GBR", "CVL"), None, None,
      cl="wt-charge"),
    E("is due to appear", "appear", "ACCUSE", "allege", None, ("Robert Pitman", "GBR", "CVL"), d("2013-07-23"),
      P("Taunton Deane Magistrates' Court", "Taunton"), mod="future", cl="wt-hearing"),
], note="The URL line and the BBC time-stamp line above the headline are cut; the time stamp reads "
        "22 July 2013.")

RA("17", "BBC News", "2013-07-23", 'ecbplus:14_2ecbplus', None, [
    E("Man denies arson", "denies", "REJECT", None, ("Man", "GBR", "CVL"), None, None, None, cl="wt-plea"),
    E("A man has denied arson", "denied", "REJECT", None, ("A man", "GBR", "CVL"), None, None, None, cl="wt-plea"),
    E("is accused of setting fire", "accused", "ACCUSE", "allege", None, ("Robert Pitman", "GBR", "CVL"), None, None,
      cl="wt-charge"),
    E("entered a not guilty plea", "plea", "REJECT", None, ("Mr Pitman", "GBR", "CVL"), None, None,
      P("Taunton Deane Magistrates", "Taunton"), cl="wt-plea"),
    E("was remanded in custody", "remanded", "COERCE", "arrest", None, ("Mr Pitman", "GBR", "CVL"), None,
      P("Taunton Deane Magistrates", "Taunton")),
    E("to appear before Taunton Crown Court", "appear", "ACCUSE", "allege", None, ("Mr Pitman", "GBR", "CVL"),
      d("2013-08-19"), P("Taunton Crown Court", "Taunton"), mod="future"),
], note="The URL line and the BBC time-stamp line above the headline are cut; the time stamp reads "
        "23 July 2013.")

# --- ECB+ topic 21: the Richmond Hill hit-and-run, Friday 13 September 2013 -----------------
FRI = d("2013-09-13")
RA("18", "DNAinfo", "2013-09-14", 'ecbplus:21_5ecbplus', None, [
    E("Police Arrest Allegedly", "Arrest", "COERCE", "arrest", ("Police", "USA", "COP"), ("Drunk Driver", "USA", "CVL"),
      FRI, None, cl="q-arrest"),
    E("has been charged in her murder", "charged", "ACCUSE", "allege", None,
      ("An allegedly intoxicated driver", "USA", "CVL"), None, None, speaker=("police", "according to police"),
      mod="reported", cl="q-charge"),
    E("was identified and arrested", "arrested", "COERCE", "arrest", None, ("Vishwanand Subryan", "USA", "CVL"), FRI,
      None, speaker=("police", "scene, police said"), mod="reported", cl="q-arrest"),
    E("Subryan was charged", "charged", "ACCUSE", "allege", None, ("Subryan", "USA", "CVL"), None, None,
      cl="q-charge"),
    E("An investigation into the crime", "investigation", "ACCUSE", "investigate", None, None, None, None,
      speaker="police", mod="reported"),
], note="The URL line above the headline is cut; the time-stamp line under it (14 September 2013) stays.")

RA("19", "Gothamist", "2013-09-14", 'ecbplus:21_11ecbplus', None, [
    E("Driver Charged In", "Charged", "ACCUSE", "allege", None, ("Driver", "USA", "CVL"), None, None, cl="q-charge"),
    E("A driver has been charged", "charged", "ACCUSE", "allege", None, ("A driver", "USA", "CVL"), None, None,
      cl="q-charge"),
    E("but was arrested nearby", "arrested", "COERCE", "arrest", None, ("Subryan", "USA", "CVL"), FRI, None,
      cl="q-arrest"),
    E("Subryan was also charged", "charged", "ACCUSE", "allege", None, ("Subryan", "USA", "CVL"), None, None,
      cl="q-charge"),
], note="The URL line (gothamist.com/2013/09/14/...) above the headline is cut; it gives the date.")

# --- Look-alikes: an earthquake (ECB+ topic 20) and an aircraft order (MEANTIME) ------------
RA("20", "Associated Press", "2008-12-15", 'ecbplus:20_5ecb', None, [
], note="No date printed: 'Monday's earthquake' after Sunday's; the topic's sister texts recall a September "
        "quake, so a Monday late in 2008 (approximate); the outlet is inferred from the wire style. No events: a natural event only.")

RA("21", "Wikinews", "2005-06-13", 'meantime:11716', None, [
], note="Printed date June 13, 2005. No events: an aircraft order between companies; the 'state aid "
        "dispute' is a standing dispute named as background.")

# ======================================================================================
# Own texts (CC BY 4.0, this project): invented events in real places, 2025
# ======================================================================================
PLACES.update({
    'Manzini': (-26.49, 31.38),  # geonameid 934985
    'Eswatini': (-26.5, 31.5),  # GeoNames country point
    'Buka': (-5.43, 154.67),  # geonameid 2099012 (approximate)
    'Port Moresby': (-9.44, 147.18),  # geonameid 2088122
    'Bougainville': (-6.2, 155.3),  # Bougainville Island, approximate point
    'Michoacan': (19.17, -101.9),  # Michoacan, ADM1 point
    'Apatzingan': (19.09, -102.35),  # geonameid 4019214 (approximate)
    'El Aguaje': (18.85, -102.75),  # village near Aguililla, approximate point
})

A("22", "Reuters", "2025-03-12",
  "Eswatini police fire on protesters in Manzini; government denies using live rounds",
  "Eswatini police fire on protesters in Manzini; government denies using live rounds\n"
  "MBABANE, March 12 (Reuters) - Police in Eswatini fired tear gas and rubber bullets at hundreds of "
  "pro-democracy protesters in the commercial hub of Manzini on Tuesday, and two people were shot dead, the "
  "opposition People's United Democratic Movement (PUDEMO) said.\n"
  "Government spokesman Alpheous Nxumalo denied that officers had used live ammunition, telling state "
  "broadcaster Eswatini TV that the two men had been killed \"by criminals among the marchers\". He said 31 "
  "people were arrested for looting shops.\n"
  "PUDEMO president Mlungisi Makhanya accused the security forces of \"shooting to kill\" and demanded the "
  "release of all detainees by Friday. \"If our comrades are not freed, we will shut down every town in the "
  "kingdom,\" he told Reuters by phone.\n"
  "The protesters had marched to the regional administrator's office to deliver a petition calling for "
  "multi-party elections, which political parties have been barred from contesting since a 1973 decree by King "
  "Sobhuza II.\n"
  "Tuesday's march came almost four years after the unrest of June 2021, when soldiers were deployed across the "
  "country and dozens of protesters were killed. Two pro-democracy lawmakers were arrested a month later and "
  "were later jailed for terrorism.\n"
  "The Southern African Development Community (SADC) urged both sides to exercise restraint and offered to send "
  "envoys to mediate, a statement issued by its secretariat in Gaborone said.",
  [
    E("police fire on protesters", "fire", "ASSAULT", "crowd-control", ("Eswatini police", "SWZ", "COP"),
      ("protesters", "SWZ", "CVL"), d("2025-03-11"), P("Manzini", "Manzini"), cl="sz-fire"),
    E("denies using live rounds", "using", "ASSAULT", "firearms", None, None, d("2025-03-11"), None,
      speaker=("government", "government denies"), mod="denied", cl="sz-live"),
    E("fired tear gas and rubber", "fired", "ASSAULT", "crowd-control", ("Police in Eswatini", "SWZ", "COP"),
      ("hundreds of pro-democracy protesters", "SWZ", "CVL"), d("2025-03-11"), P(("Manzini", 2), "Manzini"),
      speaker="the opposition People's United Democratic Movement (PUDEMO)", mod="reported", cl="sz-fire"),
    E("two people were shot dead", "shot dead", "ASSAULT", "firearms", None, ("two people", "SWZ", "CVL"),
      d("2025-03-11"), P(("Manzini", 2), "Manzini"),
      speaker="the opposition People's United Democratic Movement (PUDEMO)", mod="reported", cl="sz-shot"),
    E("had used live ammunition", "used", "ASSAULT", "firearms", ("officers", "SWZ", "COP"), None,
      d("2025-03-11"), None, speaker="Government spokesman Alpheous Nxumalo",
      relays=["state broadcaster Eswatini TV"], mod="denied", cl="sz-live"),
    E("had been killed \"by criminals", "killed", "ASSAULT", None, ("criminals among the marchers", "SWZ", "UAF"),
      ("the two men", "SWZ", "CVL"), d("2025-03-11"), None, speaker="Government spokesman Alpheous Nxumalo",
      relays=["state broadcaster Eswatini TV"], mod="reported", cl="sz-shot"),
    E("people were arrested for looting", "arrested", "COERCE", "arrest", None, ("31 people", "SWZ", "CVL"),
      d("2025-03-11"), None, speaker=("He", "He said 31"), mod="reported"),
    E("arrested for looting shops", "looting", "PROTEST", "vandalize", ("31 people", "SWZ", "CVL"),
      ("shops", "SWZ", "BUS"), d("2025-03-11"), None, speaker=("He", "He said 31"), mod="reported"),
    E("accused the security forces", "accused", "ACCUSE", "allege", ("PUDEMO president Mlungisi Makhanya", "SWZ", "OPP"),
      ("the security forces", "SWZ", "COP"), None, None),
    E("\"shooting to kill\"", "shooting", "ASSAULT", "firearms", ("the security forces", "SWZ", "COP"), None,
      d("2025-03-11"), None, speaker="PUDEMO president Mlungisi Makhanya", mod="reported", cl="sz-shot"),
    E("demanded the release of all detainees", "demanded", "REQUEST", "yield",
      ("PUDEMO president Mlungisi Makhanya", "SWZ", "OPP"), None, None, None, mod="demanded"),
    E("we will shut down every town", "shut down", "THREATEN", None, ("we", "SWZ", "OPP"), None, None, None,
      speaker=("he", "he told Reuters"), mod="threatened"),
    E("If our comrades are not freed", "freed", "RETREAT", "release", None, ("our comrades", "SWZ", "OPP"), None,
      None, speaker=("he", "he told Reuters"), mod="hypothetical"),
    E("The protesters had marched", "marched", "PROTEST", "demo", ("The protesters", "SWZ", "CVL"), None,
      d("2025-03-11"), None, cl="sz-march"),
    E("a 1973 decree", "decree", "COERCE", "restrict", ("King Sobhuza II", "SWZ", "GOV"), None, yr("1973"), None),
    E("Tuesday's march came", "march", "PROTEST", "demo", None, None, d("2025-03-11"), None, cl="sz-march"),
    E("when soldiers were deployed", "deployed", "MOBILIZE", "troops", ("soldiers", "SWZ", "MIL"), None,
      mo("2021-06", True), P("the country", "Eswatini")),
    E("dozens of protesters were killed", "killed", "ASSAULT", None, None, ("dozens of protesters", "SWZ", "CVL"),
      mo("2021-06", True), None),
    E("lawmakers were arrested a month later", "arrested", "COERCE", "arrest", None,
      ("Two pro-democracy lawmakers", "SWZ", "LEG"), mo("2021-07", True), None),
    E("were later jailed for terrorism", "jailed", "SANCTION", "convict", None,
      ("Two pro-democracy lawmakers", "SWZ", "LEG"), None, None),
    E("urged both sides to exercise", "urged", "REQUEST", None,
      ("The Southern African Development Community (SADC)", None, "IGO"), ("both sides", "SWZ", None), None, None,
      relays=["a statement"], mod="demanded"),
    E("offered to send envoys", "offered", "AGREE", None,
      ("The Southern African Development Community (SADC)", None, "IGO"), None, None, None, relays=["a statement"]),
])

# --- Bougainville's independence deadline: two outlets ---------------------------------------
BV_WED = d("2025-06-18")
A("23", "ABC News", "2025-06-19",
  "Bougainville president threatens to declare independence if PNG parliament delays vote",
  "Bougainville president threatens to declare independence if PNG parliament delays vote\n"
  "Bougainville's president Ishmael Toroama has warned that the region will declare independence unilaterally "
  "if Papua New Guinea's parliament does not ratify the 2019 referendum result by the end of the year.\n"
  "Speaking in Buka on Wednesday, Mr Toroama said Port Moresby had \"dragged its feet for six years\" and accused "
  "Prime Minister James Marape of breaking the Era Kone Covenant signed by both governments in July 2021.\n"
  "\"If parliament does not vote by December, we will declare our independence on 1 September 2027 and ask the "
  "world to recognise us,\" he said.\n"
  "In the 2019 referendum, held under the 2001 Bougainville Peace Agreement that ended a decade-long civil war, "
  "97.7 per cent of voters chose independence.\n"
  "Mr Marape's office rejected the accusation, saying the government had tabled the results in parliament in "
  "April and would not be \"rushed by ultimatums\".\n"
  "PNG's Minister for Bougainville Affairs, Manasseh Makiba, told the Post-Courier newspaper that talks between "
  "the two governments would resume in Port Moresby next month.\n"
  "Australia, which brokered the peace talks in 1997 alongside New Zealand, urged both sides to keep talking.",
  [
    E("president threatens to declare", "threatens", "THREATEN", None, ("Bougainville president", "PNG", "GOV"),
      ("PNG parliament", "PNG", "LEG"), BV_WED, None, mod="threatened", cl="bv-threat"),
    E("has warned that the region", "warned", "THREATEN", None,
      ("Bougainville's president Ishmael Toroama", "PNG", "GOV"), ("Papua New Guinea's parliament", "PNG", "LEG"),
      BV_WED, None, mod="threatened", cl="bv-threat"),
    E("and accused Prime Minister", "accused", "ACCUSE", "allege", ("Mr Toroama", "PNG", "GOV"),
      ("Prime Minister James Marape", "PNG", "GOV"), BV_WED, P("Buka", "Buka")),
    E("signed by both governments", "signed", "SUPPORT", None, ("both governments", "PNG", "GOV"), None,
      mo("2021-07", True), None),
    E("we will declare our independence", "declare", "THREATEN", None, ("we", "PNG", "GOV"), None, BV_WED, None,
      speaker=("he", "recognise us,\" he said"), mod="threatened", cl="bv-threat"),
    E("ask the world to recognise", "ask", "REQUEST", None, ("we", "PNG", "GOV"), ("the world", None, None), None,
      None, speaker=("he", "recognise us,\" he said"), mod="demanded"),
    E("Mr Marape's office rejected", "rejected", "REJECT", None, ("Mr Marape's office", "PNG", "GOV"), None, None,
      None),
    E("\"rushed by ultimatums\"", "rushed", "CONCEDE", None, ("the government", "PNG", "GOV"), None, None, None,
      speaker="Mr Marape's office", mod="negated"),
    E("would resume in Port Moresby", "talks", "CONSULT", None, ("the two governments", "PNG", "GOV"), None,
      mo("2025-07"), P("Port Moresby", "Port Moresby"),
      speaker="PNG's Minister for Bougainville Affairs, Manasseh Makiba", relays=["the Post-Courier newspaper"],
      mod="future", cl="bv-talks"),
    E("which brokered the peace talks", "brokered", "CONSULT", "third-party", ("which", "AUS", "GOV"), None,
      yr("1997"), None),
    E("urged both sides to keep talking", "urged", "REQUEST", None, ("Australia", "AUS", "GOV"),
      ("both sides", "PNG", None), None, None, mod="demanded"),
])

A("24", "RNZ Pacific", "2025-06-19",
  "Toroama sets December deadline for Bougainville ratification",
  "Toroama sets December deadline for Bougainville ratification\n"
  "BUKA, 19 June 2025 (RNZ Pacific) - The Autonomous Bougainville Government will declare independence if the "
  "Papua New Guinea parliament has not ratified the referendum result by 31 December, President Ishmael Toroama "
  "told a rally in Buka yesterday.\n"
  "Mr Toroama said Bougainvilleans had waited \"long enough\" and warned Port Moresby against \"any attempt to "
  "send soldiers to our island\", recalling that the PNG Defence Force blockaded Bougainville from 1990, cutting "
  "off medicine and food.\n"
  "He said his government would not take up arms. \"We fought one war. We will not fight another,\" he said.\n"
  "Prime Minister James Marape told EMTV his government would \"respect the process\" and denied it was "
  "stalling, saying a parliamentary vote had been delayed by the courts.\n"
  "The opposition leader in Port Moresby, Douglas Tomuriesa, called Toroama's deadline \"reckless\" and urged "
  "Marape to invite the United Nations to supervise the next round of talks, according to a statement posted on "
  "his Facebook page.\n"
  "Some 2,000 supporters marched through Buka town after the rally, waving the blue, green and white "
  "Bougainville flag. Police said no arrests were made.",
  [
    E("Toroama sets December deadline", "deadline", "THREATEN", None, ("Toroama", "PNG", "GOV"), None, BV_WED, None,
      mod="threatened", cl="bv-threat"),
    E("will declare independence if the", "declare", "REJECT", None,
      ("The Autonomous Bougainville Government", "PNG", "GOV"), None, None, None,
      speaker="President Ishmael Toroama", mod="conditional",
      cond="if the Papua New Guinea parliament has not ratified the referendum result by 31 December",
      cl="bv-threat"),
    E("warned Port Moresby against", "warned", "REQUEST", None, ("Mr Toroama", "PNG", "GOV"),
      ("Port Moresby", "PNG", "GOV"), None, None, mod="demanded"),
    E("blockaded Bougainville from 1990", "blockaded", "COERCE", "restrict", ("the PNG Defence Force", "PNG", "MIL"),
      (("Bougainville", "blockaded Bougainville"), "PNG", None), yr("1990"),
      P(("Bougainville", "blockaded Bougainville"), "Bougainville"), speaker="Mr Toroama",
      mod="reported"),
    E("would not take up arms", "take up arms", "ASSAULT", None, ("his government", "PNG", "GOV"), None, None, None,
      speaker="He", mod="negated", cl="bv-noarms"),
    E("We will not fight another", "fight", "ASSAULT", None, ("We", "PNG", "GOV"), None, None, None,
      speaker=("he", " he said.\nPrime"), mod="negated", cl="bv-noarms"),
    E("denied it was stalling", "denied", "REJECT", None, ("Prime Minister James Marape", "PNG", "GOV"), None, None,
      None, relays=["EMTV"]),
    E("\"reckless\"", "reckless", "ACCUSE", "disapprove", ("Douglas Tomuriesa", "PNG", "OPP"), ("Toroama", "PNG", "GOV"),
      None, None, relays=["a statement", "his Facebook page"]),
    E("urged Marape to invite", "urged", "REQUEST", None, ("Douglas Tomuriesa", "PNG", "OPP"), ("Marape", "PNG", "GOV"),
      None, None, relays=["a statement", "his Facebook page"], mod="demanded"),
    E("no arrests were made", "arrests", "COERCE", "arrest", None, None, None, None, speaker="Police",
      mod="negated"),
])

PLACES.update({
    'Zamfara': (12.17, 6.25),  # Zamfara State, ADM1 point (approximate)
    'Dansadau': (11.95, 6.35),  # approximate point
    'Jangebe': (12.33, 6.53),  # approximate point
    'Mahbes': (27.22, -9.72),  # approximate point
    'RABAT': (34.01, -6.83),  # Rabat, geonameid 2538475
    'Guerguerat': (21.37, -16.95),  # border post, approximate point
    'Prince George': (53.92, -122.75),  # geonameid 6113365
    'Canada': (60.11, -113.64),  # GeoNames country point
})

A("25", "Reuters", "2025-05-14",
  "Gunmen kill eight police officers in ambush in Mexico's Michoacan",
  "Gunmen kill eight police officers in ambush in Mexico's Michoacan\n"
  "MEXICO CITY, May 14 (Reuters) - Suspected cartel gunmen ambushed a police convoy near the town of Apatzingan "
  "in the western state of Michoacan on Tuesday, killing eight officers and wounding four, state prosecutors "
  "said, according to the newspaper Milenio.\n"
  "The attackers blocked the highway with burning trucks before opening fire with assault rifles, the Michoacan "
  "security ministry said in a statement. Troops from the National Guard were sent to the area and two suspects "
  "were detained hours later.\n"
  "Governor Alfredo Ramirez Bedolla condemned the attack as \"cowardly\" and vowed that those responsible would "
  "be brought to justice. President Claudia Sheinbaum said the federal government would send 1,000 more "
  "soldiers to the region but rejected calls from opposition lawmakers to declare a state of emergency.\n"
  "The ambush recalled the killing of 13 state police officers near the town of El Aguaje in October 2019, one "
  "of the deadliest attacks on Mexican security forces in recent years. A man accused of taking part in that "
  "attack was arrested two years later.\n"
  "The Jalisco New Generation Cartel, which is fighting rival groups for control of the region, has not "
  "commented. In a banner hung in Apatzingan last week, the cartel threatened to kill any police officer who "
  "\"works for the enemy\", the local news site Quadratin reported.",
  [
    E("Gunmen kill eight", "kill", "ASSAULT", "firearms", ("Gunmen", "MEX", "UAF"),
      ("eight police officers", "MEX", "COP"), d("2025-05-13"), P("Michoacan", "Michoacan"), cl="mx-ambush"),
    E("gunmen ambushed a police convoy", "ambushed", "ASSAULT", "firearms", ("Suspected cartel gunmen", "MEX", "UAF"),
      ("a police convoy", "MEX", "COP"), d("2025-05-13"), P("Apatzingan", "Apatzingan"), speaker="state prosecutors",
      relays=["the newspaper Milenio"], mod="reported", cl="mx-ambush"),
    E("blocked the highway", "blocked", "COERCE", "restrict", ("The attackers", "MEX", "UAF"), None,
      d("2025-05-13"), None, speaker="the Michoacan security ministry", mod="reported"),
    E("before opening fire", "opening fire", "ASSAULT", "firearms", ("The attackers", "MEX", "UAF"), None,
      d("2025-05-13"), None, speaker="the Michoacan security ministry", mod="reported", cl="mx-ambush"),
    E("were sent to the area", "sent", "MOBILIZE", "troops", None, None, d("2025-05-13"),
      P("the area", "Apatzingan")),
    E("were detained hours later", "detained", "COERCE", "arrest", None, ("two suspects", "MEX", "UAF"),
      d("2025-05-13"), None),
    E("condemned the attack as", "condemned", "ACCUSE", "disapprove",
      ("Governor Alfredo Ramirez Bedolla", "MEX", "GOV"), None, None, None),
    E("the attack as \"cowardly\"", "attack", "ASSAULT", "firearms", None, None, d("2025-05-13"), None,
      speaker="Governor Alfredo Ramirez Bedolla", mod="reported", cl="mx-ambush"),
    E("vowed that those responsible", "vowed", "THREATEN", "arrest", ("Governor Alfredo Ramirez Bedolla", "MEX", "GOV"),
      ("those responsible", "MEX", "UAF"), None, None, mod="threatened"),
    E("would send 1,000 more soldiers", "send", "MOBILIZE", "troops", ("the federal government", "MEX", "GOV"), None,
      None, P("the region", "Michoacan"), speaker="President Claudia Sheinbaum", mod="future"),
    E("rejected calls from opposition", "rejected", "REJECT", None, ("President Claudia Sheinbaum", "MEX", "GOV"),
      ("opposition lawmakers", "MEX", "OPP"), None, None),
    E("The ambush recalled", "ambush", "ASSAULT", "firearms", None, None, d("2025-05-13"), None, cl="mx-ambush"),
    E("the killing of 13 state police", "killing", "ASSAULT", None, None, ("13 state police officers", "MEX", "COP"),
      mo("2019-10", True), P("El Aguaje", "El Aguaje"), cl="mx-aguaje"),
    E("was arrested two years later", "arrested", "COERCE", "arrest", None, ("A man", "MEX", "UAF"), yr("2021"), None),
    E("the cartel threatened to kill", "threatened", "THREATEN", "violence", ("the cartel", "MEX", "UAF"),
      ("any police officer", "MEX", "COP"), wk("2025-W19"), P("Apatzingan", "Apatzingan"),
      relays=["the local news site Quadratin"], mod="threatened"),    # relabel65 (2): 'accused of taking part in that attack' re-mentions the El Aguaje killing
    E("accused of taking part in that attack", "attack", "ASSAULT", None, ("A man", "MEX", "UAF"), None,
      mo("2019-10", True), None, cl="mx-aguaje"),  # its place from the cluster (place6)
])

A("26", "AFP", "2025-08-05",
  "Nigeria: gunmen abduct 40 villagers in Zamfara, army says it freed 12",
  "Nigeria: gunmen abduct 40 villagers in Zamfara, army says it freed 12\n"
  "GUSAU, Nigeria, Aug 5, 2025 (AFP) - Armed bandits abducted at least 40 people, most of them women and "
  "children, in a night raid on the village of Kairu in Nigeria's northwestern Zamfara state, residents and "
  "police said on Tuesday.\n"
  "The gunmen arrived on motorcycles late on Sunday, shooting sporadically and setting fire to homes before "
  "leading the captives into the forest, resident Musa Abubakar told AFP.\n"
  "Police spokesman Yazid Abubakar confirmed the attack and said five villagers had been killed. A joint team of "
  "police and soldiers had been deployed to track the kidnappers, he said.\n"
  "The army said in a statement on Monday that troops had rescued 12 of the hostages after a gunfight in the "
  "Dansadau forest and \"neutralised\" several bandits.\n"
  "Zamfara governor Dauda Lawal condemned the abduction and vowed the state would not pay ransom. \"Anyone who "
  "negotiates with these criminals will be prosecuted,\" he said.\n"
  "The kidnappers have demanded 50 million naira for the release of the remaining captives, a relative said, "
  "warning that they would kill them if the money was not paid within a week.\n"
  "Zamfara has been hit by a wave of mass kidnappings. In February 2021, gunmen seized 279 schoolgirls from a "
  "boarding school in Jangebe; the girls were freed four days later.",
  [
    E("gunmen abduct 40 villagers", "abduct", "ASSAULT", "abduct", ("gunmen", "NGA", "UAF"),
      ("40 villagers", "NGA", "CVL"), d("2025-08-03"), P("Zamfara", "Zamfara"), cl="ng-abduct"),
    E("army says it freed 12", "freed", "AID", None, ("it", "NGA", "MIL"), ("12", "NGA", "CVL"), None, None,
      speaker=("army", "army says"), mod="reported", cl="ng-rescue"),
    E("Armed bandits abducted", "abducted", "ASSAULT", "abduct", ("Armed bandits", "NGA", "UAF"),
      ("at least 40 people", "NGA", "CVL"), d("2025-08-03"), P("Zamfara", "Zamfara"),
      speaker="residents and police", mod="reported", cl="ng-abduct"),
    E("shooting sporadically", "shooting", "ASSAULT", "firearms", ("The gunmen", "NGA", "UAF"), None,
      d("2025-08-03"), None, speaker="resident Musa Abubakar", mod="reported"),
    E("setting fire to homes", "setting fire", "ASSAULT", "destroy", ("The gunmen", "NGA", "UAF"),
      ("homes", "NGA", "CVL"), d("2025-08-03"), None, speaker="resident Musa Abubakar", mod="reported"),
    E("confirmed the attack", "attack", "ASSAULT", None, None, None, d("2025-08-03"), None,
      speaker="Police spokesman Yazid Abubakar", mod="reported", cl="ng-abduct"),
    E("five villagers had been killed", "killed", "ASSAULT", None, None, ("five villagers", "NGA", "CVL"),
      d("2025-08-03"), None, speaker="Police spokesman Yazid Abubakar", mod="reported"),
    E("had been deployed to track", "deployed", "MOBILIZE", "troops", None, None, None, None,
      speaker=("he", "kidnappers, he said"), mod="reported"),
    E("troops had rescued 12", "rescued", "AID", None, ("troops", "NGA", "MIL"),
      ("12 of the hostages", "NGA", "CVL"), None, P("Dansadau", "Dansadau"), speaker="The army", mod="reported",
      cl="ng-rescue"),
    E("after a gunfight in the", "gunfight", "ASSAULT", "firearms", None, None, None, P("Dansadau", "Dansadau"),
      speaker="The army", mod="reported"),
    E("\"neutralised\" several bandits", "neutralised", "ASSAULT", None, ("troops", "NGA", "MIL"),
      ("several bandits", "NGA", "UAF"), None, P("Dansadau", "Dansadau"), speaker="The army", mod="reported"),
    E("condemned the abduction", "condemned", "ACCUSE", "disapprove", ("Zamfara governor Dauda Lawal", "NGA", "GOV"),
      None, None, None),
    E("the abduction and vowed", "abduction", "ASSAULT", "abduct", None, None, d("2025-08-03"), None,
      speaker="Zamfara governor Dauda Lawal", mod="reported", cl="ng-abduct"),
    E("would not pay ransom", "pay", "CONCEDE", None, ("the state", "NGA", "GOV"), None, None, None,
      speaker="Zamfara governor Dauda Lawal", mod="negated"),
    E("will be prosecuted", "prosecuted", "THREATEN", "arrest", (("he", " he said.\nThe kidnappers"), "NGA", "GOV"),
      ("Anyone", "NGA", "CVL"), None, None, speaker=("he", " he said.\nThe kidnappers"), mod="threatened"),
    E("have demanded 50 million naira", "demanded", "REQUEST", None, ("The kidnappers", "NGA", "UAF"), None, None,
      None, speaker="a relative", mod="demanded"),
    E("they would kill them", "kill", "THREATEN", "violence", ("they", "NGA", "UAF"), ("them", "NGA", "CVL"), None,
      None, speaker="a relative", mod="threatened"),
    E("gunmen seized 279 schoolgirls", "seized", "ASSAULT", "abduct", ("gunmen", "NGA", "UAF"),
      ("279 schoolgirls", "NGA", "EDU"), mo("2021-02", True), P("Jangebe", "Jangebe")),
    E("the girls were freed", "freed", "RETREAT", "release", None, ("the girls", "NGA", "EDU"),
      mo("2021-02", True), None),
])

A("27", "EFE", "2025-11-10",
  "Polisario says it shelled Moroccan positions near Mahbes; Rabat denies any damage",
  "Polisario says it shelled Moroccan positions near Mahbes; Rabat denies any damage\n"
  "RABAT, Nov 10 (EFE) - The Polisario Front said on Sunday its fighters had shelled Moroccan army positions "
  "along the sand wall near Mahbes on Saturday, the second such claim this month, according to the Sahrawi "
  "Press Service (SPS).\n"
  "A Moroccan military source, quoted by the official MAP news agency, denied that the shelling had caused any "
  "casualties or damage and said the army had \"responded firmly\" to the source of fire.\n"
  "Morocco's foreign ministry accused Algeria, which hosts the Polisario's leadership in Tindouf, of \"arming and "
  "financing\" the group and summoned the Algerian charge d'affaires on Monday.\n"
  "Algiers rejected the accusation as \"a desperate diversion\", the APS news agency reported.\n"
  "The Polisario ended a 29-year ceasefire in November 2020, after Moroccan troops moved into the Guerguerat "
  "buffer zone to break up a blockade of the road to Mauritania by Sahrawi activists. The U.N. mission MINURSO, "
  "deployed in 1991, has urged both parties to return to talks.\n"
  "\"If Rabat keeps building walls on our land, our operations will intensify,\" Polisario official Mohamed "
  "Lamine told Spanish radio Cadena SER.",
  [
    E("Polisario says it shelled", "shelled", "ASSAULT", "heavy-weapons", (("it", "says it shelled"), "ESH", "REB"),
      ("Moroccan positions", "MAR", "MIL"), d("2025-11-08"), P("Mahbes", "Mahbes"), speaker="Polisario",
      mod="reported", cl="ws-shell"),
    E("Rabat denies any damage", "denies", "REJECT", None, ("Rabat", "MAR", "GOV"), None, None, None),
    E("its fighters had shelled", "shelled", "ASSAULT", "heavy-weapons", ("its fighters", "ESH", "REB"),
      ("Moroccan army positions", "MAR", "MIL"), d("2025-11-08"), P("Mahbes", "Mahbes"),
      speaker="The Polisario Front", relays=["the Sahrawi Press Service (SPS)"], mod="reported", cl="ws-shell"),
    E("denied that the shelling", "denied", "REJECT", None, ("A Moroccan military source", "MAR", "MIL"), None, None,
      None, relays=["the official MAP news agency"]),
    E("that the shelling had caused", "shelling", "ASSAULT", "heavy-weapons", None, None, d("2025-11-08"), None,
      speaker="A Moroccan military source", relays=["the official MAP news agency"], mod="reported",
      cl="ws-shell"),
    E("\"responded firmly\"", "responded", "ASSAULT", None, ("the army", "MAR", "MIL"), None, d("2025-11-08"), None,
      speaker="A Moroccan military source", relays=["the official MAP news agency"], mod="reported"),
    E("accused Algeria", "accused", "ACCUSE", "allege", ("Morocco's foreign ministry", "MAR", "GOV"),
      ("Algeria", "DZA", "GOV"), None, None),
    E("\"arming and", "arming", "AID", None, ("Algeria", "DZA", "GOV"), ("the group", "ESH", "REB"), None, None,
      speaker="Morocco's foreign ministry", mod="reported"),
    E("summoned the Algerian charge", "summoned", "ACCUSE", "disapprove", ("Morocco's foreign ministry", "MAR", "GOV"),
      ("the Algerian charge d'affaires", "DZA", "GOV"), d("2025-11-10"), P(("RABAT", 1), "RABAT")),
    E("Algiers rejected the accusation", "rejected", "REJECT", None, ("Algiers", "DZA", "GOV"), None, None, None,
      relays=["the APS news agency"]),
    E("ended a 29-year ceasefire", "ended", "SANCTION", "discontinue", ("The Polisario", "ESH", "REB"), None,
      mo("2020-11", True), None),
    E("to break up a blockade", "break up", "ASSAULT", "crowd-control", ("Moroccan troops", "MAR", "MIL"),
      ("Sahrawi activists", "ESH", "CVL"), mo("2020-11", True), P("Guerguerat", "Guerguerat")),
    E("a blockade of the road", "blockade", "PROTEST", "obstruct", ("Sahrawi activists", "ESH", "CVL"), None,
      mo("2020-11", True), P("Guerguerat", "Guerguerat")),
    E("has urged both parties", "urged", "REQUEST", "meet", ("The U.N. mission MINURSO", None, "IGO"),
      ("both parties", None, None), None, None, mod="demanded"),
    E("our operations will intensify", "intensify", "ASSAULT", None, ("our", "ESH", "REB"), None, None, None,
      speaker="Polisario official Mohamed Lamine", relays=["Spanish radio Cadena SER"], mod="conditional",
      cond="If Rabat keeps building walls on our land"),
    E("keeps building walls", "building", "COERCE", None, ("Rabat", "MAR", "GOV"), None, None, None,
      speaker="Polisario official Mohamed Lamine", relays=["Spanish radio Cadena SER"], mod="hypothetical"),
])

A("28", "The Canadian Press", "2025-09-24",
  "RCMP arrest 17 at pipeline blockade in northern B.C.; hereditary chiefs vow to return",
  "RCMP arrest 17 at pipeline blockade in northern B.C.; hereditary chiefs vow to return\n"
  "SMITHERS, B.C. - RCMP officers arrested 17 people on Tuesday as they dismantled a blockade on a forest service "
  "road used by workers building the Coastal GasLink pipeline, police said.\n"
  "The arrests came five days after a B.C. Supreme Court judge extended an injunction barring protesters from "
  "obstructing the road. Officers cut through a gate with a chainsaw and removed two cabins, according to videos "
  "posted online by the Gidimt'en Checkpoint.\n"
  "\"We will be back, and we will keep blocking this road until the company leaves our territory,\" hereditary "
  "chief Molly Wickham said in a video statement. She accused the RCMP of \"militarized raids\" on unceded land.\n"
  "The RCMP said in a news release that those arrested were released on conditions and will appear in court in "
  "Prince George in November. It denied that officers had used excessive force.\n"
  "B.C. Premier David Eby called for calm and said his government would meet the hereditary chiefs next week. "
  "The Assembly of First Nations condemned the arrests as \"a violation of Wet'suwet'en law\".\n"
  "In February 2020, RCMP raids on camps along the same road sparked rail blockades across Canada that lasted "
  "nearly a month. Ottawa signed a memorandum of understanding with the hereditary chiefs two weeks later.",
  [
    E("RCMP arrest 17", "arrest", "COERCE", "arrest", ("RCMP", "CAN", "COP"), ("17", "CAN", "CVL"),
      d("2025-09-23"), None, cl="ca-arrest"),
    E("at pipeline blockade", "blockade", "PROTEST", "obstruct", None, None, None, None, cl="ca-blockade"),
    E("hereditary chiefs vow to return", "return", "PROTEST", "obstruct", ("hereditary chiefs", "CAN", "CVL"), None,
      None, None, mod="future", cl="ca-return"),
    E("RCMP officers arrested 17", "arrested", "COERCE", "arrest", ("RCMP officers", "CAN", "COP"),
      ("17 people", "CAN", "CVL"), d("2025-09-23"), None, speaker=("police", "pipeline, police said"),
      mod="reported", cl="ca-arrest"),
    E("as they dismantled", "dismantled", "COERCE", None, ("they", "CAN", "COP"), None, d("2025-09-23"), None,
      speaker=("police", "pipeline, police said"), mod="reported", cl="ca-clear"),
    E("The arrests came five days", "arrests", "COERCE", "arrest", None, None, d("2025-09-23"), None,
      cl="ca-arrest"),
    E("judge extended an injunction", "extended", "COERCE", "restrict",
      ("a B.C. Supreme Court judge", "CAN", "JUD"), ("protesters", "CAN", "CVL"), d("2025-09-18"), None),
    E("Officers cut through a gate", "cut", "COERCE", None, ("Officers", "CAN", "COP"), None, d("2025-09-23"), None,
      speaker="the Gidimt'en Checkpoint", mod="reported", cl="ca-clear"),
    E("removed two cabins", "removed", "COERCE", None, ("Officers", "CAN", "COP"), None, d("2025-09-23"), None,
      speaker="the Gidimt'en Checkpoint", mod="reported"),
    E("we will keep blocking this road", "blocking", "PROTEST", "obstruct", (("we", "and we will keep"), "CAN", "CVL"),
      None, None, None, speaker="hereditary chief Molly Wickham", mod="future", cl="ca-return"),
    E("She accused the RCMP", "accused", "ACCUSE", "allege", ("She", "CAN", "CVL"), ("the RCMP", "CAN", "COP"), None,
      None),
    E("those arrested were released", "released", "RETREAT", "release", None, ("those arrested", "CAN", "CVL"), None,
      None, speaker="The RCMP", mod="reported"),
    E("will appear in court in Prince George", "appear", "ACCUSE", "allege", None, None, mo("2025-11"),
      P("Prince George", "Prince George"), speaker="The RCMP", mod="future"),
    E("had used excessive force", "used", "ASSAULT", None, ("officers", "CAN", "COP"), None, d("2025-09-23"), None,
      speaker="It", mod="denied"),
    E("called for calm", "called for", "REQUEST", None, ("B.C. Premier David Eby", "CAN", "GOV"), None, None, None,
      mod="demanded"),
    E("would meet the hereditary chiefs", "meet", "CONSULT", None, ("his government", "CAN", "GOV"),
      ("the hereditary chiefs", "CAN", "CVL"), wk("2025-W40"), None, speaker="B.C. Premier David Eby",
      mod="future"),
    E("condemned the arrests", "condemned", "ACCUSE", "disapprove", ("The Assembly of First Nations", "CAN", "NGO"),
      None, None, None),
    E("the arrests as \"a violation", "arrests", "COERCE", "arrest", None, None, d("2025-09-23"), None,
      speaker="The Assembly of First Nations", mod="reported", cl="ca-arrest"),
    E("RCMP raids on camps", "raids", "COERCE", None, ("RCMP", "CAN", "COP"), ("camps", "CAN", "CVL"),
      mo("2020-02", True), None),
    E("sparked rail blockades", "blockades", "PROTEST", "obstruct", None, None, mo("2020-02", True),
      P("Canada", "Canada")),
    E("Ottawa signed a memorandum", "signed", "SUPPORT", None, ("Ottawa", "CAN", "GOV"),
      ("the hereditary chiefs", "CAN", "CVL"), mo("2020-02", True), None),
])

PLACES.update({
    'TEGUCIGALPA': (14.08, -87.21),  # Tegucigalpa, geonameid 3600949
    'Tamara': (14.16, -87.33),  # Tamara, Francisco Morazan, approximate point
    'Curuguaty': (-24.47, -55.7),  # geonameid 3439135 (approximate)
    'Canindeyu': (-24.13, -55.5),  # Canindeyu department, approximate point
    'Salto del Guaira': (-24.06, -54.31),  # geonameid 3437029 (approximate)
    'Asuncion': (-25.29, -57.65),  # geonameid 3439389
    'Obo': (5.4, 26.49),  # geonameid 236901 (approximate)
    'Khartoum': (15.55, 32.53),  # geonameid 379252
    'Bangui': (4.36, 18.55),  # geonameid 2389853
    'YAOUNDE': (3.87, 11.52),  # Yaounde, geonameid 2220957
    'Douala': (4.05, 9.7),  # geonameid 2232593
})

A("29", "The Associated Press", "2025-02-19",
  "Honduras extends state of emergency after gang leaders killed in prison riot",
  "Honduras extends state of emergency after gang leaders killed in prison riot\n"
  "TEGUCIGALPA, Honduras (AP) - Honduras' Congress on Tuesday extended a state of emergency that suspends some "
  "constitutional rights for another 45 days, a day after a riot at the Tamara prison left seven inmates dead, "
  "including two leaders of the Barrio 18 gang.\n"
  "Military police stormed the prison outside the capital on Monday afternoon after inmates set mattresses on "
  "fire and took three guards hostage, Security Minister Gerzon Velasquez said. The guards were freed unharmed.\n"
  "Velasquez accused the rival MS-13 gang of ordering the killings from outside the prison and said 22 inmates "
  "would be transferred to a maximum-security facility on the island of Guanaja.\n"
  "Relatives of the inmates gathered outside the prison on Tuesday demanding information. Some threw stones at "
  "police, who responded with tear gas.\n"
  "President Xiomara Castro first declared the emergency in December 2022. In June 2023, gang members at the "
  "women's prison in Tamara shot, hacked and burned 46 women to death. Two days later, Castro ordered the "
  "military police to take over the country's prisons.\n"
  "Human rights groups have criticized the measure. \"Extending the emergency again is not a security policy, "
  "it is a habit,\" said Joaquin Mejia of the Honduran rights group ERIC. The opposition National Party said it "
  "would vote against any further extension unless the government presents an audit of arrests made under the "
  "decree.",
  [
    E("Honduras extends state", "extends", "COERCE", "martial-law", ("Honduras", "HND", "GOV"), None,
      d("2025-02-18"), None, cl="hn-extend"),
    E("gang leaders killed in prison", "killed", "ASSAULT", None, None, ("gang leaders", "HND", "UAF"),
      d("2025-02-17"), None, cl="hn-killed"),
    E("killed in prison riot", "riot", "PROTEST", "riot", None, None, d("2025-02-17"), None, cl="hn-riot"),
    E("Congress on Tuesday extended", "extended", "COERCE", "martial-law", ("Honduras' Congress", "HND", "LEG"), None,
      d("2025-02-18"), P("TEGUCIGALPA", "TEGUCIGALPA"), cl="hn-extend"),
    E("a riot at the Tamara prison", "riot", "PROTEST", "riot", None, None, d("2025-02-17"), P("Tamara", "Tamara"),
      cl="hn-riot"),
    E("Military police stormed", "stormed", "COERCE", None, ("Military police", "HND", "MIL"),
      ("the prison", "HND", None), d("2025-02-17"), P("the prison", "Tamara"), speaker="Security Minister Gerzon Velasquez",
      mod="reported"),
    E("inmates set mattresses on fire", "set mattresses on fire", "PROTEST", "riot", ("inmates", "HND", "CVL"), None,
      d("2025-02-17"), None, speaker="Security Minister Gerzon Velasquez", mod="reported", cl="hn-riot"),
    E("took three guards hostage", "took", "ASSAULT", "abduct", ("inmates", "HND", "CVL"),
      ("three guards", "HND", "COP"), d("2025-02-17"), None, speaker="Security Minister Gerzon Velasquez",
      mod="reported", cl="hn-hostage"),
    E("The guards were freed", "freed", "RETREAT", "release", None, ("The guards", "HND", "COP"), d("2025-02-17"),
      None),
    E("Velasquez accused the rival", "accused", "ACCUSE", "allege", ("Velasquez", "HND", "GOV"),
      ("the rival MS-13 gang", "HND", "UAF"), None, None),
    E("ordering the killings", "killings", "ASSAULT", None, ("the rival MS-13 gang", "HND", "UAF"), None,
      d("2025-02-17"), None, speaker="Velasquez", mod="reported", cl="hn-killed"),
    E("would be transferred", "transferred", "COERCE", "restrict", None, ("22 inmates", "HND", "CVL"), None, None,
      speaker="Velasquez", mod="future"),
    E("Relatives of the inmates gathered", "gathered", "PROTEST", "demo", ("Relatives of the inmates", "HND", "CVL"),
      None, d("2025-02-18"), P("the prison", "Tamara"), cl="hn-relatives"),
    E("Some threw stones", "threw", "PROTEST", "riot", ("Some", "HND", "CVL"), ("police", "HND", "COP"),
      d("2025-02-18"), None),
    E("who responded with tear gas", "responded", "ASSAULT", "crowd-control", ("who", "HND", "COP"), None,
      d("2025-02-18"), None),
    E("first declared the emergency", "declared", "COERCE", "martial-law",
      ("President Xiomara Castro", "HND", "GOV"), None, mo("2022-12", True), None),
    E("shot, hacked and burned", "shot", "ASSAULT", None, ("gang members", "HND", "UAF"), ("46 women", "HND", "CVL"),
      mo("2023-06", True), P(("Tamara", "women's prison in Tamara"), "Tamara")),
    E("Castro ordered the military police", "ordered", "MOBILIZE", "troops", ("Castro", "HND", "GOV"), None,
      mo("2023-06", True), None),
    E("have criticized the measure", "criticized", "ACCUSE", "disapprove", ("Human rights groups", "HND", "NGO"),
      None, None, None),
    E("it is a habit", "habit", "ACCUSE", "disapprove", ("Joaquin Mejia of the Honduran rights group ERIC", "HND", "NGO"),
      None, None, None, speaker="Joaquin Mejia of the Honduran rights group ERIC", mod="reported"),
    E("would vote against any further", "vote", "REJECT", None, (("it", "said it would vote"), "HND", "OPP"), None, None, None,
      speaker="The opposition National Party", mod="conditional",
      cond="unless the government presents an audit of arrests made under the decree"),
])

A("30", "ABC Color", "2025-04-24",
  "Police evict 300 landless families from estate in Canindeyu; two officers wounded",
  "Police evict 300 landless families from estate in Canindeyu; two officers wounded\n"
  "CURUGUATY - Anti-riot police evicted about 300 landless families who had occupied a private soy estate near "
  "Curuguaty on Wednesday, firing rubber bullets as the occupiers resisted with machetes and stones, the "
  "National Police said.\n"
  "Two officers and at least five campesinos were wounded and 43 people were detained, police spokesman Juan "
  "Benitez told reporters. A criminal court judge in Salto del Guaira had ordered the eviction last week at the "
  "request of the estate's owner, a Brazilian-born farmer.\n"
  "The National Campesino Federation (FNC) denied that its members had attacked the officers and accused the "
  "government of President Santiago Pena of \"criminalising the struggle for land\". It called a march on "
  "Asuncion for May 1 and warned that it would occupy \"ten more estates\" if the detainees were not released.\n"
  "Interior Minister Enrique Riera said the state would not negotiate \"under pressure\" and that anyone who "
  "invaded private property would face prosecution.\n"
  "The area is the site of the June 15, 2012 Curuguaty massacre, in which 11 campesinos and six police officers "
  "were killed during an eviction. A week later, Congress impeached and removed President Fernando Lugo over his "
  "handling of the clash.",
  [
    E("Police evict 300", "evict", "COERCE", None, ("Police", "PRY", "COP"), ("300 landless families", "PRY", "CVL"),
      d("2025-04-23"), P("Canindeyu", "Canindeyu"), cl="py-evict"),
    E("Anti-riot police evicted", "evicted", "COERCE", None, ("Anti-riot police", "PRY", "COP"),
      ("about 300 landless families", "PRY", "CVL"), d("2025-04-23"), P(("Curuguaty", 1), "Curuguaty"),
      speaker="the National Police", mod="reported", cl="py-evict"),
    E("who had occupied a private", "occupied", "PROTEST", "demo", ("who", "PRY", "CVL"), None, None, None,
      speaker="the National Police", mod="reported"),
    E("firing rubber bullets", "firing", "ASSAULT", "crowd-control", ("Anti-riot police", "PRY", "COP"),
      ("the occupiers", "PRY", "CVL"), d("2025-04-23"), P(("Curuguaty", 1), "Curuguaty"),
      speaker="the National Police", mod="reported"),
    E("the occupiers resisted", "resisted", "PROTEST", "riot", ("the occupiers", "PRY", "CVL"), None,
      d("2025-04-23"), P(("Curuguaty", 1), "Curuguaty"), speaker="the National Police", mod="reported"),
    E("43 people were detained", "detained", "COERCE", "arrest", None, ("43 people", "PRY", "CVL"), d("2025-04-23"),
      P(("CURUGUATY", 1), "Curuguaty"), speaker="police spokesman Juan Benitez", mod="reported"),
    E("had ordered the eviction", "ordered", "COERCE", None, ("A criminal court judge", "PRY", "JUD"), None,
      wk("2025-W16"), P("Salto del Guaira", "Salto del Guaira")),
    E("at the request of the estate", "request", "REQUEST", None, ("the estate's owner", "PRY", "CVL"), None, None,
      None, mod="demanded"),
    E("its members had attacked", "attacked", "ASSAULT", None, ("its members", "PRY", "CVL"),
      ("the officers", "PRY", "COP"), d("2025-04-23"), None,
      speaker="The National Campesino Federation (FNC)", mod="denied"),
    E("and accused the government", "accused", "ACCUSE", "allege",
      ("The National Campesino Federation (FNC)", "PRY", "NGO"),
      ("the government of President Santiago Pena", "PRY", "GOV"), None, None),
    E("It called a march", "called", "REQUEST", None, ("It", "PRY", "NGO"), None, None, None, mod="demanded"),
    E("a march on Asuncion", "march", "PROTEST", "demo", ("It", "PRY", "NGO"), None, d("2025-05-01"),
      P("Asuncion", "Asuncion"), mod="future"),
    E("warned that it would occupy", "warned", "THREATEN", None, ("It", "PRY", "NGO"), None, None, None,
      mod="threatened"),
    E("if the detainees were not released", "released", "RETREAT", "release", None, ("the detainees", "PRY", "CVL"),
      None, None, mod="hypothetical"),
    E("would not negotiate", "negotiate", "CONSULT", None, ("the state", "PRY", "GOV"), None, None, None,
      speaker="Interior Minister Enrique Riera", mod="negated"),
    E("would face prosecution", "prosecution", "THREATEN", "arrest", ("Interior Minister Enrique Riera", "PRY", "GOV"),
      ("anyone", "PRY", "CVL"), None, None, speaker="Interior Minister Enrique Riera", mod="threatened"),
    E("who invaded private property", "invaded", "PROTEST", "demo", ("who", "PRY", "CVL"), None, None, None,
      speaker="Interior Minister Enrique Riera", mod="hypothetical"),
    E("Curuguaty massacre", "massacre", "ASSAULT", None, None, None, d("2012-06-15", True),
      P(("Curuguaty", "Curuguaty massacre"), "Curuguaty"), cl="py-2012"),
    E("killed during an eviction", "eviction", "COERCE", None, None, None, d("2012-06-15", True),
      P(("Curuguaty", "Curuguaty massacre"), "Curuguaty")),
    E("Congress impeached", "impeached", "ACCUSE", "allege", ("Congress", "PRY", "LEG"),
      ("President Fernando Lugo", "PRY", "GOV"), wk("2012-W25", True), None),
    E("and removed President", "removed", "COERCE", None, ("Congress", "PRY", "LEG"),
      ("President Fernando Lugo", "PRY", "GOV"), wk("2012-W25", True), None),
])

A("31", "Xinhua", "2025-10-02",
  "UN peacekeepers repel rebel attack in southeastern Central African Republic",
  "UN peacekeepers repel rebel attack in southeastern Central African Republic\n"
  "BANGUI, Oct. 2 (Xinhua) -- UN peacekeepers repelled an attack by fighters of the Unity for Peace in Central "
  "Africa (UPC) rebel group on their base in the southeastern town of Obo on Wednesday, killing four assailants, "
  "the UN mission MINUSCA said.\n"
  "One Zambian peacekeeper was wounded, MINUSCA said in a statement, condemning the attack.\n"
  "The UPC denied involvement, Radio Ndeke Luka reported, citing a spokesman for the group who said its fighters "
  "were \"hundreds of kilometres away\".\n"
  "The Central African government said it would deploy troops and Russian instructors to the area. Central "
  "African authorities had accused the UPC last month of recruiting child soldiers near the border with South "
  "Sudan.\n"
  "The UPC signed a peace deal with the government in Khartoum in February 2019 but quit the agreement in "
  "December 2020, when it joined a rebel coalition that attacked the capital Bangui a month later.\n"
  "UN Secretary-General Antonio Guterres called on all armed groups to lay down their weapons and return to the "
  "peace process.",
  [
    E("peacekeepers repel rebel", "repel", "COERCE", None, ("UN peacekeepers", None, "IGO"), ("rebel", "CAF", "REB"),
      d("2025-10-01"), None, cl="cf-repel"),
    E("repel rebel attack", "attack", "ASSAULT", None, ("rebel", "CAF", "REB"), None, d("2025-10-01"), None,
      cl="cf-attack"),
    E("peacekeepers repelled an attack", "repelled", "COERCE", None, ("UN peacekeepers", None, "IGO"),
      ("fighters of the Unity for Peace in Central Africa (UPC) rebel group", "CAF", "REB"), d("2025-10-01"),
      P("Obo", "Obo"), speaker="the UN mission MINUSCA", mod="reported", cl="cf-repel"),
    E("repelled an attack by fighters", "attack", "ASSAULT", None,
      ("fighters of the Unity for Peace in Central Africa (UPC) rebel group", "CAF", "REB"),
      ("their base", None, "IGO"), d("2025-10-01"), P("Obo", "Obo"), speaker="the UN mission MINUSCA",
      mod="reported", cl="cf-attack"),
    E("condemning the attack", "condemning", "ACCUSE", "disapprove", ("MINUSCA", None, "IGO"), None, None, None),
    E("the attack.\nThe UPC", "attack", "ASSAULT", None, None, None, d("2025-10-01"), None,
      speaker="MINUSCA", mod="reported", cl="cf-attack"),
    E("The UPC denied involvement", "denied", "REJECT", None, ("The UPC", "CAF", "REB"), None, None, None,
      relays=["a spokesman for the group", "Radio Ndeke Luka"]),
    E("would deploy troops", "deploy", "MOBILIZE", "troops", ("it", "CAF", "GOV"), None, None, P("the area", "Obo"),
      speaker="The Central African government", mod="future"),
    E("had accused the UPC last month", "accused", "ACCUSE", "allege", ("Central African authorities", "CAF", "GOV"),
      ("the UPC", "CAF", "REB"), mo("2025-09", True), None),
    E("of recruiting child soldiers", "recruiting", "COERCE", None, ("the UPC", "CAF", "REB"),
      ("child soldiers", "CAF", "CVL"), None, None, speaker="Central African authorities", mod="reported"),
    E("The UPC signed a peace deal", "signed", "SUPPORT", None, ("The UPC", "CAF", "REB"),
      ("the government", "CAF", "GOV"), mo("2019-02", True), P("Khartoum", "Khartoum")),
    E("but quit the agreement", "quit", "SANCTION", "discontinue", ("The UPC", "CAF", "REB"), None,
      mo("2020-12", True), None),
    E("when it joined a rebel coalition", "joined", "COOPERATE", None, (("it", "when it joined"), "CAF", "REB"),
      ("a rebel coalition", "CAF", "REB"), mo("2020-12", True), None),
    E("that attacked the capital Bangui", "attacked", "ASSAULT", None, ("that", "CAF", "REB"),
      ("the capital Bangui", "CAF", None), mo("2021-01", True), P("Bangui", "Bangui")),
    E("called on all armed groups", "called on", "REQUEST", "yield",
      ("UN Secretary-General Antonio Guterres", None, "IGO"), ("all armed groups", "CAF", "REB"), None, None,
      mod="demanded"),
])

A("32", "Reuters", "2025-07-29",
  "Cameroon bans opposition coalition ahead of election; leaders vow to defy order",
  "Cameroon bans opposition coalition ahead of election; leaders vow to defy order\n"
  "YAOUNDE, July 29 (Reuters) - Cameroon's territorial administration ministry on Monday banned a coalition of "
  "eight opposition parties, saying it was \"illegal\" and had \"no legal existence\", a decision the coalition "
  "said it would ignore.\n"
  "Minister Paul Atanga Nji said in a statement read on state broadcaster CRTV that any public meeting organised "
  "by the coalition would be \"dispersed by law enforcement\" and its organisers \"held accountable\".\n"
  "\"We will hold our rally in Douala on Saturday as planned. No decree will silence us,\" coalition spokesman "
  "Anicet Ekane told Reuters.\n"
  "Police arrested at least 12 coalition members in Douala on Monday evening as they left a meeting, the "
  "coalition said. A police source denied the arrests were linked to the ban.\n"
  "The United States embassy in Yaounde said it was \"concerned\" and urged the government to allow \"peaceful "
  "political activity\".\n"
  "In 2020, security forces arrested more than 500 supporters of opposition leader Maurice Kamto after protests "
  "against Biya's rule, and dozens were later sentenced by military courts.",
  [
    E("Cameroon bans opposition", "bans", "COERCE", "restrict", ("Cameroon", "CMR", "GOV"),
      ("opposition coalition", "CMR", "OPP"), d("2025-07-28"), None, cl="cm-ban"),
    E("leaders vow to defy order", "defy", "REJECT", None, ("leaders", "CMR", "OPP"), None, None, None,
      mod="future", cl="cm-defy"),
    E("on Monday banned a coalition", "banned", "COERCE", "restrict",
      ("Cameroon's territorial administration ministry", "CMR", "GOV"),
      ("a coalition of eight opposition parties", "CMR", "OPP"), d("2025-07-28"), P(("YAOUNDE", 1), "YAOUNDE"),
      cl="cm-ban"),
    E("\"illegal\"", "illegal", "ACCUSE", "disapprove", ("Cameroon's territorial administration ministry", "CMR", "GOV"),
      (("it", "saying it was"), "CMR", "OPP"), d("2025-07-28"), P(("YAOUNDE", 1), "YAOUNDE")),
    E("said it would ignore", "ignore", "REJECT", None, (("it", "said it would ignore"), "CMR", "OPP"), None, None,
      None, speaker=("the coalition", "decision the coalition"), mod="future", cl="cm-defy"),
    E("\"dispersed by law enforcement\"", "dispersed", "THREATEN", "violence", ("Minister Paul Atanga Nji", "CMR", "GOV"),
      ("the coalition", "CMR", "OPP"), None, None, speaker="Minister Paul Atanga Nji",
      relays=["state broadcaster CRTV"], mod="threatened"),
    E("any public meeting organised", "meeting", "PROTEST", "demo", ("the coalition", "CMR", "OPP"), None, None, None,
      speaker="Minister Paul Atanga Nji", relays=["state broadcaster CRTV"], mod="hypothetical"),
    E("\"held accountable\"", "held accountable", "THREATEN", "arrest", ("Minister Paul Atanga Nji", "CMR", "GOV"),
      ("its organisers", "CMR", "OPP"), None, None, speaker="Minister Paul Atanga Nji",
      relays=["state broadcaster CRTV"], mod="threatened"),
    E("We will hold our rally", "rally", "PROTEST", "demo", ("We", "CMR", "OPP"), None, d("2025-08-02"),
      P("Douala", "Douala"), speaker="coalition spokesman Anicet Ekane", mod="future"),
    E("Police arrested at least 12", "arrested", "COERCE", "arrest", ("Police", "CMR", "COP"),
      ("at least 12 coalition members", "CMR", "OPP"), d("2025-07-28"), P("Douala", "Douala"),
      speaker=("the coalition", "meeting, the coalition said"), mod="reported", cl="cm-arrest"),
    E("A police source denied", "denied", "REJECT", None, ("A police source", "CMR", "COP"), None, None, None),
    E("denied the arrests were", "arrests", "COERCE", "arrest", None, None, d("2025-07-28"), None,
      speaker="A police source", mod="reported", cl="cm-arrest"),
    E("linked to the ban", "ban", "COERCE", "restrict", None, None, d("2025-07-28"), None,
      speaker="A police source", mod="reported", cl="cm-ban"),
    E("\"concerned\"", "concerned", "ACCUSE", "disapprove", (("it", "said it was \"concerned"), "USA", "GOV"), None,
      None, None, speaker="The United States embassy in Yaounde", mod="reported"),
    E("urged the government to allow", "urged", "REQUEST", None, ("The United States embassy in Yaounde", "USA", "GOV"),
      ("the government", "CMR", "GOV"), None, None, mod="demanded"),
    E("security forces arrested more", "arrested", "COERCE", "arrest", ("security forces", "CMR", "COP"),
      ("more than 500 supporters of opposition leader Maurice Kamto", "CMR", "OPP"), yr("2020"), None),
    E("after protests against", "protests", "PROTEST", "demo", None, ("Biya", "CMR", "GOV"), yr("2020"), None),
    E("were later sentenced", "sentenced", "SANCTION", "convict", ("military courts", "CMR", "JUD"),
      ("dozens", "CMR", "OPP"), None, None),
])

PLACES.update({
    'Mbinga': (-10.93, 35.02),  # geonameid 154097 (approximate)
    'Dar es Salaam': (-6.82, 39.27),  # geonameid 160263
    'Tanzania': (-6.0, 35.0),  # GeoNames country point
    'Dodoma': (-6.17, 35.74),  # geonameid 160196
    'Port-au-Prince': (18.54, -72.34),
    'Araucania': (-38.5, -72.5),  # Araucania region, approximate point
    'Ercilla': (-38.06, -72.38),  # geonameid 3889322 (approximate)
})

A("33", "The Citizen", "2025-04-11",
  "Chadema leader Tundu Lissu charged with treason after Mbinga rally",
  "Chadema leader Tundu Lissu charged with treason after Mbinga rally\n"
  "Dar es Salaam. Opposition leader Tundu Lissu was yesterday charged with treason at the Kisutu Resident "
  "Magistrate's Court, a day after police arrested him at a rally in Mbinga, Ruvuma Region.\n"
  "Prosecutors told the court that Mr Lissu had incited the public to \"rebel\" and obstruct the October general "
  "election, a charge his lawyers called \"politically motivated\". He was not allowed to enter a plea, as treason "
  "cases can only be heard by the High Court, and was remanded in custody until April 24.\n"
  "Police fired tear gas to disperse hundreds of Chadema supporters who gathered outside the court, witnesses "
  "said. Police spokesman David Misime said 14 people were arrested for \"unlawful assembly\".\n"
  "Chadema secretary general John Mnyika said the party would boycott the election \"unless there are electoral "
  "reforms\" and called on supporters to stage peaceful demonstrations across the country next week. \"If they "
  "think jailing our chairman will silence us, they are mistaken,\" he said.\n"
  "The US embassy and the European Union delegation in Dar es Salaam issued a joint statement urging authorities "
  "to ensure a fair trial.\n"
  "Mr Lissu survived an assassination attempt in September 2017, when gunmen fired more than 30 bullets at his "
  "car in Dodoma. He spent three years in exile in Belgium and returned in January 2023.",
  [
    E("Tundu Lissu charged with treason", "charged", "ACCUSE", "allege", None, ("Tundu Lissu", "TZA", "OPP"),
      d("2025-04-10"), None, cl="tz-charge"),
    E("after Mbinga rally", "rally", "PROTEST", "demo", None, None, d("2025-04-09"), P("Mbinga", "Mbinga"),
      cl="tz-rally"),
    E("was yesterday charged", "charged", "ACCUSE", "allege", None, ("Opposition leader Tundu Lissu", "TZA", "OPP"),
      d("2025-04-10"), P("the Kisutu Resident Magistrate's Court", "Dar es Salaam"), cl="tz-charge"),
    E("police arrested him at a rally", "arrested", "COERCE", "arrest", ("police", "TZA", "COP"), ("him", "TZA", "OPP"),
      d("2025-04-09"), P(("Mbinga", 2), "Mbinga"), cl="tz-arrest"),
    E("at a rally in Mbinga, Ruvuma", "rally", "PROTEST", "demo", None, None, d("2025-04-09"),
      P(("Mbinga", 2), "Mbinga"), cl="tz-rally"),
    E("\"politically motivated\"", "politically motivated", "ACCUSE", "disapprove", ("his lawyers", "TZA", None),
      None, None, None),
    E("was remanded in custody until", "remanded", "COERCE", "arrest", None, (("He", "He was not allowed"), "TZA", "OPP"),
      d("2025-04-10"), None),
    E("Police fired tear gas to disperse", "fired", "ASSAULT", "crowd-control", ("Police", "TZA", "COP"),
      ("hundreds of Chadema supporters", "TZA", "OPP"), d("2025-04-10"), P("the court", "Dar es Salaam"),
      speaker="witnesses", mod="reported"),
    E("who gathered outside the court", "gathered", "PROTEST", "demo", ("who", "TZA", "OPP"), None, d("2025-04-10"),
      P("the court", "Dar es Salaam"), speaker="witnesses", mod="reported"),
    E("14 people were arrested", "arrested", "COERCE", "arrest", None, ("14 people", "TZA", "OPP"), d("2025-04-10"),
      None, speaker="Police spokesman David Misime", mod="reported"),
    # relabel64 (a): an election boycott promised "unless there are electoral reforms" is THREATEN (was PROTEST `boycott` `conditional`, October 2025)
    E("would boycott the election", "boycott", "THREATEN", None, ("the party", "TZA", "OPP"), None,
      None, None, speaker="Chadema secretary general John Mnyika", mod="threatened"),
    E("called on supporters to stage", "called on", "REQUEST", None,
      ("Chadema secretary general John Mnyika", "TZA", "OPP"), ("supporters", "TZA", "OPP"), None, None,
      mod="demanded"),
    E("stage peaceful demonstrations", "demonstrations", "PROTEST", "demo", ("supporters", "TZA", "OPP"), None,
      wk("2025-W16"), P("the country", "Tanzania"), speaker="Chadema secretary general John Mnyika", mod="future"),
    E("issued a joint statement urging", "urging", "REQUEST", None,
      ("The US embassy and the European Union delegation in Dar es Salaam", None, "GOV"),
      ("authorities", "TZA", "GOV"), None, None, mod="demanded"),
    E("when gunmen fired more than 30", "fired", "ASSAULT", "firearms", ("gunmen", "TZA", "UAF"),
      ("his car", "TZA", "OPP"), mo("2017-09", True), P("Dodoma", "Dodoma")),
])

A("34", "Al Jazeera", "2025-10-08",
  "Dominican Republic deports 11,000 Haitians in a week; Haiti summons envoy",
  "Dominican Republic deports 11,000 Haitians in a week; Haiti summons envoy\n"
  "The Dominican Republic deported more than 11,000 Haitians last week, the country's General Directorate of "
  "Migration (DGM) said on Tuesday, as the government pressed ahead with a plan to expel up to 10,000 "
  "undocumented migrants a week.\n"
  "Haiti's foreign ministry summoned the Dominican charge d'affaires in Port-au-Prince on Tuesday to protest what "
  "it called \"inhumane\" raids, the Haitian news agency AHP reported, citing a ministry official. The ministry "
  "accused Dominican agents of separating children from their parents and beating detainees.\n"
  "The DGM denied the accusations, saying all operations were carried out \"with full respect for human rights\", "
  "AFP reported.\n"
  "President Luis Abinader announced the deportation drive in October 2024, saying his country could not bear "
  "\"the burden of Haiti's crisis alone\".\n"
  "UN rights chief Volker Turk urged the Dominican government to halt the expulsions to Haiti, where gang "
  "violence has displaced more than a million people. \"Returning people to Haiti in the current circumstances "
  "puts their lives at risk,\" his office said.\n"
  "Haiti's transitional council warned that it would \"review all bilateral agreements\" if the mass deportations "
  "continued.",
  [
    E("Dominican Republic deports", "deports", "COERCE", "deport", ("Dominican Republic", "DOM", "GOV"),
      ("11,000 Haitians", "HTI", "CVL"), wk("2025-W40"), None, cl="do-deport"),
    E("Haiti summons envoy", "summons", "ACCUSE", "disapprove", (("Haiti", "Haiti summons"), "HTI", "GOV"), ("envoy", "DOM", "GOV"),
      d("2025-10-07"), None, cl="ht-summon"),
    E("deported more than 11,000", "deported", "COERCE", "deport", ("The Dominican Republic", "DOM", "GOV"),
      ("more than 11,000 Haitians", "HTI", "CVL"), wk("2025-W40"), None,
      speaker="the country's General Directorate of Migration (DGM)", mod="reported", cl="do-deport"),
    E("a plan to expel", "expel", "COERCE", "deport", ("the government", "DOM", "GOV"),
      ("up to 10,000 undocumented migrants", None, "REF"), None, None, mod="future"),
    E("summoned the Dominican charge", "summoned", "ACCUSE", "disapprove", ("Haiti's foreign ministry", "HTI", "GOV"),
      ("the Dominican charge d'affaires", "DOM", "GOV"), d("2025-10-07"), P("Port-au-Prince", "Port-au-Prince"),
      relays=["a ministry official", "the Haitian news agency AHP"], cl="ht-summon"),
    E("\"inhumane\" raids", "raids", "COERCE", None, None, None, None, None, speaker=("it", "it called"),
      relays=["a ministry official", "the Haitian news agency AHP"], mod="reported"),
    E("The ministry accused Dominican", "accused", "ACCUSE", "allege", ("The ministry", "HTI", "GOV"),
      ("Dominican agents", "DOM", "COP"), None, None),
    E("separating children", "separating", "COERCE", None, ("Dominican agents", "DOM", "COP"),
      ("children", "HTI", "CVL"), None, None, speaker="The ministry", mod="reported"),
    E("beating detainees", "beating", "ASSAULT", "beat", ("Dominican agents", "DOM", "COP"),
      ("detainees", "HTI", "CVL"), None, None, speaker="The ministry", mod="reported"),
    E("The DGM denied", "denied", "REJECT", None, ("The DGM", "DOM", "GOV"), None, None, None, relays=["AFP"]),
    E("announced the deportation drive", "deportation", "COERCE", "deport", ("President Luis Abinader", "DOM", "GOV"),
      None, mo("2024-10", True), None),
    E("urged the Dominican government", "urged", "REQUEST", None, ("UN rights chief Volker Turk", None, "IGO"),
      ("the Dominican government", "DOM", "GOV"), None, None, mod="demanded"),
    E("warned that it would \"review", "warned", "THREATEN", "relations", ("Haiti's transitional council", "HTI", "GOV"),
      None, None, None, mod="threatened"),
    E("if the mass deportations continued", "deportations", "COERCE", "deport", None, None, None, None,
      mod="hypothetical"),
])

A("35", "Reuters", "2025-01-16",
  "Chile invokes state security law after arson attack on logging trucks in Araucania",
  "Chile invokes state security law after arson attack on logging trucks in Araucania\n"
  "SANTIAGO, Jan 16 (Reuters) - Chile's government said on Wednesday it would file a complaint under the state "
  "security law against those responsible for an arson attack that destroyed 12 logging trucks in the southern "
  "Araucania region, and extended a military deployment in the area for another 15 days.\n"
  "Hooded gunmen fired shots into the air, forced the drivers out and set the trucks alight on a rural road near "
  "the town of Ercilla before dawn on Tuesday, police said. No one was injured.\n"
  "The Coordinadora Arauco-Malleco (CAM), a radical Mapuche group, claimed the attack in a pamphlet left at the "
  "scene, demanding the return of ancestral lands held by forestry companies, according to the Bio Bio radio "
  "station.\n"
  "Interior Minister Alvaro Elizalde called the attack \"terrorism\" and said the government would \"pursue those "
  "responsible with the full force of the law\". Mapuche community leaders rejected the label and accused police "
  "of raiding homes in nearby communities without warrants, a charge police denied.\n"
  "The CAM's leader, Hector Llaitul, was sentenced in May 2024 to 23 years in prison for crimes including "
  "incitement to violence and timber theft. President Gabriel Boric first sent troops to the region in May 2022.",
  [
    E("Chile invokes state security law", "invokes", "ACCUSE", "allege", ("Chile", "CHL", "GOV"), None,
      d("2025-01-15"), None, cl="cl-complaint"),
    E("after arson attack on logging", "attack", "ASSAULT", "destroy", None, ("logging trucks", "CHL", "BUS"),
      d("2025-01-14"), P("Araucania", "Araucania"), cl="cl-arson"),
    E("it would file a complaint", "complaint", "ACCUSE", "allege", (("it", "said on Wednesday it"), "CHL", "GOV"),
      ("those responsible", "CHL", "UAF"), None, None, speaker="Chile's government", mod="future",
      cl="cl-complaint"),
    E("an arson attack that destroyed", "attack", "ASSAULT", "destroy", None, ("12 logging trucks", "CHL", "BUS"),
      d("2025-01-14"), P(("Araucania", 2), "Araucania"), speaker="Chile's government", mod="reported",
      cl="cl-arson"),
    E("and extended a military deployment", "extended", "MOBILIZE", "troops", ("Chile's government", "CHL", "GOV"),
      None, d("2025-01-15"), P("the area", "Araucania")),
    E("Hooded gunmen fired shots", "fired", "THREATEN", "violence", ("Hooded gunmen", "CHL", "UAF"), None,
      d("2025-01-14"), P("Ercilla", "Ercilla"), speaker=("police", "Tuesday, police said"), mod="threatened"),
    E("forced the drivers out", "forced", "COERCE", None, ("Hooded gunmen", "CHL", "UAF"), ("the drivers", "CHL", "CVL"),
      d("2025-01-14"), P("Ercilla", "Ercilla"), speaker=("police", "Tuesday, police said"), mod="reported"),
    E("set the trucks alight", "set the trucks alight", "ASSAULT", "destroy", ("Hooded gunmen", "CHL", "UAF"),
      ("the trucks", "CHL", "BUS"), d("2025-01-14"), P("Ercilla", "Ercilla"),
      speaker=("police", "Tuesday, police said"), mod="reported", cl="cl-arson"),
    E("claimed the attack in a pamphlet", "attack", "ASSAULT", "destroy", ("The Coordinadora Arauco-Malleco (CAM)", "CHL", "REB"),
      None, d("2025-01-14"), None, speaker="The Coordinadora Arauco-Malleco (CAM)",
      relays=["the Bio Bio radio station"], mod="reported", cl="cl-arson"),
    E("demanding the return of ancestral", "demanding", "REQUEST", None,
      ("The Coordinadora Arauco-Malleco (CAM)", "CHL", "REB"), None, None, None,
      relays=["the Bio Bio radio station"], mod="demanded"),
    E("\"terrorism\"", "terrorism", "ACCUSE", "allege", ("Interior Minister Alvaro Elizalde", "CHL", "GOV"), None, None,
      None),
    E("called the attack \"terrorism\"", "attack", "ASSAULT", "destroy", None, None, d("2025-01-14"), None,
      speaker="Interior Minister Alvaro Elizalde", mod="reported", cl="cl-arson"),
    E("would \"pursue those", "pursue", "THREATEN", "arrest", ("the government", "CHL", "GOV"),
      ("those responsible", "CHL", "UAF"), None, None, speaker="Interior Minister Alvaro Elizalde",
      mod="threatened"),
    E("leaders rejected the label", "rejected", "REJECT", None, ("Mapuche community leaders", "CHL", "CVL"), None,
      None, None),
    E("and accused police of raiding", "accused", "ACCUSE", "allege", ("Mapuche community leaders", "CHL", "CVL"),
      ("police", "CHL", "COP"), None, None),
    E("of raiding homes", "raiding", "COERCE", None, ("police", "CHL", "COP"), ("homes", "CHL", "CVL"), None, None,
      speaker=("police", "a charge police denied"), mod="denied"),
    E("was sentenced in May 2024", "sentenced", "SANCTION", "convict", None,
      ("The CAM's leader, Hector Llaitul", "CHL", "REB"), mo("2024-05", True), None),
    E("first sent troops to the region", "sent", "MOBILIZE", "troops", ("President Gabriel Boric", "CHL", "GOV"), None,
      mo("2022-05", True), P("the region", "Araucania")),
])

PLACES.update({
    'Denham Springs': (30.49, -90.96),  # geonameid 4320299 (approximate)
    'Baton Rouge': (30.45, -91.15),  # geonameid 4315588
    'Moore County': (35.35, -79.42),  # Moore County, North Carolina: its seat Carthage
})

A("36", "AAP", "2025-08-21",
  "Fiji military chief warns against 'interference' as PM moves to amend constitution",
  "Fiji military chief warns against 'interference' as PM moves to amend constitution\n"
  "SYDNEY, Aug 21 (AAP) - Fiji's military commander has warned the government not to change the constitution "
  "without the army's consent, Radio New Zealand reported, citing the Fiji Broadcasting Corporation.\n"
  "Major General Ro Jone Kalouniwai told senior officers on Tuesday that the Republic of Fiji Military Forces "
  "would \"not stand by\" if parliament weakened the army's role as guardian of the nation, the broadcaster said.\n"
  "Prime Minister Sitiveni Rabuka said on Wednesday the commander's remarks were \"out of line\" and demanded "
  "that he apologise. \"The military answers to the elected government, not the other way around,\" Rabuka told "
  "reporters in Suva. Home Affairs Minister Pio Tikoduadua said he had summoned Kalouniwai to explain himself.\n"
  "Opposition leader Inia Seruiratu called on both men to \"cool down\" and urged parliament to delay the vote on "
  "the amendment bill.\n"
  "Fiji has seen four coups since 1987. Rabuka himself led the first two, in May and September 1987, and former "
  "military chief Frank Bainimarama seized power in December 2006. Bainimarama was sentenced to a year in prison "
  "in May 2024 for perverting the course of justice.",
  [
    E("chief warns against", "warns", "REQUEST", None, ("Fiji military chief", "FJI", "MIL"), None,
      d("2025-08-19"), None, mod="demanded", cl="fj-warn"),
    E("has warned the government", "warned", "REQUEST", None, ("Fiji's military commander", "FJI", "MIL"),
      ("the government", "FJI", "GOV"), d("2025-08-19"), None,
      relays=["the Fiji Broadcasting Corporation", "Radio New Zealand"], mod="demanded", cl="fj-warn"),
    E("\"not stand by\"", "stand by", "THREATEN", None, ("the Republic of Fiji Military Forces", "FJI", "MIL"),
      ("parliament", "FJI", "LEG"), d("2025-08-19"), None, speaker="Major General Ro Jone Kalouniwai",
      relays=["the broadcaster"], mod="threatened"),
    E("\"out of line\"", "out of line", "ACCUSE", "disapprove", ("Prime Minister Sitiveni Rabuka", "FJI", "GOV"),
      ("the commander", "FJI", "MIL"), d("2025-08-20"), None, speaker="Prime Minister Sitiveni Rabuka",
      mod="reported"),
    E("demanded that he apologise", "demanded", "REQUEST", None, ("Prime Minister Sitiveni Rabuka", "FJI", "GOV"),
      (("he", "that he apologise"), "FJI", "MIL"), d("2025-08-20"), None, mod="demanded"),
    E("he had summoned Kalouniwai", "summoned", "ACCUSE", "disapprove", (("he", "said he had summoned"), "FJI", "GOV"),
      ("Kalouniwai", "FJI", "MIL"), None, None, speaker="Home Affairs Minister Pio Tikoduadua", mod="reported"),
    E("called on both men", "called on", "REQUEST", None, ("Opposition leader Inia Seruiratu", "FJI", "OPP"),
      ("both men", "FJI", None), None, None, mod="demanded"),
    E("urged parliament to delay", "urged", "REQUEST", None, ("Opposition leader Inia Seruiratu", "FJI", "OPP"),
      ("parliament", "FJI", "LEG"), None, None, mod="demanded"),
    E("Rabuka himself led", "led", "COERCE", None, ("Rabuka", "FJI", "MIL"), None, yr("1987"), None),
    E("seized power in December 2006", "seized power", "COERCE", None,
      ("former military chief Frank Bainimarama", "FJI", "MIL"), None, mo("2006-12", True), None),
    E("Bainimarama was sentenced", "sentenced", "SANCTION", "convict", None, ("Bainimarama", "FJI", "OPP"),
      mo("2024-05", True), None),
])

A("37", "The Associated Press", "2025-03-06",
  "FBI arrests Louisiana man accused of plotting to attack power substations",
  "FBI arrests Louisiana man accused of plotting to attack power substations\n"
  "NEW ORLEANS (AP) - The FBI arrested a 27-year-old Louisiana man on Wednesday who prosecutors say planned to "
  "attack electrical substations around Baton Rouge to \"start a race war,\" according to court documents unsealed "
  "Thursday.\n"
  "Dalton Reese of Denham Springs was charged with conspiracy to destroy an energy facility and illegal possession "
  "of a machine gun. He was arrested at his home after an undercover agent posing as a fellow extremist recorded "
  "him discussing targets, the documents say.\n"
  "Reese told the agent he would \"take down the grid\" in the summer and had bought rifle ammunition, according "
  "to an affidavit. Agents seized three rifles, a converted machine gun and drawings of two substations, the "
  "Justice Department said in a statement.\n"
  "His lawyer, public defender Marcus Lyle, said Reese \"never intended to hurt anyone\" and would plead not "
  "guilty. A detention hearing is set for Monday.\n"
  "The case follows a series of attacks on the U.S. power grid. In December 2022, gunmen shot up two substations "
  "in Moore County, North Carolina, leaving about 45,000 customers without power for days; no one has been "
  "charged in that attack.",
  [
    E("FBI arrests Louisiana man", "arrests", "COERCE", "arrest", ("FBI", "USA", "COP"),
      ("Louisiana man", "USA", "CVL"), d("2025-03-05"), None, cl="la-arrest"),
    E("man accused of plotting", "accused", "ACCUSE", "allege", None, ("Louisiana man", "USA", "CVL"), None, None),
    E("plotting to attack power", "attack", "ASSAULT", "destroy", ("Louisiana man", "USA", "CVL"),
      ("power substations", "USA", "BUS"), None, None, mod="future", cl="la-plot"),
    E("The FBI arrested a 27-year-old", "arrested", "COERCE", "arrest", ("The FBI", "USA", "COP"),
      ("a 27-year-old Louisiana man", "USA", "CVL"), d("2025-03-05"), None, speaker="court documents",
      mod="reported", cl="la-arrest"),
    E("attack electrical substations", "attack", "ASSAULT", "destroy", (("who", "man on Wednesday who"), "USA", "CVL"),
      ("electrical substations", "USA", "BUS"), None, P("Baton Rouge", "Baton Rouge"), speaker="prosecutors",
      mod="future", cl="la-plot"),
    E("was charged with conspiracy", "charged", "ACCUSE", "allege", None, ("Dalton Reese", "USA", "CVL"), None, None),
    E("He was arrested at his home", "arrested", "COERCE", "arrest", None, ("He", "USA", "CVL"), d("2025-03-05"),
      None, speaker="the documents", mod="reported", cl="la-arrest"),
    E("extremist recorded", "recorded", "ACCUSE", "investigate", ("an undercover agent", "USA", "COP"),
      (("him", "recorded him"), "USA", "CVL"), None, None, speaker="the documents", mod="reported"),
    E("\"take down the grid\"", "take down", "ASSAULT", "destroy", (("he", "agent he would"), "USA", "CVL"),
      ("the grid", "USA", "BUS"), yr("2025", False), None, speaker="Reese", relays=["an affidavit"],
      mod="future", cl="la-plot"),
    E("Agents seized three rifles", "seized", "COERCE", "seize", ("Agents", "USA", "COP"), None, None, None,
      speaker="the Justice Department", mod="reported"),
    E("\"never intended to hurt anyone\"", "hurt", "ASSAULT", None, (("Reese", "said Reese"), "USA", "CVL"), None,
      None, None, speaker="His lawyer, public defender Marcus Lyle", mod="denied", cl="la-plot"),
    E("would plead not", "plead", "REJECT", None, (("Reese", "said Reese"), "USA", "CVL"), None, None, None,
      speaker="His lawyer, public defender Marcus Lyle", mod="future"),
    E("A detention hearing is set", "hearing", "ACCUSE", "allege", None, None, d("2025-03-10"), None, mod="future"),
    E("gunmen shot up two substations", "shot up", "ASSAULT", "firearms", ("gunmen", "USA", "UAF"),
      ("two substations", "USA", "BUS"), mo("2022-12", True), P("Moore County", "Moore County"), cl="nc-2022"),
    E("no one has been charged", "charged", "ACCUSE", "allege", None, None, None, None, mod="negated"),
    # relabel65 (2): 'charged in that attack' re-mentions the Moore County shooting
    E("charged in that attack", "attack", "ASSAULT", "firearms", None, None, mo("2022-12", True),
      None, cl="nc-2022"),  # its place from the cluster (place6)
])

# --- Look-alikes: sport, business, an accident and a cyclone ---------------------------------
PLACES.update({
    'PORT VILA': (-17.73, 168.32),  # Port Vila, geonameid 2135171
    'Luganville': (-15.51, 167.18),  # geonameid 2136150
})

A("38", "Reuters", "2025-09-09",
  "Argentina sink Colombia 2-1 in Buenos Aires as Alvarez strikes late",
  "Argentina sink Colombia 2-1 in Buenos Aires as Alvarez strikes late\n"
  "BUENOS AIRES, Sept 9 (Reuters) - Julian Alvarez fired an 89th-minute winner as Argentina came from behind to "
  "beat Colombia 2-1 in a World Cup qualifier at the Monumental on Tuesday, ending the visitors' hopes of topping "
  "the South American standings.\n"
  "Colombia stunned the home crowd when Luis Diaz broke through Argentina's defence and shot past Emiliano "
  "Martinez in the 23rd minute. The world champions laid siege to the Colombian goal after the break and Lautaro "
  "Martinez headed the equaliser from a corner on the hour.\n"
  "Colombia coach Nestor Lorenzo accused the referee of ignoring a foul in the build-up to the winner and said his "
  "side would \"fight to the last match\". Argentina coach Lionel Scaloni praised his players for refusing to "
  "surrender.\n"
  "\"We attacked them from every side and they could not hold out,\" Scaloni told reporters. \"Colombia defended "
  "like warriors.\"\n"
  "Argentina, already qualified, top the standings with 38 points. Colombia travel to La Paz to face Bolivia next "
  "month.",
  [])

A("39", "The Sydney Morning Herald", "2025-08-20",
  "Woodside profit slumps as LNG prices slide; O'Neill declares war on costs",
  "Woodside profit slumps as LNG prices slide; O'Neill declares war on costs\n"
  "Woodside Energy's first-half profit fell 24 per cent to $US1.2 billion as lower liquefied natural gas prices "
  "hit the energy giant, and chief executive Meg O'Neill promised a \"war on costs\" to protect its dividend.\n"
  "The Perth-based company cut its interim dividend to 53 US cents a share, below analysts' forecasts, sending its "
  "shares down 4.1 per cent to $23.80 on the ASX on Tuesday.\n"
  "O'Neill said Woodside had won a bidding battle for two long-term supply contracts with Asian buyers and would "
  "attack its cost base \"line by line\". \"We will not retreat from Scarborough,\" she said of the flagship gas "
  "project off Western Australia, which is due to ship its first cargo next year.\n"
  "Rival Santos, which rejected a takeover bid from a consortium of foreign investors in July, reports its "
  "results on Wednesday.",
  [])

A("40", "AFP", "2025-03-03",
  "Bus plunges into ravine in Bolivia, killing 31; driver detained",
  "Bus plunges into ravine in Bolivia, killing 31; driver detained\n"
  "LA PAZ, March 3, 2025 (AFP) - At least 31 people were killed when a bus plunged some 800 metres into a ravine "
  "on the road between Potosi and Oruro in southwestern Bolivia on Sunday, police said.\n"
  "The bus, carrying carnival travellers, veered off the road near the town of Yocalla after colliding with a "
  "truck, according to the transit police. Rescue teams worked through the night to recover bodies.\n"
  "The truck driver, who survived, was detained on suspicion of drunk driving, police commander Jhonny Aguilera "
  "told the ATB television channel. Prosecutors have opened an investigation into the crash.\n"
  "President Luis Arce declared three days of national mourning. It was the second deadly crash on Bolivian roads "
  "in just over a week, after 30 people died near Uyuni on Saturday, February 22.",
  [
    E("driver detained", "detained", "COERCE", "arrest", None, ("driver", "BOL", "CVL"), None, None,
      cl="bo-detain"),
    E("was detained on suspicion", "detained", "COERCE", "arrest", None, ("The truck driver", "BOL", "CVL"), None,
      None, speaker="police commander Jhonny Aguilera", relays=["the ATB television channel"], mod="reported",
      cl="bo-detain"),
    E("Prosecutors have opened", "investigation", "ACCUSE", "investigate", ("Prosecutors", "BOL", "JUD"), None, None,
      None),
])

A("41", "RNZ Pacific", "2025-02-24",
  "Cyclone batters Vanuatu's north; Australia and New Zealand send relief flights",
  "Cyclone batters Vanuatu's north; Australia and New Zealand send relief flights\n"
  "PORT VILA, 24 February 2025 (RNZ Pacific) - Tropical Cyclone Rae tore through Vanuatu's northern islands over "
  "the weekend, flattening homes and crops on Espiritu Santo and cutting power and phone links to much of Sanma "
  "province.\n"
  "The government declared a state of emergency for Sanma and Penama provinces on Sunday and imposed a night "
  "curfew in Luganville to prevent looting, the National Disaster Management Office said.\n"
  "A Royal Australian Air Force C-130 carrying tarpaulins, water and hygiene kits landed in Luganville on Monday "
  "morning, and New Zealand said it would send a second flight on Tuesday.\n"
  "No deaths have been reported, but forecasters warned of flooding as the weakened system moves south towards "
  "Efate.",
  [
    E("New Zealand send relief flights", "send", "AID", None, ("Australia and New Zealand", None, "GOV"),
      None, wk("2025-W09"), None, cl="vu-aid"),
    E("declared a state of emergency", "declared", "COERCE", "martial-law", ("The government", "VUT", "GOV"), None,
      d("2025-02-23"), P(("PORT VILA", 1), "PORT VILA"), speaker="the National Disaster Management Office",
      mod="reported"),
    E("imposed a night curfew", "imposed", "COERCE", "curfew", ("The government", "VUT", "GOV"), None,
      d("2025-02-23"), P("Luganville", "Luganville"), speaker="the National Disaster Management Office",
      mod="reported"),
    E("C-130 carrying tarpaulins", "landed", "AID", None, ("A Royal Australian Air Force C-130", "AUS", "MIL"),
      None, d("2025-02-24"), P("Luganville", "Luganville"), cl="vu-au"),
    E("would send a second flight", "send", "AID", None, (("it", "said it would send"), "NZL", "GOV"), None,
      d("2025-02-25"), None, speaker=("New Zealand", "and New Zealand said"), mod="future", cl="vu-nz"),
])


def check_partition(batch: Batch) -> None:
    """Beside ``check_unused`` (with rec_m's list in make_rec_n.py, labelled
    apart then): every real document is in this batch's partition —
    GeoVirus and MEANTIME documents with an even number, ECB+ documents of
    topics 14, 20, 21 and 34 (at most five)."""
    rec_n = Path(__file__).resolve().with_name("make_rec_n.py")
    extra = set()
    if rec_n.exists():
        extra = set(re.findall(r"'((?:ecbplus|geovirus|meantime):[^']+)'", rec_n.read_text(encoding="utf-8")))
    check_unused(batch, extra)
    mine = [a["source"] for a in batch.articles if a["source"] != "own"]
    ecb = [s for s in mine if s.startswith("ecbplus:")]
    assert len(ecb) <= 5 and all(s.split(":")[1].split("_")[0] in {"14", "20", "21", "34"} for s in ecb), ecb
    for s in mine:
        if not s.startswith("ecbplus:"):
            assert int(re.sub(r"\D", "", s.split(":")[1])) % 2 == 0, s


def main():
    check_partition(BATCH)
    check_real_sources(BATCH, SHARED)
    # relabel62: events added by docs/annotation.md, "Questions decided
    # (relabel62, 2026-12-07)" ((c) a state body declining comment, (e) an
    # inquiry into a possible wrong), appended at each article's end so no
    # event index a relabel table names moves.
    relabel62 = {
        "rec_o-18": [
            E("An initial investigation of the scene", "investigation", "ACCUSE", "investigate", None, None, d("2013-09-13"), None, speaker="police", mod="reported"),  # relabel62 (e)
        ],
    }
    for art in BATCH.articles:
        art["events"].extend(relabel62.get(art["id"], []))  # relabel62
    BATCH.write()


SHARED = shared_data(__file__)


if __name__ == "__main__":
    main()
