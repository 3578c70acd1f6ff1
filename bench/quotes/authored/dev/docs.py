# -*- coding: utf-8 -*-
"""Authored texts and annotation specs for the Lector blind quote set.

All events, people and statements are invented. See build.py for the spec format.
"""
D, I, M = "direct", "indirect", "mixed"

DOCS = []


def doc(id_, text, quotes):
    DOCS.append({"id": id_, "text": text.lstrip("\n"), "quotes": quotes})


# ---------------------------------------------------------------- 1 VOA newscast
doc("blind-voa-newscast-cyclone-sudan", '''
VOA Newscast: Mozambique cyclone toll rises; Sudan truce talks stall

Authorities in Mozambique say the death toll from Cyclone Ewa has risen to 47, with dozens of people still missing in the central province of Sofala.

The National Disaster Management Institute says more than 120,000 people have lost their homes. Its director, Helena Matsinhe, tells VOA rescue teams are still struggling to reach villages cut off by flood water. She says helicopters sent by South Africa arrived Tuesday and began dropping food near the port city of Beira.

The U.N. World Food Program has called for $30 million in emergency funding to feed survivors over the next three months.

Talks between Sudan's army and the paramilitary Rapid Support Forces have stalled in the Saudi city of Jeddah. Mediators say neither side has accepted a proposed 72-hour truce. They say both delegations remain in the city. A diplomat close to the talks, who asked not to be named, tells VOA the army delegation left the negotiating room Monday evening and has not returned.

The RSF denies blocking aid convoys in Darfur. In a statement, the group says its fighters are protecting humanitarian routes and accuses the army of shelling civilian areas.

U.S. Special Envoy for Sudan Marcus Bell says Washington "will not stand by" while civilians in Darfur go hungry. He is due in Nairobi on Thursday for meetings with regional leaders.

In the United States, gasoline prices fell for a third straight week, to an average of $3.12 a gallon. Analysts expect prices to keep easing through the summer driving season.

I'm Jessica Lane, VOA News.
''', [
    ("the death toll from Cyclone Ewa has risen to 47, with dozens of people still missing in the central province of Sofala.",
     "Authorities in Mozambique", "Authorities in Mozambique", ("say", "Mozambique say the"), I, 1),
    ("more than 120,000 people have lost their homes.",
     "National Disaster Management Institute", "National Disaster Management Institute",
     ("says", "Institute says"), I, 2),
    ("rescue teams are still struggling to reach villages cut off by flood water.",
     "Helena Matsinhe", "Helena Matsinhe", ("tells", "Matsinhe, tells"), I, 3),
    ("helicopters sent by South Africa arrived Tuesday and began dropping food near the port city of Beira.",
     "Helena Matsinhe", ("She", "She says helicopters"), ("says", "She says helicopters"), I, 4),
    ("neither side has accepted a proposed 72-hour truce.",
     "Mediators", "Mediators", ("say", "Mediators say"), I, 5),
    ("both delegations remain in the city.",
     "Mediators", ("They", "They say both"), ("say", "They say both"), I, 6),
    ("the army delegation left the negotiating room Monday evening and has not returned.",
     "A diplomat close to the talks", "A diplomat close to the talks", ("tells", "named, tells"), I, 7),
    ("its fighters are protecting humanitarian routes",
     "Rapid Support Forces", ("the group", "the group says"), ("says", "the group says"), I, 8),
    ('Washington "will not stand by" while civilians in Darfur go hungry.',
     "Marcus Bell", "Marcus Bell", ("says", "Bell says"), M, 9),
])

# ---------------------------------------------------------------- 2 VOA Kenya floods
doc("blind-voa-kenya-floods", '''
Floods Displace Thousands in Western Kenya as Rains Continue

NAIROBI — Heavy rains have pushed rivers over their banks across western Kenya, forcing more than 20,000 people from their homes in the past week, according to the Kenya Red Cross Society.

The humanitarian group said Thursday that at least 14 people had died, most of them swept away while trying to cross flooded roads in Kisumu and Busia counties.

In Nyando, a low-lying district near Lake Victoria, families waded through waist-deep water carrying mattresses, cooking pots and goats.

"We woke up and the beds were floating," said Grace Atieno, a mother of four who is now sheltering in a church with her children. "We carried the small ones on our shoulders. Everything else is gone."

The Kenya Meteorological Department's warning that the rains would continue into next week has added to the anxiety of families camped on higher ground.

Government spokesperson Daniel Kiprono told reporters in Nairobi the government had released 500 million shillings for emergency food, tents and medicine. Many families have complained that help has been slow to arrive.

The challenge, Kiprono said, is that many roads in the affected areas are simply under water.

Witnesses in Busia said police used boats to rescue families trapped on the roofs of their homes. Opposition lawmakers have called for a national disaster declaration, and some urged the government to permanently relocate families living along riverbanks.

Climate scientists believe the unusually heavy rains are linked to warmer surface waters in the Indian Ocean.
''', [
    ("Heavy rains have pushed rivers over their banks across western Kenya, forcing more than 20,000 people from their homes in the past week,",
     "Kenya Red Cross Society", "Kenya Red Cross Society", "according to", I, 1),
    ("at least 14 people had died, most of them swept away while trying to cross flooded roads in Kisumu and Busia counties.",
     "Kenya Red Cross Society", "The humanitarian group", ("said", "group said"), I, 2),
    ('"We woke up and the beds were floating,"',
     "Grace Atieno", "Grace Atieno", ("said", "said Grace"), D, 3),
    ('"We carried the small ones on our shoulders. Everything else is gone."',
     "Grace Atieno", "Grace Atieno", ("said", "said Grace"), D, 3),
    ("the government had released 500 million shillings for emergency food, tents and medicine.",
     "Daniel Kiprono", "Daniel Kiprono", "told", I, 4),
    ("help has been slow to arrive.",
     "Many families", "Many families", "complained", I, 5),
    ("The challenge, Kiprono said, is that many roads in the affected areas are simply under water.",
     "Daniel Kiprono", ("Kiprono", "Kiprono said"), ("said", "Kiprono said"), I, 6),
    ("police used boats to rescue families trapped on the roofs of their homes.",
     "Witnesses in Busia", "Witnesses in Busia", ("said", "Busia said"), I, 7),
])

# ---------------------------------------------------------------- 3 VOA Guinea-Bissau vote
doc("blind-voa-guinea-bissau-vote", '''
Opposition in Guinea-Bissau Rejects Provisional Vote Results

An opposition presidential candidate in Guinea-Bissau insists he won Sunday's election outright and says provisional results released by the electoral commission were "manufactured."

Armando Sanca, who leads the Movement for Democratic Renewal, told VOA's Portuguese to Africa service that his party's own tally showed him with 54 percent of the vote.

"We have the signed result sheets from every polling station," Sanca said. "The people voted for change, and we will defend their choice by legal means."

The National Electoral Commission's provisional figures give incumbent President Joaquim Tavares 51.2 percent, just enough to avoid a runoff. Commission president Maria da Luz Gomes denied that any result sheets had been altered.

The process, she said, was "transparent from beginning to end."

Observers from the Economic Community of West African States said in a preliminary statement that voting was largely calm but noted "serious delays" in the delivery of ballot materials to the Bijagós islands.

About 900,000 people were registered to vote in the West African nation of roughly 2 million, and long lines formed outside polling stations in Bissau early Sunday.

Tavares, speaking at a rally in the capital, Bissau, called for calm and urged his supporters not to respond to "provocations." Security forces were deployed around the commission's headquarters on Tuesday as a precaution.

Guinea-Bissau has a long history of political instability, with several coups and attempted coups since independence from Portugal in 1974. Final results are expected by the end of the week.
''', [
    ("he won Sunday's election outright",
     "Armando Sanca", "An opposition presidential candidate in Guinea-Bissau", "insists", I, 1),
    ('provisional results released by the electoral commission were "manufactured."',
     "Armando Sanca", "An opposition presidential candidate in Guinea-Bissau", ("says", "and says"), M, 2),
    ("his party's own tally showed him with 54 percent of the vote.",
     "Armando Sanca", ("Armando Sanca", "Armando Sanca, who"), "told", I, 3),
    ('"We have the signed result sheets from every polling station,"',
     "Armando Sanca", ("Sanca", "Sanca said"), ("said", "Sanca said"), D, 4),
    ('"The people voted for change, and we will defend their choice by legal means."',
     "Armando Sanca", ("Sanca", "Sanca said"), ("said", "Sanca said"), D, 4),
    ("any result sheets had been altered.",
     "Maria da Luz Gomes", "Maria da Luz Gomes", "denied", I, 5),
    ('The process, she said, was "transparent from beginning to end."',
     "Maria da Luz Gomes", ("she", "she said"), ("said", "she said"), M, 6),
    ("voting was largely calm",
     "Observers from the Economic Community of West African States",
     "Observers from the Economic Community of West African States", ("said", "States said"), I, 7),
])

# ---------------------------------------------------------------- 4 VOA Vietnam-Philippines
doc("blind-voa-vietnam-philippines-talks", '''
Vietnam, Philippines Agree to Resume Fishing Talks After Standoff

Vietnam and the Philippines will resume talks on fishing rights in the South China Sea next month, officials from both countries said Wednesday, easing tensions after a two-week standoff near a disputed reef.

The talks will be held in Hanoi, Vietnam’s Foreign Ministry said in a statement. It said both sides had agreed to “exercise restraint” and to avoid actions that could complicate the situation.

In Manila, Philippine Foreign Secretary Elena Marquez told reporters the agreement was “a step in the right direction.”

“Our fishermen have the right to earn a living in our own waters,” Marquez said. “No one should have to choose between feeding their family and being chased away by a patrol boat.”

The standoff began June 3, when a Vietnamese patrol vessel ordered Philippine fishing boats to leave the area around Union Banks. Philippine officials later released video showing the vessel sailing within a few meters of a wooden outrigger.

The two countries, both members of the Association of Southeast Asian Nations, signed a memorandum on coast guard cooperation two years ago but have struggled to put it into practice. Fishing communities on both sides depend heavily on the rich grounds around the Spratly Islands.

In Washington, State Department spokesperson Karen Doyle welcomed the announcement. The United States, she said, supports “peaceful, diplomatic” resolution of maritime disputes in accordance with international law.

China, which claims most of the South China Sea, did not comment on the agreement. Analysts said the quick deal showed that both governments wanted to keep the dispute from overshadowing a regional summit scheduled for October.
''', [
    ("Vietnam and the Philippines will resume talks on fishing rights in the South China Sea next month,",
     "officials from both countries", "officials from both countries", ("said", "countries said"), I, 1),
    ("The talks will be held in Hanoi,",
     "Vietnam’s Foreign Ministry", "Vietnam’s Foreign Ministry", ("said", "Ministry said"), I, 2),
    ("both sides had agreed to “exercise restraint” and to avoid actions that could complicate the situation.",
     "Vietnam’s Foreign Ministry", ("It", "It said both"), ("said", "It said both"), M, 3),
    ("the agreement was “a step in the right direction.”",
     "Elena Marquez", "Elena Marquez", "told", M, 4),
    ("“Our fishermen have the right to earn a living in our own waters,”",
     "Elena Marquez", ("Marquez", "Marquez said"), ("said", "Marquez said"), D, 5),
    ("“No one should have to choose between feeding their family and being chased away by a patrol boat.”",
     "Elena Marquez", ("Marquez", "Marquez said"), ("said", "Marquez said"), D, 5),
    ("The United States, she said, supports “peaceful, diplomatic” resolution of maritime disputes in accordance with international law.",
     "Karen Doyle", ("she", "she said"), ("said", "she said"), M, 6),
    ("the quick deal showed that both governments wanted to keep the dispute from overshadowing a regional summit scheduled for October.",
     "Analysts", "Analysts", ("said", "Analysts said"), I, 7),
])

# ---------------------------------------------------------------- 5 NASA lunar drills
doc("blind-nasa-lunar-ice-drills", '''
NASA Selects Teams to Develop Lunar Ice Drilling Prototypes

WASHINGTON -- NASA has selected two university-led teams to build and test prototype drills designed to reach water ice in permanently shadowed craters near the Moon's south pole. Each team will receive up to $2.5 million over two years through the agency's Lunar Surface Innovation program.

The selected proposals, chosen from 31 submissions, will focus on drilling through ice-cemented soil at temperatures colder than minus 230 degrees Celsius. Team members have informally dubbed the effort "Project Snowplow."

"Water is the most valuable resource we can find on the Moon," said Lauren Whitfield, associate administrator for NASA's Space Technology Mission Directorate in Washington. "It means drinking water and breathable air for astronauts, and it can be split into hydrogen and oxygen for rocket propellant.

"These teams will help us answer a very practical question: can we actually dig it out? We don't yet know how hard the frozen soil in those craters will be, and that is exactly what we need to learn before we design hardware for flight."

Whitfield noted that both drills would be tested in a thermal vacuum chamber at NASA's Glenn Research Center in Cleveland, which can reproduce the cold and vacuum of the lunar poles.

Principal investigator Rahul Menon of the University of Arizona said his team's design uses a heated auger to loosen ice-bearing soil without melting it.

"If you melt it, you lose it," Menon explained.

NASA expects to choose a single design for a flight demonstration later this decade. The agency hopes the technology will one day supply water to astronauts living at a lunar base camp.

For more information about NASA's space technology programs, visit:

https://www.nasa.gov/space-technology
''', [
    ('"Water is the most valuable resource we can find on the Moon,"',
     "Lauren Whitfield", "Lauren Whitfield", ("said", "said Lauren"), D, 1),
    ('"It means drinking water and breathable air for astronauts, and it can be split into hydrogen and oxygen for rocket propellant.',
     "Lauren Whitfield", "Lauren Whitfield", ("said", "said Lauren"), D, 1),
    ('"These teams will help us answer a very practical question: can we actually dig it out? We don\'t yet know how hard the frozen soil in those craters will be, and that is exactly what we need to learn before we design hardware for flight."',
     "Lauren Whitfield", "Lauren Whitfield", ("said", "said Lauren"), D, 1),
    ("both drills would be tested in a thermal vacuum chamber at NASA's Glenn Research Center in Cleveland, which can reproduce the cold and vacuum of the lunar poles.",
     "Lauren Whitfield", ("Whitfield", "Whitfield noted"), "noted", I, 2),
    ("his team's design uses a heated auger to loosen ice-bearing soil without melting it.",
     "Rahul Menon", "Rahul Menon", ("said", "Arizona said"), I, 3),
    ('"If you melt it, you lose it,"',
     "Rahul Menon", ("Menon", "Menon explained"), "explained", D, 4),
])

# ---------------------------------------------------------------- 6 NASA Arctic melt
doc("blind-nasa-arctic-melt", '''
NASA Data Show Early Start to Arctic Sea Ice Melt Season

Sea ice in the Arctic began its seasonal retreat about 11 days earlier than average this year, according to scientists at NASA's Goddard Space Flight Center in Greenbelt, Maryland.

The early start was driven largely by a series of warm air masses that moved over the Barents and Kara seas in late February and March. The analysis combines four decades of passive microwave observations with newer measurements from NASA's ICESat-2 laser altimeter.

"We saw open water in places that are normally locked in ice until May," said Marisol Ortega, a sea ice scientist at Goddard. "Once dark water is exposed, it absorbs sunlight and the melting feeds on itself."

Ortega estimated that the Arctic lost roughly 250,000 square kilometers more ice in March than in a typical year, an area about the size of the United Kingdom. The findings, she said, are consistent with a long-term trend toward shorter ice seasons.

Not every region followed the pattern. Ice in the Beaufort Sea held firm through April, pointed out Thomas Reilly, a research scientist with the National Snow and Ice Data Center in Boulder, Colorado. Reilly cautioned against drawing conclusions from a single season and called for continued investment in long-term satellite records. Reilly told reporters on a conference call: "One early spring doesn't make a trend. Watch what the next five years look like."

The Goddard team predicted that this year's summer minimum, usually reached in mid-September, would rank among the five lowest since satellite measurements began in 1979.

NASA and its partners will publish updated sea ice maps every week through the end of the melt season on the agency's Earth Observatory website.
''', [
    ("Sea ice in the Arctic began its seasonal retreat about 11 days earlier than average this year,",
     "scientists at NASA's Goddard Space Flight Center", "scientists at NASA's Goddard Space Flight Center",
     "according to", I, 1),
    ('"We saw open water in places that are normally locked in ice until May,"',
     "Marisol Ortega", "Marisol Ortega", ("said", "said Marisol"), D, 2),
    ('"Once dark water is exposed, it absorbs sunlight and the melting feeds on itself."',
     "Marisol Ortega", "Marisol Ortega", ("said", "said Marisol"), D, 2),
    ("the Arctic lost roughly 250,000 square kilometers more ice in March than in a typical year, an area about the size of the United Kingdom.",
     "Marisol Ortega", ("Ortega", "Ortega estimated"), "estimated", I, 3),
    ("The findings, she said, are consistent with a long-term trend toward shorter ice seasons.",
     "Marisol Ortega", ("she", "she said"), ("said", "she said"), I, 4),
    ("Ice in the Beaufort Sea held firm through April,",
     "Thomas Reilly", "Thomas Reilly", "pointed out", I, 5),
    ('"One early spring doesn\'t make a trend. Watch what the next five years look like."',
     "Thomas Reilly", ("Reilly", "Reilly told"), ("told", "Reilly told"), D, 6),
    ("this year's summer minimum, usually reached in mid-September, would rank among the five lowest since satellite measurements began in 1979.",
     "scientists at NASA's Goddard Space Flight Center", "The Goddard team", "predicted", I, 7),
])

# ---------------------------------------------------------------- 7 Senate FAA letter
doc("blind-senate-faa-controllers", '''
Hollis, Barrera Press FAA on Air Traffic Controller Shortages

WASHINGTON, D.C. – U.S. Senators Tom Hollis (R-Kan.) and Ana Barrera (D-Nev.), the chairman and ranking member of the Senate Commerce Subcommittee on Aviation Safety, today sent a letter to the Federal Aviation Administration demanding a plan to address staffing shortages at the nation's air traffic control facilities.

In the letter, the senators wrote that nearly 80 percent of critical facilities are staffed below the FAA's own targets and that controllers at some facilities routinely work six-day weeks.

"The flying public deserves to know that the person guiding their plane has had a full night's sleep," said Chairman Hollis. "Right now, the FAA cannot give them that assurance."

Barrera said the agency had missed its hiring goals in each of the past three years. The training academy in Oklahoma City, she added, "is a bottleneck that will take a decade to clear at this pace."

At a subcommittee hearing in March, FAA Deputy Administrator Gregory Simms acknowledged that the agency was "behind where we need to be" on staffing but said a new hiring initiative would add 1,800 controllers this year.

Hollis and Barrera have also introduced bipartisan legislation that would raise the maximum hiring age for new controllers from 31 to 35 and expand the number of colleges that can offer FAA-approved training.

The senators asked the FAA to provide, by June 30, a facility-by-facility breakdown of current staffing levels, overtime hours and trainee washout rates. They also requested a briefing on the agency's plans to replace outdated radar and communications equipment.

The full text of the letter is available on the subcommittee's website.
''', [
    # One contiguous span, so one record (GUIDELINES.md "Unit"), as the other authored sets do.
    ("nearly 80 percent of critical facilities are staffed below the FAA's own targets and that controllers at some facilities routinely work six-day weeks.",
     "Tom Hollis and Ana Barrera", ("the senators", "the senators wrote"), "wrote", I, 1),
    ('"The flying public deserves to know that the person guiding their plane has had a full night\'s sleep,"',
     "Tom Hollis", ("Hollis", "Chairman Hollis"), ("said", "said Chairman"), D, 2),
    ('"Right now, the FAA cannot give them that assurance."',
     "Tom Hollis", ("Hollis", "Chairman Hollis"), ("said", "said Chairman"), D, 2),
    ("the agency had missed its hiring goals in each of the past three years.",
     "Ana Barrera", ("Barrera", "Barrera said"), ("said", "Barrera said"), I, 3),
    ('The training academy in Oklahoma City, she added, "is a bottleneck that will take a decade to clear at this pace."',
     "Ana Barrera", ("she", "she added"), "added", M, 4),
    ('the agency was "behind where we need to be" on staffing',
     "Gregory Simms", "Gregory Simms", "acknowledged", M, 5),
    ("a new hiring initiative would add 1,800 controllers this year.",
     "Gregory Simms", "Gregory Simms", ("said", "but said"), I, 6),
])

# ---------------------------------------------------------------- 8 House wildfire hearing
doc("blind-house-wildfire-hearing", '''
Subcommittee Examines Wildfire Readiness on Federal Lands

WASHINGTON, D.C. — Today, the House Natural Resources Subcommittee on Federal Lands held an oversight hearing on the readiness of federal land management agencies for the coming wildfire season.

Subcommittee Chairman Dale Sorensen (MT-02) delivered the following opening statement:

“Last year, wildfires burned more than 7 million acres across this country. Communities in my district spent weeks under smoke, and some families lost everything they had.

“We cannot keep managing our forests by crisis. Every acre we thin before the season starts is an acre we do not have to fight over later.

“I want to hear today what the agencies are doing differently this year, and what Congress can do to help.”

Forest Service Chief Linda Moreno testified that the agency had completed fuel reduction work on a record 4.3 million acres in the last fiscal year.

Rep. Jorge Ruiz (NM-03), the subcommittee's ranking member, argued that funding had not kept pace with the growth of communities along the edge of public forests. Firefighter pay, he said, still lags behind that of many state and municipal fire departments.

Moreno confirmed that about 14 percent of permanent firefighting positions remained vacant as of March. Sorensen pressed her to explain why prescribed burns had been paused in several western forests, and she answered that the pause had followed a review of burn planning procedures and had since been lifted.

Moreno told the subcommittee the agency was better prepared than it had been a year ago.

“We have hired more than 11,000 wildland firefighters for this season, and we have pre-positioned air tankers in six regions.
''', [
    ("“Last year, wildfires burned more than 7 million acres across this country. Communities in my district spent weeks under smoke, and some families lost everything they had.",
     "Dale Sorensen", "Dale Sorensen", "delivered the following opening statement", D, 1),
    ("“We cannot keep managing our forests by crisis. Every acre we thin before the season starts is an acre we do not have to fight over later.",
     "Dale Sorensen", "Dale Sorensen", "delivered the following opening statement", D, 1),
    ("“I want to hear today what the agencies are doing differently this year, and what Congress can do to help.”",
     "Dale Sorensen", "Dale Sorensen", "delivered the following opening statement", D, 1),
    ("the agency had completed fuel reduction work on a record 4.3 million acres in the last fiscal year.",
     "Linda Moreno", "Linda Moreno", "testified", I, 2),
    ("funding had not kept pace with the growth of communities along the edge of public forests.",
     "Jorge Ruiz", "Jorge Ruiz", "argued", I, 3),
    ("Firefighter pay, he said, still lags behind that of many state and municipal fire departments.",
     "Jorge Ruiz", ("he", "he said"), ("said", "he said"), I, 4),
    ("about 14 percent of permanent firefighting positions remained vacant as of March.",
     "Linda Moreno", ("Moreno", "Moreno confirmed"), "confirmed", I, 5),
    ("the pause had followed a review of burn planning procedures and had since been lifted.",
     "Linda Moreno", ("she", "she answered"), "answered", I, 6),
    ("the agency was better prepared than it had been a year ago.",
     "Linda Moreno", ("Moreno", "Moreno told"), ("told", "Moreno told"), I, 7),
    ("“We have hired more than 11,000 wildland firefighters for this season, and we have pre-positioned air tankers in six regions.",
     "Linda Moreno", ("Moreno", "Moreno told"), ("told", "Moreno told"), D, 8),
])

# ---------------------------------------------------------------- 9 USAF Sentry Falcon
doc("blind-usaf-sentry-falcon", '''
Little Rock Airmen hone contested airdrop skills during Exercise Sentry Falcon

By Senior Airman Kayla Brooks, 19th Airlift Wing Public Affairs

LITTLE ROCK AIR FORCE BASE, Ark. -- More than 200 Airmen and eight C-130J Super Hercules aircraft from the 19th Airlift Wing took part in Exercise Sentry Falcon here March 3-7, practicing airdrops and assault landings in a simulated contested environment.

The exercise tested the wing's ability to generate aircraft quickly and operate from austere locations with limited communications.

"Our adversaries are not going to let us fly predictable routes to predictable drop zones," said Col. Marcus Whitley, 19th Airlift Wing commander. "Sentry Falcon forces our crews to plan on the move, adapt when the picture changes and still put cargo on the ground on time."

Whitley said the wing had cut its aircraft generation timeline by nearly a third since last year's exercise. Crews also practiced "hot" offloads, in which pallets are pushed out the back of the aircraft while the engines keep running.

For many of the younger aircrew, it was their first time flying low-level routes at night under simulated threat.

"It was intense, but in a good way," said 1st Lt. Hannah Cole, a 61st Airlift Squadron pilot.

Cole explained that controllers on the ground called in simulated surface-to-air threats, sometimes forcing crews to change their route minutes before reaching the drop zone.

"You learn to trust your loadmaster and your navigator completely. There's no time to second-guess anybody."

Maintainers kept pace on the ground. Staff Sgt. Devon Price, a 19th Aircraft Maintenance Squadron crew chief, said his team turned aircraft around in under 90 minutes between sorties, well below the usual standard.

The wing plans to hold the next iteration of Sentry Falcon in the fall.
''', [
    ('"Our adversaries are not going to let us fly predictable routes to predictable drop zones,"',
     "Marcus Whitley", "Marcus Whitley", ("said", "said Col. Marcus"), D, 1),
    ('"Sentry Falcon forces our crews to plan on the move, adapt when the picture changes and still put cargo on the ground on time."',
     "Marcus Whitley", "Marcus Whitley", ("said", "said Col. Marcus"), D, 1),
    ("the wing had cut its aircraft generation timeline by nearly a third since last year's exercise.",
     "Marcus Whitley", ("Whitley", "Whitley said"), ("said", "Whitley said"), I, 2),
    ('"It was intense, but in a good way,"',
     "Hannah Cole", "Hannah Cole", ("said", "said 1st Lt."), D, 3),
    ("controllers on the ground called in simulated surface-to-air threats, sometimes forcing crews to change their route minutes before reaching the drop zone.",
     "Hannah Cole", ("Cole", "Cole explained"), "explained", I, 4),
    ('"You learn to trust your loadmaster and your navigator completely. There\'s no time to second-guess anybody."',
     "Hannah Cole", ("Cole", "Cole explained"), "explained", D, 5),
    ("his team turned aircraft around in under 90 minutes between sorties, well below the usual standard.",
     "Devon Price", "Devon Price", ("said", "crew chief, said"), I, 6),
])

# ---------------------------------------------------------------- 10 ANG Vermont ice storm
doc("blind-ang-vermont-ice-storm", '''
Vermont Air Guard Airmen help communities recover from ice storm

By Tech. Sgt. Ryan Delgado, 158th Fighter Wing Public Affairs

SOUTH BURLINGTON, Vt. -- More than 120 Airmen from the Vermont Air National Guard's 158th Fighter Wing were activated Jan. 14 to support state emergency operations after an ice storm left nearly 90,000 homes and businesses without power.

Gov. Ellen Hartley announced that she had placed the Guard on state active duty, adding that the Airmen would stay "as long as our communities need us."

Airmen operated from armories in Rutland, Barre and St. Johnsbury, distributing bottled water, clearing downed trees from roadways and delivering generators to warming shelters.

Lt. Col. Sarah Lindqvist, commander of the 158th Civil Engineer Squadron, said her Airmen train for exactly this kind of mission.

"Our civil engineers, our security forces, our logistics folks -- they all have skills that translate directly to a domestic emergency," Lindqvist said.

Many of the Airmen were working in their own hometowns. Senior Airman Tyler Boucher, a fuels specialist from Barre, spent his first day clearing the road to his grandmother's house.

"She came out with a thermos of coffee and told us she'd been waiting for the Guard since Tuesday," Boucher said with a laugh.

According to the Vermont Department of Public Service, crews had restored power to all but 6,000 customers by Friday evening. State officials said the last warming shelters were expected to close over the weekend.

On Sunday, the Airmen said goodbye to the volunteers who had fed them at the Barre armory and returned to South Burlington.
''', [
    ("she had placed the Guard on state active duty,",
     "Ellen Hartley", "Ellen Hartley", "announced", I, 1),
    ('the Airmen would stay "as long as our communities need us."',
     "Ellen Hartley", "Ellen Hartley", "adding", M, 2),
    ("her Airmen train for exactly this kind of mission.",
     "Sarah Lindqvist", "Sarah Lindqvist", ("said", "Squadron, said"), I, 3),
    ('"Our civil engineers, our security forces, our logistics folks -- they all have skills that translate directly to a domestic emergency,"',
     "Sarah Lindqvist", ("Lindqvist", "Lindqvist said"), ("said", "Lindqvist said"), D, 4),
    ('"She came out with a thermos of coffee and told us she\'d been waiting for the Guard since Tuesday,"',
     "Tyler Boucher", ("Boucher", "Boucher said"), ("said", "Boucher said"), D, 5),
    ("crews had restored power to all but 6,000 customers by Friday evening.",
     "Vermont Department of Public Service", "Vermont Department of Public Service", "According to", I, 6),
    ("the last warming shelters were expected to close over the weekend.",
     "State officials", "State officials", ("said", "officials said"), I, 7),
])

# ---------------------------------------------------------------- 11 DoD News Baltic rotation
doc("blind-dod-baltic-rotation", '''
Harlan Announces Expanded U.S. Rotational Presence in Baltic States

By Terri Moulton, DOD News

VILNIUS, Lithuania — The United States will increase its rotational forces in the Baltic states by about 1,200 troops next year, Defense Secretary Michael Harlan announced today during a visit to Lithuania.

The additional forces will include an armored battalion and an aviation detachment that will rotate through training areas in Estonia, Latvia and Lithuania.

"Our commitment to the defense of every inch of NATO territory is ironclad," Harlan said at a joint news conference with Lithuanian Defense Minister Rasa Vaitkienė. "This deployment puts that commitment into practice."

Vaitkienė told reporters Lithuania would spend an additional 200 million euros on barracks and training ranges to host the troops. She said the decision sent "a clear message to anyone who doubts the strength of our alliance."

Asked about recent Russian military exercises near the border, Harlan denied that any single event had driven the decision. The move, he said, had been planned for more than a year in close consultation with allies.

A senior defense official traveling with the secretary told reporters on background that the first units would arrive in the spring.

Pentagon Press Secretary Col. Angela Torres later said in a statement that the deployment would be funded from existing accounts and would not require additional appropriations from Congress.

Harlan also thanked Lithuanian soldiers for their service in NATO missions and laid a wreath at a memorial to Lithuanian freedom fighters in Vilnius.
''', [
    ("The United States will increase its rotational forces in the Baltic states by about 1,200 troops next year,",
     "Michael Harlan", "Michael Harlan", "announced", I, 1),
    ('"Our commitment to the defense of every inch of NATO territory is ironclad,"',
     "Michael Harlan", ("Harlan", "Harlan said at"), ("said", "Harlan said at"), D, 2),
    ('"This deployment puts that commitment into practice."',
     "Michael Harlan", ("Harlan", "Harlan said at"), ("said", "Harlan said at"), D, 2),
    ("Lithuania would spend an additional 200 million euros on barracks and training ranges to host the troops.",
     "Rasa Vaitkienė", ("Vaitkienė", "Vaitkienė told"), ("told", "Vaitkienė told"), I, 3),
    ('the decision sent "a clear message to anyone who doubts the strength of our alliance."',
     "Rasa Vaitkienė", ("She", "She said"), ("said", "She said"), M, 4),
    ("any single event had driven the decision.",
     "Michael Harlan", ("Harlan", "Harlan denied"), "denied", I, 5),
    ("The move, he said, had been planned for more than a year in close consultation with allies.",
     "Michael Harlan", ("he", "move, he said"), ("said", "move, he said"), I, 6),
    ("the first units would arrive in the spring.",
     "A senior defense official traveling with the secretary",
     "A senior defense official traveling with the secretary", ("told", "secretary told"), I, 7),
    ("the deployment would be funded from existing accounts and would not require additional appropriations from Congress.",
     "Angela Torres", "Angela Torres", ("said", "later said"), I, 8),
])

# ---------------------------------------------------------------- 12 DoD News recruiting
doc("blind-dod-recruiting-rebound", '''
Services Report Recruiting Rebound as Prep Courses Pay Off

By Carl Peterson, DOD News

The Army and Navy both met their recruiting goals for the fiscal year that ended Sept. 30, the Pentagon said today, a turnaround after several years of shortfalls.

The Air Force also met its active-duty goal, and the Marine Corps exceeded its target by about 3 percent.

Officials say changes to medical screening and new preparatory courses for applicants who fall short of fitness or academic standards have made the biggest difference.

Ashley Grant, the department's acting director of accession policy, told reporters that more than 30,000 recruits had completed the preparatory courses since the first one opened at Fort Jackson, South Carolina.

Grant cautioned that the recruiting environment remains difficult. Only about 23 percent of young Americans qualify for military service without a waiver, she said, citing a department study.

The Army's top recruiter, Maj. Gen. Paul Okafor, said the service would not lower its standards to make its numbers.

"Quality matters more than quantity," Okafor said. "The prep course gives young people a fair shot at meeting the standard, and most of them take it."

Recruits who complete the courses then attend basic training alongside other trainees and must meet the same graduation standards. The Navy expanded a similar program to its training center in Great Lakes, Illinois, in the spring.

Some lawmakers have called for an independent review of the medical waiver process, and defense officials hope to build on this year's momentum. The services will announce their goals for the next fiscal year in the coming weeks.
''', [
    ("The Army and Navy both met their recruiting goals for the fiscal year that ended Sept. 30,",
     "Pentagon", ("Pentagon", "the Pentagon said"), ("said", "Pentagon said"), I, 1),
    ("changes to medical screening and new preparatory courses for applicants who fall short of fitness or academic standards have made the biggest difference.",
     "Officials", "Officials", ("say", "Officials say"), I, 2),
    ("more than 30,000 recruits had completed the preparatory courses since the first one opened at Fort Jackson, South Carolina.",
     "Ashley Grant", "Ashley Grant", "told", I, 3),
    ("the recruiting environment remains difficult.",
     "Ashley Grant", ("Grant", "Grant cautioned"), "cautioned", I, 4),
    ("Only about 23 percent of young Americans qualify for military service without a waiver,",
     "Ashley Grant", ("she", "she said"), ("said", "she said"), I, 5),
    ("the service would not lower its standards to make its numbers.",
     "Paul Okafor", ("Paul Okafor", "Paul Okafor, said"), ("said", "Okafor, said"), I, 6),
    ('"Quality matters more than quantity,"',
     "Paul Okafor", ("Okafor", "Okafor said."), ("said", "Okafor said."), D, 7),
    ('"The prep course gives young people a fair shot at meeting the standard, and most of them take it."',
     "Paul Okafor", ("Okafor", "Okafor said."), ("said", "Okafor said."), D, 7),
])

# ---------------------------------------------------------------- 13 VOA dengue
doc("blind-voa-dengue-south-asia", '''
WHO Warns Dengue Cases Surging Across South Asia

The World Health Organization says dengue fever cases in South Asia have more than doubled this year compared with the same period last year, and warns that the peak of the monsoon season is still weeks away.

WHO epidemiologist Priya Raman told VOA the spread of the disease into higher, cooler areas was especially worrying.

"Ten years ago, dengue in Kathmandu was almost unheard of," Raman said. "Now doctors there tell us, 'We are seeing it every week.' That tells you the mosquito is moving with the climate."

Dengue, which is spread by the Aedes aegypti mosquito, causes high fever and severe joint pain and, in some cases, internal bleeding that can be fatal. There is no specific treatment for the disease.

Hospitals in Dhaka, the Bangladeshi capital, are treating more than 1,500 dengue patients a day. A doctor at Dhaka Medical College Hospital, who asked not to be named because he was not authorized to speak to the media, said some wards had two patients in every bed.

In Sri Lanka, where authorities have launched a nationwide "Clean Yard" campaign, volunteers are going door to door to empty containers where mosquitoes breed.

Researchers in Indonesia are testing a different approach, releasing mosquitoes infected with Wolbachia bacteria, which block the virus from spreading. Early results, according to the research team, show a sharp drop in dengue cases in treated neighborhoods.

Raman said the method was promising but stressed it was not a substitute for basic prevention, such as removing standing water and sleeping under bed nets.

The WHO has urged governments in the region to strengthen mosquito control programs and improve the reporting of cases.
''', [
    ("dengue fever cases in South Asia have more than doubled this year compared with the same period last year,",
     "World Health Organization", "World Health Organization", ("says", "Organization says"), I, 1),
    ("the peak of the monsoon season is still weeks away.",
     "World Health Organization", "World Health Organization", "warns", I, 2),
    ("the spread of the disease into higher, cooler areas was especially worrying.",
     "Priya Raman", "Priya Raman", "told", I, 3),
    ('"Ten years ago, dengue in Kathmandu was almost unheard of,"',
     "Priya Raman", ("Raman", "Raman said. "), ("said", "Raman said. "), D, 4),
    ('"Now doctors there tell us, \'We are seeing it every week.\' That tells you the mosquito is moving with the climate."',
     "Priya Raman", ("Raman", "Raman said. "), ("said", "Raman said. "), D, 4),
    ("some wards had two patients in every bed.",
     "A doctor at Dhaka Medical College Hospital", "A doctor at Dhaka Medical College Hospital",
     ("said", "media, said"), I, 5),
    ("Early results, according to the research team, show a sharp drop in dengue cases in treated neighborhoods.",
     "the research team", ("the research team", "to the research team"), "according to", I, 6),
    ("the method was promising",
     "Priya Raman", ("Raman", "Raman said the method"), ("said", "Raman said the method"), I, 7),
    ("it was not a substitute for basic prevention, such as removing standing water and sleeping under bed nets.",
     "Priya Raman", ("Raman", "Raman said the method"), "stressed", I, 8),
])

# ---------------------------------------------------------------- 14 VOA Gaza aid convoy
doc("blind-voa-gaza-aid-convoy", '''
Aid Trucks Reach Northern Gaza as Truce Talks Resume in Cairo

Dozens of aid trucks entered northern Gaza on Sunday for the first time in nearly two weeks, the United Nations said, as negotiators returned to Cairo for a new round of cease-fire talks.

Northern Gaza has been largely cut off from regular deliveries since the fighting intensified in the spring, and most bakeries there have been closed for weeks.

Two residents of Beit Lahia told VOA by phone that crowds gathered along the coastal road as the convoy passed.

“People were running behind the trucks. Some had not eaten bread in days,” said one of them, Mahmoud Salem, a father of five.

The Israeli military said it had facilitated the convoy’s entry and accused Hamas of diverting aid in the past, an accusation the group has repeatedly denied.

Hamas said in a statement that its delegation had arrived in Cairo “with a positive spirit” and was ready to discuss any proposal that leads to a permanent end to the war.

An Egyptian official familiar with the talks said the mediators hoped to secure at least a 45-day pause in the fighting. Previous rounds collapsed over the sequencing of hostage releases and the withdrawal of Israeli troops.

In Washington, White House National Security Council spokesperson Daniel Ortiz said the United States was “cautiously encouraged” by the resumption of talks. Speaking to reporters later, Ortiz said, “We’ve been here before, and we know how quickly things can fall apart.”

The U.N. Office for the Coordination of Humanitarian Affairs has warned that hundreds of thousands of people in northern Gaza face severe food shortages.
''', [
    ("Dozens of aid trucks entered northern Gaza on Sunday for the first time in nearly two weeks,",
     "United Nations", ("United Nations", "United Nations said"), ("said", "Nations said"), I, 1),
    ("crowds gathered along the coastal road as the convoy passed.",
     "Two residents of Beit Lahia", "Two residents of Beit Lahia", "told", I, 2),
    ("“People were running behind the trucks. Some had not eaten bread in days,”",
     "Mahmoud Salem", "Mahmoud Salem", ("said", "said one of them"), D, 3),
    ("it had facilitated the convoy’s entry",
     "Israeli military", ("Israeli military", "Israeli military said"), ("said", "military said"), I, 4),
    ("its delegation had arrived in Cairo “with a positive spirit” and was ready to discuss any proposal that leads to a permanent end to the war.",
     "Hamas", ("Hamas", "Hamas said"), ("said", "Hamas said"), M, 5),
    ("the mediators hoped to secure at least a 45-day pause in the fighting.",
     "An Egyptian official familiar with the talks", "An Egyptian official familiar with the talks",
     ("said", "talks said"), I, 6),
    ("the United States was “cautiously encouraged” by the resumption of talks.",
     "Daniel Ortiz", "Daniel Ortiz", ("said", "Ortiz said the"), M, 7),
    ("“We’ve been here before, and we know how quickly things can fall apart.”",
     "Daniel Ortiz", ("Ortiz", "Ortiz said,"), ("said", "Ortiz said,"), D, 8),
    ("hundreds of thousands of people in northern Gaza face severe food shortages.",
     "U.N. Office for the Coordination of Humanitarian Affairs",
     "U.N. Office for the Coordination of Humanitarian Affairs", "warned", I, 9),
])

# ---------------------------------------------------------------- 15 USAF Hill 3D tool
doc("blind-usaf-hill-3d-tool", '''
Hill crew chief's 3D-printed tool cuts F-35 panel removal time

By Cynthia Greer, 388th Fighter Wing Public Affairs

HILL AIR FORCE BASE, Utah -- A crew chief with the 388th Fighter Wing has designed a 3D-printed tool that cuts the time needed to remove certain access panels on the F-35A Lightning II by more than half, according to wing officials.

Staff Sgt. Alicia Romero, a crew chief with the 421st Aircraft Maintenance Unit, came up with the idea last spring after watching teammates struggle with stripped fasteners on the aircraft's lower fuselage. Romero said the idea grew out of frustration.

"We were spending 40 minutes or more on a single panel, and the fasteners kept stripping. I kept thinking there had to be a better way.

"So I sketched something on a napkin in the break room, and one of our engineers helped me turn it into a model we could print."

The tool, a lightweight guide that holds a socket at the correct angle, has been used on more than 300 panel removals without a single stripped fastener, said Master Sgt. Kevin Marsh, the unit's lead production superintendent.

"She saw a problem, and she didn't wait for somebody else to fix it," Marsh said.

Romero, said Lt. Col. Derek Vaughn, the 421st AMU commander, had already suggested two process changes that the unit adopted last year. Her supervisors have nominated her for the wing's "Innovator of the Quarter" award.

The wing has submitted the design to the Air Force Life Cycle Management Center, which will decide whether to approve it for fleet-wide use. Romero hopes the tool will eventually be used at every F-35 base.
''', [
    ("A crew chief with the 388th Fighter Wing has designed a 3D-printed tool that cuts the time needed to remove certain access panels on the F-35A Lightning II by more than half,",
     "wing officials", "wing officials", "according to", I, 1),
    ("the idea grew out of frustration.",
     "Alicia Romero", ("Romero", "Romero said the idea"), ("said", "Romero said the idea"), I, 2),
    ('"We were spending 40 minutes or more on a single panel, and the fasteners kept stripping. I kept thinking there had to be a better way.',
     "Alicia Romero", ("Romero", "Romero said the idea"), ("said", "Romero said the idea"), D, 3),
    ('"So I sketched something on a napkin in the break room, and one of our engineers helped me turn it into a model we could print."',
     "Alicia Romero", ("Romero", "Romero said the idea"), ("said", "Romero said the idea"), D, 3),
    ("The tool, a lightweight guide that holds a socket at the correct angle, has been used on more than 300 panel removals without a single stripped fastener,",
     "Kevin Marsh", "Kevin Marsh", ("said", "said Master"), I, 4),
    ('"She saw a problem, and she didn\'t wait for somebody else to fix it,"',
     "Kevin Marsh", ("Marsh", "Marsh said"), ("said", "Marsh said"), D, 5),
    ("Romero, said Lt. Col. Derek Vaughn, the 421st AMU commander, had already suggested two process changes that the unit adopted last year.",
     "Derek Vaughn", "Derek Vaughn", ("said", "Romero, said"), I, 6),
])

# ---------------------------------------------------------------- 16 VOA Ghana rates
doc("blind-voa-ghana-rates", '''
Ghana's Central Bank Holds Rates Steady as Inflation Eases

ACCRA — The Bank of Ghana left its main policy rate unchanged at 27 percent on Monday, saying inflation was slowing faster than expected but remained well above the bank's target.

Governor Samuel Owusu-Ansah told a news conference in Accra that consumer prices rose 18.4 percent in the 12 months to August, down from more than 23 percent at the start of the year. He predicted that inflation would fall below 15 percent by December.

"We are not yet where we want to be," Owusu-Ansah said. "Cutting rates too early would risk undoing the progress Ghanaians have paid for with real sacrifice.”

Ghana defaulted on most of its external debt in late 2022 and turned to the International Monetary Fund for a $3 billion loan program the following year. The cedi has since stabilized, and gold and cocoa exports have helped rebuild reserves.

Not everyone is convinced the recovery has reached ordinary households. Economist Kwame Mensah of the Accra Policy Centre said on VOA's Africa 54 program that "food prices have risen far faster than wages."

"A trader in Makola market does not care about the inflation rate," Mensah said.

Traders interviewed by VOA said business had picked up slightly since the start of the year, though many complained about the cost of transport. Many fear that a fresh slump in cocoa prices could reverse the gains. Ghana is the world's second-largest cocoa producer, and the crop remains a major source of foreign currency.

The bank's monetary policy committee is scheduled to meet again in November.
''', [
    ("inflation was slowing faster than expected but remained well above the bank's target.",
     "Bank of Ghana", "Bank of Ghana", "saying", I, 1),
    ("consumer prices rose 18.4 percent in the 12 months to August, down from more than 23 percent at the start of the year.",
     "Samuel Owusu-Ansah", "Samuel Owusu-Ansah", "told", I, 2),
    ("inflation would fall below 15 percent by December.",
     "Samuel Owusu-Ansah", ("He", "He predicted"), "predicted", I, 3),
    ('"We are not yet where we want to be,"',
     "Samuel Owusu-Ansah", ("Owusu-Ansah", "Owusu-Ansah said"), ("said", "Owusu-Ansah said"), D, 4),
    ('"Cutting rates too early would risk undoing the progress Ghanaians have paid for with real sacrifice.”',
     "Samuel Owusu-Ansah", ("Owusu-Ansah", "Owusu-Ansah said"), ("said", "Owusu-Ansah said"), D, 4),
    ('"food prices have risen far faster than wages."',
     "Kwame Mensah", "Kwame Mensah", ("said", "Centre said"), D, 5),
    ('"A trader in Makola market does not care about the inflation rate,"',
     "Kwame Mensah", ("Mensah", "Mensah said"), ("said", "Mensah said"), D, 6),
    ("business had picked up slightly since the start of the year,",
     "Traders interviewed by VOA", "Traders interviewed by VOA", ("said", "VOA said"), I, 7),
])
