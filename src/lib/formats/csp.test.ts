import { describe, expect, test } from 'vitest';
import { cmsBackendOf } from '../authoring/cms-backend.ts';
import { DEV_ADMIN_EXTRA, mergePolicy, PATH_RULES, policyFor, renderHeadersFile, serializePolicy, withCmsHost, withNeighbours } from './csp.ts';

describe('policyFor', () => {
  test.each(['', 'reviews/child-a/', '/briefings/', 'pages/privacy/', '404.html'])('the page %j runs only scripts from the site itself', (path) => {
    const policy = serializePolicy(policyFor(path));
    expect(policy).toContain("default-src 'self'");
    expect(policy).toContain("script-src 'self';");
    expect(policy).toContain("style-src 'self';");
    expect(policy).not.toMatch(/unsafe-inline|unsafe-eval/);
  });

  test('the search page may compile WebAssembly, but not evaluate JavaScript', () => {
    expect(policyFor('search/')['script-src']).toEqual(["'self'", "'wasm-unsafe-eval'"]);
    expect(policyFor('/search/')['script-src']).toEqual(["'self'", "'wasm-unsafe-eval'"]);
  });

  test('a page whose path only starts like search does not get the search policy', () => {
    expect(policyFor('searching/')['script-src']).toEqual(["'self'"]);
  });

  test('the CMS admin gets the looser policy Decap CMS needs; public pages never do', () => {
    expect(policyFor('admin/')['script-src']).toContain("'unsafe-eval'");
    expect(policyFor('reviews/admin/')['script-src']).toEqual(["'self'"]);
  });

  test('the published editor may not talk to a server on the editor\'s computer; only the dev server adds it', () => {
    expect(serializePolicy(policyFor('admin/'))).not.toContain('localhost');
    expect(mergePolicy(policyFor('admin/'), DEV_ADMIN_EXTRA)['connect-src']).toEqual(["'self'", 'http://localhost:8081']);
  });

  test('inline script hashes are added to script-src', () => {
    expect(policyFor('', ['sha256-abc='])['script-src']).toEqual(["'self'", "'sha256-abc='"]);
  });

  test('asking twice gives two independent policies', () => {
    policyFor('search/')['script-src']!.push('x');
    expect(policyFor('search/')['script-src']).toEqual(["'self'", "'wasm-unsafe-eval'"]);
  });
});

describe('serializePolicy', () => {
  test('a meta tag leaves out frame-ancestors, which browsers ignore there', () => {
    const policy = policyFor('');
    expect(serializePolicy(policy, 'header')).toContain("frame-ancestors 'none'");
    expect(serializePolicy(policy, 'meta')).not.toContain('frame-ancestors');
  });

  test('a source listed twice is written once', () => {
    expect(serializePolicy({ 'img-src': ["'self'", "'self'", 'data:'] })).toBe("img-src 'self' data:");
  });
});

describe('renderHeadersFile', () => {
  const file = renderHeadersFile('/', ['search', 'reviews']);
  const rule = (path: string) => file.split('\n\n').find((block) => block.split('\n')[0] === path);

  test('every response gets the security headers', () => {
    expect(rule('/*')).toContain('X-Content-Type-Options: nosniff');
    expect(rule('/*')).toContain('Referrer-Policy:');
    expect(rule('/*')).toContain('Permissions-Policy:');
    expect(rule('/*')).not.toContain('Content-Security-Policy');
  });

  test('each folder of pages gets its own policy, so no path matches two CSP rules', () => {
    expect(rule('/search/*')).toContain("'wasm-unsafe-eval'");
    expect(rule('/reviews/*')).not.toContain("'wasm-unsafe-eval'");
    expect(rule('/')).toContain("frame-ancestors 'none'");
    expect(rule('/404.html')).toContain('Content-Security-Policy');
  });

  test('hashed CSS and scripts under /_astro/ may be kept for a year', () => {
    expect(rule('/_astro/*')?.trim()).toBe('/_astro/*\n  Cache-Control: public, max-age=31536000, immutable');
    expect(renderHeadersFile('/cascade/', [])).toContain('\n/cascade/_astro/*\n  Cache-Control: public, max-age=31536000, immutable');
  });

  test('a base path prefixes every rule', () => {
    const based = renderHeadersFile('/cascade/', ['reviews']);
    expect(based).toContain('\n/cascade/*\n');
    expect(based).toContain('\n/cascade/reviews/*\n');
    expect(based).not.toMatch(/^\/reviews/m);
  });
});

describe('withCmsHost', () => {
  test('lets /admin/ reach exactly the chosen git host, and no public page', () => {
    const rules = withCmsHost(PATH_RULES, cmsBackendOf({ CASCADE_CMS_GITLAB_URL: 'https://git.northvale.gov.uk', CASCADE_CMS_APP_ID: 'x' }));
    expect(policyFor('admin/', [], rules)['connect-src']).toEqual(["'self'", 'https://git.northvale.gov.uk']);
    expect(policyFor('admin/', [], rules)['connect-src']).not.toContain('https://api.github.com');
    expect(policyFor('reviews/', [], rules)['connect-src']).toEqual(["'self'"]);
    expect(renderHeadersFile('/', ['admin'], rules)).toMatch(/\/admin\/\*\n {2}Content-Security-Policy: [^\n]*connect-src 'self' https:\/\/git\.northvale\.gov\.uk;/);
  });
});

describe('withNeighbours', () => {
  test('lets the search page, and no other, read exactly the neighbours’ search indexes', () => {
    const rules = withNeighbours(PATH_RULES, ['https://east.example', 'https://west.example']);
    expect(policyFor('search/', [], rules)['connect-src']).toEqual(["'self'", 'https://east.example', 'https://west.example']);
    for (const page of ['', 'reviews/', 'themes/neglect/', 'admin/']) expect(policyFor(page, [], rules)['connect-src']).not.toContain('https://east.example');
    expect(withNeighbours(PATH_RULES, [])).toEqual(PATH_RULES);
  });

  test('_headers lets other sites read this site’s search index', () => {
    expect(renderHeadersFile('/cascade/', [])).toContain('\n/cascade/pagefind/*\n  Access-Control-Allow-Origin: *\n');
  });
});
