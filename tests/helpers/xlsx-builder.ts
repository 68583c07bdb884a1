// Builds .xlsx files for reader tests, with only the parts a reader needs, in the styles of two kinds of
// producer:
// - 'excel': shared strings, styles with custom numFmts, `r` on every row and cell, a dimension element;
// - 'generator' (finance-system exports, some WPS/LibreOffice paths): inline strings (t="inlineStr"), no `r`
//   on rows or cells (an empty <c/> holds the place of an empty cell), no dimension, an x: prefix on the
//   spreadsheet namespace as the Open XML SDK writes it.
import { strToU8, zipSync } from 'fflate';

/** A number shown in a format: a built-in id or a format code. */
export interface Formatted { value: number; format: number | string }
export interface Formula { formula: string; cached: number | string; format?: number | string }
export interface ErrorValue { error: string }
/** Rich text: runs with their own fonts, read as one string. */
export interface Rich { runs: string[] }

export type CellInput = string | number | boolean | null | undefined | Formatted | Formula | ErrorValue | Rich;

export interface SheetInput {
  name: string;
  rows: CellInput[][];
  /** A1-style ranges: 'A1:F1'. */
  merges?: string[];
  state?: 'hidden' | 'veryHidden';
  /** The first row's number (rows before it are absent). */
  firstRow?: number;
}

export interface WorkbookOptions {
  style?: 'excel' | 'generator';
  date1904?: boolean;
}

const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const PKG_REL = 'http://schemas.openxmlformats.org/package/2006/relationships';

/** The parts of a workbook, by name: tests change or drop parts before zipping. */
export function xlsxParts(sheets: SheetInput[], options: WorkbookOptions = {}): Record<string, string> {
  const style = options.style ?? 'excel';
  const shared = new SharedStrings();
  const styles = new Styles();
  const parts: Record<string, string> = {
    '[Content_Types].xml': contentTypes(sheets.length),
    '_rels/.rels': rels([['rId1', 'officeDocument', 'xl/workbook.xml']], PKG_REL),
    'xl/workbook.xml': workbook(sheets, options.date1904 ?? false),
  };
  sheets.forEach((sheet, i) => {
    parts[`xl/worksheets/sheet${i + 1}.xml`] = style === 'excel'
      ? excelSheet(sheet, shared, styles)
      : generatorSheet(sheet, styles);
  });
  const links: Array<[string, string, string]> = sheets.map((_, i) => [`rId${i + 1}`, 'worksheet', `worksheets/sheet${i + 1}.xml`]);
  links.push([`rId${sheets.length + 1}`, 'styles', 'styles.xml']);
  parts['xl/styles.xml'] = styles.xml();
  if (style === 'excel') {
    links.push([`rId${sheets.length + 2}`, 'sharedStrings', 'sharedStrings.xml']);
    parts['xl/sharedStrings.xml'] = shared.xml();
  }
  parts['xl/_rels/workbook.xml.rels'] = rels(links, PKG_REL);
  return parts;
}

export function zipParts(parts: Record<string, string | Uint8Array>): Uint8Array {
  const files: Record<string, Uint8Array> = {};
  for (const [name, content] of Object.entries(parts)) files[name] = typeof content === 'string' ? strToU8(content) : content;
  return zipSync(files);
}

export function buildXlsx(sheets: SheetInput[], options: WorkbookOptions = {}): Uint8Array {
  return zipParts(xlsxParts(sheets, options));
}

// ---- parts ----------------------------------------------------------------------------------------------------

const XML = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

function esc(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

function contentTypes(sheets: number): string {
  const overrides = Array.from({ length: sheets }, (_, i) =>
    `<Override PartName="/xl/worksheets/sheet${i + 1}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`);
  return `${XML}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">`
    + '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
    + '<Default Extension="xml" ContentType="application/xml"/>'
    + '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
    + `${overrides.join('')}</Types>`;
}

function rels(links: Array<[string, string, string]>, ns: string): string {
  const items = links.map(([id, type, target]) =>
    `<Relationship Id="${id}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/${type}" Target="${target}"/>`);
  return `${XML}<Relationships xmlns="${ns}">${items.join('')}</Relationships>`;
}

function workbook(sheets: SheetInput[], date1904: boolean): string {
  const items = sheets.map((s, i) =>
    `<sheet name="${esc(s.name)}" sheetId="${i + 1}"${s.state ? ` state="${s.state}"` : ''} r:id="rId${i + 1}"/>`);
  return `${XML}<workbook xmlns="${MAIN}" xmlns:r="${REL}">`
    + `<workbookPr${date1904 ? ' date1904="1"' : ''}/><sheets>${items.join('')}</sheets></workbook>`;
}

class SharedStrings {
  private readonly items: string[] = [];
  private readonly index = new Map<string, number>();
  add(item: string): number {
    let i = this.index.get(item);
    if (i === undefined) { i = this.items.length; this.items.push(item); this.index.set(item, i); }
    return i;
  }
  xml(): string {
    return `${XML}<sst xmlns="${MAIN}" count="${this.items.length}" uniqueCount="${this.items.length}">`
      + `${this.items.map((s) => `<si>${s}</si>`).join('')}</sst>`;
  }
}

/** Cell styles: index 0 is General; every other format gets an xf, custom codes a numFmt from id 164 up. */
class Styles {
  private readonly codes = new Map<string, number>();
  private readonly xfs: number[] = [0];
  styleOf(format: number | string): number {
    let id: number;
    if (typeof format === 'number') id = format;
    else {
      id = this.codes.get(format) ?? 164 + this.codes.size;
      this.codes.set(format, id);
    }
    let s = this.xfs.indexOf(id);
    if (s < 0) { s = this.xfs.length; this.xfs.push(id); }
    return s;
  }
  xml(): string {
    const numFmts = [...this.codes].map(([code, id]) => `<numFmt numFmtId="${id}" formatCode="${esc(code)}"/>`);
    // cellStyleXfs comes first and must not be mistaken for the cell formats.
    return `${XML}<styleSheet xmlns="${MAIN}">`
      + (numFmts.length ? `<numFmts count="${numFmts.length}">${numFmts.join('')}</numFmts>` : '')
      + '<cellStyleXfs count="1"><xf numFmtId="10"/></cellStyleXfs>'
      + `<cellXfs count="${this.xfs.length}">${this.xfs.map((id) => `<xf numFmtId="${id}" applyNumberFormat="1"/>`).join('')}</cellXfs>`
      + '</styleSheet>';
  }
}

function stringItem(s: string | Rich): string {
  const t = (text: string) => `<t xml:space="preserve">${esc(text)}</t>`;
  return typeof s === 'string' ? t(s) : s.runs.map((run) => `<r><rPr><b/></rPr>${t(run)}</r>`).join('');
}

function columnName(column: number): string {
  let name = '';
  for (let n = column; n > 0; n = Math.floor((n - 1) / 26)) name = String.fromCharCode(65 + ((n - 1) % 26)) + name;
  return name;
}

/** The attributes (after r) and content of a cell, or null for an empty one. */
function cellParts(value: CellInput, styles: Styles, text: (s: string | Rich) => [string, string]): [string, string] | null {
  if (value === null || value === undefined || value === '') return null;
  if (typeof value === 'string') return text(value);
  if (typeof value === 'number') return ['', `<v>${value}</v>`];
  if (typeof value === 'boolean') return [' t="b"', `<v>${value ? 1 : 0}</v>`];
  if ('runs' in value) return text(value);
  if ('error' in value) return [' t="e"', `<v>${esc(value.error)}</v>`];
  if ('formula' in value) {
    const s = value.format === undefined ? '' : ` s="${styles.styleOf(value.format)}"`;
    const t = typeof value.cached === 'string' ? ' t="str"' : '';
    return [`${s}${t}`, `<f>${esc(value.formula)}</f><v>${esc(String(value.cached))}</v>`];
  }
  return [` s="${styles.styleOf(value.format)}"`, `<v>${value.value}</v>`];
}

function mergeXml(merges: string[] | undefined, prefix = ''): string {
  if (!merges?.length) return '';
  return `<${prefix}mergeCells count="${merges.length}">${merges.map((m) => `<${prefix}mergeCell ref="${m}"/>`).join('')}</${prefix}mergeCells>`;
}

function excelSheet(sheet: SheetInput, shared: SharedStrings, styles: Styles): string {
  const first = sheet.firstRow ?? 1;
  const width = Math.max(1, ...sheet.rows.map((r) => r.length));
  const rows = sheet.rows.map((cells, i) => {
    const r = first + i;
    const items = cells.flatMap((value, j) => {
      const parts = cellParts(value, styles, (s) => [' t="s"', `<v>${shared.add(stringItem(s))}</v>`]);
      return parts ? [`<c r="${columnName(j + 1)}${r}"${parts[0]}>${parts[1]}</c>`] : [];
    });
    return `<row r="${r}" spans="1:${width}">${items.join('')}</row>`;
  });
  const last = first + Math.max(0, sheet.rows.length - 1);
  return `${XML}<worksheet xmlns="${MAIN}" xmlns:r="${REL}"><dimension ref="A1:${columnName(width)}${last}"/>`
    + `<sheetData>${rows.join('')}</sheetData>${mergeXml(sheet.merges)}</worksheet>`;
}

function generatorSheet(sheet: SheetInput, styles: Styles): string {
  // No r attributes: rows before the first one are written empty so that row numbers still count.
  const blank = Array.from({ length: (sheet.firstRow ?? 1) - 1 }, () => '<x:row/>');
  const rows = sheet.rows.map((cells) => {
    const items = cells.map((value) => {
      const parts = cellParts(value, styles, (s) => [' t="inlineStr"', `<x:is>${stringItem(s).replace(/<(\/?)(t|r|rPr|b)\b/g, '<$1x:$2')}</x:is>`]);
      return parts ? `<x:c${parts[0]}>${parts[1].replace(/<(\/?)(v|f)>/g, '<$1x:$2>')}</x:c>` : '<x:c/>';
    });
    return `<x:row>${items.join('')}</x:row>`;
  });
  return `${XML}<x:worksheet xmlns:x="${MAIN}"><x:sheetData>${[...blank, ...rows].join('')}</x:sheetData>`
    + `${mergeXml(sheet.merges, 'x:')}</x:worksheet>`;
}
