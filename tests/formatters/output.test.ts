import { existsSync, mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli, tempProject } from '../cli/run-cli.js';
import { MD_CLEAN, MD_FORM } from '../cli/fixtures.js';

describe('ptlint -o FILE', () => {
  it('writes the report to the file, making its folder, and prints nothing', async () => {
    const dir = tempProject({ 'bad.md': MD_FORM });
    const r = await cli(['bad.md', '--format', 'junit', '-o', 'reports/ci/ptlint.xml'], dir);
    expect(r).toMatchObject({ code: 1, stdout: '', stderr: '' });
    const xml = readFileSync(join(dir, 'reports/ci/ptlint.xml'), 'utf8');
    expect(xml).toContain('<testcase classname="bad.md" name="value-unit-mismatch');
    // No temporary file is left beside it.
    expect(readdirSync(join(dir, 'reports/ci'))).toEqual(['ptlint.xml']);
  });

  it('replaces an earlier report, with the default format uncoloured', async () => {
    const dir = tempProject({ 'clean.md': MD_CLEAN, 'out.txt': 'old report, much longer than the new one '.repeat(50) });
    const r = await cli(['clean.md', '--output', 'out.txt'], dir);
    expect(r).toMatchObject({ code: 0, stdout: '' });
    expect(readFileSync(join(dir, 'out.txt'), 'utf8')).toMatch(/^✔ 未发现问题/);
  });

  it('says so (exit 2) when the file cannot be written', async () => {
    const dir = tempProject({ 'bad.md': MD_FORM });
    mkdirSync(join(dir, 'taken'));
    const r = await cli(['bad.md', '-o', 'taken'], dir);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('无法写入输出文件');
    expect(existsSync(join(dir, 'taken'))).toBe(true);
  });
});
