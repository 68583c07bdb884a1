import { describe, expect, it } from 'vitest';
import rule from '../../rules/category-mismatch.js';
import { createAnalysis } from '../../src/model/analysis.js';
import type { IndicatorNode } from '../../src/engine/rule.js';
import { form, indicator, lint } from '../helpers/lint.js';

const SATISFACTION = { level1: '满意度指标', level2: '服务对象满意度指标' };
const COST = { level1: '产出指标', level2: '成本指标' };

describe('category-mismatch', () => {
  it('flags a satisfaction row that measures a count or a rate', () => {
    const found = lint(rule, [form({ indicators: [
      { ...SATISFACTION, name: '播发宣传稿件', description: '在重要媒体刊发稿件', value: '≥100篇' },
      { ...SATISFACTION, name: '组织活动次数', value: '≥3次' },
      { ...SATISFACTION, name: '干警意外险覆盖情况', description: '缴纳保险覆盖率', value: '100%' },
      { ...SATISFACTION, name: '村两委干部补贴发放到位情况', description: '补贴按月全部发放到位率', value: '100%' },
    ] })]);
    expect(found.map((d) => d.pointer)).toEqual([0, 1, 2, 3].map((i) => `/forms/0/indicators/${i}/name`));
    expect(found[0].message).toContain('指标「播发宣传稿件」列在「服务对象满意度指标」下，却没有说明衡量谁的满意度');
    expect(found[1].message).toBe('指标「组织活动次数」列在「服务对象满意度指标」下，衡量的却是数量，不是满意度：满意度指标应反映服务对象对项目的满意程度，通常由调查得出（如「服务对象满意度 ≥90%」）。请改为满意度指标，或把它移到数量指标下');
    expect(found[2].message).toContain('衡量的却是比率，不是满意度');
    expect(found[3].message).toContain('衡量的却是比率');
  });

  it('flags a satisfaction row that says nothing of anyone\'s satisfaction', () => {
    const found = lint(rule, [form({ indicators: [
      { ...SATISFACTION, name: '资金全部发放到位', description: '建国前老党员补贴全部到位' },
      { ...SATISFACTION, name: '新区大局和谐稳定', value: '稳定' },
    ] })]);
    expect(found).toHaveLength(2);
  });

  it('flags a satisfaction name whose description defines another rate', () => {
    const found = lint(rule, [form({ indicators: [
      { ...SATISFACTION, name: '提高群众满意率', description: '矛盾纠纷排查率', value: '≥90%' },
    ] })]);
    expect(found.map((d) => [d.pointer, d.message])).toEqual([['/forms/0/indicators/0/description',
      expect.stringContaining('但描述「矛盾纠纷排查率」衡量的是比率，不是满意度')]]);
  });

  it('passes satisfaction named in the name or the description, and descriptions that are sentences', () => {
    expect(lint(rule, [form({ indicators: [
      { ...SATISFACTION, name: '群众满意度', description: '群众满意数量占总数的比例。', value: '≥90%' },
      { ...SATISFACTION, name: '群众满意度', value: '≥90完成率' },
      { ...SATISFACTION, name: '保障农户财产安全', description: '农户对治安环境的满意度', value: '≥90%' },
      { ...SATISFACTION, name: '对考核资金发放满意', description: '资金及时且足额发放到位满意率', value: '100%' },
      { ...SATISFACTION, name: '村级组织对工作的满意程度', description: '村级组织各项工作规范化运转，经费使用合乎规定' },
      { ...SATISFACTION, name: '服务对象好评率', value: '≥95%' },
      { ...SATISFACTION, name: '群众是否满意', value: '是' },
      { level1: '效益指标', level2: '满意度指标', name: '拆迁户满意度', value: '≥95%' },
      { ...SATISFACTION, name: '', value: '≥100篇' },
    ] })])).toEqual([]);
  });

  it('flags a cost row that is not money', () => {
    const found = lint(rule, [form({ indicators: [
      { ...COST, name: '预算执行率', description: '预算执行率', value: '100%' },
      { ...COST, name: '办公设备购置', value: '10台' },
      { level1: '成本指标', level2: '经济成本指标', name: '项目完成时间', value: '12月底前' },
    ] })]);
    expect(found.map((d) => d.pointer)).toEqual(['/forms/0/indicators/0/name', '/forms/0/indicators/1/value', '/forms/0/indicators/2/name']);
    expect(found[0].message).toBe('指标「预算执行率」列在「成本指标」下，衡量的却是比率，不是金额：成本指标应写出项目的成本或单位成本，以元或万元计（如「人均补助标准 ≤766元/人」）。请改为成本指标，或把它移到质量指标或效益指标下');
    expect(found[1].message).toContain('衡量的却是数量，不是金额');
    expect(found[2].message).toContain('衡量的却是时间');
  });

  it('passes money in the name or the value, social costs, and rows that say nothing', () => {
    expect(lint(rule, [form({ indicators: [
      { ...COST, name: '支付各项工作费用', value: '≥95%' },
      { ...COST, name: '人均补助标准', value: '766元/人' },
      { ...COST, name: '社工工资发放数', value: '人社局批复金额' },
      { ...COST, name: '应返还开发商土地出让收入', value: '≤296.8725万元' },
      { ...COST, name: '项目建设', value: '实际支出' },
      { level1: '成本指标', level2: '社会成本指标', name: '征地拆迁影响户数', value: '≤20户' },
      { level1: '产出指标', level2: '数量指标', name: '预算执行率', value: '100%' },
      { level1: '效益指标', level2: '社会效益指标', name: '宣传覆盖率', value: '≥95%' },
    ] })])).toEqual([]);
  });

  it('reads the measure words a config adds', () => {
    const node = { kind: 'indicator', indicator: indicator({ ...SATISFACTION, name: '群众口碑', value: '≥90%' }) } as IndicatorNode;
    const found: string[] = [];
    const run = (lexicon = {}) => rule.check(node, { options: { framework: 'any' }, analysis: createAnalysis(lexicon), report: (r) => found.push(r.messageId) });
    run({ measures: { satisfaction: ['口碑'] } });
    expect(found).toEqual([]);
    run();
    expect(found).toEqual(['satisfactionNamesNone']);
  });

  it('speaks English on request', () => {
    const [d] = lint(rule, [form({ indicators: [{ ...COST, name: '预算执行率', value: '100%' }] })], {}, 'en');
    expect(d.message).toMatch(/^The indicator "预算执行率" stands under "成本指标" but measures a rate, not money/);
  });
});
