import { describe, expect, test } from 'vitest';
import { formatProblems, validateContent } from './index.ts';
import { validRawContent, withEntry } from '../../../../tests/fixtures/valid-content.ts';

const messages = (raw: ReturnType<typeof validRawContent>) => validateContent(raw).problems.map((p) => `${p.file} ${p.field}: ${p.message}`);

describe('validateContent', () => {
  test('the fixture content is valid', () => {
    expect(validateContent(validRawContent()).problems).toEqual([]);
  });

  test('an unknown review kind names the value, the allowed kinds and the closest one', () => {
    expect(messages(withEntry('child-a', (d) => (d.kind = 'lcsp')))).toMatchInlineSnapshot(`
      [
        "content/reviews/child-a.mdx kind: "lcsp" is not allowed here. Expected one of: lcspr, rapid-review, national-review, scr, learning-review, multi-agency-audit, thematic-audit, good-practice-review, single-agency-review, section-11-audit, sar, dhr. Did you mean "lcspr"?",
      ]
    `);
  });

  test('a malformed date says how to write one', () => {
    expect(messages(withEntry('child-a', (d) => (d.published = '14/03/2025')))).toMatchInlineSnapshot(`
      [
        "content/reviews/child-a.mdx published: is "14/03/2025": expected a date written YYYY-MM-DD: write 2025-03-14.",
      ]
    `);
  });

  test('an impossible date is refused', () => {
    expect(messages(withEntry('child-a', (d) => (d.published = '2025-02-30')))).toMatchInlineSnapshot(`
      [
        "content/reviews/child-a.mdx published: is "2025-02-30": this date does not exist in the calendar; check the day and month.",
      ]
    `);
  });

  test('an empty required field and a missing one are both reported', () => {
    expect(messages(withEntry('child-a', (d) => { d.title = '  '; delete d.report; }))).toMatchInlineSnapshot(`
      [
        "content/reviews/child-a.mdx title: is "  ": this field is empty; write some text here.",
        "content/reviews/child-a.mdx report: is required but missing. Add \`report:\` with one of: published, withdrawn, not-published, delayed.",
      ]
    `);
  });

  test('a summary over 300 characters is refused', () => {
    expect(messages(withEntry('child-a', (d) => (d.summary = 'x'.repeat(301))))[0]).toMatch(/^content\/reviews\/child-a.mdx summary: is "x+…": keep the summary to 300 characters or fewer/);
  });

  test('a misspelt field name is reported with the field it probably meant', () => {
    expect(messages(withEntry('child-a', (d) => (d.keymessages = ['x'])))).toMatchInlineSnapshot(`
      [
        "content/reviews/child-a.mdx keymessages: is not a field Cascade knows. Did you mean "keyMessages"?",
      ]
    `);
  });

  test.each([
    ['child-a', (d: Record<string, unknown>) => (d.themes = ['neglectt']), 'themes[0]: "neglectt" does not match any theme id in content/themes.yaml. Did you mean "neglect"?'],
    ['child-a', (d: Record<string, unknown>) => (d.agencies = ['polce']), 'agencies[0]: "polce" does not match any agency id in content/agencies.yaml. Did you mean "police"?'],
    ['child-a-briefing', (d: Record<string, unknown>) => (d.sectors = ['helth']), 'sectors[0]: "helth" does not match any sector id in content/sectors.yaml. Did you mean "health"?'],
    ['child-a-briefing', (d: Record<string, unknown>) => (d.sources = ['child-b']), 'sources[0]: "child-b" does not match any review in content/reviews/. Did you mean "child-a"?'],
    ['child-a-briefing', (d: Record<string, unknown>) => (d.courses = ['basic']), 'courses[0]: "basic" does not match any course in content/courses/. Did you mean "basics"?'],
    ['neglect-core', (d: Record<string, unknown>) => (d.prerequisites = ['basis']), 'prerequisites[0]: "basis" does not match any course in content/courses/. Did you mean "basics"?'],
    ['child-a', (d: Record<string, unknown>) => (d.priorities = ['neglekt']), 'priorities[0]: "neglekt" does not match any priority in content/priorities/. Did you mean "neglect"?'],
    ['spring', (d: Record<string, unknown>) => (d.featured = [{ collection: 'reviews', slug: 'child-z' }]), 'featured[0].slug: "child-z" does not match any entry in content/reviews/. Did you mean "child-a"?'],
    [
      'child-a',
      (d: Record<string, unknown>) => ((d.recommendations as { owners: string[] }[])[0]!.owners = ['helth']),
      'recommendations[0].owners[0]: "helth" does not match any agency id in content/agencies.yaml. Did you mean "health"?',
    ],
  ])('a reference to a missing id in %s is reported with the closest valid ids', (slug, change, expected) => {
    const list = messages(withEntry(slug, change));
    expect(list).toHaveLength(1);
    expect(list[0]).toContain(expected);
  });

  test('a prerequisite cycle names every course in it', () => {
    const raw = withEntry('basics', (d) => (d.prerequisites = ['neglect-core']));
    expect(messages(raw)).toMatchInlineSnapshot(`
      [
        "content/courses/basics.mdx prerequisites: make a loop: basics → neglect-core → basics. A course cannot lead back to itself; remove one of these prerequisites (courses in the loop: content/courses/basics.mdx, content/courses/neglect-core.mdx).",
      ]
    `);
  });

  test('a seven-minute briefing without exactly seven sections is refused', () => {
    const raw = withEntry('child-a-briefing', () => {}, '## 1. One\n\n## 2. Two\n\n```\n## not a heading\n```\n');
    expect(messages(raw)).toMatchInlineSnapshot(`
      [
        "content/briefings/child-a-briefing.mdx body: the section "1. One" has nothing under it. Write it, or remove the heading.",
        "content/briefings/child-a-briefing.mdx format: is "seven-minute", but the body has 2 numbered sections (## headings) where exactly 7 are needed. Add sections so there are seven, or choose another format such as learning-summary.",
      ]
    `);
  });

  test('a reference to an unpublished entry is allowed: the link is left out at build time', () => {
    const raw = validRawContent();
    raw.entries.find((e) => e.slug === 'child-a')!.data = { ...(raw.entries.find((e) => e.slug === 'child-a')!.data as object), draft: true };
    expect(validateContent(raw).problems).toEqual([]);
  });

  test('a file name that cannot be a web address is refused with a suggested name', () => {
    const raw = validRawContent();
    raw.entries[0]!.slug = 'Child A';
    expect(messages(raw)[0]).toContain('Rename it using lowercase letters, digits and hyphens, e.g. child-a.mdx');
  });

  test('every problem is reported at once, grouped by file', () => {
    const raw = validRawContent();
    (raw.entries[0]!.data as Record<string, unknown>).kind = 'nope';
    (raw.entries[1]!.data as Record<string, unknown>).audiences = ['everyone'];
    (raw.entries[2]!.data as Record<string, unknown>).level = 'roots';
    const { problems } = validateContent(raw);
    expect(problems).toHaveLength(3);
    const report = formatProblems(problems);
    expect(report).toContain('content/reviews/child-a.mdx\n  kind:');
    expect(report).toContain('content/courses/basics.mdx\n  level:');
    expect(report.trim().endsWith('3 problems in 3 files.')).toBe(true);
  });

  test('a missing data file is reported by name', () => {
    const raw = validRawContent();
    raw.dataFiles = raw.dataFiles.map((f) => (f.name === 'sectors' ? { ...f, data: undefined } : f));
    expect(messages(raw)).toEqual([expect.stringContaining('content/sectors.yaml : is missing. Create content/sectors.yaml')]);
  });

  test('a duplicated id in a data file is reported', () => {
    const raw = validRawContent();
    raw.dataFiles = raw.dataFiles.map((f) => (f.name === 'themes' ? { ...f, data: [{ id: 'neglect', name: 'A' }, { id: 'neglect', name: 'B' }, { id: 'domestic-abuse', name: 'C' }] } : f));
    expect(messages(raw)).toEqual(['content/themes.yaml [1].id: "neglect" is used twice. Give each item its own id.']);
  });
});

describe('content/network.yaml', () => {
  const withNetwork = (data: unknown) => {
    const raw = validRawContent();
    raw.dataFiles.push({ name: 'network', file: 'content/network.yaml', data });
    return raw;
  };
  const problems = (data: unknown) => validateContent(withNetwork(data)).problems.map((p) => `${p.code} ${p.file} ${p.field}: ${p.message}`);

  test('is optional: without it the site has no neighbours', () => {
    expect(validateContent(validRawContent()).problems).toEqual([]);
    expect(validateContent(validRawContent()).content.network).toEqual({ partnerships: [] });
  });

  test('names each neighbour by its https address; http only on this computer', () => {
    const network = { partnerships: [{ name: 'Eastshire SCP', url: 'https://east.example/' }, { name: 'Test', url: 'http://127.0.0.1:4321/' }] };
    expect(problems(network)).toEqual([]);
    expect(validateContent(withNetwork(network)).content.network).toEqual(network);
  });

  test('a plain http address, a missing name and a partnership listed twice are reported with their codes', () => {
    expect(problems({ partnerships: [{ name: 'Eastshire SCP', url: 'http://east.example/' }, { url: 'https://west.example' }, { name: 'West again', url: 'https://WEST.example/' }] })).toMatchInlineSnapshot(`
      [
        "network-address content/network.yaml partnerships[0].url: is "http://east.example/": the address must start with https:// (http:// is allowed only for this computer, in tests); write https://east.example/.",
        "field-required content/network.yaml partnerships[1].name: is required but missing. Add \`name:\` with text.",
      ]
    `);
    expect(problems({ partnerships: [{ name: 'West', url: 'https://west.example' }, { name: 'West again', url: 'https://WEST.example/' }] })).toEqual([
      expect.stringMatching(/^network-duplicate content\/network.yaml partnerships\[1\]\.url: .*is the same site as partnerships\[0\]; list each partnership once/),
    ]);
  });
});

describe('brand colour contrast', () => {
  const withColours = (colours: Record<string, string>) => {
    const raw = validRawContent();
    (raw.dataFiles[0]!.data as Record<string, unknown>).colours = colours;
    return raw;
  };

  test('a faint link colour names the file, both colours, the ratio and the ratio required', () => {
    expect(messages(withColours({ link: '#8899aa' }))).toMatchInlineSnapshot(`
      [
        "content/partnership.yaml colours.link: "#8899aa" on "#ffffff" has a contrast ratio of 2.92:1, below the 4.5:1 that WCAG AA requires for links (link) on the page background (background). Choose a darker link colour so the ratio reaches at least 4.5:1.",
      ]
    `);
  });

  test('readable colours pass', () => {
    expect(messages(withColours({ brand: '#0b0c0c', onBrand: '#ffffff', link: '#0b0c0c', accent: '#ffdd00' }))).toEqual([]);
  });
});

describe('how to report a concern (partnership.yaml worried:)', () => {
  const withWorried = (worried: unknown) => {
    const raw = validRawContent();
    (raw.dataFiles[0]!.data as Record<string, unknown>).worried = worried;
    return raw;
  };

  test('a front door phone number with letters names the field and says how to write one', () => {
    expect(messages(withWorried({ frontDoor: { name: 'Front Door', phone: 'call the council' } }))).toMatchInlineSnapshot(`
      [
        "content/partnership.yaml worried.frontDoor.phone: is "call the council": expected a phone number of digits and spaces, e.g. 01632 960 555 or 999.",
      ]
    `);
  });

  test('an out-of-hours line without a number is refused', () => {
    expect(messages(withWorried({ outOfHours: { name: 'Emergency Duty Team' } }))).toMatchInlineSnapshot(`
      [
        "content/partnership.yaml worried.outOfHours.phone: is required but missing. Add \`phone:\` with text.",
      ]
    `);
  });

  test('the police and NSPCC numbers default to the national ones', () => {
    const result = validateContent(withWorried({ frontDoor: { name: 'Front Door', phone: '01632 960 555' } }));
    expect(result.problems).toEqual([]);
    expect(result.content.partnership?.worried).toMatchObject({ police: { emergency: '999', nonEmergency: '101' }, nspcc: { phone: '0808 800 5000' } });
  });
});
