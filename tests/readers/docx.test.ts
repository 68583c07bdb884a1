import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { deflateSync, strToU8, zipSync } from 'fflate';
import { docxReader, readDocxBlocks } from '../../src/readers/docx.js';
import type { Block, Cell, TableBlock } from '../../src/readers/layout/blocks.js';
import { lintJson, tempProject } from '../cli/run-cli.js';
import { MD_CLEAN, MD_FORM } from '../cli/fixtures.js';
import { buildDocx, documentXml, packageDocx, rawZip, type BlockSpec, type CellInput, type DocxOptions, type RowInput } from '../helpers/docx-builder.js';

// ---- fixtures in the layout of published project forms (see DOMAIN.md) -------------------------------------

interface IndicatorRow { level1: string; level2: string; name: string; description: string; value: string; basis: string }

const SAFETY: IndicatorRow[] = [
  { level1: '产出指标', level2: '数量指标', name: '开展宣传活动次数', description: '全年开展安全生产宣传活动', value: '≥6次', basis: '年度工作计划' },
  { level1: '产出指标', level2: '质量指标', name: '隐患整改率', description: '排查出的隐患按期整改的比例', value: '≥95%', basis: '整改台账' },
  { level1: '效益指标', level2: '社会效益指标', name: '社会影响力', description: '辖区群众安全意识提高', value: '≥90认可率', basis: '问卷调查' },
  { level1: '满意度指标', level2: '服务对象满意度指标', name: '群众满意度', description: '表示满意的群众比例', value: '≥90满意度', basis: '问卷调查' },
];

const INDICATOR_HEADER = ['一级指标', '二级指标', '三级指标', '绩效指标描述', '指标值', '指标值确定依据'];

/**
 * Indicator rows with 一级 (and a repeated 二级) as vertical merges, as Word tables have them; `width` grid
 * columns, the basis spanning what the six columns leave.
 */
function indicatorRows(rows: IndicatorRow[], width = 6): RowInput[] {
  const basis = (text: string): CellInput => (width > 6 ? { text, span: width - 5 } : text);
  return [
    [...INDICATOR_HEADER.slice(0, 5), basis(INDICATOR_HEADER[5])],
    ...rows.map((r, i) => {
      const prev = rows[i - 1], next = rows[i + 1];
      const merge = (same: (a: IndicatorRow) => boolean, text: string): CellInput =>
        prev && same(prev) ? { vMerge: 'continue' } : next && same(next) ? { text, vMerge: 'restart' } : text;
      return [
        merge((a) => a.level1 === r.level1, r.level1),
        merge((a) => a.level1 === r.level1 && a.level2 === r.level2, r.level2),
        r.name, r.description, r.value, basis(r.basis),
      ];
    }),
  ];
}

/** The header part of a project form as published: 7 grid columns, labels spanning and merging. */
function headerRows(name: string, code: string): RowInput[] {
  return [
    [{ text: '442002秦皇岛市北戴河区东山街道办事处', span: 5 }, { text: '单位：万元', span: 2 }],
    ['项目编码', { text: code, span: 2 }, '项目名称', { text: name, span: 3 }],
    [{ text: '预算规模及资金用途', vMerge: 'restart' }, '预算数', '2.00', '其中：财政资金', '2.00', '其他资金', ''],
    [{ vMerge: 'continue' }, { text: '安全生产宣传、隐患排查', span: 6 }],
    [{ text: '资金支出计划（%）', vMerge: 'restart' }, '3月底', '6月底', '10月底', { text: '12月底', span: 3 }],
    [{ vMerge: 'continue' }, '25.00', '50.00', '75.00', { text: '100.00', span: 3 }],
    ['绩效目标', { text: '1、开展安全生产宣传\n2、排查整改隐患', span: 6 }],
  ];
}

function title(n: number, name: string): BlockSpec {
  return [{ bookmark: `_Toc4105629${n}` }, { field: `TC "${n}、${name}" \\f C \\l 1` }, `${n}、${name}绩效目标表`];
}

function blocksOf(blocks: BlockSpec[], options?: DocxOptions): Block[] {
  const read = readDocxBlocks(buildDocx(blocks, options));
  expect(read.problems).toEqual([]);
  return read.blocks;
}

const tables = (blocks: Block[]) => blocks.filter((b): b is TableBlock => b.kind === 'table');
const texts = (table: TableBlock) => table.rows.map((row) => row.map((c) => c.text));
const merges = (table: TableBlock) => table.rows.map((row) => row.map((c) => c.merged ?? '-').join(' '));
const place = (cell: Cell | undefined) => cell?.loc?.place;

// ---- blocks -------------------------------------------------------------------------------------------------

describe('docx blocks', () => {
  it('reads a Word form in one table: title paragraph, header and indicators on one grid', () => {
    const blocks = blocksOf([
      '2020年部门预算绩效信息',
      title(1, '安全生产防控经费'),
      { table: { rows: [...headerRows('安全生产防控经费', '442-0801'), ...indicatorRows(SAFETY, 7)] } },
    ]);
    expect(blocks.map((b) => b.kind)).toEqual(['paragraph', 'paragraph', 'table']);
    expect(blocks[1]).toMatchObject({ text: '1、安全生产防控经费绩效目标表', loc: { line: 1, column: 1, place: '第2段' } });
    const [table] = tables(blocks);
    expect(table.index).toBe(1);
    expect(texts(table)[1]).toEqual(['项目编码', '442-0801', '', '项目名称', '安全生产防控经费', '', '']);
    expect(texts(table)[3]).toEqual(['', '安全生产宣传、隐患排查', '', '', '', '', '']);
    expect(texts(table)[6]).toEqual(['绩效目标', '1、开展安全生产宣传\n2、排查整改隐患', '', '', '', '', '']);
    expect(merges(table).slice(0, 7)).toEqual([
      '- left left left left - left', '- - left - - left left', '- - - - - - -', 'up - left left left left left',
      '- - - - - left left', 'up - - - - left left', '- - left left left left left']);
    // 一级 产出指标 over two rows; 二级 differs, so it is not merged.
    expect(texts(table).slice(7).map((row) => row.slice(0, 6))).toEqual([
      INDICATOR_HEADER,
      ['产出指标', '数量指标', '开展宣传活动次数', '全年开展安全生产宣传活动', '≥6次', '年度工作计划'],
      ['', '质量指标', '隐患整改率', '排查出的隐患按期整改的比例', '≥95%', '整改台账'],
      ['效益指标', '社会效益指标', '社会影响力', '辖区群众安全意识提高', '≥90认可率', '问卷调查'],
      ['满意度指标', '服务对象满意度指标', '群众满意度', '表示满意的群众比例', '≥90满意度', '问卷调查'],
    ]);
    expect(merges(table)[9]).toBe('up - - - - - left');
    expect(place(table.rows[11][4])).toBe('表1 第12行第5列');
    expect(place(table.rows[1][4])).toBe('表1 第2行第5列');
    expect(table.loc?.place).toBe('表1');
  });

  it('reads a WPS form in two tables, with hMerge, gridBefore/gridAfter and content controls', () => {
    const blocks = blocksOf([
      '1、服务群众专项经费',
      { table: { rows: [
        { cells: [{ text: '项目名称', hMerge: 'restart' }, { hMerge: 'continue' }, { text: '服务群众专项经费', sdt: true }], gridAfter: 1 },
        { cells: ['预算数', '10.00', '其中：财政资金', '10.00'] },
        { cells: ['其他资金', '0'], gridBefore: 2 },
      ] } },
      { sdt: ['（单位：万元）'] },
      { table: { rows: [...indicatorRows(SAFETY.slice(0, 2))] } },
    ], { producer: 'wps' });
    expect(blocks.map((b) => b.kind)).toEqual(['paragraph', 'table', 'paragraph', 'table']);
    expect(blocks[2]).toMatchObject({ text: '（单位：万元）', loc: { place: '第2段' } });
    const [header, indicators] = tables(blocks);
    expect(texts(header)).toEqual([['项目名称', '', '服务群众专项经费', ''], ['预算数', '10.00', '其中：财政资金', '10.00'], ['', '', '其他资金', '0']]);
    expect(merges(header)).toEqual(['- left - -', '- - - -', '- - - -']);
    expect(place(header.rows[2][3])).toBe('表1 第3行第4列');
    expect(indicators.index).toBe(2);
    expect(texts(indicators)[2]).toEqual(['', '质量指标', '隐患整改率', '排查出的隐患按期整改的比例', '≥95%', '整改台账']);
    expect(indicators.rows[2][0].merged).toBe('up');
    expect(place(indicators.rows[2][2])).toBe('表2 第3行第3列');
  });

  it('reads the same blocks whatever the producer and the namespace prefix', () => {
    const doc: BlockSpec[] = [title(1, '春节慰问金'), { table: { rows: [...headerRows('春节慰问金', '442-0701'), ...indicatorRows(SAFETY, 7)] } }];
    const word = blocksOf(doc);
    expect(blocksOf(doc, { producer: 'wps' })).toEqual(word);
    expect(blocksOf(doc, { prefix: 'ns0' })).toEqual(word);
    const strict = documentXml(doc).replace('http://schemas.openxmlformats.org/wordprocessingml/2006/main', 'http://purl.oclc.org/ooxml/wordprocessingml/main');
    expect(readDocxBlocks(packageDocx(strict)).blocks).toEqual(word);
  });

  it('makes a nested table a block of its own after the table that holds it, keeping its text', () => {
    const nested = { rows: [...indicatorRows(SAFETY.slice(0, 2))] };
    const blocks = blocksOf([
      { table: { rows: [['项目名称', '社区工作经费'], ['绩效指标', { text: '见下表', table: nested }], ['填报人', '张三']] } },
      { table: { rows: [['其他', '表格']] } },
    ]);
    const [outer, inner, next] = tables(blocks);
    expect(blocks.map((b) => b.kind === 'table' && b.index)).toEqual([1, 2, 3]);
    expect(texts(outer)).toEqual([['项目名称', '社区工作经费'], ['绩效指标', '见下表'], ['填报人', '张三']]);
    expect(texts(inner)[1]).toEqual(['产出指标', '数量指标', '开展宣传活动次数', '全年开展安全生产宣传活动', '≥6次', '年度工作计划']);
    expect(place(inner.rows[1][2])).toBe('表2（在表1 第2行第2列内） 第2行第3列');
    expect(texts(next)).toEqual([['其他', '表格']]);
  });

  it('shows tracked changes as accepted: deleted text and rows absent, inserted text present', () => {
    const blocks = blocksOf([
      ['项目名称：', { del: '旧项目' }, { ins: '新项目' }],
      { table: { rows: [
        ['三级指标', '指标值'],
        [{ text: [{ del: '慰问户数' }, { ins: '慰问特困家庭户数' }] }, { text: [{ ins: '≥85' }, '户'] }],
        { cells: ['删除的指标', '≥1次'], deleted: true },
        ['群众满意度', '≥90%'],
      ] } },
    ]);
    expect(blocks[0]).toMatchObject({ kind: 'paragraph', text: '项目名称：新项目' });
    expect(texts(tables(blocks)[0])).toEqual([['三级指标', '指标值'], ['慰问特困家庭户数', '≥85户'], ['群众满意度', '≥90%']]);
    expect(place(tables(blocks)[0].rows[2][1])).toBe('表1 第3行第2列');
  });

  it('leaves out whatever a deletion or a move away holds, and old properties of a revision', () => {
    const run = (t: string) => `<w:r><w:t>${t}</w:t></w:r>`;
    const cell = (props: string, text: string) => `<w:tc><w:tcPr>${props}</w:tcPr><w:p>${run(text)}</w:p></w:tc>`;
    const xml = `<w:p>${run('保留')}<w:del w:id="1">${run('删除')}</w:del><w:moveFrom w:id="2">${run('移走')}</w:moveFrom>`
      + `<w:moveTo w:id="3">${run('移入')}</w:moveTo></w:p>`
      + `<w:tbl><w:sdt><w:sdtContent><w:tr>${cell('<w:gridSpan w:val="2"/><w:tcPrChange w:id="4"><w:tcPr><w:gridSpan w:val="3"/></w:tcPr></w:tcPrChange>', '甲')}`
      + `${cell('', '乙')}</w:tr></w:sdtContent></w:sdt></w:tbl>`;
    const blocks = blocksOf([{ xml }]);
    expect(blocks[0]).toMatchObject({ text: '保留移入' });
    expect(texts(tables(blocks)[0])).toEqual([['甲', '', '乙']]);
  });

  it('keeps field results and leaves out instructions, bookmarks and proofing marks; tabs and breaks kept', () => {
    const blocks = blocksOf([
      [{ field: 'TOC \\o "1-3" \\h \\z \\u' }, { bookmark: '_Toc41056291', text: '1、安全生产' }, '防控经费'],
      [{ simpleField: 'PAGE', result: '3' }, 'tab', '页', 'br', '共', { field: 'NUMPAGES', result: '9' }, '页'],
    ]);
    expect(blocks.map((b) => b.kind === 'paragraph' && b.text)).toEqual(['1、安全生产防控经费', '3\t页\n共9页']);
  });

  it('reads a field that spans paragraphs, and nested fields, by their results', () => {
    const r = (inner: string) => `<w:r>${inner}</w:r>`;
    const xml = `<w:p>${r('<w:fldChar w:fldCharType="begin"/>')}${r('<w:instrText>TOC</w:instrText>')}${r('<w:fldChar w:fldCharType="separate"/>')}`
      + `${r('<w:t>目录一</w:t>')}</w:p><w:p>${r('<w:fldChar w:fldCharType="begin"/>')}${r('<w:instrText>PAGEREF _Toc1</w:instrText>')}`
      + `${r('<w:fldChar w:fldCharType="separate"/>')}${r('<w:t>3</w:t>')}${r('<w:fldChar w:fldCharType="end"/>')}</w:p>`
      + `<w:p>${r('<w:fldChar w:fldCharType="end"/>')}${r('<w:t>正文</w:t>')}</w:p>`;
    expect(blocksOf([{ xml }]).map((b) => b.kind === 'paragraph' && b.text)).toEqual(['目录一', '3', '正文']);
    // A field inside another's instruction (IF { MERGEFIELD … }) shows only the outer result.
    const nested = `<w:p>${r('<w:fldChar w:fldCharType="begin"/>')}${r('<w:instrText>IF </w:instrText>')}`
      + `${r('<w:fldChar w:fldCharType="begin"/>')}${r('<w:instrText>MERGEFIELD 名称</w:instrText>')}${r('<w:fldChar w:fldCharType="separate"/>')}`
      + `${r('<w:t>内层结果</w:t>')}${r('<w:fldChar w:fldCharType="end"/>')}${r('<w:instrText> = "" "空" "非空"</w:instrText>')}`
      + `${r('<w:fldChar w:fldCharType="separate"/>')}${r('<w:t>非空</w:t>')}${r('<w:fldChar w:fldCharType="end"/>')}</w:p>`;
    expect(blocksOf([{ xml: nested }])).toMatchObject([{ text: '非空' }]);
  });

  it('reads a text box once, not again from its fallback, and tab stops are not tabs', () => {
    const blocks = blocksOf([['标题', { textBox: '附件1' }]], { producer: 'wps' });
    expect(blocks).toMatchObject([{ kind: 'paragraph', text: '标题\n附件1' }]);
  });

  it('reads a content control showing its placeholder as blank', () => {
    const blocks = blocksOf([{ table: { rows: [['项目编码', { text: '单击或点击此处输入文字。', placeholder: true }], ['项目名称', { text: '人事代理经费', sdt: true }]] } }]);
    expect(texts(tables(blocks)[0])).toEqual([['项目编码', ''], ['项目名称', '人事代理经费']]);
  });

  it('numbers several tables and paragraphs in document order', () => {
    const form = (n: number, name: string): BlockSpec[] => [title(n, name), { table: { rows: [['项目名称', name], ...indicatorRows(SAFETY.slice(0, 1))] } }, ''];
    const blocks = blocksOf([...form(1, '甲项目'), ...form(2, '乙项目'), ...form(3, '丙项目')]);
    expect(blocks.map((b) => b.loc?.place)).toEqual(['第1段', '表1', '第3段', '表2', '第5段', '表3']);
    expect(place(tables(blocks)[2].rows[2][4])).toBe('表3 第3行第5列');
  });

  it('reads an empty document as no blocks', () => {
    expect(blocksOf([])).toEqual([]);
    expect(blocksOf(['', '   '])).toEqual([]);
  });

  it('finds the main part through the package relationships', () => {
    const xml = documentXml(['正文在 document2.xml']);
    const rels = '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1"'
      + ' Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="/word/document2.xml"/></Relationships>';
    const bytes = zipSync({ '_rels/.rels': strToU8(rels), 'word/document2.xml': strToU8(xml) });
    expect(readDocxBlocks(bytes).blocks).toMatchObject([{ text: '正文在 document2.xml' }]);
    // Without relationships, word/document.xml.
    expect(readDocxBlocks(zipSync({ 'word/document.xml': strToU8(xml) })).blocks).toHaveLength(1);
  });
});

// ---- hostile and broken files -------------------------------------------------------------------------------

describe('docx problems', () => {
  const problemOf = (bytes: Uint8Array) => {
    const result = docxReader.read({ path: 'x.docx', bytes });
    expect(result.document).toBeNull();
    expect(result.problems).toHaveLength(1);
    expect(result.problems[0]).toMatchObject({ severity: 'error', data: { format: 'Word' } });
    return result.problems[0];
  };

  it('refuses random bytes named .docx, an old .doc, a truncated file', () => {
    expect(problemOf(new Uint8Array(3000).map((_, i) => (i * 131) % 256)).messageId).toBe('zip-not-zip');
    expect(problemOf(strToU8('项目名称：不是压缩包')).messageId).toBe('zip-not-zip');
    const ole = new Uint8Array(2048);
    ole.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    expect(problemOf(ole).messageId).toBe('zip-legacy');
    const docx = buildDocx([{ table: { rows: [...indicatorRows(SAFETY)] } }]);
    expect(problemOf(docx.subarray(0, docx.length - 100)).messageId).toBe('zip-truncated');
  });

  it('refuses a zip bomb and an archive of too many entries', () => {
    const bomb = rawZip([{ name: 'word/document.xml', data: deflateSync(new Uint8Array(64 * 1024 * 1024).fill(0x20)), size: 2048 }]);
    expect(problemOf(bomb)).toMatchObject({ messageId: 'zip-bomb', data: { entry: 'word/document.xml' } });
    const many = rawZip(Array.from({ length: 20_000 }, (_, i) => ({ name: `word/media/${i}.png`, data: new Uint8Array(0), size: 0, method: 0 as const })));
    expect(problemOf(many).messageId).toBe('zip-too-many-entries');
  });

  it('refuses XML with an entity declaration, deep nesting, malformed XML', () => {
    const laughs = '<?xml version="1.0"?><!DOCTYPE w:document [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;">]>'
      + '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>&b;</w:t></w:r></w:p></w:body></w:document>';
    expect(problemOf(packageDocx(laughs))).toMatchObject({ messageId: 'xml-doctype', data: { part: 'word/document.xml' } });
    const deep = documentXml([{ xml: '<w:sdt><w:sdtContent>'.repeat(5000) + '</w:sdtContent></w:sdt>'.repeat(5000) }]);
    expect(problemOf(packageDocx(deep)).messageId).toBe('xml-too-deep');
    expect(problemOf(packageDocx(documentXml(['正文']).replace('</w:body>', ''))).messageId).toBe('xml-syntax');
    // Content left out (a deletion, an old property, a fallback) is still checked.
    for (const xml of ['<w:del><w:r><w:t>删</w:x></w:r></w:del>', '<w:p><w:pPr><w:pPrChange><w:pPr a="1" a="2"/></w:pPrChange></w:pPr></w:p>',
      '<w:p><w:r><mc:AlternateContent xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"><mc:Fallback>&bogus;</mc:Fallback></mc:AlternateContent></w:r></w:p>']) {
      expect(problemOf(packageDocx(documentXml([{ xml }]))).messageId).toBe('xml-syntax');
    }
  });

  it('refuses a file without word/document.xml, and a hostile multiplication of cells', () => {
    expect(problemOf(zipSync({ 'xl/workbook.xml': strToU8('<workbook/>') }))).toMatchObject({ messageId: 'part-missing', data: { part: 'word/document.xml' } });
    const row = `<w:tr><w:trPr><w:gridBefore w:val="100000"/></w:trPr></w:tr>`.repeat(2000);
    expect(problemOf(packageDocx(documentXml([{ xml: `<w:tbl>${row}</w:tbl>` }]))).messageId).toBe('too-many-cells');
  });
});

// ---- forms, through the layout module -----------------------------------------------------------------------

describe('docx reader', () => {
  const readDocx = (blocks: BlockSpec[], options?: DocxOptions) => docxReader.read({ path: 'a.docx', bytes: buildDocx(blocks, options) });

  it('reads a form whose header and indicator table are one table, named by its title paragraph', () => {
    const { document, sourceMap, problems } = readDocx([
      '2020年部门预算绩效信息',
      title(1, '安全生产防控经费'),
      { table: { rows: [...headerRows('安全生产防控经费', '442-0801'), ...indicatorRows(SAFETY, 7)] } },
    ]);
    expect(problems).toEqual([]);
    expect(document?.forms).toHaveLength(1);
    const form = document!.forms[0];
    expect(form).toMatchObject({
      title: '1、安全生产防控经费绩效目标表', name: '安全生产防控经费', code: '442-0801', budget: { total: 2, fiscal: 2 },
      purpose: '安全生产宣传、隐患排查', goals: '1、开展安全生产宣传\n2、排查整改隐患',
      schedule: { unit: '%', checkpoints: [{ month: 3, value: 25 }, { month: 6, value: 50 }, { month: 10, value: 75 }, { month: 12, value: 100 }] },
    });
    expect(form.indicators.map((i) => [i.level1, i.level2, i.name, i.value?.text, i.basis])).toEqual(
      SAFETY.map((r) => [r.level1, r.level2, r.name, r.value, r.basis]));
    expect(sourceMap.locate('/forms/0/name')?.place).toBe('表1 第2行第5列');
    expect(sourceMap.locate('/forms/0/indicators/3/value')?.place).toBe('表1 第12行第5列');
    // 产出指标 of the second row is the merged cell above it, and points there.
    expect(sourceMap.locate('/forms/0/indicators/1/level1')?.place).toBe('表1 第9行第1列');
  });

  it('reads a WPS form in two tables, with hMerge and gridBefore in its header', () => {
    const { document, sourceMap, problems } = readDocx([
      title(2, '春节慰问金'),
      { table: { rows: [
        [{ text: '项目编码', hMerge: 'restart' }, { hMerge: 'continue' }, { text: '442-0701', span: 2 }],
        [{ text: '项目名称', hMerge: 'restart' }, { hMerge: 'continue' }, { text: '春节慰问金', span: 2 }],
        { cells: ['预算数', '2.55'], gridBefore: 2 },
      ] } },
      { table: { rows: indicatorRows(SAFETY) } },
    ], { producer: 'wps' });
    expect(problems).toEqual([]);
    expect(document?.forms).toHaveLength(1);
    expect(document!.forms[0]).toMatchObject({ title: '2、春节慰问金绩效目标表', name: '春节慰问金', code: '442-0701', budget: { total: 2.55 } });
    expect(document!.forms[0].indicators).toHaveLength(4);
    expect(sourceMap.locate('/forms/0/budget/total')?.place).toBe('表1 第3行第4列');
    expect(sourceMap.locate('/forms/0/indicators/0/name')?.place).toBe('表2 第2行第3列');
  });

  it('reads the indicator table nested in the cell of a form frame', () => {
    const { document, sourceMap } = readDocx([
      title(1, '社区工作经费'),
      { table: { rows: [['项目名称', '社区工作经费'], ['项目编码', '442-0901'], ['绩效指标', { table: { rows: indicatorRows(SAFETY.slice(0, 2)) } }]] } },
    ]);
    expect(document?.forms).toHaveLength(1);
    expect(document!.forms[0]).toMatchObject({ name: '社区工作经费', code: '442-0901' });
    expect(document!.forms[0].indicators.map((i) => i.name)).toEqual(['开展宣传活动次数', '隐患整改率']);
    expect(sourceMap.locate('/forms/0/indicators/1/value')?.place).toBe('表2（在表1 第3行第2列内） 第3行第5列');
  });

  it('reads several forms, one after another, with tracked changes accepted', () => {
    const names = ['安全生产防控经费', '春节慰问金', '人事代理经费'];
    const blocks: BlockSpec[] = names.flatMap((name, k) => [
      title(k + 1, name),
      { table: { rows: [...headerRows(name, `442-080${k}`), ...indicatorRows(SAFETY.slice(0, 2 + k), 7)] } },
      '',
    ]);
    blocks.push(['附：', { del: '删除的说明' }, { ins: '以上数据来自年度预算' }]);
    const { document, problems } = readDocx(blocks);
    expect(problems).toEqual([]);
    expect(document!.forms.map((f) => [f.name, f.indicators.length])).toEqual([[names[0], 2], [names[1], 3], [names[2], 4]]);
    expect(JSON.stringify(document)).not.toContain('删除的说明');
  });

  it('reads a plan whose rows end in w:gridAfter, a two-row 指标值 header, a split value and a note under the table', () => {
    const { document, sourceMap, problems } = readDocx([
      title(1, '春节慰问金'),
      { table: { rows: [
        ['项目名称', { text: '春节慰问金', span: 6 }],
        { cells: [{ text: '资金支出计划（%）', vMerge: 'restart' }, '3月底', '6月底', '10月底', '12月底'], gridAfter: 2 },
        { cells: [{ vMerge: 'continue' }, '25', '50', '75', '100'], gridAfter: 2 },
        [...['一级指标', '二级指标', '三级指标'].map((text): CellInput => ({ text, vMerge: 'restart' })), { text: '指标值', span: 3 }, { text: '中长期指标值', vMerge: 'restart' }],
        [{ vMerge: 'continue' }, { vMerge: 'continue' }, { vMerge: 'continue' }, '指标性质', '年度指标值', '度量单位', { vMerge: 'continue' }],
        ['产出指标', '数量指标', '慰问人数', '≥', '120', '人', '≥500人'],
        [{ text: '填报人：张三 联系电话：13812345678', span: 7 }],
      ] } },
    ]);
    expect(problems).toEqual([]);
    const [form] = document!.forms;
    expect(form.schedule).toEqual({ unit: '%', checkpoints: [{ month: 3, value: 25 }, { month: 6, value: 50 }, { month: 10, value: 75 }, { month: 12, value: 100 }] });
    expect(form.indicators.map((i) => [i.name, i.value?.text, i.longTermValue?.text])).toEqual([['慰问人数', '≥120人', '≥500人']]);
    expect(form.fields).toEqual([{ label: '填报人', value: '张三' }, { label: '联系电话', value: '13812345678' }]);
    expect(sourceMap.locate('/forms/0/schedule/checkpoints/0')?.place).toBe('表1 第3行第2列');
    expect(sourceMap.locate('/forms/0/indicators/0/value')?.place).toBe('表1 第6行第5列');
  });

  it('gives no-forms for an empty document, and for one without form tables', () => {
    for (const blocks of [[], ['附件：2020年部门预算绩效信息', { table: { rows: [['序号', '名称'], ['1', '说明']] } }]] as BlockSpec[][]) {
      const { document, problems } = readDocx(blocks);
      expect(document).toBeNull();
      expect(problems.map((p) => p.messageId)).toEqual(['no-forms']);
    }
  });
});

// ---- the CLI over a folder of .docx and .md files -----------------------------------------------------------

describe('ptlint over .docx files', () => {
  // The first row copied from a.md's form, description and all: a copy across files.
  const FIRE: IndicatorRow[] = [
    { level1: '产出指标', level2: '数量指标', name: '开展宣传活动次数', description: '全年开展宣传活动的次数', value: '≥4次', basis: '年度工作计划' },
    { level1: '满意度指标', level2: '服务对象满意度指标', name: '居民满意度', description: '表示满意的居民比例', value: '≥90满意度', basis: '问卷调查' },
  ];
  const fireDocx = () => buildDocx([
    title(1, '消防宣传经费'),
    { table: { rows: [...headerRows('消防宣传经费', '442-0802'), ...indicatorRows(FIRE, 7)] } },
  ]);

  it('lints a folder mixing .docx and .md, pointing into Word tables by place, and finds a copy across them', async () => {
    const dir = tempProject({ 'forms/a.md': MD_CLEAN });
    writeFileSync(join(dir, 'forms/b.docx'), fireDocx());
    const { results } = await lintJson(['forms'], dir);
    expect(results.map((r) => r.filePath.slice(dir.length + 1)).sort()).toEqual(['forms/a.md', 'forms/b.docx']);
    const docx = results.find((r) => r.filePath.endsWith('.docx'))!.messages;
    expect(docx.find((m) => m.ruleId === 'value-unit-mismatch')).toMatchObject({
      form: '消防宣传经费', indicator: '居民满意度', place: '表1 第10行第5列', line: 1, column: 1,
    });
    const copies = results.flatMap((r) => r.messages.filter((m) => m.ruleId === 'copied-indicator'));
    expect(copies.map((m) => [m.form, m.indicator]).sort()).toEqual([
      ['安全生产防控经费', '开展宣传活动次数'], ['消防宣传经费', '开展宣传活动次数']]);
  });

  it('reports a broken .docx by name and still lints the other files', async () => {
    const dir = tempProject({ 'forms/a.md': MD_FORM, 'forms/fake.docx': '这不是 Word 文件' });
    const { code, results } = await lintJson(['forms'], dir);
    expect(code).toBe(2);
    const fake = results.find((r) => r.filePath.endsWith('fake.docx'))!;
    expect(fake.messages).toEqual([expect.objectContaining({ ruleId: 'parse-error', severity: 'error' })]);
    expect(fake.messages[0].message).toContain('不是有效的 Word 文件');
    expect(results.find((r) => r.filePath.endsWith('a.md'))!.messages.some((m) => m.ruleId === 'value-unit-mismatch')).toBe(true);
  });
});
