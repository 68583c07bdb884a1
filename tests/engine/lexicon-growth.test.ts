// lexicon.growth: words a province uses for a change, whose percentage may pass 100%.
import { describe, expect, it } from 'vitest';
import { lintJson, tempProject } from '../cli/run-cli.js';

const FORM = [
  '## 特色农业扶持资金', '',
  '| 一级指标 | 二级指标 | 三级指标 | 绩效指标描述 | 指标值 | 指标值确定依据 |',
  '| --- | --- | --- | --- | --- | --- |',
  '| 效益指标 | 经济效益指标 | 农户增收幅度 | 扶持农户人均收入与上年之比 | ≥110% | 农经站统计 |', '',
].join('\n');

describe('lexicon.growth in the config', () => {
  it('lets a configured word of change pass 100%', async () => {
    const found = async (files: Record<string, string>) => (await lintJson(['.'], tempProject(files))).results
      .flatMap((r) => r.messages.filter((m) => m.ruleId === 'value-out-of-range').map((m) => m.indicator));
    expect(await found({ 'a.md': FORM })).toEqual(['农户增收幅度']);
    expect(await found({ 'a.md': FORM, '.ptlintrc.yaml': 'extends: ptlint:recommended\nlexicon:\n  growth: [增收]\n' })).toEqual([]);
  });
});
