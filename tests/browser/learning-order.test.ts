// A course shows its next sessions beside "Book a place"; theme and priority pages lead with
// briefings, then courses, then reviews.
import { describe, expect, test } from 'vitest';
import { EXAMPLE_OUT } from '../setup/paths.ts';
import { serveToBrowser } from '../setup/served-site.ts';

const site = serveToBrowser(EXAMPLE_OUT);
const PHONE = { width: 390, height: 844 };

describe('a course page on a phone', () => {
  test('shows the next sessions (date, time, place, places left or Full) right beside "Book a place", high on the page', async () => {
    const page = await site.browser.newPage({ viewport: PHONE });
    try {
      await page.goto(`${site.url}courses/understanding-neglect/`);
      const booking = page.getByRole('region', { name: 'Book a place' });
      const first = booking.locator('.session-list li').first();
      expect(await first.textContent()).toMatch(/15 December 2026, 09:30 to 16:30[\s\S]*Northvale Civic Centre, Training Room 1[\s\S]*Full: ask to join the waiting list/);
      expect(await booking.locator('.session-list li').nth(1).textContent()).toMatch(/2 March 2027, 09:30 to 16:30[\s\S]*Eastmoor Family Hub[\s\S]*20 places left/);
      // Each open session has its own booking link; the course's button books whichever suits.
      expect(await booking.getByRole('link', { name: 'Book a place on Understanding Neglect, 2 March 2027' }).count()).toBe(1);
      const button = booking.getByRole('link', { name: 'Book a place on Understanding Neglect', exact: true });
      expect(await button.getAttribute('href')).toMatch(/^https:\/\/booking\./);
      const [sessionBox, buttonBox] = [(await first.boundingBox())!, (await button.boundingBox())!];
      expect(Math.abs(buttonBox.y - sessionBox.y)).toBeLessThan(300);
      expect(buttonBox.y + buttonBox.height).toBeLessThanOrEqual(2 * PHONE.height);
    } finally {
      await page.close();
    }
  });
});

describe('theme and priority pages', () => {
  test.each(['themes/neglect/', 'priorities/neglect/'])('%s lists briefings first, then courses, then reviews', async (path) => {
    const page = await site.browser.newPage();
    try {
      await page.goto(site.url + path);
      const order = await page.locator('[data-gathered]').evaluateAll((sections) => sections.map((s) => s.getAttribute('data-gathered')));
      expect(order.filter((o) => o !== 'priorities')).toEqual(['briefings', 'courses', 'reviews']);
    } finally {
      await page.close();
    }
  });
});
