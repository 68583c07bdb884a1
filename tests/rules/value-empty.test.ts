import { describe, expect, it } from 'vitest';
import rule from '../../rules/value-empty.js';
import { form, lint } from '../helpers/lint.js';

describe('value-empty', () => {
  it('flags a named indicator with a blank value', () => {
    const found = lint(rule, [form({ indicators: [{ name: '开展活动次数', value: '' }, { name: '覆盖率', value: ' ' }] })]);
    expect(found.map((d) => d.indicator)).toEqual(['开展活动次数', '覆盖率']);
    expect(found[0].message).toContain('开展活动次数');
    expect(found[0].pointer).toBe('/forms/0/indicators/0/value');
  });

  it('speaks English on request', () => {
    const [d] = lint(rule, [form({ indicators: [{ name: '覆盖率', value: '' }] })], {}, 'en');
    expect(d.message).toMatch(/has no target value/);
  });

  it('passes filled values, unnamed rows and tables without a value column', () => {
    expect(lint(rule, [form({ indicators: [{ name: '开展活动次数', value: '≥6次' }, { name: '', value: '' }] })])).toEqual([]);
    expect(lint(rule, [form({ columns: ['description'], indicators: [{ name: '开展活动次数' }] })])).toEqual([]);
  });
});
