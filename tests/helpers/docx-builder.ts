// Builds .docx files for tests from a plain description — paragraphs, and tables as rows of cells with span and
// merge marks — in the styles of two producers:
// - 'word' (Microsoft Word): rsid attributes, w:tblGrid, runs split mid-word with w:proofErr between them,
//   a _GoBack bookmark, vertical merges written <w:vMerge w:val="restart"/> then <w:vMerge/>;
// - 'wps' (WPS Office, and old documents converted by it): no rsids, one run per text, w:hMerge for horizontal
//   merges when asked, vertical merges with an explicit w:val="continue", text boxes as mc:AlternateContent
//   (the same text in mc:Choice and in the VML mc:Fallback).
// `prefix` renames the WordprocessingML prefix (w: → any): producers may choose it, readers must not care.
import { strToU8 } from 'fflate';
import { packageDocx } from '../../scripts/docx-package.js';

export type Producer = 'word' | 'wps';

/** Pieces of a paragraph. */
export type Inline =
  | string
  | { del: string }
  | { ins: string }
  /** A complex field: instruction (left out by readers) and its result (shown). */
  | { field: string; result?: string }
  | { simpleField: string; result: string }
  | { bookmark: string; text?: string }
  | { textBox: string }
  | 'tab'
  | 'br';

export type Paragraph = string | Inline[];

export interface CellSpec {
  /** Lines become paragraphs; an Inline[] is one paragraph. */
  text?: Paragraph;
  /** w:gridSpan */
  span?: number;
  vMerge?: 'restart' | 'continue';
  /** The old horizontal merge: this cell starts or continues one, each cell one grid column. */
  hMerge?: 'restart' | 'continue';
  /** A table nested in the cell, after its text. */
  table?: TableSpec;
  /** The cell's content inside a content control (w:sdt); `placeholder`: it shows its placeholder text. */
  sdt?: boolean;
  placeholder?: boolean;
}

export type CellInput = string | CellSpec;

export interface RowSpec {
  cells: CellInput[];
  gridBefore?: number;
  gridAfter?: number;
  /** A row deleted with change tracking on. */
  deleted?: boolean;
}

export type RowInput = CellInput[] | RowSpec;

export interface TableSpec { rows: RowInput[] }

export type BlockSpec =
  | Paragraph
  | { table: TableSpec }
  /** Blocks inside a block-level content control. */
  | { sdt: BlockSpec[] }
  /** XML written as is into w:body. */
  | { xml: string };

export interface DocxOptions {
  producer?: Producer;
  prefix?: string;
}

const W_NS = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';

export { packageDocx };

export function buildDocx(blocks: BlockSpec[], options: DocxOptions = {}): Uint8Array {
  return packageDocx(documentXml(blocks, options));
}

export function documentXml(blocks: BlockSpec[], options: DocxOptions = {}): string {
  const writer = new Writer(options.producer ?? 'word');
  const body = blocks.map((b) => writer.block(b)).join('');
  const root = options.producer === 'wps' ? WPS_ROOT : WORD_ROOT;
  const xml = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n${root}<w:body>${body}`
    + '<w:sectPr><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1440" w:right="1800" w:bottom="1440" w:left="1800"/></w:sectPr>'
    + '</w:body></w:document>';
  const prefix = options.prefix;
  if (!prefix || prefix === 'w') return xml;
  return xml.replace(/(<\/?|\s)w:/g, `$1${prefix}:`).replace(/xmlns:w=/g, `xmlns:${prefix}=`);
}

const WORD_ROOT = '<w:document xmlns:wpc="http://schemas.microsoft.com/office/word/2010/wordprocessingCanvas"'
  + ' xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" xmlns:o="urn:schemas-microsoft-com:office:office"'
  + ' xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"'
  + ' xmlns:m="http://schemas.openxmlformats.org/officeDocument/2006/math" xmlns:v="urn:schemas-microsoft-com:vml"'
  + ' xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing"'
  + ' xmlns:w10="urn:schemas-microsoft-com:office:word" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"'
  + ` xmlns:w="${W_NS}" xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml"`
  + ' xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" mc:Ignorable="w14">';

const WPS_ROOT = '<w:document xmlns:wpc="http://schemas.microsoft.com/office/word/2010/wordprocessingCanvas"'
  + ' xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" xmlns:o="urn:schemas-microsoft-com:office:office"'
  + ' xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" xmlns:v="urn:schemas-microsoft-com:vml"'
  + ' xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing"'
  + ' xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"'
  + ` xmlns:w="${W_NS}" xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml"`
  + ' xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"'
  + ' xmlns:wp14="http://schemas.microsoft.com/office/word/2010/wordprocessingDrawing"'
  + ' xmlns:wpsCustomData="http://www.wps.cn/officeDocument/2013/wpsCustomData" mc:Ignorable="w14 wp14">';

class Writer {
  private rsid = 0x00a1b2c3;
  private id = 0;
  private bookmarkedGoBack = false;
  constructor(private readonly producer: Producer) {}

  block(block: BlockSpec): string {
    if (typeof block === 'string' || Array.isArray(block)) return this.paragraph(block);
    if ('table' in block) return this.table(block.table);
    if ('sdt' in block) return `<w:sdt><w:sdtPr><w:id w:val="${++this.id}"/></w:sdtPr><w:sdtContent>${block.sdt.map((b) => this.block(b)).join('')}</w:sdtContent></w:sdt>`;
    return block.xml;
  }

  paragraph(p: Paragraph): string {
    const inlines = typeof p === 'string' ? [p] : p;
    let body = inlines.map((i) => this.inline(i)).join('');
    if (this.producer === 'word' && !this.bookmarkedGoBack) {
      this.bookmarkedGoBack = true;
      body = `<w:bookmarkStart w:id="0" w:name="_GoBack"/><w:bookmarkEnd w:id="0"/>` + body;
    }
    const attrs = this.producer === 'word' ? ` w:rsidR="${this.nextRsid()}" w:rsidRDefault="${this.nextRsid()}"` : '';
    return `<w:p${attrs}><w:pPr><w:jc w:val="left"/><w:tabs><w:tab w:val="left" w:pos="420"/></w:tabs></w:pPr>${body}</w:p>`;
  }

  private inline(inline: Inline): string {
    if (inline === 'tab') return this.run('<w:tab/>');
    if (inline === 'br') return this.run('<w:br/>');
    if (typeof inline === 'string') return this.text(inline);
    const meta = `w:id="${++this.id}" w:author="审核人" w:date="2020-05-20T10:00:00Z"`;
    if ('del' in inline) return `<w:del ${meta}>${this.run(`<w:delText xml:space="preserve">${esc(inline.del)}</w:delText>`)}</w:del>`;
    if ('ins' in inline) return `<w:ins ${meta}>${this.text(inline.ins)}</w:ins>`;
    if ('field' in inline) {
      return this.run('<w:fldChar w:fldCharType="begin"/>') + this.run(`<w:instrText xml:space="preserve"> ${esc(inline.field)} </w:instrText>`)
        + this.run('<w:fldChar w:fldCharType="separate"/>') + (inline.result ? this.text(inline.result) : '')
        + this.run('<w:fldChar w:fldCharType="end"/>');
    }
    if ('simpleField' in inline) return `<w:fldSimple w:instr=" ${esc(inline.simpleField)} ">${this.text(inline.result)}</w:fldSimple>`;
    if ('bookmark' in inline) {
      const id = ++this.id;
      return `<w:bookmarkStart w:id="${id}" w:name="${esc(inline.bookmark)}"/>${inline.text ? this.text(inline.text) : ''}<w:bookmarkEnd w:id="${id}"/>`;
    }
    return this.textBox(inline.textBox);
  }

  /** Word splits runs where editing sessions (rsids) or proofing marks change, even mid-word. */
  private text(text: string): string {
    if (this.producer !== 'word' || text.length < 2) return this.run(`<w:t xml:space="preserve">${esc(text)}</w:t>`);
    const half = Math.ceil(text.length / 2);
    return this.run(`<w:t xml:space="preserve">${esc(text.slice(0, half))}</w:t>`) + '<w:proofErr w:type="spellStart"/>'
      + this.run(`<w:t xml:space="preserve">${esc(text.slice(half))}</w:t>`) + '<w:proofErr w:type="spellEnd"/>';
  }

  private run(content: string): string {
    const attrs = this.producer === 'word' ? ` w:rsidR="${this.nextRsid()}"` : '';
    const props = this.producer === 'word'
      ? '<w:rPr><w:rFonts w:hint="eastAsia"/><w:sz w:val="21"/></w:rPr>'
      : '<w:rPr><w:rFonts w:hint="eastAsia" w:ascii="宋体" w:hAnsi="宋体"/></w:rPr>';
    return `<w:r${attrs}>${props}${content}</w:r>`;
  }

  /** WPS writes shapes for new readers (mc:Choice) and again in VML for old ones (mc:Fallback). */
  private textBox(text: string): string {
    const inner = `<w:txbxContent><w:p><w:r><w:t>${esc(text)}</w:t></w:r></w:p></w:txbxContent>`;
    return `<w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing><wp:anchor><wp:docPr id="${++this.id}" name="文本框"/>`
      + `<a:graphic><a:graphicData><wps:wsp><wps:txbx>${inner}</wps:txbx></wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing>`
      + `</mc:Choice><mc:Fallback><w:pict><v:shape><v:textbox>${inner}</v:textbox></v:shape></w:pict></mc:Fallback></mc:AlternateContent></w:r>`;
  }

  table(spec: TableSpec): string {
    const rows = spec.rows.map(normaliseRow);
    const width = Math.max(1, ...rows.map((r) => (r.gridBefore ?? 0) + (r.gridAfter ?? 0)
      + r.cells.reduce((n, c) => n + (c.span ?? 1), 0)));
    const grid = `<w:tblGrid>${'<w:gridCol w:w="1200"/>'.repeat(width)}</w:tblGrid>`;
    const props = '<w:tblPr><w:tblStyle w:val="TableGrid"/><w:tblW w:w="0" w:type="auto"/><w:tblLayout w:type="fixed"/>'
      + '<w:tblLook w:val="04A0" w:firstRow="1" w:lastRow="0" w:firstColumn="1" w:lastColumn="0" w:noHBand="0" w:noVBand="1"/></w:tblPr>';
    return `<w:tbl>${props}${grid}${rows.map((r) => this.row(r)).join('')}</w:tbl>`;
  }

  private row(row: Omit<RowSpec, 'cells'> & { cells: CellSpec[] }): string {
    const props = [
      row.gridBefore ? `<w:gridBefore w:val="${row.gridBefore}"/><w:wBefore w:w="1200" w:type="dxa"/>` : '',
      row.gridAfter ? `<w:gridAfter w:val="${row.gridAfter}"/><w:wAfter w:w="1200" w:type="dxa"/>` : '',
      '<w:trHeight w:val="454"/>',
      row.deleted ? `<w:del w:id="${++this.id}" w:author="审核人" w:date="2020-05-20T10:00:00Z"/>` : '',
    ].join('');
    const attrs = this.producer === 'word' ? ` w:rsidR="${this.nextRsid()}" w14:paraId="${this.nextRsid()}"` : '';
    return `<w:tr${attrs}><w:trPr>${props}</w:trPr>${row.cells.map((c) => this.cell(c, row.deleted)).join('')}</w:tr>`;
  }

  private cell(input: CellInput, deleted = false): string {
    const cell: CellSpec = typeof input === 'string' ? { text: input } : input;
    const vMerge = cell.vMerge === 'restart' ? '<w:vMerge w:val="restart"/>'
      : cell.vMerge === 'continue' ? (this.producer === 'word' ? '<w:vMerge/>' : '<w:vMerge w:val="continue"/>') : '';
    const hMerge = cell.hMerge ? `<w:hMerge w:val="${cell.hMerge}"/>` : '';
    const props = `<w:tcPr><w:tcW w:w="${1200 * (cell.span ?? 1)}" w:type="dxa"/>`
      + `${cell.span && cell.span > 1 ? `<w:gridSpan w:val="${cell.span}"/>` : ''}${hMerge}${vMerge}<w:vAlign w:val="center"/></w:tcPr>`;
    const text = cell.text ?? '';
    let paragraphs = (typeof text === 'string' ? text.split('\n') : [text]).map((p) =>
      deleted && typeof p === 'string' ? this.paragraph([{ del: p }]) : this.paragraph(p)).join('');
    if (cell.table) paragraphs += this.table(cell.table) + this.paragraph('');
    if (cell.sdt || cell.placeholder) {
      const pr = `<w:sdtPr><w:id w:val="${++this.id}"/>${cell.placeholder ? '<w:showingPlcHdr/>' : ''}</w:sdtPr>`;
      paragraphs = `<w:sdt>${pr}<w:sdtContent>${paragraphs}</w:sdtContent></w:sdt>`;
    }
    return `<w:tc>${props}${paragraphs}</w:tc>`;
  }

  private nextRsid(): string {
    this.rsid = (this.rsid * 1103515245 + 12345) % 0x7fffffff;
    return this.rsid.toString(16).toUpperCase().padStart(8, '0').slice(-8);
  }
}

function normaliseRow(row: RowInput): Omit<RowSpec, 'cells'> & { cells: CellSpec[] } {
  const spec = Array.isArray(row) ? { cells: row } : row;
  return { ...spec, cells: spec.cells.map((c) => (typeof c === 'string' ? { text: c } : c)) };
}

function esc(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

// ---- raw zips, for hostile inputs ---------------------------------------------------------------------------

export interface RawEntry {
  name: string;
  /** The bytes stored: deflated data for method 8. */
  data: Uint8Array;
  method?: 0 | 8;
  /** The uncompressed size the headers declare (may lie). */
  size: number;
  flags?: number;
}

/** A zip written byte by byte, so that headers can say what a hostile file makes them say. */
export function rawZip(entries: RawEntry[]): Uint8Array {
  const locals: Uint8Array[] = [];
  const centrals: Uint8Array[] = [];
  let offset = 0;
  for (const e of entries) {
    const name = strToU8(e.name);
    const local = new Uint8Array(30 + name.length);
    const lv = new DataView(local.buffer);
    lv.setUint32(0, 0x04034b50, true);
    lv.setUint16(4, 20, true);
    lv.setUint16(6, e.flags ?? 0, true);
    lv.setUint16(8, e.method ?? 8, true);
    lv.setUint32(18, e.data.length, true);
    lv.setUint32(22, e.size, true);
    lv.setUint16(26, name.length, true);
    local.set(name, 30);
    const central = new Uint8Array(46 + name.length);
    const cv = new DataView(central.buffer);
    cv.setUint32(0, 0x02014b50, true);
    cv.setUint16(4, 20, true);
    cv.setUint16(6, 20, true);
    cv.setUint16(8, e.flags ?? 0, true);
    cv.setUint16(10, e.method ?? 8, true);
    cv.setUint32(20, e.data.length, true);
    cv.setUint32(24, e.size, true);
    cv.setUint16(28, name.length, true);
    cv.setUint32(42, offset, true);
    central.set(name, 46);
    locals.push(local, e.data);
    centrals.push(central);
    offset += local.length + e.data.length;
  }
  const directorySize = centrals.reduce((n, c) => n + c.length, 0);
  const end = new Uint8Array(22);
  const ev = new DataView(end.buffer);
  ev.setUint32(0, 0x06054b50, true);
  ev.setUint16(8, Math.min(entries.length, 0xffff), true);
  ev.setUint16(10, Math.min(entries.length, 0xffff), true);
  ev.setUint32(12, directorySize, true);
  ev.setUint32(16, offset, true);
  const all = [...locals, ...centrals, end];
  const out = new Uint8Array(all.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const part of all) {
    out.set(part, at);
    at += part.length;
  }
  return out;
}
