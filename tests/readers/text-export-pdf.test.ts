import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { pdfTextBlocks } from '../../src/readers/text-export-pdf.js';
import { textExportReader } from '../../src/readers/text-export.js';
import type { Block, TableBlock } from '../../src/readers/layout/blocks.js';
import { LineIndex, type Loc } from '../../src/model/source.js';

// Fixtures in the style of a PDF tool's text export (seed 003): no cell separators, cells wrapped across lines
// (at other widths than 003's), wrapped lines set apart by blank lines — or, from another tool, not at all.
const FIXTURES = join(import.meta.dirname, '..', 'fixtures', 'text');
const fixture = (name: string) => readFileSync(join(FIXTURES, name), 'utf8');

const blocksOf = (text: string) => pdfTextBlocks(text, new LineIndex(text));
const tables = (blocks: Block[]) => blocks.filter((b): b is TableBlock => b.kind === 'table');
const texts = (table: TableBlock) => table.rows.map((row) => row.map((c) => c.text));
const paragraphs = (blocks: Block[]) => blocks.flatMap((b) => (b.kind === 'paragraph' ? [b.text] : []));
const slice = (text: string, loc: Loc | undefined) => (loc ? text.slice(loc.offset, loc.endOffset) : undefined);
const read = (text: string) => textExportReader.read({ path: 'test.txt', bytes: new TextEncoder().encode(text) });

const INDICATOR_HEADER = ['一级指标', '二级指标', '三级指标', '绩效指标描述', '指标值', '指标值确定依据'];

describe('PDF text export: two forms, wrapped cells set apart by blank lines', () => {
  const text = fixture('pdf-street-office.txt');
  const blocks = blocksOf(text);
  const [header1, indicators1, header2, indicators2] = tables(blocks);

  it('finds a header table and an indicator table per form, and keeps the rest as paragraphs', () => {
    expect(tables(blocks)).toHaveLength(4);
    expect(tables(blocks).map((t) => t.index)).toEqual([1, 2, 3, 4]);
    expect(paragraphs(blocks)).toEqual(['第二部分', '预算项目绩效目标', '1.社区养老服务补贴经费绩效目标表', '2.辖区环境卫生整治经费绩效目标表']);
  });

  it('joins wrapped labels and a split project code, and lays the header out as a Word table is', () => {
    expect(texts(header1)).toEqual([
      ['130456 某县东关街道办事处本级', '单位：万元'],
      ['项目编码', '13045622P0000031045K', '项目名称', '社区养老服务补贴经费'],
      ['预算规模及资金用途', '预算数', '62.40', '其中：财政资金', '62.40', '其他资金', ''],
      ['', '为辖区八十周岁以上老年人按月发放养老服务补贴，对独居老人开展入户探访。'],
      ['累计支出资金', '3 月底', '6 月底', '10 月底', '12 月底'],
      ['', '15.60', '31.20', '46.80', '62.40'],
      ['绩效目标', '保障辖区高龄老年人基本生活'],
    ]);
  });

  it('reads 其他资金 with its amount, and keeps numbered goals on lines of their own', () => {
    expect(texts(header2)[2]).toEqual(['预算规模及资金用途', '预算数', '45.00', '其中：财政资金', '40.00', '其他资金', '5.00']);
    expect(texts(header2)[6]).toEqual(['绩效目标', '1.辖区主次干道保洁全覆盖，垃圾日产日清。\n2.辖区环境卫生面貌明显改善']);
  });

  it('recovers indicator rows: wrapped names, descriptions and bases, a blank 一级/二级 where a merged cell goes on', () => {
    expect(texts(indicators1)).toEqual([
      INDICATOR_HEADER,
      ['产出指标', '数量指标', '享受补贴老年人数', '为辖区八十周岁以上老年人发放补贴的人数', '≥260 人', '民政部门核定名单'],
      ['', '', '入户探访次数', '对独居老人开展入户探访的次数', '≥4 次', '年度工作计划'],
      ['', '质量指标', '补贴发放准确率', '补贴对象和金额审核无误的比例', '100%', '以往经验'],
      ['', '时效指标', '补贴按月发放率', '按月发放补贴的月份占全年月份比例', '≥95%', '以往经验'],
      ['效益指标', '社会效益指标', '老年人生活质量', '老年人基本生活得到保障', '有所提高', '民政部门核定名单'],
      ['满意度指标', '服务对象满意度指标', '老年人满意度', '受补贴老年人对补贴发放工作的满意程度', '≥90%', '问卷调查'],
    ]);
  });

  it('reads a value wrapped in its narrow column, and a basis that starts with a year', () => {
    expect(texts(indicators2).slice(1, 4)).toEqual([
      ['产出指标', '数量指标', '清扫保洁面积', '辖区主次干道及背街小巷清扫保洁面积', '≥12 万平方米', '环卫作业合同'],
      ['', '质量指标', '垃圾日产日清率', '当日产生垃圾当日清运的比例', '≥98%', '环卫考核办法'],
      ['', '成本指标', '保洁作业成本', '每平方米年度保洁作业费用', '≤3.5 元/平方米', '2021 年环卫作业合同'],
    ]);
  });

  it('gives each cell the place it spans, from its first character to its last', () => {
    const cells = tables(blocks).flatMap((t) => t.rows.flat()).filter((c) => c.text !== '');
    for (const cell of cells) {
      // A wrapped cell spans its lines and the blank lines between them; its text is theirs joined.
      expect(slice(text, cell.loc)!.replace(/\n+/g, '')).toBe(cell.text.replace(/\n/g, ''));
    }
    const name = indicators1.rows[1][2];
    expect(name.loc).toMatchObject({ line: 45, column: 1, endLine: 47, endColumn: 3 });
    expect(slice(text, name.loc)).toBe('享受补贴老年\n\n人数');
    expect(name.verbatim).toBeUndefined();
    const label = header1.rows[2][3];
    expect(label.loc).toMatchObject({ line: 18, column: 1, endLine: 20, endColumn: 3 });
  });

  it('marks a cell whose text is its source verbatim', () => {
    const value = indicators1.rows[1][4];
    expect(value).toMatchObject({ text: '≥260 人', verbatim: true });
    expect(value.loc).toMatchObject({ line: 52, column: 1, endLine: 52, endColumn: 7 });
  });
});

describe('PDF text export: the forms read end to end', () => {
  const text = fixture('pdf-street-office.txt');
  const { document, sourceMap, problems } = read(text);

  it('reads both forms, their header fields and indicators', () => {
    expect(problems).toEqual([]);
    expect(document).toMatchObject({ unit: '某县东关街道办事处本级', moneyUnit: '万元' });
    expect(document!.forms.map((f) => f.name)).toEqual(['社区养老服务补贴经费', '辖区环境卫生整治经费']);
    expect(document!.forms[0]).toMatchObject({
      code: '13045622P0000031045K',
      budget: { total: 62.4, fiscal: 62.4, other: null },
      purpose: '为辖区八十周岁以上老年人按月发放养老服务补贴，对独居老人开展入户探访。',
      schedule: {
        unit: 'amount',
        checkpoints: [{ month: 3, value: 15.6 }, { month: 6, value: 31.2 }, { month: 10, value: 46.8 }, { month: 12, value: 62.4 }],
      },
      goals: '保障辖区高龄老年人基本生活',
    });
    expect(document!.forms[1].budget).toEqual({ total: 45, fiscal: 40, other: 5 });
    expect(document!.forms.map((f) => f.indicators.length)).toEqual([6, 5]);
    expect(document!.forms[0].indicators[1]).toMatchObject({ level1: '产出指标', level2: '数量指标', name: '入户探访次数' });
  });

  it('locates a wrapped indicator name over its lines', () => {
    expect(slice(text, sourceMap.locate('/forms/0/indicators/0/name'))).toBe('享受补贴老年\n\n人数');
    expect(slice(text, sourceMap.locate('/forms/0/code'))).toBe('13045622P00000310\n\n45K');
  });
});

describe('PDF text export: a tool that sets no blank lines', () => {
  const text = fixture('pdf-no-blank-lines.txt');
  const blocks = blocksOf(text);

  it('tells wrapped lines from the next cell by the columns\' widths', () => {
    const [header, indicators] = tables(blocks);
    expect(texts(header)).toEqual([
      ['130456 某县东关街道办事处本级', '单位：万元'],
      ['项目编码', '13045622P0000031061D', '项目名称', '社会治安综合治理工作经费'],
      ['预算规模及资金用途', '预算数', '18.00', '其中：财政资金', '18.00', '其他资金', '0.00'],
      ['', '开展法治宣传、人民调解和矛盾纠纷排查化解工作'],
      ['资金支出计划（%）', '3 月底', '6 月底', '10 月底', '12 月底'],
      ['', '25.00', '50.00', '75.00', '100.00'],
      ['绩效目标', '辖区矛盾纠纷及时化解，社会和谐稳定'],
    ]);
    expect(texts(indicators)).toEqual([
      ['一级指标', '二级指标', '三级指标', '绩效指标描述', '指标值', '指标值设定依据'],
      ['产出指标', '数量指标', '开展法治宣传活动场次', '在辖区社区开展法治宣传进社区活动的场次', '≥12 场', '年度普法工作计划'],
      ['', '质量指标', '矛盾纠纷调解成功率', '调解成功的矛盾纠纷占受理总数的比例', '≥90%', '以往经验'],
      ['', '时效指标', '纠纷受理及时率', '群众反映的纠纷在三个工作日内受理的比例', '100%', '人民调解工作规范'],
      ['效益指标', '社会效益指标', '辖区社会稳定', '辖区不发生重大群体性事件', '达到', '综治工作考核'],
      ['满意度指标', '服务对象满意度指标', '群众满意度', '群众对调解工作的满意程度', '≥90%', '问卷调查'],
    ]);
    expect(paragraphs(blocks)).toEqual(['三、社会治安综合治理工作经费绩效目标表']);
  });
});

describe('PDF text export: other layouts and odd input', () => {
  it('keeps a comparator, a number and a unit apart where the table has columns for them', () => {
    const text = [
      '项目名称 困难群众救助补助资金',
      '一级指标 二级指标 三级指标 指标性质 指标值 度量单位 权重 指标方向性',
      '产出指标',
      '数量指标 保障低保对象人数 ≥ 3200 人 20 正向',
      '质量指标 救助对象认定准确',
      '率',
      '≥ 98 % 10 正向',
      '',
    ].join('\n');
    const [, indicators] = tables(blocksOf(text));
    expect(texts(indicators).slice(1)).toEqual([
      ['产出指标', '数量指标', '保障低保对象人数', '≥', '3200', '人', '20', '正向'],
      ['', '质量指标', '救助对象认定准确率', '≥', '98', '%', '10', '正向'],
    ]);
  });

  it('reads a number set apart from its words by a space (65 岁, 12345 热线) as part of a wrapped cell, not a value', () => {
    const text = [
      '一级指标 二级指标 三级指标 绩效指标描述 指标值 指标值确定依据', '',
      '产出指标', '', '质量指标', '',
      '居民电子健康档案', '', '建档率', '',
      '建立电子健康档案人数占辖区常', '', '住人口的比例', '≥90% 国家考核标准', '',
      '65 岁及以上老年人', '', '健康管理率', '',
      '接受健康管理的 65 岁及以上老', '', '年人数占辖区老年人口的比例', '≥70% 国家考核标准', '',
      '时效指标', '投诉处置及时率', '',
      '12345 热线投诉 24 小时内处置', '', '的比例', '≥95% 行业标准', '',
    ].join('\n');
    const [indicators] = tables(blocksOf(text));
    expect(texts(indicators).slice(1)).toEqual([
      ['产出指标', '质量指标', '居民电子健康档案建档率', '建立电子健康档案人数占辖区常住人口的比例', '≥90%', '国家考核标准'],
      ['', '', '65 岁及以上老年人健康管理率', '接受健康管理的 65 岁及以上老年人数占辖区老年人口的比例', '≥70%', '国家考核标准'],
      ['', '时效指标', '投诉处置及时率', '12345 热线投诉 24 小时内处置的比例', '≥95%', '行业标准'],
    ]);
  });

  it('reads on over a page break: its number, and a running header over the repeated column titles', () => {
    const row = (name: string, value: string) => `质量指标 ${name} ${value} 行业标准`;
    const text = [
      '1.道路保洁经费绩效目标表', '项目名称 道路保洁经费',
      '一级指标 二级指标 三级指标 指标值 指标值确定依据', '产出指标',
      row('道路保洁达标率', '≥95%'), row('公厕保洁合格率', '≥95%'), '', '- 7 -', '',
      row('垃圾清运及时率', '≥98%'), '', '第 8 页 共 12 页',
      '某县城关镇人民政府 2024 年部门预算', '一级指标 二级指标 三级指标 指标值 指标值确定依据',
      row('违建拆除到位率', '≥90%'), '',
    ].join('\n');
    const { document, problems } = read(text);
    expect(problems).toEqual([]);
    expect(document!.forms.map((f) => f.name)).toEqual(['道路保洁经费']);
    expect(document!.forms[0].indicators.map((r) => [r.name, r.value?.text])).toEqual([
      ['道路保洁达标率', '≥95%'], ['公厕保洁合格率', '≥95%'], ['垃圾清运及时率', '≥98%'], ['违建拆除到位率', '≥90%'],
    ]);
  });

  it('takes a title wrapped over two lines for the next form\'s, not for the last row\'s', () => {
    const form = (title: string[], name: string) => [
      ...title, `项目名称 ${name}`, '一级指标 二级指标 三级指标 指标值 指标值确定依据', '产出指标',
      '数量指标 培训人次 ≥200 人次 以往经验', '满意度指标 服务对象满意度指标 村民满意度 ≥90% 问卷调查', '',
    ];
    const long = '乡村振兴示范村道路硬化及文化广场配套设施建设项目';
    const text = [...form(['1.农村人居环境整治经费绩效目标表'], '农村人居环境整治经费'), ...form([` 2.${long}绩效目`, '标表'], long)].join('\n');
    const { document, problems } = read(text);
    expect(problems).toEqual([]);
    expect(document!.forms.map((f) => [f.title, f.indicators.length, f.indicators[1].basis])).toEqual([
      ['1.农村人居环境整治经费绩效目标表', 2, '问卷调查'], [`2.${long}绩效目标表`, 2, '问卷调查'],
    ]);
  });

  it('reads a value whose unit wraps under its number in a narrow column (≥420 / 户)', () => {
    const text = [
      '一级指标 二级指标 三级指标 绩效指标描述 指标值 指标值确定依据', '', '产出指标', '', '数量指标', '',
      '改造农村户', '', '厕数量', '', '2024 年计划改造完成', '', '的农村户厕数量', '≥420', '', '户', '', '县农业农村', '', '局下达任务', '',
      '质量指标', '', '垃圾清运达', '', '标率', '', '清运后无积存垃圾', '', '的村数占比', '≥95%', '', '考核办法', '',
    ].join('\n');
    const [indicators] = tables(blocksOf(text));
    expect(texts(indicators).slice(1)).toEqual([
      ['产出指标', '数量指标', '改造农村户厕数量', '2024 年计划改造完成的农村户厕数量', '≥420户', '县农业农村局下达任务'],
      ['', '质量指标', '垃圾清运达标率', '清运后无积存垃圾的村数占比', '≥95%', '考核办法'],
    ]);
  });

  it('reads an indicator table without a header table, and prose after the last form as paragraphs', () => {
    const text = '一级指标 二级指标 三级指标 指标值\n产出指标 数量指标 培训人次 ≥200 人次\n第三部分 名词解释\n';
    const blocks = blocksOf(text);
    expect(texts(tables(blocks)[0])).toEqual([['一级指标', '二级指标', '三级指标', '指标值'], ['产出指标', '数量指标', '培训人次', '≥200 人次']]);
    expect(paragraphs(blocks)).toEqual(['第三部分', '名词解释']);
  });

  it('gives text without tables as paragraphs, one per box of a line', () => {
    const text = '部门整体绩效目标\r\n\r\n严格执行各项财经法律法规，严格按照批复的预算执行。\r\n989001 某街道办事处本级 单位：万元\r\n';
    const blocks = blocksOf(text);
    expect(paragraphs(blocks)).toEqual(['部门整体绩效目标', '严格执行各项财经法律法规，严格按照批复的预算执行。', '989001 某街道办事处本级', '单位：万元']);
    expect(blocks.every((b) => slice(text, b.loc) === (b as { text: string }).text)).toBe(true);
  });

  it('never throws, whatever the text', () => {
    const pieces = ['一级指标 二级指标 三级指标', '项目编码', '预算规模及', '资金用途', '3 月底 6 月底', '≥', '95%', '', '产出指标',
      '其中：财政', '资金', ' ', '\r'];
    let seed = 7;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
    for (let k = 0; k < 200; k++) {
      const text = Array.from({ length: 30 }, () => pieces[Math.floor(next() * pieces.length)]).join('\n');
      expect(() => blocksOf(text)).not.toThrow();
    }
    expect(blocksOf('')).toEqual([]);
  });
});
