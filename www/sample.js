// The sample article behind the page's "Try a sample" button. Written for Brevity (not taken
// from any data set); the town, people and figures are made up. It carries the debris a
// pasted article brings: a date header glued to the first sentence, a photo caption with an
// agency credit, a byline and a "reported from" line.
export const SAMPLE_TITLE = "Harbor town votes to rebuild its flooded seawall";

export const SAMPLE_ARTICLE = `date 2024-03-18 Officials in Port Alder said on Monday that the town's 90-year-old seawall will be rebuilt after last winter's storms pushed seawater into more than 200 homes.

By Maren Holt, Coastal Affairs Correspondent

Reported from Port Alder

The town council approved the plan by a vote of seven to two after a four-hour meeting that ran past midnight. The new wall will be 2.4 metres taller than the old one and will cost about $48 million, most of it paid by a state resilience fund.

Workers inspect a breach in the seawall after the January storm. (Photo: Lena Ortiz/Coastline Press)

Mayor Tomas Eriksen called the vote "the most important decision this town has made in a generation." He said construction would begin in September and take roughly three years.

Not everyone agreed. Fishermen who moor their boats along the harbor said the taller wall would block access to the old slipway, and two council members argued that the town should first buy out the homes that flood most often. "We are spending a fortune to protect houses that will flood again anyway," said councillor Ines Baptiste, who voted against the plan.

Engineers from the Northern Coastal Institute, who studied the wall for the council, found that its concrete had cracked in at least 14 places. Their report, published in February, warned that a storm like January's would breach it again within five years if nothing were done.

The council also agreed to spend $3.5 million on a new pump station and to keep the slipway open while the work is under way. Residents can comment on the final design until April 30.

The town last rebuilt part of the wall in 1987, after a hurricane destroyed the fish market.`;
