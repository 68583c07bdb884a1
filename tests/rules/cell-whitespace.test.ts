import { describe, expect, it } from 'vitest';
import rule, { tidyBlanks } from '../../rules/cell-whitespace.js';
import { form, lint } from '../helpers/lint.js';
import { fixesOf } from '../helpers/fixes.js';
import { markdownReader } from '../../src/readers/markdown.js';
import { runRules } from '../../src/engine/run.js';

describe('cell-whitespace', () => {
  it('flags blanks at the ends of a name, a description, a value or a basis, full-width ones included', () => {
    const found = lint(rule, [form({ indicators: [
      { name: ' 培训次数', description: '全年培训的次数\u3000', value: '≥6次 ', basis: '\t年度计划' },
    ] })]);
    expect(found.map((d) => d.pointer)).toEqual(['name', 'description', 'value', 'basis'].map((f) => `/forms/0/indicators/0/${f}`));
    expect(found[0].message).toBe('三级指标「培训次数」首尾有空格：看不见的空格会让相同的内容被当成不同的内容（查重、比对、汇总时）。请删去首尾空格');
  });

  it('flags a run of blanks inside, and blanks at the ends of a line inside the cell', () => {
    const found = lint(rule, [form({ indicators: [{ name: '群众  满意度' }, { name: '群众满意度', basis: '调查\u3000\u3000结果' }, { name: '甲 \n乙' }] })]);
    const what = (m: string) => (m.includes('」中有连续空格') ? 'run' : m.includes('」首尾有空格') ? 'ends' : m);
    expect(found.map((d) => [d.pointer, what(d.message)])).toEqual([
      ['/forms/0/indicators/0/name', 'run'],
      ['/forms/0/indicators/1/basis', 'run'],
      ['/forms/0/indicators/2/name', 'ends'],
    ]);
  });

  it('passes single blanks, line breaks, and cells of blanks only', () => {
    expect(lint(rule, [form({ indicators: [{ name: 'GDP 增长率', description: '第一行\n第二行', value: '≥ 90%', basis: '   ' }] })])).toEqual([]);
  });

  it('fixes by trimming and keeping one blank of each run', () => {
    expect(fixesOf(rule, form({ indicators: [{ name: ' 群众  满意度\u3000' }, { name: '甲', description: '第一行 \n  第二行' }] })))
      .toEqual(['群众 满意度', '第一行\n第二行']);
    expect(tidyBlanks('a\u3000 \u3000b')).toBe('a\u3000b');
  });

  it('does not take the padding of a Markdown table for content', () => {
    const text = '## 项目\n\n|  一级指标  | 二级指标 | 三级指标 | 指标值 |\n| --- | --- | --- | --- |\n|   产出指标 | 数量指标  |   培训次数   |  ≥6次 |\n';
    const read = markdownReader.read({ path: 'a.md', bytes: new TextEncoder().encode(text) });
    const settings = new Map([[rule.meta.id, { severity: 'warning' as const, options: {} }]]);
    expect(runRules([{ file: 'a.md', read, settings }], new Map([[rule.meta.id, rule]]), 'zh-CN')[0]).toEqual([]);
  });
});
