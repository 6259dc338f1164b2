// Static, accessible charts drawn at build time.
export { barLengths, drawBarChart, escapeXml, MAX_BAR_LENGTH, summariseBars, type Bar, type BarChartOptions } from './bar-chart.ts';
