import { describe, expect, it } from 'vitest';
import rule from '../../rules/value-vague.js';
import { form, lint } from '../helpers/lint.js';

const EFFECT = { level1: '效益指标', level2: '社会效益指标' };

describe('value-vague', () => {
  it('flags phrases that cannot be measured, naming the phrase', () => {
    const values = ['明显提高', '有所提升', '逐渐完善', '效果明显', '稳定', '安全', '根据实际', '及时', '不提高服务水平'];
    const found = lint(rule, [form({ indicators: values.map((value, i) => ({ ...EFFECT, name: `指标${i}`, value })) })]);
    expect(found.map((d) => d.pointer)).toEqual(values.map((_, i) => `/forms/0/indicators/${i}/value`));
    expect(found[0].message).toContain('指标值「明显提高」无法衡量：「明显提高」说不出多少');
    expect(found[8].message).toContain('「提高」说不出多少');
  });

  it('flags a sentence as no measure at all, shortening a long one', () => {
    const long = '按照各管理处实际征地情况和养老补助费、生活补助费申报情况审核发放，保障被征地农民生活';
    const found = lint(rule, [form({ indicators: [
      { ...EFFECT, name: '社会影响力', value: '宣传推广新区区域品牌' },
      { ...EFFECT, name: '补助工作开展', value: long },
      { ...EFFECT, name: '新区大局和谐稳定', value: '0新区环境稳定' },
    ] })]);
    expect(found[0].message).toContain('指标值「宣传推广新区区域品牌」是一句描述，不是目标值');
    expect(found[1].message).toContain(long.slice(0, 30) + '…');
    expect(found[2].message).toContain('「稳定」');
  });

  it('flags 是 as the answer to an effect that is not a yes/no question', () => {
    const found = lint(rule, [form({ indicators: [
      { level1: '效益指标', level2: '可持续影响指标', name: '提升生活水平', description: '过渡费准确发放，改善生活', value: '是' },
    ] })]);
    expect(found).toHaveLength(1);
    expect(found[0].message).toContain('效益指标「提升生活水平」的指标值只写了「是」');
  });

  it('takes extra phrases from the `words` option, grades included', () => {
    const f = form({ indicators: [{ ...EFFECT, name: '运转情况', value: '正常' }, { ...EFFECT, name: '宣传效果', value: '宣传推广品牌' }] });
    expect(lint(rule, [f])).toHaveLength(1);
    const found = lint(rule, [f], { words: ['正常', '推广'] });
    expect(found.map((d) => d.message)).toEqual([expect.stringContaining('「正常」'), expect.stringContaining('「推广」')]);
  });

  it('speaks English on request', () => {
    const [d] = lint(rule, [form({ indicators: [{ ...EFFECT, name: '治安环境', value: '稳定' }] })], {}, 'en');
    expect(d.message).toMatch(/^The value "稳定" cannot be measured: "稳定" says no amount/);
  });

  it('passes measurable values: numbers, dates, time limits, grades, yes/no questions', () => {
    expect(lint(rule, [form({ indicators: [
      { name: '培训人数', value: '≥100人' },
      { name: '群众满意度', value: '≥90满意度' },
      { level2: '时效指标', name: '完成时限', value: '2020年12月底前' },
      { level2: '时效指标', name: '完成时限', value: '12月底前' },
      { level2: '时效指标', name: '办结时限', value: '3个工作日内' },
      { level2: '时效指标', name: '完成时间', value: '年底前完成' },
      { level2: '质量指标', name: '验收结果', value: '合格' },
      { level2: '质量指标', name: '完工标准', value: '是' },
      { ...EFFECT, name: '政策知晓', value: '达到' },
      { ...EFFECT, name: '按时发放', description: '是否按时发放补助', value: '是' },
      { ...EFFECT, name: '补助数量', value: '补助1007家庭户，补助1630名被征地农民' },
      { level2: '时效指标', name: '工程进度', value: '按时完成' },
      { level2: '时效指标', name: '慰问完成时间', value: '春节前' },
      { level2: '时效指标', name: '防汛物资储备时间', value: '汛期前' },
      { level2: '时效指标', name: '补贴发放时间', value: '按季度' },
      { level2: '质量指标', name: '保洁频次', value: '每日清扫' },
      { level2: '质量指标', name: '绿地养护等级', value: '达到二级养护标准' },
      { level2: '生态效益指标', name: 'PM2.5年均浓度', value: '≤35微克/立方米' },
      { name: '', value: '明显提高' },
      { name: '开展活动次数', value: '' },
    ] })])).toEqual([]);
  });
});
