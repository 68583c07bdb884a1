import { describe, expect, it } from 'vitest';
import { asPercent, namesChange, rangeProblem, readValue, trivialTarget } from '../../src/model/bounds.js';
import { createAnalysis, DEFAULT_ANALYSIS } from '../../src/model/analysis.js';
import { parseValue } from '../../src/model/value.js';
import type { Indicator } from '../../src/model/types.js';

const row = (name: string, value: string, more: Partial<Indicator> = {}): Indicator =>
  ({ level1: '产出指标', level2: '质量指标', name, description: '', value: parseValue(value), ...more });
const range = (name: string, value: string, more: Partial<Indicator> = {}) => {
  const r = row(name, value, more);
  return rangeProblem(r.value!, readValue(r, DEFAULT_ANALYSIS));
};
const trivial = (name: string, value: string, more: Partial<Indicator> = {}) => {
  const r = row(name, value, more);
  return trivialTarget(r.value!, readValue(r, DEFAULT_ANALYSIS), r);
};

describe('namesChange', () => {
  it('reads growth, returns and comparisons with last year', () => {
    for (const t of ['人均收入增长率', '投资回报率', '较上年提高', '收入提高幅度', '同比增加', '产值翻番']) expect(namesChange(t), t).toBe(true);
  });
  it('does not read a verb of change before a share it aims at', () => {
    for (const t of ['提高群众满意率', '提升覆盖率', '资金到位率', '']) expect(namesChange(t), t).toBe(false);
  });
  it('takes words from the lexicon', () => {
    expect(namesChange('增收幅度')).toBe(false);
    expect(namesChange('增收幅度', ['增收'])).toBe(true);
    expect(createAnalysis({ growth: ['增收'] }).namesChange('农户增收幅度')).toBe(true);
  });
});

describe('asPercent', () => {
  it('gives % and ‰ as a percentage, nothing else', () => {
    expect(asPercent(parseValue('≥95%'))).toEqual({ number: 95, upper: null });
    expect(asPercent(parseValue('5‰'))).toEqual({ number: 0.5, upper: null });
    expect(asPercent(parseValue('90%-95%'))).toEqual({ number: 90, upper: 95 });
    expect(asPercent(parseValue('≥95人'))).toBeNull();
    expect(asPercent(parseValue('明显提高'))).toBeNull();
  });
});

describe('rangeProblem', () => {
  it('finds shares above 100%, ≥100%, unanimous satisfaction and negative numbers', () => {
    expect(range('覆盖率', '≥120%')).toBe('overWhole');
    expect(range('覆盖率', '>100%')).toBe('overWhole');
    expect(range('覆盖率', '90%-105%')).toBe('overWhole');
    expect(range('考核完成情况', '≥100%')).toBe('atLeastWhole');
    expect(range('群众满意度', '100%')).toBe('unanimous');
    expect(range('群众满意度', '=100%')).toBe('unanimous');
    expect(range('群众满意度', '≥100%')).toBe('unanimous');
    expect(range('评价情况', '100%', { description: '受训学员满意度' })).toBe('unanimous');
    expect(range('培训人数', '≥-5人')).toBe('negative');
    expect(range('培训人数', '<0人')).toBe('negative');
  });
  it('lets changes pass 100% and fall below zero, and passes ordinary targets', () => {
    expect(range('人均收入增长率', '≥120%')).toBeNull();
    expect(range('产值', '较上年增长150%')).toBeNull();
    expect(range('能耗同比', '-5%')).toBeNull();
    expect(range('人均收入', '≥110%', { description: '人均收入较上年增长幅度' })).toBeNull();
    // A change in the description in passing does not make a rate the name states unbounded.
    expect(range('宣传覆盖率', '≥120%', { description: '宣传覆盖面逐步提高' })).toBe('overWhole');
    expect(range('资金发放率', '100%')).toBeNull();
    expect(range('资金发放率', '=100%')).toBeNull();
    expect(range('群众满意度', '≥95%')).toBeNull();
    expect(range('群众满意度', '95%-100%')).toBeNull();
    // Only the indicator's own words make it a satisfaction: a 满意度 category alone does not.
    expect(range('补贴发放情况', '100%', { level2: '服务对象满意度指标' })).toBeNull();
  });
});

describe('trivialTarget', () => {
  it('finds targets doing nothing meets', () => {
    expect(trivial('法律援助案件数', '≥0件')).toBe('atLeastZero');
    expect(trivial('覆盖率', '≥0%')).toBe('atLeastZero');
    expect(trivial('群众满意度', '≤100%')).toBe('atMostWhole');
    expect(trivial('项目建设成本', '≤0万元', { level2: '成本指标' })).toBe('atMostZero');
    expect(trivial('开展培训次数', '0次', { direction: '正向' })).toBe('atMostZero');
  });
  it('passes real targets: a floor above zero, zero of something unwanted, no decline', () => {
    expect(trivial('开展活动次数', '>0次')).toBeNull();
    expect(trivial('安全事故起数', '0起')).toBeNull();
    expect(trivial('安全事故起数', '≤0起')).toBeNull();
    expect(trivial('超支金额', '≤0万元', { level2: '成本指标' })).toBeNull();
    expect(trivial('投诉件数', '0件', { direction: '反向' })).toBeNull();
    expect(trivial('农民收入增长率', '≥0%')).toBeNull();
    expect(trivial('覆盖率', '≤100%')).toBeNull();
  });
});
