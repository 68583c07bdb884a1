import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli, lintJson, tempProject } from './run-cli.js';
import { MD_FORM } from './fixtures.js';

const SATISFACTION_ROW = '| 满意度指标 | 服务对象满意度指标 | 群众满意度 | 表示满意的群众比例 | ≥90满意度 | 问卷调查 |';
const NEW_BAD_ROW = '| 满意度指标 | 服务对象满意度指标 | 学员满意度 | 表示满意的学员比例 | ≥85满意度 | 问卷调查 |';
const CLEAN_ROW = '| 产出指标 | 数量指标 | 开展培训次数 | 全年开展培训的次数 | ≥2次 | 年度工作计划 |';
const FIRST_ROW = '| 产出指标 | 数量指标 | 开展宣传活动次数 |';

describe('ptlint --baseline', () => {
  it('records today\'s findings, then hides them: exit 0, and the summary says how many were hidden', async () => {
    const dir = tempProject({ 'forms/a.md': MD_FORM });
    expect((await cli(['forms'], dir)).code).toBe(1);
    const update = await cli(['--baseline-update', 'ptlint-baseline.json', 'forms'], dir);
    expect(update.code).toBe(0);
    const saved = JSON.parse(readFileSync(join(dir, 'ptlint-baseline.json'), 'utf8'));
    expect(saved.version).toBe(1);
    expect(saved.findings).toContainEqual({ file: 'forms/a.md', ruleId: 'value-unit-mismatch', form: '安全生产防控经费',
      indicator: '群众满意度', category: '服务对象满意度指标', count: 1 });
    const used = await cli(['--baseline', 'ptlint-baseline.json', 'forms'], dir);
    expect(used.code).toBe(0);
    const hidden = saved.findings.reduce((n: number, e: { count: number }) => n + e.count, 0);
    expect(used.stderr).toContain(`隐藏了 ${hidden} 个已有问题`);
    expect((await cli(['--baseline', 'ptlint-baseline.json', 'forms', '--locale', 'en'], dir)).stderr).toContain(`hid ${hidden} known problems`);
  });

  it('stays quiet when a row is inserted above, and shows a new finding only (exit 1)', async () => {
    const dir = tempProject({ 'a.md': MD_FORM });
    await cli(['--baseline-update', 'base.json', 'a.md'], dir);
    writeFileSync(join(dir, 'a.md'), MD_FORM.replace(FIRST_ROW, CLEAN_ROW + '\n' + FIRST_ROW));
    const moved = await lintJson(['--baseline', 'base.json', 'a.md'], dir);
    expect(moved.results[0].messages).toEqual([]);
    expect(moved.code).toBe(0);

    writeFileSync(join(dir, 'a.md'), MD_FORM.replace(SATISFACTION_ROW, SATISFACTION_ROW + '\n' + NEW_BAD_ROW));
    const added = await lintJson(['--baseline', 'base.json', 'a.md'], dir);
    expect(added.code).toBe(1);
    expect(added.results[0].messages.map((m) => [m.ruleId, m.indicator])).toEqual([['value-unit-mismatch', '学员满意度']]);
  });

  it('shows the findings of a key beyond the count recorded', async () => {
    const dir = tempProject({ 'a.md': MD_FORM });
    await cli(['--baseline-update', 'base.json', 'a.md'], dir);
    // The same row twice: value-unit-mismatch on 群众满意度 now twice (and a duplicate-indicator).
    writeFileSync(join(dir, 'a.md'), MD_FORM.replace(SATISFACTION_ROW, SATISFACTION_ROW + '\n' + SATISFACTION_ROW));
    const { code, results } = await lintJson(['--baseline', 'base.json', 'a.md'], dir);
    expect(code).toBe(1);
    const mismatches = results[0].messages.filter((m) => m.ruleId === 'value-unit-mismatch');
    expect(mismatches).toHaveLength(1);
    expect(mismatches[0].indicator).toBe('群众满意度');
  });

  it('refuses a missing or broken baseline (exit 2); --baseline-update creates or replaces it', async () => {
    const dir = tempProject({ 'a.md': MD_FORM, 'broken.json': '{"version": 1, "findings": [' });
    const missing = await cli(['--baseline', 'none.json', 'a.md'], dir);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('none.json');
    expect(missing.stdout).toBe('');
    const broken = await cli(['--baseline', 'broken.json', 'a.md'], dir);
    expect(broken.code).toBe(2);
    expect(broken.stderr).toContain('broken.json');
    expect((await cli(['--baseline-update', 'broken.json', 'a.md'], dir)).code).toBe(0);
    expect(JSON.parse(readFileSync(join(dir, 'broken.json'), 'utf8')).findings.length).toBeGreaterThan(0);
    expect((await cli(['--baseline-update', 'sub-none.json', 'a.md'], dir)).code).toBe(0);
    expect(existsSync(join(dir, 'sub-none.json'))).toBe(true);
    expect((await cli(['--baseline', 'broken.json', '--baseline-update', 'x.json', 'a.md'], dir)).code).toBe(2);
  });
});
