// A province extends the shared word lists in its config, without code: every rule sees the new words.
import { describe, expect, it } from 'vitest';
import { lintJson, tempProject } from '../cli/run-cli.js';

const form = (name: string, rows: string[]) => [
  `## ${name}`, '',
  '| 一级指标 | 二级指标 | 三级指标 | 绩效指标描述 | 指标值 | 指标值确定依据 |',
  '| --- | --- | --- | --- | --- | --- |',
  ...rows, '',
].join('\n');

const FORMS = {
  'a.md': form('充电设施建设经费', [
    '| 产出指标 | 数量指标 | 新建充电桩数量 | 全年新建的公共充电桩数量 | ≥50桩 | 年度建设计划 |',
    '| 效益指标 | 社会效益指标 | 充电服务保障水平 | 充电服务保障情况 | 正常 | 年度建设计划 |',
    '| 产出指标 | 质量指标 | 充电设施验收通过 | 通过验收的充电设施比例 | ≥95% | 验收记录 |',
  ]),
  'b.md': form('公共停车场建设经费', ['| 产出指标 | 质量指标 | 充电设施验收通过 | 通过验收的充电设施比例 | ≥95% | 验收记录 |']),
  'c.md': form('道路养护经费', ['| 产出指标 | 数量指标 | 养护道路长度 | 全年养护的道路长度 | ≥12公里 | 养护合同 |']),
};

describe('lexicon in the config', () => {
  it('adds units, vague phrases and generic indicators that the rules then use', async () => {
    const bare = tempProject(FORMS);
    const before = (await lintJson(['.'], bare)).results.flatMap((r) => r.messages.map((m) => `${m.ruleId}:${m.indicator}`));
    expect(before).toContain('value-unit-mismatch:新建充电桩数量');
    expect(before).toContain('copied-indicator:充电设施验收通过');
    expect(before).not.toContain('value-vague:充电服务保障水平');

    const configured = tempProject({
      ...FORMS,
      '.ptlintrc.yaml': [
        'extends: ptlint:recommended',
        'lexicon:',
        '  units: { count: [桩] }',
        '  vague: [正常]',
        '  generic: [充电设施验收通过]',
      ].join('\n'),
    });
    const after = (await lintJson(['.'], configured)).results.flatMap((r) => r.messages.map((m) => `${m.ruleId}:${m.indicator}`));
    expect(after).not.toContain('value-unit-mismatch:新建充电桩数量');
    expect(after).not.toContain('copied-indicator:充电设施验收通过');
    expect(after).toContain('value-vague:充电服务保障水平');
  });

  it('rejects an unknown unit kind with the place', async () => {
    const dir = tempProject({ 'a.md': FORMS['c.md'], '.ptlintrc.yaml': 'lexicon:\n  units:\n    counts: [桩]\n' });
    const { code, results } = await lintJson(['a.md'], dir);
    expect(code).toBe(2);
    expect(results.find((r) => r.filePath.endsWith('.ptlintrc.yaml'))!.messages[0]).toMatchObject({ ruleId: 'config-error', line: 3 });
  });
});
