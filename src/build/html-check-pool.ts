/**
 * A small pool of worker threads (one per core) that check built HTML files: see
 * html-check-worker.ts. The output check of a large site would otherwise run on one core
 * while the others sit idle. A file that takes longer than the html-check time limit
 * (src/lib/time-limit.ts) fails with a message, and its worker is ended.
 */
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { TimeLimitError, timeLimitOf } from '../lib/time-limit.ts';
import { scanKey, type HtmlKind, type ScannedPage } from './scan-output.ts';

export interface HtmlMessage {
  line: number;
  message: string;
  ruleId: string;
  selector: string | null;
}

export interface CheckedFile {
  /** sha256 of the file, base64: the key of the cache of pages that passed html-validate. */
  hash: string;
  page: ScannedPage;
  /** html-validate's findings; empty when the page passed, was known to pass, or was not validated. */
  messages: HtmlMessage[];
}

/** How one file is checked: `kind` picks the markup rules, `validate` runs html-validate too. */
export interface CheckRequest {
  kind: HtmlKind;
  validate: boolean;
}

interface Job extends CheckRequest {
  file: string;
  name: string;
  resolve: (r: CheckedFile) => void;
  reject: (e: Error) => void;
}

export interface PoolOptions {
  /** Hashes of pages that passed html-validate before: they are scanned but not validated again. */
  knownValid?: Iterable<string>;
  /** Scans from earlier builds by scanKey (made with the same scanner and origin): such a page is not parsed again. */
  knownScans?: ReadonlyMap<string, ScannedPage>;
  /** The site's origin, so absolute links to the site count as its own. */
  origin?: string;
  size?: number;
  /** Milliseconds one file may take (default: the html-check time limit). */
  limit?: number;
  /** The worker script; tests swap in one that hangs. */
  script?: URL;
}

/**
 * A pool; call close() when the build step is done.
 * @example const pool = createHtmlCheckPool({ origin: 'https://learning.example' });
 */
export function createHtmlCheckPool({ knownValid = [], knownScans = new Map(), origin, size = availableParallelism(), limit = timeLimitOf('html-check'), script = new URL('./html-check-worker.ts', import.meta.url) }: PoolOptions = {}) {
  const workerData = { knownValid: [...knownValid], knownScans: [...knownScans.keys()], origin };
  const workers = Array.from({ length: Math.max(1, size) }, () => new Worker(script, { workerData }));
  const live = new Set(workers);
  const queue: Job[] = [];
  const busy = new Map<Worker, Job>();
  const timers = new Map<Worker, NodeJS.Timeout>();
  // A worker that fails (it could not load, crashed, or ran out of time) takes no more jobs;
  // once none is left, the waiting jobs fail too instead of waiting for ever.
  const retire = (worker: Worker, error: Error) => {
    live.delete(worker);
    clearTimeout(timers.get(worker));
    busy.get(worker)?.reject(error);
    busy.delete(worker);
    if (live.size === 0) for (const job of queue.splice(0)) job.reject(error);
  };
  const pump = (worker: Worker) => {
    if (busy.has(worker) || !live.has(worker)) return;
    const job = queue.shift();
    if (!job) return;
    busy.set(worker, job);
    timers.set(worker, setTimeout(() => {
      retire(worker, new TimeLimitError('html-check', `Checking the built file ${job.name}`, limit));
      void worker.terminate();
    }, limit));
    worker.postMessage({ file: job.file, name: job.name, validate: job.validate, kind: job.kind });
  };
  for (const worker of workers) {
    worker.on('message', ({ result, error }: { result?: Omit<CheckedFile, 'page'> & { page?: ScannedPage }; error?: string }) => {
      const job = busy.get(worker)!;
      clearTimeout(timers.get(worker));
      busy.delete(worker);
      const page = result && (result.page ?? knownScans.get(scanKey(job.kind, result.hash)));
      if (result && page) job.resolve({ ...result, page });
      else job.reject(new Error(`${job.name}: ${error ?? 'its scan was neither made nor kept'}`));
      pump(worker);
    });
    worker.on('error', (error) => retire(worker, error));
  }
  return {
    /** Checks one file: `file` is its path on disk, `name` how reports call it. */
    check(file: string, name: string, request: CheckRequest): Promise<CheckedFile> {
      if (live.size === 0) return Promise.reject(new Error('the HTML check workers have stopped'));
      return new Promise((resolve, reject) => {
        queue.push({ file, name, ...request, resolve, reject });
        for (const worker of workers) pump(worker);
      });
    },
    close: () => {
      for (const timer of timers.values()) clearTimeout(timer);
      return Promise.all(workers.map((w) => w.terminate())).then(() => undefined);
    },
  };
}
