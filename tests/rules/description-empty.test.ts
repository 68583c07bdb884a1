import { describe, expect, it } from 'vitest';
import rule from '../../rules/description-empty.js';
import { form, lint } from '../helpers/lint.js';

describe('description-empty', () => {
  it('flags a named indicator with a blank or white-space description', () => {
    const found = lint(rule, [form({ indicators: [
      { name: '开展活动次数', description: '', value: '≥6次' },
      { name: '覆盖率', description: ' \u3000', value: '≥95%' },
    ] })]);
    expect(found.map((d) => d.indicator)).toEqual(['开展活动次数', '覆盖率']);
    expect(found[0].message).toContain('指标「开展活动次数」未填写绩效指标描述');
    expect(found[1].pointer).toBe('/forms/0/indicators/1/description');
  });

  it('speaks English on request', () => {
    const [d] = lint(rule, [form({ indicators: [{ name: '覆盖率' }] })], {}, 'en');
    expect(d.message).toMatch(/^Indicator "覆盖率" has no description/);
  });

  it('passes filled descriptions, unnamed rows and tables without a description column', () => {
    expect(lint(rule, [form({ indicators: [{ name: '开展活动次数', description: '全年开展活动场次' }, { name: '' }] })])).toEqual([]);
    expect(lint(rule, [form({ columns: ['value', 'basis'], indicators: [{ name: '开展活动次数', description: undefined }] })])).toEqual([]);
  });

  it('infers the column from the rows when the form does not declare it', () => {
    const rows = [{ name: '开展活动次数', description: undefined }];
    expect(lint(rule, [form({ indicators: rows })])).toEqual([]);
    expect(lint(rule, [form({ indicators: [...rows, { name: '覆盖率', description: '覆盖人群比例' }] })]).map((d) => d.indicator))
      .toEqual(['开展活动次数']);
  });
});
