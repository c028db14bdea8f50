import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';
import type { CompiledQuery } from 'kysely';

type Row = Record<string, unknown>;

/** A query that ran past its time limit (the handler's 503) and was stopped. */
export class QueryTimeoutError extends Error {
  override readonly name = 'QueryTimeoutError';
  constructor(ms: number) {
    super(`The query took longer than ${ms} ms and was stopped.`);
  }
}

export function abortError(): Error {
  const error = new Error('The request was aborted.');
  error.name = 'AbortError';
  return error;
}

// The reader thread: plain CommonJS run with `eval`, so it needs no build step of ours. It opens
// the file read-only and runs one batch of statements per message inside one read transaction
// (one snapshot). It is terminated, not asked, when a query must stop.
const READER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
const Database = require(workerData.driver);
const db = new Database(workerData.file, { readonly: true, fileMustExist: true });
db.pragma('busy_timeout = 5000');
const cache = new Map();
const prepare = (text) => {
  let s = cache.get(text);
  if (!s) {
    if (cache.size > 500) cache.clear();
    s = db.prepare(text);
    cache.set(text, s);
  }
  return s;
};
const batch = db.transaction((queries) => queries.map((q) => prepare(q.sql).all(...q.parameters)));
parentPort.on('message', (job) => {
  try {
    parentPort.postMessage({ id: job.id, rows: batch.deferred(job.queries) });
  } catch (error) {
    parentPort.postMessage({ id: job.id, error: String(error && error.message || error) });
  }
});
`;

interface Job {
  id: number;
  queries: { sql: string; parameters: unknown[] }[];
  resolve(rows: Row[][]): void;
  reject(error: unknown): void;
  signal?: AbortSignal | undefined;
  onAbort?: () => void;
}

interface Reader {
  worker: Worker;
  job: Job | null;
  timer?: ReturnType<typeof setTimeout>;
}

export interface SqliteReaderOptions {
  file: string;
  size: number;
  timeoutMs: number;
  /** Module id or path of better-sqlite3 for the threads (default: the one this package resolves). */
  driver?: string;
}

/**
 * A pool of reader threads over one SQLite file: queries run off the event loop (a slow one never
 * stalls the server's other requests), each batch within a time limit, and an aborted request's
 * query is stopped (its thread terminated and replaced) instead of computed to the end.
 *
 * @example
 * const readers = createSqliteReaders({ file: 'agents.db', size: 2, timeoutMs: 10_000 });
 * const rows = await readers.run([compiled], signal);
 */
export function createSqliteReaders(options: SqliteReaderOptions) {
  const driver = options.driver ?? createRequire(import.meta.url).resolve('better-sqlite3');
  const readers: Reader[] = [];
  const queue: Job[] = [];
  let nextId = 1;
  let closed = false;

  const finish = (reader: Reader) => {
    clearTimeout(reader.timer);
    const job = reader.job;
    reader.job = null;
    if (job?.onAbort) job.signal?.removeEventListener('abort', job.onAbort);
    return job;
  };
  const replace = (reader: Reader, error: unknown) => {
    const job = finish(reader);
    void reader.worker.terminate();
    readers.splice(readers.indexOf(reader), 1);
    job?.reject(error);
    pump();
  };
  const spawn = (): Reader => {
    const worker = new Worker(READER_SOURCE, { eval: true, workerData: { file: options.file, driver } });
    worker.unref();
    const reader: Reader = { worker, job: null };
    worker.on('message', (message: { id: number; rows?: Row[][]; error?: string }) => {
      if (reader.job?.id !== message.id) return;
      const job = finish(reader);
      if (message.error !== undefined) job?.reject(new Error(message.error));
      else job?.resolve(message.rows ?? []);
      pump();
    });
    worker.on('error', (error) => readers.includes(reader) && replace(reader, error));
    worker.on('exit', () => readers.includes(reader) && replace(reader, new Error('The reader thread stopped.')));
    readers.push(reader);
    return reader;
  };
  function pump() {
    while (!closed && queue.length > 0) {
      const reader = readers.find((r) => r.job === null) ?? (readers.length < options.size ? spawn() : undefined);
      if (!reader) return;
      const job = queue.shift()!;
      reader.job = job;
      job.onAbort = () => replace(reader, abortError());
      job.signal?.addEventListener('abort', job.onAbort, { once: true });
      reader.timer = setTimeout(() => replace(reader, new QueryTimeoutError(options.timeoutMs)), options.timeoutMs);
      reader.worker.postMessage({ id: job.id, queries: job.queries });
    }
  }

  return {
    run(queries: readonly CompiledQuery[], signal?: AbortSignal): Promise<Row[][]> {
      if (closed) return Promise.reject(new Error('The store is closed.'));
      if (signal?.aborted) return Promise.reject(abortError());
      return new Promise<Row[][]>((resolve, reject) => {
        const job: Job = {
          id: nextId++,
          queries: queries.map((q) => ({ sql: q.sql, parameters: [...q.parameters] })),
          resolve,
          reject,
          signal,
        };
        // Aborted while waiting for a thread: it never starts.
        const dequeue = () => {
          const at = queue.indexOf(job);
          if (at >= 0) {
            queue.splice(at, 1);
            reject(abortError());
          }
        };
        signal?.addEventListener('abort', dequeue, { once: true });
        queue.push(job);
        pump();
      });
    },
    async close() {
      closed = true;
      for (const job of queue.splice(0)) job.reject(new Error('The store is closed.'));
      await Promise.all(readers.splice(0).map((r) => (finish(r), r.worker.terminate())));
    },
  };
}
