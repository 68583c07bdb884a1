import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { COLUMNS, LONGEST_COLUMN_TITLE, columnOf, departmentItemOf, headerFieldOf, mayTitleColumn, type HeaderField } from '../../src/model/vocabulary.js';

/** Every string a pattern of literal characters, groups of alternatives and `?` matches (^ and $ around it). */
function expand(source: string): string[] {
  let at = 0;
  const alternatives = (): string[] => {
    const out: string[] = [];
    for (;;) {
      out.push(...sequence());
      if (source[at] !== '|') return out;
      at++;
    }
  };
  const sequence = (): string[] => {
    let strings = [''];
    while (at < source.length && source[at] !== '|' && source[at] !== ')') {
      let atom: string[];
      if (source[at] === '(') {
        at++;
        atom = alternatives();
        at++; // )
      } else atom = [source[at++]];
      if (source[at] === '?') {
        at++;
        atom = ['', ...atom];
      }
      strings = strings.flatMap((s) => atom.map((a) => s + a));
    }
    return strings;
  };
  expect(source.startsWith('^') && source.endsWith('$')).toBe(true);
  source = source.slice(1, -1);
  const all = alternatives();
  expect(at).toBe(source.length);
  return all;
}

describe('column titles', () => {
  const titles = COLUMNS.flatMap(([column, re]) => expand(re.source).map((title) => ({ column, title })));

  it('are none longer than LONGEST_COLUMN_TITLE', () => {
    expect(titles.length).toBeGreaterThan(40);
    for (const { column, title } of titles) expect(columnOf(title)).toBe(column);
    expect(Math.max(...titles.map((t) => t.title.length))).toBeLessThanOrEqual(LONGEST_COLUMN_TITLE);
  });

  it('mayTitleColumn says no only of texts that title no column', () => {
    expect(mayTitleColumn('开展东山社区安全生产宣传活动的次数')).toBe(false);
    expect(mayTitleColumn('指标值（单位：万元，另附说明的很长的一段文字）')).toBe(true);
    expect(columnOf('指标值（单位：万元，另附说明的很长的一段文字）')).toBe('value');
    // Titles with what labels carry besides their name: spaces, full width, brackets, a colon.
    const padding = fc.constantFrom('', ' ', '　', '：', ':', '（万元）', '(%)', '，', '的', '说明', '\n');
    const text = fc.tuple(fc.constantFrom(...titles.map((t) => t.title)), fc.array(padding, { maxLength: 6 }), fc.array(padding, { maxLength: 3 }))
      .map(([title, after, before]) => before.join('') + [...title].join(after.length > 3 ? ' ' : '') + after.join(''));
    fc.assert(fc.property(text, (t) => {
      if (!mayTitleColumn(t)) expect(columnOf(t)).toBeNull();
    }), { numRuns: 3000 });
  });
});

describe('header labels', () => {
  it('know the fields by the titles templates give them', () => {
    const cases: Array<[HeaderField, string[]]> = [
      ['code', ['项目编码', '预算项目编码']],
      ['total', ['预算数', '年初预算数', '本年预算数', '全年预算数', '项目预算金额', '预算资金总额', '预算安排数', '年度资金总额']],
      ['fiscal', ['其中：财政拨款', '财政补助资金']],
      ['other', ['其他资金', '自有资金', '单位自筹']],
      ['purpose', ['资金用途', '资金使用范围', '资金用途及测算依据']],
      ['schedule', ['资金支出计划（%）', '支出进度计划', '预算支出进度', '资金使用计划']],
      ['goals', ['绩效目标', '项目年度绩效目标', '总体绩效目标']],
    ];
    for (const [field, labels] of cases) for (const label of labels) expect(headerFieldOf(label), label).toBe(field);
    // 项目资金（万元） captions the money rows of some templates: no field of its own.
    // 本级财政资金 is a part of 财政拨款 where it stands (其中：上级补助资金 | 本级财政资金).
    for (const label of ['项目属性', '主管部门', '资金来源', '预算执行率', '项目资金（万元）', '本级财政资金']) expect(headerFieldOf(label), label).toBeNull();
  });

  it('know the department items, parts that add up among them', () => {
    expect(departmentItemOf('人员经费', 'expense')).toEqual({ section: 'expense', key: 'basic', part: true });
    expect(departmentItemOf('公用经费', 'expense')).toEqual({ section: 'expense', key: 'basic', part: true });
    expect(departmentItemOf('基本支出')).toEqual({ section: 'expense', key: 'basic' });
    expect(departmentItemOf('人员经费')).toBeNull();
    expect(departmentItemOf('事业收入')).toEqual({ section: 'income', key: 'other', part: true });
    expect(departmentItemOf('上年结转')).toBeNull();
    expect(departmentItemOf('上年结转', 'income')).toEqual({ section: 'income', key: 'other', part: true });
  });
});
