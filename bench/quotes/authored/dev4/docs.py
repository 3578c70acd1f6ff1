# -*- coding: utf-8 -*-
"""Texts and annotation specs for Lector blind test 4 (authored, invented events).

Spec per quote: dict(q=..., s=speaker, m=mention, c=cue, t=type, g=group)
q / m / c are either an exact substring that is unique in the text, or a tuple
(context, sub): context unique in the text, sub located inside context (first hit).
"""

def T(*paras):
    return "\n\n".join(paras) + "\n"

DOCS = []

def doc(id, text, quotes):
    DOCS.append(dict(id=id, text=text, quotes=quotes))

def Q(q, s, m, c, t, g):
    return dict(q=q, s=s, m=m, c=c, t=t, g=g)

# ---------------------------------------------------------------- VOA 1
doc("b4-voa-malawi-cholera", T(
"Malawi Begins Cholera Vaccination Drive as Rainy Season Cases Climb",
"BLANTYRE, MALAWI — Health authorities in Malawi on Monday began a two-week cholera vaccination campaign in four southern districts, where new infections have nearly doubled since the rains began in December.",
"The Ministry of Health said 1.2 million doses of oral vaccine arrived from a global emergency stockpile over the weekend and would go first to people living near rivers and crowded markets.",
"Ministry spokesperson Chikondi Banda told VOA that health workers were recording about 60 new cases a day, most of them in Nsanje and Chikwawa districts along the Shire River.",
"“We are in a race against the water. Every time the river rises, the shallow wells are contaminated and the numbers go up again,” Banda said.",
"She said teams were also chlorinating boreholes and handing out water purification tablets, but acknowledged that supplies had run short in some remote villages.",
"The World Health Organization’s representative in Malawi, Dr. Farida Osei, described the outbreak as “serious but controllable.” She said a similar campaign in the north last year cut cholera deaths there by more than half.",
"Osei cautioned, however, that vaccines “buy time” and are no substitute for clean water and proper sanitation.",
"In Nsanje, hundreds of people lined up outside clinics before dawn on Monday.",
"“Last year my neighbor lost her husband to this disease. I will not wait for it to come to my house,” said Grace Phiri, a mother of three who walked nearly two hours with her children to reach a vaccination site.",
"Officials hope to vaccinate 90 percent of eligible residents in the four districts by the end of the month."),
[
Q("1.2 million doses of oral vaccine arrived from a global emergency stockpile over the weekend and would go first to people living near rivers and crowded markets.",
  "Ministry of Health", ("The Ministry of Health said", "Ministry of Health"), ("Ministry of Health said", "said"), "indirect", 1),
Q("health workers were recording about 60 new cases a day, most of them in Nsanje and Chikwawa districts along the Shire River.",
  "Chikondi Banda", "Chikondi Banda", ("Banda told VOA", "told"), "indirect", 2),
Q("“We are in a race against the water. Every time the river rises, the shallow wells are contaminated and the numbers go up again,”", "Chikondi Banda", ("Banda said", "Banda"), ("Banda said", "said"), "direct", 3),
Q("teams were also chlorinating boreholes and handing out water purification tablets,", "Chikondi Banda", ("She said teams", "She"), ("She said teams", "said"), "indirect", 4),
Q("supplies had run short in some remote villages.", "Chikondi Banda", ("She said teams", "She"), "acknowledged", "indirect", 5),
Q("a similar campaign in the north last year cut cholera deaths there by more than half.", "Farida Osei", ("She said a similar", "She"), ("She said a similar", "said"), "indirect", 6),
Q("vaccines “buy time” and are no substitute for clean water and proper sanitation.", "Farida Osei", ("Osei cautioned", "Osei"), "cautioned", "mixed", 7),
Q("“Last year my neighbor lost her husband to this disease. I will not wait for it to come to my house,”", "Grace Phiri", "Grace Phiri", ("said Grace Phiri", "said"), "direct", 8),
])

# ---------------------------------------------------------------- VOA 2
doc("b4-voa-guinea-radio-host", T(
"Press Groups Seek Release of Detained Guinean Radio Host",
"CONAKRY, GUINEA — A Guinean radio host has been held without charge for more than two weeks, his lawyer said Thursday, as press freedom groups called on authorities to free him or bring him before a judge.",
"Mamadou Saliou Bah, who presents a morning call-in show on the private station Radio Kaloum FM, was taken from his home by plainclothes security agents on March 3.",
"His lawyer, Alpha Oumar Sylla, told VOA he has been allowed to see his client only once, for about 10 minutes.",
"“He is tired, but he is strong. He does not understand why he is being held, and frankly, neither do I,” Sylla said.",
"Government spokesman Ousmane Keïta denied that the arrest was connected to Bah’s work, saying the case involved “matters of national security” that he could not discuss.",
"“Guinea respects the freedom of the press. No journalist in this country is arrested for doing journalism,” Keïta told reporters in Conakry.",
"Colleagues at Radio Kaloum FM say the arrest came two days after Bah aired calls from listeners angry about fuel shortages and the rising price of bread.",
"Press Freedom Watch Africa, a monitoring group based in Dakar, has recorded at least six detentions of journalists in Guinea since January. Its director, Aïcha Koné, said the pattern was “deeply worrying” ahead of legislative elections next year.",
"Call-in programs are among the most popular sources of news in Guinea, where few people can afford newspapers and internet access is limited outside the capital. Radio Kaloum FM has kept the show on the air with a substitute host.",
"Bah’s wife and three children have not been told where he is being held."),
[
Q("A Guinean radio host has been held without charge for more than two weeks,", "Alpha Oumar Sylla", "his lawyer", ("his lawyer said Thursday", "said"), "indirect", 1),
Q("he has been allowed to see his client only once, for about 10 minutes.", "Alpha Oumar Sylla", "Alpha Oumar Sylla", ("Sylla, told VOA", "told"), "indirect", 2),
Q("“He is tired, but he is strong. He does not understand why he is being held, and frankly, neither do I,”", "Alpha Oumar Sylla", ("Sylla said", "Sylla"), ("Sylla said", "said"), "direct", 3),
Q("the arrest was connected to Bah’s work,", "Ousmane Keïta", ("Government spokesman Ousmane Keïta", "Ousmane Keïta"), "denied", "indirect", 4),
Q("the case involved “matters of national security” that he could not discuss.", "Ousmane Keïta", ("Government spokesman Ousmane Keïta", "Ousmane Keïta"), ("saying the case", "saying"), "mixed", 5),
Q("“Guinea respects the freedom of the press. No journalist in this country is arrested for doing journalism,”", "Ousmane Keïta", ("Keïta told reporters", "Keïta"), ("Keïta told reporters", "told"), "direct", 6),
Q("the arrest came two days after Bah aired calls from listeners angry about fuel shortages and the rising price of bread.", "Colleagues at Radio Kaloum FM", "Colleagues at Radio Kaloum FM", ("Radio Kaloum FM say", "say"), "indirect", 7),
Q("the pattern was “deeply worrying” ahead of legislative elections next year.", "Aïcha Koné", "Aïcha Koné", ("Koné, said", "said"), "mixed", 8),
])

# ---------------------------------------------------------------- VOA 3
doc("b4-voa-himalaya-lakes", T(
"Himalayan Glacial Lakes Growing Faster Than Expected, Study Finds",
"Glacial lakes in the eastern Himalayas are expanding faster than scientists had predicted, raising the risk of sudden floods that could sweep away villages, roads and hydropower plants downstream, according to a study published Wednesday.",
"Using satellite images taken between 1990 and 2023, an international team mapped more than 2,400 lakes in Nepal, Bhutan and India’s Sikkim state and found that their combined area grew by nearly half.",
"“We expected growth, but not at this pace,” said lead author Priya Raman, a glaciologist at the International Centre for Mountain Research in Kathmandu.",
"Raman said the fastest growth was in lakes held back by loose piles of rock and ice known as moraines, which can give way after an earthquake or a landslide.",
"Such a collapse, she said, can release millions of cubic meters of water in a matter of hours.",
"Co-author Thomas Keller of the University of Zurich told VOA the findings were “a wake-up call” for governments planning new dams on Himalayan rivers.",
"“Many of these projects are designed using flood records from the 1980s, and that climate no longer exists,” Keller said.",
"Nepal has installed early-warning sirens below several of the most dangerous lakes. An official at the country’s Department of Hydrology and Meteorology, who was not authorized to speak to the media, said more sirens were planned but funding was limited.",
"Several hydropower projects in the region have been damaged by such floods in the past decade, and dozens more are under construction or in planning. The study’s authors urged governments to require new flood assessments before construction begins.",
"Sirens and evacuation drills can save lives, but they cannot protect everything.",
"“You cannot evacuate a power plant,” Raman said."),
[
Q("“We expected growth, but not at this pace,”", "Priya Raman", "Priya Raman", ("said lead author", "said"), "direct", 1),
Q("the fastest growth was in lakes held back by loose piles of rock and ice known as moraines, which can give way after an earthquake or a landslide.",
  "Priya Raman", ("Raman said the fastest", "Raman"), ("Raman said the fastest", "said"), "indirect", 2),
Q("Such a collapse, she said, can release millions of cubic meters of water in a matter of hours.", "Priya Raman", ("collapse, she said", "she"), ("collapse, she said", "said"), "indirect", 3),
Q("the findings were “a wake-up call” for governments planning new dams on Himalayan rivers.", "Thomas Keller", "Thomas Keller", ("Zurich told VOA", "told"), "mixed", 4),
Q("“Many of these projects are designed using flood records from the 1980s, and that climate no longer exists,”", "Thomas Keller", ("Keller said", "Keller"), ("Keller said", "said"), "direct", 5),
Q("more sirens were planned but funding was limited.", "An official at the country’s Department of Hydrology and Meteorology",
  "An official at the country’s Department of Hydrology and Meteorology", ("media, said", "said"), "indirect", 6),
Q("“You cannot evacuate a power plant,”", "Priya Raman", ("plant,” Raman said", "Raman"), ("plant,” Raman said", "said"), "direct", 7),
])

# ---------------------------------------------------------------- VOA 4
doc("b4-voa-farm-visa-bill", T(
"Senate Panel Advances Farm Worker Visa Bill",
"WASHINGTON — A Senate committee voted 12-10 on Tuesday to advance a bill that would expand a visa program for seasonal farm workers, setting up a possible floor vote before the August recess.",
"The bill’s sponsor, Senator Ruth Calloway, a Democrat from California, said growers in her state have left crops unharvested for three straight seasons because they cannot find enough workers.",
"“This is not an abstract debate for the people I represent. It is strawberries rotting in the field,” Calloway told reporters after the vote.",
"Two Republicans joined Democrats in backing the measure. One of them, Senator Dale Whitford of Idaho, said the current program is broken beyond repair for dairy farmers, who need workers year-round.",
"Other Republicans on the panel argued the bill would reward employers who have relied on undocumented labor.",
"“We should secure the border first and talk about new visas second,” said Senator Mark Ellison of Texas, the committee’s top Republican.",
"Ellison plans to offer amendments on the Senate floor requiring all farm employers to use E-Verify, the federal system for checking a worker’s legal status.",
"The White House has not taken a formal position. Asked about the bill, press secretary Janelle Ortiz said the president “supports anything that strengthens our food supply and treats workers fairly,” but declined to say whether he would sign it.",
"Farmworker advocates were more cautious. Teresa Luján, policy director at the United Farm Workers Alliance, said the bill’s wage protections are weaker than in earlier versions.",
"“We want workers to come legally, and we want them to be paid fairly and to be safe,” she said."),
[
Q("growers in her state have left crops unharvested for three straight seasons because they cannot find enough workers.", "Ruth Calloway", "Ruth Calloway", ("California, said", "said"), "indirect", 1),
Q("“This is not an abstract debate for the people I represent. It is strawberries rotting in the field,”", "Ruth Calloway", ("Calloway told reporters", "Calloway"), ("Calloway told reporters", "told"), "direct", 2),
Q("the current program is broken beyond repair for dairy farmers, who need workers year-round.", "Dale Whitford", "Dale Whitford", ("Idaho, said", "said"), "indirect", 3),
Q("the bill would reward employers who have relied on undocumented labor.", "Other Republicans on the panel", "Other Republicans on the panel", "argued", "indirect", 4),
Q("“We should secure the border first and talk about new visas second,”", "Mark Ellison", "Mark Ellison", ("said Senator Mark", "said"), "direct", 5),
Q("the president “supports anything that strengthens our food supply and treats workers fairly,”", "Janelle Ortiz", "Janelle Ortiz", ("Ortiz said", "said"), "mixed", 6),
Q("the bill’s wage protections are weaker than in earlier versions.", "Teresa Luján", "Teresa Luján", ("Alliance, said", "said"), "indirect", 7),
Q("“We want workers to come legally, and we want them to be paid fairly and to be safe,”", "Teresa Luján", ("safe,” she said", "she"), ("safe,” she said", "said"), "direct", 8),
])

# ---------------------------------------------------------------- VOA 5
doc("b4-voa-chad-camps-water", T(
"Aid Agencies Warn of Water Shortages in Eastern Chad Refugee Camps",
"ADRÉ, CHAD — Aid agencies in eastern Chad say water supplies in several refugee camps have fallen well below emergency standards as thousands of people continue to arrive each week from Sudan’s Darfur region.",
"The U.N. refugee agency, UNHCR, registered about 4,000 new arrivals at border crossings near Adré in the past seven days, most of them women and children.",
"“People are arriving exhausted, dehydrated and with nothing,” said Ibrahim Sow, a UNHCR field coordinator in Adré.",
"Sow said water trucks were “a lifeline, but a thin one,” and could not keep up with demand. Some families, he said, are getting by on less than five liters of water per person a day.",
"At the Adré transit site, a sprawling settlement of plastic sheeting and thorn-branch fences, women and children line up at water points long before sunrise. Some wait six hours to fill a single jerrycan.",
"One woman, who gave her name only as Khadija, said she fled El Geneina with her four children after armed men burned her neighborhood.",
"“We left with only the clothes we were wearing. Here we are safe, but there is not enough water and not enough food,” she said.",
"The World Food Program warned last month it could be forced to cut rations in eastern Chad by half unless new funding arrives.",
"The rainy season, which usually begins in June, is expected to cut off roads to some camps for weeks at a time, making deliveries even harder.",
"Chadian officials say the country is hosting more than half a million Sudanese refugees and have appealed for more international help to pay for wells, clinics and schools."),
[
Q("water supplies in several refugee camps have fallen well below emergency standards as thousands of people continue to arrive each week from Sudan’s Darfur region.",
  "Aid agencies in eastern Chad", "Aid agencies in eastern Chad", ("eastern Chad say", "say"), "indirect", 1),
Q("“People are arriving exhausted, dehydrated and with nothing,”", "Ibrahim Sow", "Ibrahim Sow", ("said Ibrahim Sow", "said"), "direct", 2),
Q("water trucks were “a lifeline, but a thin one,” and could not keep up with demand.", "Ibrahim Sow", ("Sow said water", "Sow"), ("Sow said water", "said"), "mixed", 3),
Q("Some families, he said, are getting by on less than five liters of water per person a day.", "Ibrahim Sow", ("families, he said", "he"), ("families, he said", "said"), "indirect", 4),
Q("she fled El Geneina with her four children after armed men burned her neighborhood.", "Khadija", "One woman", ("Khadija, said", "said"), "indirect", 5),
Q("“We left with only the clothes we were wearing. Here we are safe, but there is not enough water and not enough food,”", "Khadija", ("food,” she said", "she"), ("food,” she said", "said"), "direct", 6),
Q("it could be forced to cut rations in eastern Chad by half unless new funding arrives.", "World Food Program", ("The World Food Program", "World Food Program"), "warned", "indirect", 7),
Q("the country is hosting more than half a million Sudanese refugees", "Chadian officials", "Chadian officials", ("Chadian officials say", "say"), "indirect", 8),
])

# ---------------------------------------------------------------- VOA 6
doc("b4-voa-vietnam-coffee", T(
"Drought Squeezes Vietnam’s Coffee Farmers as World Prices Climb",
"HO CHI MINH CITY — A second year of drought in Vietnam’s Central Highlands has cut coffee harvests across the region, squeezing small farmers even as world prices for the beans reach their highest level in more than a decade.",
"Nguyen Van Hai, who grows robusta coffee on three hectares outside Buon Ma Thuot, said his harvest this season was nearly a third smaller than last year’s.",
"“The trees need water in the dry months, and the wells are empty,” he told VOA by telephone.",
"Hai borrowed money this spring to dig a deeper well. Many of his neighbors have done the same, pumping more and more water from the same shrinking aquifers.",
"Coffee is one of Vietnam’s most valuable farm exports, and hundreds of thousands of families in the Central Highlands depend on it for their income. Vietnam is also the world’s largest producer of robusta, and economists say the shortfall has helped push prices up on global markets.",
"“When Vietnam has a bad year, everyone feels it, from the roasters in Europe to the person buying instant coffee in a supermarket,” said Laura Brennan, a commodities analyst at Meridian Research in Singapore.",
"Brennan warned, however, that the gains from higher prices have been uneven. Farmers who sold early, before prices rose, saw little benefit, she said.",
"Vietnam’s agriculture ministry has said it will expand irrigation and help farmers switch to more drought-tolerant coffee varieties.",
"For Hai, giving up coffee is not an option.",
"“My father planted these trees,” he said."),
[
Q("his harvest this season was nearly a third smaller than last year’s.", "Nguyen Van Hai", "Nguyen Van Hai", ("Buon Ma Thuot, said", "said"), "indirect", 1),
Q("“The trees need water in the dry months, and the wells are empty,”", "Nguyen Van Hai", ("he told VOA by", "he"), ("he told VOA by", "told"), "direct", 2),
Q("the shortfall has helped push prices up on global markets.", "economists", "economists", ("economists say", "say"), "indirect", 3),
Q("“When Vietnam has a bad year, everyone feels it, from the roasters in Europe to the person buying instant coffee in a supermarket,”", "Laura Brennan", "Laura Brennan", ("said Laura Brennan", "said"), "direct", 4),
Q("the gains from higher prices have been uneven.", "Laura Brennan", ("Brennan warned", "Brennan"), "warned", "indirect", 5),
Q("Farmers who sold early, before prices rose, saw little benefit,", "Laura Brennan", ("benefit, she said", "she"), ("benefit, she said", "said"), "indirect", 6),
Q("it will expand irrigation and help farmers switch to more drought-tolerant coffee varieties.", "Vietnam’s agriculture ministry", "Vietnam’s agriculture ministry", ("has said it will", "said"), "indirect", 7),
Q("“My father planted these trees,”", "Nguyen Van Hai", ("trees,” he said", "he"), ("trees,” he said", "said"), "direct", 8),
])

# ---------------------------------------------------------------- VOA newscast 1
doc("b4-voa-newscast-1500", T(
"VOA Newscast, 1500 UTC",
"From VOA News in Washington, I’m Carla Benton.",
"Rescue teams in northern Peru are searching for at least 14 people missing after a landslide buried part of a mountain village in the Cajamarca region. Regional officials say heavy overnight rain loosened the hillside above the village. At least 200 homes were damaged or destroyed.",
"Ukraine’s air force says it shot down 31 of 40 drones Russia launched overnight. Falling debris struck an apartment building in the city of Kharkiv, injuring two people.",
"The U.S. Federal Reserve has left its benchmark interest rate unchanged for a fourth straight meeting. In a statement, the central bank said inflation has eased over the past year but remains “somewhat elevated.”",
"The World Health Organization says early results from a malaria vaccine trial in Burkina Faso are promising. The trial involved about 4,800 children under the age of five. WHO spokeswoman Elena Marchetti told reporters in Geneva, “This is encouraging news, but it is still early, and we need to see the full data.”",
"Negotiators from nearly 180 countries are meeting in Nairobi this week to try to finish a global treaty on plastic pollution. Environmental groups say the latest draft is too weak to make a real difference. The talks are scheduled to end Friday.",
"Japan has launched a new weather satellite from the Tanegashima Space Center. The satellite will help forecasters track typhoons and heavy rain over the western Pacific.",
"And organizers of the Boston Marathon say a record 32,000 runners have signed up for next month’s race.",
"This is VOA News."),
[
Q("heavy overnight rain loosened the hillside above the village.", "Regional officials", "Regional officials", ("Regional officials say", "say"), "indirect", 1),
Q("it shot down 31 of 40 drones Russia launched overnight.", "Ukraine’s air force", "Ukraine’s air force", ("air force says", "says"), "indirect", 2),
Q("inflation has eased over the past year but remains “somewhat elevated.”", "U.S. Federal Reserve", "the central bank", ("central bank said", "said"), "mixed", 3),
Q("early results from a malaria vaccine trial in Burkina Faso are promising.", "World Health Organization", ("The World Health Organization says", "World Health Organization"), ("Organization says", "says"), "indirect", 4),
Q("“This is encouraging news, but it is still early, and we need to see the full data.”", "Elena Marchetti", "Elena Marchetti", ("Marchetti told", "told"), "direct", 5),
Q("the latest draft is too weak to make a real difference.", "Environmental groups", "Environmental groups", ("Environmental groups say", "say"), "indirect", 6),
Q("a record 32,000 runners have signed up for next month’s race.", "organizers of the Boston Marathon", "organizers of the Boston Marathon", ("Boston Marathon say", "say"), "indirect", 7),
])

# ---------------------------------------------------------------- VOA newscast 2
doc("b4-voa-newscast-2100", T(
"VOA Newscast, 2100 UTC",
"I’m David Okonjo, VOA News.",
"Authorities in Bangladesh say they have moved more than half a million people into storm shelters as Cyclone Rehana nears the coast. Disaster management secretary Kamrul Hasan told reporters the storm is expected to make landfall late Sunday near the port of Mongla. Winds could reach 150 kilometers per hour. Seaports have been closed, and fishing boats have been ordered back to shore.",
"A strong earthquake struck off the coast of eastern Indonesia early Monday. There were no immediate reports of damage, and no tsunami warning was issued.",
"In Kenya, police fired tear gas at protesters in Nairobi for a second day. Demonstrators are angry about new taxes on fuel and mobile money transfers. The Interior Ministry said officers acted to protect property and urged organizers to apply for permits.",
"A State Department spokesperson said the United States is “deeply concerned” by the detention of several opposition figures in Tajikistan and called for their release.",
"Official figures show deforestation in the Brazilian Amazon fell 22 percent in the 12 months through July, the lowest level in nearly a decade. Environmental groups welcomed the news but said illegal mining and cattle ranching remain serious threats to the forest.",
"Olympic marathon champion Faith Wanjiru says she will skip this year’s world championships to recover from a hamstring injury. “My body needs rest, and I have to listen to it,” she wrote on social media.",
"This is VOA News."),
[
Q("they have moved more than half a million people into storm shelters as Cyclone Rehana nears the coast.", "Authorities in Bangladesh", "Authorities in Bangladesh", ("Bangladesh say", "say"), "indirect", 1),
Q("the storm is expected to make landfall late Sunday near the port of Mongla.", "Kamrul Hasan", "Kamrul Hasan", ("Hasan told", "told"), "indirect", 2),
Q("officers acted to protect property", "Interior Ministry", ("The Interior Ministry said", "Interior Ministry"), ("Interior Ministry said", "said"), "indirect", 3),
Q("the United States is “deeply concerned” by the detention of several opposition figures in Tajikistan", "A State Department spokesperson", "A State Department spokesperson", ("spokesperson said", "said"), "mixed", 4),
Q("illegal mining and cattle ranching remain serious threats to the forest.", "Environmental groups", "Environmental groups", ("news but said", "said"), "indirect", 5),
Q("she will skip this year’s world championships to recover from a hamstring injury.", "Faith Wanjiru", "Faith Wanjiru", ("Wanjiru says", "says"), "indirect", 6),
Q("“My body needs rest, and I have to listen to it,”", "Faith Wanjiru", ("she wrote", "she"), ("she wrote", "wrote"), "direct", 7),
])

# ---------------------------------------------------------------- NASA 1
doc("b4-nasa-tidewatch-first-images", T(
"NASA's Tidewatch Mission Returns First Images of Changing Coastlines",
"WASHINGTON -- NASA's Tidewatch satellite has returned its first science images, offering researchers a detailed new look at how tides, storm surges and rising seas reshape the world's coastlines, the agency announced Thursday.",
"Launched in April from Vandenberg Space Force Base in California, Tidewatch carries a radar instrument that can measure water levels in marshes, estuaries and river deltas to within a few centimeters.",
'"These first images are even sharper than we hoped," said Nicola Fairbanks, director of the Earth Science Division at NASA Headquarters in Washington. "The places where land and water meet are home to hundreds of millions of people, and they are changing fast. Tidewatch lets us watch that change as it happens."',
"Mission managers said the spacecraft and its instrument have performed normally since the end of a three-month checkout period.",
"Among the first observations is a map of the Mississippi River Delta in Louisiana, where the satellite tracked water moving into and out of wetlands over a full tidal cycle.",
'"For the first time, we can see a marsh breathe," said Ramon Aguilar, Tidewatch project scientist at NASA\'s Jet Propulsion Laboratory in Southern California.',
"Aguilar said the data will help coastal planners identify which wetlands are keeping pace with sea level rise and which are slowly drowning. He noted that the measurements could also improve flood forecasts for communities along the Gulf Coast.",
'Tidewatch is a partnership between NASA and the French space agency CNES. Isabelle Morel, director of Earth observation programs at CNES, called the early results "a remarkable start" and said the two agencies are already discussing a follow-on mission.',
"NASA plans to release the first Tidewatch data to the public later this year."),
[
Q("NASA's Tidewatch satellite has returned its first science images, offering researchers a detailed new look at how tides, storm surges and rising seas reshape the world's coastlines,",
  "NASA", "the agency", "announced", "indirect", 1),
Q('"These first images are even sharper than we hoped,"', "Nicola Fairbanks", "Nicola Fairbanks", ("said Nicola", "said"), "direct", 2),
Q('"The places where land and water meet are home to hundreds of millions of people, and they are changing fast. Tidewatch lets us watch that change as it happens."', "Nicola Fairbanks", "Nicola Fairbanks", ("said Nicola", "said"), "direct", 2),
Q("the spacecraft and its instrument have performed normally since the end of a three-month checkout period.", "Mission managers", "Mission managers", ("Mission managers said", "said"), "indirect", 3),
Q('"For the first time, we can see a marsh breathe,"', "Ramon Aguilar", "Ramon Aguilar", ("said Ramon", "said"), "direct", 4),
Q("the data will help coastal planners identify which wetlands are keeping pace with sea level rise and which are slowly drowning.", "Ramon Aguilar", ("Aguilar said the data", "Aguilar"), ("Aguilar said the data", "said"), "indirect", 5),
Q("the measurements could also improve flood forecasts for communities along the Gulf Coast.", "Ramon Aguilar", ("He noted", "He"), "noted", "indirect", 6),
Q("the two agencies are already discussing a follow-on mission.", "Isabelle Morel", "Isabelle Morel", ("and said the two", "said"), "indirect", 7),
])

# ---------------------------------------------------------------- NASA 2
doc("b4-nasa-moreau-crew-return", T(
"NASA Administrator Statement on Return of Space Station Crew",
"WASHINGTON -- NASA Administrator Daniel K. Moreau issued the following statement Tuesday after four crew members returned safely to Earth following an extended stay aboard the International Space Station:",
'"Welcome home to Lena Holt, Victor Ames, Satoshi Mori and Irina Volkova. Their mission lasted 236 days, nearly two months longer than planned, and through every change in plans they showed the professionalism and good humor that define this agency and our international partners.',
'"The crew conducted more than 200 experiments during their stay, from studies of bone loss to tests of water recycling hardware that will help us live and work on the Moon. As Commander Holt told us from orbit last month, \'Every extra day up here is another day of science.\'',
'"I want to thank the flight controllers, engineers and medical teams in Houston, Moscow, Tsukuba and around the world who kept this crew safe. We are proud of every one of them."',
"The crew splashed down off the coast of Florida at 4:12 a.m. EDT aboard a SpaceX Dragon spacecraft. Their return was delayed after engineers found a small leak in a thruster on the spacecraft originally assigned to bring them home.",
"Speaking at a news conference at NASA's Johnson Space Center in Houston, station program manager Kelsey Varga said all four crew members were in good condition and would undergo routine medical checks.",
'"They handled every curveball we threw at them," Varga said.',
"She said the agency expects to complete its review of the thruster leak before the next crew launch in the fall."),
[
Q('"Welcome home to Lena Holt, Victor Ames, Satoshi Mori and Irina Volkova. Their mission lasted 236 days, nearly two months longer than planned, and through every change in plans they showed the professionalism and good humor that define this agency and our international partners.',
  "Daniel K. Moreau", "Daniel K. Moreau", "issued the following statement", "direct", 1),
Q('"The crew conducted more than 200 experiments during their stay, from studies of bone loss to tests of water recycling hardware that will help us live and work on the Moon. As Commander Holt told us from orbit last month, \'Every extra day up here is another day of science.\'',
  "Daniel K. Moreau", "Daniel K. Moreau", "issued the following statement", "direct", 1),
Q('"I want to thank the flight controllers, engineers and medical teams in Houston, Moscow, Tsukuba and around the world who kept this crew safe. We are proud of every one of them."',
  "Daniel K. Moreau", "Daniel K. Moreau", "issued the following statement", "direct", 1),
Q("all four crew members were in good condition and would undergo routine medical checks.", "Kelsey Varga", "Kelsey Varga", ("Varga said all", "said"), "indirect", 2),
Q('"They handled every curveball we threw at them,"', "Kelsey Varga", ("Varga said.", "Varga"), ("Varga said.", "said"), "direct", 3),
Q("the agency expects to complete its review of the thruster leak before the next crew launch in the fall.", "Kelsey Varga", ("She said the agency", "She"), ("She said the agency", "said"), "indirect", 4),
])

# ---------------------------------------------------------------- Senate
doc("b4-senate-va-rural-staffing", T(
"Whitlock, Osgood Introduce Bipartisan Bill to Address VA Staffing Shortages at Rural Facilities",
"WASHINGTON – U.S. Senators Ellen Whitlock (D-Minn.), Chair of the Senate Committee on Veterans' Affairs, and Roger Osgood (R-Kan.), the Committee's Ranking Member, today introduced bipartisan legislation to help the Department of Veterans Affairs (VA) recruit and retain doctors, nurses and mental health professionals at rural medical centers and clinics.",
"The Rural Veterans Care Workforce Act would expand the VA's student loan repayment program, allow rural facilities to offer larger recruitment bonuses and create a fast-track hiring process for health care workers leaving military service.",
'"Veterans in rural Minnesota should not have to drive three hours to see a doctor because the VA clinic down the road can\'t fill its open positions," said Chair Whitlock. "This bill gives the VA the tools it needs to compete for the health care workers our veterans deserve."',
'"Staffing shortages are the number one concern I hear about from veterans and VA employees across Kansas, and this commonsense, bipartisan fix will help," said Ranking Member Osgood.',
'Osgood noted that many rural VA facilities compete with private hospitals offering signing bonuses the VA "simply cannot match."',
"At a Committee hearing in May, VA officials testified that vacancy rates for nurses at some rural facilities were above 20 percent. A recent report by the VA Office of Inspector General found severe shortages in at least one occupation at nearly every VA medical center.",
"Whitlock said she plans to bring the bill before the Committee for a vote this fall.",
"The legislation is endorsed by the Veterans of Foreign Wars, The American Legion and Disabled American Veterans."),
[
Q('"Veterans in rural Minnesota should not have to drive three hours to see a doctor because the VA clinic down the road can\'t fill its open positions,"', "Ellen Whitlock", ("said Chair Whitlock", "Whitlock"), ("said Chair Whitlock", "said"), "direct", 1),
Q('"This bill gives the VA the tools it needs to compete for the health care workers our veterans deserve."', "Ellen Whitlock", ("said Chair Whitlock", "Whitlock"), ("said Chair Whitlock", "said"), "direct", 1),
Q('"Staffing shortages are the number one concern I hear about from veterans and VA employees across Kansas, and this commonsense, bipartisan fix will help,"', "Roger Osgood", ("said Ranking Member Osgood", "Osgood"), ("said Ranking Member Osgood", "said"), "direct", 2),
Q('many rural VA facilities compete with private hospitals offering signing bonuses the VA "simply cannot match."', "Roger Osgood", ("Osgood noted", "Osgood"), "noted", "mixed", 3),
Q("vacancy rates for nurses at some rural facilities were above 20 percent.", "VA officials", "VA officials", "testified", "indirect", 4),
Q("she plans to bring the bill before the Committee for a vote this fall.", "Ellen Whitlock", ("Whitlock said she", "Whitlock"), ("Whitlock said she", "said"), "indirect", 5),
])

# ---------------------------------------------------------------- House
doc("b4-house-faa-controllers", T(
"Subcommittee Examines Air Traffic Controller Shortage, Presses FAA on Hiring Goals",
"WASHINGTON, D.C. – Today, the Subcommittee on Aviation, chaired by Rep. Gary Lindqvist (R-Wis.), held a hearing on the nationwide shortage of certified air traffic controllers and its effect on flight delays, cancellations and safety.",
"In his opening statement, Lindqvist said the Federal Aviation Administration (FAA) has missed its own controller hiring targets in four of the last five years.",
'"The traveling public is paying for this in delays and cancellations, and controllers are paying for it with mandatory overtime and six-day weeks. That is not sustainable, and frankly, it is not safe," Lindqvist said.',
"Dana Whitcomb, the FAA's chief operating officer for air traffic, told the Subcommittee that the agency expects to hire 1,800 controllers this fiscal year, the most in more than a decade. Whitcomb acknowledged that the FAA Academy in Oklahoma City has become a bottleneck.",
'Ranking Member Patricia Alvarado (D-N.M.) questioned whether the FAA\'s staffing model accounts for the workload at the busiest facilities. She said the model "does not reflect reality" at several large radar centers, including the one that handles traffic for her state.',
"Following the hearing, Transportation and Infrastructure Committee Chairman Raymond Tolliver (R-Mo.) released the following statement:",
'"Today\'s hearing made clear that the controller shortage is not a problem the FAA can hire its way out of overnight. Training takes years, and the agency needs a realistic plan to get there.',
'"This Committee will continue to hold the agency accountable for meeting its targets, and we will work on a bipartisan basis to make sure the FAA has the resources and the flexibility it needs to train the next generation of controllers."'),
[
Q("the Federal Aviation Administration (FAA) has missed its own controller hiring targets in four of the last five years.", "Gary Lindqvist", ("statement, Lindqvist said", "Lindqvist"), ("statement, Lindqvist said", "said"), "indirect", 1),
Q('"The traveling public is paying for this in delays and cancellations, and controllers are paying for it with mandatory overtime and six-day weeks. That is not sustainable, and frankly, it is not safe,"', "Gary Lindqvist", ('safe," Lindqvist said', "Lindqvist"), ('safe," Lindqvist said', "said"), "direct", 2),
Q("the agency expects to hire 1,800 controllers this fiscal year, the most in more than a decade.", "Dana Whitcomb", ("Dana Whitcomb, the FAA", "Dana Whitcomb"), ("air traffic, told", "told"), "indirect", 3),
Q("the FAA Academy in Oklahoma City has become a bottleneck.", "Dana Whitcomb", ("Whitcomb acknowledged", "Whitcomb"), "acknowledged", "indirect", 4),
Q('the model "does not reflect reality" at several large radar centers, including the one that handles traffic for her state.', "Patricia Alvarado", ("She said the model", "She"), ("She said the model", "said"), "mixed", 5),
Q('"Today\'s hearing made clear that the controller shortage is not a problem the FAA can hire its way out of overnight. Training takes years, and the agency needs a realistic plan to get there.',
  "Raymond Tolliver", "Raymond Tolliver", "released the following statement", "direct", 6),
Q('"This Committee will continue to hold the agency accountable for meeting its targets, and we will work on a bipartisan basis to make sure the FAA has the resources and the flexibility it needs to train the next generation of controllers."',
  "Raymond Tolliver", "Raymond Tolliver", "released the following statement", "direct", 6),
])

# ---------------------------------------------------------------- Air National Guard
doc("b4-ang-arctic-rescue", T(
"Alaska Air Guard rescue Airmen train with Canadian partners in Arctic exercise",
"By Senior Airman Jordan Pike\n176th Wing Public Affairs",
"JOINT BASE ELMENDORF-RICHARDSON, Alaska -- Airmen from the Alaska Air National Guard's 212th Rescue Squadron trained alongside Royal Canadian Air Force search and rescue technicians during a weeklong cold-weather exercise that ended March 8.",
'The exercise, dubbed "Polar Reach," took place on the frozen tundra south of Utqiagvik, where temperatures dropped to 40 below zero.',
'"Up here, the weather is always the first enemy," said Master Sgt. Caleb Yoder, a 212th RQS pararescueman.',
"Teams practiced parachuting onto frozen lakes, building emergency shelters and treating simulated patients for hypothermia and frostbite. HC-130J aircraft from the 211th Rescue Squadron dropped jumpers and supplies, while HH-60G helicopters from the 210th Rescue Squadron moved teams and patients between sites.",
"Yoder said working with the Canadian teams helped both sides learn different ways to solve the same problems.",
'"Their techs have a lot of experience moving long distances over the ground, and we bring a lot on the aircraft side," he said.',
"Sgt. Marie-Claude Tremblay, a search and rescue technician with the RCAF's 440 Transport Squadron, said it was the first time she had jumped from a U.S. HC-130J.",
'"Same job, different accents," Tremblay said with a laugh.',
"The Alaska Rescue Coordination Center, run by the 176th Wing, coordinates hundreds of search and rescue missions each year across a state larger than Texas, California and Montana combined.",
"Lt. Col. Anita Rowe, 212th RQS commander, said the squadron plans to make Polar Reach an annual event.",
'"The Arctic is getting busier every year, with more shipping, more tourism and more people who could need help," Rowe said.'),
[
Q('"Up here, the weather is always the first enemy,"', "Caleb Yoder", "Caleb Yoder", ("said Master Sgt", "said"), "direct", 1),
Q("working with the Canadian teams helped both sides learn different ways to solve the same problems.", "Caleb Yoder", ("Yoder said working", "Yoder"), ("Yoder said working", "said"), "indirect", 2),
Q('"Their techs have a lot of experience moving long distances over the ground, and we bring a lot on the aircraft side,"', "Caleb Yoder", ('side," he said', "he"), ('side," he said', "said"), "direct", 3),
Q("it was the first time she had jumped from a U.S. HC-130J.", "Marie-Claude Tremblay", "Marie-Claude Tremblay", ("Squadron, said", "said"), "indirect", 4),
Q('"Same job, different accents,"', "Marie-Claude Tremblay", ("Tremblay said with", "Tremblay"), ("Tremblay said with", "said"), "direct", 5),
Q("the squadron plans to make Polar Reach an annual event.", "Anita Rowe", "Anita Rowe", ("commander, said", "said"), "indirect", 6),
Q('"The Arctic is getting busier every year, with more shipping, more tourism and more people who could need help,"', "Anita Rowe", ("Rowe said.", "Rowe"), ("Rowe said.", "said"), "direct", 7),
])

# ---------------------------------------------------------------- Air Force
doc("b4-af-redhorse-airfield-repair", T(
"Civil engineers race the clock in airfield repair exercise",
"By Tech. Sgt. Renee Castillo, 99th Air Base Wing Public Affairs",
"NELLIS AIR FORCE BASE, Nev. -- Airmen from the 820th RED HORSE Squadron repaired 12 simulated bomb craters on a training runway in less than six hours during a rapid airfield damage repair exercise here April 17.",
"Rapid airfield damage repair, known as RADR, uses rapid-setting concrete, specialized equipment and a carefully choreographed sequence of tasks to fill and cap craters so aircraft can take off and land again within hours.",
'Senior Master Sgt. Luis Ortega, the squadron\'s operations superintendent, said the goal was to prove the team could reopen a runway "faster than an adversary can close it."',
"Crews were told to expect a second wave of simulated attacks at any time, forcing them to stop work, take cover and assess new damage before continuing.",
'"We practice this so many times that it becomes muscle memory. When it\'s real, nobody has time to pull out a checklist and read it line by line," Ortega said.',
"Airman 1st Class Devin Marsh, a heavy equipment operator on his first major exercise, said the pace surprised him.",
'"I thought I knew what fast looked like, and then I watched the crater team work," Marsh said.',
"The 820th RHS is one of the Air Force's few active-duty heavy construction squadrons and deploys worldwide to build and repair airfields, roads and base facilities.",
"Lt. Col. Brenda Hollis, 820th RHS commander, said lessons from the exercise will be shared with other RED HORSE units across the Air Force.",
"The hardest part, Hollis said, is not pouring concrete but coordinating dozens of Airmen and vehicles on a damaged airfield.",
'"Our Airmen showed today that they can do that under pressure," she said.'),
[
Q('the goal was to prove the team could reopen a runway "faster than an adversary can close it."', "Luis Ortega", "Luis Ortega", ("superintendent, said", "said"), "mixed", 1),
Q('"We practice this so many times that it becomes muscle memory. When it\'s real, nobody has time to pull out a checklist and read it line by line,"', "Luis Ortega", ("Ortega said", "Ortega"), ("Ortega said", "said"), "direct", 2),
Q("the pace surprised him.", "Devin Marsh", "Devin Marsh", ("exercise, said", "said"), "indirect", 3),
Q('"I thought I knew what fast looked like, and then I watched the crater team work,"', "Devin Marsh", ("Marsh said", "Marsh"), ("Marsh said", "said"), "direct", 4),
Q("lessons from the exercise will be shared with other RED HORSE units across the Air Force.", "Brenda Hollis", "Brenda Hollis", ("commander, said", "said"), "indirect", 5),
Q("The hardest part, Hollis said, is not pouring concrete but coordinating dozens of Airmen and vehicles on a damaged airfield.", "Brenda Hollis", ("part, Hollis said", "Hollis"), ("part, Hollis said", "said"), "indirect", 6),
Q('"Our Airmen showed today that they can do that under pressure,"', "Brenda Hollis", ('pressure," she said', "she"), ('pressure," she said', "said"), "direct", 7),
])

# ---------------------------------------------------------------- DoD News 1
doc("b4-dod-housing-repairs", T(
"Official Says DOD Will Speed Housing Repairs for Military Families",
"By Karen Holloway, DOD News",
"The Defense Department will cut the time it takes to fix urgent problems in privatized military family housing by half over the next year, a senior Pentagon official told lawmakers today.",
"Thomas Brandt, assistant secretary of defense for energy, installations and environment, testified before the House Armed Services Committee's readiness subcommittee. He said the department has hired 90 housing inspectors since January and plans to add 60 more by the end of the fiscal year.",
'"Our families should never have to fight to get mold removed from a child\'s bedroom," Brandt said.',
"Under new contract terms, housing companies must respond to emergency work orders within 24 hours or face financial penalties, he said.",
"Private companies have owned and operated most family housing on U.S. military installations since the late 1990s. Complaints about mold, pests and slow maintenance have drawn congressional scrutiny in recent years, and lawmakers have criticized the department's tracking system, which still does not capture complaints made by phone or in person.",
'Rep. Alicia Monroe, the subcommittee\'s chairwoman, visited family housing at three installations this spring. Progress has been "too slow and too uneven" across the services, she said.',
"A senior defense official, speaking to reporters on background after the hearing, said the department expects to finish a review of all 14 housing companies by summer. The official said the results would be made public."),
[
Q("The Defense Department will cut the time it takes to fix urgent problems in privatized military family housing by half over the next year,", "Thomas Brandt", "a senior Pentagon official", ("official told lawmakers", "told"), "indirect", 1),
Q("the department has hired 90 housing inspectors since January and plans to add 60 more by the end of the fiscal year.", "Thomas Brandt", ("He said the department has", "He"), ("He said the department has", "said"), "indirect", 2),
Q('"Our families should never have to fight to get mold removed from a child\'s bedroom,"', "Thomas Brandt", ('bedroom," Brandt said', "Brandt"), ('bedroom," Brandt said', "said"), "direct", 3),
Q("Under new contract terms, housing companies must respond to emergency work orders within 24 hours or face financial penalties,", "Thomas Brandt", ("penalties, he said", "he"), ("penalties, he said", "said"), "indirect", 4),
Q('Progress has been "too slow and too uneven" across the services,', "Alicia Monroe", ("services, she said", "she"), ("services, she said", "said"), "mixed", 5),
Q("the department expects to finish a review of all 14 housing companies by summer.", "A senior defense official", "A senior defense official", ("hearing, said", "said"), "indirect", 6),
Q("the results would be made public.", "A senior defense official", "The official", ("The official said", "said"), "indirect", 7),
])

# ---------------------------------------------------------------- DoD News 2
doc("b4-dod-shipyard-visit", T(
"Deputy Secretary Visits Norfolk Naval Shipyard, Highlights Submarine Maintenance",
"By Marcus Dell, DOD News",
"PORTSMOUTH, Va. -- Deputy Defense Secretary Laura Kessling toured Norfolk Naval Shipyard today, meeting with workers who repair and overhaul the Navy's aircraft carriers and submarines.",
"Getting submarines through maintenance on schedule is one of the department's top readiness priorities, and the Navy's four public shipyards have struggled for years with aging facilities and a shortage of skilled workers.",
'"Every day a submarine sits in dry dock past its scheduled date is a day it isn\'t at sea, where we need it," Kessling told shipyard workers during a town hall meeting.',
"The shipyard has hired more than 2,000 workers in the past two years. Navy Capt. Michael Ruiz, the shipyard's commander, told Kessling that average delays have fallen from about 140 days to 90.",
'Ruiz said the biggest remaining challenge is "holding on to the people we\'ve trained" as private companies compete for the same welders, pipefitters and electricians.',
'"We train them, and then everybody wants to hire them," he said.',
"Kessling thanked the workforce and said the department's budget request for next year includes $2.1 billion for shipyard infrastructure, including new dry docks and power systems.",
"The investment, she said, is about more than concrete and cranes.",
'"It\'s about the people who walk through these gates every morning," Kessling said.',
"Navy leaders have said the service wants to cut the backlog of submarines waiting for maintenance by a third over the next three years."),
[
Q('"Every day a submarine sits in dry dock past its scheduled date is a day it isn\'t at sea, where we need it,"', "Laura Kessling", ("Kessling told shipyard", "Kessling"), ("Kessling told shipyard", "told"), "direct", 1),
Q("average delays have fallen from about 140 days to 90.", "Michael Ruiz", ("Capt. Michael Ruiz", "Michael Ruiz"), ("commander, told", "told"), "indirect", 2),
Q('the biggest remaining challenge is "holding on to the people we\'ve trained" as private companies compete for the same welders, pipefitters and electricians.', "Michael Ruiz", ("Ruiz said the biggest", "Ruiz"), ("Ruiz said the biggest", "said"), "mixed", 3),
Q('"We train them, and then everybody wants to hire them,"', "Michael Ruiz", ('them," he said', "he"), ('them," he said', "said"), "direct", 4),
Q("the department's budget request for next year includes $2.1 billion for shipyard infrastructure, including new dry docks and power systems.", "Laura Kessling", ("Kessling thanked", "Kessling"), ("workforce and said", "said"), "indirect", 5),
Q("The investment, she said, is about more than concrete and cranes.", "Laura Kessling", ("investment, she said", "she"), ("investment, she said", "said"), "indirect", 6),
Q('"It\'s about the people who walk through these gates every morning,"', "Laura Kessling", ('morning," Kessling said', "Kessling"), ('morning," Kessling said', "said"), "direct", 7),
Q("the service wants to cut the backlog of submarines waiting for maintenance by a third over the next three years.", "Navy leaders", "Navy leaders", ("Navy leaders have said", "said"), "indirect", 8),
])
