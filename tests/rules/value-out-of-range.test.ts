import { describe, expect, it } from 'vitest';
import rule from '../../rules/value-out-of-range.js';
import { form, lint } from '../helpers/lint.js';

const SATISFACTION = { level1: '满意度指标', level2: '服务对象满意度指标' };
const EFFECT = { level1: '效益指标', level2: '社会效益指标' };

describe('value-out-of-range', () => {
  it('flags ≥100% on a share: at least everything can only be everything', () => {
    const found = lint(rule, [form({ indicators: [
      { level2: '质量指标', name: '考核完成情况', description: '机关、事业单位考核工作完成率', value: '≥100%' },
      { ...EFFECT, name: '本年内领取补贴的情况', value: '≥100%' },
    ] })]);
    expect(found.map((d) => d.pointer)).toEqual(['/forms/0/indicators/0/value', '/forms/0/indicators/1/value']);
    expect(found[0].message).toContain('指标值「≥100%」没有意义：比例不可能超过100%');
  });

  it('flags satisfaction of 100%, however it is written, read from the name or the description', () => {
    const found = lint(rule, [form({ indicators: [
      { ...SATISFACTION, name: '宣传活动满意度', value: '100%' },
      { ...SATISFACTION, name: '对考核资金发放满意', value: '=100%' },
      { ...SATISFACTION, name: '社区退休人员满意度', value: '≥100%' },
      { ...SATISFACTION, name: '受训学员评价', description: '受训学员满意度', value: '百分之百' },
    ] })]);
    expect(found).toHaveLength(4);
    expect(found.map((d) => d.message)).toEqual(found.map(() => expect.stringContaining('要求人人满意')));
    expect(found[0].message).toContain('满意度指标「宣传活动满意度」的指标值「100%」要求人人满意');
  });

  it('flags a share above 100% and a negative count', () => {
    const found = lint(rule, [form({ indicators: [
      { name: '宣传覆盖率', value: '≥120%' },
      { name: '政策知晓率', value: '>100%' },
      { name: '培训人数', value: '≥-20人' },
    ] })]);
    expect(found.map((d) => d.message)).toEqual([
      expect.stringContaining('指标值「≥120%」超过100%：「宣传覆盖率」是部分占全部的比例'),
      expect.stringContaining('指标值「>100%」超过100%'),
      expect.stringContaining('指标值「≥-20人」是负数'),
    ]);
  });

  it('speaks English on request', () => {
    const [d] = lint(rule, [form({ indicators: [{ ...SATISFACTION, name: '群众满意度', value: '100%' }] })], {}, 'en');
    expect(d.message).toMatch(/^The satisfaction indicator "群众满意度" asks for "100%", that is, everyone satisfied/);
  });

  it('passes reachable targets, =100% on a share, growth above 100% and a satisfaction category holding a share', () => {
    expect(lint(rule, [form({ indicators: [
      { name: '补贴发放率', value: '100%' },
      { name: '验收合格率', value: '=100%' },
      { name: '资金发放率', value: '≤100%' },
      { ...SATISFACTION, name: '群众满意度', value: '≥95%' },
      { ...SATISFACTION, name: '群众满意度', value: '90%-100%' },
      { ...SATISFACTION, name: '村两委干部补贴发放到位情况', description: '补贴按月全部发放到位率', value: '100%' },
      { ...EFFECT, name: '农民人均收入增长率', value: '≥120%' },
      { ...EFFECT, name: '旅游收入', value: '较上年增长150%' },
      { ...EFFECT, name: '能耗同比下降', value: '-5%' },
      { name: '培训人数', value: '≥100人' },
      { name: '', value: '≥100%' },
      { name: '完成时间', value: '2021年12月底前' },
    ] })])).toEqual([]);
  });
});
