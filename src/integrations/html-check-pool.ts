/**
 * A small pool of worker threads (one per core) that check built HTML files: see
 * html-check-worker.ts. The output check of a large site would otherwise run on one core
 * while the others sit idle.
 */
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { ScannedPage } from './_scan-output.ts';

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

interface Job {
  file: string;
  name: string;
  validate: boolean;
  resolve: (r: CheckedFile) => void;
  reject: (e: Error) => void;
}

/**
 * A pool; call close() when the build step is done. `knownValid` holds the hashes of pages
 * that passed html-validate before: they are scanned but not validated again.
 */
export function createHtmlCheckPool(knownValid: Iterable<string> = [], size = availableParallelism()) {
  const script = new URL('./html-check-worker.ts', import.meta.url);
  const workerData = { knownValid: [...knownValid] };
  const workers = Array.from({ length: Math.max(1, size) }, () => new Worker(script, { workerData }));
  const live = new Set(workers);
  const queue: Job[] = [];
  const busy = new Map<Worker, Job>();
  const pump = (worker: Worker) => {
    if (busy.has(worker) || !live.has(worker)) return;
    const job = queue.shift();
    if (!job) return;
    busy.set(worker, job);
    worker.postMessage({ file: job.file, name: job.name, validate: job.validate });
  };
  for (const worker of workers) {
    worker.on('message', ({ result, error }: { result?: CheckedFile; error?: string }) => {
      const job = busy.get(worker)!;
      busy.delete(worker);
      if (result) job.resolve(result);
      else job.reject(new Error(`${job.name}: ${error}`));
      pump(worker);
    });
    // A worker that fails (it could not load, or crashed) takes no more jobs; once none is
    // left, the waiting jobs fail too instead of waiting for ever.
    worker.on('error', (error) => {
      live.delete(worker);
      busy.get(worker)?.reject(error);
      busy.delete(worker);
      if (live.size === 0) for (const job of queue.splice(0)) job.reject(error);
    });
  }
  return {
    /** Checks one file: `file` is its path on disk, `name` how reports call it. */
    check(file: string, name: string, validate: boolean): Promise<CheckedFile> {
      if (live.size === 0) return Promise.reject(new Error('the HTML check workers have stopped'));
      return new Promise((resolve, reject) => {
        queue.push({ file, name, validate, resolve, reject });
        for (const worker of workers) pump(worker);
      });
    },
    close: () => Promise.all(workers.map((w) => w.terminate())).then(() => undefined),
  };
}
