import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { yamlReader } from '../../src/readers/yaml.js';
import { READER_MESSAGES } from '../../src/readers/messages.js';
import { localize } from '../../src/engine/i18n.js';
import type { Problem } from '../../src/readers/types.js';
import { toYaml } from '../../src/writers/yaml.js';
import { normalizeDocument } from '../../src/model/normalize.js';
import { maximal } from '../model/type-samples.js';

const fixture = (name: string) => new URL(`../fixtures/yaml/${name}`, import.meta.url);
const readFixture = (name: string) => yamlReader.read({ path: name, bytes: readFileSync(fixture(name)) });
const read = (text: string) => yamlReader.read({ path: 'test.yaml', bytes: new TextEncoder().encode(text) });
const message = (p: Problem, locale: 'zh-CN' | 'en' = 'en') => localize(READER_MESSAGES[p.messageId], locale, p.data);

describe('yaml reader: valid files', () => {
  it('reads a block-style file into the model', () => {
    const { document, problems } = readFixture('block.yaml');
    expect(problems).toEqual([]);
    expect(document).toMatchObject({ unit: '秦皇岛市北戴河区东山街道办事处', year: 2020, moneyUnit: '万元' });
    const [form] = document!.forms;
    expect(form).toMatchObject({
      kind: 'project', name: '安全生产防控经费', code: '442-0801-JBN-3C4M', budget: { total: 2, fiscal: 2, other: 0 },
      schedule: { unit: '%', checkpoints: [{ month: 3, value: 25 }, { month: 12, value: 100 }] },
      goals: '1、加强日常巡查力度，消除事故隐患\n2、提高群众安全意识\n',
    });
    expect(form.indicators[0].value).toEqual({ text: '≥6次', kind: 'quantitative', comparator: '≥', number: 6, upper: null, unit: '次' });
    expect(form.indicators[1].value).toEqual({ text: '', kind: 'empty' });
  });

  it('reads back what `ptlint convert --to yaml` writes', () => {
    const { source: _source, ...document } = normalizeDocument(maximal);
    const result = read(toYaml(document));
    expect(result.problems).toEqual([]);
    expect(result.document).toEqual(document);
  });

  it('reads a flow-style file into the same model', () => {
    const { document, problems } = readFixture('flow.yaml');
    expect(problems).toEqual([]);
    const [form] = document!.forms;
    expect(form.budget).toEqual({ total: 2, fiscal: 2, other: 0 });
    expect(form.schedule!.checkpoints.map((c) => c.value)).toEqual([25, 50, 75, 100]);
    expect(form.indicators[0]).toMatchObject({ name: '开展外宣活动数量', value: { text: '≥6次', number: 6, unit: '次' } });
    expect(form.indicators[1].value).toMatchObject({ text: '95', kind: 'quantitative', number: 95 });
  });
});

describe('yaml reader: positions', () => {
  it('points at the exact scalar of a value in block style, CJK counted as one column each', () => {
    const { sourceMap } = readFixture('block.yaml');
    expect(sourceMap.locate('/forms/0/indicators/0/value')).toMatchObject({ line: 28, column: 16, endLine: 28, endColumn: 19 });
    expect(sourceMap.locate('/forms/0/name')).toMatchObject({ line: 6, column: 11, endLine: 6, endColumn: 19 });
    expect(sourceMap.locate('/unit')).toMatchObject({ line: 2, column: 7, endLine: 2, endColumn: 22 });
  });

  it('points at the key of a value left empty', () => {
    const { sourceMap } = readFixture('block.yaml');
    expect(sourceMap.locate('/forms/0/indicators/1/value')).toMatchObject({ line: 34, column: 9, endLine: 34, endColumn: 14 });
  });

  it('gives a block mapping and a block scalar their extent, without trailing line breaks', () => {
    const { sourceMap } = readFixture('block.yaml');
    expect(sourceMap.locate('/forms/0/indicators/1')).toMatchObject({ line: 30, column: 9, endLine: 35, endColumn: 20 });
    expect(sourceMap.locate('/forms/0/goals')).toMatchObject({ line: 20, column: 12, endLine: 22, endColumn: 17 });
  });

  it('points at the exact scalar in flow style, and at the braces of a flow mapping', () => {
    const text = readFileSync(fixture('flow.yaml'), 'utf8');
    const { sourceMap } = readFixture('flow.yaml');
    const loc = sourceMap.locate('/forms/0/indicators/0/value')!;
    expect(loc).toMatchObject({ line: 14, column: 87, endLine: 14, endColumn: 90 });
    expect(text.slice(loc.offset, loc.endOffset)).toBe('≥6次');
    const row = sourceMap.locate('/forms/0/indicators/0')!;
    expect(row).toMatchObject({ line: 14, column: 9, endLine: 14 });
    expect(text.slice(row.offset, row.endOffset)).toMatch(/^\{ level1: 产出指标.*安全生产宣传记录 \}$/);
    expect(sourceMap.locate('/forms/0/schedule/checkpoints/1/value')).toMatchObject({ line: 10, column: 86, endColumn: 88 });
  });

  it('falls back to the nearest ancestor for a pointer the file does not have', () => {
    const { sourceMap } = readFixture('block.yaml');
    expect(sourceMap.locate('/forms/0/indicators/0/weight')).toMatchObject({ line: 24, column: 9 });
  });

  it('counts columns the same way with CRLF line ends', () => {
    const { sourceMap, problems } = read('forms:\r\n  - name: 项目甲\r\n    indicators:\r\n      - { level1: 产出指标, level2: 数量指标, name: 次数, value: ≥6次 }\r\n');
    expect(problems).toEqual([]);
    expect(sourceMap.locate('/forms/0/name')).toMatchObject({ line: 2, column: 11, endLine: 2, endColumn: 14 });
    expect(sourceMap.locate('/forms/0/indicators/0/value')).toMatchObject({ line: 4, column: 56, endColumn: 59 });
  });
});

describe('yaml reader: broken YAML', () => {
  it('reports an unclosed quote once, where it is, and reads no document', () => {
    const result = read('forms:\n  - name: "安全生产\n    indicators: []\n');
    expect(result.document).toBeNull();
    expect(result.problems).toHaveLength(1);
    expect(result.problems[0]).toMatchObject({ messageId: 'yaml-syntax', severity: 'error', loc: { line: 4 } });
    expect(message(result.problems[0])).toMatch(/Missing closing "quote/);
  });

  it('reports bad indentation once, on the line that breaks it', () => {
    const result = read('forms:\n  - name: 项目\n    indicators: []\n   code: x\n');
    expect(result.document).toBeNull();
    expect(result.problems).toHaveLength(1);
    expect(result.problems[0]).toMatchObject({ messageId: 'yaml-syntax', severity: 'error', loc: { line: 4 } });
  });

  it('reports a duplicate key', () => {
    const result = read('forms: []\nforms: []\n');
    expect(result.problems).toMatchObject([{ messageId: 'yaml-syntax', loc: { line: 2, column: 1 } }]);
  });

  it('reads the first of several documents and says so', () => {
    const result = read('forms: []\n---\nforms: [1]\n');
    expect(result.document).toEqual({ forms: [] });
    expect(result.problems).toMatchObject([{ messageId: 'yaml-multiple-documents', severity: 'warning', loc: { line: 2 } }]);
  });

  it('never throws on odd input', () => {
    const inputs: Uint8Array[] = [
      new Uint8Array(), new TextEncoder().encode('就是一句话'), new TextEncoder().encode('- 1\n- 2\n'),
      new TextEncoder().encode('a: &a [*a]\n'), new TextEncoder().encode('forms: !!binary x\n'),
      Uint8Array.from({ length: 512 }, (_, i) => (i * 7919 + 13) % 256), Uint8Array.from([0xff, 0xfe, 0x00, 0xd8]),
      new TextEncoder().encode(`a: &a ["x","x","x","x","x","x","x","x","x"]\n${Array.from({ length: 8 }, (_, i) => `l${i + 1}: &l${i + 1} [${Array(9).fill(i ? `*l${i}` : '*a').join(',')}]`).join('\n')}\n`),
    ];
    for (const bytes of inputs) {
      const result = yamlReader.read({ path: 'odd.yaml', bytes });
      expect(result.document).toBeNull();
      expect(result.problems.filter((p) => p.severity === 'error').length).toBeGreaterThan(0);
    }
  });

  it('explains a file that is not a mapping', () => {
    expect(read('').problems).toMatchObject([{ messageId: 'schema-type-root', loc: { line: 1, column: 1 } }]);
    const [p] = read('- 1\n').problems;
    expect(p).toMatchObject({ messageId: 'schema-type-root', loc: { line: 1 } });
    expect(message(p)).toBe('The file must hold a mapping (with forms and other fields), found […]');
  });
});

describe('yaml reader: schema violations', () => {
  const text = [
    'forms:', //                                         1
    '  - name: 项目甲', //                                2
    '    indicators:', //                                3
    '      - level1: 产出指标', //                        4
    '        level2: 数量指标', //                        5
    '        nmae: 次数', //                              6
    '        weight: 高', //                              7
    '  - name: 项目乙', //                                8
    '    code: X-1', //                                  9
  ].join('\n') + '\n';

  it('gives one problem per violation, at the right place, naming the path', () => {
    const result = read(text);
    expect(result.document).toBeNull();
    const found = result.problems.map((p) => ({ id: p.messageId, line: p.loc?.line, column: p.loc?.column, en: message(p), severity: p.severity }));
    expect(found).toEqual(expect.arrayContaining([
      { id: 'schema-required', line: 4, column: 9, en: 'The required field forms[0].indicators[0].name is missing', severity: 'error' },
      { id: 'schema-additional-suggest', line: 6, column: 9, en: 'Unknown field forms[0].indicators[0].nmae; did you mean "name"?', severity: 'error' },
      { id: 'schema-type', line: 7, column: 17, en: 'forms[0].indicators[0].weight must be a number or null, found "高"', severity: 'error' },
      { id: 'schema-required', line: 8, column: 5, en: 'The required field forms[1].indicators is missing', severity: 'error' },
    ]));
    expect(found).toHaveLength(4);
  });

  it('suggests the field a Chinese column name stands for', () => {
    const [p] = read('forms:\n  - indicators:\n      - { level1: 产出指标, level2: 数量指标, name: 次数, 指标值: ≥6次 }\n').problems;
    expect(message(p, 'zh-CN')).toBe('未知字段 forms[0].indicators[0].指标值，是否应为「value」？');
    expect(p.loc).toMatchObject({ line: 3, column: 49, endColumn: 52 });
  });

  it('speaks Chinese by default', () => {
    const weight = read(text).problems.find((p) => p.messageId === 'schema-type')!;
    expect(message(weight, 'zh-CN')).toBe('forms[0].indicators[0].weight 应为数字或空值（null），实际为 "高"');
  });

  it('names allowed values and limits', () => {
    const result = read('moneyUnit: 千元\nforms:\n  - schedule: { unit: \'%\', checkpoints: [{ month: 13, value: 100 }] }\n    indicators: []\n');
    expect(result.problems.map((p) => message(p))).toEqual([
      'moneyUnit must be one of "元", "万元", null, found "千元"',
      'forms[0].schedule.checkpoints[0].month must be <= 12, found 13',
    ]);
    expect(result.problems[1].loc).toMatchObject({ line: 3, column: 51 });
  });

  it('accepts a $schema key for editors and leaves it out of the model', () => {
    const { document, problems } = read('$schema: ../schemas/form.schema.json\nforms: []\n');
    expect(problems).toEqual([]);
    expect(document).toEqual({ forms: [] });
  });
});

describe('yaml reader: values', () => {
  const row = (value: string) => read(`forms:\n  - indicators:\n      - { level1: 产出指标, level2: 数量指标, name: 次数${value} }\n`);

  it('parses the shorthand text, a number, null and the full object alike', () => {
    expect(row(', value: ≥ 95%').document!.forms[0].indicators[0].value).toMatchObject({ text: '≥ 95%', comparator: '≥', number: 95, unit: '%' });
    expect(row(', value: 95').document!.forms[0].indicators[0].value).toMatchObject({ text: '95', kind: 'quantitative', number: 95 });
    expect(row(', value: null').document!.forms[0].indicators[0].value).toEqual({ text: '', kind: 'empty' });
    expect(row('').document!.forms[0].indicators[0]).not.toHaveProperty('value');
  });

  it('keeps a number as it is written', () => {
    expect(row(', value: 0.50').document!.forms[0].indicators[0].value).toMatchObject({ text: '0.50', number: 0.5 });
  });

  it('derives the parse from the text of a full value object, never trusting the one given', () => {
    const value = row(', value: { text: 较好, kind: quantitative, number: 100, unit: 次 }').document!.forms[0].indicators[0].value;
    expect(value).toEqual({ text: '较好', kind: 'qualitative', grade: '较好' });
  });

  it('defaults the form kind to project, and keeps department', () => {
    expect(read('forms: [{ indicators: [] }, { kind: department, indicators: [] }]\n').document!.forms.map((f) => f.kind))
      .toEqual(['project', 'department']);
  });
});

describe('yaml reader: directives', () => {
  it('reads directives from comments, on the comment line, and ignores # inside scalars', () => {
    const { directives, problems } = readFixture('directives.yaml');
    expect(problems).toEqual([]);
    expect(directives).toEqual([
      { kind: 'disable', rules: ['value-vague'], line: 1 },
      { kind: 'disable-next-line', rules: ['basis-echo', 'value-empty'], line: 5 },
      { kind: 'disable-line', rules: ['value-unit'], line: 6 },
      { kind: 'enable', rules: [], line: 12 },
    ]);
  });

  it('finds no directives in a file without any', () => {
    expect(readFixture('block.yaml').directives).toEqual([]);
  });
});
