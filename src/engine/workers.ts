// --concurrency: files checked in worker threads (tinypool), in tasks of consecutive files; the checks come
// back in the files' order, so that a run gives the same results in the same order on any number of threads.
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

/** Checks the files in `threads` worker threads; `done(n)` is told as each task's n files are done. */
export async function checkInWorkers(paths: string[], options: WorkerOptions, threads: number,
  done: (files: number) => void): Promise<FileCheck[]> {
  const { default: Tinypool } = await import('tinypool');
  const pool = new Tinypool({ filename: WORKER, minThreads: threads, maxThreads: threads });
  // Small enough tasks that the threads finish together, large enough that messages stay few.
  const size = Math.max(1, Math.min(64, Math.ceil(paths.length / (threads * 8))));
  const tasks: Array<Promise<FileCheck[]>> = [];
  for (let i = 0; i < paths.length; i += size) {
    const task: WorkerTask = { options, paths: paths.slice(i, i + size) };
    tasks.push((pool.run(task) as Promise<FileCheck[]>).then((checks) => { done(checks.length); return checks; }));
  }
  try {
    return (await Promise.all(tasks)).flat();
  } finally {
    await pool.destroy();
  }
}
