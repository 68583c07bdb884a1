import { describe, expect, it } from 'vitest';
import rule from '../../rules/value-unit-mismatch.js';
import { form, lint } from '../helpers/lint.js';

const SATISFACTION = { level1: '满意度指标', level2: '服务对象满意度指标' };

describe('value-unit-mismatch', () => {
  it('flags a word written as the unit, saying what to write for the measure', () => {
    const found = lint(rule, [form({ indicators: [
      { ...SATISFACTION, name: '群众满意度', description: '群众满意数量占总数的比例', value: '≥90满意度' },
      { level2: '时效指标', name: '完成率', value: '≥95慰问率' },
      { level2: '社会效益指标', name: '家庭发展能力', description: '使贫困家庭发展能力逐步提高', value: '≥95慰问率' },
    ] })]);
    expect(found.map((d) => d.pointer)).toEqual(['/forms/0/indicators/0/value', '/forms/0/indicators/1/value', '/forms/0/indicators/2/value']);
    expect(found[0].message).toContain('「满意度」不是计量单位');
    expect(found[0].message).toContain('满意度应以百分比表示，如「≥90%」');
    expect(found[1].message).toContain('比率应以百分比表示');
    // The measure unknown: only the word is judged, and a real unit asked for.
    expect(found[2].message).toContain('请写出真正的计量单位');
  });

  it('flags a count or an amount in %, and a rate in 期 or 个', () => {
    const found = lint(rule, [form({ indicators: [
      { name: '发放工资人数', description: '发放工资人数', value: '≥98%' },
      { level2: '成本指标', name: '支付各项工作费用', description: '支付各项工作费用', value: '≥95%' },
      { level2: '成本指标', name: '支付物业费', value: '≥95%' },
      { name: '覆盖率', description: '全年行政村公益电影放映覆盖情况', value: '≥20期' },
      { name: '资金到位率', value: '3个' },
    ] })]);
    expect(found.map((d) => d.indicator)).toEqual(['发放工资人数', '支付各项工作费用', '支付物业费', '覆盖率', '资金到位率']);
    expect(found[0].message).toContain('指标「发放工资人数」衡量数量，指标值「≥98%」却以「%」计');
    expect(found[1].message).toContain('衡量金额');
    expect(found[2].message).toContain('指标「支付物业费」衡量金额');
    expect(found[3].message).toContain('衡量比率，指标值「≥20期」却以「期」计');
  });

  it('flags a unit other than the one the name declares', () => {
    const [d] = lint(rule, [form({ indicators: [{ name: '制作与发放外宣品的数量（份）', description: '播发稿件', value: '≥300篇' }] })]);
    expect(d.message).toContain('注明单位「份」');
    expect(lint(rule, [form({ indicators: [{ name: '制作与发放外宣品的数量（份）', value: '≥300份' }] })])).toEqual([]);
  });

  it('flags a qualitative answer to a rate or a count, and 是 in a 数量指标 row', () => {
    const found = lint(rule, [form({ indicators: [
      { level2: '质量指标', name: '完成达到验收率', description: '完成达到验收率', value: '是' },
      { level2: '数量指标', name: '建一栋服务中心办公楼', description: '保障顺利开展党群活动', value: '是' },
      { level2: '数量指标', name: '培训人数', value: '达到' },
    ] })]);
    expect(found.map((d) => d.indicator)).toEqual(['完成达到验收率', '建一栋服务中心办公楼', '培训人数']);
    expect(found[0].message).toContain('却只是定性回答');
    expect(found[1].message).toContain('只是是非回答');
  });

  it('speaks English on request', () => {
    const [d] = lint(rule, [form({ indicators: [{ name: '发放人数', value: '100%' }] })], {}, 'en');
    expect(d.message).toMatch(/^Indicator "发放人数" measures a count, but its value "100%" is in %: give a count/);
  });

  it('passes units that fit, and near misses', () => {
    expect(lint(rule, [form({ indicators: [
      { ...SATISFACTION, name: '群众满意度', value: '≥90%' },
      { ...SATISFACTION, name: '群众满意度', value: '≥90分' },
      { name: '培训人次', value: '≥200人次' },
      { name: '开展活动次数', value: '≥6次/年' },
      { level2: '时效指标', name: '项目完成时限', value: '12月底前' },
      { level2: '时效指标', name: '项目完成时限', value: '2020年12月31日前' },
      { level2: '时效指标', name: '补助发放及时率', value: '≥95%' },
      { level2: '时效指标', name: '工资发放时间', description: '是否按时发放工资', value: '是' },
      { level2: '成本指标', name: '人均补助标准', value: '766元/人' },
      { level2: '成本指标', name: '预算执行率', value: '100%' },
      // A count by name, a share by description: the unit fits what the description defines.
      { name: '参保人数情况', description: '参保人数占总人数的比例', value: '≥90%' },
      // What only the category says is category-mismatch's to judge.
      { ...SATISFACTION, name: '播发宣传稿件', description: '在重要媒体刊发稿件', value: '≥100篇' },
      { level2: '数量指标', name: '工程量', description: '如数完成工程量', value: '100%' },
      { level2: '社会效益指标', name: '社会稳定', value: '是' },
      { name: '开展活动次数', value: '≥6' },
      // Days counted in 天, an area in 公顷 though its name says 覆盖, class hours as time.
      { level2: '生态效益指标', name: '空气质量优良天数', value: '≥292天' },
      { name: '建成区绿化覆盖面积', value: '≥320公顷' },
      { name: '人均学习时长', value: '≥50学时' },
      { level2: '时效指标', name: '慰问完成时间', value: '春节前' },
      { name: '开展活动次数', value: '明显增加' },
      { name: '', value: '≥90满意度' },
    ] })])).toEqual([]);
  });
});
