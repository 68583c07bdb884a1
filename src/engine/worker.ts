// A worker thread of --concurrency (src/engine/workers.ts): checks the files of each task with a Linter built
// once per thread from the main thread's options.
import { builtinRules } from '../../rules/index.js';
import { Linter } from './lint.js';
import type { FileCheck } from './file-check.js';
import type { WorkerTask } from './workers.js';

const linters = new Map<string, Linter>();

export default async function checkTask({ options, paths }: WorkerTask): Promise<FileCheck[]> {
  const key = JSON.stringify(options);
  let linter = linters.get(key);
  if (!linter) linters.set(key, (linter = new Linter(builtinRules(), options)));
  return linter.checkPaths(paths, options.locale);
}
