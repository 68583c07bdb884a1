import { describe, expect, it } from 'vitest';
import { normaliseComparator, parseValue } from '../../src/model/value.js';

const q = (text: string) => {
  const v = parseValue(text);
  return v.kind === 'quantitative' ? { comparator: v.comparator, number: v.number, upper: v.upper, unit: v.unit } : v.kind;
};

describe('parseValue', () => {
  it('reads blanks as empty', () => {
    expect(parseValue('').kind).toBe('empty');
    expect(parseValue('  ').kind).toBe('empty');
    expect(parseValue(null).kind).toBe('empty');
    expect(parseValue(undefined)).toEqual({ text: '', kind: 'empty' });
  });

  it('reads every way of writing a comparator', () => {
    expect(q('≥95%')).toEqual({ comparator: '≥', number: 95, upper: null, unit: '%' });
    expect(q('>=95%')).toMatchObject({ comparator: '≥', number: 95 });
    expect(q('＞＝95％')).toMatchObject({ comparator: '≥', number: 95, unit: '%' });
    expect(q('≤3个工作日')).toMatchObject({ comparator: '≤', number: 3, unit: '个工作日' });
    expect(q('<=10天')).toMatchObject({ comparator: '≤', number: 10, unit: '天' });
    expect(q('＜5%')).toMatchObject({ comparator: '<', number: 5 });
    expect(q('>0')).toMatchObject({ comparator: '>', number: 0, unit: null });
    expect(q('=4个社区')).toMatchObject({ comparator: '=', number: 4, unit: '个社区' });
    expect(q('＝14人')).toMatchObject({ comparator: '=', number: 14, unit: '人' });
    expect(q('不低于95%')).toMatchObject({ comparator: '≥', number: 95, unit: '%' });
    expect(q('不超过500元/人')).toMatchObject({ comparator: '≤', number: 500, unit: '元/人' });
    expect(q('100%')).toMatchObject({ comparator: null, number: 100, unit: '%' });
  });

  it('reads comparators written after the number', () => {
    expect(q('95%以上')).toMatchObject({ comparator: '≥', number: 95, unit: '%' });
    expect(q('95%及以上')).toMatchObject({ comparator: '≥', number: 95, unit: '%' });
    expect(q('10天以内')).toMatchObject({ comparator: '≤', number: 10, unit: '天' });
    expect(q('3个工作日内')).toMatchObject({ comparator: '≤', number: 3, unit: '个工作日' });
    expect(q('100人左右')).toMatchObject({ comparator: null, number: 100, unit: '人' });
    expect(q('90%以上（含）')).toMatchObject({ comparator: '≥', number: 90, unit: '%' });
  });

  it('reads ranges, with or without the first unit', () => {
    expect(q('90%-95%')).toEqual({ comparator: null, number: 90, upper: 95, unit: '%' });
    expect(q('90-95%')).toMatchObject({ number: 90, upper: 95, unit: '%' });
    expect(q('90%～95%')).toMatchObject({ number: 90, upper: 95 });
    expect(q('3至5次')).toMatchObject({ number: 3, upper: 5, unit: '次' });
  });

  it('reads numbers with thousands separators, decimals, in words and 百分之…', () => {
    expect(q('≥38,000人')).toMatchObject({ number: 38000, unit: '人' });
    expect(q('8.73亩')).toMatchObject({ number: 8.73, unit: '亩' });
    expect(q('766 元/人')).toMatchObject({ number: 766, unit: '元/人' });
    expect(q('两次')).toMatchObject({ number: 2, unit: '次' });
    expect(q('十二个')).toMatchObject({ number: 12, unit: '个' });
    expect(q('百分之九十')).toMatchObject({ number: 90, unit: '%' });
    expect(q('大于百分之九十五')).toMatchObject({ comparator: '>', number: 95, unit: '%' });
    expect(q('十分满意')).toBe('text');
  });

  it('keeps a word written where the unit belongs, for rules to judge', () => {
    expect(q('≥90满意度')).toMatchObject({ comparator: '≥', number: 90, unit: '满意度' });
    expect(q('≥95慰问率')).toMatchObject({ number: 95, unit: '慰问率' });
    expect(q('≥90完成率')).toMatchObject({ unit: '完成率' });
    expect(q('≥90文明城优良率')).toMatchObject({ unit: '文明城优良率' });
    expect(q('≥90村民满意度')).toMatchObject({ unit: '村民满意度' });
  });

  it('drops a word after the unit that only says what was counted', () => {
    expect(q('≥90%满意度')).toMatchObject({ number: 90, unit: '%' });
    expect(q('6次活动')).toMatchObject({ number: 6, unit: '次' });
    expect(q('100%(1007户)')).toMatchObject({ number: 100, unit: '%' });
    expect(q('≥90（%）')).toMatchObject({ number: 90, unit: '%' });
  });

  it('reads a value that restates its indicator before the number', () => {
    expect(q('完成率≥95%')).toMatchObject({ comparator: '≥', number: 95, unit: '%' });
    expect(q('满意度：≥90%')).toMatchObject({ comparator: '≥', number: 90, unit: '%' });
    expect(q('完成率≥95')).toMatchObject({ comparator: '≥', number: 95, unit: null });
    expect(q('满意度≥90满意度')).toBe('text');
    expect(q('开展活动不少于6次')).toMatchObject({ comparator: '≥', number: 6, unit: '次' });
    expect(q('每月1次')).toMatchObject({ number: 1, unit: '次/月' });
  });

  it('reads dates and time limits as quantities with a date unit', () => {
    expect(q('2020年12月底前')).toEqual({ comparator: '≤', number: 2020, upper: null, unit: '年12月底' });
    expect(q('12月底前')).toEqual({ comparator: '≤', number: 12, upper: null, unit: '月底' });
    expect(q('12月底')).toMatchObject({ comparator: null, number: 12, unit: '月底' });
    expect(q('2020年12月31日前')).toMatchObject({ comparator: '≤', number: 2020, unit: '年12月31日' });
    expect(q('6月30日之前完成')).toMatchObject({ comparator: '≤', number: 6, unit: '月30日' });
    expect(q('2020-12-31')).toMatchObject({ number: 2020, unit: '年12月31日' });
    expect(q('2021年底前完成')).toMatchObject({ comparator: '≤', number: 2021, unit: '年底' });
    expect(q('年底前')).toMatchObject({ comparator: '≤', number: null, unit: '年底' });
    expect(q('本年度内')).toMatchObject({ comparator: '≤', number: null, unit: '年内' });
    expect(q('第四季度末')).toMatchObject({ number: 4, unit: '季度末' });
  });

  it('reads a deadline named by a feast or a season as a date', () => {
    expect(q('春节前')).toEqual({ comparator: '≤', number: null, upper: null, unit: '春节' });
    expect(q('中秋节前完成')).toMatchObject({ comparator: '≤', unit: '中秋节' });
    expect(q('汛期前')).toMatchObject({ comparator: '≤', unit: '汛期' });
    expect(parseValue('春节').kind).toBe('text');
    expect(parseValue('春节期间慰问').kind).toBe('text');
  });

  it('reads how often, and a named standard met, as grades', () => {
    for (const text of ['按季度', '按月', '按月发放', '每日清扫', '按半年', '达到二级养护标准', '达到国家标准', '符合一级A排放标准']) {
      expect(parseValue(text), text).toMatchObject({ kind: 'qualitative', grade: text });
    }
    expect(parseValue('每周1次')).toMatchObject({ kind: 'quantitative', number: 1, unit: '次/周' });
    for (const text of ['达到要求', '按实际', '达到标准化、规范化、科学化的管理，群众满意']) expect(parseValue(text).kind, text).toBe('text');
  });

  it('reads grades as qualitative, a comparator before one included', () => {
    expect(parseValue('是')).toEqual({ text: '是', kind: 'qualitative', grade: '是' });
    expect(parseValue('达到').grade).toBe('达到');
    expect(parseValue('良好。').grade).toBe('良好');
    expect(parseValue('≥ 良好')).toMatchObject({ kind: 'qualitative', grade: '良好' });
    expect(parseValue('按时完成')).toMatchObject({ kind: 'qualitative', grade: '按时完成' });
    expect(parseValue('足额发放到位').kind).toBe('qualitative');
    expect(parseValue('全部').kind).toBe('text');
  });

  it('reads phrases and sentences as text, even with a number inside', () => {
    for (const text of ['明显提高', '有所提升', '逐渐完善', '效果明显', '稳定', '安全', '根据实际', '及时', '不提高服务水平',
      '0新区环境稳定', '补助1007家庭户，补助1630名被征地农民', '组织17个全国文明城市提名城市参加全国文明城市创建']) {
      expect(parseValue(text).kind, text).toBe('text');
    }
  });

  it('keeps the text as written', () => {
    expect(parseValue(' ≥ 95 % ').text).toBe(' ≥ 95 % ');
  });
});

describe('normaliseComparator', () => {
  it('normalises symbols, full-width forms and words', () => {
    expect(normaliseComparator('＞＝')).toBe('≥');
    expect(normaliseComparator('>=')).toBe('≥');
    expect(normaliseComparator('≤')).toBe('≤');
    expect(normaliseComparator('不高于')).toBe('≤');
    expect(normaliseComparator('＝')).toBe('=');
    expect(normaliseComparator('定性')).toBeNull();
  });
});

describe('parseValue: a whole-year period', () => {
  it('reads 全年 and 常年 as a duration, not as free text', () => {
    expect(parseValue('全年')).toMatchObject({ kind: 'quantitative', number: null, unit: '全年' });
    expect(parseValue('=全年')).toMatchObject({ kind: 'quantitative', comparator: '=', unit: '全年' });
    expect(parseValue('常年')).toMatchObject({ kind: 'quantitative', unit: '常年' });
    expect(parseValue('全年开展')).toMatchObject({ kind: 'text' });
  });
});
