import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { EXAMPLE_OUT } from '../setup/paths.ts';

// The example film and podcast as the built site serves them.
const html = (page: string) => readFileSync(path.join(EXAMPLE_OUT, page, 'index.html'), 'utf8');
const film = html('briefings/safer-sleep-film-for-families/');
const podcast = html('briefings/self-harm-emergency-department-podcast/');

describe('films and podcasts on the built site', () => {
  test('the film plays in the browser’s own player, with captions, from this site', () => {
    const video = /<video\b[^>]*>[\s\S]*?<\/video>/.exec(film)![0];
    expect(video).toMatch(/<video controls preload="metadata" poster="\/media\/safer-sleep-film\.jpg"/);
    expect(video).toContain('<source src="/media/safer-sleep-film.mp4" type="video/mp4">');
    expect(video).toContain('<track kind="captions" src="/media/safer-sleep-film.en.vtt" srclang="en" label="English" default>');
    for (const file of ['safer-sleep-film.mp4', 'safer-sleep-film.en.vtt', 'safer-sleep-film.jpg']) expect(readFileSync(path.join(EXAMPLE_OUT, 'media', file)).length).toBeGreaterThan(0);
  });

  test('the podcast plays in an <audio> player', () => {
    expect(podcast).toMatch(/<audio controls preload="metadata"[^>]*> <source src="\/media\/self-harm-emergency-department\.mp3" type="audio\/mpeg">/);
  });

  test('each shows the length read from its file, links to its transcript on the page and offers a download', () => {
    expect(film).toContain('Length <time datetime="PT12S">12 seconds</time>');
    expect(podcast).toContain('Length <time datetime="PT14S">14 seconds</time>');
    for (const page of [film, podcast]) {
      expect(page).toContain('<a href="#transcript">Read the transcript</a>');
      expect(page).toContain('<h2 id="transcript">Transcript</h2>');
    }
    expect(film).toMatch(/<a href="\/media\/safer-sleep-film\.mp4" download>Download the film<span class="visually-hidden"> “[^”]+”<\/span> \(MP4, \d+ KB\)<\/a>/);
  });

  test('the player needs no script (only the Print button has one) and the policy allows media from this site only', () => {
    for (const page of [film, podcast]) {
      expect(page.match(/<script\b[^>]*>/g)).toEqual(['<script type="application/ld+json">', '<script src="/scripts/print.js" defer>']);
      expect(page).toMatch(/Content-Security-Policy" content="[^"]*media-src 'self';/);
    }
  });

  test('the text-only version links the file and carries the transcript', () => {
    const text = html('briefings/safer-sleep-film-for-families/text/');
    expect(text).toContain('The film: <a href="/media/safer-sleep-film.mp4">download it (MP4)</a>. Its transcript is below.');
    expect(text).toContain('Never sleep with your baby on a sofa or in an armchair.');
  });

  test('a family film can turn off its theme’s content notice', () => {
    expect(film).not.toContain('Content notice');
    expect(podcast).toContain('Content notice');
  });
});
