# Blind test set 3: 16 texts written for the Lector project (invented events, invented people).
# Each quote spec: Q(quote, speaker, mention, cue, type, group, qctx=, mctx=, cctx=)
#   quote/mention/cue are exact substrings; when a string is not unique in the text, the
#   *ctx argument gives a longer string that is unique in the text and contains it
#   (the first occurrence inside the context is used).

DOCS = []


def Q(quote, speaker, mention, cue, type, group, qctx=None, mctx=None, cctx=None):
    return dict(quote=quote, speaker=speaker, mention=mention, cue=cue, type=type, group=group,
                qctx=qctx, mctx=mctx, cctx=cctx)


def D(id, text, quotes):
    DOCS.append(dict(id=id, text=text, quotes=quotes))


# ---------------------------------------------------------------- 1 Air National Guard
D("b3-ang-2024-maffs-cedar-ridge", """Wyoming Guard aircrews open fire season over Cedar Ridge

By Staff Sgt. Colleen Marsh, 153rd Airlift Wing Public Affairs

CHEYENNE, Wyo. -- Two C-130H Hercules aircraft from the Wyoming Air National Guard's 153rd Airlift Wing dropped more than 50,000 gallons of retardant on the Cedar Ridge Fire in western Colorado Aug. 9, the unit's first firefighting missions of the season.

The aircraft carry the Modular Airborne Firefighting System (MAFFS), a pressurized tank that can discharge up to 3,000 gallons in less than five seconds.

"We got the call at 6:40 a.m., and by noon both airplanes were loaded and airborne," said Lt. Col. Dana Whitfield, commander of the 187th Airlift Squadron. "That's the whole point of this mission. When a fire jumps a ridgeline, nobody can wait until tomorrow."

Whitfield said the crews flew six sorties on the first day, each lasting about 90 minutes.

Flying as low as 150 feet above the treetops demands tight coordination with the lead plane flown by the U.S. Forest Service.

"Your eyes are on the lead plane, the ridge and the airspeed all at once\u2014" said Maj. Tom Okafor, a pilot with the squadron, "and you trust the loadmaster in the back to have the system ready."

Senior Master Sgt. Rita Lindqvist, a loadmaster with 22 years in the wing, said the heat inside the cargo compartment can climb past 100 degrees on an August afternoon. The discomfort, she said, is simply part of the job.

A Forest Service spokesperson said Friday that the fire was 35 percent contained and that no homes had been lost.

"The Guard crews bought us time on the east flank, and time is what we needed most," the spokesperson said.
""", [
    Q('"We got the call at 6:40 a.m., and by noon both airplanes were loaded and airborne,"',
      "Dana Whitfield", "Dana Whitfield", "said", "direct", 1, cctx='airborne," said'),
    Q('"That\'s the whole point of this mission. When a fire jumps a ridgeline, nobody can wait until tomorrow."',
      "Dana Whitfield", "Dana Whitfield", "said", "direct", 1, cctx='airborne," said'),
    Q("the crews flew six sorties on the first day, each lasting about 90 minutes.",
      "Dana Whitfield", "Whitfield", "said", "indirect", 2, mctx="Whitfield said the crews", cctx="Whitfield said the crews"),
    Q('"Your eyes are on the lead plane, the ridge and the airspeed all at once\u2014"',
      "Tom Okafor", "Tom Okafor", "said", "direct", 3, cctx='once\u2014" said'),
    Q('"and you trust the loadmaster in the back to have the system ready."',
      "Tom Okafor", "Tom Okafor", "said", "direct", 3, cctx='once\u2014" said'),
    Q("the heat inside the cargo compartment can climb past 100 degrees on an August afternoon.",
      "Rita Lindqvist", "Rita Lindqvist", "said", "indirect", 4, cctx="wing, said the heat"),
    Q("The discomfort, she said, is simply part of the job.",
      "Rita Lindqvist", "she", "said", "indirect", 5, mctx="she said, is simply", cctx="she said, is simply"),
    Q("the fire was 35 percent contained and that no homes had been lost.",
      "A Forest Service spokesperson", "A Forest Service spokesperson", "said", "indirect", 6,
      cctx="spokesperson said Friday"),
    Q('"The Guard crews bought us time on the east flank, and time is what we needed most,"',
      "A Forest Service spokesperson", "the spokesperson", "said", "direct", 7, cctx="the spokesperson said."),
])

# ---------------------------------------------------------------- 2 VOA newscast script
D("b3-voa-newscast-2100utc", """VOA Newscast: 2100 UTC

From Washington, this is VOA News. I'm Ellen Pratt.

Rescue crews in northern Peru are searching for at least 14 people missing after heavy rains set off mudslides overnight near the town of Ayabaca. Regional Governor Luis Carranza told local radio the slides buried a stretch of highway and at least 20 homes. He said more than 200 families have been moved to schools and churches that are being used as shelters.

Three people were killed and dozens injured when a passenger train derailed in eastern Turkey early Saturday, officials said. The state railway company said the cause of the derailment is under investigation.

The World Health Organization says a cholera outbreak in southern Malawi appears to be slowing. WHO spokesman Pierre-Alain Roux told reporters in Geneva on Friday, "We are cautiously optimistic, but 'cautiously' is the important word." Roux said new cases fell by nearly half last week, though he warned that the rainy season could reverse those gains.

In Washington, the Senate has passed a bill to extend funding for rural hospitals through 2027. The vote was 71 to 27. Senator Maria Ostrander of Montana, a co-sponsor, said the measure "keeps the lights on" for more than 400 facilities. Opponents argued the bill does nothing to control costs.

Kenyan runner Grace Wanjiru has won the Seoul Marathon in a course record of two hours, 17 minutes and 40 seconds. "The last five kilometers, I was running on my heart, not my legs,\u201d Wanjiru told reporters at the finish line.

I'm Ellen Pratt, VOA News.
""", [
    Q("the slides buried a stretch of highway and at least 20 homes.",
      "Luis Carranza", "Luis Carranza", "told", "indirect", 1, cctx="Carranza told"),
    Q("more than 200 families have been moved to schools and churches that are being used as shelters.",
      "Luis Carranza", "He", "said", "indirect", 2, mctx="He said more", cctx="He said more"),
    Q("Three people were killed and dozens injured when a passenger train derailed in eastern Turkey early Saturday,",
      "officials", "officials", "said", "indirect", 3, mctx="officials said", cctx="officials said"),
    Q("the cause of the derailment is under investigation.",
      "The state railway company", "The state railway company", "said", "indirect", 4, cctx="company said"),
    Q("a cholera outbreak in southern Malawi appears to be slowing.",
      "World Health Organization", "World Health Organization", "says", "indirect", 5, cctx="Organization says"),
    Q('"We are cautiously optimistic, but \'cautiously\' is the important word."',
      "Pierre-Alain Roux", "Pierre-Alain Roux", "told", "direct", 6, cctx="Roux told"),
    Q("new cases fell by nearly half last week,",
      "Pierre-Alain Roux", "Roux", "said", "indirect", 7, mctx="Roux said new", cctx="Roux said new"),
    Q("the rainy season could reverse those gains.",
      "Pierre-Alain Roux", "he", "warned", "indirect", 8, mctx="he warned", cctx="he warned"),
    Q('the measure "keeps the lights on" for more than 400 facilities.',
      "Maria Ostrander", "Maria Ostrander", "said", "mixed", 9, cctx="co-sponsor, said"),
    Q("the bill does nothing to control costs.",
      "Opponents", "Opponents", "argued", "indirect", 10),
    Q('"The last five kilometers, I was running on my heart, not my legs,\u201d',
      "Grace Wanjiru", "Wanjiru", "told", "direct", 11, mctx="Wanjiru told", cctx="Wanjiru told"),
])

# ---------------------------------------------------------------- 3 NASA release
D("b3-nasa-helix-launch-statement", """NASA Statement on Launch of HELIX Solar Wind Mission

WASHINGTON -- NASA Administrator Karen Holloway issued the following statement Tuesday after the agency's Heliospheric L1 Imaging Explorer (HELIX) launched at 11:14 a.m. PDT aboard a SpaceX Falcon 9 rocket from Vandenberg Space Force Base in California:

"Congratulations to the HELIX team and to our partners at SpaceX on a picture-perfect launch. This small spacecraft has a big job: watching the solar wind before it reaches Earth, so the people who run our power grids, satellites and airlines get more warning when a storm is coming.

"HELIX was built in less than four years and for under $190 million. That's what NASA can do when scientists, engineers and industry work as one team.

"The sun is near the peak of its 11-year cycle, and the timing could not be better. I can't wait to see what HELIX shows us."

The spacecraft separated from the rocket's second stage about 62 minutes after liftoff. NASA officials said its solar arrays had deployed as planned and that ground controllers acquired its signal at 12:19 p.m. PDT.

"We heard from the spacecraft right on time, and every reading so far looks healthy," said Priya Raman, HELIX mission manager at NASA's Goddard Space Flight Center in Greenbelt, Maryland. Raman said the team will spend about 30 days checking out the instruments before science operations begin.

HELIX will travel about 1 million miles to an orbit around Lagrange point 1, where it will sample the solar wind about an hour before it reaches Earth.

Principal investigator Marcus Ellery of the University of Colorado Boulder said the mission's data "will fill a gap we've had since the 1990s" in tracking the magnetic fields carried by the solar wind. He noted that the spacecraft's magnetometer is a flight spare built for a mission that was canceled in 2011.
""", [
    Q('"Congratulations to the HELIX team and to our partners at SpaceX on a picture-perfect launch. This small spacecraft has a big job: watching the solar wind before it reaches Earth, so the people who run our power grids, satellites and airlines get more warning when a storm is coming.',
      "Karen Holloway", "Karen Holloway", "issued the following statement", "direct", 1),
    Q('"HELIX was built in less than four years and for under $190 million. That\'s what NASA can do when scientists, engineers and industry work as one team.',
      "Karen Holloway", "Karen Holloway", "issued the following statement", "direct", 1),
    Q('"The sun is near the peak of its 11-year cycle, and the timing could not be better. I can\'t wait to see what HELIX shows us."',
      "Karen Holloway", "Karen Holloway", "issued the following statement", "direct", 1),
    Q("its solar arrays had deployed as planned and that ground controllers acquired its signal at 12:19 p.m. PDT.",
      "NASA officials", "NASA officials", "said", "indirect", 2, cctx="officials said"),
    Q('"We heard from the spacecraft right on time, and every reading so far looks healthy,"',
      "Priya Raman", "Priya Raman", "said", "direct", 3, cctx="said Priya"),
    Q("the team will spend about 30 days checking out the instruments before science operations begin.",
      "Priya Raman", "Raman", "said", "indirect", 4, mctx="Raman said the team", cctx="Raman said the team"),
    Q('the mission\'s data "will fill a gap we\'ve had since the 1990s" in tracking the magnetic fields carried by the solar wind.',
      "Marcus Ellery", "Marcus Ellery", "said", "mixed", 5, cctx="Boulder said"),
    Q("the spacecraft's magnetometer is a flight spare built for a mission that was canceled in 2011.",
      "Marcus Ellery", "He", "noted", "indirect", 6, mctx="He noted", cctx="He noted"),
])

# ---------------------------------------------------------------- 4 Senate subcommittee release
D("b3-senate-2024-caldwell-rail-hearing", """Caldwell Says Railroads Must \u201cStop Treating Safety as a Line Item\u201d

WASHINGTON \u2013 U.S. Senator Ruth Caldwell (D-Minn.), Chair of the Senate Commerce Subcommittee on Surface Transportation, today questioned executives from the nation\u2019s largest freight railroads about the February derailment near Willmar, Minnesota, that forced 1,400 residents from their homes.

\u201cFamilies in Willmar spent four nights in shelters because a wheel bearing overheated and nobody caught it. The detector that should have flagged it was 31 miles away. That is not an accident. That is a choice,\u201d Caldwell said.

Ranking Member Jim Pruitt (R-Kan.) said the industry had made real progress on safety over the past decade, but acknowledged that trackside detectors \u201care spaced too far apart in too many places.\u201d

Daniel Hurst, executive vice president of operations at Great Plains Rail, told the subcommittee his company would install 60 additional detectors by the end of next year.

Pressed on whether that was enough, Hurst replied: \u201cIs it everything we should do? No. Is it a serious start? I believe it is.\u201d

\u201cA serious start,\u201d Caldwell responded, \u201cis what you promised us two years ago.\u201d

Caldwell\u2019s opening statement, as prepared for delivery, follows:

Thank you all for being here. On February 11, a Great Plains Rail train carrying ethanol and crude oil left the tracks on the east side of Willmar. By some miracle, no one was killed. But 1,400 people were evacuated, a creek was contaminated, and a community is still asking how this happened. Today I want to hear what has changed since then, and what will change next.
""", [
    Q("Railroads Must \u201cStop Treating Safety as a Line Item\u201d",
      "Ruth Caldwell", "Caldwell", "Says", "mixed", 1, mctx="Caldwell Says", cctx="Caldwell Says"),
    Q("\u201cFamilies in Willmar spent four nights in shelters because a wheel bearing overheated and nobody caught it. The detector that should have flagged it was 31 miles away. That is not an accident. That is a choice,\u201d",
      "Ruth Caldwell", "Caldwell", "said", "direct", 2, mctx="Caldwell said", cctx="Caldwell said"),
    Q("the industry had made real progress on safety over the past decade,",
      "Jim Pruitt", "Jim Pruitt", "said", "indirect", 3, cctx="(R-Kan.) said"),
    Q("trackside detectors \u201care spaced too far apart in too many places.\u201d",
      "Jim Pruitt", "Jim Pruitt", "acknowledged", "mixed", 4),
    Q("his company would install 60 additional detectors by the end of next year.",
      "Daniel Hurst", "Daniel Hurst", "told", "indirect", 5),
    Q("\u201cIs it everything we should do? No. Is it a serious start? I believe it is.\u201d",
      "Daniel Hurst", "Hurst", "replied", "direct", 6, mctx="Hurst replied", cctx="Hurst replied"),
    Q("\u201cA serious start,\u201d", "Ruth Caldwell", "Caldwell", "responded", "direct", 7,
      mctx="Caldwell responded", cctx="Caldwell responded"),
    Q("\u201cis what you promised us two years ago.\u201d", "Ruth Caldwell", "Caldwell", "responded", "direct", 7,
      mctx="Caldwell responded", cctx="Caldwell responded"),
])

# ---------------------------------------------------------------- 5 VOA story on a State Department briefing
D("b3-voa-state-chad-ordered-departure", """US Orders Some Embassy Staff to Leave Chad as Fighting Spreads

WASHINGTON \u2014 The State Department on Thursday ordered non-emergency U.S. government employees and their families to leave Chad, citing clashes in the capital, N\u2019Djamena, that have killed at least 30 people this week.

State Department spokesperson Dana Whitcomb told reporters the embassy would remain open and continue to provide emergency services to American citizens.

\u201cThis is a prudent step, not a panicked one,\u201d Whitcomb said at the daily briefing. \u201cOur first responsibility is the safety of our people and of U.S. citizens in Chad.\u201d

Asked whether Washington had been in contact with the government in N\u2019Djamena, Whitcomb said Deputy Secretary of State Laura Finch had spoken by phone with Chad\u2019s foreign minister on Wednesday.

\u201cDid the deputy secretary ask for guarantees for American citizens?\u201d a reporter asked.

\u201cShe made clear that we expect the government to protect everyone \u2014 diplomats, aid workers, ordinary Chadians. I\u2019m not going to go further than that,\u201d Whitcomb replied.

A senior State Department official, who briefed reporters on condition of anonymity, said the United States had seen \u201cno indication\u201d that Americans were being targeted. The official said about 600 U.S. citizens are registered with the embassy, though the actual number is likely higher.

The order follows a travel advisory issued Monday that urged Americans not to travel to Chad. The department said it would keep the advisory at Level 4, its highest, until the security situation improves.

Commercial flights out of N\u2019Djamena\u2019s international airport continued on Thursday, but several airlines have reduced service.
""", [
    Q("the embassy would remain open and continue to provide emergency services to American citizens.",
      "Dana Whitcomb", "Dana Whitcomb", "told", "indirect", 1),
    Q("\u201cThis is a prudent step, not a panicked one,\u201d", "Dana Whitcomb", "Whitcomb", "said", "direct", 2,
      mctx="Whitcomb said at", cctx="Whitcomb said at"),
    Q("\u201cOur first responsibility is the safety of our people and of U.S. citizens in Chad.\u201d",
      "Dana Whitcomb", "Whitcomb", "said", "direct", 2, mctx="Whitcomb said at", cctx="Whitcomb said at"),
    Q("Deputy Secretary of State Laura Finch had spoken by phone with Chad\u2019s foreign minister on Wednesday.",
      "Dana Whitcomb", "Whitcomb", "said", "indirect", 3, mctx="Whitcomb said Deputy", cctx="Whitcomb said Deputy"),
    Q("\u201cDid the deputy secretary ask for guarantees for American citizens?\u201d",
      "a reporter", "a reporter", "asked", "direct", 4, cctx="reporter asked"),
    Q("\u201cShe made clear that we expect the government to protect everyone \u2014 diplomats, aid workers, ordinary Chadians. I\u2019m not going to go further than that,\u201d",
      "Dana Whitcomb", "Whitcomb", "replied", "direct", 5, mctx="Whitcomb replied", cctx="Whitcomb replied"),
    Q("the United States had seen \u201cno indication\u201d that Americans were being targeted.",
      "A senior State Department official", "A senior State Department official", "said", "mixed", 6,
      cctx="anonymity, said"),
    Q("about 600 U.S. citizens are registered with the embassy, though the actual number is likely higher.",
      "A senior State Department official", "The official", "said", "indirect", 7, cctx="official said about"),
    Q("it would keep the advisory at Level 4, its highest, until the security situation improves.",
      "State Department", "The department", "said", "indirect", 8, cctx="department said"),
])

# ---------------------------------------------------------------- 6 VOA interview
D("b3-voa-interview-coxs-bazar-doctor", """VOA Interview: A Doctor\u2019s Eight Years in the Rohingya Camps

COX\u2019S BAZAR, BANGLADESH \u2014 Dr. Farida Yasmin has worked in the Rohingya refugee camps here since the first wave of arrivals in August 2017, when hundreds of thousands of people fled a military crackdown in Myanmar\u2019s Rakhine State. She now runs a 40-bed field hospital in Camp 12, where she spoke with VOA\u2019s Sarah Lindgren.

Yasmin said the hospital treats about 300 patients a day, most of them children with diarrhea, skin infections or malnutrition.

\u201cWhat has changed the most since 2017?\u201d Lindgren asked.

\u201cHope. In the beginning, everyone believed they would go home within a year. Now the children I delivered are having children,\u201d Yasmin said.

The World Food Programme said in March it had cut monthly food vouchers in the camps from $10 to $6 per person because of funding shortfalls. A WFP spokesperson in Dhaka said the agency hopes to restore the full ration if new pledges arrive before the end of the year.

The hardest months, Yasmin said, come after cuts like that, when mothers start skipping meals so their children can eat.

She told VOA that her Bangladeshi and Rohingya staff \u201chave become one family\u201d after years of working side by side through fires, floods and a pandemic.

\u201cDo you ever think about leaving?\u201d VOA asked.

\u201cEvery night,\u201d she answered, laughing. \u201cAnd every morning I come back.\u201d

Mohammad Rafiq, 24, a Rohingya volunteer who translates for the hospital\u2019s doctors, said he hopes to study medicine one day. He admitted that without a passport, that dream feels far away.
""", [
    Q("the hospital treats about 300 patients a day, most of them children with diarrhea, skin infections or malnutrition.",
      "Farida Yasmin", "Yasmin", "said", "indirect", 1, mctx="Yasmin said the hospital", cctx="Yasmin said the hospital"),
    Q("\u201cWhat has changed the most since 2017?\u201d", "Sarah Lindgren", "Lindgren", "asked", "direct", 2,
      mctx="Lindgren asked", cctx="Lindgren asked"),
    Q("\u201cHope. In the beginning, everyone believed they would go home within a year. Now the children I delivered are having children,\u201d",
      "Farida Yasmin", "Yasmin", "said", "direct", 3, mctx="Yasmin said.", cctx="Yasmin said."),
    Q("it had cut monthly food vouchers in the camps from $10 to $6 per person because of funding shortfalls.",
      "World Food Programme", "World Food Programme", "said", "indirect", 4, cctx="Programme said"),
    Q("the agency hopes to restore the full ration if new pledges arrive before the end of the year.",
      "A WFP spokesperson in Dhaka", "A WFP spokesperson in Dhaka", "said", "indirect", 45, cctx="Dhaka said"),
    Q("The hardest months, Yasmin said, come after cuts like that, when mothers start skipping meals so their children can eat.",
      "Farida Yasmin", "Yasmin", "said", "indirect", 5, mctx="Yasmin said, come", cctx="Yasmin said, come"),
    Q("her Bangladeshi and Rohingya staff \u201chave become one family\u201d after years of working side by side through fires, floods and a pandemic.",
      "Farida Yasmin", "She", "told", "mixed", 6, mctx="She told VOA", cctx="She told VOA"),
    Q("\u201cDo you ever think about leaving?\u201d", "VOA", "VOA", "asked", "direct", 7,
      mctx="VOA asked", cctx="VOA asked"),
    Q("\u201cEvery night,\u201d", "Farida Yasmin", "she", "answered", "direct", 8,
      mctx="she answered", cctx="she answered"),
    Q("\u201cAnd every morning I come back.\u201d", "Farida Yasmin", "she", "answered", "direct", 8,
      mctx="she answered", cctx="she answered"),
    Q("he hopes to study medicine one day.", "Mohammad Rafiq", "Mohammad Rafiq", "said", "indirect", 9,
      cctx="doctors, said"),
    Q("without a passport, that dream feels far away.", "Mohammad Rafiq", "He", "admitted", "indirect", 10,
      mctx="He admitted", cctx="He admitted"),
])

# ---------------------------------------------------------------- 7 USDA release
D("b3-usda-nebraska-drought-designation", """USDA Designates 14 Nebraska Counties as Primary Natural Disaster Areas

WASHINGTON, Sept. 12 \u2013 The U.S. Department of Agriculture (USDA) has designated 14 counties in Nebraska as primary natural disaster areas because of losses caused by a drought that began in early June. Producers in nine contiguous counties in Nebraska, Kansas and South Dakota are also eligible for assistance. Nebraska ranks among the nation's top cattle-producing states, and many ranchers in the region have already sold part of their herds.

"Producers in these counties have faced two dry summers in a row, and many of them are making hard decisions about their herds right now," said Agriculture Secretary Helen Marquez. "This designation gives them access to emergency loans, and our Farm Service Agency offices are ready to help them apply."

Farm Service Agency (FSA) Administrator Carlos Medina said county offices in the affected area will extend their hours through October. Producers do not need complete records before they apply, he said.

Kelsey Bergstrom, FSA's state executive director in Nebraska, said her staff had received more than 150 calls since Monday.

"People are calling before the ink is dry," Bergstrom said. "That tells you how tight things are out there."

Emergency loans may be used to replace equipment or livestock, reorganize a farming operation or refinance certain debts. USDA said producers have eight months from the date of the declaration to apply.

Marquez also said the department is "looking at every tool we have" to help livestock producers, including the Livestock Forage Disaster Program, which covers grazing losses.
""", [
    Q('"Producers in these counties have faced two dry summers in a row, and many of them are making hard decisions about their herds right now,"',
      "Helen Marquez", "Helen Marquez", "said", "direct", 1, cctx='now," said'),
    Q('"This designation gives them access to emergency loans, and our Farm Service Agency offices are ready to help them apply."',
      "Helen Marquez", "Helen Marquez", "said", "direct", 1, cctx='now," said'),
    Q("county offices in the affected area will extend their hours through October.",
      "Carlos Medina", "Carlos Medina", "said", "indirect", 2, cctx="Medina said"),
    Q("Producers do not need complete records before they apply,",
      "Carlos Medina", "he", "said", "indirect", 3, mctx="he said.", cctx="he said."),
    Q("her staff had received more than 150 calls since Monday.",
      "Kelsey Bergstrom", "Kelsey Bergstrom", "said", "indirect", 4, cctx="Nebraska, said"),
    Q('"People are calling before the ink is dry,"', "Kelsey Bergstrom", "Bergstrom", "said", "direct", 5,
      mctx="Bergstrom said.", cctx="Bergstrom said."),
    Q('"That tells you how tight things are out there."', "Kelsey Bergstrom", "Bergstrom", "said", "direct", 5,
      mctx="Bergstrom said.", cctx="Bergstrom said."),
    Q("producers have eight months from the date of the declaration to apply.",
      "U.S. Department of Agriculture", "USDA", "said", "indirect", 6, mctx="USDA said producers", cctx="USDA said producers"),
    Q('the department is "looking at every tool we have" to help livestock producers, including the Livestock Forage Disaster Program, which covers grazing losses.',
      "Helen Marquez", "Marquez", "said", "mixed", 7, mctx="Marquez also said", cctx="Marquez also said"),
])

# ---------------------------------------------------------------- 8 NOAA release
D("b3-noaa-atlantic-outlook", """NOAA forecasters expect above-normal Atlantic hurricane season

Warm ocean, developing La Ni\u00f1a drive outlook

NOAA\u2019s Climate Prediction Center is forecasting an above-normal Atlantic hurricane season this year, citing near-record ocean temperatures and the expected development of La Ni\u00f1a. The outlook, released Thursday, gives a 60% chance of an above-normal season, a 30% chance of a near-normal season and a 10% chance of a below-normal season.

Forecasters expect 16 to 22 named storms (winds of 39 mph or higher), of which 8 to 12 could become hurricanes (winds of 74 mph or higher), including 4 to 6 major hurricanes (Category 3, 4 or 5).

\u201cEvery one of those numbers is a community somewhere, and it only takes one storm to make it a bad year,\u201d said NOAA Administrator Richard Sandoval, Ph.D. \u201cNow is the time to know your evacuation zone and make a plan \u2014 not when the forecast cone is over your house.\u201d

Lead seasonal forecaster Megan Ashby said warm water in the main development region, between West Africa and the Caribbean, is \u201cthe strongest signal we\u2019ve seen in our records.\u201d The number of storms, she said, matters less than how quickly they strengthen near the coast.

\u201cRapid intensification is what keeps me up at night,\u201d Ashby said. \u201cA storm can go from a tropical storm to a Category 4 in 36 hours, and that leaves very little time to get people out.\u201d

FEMA Deputy Administrator Luis Ortega urged residents to sign up for local emergency alerts. He said FEMA has pre-positioned more than 4 million meals and 2 million gallons of water across the Gulf Coast and Puerto Rico.

NOAA will update the outlook in early August, the agency said.
""", [
    Q("\u201cEvery one of those numbers is a community somewhere, and it only takes one storm to make it a bad year,\u201d",
      "Richard Sandoval", "Richard Sandoval", "said", "direct", 1, cctx="\u201d said NOAA"),
    Q("\u201cNow is the time to know your evacuation zone and make a plan \u2014 not when the forecast cone is over your house.\u201d",
      "Richard Sandoval", "Richard Sandoval", "said", "direct", 1, cctx="\u201d said NOAA"),
    Q("warm water in the main development region, between West Africa and the Caribbean, is \u201cthe strongest signal we\u2019ve seen in our records.\u201d",
      "Megan Ashby", "Megan Ashby", "said", "mixed", 2, cctx="Ashby said warm"),
    Q("The number of storms, she said, matters less than how quickly they strengthen near the coast.",
      "Megan Ashby", "she", "said", "indirect", 3, mctx="she said, matters", cctx="she said, matters"),
    Q("\u201cRapid intensification is what keeps me up at night,\u201d", "Megan Ashby", "Ashby", "said", "direct", 4,
      mctx="Ashby said.", cctx="Ashby said."),
    Q("\u201cA storm can go from a tropical storm to a Category 4 in 36 hours, and that leaves very little time to get people out.\u201d",
      "Megan Ashby", "Ashby", "said", "direct", 4, mctx="Ashby said.", cctx="Ashby said."),
    Q("FEMA has pre-positioned more than 4 million meals and 2 million gallons of water across the Gulf Coast and Puerto Rico.",
      "Luis Ortega", "He", "said", "indirect", 5, mctx="He said FEMA", cctx="He said FEMA"),
    Q("NOAA will update the outlook in early August,", "NOAA", "the agency", "said", "indirect", 6,
      cctx="agency said"),
])

# ---------------------------------------------------------------- 9 Army story
D("b3-army-4id-best-squad", """Fort Carson squad wins division's Best Squad Competition

By Sgt. Marcus Bell, 4th Infantry Division Public Affairs

FORT CARSON, Colo. \u2013 After five days, 62 miles and very little sleep, a squad from 1st Battalion, 8th Infantry Regiment, took first place in the 4th Infantry Division's Best Squad Competition Oct. 18.

The competition tested 12 squads on marksmanship, land navigation, combat casualty care and a 14-mile ruck march that competitors simply called "the gauntlet."

"This wasn't about who had the strongest individual Soldier. It was about who could keep five tired people moving in the same direction for five days," said Sgt. 1st Class Ana Ruiz, a platoon sergeant with 1-8 Infantry who coached the winning squad.

Ruiz said the squad trained together every morning for three months, often starting at 4:30 a.m.

On the casualty evacuation lane, squad leader Staff Sgt. Devin Marsh kept his team moving under simulated fire. "Hands on the litter!" he shouted. "Nobody gets left on this hill!"

Marsh, 27, said he leaned on the lessons of his first deployment. "My first squad leader, Staff Sgt. Ramos, told me, 'You're only as fast as your slowest guy, so quit complaining and go carry his gear,'" he said.

Spc. Kaylee Dunn, the squad's medic and, at 20, its youngest member, admitted that she nearly quit during the ruck march. Her feet were blistered by mile 11, she said, and Marsh took her radio without a word.

Command Sgt. Maj. Robert Alvarez told the squad at the awards ceremony that it will represent the division at the Army-level competition in the spring.
""", [
    Q('"This wasn\'t about who had the strongest individual Soldier. It was about who could keep five tired people moving in the same direction for five days,"',
      "Ana Ruiz", "Ana Ruiz", "said", "direct", 1, cctx='days," said'),
    Q("the squad trained together every morning for three months, often starting at 4:30 a.m.",
      "Ana Ruiz", "Ruiz", "said", "indirect", 2, mctx="Ruiz said the squad", cctx="Ruiz said the squad"),
    Q('"Hands on the litter!"', "Devin Marsh", "he", "shouted", "direct", 3, mctx="he shouted", cctx="he shouted"),
    Q('"Nobody gets left on this hill!"', "Devin Marsh", "he", "shouted", "direct", 3, mctx="he shouted", cctx="he shouted"),
    Q("he leaned on the lessons of his first deployment.", "Devin Marsh", "Marsh", "said", "indirect", 4,
      mctx="Marsh, 27, said", cctx="Marsh, 27, said"),
    Q('"My first squad leader, Staff Sgt. Ramos, told me, \'You\'re only as fast as your slowest guy, so quit complaining and go carry his gear,\'"',
      "Devin Marsh", "he", "said", "direct", 5, mctx="\" he said.", cctx="\" he said."),
    Q("she nearly quit during the ruck march.", "Kaylee Dunn", "Kaylee Dunn", "admitted", "indirect", 6),
    Q("Her feet were blistered by mile 11, she said, and Marsh took her radio without a word.",
      "Kaylee Dunn", "she", "said", "indirect", 7, mctx="she said, and", cctx="she said, and"),
    Q("it will represent the division at the Army-level competition in the spring.",
      "Robert Alvarez", "Robert Alvarez", "told", "indirect", 8, cctx="Alvarez told"),
])

# ---------------------------------------------------------------- 10 Navy story
D("b3-navy-carl-mercer-dhow-rescue", """USS Carl Mercer rescues 11 fishermen in Arabian Sea

ARABIAN SEA \u2014 Sailors aboard the guided-missile destroyer USS Carl Mercer (DDG 137) rescued 11 fishermen from a sinking dhow about 90 nautical miles off the coast of Oman, Nov. 3.

Carl Mercer is deployed to the U.S. 5th Fleet area of operations to help ensure maritime security in the region. The ship\u2019s bridge team spotted a red flare at about 2:15 a.m. local time, and the crew launched its rigid-hull inflatable boat within 20 minutes.

Cmdr. Elena Vasquez, the ship\u2019s commanding officer, said that \u201cevery Sailor on that deck knew exactly what to do, and they did it in the dark, in eight-foot seas.\u201d She said the boat crew \u201cdid what Sailors have done for centuries\u201d the moment they saw the flare.

Boatswain\u2019s Mate 2nd Class Jordan Pike, the boat\u2019s coxswain, described the scene.

\u201cThe dhow was already down at the stern, and the men were standing on the bow waving their shirts. We got the first four off on one pass. The last man wouldn\u2019t leave until he\u2019d handed us the boat\u2019s papers \u2014 he said the owner would want them.\u201d

Hospital Corpsman 1st Class Mei Tanaka treated three of the men for dehydration and a cut hand. \u201cThey were exhausted, but they were laughing by the time we got them blankets and hot tea,\u201d Tanaka said.

Speaking through an interpreter, the fishermen told the crew their engine had failed two days earlier and that they had been bailing water by hand ever since. U.S. 5th Fleet said the men were transferred to an Omani coast guard vessel later that morning.

\u201cWe train for this, but you never really know until the flare goes up,\u201d Vasquez said.
""", [
    Q("\u201cevery Sailor on that deck knew exactly what to do, and they did it in the dark, in eight-foot seas.\u201d",
      "Elena Vasquez", "Elena Vasquez", "said", "direct", 1, cctx="officer, said"),
    Q("the boat crew \u201cdid what Sailors have done for centuries\u201d the moment they saw the flare.",
      "Elena Vasquez", "She", "said", "mixed", 2, mctx="She said the boat", cctx="She said the boat"),
    Q("\u201cThe dhow was already down at the stern, and the men were standing on the bow waving their shirts. We got the first four off on one pass. The last man wouldn\u2019t leave until he\u2019d handed us the boat\u2019s papers \u2014 he said the owner would want them.\u201d",
      "Jordan Pike", "Jordan Pike", "described", "direct", 3),
    Q("\u201cThey were exhausted, but they were laughing by the time we got them blankets and hot tea,\u201d",
      "Mei Tanaka", "Tanaka", "said", "direct", 4, mctx="Tanaka said", cctx="Tanaka said"),
    Q("their engine had failed two days earlier and that they had been bailing water by hand ever since.",
      "the fishermen", "the fishermen", "told", "indirect", 5, cctx="fishermen told"),
    Q("the men were transferred to an Omani coast guard vessel later that morning.",
      "U.S. 5th Fleet", "U.S. 5th Fleet", "said", "indirect", 6, mctx="U.S. 5th Fleet said", cctx="Fleet said"),
    Q("\u201cWe train for this, but you never really know until the flare goes up,\u201d",
      "Elena Vasquez", "Vasquez", "said", "direct", 7, mctx="Vasquez said.", cctx="Vasquez said."),
])

# ---------------------------------------------------------------- 11 Marine Corps story
D("b3-usmc-polar-lance-norway", """Marines sharpen cold-weather skills in Exercise "Polar Lance"

By Cpl. Jacob Reyes, II Marine Expeditionary Force

SETERMOEN, Norway -- Marines with 2nd Battalion, 6th Marine Regiment, wrapped up three weeks of cold-weather training alongside Norwegian soldiers here March 7.

The training ended with a 72-hour field problem in the mountains north of the camp. Temperatures dropped to minus 31 degrees Fahrenheit during the final week, and many of the Marines had never seen snow deeper than their boots.

"Can you fight when your fingers don't work?" asked Gunnery Sgt. Luis Ocampo, a mountain warfare instructor with the battalion. "That's the question up here. Everything else is just camping."

Ocampo said the Marines learned to clear weapons, cook and pitch tents while wearing mittens.

Their Norwegian instructors, whom the Marines nicknamed "the snow wizards," taught them to move on skis while pulling sleds loaded with 120 pounds of gear. Norwegian Army Capt. Ingrid Solberg said the Americans adapted faster than she had expected.

Lance Cpl. Aaron Whitley, a rifleman from Macon, Georgia, said: "The coldest I'd ever been before this was a walk-in freezer at my uncle's restaurant. I didn't know my eyelashes could freeze." He said the hardest part was not the cold but staying dry.

Lt. Col. Patrick Greer, the battalion commander, told the Marines at a closing formation that what they learned in Norway "doesn't stay in Norway."

"Cold is cold, whether it's here or in Korea," he added. "What you really learned is how to take care of each other when everything is hard."
""", [
    Q('"Can you fight when your fingers don\'t work?"', "Luis Ocampo", "Luis Ocampo", "asked", "direct", 1),
    Q('"That\'s the question up here. Everything else is just camping."', "Luis Ocampo", "Luis Ocampo", "asked", "direct", 1),
    Q("the Marines learned to clear weapons, cook and pitch tents while wearing mittens.",
      "Luis Ocampo", "Ocampo", "said", "indirect", 2, mctx="Ocampo said", cctx="Ocampo said"),
    Q("the Americans adapted faster than she had expected.", "Ingrid Solberg", "Ingrid Solberg", "said", "indirect", 3,
      cctx="Solberg said"),
    Q('"The coldest I\'d ever been before this was a walk-in freezer at my uncle\'s restaurant. I didn\'t know my eyelashes could freeze."',
      "Aaron Whitley", "Aaron Whitley", "said", "direct", 4, cctx="Georgia, said:"),
    Q("the hardest part was not the cold but staying dry.", "Aaron Whitley", "He", "said", "indirect", 5,
      mctx="He said the hardest", cctx="He said the hardest"),
    Q('what they learned in Norway "doesn\'t stay in Norway."', "Patrick Greer", "Patrick Greer", "told", "mixed", 6),
    Q('"Cold is cold, whether it\'s here or in Korea,"', "Patrick Greer", "he", "added", "direct", 7,
      mctx="he added", cctx="he added"),
    Q('"What you really learned is how to take care of each other when everything is hard."',
      "Patrick Greer", "he", "added", "direct", 7, mctx="he added", cctx="he added"),
])

# ---------------------------------------------------------------- 12 DoD News story
D("b3-dod-news-air-defense-deployment", """Pentagon Sends Additional Air Defense Units to Middle East

By Karen Lowell, DOD News

The Defense Department is deploying two additional Patriot air defense batteries and a Terminal High Altitude Area Defense battery to the Middle East, Pentagon Press Secretary Air Force Brig. Gen. Samuel Okoye announced today.

Okoye told reporters at the Pentagon that the deployment is defensive and is meant to protect U.S. forces and partners in the region. He said the units will come from Fort Bliss, Texas, and Fort Sill, Oklahoma, and will begin arriving within two weeks.

"We are not looking to escalate. We are looking to make sure our people are protected," Okoye said.

Asked whether the move was linked to last week's drone attack on a base in eastern Syria, Okoye said it was "part of a broader posture adjustment" that had been under review for months.

Okoye declined to say how long the units would stay. "I'm not going to put a timeline on it," he said. "They'll be there as long as the threat is there."

A senior defense official, speaking on background, said the attack wounded four U.S. service members, one of them seriously. The official also noted that the department has not ruled out sending more forces.

The deployment follows a request from U.S. Central Command, which has asked for additional air defense capacity since the start of the year.

Sen. Rachel Byrne (D-Ore.), a member of the Senate Armed Services Committee, said in a statement that Congress "deserves a full briefing before, not after, our troops are put in harm's way."
""", [
    Q("The Defense Department is deploying two additional Patriot air defense batteries and a Terminal High Altitude Area Defense battery to the Middle East,",
      "Samuel Okoye", "Samuel Okoye", "announced", "indirect", 1),
    Q("the deployment is defensive and is meant to protect U.S. forces and partners in the region.",
      "Samuel Okoye", "Okoye", "told", "indirect", 2, mctx="Okoye told", cctx="Okoye told"),
    Q("the units will come from Fort Bliss, Texas, and Fort Sill, Oklahoma, and will begin arriving within two weeks.",
      "Samuel Okoye", "He", "said", "indirect", 3, mctx="He said the units", cctx="He said the units"),
    Q('"We are not looking to escalate. We are looking to make sure our people are protected,"',
      "Samuel Okoye", "Okoye", "said", "direct", 4, mctx="Okoye said.", cctx="Okoye said."),
    Q('it was "part of a broader posture adjustment" that had been under review for months.',
      "Samuel Okoye", "Okoye", "said", "mixed", 5, mctx="Okoye said it", cctx="Okoye said it"),
    Q('"I\'m not going to put a timeline on it,"', "Samuel Okoye", "he", "said", "direct", 55,
      mctx="he said. \"They", cctx="he said. \"They"),
    Q('"They\'ll be there as long as the threat is there."', "Samuel Okoye", "he", "said", "direct", 55,
      mctx="he said. \"They", cctx="he said. \"They"),
    Q("the attack wounded four U.S. service members, one of them seriously.",
      "A senior defense official", "A senior defense official", "said", "indirect", 6, cctx="background, said"),
    Q("the department has not ruled out sending more forces.",
      "A senior defense official", "The official", "noted", "indirect", 7),
    Q('Congress "deserves a full briefing before, not after, our troops are put in harm\'s way."',
      "Rachel Byrne", "Rachel Byrne", "said", "mixed", 8, cctx="Committee, said"),
])

# ---------------------------------------------------------------- 13 VOA feature
D("b3-voa-feature-afghan-rubab-virginia", """Exiled Afghan Musician Finds New Audience in Virginia

FAIRFAX, VIRGINIA \u2014 On a Saturday evening in a community center in northern Virginia, Zarmina Hashimi tunes her rubab, a short-necked lute, while about 200 people find their seats. Many of them fled Afghanistan in 2021, as she did. Her concerts, held about once a month, draw Afghan families from as far away as Maryland and Pennsylvania.

Hashimi, 34, played with a women\u2019s ensemble in Kabul until the Taliban returned to power and banned public music performances. She told VOA the instrument she plays today is not the one she left behind.

\u201cMy own rubab is still in Kabul, buried in my uncle\u2019s garden and wrapped in plastic. I think about it every time it rains.\u201d

When she plays \u201cBamyan Morning,\u201d a song she wrote in 2019, much of the audience sings along.

For many here, the concerts are about more than music. Nadia Karimi, who arrived in Virginia in 2022 with her two daughters, put it this way:

\u201cWhen I hear her play, I am not a refugee for an hour. I am just a woman from Herat listening to music.

\u201cMy daughters were small when we left. This is how they learn what Afghanistan sounds like.\u201d

Hashimi said she receives messages from women in Afghanistan who listen to her recordings in secret.

\u201cThey tell me, \u2018Keep playing for us, because we can\u2019t.\u2019 How can I stop after that?\u201d she said.

The concerts are organized by the Afghan Cultural Association of Virginia. Its director, Jawed Noori, said attendance has doubled since last year and that the group hopes to take Hashimi on tour next spring.
""", [
    Q("the instrument she plays today is not the one she left behind.", "Zarmina Hashimi", "She", "told", "indirect", 1,
      mctx="She told VOA", cctx="She told VOA"),
    Q("\u201cMy own rubab is still in Kabul, buried in my uncle\u2019s garden and wrapped in plastic. I think about it every time it rains.\u201d",
      "Zarmina Hashimi", "She", "told", "direct", 2, mctx="She told VOA", cctx="She told VOA"),
    Q("\u201cWhen I hear her play, I am not a refugee for an hour. I am just a woman from Herat listening to music.",
      "Nadia Karimi", "Nadia Karimi", "put it this way", "direct", 3),
    Q("\u201cMy daughters were small when we left. This is how they learn what Afghanistan sounds like.\u201d",
      "Nadia Karimi", "Nadia Karimi", "put it this way", "direct", 3),
    Q("she receives messages from women in Afghanistan who listen to her recordings in secret.",
      "Zarmina Hashimi", "Hashimi", "said", "indirect", 4, mctx="Hashimi said", cctx="Hashimi said"),
    Q("\u201cThey tell me, \u2018Keep playing for us, because we can\u2019t.\u2019 How can I stop after that?\u201d",
      "Zarmina Hashimi", "she", "said", "direct", 5, mctx="she said.", cctx="she said."),
    Q("attendance has doubled since last year and that the group hopes to take Hashimi on tour next spring.",
      "Jawed Noori", "Jawed Noori", "said", "indirect", 6, cctx="Noori, said"),
])

# ---------------------------------------------------------------- 14 VOA story, disputed election
D("b3-voa-lilongwe-mayoral-dispute", """Opposition Candidate Claims Victory in Disputed Lilongwe Mayoral Race

LILONGWE, MALAWI \u2014 An opposition candidate insists she won the Malawian capital\u2019s first direct mayoral election, despite official results showing the ruling party\u2019s candidate ahead by fewer than 2,000 votes.

Tiyamike Mwale of the Citizens Alliance told supporters Saturday that her campaign\u2019s own tally showed her winning by more than 5,000 votes.

\u201cWe counted every result sheet from every polling station. We know what the people chose,\u201d Mwale said. \u201cWe will not let a few officials in a back room decide otherwise.\u201d

The Malawi Electoral Commission denied that any results had been altered, and said its officials had followed the law at every stage. In a statement, commission chairperson Annabel Phiri said candidates who dispute the results \u201care free to go to court, as the law provides.\u201d

The declared winner, Peter Kachingwe, a former city council member, told VOA\u2019s Chichewa Service that he would \u201cserve all residents, including those who did not vote for me.\u201d

Local observer groups reported long delays in counting at several wards in the city\u2019s south. Mwale\u2019s lawyer, Chisomo Banda, said the campaign would file a petition with the High Court on Monday. Malawi introduced directly elected mayors under a 2023 amendment to the Local Government Act.

One observer, who asked not to be named because she was not authorized to speak to the media, said, \u201cDelays like that are exactly where suspicion grows.\u201d

The commission put turnout at about 41 percent, down from 53 percent in the last local elections.
""", [
    Q("she won the Malawian capital\u2019s first direct mayoral election, despite official results showing the ruling party\u2019s candidate ahead by fewer than 2,000 votes.",
      "Tiyamike Mwale", "An opposition candidate", "insists", "indirect", 1),
    Q("her campaign\u2019s own tally showed her winning by more than 5,000 votes.",
      "Tiyamike Mwale", "Tiyamike Mwale", "told", "indirect", 2, cctx="Alliance told"),
    Q("\u201cWe counted every result sheet from every polling station. We know what the people chose,\u201d",
      "Tiyamike Mwale", "Mwale", "said", "direct", 3, mctx="Mwale said", cctx="Mwale said"),
    Q("\u201cWe will not let a few officials in a back room decide otherwise.\u201d",
      "Tiyamike Mwale", "Mwale", "said", "direct", 3, mctx="Mwale said", cctx="Mwale said"),
    Q("any results had been altered,", "Malawi Electoral Commission", "Malawi Electoral Commission", "denied", "indirect", 4),
    Q("its officials had followed the law at every stage.", "Malawi Electoral Commission", "Malawi Electoral Commission",
      "said", "indirect", 5, cctx="and said its"),
    Q("candidates who dispute the results \u201care free to go to court, as the law provides.\u201d",
      "Annabel Phiri", "Annabel Phiri", "said", "mixed", 6, cctx="Phiri said"),
    Q("he would \u201cserve all residents, including those who did not vote for me.\u201d",
      "Peter Kachingwe", "Peter Kachingwe", "told", "mixed", 7, cctx="member, told"),
    Q("the campaign would file a petition with the High Court on Monday.", "Chisomo Banda", "Chisomo Banda", "said", "indirect", 75,
      cctx="Banda, said"),
    Q("\u201cDelays like that are exactly where suspicion grows.\u201d", "One observer", "One observer", "said", "direct", 8,
      cctx="media, said"),
])

# ---------------------------------------------------------------- 15 House committee release
D("b3-house-ti-icebreaker-report", """Committee Report Finds \u201cCulture of Delay\u201d in Coast Guard Icebreaker Program

WASHINGTON, D.C. \u2013 House Transportation and Infrastructure Committee Chairman Dale Whitaker (R-Ala.) released the following statement today after the committee published a staff report on the Coast Guard\u2019s Polar Security Cutter program:

\u201cOur report confirms what many of us have suspected for years. The program is more than four years behind schedule and at least $1.2 billion over budget, and the first ship still does not have a finished design.

\u201cThe United States has two working polar icebreakers, and one of them is nearly 50 years old. That is not a gap; it\u2019s a canyon. The Coast Guard and the Navy need to fix this program, and Congress is going to hold them to it.\u201d

The Coast Guard\u2019s only heavy icebreaker, Polar Star, was commissioned in 1976. The report, titled \u201cFrozen in Place: Lessons from the Polar Security Cutter Program,\u201d traces the delays to design changes made after construction contracts were signed.

Ranking Member Ana Delgado (D-N.M.) said the report shows the need for stable, multiyear funding rather than \u201cstop-and-start budgeting.\u201d

\u201cYou can\u2019t build a ship one year at a time,\u201d Delgado said.

In a letter sent Tuesday to the Commandant of the Coast Guard, Whitaker and Delgado wrote that the committee expects a revised schedule \u201cno later than 90 days\u201d from the date of the letter.

A Coast Guard spokesperson said the service is reviewing the report and will respond to the committee directly. Whitaker told reporters Wednesday that he plans to call the Commandant to testify this fall.
""", [
    Q("\u201cOur report confirms what many of us have suspected for years. The program is more than four years behind schedule and at least $1.2 billion over budget, and the first ship still does not have a finished design.",
      "Dale Whitaker", "Dale Whitaker", "released the following statement", "direct", 1),
    Q("\u201cThe United States has two working polar icebreakers, and one of them is nearly 50 years old. That is not a gap; it\u2019s a canyon. The Coast Guard and the Navy need to fix this program, and Congress is going to hold them to it.\u201d",
      "Dale Whitaker", "Dale Whitaker", "released the following statement", "direct", 1),
    Q("the report shows the need for stable, multiyear funding rather than \u201cstop-and-start budgeting.\u201d",
      "Ana Delgado", "Ana Delgado", "said", "mixed", 2, cctx="(D-N.M.) said"),
    Q("\u201cYou can\u2019t build a ship one year at a time,\u201d", "Ana Delgado", "Delgado", "said", "direct", 3,
      mctx="Delgado said.", cctx="Delgado said."),
    Q("the committee expects a revised schedule \u201cno later than 90 days\u201d from the date of the letter.",
      "Dale Whitaker and Ana Delgado", "Whitaker and Delgado", "wrote", "mixed", 4),
    Q("the service is reviewing the report and will respond to the committee directly.",
      "A Coast Guard spokesperson", "A Coast Guard spokesperson", "said", "indirect", 5, cctx="spokesperson said"),
    Q("he plans to call the Commandant to testify this fall.", "Dale Whitaker", "Whitaker", "told", "indirect", 6,
      mctx="Whitaker told", cctx="Whitaker told"),
])

# ---------------------------------------------------------------- 16 Air Force story
D("b3-usaf-moody-a10-night-shift", """Night shift keeps Moody's A-10s ready for morning

By Airman 1st Class Jalen Brooks, 23rd Wing Public Affairs

MOODY AIR FORCE BASE, Ga. -- When the last A-10C Thunderbolt II lands around 9 p.m., the work on the flightline is only half done.

Maintainers with the 74th Fighter Generation Squadron work through the night to inspect, repair and refuel the jets so they're ready for the first takeoff at 7:30 a.m.

"Day shift flies them; we fix them," said Tech. Sgt. Marisol Quintero, a 74th FGS production superintendent. "By the time the sun comes up, the pilots should never know anything was wrong."

Quintero said her crew of 38 Airmen typically clears 10 to 15 maintenance discrepancies a night, anything from a leaking hydraulic line to a cracked canopy seal.

Senior Airman Caleb Odom, a crew chief, explained that most of the work happens by flashlight and headlamp.

"You learn the jet by feel. I can find every panel fastener on the left side (there are more than 200 of them) with my eyes closed," Odom said.

One avionics technician, who has worked nights for three years, said the quiet is the best part. "Nobody's on the radio, nobody's rushing you. It's just you, the jet and the checklist," the technician said.

Before the first pilots arrive, the shift holds a final walk-through at 5 a.m.

"If we find something at five, we can still fix it by seven-thirty. If we find it at seven-fifteen, that's a bad morning," Quintero said.

Lt. Col. Nathan Cole, the 74th FGS commander, said the squadron has not lost a morning sortie to maintenance in 11 weeks.
""", [
    Q('"Day shift flies them; we fix them,"', "Marisol Quintero", "Marisol Quintero", "said", "direct", 1,
      cctx='them," said'),
    Q('"By the time the sun comes up, the pilots should never know anything was wrong."',
      "Marisol Quintero", "Marisol Quintero", "said", "direct", 1, cctx='them," said'),
    Q("her crew of 38 Airmen typically clears 10 to 15 maintenance discrepancies a night, anything from a leaking hydraulic line to a cracked canopy seal.",
      "Marisol Quintero", "Quintero", "said", "indirect", 2, mctx="Quintero said her", cctx="Quintero said her"),
    Q("most of the work happens by flashlight and headlamp.", "Caleb Odom", "Caleb Odom", "explained", "indirect", 3),
    Q('"You learn the jet by feel. I can find every panel fastener on the left side (there are more than 200 of them) with my eyes closed,"',
      "Caleb Odom", "Odom", "said", "direct", 4, mctx="Odom said", cctx="Odom said"),
    Q("the quiet is the best part.", "One avionics technician", "One avionics technician", "said", "indirect", 5,
      cctx="years, said"),
    Q('"Nobody\'s on the radio, nobody\'s rushing you. It\'s just you, the jet and the checklist,"',
      "One avionics technician", "the technician", "said", "direct", 6, cctx="technician said."),
    Q('"If we find something at five, we can still fix it by seven-thirty. If we find it at seven-fifteen, that\'s a bad morning,"',
      "Marisol Quintero", "Quintero", "said", "direct", 65, mctx="Quintero said.", cctx="Quintero said."),
    Q("the squadron has not lost a morning sortie to maintenance in 11 weeks.",
      "Nathan Cole", "Nathan Cole", "said", "indirect", 7, cctx="commander, said"),
])
