// --concurrency: files checked in this thread and worker threads (tinypool), in tasks of consecutive files; the
// checks come back in the files' order, so that a run gives the same results in the same order on any number of
// threads.
// Run-scope rules then run here, over every file's carry, as in a single-threaded run.
import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import type { Locale } from './i18n.js';
import type { RuleEntries } from './presets.js';
import type { FileCheck } from './file-check.js';

/** What a worker needs to build the same Linter as the main thread's. */
export interface WorkerOptions {
  cwd: string;
  configFile?: string;
  rules?: RuleEntries;
  locale: Locale;
}

export interface WorkerTask {
  options: WorkerOptions;
  paths: string[];
}

/**
 * `auto`: a thread per core, but no more than one per this many files. A thread costs its start-up and its own
 * warm-up, and threads slow each other down on a small machine: on 2 cores (npm run bench) two threads were
 * slower than one at 1,000 forms (3.0 s against 2.1 s) and faster only from several thousand.
 */
const FILES_PER_THREAD = 2000;

/** The compiled worker; absent when ptlint runs from its TypeScript sources (tests), which then use one thread. */
const WORKER = fileURLToPath(new URL('./worker.js', import.meta.url));

/** How many threads check `files` files: 1 means here, in this thread. */
export function threadsFor(concurrency: number | 'auto' | undefined, files: number): number {
  if (concurrency === undefined || files < 2 || !existsSync(WORKER)) return 1;
  const wanted = concurrency === 'auto' ? Math.min(availableParallelism(), Math.floor(files / FILES_PER_THREAD)) : concurrency;
  return Math.max(1, Math.min(wanted, files));
}

/**
 * Checks the files in `threads` threads: this one (`checkHere`, given the range of `paths` to check) and
 * threads − 1 workers, each taking the next task of consecutive files as it is free; `done(n)` is told as each
 * task's n files are done. This thread takes a share rather than waiting: the results of its own files need not
 * cross threads, and on a small machine a thread that waits still takes a core's time from the others.
 */
export async function checkInThreads(paths: string[], options: WorkerOptions, threads: number,
  done: (files: number) => void, checkHere: (from: number, to: number) => Promise<FileCheck[]>): Promise<FileCheck[]> {
  const { default: Tinypool } = await import('tinypool');
  const workers = threads - 1;
  // Each worker holds a second task while it works on one, so that it never waits for this thread to hand it one
  // (it checks them one after another: worker.ts).
  const pool = new Tinypool({ filename: WORKER, minThreads: workers, maxThreads: workers, concurrentTasksPerWorker: 2 });
  // Small enough tasks that the threads finish together, large enough that messages stay few.
  const size = Math.max(1, Math.min(64, Math.ceil(paths.length / (threads * 8))));
  const starts = Array.from({ length: Math.ceil(paths.length / size) }, (_, k) => k * size);
  const results: FileCheck[][] = new Array<FileCheck[]>(starts.length);
  let next = 0;
  const record = (k: number, checks: FileCheck[]) => { results[k] = checks; done(checks.length); };
  const inWorker = async () => {
    for (let k = next++; k < starts.length; k = next++) {
      const task: WorkerTask = { options, paths: paths.slice(starts[k], starts[k] + size) };
      record(k, (await pool.run(task)) as FileCheck[]);
    }
  };
  const here = async () => {
    for (let k = next++; k < starts.length; k = next++) {
      record(k, await checkHere(starts[k], Math.min(starts[k] + size, paths.length)));
      // Let the workers' results in (and their next tasks out) between tasks of this thread's own.
      await new Promise((resolve) => setImmediate(resolve));
    }
  };
  try {
    await Promise.all([...Array.from({ length: 2 * workers }, inWorker), here()]);
    return results.flat();
  } finally {
    await pool.destroy();
  }
}
