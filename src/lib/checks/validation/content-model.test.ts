// The messages an editor sees for the fields of course sessions, media and content notices.
import { describe, expect, test } from 'vitest';
import { validateContent } from './index.ts';
import { withEntry } from '../../../../tests/fixtures/valid-content.ts';
import type { MediaFileFacts } from '../../media/index.ts';

type Data = Record<string, unknown>;
const messages = (raw: ReturnType<typeof withEntry>) => validateContent(raw).problems.map((p) => `${p.file} ${p.field}: ${p.message}`);
const withSessions = (...sessions: Data[]) => withEntry('neglect-core', (d) => (d.sessions = sessions));

describe('course sessions', () => {
  test('timed, all-day, online, full and separately booked sessions are all valid', () => {
    expect(
      messages(
        withSessions(
          { date: '2026-12-15', start: '09:30', end: '12:30', location: 'Civic Centre' },
          { date: '2026-12-16', online: true, places: 0 },
          { date: '2026-12-17', start: '9:30', end: '16:00', location: 'Hub', full: true, booking: 'https://booking.example/neglect/17' },
        ),
      ),
    ).toEqual([]);
  });

  test('a time written another way says how to write it', () => {
    expect(messages(withSessions({ date: '2026-12-15', start: '9.30am', end: '12:30', location: 'Hub' }))).toMatchInlineSnapshot(`
      [
        "content/courses/neglect-core.mdx sessions[0].start: is "9.30am": expected a 24-hour time written HH:MM, e.g. "09:30" or "13:45".",
      ]
    `);
  });

  test('an end before the start names both times', () => {
    expect(messages(withSessions({ date: '2026-12-15', start: '13:30', end: '12:30', location: 'Hub' }))).toMatchInlineSnapshot(`
      [
        "content/courses/neglect-core.mdx sessions[0].end: is "12:30": must be after the start time (13:30). Write the time the session finishes in 24-hour time, e.g. "16:30" for half past four.",
      ]
    `);
  });

  test('a start without an end, and an end without a start, ask for the other', () => {
    expect(messages(withSessions({ date: '2026-12-15', start: '09:30', location: 'Hub' }, { date: '2026-12-16', end: '12:30', location: 'Hub' }))).toMatchInlineSnapshot(`
      [
        "content/courses/neglect-core.mdx sessions[0].end: is required but missing: the session starts at 09:30. Add \`end:\` with the time it finishes, e.g. "12:30".",
        "content/courses/neglect-core.mdx sessions[1].start: is required but missing: the session ends at 12:30. Add \`start:\` with the time it begins, e.g. "09:30".",
      ]
    `);
  });

  test('a session needs a location or online: true, and not both', () => {
    expect(messages(withSessions({ date: '2026-12-15' }, { date: '2026-12-16', online: true, location: 'Hub' }))).toMatchInlineSnapshot(`
      [
        "content/courses/neglect-core.mdx sessions[0].location: is required but missing. Add \`location:\` with where the session happens, or \`online: true\` for a session held online.",
        "content/courses/neglect-core.mdx sessions[1].online: is true: the session also has a location, and it can have only one. Keep one: remove \`location:\` for an online session, or \`online: true\` for one held in person.",
      ]
    `);
  });

  test('"Online" written as a location points to online: true', () => {
    expect(messages(withSessions({ date: '2026-12-15', location: 'Online' }))).toMatchInlineSnapshot(`
      [
        "content/courses/neglect-core.mdx sessions[0].location: is "Online": a session held online takes \`online: true\` instead of a location. Replace this line with \`online: true\`.",
      ]
    `);
  });

  test('a session’s booking must be a web address or a path on this site', () => {
    expect(messages(withSessions({ date: '2026-12-15', location: 'Hub', booking: 'booking.example/neglect' }))).toMatchInlineSnapshot(`
      [
        "content/courses/neglect-core.mdx sessions[0].booking: is "booking.example/neglect": it is neither a whole address nor a path on this site. Start a web address with https:// (e.g. https://www.example.org/book) and a path on this site with / (e.g. /reports/child-q.pdf).",
      ]
    `);
  });
});

describe('contentNotice', () => {
  test('true or false is accepted on a review and a briefing', () => {
    const raw = withEntry('child-a', (d) => (d.contentNotice = true));
    raw.entries.find((e) => e.slug === 'child-a-briefing')!.data = { ...(raw.entries.find((e) => e.slug === 'child-a-briefing')!.data as Data), contentNotice: false };
    expect(messages(raw)).toEqual([]);
  });

  test('another value says to write true or false', () => {
    expect(messages(withEntry('child-a', (d) => (d.contentNotice = 'yes')))).toMatchInlineSnapshot(`
      [
        "content/reviews/child-a.mdx contentNotice: is "yes", but true or false was expected.",
      ]
    `);
  });
});

describe('films and podcasts', () => {
  const transcript = '## What it covers\n\nSafer sleep.\n\n## Transcript\n\nSafer sleep for your baby.';
  const film = { src: '/media/film.mp4', captions: '/media/film.en.vtt', poster: '/media/film.jpg' };
  const asVideo = (media: Data | undefined, body = transcript, format = 'video') =>
    withEntry('child-a-briefing', (d) => {
      d.format = format;
      if (media) d.media = media;
    }, body);
  const goodFacts = new Map<string, MediaFileFacts | null>([
    ['/media/film.mp4', { bytes: 74_000, media: { container: 'mp4', seconds: 12.9, video: true } }],
    ['/media/film.en.vtt', { bytes: 255, captions: { cues: 3, lastEnd: 11.9 } }],
    ['/media/film.jpg', { bytes: 6_000 }],
  ]);
  const checked = (raw: ReturnType<typeof withEntry>, facts: Map<string, MediaFileFacts | null> = goodFacts) => validateContent(raw, { media: facts }).problems.map((p) => `${p.file} ${p.field}: ${p.message}`);

  test('a film with its files, captions and a transcript is valid, and so is a podcast without captions', () => {
    expect(checked(asVideo(film))).toEqual([]);
    const facts = new Map<string, MediaFileFacts | null>([['/media/episode.mp3', { bytes: 50_000, media: { container: 'mp3', seconds: 14, video: false } }]]);
    expect(checked(asVideo({ src: '/media/episode.mp3' }, transcript, 'podcast'), facts)).toEqual([]);
  });

  test('a video or podcast without media says what to add', () => {
    expect(messages(asVideo(undefined))).toMatchInlineSnapshot(`
      [
        "content/briefings/child-a-briefing.mdx media: is required but missing: a video briefing plays its film. Add \`media:\` with \`src:\` (the file under public/, e.g. /media/film.mp4) and \`captions:\` (its WebVTT file).",
      ]
    `);
    expect(messages(asVideo(undefined, transcript, 'podcast'))).toMatchInlineSnapshot(`
      [
        "content/briefings/child-a-briefing.mdx media: is required but missing: a podcast briefing plays its recording. Add \`media:\` with \`src:\` (the file under public/, e.g. /media/episode.mp3).",
      ]
    `);
  });

  test('a film without captions is refused', () => {
    expect(messages(asVideo({ src: '/media/film.mp4' }))).toMatchInlineSnapshot(`
      [
        "content/briefings/child-a-briefing.mdx media.captions: is required but missing: a film needs captions for people who cannot hear it. Add \`captions:\` with its WebVTT file under public/, e.g. /media/film.en.vtt.",
      ]
    `);
  });

  test('a film on another site is refused: the site plays its own files', () => {
    expect(messages(asVideo({ ...film, src: 'https://www.youtube.com/watch?v=abc' }))).toMatchInlineSnapshot(`
      [
        "content/briefings/child-a-briefing.mdx media.src: is "https://www.youtube.com/watch?v=abc": expected the address of a file under public/, starting with /, e.g. /media/safer-sleep.mp4. Films and recordings are served by this site itself, never from another site's player, so save the file under public/media/.",
      ]
    `);
  });

  test('captions that are not a .vtt file, and a sound file for a video, are named', () => {
    expect(messages(asVideo({ src: '/media/film.mp3', captions: '/media/film.srt' }))).toMatchInlineSnapshot(`
      [
        "content/briefings/child-a-briefing.mdx media.captions: is "/media/film.srt": expected a file ending .vtt, e.g. /media/safer-sleep.en.vtt.",
        "content/briefings/child-a-briefing.mdx media.src: is "/media/film.mp3": a .mp3 file is not a film a video briefing can play. Use .mp4 or .webm, or choose format: podcast for a recording.",
      ]
    `);
    expect(messages(asVideo({ src: '/media/film.mp3', captions: '/media/film.en.vtt' }))).toMatchInlineSnapshot(`
      [
        "content/briefings/child-a-briefing.mdx media.src: is "/media/film.mp3": a .mp3 file is not a film a video briefing can play. Use .mp4 or .webm, or choose format: podcast for a recording.",
      ]
    `);
  });

  test('media on a briefing that does not play anything is refused', () => {
    expect(messages(asVideo(film, transcript, 'learning-summary'))).toMatchInlineSnapshot(`
      [
        "content/briefings/child-a-briefing.mdx format: is "learning-summary": does not play anything, but the briefing has \`media:\`. Choose format: video for a film or format: podcast for a recording, or remove media.",
      ]
    `);
  });

  test('a film or podcast without a transcript is refused', () => {
    expect(checked(asVideo(film, '## What it covers\n\nSafer sleep.'))).toMatchInlineSnapshot(`
      [
        "content/briefings/child-a-briefing.mdx body: has no "## Transcript" section. A film needs a transcript on its page for people who cannot watch or hear it: add a heading "## Transcript" at the end of the body and write out everything that is said and shown.",
      ]
    `);
  });

  test('an empty transcript is named once, as an empty section', () => {
    expect(checked(asVideo(film, '## What it covers\n\nSafer sleep.\n\n## Transcript\n\n'))).toMatchInlineSnapshot(`
      [
        "content/briefings/child-a-briefing.mdx body: the section "Transcript" has nothing under it. Write it, or remove the heading.",
      ]
    `);
  });

  test('missing files, captions that are not WebVTT and a film with no picture are named with the file', () => {
    const facts = new Map<string, MediaFileFacts | null>([
      ['/media/film.mp4', { bytes: 50_000, media: { container: 'mp4', seconds: 12, video: false } }],
      ['/media/film.en.vtt', { bytes: 40, captions: { problem: { line: 1, message: 'does not start with "WEBVTT", so it is not a WebVTT captions file' } } }],
      ['/media/film.jpg', null],
    ]);
    expect(checked(asVideo(film), facts)).toMatchInlineSnapshot(`
      [
        "content/briefings/child-a-briefing.mdx media.src: is "/media/film.mp4", which holds sound but no picture. A video briefing needs a film; for a recording choose format: podcast.",
        "content/briefings/child-a-briefing.mdx media.captions: is "/media/film.en.vtt": line 1 of public/media/film.en.vtt does not start with "WEBVTT", so it is not a WebVTT captions file.",
        "content/briefings/child-a-briefing.mdx media.poster: is "/media/film.jpg", but there is no file public/media/film.jpg. Put the file there (check the spelling and the folder), or correct the address.",
      ]
    `);
  });

  test('a media file whose length cannot be read is refused', () => {
    const facts = new Map(goodFacts);
    facts.set('/media/film.mp4', { bytes: 64, media: undefined });
    expect(checked(asVideo(film), facts)).toMatchInlineSnapshot(`
      [
        "content/briefings/child-a-briefing.mdx media.src: is "/media/film.mp4", but its length cannot be read from the file: it is not a whole MP4, M4A, MP3 or WebM file. Export the film again as MP4 (film) or MP3 (podcast).",
      ]
    `);
  });
});

describe('the newsletter settings in partnership.yaml', () => {
  const withNewsletter = (newsletter: Data) => {
    const raw = withEntry('child-a', () => {});
    const partnership = raw.dataFiles.find((f) => f.name === 'partnership')!;
    partnership.data = { ...(partnership.data as Data), newsletter };
    return raw;
  };

  test('a sign-up page or address, a reason and a mailing tool’s unsubscribe tag are accepted', () => {
    expect(messages(withNewsletter({ subscribe: 'https://lists.example.org/learning', reason: 'You work in Northvale.', unsubscribe: '*|UNSUB|*' }))).toEqual([]);
    expect(messages(withNewsletter({ subscribe: 'join@example.org' }))).toEqual([]);
  });

  test('a sign-up address that is neither a web page nor an email says what to write', () => {
    expect(messages(withNewsletter({ subscribe: 'lists.example.org/learning' }))).toMatchInlineSnapshot(`
      [
        "content/partnership.yaml newsletter.subscribe: is "lists.example.org/learning": expected a web address starting with https:// or an email address, e.g. https://lists.example-scp.org.uk/learning or learning@example-scp.org.uk.",
      ]
    `);
  });
});
