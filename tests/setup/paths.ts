import path from 'node:path';

export const ROOT = path.resolve(import.meta.dirname, '../..');
/** The example site, built once per test run with a fixed build date. */
export const EXAMPLE_OUT = path.join(ROOT, 'tests/.output/example');
export const BUILD_DATE = '2026-11-22';
