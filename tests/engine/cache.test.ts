import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { builtinRules } from '../../rules/index.js';
import { LintCache } from '../../src/engine/cache.js';
import { Linter, type LintOptions } from '../../src/engine/lint.js';
import { markdownReader } from '../../src/readers/markdown.js';
import { jsonReader } from '../../src/readers/json.js';
import { tempProject } from '../cli/run-cli.js';
import { MD_CLEAN, MD_FORM } from '../cli/fixtures.js';

const OTHER = MD_CLEAN.replace(/安全生产防控经费/g, '消防宣传经费').replace('群众满意度', '居民满意度');
const THIRD = MD_CLEAN.replace(/安全生产防控经费/g, '禁毒宣传经费').replace('开展宣传活动次数', '禁毒讲座场次')
  .replace('群众满意度', '学员满意度');

async function lint(dir: string, cache?: LintCache, options: Partial<LintOptions> = {}) {
  const run = await new Linter(builtinRules(), { cwd: dir, cache, ...options }).lintPatterns(['forms']);
  cache?.save();
  // As the formatters see them (a cached run gives back what JSON keeps).
  return JSON.parse(JSON.stringify(run)) as typeof run;
}

/** A run in a fresh process: the cache as the file holds it. */
const reopen = (dir: string, version?: string) => new LintCache(join(dir, '.ptlintcache'), version);

afterEach(() => { vi.restoreAllMocks(); });

describe('--cache', () => {
  it('answers unchanged files without checking them, with the results of an uncached run', async () => {
    const dir = tempProject({ 'forms/a.md': MD_FORM, 'forms/b.md': OTHER });
    const uncached = await lint(dir);
    expect(uncached.results.flatMap((r) => r.diagnostics).length).toBeGreaterThan(0);
    const first = reopen(dir);
    expect(await lint(dir, first)).toEqual(uncached);
    expect([first.hits, first.misses]).toEqual([0, 2]);

    const read = vi.spyOn(markdownReader, 'read');
    const second = reopen(dir);
    expect(await lint(dir, second)).toEqual(uncached);
    expect([second.hits, second.misses]).toEqual([2, 0]);
    // copied-indicator reports on both, at places the cache kept (Markdown has them at hand): nothing is read.
    expect(uncached.results.filter((r) => r.diagnostics.some((d) => d.ruleId === 'copied-indicator'))).toHaveLength(2);
    expect(read).not.toHaveBeenCalled();
  });

  it('reads a file again for a run-scope finding where its reader keeps no places at hand (JSON), and only such a file', async () => {
    const json = (md: string) => JSON.stringify(markdownReader.read({ path: 'x.md', bytes: Buffer.from(md) }).document, null, 2);
    const dir = tempProject({ 'forms/a.json': json(MD_FORM), 'forms/b.json': json(OTHER), 'forms/c.json': json(THIRD) });
    const uncached = await lint(dir);
    await lint(dir, reopen(dir));
    const read = vi.spyOn(jsonReader, 'read');
    expect(await lint(dir, reopen(dir))).toEqual(uncached);
    // From the hashed bytes, only the files reported on, and each once.
    const placed = uncached.results.filter((r) => r.diagnostics.some((d) => d.ruleId === 'copied-indicator'));
    expect(placed.length).toBeGreaterThan(0);
    expect(placed.length).toBeLessThan(3);
    expect(placed.flatMap((r) => r.diagnostics.filter((d) => d.ruleId === 'copied-indicator')).every((d) => d.loc && d.row)).toBe(true);
    expect(read).toHaveBeenCalledTimes(placed.length);
  });

  it('reads no unchanged file when no run-scope rule reports on it', async () => {
    const dir = tempProject({ 'forms/a.md': MD_FORM });
    await lint(dir, reopen(dir));
    const read = vi.spyOn(markdownReader, 'read');
    const cache = reopen(dir);
    await lint(dir, cache);
    expect([cache.hits, cache.misses]).toEqual([1, 0]);
    expect(read).not.toHaveBeenCalled();
  });

  it('keeps copied-indicator exact: cached files are compared with changed ones, both ways', async () => {
    const dir = tempProject({ 'forms/a.md': MD_CLEAN, 'forms/b.md': OTHER, 'forms/c.md': THIRD });
    await lint(dir, reopen(dir));
    const before = (await lint(dir, reopen(dir))).results.flatMap((r) => r.diagnostics.filter((d) => d.ruleId === 'copied-indicator'));
    expect(before.map((d) => d.form).sort()).toEqual(['安全生产防控经费', '消防宣传经费']);

    // c.md now copies a's 开展宣传活动次数 too: the finding appears on the cached a.md and b.md as well.
    writeFileSync(join(dir, 'forms/c.md'), THIRD.replace('禁毒讲座场次', '开展宣传活动次数'));
    const cache = reopen(dir);
    const cached = await lint(dir, cache);
    expect([cache.hits, cache.misses]).toEqual([2, 1]);
    expect(cached).toEqual(await lint(dir));
    const copies = cached.results.flatMap((r) => r.diagnostics.filter((d) => d.ruleId === 'copied-indicator'));
    expect(copies.map((d) => d.form).sort()).toEqual(['安全生产防控经费', '消防宣传经费', '禁毒宣传经费']);

    // And back: no longer copied, the cached files lose the finding.
    writeFileSync(join(dir, 'forms/c.md'), THIRD);
    writeFileSync(join(dir, 'forms/b.md'), OTHER.replace('开展宣传活动次数', '消防演练次数'));
    const after = await lint(dir, reopen(dir));
    expect(after).toEqual(await lint(dir));
    expect(after.results.flatMap((r) => r.diagnostics.filter((d) => d.ruleId === 'copied-indicator'))).toEqual([]);
  });

  it('reads a file again when its content, its config or ptlint\'s version changed', async () => {
    const dir = tempProject({ 'forms/a.md': MD_FORM, 'forms/b.md': OTHER });
    await lint(dir, reopen(dir));

    writeFileSync(join(dir, 'forms/a.md'), MD_FORM.replace('≥6次', '≥8次'));
    let cache = reopen(dir);
    await lint(dir, cache);
    expect([cache.hits, cache.misses]).toEqual([1, 1]);

    writeFileSync(join(dir, 'forms/.ptlintrc.yaml'), 'extends: ptlint:recommended\nrules:\n  value-unit-mismatch: off\n');
    cache = reopen(dir);
    const changed = await lint(dir, cache);
    expect([cache.hits, cache.misses]).toEqual([0, 2]);
    expect(changed.results.flatMap((r) => r.diagnostics).some((d) => d.ruleId === 'value-unit-mismatch')).toBe(false);
    expect(changed).toEqual(await lint(dir));

    writeFileSync(join(dir, 'forms/.ptlintrc.yaml'), 'extends: ptlint:recommended\nlexicon:\n  vague: [正常]\n');
    cache = reopen(dir);
    await lint(dir, cache);
    expect(cache.misses).toBe(2);

    cache = reopen(dir);
    await lint(dir, cache, { rules: { 'value-vague': 'off' } });
    expect(cache.misses).toBe(2);

    cache = reopen(dir, '99.0.0');
    await lint(dir, cache);
    expect([cache.hits, cache.misses]).toEqual([0, 2]);
  });

  it('gives back a broken file\'s problems and its exit code from the cache', async () => {
    const dir = tempProject({ 'forms/a.md': MD_FORM, 'forms/broken.yaml': 'forms:\n  - name: "unclosed\n' });
    const uncached = await lint(dir);
    expect(uncached.fatal).toBe(true);
    await lint(dir, reopen(dir));
    const cache = reopen(dir);
    expect(await lint(dir, cache)).toEqual(uncached);
    expect(cache.hits).toBe(2);
  });

  it('ignores a corrupt cache file and writes a good one', async () => {
    const dir = tempProject({ 'forms/a.md': MD_FORM, '.ptlintcache': '{"format":1,"entries":{"x": 3' });
    const cache = reopen(dir);
    expect(await lint(dir, cache)).toEqual(await lint(dir));
    expect(cache.misses).toBe(1);
    expect(Object.keys(JSON.parse(readFileSync(join(dir, '.ptlintcache'), 'utf8')).entries)).toEqual([join(dir, 'forms/a.md')]);
    writeFileSync(join(dir, '.ptlintcache'), '{"format":1,"entries":{"' + join(dir, 'forms/a.md') + '":{"key":1}}}');
    const again = reopen(dir);
    await lint(dir, again);
    expect(again.misses).toBe(1);
  });

  it('never writes over a file that is not a cache (a form, a report), and says so', async () => {
    const report = '[{"filePath": "forms/a.md", "messages": []}]\n';
    const dir = tempProject({ 'forms/a.md': MD_FORM, 'report.json': report });
    const cache = new LintCache(join(dir, 'report.json'));
    await new Linter(builtinRules(), { cwd: dir, cache }).lintPatterns(['forms']);
    expect(() => cache.save()).toThrow(/not a ptlint cache/);
    expect(readFileSync(join(dir, 'report.json'), 'utf8')).toBe(report);
  });
});
