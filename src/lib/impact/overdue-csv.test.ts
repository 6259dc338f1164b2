import { describe, expect, test } from 'vitest';
import { csvField, overdueCsv } from './overdue-csv.ts';

describe('csvField', () => {
  test.each([
    ['plain', 'plain'],
    ['a, b', '"a, b"'],
    ['say "yes"', '"say ""yes"""'],
    ['two\nlines', '"two\nlines"'],
    ['=HYPERLINK("x")', '"\'=HYPERLINK(""x"")"'],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['-1+2', "'-1+2"],
    [412, '412'],
  ] as const)('writes %o as %s', (value, expected) => {
    expect(csvField(value)).toBe(expected);
  });
});

describe('overdueCsv', () => {
  test('writes a header and one row per overdue recommendation, with CRLF line ends', () => {
    const csv = overdueCsv([
      { review: { id: 'child-q', title: 'Child Q, a review' }, reference: 'R3', text: 'Share plans.', owners: [{ id: 'police', name: 'Police' }, { id: 'council', name: 'Council' }], due: '2025-06-30', daysOverdue: 510, latestUpdate: { date: '2026-10-01', note: 'Draft "agreed".' } },
      { review: { id: 'child-r', title: 'Child R' }, reference: 'R1', text: 'Train staff.', owners: [{ id: 'health', name: 'Health' }], due: '2026-01-31', daysOverdue: 295, latestUpdate: null },
    ]);
    expect(csv).toBe(
      'Review,Review title,Reference,Recommendation,Owners,Due,Days overdue,Latest update date,Latest update\r\n' +
        'child-q,"Child Q, a review",R3,Share plans.,Police; Council,2025-06-30,510,2026-10-01,"Draft ""agreed""."\r\n' +
        'child-r,Child R,R1,Train staff.,Health,2026-01-31,295,,\r\n',
    );
  });
});
