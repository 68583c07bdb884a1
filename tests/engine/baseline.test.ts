import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { applyBaseline, buildBaseline, readBaseline, writeBaseline, BaselineError } from '../../src/engine/baseline.js';
import type { Diagnostic, FileResult } from '../../src/engine/diagnostic.js';

const dir = mkdtempSync(join(tmpdir(), 'ptlint-baseline-'));
const baselineFile = join(dir, 'ptlint-baseline.json');

function finding(ruleId: string, indicator: string | null, line: number, extra: Partial<Diagnostic> = {}): Diagnostic {
  return {
    ruleId, severity: 'error', message: `${ruleId} on ${indicator}`, loc: { line, column: 1, endLine: line, endColumn: 5 },
    form: '安全生产防控经费', indicator, category: '数量指标', pointer: '/forms/0', ...extra,
  };
}
const result = (file: string, diagnostics: Diagnostic[]): FileResult => ({ filePath: join(dir, file), diagnostics });

describe('baseline', () => {
  it('records findings by file (relative to the baseline), rule, form, indicator and category, counted and sorted', () => {
    const baseline = buildBaseline([
      result('forms/b.md', [finding('value-vague', '群众满意度', 9), finding('value-vague', '群众满意度', 12)]),
      result('forms/a.md', [finding('value-empty', '宣传次数', 3), finding('basis-empty', null, 4), finding('parse-error', null, 1)]),
    ], baselineFile);
    expect(baseline).toEqual({
      version: 1,
      findings: [
        { file: 'forms/a.md', ruleId: 'basis-empty', form: '安全生产防控经费', indicator: null, category: '数量指标', count: 1 },
        { file: 'forms/a.md', ruleId: 'value-empty', form: '安全生产防控经费', indicator: '宣传次数', category: '数量指标', count: 1 },
        { file: 'forms/b.md', ruleId: 'value-vague', form: '安全生产防控经费', indicator: '群众满意度', category: '数量指标', count: 2 },
      ],
    });
  });

  it('hides recorded findings whatever their line, and shows a new one', () => {
    const baseline = buildBaseline([result('a.md', [finding('value-vague', '群众满意度', 9)])], baselineFile);
    // A row was added above: the old finding moved to line 10; a new finding appeared.
    const { results, hidden } = applyBaseline([result('a.md', [
      finding('value-vague', '群众满意度', 10), finding('value-vague', '学员满意度', 11),
    ])], baseline, baselineFile);
    expect(hidden).toBe(1);
    expect(results[0].diagnostics.map((d) => d.indicator)).toEqual(['学员满意度']);
  });

  it('shows the findings of a key beyond the count recorded', () => {
    const baseline = buildBaseline([result('a.md', [finding('value-vague', '群众满意度', 9)])], baselineFile);
    const now = [finding('value-vague', '群众满意度', 9), finding('value-vague', '群众满意度', 14), finding('value-vague', '群众满意度', 20)];
    const { results, hidden } = applyBaseline([result('a.md', now)], baseline, baselineFile);
    expect(hidden).toBe(1);
    expect(results[0].diagnostics.map((d) => d.loc!.line)).toEqual([14, 20]);
  });

  it('does not hide the same finding in another file, form or category, nor problems reading a file', () => {
    const baseline = buildBaseline([result('a.md', [finding('value-vague', '群众满意度', 9)])], baselineFile);
    baseline.findings.push({ file: 'a.md', ruleId: 'parse-error', form: null, indicator: null, category: null, count: 1 });
    const { results, hidden } = applyBaseline([
      result('b.md', [finding('value-vague', '群众满意度', 9)]),
      result('a.md', [finding('value-vague', '群众满意度', 9, { form: '消防宣传经费' }),
        finding('value-vague', '群众满意度', 9, { category: '质量指标' }),
        finding('parse-error', null, 1, { form: null, category: null })]),
    ], baseline, baselineFile);
    expect(hidden).toBe(0);
    expect(results.flatMap((r) => r.diagnostics)).toHaveLength(4);
  });

  it('keeps the entries of files not linted this time, if they still exist', () => {
    writeFileSync(join(dir, 'kept.md'), '');
    const previous = buildBaseline([
      result('kept.md', [finding('value-vague', '甲', 1)]), result('gone.md', [finding('value-vague', '乙', 1)]),
      result('a.md', [finding('value-vague', '丙', 1)]),
    ], baselineFile);
    const next = buildBaseline([result('a.md', [])], baselineFile, previous);
    expect(next.findings.map((e) => e.file)).toEqual(['kept.md']);
  });

  it('writes one finding per line and reads it back; refuses a missing or broken file', () => {
    const baseline = buildBaseline([result('a.md', [finding('value-vague', '群众满意度', 9), finding('value-empty', '次数', 3)])], baselineFile);
    writeBaseline(baselineFile, baseline);
    const text = readFileSync(baselineFile, 'utf8');
    expect(text.split('\n').filter((l) => l.includes('"ruleId"'))).toHaveLength(2);
    expect(readBaseline(baselineFile)).toEqual(baseline);
    writeBaseline(baselineFile, { version: 1, findings: [] });
    expect(readBaseline(baselineFile)).toEqual({ version: 1, findings: [] });

    expect(() => readBaseline(join(dir, 'missing.json'))).toThrow(BaselineError);
    for (const bad of ['{', '[]', '{"version":2,"findings":[]}', '{"version":1,"findings":[{"file":"a.md"}]}']) {
      writeFileSync(join(dir, 'bad.json'), bad);
      expect(() => readBaseline(join(dir, 'bad.json'))).toThrow(BaselineError);
    }
  });
});
