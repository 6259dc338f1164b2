import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { EXAMPLE_OUT, ROOT } from '../setup/paths.ts';
import { serveToBrowser } from '../setup/served-site.ts';

const site = serveToBrowser(EXAMPLE_OUT);

describe('the training tree picture', () => {
  test('a course in the picture shows when it has keyboard focus', async () => {
    const page = await site.browser.newPage();
    try {
      await page.goto(`${site.url}courses/`);
      const fill = () => page.locator('.tree-node').first().locator('rect').evaluate((rect) => getComputedStyle(rect).fill);
      const before = await fill();
      // Tab until the first course in the picture has focus, as a keyboard user would.
      for (let i = 0; i < 40 && !(await page.evaluate(() => document.activeElement?.classList.contains('tree-node'))); i++) await page.keyboard.press('Tab');
      expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBeTruthy();
      expect(await fill()).not.toBe(before);
    } finally {
      await page.close();
    }
  });

  test('following a course in the picture opens its page', async () => {
    const page = await site.browser.newPage();
    try {
      await page.goto(`${site.url}courses/`);
      await page.locator('.tree-node[aria-label^="Understanding Neglect"]').click();
      expect(new URL(page.url()).pathname).toBe('/courses/understanding-neglect/');
      expect(await page.locator('h1').textContent()).toBe('Understanding Neglect');
    } finally {
      await page.close();
    }
  });

  test('on a 320 px phone the picture scrolls inside its frame, not the page, and the list needs no scrolling', async () => {
    const page = await site.browser.newPage({ viewport: { width: 320, height: 640 } });
    try {
      await page.goto(`${site.url}courses/`);
      const frame = await page.locator('.tree-scroll').evaluate((el) => ({ scroll: el.scrollWidth, client: el.clientWidth }));
      expect(frame.scroll).toBeGreaterThan(frame.client);
      expect(await page.locator('.tree-outline').first().evaluate((el) => el.scrollWidth <= el.clientWidth)).toBe(true);
    } finally {
      await page.close();
    }
  });
});

/** Every prerequisite in the content, between courses the picture shows, as "from → to". */
function prerequisitesInContent(shown: Set<string>): string[] {
  const dir = path.join(ROOT, 'content/courses');
  return readdirSync(dir)
    .filter((f) => f.endsWith('.mdx') && shown.has(f.replace(/\.mdx$/, '')))
    .flatMap((f) => {
      const data = parse(readFileSync(path.join(dir, f), 'utf8').split(/^---$/m)[1]!) as { prerequisites?: string[] };
      return (data.prerequisites ?? []).filter((p) => shown.has(p)).map((p) => `${p} → ${f.replace(/\.mdx$/, '')}`);
    })
    .sort();
}

describe('the training tree tells the truth', () => {
  test('every drawn line is a prerequisite in the content, every prerequisite is drawn, and each joins its own two courses', async () => {
    const page = await site.browser.newPage();
    try {
      await page.goto(`${site.url}courses/`);
      const shown = new Set(await page.locator('.tree-node').evaluateAll((links) => links.map((a) => a.getAttribute('href')!.split('/').at(-2)!)));
      const drawn = await page.locator('.tree-edges path').evaluateAll((paths) =>
        paths.map((p) => {
          const path = p as SVGPathElement;
          const box = (slug: string) => (document.querySelector(`.tree-node[href$="/${slug}/"] rect`) as SVGRectElement).getBBox();
          const [from, to] = [box(path.dataset.from!), box(path.dataset.to!)];
          const [start, end] = [path.getPointAtLength(0), path.getPointAtLength(path.getTotalLength())];
          const on = (b: DOMRect, x: number, y: number) => x > b.x && x < b.x + b.width && (Math.abs(y - b.y) < 1 || Math.abs(y - b.y - b.height) < 1);
          return { edge: `${path.dataset.from} → ${path.dataset.to}`, joins: on(from, start.x, start.y) && on(to, end.x, end.y) };
        }),
      );
      expect(drawn.map((d) => d.edge).sort()).toEqual(prerequisitesInContent(shown));
      expect(drawn.filter((d) => !d.joins)).toEqual([]);
    } finally {
      await page.close();
    }
  });

  test('no two lines share a stretch, so none suggests a path that is not there', async () => {
    const page = await site.browser.newPage();
    try {
      await page.goto(`${site.url}courses/`);
      const shared = await page.locator('.tree-edges path').evaluateAll((paths) => {
        // The pixels each line covers: lines that cross share a few (more at a shallow angle); lines
        // that run together, as a shared bus would, share tens.
        const cells = paths.map((p) => {
          const path = p as SVGPathElement;
          const length = path.getTotalLength();
          const covered = new Set<string>();
          for (let i = 0; i <= length; i += 0.5) {
            const point = path.getPointAtLength(i);
            covered.add(`${Math.round(point.x)},${Math.round(point.y)}`);
          }
          return { edge: `${path.dataset.from} → ${path.dataset.to}`, covered };
        });
        const found: string[] = [];
        for (const [i, a] of cells.entries()) {
          for (const b of cells.slice(i + 1)) {
            const together = [...a.covered].filter((c) => b.covered.has(c)).length;
            if (together > 16) found.push(`${a.edge} and ${b.edge}: ${together} px`);
          }
        }
        return found;
      });
      expect(shared).toEqual([]);
    } finally {
      await page.close();
    }
  });

  test('on a 390 px phone the list comes first and the titles in the picture are at least 12 px', async () => {
    const page = await site.browser.newPage({ viewport: { width: 390, height: 844 } });
    try {
      await page.goto(`${site.url}courses/`);
      const size = await page.locator('.training-tree svg').evaluate((svg) => {
        const scale = svg.getBoundingClientRect().width / (svg as SVGSVGElement).viewBox.baseVal.width;
        return scale * parseFloat(getComputedStyle(svg.querySelector('.tree-node text')!).fontSize);
      });
      expect(size).toBeGreaterThanOrEqual(12);
      const top = (selector: string) => page.locator(selector).evaluate((el) => el.getBoundingClientRect().top);
      expect(await top('#training-tree-list')).toBeLessThan(await top('.training-tree'));
      expect(await top('#training-tree-list')).toBeLessThan(844);
    } finally {
      await page.close();
    }
  });
});

