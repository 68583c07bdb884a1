import { describe, expect, it } from 'vitest';
import rule from '../../rules/basis-boilerplate.js';
import { form, lint } from '../helpers/lint.js';

const rows = (...bases: string[]) => bases.map((basis, i) => ({ name: `指标${i}`, value: '≥1次', basis }));

describe('basis-boilerplate', () => {
  it('flags a form whose every indicator gives the same basis, once, at the first basis', () => {
    const found = lint(rule, [form({ indicators: rows('行业标准', '行业标准', '行业标准。', ' 行业标准') })]);
    expect(found).toHaveLength(1);
    expect(found[0].pointer).toBe('/forms/0/indicators/0/basis');
    expect(found[0].indicator).toBeNull();
    expect(found[0].message).toContain('本表 4 个指标的指标值确定依据都是「行业标准」');
  });

  it('reports every form of a document that does it', () => {
    const f = form({ indicators: rows('发放表', '发放表', '发放表') });
    expect(lint(rule, [f, f, form({ indicators: rows('台账', '方案', '调查') })]).map((d) => d.pointer))
      .toEqual(['/forms/0/indicators/0/basis', '/forms/1/indicators/0/basis']);
  });

  it('ignores unnamed template rows and a few blank bases, but not when most are blank', () => {
    const unnamed = { name: '', basis: '' };
    expect(lint(rule, [form({ indicators: [...rows('行业标准', '行业标准', '行业标准'), unnamed, unnamed] })])).toHaveLength(1);
    expect(lint(rule, [form({ indicators: rows('行业标准', '行业标准', '行业标准', '') })])).toHaveLength(1);
    expect(lint(rule, [form({ indicators: rows('行业标准', '行业标准', '行业标准', '', '', '', '—') })])).toEqual([]);
  });

  it('passes forms with different bases, too few indicators, or no basis column', () => {
    expect(lint(rule, [form({ indicators: rows('安全生产宣传记录', '调查问卷', '调查问卷') })])).toEqual([]);
    expect(lint(rule, [form({ indicators: rows('行业标准', '行业标准') })])).toEqual([]);
    expect(lint(rule, [form({ indicators: rows('行业标准', '行业标准', '') })])).toEqual([]);
    expect(lint(rule, [form({ indicators: rows('—', '—', '—') })])).toEqual([]);
    const noColumn = form({ columns: ['value'], indicators: rows('行业标准', '行业标准', '行业标准') });
    expect(lint(rule, [noColumn])).toEqual([]);
  });

  it('takes the count from the `min` option', () => {
    const f = form({ indicators: rows('行业标准', '行业标准', '行业标准') });
    expect(lint(rule, [f], { min: 4 })).toEqual([]);
    expect(lint(rule, [form({ indicators: rows('行业标准', '行业标准') })], { min: 2 })).toHaveLength(1);
  });

  it('speaks English on request', () => {
    const [d] = lint(rule, [form({ indicators: rows('行业标准', '行业标准', '行业标准') })], {}, 'en');
    expect(d.message).toMatch(/^All 3 indicators of this form give the same basis, "行业标准"/);
  });
});
