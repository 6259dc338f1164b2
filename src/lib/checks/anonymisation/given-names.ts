/**
 * Common given names in the UK (ONS baby-name tables across recent decades, written out by
 * hand and kept short on purpose). A long census list would mostly add rare names and
 * ordinary words; the check also flags any run of capitalised words that reads like
 * "First Last", so a name not listed here is still caught when a surname follows it.
 */
const NAMES = `
aaliyah aaron abdul abigail adam adrian agnes ahmed aidan aimee aisha alan albert alex alexander alexandra alfie alice alicia
alison amanda amber amelia amir amy andrea andrew angela ann anna anne annie anthony archie arthur ashley ava barbara barry
ben benjamin beth bethany betty billy bobby bradley brandon brenda brian caitlin callum cameron carl carol caroline carys
catherine charlie charles charlotte chelsea chloe chris christine christopher claire clare connor conor craig daisy daniel
danielle darren david dawn dean debbie deborah declan denise dennis derek diane dominic donna dorothy douglas dylan edward
eileen elaine eleanor elijah elizabeth ella ellie elsie emily emma eric erin ethan eva evelyn evie fatima finley finn fiona
florence frank freddie freya gary gavin gemma george georgia gillian gordon graham gregory hannah harley harper harriet harrison
harry harvey hassan hayley heather helen henry holly hugo ian imogen isaac isabel isabella isabelle isla ivy jack jackie
jacob jade jake james jamie jane janet jasmine jason jayden jean jennifer jenny jessica jill joan joanne john jonathan jordan
joseph josh joshua joyce julia julie justin karen kate katie kayleigh keith kelly kenneth kerry kevin kieran kirsty kyle laura
lauren layla leah lee leo leon lewis liam lily linda lisa logan louie louis louise lucas lucy luke lydia maisie margaret maria
marie martin mary mason matilda matthew maureen megan melissa mia michael michelle mildred millie mohammed muhammad molly
nancy naomi natalie nathan neil nicholas nicola niamh noah oliver olivia oscar owen paige pamela patricia paul paula peter
phoebe phillip poppy rachel raymond rebecca reece rhys richard robert robyn roger rosie ronald ruby ryan sadie samantha samuel
sandra sarah scarlett scott sean sharon sheila shirley sienna simon sofia sophia sophie stacey stanley stephanie stephen
steven stuart susan suzanne sylvia tanya teresa theo theodore thomas tilly timothy toby tom tommy tony tracey tracy tyler
valerie vanessa victoria vincent wayne wendy william willow yasmin yusuf zac zachary zara zoe
`;

/**
 * Names that are also ordinary English words: flagged only in the middle of a sentence,
 * where the capital letter says "name" ("seen by Will"), never at a sentence's start
 * ("Will the school…", "Hope was…").
 */
const ORDINARY = `
april august autumn bill brook carter chase clay dawn destiny faith frank grace guy harmony hope iris ivy jack jade joy june
lily mark max may miles mercy olive pat patience penny rich river robin rose ruby rusty sage sky summer sunny victor will
winter
`;

const words = (list: string) => new Set(list.trim().split(/\s+/));

/** Lower-case given names. */
export const GIVEN_NAMES: ReadonlySet<string> = new Set([...words(NAMES), ...words(ORDINARY)]);

/** Lower-case given names that are also everyday words. */
export const ORDINARY_WORD_NAMES: ReadonlySet<string> = words(ORDINARY);
