import { describe, expect, it } from 'vitest';
import { asksYesNo, measureOf, measureOfText, readMeasure, UNITS_FOR } from '../../src/model/measure.js';

const row = (name: string, description = '', level2 = '数量指标') => ({ name, description, level2 });

describe('measureOfText', () => {
  it('takes the keyword that ends last: the head noun', () => {
    expect(measureOfText('群众满意度')).toBe('satisfaction');
    expect(measureOfText('资金到位率')).toBe('rate');
    expect(measureOfText('发放工资人数')).toBe('count');
    expect(measureOfText('支付各项工作费用')).toBe('money');
    expect(measureOfText('补助发放及时性')).toBe('time');
    expect(measureOfText('各项工作完成及时率')).toBe('rate');
    expect(measureOfText('支付社区工作经费的数量')).toBe('count');
    expect(measureOfText('外宣品发放使用量占生产量的比例（%）')).toBe('rate');
    expect(measureOfText('是否按合同完工')).toBe('yesno');
  });

  it('reads 数 after a noun as a count, but not in 如数, 指数 or 数据', () => {
    expect(measureOfText('法律援助案件受理数')).toBe('count');
    expect(measureOfText('如数完成工程量')).toBeNull();
    expect(measureOfText('空气质量指数')).toBeNull();
    expect(measureOfText('数据质量')).toBeNull();
  });

  it('reads money in standards and spending, not in 发放标准 alone', () => {
    expect(measureOfText('人均工资标准')).toBe('money');
    expect(measureOfText('人均财政投入水平')).toBe('money');
    expect(measureOfText('发放标准')).toBeNull();
    expect(measureOfText('按规定时间发放经费并按合同日期完工')).toBe('time');
  });

  it('says null when nothing is named', () => {
    expect(measureOfText('家庭发展能力')).toBeNull();
    expect(measureOfText('')).toBeNull();
    expect(measureOfText(null)).toBeNull();
  });
});

describe('readMeasure and measureOf', () => {
  it('reads the name, then the description, then the category, and says where', () => {
    expect(readMeasure(row('群众满意度'))).toEqual({ measure: 'satisfaction', from: 'name' });
    expect(readMeasure(row('社会影响力', '得到广大受众的充分认可比例'))).toEqual({ measure: 'rate', from: 'description' });
    expect(readMeasure(row('播发宣传稿件', '在重要媒体刊发稿件', '服务对象满意度指标'))).toEqual({ measure: 'satisfaction', from: 'category' });
    expect(readMeasure(row('项目建设', '', '成本指标'))).toEqual({ measure: 'money', from: 'category' });
    expect(readMeasure(row('家庭发展能力', '', '社会效益指标'))).toBeNull();
    expect(measureOf(row('家庭发展能力', '', '成本指标'))).toBe('money');
  });

  it('knows a yes/no question in the name or the description', () => {
    expect(asksYesNo({ name: '工资发放时间', description: '是否按时发放工资' })).toBe(true);
    expect(asksYesNo({ name: '完工标准', description: '符合行业标准及质量检测' })).toBe(false);
  });

  it('gives the unit kinds each measure takes', () => {
    expect(UNITS_FOR.rate).toEqual(['percent']);
    expect(UNITS_FOR.count).toContain('count');
    expect(UNITS_FOR.time).toEqual(expect.arrayContaining(['date', 'duration', 'percent']));
  });
});
