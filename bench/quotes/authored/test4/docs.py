# Blind test 6: authored texts + annotation specs.
# Q(quote_text, speaker, mention, cue, type, group)
# mention / cue: "word" -> nearest whole-word occurrence outside every gold span of the doc;
#                ("unique anchor", "word") -> the word inside that anchor.

def Q(qt, spk, men, cue, typ, grp):
    return dict(qt=qt, spk=spk, men=men, cue=cue, typ=typ, grp=grp)

DOCS = []

# ---------------------------------------------------------------- 1 VOA story
DOCS.append(dict(id="b6-voa-mozambique-floods", text="""Floods Displace Thousands in Central Mozambique as Rivers Keep Rising

MAPUTO — Heavy rains that have pounded central Mozambique for more than a week have forced thousands of families from their homes, and officials warned Tuesday that water levels on the Buzi and Pungwe rivers could keep rising through the weekend.

The floods have displaced more than 41,000 people in Sofala and Manica provinces, according to the National Institute for Disaster Risk Management.

Institute spokesperson Lidia Chambal told VOA that rescue teams had reached most of the flooded villages by boat but that some communities near the town of Buzi remained cut off.

“We are asking people in low-lying areas not to wait for the water to reach their doors. Move now, while the roads are still open,” Chambal said.

In Beira, the country’s second-largest city, residents waded through knee-deep water to reach markets and clinics. Fisherman Armando Tembe said his family had spent two nights on the roof of a neighbor’s house.

“The water came at night. We took only the children and the documents,” he said.

The World Food Program said it had begun distributing rice, beans and cooking oil to about 9,000 people in temporary shelters and would expand deliveries once helicopters could fly.

Health officials are also worried about cholera, which spread quickly after cyclones struck the same region in 2019 and again last year. Provincial health director Celso Mabunda said the province had enough oral rehydration salts for now but that clean water was “the real emergency.”

Mozambique’s meteorological institute has issued a red alert for parts of Sofala province, and the government has urged district administrators to move families living along riverbanks to higher ground before the next band of rain arrives.
""", quotes=[
    Q("water levels on the Buzi and Pungwe rivers could keep rising through the weekend.", "officials", "officials", "warned", "indirect", 1),
    Q("The floods have displaced more than 41,000 people in Sofala and Manica provinces,", "National Institute for Disaster Risk Management", "National Institute for Disaster Risk Management", "according to", "indirect", 2),
    Q("rescue teams had reached most of the flooded villages by boat but that some communities near the town of Buzi remained cut off.", "Lidia Chambal", "Lidia Chambal", "told", "indirect", 3),
    Q("“We are asking people in low-lying areas not to wait for the water to reach their doors. Move now, while the roads are still open,”", "Lidia Chambal", "Chambal", "said", "direct", 4),
    Q("his family had spent two nights on the roof of a neighbor’s house.", "Armando Tembe", "Armando Tembe", "said", "indirect", 5),
    Q("“The water came at night. We took only the children and the documents,”", "Armando Tembe", "he", "said", "direct", 6),
    Q("it had begun distributing rice, beans and cooking oil to about 9,000 people in temporary shelters and would expand deliveries once helicopters could fly.", "World Food Program", "World Food Program", "said", "indirect", 7),
    Q("the province had enough oral rehydration salts for now but that clean water was “the real emergency.”", "Celso Mabunda", "Celso Mabunda", "said", "mixed", 8),
]))

# ---------------------------------------------------------------- 2 VOA story
DOCS.append(dict(id="b6-voa-liberia-byelection", text="""Liberia Postpones Senate By-Election in Grand Kru After Ballot Errors

MONROVIA — Liberia’s National Elections Commission on Thursday postponed a senatorial by-election in Grand Kru County by two weeks, saying ballot papers printed abroad had arrived with errors.

Commission chairperson Miatta Kollie told reporters in Monrovia that about one-third of the ballots showed the wrong party symbol next to one of the five candidates.

“We could not in good conscience ask people to vote on a ballot that misrepresents a candidate. A delay is painful, but a flawed election would be worse,” Kollie said.

The vote, now set for May 24, will fill a seat left vacant when Senator Albert Jlateh died in January.

Opposition candidate Emmanuel Toe said the commission had known about the problem for days and should have informed the public sooner. He said the postponement was “one more sign that this commission is not ready” and that his party would ask the Supreme Court to review the decision.

The ruling party did not respond to VOA’s request for comment.

Election observers from the Economic Community of West African States said in a statement they welcomed the commission’s openness but wanted a detailed timeline for the delivery of new ballots.

In Barclayville, the county capital, residents reached by phone expressed frustration. Market trader Comfort Nyema said she had walked three hours on Tuesday to check whether her name was on the voter roll.

“Now they tell us to wait again. People are tired,” she said.

Grand Kru is one of Liberia’s most remote counties. Many of its roads become impassable during the rainy season, which usually begins in late May, and election workers have to carry materials to some polling places on foot or by canoe.

The commission has printed corrected ballots in Accra, Ghana, and expects them to arrive in Monrovia by May 15.
""", quotes=[
    Q("ballot papers printed abroad had arrived with errors.", "National Elections Commission", "National Elections Commission", "saying", "indirect", 1),
    Q("about one-third of the ballots showed the wrong party symbol next to one of the five candidates.", "Miatta Kollie", "Miatta Kollie", "told", "indirect", 2),
    Q("“We could not in good conscience ask people to vote on a ballot that misrepresents a candidate. A delay is painful, but a flawed election would be worse,”", "Miatta Kollie", "Kollie", "said", "direct", 3),
    Q("the commission had known about the problem for days and should have informed the public sooner.", "Emmanuel Toe", "Emmanuel Toe", "said", "indirect", 4),
    Q("the postponement was “one more sign that this commission is not ready” and that his party would ask the Supreme Court to review the decision.", "Emmanuel Toe", "He", "said", "mixed", 5),
    Q("they welcomed the commission’s openness but wanted a detailed timeline for the delivery of new ballots.", "Election observers from the Economic Community of West African States", "Election observers", "said", "indirect", 6),
    Q("she had walked three hours on Tuesday to check whether her name was on the voter roll.", "Comfort Nyema", "Comfort Nyema", "said", "indirect", 7),
    Q("“Now they tell us to wait again. People are tired,”", "Comfort Nyema", "she", "said", "direct", 8),
]))

# ---------------------------------------------------------------- 3 VOA story
DOCS.append(dict(id="b6-voa-cholera-vaccine", text="""WHO Warns Cholera Vaccine Stockpile Running Low as Outbreaks Spread

GENEVA — The World Health Organization says the global emergency stockpile of oral cholera vaccine has fallen below the level needed to respond to new outbreaks, as cases climb in at least 22 countries.

At a briefing Friday, WHO cholera team lead Hamid Osei said the stockpile held about 1.9 million doses, well short of the 5 million doses the agency considers a safe minimum.

“Every week we are making choices about which outbreak gets vaccine and which one waits. No public health worker should have to make those choices,” Osei said.

Since 2022, countries facing outbreaks have received a single dose instead of the standard two to stretch supplies. Osei said the one-dose approach still protects people for several months, but he acknowledged that protection fades faster than with two doses.

Only one manufacturer, based in South Korea, currently supplies the stockpile. A second producer in South Africa is expected to begin deliveries next year.

Requests from governments to the United Nations Children’s Fund, which buys and ships the vaccine, have tripled since 2021. UNICEF supply officer Nadia Ferrante told VOA that the agency was “running to stand still.”

“We have the trucks, the cold chain and the people on the ground. What we do not have is enough doses,” she said.

The disease spreads through water contaminated with sewage, and outbreaks often follow floods, drought or fighting that damage water systems. Aid groups have long called for more spending on wells, pipes and latrines, which they see as the only lasting defense against cholera.

The WHO has asked donors to fund new production lines and urged governments in affected countries to invest in clean water. The agency plans to publish updated guidance on the use of the vaccine before the end of the year.
""", quotes=[
    Q("the global emergency stockpile of oral cholera vaccine has fallen below the level needed to respond to new outbreaks, as cases climb in at least 22 countries.", "World Health Organization", "World Health Organization", "says", "indirect", 1),
    Q("the stockpile held about 1.9 million doses, well short of the 5 million doses the agency considers a safe minimum.", "Hamid Osei", "Hamid Osei", "said", "indirect", 2),
    Q("“Every week we are making choices about which outbreak gets vaccine and which one waits. No public health worker should have to make those choices,”", "Hamid Osei", "Osei", "said", "direct", 3),
    Q("the one-dose approach still protects people for several months,", "Hamid Osei", "Osei", "said", "indirect", 4),
    Q("protection fades faster than with two doses.", "Hamid Osei", "he", "acknowledged", "indirect", 5),
    Q("the agency was “running to stand still.”", "Nadia Ferrante", "Nadia Ferrante", "told", "mixed", 6),
    Q("“We have the trucks, the cold chain and the people on the ground. What we do not have is enough doses,”", "Nadia Ferrante", "she", "said", "direct", 7),
]))

# ---------------------------------------------------------------- 4 VOA story
DOCS.append(dict(id="b6-voa-kenya-coffee", text="""Kenyan Coffee Farmers Turn to Direct Sales as Auction Prices Slide

NYERI, KENYA — On the slopes below Mount Kenya, small-scale coffee farmers are trying something new: selling their beans straight to roasters abroad instead of through the weekly auction in Nairobi.

Prices at the Nairobi Coffee Exchange have fallen by nearly a fifth since October, traders say.

Joseph Kariuki, who farms two hectares near the town of Othaya, said he received about 80 shillings a kilogram for his coffee cherries last season, barely enough to cover fertilizer and labor.

“If I sell the same beans to a buyer in Germany who knows my name, I can earn double. The problem is that most farmers do not know how to find those buyers,” Kariuki said.

That is where cooperatives such as the Gikanda Farmers Cooperative Society come in. Its manager, Esther Wanjiru, said the cooperative signed contracts with three specialty roasters in Europe and one in South Korea this year.

“Buyers want to see the farm, the drying beds, the people. They want a story, and we are learning to tell it,” Wanjiru said.

The cooperative now hosts visiting buyers several times a year and has hired a young agronomist to help members improve quality. Wanjiru hopes that within five years at least half of the cooperative’s harvest will be sold directly.

Direct sales carry risks. Economists warn that farmers who leave the auction lose the guaranteed payment schedule it provides, and some exporters say the new contracts are often too small to cover shipping costs.

Kenya’s agriculture ministry has promised to simplify export licenses for cooperatives and to train extension officers in marketing, though many farmers here remain skeptical.

For now, Kariuki is drying his latest harvest on raised wooden beds behind his house, waiting for a buyer from Hamburg to visit next month.

“What do we have to lose?” he asked.
""", quotes=[
    Q("Prices at the Nairobi Coffee Exchange have fallen by nearly a fifth since October,", "traders", "traders", "say", "indirect", 1),
    Q("he received about 80 shillings a kilogram for his coffee cherries last season, barely enough to cover fertilizer and labor.", "Joseph Kariuki", "Joseph Kariuki", "said", "indirect", 2),
    Q("“If I sell the same beans to a buyer in Germany who knows my name, I can earn double. The problem is that most farmers do not know how to find those buyers,”", "Joseph Kariuki", "Kariuki", "said", "direct", 3),
    Q("the cooperative signed contracts with three specialty roasters in Europe and one in South Korea this year.", "Esther Wanjiru", "Esther Wanjiru", "said", "indirect", 4),
    Q("“Buyers want to see the farm, the drying beds, the people. They want a story, and we are learning to tell it,”", "Esther Wanjiru", "Wanjiru", "said", "direct", 5),
    Q("farmers who leave the auction lose the guaranteed payment schedule it provides,", "Economists", "Economists", "warn", "indirect", 6),
    Q("the new contracts are often too small to cover shipping costs.", "some exporters", "some exporters", "say", "indirect", 7),
    Q("“What do we have to lose?”", "Joseph Kariuki", "he", "asked", "direct", 8),
]))

# ---------------------------------------------------------------- 5 VOA story
DOCS.append(dict(id="b6-voa-us-philippines-coastguard", text="""US, Philippines Agree to Expand Coast Guard Training

WASHINGTON — The United States and the Philippines agreed Wednesday to expand joint coast guard training and to base a U.S. Coast Guard cutter in Manila for part of next year, officials from both countries said.

The announcement followed two days of talks at the State Department on maritime security in the South China Sea, where Chinese coast guard vessels have repeatedly blocked Philippine resupply missions.

State Department spokesperson Daniel Harrow told reporters the talks were “frank and productive” and covered training, equipment and information sharing.

“Our commitment to the Philippines is ironclad, and that is not a slogan,” Harrow said.

Philippine Undersecretary of Foreign Affairs Ramon Dizon said his government would welcome the cutter and that Filipino crews would train aboard it.

He added, “We are not looking for confrontation. We are looking for the ability to do our jobs in our own waters.”

China’s foreign ministry criticized the agreement. Spokesperson Liu Wen said in Beijing that countries outside the region should not “stir up trouble” in the South China Sea.

Analysts say the deal is modest in size but important as a signal.

Gregory Lanham, a Southeast Asia specialist at the Pacific Policy Institute in Washington, said Manila wants to show that it has partners without giving Beijing a reason to escalate.

“It is a careful step. Both capitals want to be seen doing something, but neither wants a crisis,” Lanham said.

The cutter, which has not yet been named, would be the first U.S. Coast Guard vessel to operate from a Philippine port for an extended period. Details of the arrangement, including how many crew members would rotate through Manila, are still being worked out.

The two sides plan to meet again in Manila in September.
""", quotes=[
    Q("The United States and the Philippines agreed Wednesday to expand joint coast guard training and to base a U.S. Coast Guard cutter in Manila for part of next year,", "officials from both countries", "officials from both countries", "said", "indirect", 1),
    Q("the talks were “frank and productive” and covered training, equipment and information sharing.", "Daniel Harrow", "Daniel Harrow", "told", "mixed", 2),
    Q("“Our commitment to the Philippines is ironclad, and that is not a slogan,”", "Daniel Harrow", "Harrow", "said", "direct", 3),
    Q("his government would welcome the cutter and that Filipino crews would train aboard it.", "Ramon Dizon", "Ramon Dizon", "said", "indirect", 4),
    Q("“We are not looking for confrontation. We are looking for the ability to do our jobs in our own waters.”", "Ramon Dizon", "He", "added", "direct", 5),
    Q("countries outside the region should not “stir up trouble” in the South China Sea.", "Liu Wen", "Liu Wen", "said", "mixed", 6),
    Q("the deal is modest in size but important as a signal.", "Analysts", "Analysts", "say", "indirect", 7),
    Q("Manila wants to show that it has partners without giving Beijing a reason to escalate.", "Gregory Lanham", "Gregory Lanham", "said", "indirect", 8),
    Q("“It is a careful step. Both capitals want to be seen doing something, but neither wants a crisis,”", "Gregory Lanham", "Lanham", "said", "direct", 9),
]))

# ---------------------------------------------------------------- 6 VOA newscast
DOCS.append(dict(id="b6-voa-newscast-1400", text="""VOA Newscast, 1400 UTC

The United Nations says at least 60 people are dead after an overcrowded ferry capsized on Lake Albert, between Uganda and the Democratic Republic of Congo. The U.N. humanitarian office says the boat was carrying more than 150 passengers, many of them traders heading to a weekly market on the Ugandan shore. Rescue teams from both countries are searching for survivors, and dozens of people remain missing.

Japan’s central bank has left interest rates unchanged. Bank of Japan Governor Kenji Morimoto told a news conference in Tokyo the bank needs more evidence that wage increases are spreading to smaller companies before it raises rates again. He said, “We are not in a hurry, but we are not standing still either.” The yen weakened slightly after the announcement.

In Brazil, officials in the state of Amazonas say a severe drought has cut dozens of river communities off from regular deliveries of food and fuel. State civil defense chief Paulo Arantes says more than 20 towns have declared emergencies. VOA’s Helena Duarte reports from Manaus.

The World Bank says economic growth in South Asia will slow to 5.1 percent this year, down from 6.2 percent last year. In a report released Tuesday, the bank said weaker exports and higher borrowing costs were weighing on the region. The report urges governments to broaden their tax bases and to protect spending on health and education.

Climbers on Mount Everest are preparing for the spring season under new rules from Nepal’s government. Every climber must now carry a tracking device and bring back at least eight kilograms of trash from the mountain. Tourism officials hope the rules will make rescues faster and help clean up camps that have been used for decades.

And finally, a rare white giraffe has been spotted again in northeastern Kenya, four years after poachers killed two others of its kind. Wildlife rangers are now monitoring the animal around the clock.

You are listening to VOA News.
""", quotes=[
    Q("at least 60 people are dead after an overcrowded ferry capsized on Lake Albert, between Uganda and the Democratic Republic of Congo.", "United Nations", "United Nations", "says", "indirect", 1),
    Q("the boat was carrying more than 150 passengers, many of them traders heading to a weekly market on the Ugandan shore.", "U.N. humanitarian office", "U.N. humanitarian office", "says", "indirect", 2),
    Q("the bank needs more evidence that wage increases are spreading to smaller companies before it raises rates again.", "Kenji Morimoto", "Kenji Morimoto", "told", "indirect", 3),
    Q("“We are not in a hurry, but we are not standing still either.”", "Kenji Morimoto", "He", "said", "direct", 4),
    Q("a severe drought has cut dozens of river communities off from regular deliveries of food and fuel.", "officials in the state of Amazonas", "officials in the state of Amazonas", "say", "indirect", 5),
    Q("more than 20 towns have declared emergencies.", "Paulo Arantes", "Paulo Arantes", "says", "indirect", 6),
    Q("economic growth in South Asia will slow to 5.1 percent this year, down from 6.2 percent last year.", "World Bank", "World Bank", "says", "indirect", 7),
    Q("weaker exports and higher borrowing costs were weighing on the region.", "World Bank", "the bank", "said", "indirect", 8),
]))

# ---------------------------------------------------------------- 7 VOA newscast
DOCS.append(dict(id="b6-voa-newscast-2100", text="""VOA Newscast, 2100 UTC

Officials in the Philippines say Typhoon Marisol has killed at least 14 people after crossing the northern island of Luzon overnight. The national disaster agency says more than 200,000 people spent the night in evacuation centers. Agency spokesman Arnel Cruz told local radio that landslides had blocked many roads in the mountain provinces. “We are still trying to reach several villages by helicopter,” he said. The storm is expected to weaken as it moves over the South China Sea.

European Union agriculture ministers meeting in Brussels have approved a new aid package for farmers hit by last summer’s drought. The package is worth about $1.4 billion and will be paid out before spring planting. Farm groups in Spain and Portugal say the amount is too small to cover their losses.

In the United States, the Labor Department says employers added 187,000 jobs last month, more than economists had expected. The unemployment rate held at 3.9 percent. A Labor Department official said hiring was strongest in health care, construction and local government.

Nigeria’s central bank has raised its benchmark interest rate for the third time this year. Central bank governor Aisha Bello said the bank’s tighter policy was “working as designed” and would stay in place until inflation falls below 20 percent. “We will not declare victory too early,” she said. VOA’s Chika Okafor reports from Abuja.

Scientists in Antarctica have recovered an ice core they believe contains air that is more than one million years old. The team plans to ship the core to Europe next month for study.

A record 32,000 runners have registered for next month’s Boston Marathon.

This is VOA News.
""", quotes=[
    Q("Typhoon Marisol has killed at least 14 people after crossing the northern island of Luzon overnight.", "Officials in the Philippines", "Officials in the Philippines", "say", "indirect", 1),
    Q("more than 200,000 people spent the night in evacuation centers.", "national disaster agency", "national disaster agency", "says", "indirect", 2),
    Q("landslides had blocked many roads in the mountain provinces.", "Arnel Cruz", "Arnel Cruz", "told", "indirect", 3),
    Q("“We are still trying to reach several villages by helicopter,”", "Arnel Cruz", "he", "said", "direct", 4),
    Q("the amount is too small to cover their losses.", "Farm groups in Spain and Portugal", "Farm groups in Spain and Portugal", "say", "indirect", 5),
    Q("employers added 187,000 jobs last month, more than economists had expected.", "Labor Department", "Labor Department", "says", "indirect", 6),
    Q("hiring was strongest in health care, construction and local government.", "A Labor Department official", "A Labor Department official", "said", "indirect", 7),
    Q("the bank’s tighter policy was “working as designed” and would stay in place until inflation falls below 20 percent.", "Aisha Bello", "Aisha Bello", "said", "mixed", 8),
    Q("“We will not declare victory too early,”", "Aisha Bello", "she", "said", "direct", 9),
]))

# ---------------------------------------------------------------- 8 NASA release
DOCS.append(dict(id="b6-nasa-lunar-dust", text="""NASA Selects University Teams to Tackle Lunar Dust

NASA has selected four university-led teams to develop technologies that keep lunar dust from damaging spacesuits, rovers and habitats during future Artemis missions to the Moon. Each team will receive up to $2 million over two years.

"Lunar dust is one of the most stubborn problems we face on the Moon," said Karen Whitfield, associate administrator for NASA’s Space Technology Mission Directorate at the agency’s headquarters in Washington. "It is abrasive, it clings to everything, and it can shorten the life of hardware we need to last for years. These teams bring fresh ideas to a challenge that Apollo astronauts first described more than 50 years ago."

Astronauts on the Apollo missions reported that dust scratched visor coatings, clogged seals and made it harder to read instrument displays.

The selected proposals are:

- Electrodynamic dust shield for radiator surfaces, University of Colorado Boulder
- Self-cleaning fabric coating for spacesuit joints, Georgia Institute of Technology
- Low-power ultrasonic cleaning system for optical sensors, Purdue University
- Magnetic dust-repellent seal for habitat hatches, University of Texas at El Paso

The teams were chosen from 61 proposals submitted last fall through the agency’s Lunar Surface Technology Research opportunity.

Project manager Tom Albers of NASA’s Langley Research Center in Hampton, Virginia, said the agency expects at least two of the technologies to be ready for testing on the lunar surface by the end of the decade.

"We want these teams to fail fast in the lab so they don’t fail on the Moon," Albers said.

The awards are part of NASA’s Space Technology Mission Directorate’s effort to develop the systems astronauts will need to live and work on the lunar surface for extended periods, and eventually to travel to Mars.

To learn more about NASA’s space technology programs, visit:

https://www.nasa.gov/space-technology
""", quotes=[
    Q("\"Lunar dust is one of the most stubborn problems we face on the Moon,\"", "Karen Whitfield", "Karen Whitfield", "said", "direct", 1),
    Q("\"It is abrasive, it clings to everything, and it can shorten the life of hardware we need to last for years. These teams bring fresh ideas to a challenge that Apollo astronauts first described more than 50 years ago.\"", "Karen Whitfield", "Karen Whitfield", "said", "direct", 1),
    Q("dust scratched visor coatings, clogged seals and made it harder to read instrument displays.", "Astronauts on the Apollo missions", "Astronauts on the Apollo missions", "reported", "indirect", 2),
    Q("the agency expects at least two of the technologies to be ready for testing on the lunar surface by the end of the decade.", "Tom Albers", "Tom Albers", "said", "indirect", 3),
    Q("\"We want these teams to fail fast in the lab so they don’t fail on the Moon,\"", "Tom Albers", "Albers", "said", "direct", 4),
]))

# ---------------------------------------------------------------- 9 NASA release
DOCS.append(dict(id="b6-nasa-hydrosat-statement", text="""NASA Statement on Launch of HydroSat Water Cycle Mission

The following is a statement from NASA Deputy Administrator Pamela Reyes on Saturday’s launch of the agency’s HydroSat mission from Vandenberg Space Force Base in California:

"Congratulations to the HydroSat team and to our partners at the French space agency CNES on a picture-perfect launch. For the first time, we will be able to measure how much water is stored in lakes, rivers and snowpack around the world from a single spacecraft, week after week.

"Farmers, water managers and disaster planners have told us for years that they need this information. HydroSat will give it to them, and NASA will make that data freely available to anyone who needs it.

"This mission is also a reminder of what international partnership makes possible. I am proud of everyone who brought us to this day."

The spacecraft separated from its rocket about 58 minutes after liftoff, and ground controllers at NASA’s Jet Propulsion Laboratory in Southern California acquired its signal shortly afterward. Mission managers said the spacecraft was healthy and its solar arrays had deployed as planned.

HydroSat project scientist Luis Ocampo said the team will spend the next three months checking out the spacecraft’s radar instrument before science operations begin.

"The first images will tell us right away whether the instrument is behaving the way it did on the ground," Ocampo said.

HydroSat carries a wide-swath radar that measures the height of water surfaces to within a few centimeters. Data from the mission will help forecasters track floods and droughts and help scientists understand how a warming climate is changing the world’s fresh water supply.

JPL, a division of Caltech in Pasadena, manages the mission for NASA’s Science Mission Directorate in Washington.
""", quotes=[
    Q("\"Congratulations to the HydroSat team and to our partners at the French space agency CNES on a picture-perfect launch. For the first time, we will be able to measure how much water is stored in lakes, rivers and snowpack around the world from a single spacecraft, week after week.", "Pamela Reyes", "Pamela Reyes", "statement from", "direct", 1),
    Q("\"Farmers, water managers and disaster planners have told us for years that they need this information. HydroSat will give it to them, and NASA will make that data freely available to anyone who needs it.", "Pamela Reyes", "Pamela Reyes", "statement from", "direct", 1),
    Q("\"This mission is also a reminder of what international partnership makes possible. I am proud of everyone who brought us to this day.\"", "Pamela Reyes", "Pamela Reyes", "statement from", "direct", 1),
    Q("the spacecraft was healthy and its solar arrays had deployed as planned.", "Mission managers", "Mission managers", "said", "indirect", 2),
    Q("the team will spend the next three months checking out the spacecraft’s radar instrument before science operations begin.", "Luis Ocampo", "Luis Ocampo", "said", "indirect", 3),
    Q("\"The first images will tell us right away whether the instrument is behaving the way it did on the ground,\"", "Luis Ocampo", "Ocampo", "said", "direct", 4),
]))

# ---------------------------------------------------------------- 10 House release
DOCS.append(dict(id="b6-house-broadband-mapping", text="""Committee Advances Bipartisan Bill to Fix Rural Broadband Maps

WASHINGTON, D.C. – Today, the House Committee on Energy and Commerce advanced H.R. 4127, the Rural Broadband Accuracy Act, by a vote of 44 to 3. The bill, introduced by Representatives Mark Dunleavy (R-OH) and Teresa Alvarado (D-NM), requires the Federal Communications Commission to update its national broadband map at least twice a year and gives local governments a simpler way to challenge errors.

“Families in rural Ohio should not be told they have high-speed internet when all they have is a weak signal on one side of the house,” said Congressman Dunleavy. “This bill makes sure the map reflects reality, so federal dollars go where they are actually needed.”

“Bad data leads to bad decisions,” said Congresswoman Alvarado. “In too many tribal and rural communities in New Mexico, the map says the problem is solved. The people living there know it isn’t.”

Committee Chairman Robert Keane (R-TX) said the bill showed how the committee could work across party lines, and he noted that the FCC had already adopted several of the reforms in its most recent mapping update.

Ranking Member Diane Holloway (D-MI) said she supported the bill but that the “real test” would be whether Congress funds construction in the places the new maps identify.

During the markup, members adopted by voice vote an amendment offered by Rep. Carl Jensen (R-MT) requiring the FCC to report to Congress on the number of successful map challenges filed by tribal governments.

The FCC has said it supports more frequent updates to the map.

The bill now heads to the full House for consideration. A companion measure was introduced in the Senate in February.

Background:

The FCC’s national broadband map is used to allocate more than $42 billion in federal broadband funding to the states. Local officials in several states have reported errors in the map, including homes listed as served by providers that do not offer service in their area.
""", quotes=[
    Q("“Families in rural Ohio should not be told they have high-speed internet when all they have is a weak signal on one side of the house,”", "Mark Dunleavy", "Dunleavy", "said", "direct", 1),
    Q("“This bill makes sure the map reflects reality, so federal dollars go where they are actually needed.”", "Mark Dunleavy", "Dunleavy", "said", "direct", 1),
    Q("“Bad data leads to bad decisions,”", "Teresa Alvarado", "Alvarado", "said", "direct", 2),
    Q("“In too many tribal and rural communities in New Mexico, the map says the problem is solved. The people living there know it isn’t.”", "Teresa Alvarado", "Alvarado", "said", "direct", 2),
    Q("the bill showed how the committee could work across party lines,", "Robert Keane", "Robert Keane", "said", "indirect", 3),
    Q("the FCC had already adopted several of the reforms in its most recent mapping update.", "Robert Keane", "he", "noted", "indirect", 4),
    Q("she supported the bill but that the “real test” would be whether Congress funds construction in the places the new maps identify.", "Diane Holloway", "Diane Holloway", "said", "mixed", 5),
    Q("it supports more frequent updates to the map.", "Federal Communications Commission", "FCC", "said", "indirect", 6),
]))

# ---------------------------------------------------------------- 11 Senate release
DOCS.append(dict(id="b6-senate-fema-reimbursements", text="""Lindqvist, Hendricks Press FEMA on Slow Disaster Reimbursements

WASHINGTON – At a hearing of the Senate Homeland Security and Governmental Affairs Subcommittee on Emergency Management on Thursday, Chair Karen Lindqvist (D-MN) and Ranking Member Paul Hendricks (R-WY) pressed Federal Emergency Management Agency officials on long delays in reimbursing local governments for disaster cleanup costs.

According to the Government Accountability Office, the average public assistance reimbursement took 14 months to process in fiscal year 2023, up from nine months in 2019.

“When a small town in Minnesota has to wait more than a year to get paid back for clearing storm debris, that town ends up borrowing money or cutting services,” Lindqvist said. “That is not how this partnership is supposed to work.”

FEMA Associate Administrator for Recovery Dennis Obuya testified that the agency had hired 300 additional staff to process claims and that the backlog had fallen by 18 percent since January.

“We know the wait times are too long, and we own that,” Obuya said.

Hendricks said the agency’s paperwork requirements were “written for big cities with big staffs,” not for rural counties that may have a single part-time clerk. He pointed to a Wyoming county that had to hire an outside consultant to complete its application after a 2022 flood.

Lindqvist said she plans to introduce legislation this spring that would set a firm deadline for FEMA to act on reimbursement requests. Hendricks, who has co-sponsored similar bills in past Congresses, hopes the subcommittee will take up the measure before the August recess.

Witnesses also included county emergency managers from Minnesota, Wyoming and Louisiana. Their testimony and a recording of the hearing are available on the committee’s website.

###
""", quotes=[
    Q("the average public assistance reimbursement took 14 months to process in fiscal year 2023, up from nine months in 2019.", "Government Accountability Office", "Government Accountability Office", "According to", "indirect", 1),
    Q("“When a small town in Minnesota has to wait more than a year to get paid back for clearing storm debris, that town ends up borrowing money or cutting services,”", "Karen Lindqvist", "Lindqvist", "said", "direct", 2),
    Q("“That is not how this partnership is supposed to work.”", "Karen Lindqvist", "Lindqvist", "said", "direct", 2),
    Q("the agency had hired 300 additional staff to process claims and that the backlog had fallen by 18 percent since January.", "Dennis Obuya", "Dennis Obuya", "testified", "indirect", 3),
    Q("“We know the wait times are too long, and we own that,”", "Dennis Obuya", "Obuya", "said", "direct", 4),
    Q("the agency’s paperwork requirements were “written for big cities with big staffs,” not for rural counties that may have a single part-time clerk.", "Paul Hendricks", "Hendricks", "said", "mixed", 5),
    Q("she plans to introduce legislation this spring that would set a firm deadline for FEMA to act on reimbursement requests.", "Karen Lindqvist", "Lindqvist", "said", "indirect", 6),
]))

# ---------------------------------------------------------------- 12 Air Force story
DOCS.append(dict(id="b6-usaf-jber-winter-maintainers", text="""Maintainers keep C-17s flying through Alaska winter

By Senior Airman Jenna Holt, 673rd Air Base Wing Public Affairs

JOINT BASE ELMENDORF-RICHARDSON, Alaska -- When temperatures here dropped to minus 20 degrees Fahrenheit last month, maintainers from the 3rd Aircraft Maintenance Squadron still had C-17 Globemaster III aircraft ready for every scheduled sortie.

"The cold changes everything about how you work," said Master Sgt. Derek Lyle, 3rd AMXS flight chief. "Hydraulic lines get stiff, batteries die faster and a job that takes 20 minutes in the summer can take an hour. Our Airmen plan for that."

Maintainers rotate between the flight line and heated shelters every 30 minutes, Lyle said, and supervisors track how long each Airman has been outside.

Crews also preheat engines and cockpits with portable heaters before every launch, a process that can add two hours to preflight preparation on the coldest days.

Senior Airman Ana Ruiz, a crew chief from Phoenix, said her first Alaska winter was a shock.

"I had never seen snow before I got here. Now I can change a tire on a C-17 with three layers of gloves on," Ruiz said.

Squadron leaders say the unit has met 98 percent of its scheduled departures since November, despite snowstorms that closed the runway for parts of four days.

Lt. Col. Priya Natarajan, 3rd AMXS commander, credited the squadron's senior enlisted leaders with building a cold-weather training course that new Airmen complete within their first week on station.

"Our mission doesn't pause for the weather," Natarajan said.

The 3rd Wing's C-17s support airlift missions across the Indo-Pacific region and regularly deliver cargo to remote sites in Alaska and the Arctic.
""", quotes=[
    Q("\"The cold changes everything about how you work,\"", "Derek Lyle", "Derek Lyle", "said", "direct", 1),
    Q("\"Hydraulic lines get stiff, batteries die faster and a job that takes 20 minutes in the summer can take an hour. Our Airmen plan for that.\"", "Derek Lyle", "Derek Lyle", "said", "direct", 1),
    Q("Maintainers rotate between the flight line and heated shelters every 30 minutes, Lyle said, and supervisors track how long each Airman has been outside.", "Derek Lyle", ("30 minutes, Lyle said", "Lyle"), ("30 minutes, Lyle said", "said"), "indirect", 2),
    Q("her first Alaska winter was a shock.", "Ana Ruiz", "Ana Ruiz", "said", "indirect", 3),
    Q("\"I had never seen snow before I got here. Now I can change a tire on a C-17 with three layers of gloves on,\"", "Ana Ruiz", "Ruiz", "said", "direct", 4),
    Q("the unit has met 98 percent of its scheduled departures since November, despite snowstorms that closed the runway for parts of four days.", "Squadron leaders", "Squadron leaders", "say", "indirect", 5),
    Q("\"Our mission doesn't pause for the weather,\"", "Priya Natarajan", "Natarajan", "said", "direct", 6),
]))

# ---------------------------------------------------------------- 13 Air National Guard story
DOCS.append(dict(id="b6-ang-115fw-firefighters", text="""Wisconsin Air Guard firefighters train with local departments

By Tech. Sgt. Mark Feeney, 115th Fighter Wing Public Affairs

TRUAX FIELD, Wis. -- Firefighters from the 115th Fighter Wing trained alongside crews from three Madison-area fire departments during a live-fire aircraft rescue exercise here May 4.

"When an emergency happens on or near the airfield, we are not going to be the only ones responding," said Chief Master Sgt. Lisa Brandt, 115th Civil Engineer Squadron fire chief. "Training together now means nobody is meeting for the first time at the scene."

The exercise used a mobile aircraft fire trainer, a steel mock-up of a fighter jet fuselage that burns propane to simulate engine and fuel fires.

Madison Fire Department Battalion Chief Ray Olander said his crews rarely get to practice on aircraft fires and that the training would help them respond to incidents at Dane County Regional Airport, which shares its runways with the wing.

Staff Sgt. Kevin Moua, a 115th CES firefighter, said the exercise tested communication more than firefighting skills. He said radio channels were set up ahead of time, but crews still had to rely on "hand signals and a lot of shouting" once the trainer was fully engulfed.

"It is loud, it is hot, and you can't see much. That's exactly why we do it," Moua said.

The wing's fire department responds to about 300 calls a year, according to Brandt, ranging from aircraft emergencies to medical calls and vehicle accidents on nearby highways.

The 115th Fighter Wing flies the F-35A Lightning II and has firefighters on duty around the clock. Its fire station also holds mutual aid agreements with several surrounding communities, which allow either side to request help during large incidents.

Olander hopes to make the joint exercise an annual event.
""", quotes=[
    Q("\"When an emergency happens on or near the airfield, we are not going to be the only ones responding,\"", "Lisa Brandt", "Lisa Brandt", "said", "direct", 1),
    Q("\"Training together now means nobody is meeting for the first time at the scene.\"", "Lisa Brandt", "Lisa Brandt", "said", "direct", 1),
    Q("his crews rarely get to practice on aircraft fires and that the training would help them respond to incidents at Dane County Regional Airport, which shares its runways with the wing.", "Ray Olander", "Ray Olander", "said", "indirect", 2),
    Q("the exercise tested communication more than firefighting skills.", "Kevin Moua", "Kevin Moua", "said", "indirect", 3),
    Q("radio channels were set up ahead of time, but crews still had to rely on \"hand signals and a lot of shouting\" once the trainer was fully engulfed.", "Kevin Moua", "He", "said", "mixed", 4),
    Q("\"It is loud, it is hot, and you can't see much. That's exactly why we do it,\"", "Kevin Moua", "Moua", "said", "direct", 5),
    Q("The wing's fire department responds to about 300 calls a year,", "Lisa Brandt", "Brandt", "according to", "indirect", 6),
]))

# ---------------------------------------------------------------- 14 DoD News story
DOCS.append(dict(id="b6-dod-child-care-fee-assistance", text="""DOD Expands Child Care Fee Assistance for Military Families

By Sean Whitaker, DOD News

The Defense Department is expanding its child care fee assistance program to reach more families who cannot find a space at on-base child development centers, Pentagon officials announced today.

Speaking to reporters at the Pentagon, Patricia Lomax, deputy assistant secretary of defense for military community and family policy, said the change raises the income cap for the subsidy and lets families use it at a wider range of licensed providers.

"Child care is a readiness issue. If a service member can't find safe, affordable care for their kids, that affects their ability to do their job," Lomax said.

She said waiting lists at child development centers had grown to about 19,000 children across the services.

Lomax noted that the department had hired more than 2,000 child care workers in the past year, in part by raising starting pay and offering a discount on child care to employees with children of their own.

The department also plans to open 12 new child development centers by 2027, though rising construction costs have delayed work at several sites.

Army Staff Sgt. Marcus Bell, a father of two stationed at Fort Cavazos, Texas, said his family spent 11 months on a waiting list before a space opened up.

"We were paying almost as much for day care as we were paying in rent," Bell said.

Military family advocates welcomed the changes. The National Military Family Association said in a statement that the expansion was "a meaningful step" but that the department still needed to shorten wait times at its own centers.

Families can apply for fee assistance through the Military Child Care website. The new income limits take effect Oct. 1.
""", quotes=[
    Q("The Defense Department is expanding its child care fee assistance program to reach more families who cannot find a space at on-base child development centers,", "Pentagon officials", "Pentagon officials", "announced", "indirect", 1),
    Q("the change raises the income cap for the subsidy and lets families use it at a wider range of licensed providers.", "Patricia Lomax", "Patricia Lomax", "said", "indirect", 2),
    Q("\"Child care is a readiness issue. If a service member can't find safe, affordable care for their kids, that affects their ability to do their job,\"", "Patricia Lomax", "Lomax", "said", "direct", 3),
    Q("waiting lists at child development centers had grown to about 19,000 children across the services.", "Patricia Lomax", "She", "said", "indirect", 4),
    Q("the department had hired more than 2,000 child care workers in the past year, in part by raising starting pay and offering a discount on child care to employees with children of their own.", "Patricia Lomax", "Lomax", "noted", "indirect", 5),
    Q("his family spent 11 months on a waiting list before a space opened up.", "Marcus Bell", "Marcus Bell", "said", "indirect", 6),
    Q("\"We were paying almost as much for day care as we were paying in rent,\"", "Marcus Bell", "Bell", "said", "direct", 7),
    Q("the expansion was \"a meaningful step\" but that the department still needed to shorten wait times at its own centers.", "National Military Family Association", "National Military Family Association", "said", "mixed", 8),
]))
