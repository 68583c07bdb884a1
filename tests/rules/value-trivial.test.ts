import { describe, expect, it } from 'vitest';
import rule from '../../rules/value-trivial.js';
import { form, lint } from '../helpers/lint.js';

const COST = { level1: '产出指标', level2: '成本指标' };

describe('value-trivial', () => {
  it('flags ≥0 of anything counted, whatever the unit', () => {
    const found = lint(rule, [form({ indicators: [
      { name: '为群众提供法律援助', description: '法律援助案件受理数', value: '≥0件' },
      { name: '提供社区矫正', description: '社区矫正人数', value: '≥0人' },
      { name: '宣传覆盖率', value: '≥0%' },
      { name: '开展活动次数', value: '不少于0次' },
    ] })]);
    expect(found.map((d) => d.pointer)).toEqual([0, 1, 2, 3].map((i) => `/forms/0/indicators/${i}/value`));
    expect(found[0].message).toContain('指标值「≥0件」不做任何事也能达到：「为群众提供法律援助」不会少于0');
  });

  it('flags ≤100% of satisfaction, ≤0 of a cost and zero of what should grow', () => {
    const found = lint(rule, [form({ indicators: [
      { level1: '满意度指标', level2: '服务对象满意度指标', name: '群众满意度', value: '≤100%' },
      { ...COST, name: '项目建设成本', value: '≤0万元' },
      { name: '开展培训次数', value: '0次', direction: '正向' },
    ] })]);
    expect(found.map((d) => d.message)).toEqual([
      expect.stringContaining('任何满意度都不超过100%'),
      expect.stringContaining('「项目建设成本」为0就算完成'),
      expect.stringContaining('「开展培训次数」为0就算完成'),
    ]);
  });

  it('speaks English on request', () => {
    const [d] = lint(rule, [form({ indicators: [{ name: '人民调解案件数', value: '≥0件' }] })], {}, 'en');
    expect(d.message).toMatch(/^The value "≥0件" is met by doing nothing: "人民调解案件数" cannot be below 0/);
  });

  it('passes real targets: more than none, zero of something unwanted, no decline of a growth', () => {
    expect(lint(rule, [form({ indicators: [
      { name: '开展活动次数', value: '>0次' },
      { name: '开展活动次数', value: '≥1次' },
      { level2: '社会效益指标', name: '辖区生产安全事故起数', value: '0起' },
      { level2: '社会效益指标', name: '信访积案数量', value: '≤0件' },
      { name: '投诉件数', value: '0件', direction: '反向' },
      { ...COST, name: '超支金额', value: '≤0万元' },
      { ...COST, name: '人均补助标准', value: '≤300元/人' },
      { level2: '经济效益指标', name: '农民人均收入增长率', value: '≥0%' },
      { name: '宣传覆盖率', value: '≤100%' },
      { name: '', value: '≥0件' },
    ] })])).toEqual([]);
  });
});
