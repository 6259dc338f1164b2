// Reads the `_headers` file the build writes and answers, as Netlify or Cloudflare Pages would,
// which headers a path gets: every matching rule applies, and a header set by two rules is
// combined with ", " (which, for a CSP, would enforce both policies).
import { readFileSync } from 'node:fs';
import path from 'node:path';

export interface HeaderRule {
  pattern: string;
  headers: Record<string, string>;
}

export function readHeadersFile(dir: string): HeaderRule[] {
  const rules: HeaderRule[] = [];
  for (const line of readFileSync(path.join(dir, '_headers'), 'utf8').split('\n')) {
    if (!line.trim() || line.trimStart().startsWith('#')) continue;
    if (!/^\s/.test(line)) rules.push({ pattern: line.trim(), headers: {} });
    else {
      const [name, ...value] = line.trim().split(':');
      rules.at(-1)!.headers[name!.trim()] = value.join(':').trim();
    }
  }
  return rules;
}

/** Whether a `_headers` path pattern (exact, or ending in `*`) matches a request path. */
export const matches = (pattern: string, pathname: string) => (pattern.endsWith('*') ? pathname.startsWith(pattern.slice(0, -1)) : pattern === pathname);

/** The headers a request path gets, and the patterns of the rules that set a CSP. */
export function headersFor(rules: HeaderRule[], pathname: string): { headers: Record<string, string>; cspRules: string[] } {
  const headers: Record<string, string> = {};
  const cspRules: string[] = [];
  for (const rule of rules.filter((r) => matches(r.pattern, pathname))) {
    if ('Content-Security-Policy' in rule.headers) cspRules.push(rule.pattern);
    for (const [name, value] of Object.entries(rule.headers)) headers[name] = headers[name] ? `${headers[name]}, ${value}` : value;
  }
  return { headers, cspRules };
}
