import { describe, expect, it } from 'vitest';
import { assembleForms } from '../../src/readers/layout/index.js';
import type { Block, Cell, ParagraphBlock, TableBlock } from '../../src/readers/layout/blocks.js';
import type { Loc } from '../../src/model/source.js';

let tables = 0;
const cell = (text: string): Cell => ({ text });
const table = (...rows: string[][]): TableBlock => ({ kind: 'table', rows: rows.map((r) => r.map(cell)), index: ++tables });
const para = (text: string): ParagraphBlock => ({ kind: 'paragraph', text });
/** A place on one line of a made-up source, `at` its 0-based offset. */
const place = (line: number, column: number, length: number, at: number): Loc =>
  ({ line, column, endLine: line, endColumn: column + length, offset: at, endOffset: at + length });

const HEADER = [
  ['项目编码', '442-0801-JBN-3C4M', '项目名称', '安全生产防控经费'],
  ['预算规模及资金用途', '预算数', '2.00', '其中：财政资金', '1.50', '其他资金', '0.50'],
  ['', '用于安全生产宣传支出'],
  ['资金支出计划（%）', '3月底', '6月底', '10月底', '12月底'],
  ['', '25', '50', '75', '100'],
  ['绩效目标', '加强日常巡查力度'],
];
const INDICATORS = [
  ['一级指标', '二级指标', '三级指标', '绩效指标描述', '指标值', '指标值确定依据'],
  ['产出指标', '数量指标', '开展外宣活动数量', '反映开展外宣活动情况', '≥6次', '宣传记录'],
  ['', '质量指标', '宣传覆盖率', '覆盖的社区占全部社区的比例', '≥95%', '工作计划'],
  ['', '', '宣传资料合格率', '合格资料占全部资料的比例', '100%', '验收记录'],
  ['满意度指标', '服务对象满意度指标', '群众满意度', '群众满意数量占总数的比例', '≥90%', '调查问卷'],
];

describe('assembleForms: one table or two', () => {
  const two = assembleForms([para('1、安全生产防控经费绩效目标表'), table(...HEADER), para(' '), table(...INDICATORS)]);
  const one = assembleForms([para('1、安全生产防控经费绩效目标表'), table(...HEADER, ...INDICATORS)]);

  it('reads a form in two tables', () => {
    expect(two.problems).toEqual([]);
    expect(two.document!.forms).toHaveLength(1);
    expect(two.document!.forms[0]).toMatchObject({
      kind: 'project', title: '1、安全生产防控经费绩效目标表', name: '安全生产防控经费', code: '442-0801-JBN-3C4M',
      budget: { total: 2, fiscal: 1.5, other: 0.5 }, purpose: '用于安全生产宣传支出', goals: '加强日常巡查力度',
      schedule: { unit: '%', checkpoints: [{ month: 3, value: 25 }, { month: 6, value: 50 }, { month: 10, value: 75 }, { month: 12, value: 100 }] },
      columns: ['description', 'value', 'basis'],
    });
  });

  it('reads the same form in one table', () => {
    expect(one.problems).toEqual([]);
    expect(one.document).toEqual(two.document);
  });

  it('continues blank 一级/二级 cells from the row above', () => {
    expect(one.document!.forms[0].indicators.map((r) => [r.level1, r.level2, r.name])).toEqual([
      ['产出指标', '数量指标', '开展外宣活动数量'],
      ['产出指标', '质量指标', '宣传覆盖率'],
      ['产出指标', '质量指标', '宣传资料合格率'],
      ['满意度指标', '服务对象满意度指标', '群众满意度'],
    ]);
  });
});

describe('assembleForms: where forms start and what they are called', () => {
  it('starts a form at each title, with or without 绩效目标表, and names it by the title without 项目名称', () => {
    const { document } = assembleForms([
      para('1、春节慰问金绩效目标表'), table(['绩效目标', '帮扶困难群众'], ...INDICATORS.slice(0, 2)),
      para('2、社区年终考核奖'), table(['绩效目标', '激发干事创业氛围'], ...INDICATORS.slice(0, 2)),
      para('（三）老居委会主任退休费'), table(...INDICATORS.slice(0, 2)),
    ]);
    expect(document!.forms.map((f) => [f.title, f.name])).toEqual([
      ['1、春节慰问金绩效目标表', '春节慰问金'],
      ['2、社区年终考核奖', '社区年终考核奖'],
      ['（三）老居委会主任退休费', '老居委会主任退休费'],
    ]);
  });

  it('starts a form at a second 项目名称 even without a title between', () => {
    const { document } = assembleForms([
      table(['项目名称', '甲项目'], ...INDICATORS.slice(0, 2), ['项目名称', '乙项目'], ...INDICATORS.slice(0, 2)),
    ]);
    expect(document!.forms.map((f) => [f.name, f.indicators.length])).toEqual([['甲项目', 1], ['乙项目', 1]]);
    expect(document!.forms[0]).not.toHaveProperty('title');
  });

  it('takes no title from a heading followed by prose', () => {
    const { document } = assembleForms([
      para('1、推动机构人事工作提质增效'),
      para('谋划目标绩效考核办法，加强干部教育培训工作，深化推进人事制度改革，完善干部管理体制机制。'),
      table(...INDICATORS.slice(0, 2)),
    ]);
    expect(document!.forms[0]).not.toHaveProperty('title');
  });

  it('reads a title standing in a table cell, and a part of the document is no title', () => {
    const { document } = assembleForms([
      para('第二部分 预算项目绩效目标'),
      table(['某街道办事处部门整体支出绩效目标申报表'], ['（ 2021 年度）'], ['预算单位', '某街道办事处'], ...INDICATORS.slice(0, 2)),
    ]);
    expect(document).toMatchObject({ year: 2021, unit: '某街道办事处' });
    expect(document!.forms[0]).toMatchObject({ kind: 'department', title: '某街道办事处部门整体支出绩效目标申报表', name: '某街道办事处' });
  });

  it('continues an indicator table whose header repeats (a new page)', () => {
    const { document } = assembleForms([table(['项目名称', '甲项目'], ...INDICATORS.slice(0, 3)), table(...INDICATORS.slice(0, 1), ...INDICATORS.slice(3))]);
    expect(document!.forms).toHaveLength(1);
    expect(document!.forms[0].indicators.map((r) => r.name)).toEqual(['开展外宣活动数量', '宣传覆盖率', '宣传资料合格率', '群众满意度']);
  });

  it('continues an indicator table across a page number', () => {
    const { document } = assembleForms([table(['项目名称', '甲项目'], ...INDICATORS.slice(0, 3)), para('- 3 -'), table(...INDICATORS.slice(3))]);
    expect(document!.forms.map((f) => f.indicators.length)).toEqual([4]);
  });

  it('reads cells merged to the left (.docx gridSpan) as part of the cell before them', () => {
    const merged: TableBlock = {
      kind: 'table', index: 1,
      rows: [[cell('项目名称'), cell('甲项目'), { text: '', merged: 'left' }, cell('项目编码'), cell('001')], ...INDICATORS.slice(0, 2).map((r) => r.map(cell))],
    };
    expect(assembleForms([merged]).document!.forms[0]).toMatchObject({ name: '甲项目', code: '001' });
  });
});

describe('assembleForms: indicator columns', () => {
  it('composes split 指标性质 | 指标值 | 度量单位 columns into one value, with weights and directions', () => {
    const { document, problems } = assembleForms([table(
      ['项目名称', '困难群众救助补助资金'],
      ['一级指标', '二级指标', '三级指标内容', '指标性质', '指标值', '度量单位', '权重', '指标方向性', '评价标准'],
      ['产出指标', '数量指标', '保障低保对象人数', '≥', '3200', '人', '20', '正向', '民政统计台账'],
      ['', '成本指标', '人均救助标准', '≤', '600', '元/月', '10分', '反向', '区政府文件'],
      ['效益指标', '社会效益指标', '应保尽保情况', '定性', '达到', '', '', '', '入户回访'],
    )]);
    expect(problems).toEqual([]);
    const [form] = document!.forms;
    expect(form.columns).toEqual(['value', 'basis', 'weight', 'direction']);
    expect(form.indicators.map((r) => [r.value, r.weight, r.direction])).toEqual([
      [{ text: '≥3200人', kind: 'quantitative', comparator: '≥', number: 3200, upper: null, unit: '人' }, 20, '正向'],
      [{ text: '≤600元/月', kind: 'quantitative', comparator: '≤', number: 600, upper: null, unit: '元/月' }, 10, '反向'],
      [{ text: '达到', kind: 'qualitative', grade: '达到' }, null, null],
    ]);
    expect(form.indicators[0].basis).toBe('民政统计台账');
  });

  it('reads a long-term column beside the annual one', () => {
    const { document } = assembleForms([table(
      ['项目名称', '农村公路养护'],
      ['一级指标', '二级指标', '三级指标', '中长期指标值', '年度指标值'],
      ['产出指标', '数量指标', '养护里程', '≥500公里', '≥120公里'],
    )]);
    const [row] = document!.forms[0].indicators;
    expect(row.value).toMatchObject({ text: '≥120公里', number: 120 });
    expect(row.longTermValue).toMatchObject({ text: '≥500公里', number: 500 });
  });

  it('reports a weight or a direction it cannot read, at its cell', () => {
    const loc = place(9, 2, 2, 80);
    const header = ['一级指标', '二级指标', '三级指标', '指标值', '权重', '指标方向性'].map(cell);
    const row = ['产出指标', '数量指标', '人数', '≥5人', '较高', ''].map(cell);
    row[4] = { text: '较高', loc };
    const { document, problems } = assembleForms([{ kind: 'table', index: 1, rows: [[cell('项目名称'), cell('甲')], header, row] }]);
    expect(document!.forms[0].indicators[0]).toMatchObject({ weight: null, direction: null });
    expect(problems).toEqual([{ messageId: 'bad-weight', severity: 'warning', loc, data: { text: '较高' } }]);
  });

  it('reports a row shorter than its header', () => {
    const { document, problems } = assembleForms([table(['项目名称', '甲'], ...INDICATORS.slice(0, 1), ['产出指标', '数量指标', '人数', '说明'])]);
    expect(document!.forms[0].indicators[0]).toMatchObject({ name: '人数', value: { kind: 'empty' } });
    expect(problems).toMatchObject([{ messageId: 'row-short', data: { actual: 4, expected: 6 } }]);
  });

  it('reports an indicator table without its 三级指标 column, and no form then', () => {
    const { document, problems } = assembleForms([table(['一级指标', '二级指标', '指标值'], ['产出指标', '数量指标', '≥5人'])]);
    expect(document).toBeNull();
    expect(problems).toMatchObject([{ messageId: 'table-missing-column', data: { column: '三级指标' } }]);
  });
});

describe('assembleForms: header values', () => {
  const header = (...rows: string[][]) => assembleForms([table(['项目名称', '甲项目'], ...rows, ...INDICATORS.slice(0, 2))]);

  it('reads a plan in amounts when its labels speak of money', () => {
    const { document } = header(['累计支出金额（万元）', '3月底', '6月底', '10月底', '12月底'], ['', '10', '20', '30', '52']);
    expect(document!.forms[0].schedule).toEqual({
      unit: 'amount', checkpoints: [{ month: 3, value: 10 }, { month: 6, value: 20 }, { month: 10, value: 30 }, { month: 12, value: 52 }],
    });
  });

  it('reads a plan in amounts when it ends at the budget, in percent when its figures stay within 100', () => {
    const amounts = header(['预算数', '120'], ['资金支出计划', '3月底', '6月底', '10月底', '12月底'], ['', '30', '60', '90', '120']);
    expect(amounts.document!.forms[0].schedule?.unit).toBe('amount');
    const percent = header(['预算数', '52'], ['资金支出计划', '3月底', '6月底', '10月底', '12月底'], ['', '25', '50', '75', '100']);
    expect(percent.document!.forms[0].schedule?.unit).toBe('%');
  });

  it('reads checkpoints written as pairs', () => {
    const { document } = header(['3月底', '20%', '6月底', '45%'], ['10月底', '80%', '12月底', '100%']);
    expect(document!.forms[0].schedule).toEqual({
      unit: '%', checkpoints: [{ month: 3, value: 20 }, { month: 6, value: 45 }, { month: 10, value: 80 }, { month: 12, value: 100 }],
    });
  });

  it('reads a plan written in one cell, placing each checkpoint in it', () => {
    const text = '3月底 25%；6月底 50%；10月底 75%；12月底 100%';
    const plan: Cell = { text, loc: place(4, 10, text.length, 200), verbatim: true };
    const { document, sourceMap } = assembleForms([{ kind: 'table', index: 1, rows: [[cell('项目名称'), cell('甲')], [cell('资金支出计划'), plan], ...INDICATORS.slice(0, 2).map((r) => r.map(cell))] }]);
    expect(document!.forms[0].schedule?.checkpoints).toEqual([{ month: 3, value: 25 }, { month: 6, value: 50 }, { month: 10, value: 75 }, { month: 12, value: 100 }]);
    expect(sourceMap.locate('/forms/0/schedule/checkpoints/1')).toEqual(place(4, 10 + text.indexOf('6月底'), '6月底 50%'.length, 200 + text.indexOf('6月底')));
  });

  it('reports an amount or a checkpoint it cannot read', () => {
    const { document, problems } = header(['预算数', '约两万'], ['资金支出计划（%）', '3月底', '12月底'], ['', '二成', '100']);
    expect(document!.forms[0].budget).toEqual({ total: null });
    expect(document!.forms[0].schedule?.checkpoints).toEqual([{ month: 3, value: null }, { month: 12, value: 100 }]);
    expect(problems.map((p) => [p.messageId, p.data?.text])).toEqual([['bad-amount', '约两万'], ['bad-schedule', '二成']]);
  });

  it('keeps labels it does not know as fields, as written', () => {
    const { document } = header(['主管部门', '区民政局', '实施单位', '区救助站'], ['项目负责人', '张三', '联系电话', '13800000000']);
    expect(document!.forms[0].fields).toEqual([
      { label: '主管部门', value: '区民政局' }, { label: '实施单位', value: '区救助站' },
      { label: '项目负责人', value: '张三' }, { label: '联系电话', value: '13800000000' },
    ]);
  });

  it('reads a section\'s 合计 in the row of its caption, written down the table', () => {
    const { document, problems } = assembleForms([table(
      ['部门整体支出绩效目标申报表'], ['预算单位', '某局'],
      ['单位年度支出预算（万元）', '支出合计', '560'], ['', '基本支出', '400'], ['', '项目支出', '160'],
      ['三公经费预算（万元）', '合计', '5.5'], ['', '公务接待费', '1.5'], ['', '公务用车运行维护费', '4'],
      ...INDICATORS.slice(0, 2),
    )]);
    expect(problems).toEqual([]);
    expect(document!.forms[0].department).toEqual({
      expense: { total: 560, basic: 400, project: 160 }, threePublic: { total: 5.5, reception: 1.5, vehicles: 4 },
    });
  });

  it('takes a field\'s title closing a row of column titles for a column\'s (任务名称 | 主要内容 | 预算金额)', () => {
    const { document } = assembleForms([table(
      ['部门整体支出绩效目标申报表'], ['预算单位', '某局'],
      ['年度主要任务', '任务名称', '主要内容', '预算金额（万元）'],
      ['', '高标准农田建设', '新建高标准农田2万亩', '1200'],
      ...INDICATORS.slice(0, 2),
    )]);
    expect(document!.forms[0].budget).toBeUndefined();
    expect(document!.forms[0].fields).toEqual([{ label: '高标准农田建设', value: '新建高标准农田2万亩' }]);
  });

  it('reads a row of labels after a caption of its own, their values in the row below', () => {
    const { document, problems } = assembleForms([table(
      ['项目名称', '甲项目'],
      ['资金情况（万元）', '年度资金总额', '其中：财政拨款', '其他资金'],
      ['', '80', '80', ''],
      ...INDICATORS.slice(0, 2),
    )]);
    expect(problems).toEqual([]);
    expect(document!.forms[0]).toMatchObject({ budget: { total: 80, fiscal: 80, other: null } });
    expect(document!.forms[0].fields).toBeUndefined();
    expect(document!.moneyUnit).toBe('万元');
  });

  it('reads the year\'s goals beside the long-term ones, under a 绩效目标 caption, and keeps the long-term as a field', () => {
    const goals = (annual: string) => assembleForms([table(
      ['项目名称', '甲项目'],
      ['绩效目标', '中长期目标', '年度目标'],
      ['', '背街小巷全部硬化。', annual],
      ...INDICATORS.slice(0, 2),
    )]).document!.forms[0];
    expect(goals('完成背街小巷硬化5条。')).toMatchObject({
      goals: '完成背街小巷硬化5条。', fields: [{ label: '中长期目标', value: '背街小巷全部硬化。' }],
    });
    expect(goals('').goals).toBeNull();
  });

  it('adds up income sources beyond the named ones, and official vehicles written in two parts, once each', () => {
    const department = (...rows: string[][]) => assembleForms([table(
      ['部门整体支出绩效目标申报表'], ['预算单位', '某局'], ...rows, ...INDICATORS.slice(0, 2),
    )]).document!.forms[0].department;
    expect(department(
      ['单位年度收入预算（万元）'],
      ['收入合计', '一般公共预算', '事业收入', '上年结转', '其他资金'],
      ['', '120', '80', '20', '15.5', '4.5'],
      ['三公经费预算（万元）'],
      ['合计', '公务用车购置费', '公务用车运行维护费', '公务接待费'],
      ['', '9', '5', '3', '1'],
    )).toEqual({ income: { total: 120, general: 80, other: 40 }, threePublic: { total: 9, vehicles: 8, reception: 1 } });
    // A key given whole takes no parts: the 其中 lines under it say what it holds.
    expect(department(
      ['三公经费预算（万元）'],
      ['合计', '公务用车购置及运行费', '其中：公务用车购置费', '公务用车运行费', '公务接待费'],
      ['', '9', '8', '5', '3', '1'],
    )).toEqual({ threePublic: { total: 9, vehicles: 8, reception: 1 } });
  });

  it('reads department budgets written as pairs, 一般公共预算 and 其他资金 in the income section', () => {
    const { document } = assembleForms([table(
      ['部门整体支出绩效目标申报表'], ['预算单位', '某局'],
      ['收入合计', '100', '一般公共预算', '80', '其他资金', '20'],
      ['支出合计', '100', '基本支出', '60', '项目支出', '40'],
      ['三公经费预算（万元）'], ['合计', '3', '公务接待费', '3'],
      ...INDICATORS.slice(0, 2),
    )]);
    expect(document!.forms[0].department).toEqual({
      income: { total: 100, general: 80, other: 20 },
      expense: { total: 100, basic: 60, project: 40 },
      threePublic: { total: 3, reception: 3 },
    });
    expect(document!.forms[0].budget).toBeUndefined();
    expect(document!.moneyUnit).toBe('万元');
  });
});

describe('assembleForms: spreadsheet and Word layouts', () => {
  /** A cell at a made-up place, merged or not: the way .xlsx and .docx cells come. */
  const at = (place: string, text: string, merged?: Cell['merged']): Cell =>
    ({ text, loc: { line: 1, column: 1, endLine: 1, endColumn: 1, place }, ...(merged ? { merged } : {}) });
  /** A row of cells placed S!A<row>, S!B<row> …; null for a cell merged into the one on its left, '^' for one merged up. */
  const placed = (row: number, ...texts: Array<string | null>): Cell[] => texts.map((t, i) => {
    const place = `S!${String.fromCharCode(65 + i)}${row}`;
    return t === null ? at(place, '', 'left') : t === '^' ? at(place, '', 'up') : at(place, t);
  });
  const sheet = (...rows: Cell[][]): TableBlock => ({ kind: 'table', rows, index: ++tables });

  it('skips pairs of blank cells that pad a row to the sheet\'s width', () => {
    const { document } = assembleForms([table(['项目名称', '甲项目', '', ''], ['主管部门', '区民政局', '', ''], ...INDICATORS.slice(0, 2))]);
    expect(document!.forms[0].fields).toEqual([{ label: '主管部门', value: '区民政局' }]);
  });

  it('reads notes under the indicator table as the form\'s fields, not as indicators', () => {
    const notes = '填报人：张三 联系电话：13812345678';
    const merged = assembleForms([sheet(
      placed(1, '项目名称', '甲项目', '', '', '', ''), ...INDICATORS.slice(0, 3).map((r, k) => placed(k + 2, ...r)),
      placed(5, notes, null, null, null, null, null),
    )]);
    const alone = assembleForms([table(['项目名称', '甲项目'], ...INDICATORS.slice(0, 3), [notes, '', '', '', '', ''], ['审核人：李四', '', '', '', '', ''])]);
    for (const { document, problems } of [merged, alone]) {
      expect(problems).toEqual([]);
      expect(document!.forms[0].indicators.map((r) => r.name)).toEqual(['开展外宣活动数量', '宣传覆盖率']);
    }
    expect(merged.document!.forms[0].fields).toEqual([{ label: '填报人', value: '张三' }, { label: '联系电话', value: '13812345678' }]);
    expect(merged.sourceMap.locate('/forms/0/fields/1')?.place).toBe('S!A5');
    expect(alone.document!.forms[0].fields).toEqual([
      { label: '填报人', value: '张三' }, { label: '联系电话', value: '13812345678' }, { label: '审核人', value: '李四' }]);
  });

  it('reads header fields written label：value in their cells, and notes side by side', () => {
    const { document, problems } = assembleForms([table(
      ['项目名称：甲项目', '', '', ''], ['主管部门：区民政局', '', '联系电话：13812345678', ''], ...INDICATORS.slice(0, 2))]);
    expect(problems).toEqual([]);
    expect(document!.forms[0]).toMatchObject({ name: '甲项目', fields: [{ label: '主管部门', value: '区民政局' }, { label: '联系电话', value: '13812345678' }] });
  });

  it('reads no indicator from a 合计 row under the table, and a goal row heads the rows below it', () => {
    const { document } = assembleForms([table(
      ['项目名称', '甲项目'],
      ['一级指标', '二级指标', '三级指标', '指标值', '权重'],
      ['目标1：改善民生', '', '', '', ''],
      ['产出指标', '数量指标', '慰问人数', '≥120人', '60'],
      ['目标2', '', '', '', ''],
      ['效益指标', '社会效益指标', '困难群众生活改善', '有效改善', '40'],
      ['合 计', '', '', '', '100'],
    )]);
    expect(document!.forms[0].indicators.map((r) => [r.goal, r.name, r.weight])).toEqual([
      ['目标1', '慰问人数', 60], ['目标2', '困难群众生活改善', 40]]);
  });

  it('knows the value and basis columns by other templates\' titles', () => {
    for (const [value, basis] of [['当年预期实现值', '指标值设定依据及数据来源'], ['计划完成值', '数据来源'], ['绩效目标值', '目标值确定依据']]) {
      const { document, problems } = assembleForms([table(
        ['项目名称', '甲项目'],
        ['一级指标', '二级指标', '具体指标', value, basis],
        ['产出指标', '数量指标', '养护里程', '≥120公里', '养护计划'],
      )]);
      expect(problems, value).toEqual([]);
      expect(document!.forms[0].indicators[0], value).toMatchObject({ name: '养护里程', value: { text: '≥120公里' }, basis: '养护计划' });
    }
  });

  it('takes the column titles of a two-row header from its second row: 指标值 over 中长期指标值 | 年度指标值', () => {
    const merged = assembleForms([sheet(
      placed(1, '项目名称', '甲项目', '', '', '', ''),
      placed(2, '一级指标', '二级指标', '三级指标', '指标值', null, '指标值确定依据'),
      placed(3, '^', '^', '^', '中长期指标值', '年度指标值', '^'),
      placed(4, '产出指标', '数量指标', '养护里程', '≥500公里', '≥120公里', '计划标准'),
    )]);
    // A text export shows the merged cells blank; sub-titles may leave 指标值 to the title above them.
    const blank = assembleForms([table(
      ['项目名称', '甲项目'],
      ['一级指标', '二级指标', '三级指标', '指标值', '', '指标值确定依据'],
      ['', '', '', '中长期', '年度', ''],
      ['产出指标', '数量指标', '养护里程', '≥500公里', '≥120公里', '计划标准'],
    )]);
    // A Word text export writes the title merged across as one cell: the header is a cell narrower than its rows,
    // and a new page repeats both header rows.
    const across = assembleForms([table(
      ['项目名称', '甲项目'],
      ['一级指标', '二级指标', '三级指标', '指标值', '指标值确定依据'],
      ['', '', '', '中长期指标值', '年度指标值', ''],
      ['产出指标', '数量指标', '养护里程', '≥500公里', '≥120公里', '计划标准'],
      ['一级指标', '二级指标', '三级指标', '指标值', '指标值确定依据'],
      ['', '', '', '中长期指标值', '年度指标值', ''],
    )]);
    for (const { document, problems } of [merged, blank, across]) {
      expect(problems).toEqual([]);
      const [form] = document!.forms;
      expect(form.columns).toEqual(['value', 'basis']);
      expect(form.indicators).toHaveLength(1);
      expect(form.indicators[0]).toMatchObject({ name: '养护里程', value: { text: '≥120公里' }, longTermValue: { text: '≥500公里' }, basis: '计划标准' });
    }
    expect(merged.sourceMap.locate('/forms/0/indicators/0/value')?.place).toBe('S!E4');
  });

  it('reads a split value under a two-row header: 指标值 over 指标性质 | 指标值 | 度量单位', () => {
    const { document, problems } = assembleForms([sheet(
      placed(1, '项目名称', '甲项目', '', '', '', ''),
      placed(2, '一级指标', '二级指标', '三级指标', '指标值', null, null),
      placed(3, '^', '^', '^', '指标性质', '指标值', '度量单位'),
      placed(4, '产出指标', '数量指标', '慰问人数', '≥', '120', '人'),
    )]);
    expect(problems).toEqual([]);
    expect(document!.forms[0].indicators[0].value).toMatchObject({ text: '≥120人', comparator: '≥', number: 120, unit: '人' });
  });

  it('reads names from 三级指标 when the table is captioned 绩效指标 in a column merged down (2021 central template)', () => {
    const { document, problems } = assembleForms([sheet(
      placed(1, '项目名称', '甲项目', '', '', ''),
      placed(2, '绩效指标', '一级指标', '二级指标', '三级指标', '指标值'),
      placed(3, '^', '产出指标', '数量指标', '慰问人数', '≥120人'),
      placed(4, '^', '满意度指标', '服务对象满意度指标', '受助群众满意度', '≥90%'),
    )]);
    expect(problems).toEqual([]);
    expect(document!.forms[0].indicators.map((r) => [r.level1, r.level2, r.name, r.value?.text])).toEqual([
      ['产出指标', '数量指标', '慰问人数', '≥120人'], ['满意度指标', '服务对象满意度指标', '受助群众满意度', '≥90%']]);
  });

  it('places a value split over 指标性质 | 指标值 | 度量单位 at its 指标值 cell', () => {
    const { sourceMap } = assembleForms([sheet(
      placed(1, '项目名称', '甲项目', '', '', '', ''),
      placed(2, '一级指标', '二级指标', '三级指标', '指标性质', '指标值', '度量单位'),
      placed(3, '产出指标', '数量指标', '慰问人数', '≥', '120', '人'),
    )]);
    expect(sourceMap.locate('/forms/0/indicators/0/value')?.place).toBe('S!E3');
  });

  it('pairs a row of checkpoints with its values when both end in blank cells (w:gridAfter)', () => {
    const { document, sourceMap } = assembleForms([sheet(
      placed(1, '项目名称', '甲项目', null, null, null, null, null),
      placed(2, '资金支出计划（%）', '3月底', '6月底', '10月底', '12月底', '', ''),
      placed(3, '^', '25', '50', '75', '100', '', ''),
      placed(4, '一级指标', '二级指标', '三级指标', '指标值', null, null, null),
      placed(5, '产出指标', '数量指标', '慰问人数', '≥120人', null, null, null),
    )]);
    const [form] = document!.forms;
    expect(form.schedule).toEqual({ unit: '%', checkpoints: [{ month: 3, value: 25 }, { month: 6, value: 50 }, { month: 10, value: 75 }, { month: 12, value: 100 }] });
    expect(form.fields).toBeUndefined();
    expect(sourceMap.locate('/forms/0/schedule/checkpoints/3')?.place).toBe('S!E3');
  });
});

describe('assembleForms: the document', () => {
  it('fills what the text does not say from what the caller knows', () => {
    const blocks: Block[] = [para('2020年部门预算绩效信息'), table(['单位：万元'], ['项目名称', '甲'], ...INDICATORS.slice(0, 2))];
    const { document } = assembleForms(blocks, { info: { year: 2019, unit: '某局', moneyUnit: '元' } });
    expect(document).toMatchObject({ title: '2020年部门预算绩效信息', year: 2020, unit: '某局', moneyUnit: '万元' });
  });

  it('gives no document and a no-forms problem when there is no form', () => {
    const { document, problems } = assembleForms([para('说明'), table(['序号', '附件'], ['1', '目录'])]);
    expect(document).toBeNull();
    expect(problems).toMatchObject([{ messageId: 'no-forms', severity: 'error' }]);
  });
});
