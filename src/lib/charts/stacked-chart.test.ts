import { describe, expect, test } from 'vitest';
import { drawStackedChart, STACK_LENGTH, stackLengths } from './stacked-chart.ts';

const series = [
  { label: 'Closed on time', texture: 'solid' as const },
  { label: 'Overdue at year end', texture: 'hatch' as const },
];
const svg = drawStackedChart({ id: 'trend', title: 'Recommendations due', description: 'Better.', series, rows: [{ label: '2024/25', values: [3, 1] }, { label: '2025/26 (so far)', values: [2, 0], display: '2 due' }] });

describe('drawStackedChart', () => {
  test('names every part in a legend and writes each row’s label and total', () => {
    for (const text of ['Closed on time', 'Overdue at year end', '2024/25', '2025/26 (so far)', '>4<', '>2 due<']) expect(svg).toContain(text);
  });

  test('fills overdue with a hatching pattern, not a colour alone', () => {
    expect(svg).toContain('<pattern id="trend-hatch"');
    expect(svg.match(/fill="url\(#trend-hatch\)"/g)).toHaveLength(2); // the legend swatch and 2024/25's part
  });

  test('draws no part for a zero value', () => {
    // Two swatches, two parts for 2024/25, one for 2025/26.
    expect(svg.match(/<rect class="chart__fill/g)).toHaveLength(5);
  });

  test('carries no inline style or script', () => {
    expect(svg).not.toMatch(/style=|<script|\son\w+=/);
  });
});

describe('stackLengths', () => {
  test.each([
    [[[1, 1], [2, 0]], 100, [[50, 50], [100, 0]]],
    [[[0, 0]], 100, [[0, 0]]],
    [[[3, 1]], STACK_LENGTH, [[STACK_LENGTH * 0.75, STACK_LENGTH * 0.25]]],
  ])('rows %o on a %i-unit scale give %o', (values, max, expected) => {
    expect(stackLengths(values.map((v) => ({ label: '', values: v })), max)).toEqual(expected);
  });
});
