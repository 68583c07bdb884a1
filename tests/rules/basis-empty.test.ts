import { describe, expect, it } from 'vitest';
import rule from '../../rules/basis-empty.js';
import { form, lint } from '../helpers/lint.js';

describe('basis-empty', () => {
  it('flags a named indicator with a blank or white-space basis', () => {
    const found = lint(rule, [form({ indicators: [
      { name: '开展活动次数', basis: '', value: '≥6次' },
      { name: '覆盖率', basis: '\t ', value: '≥95%' },
    ] })]);
    expect(found.map((d) => d.indicator)).toEqual(['开展活动次数', '覆盖率']);
    expect(found[0].message).toContain('指标「开展活动次数」未填写指标值确定依据');
    expect(found[1].pointer).toBe('/forms/0/indicators/1/basis');
  });

  it('speaks English on request', () => {
    const [d] = lint(rule, [form({ indicators: [{ name: '覆盖率' }] })], {}, 'en');
    expect(d.message).toMatch(/^Indicator "覆盖率" has no basis for its target value/);
  });

  it('passes filled bases, unnamed rows and tables without a basis column', () => {
    expect(lint(rule, [form({ indicators: [{ name: '开展活动次数', basis: '年度工作计划' }, { name: '', basis: '' }] })])).toEqual([]);
    expect(lint(rule, [form({ columns: ['description', 'value'], indicators: [{ name: '开展活动次数', basis: undefined }] })])).toEqual([]);
  });
});
