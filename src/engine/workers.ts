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

/** Files in a task: at most (messages stay few), and at least (near the end). */
const MAX_TASK = 64;
const MIN_TASK = 4;

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
  // Tasks of consecutive files, taken in order as a thread is free: large enough that messages stay few, and
  // smaller towards the end (a share of what is left), so that the threads finish together; the run-scope rules
  // wait for the last of them.
  const results: FileCheck[] = new Array<FileCheck>(paths.length);
  let next = 0;
  const take = (): [number, number] | undefined => {
    if (next >= paths.length) return undefined;
    const size = Math.max(MIN_TASK, Math.min(MAX_TASK, Math.ceil((paths.length - next) / (threads * 8))));
    const from = next;
    next = Math.min(paths.length, from + size);
    return [from, next];
  };
  const record = (from: number, checks: FileCheck[]) => {
    checks.forEach((check, i) => { results[from + i] = check; });
    done(checks.length);
  };
  const inWorker = async () => {
    for (let task = take(); task; task = take()) {
      const [from, to] = task;
      record(from, (await pool.run({ options, paths: paths.slice(from, to) } satisfies WorkerTask)) as FileCheck[]);
    }
  };
  const here = async () => {
    for (let task = take(); task; task = take()) {
      record(task[0], await checkHere(task[0], task[1]));
      // Let the workers' results in (and their next tasks out) between tasks of this thread's own.
      await new Promise((resolve) => setImmediate(resolve));
    }
  };
  try {
    await Promise.all([...Array.from({ length: 2 * workers }, inWorker), here()]);
    return results;
  } finally {
    await pool.destroy();
  }
}
