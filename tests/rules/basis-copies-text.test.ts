import { describe, expect, it } from 'vitest';
import rule from '../../rules/basis-copies-text.js';
import { form, lint } from '../helpers/lint.js';

describe('basis-copies-text', () => {
  it('flags a basis that repeats the name, the description or the value, saying which', () => {
    const found = lint(rule, [form({ indicators: [
      { name: '群众满意度', description: '受访群众满意比例', value: '≥90%', basis: '群众满意度' },
      { name: '新增就业人员情况', description: '新增就业人员数量', value: '≥1500人', basis: '新增就业人员数量' },
      { name: '社会影响力', description: '达到宣传效果', value: '宣传推广新区区域品牌', basis: '宣传推广新区区域品牌' },
    ] })]);
    expect(found.map((d) => d.message)).toEqual([
      expect.stringContaining('重复了三级指标「群众满意度」'),
      expect.stringContaining('重复了绩效指标描述「新增就业人员数量」'),
      expect.stringContaining('重复了指标值「宣传推广新区区域品牌」'),
    ]);
    expect(found[0].pointer).toBe('/forms/0/indicators/0/basis');
  });

  it('reports a row once, even when the basis repeats several texts', () => {
    const text = '村级组织各项工作规范化运转';
    const found = lint(rule, [form({ indicators: [{ name: '村级组织满意程度', description: text, value: text, basis: text }] })]);
    expect(found).toHaveLength(1);
    expect(found[0].message).toContain('重复了绩效指标描述');
  });

  it('compares text keys: width, spaces and closing punctuation do not matter', () => {
    const found = lint(rule, [form({ indicators: [
      { name: '确保治安秩序良好', description: '', value: '达到', basis: '确保治安秩序良好。' },
      { name: '覆盖率', value: '≥９５％', basis: '≥ 95%' },
    ] })]);
    expect(found).toHaveLength(2);
  });

  it('speaks English on request', () => {
    const [d] = lint(rule, [form({ indicators: [{ name: '覆盖率', value: '≥95%', basis: '覆盖率' }] })], {}, 'en');
    expect(d.message).toMatch(/^The basis repeats the indicator name "覆盖率": the basis should say where the target comes from/);
  });

  it('passes a real basis, a basis that only contains the name, and blanks', () => {
    expect(lint(rule, [form({ indicators: [
      { name: '开展活动次数', description: '全年开展活动场次', value: '≥6次', basis: '年度工作计划' },
      { name: '群众满意度', basis: '群众满意度问卷调查' },
      { name: '覆盖率', description: '', value: '', basis: '' },
      { name: '', description: '', value: '', basis: '行业标准' },
    ] })])).toEqual([]);
  });
});
