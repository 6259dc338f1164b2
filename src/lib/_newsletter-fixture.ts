// A small hand-made issue shared by the email and text tests.
import type { GatheredIssue } from './rules/newsletter.ts';
import type { IssueContext } from './formats/newsletter-email.ts';

export const BASE = 'https://example.org/newsletters/autumn/';
const issue: GatheredIssue = {
  featured: [{ collection: 'reviews', slug: 'child-k', title: 'Child K & <family>', summary: 'A review.', published: '2026-09-23' }],
  reviews: [],
  briefings: [{ collection: 'briefings', slug: 'neglect', title: 'Neglect', summary: 'A briefing.', published: '2026-10-01' }],
  courses: [],
  sessions: [
    { courseSlug: 'basics', courseTitle: 'Basics', date: '2026-11-05', start: '09:30', end: '12:30', online: true },
    { courseSlug: 'neglect', courseTitle: 'Neglect', date: '2026-11-06', location: 'Civic Centre', places: 0 },
  ],
  sessionWindow: { from: '2026-11-01', to: '2026-12-12' },
};
export const ctx: IssueContext = {
  title: 'Autumn <2026>',
  summary: 'What we learned.',
  period: { from: '2026-08-01', to: '2026-10-31' },
  partnership: { name: 'Northvale SCP', email: 'learning@example.org', colours: { brand: '#1d4f91', onBrand: '#ffffff', link: '#1d4f91', text: '#0b0c0c' } },
  footer: { subscribeHref: 'https://lists.example.org/learning', reason: 'You are receiving this because you signed up for the Northvale SCP learning newsletter.', unsubscribe: '*|UNSUB|*' },
  introHtml: '<p>Welcome. See <a href="/reviews/child-k/">the review</a>.</p><script>alert(1)</script><p onclick="x()">Thanks.</p>',
  issue,
  webUrl: BASE,
  archiveUrl: 'https://example.org/newsletters/',
  urlOf: (item) => `https://example.org/${item.collection}/${item.slug}/`,
};

