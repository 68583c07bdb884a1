import { describe, expect, it } from 'vitest';
import rule from '../../rules/category-unknown.js';
import { form, lint } from '../helpers/lint.js';

const row = (level1: string, level2: string, name = '指标') => ({ level1, level2, name });

describe('category-unknown', () => {
  it('flags a 二级 under the wrong 一级, once per name in a form', () => {
    const found = lint(rule, [form({ indicators: [
      row('效益指标', '社会效益'), row('效益指标', '满意度指标', '拆迁户满意度'), row('效益指标', '满意度\n指标', '居民满意度'),
      row('产出指标', '经济效益指标'),
    ] })]);
    expect(found.map((d) => [d.pointer, d.category])).toEqual([
      ['/forms/0/indicators/1/level2', '满意度指标'],
      ['/forms/0/indicators/3/level2', '经济效益指标'],
    ]);
    expect(found[0].message).toBe('二级指标「满意度指标」不属于一级指标「效益指标」：它应列在一级指标「满意度指标」下。请调整这些指标的一级指标');
    expect(found[1].message).toContain('它应列在一级指标「效益指标」下');
  });

  it('flags names outside the framework, listing what is expected', () => {
    const found = lint(rule, [form({ indicators: [row('工作指标', '管理指标'), row('产出指标', '效率指标')] })]);
    expect(found.map((d) => d.category)).toEqual(['工作指标', '管理指标', '效率指标']);
    expect(found[0].message).toContain('一级指标「工作指标」不在指标体系中：一级指标应为产出指标、效益指标、满意度指标、效果指标、成本指标');
    expect(found[1].message).toContain('二级指标「管理指标」不在指标体系中：二级指标应为数量指标');
    expect(found[2].message).toContain('「产出指标」下的二级指标应为数量指标、质量指标、时效指标、成本指标');
  });

  it('flags a name in the wrong column', () => {
    const found = lint(rule, [form({ indicators: [row('数量指标', ''), row('产出指标', '产出指标')] })]);
    expect(found.map((d) => d.message)).toEqual([
      expect.stringContaining('「数量指标」是二级指标，不应填在一级指标一栏：请在一级指标栏填「产出指标」'),
      expect.stringContaining('「产出指标」在指标体系中是一级指标，不能作为「产出指标」下的二级指标'),
    ]);
  });

  it('judges by the framework: 成本指标 is a 一级 in the 2021 guideline', () => {
    const f = form({ indicators: [row('产出指标', '成本指标'), row('成本指标', '经济成本指标'), row('效果指标', '社会效益指标')] });
    expect(lint(rule, [f])).toEqual([]);
    const mof = lint(rule, [f], { framework: 'mof-2021' });
    expect(mof.map((d) => d.message)).toEqual([
      '「成本指标」在财预〔2021〕101号指标体系中是一级指标，不能作为「产出指标」下的二级指标：请把它列为一级指标，下设经济成本指标、社会成本指标、生态环境成本指标',
    ]);
    const standard = lint(rule, [f], { framework: 'standard' });
    expect(standard.map((d) => d.category)).toEqual(['成本指标', '经济成本指标']);
  });

  it('passes every framework\'s names and their variants, and blank cells', () => {
    expect(lint(rule, [form({ indicators: [
      row('产出指标', '数量指标'), row('产出（工作量）指标', '时效'), row('效果\n\n指标', '可持续性影响'), row('效益指标', '环境效益'),
      row('满意度指标', '满意度指标'), row('满意度指标', '社会公众或服务对象满意度指标'), row('成本指标', '生态环境成本指标'),
      row('', ''), row('产出指标', ''),
    ] })])).toEqual([]);
  });

  it('speaks English on request', () => {
    const [d] = lint(rule, [form({ indicators: [row('效益指标', '满意度指标')] })], {}, 'en');
    expect(d.message).toMatch(/^The level-2 category "满意度指标" does not belong under "效益指标": it belongs under "满意度指标"/);
  });
});
