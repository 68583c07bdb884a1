import { describe, expect, it } from 'vitest';
import rule from '../../rules/description-copies-name.js';
import { form, lint } from '../helpers/lint.js';

describe('description-copies-name', () => {
  it('flags a description that repeats the name', () => {
    const found = lint(rule, [form({ indicators: [{ name: '预算执行率', description: '预算执行率' }] })]);
    expect(found).toHaveLength(1);
    expect(found[0].pointer).toBe('/forms/0/indicators/0/description');
    expect(found[0].message).toContain('与三级指标「预算执行率」完全相同');
  });

  it('ignores width, spaces, edge punctuation and a unit in brackets', () => {
    const found = lint(rule, [form({ indicators: [
      { name: '群众满意度（%）', description: '群众满意度' },
      { name: 'Ａ类项目完成数', description: 'A类 项目完成数。' },
      { name: '维护辖区内社会稳定', description: '“维护辖区内社会稳定”' },
    ] })]);
    expect(found.map((d) => d.indicator)).toEqual(['群众满意度（%）', 'Ａ类项目完成数', '维护辖区内社会稳定']);
  });

  it('speaks English on request', () => {
    const [d] = lint(rule, [form({ indicators: [{ name: '覆盖率', description: '覆盖率' }] })], {}, 'en');
    expect(d.message).toMatch(/^The description repeats the indicator name "覆盖率" word for word/);
  });

  it('passes descriptions that only contain the name, differ, or are blank', () => {
    expect(lint(rule, [form({ indicators: [
      { name: '群众满意度', description: '受访群众对服务的群众满意度' },
      { name: '发放工资人数', description: '发放工资人数（不含临时聘用人员）' },
      { name: '覆盖率', description: '' },
      { name: '', description: '' },
      { name: '覆盖率', description: undefined },
    ] })])).toEqual([]);
  });
});
