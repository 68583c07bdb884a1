import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { textExportReader } from '../../src/readers/text-export.js';
import { isWordTextExport, wordTextBlocks } from '../../src/readers/text-export-word.js';
import { LineIndex, type Loc } from '../../src/model/source.js';
import type { ReadResult } from '../../src/readers/types.js';
import type { TableBlock } from '../../src/readers/layout/blocks.js';

const FIXTURES = join(import.meta.dirname, '..', 'fixtures', 'text');
const bytesOf = (name: string) => new Uint8Array(readFileSync(join(FIXTURES, name)));
const fixture = (name: string) => readFileSync(join(FIXTURES, name), 'utf8');

function read(text: string | Uint8Array): ReadResult {
  const bytes = typeof text === 'string' ? new TextEncoder().encode(text) : text;
  return textExportReader.read({ path: 'test.txt', bytes });
}

/** The source text a location covers. */
const slice = (text: string, loc: Loc | undefined) => (loc ? text.slice(loc.offset, loc.endOffset) : undefined);

/** The text of a 1-based line/column range, counted by lines as an editor does. */
function byLines(text: string, loc: Loc): string {
  const lines = text.split('\n');
  const offset = (line: number, column: number) =>
    lines.slice(0, line - 1).reduce((n, l) => n + l.length + 1, 0) + column - 1;
  return text.slice(offset(loc.line, loc.column), offset(loc.endLine, loc.endColumn));
}

describe('Word text export: a form in two tables (header table, then indicator table)', () => {
  const text = fixture('word-two-tables.txt');
  const { document, problems, sourceMap } = read(text);

  it('finds the forms, and no problem', () => {
    expect(problems).toEqual([]);
    expect(document!.forms.map((f) => f.name)).toEqual(['安全生产防控经费', '春节慰问金']);
  });

  it('reads the document: its title, year, unit (from the line with the unit code) and money unit', () => {
    expect(document).toMatchObject({
      title: '2020年部门预算绩效信息', year: 2020, unit: '秦皇岛市北戴河区东山街道办事处', moneyUnit: '万元',
    });
    expect(slice(text, sourceMap.locate('/unit'))).toBe('秦皇岛市北戴河区东山街道办事处');
  });

  it('reads the header table: label–value pairs, a label merged down, a row of checkpoints with values below', () => {
    const [form] = document!.forms;
    expect(form).toMatchObject({
      kind: 'project', title: '1、安全生产防控经费绩效目标表', code: '442-0801-JBN-3C4M', name: '安全生产防控经费',
      budget: { total: 2, fiscal: 2, other: null }, purpose: '用于安全生产宣传支出',
      schedule: { unit: '%', checkpoints: [{ month: 3, value: 25 }, { month: 6, value: 50 }, { month: 10, value: 75 }, { month: 12, value: 100 }] },
      goals: '1、加强日常巡查力度，消除事故隐患\n2、全面提高辖区居民对安全生产法律、政策的认知度',
      columns: ['description', 'value', 'basis'],
    });
  });

  it('strips the bookmark from the title and keeps the numbered goal in its cell', () => {
    expect(document!.forms[0].title).toBe('1、安全生产防控经费绩效目标表');
    expect(slice(text, sourceMap.locate('/forms/0/title'))).toBe('1、安全生产防控经费绩效目标表');
  });

  it('reads a cell whose empty paragraphs stand before the next cell (blank lines inside a row)', () => {
    const rows = document!.forms[0].indicators;
    expect(rows.map((r) => [r.level1, r.level2, r.name, r.value?.text, r.basis])).toEqual([
      ['产出指标', '数量指标', '开展外宣活动数量', '≥6次', '安全生产宣传记录'],
      ['产出指标', '质量指标', '宣传覆盖率', '≥95%', '年度工作计划'],
      ['满意度指标', '服务对象满意度指标', '群众满意度', '≥90%', '调查问卷'],
    ]);
  });

  it('strips the TC field code from a title, and names a form without 项目名称 by its title', () => {
    const form = document!.forms[1];
    expect(form.title).toBe('2、春节慰问金绩效目标表');
    expect(form).not.toHaveProperty('code');
    expect(slice(text, sourceMap.locate('/forms/1/name'))).toBe('2、春节慰问金绩效目标表');
  });

  it('continues a merged 绩效目标 label over the row below', () => {
    expect(document!.forms[1].goals).toBe('帮扶困难群众\n慰问无军籍退休退职人员');
  });

  it('keeps blank lines inside a cell, in the middle of a row and in its last cell', () => {
    const rows = document!.forms[1].indicators;
    expect(rows[0].description).toBe('慰问特困家庭\n\n户数');
    expect(rows[2].basis).toBe('走访记录\n\n入户核实');
    expect(rows[1]).toMatchObject({ level1: '产出指标', level2: '时效指标', name: '' });
  });

  it('places every value at its exact text', () => {
    const form = document!.forms[0];
    for (const [pointer, want] of [
      ['/forms/0/code', form.code], ['/forms/0/name', form.name], ['/forms/0/purpose', form.purpose],
      ['/forms/0/goals', form.goals], ['/forms/0/budget/total', '2.00'], ['/forms/0/schedule/checkpoints/1', '50.00'],
      ['/forms/0/indicators/1/name', '宣传覆盖率'], ['/forms/0/indicators/1/value', '≥95%'],
      ['/forms/0/indicators/2/basis', '调查问卷'], ['/forms/1/indicators/0/description', '慰问特困家庭\n\n户数'],
      ['/forms/1/indicators/2/basis', '走访记录\n\n入户核实'],
    ] as const) {
      const loc = sourceMap.locate(pointer)!;
      expect(slice(text, loc), pointer).toBe(want);
      expect(byLines(text, loc), pointer).toBe(want);
    }
  });

  it('places a merged 一级指标 at the cell it is written in', () => {
    expect(slice(text, sourceMap.locate('/forms/0/indicators/1/level1'))).toBe('产出指标');
    expect(sourceMap.locate('/forms/0/indicators/1/level1')).toEqual(sourceMap.locate('/forms/0/indicators/0/level1'));
  });

  it('places a blank cell just after its TAB', () => {
    const loc = sourceMap.locate('/forms/0/budget/other')!;
    expect(loc.offset).toBe(loc.endOffset);
    expect(text[loc.offset! - 1]).toBe('\t');
  });
});

describe('Word text export: a form in one table', () => {
  const text = fixture('word-one-table.txt');
  const { document, problems, sourceMap } = read(text);

  it('finds both forms, titled with and without 绩效目标表', () => {
    expect(problems).toEqual([]);
    expect(document!.forms.map((f) => [f.title, f.name])).toEqual([
      ['1.  村级组织经费项目绩效目标表', '村级组织经费'],
      ['2、社区年终考核奖', '社区年终考核奖'],
    ]);
    expect(document).toMatchObject({ title: '2021年部门预算绩效文本', year: 2021, moneyUnit: '万元' });
  });

  it('reads labels broken over lines, amounts with their unit, a blank 项目编码', () => {
    expect(document!.forms[0]).toMatchObject({
      code: null, budget: { total: 73.9, fiscal: 73.9, other: null },
      schedule: { unit: '%', checkpoints: [{ month: 3, value: 30 }, { month: 6, value: 50 }, { month: 10, value: 75 }, { month: 12, value: 100 }] },
    });
  });

  it('keeps a numbered line after a blank line inside its cell, not as a title', () => {
    expect(document!.forms[0].purpose).toBe('主要用于1.村党组织活动经费安排18.84万元；\n\n2.服务群众专项经费安排55万元。');
    expect(document!.forms[1].goals).toBe('1、落实奖优惩劣机制\n\n2、激发社区干部干事创业氛围');
  });

  it('takes a numbered line right after a table for the next title when the cell above holds no list', () => {
    const form = (name: string, goals: string) =>
      `\t项目名称\n\t${name}\n\n\t绩效目标\n\t${goals}\n\n\t一级指标\n\t二级指标\n\t三级指标\n\t指标值\n\n\t产出指标\n\t数量指标\n\t人数\n\t≥5人\n`;
    const text = `1、甲项目\n${form('甲项目', '1、保障运转\n\n2、提升服务')}\n2、乙项目\n${form('乙项目', '保障运转')}`;
    const { document } = read(text);
    expect(document!.forms.map((f) => [f.title, f.goals])).toEqual([['1、甲项目', '1、保障运转\n\n2、提升服务'], ['2、乙项目', '保障运转']]);
    expect(document!.forms[0].indicators[0].value?.text).toBe('≥5人');
  });

  it('tells a cell\'s empty paragraphs from the ends of rows, after a row that ends in one too', () => {
    const cells = (...texts: string[]) => texts.map((t) => `\t${t}\n`).join('');
    const text = cells('项目名称', '甲项目') + '\n'
      + cells('一级指标', '二级指标', '三级指标', '绩效指标描述', '指标值', '指标值确定依据') + '\n'
      // The last cell ends in an empty paragraph: two blank lines, as between tables.
      + cells('产出指标', '数量指标', '法律咨询数量', '提供法律咨询数量', '≥50件', '工作台账') + '\n\n'
      // Then a cell of the row's middle ends in one, and two cells of the next row do.
      + cells('', '质量指标', '信息核查率') + '\n' + cells('核查的比例', '100%', '核查记录') + '\n'
      + cells('效益指标', '社会效益指标', '调解成功率') + '\n' + cells('调解成功的比例') + '\n' + cells('≥90%', '调解台账') + '\n'
      + cells('满意度指标', '服务对象满意度指标', '群众满意度', '群众满意的比例', '≥90%', '问卷调查');
    const { document, problems } = read(text);
    expect(problems).toEqual([]);
    expect(document!.forms[0].indicators.map((r) => [r.name, r.value?.text, r.basis])).toEqual([
      ['法律咨询数量', '≥50件', '工作台账'], ['信息核查率', '100%', '核查记录'], ['调解成功率', '≥90%', '调解台账'],
      ['群众满意度', '≥90%', '问卷调查'],
    ]);
    // A table after two blank lines that starts with a narrow row is another table: its rows keep their ends.
    const next = text + '\n\n\n' + cells('2、乙项目绩效目标表') + '\n' + cells('130821某镇人民政府', '单位：万元') + '\n'
      + cells('项目编码', '821-22-006', '项目名称', '乙项目') + '\n' + cells('一级指标', '二级指标', '三级指标', '指标值') + '\n'
      + cells('产出指标', '数量指标', '人数', '≥5人');
    expect(read(next).document!.forms.map((f) => [f.name, f.code])).toEqual([['甲项目', undefined], ['乙项目', '821-22-006']]);
    const last = wordTextBlocks(next, new LineIndex(next)).at(-1) as TableBlock;
    expect(last.rows.map((row) => row.length)).toEqual([1, 2, 4, 4, 4]);
    // A narrow first row goes on all the same where a cell of it ends in an empty paragraph (二级指标 here).
    const narrow = text.replace("\t\n\t质量指标\n\t信息核查率\n\n", "\t\n\t质量指标\n\n\t信息核查率\n");
    expect(read(narrow).document!.forms[0].indicators.map((r) => r.name)).toEqual(['法律咨询数量', '信息核查率', '调解成功率', '群众满意度']);
    // Without the title, the unit's line (two cells) and the row below (four) are no row of six either.
    const untitled = next.replace('\t2、乙项目绩效目标表\n\n', '');
    const first = wordTextBlocks(untitled, new LineIndex(untitled)).at(-1) as TableBlock;
    expect(first.rows.map((row) => row.length)).toEqual([2, 4, 4, 4]);
  });

  it('keeps a first item after a blank line in the cell that announces the list (主要用于：)', () => {
    const text = '\t项目名称\n\t甲项目\n\n\t资金用途\n\t主要用于：\n\n（1）网格员补贴32.4万元\n（2）平台运维费6万元\n\n'
      + '\t一级指标\n\t二级指标\n\t三级指标\n\t指标值\n\n\t产出指标\n\t数量指标\n\t人数\n\t≥5人\n';
    const { document } = read(text);
    expect(document!.forms.map((f) => [f.name, f.purpose])).toEqual([['甲项目', '主要用于：\n\n（1）网格员补贴32.4万元\n（2）平台运维费6万元']]);
  });

  it('reads goals written as 目标1, 目标2 rows under one label', () => {
    expect(document!.forms[0].goals).toBe('目标1 实现村级党建活动正常开展；\n目标2 确保村级组织服务群众的必要支出。');
  });

  it('reads the indicator table in the same table, skipping the blank row', () => {
    const rows = document!.forms[0].indicators;
    expect(rows.map((r) => [r.level1, r.level2, r.name])).toEqual([
      ['产出\n\n指标', '数量指标', '发放标准'],
      ['产出\n\n指标', '质量指标', '经费发放率'],
      ['效果指标', '经济效益指标', ''],
      ['满意度指标', '服务对象满意度指标', '群众满意度'],
    ]);
    expect(slice(text, sourceMap.locate('/forms/0/indicators/1/level1'))).toBe('产出\n\n指标');
  });
});

describe('Word text export: the department-wide form', () => {
  const text = fixture('word-department.txt');
  const { document, problems, sourceMap } = read(text);
  const form = document!.forms[0];

  it('reads one department form named by its unit, titled by the cell that names it', () => {
    expect(problems).toEqual([]);
    expect(document!.forms).toHaveLength(1);
    expect(form).toMatchObject({ kind: 'department', name: '衡阳市南岳区祝融街道办事处', title: '祝融街道办事处部门整体支出绩效目标申报表' });
    expect(document).toMatchObject({ unit: '衡阳市南岳区祝融街道办事处', year: 2020, moneyUnit: '万元' });
  });

  it('reads income, expense and 三公 budgets: a row of labels, their values below', () => {
    expect(form.department).toEqual({
      income: { total: 649.4, general: 649.4, fund: null, nonTax: null, other: null },
      expense: { total: 649.4, basic: 210.6, project: 438.8 },
      threePublic: { total: 8, vehicles: 7, abroad: 0, reception: 1 },
    });
    expect(slice(text, sourceMap.locate('/forms/0/department/expense/basic'))).toBe('210.6');
    expect(slice(text, sourceMap.locate('/forms/0/department/threePublic/reception'))).toBe('1');
  });

  it('keeps the other fields as written, pairs inside one cell included', () => {
    expect(form.fields).toEqual([
      { label: '填报单位（盖章）', value: '南岳区祝融街道办事处' },
      { label: '单位负责人', value: '张三' },
      { label: '绩效管理\n联系人', value: '李四' },
      { label: '联系电话', value: '13800000000' },
      { label: '人员编制数', value: '23' },
      { label: '实有人数', value: '29' },
      { label: '其他需要说明的问题', value: '' },
      { label: '财政部门业务股室审核意见', value: '（盖章）\n\n年   月   日' },
    ]);
    expect(slice(text, sourceMap.locate('/forms/0/fields/1'))).toBe('张三');
    expect(slice(text, sourceMap.locate('/forms/0/fields/3'))).toBe('13800000000');
  });

  it('reads the goals under a label on two lines', () => {
    expect(form.goals).toBe('在今年收支预算内，确保完成以下整体目标：\n目标1：实施城中村改造重点工程项目；\n目标2：保障街道社区全年各项工作正常开展。');
  });

  it('groups indicators by the vertical 目标N cell, its label column and bookmark left out', () => {
    expect(form.columns).toEqual(['value']);
    expect(form.indicators.map((r) => [r.goal, r.level1, r.level2, r.name, r.value?.text])).toEqual([
      ['目标1', '产出指标', '数量指标', '土地出让面积', '=8.73亩'],
      ['目标1', '产出指标', '质量指标', '工程综合验收合格率', '=100%'],
      ['目标1', '满意度指标', '满意度指标', '拆迁户满意度', '≥95%'],
      ['目标2', '产出指标', '数量指标', '辖区内社区数量', '=4个社区'],
      ['目标2', '产出指标', '成本指标', '全年对每个社区工作人员补助标准', '≤6万元/人'],
    ]);
    expect(slice(text, sourceMap.locate('/forms/0/indicators/3/goal'))).toBe('目\n标\n2');
  });
});

describe('Word text export: encodings and line ends', () => {
  it('reads CRLF text with the same forms, and positions that still slice exactly', () => {
    const lf = fixture('word-two-tables.txt');
    const crlf = lf.replace(/\n/g, '\r\n');
    const a = read(lf), b = read(crlf);
    expect(b.problems).toEqual([]);
    expect(b.document).toEqual(a.document);
    for (const pointer of ['/forms/0/name', '/forms/0/indicators/2/basis', '/forms/1/title', '/forms/0/budget/fiscal']) {
      const want = slice(lf, a.sourceMap.locate(pointer));
      expect(slice(crlf, b.sourceMap.locate(pointer)), pointer).toBe(want);
      const loc = b.sourceMap.locate(pointer)!, lfLoc = a.sourceMap.locate(pointer)!;
      expect([loc.line, loc.column, loc.endLine, loc.endColumn]).toEqual([lfLoc.line, lfLoc.column, lfLoc.endLine, lfLoc.endColumn]);
    }
  });

  it('keeps a cell spanning lines in CRLF text as one text with \\n', () => {
    const crlf = fixture('word-two-tables.txt').replace(/\n/g, '\r\n');
    expect(read(crlf).document!.forms[1].indicators[0].description).toBe('慰问特困家庭\n\n户数');
  });

  it('reads GB18030 text', () => {
    const { document, problems } = read(bytesOf('word-gb18030.txt'));
    expect(problems).toEqual([]);
    expect(document!.forms[0]).toMatchObject({ name: '春节慰问金', indicators: [{ name: '慰问户数', value: { text: '≥120户' } }] });
  });
});

describe('Word text export: no form', () => {
  it('reports no-forms with a hint on a file of prose and a table that is no form', () => {
    const text = '2020年部门预算绩效信息\n\n第一部分 部门整体绩效目标\n\t序号\n\t附件\n\n\t1\n\t说明\n\n\t2\n\t目录\n';
    const { document, problems } = read(text);
    expect(document).toBeNull();
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ messageId: 'no-forms', severity: 'error', loc: { line: 1, column: 1 } });
    expect(String(problems[0].data?.hint)).toContain('三级指标');
  });
});

describe('Word text export: blocks', () => {
  it('tells a Word export from other text', () => {
    expect(isWordTextExport(fixture('word-one-table.txt'))).toBe(true);
    expect(isWordTextExport('项目名称 安全生产防控经费\n一级指标 二级指标 三级指标\n')).toBe(false);
  });

  it('makes paragraphs of the lines between tables, and tables of the cells', () => {
    const text = fixture('word-two-tables.txt');
    const blocks = wordTextBlocks(text, new LineIndex(text));
    const tables = blocks.filter((b): b is TableBlock => b.kind === 'table');
    expect(tables.map((t) => t.rows.length)).toEqual([7, 4, 2, 4]);
    expect(tables.map((t) => t.index)).toEqual([1, 2, 3, 4]);
    expect(blocks.filter((b) => b.kind === 'paragraph').map((b) => b.kind === 'paragraph' && b.text)).toEqual([
      '2020年部门预算绩效信息', '第一部分 部门整体绩效目标', '（一）总体绩效目标：',
      '1、加强对街居工作的领导，抓好党的思想、组织和作风建设，保持本辖区政治安定和社会稳定。',
      '第二部分  预算项目绩效目标', '1、安全生产防控经费绩效目标表', '2、春节慰问金绩效目标表',
    ]);
    expect(slice(text, tables[0].loc)).toMatch(/^442002[\s\S]*认知度$/u);
  });

  it('marks a cell verbatim only when its text is the source as it stands', () => {
    const text = fixture('word-department.txt');
    const cells = wordTextBlocks(text, new LineIndex(text)).flatMap((b) => (b.kind === 'table' ? b.rows.flat() : []));
    const goal = cells.find((c) => c.text === '目\n标\n2')!;
    expect(goal.verbatim).toBe(true);
    expect(slice(text, goal.loc)).toBe('目\n标\n2');
  });
});
