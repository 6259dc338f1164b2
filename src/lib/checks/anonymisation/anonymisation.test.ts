import { describe, expect, it } from 'vitest';
import { checkAnonymisation } from './entry.ts';
import { findIdentifiers, isNhsNumber, type ScanOptions } from './index.ts';

const options = (over: Partial<ScanOptions> = {}): ScanOptions => ({
  knownPhrases: ['Northvale', 'Northvale Police', 'Northvale Council Children’s Services', 'Working with Men in Assessments', 'Neglect'],
  publicContacts: ['01632 960 418', 'learning@northvale-scp.example'],
  subject: 'Child Q',
  allowPhrases: [],
  allowedDates: new Set(['2021-06-07']),
  narrative: true,
  ...over,
});
const kinds = (text: string, over?: Partial<ScanOptions>) => findIdentifiers(text, options(over)).map((m) => `${m.kind}: ${m.phrase}`);

describe('the anonymisation check', () => {
  it.each([
    ['a date of birth', 'Child Q was born on 3 March 2020.', 'date-of-birth: 3 March 2020'],
    ['a date of birth written with DOB', 'DOB: 03/03/2020', 'date-of-birth: 03/03/2020'],
    ['a full date in the narrative', 'The health visitor called on 14 June 2021.', 'full-date: 14 June 2021'],
    ['an American-style written date', 'On March 14, 2021 the school rang.', 'full-date: March 14, 2021'],
    ['a postcode', 'The family moved to NV3 7QT in the spring.', 'postcode: NV3 7QT'],
    ['a street', 'They lived at 14 Beech Road with an uncle.', 'street: 14 Beech Road'],
    ['a mobile number', 'The mother’s number was 07700 900123.', 'phone: 07700 900123'],
    ['a number written with +44', 'Call +44 7700 900123 after six.', 'phone: +44 7700 900123'],
    ['an email address', 'Write to jo.bloggs@example.com today.', 'email: jo.bloggs@example.com'],
    ['an NHS number', 'NHS number 943 476 5919 was recorded.', 'nhs-number: 943 476 5919'],
    ['a National Insurance number', 'Her NI number is JG 10 37 29 B.', 'ni-number: JG 10 37 29 B'],
    ['a given name mid-sentence', 'The visit by Jessica was brief.', 'name: Jessica'],
    ['a given name starting a sentence', 'Jessica told the teacher.', 'name: Jessica'],
    ['a name with a surname', 'The report from Jordan Blake arrived late.', 'name: Jordan Blake'],
    ['a surname after a title', 'The GP, Dr Okafor, saw the baby.', 'name: Dr Okafor'],
    ['a name that is also a word, mid-sentence', 'The baby was left with Grace overnight.', 'name: Grace'],
    ['an unknown capitalised pair mid-sentence', 'She met Tariq Bello at the clinic.', 'name: Tariq Bello'],
    ['a name beside a known agency', 'Northvale Police officer Liam Hart attended.', 'name: Liam Hart'],
  ])('flags %s', (_, text, expected) => {
    expect(kinds(text)).toContain(expected);
  });

  it.each([
    ['the subject pseudonym', 'Child Q’s teacher noticed the bruise.'],
    ['other pseudonyms', 'Mr A and Family B were known to Sibling group J.'],
    ['a name-like word starting a sentence', 'Will the school be told? Hope was expressed. May brought change.'],
    ['month and year only', 'Child Q was seen in June 2021 and March 2022.'],
    ['a date the frontmatter carries', 'The notification was made on 7 June 2021.'],
    ['a full date outside the narrative', 'Completed on 14 June 2021.', { narrative: false }],
    ['known agencies and course titles', 'Northvale Police and Northvale Council Children’s Services redesigned Working with Men in Assessments.'],
    ['the partnership’s own contacts', 'Ask for a copy on 01632 960 418 or at learning@northvale-scp.example.'],
    ['a phrase the editor accepted', 'The review used the Learning Together model.', { allowPhrases: ['Learning Together'] }],
    ['an ordinary ten-digit number', 'Referrals rose to 1234567890 this year.'],
    ['recommendation ids and acronyms', 'R1 asks the ICB and GP practices to act; see SILP.'],
    ['safeguarding vocabulary mid-sentence', 'It went to the Learning and Improvement Sub-group and the Home Office, then the Rapid Review.'],
  ])('does not flag %s', (_, text, over?: Partial<ScanOptions>) => {
    expect(kinds(text, over)).toEqual([]);
  });

  it('tells an NHS number from any ten digits by its check digit', () => {
    expect([isNhsNumber('9434765919'), isNhsNumber('9434765918')]).toEqual([true, false]);
  });
});

describe('the problems an editor reads', () => {
  const entry = (body: string, data: Record<string, unknown> = {}) => ({ file: 'content/reviews/child-q.mdx', data: { title: 'Child Q', subject: 'Child Q', allowPhrases: ['Safe Futures'], ...data }, body });
  const context = { knownPhrases: ['Northvale'], publicContacts: [] };

  it('names the body line and offers the allowPhrases line to add', () => {
    const [problem] = checkAnonymisation(entry('Intro.\n\nSeen by Jessica Okafor.'), context);
    expect(problem).toMatchObject({ file: 'content/reviews/child-q.mdx', field: 'body', severity: 'error' });
    expect(problem!.message).toContain('line 3 has "Jessica Okafor"');
    expect(problem!.message).toContain('allowPhrases: [Safe Futures, Jessica Okafor]');
  });

  it('checks the frontmatter fields by name', () => {
    const problems = checkAnonymisation(entry('Body.', { keyMessages: ['Ask Dr Okafor.'], recommendations: [{ id: 'R1', text: 'Call 07700 900123.' }] }), context);
    expect(problems.map((p) => p.field)).toEqual(['keyMessages[0]', 'recommendations[0].text']);
  });

  it('quotes a phrase YAML would misread', () => {
    const [problem] = checkAnonymisation(entry('Call 07700 900123.'), context);
    expect(problem!.message).toContain('allowPhrases: [Safe Futures, "07700 900123"]');
  });

  it('ignores link targets and code in the body', () => {
    expect(checkAnonymisation(entry('See [the guidance](https://example.com/Jessica-Okafor).'), context)).toEqual([]);
  });
});
