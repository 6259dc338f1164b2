import { describe, expect, test } from 'vitest';
import { withReportText } from './report-text.ts';

describe('withReportText', () => {
  test('places the text just after the Documents heading, hidden and escaped', () => {
    expect(withReportText('<main><h2 id="documents">Documents</h2><ul><li>Report</li></ul><h2 id="learning">Learning</h2></main>', 'A & B <i>')).toBe(
      '<main><h2 id="documents">Documents</h2><div hidden data-report-text>A &amp; B &lt;i&gt;</div><ul><li>Report</li></ul><h2 id="learning">Learning</h2></main>',
    );
  });

  test('falls back to the end of <main> when the page has no Documents heading', () => {
    expect(withReportText('<main><p>x</p></main>', 'text')).toBe('<main><p>x</p><div hidden data-report-text>text</div></main>');
  });
});
