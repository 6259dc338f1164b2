import { describe, expect, it } from 'vitest';
import { entryState } from './publication.ts';
import { bodyLinks, filesToPublish, type PublishableEntry } from './published-files.ts';

// Each entry carries its state as the content pipeline tags it on the build date.
const stated = (entry: Omit<PublishableEntry, 'state'>): PublishableEntry => ({ ...entry, state: entryState(entry.data, '2026-11-22') });

describe('the paths a body links to', () => {
  it.each([
    ['See [the report](/reports/a.pdf#page=2).', ['/reports/a.pdf#page=2']],
    ['![A map of the area](/images/map.png "Map")', ['/images/map.png']],
    ['<img src="/images/chart.png" alt="Chart"> and <a href=\'/reports/b.pdf\'>b</a>', ['/images/chart.png', '/reports/b.pdf']],
    ['[report]: /reports/c.pdf\n\nRead the [report].', ['/reports/c.pdf']],
    ['[Another site](https://example.org/a.pdf) and [protocol-relative](//evil.example/x)', []],
    ['Write `[text](/reports/d.pdf)` to link.\n\n```md\n![x](/images/e.png)\n```\n', []],
  ])('%j', (body, expected) => {
    expect(bodyLinks(body)).toEqual(expected);
  });
});

describe('the files in public/ the site publishes', () => {
  const review = (over: Record<string, unknown>, body = ''): PublishableEntry => stated({ collection: 'reviews', data: { report: 'published', published: '2025-01-01', documents: [], ...over } as PublishableEntry['data'], body });
  const page = (body: string, over: Record<string, unknown> = {}): PublishableEntry => stated({ collection: 'pages', data: over, body });

  it('are the documents public reviews show and the files public bodies link to', () => {
    expect(filesToPublish([review({ documents: [{ href: '/reports/a.pdf' }] }, '![Map](/images/map.png)'), page('[Framework](/docs/framework.pdf)')], '2026-11-22')).toEqual({ documents: ['reports/a.pdf'], linked: ['docs/framework.pdf', 'images/map.png'] });
  });

  it('leave out what only a draft or embargoed entry links', () => {
    expect(filesToPublish([page('![x](/images/draft.png)', { draft: true }), page('[x](/docs/soon.pdf)', { published: '2030-01-01' })], '2026-11-22')).toEqual({ documents: [], linked: [] });
  });

  it('leave out the documents of a draft or embargoed review, however they are linked', () => {
    const entries = [review({ draft: true, documents: [{ href: '/reports/d.pdf#page=2' }] }), review({ published: '2027-01-01', documents: [{ href: '/reports/e.pdf' }] }), page('[Soon](/reports/e.pdf?x=1) and [draft](/reports/d.pdf)')];
    expect(filesToPublish(entries, '2026-11-22')).toEqual({ documents: [], linked: [] });
  });

  it('keep a withdrawn report out even when a public body links to it', () => {
    const entries = [review({ report: 'withdrawn', documents: [{ href: '/reports/w.pdf' }] }, 'The [report](/reports/w.pdf?x=1).'), page('[Old report](/reports/w.pdf)')];
    expect(filesToPublish(entries, '2026-11-22')).toEqual({ documents: [], linked: [] });
  });

  it('read links written with the site’s base path as paths in public/', () => {
    expect(filesToPublish([page('![Map](/cascade/images/map.png)')], '2026-11-22', '/cascade/').linked).toEqual(['images/map.png']);
  });
});

it('a public film briefing publishes its film, captions and poster; a draft’s stay out', () => {
  const film = (draft: boolean) => stated({ collection: 'briefings', data: { published: '2025-01-01', draft, media: { src: '/media/a.mp4', captions: '/media/a.vtt', poster: '/media/a.jpg' } } as PublishableEntry['data'], body: '' });
  expect(filesToPublish([film(false)], '2026-11-22').documents).toEqual(['media/a.mp4', 'media/a.vtt', 'media/a.jpg']);
  expect(filesToPublish([film(true)], '2026-11-22').documents).toEqual([]);
});
