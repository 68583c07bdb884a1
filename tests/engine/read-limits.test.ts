import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { builtinRules } from '../../rules/index.js';
import { Linter, MAX_FILE_BYTES } from '../../src/engine/lint.js';
import { readFileWithin } from '../../src/engine/files.js';

describe('the file-size limit', () => {
  it('holds for an editor\'s unsaved text too: refused unread, the other file still linted', async () => {
    const linter = new Linter(builtinRules(), { cwd: '/tmp' });
    const big = new Uint8Array(MAX_FILE_BYTES + 1);
    const small = new TextEncoder().encode('## 表\n\n| 一级指标 | 二级指标 | 三级指标 | 指标值 |\n| --- | --- | --- | --- |\n| 产出指标 | 数量指标 |  | ≥1次 |\n');
    const run = await linter.lintSources([{ path: '/tmp/big.md', bytes: big }, { path: '/tmp/small.md', bytes: small }],
      new Set(['/tmp/big.md', '/tmp/small.md']));
    const [bigResult, smallResult] = run.results;
    expect(bigResult.diagnostics).toHaveLength(1);
    expect(bigResult.diagnostics[0]).toMatchObject({ ruleId: 'read-error', message: expect.stringContaining('文件过大') });
    expect(smallResult.diagnostics.map((d) => d.ruleId)).toContain('indicator-empty');
    expect(run.fatal).toBe(true);
  });
});

describe('readFileWithin', () => {
  const dir = mkdtempSync(join(tmpdir(), 'ptlint-read-'));
  const file = join(dir, 'a.md');
  writeFileSync(file, '表 一');

  it('gives a file\'s bytes, up to the limit', () => {
    expect(Buffer.from((readFileWithin(file, 7) as { bytes: Uint8Array }).bytes).toString()).toBe('表 一');
  });

  it('gives the size of a larger file, unread', () => {
    expect(readFileWithin(file, 6)).toEqual({ tooLarge: 7 });
  });

  it('throws the system\'s error for a file it cannot open', () => {
    expect(() => readFileWithin(join(dir, 'gone.md'), 10)).toThrow(expect.objectContaining({ code: 'ENOENT' }));
  });
});
