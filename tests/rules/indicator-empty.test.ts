import { describe, expect, it } from 'vitest';
import rule from '../../rules/indicator-empty.js';
import { form, lint } from '../helpers/lint.js';

describe('indicator-empty', () => {
  it('flags a category left without an indicator, naming the category', () => {
    const found = lint(rule, [form({ indicators: [
      { name: '开展活动次数', value: '≥6次' },
      { level2: '质量指标', name: '' },
      { level1: '效益指标', level2: '生态效益指标', name: '  ' },
    ] })]);
    expect(found.map((d) => d.category)).toEqual(['质量指标', '生态效益指标']);
    expect(found[0].message).toContain('「质量指标」下没有填写三级指标');
    expect(found[0].pointer).toBe('/forms/0/indicators/1/name');
    expect(found[0].indicator).toBeNull();
  });

  it('names the 一级指标 when the 二级 is blank too', () => {
    const [d] = lint(rule, [form({ indicators: [{ level1: '满意度指标', level2: '', name: '' }] })]);
    expect(d.message).toContain('「满意度指标」');
    expect(d.category).toBe('满意度指标');
  });

  it('flags content without a name, quoting the content', () => {
    const found = lint(rule, [form({ indicators: [
      { name: '', description: '全年开展宣传活动场次', value: '≥6次' },
      { name: '', value: '≥95%' },
      { name: '', basis: '年度工作计划' },
    ] })]);
    expect(found.map((d) => d.message)).toEqual([
      expect.stringContaining('「全年开展宣传活动场次」'),
      expect.stringContaining('「≥95%」'),
      expect.stringContaining('「年度工作计划」'),
    ]);
    expect(found.every((d) => d.message.includes('三级指标为空'))).toBe(true);
  });

  it('shortens long content in the message', () => {
    const long = '确保辖区内各项工作有序开展并按时完成上级交办的全部任务';
    const [d] = lint(rule, [form({ indicators: [{ name: '', description: long }] })]);
    expect(d.message).toContain('「确保辖区内各项工作有序开展并按时完成上级…」');
  });

  it('speaks English on request', () => {
    const found = lint(rule, [form({ indicators: [{ level2: '时效指标', name: '' }, { name: '', value: '≥6次' }] })], {}, 'en');
    expect(found[0].message).toMatch(/^No indicator is filled in under "时效指标"/);
    expect(found[1].message).toMatch(/holds "≥6次" but its 三级指标 is blank/);
  });

  it('passes named rows and wholly blank rows', () => {
    expect(lint(rule, [form({ indicators: [
      { name: '开展活动次数' },
      { name: '覆盖率', description: '', value: '', basis: '' },
      { level1: '', level2: '', name: '', description: ' ', value: '', basis: '' },
    ] })])).toEqual([]);
  });
});
