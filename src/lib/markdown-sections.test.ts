import { describe, expect, test } from 'vitest';
import { countLevelTwoHeadings, emptyLevelTwoSections, listLevelTwoHeadings } from './markdown-sections.ts';

describe('listLevelTwoHeadings', () => {
  test.each<[string, string, string[]]>([
    ['an empty body has none', '', []],
    ['a heading at the start of a line counts', '## Why it matters', ['Why it matters']],
    ['headings come back in document order', '## One\n\nText.\n\n## Two\n', ['One', 'Two']],
    ['up to three leading spaces are allowed', '   ## Indented', ['Indented']],
    ['four leading spaces make code, not a heading', '    ## Code', []],
    ['a tab before the hashes makes code, not a heading', '\t## Code', []],
    ['a tab after the hashes is allowed', '##\tTabbed', ['Tabbed']],
    ['hashes without a space are not a heading', '##NoSpace', []],
    ['a heading with no text is not counted', '##\n## \n##   ', []],
    ['a heading of only a closing sequence is not counted', '## ##', []],
    ['a closing sequence is not part of the text', '## Closed ##', ['Closed']],
    ['a hash inside the text is kept', '## Child C#', ['Child C#']],
    ['other levels are not counted', '# One\n### Three\n#### Four', []],
    ['a heading in a blockquote is not a section', '> ## Quoted', []],
    ['Windows line endings are read', '## One\r\n## Two\r\n', ['One', 'Two']],
    ['inline markup stays in the text', '## 1. **What** happened', ['1. **What** happened']],
  ])('%s', (_, body, expected) => {
    expect(listLevelTwoHeadings(body)).toEqual(expected);
  });
});

describe('fenced code blocks', () => {
  test.each<[string, string, string[]]>([
    ['a heading inside a backtick fence is ignored', '## In\n```md\n## Out\n```\n## In again', ['In', 'In again']],
    ['a heading inside a tilde fence is ignored', '~~~\n## Out\n~~~\n## In', ['In']],
    ['a tilde line does not close a backtick fence', '```\n~~~\n## Out\n```\n## In', ['In']],
    ['a shorter run does not close a longer fence', '````\n```\n## Out\n````\n## In', ['In']],
    ['a longer run closes a shorter fence', '```\n## Out\n`````\n## In', ['In']],
    ['a fence may be indented up to three spaces', '   ```\n## Out\n   ```\n## In', ['In']],
    ['a closing fence with text after it does not close', '```\n``` not closed\n## Out\n```\n## In', ['In']],
    ['an unclosed fence runs to the end of the body', '## In\n```\n## Out', ['In']],
    ['backticks in the info string make inline code, not a fence', '```inline` code\n## In', ['In']],
  ])('%s', (_, body, expected) => {
    expect(listLevelTwoHeadings(body)).toEqual(expected);
  });
});

describe('countLevelTwoHeadings', () => {
  test('a seven-minute briefing body has seven sections', () => {
    const body = ['Introduction.', ...['What', 'Why', 'Who', 'Signs', 'Do', 'Ask', 'Find out more'].map((title, i) => `## ${i + 1}. ${title}\n\nText.`)].join('\n\n');
    expect(countLevelTwoHeadings(body)).toBe(7);
  });

  test.each([
    ['## One\n## Two\n```\n## Not\n```', 2],
    ['## \n## Real', 1],
    ['No headings at all.', 0],
  ])('%j has %i level-two headings', (body, expected) => {
    expect(countLevelTwoHeadings(body)).toBe(expected);
  });
});

describe('emptyLevelTwoSections', () => {
  test.each([
    ['## One\n\n## Two\ntext', [{ text: 'One', line: 1 }]],
    ['## One\ntext\n## Two\n', [{ text: 'Two', line: 3 }]],
    ['## One\n### Sub\ntext\n', []],
    ['## One\n\n# Top\ntext\n', [{ text: 'One', line: 1 }]],
    ['## One\n```\n## not a heading\n```\n', []],
    ['Intro\n\n## One\n\n  \n', [{ text: 'One', line: 3 }]],
  ])('in %j finds %j', (body, expected) => {
    expect(emptyLevelTwoSections(body)).toEqual(expected);
  });
});
