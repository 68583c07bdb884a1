import { describe, expect, it } from 'vitest';
import rule from '../../rules/category-nonstandard.js';
import { form, lint } from '../helpers/lint.js';

const row = (level1: string, level2: string, name = '指标') => ({ level1, level2, name });

describe('category-nonstandard', () => {
  it('flags each variant once per form, on its first row, naming the standard name', () => {
    const found = lint(rule, [form({ indicators: [
      row('产出指标', '数量指标'),
      row('效果指标', '可持续性影响指标', '村级组织持续运转'),
      row('效果指标', '可持续性影响指标', '干部队伍稳定'),
      row('效益指标', '环境效益'),
    ] })]);
    expect(found.map((d) => [d.pointer, d.category])).toEqual([
      ['/forms/0/indicators/1/level2', '可持续性影响指标'],
      ['/forms/0/indicators/3/level2', '环境效益'],
    ]);
    expect(found[0].message).toBe('二级指标「可持续性影响指标」不是规范的类别名，应写作「可持续影响指标」：同一类别写法不一，汇总、比对和评价时会被当成不同的类别。请改为「可持续影响指标」');
    expect(found[1].message).toContain('应写作「生态效益指标」');
  });

  it('reports again in another form', () => {
    const f = form({ indicators: [row('效益指标', '可持续性影响')] });
    expect(lint(rule, [f, f])).toHaveLength(2);
  });

  it('takes line breaks and spaces for nothing, and counts one variant once however spaced', () => {
    const found = lint(rule, [form({ indicators: [row('效益指标', '可持续性\n影响'), row('效益指标', '可持续性影响')] })]);
    expect(found.map((d) => d.category)).toEqual(['可持续性影响']);
  });

  it('flags a 一级 with a note and 满意度指标 as a 二级', () => {
    const found = lint(rule, [form({ indicators: [row('产出（工作量）指标', '数量指标'), row('满意度指标', '满意度指标')] })]);
    expect(found.map((d) => [d.pointer, d.category])).toEqual([
      ['/forms/0/indicators/0/level1', '产出（工作量）指标'],
      ['/forms/0/indicators/1/level2', '满意度指标'],
    ]);
    expect(found[0].message).toContain('一级指标「产出（工作量）指标」不是规范的类别名，应写作「产出指标」');
    expect(found[1].message).toContain('应写作「服务对象满意度指标」');
  });

  it('judges 效果指标 and 效益指标 by the framework', () => {
    const hebei = form({ indicators: [row('效果指标', '社会效益指标')] });
    const standard = form({ indicators: [row('效益指标', '社会效益指标')] });
    expect(lint(rule, [hebei, standard])).toEqual([]);
    expect(lint(rule, [hebei, standard], { framework: 'standard' }).map((d) => d.message))
      .toEqual([expect.stringContaining('「效果指标」不是规范的类别名，应写作「效益指标」')]);
    expect(lint(rule, [hebei, standard], { framework: 'hebei' }).map((d) => d.message))
      .toEqual([expect.stringContaining('「效益指标」不是规范的类别名，应写作「效果指标」')]);
  });

  it('passes standard names, X for X指标, and leaves unknown or misplaced names to category-unknown', () => {
    expect(lint(rule, [form({ indicators: [
      row('产出指标', '数量指标'), row('产出\n\n指标', '质量'), row('效益', '社会效益'), row('效果指标', '可持续影响指标'),
      row('满意度指标', '服务对象满意度指标'), row('满意度指标', '社会公众或服务对象满意度指标'),
      row('成本指标', '经济成本指标'), row('产出指标', '效率指标'), row('效益指标', '满意度指标'),
      row('', ''), row('一、产出指标', '数量指标'),
    ] })])).toEqual([]);
  });

  it('speaks English on request', () => {
    const [d] = lint(rule, [form({ indicators: [row('效益指标', '环境效益')] })], {}, 'en');
    expect(d.message).toMatch(/^The level-2 category "环境效益" is not the standard category name; write "生态效益指标"/);
  });
});
