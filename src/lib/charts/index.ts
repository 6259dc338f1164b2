// Static, accessible charts drawn at build time.
export { barLengths, drawBarChart, escapeXml, MAX_BAR_LENGTH, summariseBars, type Bar, type BarChartOptions } from './bar-chart.ts';
export { drawStackedChart, STACK_LENGTH, stackLengths, type StackedChartOptions, type StackRow, type StackSeries } from './stacked-chart.ts';
export { TEXTURE_NAMES, type Texture } from './_textures.ts';
