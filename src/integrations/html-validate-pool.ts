/**
 * Validates pages with html-validate on a small pool of worker threads, one per core, so the
 * output check of a large site does not run on one core while the others sit idle.
 */
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';

export interface HtmlMessage {
  line: number;
  message: string;
  ruleId: string;
  selector: string | null;
}

type Job = { html: string; file: string; resolve: (m: HtmlMessage[]) => void; reject: (e: Error) => void };

/** A pool; call close() when the build step is done. */
export function createHtmlValidatePool(size = availableParallelism()) {
  const script = new URL('./html-validate-worker.ts', import.meta.url);
  const workers = Array.from({ length: Math.max(1, size) }, () => new Worker(script));
  const queue: Job[] = [];
  const busy = new Map<Worker, { id: number; job: Job }>();
  let nextId = 0;
  const pump = (worker: Worker) => {
    if (busy.has(worker)) return;
    const job = queue.shift();
    if (!job) return;
    const id = nextId++;
    busy.set(worker, { id, job });
    worker.postMessage({ id, html: job.html, file: job.file });
  };
  for (const worker of workers) {
    worker.on('message', ({ messages }: { messages: HtmlMessage[] }) => {
      const current = busy.get(worker);
      busy.delete(worker);
      current?.job.resolve(messages);
      pump(worker);
    });
    worker.on('error', (error) => {
      const current = busy.get(worker);
      busy.delete(worker);
      current?.job.reject(error);
    });
  }
  return {
    validate(html: string, file: string): Promise<HtmlMessage[]> {
      return new Promise((resolve, reject) => {
        queue.push({ html, file, resolve, reject });
        for (const worker of workers) pump(worker);
      });
    },
    close: () => Promise.all(workers.map((w) => w.terminate())).then(() => undefined),
  };
}
