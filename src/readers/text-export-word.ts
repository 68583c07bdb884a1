// The text Word saves of a document with tables ("plain text" export): every table cell starts a line with a
// TAB, a row ends with a blank line, and a cell's own paragraphs follow on lines of their own — without a TAB,
// blank ones included. Paragraphs outside tables are lines. Word artefacts stand in the text: bookmarks
// (`[bookmark: _Toc…]`) and table-of-contents field codes (` TC 1、名称绩效目标表 \f C \l 1 `); they are left out.
//
// A blank line is ambiguous: it ends a row, or it is an empty paragraph inside a cell. It is read as the end of
// a row unless the row is still short of its table's width (known once an indicator table's header is seen)
// and the lines after it complete the row exactly (for a row half read, up to a later blank line: more of its
// cells end in empty paragraphs). Past two blank lines (a row's last cell may end in an empty paragraph too) the
// width holds on into the table after: for its first row, unless a header label opens what would complete it,
// and for the rows after, if that first row was at least half as wide. Text after a blank line goes on in the
// cell above unless it is a form's title, or the row is complete and either more than one blank line stands
// before the text or the text is a numbered heading that continues no list of the cell (`2、名称` after a cell
// without `1、`, `1、名称` after a cell that does not announce one with a colon).
import type { LineIndex } from '../model/source.js';
import type { Block, Cell, TableBlock } from './layout/blocks.js';
import { continuesList, isIndicatorHeader, isTitleLine, titleKind } from './layout/index.js';
import { headerFieldOf } from '../model/vocabulary.js';

const BOOKMARK = /\[bookmark:[^\]\n]*\]/g;
/** A TC field: its text, then its switches (\f C, \l 1, \n). */
const TC_FIELD = /\bTC[ \t]+[^\\\n]*?(?:\\[a-z](?:[ \t]+"?[A-Za-z0-9]+"?)?[ \t]*)+/g;

/** Whether the text is a Word tab-per-cell export: lines that start with a TAB, two of them a row. */
export function isWordTextExport(text: string): boolean {
  return (text.match(/^\t/gm)?.length ?? 0) >= 3 && /^\t.*\r?\n\t/m.test(text);
}

export function wordTextBlocks(text: string, lines: LineIndex): Block[] {
  return new WordExport(text, lines).read();
}

interface Line {
  /** Offset of the line's start. */
  start: number;
  cell: boolean;
  /** The content cleaned: artefacts out, trimmed; '' for a blank line. */
  text: string;
  /** Range of the cleaned content in the source. */
  from: number;
  to: number;
}

interface CellBuild {
  /** The cell's lines with text, the TAB line first; its text runs in the source from the first to the last. */
  lines: Line[];
}

class WordExport {
  private readonly lines: Line[];
  private readonly blocks: Block[] = [];
  private tables = 0;
  /** `carried`: the width is the table's before, until a row shows that this one goes on with it. */
  private table: { rows: CellBuild[][]; width?: number; carried?: boolean } | null = null;
  private row: CellBuild[] | null = null;

  constructor(private readonly text: string, private readonly index: LineIndex) {
    this.lines = splitLines(text);
  }

  read(): Block[] {
    let blanks = 0;
    this.lines.forEach((line, i) => {
      if (line.text === '' && !line.cell) {
        blanks++;
        return;
      }
      if (line.cell) this.cellLine(line, i, blanks);
      else this.textLine(line, blanks);
      blanks = 0;
    });
    this.closeTable();
    return this.blocks;
  }

  private cellLine(line: Line, i: number, blanks: number): void {
    const row = this.row;
    if (row && (blanks === 0 || this.completes(row, i))) {
      row.push({ lines: [line] });
      return;
    }
    // Tables are apart by a paragraph at least: two blank lines, the end of a row and an empty paragraph. But a
    // cell may end in an empty paragraph as well: the table after keeps the width known, so that its rows' own
    // empty paragraphs are still told from their ends, until its first row shows it to be another table.
    if (blanks >= 2) {
      this.closeRow();
      const width = this.table?.width;
      this.closeTable();
      this.table = { rows: [], ...(width === undefined ? {} : { width, carried: true }) };
    } else this.closeRow();
    this.table ??= { rows: [] };
    this.row = [{ lines: [line] }];
  }

  private textLine(line: Line, blanks: number): void {
    const row = this.row;
    if (row) {
      const goesOn = blanks === 0 || (!isTitleLine(line.text) && (this.short(row) || (blanks === 1 && !this.startsAnew(row, line.text))));
      if (goesOn) {
        row[row.length - 1].lines.push(line);
        return;
      }
      this.closeTable();
    }
    this.blocks.push({ kind: 'paragraph', text: line.text, loc: this.index.loc(line.from, line.to) });
  }

  /** A numbered line (`2、名称`) that goes on with no list in the cell above: the next form's title. */
  private startsAnew(row: CellBuild[], text: string): boolean {
    const before = row[row.length - 1].lines.map((l) => l.text).join('\n');
    return titleKind(text) === 'numbered' && !continuesList(before, text);
  }

  /** The row is short of its table's width. */
  private short(row: CellBuild[]): boolean {
    const width = this.table?.width;
    return width !== undefined && row.length < width;
  }

  /**
   * The cells from line i on make the short row exactly as wide as its table, up to a blank line: the next, or,
   * for a row half read, a later one where more of its cells end in an empty paragraph (one blank line between,
   * not two). Notes under a table make rows of a cell or two, which are not read on into each other.
   */
  private completes(row: CellBuild[], i: number): boolean {
    if (!this.short(row)) return false;
    // Under a width carried from the table before, a header field's label opens another table's row (the unit's
    // line, then 项目编码 | … of a form with no title between).
    if (this.table!.carried && headerFieldOf(this.lines[i].text) !== null) return false;
    const width = this.table!.width!;
    const onward = 2 * row.length >= width;
    let cells = row.length;
    for (let k = i; k < this.lines.length; k++) {
      const line = this.lines[k];
      if (line.cell) cells++;
      else if (line.text === '') {
        const more = onward && cells < width && !(this.lines[k + 1]?.text === '' && !this.lines[k + 1].cell);
        if (!more) return cells === width;
      }
    }
    return cells === width;
  }

  private closeRow(): void {
    if (!this.row || !this.table) return;
    const table = this.table;
    const texts = this.row.map((c) => c.lines.map((l) => l.text).join(' '));
    table.rows.push(this.row);
    // The indicator table's header sets the width its rows have; a wider row (a goal column) widens it. A width
    // carried from the table before holds on past a first row of half of it at least (an indicator row goes on).
    if (table.carried) {
      table.carried = false;
      if (2 * this.row.length < table.width!) table.width = undefined;
    }
    if (isIndicatorHeader(texts)) table.width = this.row.length;
    else if (table.width !== undefined) table.width = Math.max(table.width, this.row.length);
    this.row = null;
  }

  private closeTable(): void {
    this.closeRow();
    const table = this.table;
    this.table = null;
    if (!table || table.rows.length === 0) return;
    const rows = table.rows.map((row) => row.map((cell) => this.cell(cell)));
    const cells = rows.flat();
    const block: TableBlock = { kind: 'table', rows, index: ++this.tables };
    const first = cells[0].loc, last = cells[cells.length - 1].loc;
    if (first && last) block.loc = this.index.loc(first.offset!, last.endOffset!);
    this.blocks.push(block);
  }

  private cell(build: CellBuild): Cell {
    const filled = build.lines.filter((l) => l.text !== '');
    if (filled.length === 0) {
      // A blank cell: an empty place just after its TAB.
      const at = build.lines[0].start + 1;
      return { text: '', loc: this.index.loc(at, at) };
    }
    // The text as written from the first character to the last, blank lines and spaces inside kept.
    const from = filled[0].from, to = filled[filled.length - 1].to;
    const source = this.text.slice(from, to);
    const text = withoutArtefacts(source).replace(/\r\n/g, '\n');
    return { text, loc: this.index.loc(from, to), ...(source === text ? { verbatim: true } : {}) };
  }
}

function withoutArtefacts(text: string): string {
  return text.replace(BOOKMARK, '').replace(TC_FIELD, '');
}

/** The lines of the text, each cleaned of Word artefacts; a cell line's content starts after its TAB. */
function splitLines(text: string): Line[] {
  const out: Line[] = [];
  for (let start = 0; start <= text.length;) {
    let end = text.indexOf('\n', start);
    const next = end < 0 ? text.length + 1 : end + 1;
    if (end < 0) end = text.length;
    if (end > start && text[end - 1] === '\r') end--;
    const cell = text[start] === '\t';
    out.push({ start, cell, ...clean(text, cell ? start + 1 : start, end) });
    start = next;
  }
  return out;
}

/** text[start, end) without artefacts and the white space around: its text and the range it spans. */
function clean(text: string, start: number, end: number): { text: string; from: number; to: number } {
  const raw = text.slice(start, end);
  const artefacts = raw.includes('[bookmark:') || raw.includes('TC')
    ? [...raw.matchAll(BOOKMARK), ...raw.matchAll(TC_FIELD)].map((m) => [m.index, m.index + m[0].trimEnd().length])
    : [];
  let s = 0, e = raw.length;
  for (let moved = true; moved && s < e;) {
    moved = false;
    while (s < e && /\s/.test(raw[s])) { s++; moved = true; }
    const a = artefacts.find(([from]) => from === s);
    if (a) { s = Math.min(a[1], e); moved = true; }
  }
  for (let moved = true; moved && e > s;) {
    moved = false;
    while (e > s && /\s/.test(raw[e - 1])) { e--; moved = true; }
    const a = artefacts.find(([, to]) => to === e);
    if (a) { e = Math.max(a[0], s); moved = true; }
  }
  const inner = withoutArtefacts(raw.slice(s, e)).trim();
  return { text: inner, from: start + s, to: start + e };
}
