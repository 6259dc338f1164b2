import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { formatMediaDuration, isoMediaDuration, readMediaInfo } from './duration.ts';

const ROOT = path.resolve(import.meta.dirname, '../../..');
const bytes = (file: string) => new Uint8Array(readFileSync(path.join(ROOT, file)));

// Lengths as ffprobe reports them (measured once when the fixtures were made), so the
// readers agree with the tool a person would check by.
describe('readMediaInfo', () => {
  test.each<[string, MediaContainer, number, boolean]>([
    ['public/media/safer-sleep-film.mp4', 'mp4', 12.92, true],
    ['public/media/self-harm-emergency-department.mp3', 'mp3', 14.29, false],
    ['tests/fixtures/media/sound.m4a', 'mp4', 4.0, false],
    ['tests/fixtures/media/film.webm', 'webm', 2.61, true],
    ['tests/fixtures/media/sound.webm', 'webm', 3.01, false],
    ['tests/fixtures/media/vbr.mp3', 'mp3', 3.03, false],
    ['tests/fixtures/media/cbr-no-header.mp3', 'mp3', 5.07, false],
  ])('%s is %s, %s seconds, picture: %s', (file, container, seconds, video) => {
    const info = readMediaInfo(bytes(file))!;
    expect(info.container).toBe(container);
    expect(info.seconds).toBeCloseTo(seconds, 1);
    expect(info.video).toBe(video);
  });

  test.each<[string, Uint8Array]>([
    ['text', new TextEncoder().encode('WEBVTT\n\nnot a film')],
    ['nothing', new Uint8Array()],
    ['an MP4 cut off before its moov box', bytes('tests/fixtures/media/sound.m4a').slice(0, 64)],
    ['a WebM cut off inside its header', bytes('tests/fixtures/media/film.webm').slice(0, 20)],
  ])('%s has no length', (_name, data) => {
    expect(readMediaInfo(data)).toBeUndefined();
  });
});

type MediaContainer = 'mp4' | 'mp3' | 'webm';

describe('formatMediaDuration', () => {
  test.each([
    [12.9, '12 seconds'],
    [60, '1 minute'],
    [75, '1 minute 15 seconds'],
    [1500, '25 minutes'],
    [3725, '1 hour 2 minutes'],
    [0.2, '1 second'],
  ])('%s seconds read "%s"', (seconds, text) => {
    expect(formatMediaDuration(seconds)).toBe(text);
  });

  test.each([
    [12.9, 'PT12S'],
    [75.4, 'PT1M15S'],
    [3600, 'PT1H'],
  ])('%s seconds are %s in ISO 8601', (seconds, iso) => {
    expect(isoMediaDuration(seconds)).toBe(iso);
  });
});
