// The readers of Office files (.docx, .xlsx) on any input: archives built from random tables (spans, merges,
// nested tables, number formats), the same with damaged bytes or damaged XML, and random bytes. They return a
// document or a problem and never throw. Under them, the zip container keeps its limits whatever headers claim.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { docxReader } from '../../src/readers/docx.js';
import { xlsxReader } from '../../src/readers/xlsx.js';
import { deflateSync } from 'fflate';
import { readZipEntries, ZipError } from '../../src/readers/zip.js';
import { documentXml, packageDocx, rawZip, type RawEntry, type BlockSpec, type CellSpec, type RowSpec, type TableSpec } from '../helpers/docx-builder.js';
import { xlsxParts, zipParts, type CellInput, type SheetInput } from '../helpers/xlsx-builder.js';
import { readChecked, runs } from './contract.js';
import { anyText, cellText, damage, formRows, rarely, tableRows } from './arbitraries.js';

const RUNS = 30;

// ---- the zip container ---------------------------------------------------------------------------------------

const LIMITS = { maxEntries: 6, maxEntryBytes: 4096, maxTotalBytes: 8192, maxRatio: 50, ratioGraceBytes: 1024 };

/** Entries whose headers say what they like: sizes, methods, flags; data deflated or not. */
const rawEntry = fc.record({
  name: fc.oneof(fc.constantFrom('word/document.xml', 'xl/workbook.xml', '[Content_Types].xml', ''), anyText(6)),
  content: fc.oneof(fc.uint8Array({ maxLength: 64 }), fc.nat({ max: 20_000 }).map((n) => new Uint8Array(n).fill(0x41))),
  deflate: fc.boolean(),
  method: rarely(fc.constantFrom(0, 8, 9, 12, 99), 3),
  size: fc.option(fc.oneof(fc.nat({ max: 30_000 }), fc.constant(0xffffffff)), { nil: undefined }),
  flags: rarely(fc.constantFrom(0, 1, 8, 0x800), 4),
}).map(({ name, content, deflate, method, size, flags }): RawEntry => ({
  name, data: deflate ? deflateSync(content) : content, size: size ?? content.length, flags,
  method: (method ?? (deflate ? 8 : 0)) as 0 | 8,
}));

describe('zip container on arbitrary archives', () => {
  it('gives the entries within the limits, or a ZipError, whatever the headers claim', () => {
    fc.assert(fc.property(fc.array(rawEntry, { maxLength: 8 }), fc.option(damage, { nil: undefined }), (entries, spoil) => {
      const zip = rawZip(entries);
      let read: Map<string, Uint8Array>;
      try {
        read = readZipEntries(spoil ? spoil(zip) : zip, () => true, LIMITS);
      } catch (error) {
        expect(error).toBeInstanceOf(ZipError);
        return;
      }
      const sizes = [...read.values()].map((data) => data.length);
      expect(sizes.every((n) => n <= LIMITS.maxEntryBytes)).toBe(true);
      expect(sizes.reduce((a, b) => a + b, 0)).toBeLessThanOrEqual(LIMITS.maxTotalBytes);
    }), runs(RUNS * 3));
  });
});

/** Characters XML 1.0 forbids (control characters, lone surrogates), which the builders do not escape. */
const XML_FORBIDDEN = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

/** The XML without the characters it forbids, but for one case in ten (`raw` 0), which keeps them: a syntax error. */
const validXml = (xml: string, raw: number) => (raw === 0 ? xml : xml.replace(XML_FORBIDDEN, ''));

// ---- .docx ----------------------------------------------------------------------------------------------------

const cellSpec = (nested: fc.Arbitrary<TableSpec | undefined>): fc.Arbitrary<CellSpec> => fc.record({
  text: cellText,
  span: fc.option(fc.integer({ min: 1, max: 4 }), { nil: undefined }),
  vMerge: rarely(fc.constantFrom('restart' as const, 'continue' as const), 3),
  hMerge: rarely(fc.constantFrom('restart' as const, 'continue' as const), 8),
  table: nested,
  sdt: fc.boolean(),
  placeholder: rarely(fc.boolean(), 4),
});

/** Rows of form words with random spans and merges; `nested` puts a table in a cell now and then. */
const docxTable = (nested: fc.Arbitrary<TableSpec | undefined>): fc.Arbitrary<TableSpec> =>
  fc.array(fc.record({
    cells: fc.array(fc.oneof({ weight: 3, arbitrary: cellText }, { weight: 1, arbitrary: cellSpec(nested) }), { maxLength: 7 }),
    gridBefore: rarely(fc.integer({ min: 0, max: 3 }), 6),
    gridAfter: rarely(fc.integer({ min: 0, max: 3 }), 6),
    deleted: rarely(fc.boolean(), 8),
  }) as fc.Arbitrary<RowSpec>, { maxLength: 8 }).map((rows) => ({ rows }));

const innerTable = docxTable(fc.constant(undefined));
const formTable = fc.oneof(
  fc.oneof(tableRows, formRows).map((rows): TableSpec => ({ rows })),
  docxTable(rarely(innerTable, 6)),
);

const docxBlocks = fc.array(fc.oneof(
  { weight: 2, arbitrary: cellText as fc.Arbitrary<BlockSpec> },
  { weight: 3, arbitrary: formTable.map((table): BlockSpec => ({ table })) },
  { weight: 1, arbitrary: fc.array(fc.oneof(cellText, fc.constantFrom('tab' as const, 'br' as const),
    cellText.map((del) => ({ del })), cellText.map((ins) => ({ ins })), cellText.map((textBox) => ({ textBox })),
    cellText.map((result) => ({ field: 'MERGEFIELD 项目', result })))) as fc.Arbitrary<BlockSpec> },
), { maxLength: 5 });

const docxXml = fc.tuple(docxBlocks, fc.constantFrom('word' as const, 'wps' as const), fc.constantFrom('w', 'x'), fc.nat(9))
  .map(([blocks, producer, prefix, raw]) => validXml(documentXml(blocks, { producer, prefix }), raw));

/** XML text damaged: cut, or with markup and references dropped in at random places. */
const damagedXml = (xml: fc.Arbitrary<string>) => fc.tuple(xml, fc.array(fc.tuple(fc.double({ min: 0, max: 1, noNaN: true }),
  fc.oneof(fc.constantFrom('<', '>', '&', '&amp', '&#0;', '&#x110000;', '&bogus;', '</w:tc>', '<w:tbl>', '<w:tr>', ']]>', '"',
    '<![CDATA[', '<!-- ', 'xmlns:w="urn:x"', '<?pi?>'), anyText(4))), { minLength: 1, maxLength: 4 }), fc.boolean())
  .map(([text, edits, cut]) => {
    let out = text;
    for (const [at, insert] of edits) { const i = Math.floor(at * out.length); out = out.slice(0, i) + insert + out.slice(i); }
    return cut ? out.slice(0, Math.floor(edits[0][0] * out.length)) : out;
  });

describe('docx reader on arbitrary input', () => {
  const read = (bytes: Uint8Array) => readChecked(docxReader, 'x.docx', bytes, false);

  it('reads documents of random paragraphs and tables, spans, merges and nested tables', () => {
    fc.assert(fc.property(docxXml, (xml) => { read(packageDocx(xml)); }), runs(RUNS * 2));
  });

  it('reads such documents with damaged XML', () => {
    fc.assert(fc.property(damagedXml(docxXml), (xml) => { read(packageDocx(xml)); }), runs(RUNS));
  });

  it('reads such documents cut short or with bytes overwritten', () => {
    fc.assert(fc.property(docxXml, damage, (xml, spoil) => { read(spoil(packageDocx(xml))); }), runs(RUNS));
  });

  it('reads random bytes', () => {
    fc.assert(fc.property(fc.uint8Array({ maxLength: 400 }), (bytes) => { read(bytes); }), runs(RUNS));
  });
});

// ---- .xlsx ----------------------------------------------------------------------------------------------------

/** Number formats: built-in ids, common codes, and codes put together from the format language's pieces. */
const numberFormat = fc.oneof(
  fc.integer({ min: 0, max: 200 }),
  fc.constantFrom('0.00', '#,##0', '0%', '0.0%', '0"次"', '#,##0.00"万元"', 'yyyy"年"m"月"d"日"', '[Red]0.0;[Blue]-0.0', '@', 'General'),
  fc.array(fc.constantFrom('0', '#', '?', '.', ',', '%', 'E+', 'e-', ';', '"元"', '\\', '_', '*', '[', ']', '[h]', 'yy', 'mm', 'ss',
    'AM/PM', '@', '/', ' ', '[$-409]', '[>100]', 'General', '0/0', '#?/??', 'x'), { maxLength: 10 }).map((p) => p.join('')),
);

const number = fc.oneof(fc.double({ noNaN: true, noDefaultInfinity: true }), fc.integer(), fc.double({ min: -1e6, max: 1e6, noNaN: true }));

const sheetCell: fc.Arbitrary<CellInput> = fc.oneof(
  { weight: 4, arbitrary: cellText },
  { weight: 1, arbitrary: number },
  { weight: 1, arbitrary: fc.constantFrom(null, true, false) },
  { weight: 2, arbitrary: fc.record({ value: number, format: numberFormat }) },
  { weight: 1, arbitrary: fc.record({ formula: fc.constant('SUM(A1:A2)'), cached: fc.oneof(number, cellText) }) },
  { weight: 1, arbitrary: fc.constantFrom('#DIV/0!', '#N/A', '#REF!').map((error) => ({ error })) },
  { weight: 1, arbitrary: fc.array(cellText, { maxLength: 3 }).map((parts) => ({ runs: parts })) },
);

const column = fc.constantFrom('A', 'B', 'C', 'E', 'H', 'Z', 'AA', 'XFD', 'XFE');
const ref = fc.tuple(column, fc.oneof(fc.integer({ min: 1, max: 14 }), fc.constantFrom(0, 1_048_576, 1_048_577)))
  .map(([c, r]) => `${c}${r}`);
const merge = fc.oneof(
  { weight: 5, arbitrary: fc.tuple(ref, ref).map(([a, b]) => `${a}:${b}`) },
  { weight: 1, arbitrary: fc.oneof(ref, fc.constantFrom('', ':', 'A1:', 'A:B', '1:2', 'A1:B2:C3', '$A$1:$B$2')) },
);

const sheet: fc.Arbitrary<SheetInput> = fc.record({
  name: fc.oneof(fc.constantFrom('Sheet1', '绩效目标表', '表3'), cellText),
  rows: fc.oneof(tableRows as fc.Arbitrary<CellInput[][]>, formRows as fc.Arbitrary<CellInput[][]>, fc.array(fc.array(sheetCell, { maxLength: 8 }), { maxLength: 12 })),
  merges: fc.option(fc.array(merge, { maxLength: 3 }), { nil: undefined, freq: 2 }),
  state: rarely(fc.constantFrom('hidden' as const, 'veryHidden' as const), 6),
  firstRow: fc.option(fc.integer({ min: 1, max: 30 }), { nil: undefined }),
});

const workbookParts = fc.tuple(fc.array(sheet, { minLength: 1, maxLength: 3 }), fc.constantFrom('excel' as const, 'generator' as const), fc.boolean(),
  fc.nat(9)).map(([sheets, style, date1904, raw]) => Object.fromEntries(Object.entries(xlsxParts(sheets, { style, date1904 }))
  .map(([name, xml]) => [name, validXml(xml, raw)])));

/** Sheet XML written cell by cell with random references, types, styles and values, as no producer would. */
const rawCell = fc.record({
  ref: fc.option(fc.oneof(ref, fc.constantFrom('', 'A', '1', 'a1', 'A0', 'ZZZZ1', 'A99999999999', '-1')), { nil: undefined }),
  type: fc.option(fc.constantFrom('s', 'n', 'b', 'e', 'str', 'inlineStr', 'd', 'x'), { nil: undefined }),
  style: fc.option(fc.constantFrom('0', '1', '2', '99', '-1', 'x', '1e9'), { nil: undefined }),
  value: fc.option(fc.oneof(number.map(String), fc.constantFrom('', '-1', '0', '1', '999999', '1e308', '-1e308', 'NaN', 'Infinity',
    '2020-12-31T00:00:00', 'TRUE', 'abc', '#N/A')), { nil: undefined }),
  inline: rarely(cellText, 4),
}).map(({ ref: r, type, style, value, inline }) => `<c${r === undefined ? '' : ` r="${r}"`}${type ? ` t="${type}"` : ''}`
  + `${style ? ` s="${style}"` : ''}>${value === undefined ? '' : `<v>${value}</v>`}${inline === undefined ? ''
    : `<is><t>${inline.replace(/[<&]/g, (c) => (c === '<' ? '&lt;' : '&amp;'))}</t></is>`}</c>`);

const rawRow = fc.tuple(fc.option(fc.oneof(fc.integer({ min: -1, max: 20 }), fc.constant(1_048_577)), { nil: undefined }),
  fc.array(rawCell, { maxLength: 6 }))
  .map(([r, cells]) => `<row${r === undefined ? '' : ` r="${r}"`}>${cells.join('')}</row>`);

const rawSheet = fc.tuple(fc.array(rawRow, { maxLength: 8 }), fc.array(merge, { maxLength: 3 }), fc.option(ref, { nil: undefined }))
  .map(([rows, merges, dimension]) => '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
    + `${dimension ? `<dimension ref="A1:${dimension}"/>` : ''}<sheetData>${rows.join('')}</sheetData>`
    + `${merges.length ? `<mergeCells>${merges.map((m) => `<mergeCell ref="${m}"/>`).join('')}</mergeCells>` : ''}</worksheet>`);

describe('xlsx reader on arbitrary input', () => {
  const read = (bytes: Uint8Array) => readChecked(xlsxReader, 'x.xlsx', bytes, false);

  it('reads workbooks of random cells, number formats, merges and sheets', () => {
    fc.assert(fc.property(workbookParts, (parts) => { read(zipParts(parts)); }), runs(RUNS * 2));
  });

  it('reads sheets of raw cells: any reference, type, style and value', () => {
    fc.assert(fc.property(workbookParts.filter((parts) => 'xl/worksheets/sheet1.xml' in parts), rawSheet, (parts, xml) => {
      read(zipParts({ ...parts, 'xl/worksheets/sheet1.xml': xml }));
    }), runs(RUNS));
  });

  it('reads such workbooks with one part of damaged XML', () => {
    const spoiled = workbookParts.chain((parts) => fc.constantFrom(...Object.keys(parts)).chain((name) =>
      damagedXml(fc.constant(parts[name])).map((bad) => ({ ...parts, [name]: bad }))));
    fc.assert(fc.property(spoiled, (parts) => { read(zipParts(parts)); }), runs(RUNS));
  });

  it('reads such workbooks cut short or with bytes overwritten', () => {
    fc.assert(fc.property(workbookParts, damage, (parts, spoil) => { read(spoil(zipParts(parts))); }), runs(RUNS));
  });

  it('reads random bytes', () => {
    fc.assert(fc.property(fc.uint8Array({ maxLength: 400 }), (bytes) => { read(bytes); }), runs(RUNS));
  });
});
