/**
 * How long a film or recording lasts, read from the file's own container so the build needs
 * no ffprobe: MP4/M4A (the `mvhd` box), MP3 (the Xing/Info/VBRI frame count, or the bit rate
 * of a constant-rate file) and WebM (the segment's `Duration`). Each reader also says whether
 * the file holds a picture, so a "video" that is only sound is caught. Pure functions on the
 * file's bytes; src/build/media.ts reads the files.
 */

export interface MediaInfo {
  container: 'mp4' | 'mp3' | 'webm';
  /** Length in seconds. */
  seconds: number;
  /** The file has a video track (a picture), not only sound. */
  video: boolean;
}

const ascii = (bytes: Uint8Array, at: number, length: number) => String.fromCharCode(...bytes.subarray(at, at + length));

// ---- MP4 / M4A (ISO base media file format) -------------------------------------------

interface Box {
  type: string;
  /** Where the box's contents start and end. */
  start: number;
  end: number;
}

function* boxes(view: DataView, from: number, to: number): Generator<Box> {
  let at = from;
  while (at + 8 <= to) {
    let size = view.getUint32(at);
    const type = ascii(new Uint8Array(view.buffer, view.byteOffset), at, 4 + 4).slice(4);
    let header = 8;
    if (size === 1) {
      if (at + 16 > to) return;
      size = Number(view.getBigUint64(at + 8));
      header = 16;
    } else if (size === 0) size = to - at;
    if (size < header || at + size > to) return;
    yield { type, start: at + header, end: at + size };
    at += size;
  }
}

const child = (view: DataView, parent: Box, type: string) => [...boxes(view, parent.start, parent.end)].find((b) => b.type === type);

function readMp4(bytes: Uint8Array): MediaInfo | undefined {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const top = [...boxes(view, 0, bytes.length)];
  if (top[0]?.type !== 'ftyp') return undefined;
  const moov = top.find((b) => b.type === 'moov');
  const mvhd = moov && child(view, moov, 'mvhd');
  if (!moov || !mvhd) return undefined;
  const version = view.getUint8(mvhd.start);
  const timescale = view.getUint32(mvhd.start + (version === 1 ? 20 : 12));
  const duration = version === 1 ? Number(view.getBigUint64(mvhd.start + 24)) : view.getUint32(mvhd.start + 16);
  if (!timescale) return undefined;
  const handlers = [...boxes(view, moov.start, moov.end)]
    .filter((b) => b.type === 'trak')
    .map((trak) => {
      const mdia = child(view, trak, 'mdia');
      const hdlr = mdia && child(view, mdia, 'hdlr');
      return hdlr ? ascii(bytes, hdlr.start + 8, 4) : '';
    });
  return { container: 'mp4', seconds: duration / timescale, video: handlers.includes('vide') };
}

// ---- MP3 -------------------------------------------------------------------------------

const MP3_BITRATES: Record<string, number[]> = {
  // kbit/s by bitrate index, for MPEG-1 layer III and MPEG-2/2.5 layer III.
  '1': [0, 32, 40, 48, 56, 64, 80, 96, 112, 128, 160, 192, 224, 256, 320],
  '2': [0, 8, 16, 24, 32, 40, 48, 56, 64, 80, 96, 112, 128, 144, 160],
};
const MP3_RATES: Record<number, number[]> = { 3: [44100, 48000, 32000], 2: [22050, 24000, 16000], 0: [11025, 12000, 8000] };

function readMp3(bytes: Uint8Array): MediaInfo | undefined {
  let at = 0;
  if (ascii(bytes, 0, 3) === 'ID3' && bytes.length > 10) {
    // An ID3v2 tag: its size is four 7-bit bytes ("syncsafe").
    at = 10 + ((bytes[6]! << 21) | (bytes[7]! << 14) | (bytes[8]! << 7) | bytes[9]!) + (bytes[5]! & 0x10 ? 10 : 0);
  }
  while (at + 4 <= bytes.length && !(bytes[at] === 0xff && (bytes[at + 1]! & 0xe0) === 0xe0)) at++;
  if (at + 4 > bytes.length) return undefined;
  const versionBits = (bytes[at + 1]! >> 3) & 0b11; // 3 = MPEG-1, 2 = MPEG-2, 0 = MPEG-2.5
  const layer = (bytes[at + 1]! >> 1) & 0b11; // 1 = layer III
  const bitrateIndex = bytes[at + 2]! >> 4;
  const rateIndex = (bytes[at + 2]! >> 2) & 0b11;
  const mono = bytes[at + 3]! >> 6 === 0b11;
  const rates = MP3_RATES[versionBits];
  if (layer !== 1 || !rates || rateIndex > 2 || bitrateIndex === 0 || bitrateIndex === 15) return undefined;
  const mpeg1 = versionBits === 3;
  const sampleRate = rates[rateIndex]!;
  const samplesPerFrame = mpeg1 ? 1152 : 576;
  // A Xing or Info header in the first frame counts the frames (LAME writes one even for CBR).
  const sideInfo = mpeg1 ? (mono ? 17 : 32) : mono ? 9 : 17;
  const xing = at + 4 + sideInfo;
  const tag = ascii(bytes, xing, 4);
  if ((tag === 'Xing' || tag === 'Info') && bytes[xing + 7]! & 0x01) {
    const frames = new DataView(bytes.buffer, bytes.byteOffset).getUint32(xing + 8);
    return { container: 'mp3', seconds: (frames * samplesPerFrame) / sampleRate, video: false };
  }
  if (ascii(bytes, at + 36, 4) === 'VBRI') {
    const frames = new DataView(bytes.buffer, bytes.byteOffset).getUint32(at + 36 + 14);
    return { container: 'mp3', seconds: (frames * samplesPerFrame) / sampleRate, video: false };
  }
  const kbps = MP3_BITRATES[mpeg1 ? '1' : '2']![bitrateIndex]!;
  return { container: 'mp3', seconds: ((bytes.length - at) * 8) / (kbps * 1000), video: false };
}

// ---- WebM (Matroska) -------------------------------------------------------------------

const EBML = { header: 0x1a45dfa3, segment: 0x18538067, info: 0x1549a966, timecodeScale: 0x2ad7b1, duration: 0x4489, tracks: 0x1654ae6b, trackEntry: 0xae, trackType: 0x83 };

/** A variable-length integer: its length and value (with or without the length marker). */
function vint(bytes: Uint8Array, at: number, keepMarker: boolean): { length: number; value: number; unknown: boolean } | undefined {
  const first = bytes[at];
  if (first === undefined || first === 0) return undefined;
  const length = Math.clz32(first) - 23;
  if (length > 8 || at + length > bytes.length) return undefined;
  let value = keepMarker ? first : first & (0xff >> length);
  let allOnes = value === (0xff >> length);
  for (let i = 1; i < length; i++) {
    value = value * 256 + bytes[at + i]!;
    if (bytes[at + i] !== 0xff) allOnes = false;
  }
  return { length, value, unknown: !keepMarker && allOnes };
}

function* elements(bytes: Uint8Array, from: number, to: number): Generator<{ id: number; start: number; end: number }> {
  let at = from;
  while (at < to) {
    const id = vint(bytes, at, true);
    const size = id && vint(bytes, at + id.length, false);
    if (!id || !size) return;
    const start = at + id.length + size.length;
    const end = size.unknown ? to : Math.min(to, start + size.value);
    yield { id: id.value, start, end };
    at = end;
  }
}

function readWebm(bytes: Uint8Array): MediaInfo | undefined {
  const top = [...elements(bytes, 0, bytes.length)];
  const segment = top[0]?.id === EBML.header ? top.find((e) => e.id === EBML.segment) : undefined;
  if (!segment) return undefined;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let scale = 1_000_000;
  let duration: number | undefined;
  let video = false;
  for (const part of elements(bytes, segment.start, segment.end)) {
    if (part.id === EBML.info) {
      for (const field of elements(bytes, part.start, part.end)) {
        if (field.id === EBML.timecodeScale) scale = [...bytes.subarray(field.start, field.end)].reduce((n, b) => n * 256 + b, 0);
        if (field.id === EBML.duration) duration = field.end - field.start === 4 ? view.getFloat32(field.start) : view.getFloat64(field.start);
      }
    }
    if (part.id === EBML.tracks) {
      for (const entry of elements(bytes, part.start, part.end)) {
        if (entry.id !== EBML.trackEntry) continue;
        for (const field of elements(bytes, entry.start, entry.end)) if (field.id === EBML.trackType && bytes[field.start] === 1) video = true;
      }
    }
  }
  return duration === undefined ? undefined : { container: 'webm', seconds: (duration * scale) / 1e9, video };
}

/**
 * What a media file holds, from its bytes: container, length and whether it has a picture;
 * undefined when it is none of MP4, M4A, MP3 or WebM, or its length cannot be read.
 * @example readMediaInfo(await readFile('public/media/film.mp4')) // { container: 'mp4', seconds: 8, video: true }
 */
export function readMediaInfo(bytes: Uint8Array): MediaInfo | undefined {
  try {
    if (ascii(bytes, 4, 4) === 'ftyp') return readMp4(bytes);
    if (bytes[0] === 0x1a && bytes[1] === 0x45 && bytes[2] === 0xdf && bytes[3] === 0xa3) return readWebm(bytes);
    return readMp3(bytes);
  } catch {
    // A file cut short or corrupt: its length cannot be known.
    return undefined;
  }
}

/**
 * A length as a reader reads it, in whole seconds counted down as the browser's player
 * counts them (12.9 seconds shows as 0:12 there, so as 12 seconds here).
 * @example formatMediaDuration(75) // '1 minute 15 seconds'
 * @example formatMediaDuration(3725) // '1 hour 2 minutes'
 */
export function formatMediaDuration(seconds: number): string {
  const total = Math.max(1, Math.floor(seconds));
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = total % 60;
  const unit = (n: number, word: string) => (n ? `${n} ${word}${n === 1 ? '' : 's'}` : '');
  const parts = h ? [unit(h, 'hour'), unit(m, 'minute')] : [unit(m, 'minute'), unit(s, 'second')];
  return parts.filter(Boolean).join(' ');
}

/**
 * A length in ISO 8601, for schema.org and the `<time datetime>` attribute.
 * @example isoMediaDuration(75.4) // 'PT1M15S'
 */
export function isoMediaDuration(seconds: number): string {
  const total = Math.max(1, Math.floor(seconds));
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = total % 60;
  return `PT${h ? `${h}H` : ''}${m ? `${m}M` : ''}${s ? `${s}S` : ''}`;
}
