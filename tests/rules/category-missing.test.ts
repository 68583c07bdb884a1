import { describe, expect, it } from 'vitest';
import rule from '../../rules/category-missing.js';
import { form, lint } from '../helpers/lint.js';

const row = (level1: string, level2: string, name = '指标') => ({ level1, level2, name });
const OUTPUT = row('产出指标', '数量指标');
const EFFECT = row('效益指标', '社会效益指标');
const SATISFACTION = row('满意度指标', '服务对象满意度指标');

describe('category-missing', () => {
  it('flags each required 一级 with no indicator, on the form', () => {
    const found = lint(rule, [form({ indicators: [OUTPUT] })]);
    expect(found.map((d) => [d.pointer, d.category])).toEqual([['/forms/0', '效益指标'], ['/forms/0', '满意度指标']]);
    expect(found[0].message).toBe('没有一级指标「效益指标」下的指标：标准指标体系要求「产出指标」、「效益指标」、「满意度指标」都设置指标。请补充反映本项目效益（经济、社会、生态效益和可持续影响）的指标');
  });

  it('judges a form by the framework its names fit, with `any`', () => {
    const hebei = form({ indicators: [OUTPUT, row('效果指标', '社会效益指标')] });
    expect(lint(rule, [hebei]).map((d) => d.message)).toEqual([expect.stringContaining('河北省指标体系要求「产出指标」、「效果指标」、「满意度指标」')]);
    const mof = form({ indicators: [OUTPUT, row('成本指标', '经济成本指标'), EFFECT] });
    expect(lint(rule, [mof]).map((d) => d.category)).toEqual(['满意度指标']);
  });

  it('asks for cost indicators by the 2021 guideline', () => {
    const f = form({ indicators: [OUTPUT, EFFECT, SATISFACTION] });
    expect(lint(rule, [f])).toEqual([]);
    expect(lint(rule, [f], { framework: 'mof-2021' }).map((d) => d.category)).toEqual(['成本指标']);
    // 成本指标 written as a 二级 is there, in the wrong place (category-unknown's).
    expect(lint(rule, [form({ indicators: [row('产出指标', '成本指标'), EFFECT, SATISFACTION] })], { framework: 'mof-2021' })).toEqual([]);
  });

  it('counts categories in the wrong place, variants and blank rows as present', () => {
    expect(lint(rule, [form({ indicators: [
      OUTPUT, row('效益指标', '满意度指标', '拆迁户满意度'), row('效益指标', '可持续性影响', ''),
    ] })])).toEqual([]);
    expect(lint(rule, [form({ indicators: [row('产出\n\n指标', '数量'), row('效果指标', '环境效益'), row('满意度指标', '满意度指标')] })])).toEqual([]);
  });

  it('does not check a form without indicator rows', () => {
    expect(lint(rule, [form({ indicators: [] })])).toEqual([]);
  });

  it('speaks English on request', () => {
    const [d] = lint(rule, [form({ indicators: [OUTPUT, EFFECT] })], {}, 'en');
    expect(d.message).toMatch(/^No indicator under the level-1 category "满意度指标": the standard framework asks/);
  });
});
