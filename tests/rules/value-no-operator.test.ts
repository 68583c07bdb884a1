import { describe, expect, it } from 'vitest';
import rule from '../../rules/value-no-operator.js';
import { form, lint } from '../helpers/lint.js';

describe('value-no-operator', () => {
  it('flags a rate or a count with no comparator', () => {
    const found = lint(rule, [form({ indicators: [
      { level1: '满意度指标', level2: '服务对象满意度指标', name: '群众满意度', value: '90%' },
      { name: '宗教活动场所检查次数', value: '8次' },
      { name: '宣传覆盖率', value: '95%左右' },
    ] })]);
    expect(found.map((d) => d.pointer)).toEqual([0, 1, 2].map((i) => `/forms/0/indicators/${i}/value`));
    expect(found[0].message).toContain('指标值「90%」没有比较符号：看不出「90%」是最低要求、最高限度还是恰好等于');
    expect(found[1].message).toContain('请写成「≥8次」「≤8次」或「=8次」');
  });

  it('speaks English on request', () => {
    const [d] = lint(rule, [form({ indicators: [{ name: '宣传覆盖率', value: '95%' }] })], {}, 'en');
    expect(d.message).toMatch(/^The value "95%" has no comparator/);
  });

  it('passes comparators, natural equalities, dates, amounts and rows whose direction is given', () => {
    expect(lint(rule, [form({ indicators: [
      { name: '宣传覆盖率', value: '≥95%' },
      { name: '社区数量', value: '=4个' },
      { name: '慰问覆盖率', value: '100%' },
      { level2: '社会效益指标', name: '安全事故起数', value: '0起' },
      { level2: '时效指标', name: '完成时间', value: '2021年12月底前' },
      { level2: '成本指标', name: '人均补助标准', value: '766元/人' },
      { name: '合格率', value: '90%-95%' },
      { name: '宣传覆盖率', value: '95%', direction: '正向' },
      { name: '宣传覆盖率', value: '95' },
      { name: '', value: '95%' },
    ] })])).toEqual([]);
  });
});
