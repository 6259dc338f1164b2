import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { entryState, publicationState, resolveBuildDate, todayInLondon } from './publication.ts';

describe('publicationState', () => {
  test.each([
    [{ published: '2026-11-21' }, 'public'],
    [{ published: '2026-11-22' }, 'public'],
    [{ published: '2026-11-23' }, 'embargoed'],
    [{ published: '2026-11-21', draft: true }, 'draft'],
    [{ published: '2030-01-01', draft: true }, 'draft'],
    [{}, 'public'],
    [{ draft: true }, 'draft'],
  ] as const)('%o on 2026-11-22 is %s', (entry, state) => {
    expect(publicationState(entry, '2026-11-22')).toBe(state);
  });
});

describe('entryState: the state of a file from its frontmatter as written', () => {
  test.each([
    [{ title: 'x', published: '2026-11-22' }, false, 'public'],
    [{ title: 'x', published: '2026-12-01' }, false, 'embargoed'],
    [{ title: 'x', draft: true }, false, 'draft'],
    // draft: "yes" is a schema mistake, not a draft; the check reports it and the entry stays out as invalid.
    [{ title: 'x', draft: 'yes' }, false, 'public'],
    // A file whose YAML is broken but has a `draft: true` line is still a draft.
    [undefined, true, 'draft'],
    [null, false, 'public'],
  ] as const)('%o (draft line: %s) on 2026-11-22 is %s', (frontmatter, draftLine, state) => {
    expect(entryState(frontmatter, '2026-11-22', draftLine)).toBe(state);
  });
});

describe('the build date', () => {
  test('CASCADE_BUILD_DATE fixes the build date', () => {
    expect(resolveBuildDate({ CASCADE_BUILD_DATE: '2025-04-01' })).toBe('2025-04-01');
  });
  test('without CASCADE_BUILD_DATE the build date is today in London', () => {
    expect(resolveBuildDate({}, new Date('2026-06-30T23:30:00Z'))).toBe('2026-07-01');
    expect(todayInLondon(new Date('2026-12-31T23:30:00Z'))).toBe('2026-12-31');
  });
  test.each(['2025-02-30', '01/04/2025', 'tomorrow'])('a malformed CASCADE_BUILD_DATE (%s) is refused with how to fix it', (value) => {
    expect(() => resolveBuildDate({ CASCADE_BUILD_DATE: value })).toThrow(/Write it as YYYY-MM-DD/);
  });
});

describe('the publication rule is applied in one place', () => {
  // Every output takes the public set the content pipeline returns (validateContent tags each
  // entry once); a module that decides publication again is how unpublished work leaked before.
  const root = path.resolve(import.meta.dirname, '../../..');
  const sources = ['src', 'scripts']
    .flatMap((dir) => readdirSync(path.join(root, dir), { recursive: true, encoding: 'utf8' }).map((file) => path.join(dir, file).split(path.sep).join('/')))
    .filter((file) => /\.(ts|astro|mjs)$/.test(file) && !/\.test\.ts$/.test(file));
  const text = new Map(sources.map((file) => [file, readFileSync(path.join(root, file), 'utf8')]));
  // A filter on `draft` that is not the publication rule, and why.
  const NOT_THE_RULE: Record<string, string> = {
    'src/lib/checks/validation/_drafts.ts': 'turns the errors of a file that says draft: true into warnings',
    'src/lib/neighbours/entries.ts': 'drops another partnership’s entry dated after the build date: that partnership’s build applied its own rule, and a file holding such an entry is wrong',
  };
  const FILTERS_ON_DRAFT = /\.filter\([^\n]*\.draft\b/;
  const COMPARES_WITH_BUILD_DATE = /published\W{1,12}(<|>)=?\W{0,12}buildDate|buildDate\W{0,12}(<|>)=?\W{0,12}\w*\.?published/;

  test('only validateContent applies it, through entryState', () => {
    const applying = sources.filter((file) => file !== 'src/lib/rules/publication.ts' && /\b(publicationState|entryState|isPublic)\b/.test(text.get(file)!));
    expect(applying).toEqual(['src/lib/checks/validation/index.ts']);
  });

  test('no other module filters entries on draft, or compares published with the build date', () => {
    const deciding = sources.filter((file) => !(file in NOT_THE_RULE) && (FILTERS_ON_DRAFT.test(text.get(file)!) || COMPARES_WITH_BUILD_DATE.test(text.get(file)!)));
    expect(deciding).toEqual(['src/lib/rules/publication.ts']);
    // The scan does see such a filter: the allowed file has one.
    expect(FILTERS_ON_DRAFT.test(text.get('src/lib/checks/validation/_drafts.ts')!)).toBe(true);
  });
});
