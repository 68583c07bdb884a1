import { describe, expect, it } from 'vitest';
import { readXlsxBlocks, xlsxReader } from '../../src/readers/xlsx.js';
import { sheetBlocks } from '../../src/readers/xlsx-grid.js';
import type { TableBlock } from '../../src/readers/layout/blocks.js';
import type { ReadResult } from '../../src/readers/types.js';
import { runRules } from '../../src/engine/run.js';
import valueEmpty from '../../rules/value-empty.js';
import weightSumMismatch from '../../rules/weight-sum-mismatch.js';
import indicatorEmpty from '../../rules/indicator-empty.js';
import type { AnyRule } from '../../src/engine/rule.js';
import { buildXlsx, xlsxParts, zipParts, type SheetInput, type WorkbookOptions } from '../helpers/xlsx-builder.js';

function read(bytes: Uint8Array): ReadResult {
  return xlsxReader.read({ path: 'test.xlsx', bytes });
}

const readSheets = (sheets: SheetInput[], options?: WorkbookOptions) => read(buildXlsx(sheets, options));
const placeOf = (result: ReadResult, pointer: string) => result.sourceMap.locate(pointer)?.place;

/** Diagnostics of one rule on a read result. */
function lintRead(result: ReadResult, rule: AnyRule) {
  const settings = new Map([[rule.meta.id, { severity: 'error' as const, options: {} }]]);
  return runRules([{ file: 'test.xlsx', read: result, settings }], new Map([[rule.meta.id, rule]]), 'zh-CN')[0];
}

/** A project form as Excel templates lay it out: a merged title row, the header, the indicator table. */
const SAFETY: SheetInput = {
  name: 'Sheet1',
  rows: [
    ['1、安全生产防控经费绩效目标表'],
    [null, null, null, null, null, '单位：万元'],
    ['项目名称', '安全生产防控经费', '项目编码', '442-0801-JBN-3C4M', '预算数', { value: 2, format: 2 }],
    ['其中：财政资金', { value: 2, format: 2 }, '其他资金', { value: 0, format: 2 }, '资金用途', '用于安全生产宣传支出'],
    ['一级指标', '二级指标', '三级指标', '绩效指标描述', '指标值', '指标值确定依据'],
    ['产出指标', '数量指标', '开展外宣活动数量', '全年开展外宣活动的次数', { value: 6, format: '0"次"' }, '年度工作计划'],
    [null, null, '发放宣传资料', '发放宣传资料的份数', null, '年度工作计划'],
    [null, '质量指标', '宣传覆盖率', '宣传覆盖的社区占全部社区的比例', { value: 0.95, format: 9 }, '行业标准'],
    ['满意度指标', '服务对象满意度指标', '群众满意度', '群众对安全生产宣传的满意程度', '≥90%', '问卷调查'],
  ],
  merges: ['A1:F1', 'A6:A8', 'B6:B7'],
};

describe('xlsx reader: a form in Excel\'s layout', () => {
  const result = readSheets([SAFETY]);
  const form = result.document!.forms[0];

  it('reads the header and the indicator table, merged 一级/二级 cells continuing', () => {
    expect(result.problems).toEqual([]);
    expect(result.document!.forms).toHaveLength(1);
    expect(result.document!.moneyUnit).toBe('万元');
    expect(form).toMatchObject({
      kind: 'project', title: '1、安全生产防控经费绩效目标表', name: '安全生产防控经费', code: '442-0801-JBN-3C4M',
      budget: { total: 2, fiscal: 2, other: 0 }, purpose: '用于安全生产宣传支出', columns: ['description', 'value', 'basis'],
    });
    expect(form.indicators.map((i) => [i.level1, i.level2, i.name])).toEqual([
      ['产出指标', '数量指标', '开展外宣活动数量'],
      ['产出指标', '数量指标', '发放宣传资料'],
      ['产出指标', '质量指标', '宣传覆盖率'],
      ['满意度指标', '服务对象满意度指标', '群众满意度'],
    ]);
    expect(form.indicators.map((i) => i.value?.text)).toEqual(['6次', '', '95%', '≥90%']);
    expect(form.indicators[2].value).toMatchObject({ kind: 'quantitative', number: 95, unit: '%' });
  });

  it('places every field in its cell: Sheet1!C12', () => {
    expect(placeOf(result, '/forms/0/name')).toBe('Sheet1!B3');
    expect(placeOf(result, '/forms/0/budget/total')).toBe('Sheet1!F3');
    expect(placeOf(result, '/forms/0/indicators/2/value')).toBe('Sheet1!E8');
    expect(placeOf(result, '/forms/0/indicators/3/basis')).toBe('Sheet1!F9');
    // A merged cell's text is placed where it is written: the merge's top-left cell.
    expect(placeOf(result, '/forms/0/indicators/2/level1')).toBe('Sheet1!A6');
    expect(result.sourceMap.locate('/forms/0/indicators/2/value')).toMatchObject({ line: 1, column: 1 });
  });

  it('gives a diagnostic the place of its cell', () => {
    const [diagnostic] = lintRead(result, valueEmpty);
    expect(diagnostic).toMatchObject({ ruleId: 'value-empty', indicator: '发放宣传资料' });
    expect(diagnostic.loc?.place).toBe('Sheet1!E7');
  });

  it('reduces the sheet to a title paragraph and a table aligned on its columns', () => {
    const { blocks, problems } = readXlsxBlocks(buildXlsx([SAFETY]));
    expect(problems).toEqual([]);
    expect(blocks.map((b) => b.kind)).toEqual(['paragraph', 'table']);
    expect(blocks[0]).toMatchObject({ text: '1、安全生产防控经费绩效目标表', loc: { place: 'Sheet1!A1' } });
    const table = blocks[1] as TableBlock;
    expect(table.loc?.place).toBe('Sheet1!A2:F9');
    expect(table.rows.every((row) => row.length === 6)).toBe(true);
    // Row 7: A7 continues A6, B7 continues B6; the empty E7 is there, blank.
    const row7 = table.rows[5];
    expect(row7.map((c) => [c.text, c.merged ?? null, c.loc?.place])).toEqual([
      ['', 'up', 'Sheet1!A7'], ['', 'up', 'Sheet1!B7'], ['发放宣传资料', null, 'Sheet1!C7'],
      ['发放宣传资料的份数', null, 'Sheet1!D7'], ['', null, 'Sheet1!E7'], ['年度工作计划', null, 'Sheet1!F7'],
    ]);
  });

  it('reads a generator\'s file (inline strings, no r attributes, x: prefixes) the same', () => {
    const generated = readSheets([SAFETY], { style: 'generator' });
    expect(generated.problems).toEqual([]);
    expect(generated.document).toEqual(result.document);
    expect(placeOf(generated, '/forms/0/indicators/2/value')).toBe('Sheet1!E8');
  });
});

describe('xlsx reader: spreadsheet layouts', () => {
  const header = ['项目名称', '春节慰问金', '项目编码', 'X-01', '预算数', { value: 12.5, format: 2 }, '主管部门', '某街道办事处'];

  it('reads 指标性质 | 指标值 | 度量单位 in columns of their own as one value', () => {
    const { document } = readSheets([{ name: '表1', rows: [
      header,
      ['一级指标', '二级指标', '三级指标', '指标性质', '指标值', '度量单位', '指标值确定依据', '备注'],
      ['产出指标', '数量指标', '慰问人数', '≥', 120, '人', '计划标准', null],
      [null, '质量指标', '发放准确率', '＝', { value: 1, format: 9 }, '%', '计划标准', null],
      [null, '时效指标', '发放时间', '定性', '春节前', null, '计划标准', null],
    ], merges: ['A3:A5'] }]);
    const values = document!.forms[0].indicators.map((i) => i.value!);
    expect(values.map((v) => v.text)).toEqual(['≥120人', '＝100%', '春节前']);
    expect(values[0]).toMatchObject({ kind: 'quantitative', comparator: '≥', number: 120, unit: '人' });
    expect(values[1]).toMatchObject({ kind: 'quantitative', comparator: '=', number: 100, unit: '%' });
  });

  const weighted = (weights: number[]): SheetInput => ({ name: '表1', rows: [
    header,
    ['一级指标', '二级指标', '三级指标', '指标值', '权重', '指标方向性', '指标值确定依据', '备注'],
    ['产出指标', '数量指标', '慰问人数', '≥120人', weights[0], '正向', '计划标准', null],
    [null, '质量指标', '发放准确率', '100%', weights[1], '正向', '计划标准', null],
    ['效益指标', '社会效益指标', '投诉次数', '≤2次', weights[2], '反向', '历史标准', null],
  ], merges: ['A3:A4'] });

  it('reads 权重 and 指标方向性; the weights add up, or the rule says they do not', () => {
    const result = readSheets([weighted([30, 40, 30])]);
    const form = result.document!.forms[0];
    expect(form.columns).toEqual(['value', 'basis', 'weight', 'direction']);
    expect(form.indicators.map((i) => [i.weight, i.direction])).toEqual([[30, '正向'], [40, '正向'], [30, '反向']]);
    expect(lintRead(result, weightSumMismatch)).toEqual([]);
    const short = lintRead(readSheets([weighted([30, 40, 20])]), weightSumMismatch);
    expect(short.map((d) => d.ruleId)).toEqual(['weight-sum-mismatch']);
  });

  it('reads long-term and annual values side by side', () => {
    const { document } = readSheets([{ name: '表1', rows: [
      header.slice(0, 6),
      ['一级指标', '二级指标', '三级指标', '中长期指标值', '年度指标值', '指标值确定依据'],
      ['产出指标', '数量指标', '慰问人数', '≥500人', '≥120人', '计划标准'],
    ] }]);
    const [row] = document!.forms[0].indicators;
    expect(row.longTermValue).toMatchObject({ text: '≥500人', number: 500 });
    expect(row.value).toMatchObject({ text: '≥120人', number: 120 });
  });

  it('shows numbers as formatted: percent, decimals, thousands, a unit written in the format', () => {
    const { document } = readSheets([{ name: '表1', rows: [
      ['项目名称', '道路维护', '预算数', { value: 1234567.8, format: 4 }],
      ['一级指标', '二级指标', '三级指标', '指标值'],
      ['产出指标', '数量指标', '维护里程', { value: 2, format: '0.00"公里"' }],
      [null, '质量指标', '验收合格率', { value: 0.955, format: 10 }],
      [null, '成本指标', '每公里成本', { value: 12.5, format: '0.00"万元"' }],
      [null, '数量指标', '参与人数', { value: 30, format: '0"人"' }],
      [null, '时效指标', '完成时间', { value: 44196, format: 14 }],
      ['满意度指标', '服务对象满意度指标', '满意度', { formula: 'B1*0.9', cached: 0.9, format: '0%' }],
    ] }]);
    const form = document!.forms[0];
    expect(form.budget?.total).toBe(1234567.8);
    expect(form.indicators.map((i) => i.value?.text)).toEqual(['2.00公里', '95.50%', '12.50万元', '30人', '2020/12/31', '90%']);
    expect(form.indicators[1].value).toMatchObject({ number: 95.5, unit: '%' });
    expect(form.indicators[3].value).toMatchObject({ number: 30, unit: '人' });
  });

  it('reads booleans, rich text, line breaks and OOXML escapes as the sheet shows them', () => {
    const parts = xlsxParts([{ name: 'S', rows: [
      ['项目名称', { runs: ['社区', '工作经费'] }],
      ['绩效目标', '1、目标一_x000D_\n2、目标二'],
      ['一级指标', '二级指标', '三级指标', '指标值'],
      ['产出指标', '数量指标', '是否完成', true],
    ] }]);
    // A phonetic guide is an annotation of the string, not part of it.
    parts['xl/sharedStrings.xml'] = parts['xl/sharedStrings.xml'].replace('工作经费</t></r>', '工作经费</t></r><rPh sb="0" eb="2"><t>シャク</t></rPh>');
    const { document, problems } = read(zipParts(parts));
    expect(problems).toEqual([]);
    const form = document!.forms[0];
    expect(form.name).toBe('社区工作经费');
    expect(form.goals).toBe('1、目标一\n2、目标二');
    expect(form.indicators[0].value?.text).toBe('TRUE');
  });
});

describe('xlsx reader: templates with two-row headers, totals and notes', () => {
  /** The 2021 central template (财预〔2021〕101号): 绩效指标 merged down column A, 指标值 over two sub-columns. */
  const CENTRAL: SheetInput = { name: '项目', rows: [
    ['项目支出绩效目标表'],
    ['项目名称', '春节慰问金'],
    ['资金支出计划（%）', '3月底', '6月底', '10月底', '12月底'],
    [null, 25, 50, 75, 100],
    ['绩效指标', '一级指标', '二级指标', '三级指标', '指标值'],
    [null, null, null, null, '中长期指标值', '年度指标值'],
    [null, '产出指标', '数量指标', '慰问人数', '≥500人', '≥120人'],
    [null, '满意度指标', '服务对象满意度指标', '受助群众满意度', '≥90%', '≥90%'],
    ['填报人：张三 联系电话：13812345678'],
  ], merges: ['A1:F1', 'A3:A4', 'A5:A8', 'B5:B6', 'C5:C6', 'D5:D6', 'E5:F5', 'A9:F9'] };

  it('reads names from 三级指标, annual and long-term values from the second header row, the padding and the note as no fields', () => {
    const result = readSheets([CENTRAL]);
    expect(result.problems).toEqual([]);
    const [form] = result.document!.forms;
    expect(form.indicators.map((i) => [i.level1, i.level2, i.name, i.value?.text, i.longTermValue?.text])).toEqual([
      ['产出指标', '数量指标', '慰问人数', '≥120人', '≥500人'],
      ['满意度指标', '服务对象满意度指标', '受助群众满意度', '≥90%', '≥90%'],
    ]);
    expect(form.schedule).toEqual({ unit: '%', checkpoints: [{ month: 3, value: 25 }, { month: 6, value: 50 }, { month: 10, value: 75 }, { month: 12, value: 100 }] });
    expect(form.fields).toEqual([{ label: '填报人', value: '张三' }, { label: '联系电话', value: '13812345678' }]);
    expect(placeOf(result, '/forms/0/indicators/0/value')).toBe('项目!F7');
    expect(placeOf(result, '/forms/0/indicators/0/longTermValue')).toBe('项目!E7');
    expect(placeOf(result, '/forms/0/schedule/checkpoints/3')).toBe('项目!E4');
    expect(lintRead(result, indicatorEmpty)).toEqual([]);
  });

  it('reads no indicator from a 合计 row or a note in column A, and places a split value at its 指标值 cell', () => {
    const result = readSheets([{ name: '表1', rows: [
      ['项目名称', '春节慰问金', null, null, null, null, null, null],
      ['一级指标', '二级指标', '三级指标', '指标性质', '指标值', '度量单位', '权重', '指标方向性'],
      ['产出指标', '数量指标', '慰问人数', '≥', 120, '人', 60, '正向'],
      ['效益指标', '社会效益指标', '投诉次数', '≤', 2, '次', 40, '反向'],
      ['合计', null, null, null, null, null, 100, null],
      ['填报人：张三', null, null, null, '联系电话：13812345678', null, null, null],
    ], merges: ['A5:F5'] }]);
    expect(result.problems).toEqual([]);
    const [form] = result.document!.forms;
    expect(form.indicators.map((i) => [i.name, i.value?.text, i.weight])).toEqual([['慰问人数', '≥120人', 60], ['投诉次数', '≤2次', 40]]);
    expect(form.fields).toEqual([{ label: '填报人', value: '张三' }, { label: '联系电话', value: '13812345678' }]);
    expect(placeOf(result, '/forms/0/indicators/0/value')).toBe('表1!E3');
    expect(lintRead(result, weightSumMismatch)).toEqual([]);
    expect(lintRead(result, indicatorEmpty)).toEqual([]);
  });
});

describe('xlsx reader: workbooks', () => {
  const project = (name: string, indicator: string): SheetInput => ({ name, rows: [
    [`${name}绩效目标表`],
    ['项目名称', name, '预算数', { value: 5, format: 2 }],
    ['一级指标', '二级指标', '三级指标', '指标值'],
    ['产出指标', '数量指标', indicator, '≥10次'],
  ], merges: ['A1:D1'] });

  it('reads every sheet in the workbook\'s order; each holds a form, placed on its own sheet', () => {
    const result = readSheets([project('春节慰问金', '慰问次数'), project('社区工作经费', '活动次数')]);
    expect(result.document!.forms.map((f) => [f.title, f.name, f.indicators[0].name])).toEqual([
      ['春节慰问金绩效目标表', '春节慰问金', '慰问次数'],
      ['社区工作经费绩效目标表', '社区工作经费', '活动次数'],
    ]);
    expect(placeOf(result, '/forms/1/indicators/0/value')).toBe('社区工作经费!D4');
    expect(placeOf(result, '/forms/0/title')).toBe('春节慰问金!A1');
  });

  it('reads several forms stacked on one sheet, blank rows between them', () => {
    const a = project('春节慰问金', '慰问次数'), b = project('社区工作经费', '活动次数');
    const { document } = readSheets([{ name: '全部', rows: [...a.rows, [], ...b.rows], merges: ['A1:D1', 'A6:D6'] }]);
    expect(document!.forms.map((f) => f.name)).toEqual(['春节慰问金', '社区工作经费']);
  });

  it('leaves hidden sheets out', () => {
    const { document } = readSheets([project('春节慰问金', '慰问次数'), { ...project('模板', '示例'), state: 'hidden' }]);
    expect(document!.forms.map((f) => f.name)).toEqual(['春节慰问金']);
  });

  it('reports an empty workbook, or sheets without a form, as holding no form', () => {
    for (const sheets of [[], [{ name: 'Sheet1', rows: [] }], [{ name: '说明', rows: [['本表由财务系统导出'], ['填报说明：按年度填写']] }]]) {
      const result = readSheets(sheets);
      expect(result.document).toBeNull();
      expect(result.problems.map((p) => [p.messageId, p.severity])).toEqual([['no-forms', 'error']]);
    }
  });
});

describe('xlsx reader: hostile and broken files', () => {
  const valid = () => xlsxParts([SAFETY, { ...SAFETY, name: 'Sheet2' }]);

  it('reports random bytes named .xlsx as no zip, without throwing', () => {
    const bytes = new Uint8Array(4096).map((_, i) => (i * 7919 + 13) % 251);
    const result = read(bytes);
    expect(result.document).toBeNull();
    expect(result.problems).toMatchObject([{ messageId: 'zip-not-zip', severity: 'error', data: { format: 'Excel' } }]);
  });

  it('reads a shared string out of range as blank, with a warning at its cell', () => {
    const parts = valid();
    parts['xl/worksheets/sheet1.xml'] = parts['xl/worksheets/sheet1.xml'].replace(/(<c r="C6" t="s"><v>)\d+/, '$1999');
    const result = read(zipParts(parts));
    expect(result.problems).toMatchObject([{ messageId: 'xlsx-shared-string', severity: 'warning', loc: { place: 'Sheet1!C6' }, data: { index: '999' } }]);
    expect(result.document!.forms[0].indicators[0].name).toBe('');
  });

  it('skips a sheet whose part is missing, with a warning, and reads the others', () => {
    const parts: Record<string, string> = valid();
    delete parts['xl/worksheets/sheet1.xml'];
    const result = read(zipParts(parts));
    expect(result.problems).toMatchObject([{ messageId: 'xlsx-sheet-missing', severity: 'warning', data: { sheet: 'Sheet1' } }]);
    expect(result.document!.forms).toHaveLength(1);
    expect(placeOf(result, '/forms/0/name')).toBe('Sheet2!B3');
  });

  it('skips a sheet of malformed XML, with a warning, and reads the others', () => {
    const parts = valid();
    parts['xl/worksheets/sheet2.xml'] = parts['xl/worksheets/sheet2.xml'].replace('</sheetData>', '</sheetDat>');
    const result = read(zipParts(parts));
    expect(result.problems).toMatchObject([{ messageId: 'xml-syntax', severity: 'warning', loc: { place: 'Sheet2' } }]);
    expect(result.document!.forms).toHaveLength(1);
  });

  it('refuses a workbook without its workbook part, or with a DOCTYPE', () => {
    const noWorkbook: Record<string, string> = valid();
    delete noWorkbook['xl/workbook.xml'];
    expect(read(zipParts(noWorkbook)).problems).toMatchObject([{ messageId: 'part-missing', severity: 'error', data: { part: 'xl/workbook.xml' } }]);
    const doctype = valid();
    doctype['xl/sharedStrings.xml'] = doctype['xl/sharedStrings.xml'].replace('<sst', '<!DOCTYPE sst [<!ENTITY a "aaaa">]><sst');
    expect(read(zipParts(doctype))).toMatchObject({ document: null, problems: [{ messageId: 'xml-doctype', severity: 'error' }] });
  });

  it('never throws on damaged bytes', () => {
    const bytes = zipParts(valid());
    let seed = 7;
    const random = () => (seed = (seed * 48271) % 2147483647) / 2147483647;
    for (let n = 0; n < 200; n++) {
      const damaged = bytes.slice(0, n % 5 === 0 ? Math.floor(random() * bytes.length) : bytes.length);
      for (let k = 0; k < 8; k++) damaged[Math.floor(random() * damaged.length)] = Math.floor(random() * 256);
      const result = read(damaged);
      expect(result.document !== null || result.problems.some((p) => p.severity === 'error')).toBe(true);
    }
  });

  it('keeps a sheet spread over far columns and a merge over the whole sheet within bounds', () => {
    const parts = valid();
    parts['xl/worksheets/sheet1.xml'] = parts['xl/worksheets/sheet1.xml']
      .replace('</row>', '<c r="XFD1" t="inlineStr"><is><t>远</t></is></c></row>')
      .replace('<mergeCells count="3">', '<mergeCells count="4"><mergeCell ref="A1:XFD1048576"/>');
    const result = read(zipParts(parts));
    expect(result.problems).toEqual([]);
    // Everything of Sheet1 but A1 lies under the merge and shows nothing, as in Excel: Sheet2 holds the form.
    expect(result.document!.forms).toHaveLength(1);
    expect(placeOf(result, '/forms/0/name')).toBe('Sheet2!B3');
    // Rows past the cells a workbook may make are left out, with a warning.
    const content = { cells: Array.from({ length: 10 }, (_, i) => ({ row: i + 1, column: 1 + (i % 2) * 99, text: 'x' })), merges: [] };
    const grid = sheetBlocks('S', content, 1, 500);
    expect(grid.truncated).toEqual({ rows: 10, columns: 100, kept: 5 });
    expect((grid.blocks[0] as TableBlock).rows).toHaveLength(5);
  });
});
