import { describe, expect, it } from 'vitest';
import { applyFixes, decodeForWriting } from '../../src/engine/fix.js';
import { builtinRules } from '../../rules/index.js';
import { runRules } from '../../src/engine/run.js';
import { markdownReader } from '../../src/readers/markdown.js';
import { yamlReader } from '../../src/readers/yaml.js';
import { jsonReader } from '../../src/readers/json.js';
import { markdownCellEncoder, yamlScalarEncoder } from '../../src/readers/encode.js';
import type { Reader } from '../../src/readers/types.js';
import type { Loc } from '../../src/model/source.js';
import { parse } from 'yaml';

const RULES = builtinRules();
const FIXABLE = ['category-nonstandard', 'value-comparator-format', 'cell-whitespace'];

/** Lints a text with the fixable rules and applies their fixes once: the diagnostics, and the fixed text. */
function fixOnce(reader: Reader, text: string) {
  const read = reader.read({ path: 'x', bytes: new TextEncoder().encode(text) });
  expect(read.problems.filter((p) => p.severity === 'error')).toEqual([]);
  const settings = new Map(FIXABLE.map((id) => [id, { severity: 'warning' as const, options: {} }]));
  const found = runRules([{ file: 'x', read, settings }], new Map(FIXABLE.map((id) => [id, RULES.get(id)!])), 'zh-CN')[0];
  return { found, ...applyFixes(text, found.flatMap((d) => (d.fix ? [d.fix] : []))) };
}

const MD = (l2: string, value: string) => [
  '## 项目', '',
  '| 一级指标 | 二级指标 | 三级指标 | 指标值 | 指标值确定依据 |',
  '| --- | --- | --- | --- | --- |',
  `| 效益指标 | ${l2} | 村级组织持续正常运转 | ${value} | 年度工作计划 |`, '',
].join('\n');

const at = (text: string, part: string): Loc => {
  const offset = text.indexOf(part);
  return { line: 1, column: 1, endLine: 1, endColumn: 1, offset, endOffset: offset + part.length };
};

describe('applyFixes', () => {
  it('applies fixes in the order of their ranges, whatever order they come in', () => {
    expect(applyFixes('abcdef', [{ range: [4, 5], text: 'E' }, { range: [0, 1], text: 'AA' }])).toMatchObject({ output: 'AAbcdEf', applied: 2 });
  });

  it('leaves a fix that overlaps an applied one for the next pass', () => {
    const r = applyFixes('abcdef', [{ range: [1, 4], text: 'X' }, { range: [3, 5], text: 'Y' }, { range: [5, 6], text: 'Z' }]);
    expect(r).toMatchObject({ output: 'aXeZ', applied: 2 });
  });

  it('changes nothing without fixes', () => {
    expect(applyFixes('abc', [])).toMatchObject({ output: 'abc', applied: 0 });
  });
});

describe('fixes in Markdown', () => {
  it('replaces the category cell and the comparator, nothing else', () => {
    const text = MD('可持续性影响', '>=95%');
    const { found, output } = fixOnce(markdownReader, text);
    expect(found.map((d) => d.ruleId).sort()).toEqual(['category-nonstandard', 'value-comparator-format']);
    expect(output).toBe(MD('可持续影响指标', '≥95%'));
  });

  it('fixes a blank 二级 continuing a merged one at the cell that holds the text', () => {
    const text = MD('环境效益', '≥95%') + '|  |  | 村容村貌整治覆盖率 | ≥90% | 年度工作计划 |\n';
    const { output } = fixOnce(markdownReader, text.replace('\n\n|  |', '\n|  |'));
    expect(output).toContain('| 效益指标 | 生态效益指标 | 村级组织持续正常运转 |');
    expect(output).toContain('|  |  | 村容村貌整治覆盖率 |');
  });

  it('leaves a category cell with numbering or a weight to the reader', () => {
    const { found, applied } = fixOnce(markdownReader, MD('可持续性影响（10分）', '≥95%'));
    expect(found.map((d) => d.ruleId)).toEqual(['category-nonstandard']);
    expect(applied).toBe(0);
  });

  it('escapes a pipe and writes a line break as <br>', () => {
    const text = '| a |\n';
    const encode = markdownCellEncoder(text);
    expect(encode('甲|乙\n丙', at(text, 'a'), 'a')).toBe('甲\\|乙<br>丙');
  });

  it('writes nothing where the cell does not hold the text as written (markup, another cell)', () => {
    const text = '| **a** | ≥ | 90 | % |\n';
    const encode = markdownCellEncoder(text);
    expect(encode('b', at(text, '**a**'), 'a')).toBeUndefined();
    expect(encode('≥90%', at(text, '90'), '>=90%')).toBeUndefined();
    expect(encode('*b*', at(text, '90'), '90')).toBeUndefined();
  });

  it('gives no fix for a value split over comparator, figure and unit columns', () => {
    const text = [
      '## 项目', '',
      '| 一级指标 | 二级指标 | 三级指标 | 指标性质 | 指标值 | 度量单位 | 指标值确定依据 |',
      '| --- | --- | --- | --- | --- | --- | --- |',
      '| 产出指标 | 数量指标 | 培训次数 | >= | 6 | 次 | 年度工作计划 |', '',
    ].join('\n');
    const { found, applied } = fixOnce(markdownReader, text);
    expect(found.map((d) => d.ruleId)).toContain('value-comparator-format');
    expect(applied).toBe(0);
  });
});

describe('fixes in YAML', () => {
  const yaml = (indicator: string) => `forms:\n  - name: 项目\n    indicators:\n${indicator}`;

  it('fixes a plain scalar in a block mapping, as a plain scalar', () => {
    const text = yaml('      - level1: 产出指标\n        level2: 数量指标\n        name: 培训次数\n        value: =>6次  # 全年\n');
    expect(fixOnce(yamlReader, text).output).toBe(text.replace('=>6次', '≥6次'));
  });

  it('quotes a plain scalar whose new text needs quotes, and keeps single and double quotes', () => {
    const plain = yaml('      - level1: 产出指标\n        level2: 数量指标\n        name: 培训次数\n        value: =>5次, 每季度1次\n');
    expect(fixOnce(yamlReader, plain).output).toBe(plain.replace('=>5次, 每季度1次', '"≥5次, 每季度1次"'));
    const single = yaml("      - level1: 产出指标\n        level2: 数量指标\n        name: '培训  次数'\n        value: '>=6次'\n");
    expect(fixOnce(yamlReader, single).output).toBe(single.replace("'培训  次数'", "'培训 次数'").replace("'>=6次'", "'≥6次'"));
    const double = yaml('      - level1: 产出指标\n        level2: 数量指标\n        name: "培训次数 "\n        value: "<=5天"\n');
    expect(fixOnce(yamlReader, double).output).toBe(double.replace('"培训次数 "', '"培训次数"').replace('"<=5天"', '"≤5天"'));
  });

  it('fixes scalars in a flow mapping, quoting what flow context needs', () => {
    const text = yaml('      - { level1: 效益指标, level2: 可持续性影响, name: 培训  次数, value: ＞＝6次 }\n');
    const { output } = fixOnce(yamlReader, text);
    expect(output).toBe(text.replace('可持续性影响', '可持续影响指标').replace('培训  次数', '培训 次数').replace('＞＝6次', '≥6次'));
    expect(yamlReader.read({ path: 'x', bytes: new TextEncoder().encode(output) }).problems).toEqual([]);
  });

  it('writes nothing into a block scalar or a scalar over several lines', () => {
    const text = 'a: |\n  x\n';
    const encode = yamlScalarEncoder(text, parse);
    expect(encode('y', at(text, '|\n  x'), 'x\n')).toBeUndefined();
    expect(yamlScalarEncoder('a: 1', parse).call(null, 'b', at('a: 1', '1'), '2')).toBeUndefined();
  });
});

describe('fixes in JSON', () => {
  it('replaces the string with its quotes, keeping the rest of the file', () => {
    const text = JSON.stringify({ forms: [{ name: '项目', indicators: [
      { level1: '效益指标', level2: '可持续性影响', name: '村级组织持续正常运转', value: '＞＝95%' },
    ] }] }, null, 2);
    const { output } = fixOnce(jsonReader, text);
    expect(output).toBe(text.replace('"可持续性影响"', '"可持续影响指标"').replace('"＞＝95%"', '"≥95%"'));
  });
});

describe('decodeForWriting', () => {
  it('gives back the same bytes: UTF-8 with and without BOM, UTF-16 with BOM', () => {
    const utf16 = new Uint8Array([0xff, 0xfe, 0x61, 0x00, 0x2d, 0x4e]);
    for (const bytes of [new TextEncoder().encode('a\r\n中'), new Uint8Array([0xef, 0xbb, 0xbf, 0x61, 0x0d, 0x0a]), utf16]) {
      const d = decodeForWriting(bytes)!;
      expect(d.encode(d.text)).toEqual(bytes);
    }
    expect(decodeForWriting(utf16)!.text).toBe('a中');
  });

  it('refuses text that is not UTF-8 (GB18030)', () => {
    expect(decodeForWriting(new Uint8Array([0xd6, 0xd0, 0xce, 0xc4]))).toBeUndefined();
  });
});
