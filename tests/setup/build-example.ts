// Vitest global setup: build the example content once; every site test reads this output.
import { rmSync } from 'node:fs';
import { EXAMPLE_OUT } from './paths.ts';
import { runBuild } from './run-build.ts';

export default function setup() {
  rmSync(EXAMPLE_OUT, { recursive: true, force: true });
  const run = runBuild(EXAMPLE_OUT);
  if (run.status !== 0) throw new Error(`The example site did not build:\n${run.output}`);
}
