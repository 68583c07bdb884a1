import { describe, expect, it } from 'vitest';
import rule from '../../rules/value-unit-missing.js';
import { form, lint } from '../helpers/lint.js';

describe('value-unit-missing', () => {
  it('flags a bare number where the indicator needs a unit, naming the unit it needs', () => {
    const found = lint(rule, [form({ indicators: [
      { level2: '社会效益指标', name: '宣传覆盖率', value: '≥95' },
      { level1: '满意度指标', level2: '服务对象满意度指标', name: '群众满意度', value: '≥90' },
      { name: '培训人数', value: '≥100' },
      { name: '开展宣传活动', value: '≥6' },
      { level2: '成本指标', name: '办公设备购置', value: '≤20' },
      { level2: '时效指标', name: '办结时限', value: '≤3' },
      { level2: '质量指标', name: '验收情况', value: '完成率≥95' },
    ] })]);
    expect(found.map((d) => d.pointer)).toEqual([0, 1, 2, 3, 4, 5, 6].map((i) => `/forms/0/indicators/${i}/value`));
    expect(found.map((d) => d.message)).toEqual([
      expect.stringContaining('指标值「≥95」只有数字，没有单位：无法判断「95」是百分比、人数还是金额。比率以百分比表示，如「≥95%」'),
      expect.stringContaining('满意度以百分比表示，如「≥90%」'),
      expect.stringContaining('数量要写计数单位，如「≥100人」'),
      expect.stringContaining('数量要写计数单位，如「≥6人」'),
      expect.stringContaining('金额要写元或万元，如「≤20万元」'),
      expect.stringContaining('时限要写时间单位或日期'),
      expect.stringContaining('比率以百分比表示'),
    ]);
  });

  it('speaks English on request', () => {
    const [d] = lint(rule, [form({ indicators: [{ name: '宣传覆盖率', value: '≥95' }] })], {}, 'en');
    expect(d.message).toMatch(/^The value "≥95" is a bare number with no unit: .*a rate is a percentage, e.g. ≥95%$/);
  });

  it('passes numbers with units, a word for a unit (value-unit-mismatch), a unit in the name, a year, an index', () => {
    expect(lint(rule, [form({ indicators: [
      { name: '宣传覆盖率', value: '≥95%' },
      { name: '群众满意度', value: '≥90满意度' },
      { name: '宣传覆盖率（%）', value: '≥95' },
      { level2: '时效指标', name: '完成时间', value: '2021' },
      { level2: '社会效益指标', name: '空气质量指数', value: '≤100' },
      { level2: '质量指标', name: '验收结果', value: '合格' },
      { name: '', value: '≥95' },
      { name: '培训人数', value: '' },
    ] })])).toEqual([]);
  });
});
