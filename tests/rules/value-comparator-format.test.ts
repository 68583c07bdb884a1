import { describe, expect, it } from 'vitest';
import rule, { normalizeComparators } from '../../rules/value-comparator-format.js';
import { form, lint } from '../helpers/lint.js';
import { fixesOf } from '../helpers/fixes.js';

const row = (value: string) => ({ name: '培训合格率', value });

describe('value-comparator-format', () => {
  it('flags comparators typed as >=, <=, =>, =<, full width, ≧ and ≦', () => {
    for (const value of ['>=90%', '<=5天', '=>6次', '=<3个', '＞90%', '＝100%', '＜5天', '＞＝90%', '＜＝5天', '≧90%', '≦5天']) {
      expect(lint(rule, [form({ indicators: [row(value)] })]), value).toHaveLength(1);
    }
  });

  it('passes standard comparators, values without one, and blank values', () => {
    for (const value of ['≥90%', '≤5天', '>0', '<5天', '=100%', '90%', '达到', '']) {
      expect(lint(rule, [form({ indicators: [row(value)] })]), value).toEqual([]);
    }
  });

  it('says which comparator to write, at the value', () => {
    const [d] = lint(rule, [form({ indicators: [row('＞＝90%')] })]);
    expect(d.pointer).toBe('/forms/0/indicators/0/value');
    expect(d.message).toBe('指标值「＞＝90%」中的比较符号「＞＝」不规范，应写作「≥」：同一比较关系写法不一，汇总、检索和比对时会被当成不同的写法。请改为「≥90%」');
    const [en] = lint(rule, [form({ indicators: [row('>=90%')] })], {}, 'en');
    expect(en.message).toContain('writes the comparator ">="; write "≥"');
  });

  it('fixes the comparator only, keeping the rest as written', () => {
    expect(fixesOf(rule, form({ indicators: [row('>= 90 %'), row('不低于 =>5 次')] }))).toEqual(['≥ 90 %', '不低于 ≥5 次']);
    expect(normalizeComparators('≥90%且＜＝100%')).toBe('≥90%且≤100%');
    expect(normalizeComparators('>=')).toBe('≥');
  });

  it('checks the long-term value too', () => {
    const found = lint(rule, [form({ indicators: [{ name: '覆盖率', value: '≥90%' }] })].map((f) => {
      f.indicators[0].longTermValue = { text: '>=95%', kind: 'text' };
      return f;
    }));
    expect(found.map((d) => d.pointer)).toEqual(['/forms/0/indicators/0/longTermValue']);
  });
});
