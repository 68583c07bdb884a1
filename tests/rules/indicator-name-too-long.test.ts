import { describe, expect, it } from 'vitest';
import rule from '../../rules/indicator-name-too-long.js';
import { form, lint } from '../helpers/lint.js';

const LONG = '6个全国文明城市提升创建水平，组织17个全国文明城市提名城市参加全国文明城市创建（按照中央分配参评指标，全额参评，成绩优良率80%以上）';

describe('indicator-name-too-long', () => {
  it('flags a name over 30 characters, shortening it in the message', () => {
    const [d, ...rest] = lint(rule, [form({ indicators: [{ name: LONG }] })]);
    expect(rest).toEqual([]);
    expect(d.pointer).toBe('/forms/0/indicators/0/name');
    expect(d.message).toContain(`三级指标「${LONG.slice(0, 30)}…」有 68 个字，超过 30 个字`);
  });

  it('counts characters without white space', () => {
    const name = '一二三四五六七八九十'.repeat(3);
    expect(lint(rule, [form({ indicators: [{ name: name.split('').join(' ') }] })])).toEqual([]);
    expect(lint(rule, [form({ indicators: [{ name: name + '一' }] })])).toHaveLength(1);
  });

  it('flags clauses closed by a full stop, and two sentences', () => {
    const found = lint(rule, [form({ indicators: [
      { name: '确保治安防控工作到位，社会稳定，治安秩序良好。' },
      { name: '确保不出现越级访；确保社会稳定。' },
      { name: '确保治安防控工作到位。社会稳定' },
    ] })]);
    expect(found.map((d) => d.pointer)).toEqual(['/forms/0/indicators/0/name', '/forms/0/indicators/1/name', '/forms/0/indicators/2/name']);
    expect(found[0].message).toContain('三级指标「确保治安防控工作到位，社会稳定，治安秩序良好。」是一句话，不是指标名称');
  });

  it('passes names: short, with a stray full stop, of two parts without one, at the limit', () => {
    expect(lint(rule, [form({ indicators: [
      { name: '群众满意度' },
      { name: '群众满意度。' },
      { name: '优化路面，保护环境' },
      { name: '确保不出现越级访、集体访事件' },
      { name: '外宣品发放使用量占生产量的比例（%）' },
      { name: '一二三四五六七八九十'.repeat(3) },
      { name: '' },
    ] })])).toEqual([]);
  });

  it('takes the limit from the `max` option', () => {
    const f = form({ indicators: [{ name: '社区退休人员补贴发放及时率' }] });
    expect(lint(rule, [f])).toEqual([]);
    expect(lint(rule, [f], { max: 10 })[0].message).toContain('有 13 个字，超过 10 个字');
  });

  it('speaks English on request', () => {
    const [d] = lint(rule, [form({ indicators: [{ name: '确保社会稳定，治安良好。' }] })], {}, 'en');
    expect(d.message).toMatch(/^The indicator name "确保社会稳定，治安良好。" is a sentence, not a name/);
  });
});
