// The .docx reader: the main document part of a Word file (WordprocessingML) reduced to blocks — paragraphs and
// tables of cells on the table grid — which the layout module turns into forms by their header words, as it
// does for every table-shaped source. Elements are matched by namespace, not prefix, so that Word, WPS and
// LibreOffice files read alike.
//
// What reaches the blocks is the text a reader of the printed document sees:
// - tracked changes as accepted: deleted text (w:del, w:moveFrom) is left out, inserted text (w:ins) kept,
//   rows deleted with tracking are dropped;
// - fields show their result: instructions (w:instrText, the part of a complex field between begin and
//   separate) are left out; bookmarks and proofing marks carry no text;
// - content controls (w:sdt) are transparent, except that a control still showing its placeholder text
//   (单击此处输入文字) counts as blank, as it does in Word;
// - mc:AlternateContent shows its mc:Choice; the mc:Fallback repeats the same content for old readers.
// Merged cells keep their place on the grid: gridSpan and the old hMerge give cells merged 'left', vMerge
// continuations cells merged 'up', gridBefore/gridAfter blank cells, so that column C of every row is the
// same grid column. A table nested in a cell becomes a table block of its own, right after the outermost
// table that holds it (a nested table is how some templates put the indicator table into the form's frame);
// its place names the cell it sits in.
import { PointerMap, type Loc } from '../model/source.js';
import type { MessageData } from '../engine/i18n.js';
import type { Block, Cell, TableBlock } from './layout/blocks.js';
import type { Problem, ReadResult, Reader, SourceFile } from './types.js';
import type { ReaderMessageId } from './messages.js';
import { readZipEntries, ZipError } from './zip.js';
import { walkXml, XmlError, type XmlElement, type XmlHandlers } from './xml.js';
import { assembleForms } from './layout/index.js';

export const docxReader: Reader = {
  extensions: ['.docx'],
  read(source: SourceFile): ReadResult {
    const read = readDocxBlocks(source.bytes);
    if (read.problems.length > 0) return { document: null, sourceMap: new PointerMap(), directives: [], problems: read.problems };
    const { document, sourceMap, problems } = assembleForms(read.blocks);
    return { document, sourceMap, directives: [], problems };
  },
};

const FORMAT = 'Word';
const W = new Set([
  'http://schemas.openxmlformats.org/wordprocessingml/2006/main',
  'http://purl.oclc.org/ooxml/wordprocessingml/main', // ISO 29500 Strict
]);
const MC = 'http://schemas.openxmlformats.org/markup-compatibility/2006';
const DEFAULT_MAIN_PART = 'word/document.xml';
const RELS = '_rels/.rels';

/**
 * The blocks of a .docx file, and the problems met reading it. Never throws: a file that cannot be read gives
 * an error problem and no blocks.
 */
export function readDocxBlocks(bytes: Uint8Array): { blocks: Block[]; problems: Problem[] } {
  try {
    // The relationships and the usual main part come out of one pass over the zip; another is made only for a
    // main part kept elsewhere.
    const entries = readZipEntries(bytes, (name) => samePart(name, RELS) || samePart(name, DEFAULT_MAIN_PART));
    const part = mainPart(findEntry(entries, RELS));
    const xml = findEntry(entries, part) ?? findEntry(readZipEntries(bytes, (name) => samePart(name, part)), part);
    if (!xml) return failure('part-missing', { part });
    const walk = new DocumentWalk(part);
    walkXml(xml, part, walk);
    return { blocks: walk.blocks, problems: [] };
  } catch (error) {
    if (error instanceof ZipError || error instanceof XmlError) return failure(error.messageId, error.data);
    return failure('office-unreadable', { detail: error instanceof Error ? error.message : String(error) });
  }
}

function failure(messageId: ReaderMessageId, data: MessageData): { blocks: Block[]; problems: Problem[] } {
  return { blocks: [], problems: [{ messageId, data: { ...data, format: FORMAT }, severity: 'error' }] };
}

/**
 * The main document part named by the package relationships (_rels/.rels); word/document.xml when they do not
 * say, as some producers leave them out.
 */
function mainPart(rels: Uint8Array | undefined): string {
  let target: string | undefined;
  if (rels) {
    walkXml(rels, RELS, {
      open(element) {
        const type = element.attributes.get('Type') ?? '';
        if (target === undefined && element.local === 'Relationship' && type.endsWith('/officeDocument')) {
          target = element.attributes.get('Target');
        }
      },
    });
  }
  return target ? target.replace(/^\/+/, '') : DEFAULT_MAIN_PART;
}

/** Part names compare without regard to case (OPC, ECMA-376 part 2). */
function samePart(a: string, b: string): boolean {
  return a.toLowerCase() === b.toLowerCase();
}

function findEntry(entries: Map<string, Uint8Array>, part: string): Uint8Array | undefined {
  for (const [name, data] of entries) if (samePart(name, part)) return data;
  return undefined;
}

// ---- the walk over word/document.xml ------------------------------------------------------------------------

/** `runs`: depth inside runs of this paragraph (a text box's paragraph inside a run starts again at 0). */
interface ParagraphFrame { kind: 'p'; text: string; runs: number }
interface TableFrame {
  kind: 'tbl';
  index: number;
  /** 表3, or 表4（在表3 第2行第5列内） for a nested table. */
  name: string;
  rows: Cell[][];
  /** The tables nested in this one (at any depth), in the order they start. */
  nested: TableBlock[];
}
/** `place`: the row's place (表1 第3行), which its cells' places begin with. */
interface RowFrame { kind: 'tr'; place: string; cells: Cell[]; gridAfter: number; deleted: boolean }
interface CellFrame {
  kind: 'tc';
  /** 1-based grid column of the cell's first column. */
  column: number;
  paragraphs: string[];
  span: number;
  vMerge: 'restart' | 'continue' | null;
  hMerge: 'restart' | 'continue' | null;
}
type Frame = ParagraphFrame | TableFrame | RowFrame | CellFrame;

/**
 * Elements whose content is left out with everything inside (see the head of this file). Only w:t is read as
 * text, so w:delText and w:instrText need no entry. (w:del, a deletion, is one too.)
 */
const SKIPPED = [
  'moveFrom',
  // Revisions of properties hold the old properties: an old gridSpan must not count.
  'pPrChange', 'rPrChange', 'tblPrChange', 'trPrChange', 'tcPrChange', 'tblGridChange', 'sectPrChange', 'tblPrExChange',
];

/** Text-bearing elements inside a run, other than w:t. */
const RUN_CHARACTERS: ReadonlyMap<string, string> = new Map([['tab', '\t'], ['ptab', '\t'], ['br', '\n'], ['cr', '\n'], ['noBreakHyphen', '-']]);

/**
 * What the walk does at an element (see kindOf): Fallback is mc:Fallback, the others are elements of W. Numbers, as
 * a switch over strings took 30 ns an element.
 */
const enum Kind {
  Paragraph, Run, Text, FieldChar, Table, Row, RowProperties, GridBefore, GridAfter, Cell, GridSpan, VMerge, HMerge,
  Control, Placeholder, ControlContent, Deletion, Skipped, Character, Fallback,
}

/** What the walk does at an element of W, by local name; it passes the others by. */
const KINDS: ReadonlyMap<string, Kind> = new Map<string, Kind>([
  ['p', Kind.Paragraph], ['r', Kind.Run], ['t', Kind.Text], ['fldChar', Kind.FieldChar], ['tbl', Kind.Table], ['tr', Kind.Row],
  ['trPr', Kind.RowProperties], ['gridBefore', Kind.GridBefore], ['gridAfter', Kind.GridAfter], ['tc', Kind.Cell],
  ['gridSpan', Kind.GridSpan], ['vMerge', Kind.VMerge], ['hMerge', Kind.HMerge], ['sdt', Kind.Control],
  ['showingPlcHdr', Kind.Placeholder], ['sdtContent', Kind.ControlContent], ['del', Kind.Deletion],
  ...SKIPPED.map((name) => [name, Kind.Skipped] as const),
  ...[...RUN_CHARACTERS.keys()].map((name) => [name, Kind.Character] as const),
]);

class DocumentWalk implements XmlHandlers<Kind> {
  readonly blocks: Block[] = [];
  private readonly frames: Frame[] = [];
  /** Depth inside content that is read for its structure but whose text is not shown (placeholders). */
  private muted = 0;
  /** Complex fields open at this point: true while in their instruction part. */
  private readonly fields: boolean[] = [];
  /** Content controls open: whether each shows its placeholder. */
  private readonly controls: boolean[] = [];
  /** For each open w:sdtContent: whether it mutes its text. */
  private readonly contents: boolean[] = [];
  private inText = 0;
  private inRowProperties = 0;
  private tables = 0;
  private paragraphs = 0;
  private cells = 0;

  constructor(private readonly part: string) {}

  kindOf(uri: string, local: string): Kind | undefined {
    if (W.has(uri)) return KINDS.get(local);
    return uri === MC && local === 'Fallback' ? Kind.Fallback : undefined;
  }

  skipsContent(kind: Kind): boolean {
    return kind === Kind.Deletion || kind === Kind.Skipped || kind === Kind.Fallback;
  }

  open(element: XmlElement<Kind>): void {
    switch (element.kind) {
      case Kind.Deletion: {
        const row = this.inRowProperties > 0 ? this.top('tr') : undefined;
        if (row) row.deleted = true;
        break;
      }
      case Kind.Paragraph: this.frames.push({ kind: 'p', text: '', runs: 0 }); break;
      case Kind.Run: { const p = this.top('p'); if (p) p.runs++; break; }
      case Kind.Text: this.inText++; break;
      case Kind.FieldChar: this.fieldChar(element.attributes.get('fldCharType')); break;
      case Kind.Table: this.openTable(); break;
      case Kind.Row: this.openRow(); break;
      case Kind.RowProperties: this.inRowProperties++; break;
      case Kind.GridBefore: this.gridBefore(count(element)); break;
      case Kind.GridAfter: { const row = this.top('tr'); if (row) row.gridAfter = count(element); break; }
      case Kind.Cell: this.openCell(); break;
      case Kind.GridSpan: { const cell = this.top('tc'); if (cell) cell.span = count(element); break; }
      case Kind.VMerge: { const cell = this.top('tc'); if (cell) cell.vMerge = mergeValue(element); break; }
      case Kind.HMerge: { const cell = this.top('tc'); if (cell) cell.hMerge = mergeValue(element); break; }
      case Kind.Control: this.controls.push(false); break;
      case Kind.Placeholder: if (this.controls.length > 0) this.controls[this.controls.length - 1] = isOn(element); break;
      case Kind.ControlContent: {
        const mute = this.controls[this.controls.length - 1] ?? false;
        this.contents.push(mute);
        if (mute) this.muted++;
        break;
      }
      case Kind.Character:
        // w:tab also defines tab stops in paragraph properties: only inside a run is it a character.
        if ((this.top('p')?.runs ?? 0) > 0) this.append(RUN_CHARACTERS.get(element.local)!);
    }
  }

  text(text: string): void {
    if (this.inText > 0) this.append(text);
  }

  close(element: XmlElement<Kind>): void {
    switch (element.kind) {
      case Kind.Paragraph: this.closeParagraph(); break;
      case Kind.Run: { const p = this.top('p'); if (p) p.runs--; break; }
      case Kind.Text: this.inText--; break;
      case Kind.Table: this.closeTable(); break;
      case Kind.Row: this.closeRow(); break;
      case Kind.RowProperties: this.inRowProperties--; break;
      case Kind.Cell: this.closeCell(); break;
      case Kind.Control: this.controls.pop(); break;
      case Kind.ControlContent: if (this.contents.pop()) this.muted--; break;
    }
  }

  /** Text shows unless muted or inside a field's instruction. */
  private append(text: string): void {
    const paragraph = this.frames[this.frames.length - 1];
    if (paragraph?.kind !== 'p' || this.muted > 0 || this.fields.includes(true)) return;
    paragraph.text += text;
  }

  private fieldChar(type: string | undefined): void {
    if (type === 'begin') this.fields.push(true);
    else if (type === 'separate' && this.fields.length > 0) this.fields[this.fields.length - 1] = false;
    else if (type === 'end') this.fields.pop();
  }

  /** The innermost frame if it is of `kind`: properties apply to the element they stand in, nothing else. */
  private top<K extends Frame['kind']>(kind: K): Extract<Frame, { kind: K }> | undefined {
    const frame = this.frames[this.frames.length - 1];
    return frame?.kind === kind ? (frame as Extract<Frame, { kind: K }>) : undefined;
  }

  private closeParagraph(): void {
    const { text } = this.frames.pop() as ParagraphFrame;
    const outer = this.frames[this.frames.length - 1];
    if (outer?.kind === 'p') {
      // A text box anchored in a paragraph: its text joins the paragraph it stands in, as a line of its own.
      if (text.trim()) outer.text += (outer.text ? '\n' : '') + text;
    } else if (outer?.kind === 'tc') {
      outer.paragraphs.push(text);
    } else if (outer === undefined) {
      this.paragraphs++;
      const trimmed = text.trim();
      if (trimmed) this.blocks.push({ kind: 'paragraph', text: trimmed, loc: placeLoc(`第${this.paragraphs}段`) });
    }
  }

  private openTable(): void {
    const index = ++this.tables;
    const outer = this.enclosingTable();
    let name = `表${index}`;
    if (outer) {
      const cell = this.frames.findLast((f): f is CellFrame => f.kind === 'tc');
      const row = outer.rows.length + 1;
      name += `（在${outer.name} 第${row}行第${cell?.column ?? 1}列内）`;
    }
    this.frames.push({ kind: 'tbl', index, name, rows: [], nested: [] });
  }

  private enclosingTable(): TableFrame | undefined {
    return this.frames.findLast((f): f is TableFrame => f.kind === 'tbl');
  }

  private closeTable(): void {
    const table = this.frames.pop() as TableFrame;
    const block: TableBlock = { kind: 'table', rows: table.rows, index: table.index, loc: placeLoc(table.name) };
    const outer = this.enclosingTable();
    if (outer) {
      outer.nested.push(block, ...table.nested);
    } else {
      this.blocks.push(block, ...table.nested.sort((a, b) => a.index - b.index));
    }
  }

  private gridBefore(n: number): void {
    const row = this.top('tr');
    if (!row) return;
    for (let k = 0; k < n; k++) row.cells.push(this.cell(row, ''));
  }

  private openRow(): void {
    // The place of the row's cells, which the rows and tables inside them do not change.
    const table = this.enclosingTable();
    const place = `${table?.name ?? '表'} 第${(table?.rows.length ?? 0) + 1}行`;
    this.frames.push({ kind: 'tr', place, cells: [], gridAfter: 0, deleted: false });
  }

  private closeRow(): void {
    const row = this.frames.pop() as RowFrame;
    const table = this.top('tbl');
    if (!table || row.deleted) return;
    for (let k = 0; k < row.gridAfter; k++) row.cells.push(this.cell(row, ''));
    table.rows.push(row.cells);
  }

  private openCell(): void {
    const row = this.top('tr');
    this.frames.push({
      kind: 'tc', column: (row?.cells.length ?? 0) + 1, paragraphs: [], span: 1, vMerge: null, hMerge: null,
    });
  }

  private closeCell(): void {
    const cell = this.frames.pop() as CellFrame;
    const row = this.top('tr');
    if (!row) return;
    const up = cell.vMerge === 'continue';
    const left = !up && cell.hMerge === 'continue';
    const { paragraphs } = cell;
    const text = up || left ? '' : (paragraphs.length === 1 ? paragraphs[0] : paragraphs.join('\n')).trim();
    row.cells.push(this.cell(row, text, up ? 'up' : left ? 'left' : undefined));
    for (let k = 1; k < cell.span; k++) row.cells.push(this.cell(row, '', up ? 'up' : 'left'));
  }

  /** The next cell of `row`, placed on the grid. */
  private cell(row: RowFrame, text: string, merged?: Cell['merged']): Cell {
    if (++this.cells > MAX_CELLS) throw new XmlError('too-many-cells', { part: this.part, limit: MAX_CELLS });
    const place = row.place + columnPlace(row.cells.length + 1);
    return merged ? { text, loc: placeLoc(place), merged } : { text, loc: placeLoc(place) };
  }
}

/** 第3列, made once for each column of a real table (Word allows 63). */
const columnPlaces: string[] = [];
function columnPlace(column: number): string {
  return column <= 64 ? (columnPlaces[column] ??= `第${column}列`) : `第${column}列`;
}

/** There are no lines in a .docx: positions are places, and line/column stay 1/1. */
function placeLoc(place: string): Loc {
  return { line: 1, column: 1, endLine: 1, endColumn: 1, place };
}

/** w:gridSpan, w:gridBefore, w:gridAfter: a count of grid columns, 1 or more (0 for before/after). */
function count(element: XmlElement): number {
  const n = Number.parseInt(element.attributes.get('val') ?? '', 10);
  // A count beyond any real table would let a hostile file multiply cells at will.
  return Number.isFinite(n) && n > 0 ? Math.min(n, MAX_GRID_COLUMNS) : 0;
}

/** Word allows 63 columns; room to spare for other producers. */
const MAX_GRID_COLUMNS = 1000;

/**
 * Spans and gridBefore/gridAfter make cells out of a few bytes of XML: a bound on cells keeps a hostile file
 * from filling memory. A department's whole budget document holds some tens of thousands.
 */
const MAX_CELLS = 500_000;

/** vMerge/hMerge: 'restart' starts a merged cell; no value, or 'continue', continues it. */
function mergeValue(element: XmlElement): 'restart' | 'continue' {
  return element.attributes.get('val') === 'restart' ? 'restart' : 'continue';
}

/** An on/off property: on unless its val says 0, false or off. */
function isOn(element: XmlElement): boolean {
  return !['0', 'false', 'off'].includes(element.attributes.get('val') ?? '');
}
