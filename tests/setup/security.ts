// What a page does in the browser that the security tests watch: CSP violations (as the page
// sees them and as the console reports them), requests to other origins, and cookies.
import type { Browser } from 'playwright-core';

export interface PageVisit {
  violations: string[];
  foreignRequests: string[];
  cookies: string[];
  setCookieHeaders: string[];
  status: number | undefined;
}

const RECORD_VIOLATIONS = () => {
  const seen: string[] = [];
  (window as unknown as { __cspViolations: string[] }).__cspViolations = seen;
  document.addEventListener('securitypolicyviolation', (e) => seen.push(`${e.effectiveDirective} blocked ${e.blockedURI || 'inline'} (${e.sourceFile}:${e.lineNumber})`));
};

/** Opens `url` in a fresh context and reports what it did; requests outside `allowedOrigins` are foreign. */
export async function visit(browser: Browser, url: string, allowedOrigins: string[]): Promise<PageVisit> {
  const context = await browser.newContext();
  const page = await context.newPage();
  const result: PageVisit = { violations: [], foreignRequests: [], cookies: [], setCookieHeaders: [], status: undefined };
  try {
    await page.addInitScript(RECORD_VIOLATIONS);
    page.on('console', (m) => {
      if (/Content.Security.Policy/i.test(m.text())) result.violations.push(`console: ${m.text()}`);
    });
    page.on('request', (r) => {
      const origin = new URL(r.url()).origin;
      if (!allowedOrigins.includes(origin) && !/^(data|blob):/.test(r.url())) result.foreignRequests.push(r.url());
    });
    page.on('response', async (r) => {
      const header = await r.headerValue('set-cookie');
      if (header) result.setCookieHeaders.push(`${r.url()}: ${header}`);
    });
    const response = await page.goto(url, { waitUntil: 'networkidle' });
    result.status = response?.status();
    result.violations.push(...(await page.evaluate(() => (window as unknown as { __cspViolations: string[] }).__cspViolations)));
    result.cookies = (await context.cookies()).map((c) => c.name);
    if (await page.evaluate(() => document.cookie)) result.cookies.push('document.cookie');
  } finally {
    await context.close();
  }
  return result;
}
