// A worker thread of --concurrency (src/engine/workers.ts): checks the files of each task with a Linter built
// once per thread from the main thread's options.
import { builtinRules } from '../../rules/index.js';
import { Linter } from './lint.js';
import type { FileCheck } from './file-check.js';
import type { WorkerTask } from './workers.js';

const linters = new Map<string, Linter>();

/**
 * The tasks this worker holds are checked one after another. It is given a second task while it works on one (so
 * that it never waits for the busy main thread to hand it the next), and checking both at once — interleaved at
 * every file's await — made each file slower: in a 2-thread run of 10,000 forms the worker checked ~4,300 files to
 * the main thread's ~5,700, one after another ~4,900 to ~5,100.
 */
let queue: Promise<unknown> = Promise.resolve();

export default function checkTask(task: WorkerTask): Promise<FileCheck[]> {
  const checked = queue.then(() => check(task));
  queue = checked.catch(() => undefined);
  return checked;
}

async function check({ options, paths }: WorkerTask): Promise<FileCheck[]> {
  const key = JSON.stringify(options);
  let linter = linters.get(key);
  if (!linter) linters.set(key, (linter = new Linter(builtinRules(), options)));
  return linter.checkPaths(paths, options.locale);
}
