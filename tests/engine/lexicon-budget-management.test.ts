// lexicon.budgetManagement: terms a province counts as budget management rather than performance.
import { describe, expect, it } from 'vitest';
import { lintJson, tempProject } from '../cli/run-cli.js';

const FORM = [
  '## 社区经费', '',
  '| 一级指标 | 二级指标 | 三级指标 | 绩效指标描述 | 指标值 | 指标值确定依据 |',
  '| --- | --- | --- | --- | --- | --- |',
  '| 产出指标 | 成本指标 | 专项资金使用率 | 已使用资金占预算的比例 | 100% | 财务账 |',
  '|  | 时效指标 | 资金到位率 | 实际到位资金占应到位资金的比例 | 100% | 拨款单 |', '',
].join('\n');

describe('lexicon.budgetManagement in the config', () => {
  it('adds terms to the built-in ones', async () => {
    const found = async (files: Record<string, string>) => (await lintJson(['.'], tempProject(files))).results
      .flatMap((r) => r.messages.filter((m) => m.ruleId === 'budget-management-indicator').map((m) => m.indicator));
    expect(await found({ 'a.md': FORM })).toEqual(['资金到位率']);
    const config = 'extends: ptlint:recommended\nlexicon:\n  budgetManagement: [资金使用率]\n';
    expect(await found({ 'a.md': FORM, '.ptlintrc.yaml': config })).toEqual(['专项资金使用率', '资金到位率']);
  });
});
