import { describe, expect, it } from 'vitest';
import rule from '../../rules/duplicate-indicator.js';
import { form, lint } from '../helpers/lint.js';

describe('duplicate-indicator', () => {
  it('flags every later occurrence, naming the first occurrence\'s row', () => {
    const found = lint(rule, [form({ indicators: [
      { name: '开展活动次数' }, { name: '覆盖率' }, { name: '开展活动次数' }, { level2: '社会效益指标', name: '开展活动次数' },
    ] })]);
    expect(found.map((d) => d.pointer)).toEqual(['/forms/0/indicators/2/name', '/forms/0/indicators/3/name']);
    expect(found[0].message).toContain('指标「开展活动次数」与第 1 行重复');
  });

  it('matches by text key: width, spaces and edge punctuation do not matter', () => {
    const found = lint(rule, [form({ indicators: [{ name: '群众满意度（%）' }, { name: '群众 满意度。' }, { name: 'Ａ类项目数' }, { name: 'A类项目数' }] })]);
    expect(found.map((d) => d.message)).toEqual([
      expect.stringContaining('与第 1 行重复'),
      expect.stringContaining('与第 3 行重复'),
    ]);
  });

  it('compares within a goal: the same indicator under two goals of a department-wide form is no duplicate', () => {
    const found = lint(rule, [form({ kind: 'department', indicators: [
      { goal: '目标2', name: '群众满意度' }, { goal: '目标3', name: '群众满意度' }, { goal: '目标3', name: '群众满意度' },
    ] })]);
    expect(found.map((d) => d.pointer)).toEqual(['/forms/0/indicators/2/name']);
    expect(found[0].message).toContain('与第 2 行重复');
  });

  it('speaks English on request', () => {
    const [d] = lint(rule, [form({ indicators: [{ name: '覆盖率' }, { name: '覆盖率' }] })], {}, 'en');
    expect(d.message).toMatch(/^Indicator "覆盖率" repeats row 1/);
  });

  it('passes distinct names, blank names, and the same name in different forms', () => {
    expect(lint(rule, [form({ indicators: [{ name: '群众满意度' }, { name: '服务对象满意度' }, { name: '' }, { name: ' ' }] })])).toEqual([]);
    expect(lint(rule, [form({ indicators: [{ name: '覆盖率' }] }), form({ indicators: [{ name: '覆盖率' }] })])).toEqual([]);
  });
});
