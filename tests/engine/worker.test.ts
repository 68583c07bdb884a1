import { afterEach, describe, expect, it, vi } from 'vitest';
import checkTask from '../../src/engine/worker.js';
import { Linter } from '../../src/engine/lint.js';
import type { FileCheck } from '../../src/engine/file-check.js';
import type { WorkerTask } from '../../src/engine/workers.js';

const task = (paths: string[]): WorkerTask => ({ options: { cwd: '/nowhere', locale: 'zh-CN' }, paths });

/** A promise and the function that settles it. */
function deferred<T>() {
  let settle!: (value: T) => void;
  let fail!: (error: unknown) => void;
  const promise = new Promise<T>((resolve, reject) => { settle = resolve; fail = reject; });
  return { promise, settle, fail };
}

describe('worker: the tasks a worker holds', () => {
  afterEach(() => vi.restoreAllMocks());

  it('are checked one after another: the second starts when the first is done', async () => {
    const first = deferred<FileCheck[]>();
    const started: string[][] = [];
    vi.spyOn(Linter.prototype, 'checkPaths').mockImplementation((paths) => {
      started.push(paths);
      return paths[0] === 'a.md' ? first.promise : Promise.resolve([]);
    });
    const one = checkTask(task(['a.md']));
    const two = checkTask(task(['b.md']));
    await new Promise((resolve) => setImmediate(resolve));
    expect(started).toEqual([['a.md']]);
    first.settle([{ diagnostics: [], fatal: false }]);
    expect(await one).toEqual([{ diagnostics: [], fatal: false }]);
    await two;
    expect(started).toEqual([['a.md'], ['b.md']]);
  });

  it('go on after one that failed, which fails alone', async () => {
    vi.spyOn(Linter.prototype, 'checkPaths').mockImplementation((paths) =>
      paths[0] === 'bad.md' ? Promise.reject(new Error('broken')) : Promise.resolve([{ diagnostics: [], fatal: true }]));
    const bad = checkTask(task(['bad.md']));
    const good = checkTask(task(['good.md']));
    await expect(bad).rejects.toThrow('broken');
    expect(await good).toEqual([{ diagnostics: [], fatal: true }]);
  });
});
