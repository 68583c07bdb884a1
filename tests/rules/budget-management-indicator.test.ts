import { describe, expect, it } from 'vitest';
import rule from '../../rules/budget-management-indicator.js';
import { createAnalysis } from '../../src/model/analysis.js';
import { findBudgetManagementTerm } from '../../src/model/lexicon.js';
import { form, lint } from '../helpers/lint.js';

describe('findBudgetManagementTerm', () => {
  it('finds budget execution and money arriving or handed down, ignoring 的', () => {
    expect(findBudgetManagementTerm('预算执行率')).toBe('预算执行');
    expect(findBudgetManagementTerm('资金到位率')).toBe('资金到位');
    expect(findBudgetManagementTerm('补贴资金到位率')).toBe('资金到位');
    expect(findBudgetManagementTerm('经费下发的到位率')).toBe('经费下发');
    expect(findBudgetManagementTerm('执行标的额到位率')).toBe('标的额到位');
    expect(findBudgetManagementTerm('专项资金下达率')).toBe('资金下达');
    expect(findBudgetManagementTerm('资金拨付及时率')).toBe('资金拨付');
    expect(findBudgetManagementTerm('资金支出进度')).toBe('支出进度');
    expect(findBudgetManagementTerm('党建经费下拨率')).toBe('经费下拨');
    expect(findBudgetManagementTerm('上级补助资金到账率')).toBe('资金到账');
    expect(findBudgetManagementTerm('年度财政拨款到账率')).toBe('拨款到账');
    expect(findBudgetManagementTerm('村级组织经费保障到位率')).toBe('经费保障到位');
    expect(findBudgetManagementTerm('财政资金支出率')).toBe('资金支出率');
  });

  it('passes paying people and other rates', () => {
    for (const name of ['补贴发放率', '工资发放率', '经费发放率', '资金发放率', '资金发放到位率', '养老金发放到位率',
      '任务完成率', '案件执行率', '宣传资料下发率', '各项支付工作完成率', '政策知晓率', '资金使用率', '补助资金兑付率', '项目资金支付率', '物资下拨数量']) {
      expect(findBudgetManagementTerm(name), name).toBeNull();
    }
  });

  it('is extended by the lexicon', () => {
    expect(createAnalysis().budgetManagementTerm('资金使用率')).toBeNull();
    expect(createAnalysis({ budgetManagement: ['资金使用率'] }).budgetManagementTerm('专项资金使用率')).toBe('资金使用率');
  });
});

describe('budget-management-indicator', () => {
  it('flags budget management named as an indicator', () => {
    const found = lint(rule, [form({ indicators: [
      { level2: '成本指标', name: '预算执行率', value: '100%' },
      { level2: '时效指标', name: '资金到位率', description: '实际到位资金占应到位资金的比例', value: '≥90%' },
      { level1: '效益指标', level2: '经济效益', name: '经费下发的到位率', value: '=100%' },
    ] })]);
    expect(found.map((d) => d.pointer)).toEqual(['/forms/0/indicators/0/name', '/forms/0/indicators/1/name', '/forms/0/indicators/2/name']);
    expect(found[0].indicator).toBe('预算执行率');
    expect(found[0].message).toContain('指标「预算执行率」（预算执行）衡量的是预算管理，不是项目绩效');
  });

  it('passes outputs: paying people, work done; and reads the name only', () => {
    expect(lint(rule, [form({ indicators: [
      { name: '补贴发放率', value: '100%' },
      { name: '工资发放率', value: '100%' },
      { name: '资金发放到位率', value: '100%' },
      { name: '维修公共设施数量', description: '资金到位后维修的公共设施', value: '≥20处' },
      { name: '', description: '预算执行率', value: '100%' },
    ] })])).toEqual([]);
  });

  it('speaks English on request', () => {
    const [d] = lint(rule, [form({ indicators: [{ name: '资金到位率', value: '100%' }] })], {}, 'en');
    expect(d.message).toMatch(/^Indicator "资金到位率" \(资金到位\) measures budget management/);
  });
});
