import { describe, expect, test } from 'vitest';
import { barLengths, drawBarChart, escapeXml, MAX_BAR_LENGTH, summariseBars } from './bar-chart.ts';

const bars = [
  { label: 'Local child safeguarding practice review', value: 4 },
  { label: 'Rapid review', value: 2, display: '2 (33%)' },
  { label: 'Audit & <review>', value: 0 },
];
const svg = drawBarChart({ id: 'kinds', title: 'Reviews by kind', description: '6 reviews in all.', bars });

describe('drawBarChart', () => {
  test('writes every label and value as text in the picture', () => {
    expect(svg).toContain('>Local child safeguarding practice review</text>');
    expect(svg).toContain('>4</text>');
    expect(svg).toContain('>Rapid review</text>');
    expect(svg).toContain('>2 (33%)</text>');
    expect(svg).toContain('>Audit &amp; &lt;review&gt;</text>');
    expect(svg).toContain('>0</text>');
  });

  test('is an image named by its title and description', () => {
    expect(svg).toMatch(/^<svg [^>]*role="img" aria-labelledby="kinds-title kinds-desc"/);
    expect(svg).toContain('<title id="kinds-title">Reviews by kind</title>');
    expect(svg).toContain('<desc id="kinds-desc">6 reviews in all.</desc>');
  });

  test('draws bars whose lengths are proportional to the values', () => {
    const widths = [...svg.matchAll(/<rect class="chart__fill[^>]*width="([\d.]+)"/g)].map((m) => Number(m[1]));
    // 4 gets the full length, 2 half of it, and 0 no bar at all.
    expect(widths).toEqual([MAX_BAR_LENGTH, MAX_BAR_LENGTH / 2]);
  });

  test('fills a bar with its texture, so a status is not told by colour alone', () => {
    const overdue = drawBarChart({ id: 'states', title: 'States', description: '', bars: [{ label: 'Overdue', value: 2, texture: 'hatch' }, { label: 'Complete on time', value: 1, texture: 'solid' }] });
    expect(overdue).toContain('<pattern id="states-hatch"');
    expect(overdue).toMatch(/<rect class="chart__fill chart__fill--hatch" fill="url\(#states-hatch\)"/);
    expect(overdue).toMatch(/<rect class="chart__fill chart__fill--solid" x=/);
  });

  test('carries no inline style or script, which the content security policy refuses', () => {
    expect(svg).not.toMatch(/style=|<script|\son\w+=/);
  });
});

describe('barLengths', () => {
  test.each([
    [[2, 1], 100, [100, 50]],
    [[0, 0], 100, [0, 0]],
    [[1000, 1], 100, [100, 2]],
  ])('values %o on a %i-unit scale give lengths %o', (values, max, expected) => {
    expect(barLengths(values.map((value) => ({ label: '', value })), max)).toEqual(expected);
  });
});

describe('summariseBars', () => {
  test.each([
    [[{ label: 'Podcast', value: 1 }, { label: 'Video', value: 3 }], '4 briefings in all; the most: Video (3).'],
    [[{ label: 'A', value: 2 }, { label: 'B', value: 2 }], '4 briefings in all; the most: A and B (2 each).'],
    [[{ label: 'A', value: 0 }], 'No briefings in this period.'],
  ])('reads %o as “%s”', (input, expected) => {
    expect(summariseBars(input, 'briefings')).toBe(expected);
  });
});

describe('escapeXml', () => {
  test('escapes the five XML special characters', () => {
    expect(escapeXml(`<a href="x">Tom & Jerry's</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;Tom &amp; Jerry&#39;s&lt;/a&gt;');
  });
});
