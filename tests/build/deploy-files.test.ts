import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { pathRulesFor } from '../../src/lib/authoring/cms-backend.ts';
import { HASHED_ASSETS_CACHE, HASHED_ASSETS_DIR, policyFor, SEARCH_INDEX_CORS, SEARCH_INDEX_DIR, SECURITY_HEADERS, serializePolicy } from '../../src/lib/formats/csp.ts';
import { ROOT } from '../setup/paths.ts';

const nginx = readFileSync(path.join(ROOT, 'docs/nginx.conf'), 'utf8');
const workflow = parse(readFileSync(path.join(ROOT, '.github/workflows/deploy.yml'), 'utf8'));

describe('docs/nginx.conf', () => {
  test.each([['/', ''], ['/search/', 'search/'], ['/admin/', 'admin/']])('location %s sends the policy of src/lib/formats/csp.ts', (location, sitePath) => {
    const block = nginx.split(`location ${location} {`)[1]!.split('}')[0]!;
    // The example signs editors in with GitLab, the default: /admin/ may reach gitlab.com only.
    expect(block).toContain(`add_header Content-Security-Policy "${serializePolicy(policyFor(sitePath, [], pathRulesFor({})))}" always;`);
    expect(block).toContain('include snippets/cascade-headers.conf;');
  });

  test('hashed assets under /_astro/ are cached for a year, with the security headers still sent', () => {
    const block = nginx.split(`location /${HASHED_ASSETS_DIR}/ {`)[1]!.split('}')[0]!;
    expect(block).toContain(`add_header Cache-Control "${HASHED_ASSETS_CACHE}" always;`);
    expect(block).toContain('include snippets/cascade-headers.conf;');
  });

  test('other partnerships’ search pages may read the search index under /pagefind/, with the security headers still sent', () => {
    const block = nginx.split(`location /${SEARCH_INDEX_DIR}/ {`)[1]!.split('}')[0]!;
    for (const [name, value] of Object.entries(SEARCH_INDEX_CORS)) expect(block).toContain(`add_header ${name} "${value}" always;`);
    expect(block).toContain('include snippets/cascade-headers.conf;');
  });

  test('the shared headers snippet matches src/lib/formats/csp.ts', () => {
    for (const [name, value] of Object.entries(SECURITY_HEADERS)) expect(nginx).toContain(`add_header ${name} "${value}" always;`);
  });
});

describe('the GitHub Pages workflow', () => {
  test('builds on push to main, every day, and by hand', () => {
    expect(workflow.on.push.branches).toEqual(['main']);
    expect(workflow.on.schedule[0].cron).toMatch(/^\d+ \d+ \* \* \*$/);
    expect(workflow.on).toHaveProperty('workflow_dispatch');
  });

  test('builds as of the day it runs, so embargoed entries go live on their day', () => {
    const text = JSON.stringify(workflow);
    expect(text).not.toContain('CASCADE_BUILD_DATE');
    const build = workflow.jobs.build.steps.find((s: { run?: string }) => s.run === 'npm run build');
    expect(build.env.CASCADE_BASE).toContain('base_path');
  });
});
