// A small, valid content set for validation tests; each test breaks one thing in a copy.
import type { RawContent, RawEntry } from './index.ts';

const seven = Array.from({ length: 7 }, (_, i) => `## ${i + 1}. Section\n\nText.`).join('\n\n');

export function validRawContent(): RawContent {
  const entry = (collection: RawEntry['collection'], slug: string, data: Record<string, unknown>, body = 'Body.'): RawEntry => ({
    collection,
    slug,
    file: `content/${collection}/${slug}.mdx`,
    data,
    body,
  });
  const common = { summary: 'A short summary.', published: '2025-01-10', themes: ['neglect'], priorities: ['neglect'] };
  return {
    problems: [],
    dataFiles: [
      { name: 'partnership', file: 'content/partnership.yaml', data: { name: 'Northvale SCP', shortName: 'NSCP', area: 'Northvale', siteUrl: 'https://learning.example', contact: { email: 'learning@example.org' } } },
      { name: 'themes', file: 'content/themes.yaml', data: [{ id: 'neglect', name: 'Neglect' }, { id: 'domestic-abuse', name: 'Domestic abuse' }] },
      { name: 'agencies', file: 'content/agencies.yaml', data: [{ id: 'police', name: 'Northvale Police', shortName: 'Police', type: 'statutory-partner', sector: 'police' }, { id: 'health', name: 'Northvale ICB', shortName: 'ICB', type: 'statutory-partner' }] },
      { name: 'sectors', file: 'content/sectors.yaml', data: [{ id: 'police', name: 'Police' }, { id: 'health', name: 'Health' }] },
    ],
    entries: [
      entry('reviews', 'child-a', {
        ...common,
        title: 'Child A',
        kind: 'lcspr',
        agencies: ['police'],
        keyMessages: ['Listen to the child.'],
        report: 'published',
        documents: [{ label: 'Full report', href: '/reports/child-a.pdf', format: 'pdf' }],
        recommendations: [{ id: 'R1', text: 'Do better.', owners: ['police'], due: '2025-06-01', status: 'in-progress' }],
      }),
      entry('briefings', 'child-a-briefing', { ...common, title: 'Child A: seven minutes', format: 'seven-minute', sources: ['child-a'], audiences: ['workforce'], sectors: ['health'], keyMessages: ['One.'], courses: ['neglect-core'] }, seven),
      entry('courses', 'basics', { ...common, title: 'Basics', level: 'foundation', delivery: 'e-learning', durationMinutes: 60, audience: 'Everyone', outcomes: ['Know the basics'], trainers: 'intake' }),
      entry('courses', 'neglect-core', { ...common, title: 'Neglect', level: 'core', prerequisites: ['basics'], delivery: 'full-day', durationMinutes: 360, audience: 'Practitioners', outcomes: ['Spot neglect'], trainers: 'associate' }),
      entry('priorities', 'neglect', { order: 1, title: 'Neglect', summary: 'Why neglect.', period: { from: '2024-04-01', to: '2027-03-31' }, status: 'current' }),
      entry('newsletters', 'spring', { ...common, title: 'Spring', period: { from: '2025-01-01', to: '2025-03-31' }, featured: [{ collection: 'reviews', slug: 'child-a' }] }),
      entry('pages', 'about', { title: 'About' }),
    ],
  };
}

/** A copy of the fixture with one entry's data changed. */
export function withEntry(slug: string, change: (data: Record<string, unknown>) => void, body?: string): RawContent {
  const raw = validRawContent();
  const entry = raw.entries.find((e) => e.slug === slug)!;
  change(entry.data as Record<string, unknown>);
  if (body !== undefined) entry.body = body;
  return raw;
}
