#!/usr/bin/env python3
"""Build blind2.jsonl: 14 authored news texts + gold quote annotations.

Every offset is located by exact substring search and then asserted.
Quote spec: Q(quote, speaker, mention, cue, type, group, qctx=, mctx=, cctx=)
  * quote / mention / cue: exact substrings of the text
  * *ctx: a string that occurs exactly once in the text and contains the target;
    the target's first occurrence inside ctx is used. Without ctx the target
    itself must occur exactly once.
"""
import os
import sys
from collections import Counter

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from authored import (OPENING_MARKS, check_group_agreement, check_groups_numbered, check_offsets,
                      check_quote_marks, document_record, locate, quote_record, write_jsonl)

SOURCE = "authored for Lector blind test 2"
DOCS = []


def Q(quote, speaker, mention, cue, typ, group, qctx=None, mctx=None, cctx=None):
    return dict(quote=quote, speaker=speaker, mention=mention, cue=cue, type=typ,
                group=group, qctx=qctx, mctx=mctx, cctx=cctx)


def doc(did, text, quotes):
    DOCS.append((did, text, quotes))

# ---------------------------------------------------------------- 1 VOA story
doc("b2-voa-malawi-byelection-results",
"""Malawi Opposition Rejects Delay in By-Election Results

BLANTYRE, MALAWI — Malawi’s main opposition alliance said Monday it would not accept any further delay in announcing the results of last week’s parliamentary by-elections, raising fears of unrest in the country’s southern region.

The Malawi Electoral Commission had promised to release final tallies from 11 constituencies by Friday. On Sunday, it said the count had been slowed by disputes over damaged ballot boxes in two districts.

“We have waited patiently, and our patience is not unlimited,” said Chikondi Banda, secretary-general of the Alliance for Democratic Change. “Every day without results gives room for people to tamper with what voters decided.”

Banda told reporters in Blantyre that his party had documented irregularities at more than 40 polling stations and would “take every lawful step” to have them investigated.

Commission chairperson Ruth Mhango defended the pace of the count. She said officials were rechecking every tally sheet by hand, calling the process “slow but necessary” to protect the credibility of the vote.

“Nobody in this commission is sitting on results. We would rather be late and right than fast and wrong,” Mhango said.

Western diplomats in Lilongwe have urged both sides to show restraint. A European Union statement issued Sunday called for “calm, patience and respect for the law.”

Many opposition supporters believe the commission favors the governing party, a charge the commission denies. Tensions have run high since the disputed 2019 presidential election, which the country’s courts later annulled.
""".rstrip("\n"),
[
 Q("it would not accept any further delay in announcing the results of last week’s parliamentary by-elections,",
   "Alliance for Democratic Change", "Malawi’s main opposition alliance", "said", "indirect", 1, cctx="alliance said Monday"),
 Q("the count had been slowed by disputes over damaged ballot boxes in two districts.",
   "Malawi Electoral Commission", "it", "said", "indirect", 2, mctx="it said the count", cctx="it said the count"),
 Q("“We have waited patiently, and our patience is not unlimited,”", "Chikondi Banda", "Chikondi Banda", "said", "direct", 3,
   cctx="said Chikondi Banda"),
 Q("“Every day without results gives room for people to tamper with what voters decided.”", "Chikondi Banda", "Chikondi Banda", "said", "direct", 3,
   cctx="said Chikondi Banda"),
 Q("his party had documented irregularities at more than 40 polling stations and would “take every lawful step” to have them investigated.",
   "Chikondi Banda", "Banda", "told", "mixed", 4, mctx="Banda told", cctx="Banda told"),
 Q("officials were rechecking every tally sheet by hand,", "Ruth Mhango", "She", "said", "indirect", 5,
   mctx="She said officials", cctx="She said officials"),
 Q("“Nobody in this commission is sitting on results. We would rather be late and right than fast and wrong,”",
   "Ruth Mhango", "Mhango", "said", "direct", 6, mctx="Mhango said.", cctx="Mhango said."),
])

# ---------------------------------------------------------------- 2 VOA newscast
doc("b2-voa-newscast-world-1500utc",
"""VOA Newscast: World News, 1500 UTC

Authorities in northern Peru say at least 14 people were killed when a crowded bus plunged into a ravine early Tuesday. The vehicle was carrying about 40 passengers from Cajamarca to the coast when it left a mountain road in heavy fog. Rescue teams are still searching the area for survivors.

Japan will release an additional $2 billion in emergency funds for farmers hurt by this summer’s record heat. Chief Cabinet Secretary Kenji Arakawa told reporters in Tokyo the money would pay for irrigation equipment and crop insurance, and he did not rule out more help later in the year.

The International Organization for Migration says more than 60,000 people have fled fighting in eastern Congo in the past two weeks. According to the IOM, most of the displaced are women and children now sheltering in schools and churches around Goma. Aid agencies have called for safe corridors so that food and medicine can reach the area.

In Washington, a federal judge has temporarily blocked a Transportation Department rule that would have required airlines to refund checked-bag fees within seven days when luggage is delayed. In a 30-page ruling, Judge Marian Kessler wrote that the department had likely exceeded its authority. The department is reviewing the decision.

Kenyan runner Faith Chebet set a course record at the Berlin Marathon on Sunday, finishing in 2 hours, 15 minutes and 40 seconds. “I felt strong from the first kilometer,” Chebet said after the race, adding that she hoped to return to Berlin next year to defend her title.

This is VOA News.
""".rstrip("\n"),
[
 Q("at least 14 people were killed when a crowded bus plunged into a ravine early Tuesday.",
   "Authorities in northern Peru", "Authorities in northern Peru", "say", "indirect", 1, cctx="Peru say"),
 Q("the money would pay for irrigation equipment and crop insurance,", "Kenji Arakawa", "Kenji Arakawa", "told", "indirect", 2),
 Q("more than 60,000 people have fled fighting in eastern Congo in the past two weeks.",
   "International Organization for Migration", "International Organization for Migration", "says", "indirect", 3,
   cctx="Migration says"),
 Q("most of the displaced are women and children now sheltering in schools and churches around Goma.",
   "International Organization for Migration", "IOM", "According to", "indirect", 4),
 Q("the department had likely exceeded its authority.", "Marian Kessler", "Marian Kessler", "wrote", "indirect", 5),
 Q("“I felt strong from the first kilometer,”", "Faith Chebet", "Chebet", "said", "direct", 6,
   mctx="Chebet said", cctx="Chebet said"),
 Q("she hoped to return to Berlin next year to defend her title.", "Faith Chebet", "Chebet", "adding", "indirect", 7,
   mctx="Chebet said", cctx="adding that"),
])

# ---------------------------------------------------------------- 3 NASA release
doc("b2-nasa-tempest-launch-statement",
"""NASA Administrator Statement on TEMPEST Solar Wind Mission Launch

WASHINGTON -- NASA Administrator Carol M. Whitaker issued the following statement Thursday after the successful launch of the agency's TEMPEST solar wind mission from Vandenberg Space Force Base in California:

"Today's launch is a tribute to the hundreds of engineers, scientists and technicians who spent nearly a decade turning an idea on a whiteboard into a spacecraft that is now on its way to study how the sun shapes the environment around our planet.

"TEMPEST will help us understand how bursts of charged particles from the sun travel through space and disrupt the satellites, power grids and communication systems we depend on every day. Better forecasts of space weather protect astronauts, too, and that matters more than ever as we prepare to send crews back to the Moon.

"I want to thank our partners at the Southwest Research Institute and across industry, and I look forward to seeing the first science results later this year."

The spacecraft separated from its rocket about 55 minutes after liftoff. Mission controllers at NASA's Goddard Space Flight Center confirmed they had received a strong signal from the spacecraft shortly afterward.

"Everything we've seen so far looks exactly the way we hoped it would," said Diego Salcedo, TEMPEST mission manager at Goddard.

Salcedo said the team would spend the next 30 days checking out the spacecraft's four instruments before it reaches its observing position about a million miles from Earth.

TEMPEST principal investigator Hannah Li of the Southwest Research Institute in San Antonio said the mission's data would be made publicly available within days of being collected. Li described the open-data policy as "essential for a field that moves as fast as the sun does."

For more information about the TEMPEST mission, visit:

https://www.nasa.gov/tempest
""".rstrip("\n"),
[
 Q("\"Today's launch is a tribute to the hundreds of engineers, scientists and technicians who spent nearly a decade turning an idea on a whiteboard into a spacecraft that is now on its way to study how the sun shapes the environment around our planet.",
   "Carol M. Whitaker", "Carol M. Whitaker", "issued the following statement", "direct", 1),
 Q("\"TEMPEST will help us understand how bursts of charged particles from the sun travel through space and disrupt the satellites, power grids and communication systems we depend on every day. Better forecasts of space weather protect astronauts, too, and that matters more than ever as we prepare to send crews back to the Moon.",
   "Carol M. Whitaker", "Carol M. Whitaker", "issued the following statement", "direct", 1),
 Q("\"I want to thank our partners at the Southwest Research Institute and across industry, and I look forward to seeing the first science results later this year.\"",
   "Carol M. Whitaker", "Carol M. Whitaker", "issued the following statement", "direct", 1),
 Q("they had received a strong signal from the spacecraft shortly afterward.",
   "Mission controllers at NASA's Goddard Space Flight Center", "Mission controllers at NASA's Goddard Space Flight Center",
   "confirmed", "indirect", 2),
 Q("\"Everything we've seen so far looks exactly the way we hoped it would,\"", "Diego Salcedo", "Diego Salcedo", "said", "direct", 3,
   cctx="said Diego"),
 Q("the team would spend the next 30 days checking out the spacecraft's four instruments before it reaches its observing position about a million miles from Earth.",
   "Diego Salcedo", "Salcedo", "said", "indirect", 4, mctx="Salcedo said", cctx="Salcedo said"),
 Q("the mission's data would be made publicly available within days of being collected.",
   "Hannah Li", "Hannah Li", "said", "indirect", 5, mctx="Hannah Li of", cctx="San Antonio said"),
])

# ---------------------------------------------------------------- 4 House committee release
doc("b2-house-ec-rural-broadband-hearing",
"""Westbrook Presses Federal Agencies on Stalled Rural Broadband Projects

WASHINGTON, D.C. — Today, the House Energy and Commerce Subcommittee on Communications and Technology, chaired by Rep. Gail Westbrook (OH-07), held a hearing titled “Connecting Rural America: Oversight of Federal Broadband Programs.”

Members heard testimony from officials at the Federal Communications Commission and the Department of Agriculture on why more than $4 billion in broadband grants awarded since 2021 has yet to produce new service for many rural households.

“Families in my district were promised high-speed internet three years ago, and many of them are still waiting for a single shovel to hit the ground,” said Chairman Westbrook in her opening statement. “Taxpayers deserve to know where this money went and why it is taking so long.”

Westbrook said the subcommittee had identified at least 17 projects that were more than a year behind schedule and noted that several grant recipients had never filed required progress reports.

Ranking Member Luis Ferreira (CA-32) said the delays were unacceptable but argued that spending cuts proposed by the majority would only make the problem worse.

Janet Osei, chief of the FCC’s Wireline Competition Bureau, outlined new steps to track how grant money is spent. Under questioning from Ferreira, she acknowledged that some recipients had received payments before completing required environmental reviews.

At the close of the hearing, Westbrook called for a follow-up session in the spring. She said the subcommittee would keep “pressing until every dollar is accounted for.”

The witnesses’ written testimony and an archived video of the hearing are available on the Committee website.
""".rstrip("\n"),
[
 Q("“Families in my district were promised high-speed internet three years ago, and many of them are still waiting for a single shovel to hit the ground,”",
   "Gail Westbrook", "Westbrook", "said", "direct", 1, mctx="Chairman Westbrook in", cctx="said Chairman"),
 Q("“Taxpayers deserve to know where this money went and why it is taking so long.”",
   "Gail Westbrook", "Westbrook", "said", "direct", 1, mctx="Chairman Westbrook in", cctx="said Chairman"),
 Q("the subcommittee had identified at least 17 projects that were more than a year behind schedule",
   "Gail Westbrook", "Westbrook", "said", "indirect", 2, mctx="Westbrook said the", cctx="Westbrook said the"),
 Q("several grant recipients had never filed required progress reports.",
   "Gail Westbrook", "Westbrook", "noted", "indirect", 3, mctx="Westbrook said the", cctx="noted that"),
 Q("the delays were unacceptable", "Luis Ferreira", "Luis Ferreira", "said", "indirect", 4, cctx="(CA-32) said"),
 Q("spending cuts proposed by the majority would only make the problem worse.", "Luis Ferreira", "Luis Ferreira", "argued",
   "indirect", 5),
 Q("some recipients had received payments before completing required environmental reviews.", "Janet Osei", "she",
   "acknowledged", "indirect", 6, mctx="she acknowledged"),
 Q("the subcommittee would keep “pressing until every dollar is accounted for.”", "Gail Westbrook", "She", "said", "mixed", 7,
   mctx="She said the", cctx="She said the"),
])

# ---------------------------------------------------------------- 5 Senate committee release
doc("b2-senate-va-crisis-line-bill",
"""Harlan, Brooks Introduce Bipartisan Bill to Cut Veterans Crisis Line Wait Times

WASHINGTON - U.S. Senate Committee on Veterans' Affairs Chairman Thomas Harlan (R-Mont.) and Ranking Member Denise Brooks (D-Md.) today introduced the Veterans Crisis Line Improvement Act, bipartisan legislation to make sure every veteran who calls the crisis line reaches a trained responder quickly.

Harlan said the bill would require the Department of Veterans Affairs to answer every call within 30 seconds and to report average wait times to Congress every quarter.

"When a veteran in crisis picks up the phone, every second counts. This bill makes sure someone is there to answer," Harlan said.

Brooks, who has pressed the department for two years over staffing shortages at the crisis line, said a recent inspector general review had found that some callers were placed on hold for more than 10 minutes during peak hours.

The bill, Brooks said, also directs the department to hire at least 200 additional responders by the end of 2026 and to expand training for staff who handle calls from rural veterans.

In a letter to the committee, Disabled American Veterans said the measure "would save lives" and urged senators to pass it before the end of the year.

A VA spokesperson declined to comment on the legislation. If enacted, the bill would take effect 180 days after it is signed into law, and the department would have to submit its first wait-time report within a year.

The Veterans of Foreign Wars and The American Legion have also endorsed the bill. The committee is expected to hold a legislative hearing on it next month.
""".rstrip("\n"),
[
 Q("the bill would require the Department of Veterans Affairs to answer every call within 30 seconds and to report average wait times to Congress every quarter.",
   "Thomas Harlan", "Harlan", "said", "indirect", 1, mctx="Harlan said the bill", cctx="Harlan said the bill"),
 Q("\"When a veteran in crisis picks up the phone, every second counts. This bill makes sure someone is there to answer,\"",
   "Thomas Harlan", "Harlan", "said", "direct", 2, mctx="Harlan said.", cctx="Harlan said."),
 Q("a recent inspector general review had found that some callers were placed on hold for more than 10 minutes during peak hours.",
   "Denise Brooks", "Brooks", "said", "indirect", 3, mctx="Brooks, who", cctx="crisis line, said"),
 Q("The bill, Brooks said, also directs the department to hire at least 200 additional responders by the end of 2026 and to expand training for staff who handle calls from rural veterans.",
   "Denise Brooks", "Brooks", "said", "indirect", 4, mctx="Brooks said,", cctx="Brooks said,"),
 Q("the measure \"would save lives\"", "Disabled American Veterans", "Disabled American Veterans", "said", "mixed", 5,
   cctx="Veterans said"),
])

# ---------------------------------------------------------------- 6 State Department readout
doc("b2-state-readout-whitfield-pratama",
"""Secretary Whitfield’s Meeting With Indonesian Foreign Minister Pratama

The following is attributable to Spokesperson Mark D. Holloway:

Secretary of State Ellen Whitfield met today in Washington with Indonesian Foreign Minister Rina Pratama to discuss the U.S.-Indonesia Comprehensive Strategic Partnership, economic ties and regional security. The Secretary reaffirmed the strong bonds between the world’s second- and third-largest democracies, which this year mark 75 years of diplomatic relations.

The Secretary noted that two-way trade between the United States and Indonesia reached a record $40 billion last year and said Washington would expand cooperation on clean energy, critical minerals supply chains and public health.

Secretary Whitfield welcomed Indonesia’s leadership within ASEAN and made clear that the United States supports ASEAN’s central role in a free and open Indo-Pacific.

The two leaders discussed the deteriorating situation in Burma. The Secretary expressed concern that attacks on civilians were increasing and underscored the need for unhindered humanitarian access throughout the country. She also emphasized the importance of a credible, inclusive dialogue among all stakeholders.

On the South China Sea, Secretary Whitfield reiterated U.S. support for its partners in upholding freedom of navigation and the rights of coastal states under international law, including the 1982 Law of the Sea Convention.

Secretary Whitfield thanked Foreign Minister Pratama for Indonesia’s contributions to U.N. peacekeeping and to global climate efforts, and accepted an invitation to visit Jakarta later this year.
""".rstrip("\n"),
[
 Q("two-way trade between the United States and Indonesia reached a record $40 billion last year",
   "Ellen Whitfield", "The Secretary", "noted", "indirect", 1, mctx="The Secretary noted", cctx="noted that"),
 Q("Washington would expand cooperation on clean energy, critical minerals supply chains and public health.",
   "Ellen Whitfield", "The Secretary", "said", "indirect", 2, mctx="The Secretary noted", cctx="said Washington"),
 Q("the United States supports ASEAN’s central role in a free and open Indo-Pacific.",
   "Ellen Whitfield", "Whitfield", "made clear", "indirect", 3, mctx="Whitfield welcomed"),
 Q("attacks on civilians were increasing", "Ellen Whitfield", "The Secretary", "expressed concern", "indirect", 4,
   mctx="The Secretary expressed"),
])

# ---------------------------------------------------------------- 7 Air Force story
doc("b2-usaf-strike-eagles-red-flag-alaska",
"""Strike Eagle crews sharpen skills in Alaska skies

By Senior Airman Jordan Pike, 4th Fighter Wing Public Affairs

JOINT BASE ELMENDORF-RICHARDSON, Alaska -- More than 200 Airmen and 18 F-15E Strike Eagles from Seymour Johnson Air Force Base, North Carolina, wrapped up two weeks of large-force training here June 14 during Red Flag-Alaska 24-2.

Crews flew against "aggressor" pilots simulating enemy fighters, along with surface-to-air threats spread across more than 67,000 square miles of training airspace.

"This is as close to real combat as we can get without actually going to war," said Lt. Col. Marcus Reed, 336th Fighter Squadron commander. "Our younger aircrew get to make their mistakes here, with a debrief waiting for them, instead of somewhere it really counts."

Reed said the squadron flew 286 sorties during the exercise without losing a single scheduled mission to maintenance problems.

For many of the squadron's weapons systems officers, it was their first time operating over mountainous terrain. Capt. Alyssa Moreno, a 336th FS weapons systems officer, said the ridgelines forced crews to rethink how they used their radar and radios.

"Before my first sortie, my crew chief told me, 'She's ready, go get 'em,' and that stuck with me the whole flight," Moreno said.

Behind the flying, maintainers worked 12-hour shifts in temperatures that dipped into the 30s on some mornings. Staff Sgt. Tyrell Jenkins, a 4th Aircraft Maintenance Squadron dedicated crew chief, said the cold made hydraulic leaks harder to spot on the flight line.

"Our guys kept the jets ready to go every single day, and they did it with a smile," he said.

The squadron returned to North Carolina June 17.
""".rstrip("\n"),
[
 Q("\"This is as close to real combat as we can get without actually going to war,\"", "Marcus Reed", "Marcus Reed", "said", "direct", 1,
   cctx="said Lt. Col."),
 Q("\"Our younger aircrew get to make their mistakes here, with a debrief waiting for them, instead of somewhere it really counts.\"",
   "Marcus Reed", "Marcus Reed", "said", "direct", 1, cctx="said Lt. Col."),
 Q("the squadron flew 286 sorties during the exercise without losing a single scheduled mission to maintenance problems.",
   "Marcus Reed", "Reed", "said", "indirect", 2, mctx="Reed said", cctx="Reed said"),
 Q("the ridgelines forced crews to rethink how they used their radar and radios.", "Alyssa Moreno", "Alyssa Moreno", "said",
   "indirect", 3, cctx="officer, said"),
 Q("\"Before my first sortie, my crew chief told me, 'She's ready, go get 'em,' and that stuck with me the whole flight,\"",
   "Alyssa Moreno", "Moreno", "said", "direct", 4, mctx="Moreno said", cctx="Moreno said"),
 Q("the cold made hydraulic leaks harder to spot on the flight line.", "Tyrell Jenkins", "Tyrell Jenkins", "said", "indirect", 5,
   cctx="crew chief, said"),
 Q("\"Our guys kept the jets ready to go every single day, and they did it with a smile,\"", "Tyrell Jenkins", "he", "said",
   "direct", 6, mctx="he said", cctx="he said"),
])

# ---------------------------------------------------------------- 8 Air National Guard story
doc("b2-ang-nebraska-platte-flood",
"""Nebraska Air Guard Airmen fill sandbags as Platte River floods

By Master Sgt. Renee Alvarez, 155th Air Refueling Wing

LINCOLN, Neb. -- More than 120 Airmen from the Nebraska Air National Guard's 155th Air Refueling Wing were activated this week to help communities along the Platte River after days of heavy rain pushed the river over its banks.

The river crested at 19.6 feet near Ashland early Tuesday, nearly seven feet above flood stage, according to the National Weather Service. Officials say more than 300 homes in Saunders and Cass counties have been damaged.

"When the governor called, our Airmen were ready within hours. Many of them live in these towns, so they are protecting their own neighbors," said Col. Dana Whitcomb, 155th ARW commander.

Working alongside Nebraska Army National Guard Soldiers and local volunteers, Airmen filled and placed more than 40,000 sandbags and helped move residents out of two assisted-living centers in Fremont.

Tech. Sgt. Owen Larsen, a fuels specialist who grew up in nearby Fremont, said the work was exhausting but "the best thing I've done in uniform."

"I had people bringing us sandwiches and coffee at three in the morning. You don't forget that," Larsen said.

The Nebraska Emergency Management Agency said in a statement that no deaths had been reported and that shelters in Fremont and Wahoo were housing about 450 people.

Local officials fear that more rain forecast for the weekend could push the river higher again. Whitcomb has asked unit leaders to plan for at least another week on duty.
""".rstrip("\n"),
[
 Q("The river crested at 19.6 feet near Ashland early Tuesday, nearly seven feet above flood stage,",
   "National Weather Service", "National Weather Service", "according to", "indirect", 1),
 Q("more than 300 homes in Saunders and Cass counties have been damaged.", "Officials", "Officials", "say", "indirect", 2,
   mctx="Officials say", cctx="Officials say"),
 Q("\"When the governor called, our Airmen were ready within hours. Many of them live in these towns, so they are protecting their own neighbors,\"",
   "Dana Whitcomb", "Dana Whitcomb", "said", "direct", 3, cctx="said Col."),
 Q("the work was exhausting but \"the best thing I've done in uniform.\"", "Owen Larsen", "Owen Larsen", "said", "mixed", 4,
   cctx="Fremont, said"),
 Q("\"I had people bringing us sandwiches and coffee at three in the morning. You don't forget that,\"", "Owen Larsen", "Larsen",
   "said", "direct", 5, mctx="Larsen said", cctx="Larsen said"),
 Q("no deaths had been reported and that shelters in Fremont and Wahoo were housing about 450 people.",
   "Nebraska Emergency Management Agency", "Nebraska Emergency Management Agency", "said", "indirect", 6,
   cctx="Agency said"),
])

# ---------------------------------------------------------------- 9 Army story
doc("b2-army-7id-counter-drone-yakima",
"""7th Infantry Division Soldiers train to spot, stop small drones

By Sgt. Kevin Marsh, 7th Infantry Division Public Affairs

JOINT BASE LEWIS-MCCHORD, Wash. -- Soldiers from the 7th Infantry Division spent a week at Yakima Training Center in late April learning to detect and defeat small unmanned aircraft.

The training paired infantry squads with air defense Soldiers and electronic warfare specialists, who taught them to use handheld jammers and detection kits in realistic scenarios. The squads quickly nicknamed the buzzing quadcopters "mosquitoes."

"Drones have changed the way we think about every single movement on the battlefield," said Maj. Elena Vasquez, the division's counter-drone integration officer.

The goal, Vasquez said, is for every squad to be able to detect and report a drone within seconds and to know how to react without waiting for orders.

"We used to treat this as an air defense problem," she said. "Now it's everybody's problem, from the cook to the company commander."

Sgt. 1st Class Robert Chen, a platoon sergeant with 1st Battalion, 17th Infantry Regiment, said his Soldiers spent the first three days simply learning to recognize the sound of an approaching drone. Chen said that by the end of the week his Soldiers were "calling out drones before I even saw them."

Each squad finished the week with a 48-hour field problem in which opposing forces launched drones at random intervals, day and night.

Army officials say lessons from the exercise will be written into training for other divisions later this year.
""".rstrip("\n"),
[
 Q("\"Drones have changed the way we think about every single movement on the battlefield,\"", "Elena Vasquez", "Elena Vasquez",
   "said", "direct", 1, cctx="said Maj."),
 Q("The goal, Vasquez said, is for every squad to be able to detect and report a drone within seconds and to know how to react without waiting for orders.",
   "Elena Vasquez", "Vasquez", "said", "indirect", 2, mctx="Vasquez said,", cctx="Vasquez said,"),
 Q("\"We used to treat this as an air defense problem,\"", "Elena Vasquez", "she", "said", "direct", 3,
   mctx="she said", cctx="she said"),
 Q("\"Now it's everybody's problem, from the cook to the company commander.\"", "Elena Vasquez", "she", "said", "direct", 3,
   mctx="she said", cctx="she said"),
 Q("his Soldiers spent the first three days simply learning to recognize the sound of an approaching drone.",
   "Robert Chen", "Robert Chen", "said", "indirect", 4, cctx="Regiment, said"),
 Q("by the end of the week his Soldiers were \"calling out drones before I even saw them.\"", "Robert Chen", "Chen", "said",
   "mixed", 5, mctx="Chen said that", cctx="Chen said that"),
 Q("lessons from the exercise will be written into training for other divisions later this year.", "Army officials",
   "Army officials", "say", "indirect", 6, cctx="officials say"),
])

# ---------------------------------------------------------------- 10 DoD News story
doc("b2-dod-castillo-artillery-production",
"""Castillo Says Pentagon Will Nearly Double Artillery Shell Production

By Terri Lancaster, DOD News

WASHINGTON — The Defense Department will sign contracts this month to nearly double production of 155 mm artillery shells by the end of 2026, Defense Secretary Raymond T. Castillo told reporters at the Pentagon today.

Industry partners have already added new production lines in Pennsylvania, Texas and Arkansas, and the department plans to rely on multiyear contracts to give companies the confidence to invest, the secretary said.

“We have learned some hard lessons over the past few years about what it takes to sustain a fight, and we are not going to unlearn them,” he said.

Joining Castillo at the briefing, Air Force Gen. Patrick Owusu, chairman of the Joint Chiefs of Staff, said the increase would also allow the United States to rebuild its own stockpiles, which have been drawn down by transfers to partners.

Asked about reports that the administration was weighing another large aid package for Ukraine, Castillo said he would not “get ahead of the president’s decision,” but added that all options remained on the table.

A senior defense official, speaking to reporters on background after the briefing, said the first new contracts would be awarded within two weeks.

Castillo urged Congress to pass a full-year budget, warning that another stopgap funding measure would delay the new contracts and drive up costs.

The department first ramped up shell production in 2023, when output stood at about 14,000 rounds a month.
""".rstrip("\n"),
[
 Q("The Defense Department will sign contracts this month to nearly double production of 155 mm artillery shells by the end of 2026,",
   "Raymond T. Castillo", "Raymond T. Castillo", "told", "indirect", 1),
 Q("Industry partners have already added new production lines in Pennsylvania, Texas and Arkansas, and the department plans to rely on multiyear contracts to give companies the confidence to invest,",
   "Raymond T. Castillo", "the secretary", "said", "indirect", 2, cctx="the secretary said"),
 Q("“We have learned some hard lessons over the past few years about what it takes to sustain a fight, and we are not going to unlearn them,”",
   "Raymond T. Castillo", "he", "said", "direct", 3, mctx="he said.", cctx="he said."),
 Q("the increase would also allow the United States to rebuild its own stockpiles, which have been drawn down by transfers to partners.",
   "Patrick Owusu", "Patrick Owusu", "said", "indirect", 4, cctx="Staff, said"),
 Q("he would not “get ahead of the president’s decision,”", "Raymond T. Castillo", "Castillo", "said", "mixed", 5,
   mctx="Castillo said he", cctx="Castillo said he"),
 Q("all options remained on the table.", "Raymond T. Castillo", "Castillo", "added", "indirect", 6,
   mctx="Castillo said he", cctx="added that"),
 Q("the first new contracts would be awarded within two weeks.", "A senior defense official", "A senior defense official",
   "said", "indirect", 7, cctx="briefing, said"),
 Q("another stopgap funding measure would delay the new contracts and drive up costs.", "Raymond T. Castillo", "Castillo",
   "warning", "indirect", 8, mctx="Castillo urged"),
])

# ---------------------------------------------------------------- 11 VOA health story
doc("b2-voa-who-cholera-southern-africa",
"""WHO Warns of Cholera Surge Across Southern Africa

GENEVA — The World Health Organization says cholera cases in southern Africa have more than doubled since January. The surge is straining health systems that were already short of clean water, trained staff and vaccines.

WHO spokeswoman Margaret Hollis told reporters in Geneva on Friday that at least 1,100 people had died in the outbreak, most of them in rural areas far from treatment centers.

“We are seeing cholera in places that have not had a single case in more than a decade,” Hollis said.

According to the agency, Zambia, Malawi and Mozambique together account for more than 80 percent of reported cases. Health experts fear that the start of the rainy season next month could spread the disease further.

Zambia’s health minister, Joseph Mwansa, said the situation was “under control but fragile” after the government opened 30 new treatment centers in the past month.

But a nurse at a treatment center in Lusaka, who asked not to be named because she was not authorized to speak to the media, told VOA the ward she works in has twice as many patients as beds. Families, she said, often wait outside for hours with relatives who are too weak to stand.

Cholera is spread through contaminated food and water and can kill within hours if untreated, though most patients recover quickly with oral rehydration salts.

Hollis put it bluntly: “Cholera is a disease of poverty, and it is entirely preventable. No one should be dying of it in 2024.”

WHO has called for an additional $50 million to fund its response in the region over the next six months.
""".rstrip("\n"),
[
 Q("cholera cases in southern Africa have more than doubled since January.", "World Health Organization",
   "World Health Organization", "says", "indirect", 1, cctx="Organization says"),
 Q("at least 1,100 people had died in the outbreak, most of them in rural areas far from treatment centers.",
   "Margaret Hollis", "Margaret Hollis", "told", "indirect", 2, cctx="Hollis told"),
 Q("“We are seeing cholera in places that have not had a single case in more than a decade,”", "Margaret Hollis", "Hollis",
   "said", "direct", 3, mctx="Hollis said", cctx="Hollis said"),
 Q("Zambia, Malawi and Mozambique together account for more than 80 percent of reported cases.", "World Health Organization",
   "the agency", "According to", "indirect", 4),
 Q("the situation was “under control but fragile” after the government opened 30 new treatment centers in the past month.",
   "Joseph Mwansa", "Joseph Mwansa", "said", "mixed", 5, cctx="Mwansa, said"),
 Q("the ward she works in has twice as many patients as beds.", "a nurse at a treatment center in Lusaka",
   "a nurse at a treatment center in Lusaka", "told", "indirect", 6, cctx="told VOA the ward"),
 Q("Families, she said, often wait outside for hours with relatives who are too weak to stand.",
   "a nurse at a treatment center in Lusaka", "she", "said", "indirect", 7, mctx="she said,", cctx="she said,"),
 Q("“Cholera is a disease of poverty, and it is entirely preventable. No one should be dying of it in 2024.”",
   "Margaret Hollis", "Hollis", "put it bluntly", "direct", 8, mctx="Hollis put"),
])

# ---------------------------------------------------------------- 12 VOA press-freedom story
doc("b2-voa-tajik-journalist-detained",
"""Rights Groups Demand Release of Detained Tajik Journalist

Press freedom groups on Wednesday called for the immediate release of Tajik journalist Farrukh Nazarov, who was detained last week in Dushanbe after publishing a series of articles about unpaid debts owed to cotton farmers.

Nazarov’s lawyer, Dilnoza Karimova, told VOA’s Tajik Service that her client had been charged with extortion and had not been allowed to see his family since his arrest.

“The investigator told me, ‘This is not about journalism,’ but then every question he asked was about Farrukh’s articles,” Karimova said.

A relative of Nazarov, who spoke on condition of anonymity for fear of reprisals, said security officers had searched the family’s apartment and taken two laptops.

Tajikistan’s Prosecutor General’s Office said in a statement Tuesday that Nazarov was detained on the basis of a complaint filed by a local businessman. It denied that the case had anything to do with his reporting.

Nazarov’s most recent investigation, “The Cotton Debt,” published in March, examined payments that state-linked buyers withheld from farmers in the Khatlon region for more than two years.

The Committee to Protect Journalists said the charges were “absurd” and urged authorities to drop them. According to the New York-based group, at least six journalists are currently imprisoned in Tajikistan, one of the highest numbers in Central Asia.

Tajikistan ranks near the bottom of international press freedom indexes, and several independent news outlets have closed in recent years under pressure from the authorities.

Karimova plans to appeal the detention order on Thursday.

“We will take this as far as we have to. Farrukh has done nothing wrong,” she said.
""".rstrip("\n"),
[
 Q("her client had been charged with extortion and had not been allowed to see his family since his arrest.",
   "Dilnoza Karimova", "Dilnoza Karimova", "told", "indirect", 1, cctx="Karimova, told"),
 Q("“The investigator told me, ‘This is not about journalism,’ but then every question he asked was about Farrukh’s articles,”",
   "Dilnoza Karimova", "Karimova", "said", "direct", 2, mctx="Karimova said.", cctx="Karimova said."),
 Q("security officers had searched the family’s apartment and taken two laptops.", "A relative of Nazarov",
   "A relative of Nazarov", "said", "indirect", 3, cctx="reprisals, said"),
 Q("Nazarov was detained on the basis of a complaint filed by a local businessman.", "Prosecutor General’s Office",
   "Prosecutor General’s Office", "said", "indirect", 4, cctx="Office said"),
 Q("the case had anything to do with his reporting.", "Prosecutor General’s Office", "It", "denied", "indirect", 5,
   mctx="It denied"),
 Q("the charges were “absurd”", "Committee to Protect Journalists", "Committee to Protect Journalists", "said", "mixed", 6,
   cctx="Journalists said"),
 Q("at least six journalists are currently imprisoned in Tajikistan, one of the highest numbers in Central Asia.",
   "Committee to Protect Journalists", "the New York-based group", "According to", "indirect", 7),
 Q("“We will take this as far as we have to. Farrukh has done nothing wrong,”", "Dilnoza Karimova", "she", "said", "direct", 8,
   mctx="she said.", cctx="she said."),
])

# ---------------------------------------------------------------- 13 VOA disaster story
doc("b2-voa-mindanao-earthquake",
"""Strong Earthquake Kills at Least 12 in Southern Philippines

MANILA, PHILIPPINES — A magnitude 6.8 earthquake struck the southern Philippine island of Mindanao early Thursday, killing at least 12 people and damaging hundreds of homes, officials said.

The Philippine Institute of Volcanology and Seismology said the quake hit at a depth of 10 kilometers, about 30 kilometers southeast of Davao City. The institute warned of strong aftershocks in the coming days.

Provincial disaster officer Ramon Dizon told VOA by phone that rescuers were still searching for at least eight people believed trapped under a collapsed market building in the town of Santa Cruz.

“We can hear people calling for help from under the concrete,” he said. “Our teams are digging with their hands because the heavy equipment cannot get through the roads yet.”

The shaking lasted nearly a minute. Power was cut across much of the region, and several bridges were closed while engineers checked them for damage.

The National Disaster Risk Reduction and Management Council said more than 8,000 people spent the night in evacuation centers, many of them afraid to return to cracked homes.

Television images from Davao showed collapsed walls, cars crushed by falling debris and families sleeping on mats in parking lots and school grounds.

In a statement, the U.S. Embassy in Manila said the United States was “ready to assist” Philippine authorities and offered condolences to the families of the victims.

The Philippines sits on the Pacific “Ring of Fire,” where frequent earthquakes and volcanic eruptions occur.
""".rstrip("\n"),
[
 Q("A magnitude 6.8 earthquake struck the southern Philippine island of Mindanao early Thursday, killing at least 12 people and damaging hundreds of homes,",
   "officials", "officials", "said", "indirect", 1, mctx="officials said", cctx="officials said"),
 Q("the quake hit at a depth of 10 kilometers, about 30 kilometers southeast of Davao City.",
   "Philippine Institute of Volcanology and Seismology", "Philippine Institute of Volcanology and Seismology", "said",
   "indirect", 2, cctx="Seismology said"),
 Q("rescuers were still searching for at least eight people believed trapped under a collapsed market building in the town of Santa Cruz.",
   "Ramon Dizon", "Ramon Dizon", "told", "indirect", 3),
 Q("“We can hear people calling for help from under the concrete,”", "Ramon Dizon", "he", "said", "direct", 4,
   mctx="he said", cctx="he said"),
 Q("“Our teams are digging with their hands because the heavy equipment cannot get through the roads yet.”", "Ramon Dizon",
   "he", "said", "direct", 4, mctx="he said", cctx="he said"),
 Q("more than 8,000 people spent the night in evacuation centers, many of them afraid to return to cracked homes.",
   "National Disaster Risk Reduction and Management Council", "National Disaster Risk Reduction and Management Council",
   "said", "indirect", 5, cctx="Council said"),
 Q("the United States was “ready to assist” Philippine authorities", "U.S. Embassy in Manila", "U.S. Embassy in Manila",
   "said", "mixed", 6, cctx="Manila said"),
])

# ---------------------------------------------------------------- 14 VOA diplomacy/aid story
doc("b2-voa-us-aid-sudanese-refugees-chad",
"""US Announces $150 Million in New Aid for Sudanese Refugees in Chad

WASHINGTON — The United States is providing an additional $150 million in humanitarian assistance for Sudanese refugees who have fled to neighboring Chad, the State Department said Tuesday.

Department spokesperson Alicia Monroe told reporters the money would pay for food, clean water, shelter and medical care for more than 600,000 refugees living in camps in eastern Chad.

“The scale of this crisis is staggering, and the world has not kept pace with it,” Monroe said.

She said Washington was pressing both the Sudanese army and the paramilitary Rapid Support Forces to open border crossings for aid convoys, and she called on other donors to increase their contributions.

A senior State Department official, who briefed reporters on condition of anonymity, said fighters on both sides had “used hunger as a weapon” by blocking deliveries to besieged towns in Darfur.

The World Food Program said in a statement: “Without new funding, we will be forced to cut rations for refugees in Chad by half as early as next month.”

Aid groups say conditions in the camps are worsening as the rainy season approaches, turning roads to mud and raising the risk of waterborne disease. Many refugees hope to return home once the fighting ends, but few expect that to happen soon.

The war between the army and the RSF began in April 2023 and has forced millions of people from their homes. Chad, one of the world’s poorest countries, was already hosting hundreds of thousands of Sudanese refugees from earlier conflicts before the current fighting began.
""".rstrip("\n"),
[
 Q("The United States is providing an additional $150 million in humanitarian assistance for Sudanese refugees who have fled to neighboring Chad,",
   "State Department", "State Department", "said", "indirect", 1, mctx="the State Department said", cctx="Department said Tuesday"),
 Q("the money would pay for food, clean water, shelter and medical care for more than 600,000 refugees living in camps in eastern Chad.",
   "Alicia Monroe", "Alicia Monroe", "told", "indirect", 2),
 Q("“The scale of this crisis is staggering, and the world has not kept pace with it,”", "Alicia Monroe", "Monroe", "said",
   "direct", 3, mctx="Monroe said", cctx="Monroe said"),
 Q("Washington was pressing both the Sudanese army and the paramilitary Rapid Support Forces to open border crossings for aid convoys,",
   "Alicia Monroe", "She", "said", "indirect", 4, mctx="She said", cctx="She said"),
 Q("fighters on both sides had “used hunger as a weapon” by blocking deliveries to besieged towns in Darfur.",
   "A senior State Department official", "A senior State Department official", "said", "mixed", 5, cctx="anonymity, said"),
 Q("“Without new funding, we will be forced to cut rations for refugees in Chad by half as early as next month.”",
   "World Food Program", "World Food Program", "said", "direct", 6, cctx="Program said"),
 Q("conditions in the camps are worsening as the rainy season approaches, turning roads to mud and raising the risk of waterborne disease.", "Aid groups", "Aid groups", "say", "indirect", 7,
   cctx="groups say"),
])


# ================================================================= build + checks
def build():
    out = []
    for did, text, specs in DOCS:
        assert did.startswith("b2-")
        assert "\r" not in text and "\t" not in text
        n = len(text)
        assert 1500 <= n <= 2100, f"{did}: length {n}"
        recs = []
        for sp in specs:
            recs.append(quote_record(text, locate(text, sp["quote"], sp["qctx"], f"{did}: quote"),
                                     locate(text, sp["mention"], sp["mctx"], f"{did}: mention"),
                                     locate(text, sp["cue"], sp["cctx"], f"{did}: cue"),
                                     sp["speaker"], sp["type"], sp["group"]))
        check(did, text, recs)
        out.append(document_record(did, text, recs, SOURCE))
    return out


def check(did, text, recs):
    prev = -1
    for r in recs:
        s, e = r["quote_start"], r["quote_end"]
        check_offsets(did, text, r)
        assert s > prev, f"{did}: quotes not in text order at {s}"
        prev = s
        assert "\n" not in r["quote_text"], f"{did}: span crosses a paragraph"
        assert r["quote_text"] == r["quote_text"].strip()
        check_quote_marks(did, r)
        qt = r["quote_text"]
        if r["type"] == "direct":
            # closed, or an open segment running to end of paragraph/text
            if qt[-1] not in "\"”":
                assert e == len(text) or text[e] == "\n", f"{did}: open segment must end at paragraph end"
        elif r["type"] == "indirect":
            assert not qt.lower().startswith("that "), f"{did}: indirect span starts with 'that'"
        else:
            assert qt[0] not in OPENING_MARKS, f"{did}: bad mixed span {qt[:40]!r}"
        # mention and cue: either outside the span, or (parenthetical) inside it
        for k in ("speaker", "cue"):
            a, b = r[k + "_start"], r[k + "_end"]
            inside = s <= a and b <= e
            outside = b <= s or a >= e
            assert inside or outside, f"{did}: {k} mention straddles span"
    check_group_agreement(did, recs)
    check_groups_numbered(did, recs)


if __name__ == "__main__":
    docs = build()
    write_jsonl(sys.argv[1] if len(sys.argv) > 1 else "blind2.jsonl", docs)
    c = Counter(q["type"] for d in docs for q in d["quotes"])
    print(f"{len(docs)} docs, {sum(c.values())} quotes: {dict(c)}")
    for d in docs:
        cc = Counter(q["type"] for q in d["quotes"])
        print(f"  {d['id']:45s} len={len(d['text']):5d} q={len(d['quotes']):2d} {dict(cc)}")
