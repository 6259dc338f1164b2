// Vitest global setup: build the example content, with the leak-check fixtures laid over it,
// once; every site test reads this output.
import { rmSync } from 'node:fs';
import { writeExampleContent } from './leak-fixtures.ts';
import { EXAMPLE_OUT } from './paths.ts';
import { runBuild } from './run-build.ts';

export default function setup() {
  rmSync(EXAMPLE_OUT, { recursive: true, force: true });
  writeExampleContent();
  // As a partnership that has set up the web editor's sign-in (GitLab, README "Setting up the web editor").
  const run = runBuild(EXAMPLE_OUT, { CASCADE_CMS_REPO: 'northvale/learning', CASCADE_CMS_APP_ID: 'example-app-id' });
  if (run.status !== 0) throw new Error(`The example site did not build:\n${run.output}`);
}
