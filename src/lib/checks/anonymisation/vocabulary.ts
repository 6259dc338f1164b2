/**
 * Capitalised words that are never a person here: calendar words and the safeguarding
 * system's own names for things. Entry-specific terms (agencies, places, titles) are added
 * by the caller from the content itself.
 */
const WORDS = `
january february march april may june july august september october november december
monday tuesday wednesday thursday friday saturday sunday christmas easter
child children baby babies family families mother father parent parents sibling siblings young person adult
the a an this that these those there their they we our it its he she his her in on at of for to and or but with by from
when where what why how who which if after before during since while also each every all any some no not nobody none one
two three four five six seven eight nine ten first second third new
partnership partnerships panel national local safeguarding practice review reviews rapid learning briefing briefings
council services service team teams board court courts office hospital hospitals trust trusts school schools college
police probation health care social early help education nhs integrated commissioning primary community mental
emergency department ambulance youth justice housing association children's adults adult's public
home secretary government department secretary state england wales britain british english uk
gp gps ofsted cqc hmicfrs hmi inspectorate inspection joint targeted area jtai mash front door
working together signs of safety graded profile section serious case incident notification unit
level one core specialist foundation course courses training e-learning
key messages message recommendation recommendations response summary report reports full appendix
timeliness timeline stage started completed notified published expected
good what has changed happened found findings method model models
improvement sub-group subgroup group committee executive forum sign language deaf bsl
domestic abuse exploitation neglect sexual criminal online non-accidental injury sleep safer
`;

/** Lower-case words known not to be names. */
export const SAFEGUARDING_WORDS: ReadonlySet<string> = new Set(WORDS.trim().split(/\s+/));

/**
 * Pseudonyms are what anonymised writing is made of: "Child Q", "Family B", "Mr A".
 */
export const PSEUDONYM = /\b(?:Child|Children|Baby|Family|Sibling group|Siblings?|Young person|Adult|Mother|Father|Parent|Boy|Girl|Infant|Mr|Mrs|Ms|Miss|Dr)\s+[A-Z]{1,2}\d?\b(?![a-z])/g;
