import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { markdownReader } from '../../src/readers/markdown.js';
import type { ReadResult } from '../../src/readers/types.js';
import type { Loc } from '../../src/model/source.js';

const FIXTURES = join(import.meta.dirname, '..', 'fixtures', 'md');
const fixture = (name: string) => readFileSync(join(FIXTURES, name), 'utf8');

function read(text: string | Uint8Array): ReadResult {
  const bytes = typeof text === 'string' ? new TextEncoder().encode(text) : text;
  return markdownReader.read({ path: 'test.md', bytes });
}

/** The source text a location covers. */
const slice = (text: string, loc: Loc | undefined) => (loc ? text.slice(loc.offset, loc.endOffset) : undefined);

/** A document with one form: a heading, then the given tables. */
const form = (...tables: string[]) => ['## 测试项目', ...tables].join('\n\n') + '\n';
const INDICATORS = '| 一级指标 | 二级指标 | 三级指标 | 指标值 |\n| --- | --- | --- | --- |\n| 产出指标 | 数量指标 | 人数 | ≥5人 |';

describe('markdown reader: the convention', () => {
  const text = fixture('spec-example.md');
  const { document, problems } = read(text);

  it('reads the front matter and the title', () => {
    expect(problems).toEqual([]);
    expect(document).toMatchObject({ unit: '秦皇岛市北戴河区东山街道办事处', year: 2020, moneyUnit: '万元', title: '2020年部门预算项目绩效目标表' });
    expect(document!.forms).toHaveLength(1);
  });

  it('reads the header table, its GFM header row included', () => {
    const [f] = document!.forms;
    expect(f).toMatchObject({
      kind: 'project', title: '安全生产防控经费', name: '安全生产防控经费', code: '442-0801-JBN-3C4M',
      budget: { total: 2, fiscal: 2, other: 0 }, purpose: '用于安全生产宣传支出',
      schedule: { unit: '%', checkpoints: [{ month: 3, value: 25 }, { month: 6, value: 50 }, { month: 10, value: 75 }, { month: 12, value: 100 }] },
      goals: '1、加强日常巡查力度，消除事故隐患\n2、全面提高辖区居民对安全生产法律、政策的认知度',
      fields: [{ label: '主管部门', value: '东山街道办事处' }],
      columns: ['description', 'value', 'basis'],
    });
  });

  it('reads the indicator table, a blank 一级指标 continuing the one above', () => {
    const rows = document!.forms[0].indicators;
    expect(rows.map((r) => [r.level1, r.level2, r.name])).toEqual([
      ['产出指标', '数量指标', '开展外宣活动数量'],
      ['产出指标', '质量指标', '宣传覆盖率'],
      ['满意度指标', '服务对象满意度指标', '群众满意度'],
    ]);
    expect(rows[1]).toMatchObject({ description: '宣传覆盖的社区占全部社区的比例', basis: '年度工作计划' });
    expect(rows[1].value).toMatchObject({ text: '≥95%', kind: 'quantitative', comparator: '≥', number: 95, unit: '%' });
    expect(rows[0]).not.toHaveProperty('weight');
  });
});

describe('markdown reader: positions', () => {
  const text = fixture('spec-example.md');
  const { sourceMap } = read(text);
  const at = (pointer: string) => sourceMap.locate(pointer);

  it('points at the exact content of a cell in a CJK row', () => {
    const loc = at('/forms/0/indicators/1/value')!;
    expect(slice(text, loc)).toBe('≥95%');
    const line = text.split('\n')[loc.line - 1];
    expect(line).toBe('|  | 质量指标 | 宣传覆盖率 | 宣传覆盖的社区占全部社区的比例 | ≥95% | 年度工作计划 |');
    expect(loc.column).toBe(line.indexOf('≥95%') + 1);
    expect(loc.endColumn).toBe(line.indexOf('≥95%') + '≥95%'.length + 1);
    expect(loc.endLine).toBe(loc.line);
  });

  it('gives every field read its own place', () => {
    const expected: Record<string, string> = {
      '/unit': '秦皇岛市北戴河区东山街道办事处', '/year': '2020', '/moneyUnit': '万元', '/title': '# 2020年部门预算项目绩效目标表',
      '/forms/0': '## 安全生产防控经费', '/forms/0/name': '安全生产防控经费', '/forms/0/code': '442-0801-JBN-3C4M',
      '/forms/0/budget/total': '2.00', '/forms/0/budget/other': '0', '/forms/0/purpose': '用于安全生产宣传支出',
      '/forms/0/schedule': '3月底 25；6月底 50；10月底 75；12月底 100', '/forms/0/schedule/checkpoints/2': '10月底 75',
      '/forms/0/goals': '1、加强日常巡查力度，消除事故隐患<br>2、全面提高辖区居民对安全生产法律、政策的认知度',
      '/forms/0/fields/0': '东山街道办事处',
      '/forms/0/indicators/2': '| 满意度指标 | 服务对象满意度指标 | 群众满意度 | 群众满意数量占总数的比例 | ≥90% | 调查问卷 |',
      '/forms/0/indicators/2/level2': '服务对象满意度指标', '/forms/0/indicators/2/name': '群众满意度',
      '/forms/0/indicators/2/description': '群众满意数量占总数的比例', '/forms/0/indicators/2/basis': '调查问卷',
    };
    for (const [pointer, source] of Object.entries(expected)) expect([pointer, slice(text, at(pointer))]).toEqual([pointer, source]);
  });

  it('places a continued 一级指标 where its text is written', () => {
    expect(at('/forms/0/indicators/1/level1')).toEqual(at('/forms/0/indicators/0/level1'));
    expect(slice(text, at('/forms/0/indicators/1/level1'))).toBe('产出指标');
  });

  it('places a blank cell between its pipes', () => {
    const md = form('| 项目名称 | x |\n| --- | --- |\n| 项目编码 |   |');
    const loc = read(md).sourceMap.locate('/forms/0/code')!;
    expect(slice(md, loc)).toBe('   ');
    expect(loc.line).toBe(5);
  });
});

describe('markdown reader: real layouts', () => {
  const text = fixture('word-layout.md');
  const { document, problems } = read(text);
  const [project, department] = document?.forms ?? [];

  it('takes the heading without a table of its own as the title and skips tables that are not forms', () => {
    expect(problems).toEqual([]);
    expect(document?.title).toBe('2021年某区民政局预算绩效目标');
    expect(document?.forms.map((f) => f.title)).toEqual(['一、困难群众救助补助资金', '二、部门整体绩效目标']);
  });

  it('reads a 4-column header table as two pairs per row, labels by synonym', () => {
    expect(project).toMatchObject({
      kind: 'project', name: '困难群众救助补助资金', code: '130201-2021-0015',
      budget: { total: 1200.5, fiscal: 1000.5, other: 200 }, purpose: '城乡低保、特困供养、临时救助',
      goals: '目标1：保障困难群众基本生活\n目标2：救助资金按时足额发放',
      fields: [{ label: '实施单位', value: '区民政局' }],
    });
  });

  it('reads a spending plan written as rows of its own', () => {
    expect(project.schedule).toEqual({ unit: '%', checkpoints: [{ month: 3, value: 20 }, { month: 6, value: 45 }, { month: 10, value: 80 }, { month: 12, value: 100 }] });
    const loc = read(text).sourceMap.locate('/forms/0/schedule/checkpoints/3');
    expect(slice(text, loc)).toBe('100%');
  });

  it('keeps the tables under a sub-heading in the form', () => {
    expect(project.indicators).toHaveLength(8);
    expect(project.columns).toEqual(['value', 'basis', 'weight', 'direction']);
  });

  it('continues blank 一级 and 二级 cells, several 二级 under one 一级', () => {
    expect(project.indicators.map((r) => `${r.level1}/${r.level2}`)).toEqual([
      '产出指标/数量指标', '产出指标/数量指标', '产出指标/质量指标', '产出指标/时效指标', '产出指标/成本指标',
      '效益指标/社会效益指标', '效益指标/社会效益指标', '满意度指标/服务对象满意度指标',
    ]);
  });

  it('composes split comparator, value and unit columns into one value', () => {
    const values = project.indicators.map((r) => r.value?.text);
    expect(values).toEqual(['≥3200人', '≥150人', '≥98%', '＝100%', '≤600元/月', '得到保障', '达到', '≥90%']);
    expect(project.indicators[0].value).toMatchObject({ kind: 'quantitative', comparator: '≥', number: 3200, unit: '人' });
    expect(project.indicators[3].value).toMatchObject({ comparator: '=', number: 100, unit: '%' });
    expect(project.indicators[6].value).toMatchObject({ kind: 'qualitative', grade: '达到' });
  });

  it('reads weights, directions and the basis column by its synonym', () => {
    expect(project.indicators.map((r) => r.weight)).toEqual([20, 10, 10, 10, 10, 20, 10, 10]);
    expect(project.indicators[4]).toMatchObject({ direction: '反向', basis: '区政府文件' });
    expect(project.indicators[0]).not.toHaveProperty('description');
  });

  it('tells a department form by its title', () => {
    expect(department).toMatchObject({ kind: 'department', columns: ['value'] });
    expect(department.name).toBeUndefined();
    expect(department).not.toHaveProperty('name');
    expect(department.indicators[1]).toMatchObject({ level1: '满意度指标', name: '群众满意度' });
  });

  it('does not continue a blank 二级指标 across a change of 一级指标', () => {
    const md = form('| 一级指标 | 二级指标 | 三级指标 |\n| --- | --- | --- |\n| 产出指标 | 数量指标 | a |\n| 效益指标 |  | b |\n|  |  | c |');
    expect(read(md).document!.forms[0].indicators.map((r) => [r.level1, r.level2])).toEqual([
      ['产出指标', '数量指标'], ['效益指标', ''], ['效益指标', ''],
    ]);
  });

  it('reads every body row, blank ones too, and skips rows whose every cell is blank', () => {
    const md = form('| 一级指标 | 二级指标 | 三级指标 | 指标值 |\n| --- | --- | --- | --- |\n| 产出指标 | 数量指标 | a | 1 |\n|  | 质量指标 |  |  |\n|  |  |  |  |');
    const rows = read(md).document!.forms[0].indicators;
    expect(rows).toHaveLength(2);
    expect(rows[1]).toMatchObject({ level2: '质量指标', name: '', value: { text: '', kind: 'empty' } });
  });

  it('drops the cells of a row past the header\'s width, as GFM does, without shifting the columns', () => {
    const md = form('| 一级指标 | 二级指标 | 三级指标 | 指标值 |\n| --- | --- | --- | --- |\n| 产出指标 | 数量指标 | 人数 | ≥5人 | 多余 | ≥9人 |');
    const { document, problems, sourceMap } = read(md);
    expect(problems).toEqual([]);
    const [row] = document!.forms[0].indicators;
    expect(row).toEqual({ level1: '产出指标', level2: '数量指标', name: '人数', value: expect.objectContaining({ text: '≥5人' }) });
    expect(slice(md, sourceMap.locate('/forms/0/indicators/0/value'))).toBe('≥5人');
  });
});

describe('markdown reader: header fields', () => {
  const header = (...rows: string[]) => read(form(`| 项目名称 | 测试 |\n| --- | --- |\n${rows.join('\n')}`, INDICATORS));

  it('tells a blank field (null) from an absent one (undefined)', () => {
    const f = header('| 项目编码 |  |', '| 预算数 |  |', '| 绩效目标 | |').document!.forms[0];
    expect(f.code).toBeNull();
    expect(f.goals).toBeNull();
    expect(f.budget).toEqual({ total: null });
    expect(f).not.toHaveProperty('purpose');
    expect(f).not.toHaveProperty('schedule');
  });

  it('reads amounts with thousands separators, a unit, or a unit in the label', () => {
    const f = header('| 预算数（万元） | 1,200.5 |', '| 其中：财政资金 | 1000.5 万元 |', '| 其他资金 | 200 |').document!.forms[0];
    expect(f.budget).toEqual({ total: 1200.5, fiscal: 1000.5, other: 200 });
  });

  it('reports an amount it cannot read at its cell, and keeps null', () => {
    const md = form('| 项目名称 | 测试 |\n| --- | --- |\n| 预算数 | 约五万元 |', INDICATORS);
    const { document, problems } = read(md);
    expect(document!.forms[0].budget).toEqual({ total: null });
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ messageId: 'bad-amount', data: { label: '预算数', text: '约五万元' } });
    expect(slice(md, problems[0].loc)).toBe('约五万元');
  });

  it('reads -, — and 无 in an amount as blank (null), without a problem', () => {
    const { document, problems } = header('| 预算数 | - |', '| 其中：财政资金 | 无 |', '| 其他资金 | — |');
    expect(problems).toEqual([]);
    expect(document!.forms[0].budget).toEqual({ total: null, fiscal: null, other: null });
  });

  it.each([
    ['资金支出计划（%）', '3月底 25；6月底 50；10月底 75；12月底 100', '%', [25, 50, 75, 100]],
    ['资金支出计划', '3月底：25%，6月底：50%，10月底：75%，12月底：100%', '%', [25, 50, 75, 100]],
    ['资金支出计划', '3月底 10 6月底 30 10月底 60 12月底 100', '%', [10, 30, 60, 100]],
    ['资金支出计划（万元）', '3月底 10；6月底 30；10月底 60；12月底 80', 'amount', [10, 30, 60, 80]],
    ['资金支出计划', '3月底 300、6月底 600、10月底 900、12月底 1,200', 'amount', [300, 600, 900, 1200]],
    ['资金支出计划', '3月底 0.5万元；6月底 1万元；10月底 1.5万元；12月底 2万元', 'amount', [0.5, 1, 1.5, 2]],
  ])('reads the plan %s | %s', (label, value, unit, values) => {
    const f = header(`| ${label} | ${value} |`).document!.forms[0];
    expect(f.schedule).toEqual({ unit, checkpoints: [3, 6, 10, 12].map((month, i) => ({ month, value: values[i] })) });
  });

  it('reads a blank plan as null and reports one it cannot read', () => {
    expect(header('| 资金支出计划 |  |').document!.forms[0].schedule).toBeNull();
    const { document, problems } = header('| 资金支出计划 | 按进度支出 |');
    expect(document!.forms[0].schedule).toBeNull();
    expect(problems).toMatchObject([{ messageId: 'bad-schedule', severity: 'error', data: { text: '按进度支出' } }]);
  });

  it('keeps the first of a repeated label and the repeat as an extra field', () => {
    const f = header('| 项目名称 | 重复 |').document!.forms[0];
    expect(f.name).toBe('测试');
    expect(f.fields).toEqual([{ label: '项目名称', value: '重复' }]);
  });

  it('reads cell text as plain text: markup flattened, escaped pipes, <br>, comments dropped', () => {
    const f = header('| 资金用途 | **宣传** 材料 \\| `印制` <!-- 备注 --> 费用<br/>第二行 |').document!.forms[0];
    expect(f.purpose).toBe('宣传 材料 | 印制  费用\n第二行');
  });
});

describe('markdown reader: directives', () => {
  const md = [
    '<!-- ptlint-disable value-vague, basis-empty -->',
    '',
    '## 测试项目',
    '',
    '<!-- ptlint-disable-next-line value-empty -->',
    '| 一级指标 | 二级指标 | 三级指标 | 指标值 |',
    '| --- | --- | --- | --- |',
    '| 产出指标 | 数量指标 | 人数 | 明显提高 <!-- ptlint-disable-line value-vague --> |',
    '',
    'text <!-- ptlint-enable -->',
    '',
  ].join('\n');
  const { document, directives } = read(md);

  it('finds directives in block comments, in paragraphs and in table cells, on their lines', () => {
    expect(directives).toEqual([
      { kind: 'disable', rules: ['value-vague', 'basis-empty'], line: 1 },
      { kind: 'disable-next-line', rules: ['value-empty'], line: 5 },
      { kind: 'disable-line', rules: ['value-vague'], line: 8 },
      { kind: 'enable', rules: [], line: 10 },
    ]);
  });

  it('keeps a comment out of the cell text and out of its location', () => {
    const row = document!.forms[0].indicators[0];
    expect(row.value?.text).toBe('明显提高');
    expect(slice(md, read(md).sourceMap.locate('/forms/0/indicators/0/value'))).toBe('明显提高');
  });
});

describe('markdown reader: problems', () => {
  it('reports an indicator table without a 三级指标 column and reads the rest of the file', () => {
    const text = fixture('problems.md');
    const { document, problems } = read(text);
    const missing = problems.find((p) => p.messageId === 'table-missing-column');
    expect(missing).toMatchObject({ severity: 'error', data: { column: '三级指标' } });
    expect(missing!.loc!.line).toBe(text.split('\n').indexOf('| 一级指标 | 二级指标 | 指标值 | 指标值确定依据 |') + 1);
    expect(document!.forms.map((f) => f.title)).toEqual(['社区服务经费']);
    expect(document!.forms[0].indicators).toHaveLength(2);
  });

  it('reports every problem of the problems fixture where it is', () => {
    const text = fixture('problems.md');
    const { document, problems } = read(text);
    const found = problems.map((p) => [p.messageId, p.severity, slice(text, p.loc)?.split('\n')[0]]);
    expect(found).toEqual([
      ['front-matter-value', 'error', '二〇二一'],
      ['table-missing-column', 'error', '| 一级指标 | 二级指标 | 指标值 | 指标值确定依据 |'],
      ['bad-amount', 'error', '约五万元'],
      ['row-short', 'warning', '|  | 质量指标 | 服务达标率 |'],
      ['bad-schedule', 'error', '按进度支出'],
    ]);
    expect(document).toMatchObject({ unit: '某街道办事处', moneyUnit: '万元' });
    expect(document).not.toHaveProperty('year');
  });

  it('reads the missing cells of a short row as blank', () => {
    const { document, problems } = read(fixture('problems.md'));
    expect(problems.find((p) => p.messageId === 'row-short')?.data).toEqual({ actual: 3, expected: 6 });
    expect(document!.forms[0].indicators[1]).toMatchObject({
      level1: '产出指标', level2: '质量指标', name: '服务达标率', description: '', basis: '', value: { text: '', kind: 'empty' },
    });
  });

  it('gives no document and an error at line 1 when the file holds no form', () => {
    const { document, problems } = read('# 标题\n\n一段说明文字。\n\n| a | b | c |\n| - | - | - |\n| 1 | 2 | 3 |\n');
    expect(document).toBeNull();
    expect(problems).toMatchObject([{ messageId: 'no-forms', severity: 'error', loc: { line: 1, column: 1 } }]);
  });

  it('says only that the column is missing when that is why the file has no form', () => {
    const { document, problems } = read('## 项目\n\n| 一级指标 | 二级指标 | 指标值 |\n| --- | --- | --- |\n| 产出指标 | 数量指标 | ≥1次 |\n');
    expect(document).toBeNull();
    expect(problems).toMatchObject([{ messageId: 'table-missing-column', severity: 'error', loc: { line: 3 } }]);
  });

  it('warns of a form table standing before any heading', () => {
    const { document, problems } = read(`${INDICATORS}\n\n${form(INDICATORS)}`);
    expect(document!.forms).toHaveLength(1);
    expect(problems).toMatchObject([{ messageId: 'table-outside-form', severity: 'warning', loc: { line: 1 } }]);
  });

  it('reports broken YAML in the front matter at its place and still reads the forms', () => {
    const md = `---\nunit: [东山街道\nyear: 2020\n---\n\n${form(INDICATORS)}`;
    const { document, problems } = read(md);
    expect(document!.forms).toHaveLength(1);
    expect(document).not.toHaveProperty('unit');
    expect(problems.length).toBeGreaterThan(0);
    expect(problems[0]).toMatchObject({ messageId: 'front-matter', severity: 'error' });
    expect(problems[0].loc!.line).toBeGreaterThanOrEqual(2);
    expect(problems[0].loc!.line).toBeLessThanOrEqual(4);
  });

  it('reports front matter that is not a mapping, or not closed', () => {
    expect(read(`---\n- 2020\n---\n\n${form(INDICATORS)}`).problems).toMatchObject([{ messageId: 'front-matter-shape', loc: { line: 1 } }]);
    expect(read(`---\nyear: 2020\n\n${form(INDICATORS)}`).problems).toMatchObject([{ messageId: 'front-matter-unclosed', loc: { line: 1 } }]);
    expect(read(`---\nmoneyUnit: 美元\n---\n\n${form(INDICATORS)}`).problems).toMatchObject([{ messageId: 'front-matter-value', data: { key: 'moneyUnit', text: '美元' } }]);
  });

  it('reads front matter values written in other ways, and refuses lists and maps', () => {
    const ok = read(`---\nbase: &y 2020年\nyear: *y\nunit: 12345\ntitle:\n---\n\n${form(INDICATORS)}`);
    expect(ok.problems).toEqual([]);
    expect(ok.document).toMatchObject({ year: 2020, unit: '12345', title: null });
    const bad = read(`---\nunit: [甲, 乙]\nyear: { a: 1 }\n---\n\n${form(INDICATORS)}`);
    expect(bad.problems.map((p) => [p.messageId, p.data?.key, p.loc?.line])).toEqual([
      ['front-matter-value', 'unit', 2], ['front-matter-value', 'year', 3],
    ]);
  });

  it('reports a weight or direction it cannot read', () => {
    const md = form('| 一级指标 | 二级指标 | 三级指标 | 权重 | 方向 |\n| --- | --- | --- | --- | --- |\n| 产出指标 | 数量指标 | a | 很重要 | 越高越好 |');
    const { document, problems } = read(md);
    expect(document!.forms[0].indicators[0]).toMatchObject({ weight: null, direction: null });
    expect(problems.map((p) => [p.messageId, slice(md, p.loc)])).toEqual([['bad-weight', '很重要'], ['bad-direction', '越高越好']]);
  });

  it.each([
    ['an empty file', ''],
    ['pipes only', '|||\n|-|\n|'],
    ['a lone fence', '---'],
    ['a heading over a one-column table', '## x\n\n| 三级指标 |\n| --- |\n| a |'],
    ['binary noise', '\u0000\u0001\uFFFD## \u0000|a|b|\n|-|-|'],
  ])('never throws on %s', (_, text) => {
    expect(() => read(text)).not.toThrow();
  });
});

describe('markdown reader: encodings and line endings', () => {
  const lf = fixture('spec-example.md');

  it('reads CRLF input as LF input, with the same lines and columns', () => {
    const crlf = lf.replace(/\n/g, '\r\n');
    const a = read(lf), b = read(crlf);
    expect(b.problems).toEqual([]);
    expect(b.document).toEqual(a.document);
    for (const pointer of ['/year', '/forms/0/goals', '/forms/0/indicators/1/value', '/forms/0/schedule/checkpoints/3']) {
      const la = a.sourceMap.locate(pointer)!, lb = b.sourceMap.locate(pointer)!;
      expect([lb.line, lb.column, lb.endLine, lb.endColumn]).toEqual([la.line, la.column, la.endLine, la.endColumn]);
      expect(slice(crlf, lb)).toBe(slice(lf, la));
    }
  });

  it('reads UTF-8 with a BOM, front matter included', () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(lf)]);
    const { document, problems, sourceMap } = read(bytes);
    expect(problems).toEqual([]);
    expect(document).toEqual(read(lf).document);
    expect(sourceMap.locate('/forms/0/indicators/1/value')).toEqual(read(lf).sourceMap.locate('/forms/0/indicators/1/value'));
  });
});

describe('docs/markdown-forms.md', () => {
  it('has a full example that reads without problems, as the fixture does', () => {
    const page = readFileSync(join(import.meta.dirname, '..', '..', 'docs', 'markdown-forms.md'), 'utf8');
    const example = /```markdown\n([\s\S]*?)^```$/m.exec(page)![1];
    const { document, problems } = read(example);
    expect(problems).toEqual([]);
    expect(document).toEqual(read(fixture('spec-example.md')).document);
  });
});
