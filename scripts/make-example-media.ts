/**
 * npm run make-example-media: makes the short film and podcast clip the example briefings
 * play (public/media/), with their WebVTT captions and the film's poster, so the example site
 * has real media to play, caption and time. Each line of a script below is spoken by ffmpeg's
 * speech synthesiser (flite) and becomes one caption cue at the time it is spoken; the film
 * shows a title card per line. The outputs are committed (a few seconds each, well under
 * 300 KB), so the build never needs ffmpeg; only this script does (apt-get install ffmpeg).
 * Run it again after changing a script, and copy the new lines into the briefing's
 * "## Transcript" section.
 * Usage: node scripts/make-example-media.ts
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { PUBLIC_DIR } from '../src/build/documents.ts';

interface Line {
  /** What is said, and shown as its caption. */
  say: string;
  /** The title card on screen while it is said (films only). */
  card?: string;
}

const FILM: Line[] = [
  { say: 'Safer sleep for your baby.', card: 'Safer sleep for your baby' },
  { say: 'Put your baby on their back, in their own clear, flat sleep space, for every sleep.', card: 'On their back, in a clear, flat space' },
  { say: 'Never sleep with your baby on a sofa or in an armchair.', card: 'Never on a sofa or armchair' },
];

const PODCAST: Line[] = [
  { say: 'Welcome to the Northvale learning podcast.' },
  { say: 'Today: waiting in the emergency department after self-harm.' },
  { say: 'Ask young people directly about suicidal thoughts. It does not make things worse.' },
];

const FONT = '/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf';
// Byte-for-byte repeatable output: no encoder version or date in the files.
const EXACT = ['-map_metadata', '-1', '-fflags', '+bitexact', '-flags:v', '+bitexact', '-flags:a', '+bitexact'];

function ffmpeg(args: string[]): void {
  const run = spawnSync('ffmpeg', ['-hide_banner', '-loglevel', 'error', '-y', ...args], { encoding: 'utf8' });
  if (run.error) throw new Error('ffmpeg is not installed. Install it (on Debian or Ubuntu: apt-get install ffmpeg) and run this again.', { cause: run.error });
  if (run.status !== 0) throw new Error(`ffmpeg failed: ${run.stderr}`);
}

/** Seconds of audio in a 16-bit mono WAV file, from its data chunk. */
function wavSeconds(file: string): number {
  const bytes = readFileSync(file);
  const rate = bytes.readUInt32LE(24);
  const data = bytes.indexOf('data', 12, 'latin1');
  return bytes.readUInt32LE(data + 4) / (rate * 2);
}

const stamp = (seconds: number) => {
  const ms = Math.round(seconds * 1000);
  return `${String(Math.floor(ms / 60000)).padStart(2, '0')}:${String(Math.floor(ms / 1000) % 60).padStart(2, '0')}.${String(ms % 1000).padStart(3, '0')}`;
};

/** Speaks each line into one WAV file; returns it and when each line starts and ends. */
function speak(lines: Line[], work: string, name: string): { wav: string; times: [number, number][]; seconds: number } {
  const parts: string[] = [];
  const times: [number, number][] = [];
  let at = 0.5;
  lines.forEach((line, i) => {
    const text = path.join(work, `${name}-${i}.txt`);
    const wav = path.join(work, `${name}-${i}.wav`);
    writeFileSync(text, line.say);
    // Half a second of quiet before each line, and a second at the end.
    ffmpeg(['-f', 'lavfi', '-i', `flite=textfile=${text}:voice=slt`, '-af', `adelay=500,apad=pad_dur=${i === lines.length - 1 ? 1 : 0}`, '-ar', '22050', '-ac', '1', '-c:a', 'pcm_s16le', wav]);
    const seconds = wavSeconds(wav);
    times.push([at, at + seconds - 0.5 - (i === lines.length - 1 ? 1 : 0)]);
    at += seconds;
    parts.push(`file '${wav}'`);
  });
  const list = path.join(work, `${name}.txt`);
  writeFileSync(list, parts.join('\n'));
  const wav = path.join(work, `${name}.wav`);
  ffmpeg(['-f', 'concat', '-safe', '0', '-i', list, '-c', 'copy', wav]);
  return { wav, times, seconds: at - 0.5 };
}

function writeCaptions(file: string, lines: Line[], times: [number, number][]): void {
  const cues = lines.map((line, i) => `${i + 1}\n${stamp(times[i]![0])} --> ${stamp(times[i]![1])}\n${line.say}`);
  writeFileSync(file, `WEBVTT\n\n${cues.join('\n\n')}\n`);
}

const escapeDrawText = (text: string) => text.replace(/\\/g, '\\\\').replace(/'/g, '’').replace(/:/g, '\\:').replace(/,/g, '\\,');

const out = path.join(PUBLIC_DIR, 'media');
mkdirSync(out, { recursive: true });
const work = mkdtempSync(path.join(tmpdir(), 'cascade-media-'));
try {
  const film = speak(FILM, work, 'film');
  const cards = FILM.map((line, i) => {
    const [from, to] = [i === 0 ? 0 : film.times[i]![0] - 0.4, film.times[i + 1]?.[0] ?? 999];
    return `drawtext=fontfile=${FONT}:text='${escapeDrawText(line.card ?? '')}':fontcolor=white:fontsize=24:x=(w-text_w)/2:y=(h-text_h)/2:enable='between(t\\,${from.toFixed(2)}\\,${(to - 0.4).toFixed(2)})'`;
  });
  ffmpeg([
    '-f', 'lavfi', '-i', 'color=c=0x1d4f91:s=640x360:r=12', '-i', film.wav,
    '-vf', cards.join(','), '-t', film.seconds.toFixed(3),
    '-c:v', 'libx264', '-preset', 'veryslow', '-crf', '30', '-pix_fmt', 'yuv420p', '-tune', 'stillimage',
    '-c:a', 'aac', '-b:a', '40k', '-ac', '1', '-movflags', '+faststart', ...EXACT,
    path.join(out, 'safer-sleep-film.mp4'),
  ]);
  ffmpeg(['-ss', '1', '-i', path.join(out, 'safer-sleep-film.mp4'), '-frames:v', '1', '-q:v', '5', ...EXACT.slice(0, 4), path.join(out, 'safer-sleep-film.jpg')]);
  writeCaptions(path.join(out, 'safer-sleep-film.en.vtt'), FILM, film.times);

  const podcast = speak(PODCAST, work, 'podcast');
  ffmpeg(['-i', podcast.wav, '-c:a', 'libmp3lame', '-b:a', '32k', '-ac', '1', ...EXACT, path.join(out, 'self-harm-emergency-department.mp3')]);
  writeCaptions(path.join(out, 'self-harm-emergency-department.en.vtt'), PODCAST, podcast.times);
  console.log(`Wrote the example film and podcast to ${path.relative(process.cwd(), out)}/.`);
} finally {
  rmSync(work, { recursive: true, force: true });
}
