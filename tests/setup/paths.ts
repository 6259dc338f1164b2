import path from 'node:path';

export const ROOT = path.resolve(import.meta.dirname, '../..');
/** The example site, built once per test run with a fixed build date. */
export const EXAMPLE_OUT = path.join(ROOT, 'tests/.output/example');
/**
 * What the example site is built from in tests: the example content plus the leak-check
 * fixtures (tests/fixtures/unpublished/). The folder is named `content` so that messages
 * name files as they would in a partnership's own repository.
 */
export const EXAMPLE_CONTENT = path.join(ROOT, 'tests/.output/example-source/content');
/** Draft and embargoed entries, one of each per collection, whose marked text must reach no output. */
export const LEAK_FIXTURES = path.join(ROOT, 'tests/fixtures/unpublished');
export const BUILD_DATE = '2026-11-22';
