# -*- coding: utf-8 -*-
"""Texts and annotation specs for Lector blind test 5 (authored texts).

Each quote spec: Q(quote_text, speaker, ctx, type, group, ctx2=None)
  * quote_text must occur exactly once in the text.
  * ctx (and optional ctx2) are context strings that, with the markers
    removed, occur exactly once in the text; {..} marks the speaker mention,
    [..] marks the cue.  A ctx may carry a suffix "@N" to pick the N-th
    (0-based) occurrence when the context is not unique.
"""

def Q(quote, speaker, ctx, type_, group, ctx2=None):
    return dict(quote=quote, speaker=speaker, ctx=ctx, ctx2=ctx2, type=type_, group=group)


def T(s):
    return s.strip("\n")


DOCS = []

# ---------------------------------------------------------------- 1 VOA Africa
DOCS.append(dict(id="b5-voa-ghana-cocoa", text=T("""
Ghana Cocoa Farmers Say Smuggling Will Go On Unless Prices Rise

ACCRA, GHANA — Cocoa farmers in western Ghana say they will keep selling part of their harvest across the border in Ivory Coast unless the government raises the price it pays for their beans.

The Ghana Cocoa Board, known as COCOBOD, raised the farm-gate price by nearly 20 percent in October. But much of the increase has been wiped out by the rising cost of fertilizer and a weaker cedi, and prices on the Ivorian side of the border are higher still.

Kwabena Osei-Tutu, who grows cocoa on six hectares near Sefwi Wiawso, said buyers from Ivory Coast pay in cash, on the spot.

“Here you wait two, three months for your money,” he said. “Over there, you go in the morning and you come back with money in your pocket. Which one will a farmer choose?”

Officials in Accra believe tens of thousands of tons of Ghanaian cocoa crossed the border last season.

COCOBOD spokesman Fiifi Boadu said the board is working with the police and the military to tighten patrols along known smuggling routes. He added that farmers caught selling to smugglers could lose their licenses.

“Smuggling is sabotage against the economy of Ghana,” Boadu told VOA.

Economist Abena Mensah-Larbi of the University of Ghana said COCOBOD has borrowed heavily against future harvests and now has “very little room” to raise prices again without help from the treasury.

The board has called on traditional chiefs to report smuggling in their communities. The finance ministry did not respond to a request for comment.
"""), quotes=[
    Q("they will keep selling part of their harvest across the border in Ivory Coast unless the government raises the price it pays for their beans.",
      "Cocoa farmers in western Ghana", "{Cocoa farmers in western Ghana} [say]", "indirect", 1),
    Q("buyers from Ivory Coast pay in cash, on the spot.", "Kwabena Osei-Tutu",
      "{Kwabena Osei-Tutu}, who grows", "indirect", 2, "Sefwi Wiawso, [said]"),
    Q("“Here you wait two, three months for your money,”", "Kwabena Osei-Tutu", "{he} [said]. “Over", "direct", 3),
    Q("“Over there, you go in the morning and you come back with money in your pocket. Which one will a farmer choose?”",
      "Kwabena Osei-Tutu", "{he} [said]. “Over", "direct", 3),
    Q("the board is working with the police and the military to tighten patrols along known smuggling routes.",
      "Fiifi Boadu", "{Fiifi Boadu} [said]", "indirect", 4),
    Q("farmers caught selling to smugglers could lose their licenses.", "Fiifi Boadu", "{He} [added]", "indirect", 5),
    Q("“Smuggling is sabotage against the economy of Ghana,”", "Fiifi Boadu", "{Boadu} [told] VOA", "direct", 6),
    Q("COCOBOD has borrowed heavily against future harvests and now has “very little room” to raise prices again without help from the treasury.",
      "Abena Mensah-Larbi", "{Abena Mensah-Larbi} of the", "mixed", 7, "University of Ghana [said]"),
]))

# ---------------------------------------------------------------- 2 VOA Asia
DOCS.append(dict(id="b5-voa-nepal-glacier", text=T("""
Nepal Lowers Risky Glacial Lake, Installs Flood Sirens

KATHMANDU, NEPAL — Engineers in Nepal have finished the first stage of a project to drain a glacial lake in the eastern Himalayas that scientists consider one of the most dangerous in the country.

The Department of Hydrology and Meteorology said Tuesday that a channel cut through the natural dam of rock and ice at Hongu Tsho has lowered the lake by about three meters since work began in March.

Project manager Sushila Rai told VOA the crews worked at an altitude of more than 5,000 meters, where the ground stays frozen for much of the year.

"Some days we could dig for only four hours before the ground froze again," Rai said. "The workers were breathing so hard they could not lift the shovel."

Seven sirens have also been installed in villages along the Hongu and Dudh Koshi rivers. They are linked to sensors at the lake that can detect a sudden rise in the water and give residents about 30 minutes' warning.

Pasang Dorje Sherpa, who chairs the council in one of the villages, said residents had practiced moving to higher ground twice this year. Still, he said, many older people "will not leave their houses unless they see the water with their own eyes."

Scientists say rising temperatures are melting Himalayan glaciers faster than at any time on record, enlarging lakes like Hongu Tsho and raising the risk of what experts call glacial lake outburst floods.

"This project shows what is possible, but there are dozens more lakes like this one," said Anil Pokharel, a glaciologist at Tribhuvan University.

The project was paid for by the United Nations Development Programme and the government of Nepal.
"""), quotes=[
    Q("a channel cut through the natural dam of rock and ice at Hongu Tsho has lowered the lake by about three meters since work began in March.",
      "Department of Hydrology and Meteorology", "The {Department of Hydrology and Meteorology} [said]", "indirect", 1),
    Q("the crews worked at an altitude of more than 5,000 meters, where the ground stays frozen for much of the year.",
      "Sushila Rai", "{Sushila Rai} [told]", "indirect", 2),
    Q("\"Some days we could dig for only four hours before the ground froze again,\"", "Sushila Rai", "{Rai} [said]", "direct", 3),
    Q("\"The workers were breathing so hard they could not lift the shovel.\"", "Sushila Rai", "{Rai} [said]", "direct", 3),
    Q("residents had practiced moving to higher ground twice this year.", "Pasang Dorje Sherpa",
      "{Pasang Dorje Sherpa}, who chairs", "indirect", 4, "villages, [said] residents"),
    Q("Still, he said, many older people \"will not leave their houses unless they see the water with their own eyes.\"",
      "Pasang Dorje Sherpa", "Still, {he} [said]", "mixed", 5),
    Q("rising temperatures are melting Himalayan glaciers faster than at any time on record, enlarging lakes like Hongu Tsho and raising the risk of what experts call glacial lake outburst floods.",
      "Scientists", "{Scientists} [say]", "indirect", 6),
    Q("\"This project shows what is possible, but there are dozens more lakes like this one,\"", "Anil Pokharel",
      "[said] {Anil Pokharel}", "direct", 7),
]))

# ---------------------------------------------------------------- 3 VOA Latin America
DOCS.append(dict(id="b5-voa-ecuador-blackouts", text=T("""
Ecuador Businesses Count Losses as Drought Brings Daily Blackouts

GUAYAQUIL, ECUADOR — Shopkeepers in Ecuador's largest city say daily power cuts of up to 10 hours are pushing them toward bankruptcy.

The blackouts began in September, after a severe drought left the country's hydroelectric dams short of water. Ecuador gets most of its electricity from hydropower.

Energy Minister Rosa Villacís said Monday that the reservoir behind the Mazar dam had fallen to its lowest level in decades and that rationing would continue at least until the rains return in December.

"We are asking Ecuadorians for patience," Villacís told reporters in Quito. "This is the worst drought in 60 years, and no government can make it rain."

At his bakery in Guayaquil's Urdesa neighborhood, Martín Cevallos now runs the ovens on a diesel generator that cost him nearly $3,000.

"The generator saved us, but diesel is not cheap," he said, adding that he had cut the hours of two employees.

Business groups estimate the blackouts are costing the economy more than $100 million a week. The Guayaquil Chamber of Commerce has urged the government to speed up contracts for floating power plants and to let private companies import electricity from Colombia and Peru.

Opposition lawmakers accuse the government of neglecting the country's thermal plants for years. Lawmaker Paola Andrade said the crisis was "entirely predictable" and that officials had ignored warnings from engineers as early as last year.

The government says new plants will add about 400 megawatts to the grid by early next year.

Forecasters expect only modest relief in the coming weeks.
"""), quotes=[
    Q("daily power cuts of up to 10 hours are pushing them toward bankruptcy.", "Shopkeepers in Ecuador's largest city",
      "{Shopkeepers in Ecuador's largest city} [say]", "indirect", 1),
    Q("the reservoir behind the Mazar dam had fallen to its lowest level in decades and that rationing would continue at least until the rains return in December.",
      "Rosa Villacís", "{Rosa Villacís} [said]", "indirect", 2),
    Q("\"We are asking Ecuadorians for patience,\"", "Rosa Villacís", "{Villacís} [told]", "direct", 3),
    Q("\"This is the worst drought in 60 years, and no government can make it rain.\"", "Rosa Villacís", "{Villacís} [told]", "direct", 3),
    Q("\"The generator saved us, but diesel is not cheap,\"", "Martín Cevallos", "{he} [said], adding", "direct", 4),
    Q("he had cut the hours of two employees.", "Martín Cevallos", "{he} said, [adding]", "indirect", 5),
    Q("the crisis was \"entirely predictable\" and that officials had ignored warnings from engineers as early as last year.",
      "Paola Andrade", "{Paola Andrade} [said]", "mixed", 6),
    Q("new plants will add about 400 megawatts to the grid by early next year.", "The government",
      "{The government} [says]", "indirect", 7),
]))

# ---------------------------------------------------------------- 4 VOA Europe
DOCS.append(dict(id="b5-voa-moldova-gas", text=T("""
Moldova Heads Into Winter Without Russian Gas

CHISINAU, MOLDOVA — Moldova’s government says it has secured enough natural gas to get through the winter without supplies from Russia’s Gazprom, but it has told households to prepare for higher heating bills.

Energy Minister Victor Rusu told a news conference Thursday that the country had filled its storage sites in Romania and Ukraine with gas bought on European markets.

“We have done in two years what we did not do in thirty,” Rusu said.

Moldova, one of Europe’s poorest countries, relied almost entirely on Russian gas until 2022, when Gazprom cut deliveries and prices soared. The state will now cover part of the cost for about 300,000 low-income families, with the first payments due in November.

In Chisinau’s Botanica district, 71-year-old pensioner Elena Cojocaru said her heating bill last January came to nearly half of her monthly pension. She now keeps one room warm and closes the others.

Opposition politicians, some of whom favor closer ties with Moscow, say the break with Gazprom was driven by politics rather than economics.

Ion Tabarcea, an analyst at the Institute for Economic Policy in Chisinau, said the break “had a price.” But the alternative, he argued, was worse.

“Depending on a supplier that uses gas as a weapon is not cheaper in the long run,” Tabarcea said.

The separatist region of Transnistria, home to a Russian-owned power plant that supplies much of Moldova’s electricity, still receives Russian gas. Officials there did not respond to VOA’s questions.

The European Union has promised to help Moldova build new connections to the European power grid.
"""), quotes=[
    Q("it has secured enough natural gas to get through the winter without supplies from Russia’s Gazprom,",
      "Moldova’s government", "{Moldova’s government} [says]", "indirect", 1),
    Q("the country had filled its storage sites in Romania and Ukraine with gas bought on European markets.",
      "Victor Rusu", "{Victor Rusu} [told]", "indirect", 2),
    Q("“We have done in two years what we did not do in thirty,”", "Victor Rusu", "{Rusu} [said]", "direct", 3),
    Q("her heating bill last January came to nearly half of her monthly pension.", "Elena Cojocaru",
      "{Elena Cojocaru} [said]", "indirect", 5),
    Q("the break with Gazprom was driven by politics rather than economics.", "Opposition politicians",
      "{Opposition politicians}, some", "indirect", 6, "with Moscow, [say]"),
    Q("the break “had a price.”", "Ion Tabarcea", "{Ion Tabarcea}, an analyst", "mixed", 7, "in Chisinau, [said] the break"),
    Q("But the alternative, he argued, was worse.", "Ion Tabarcea", "{he} [argued]", "indirect", 8),
    Q("“Depending on a supplier that uses gas as a weapon is not cheaper in the long run,”", "Ion Tabarcea",
      "{Tabarcea} [said]", "direct", 9),
]))

# ---------------------------------------------------------------- 5 VOA Middle East
DOCS.append(dict(id="b5-voa-iraq-marshes", text=T("""
Drought Pushes Buffalo Herders Out of Iraq’s Southern Marshes

CHIBAYISH, IRAQ — For generations, Jabbar Hassan’s family has raised water buffalo in the marshes of southern Iraq. This summer, he says, the water became too salty for the animals to drink.

“I lost eleven buffalo in two months,” Hassan told VOA as he pushed a narrow boat through a channel lined with dry reeds. “My father is 80 years old, and he never saw anything like this.”

The number of buffalo around Chibayish has fallen by nearly half since 2021, according to the local farmers’ union. Hundreds of families have moved to the outskirts of Basra and Nasiriyah in search of work.

Iraq’s Ministry of Water Resources says the flow of the Tigris and Euphrates into the country has dropped sharply because of dams upstream in Turkey and Iran and several years of low rainfall.

A ministry spokesman, Mahdi Rashid, said Baghdad has asked Ankara to release more water during the summer months. He gave no timetable for an agreement.

Turkish officials have said in the past that their dams help regulate the rivers and that Iraq should modernize its irrigation.

Nadia al-Saadi, who heads an environmental group in Dhi Qar province, said the government has no plan to save the marshes.

“The young people have already gone to the cities. Now the old people are leaving, too.”

The marshes were largely drained in the 1990s under Saddam Hussein and partly restored after 2003. UNESCO added them to its list of World Heritage sites in 2016.

Hassan said he would stay in the marshes “as long as God allows.” His two oldest sons have already left to look for work in Basra.
"""), quotes=[
    Q("This summer, he says, the water became too salty for the animals to drink.", "Jabbar Hassan",
      "This summer, {he} [says]", "indirect", 1),
    Q("“I lost eleven buffalo in two months,”", "Jabbar Hassan", "{Hassan} [told] VOA", "direct", 2),
    Q("“My father is 80 years old, and he never saw anything like this.”", "Jabbar Hassan", "{Hassan} [told] VOA", "direct", 2),
    Q("the flow of the Tigris and Euphrates into the country has dropped sharply because of dams upstream in Turkey and Iran and several years of low rainfall.",
      "Ministry of Water Resources", "{Iraq’s Ministry of Water Resources} [says]", "indirect", 3),
    Q("Baghdad has asked Ankara to release more water during the summer months.", "Mahdi Rashid",
      "{Mahdi Rashid}, [said]", "indirect", 4),
    Q("their dams help regulate the rivers and that Iraq should modernize its irrigation.", "Turkish officials",
      "{Turkish officials} have [said]", "indirect", 5),
    Q("the government has no plan to save the marshes.", "Nadia al-Saadi", "{Nadia al-Saadi}, who heads", "indirect", 6,
      "Dhi Qar province, [said]"),
    Q("“The young people have already gone to the cities. Now the old people are leaving, too.”", "Nadia al-Saadi",
      "{Nadia al-Saadi}, who heads", "direct", 7, "Dhi Qar province, [said]"),
    Q("he would stay in the marshes “as long as God allows.”", "Jabbar Hassan", "{Hassan} [said] he would stay", "mixed", 8),
]))

# ---------------------------------------------------------------- 6 VOA US
DOCS.append(dict(id="b5-voa-us-mississippi", text=T("""
Low Water on Mississippi River Slows Harvest Shipments

ST. LOUIS, MISSOURI — Barge companies on the Mississippi River say low water has forced them to carry lighter loads at the height of the harvest season. That has driven up the cost of moving grain to export terminals on the Gulf of Mexico.

The river at Memphis, Tennessee, fell to more than 3 meters (10 feet) below normal this week, the National Weather Service said.

The U.S. Army Corps of Engineers said it has six dredges working to keep the shipping channel open between Cairo, Illinois, and Baton Rouge, Louisiana.

"We are moving sand around the clock," said Col. Andrew Pruitt, commander of the Corps' Memphis District.

Towboat captain Tom Hadley, who has worked on the river for 30 years, said the channel near Greenville, Mississippi, was "about as skinny as I've ever seen it."

Darlene Vogt, who grows corn and soybeans near Chester, Illinois, said she is storing more of her crop on the farm this year instead of selling at harvest.

"When it costs that much to get the grain down the river, the elevator takes it out of our price," Vogt said.

About 60 percent of U.S. corn and soybean exports travel down the Mississippi to Gulf ports, according to the Agriculture Department. Last year, low water closed stretches of the river near Memphis for several days, stranding dozens of tows.

Industry groups have called on Congress to pay for a long-delayed upgrade of the locks and dams on the upper Mississippi. Forecasters expect little rain in the Ohio and upper Mississippi valleys over the next two weeks.
"""), quotes=[
    Q("low water has forced them to carry lighter loads at the height of the harvest season.",
      "Barge companies on the Mississippi River", "{Barge companies on the Mississippi River} [say]", "indirect", 1),
    Q("The river at Memphis, Tennessee, fell to more than 3 meters (10 feet) below normal this week,",
      "National Weather Service", "the {National Weather Service} [said]", "indirect", 2),
    Q("it has six dredges working to keep the shipping channel open between Cairo, Illinois, and Baton Rouge, Louisiana.",
      "U.S. Army Corps of Engineers", "The {U.S. Army Corps of Engineers} [said]", "indirect", 3),
    Q("\"We are moving sand around the clock,\"", "Andrew Pruitt", "[said] Col. {Andrew Pruitt}", "direct", 4),
    Q("the channel near Greenville, Mississippi, was \"about as skinny as I've ever seen it.\"", "Tom Hadley",
      "{Tom Hadley}, who has", "mixed", 5, "30 years, [said]"),
    Q("she is storing more of her crop on the farm this year instead of selling at harvest.", "Darlene Vogt",
      "{Darlene Vogt}, who grows", "indirect", 6, "Chester, Illinois, [said]"),
    Q("\"When it costs that much to get the grain down the river, the elevator takes it out of our price,\"", "Darlene Vogt",
      "{Vogt} [said]", "direct", 7),
]))

# ---------------------------------------------------------------- 7 VOA newscast 1
DOCS.append(dict(id="b5-voa-newscast-1", text=T("""
VOA Newscast: 1500 UTC, November 14

From VOA News in Washington, I’m Sarah Kimani.

Sudan’s army and the paramilitary Rapid Support Forces are accusing each other of shelling a camp for displaced people near El Fasher in North Darfur. Aid workers at the camp say at least 14 people were killed and dozens wounded Wednesday. The U.N. humanitarian office says the fighting has once again cut the only road used to bring food into the city.

In the Philippines, disaster officials say a tropical storm that swept across the central islands overnight has forced more than 200,000 people from their homes. Provincial Governor Ramon Dizon told local radio the storm knocked out power to nearly all of Samar island. “We will not leave anyone behind,” Dizon said. The storm is expected to strengthen into a typhoon before it reaches Vietnam this weekend.

Brazil says destruction of the Amazon rainforest fell for a third straight year. Environment Minister Luísa Barreto told reporters in Brasilia that deforestation dropped “to the lowest level in a decade” in the 12 months ending in July. Environmental groups welcomed the figures but warned that fires in the southern Amazon remain a serious threat.

Health officials in Kenya say a cholera outbreak in the northeastern county of Garissa has killed nine people in the past week. The Health Ministry has sent vaccines and rapid-response teams to the area.

In economic news, U.S. retail sales rose 0.4 percent in October, more than economists had expected.

That’s the latest world news from VOA. I’m Sarah Kimani.
"""), quotes=[
    Q("at least 14 people were killed and dozens wounded Wednesday.", "Aid workers at the camp",
      "{Aid workers at the camp} [say]", "indirect", 1),
    Q("the fighting has once again cut the only road used to bring food into the city.", "U.N. humanitarian office",
      "The {U.N. humanitarian office} [says]", "indirect", 2),
    Q("a tropical storm that swept across the central islands overnight has forced more than 200,000 people from their homes.",
      "disaster officials", "{disaster officials} [say]", "indirect", 3),
    Q("the storm knocked out power to nearly all of Samar island.", "Ramon Dizon", "{Ramon Dizon} [told]", "indirect", 4),
    Q("“We will not leave anyone behind,”", "Ramon Dizon", "{Dizon} [said]", "direct", 5),
    Q("destruction of the Amazon rainforest fell for a third straight year.", "Brazil", "{Brazil} [says]", "indirect", 6),
    Q("deforestation dropped “to the lowest level in a decade” in the 12 months ending in July.", "Luísa Barreto",
      "{Luísa Barreto} [told]", "mixed", 7),
    Q("fires in the southern Amazon remain a serious threat.", "Environmental groups",
      "{Environmental groups} welcomed", "indirect", 8, "but [warned] that"),
    Q("a cholera outbreak in the northeastern county of Garissa has killed nine people in the past week.",
      "Health officials in Kenya", "{Health officials in Kenya} [say]", "indirect", 9),
]))

# ---------------------------------------------------------------- 8 VOA newscast 2
DOCS.append(dict(id="b5-voa-newscast-2", text=T("""
VOA Newscast: 0300 UTC, March 6

I’m David Okafor, VOA News.

Ukraine’s air force says Russia launched more than 90 drones and six missiles at Ukrainian cities overnight, and that air defenses shot down most of them. In the southern city of Odesa, a strike damaged a grain warehouse and injured three workers.

Japan’s weather agency says a magnitude 6.2 earthquake struck off the country’s northeastern coast early Thursday. There were no immediate reports of damage, and the agency says there is no danger of a tsunami.

In Washington, the Pentagon says two U.S. service members suffered minor injuries when a rocket landed near a base in eastern Syria. A spokeswoman, Major Carla Whitten, said both troops have returned to duty.

The head of the World Health Organization’s Africa office is warning that measles cases on the continent have tripled since last year. Dr. Nomvula Khumalo told reporters in Brazzaville that vaccination campaigns were disrupted during the COVID-19 pandemic and have not fully recovered. “Every child who misses a vaccine is a child at risk,” she said.

In Argentina, thousands of retirees marched to Congress in Buenos Aires Wednesday to protest cuts to their pensions. Police say 12 people were arrested after clashes near the building. The government has defended the cuts as necessary to balance the budget.

Heavy rain has flooded parts of the Indonesian capital, Jakarta, forcing thousands of residents into temporary shelters. Rescue teams used rubber boats to reach families trapped in their homes.

More news in a moment. This is VOA News.
"""), quotes=[
    Q("Russia launched more than 90 drones and six missiles at Ukrainian cities overnight, and that air defenses shot down most of them.",
      "Ukraine’s air force", "{Ukraine’s air force} [says]", "indirect", 1),
    Q("a magnitude 6.2 earthquake struck off the country’s northeastern coast early Thursday.", "Japan’s weather agency",
      "{Japan’s weather agency} [says]", "indirect", 3),
    Q("there is no danger of a tsunami.", "Japan’s weather agency", "{the agency} [says]", "indirect", 4),
    Q("two U.S. service members suffered minor injuries when a rocket landed near a base in eastern Syria.", "Pentagon",
      "the {Pentagon} [says]", "indirect", 5),
    Q("both troops have returned to duty.", "Carla Whitten", "{Carla Whitten}, [said]", "indirect", 6),
    Q("measles cases on the continent have tripled since last year.", "Nomvula Khumalo",
      "{The head of the World Health Organization’s Africa office} is [warning]", "indirect", 7),
    Q("vaccination campaigns were disrupted during the COVID-19 pandemic and have not fully recovered.", "Nomvula Khumalo",
      "{Nomvula Khumalo} [told]", "indirect", 8),
    Q("“Every child who misses a vaccine is a child at risk,”", "Nomvula Khumalo", "{she} [said]", "direct", 9),
    Q("12 people were arrested after clashes near the building.", "Police",
      "{Police} [say]", "indirect", 10),
]))

# ---------------------------------------------------------------- 9 NASA release 1
DOCS.append(dict(id="b5-nasa-lunar-dust", text=T("""
NASA Selects University Teams to Tackle Lunar Dust

WASHINGTON -- NASA has selected six university-led teams to develop technologies that keep lunar dust out of spacesuits, rovers and habitats, a problem that troubled Apollo crews and remains one of the biggest obstacles to long stays on the Moon.

Each team will receive up to $1.5 million over three years through the agency's Lunar Surface Technology Research opportunity.

"Lunar dust is sharp, it is electrically charged, and it gets into everything," said Melissa Carrow, associate administrator for NASA's Space Technology Mission Directorate at the agency's headquarters in Washington. "If we want astronauts to live and work on the Moon for weeks at a time, we have to solve this problem, and these teams bring fresh ideas to it."

Apollo astronauts reported that dust wore through layers of their boots and clogged the seals on sample containers. The new projects include electrostatic shields that push dust away from solar panels, coatings that keep particles from sticking to helmet visors, and a cleaning system for airlock floors.

Walter Engberg, who manages the agency's university research portfolio, said NASA received 94 proposals, about a third of them from schools that had never before won a NASA research award.

Nadia Ferris, an aerospace engineer who leads the team at Embry-Riddle Aeronautical University, said her team will test its dust shield in a vacuum chamber filled with simulated lunar soil at NASA's Glenn Research Center in Cleveland.

"Our goal is a shield with no moving parts that uses almost no power," Ferris said.

NASA said technologies developed under the program could also be adapted for Mars, where dust storms can cover solar panels for weeks.

For more information about NASA's space technology programs, visit:

https://www.nasa.gov/space-technology
"""), quotes=[
    Q("\"Lunar dust is sharp, it is electrically charged, and it gets into everything,\"", "Melissa Carrow",
      "[said] {Melissa Carrow}", "direct", 1),
    Q("\"If we want astronauts to live and work on the Moon for weeks at a time, we have to solve this problem, and these teams bring fresh ideas to it.\"",
      "Melissa Carrow", "[said] {Melissa Carrow}", "direct", 1),
    Q("dust wore through layers of their boots and clogged the seals on sample containers.", "Apollo astronauts",
      "{Apollo astronauts} [reported]", "indirect", 2),
    Q("NASA received 94 proposals, about a third of them from schools that had never before won a NASA research award.",
      "Walter Engberg", "{Walter Engberg}, who manages", "indirect", 3, "portfolio, [said] NASA"),
    Q("her team will test its dust shield in a vacuum chamber filled with simulated lunar soil at NASA's Glenn Research Center in Cleveland.",
      "Nadia Ferris", "{Nadia Ferris}, an aerospace", "indirect", 4, "Aeronautical University, [said]"),
    Q("\"Our goal is a shield with no moving parts that uses almost no power,\"", "Nadia Ferris", "{Ferris} [said]", "direct", 5),
    Q("technologies developed under the program could also be adapted for Mars, where dust storms can cover solar panels for weeks.",
      "NASA", "{NASA} [said] technologies", "indirect", 6),
]))

# ---------------------------------------------------------------- 10 NASA release 2
DOCS.append(dict(id="b5-nasa-iwex-end", text=T("""
NASA Ends Mission of Student-Built Satellite After Four Years in Orbit

GREENBELT, Md. -- NASA has ended science operations for the Ionospheric Wind Explorer, or IWEX, a shoebox-sized satellite that spent four years measuring winds in Earth's upper atmosphere, more than two years longer than planned.

Controllers at NASA's Goddard Space Flight Center sent the final commands to the spacecraft Friday. The agency said the satellite's orbit has decayed to the point that it will re-enter the atmosphere and burn up within the next several weeks. It poses no risk to people on the ground, the agency said.

"IWEX was built by students, and it was supposed to last 18 months," said Rachel Lindqvist, the mission's principal investigator at the University of Michigan in Ann Arbor. "Instead, it gave us four years of data and more than 30 scientific papers.

"Some of the most important results came during solar storms, when the winds in the upper atmosphere changed direction within hours. We did not expect a satellite this small to capture that, and it did it again and again.

"I want to thank the students, many of them now working across the space industry, who stayed up nights to keep this little spacecraft healthy."

Joseph Wentz, director of the Heliophysics Division at NASA Headquarters in Washington, said the mission showed how much science the agency can get from "a very modest investment." He said data from IWEX will help researchers improve forecasts of space weather, which can disrupt GPS signals and radio communications.

IWEX launched in 2021 as a rideshare payload aboard a commercial rocket. All of its data are publicly available through NASA's Space Physics Data Facility.
"""), quotes=[
    Q("the satellite's orbit has decayed to the point that it will re-enter the atmosphere and burn up within the next several weeks.",
      "NASA", "{The agency} [said] the satellite's", "indirect", 1),
    Q("It poses no risk to people on the ground,", "NASA", "{the agency} [said].", "indirect", 2),
    Q("\"IWEX was built by students, and it was supposed to last 18 months,\"", "Rachel Lindqvist",
      "[said] {Rachel Lindqvist}", "direct", 3),
    Q("\"Instead, it gave us four years of data and more than 30 scientific papers.", "Rachel Lindqvist",
      "[said] {Rachel Lindqvist}", "direct", 3),
    Q("\"Some of the most important results came during solar storms, when the winds in the upper atmosphere changed direction within hours. We did not expect a satellite this small to capture that, and it did it again and again.",
      "Rachel Lindqvist", "[said] {Rachel Lindqvist}", "direct", 3),
    Q("\"I want to thank the students, many of them now working across the space industry, who stayed up nights to keep this little spacecraft healthy.\"",
      "Rachel Lindqvist", "[said] {Rachel Lindqvist}", "direct", 3),
    Q("the mission showed how much science the agency can get from \"a very modest investment.\"", "Joseph Wentz",
      "{Joseph Wentz}, director", "mixed", 4, "Washington, [said] the mission"),
    Q("data from IWEX will help researchers improve forecasts of space weather, which can disrupt GPS signals and radio communications.",
      "Joseph Wentz", "{He} [said] data", "indirect", 5),
]))

# ---------------------------------------------------------------- 11 House committee release
DOCS.append(dict(id="b5-house-wildfire-bill", text=T("""
Committee Advances Bipartisan Bill to Speed Wildfire Prevention Projects

WASHINGTON, D.C. – Today, the House Committee on Natural Resources passed H.R. 5127, the Wildfire Risk Reduction and Community Protection Act, by a vote of 27-12. The bill, introduced by Rep. Dale Whitcomb (R-Mont.) and Rep. Sandra Ortiz-Kell (D-Ore.), would shorten environmental reviews for forest-thinning projects near towns and municipal water supplies.

"Every summer, families across the West watch the sky turn orange and wonder whether this is the year the fire reaches their doorstep," said Whitcomb. "This bill gives the Forest Service the tools to clear overgrown forests before they burn, not after. I thank my colleague from Oregon for working with me to get it across the finish line in committee."

Ortiz-Kell said the legislation "strikes the right balance" between protecting communities and protecting old-growth forests, noting that it leaves existing protections for roadless areas in place.

"In my district, fire destroyed entire towns in a single night," Ortiz-Kell said.

Committee Chairman Russell Haines (R-Utah) said the committee would work with the Senate to send the bill to the president's desk before the next fire season.

According to the U.S. Forest Service, more than 60 million acres of National Forest System land are at high or very high risk of wildfire. The bill is supported by the National Association of Counties, the National Association of State Foresters and more than 40 other organizations.

Click here to read the bill text.
"""), quotes=[
    Q("\"Every summer, families across the West watch the sky turn orange and wonder whether this is the year the fire reaches their doorstep,\"",
      "Dale Whitcomb", "[said] {Whitcomb}", "direct", 1),
    Q("\"This bill gives the Forest Service the tools to clear overgrown forests before they burn, not after. I thank my colleague from Oregon for working with me to get it across the finish line in committee.\"",
      "Dale Whitcomb", "[said] {Whitcomb}", "direct", 1),
    Q("the legislation \"strikes the right balance\" between protecting communities and protecting old-growth forests,",
      "Sandra Ortiz-Kell", "{Ortiz-Kell} [said] the legislation", "mixed", 2),
    Q("it leaves existing protections for roadless areas in place.", "Sandra Ortiz-Kell",
      "{Ortiz-Kell} said the legislation", "indirect", 3, "[noting] that"),
    Q("\"In my district, fire destroyed entire towns in a single night,\"", "Sandra Ortiz-Kell", "{Ortiz-Kell} [said].", "direct", 4),
    Q("the committee would work with the Senate to send the bill to the president's desk before the next fire season.",
      "Russell Haines", "{Russell Haines} (R-Utah) [said]", "indirect", 5),
]))

# ---------------------------------------------------------------- 12 Senate release
DOCS.append(dict(id="b5-senate-broadband-maps", text=T("""
Holt, Whitaker Introduce Bipartisan Bill to Fix Broadband Maps for Rural Households

WASHINGTON – U.S. Senators Karen Holt (D-Minn.) and James Whitaker (R-Wyo.), members of the Senate Committee on Commerce, Science, and Transportation, today introduced the Accurate Broadband Maps Act, legislation that would make it easier for rural residents and small internet providers to challenge errors in federal broadband coverage maps.

The senators said inaccurate maps have left thousands of rural homes listed as served when no provider actually offers them a high-speed connection. Homes listed as served are not eligible for federal broadband grants.

"Families in rural Minnesota have been told for years that help is on the way, only to find out that a map says they already have broadband," said Senator Holt. "When the map is wrong, the money goes somewhere else."

"Wyoming is a big state with a lot of space between homes, and that is exactly where the maps tend to get it wrong," said Senator Whitaker. He said the bill would not require any new federal spending.

Specifically, the Accurate Broadband Maps Act would:
• Require the Federal Communications Commission to respond to coverage challenges within 90 days;
• Allow local governments and tribes to file challenges on behalf of residents; and
• Direct the FCC to publish the data behind each correction.

Holt first raised the issue at a committee hearing in June, when she told FCC officials that a county in her state had lost a grant because of mistakes in the map.

Ellen Brandvold, president of the Rural Broadband Providers Coalition, said the bill would give small carriers "a real seat at the table" in the mapping process.

The bill text is available here.
"""), quotes=[
    Q("inaccurate maps have left thousands of rural homes listed as served when no provider actually offers them a high-speed connection.",
      "Karen Holt and James Whitaker", "{The senators} [said]", "indirect", 1),
    Q("\"Families in rural Minnesota have been told for years that help is on the way, only to find out that a map says they already have broadband,\"",
      "Karen Holt", "[said] Senator {Holt}", "direct", 2),
    Q("\"When the map is wrong, the money goes somewhere else.\"", "Karen Holt", "[said] Senator {Holt}", "direct", 2),
    Q("\"Wyoming is a big state with a lot of space between homes, and that is exactly where the maps tend to get it wrong,\"",
      "James Whitaker", "[said] Senator {Whitaker}", "direct", 3),
    Q("the bill would not require any new federal spending.", "James Whitaker", "{He} [said] the bill", "indirect", 4),
    Q("a county in her state had lost a grant because of mistakes in the map.", "Karen Holt", "{she} [told] FCC", "indirect", 5),
    Q("the bill would give small carriers \"a real seat at the table\" in the mapping process.", "Ellen Brandvold",
      "{Ellen Brandvold}, president", "mixed", 6, "Coalition, [said]"),
]))

# ---------------------------------------------------------------- 13 Air Force story
DOCS.append(dict(id="b5-usaf-dover-inspection", text=T("""
Dover maintainers cut C-17 inspection time with new 'battle rhythm'

By Senior Airman Jordan T. Kessler, 436th Airlift Wing Public Affairs

DOVER AIR FORCE BASE, Del. -- Maintainers with the 436th Maintenance Squadron completed the first C-17 Globemaster III home station check under a new inspection schedule here Jan. 12, returning the aircraft to the flight line six days faster than the squadron's previous average.

The home station check is performed every 180 days and includes a detailed look at the aircraft's engines, landing gear, flight controls and cargo systems.

"We used to treat every inspection as a brand-new event, and that cost us time," said Master Sgt. Luis Carrera, 436th MXS inspection section chief. "Now every Airman knows exactly which panels come off on which day, and the parts are waiting for them when they get there."

Under the old process, a C-17 typically spent about 14 days in the inspection dock, much of it waiting on parts or on Airmen pulled away for other tasks. The squadron now assigns one team to each inspection from start to finish and calls the day-by-day plan its inspection "battle rhythm."

Senior Airman Kiara Dawson, a crew chief working her first home station check, said the structure helped her learn the aircraft quickly.

"I had a checklist for each day and an experienced technician beside me the whole time," Dawson said.

Lt. Col. Mark Ridley, 436th MXS commander, said the faster inspections will return more than 200 aircraft days a year to the wing's flying schedule. He added that other C-17 units across Air Mobility Command have asked for copies of the schedule.

"Every day an aircraft spends in the hangar is a day it isn't moving cargo or people," Ridley said.
"""), quotes=[
    Q("\"We used to treat every inspection as a brand-new event, and that cost us time,\"", "Luis Carrera",
      "[said] Master Sgt. {Luis Carrera}", "direct", 1),
    Q("\"Now every Airman knows exactly which panels come off on which day, and the parts are waiting for them when they get there.\"",
      "Luis Carrera", "[said] Master Sgt. {Luis Carrera}", "direct", 1),
    Q("the structure helped her learn the aircraft quickly.", "Kiara Dawson", "{Kiara Dawson}, a crew chief", "indirect", 3,
      "home station check, [said]"),
    Q("\"I had a checklist for each day and an experienced technician beside me the whole time,\"", "Kiara Dawson",
      "{Dawson} [said]", "direct", 4),
    Q("the faster inspections will return more than 200 aircraft days a year to the wing's flying schedule.", "Mark Ridley",
      "{Mark Ridley}, 436th", "indirect", 5, "MXS commander, [said]"),
    Q("other C-17 units across Air Mobility Command have asked for copies of the schedule.", "Mark Ridley",
      "{He} [added]", "indirect", 6),
    Q("\"Every day an aircraft spends in the hangar is a day it isn't moving cargo or people,\"", "Mark Ridley",
      "{Ridley} [said]", "direct", 7),
]))

# ---------------------------------------------------------------- 14 Air National Guard story
DOCS.append(dict(id="b5-ang-wyoming-maffs", text=T("""
Wyoming Guard Airmen fly firefighting missions over western Colorado

By Master Sgt. Renee Albright, 153rd Airlift Wing

CHEYENNE, Wyo. -- Two C-130H Hercules aircraft and 20 Airmen from the Wyoming Air National Guard's 153rd Airlift Wing deployed July 18 to help fight the Cedar Creek Fire in western Colorado using the Modular Airborne Fire Fighting System.

MAFFS is a self-contained unit that slides into the cargo hold of a C-130 and can release up to 3,000 gallons of fire retardant in less than five seconds. The U.S. Forest Service requested the aircraft after the fire grew to more than 40,000 acres. The 153rd is one of four units that fly MAFFS, along with Air National Guard wings in California and Nevada and an Air Force Reserve wing in Colorado, and its crews recertify with the Forest Service every spring.

"This is what we train for all year," said Lt. Col. Aaron Mikesell, the wing's MAFFS mission commander.

Mikesell said the crews flew 14 sorties in the first three days, dropping about 38,000 gallons of retardant along the fire's eastern edge to protect homes near the town of Collbran.

Capt. Jenna Whitlock, a 187th Airlift Squadron pilot, said flying a loaded C-130 low over mountain terrain requires close coordination with a lead plane, which guides the tanker to each drop.

"The lead plane shows us the line, and we follow it down," Whitlock said.

Senior Master Sgt. Curt Halvorsen, a loadmaster who has flown MAFFS missions since 2012, said crews "never get used to" seeing houses in the path of a fire.

Fire officials in Colorado said Tuesday the blaze was 35 percent contained. The Wyoming crews are expected to remain in Colorado for at least two weeks.
"""), quotes=[
    Q("\"This is what we train for all year,\"", "Aaron Mikesell", "[said] Lt. Col. {Aaron Mikesell}", "direct", 1),
    Q("the crews flew 14 sorties in the first three days, dropping about 38,000 gallons of retardant along the fire's eastern edge to protect homes near the town of Collbran.",
      "Aaron Mikesell", "{Mikesell} [said]", "indirect", 2),
    Q("flying a loaded C-130 low over mountain terrain requires close coordination with a lead plane, which guides the tanker to each drop.",
      "Jenna Whitlock", "{Jenna Whitlock}, a 187th", "indirect", 3, "Squadron pilot, [said]"),
    Q("\"The lead plane shows us the line, and we follow it down,\"", "Jenna Whitlock", "{Whitlock} [said]", "direct", 4),
    Q("crews \"never get used to\" seeing houses in the path of a fire.", "Curt Halvorsen",
      "{Curt Halvorsen}, a loadmaster", "mixed", 5, "since 2012, [said]"),
    Q("the blaze was 35 percent contained.", "Fire officials in Colorado",
      "{Fire officials in Colorado} [said]", "indirect", 6),
]))

# ---------------------------------------------------------------- 15 DoD News 1
DOCS.append(dict(id="b5-dod-barracks-repairs", text=T("""
Official Says Barracks Repairs Running Ahead of Schedule

By Claire Nolan, DOD News

The Defense Department has finished repairs on more than 1,100 barracks buildings that failed inspections since 2023, putting the effort about six months ahead of schedule, the department's top installations official told lawmakers today.

Robert J. Kessing, assistant secretary of defense for energy, installations and environment, testified before the House Armed Services Committee's readiness subcommittee. He said the department has shifted money from new construction to maintenance so that problems are fixed "before they become a crisis for the service member living in that room."

"Our service members should never have to choose between reporting mold and keeping a roof over their heads," Kessing said. "We have heard them, and we are acting."

Kessing said each military service now has a single phone line and website where residents can report problems, and that the department tracks how long every repair takes.

He acknowledged that some installations, particularly older ones in the South, still have large backlogs of work orders. Humidity and aging air-conditioning systems are the most common causes of mold, according to a department review released in March.

Rep. Thomas Varga, the subcommittee's chairman, pressed Kessing on the pace of repairs at several Army posts. Varga said lawmakers would hold the department to its timeline and would ask for quarterly updates.

The department plans to spend about $2.3 billion on barracks maintenance in the coming fiscal year, a 40 percent increase over last year.
"""), quotes=[
    Q("The Defense Department has finished repairs on more than 1,100 barracks buildings that failed inspections since 2023, putting the effort about six months ahead of schedule,",
      "Robert J. Kessing", "{the department's top installations official} [told]", "indirect", 1),
    Q("the department has shifted money from new construction to maintenance so that problems are fixed \"before they become a crisis for the service member living in that room.\"",
      "Robert J. Kessing", "{He} [said] the department", "mixed", 2),
    Q("\"Our service members should never have to choose between reporting mold and keeping a roof over their heads,\"",
      "Robert J. Kessing", "{Kessing} [said]. \"We", "direct", 3),
    Q("\"We have heard them, and we are acting.\"", "Robert J. Kessing", "{Kessing} [said]. \"We", "direct", 3),
    Q("each military service now has a single phone line and website where residents can report problems, and that the department tracks how long every repair takes.",
      "Robert J. Kessing", "{Kessing} [said] each", "indirect", 4),
    Q("some installations, particularly older ones in the South, still have large backlogs of work orders.",
      "Robert J. Kessing", "{He} [acknowledged]", "indirect", 5),
    Q("lawmakers would hold the department to its timeline and would ask for quarterly updates.", "Thomas Varga",
      "{Varga} [said]", "indirect", 6),
]))

# ---------------------------------------------------------------- 16 DoD News 2
DOCS.append(dict(id="b5-dod-counter-drone", text=T("""
Exercise Tests New Ways to Stop Small Drones

By Marcus Hale, DOD News

YUMA PROVING GROUND, Ariz. — Soldiers, Marines and Airmen spent two weeks here testing systems designed to detect and defeat small drones, which have become one of the most common threats troops face on the battlefield.

The exercise, run by the Joint Counter-small Unmanned Aircraft Systems Office, put 11 systems from nine companies against more than 100 drone flights. The systems included radars, cameras, radio-frequency jammers and interceptor drones, some mounted on vehicles and others carried by individual troops.

Army Col. Dana Whitford, the office's director of test and evaluation, said this year's exercise focused on drones that fly in groups or without a radio link, which makes them harder to jam.

"The threat has changed faster than anything I've seen in my career," Whitford said. "A drone that costs a few hundred dollars can now find and strike a vehicle worth millions."

Whitford said industry has made "real progress" since last year, particularly in detecting drones that do not give off radio signals.

Marine Corps Staff Sgt. Ricardo Fuentes, who operated a vehicle-mounted system during the exercise, said the training was the most realistic he had seen.

"Ten years ago, we didn't even think about looking up," he said.

The office holds two such exercises a year. Equipment that performed well at last year's event has since been sent to units in the Middle East, where U.S. bases have come under repeated drone attack.

Defense officials said the results would not be made public for security reasons but would help the services decide which systems to buy.
"""), quotes=[
    Q("this year's exercise focused on drones that fly in groups or without a radio link, which makes them harder to jam.",
      "Dana Whitford", "{Dana Whitford}, the office's", "indirect", 1, "test and evaluation, [said]"),
    Q("\"The threat has changed faster than anything I've seen in my career,\"", "Dana Whitford",
      "{Whitford} [said]. \"A drone", "direct", 2),
    Q("\"A drone that costs a few hundred dollars can now find and strike a vehicle worth millions.\"", "Dana Whitford",
      "{Whitford} [said]. \"A drone", "direct", 2),
    Q("industry has made \"real progress\" since last year, particularly in detecting drones that do not give off radio signals.",
      "Dana Whitford", "{Whitford} [said] industry", "mixed", 3),
    Q("the training was the most realistic he had seen.", "Ricardo Fuentes", "{Ricardo Fuentes}, who operated", "indirect", 4,
      "during the exercise, [said]"),
    Q("\"Ten years ago, we didn't even think about looking up,\"", "Ricardo Fuentes", "{he} [said]", "direct", 5),
    Q("the results would not be made public for security reasons but would help the services decide which systems to buy.",
      "Defense officials", "{Defense officials} [said]", "indirect", 6),
]))
