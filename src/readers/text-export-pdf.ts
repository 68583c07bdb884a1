// The text a PDF tool exports from a budget document: no cell separators at all. A table comes out cell by cell
// in reading order (row by row, each row's cells left to right, a merged cell once, in its first row); a cell
// too wide for its column is wrapped over several lines; cells that share a baseline are joined on one line
// with a space. This module recovers paragraphs and tables of cells (layout/blocks.ts) from such text, so that
// forms are then built from them as from a Word table. It decides nothing about content: it finds the header
// labels and column titles (vocabulary.ts), and places the other text by the order of columns, the shape of
// values and the way wrapping works.
import type { LineIndex } from '../model/source.js';
import { compact } from '../model/text.js';
import { unitKind } from '../model/units.js';
import { parseValue } from '../model/value.js';
import {
  categoryLevelOf, checkpointMonth, columnOf, headerFieldOf, labelKey, type Column, type HeaderField,
} from '../model/vocabulary.js';
import type { Block, Cell, TableBlock } from './layout/blocks.js';
import { moneyNote, unitLine } from './layout/document-info.js';
import { isTitleLine, titleKind } from './layout/titles.js';

/** A run of text without spaces on one line: what cells are made of. */
interface Fragment {
  text: string;
  start: number;
  end: number;
  /** 0-based number of its line. */
  line: number;
  /** Another fragment stands before it on its line. */
  sameLine: boolean;
  /** A blank line stands before its line. */
  blankBefore: boolean;
  /** Width in CJK characters: what a column wraps at. */
  width: number;
}

/** Fragments [from, to) placed in a column. */
interface Placed {
  column: number;
  from: number;
  to: number;
}

/** Rows read from an indicator table's fragments, and where the rows end. */
interface Reading {
  rows: Placed[][];
  end: number;
}

/** The indicator table's header row: its column titles, each perhaps wrapped over lines. */
interface ColumnHeader {
  start: number;
  end: number;
  columns: Column[];
  cells: Array<[number, number]>;
}

export function pdfTextBlocks(text: string, lines: LineIndex): Block[] {
  return new PdfText(text, lines).blocks();
}

class PdfText {
  private readonly frags: Fragment[];
  private readonly blocks_: Array<{ at: number; block: Block }> = [];
  private tableCount = 0;

  constructor(private readonly text: string, private readonly lines: LineIndex) {
    this.frags = fragmentsOf(text);
  }

  /**
   * Each indicator table's column header anchors a form: its header table runs from the form's first header
   * label (项目编码, 项目名称 …), or the unit line above it, to the column header; its rows from there to the next
   * form's title.
   */
  blocks(): Block[] {
    const headers = this.columnHeaders();
    const covered: Array<[number, number]> = [];
    let from = 0;
    headers.forEach((header, t) => {
      const formStart = this.formStart(from, header.start);
      const start = this.linesBefore(from, formStart, isDocumentInfo);
      if (start < header.start) this.headerTable(start, formStart, header.start);
      const next = headers[t + 1];
      const end = next ? this.linesBefore(header.end, this.formStart(header.end, next.start), isFormPreamble) : this.frags.length;
      covered.push([start, this.indicatorTable(header, end)]);
      from = end;
    });
    this.paragraphs(covered);
    return this.blocks_.sort((a, b) => a.at - b.at).map((b) => b.block);
  }

  // ---- finding the parts -------------------------------------------------------------------------------------

  private columnHeaders(): ColumnHeader[] {
    const found: ColumnHeader[] = [];
    for (let i = 0; i < this.frags.length; i++) {
      if (this.frags[i].sameLine) continue;
      const columns: Column[] = [];
      const cells: Array<[number, number]> = [];
      let j = i;
      for (let k; j < this.frags.length && (k = this.wrapped(j, isColumnTitle)); j += k) {
        columns.push(columnOf(this.joined(j, j + k))!);
        cells.push([j, j + k]);
      }
      if (columns.length >= 3 && columns.includes('name')) {
        found.push({ start: i, end: j, columns, cells });
        i = j - 1;
      }
    }
    return found;
  }

  /**
   * Where a form's header table starts between `from` and its column header: at its 项目编码 or 项目名称, else at
   * its first other label; 绩效目标 alone last, as prose may carry it as a heading.
   */
  private formStart(from: number, to: number): number {
    let first = to, goals = to;
    for (let i = from; i < to; i++) {
      const k = this.wrapped(i, isHeaderLabel);
      if (!k) continue;
      const field = headerFieldOf(this.joined(i, i + k));
      if (field === 'code' || field === 'name') return i;
      if (field === 'goals') goals = Math.min(goals, i);
      else first = Math.min(first, i);
    }
    return Math.min(first, goals);
  }

  /** Where the lines just before `start` (back to `from`) begin whose pieces all pass `test`. */
  private linesBefore(from: number, start: number, test: (text: string) => boolean): number {
    while (start > from) {
      let lineStart = start - 1;
      while (lineStart > from && this.frags[lineStart].sameLine) lineStart--;
      if (!this.pieces(lineStart, start).every(([a, b]) => test(this.joined(a, b)))) break;
      start = lineStart;
    }
    return start;
  }

  /** A line's fragments in pieces, apart where a space stands between two CJK texts: a gap between boxes. */
  private pieces(from: number, to: number): Array<[number, number]> {
    const out: Array<[number, number]> = [];
    for (let i = from; i < to;) {
      let j = i + 1;
      while (j < to && this.frags[j].sameLine && fontChange(this.frags[j - 1].text, this.frags[j].text)) j++;
      out.push([i, j]);
      i = j;
    }
    return out;
  }

  // ---- the header table --------------------------------------------------------------------------------------

  /**
   * Label–value pairs, in the rows a Word table of the same form has: a label whose value lies below (预算规模及
   * 资金用途, 资金支出计划) opens a row and its value follows in a row of its own, after a blank cell; checkpoint
   * labels (3月底 …) make a row and their amounts the next; an amount label (其他资金) followed by no amount
   * gets a blank cell.
   */
  private headerTable(start: number, from: number, to: number): void {
    const items = this.headerItems(from, to);
    // The unit's line (989001 某街道办事处 单位：万元) is the table's first row, as in Word.
    const rows: Cell[][] = [];
    for (let i = start; i < from;) {
      let j = i + 1;
      while (j < from && this.frags[j].sameLine) j++;
      rows.push(this.pieces(i, j).map(([a, b]) => this.cell(a, b)));
      i = j;
    }
    let row: Cell[] | null = null;
    const pair = (...cells: Cell[]) => {
      if (!row) rows.push((row = []));
      row.push(...cells);
    };
    for (let i = 0; i < items.length;) {
      const item = items[i];
      if (item.label === null) {
        let j = i;
        while (j < items.length && items[j].label === null) j++;
        rows.push([BLANK, this.cell(item.from, items[j - 1].to)]);
        row = null;
        i = j;
      } else if (item.label === 'checkpoint') {
        const labels: Cell[] = [];
        for (; i < items.length && items[i].label === 'checkpoint'; i++) labels.push(this.cell(items[i].from, items[i].to));
        const opensRow = row !== null && row.length === 1;
        if (opensRow) row!.push(...labels);
        else rows.push(labels);
        const values: Cell[] = [];
        for (; i < items.length && items[i].label === null && values.length < labels.length; i++) {
          if (items[i].to - items[i].from > 1 || !AMOUNT.test(this.frags[items[i].from].text)) break;
          values.push(this.cell(items[i].from, items[i].to));
        }
        if (values.length > 0) rows.push(opensRow ? [BLANK, ...values] : values);
        row = null;
      } else {
        const label = this.cell(item.from, item.to);
        const next = items[i + 1];
        i++;
        if (AMOUNT_FIELDS.has(item.label)) {
          const amount = next?.label === null && next.to - next.from === 1 && AMOUNT.test(this.frags[next.from].text);
          if (amount) i++;
          pair(label, amount ? this.cell(next.from, next.to) : BLANK);
        } else if (next?.label === null) {
          let j = i;
          while (j < items.length && items[j].label === null) j++;
          pair(label, this.cell(items[i].from, items[j - 1].to));
          i = j;
        } else {
          rows.push((row = [label]));
        }
      }
    }
    this.table(rows, start, to);
  }

  /** The header's fragments as labels (wrapped ones joined) and values, one item per fragment of a value. */
  private headerItems(from: number, to: number): Array<{ label: HeaderField | 'checkpoint' | null; from: number; to: number }> {
    const items: Array<{ label: HeaderField | 'checkpoint' | null; from: number; to: number }> = [];
    for (let i = from; i < to;) {
      const k = Math.min(this.wrapped(i, isHeaderLabel), to - i);
      const text = this.joined(i, i + Math.max(k, 1));
      const label = k === 0 ? null : headerFieldOf(text) ?? 'checkpoint';
      items.push({ label, from: i, to: i + Math.max(k, 1) });
      i += Math.max(k, 1);
    }
    return items;
  }

  // ---- the indicator table -----------------------------------------------------------------------------------

  /** The rows of an indicator table. Returns where the table ends: text left over that makes no row is prose. */
  private indicatorTable(header: ColumnHeader, to: number): number {
    const parser = new RowParser(this.frags.slice(header.end, to), header.columns, this.text);
    // A column title's own wrapped lines (指标值确定 / 依据) show its column's width.
    const titleWidths = header.cells.map(([from, end]) => this.frags.slice(from, end - 1).map((f) => f.width));
    const { rows, end } = parser.read(titleWidths);
    const cells: Cell[][] = [header.cells.map(([from, end]) => this.cell(from, end))];
    for (const placed of rows) {
      const row = header.columns.map((): Cell => BLANK);
      for (const p of placed) row[p.column] = this.cell(header.end + p.from, header.end + p.to);
      cells.push(row);
    }
    this.table(cells, header.start, header.end + end);
    return header.end + end;
  }

  // ---- blocks ------------------------------------------------------------------------------------------------

  private table(rows: Cell[][], from: number, to: number): void {
    const block: TableBlock = { kind: 'table', rows, index: ++this.tableCount, loc: this.locOf(from, to) };
    this.blocks_.push({ at: from, block });
  }

  /**
   * Outside the tables, each piece of a line is a paragraph: a line's pieces were boxes of their own (the unit's
   * code and name, then 单位：万元).
   */
  private paragraphs(covered: Array<[number, number]>): void {
    let i = 0;
    for (const [from, to] of [...covered, [this.frags.length, this.frags.length] as [number, number]]) {
      while (i < from) {
        let j = i + 1;
        while (j < from && this.frags[j].sameLine) j++;
        for (const [a, b] of this.pieces(i, j)) {
          this.blocks_.push({ at: a, block: { kind: 'paragraph', text: this.joined(a, b), loc: this.locOf(a, b) } });
        }
        i = j;
      }
      i = Math.max(i, to);
    }
  }

  /** A cell of fragments [from, to); verbatim when its text is the source it spans, as one line's text is. */
  private cell(from: number, to: number): Cell {
    const text = this.joined(from, to);
    const loc = this.locOf(from, to);
    return text === this.text.slice(loc.offset, loc.endOffset) ? { text, loc, verbatim: true } : { text, loc };
  }

  private locOf(from: number, to: number) {
    return this.lines.loc(this.frags[from].start, this.frags[to - 1].end);
  }

  private joined(from: number, to: number): string {
    return joinFragments(this.text, this.frags, from, to);
  }

  /**
   * How many fragments from `i` make a text `test` accepts when joined, wrapped over up to three lines
   * (预算规模及 / 资金用途, 指标值确定 / 依据): the joined text must pass where a part alone would not; 0 if none.
   */
  private wrapped(i: number, test: (text: string) => boolean): number {
    const alone = test(this.frags[i].text);
    for (let k = 2; k <= 3 && i + k <= this.frags.length; k++) {
      const last = this.frags[i + k - 1];
      if (last.sameLine) break;
      if (test(this.joined(i, i + k)) && (!alone || !test(last.text))) return k;
    }
    return alone ? 1 : 0;
  }
}

const BLANK: Cell = { text: '' };
const AMOUNT = /^[\d,]+(\.\d+)?%?$/;
const AMOUNT_FIELDS = new Set<HeaderField | 'checkpoint'>(['total', 'fiscal', 'other']);

/** A line about the document that opens a form's table: the unit's code and name, 单位：万元. */
const isDocumentInfo = (text: string) => unitLine(text) !== null || moneyNote(text) !== null;

/** What stands between two forms: a title (1.XX绩效目标表, 2.XX), a part's heading, the unit's line. */
function isFormPreamble(text: string): boolean {
  const title = titleKind(text);
  return title === 'form' || title === 'numbered' || isTitleLine(text) || isDocumentInfo(text);
}

const isHeaderLabel = (t: string) => headerFieldOf(t) !== null || checkpointMonth(t) !== null;
const isColumnTitle = (t: string) => columnOf(t) !== null;

// ---- fragments ------------------------------------------------------------------------------------------------

const COMPARATOR_ONLY = /^[≥≤<>=＞＜＝≧≦]+$/u;
const NUMBER_ONLY = /^[≥≤<>=＞＜＝]?\d+(\.\d+)?$/u;

/**
 * Splits the text at spaces into fragments. PDF tools put a space where the font changes, so a number and its
 * unit (23 个, 766 元/人, 3 月底, 2020 年最) and a comparator and its number are kept together.
 */
function fragmentsOf(text: string): Fragment[] {
  const out: Fragment[] = [];
  let offset = 0, blank = false;
  text.split('\n').forEach((line, n) => {
    const tokens = [...line.matchAll(/\S+/g)].map((m) => ({ start: m.index, end: m.index + m[0].length }));
    for (let t = 0; t < tokens.length; t++) {
      const { start } = tokens[t];
      let { end } = tokens[t];
      while (t + 1 < tokens.length && keepsTogether(line.slice(start, end), line.slice(tokens[t + 1].start, tokens[t + 1].end))) {
        end = tokens[++t].end;
      }
      const fragment = line.slice(start, end);
      out.push({ text: fragment, start: offset + start, end: offset + end, line: n, sameLine: start !== tokens[0].start,
        blankBefore: blank, width: widthOf(fragment) });
    }
    if (tokens.length > 0) blank = false;
    else if (n > 0) blank = true;
    offset += line.length + 1;
  });
  return out;
}

function keepsTogether(left: string, right: string): boolean {
  if (COMPARATOR_ONLY.test(left)) return true;
  if (!NUMBER_ONLY.test(left)) return false;
  for (let n = Math.min(4, right.length); n >= 1; n--) if (unitKind(right.slice(0, n))) return true;
  return false;
}

/** ASCII takes half the width of a CJK character. */
function widthOf(s: string): number {
  let w = 0;
  for (const ch of s) w += ch.codePointAt(0)! < 0x2000 ? 0.5 : 1;
  return w;
}

const NUMBERED = /^((\d{1,2}|[一二三四五六七八九十]{1,3})[.、．)）]|[(（][一二三四五六七八九十\d]{1,3}[)）]|目标\d)/u;

/**
 * A cell's text: lines of a wrapped cell joined without a break (the break is the tool's, not the writer's)
 * unless the line opens a numbered item; fragments on one line keep the space between them.
 */
function joinFragments(text: string, frags: Fragment[], from: number, to: number): string {
  let out = frags[from].text;
  for (let i = from + 1; i < to; i++) {
    const f = frags[i];
    if (f.sameLine) out += text.slice(frags[i - 1].end, f.end).replace(/\r/g, '');
    else out += (NUMBERED.test(f.text) ? '\n' : '') + f.text;
  }
  return out;
}

function mode(values: number[]): number | undefined {
  const counts = new Map<number, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  let best: number | undefined, count = 0;
  for (const [v, n] of counts) if (n > count || (n === count && v > best!)) [best, count] = [v, n];
  return best;
}

// ---- rows of the indicator table ------------------------------------------------------------------------------

// Costs of a reading: the cheapest reading of the fragments as rows wins.
const COST = {
  row: 1,
  /** A fragment of a wrapped cell that cannot be one: narrower than the column, or wider. */
  badWrap: 6,
  /** Two fragments of one line read as one cell (完成 2 次巡查), where the font changes. */
  spaceJoin: 1.5,
  /** A category column holding something else; the other columns holding a category name. */
  notCategory: 8,
  otherLevel: 1.5,
  categoryElsewhere: 5,
  /** A name ending in 指标 that is no known category: in a category column, or elsewhere. */
  unknownCategory: 2,
  /** A cell of one character, not a grade. */
  tiny: 2,
  /** A wrapped cell some of whose lines make a category name or a value by themselves. */
  ownCell: 3,
  /** A number or comparison where a name, description or basis belongs. */
  valueElsewhere: 3,
  /** Text in the value column, short or long. */
  textValue: 1,
  longTextValue: 2,
  measureBonus: -1.5,
  gradeBonus: -0.5,
  /** A kind-of-content column (weight, direction, comparator, unit) holding something else. */
  wrongKind: 4,
  /** A cell ending in a full line where the next line could go on with it. */
  unwrapped: 2.5,
  /** Text left over after the last row, read as prose: per fragment. */
  leftover: 4,
};
const SKIP: Partial<Record<Column, number>> = { name: 5, description: 2, value: 2.5, basis: 2 };
const SKIP_OTHER = 2;
const SKIP_LEVEL_IN_ROW = 3;
const MAX_CELL_FRAGMENTS = 10;
/** Narrower than three characters, a column could not hold its title. */
const MIN_WIDTH = 3;
// A category the vocabulary does not know, as a category column may still hold one (项目管理指标).
const OTHER_CATEGORY = /^((?!指标)\p{Script=Han}){2,8}指标$/u;

/**
 * Reads fragments as rows by dynamic programming over (fragment, last column placed): each cell is a run of
 * fragments placed in a column to the right of the row's previous cell; a column at or left of it opens a new
 * row. Cells of one line belong to one row; a cell's next line must start a line (after a blank line, where the
 * text sets wrapped lines apart by blank lines and other lines not).
 */
class RowParser {
  private readonly blankStyle: boolean;

  constructor(private readonly frags: Fragment[], private readonly columns: Column[], private readonly text: string) {
    const starts = frags.filter((f) => !f.sameLine);
    const blanks = starts.filter((f) => f.blankBefore).length;
    this.blankStyle = blanks > 0 && blanks < starts.length;
  }

  /**
   * Reads the rows first knowing only the order of columns and the shape of their contents, then again knowing
   * each column's width, as the wrapped lines of the reading before show it, until the widths stay the same.
   */
  read(titleWidths: number[][]): Reading {
    let widths: Array<number | undefined> = this.columns.map(() => undefined);
    let reading = this.parse(widths);
    for (let round = 0; round < 3; round++) {
      const found = this.widthsOf(reading, titleWidths);
      if (found.every((w, c) => w === widths[c])) break;
      widths = found;
      reading = this.parse(widths);
    }
    return reading;
  }

  /**
   * A column's width: the width its wrapped lines have most often. Unknown where no line wraps, or where a line
   * of the reading is wider than that (the reading and the width cannot both be right).
   */
  private widthsOf(reading: Reading, titleWidths: number[][]): Array<number | undefined> {
    return this.columns.map((_, c) => {
      const cells = reading.rows.flat().filter((p) => p.column === c);
      const wrapped = [...titleWidths[c], ...cells.flatMap((p) => this.wrappedWidths(p.from, p.to))];
      const width = mode(wrapped.filter((w) => w >= MIN_WIDTH));
      if (width === undefined) return undefined;
      const fits = cells.every((p) => this.frags.slice(p.from, p.to).every((f) => f.width <= width + slack(f.text)));
      return fits ? width : undefined;
    });
  }

  /** Widths of a cell's lines but the last: the column's width, if the cell is wrapped. */
  private wrappedWidths(from: number, to: number): number[] {
    const out: number[] = [];
    for (let i = from + 1; i < to; i++) if (!this.frags[i].sameLine) out.push(this.frags[i - 1].width);
    return out;
  }

  private parse(widths: Array<number | undefined>): Reading {
    const n = this.frags.length, m = this.columns.length;
    // best[i][c + 1]: the cheapest reading of fragments [0, i) whose last cell is in column c (-1: none yet).
    const best = Array.from({ length: n + 1 }, () => new Array<number>(m + 1).fill(Infinity));
    const back = Array.from({ length: n + 1 }, () => new Array<Placed & { prev: number } | undefined>(m + 1));
    best[0][0] = 0;
    for (let i = 0; i < n; i++) {
      for (let c = -1; c < m; c++) {
        const here = best[i][c + 1];
        if (here === Infinity) continue;
        for (let to = i + 1; to <= Math.min(n, i + MAX_CELL_FRAGMENTS); to++) {
          if (to > i + 1 && !this.continues(to - 1)) break;
          for (let col = 0; col < m; col++) {
            const newRow = c < 0 || col <= c;
            if (newRow && this.frags[i].sameLine) continue;
            const step = newRow ? this.rowEnd(c) + COST.row + this.skipped(-1, col, true) : this.skipped(c, col, false);
            const cost = here + step + this.cellCost(i, to, col, widths[col]);
            if (cost < best[to][col + 1]) {
              best[to][col + 1] = cost;
              back[to][col + 1] = { column: col, from: i, to, prev: c };
            }
          }
        }
      }
    }
    // The reading may stop early at a line's start: what follows is prose.
    let end = n, last = -1, total = Infinity;
    for (let i = n; i >= 0; i--) {
      if (i < n && this.frags[i].sameLine) continue;
      for (let c = -1; c < m; c++) {
        const cost = best[i][c + 1] + this.rowEnd(c) + COST.leftover * (n - i);
        if (cost < total) [total, end, last] = [cost, i, c];
      }
    }
    const cells: Placed[] = [];
    for (let i = end, c = last; i > 0 && c >= 0;) {
      const step = back[i][c + 1]!;
      cells.unshift({ column: step.column, from: step.from, to: step.to });
      [i, c] = [step.from, step.prev];
    }
    const rows: Placed[][] = [];
    for (const cell of cells) {
      const row = rows[rows.length - 1];
      if (row && row[row.length - 1].column < cell.column) row.push(cell);
      else rows.push([cell]);
    }
    return { rows, end };
  }

  /** Whether fragment i may continue the cell of fragment i - 1. */
  private continues(i: number): boolean {
    const f = this.frags[i];
    if (f.sameLine) return fontChange(this.frags[i - 1].text, f.text);
    return !this.blankStyle || f.blankBefore;
  }

  private rowEnd(c: number): number {
    return c < 0 ? 0 : this.skipped(c, this.columns.length, false);
  }

  /** The cost of leaving the columns between `from` and `to` (both excluded) blank. */
  private skipped(from: number, to: number, rowStart: boolean): number {
    let cost = 0;
    for (let c = from + 1; c < to; c++) {
      const column = this.columns[c];
      if (column === 'level1' || column === 'level2') cost += rowStart ? 0 : SKIP_LEVEL_IN_ROW;
      else cost += SKIP[column] ?? SKIP_OTHER;
    }
    return cost;
  }

  private cellCost(from: number, to: number, col: number, width: number | undefined): number {
    const text = joinFragments(this.text, this.frags, from, to);
    let cost = 0;
    for (let i = from; i < to; i++) {
      const f = this.frags[i];
      if (width !== undefined && f.width > width + slack(f.text)) cost += COST.badWrap;
      if (i === from) continue;
      if (f.sameLine) { cost += COST.spaceJoin; continue; }
      const prev = this.frags[i - 1];
      const short = width === undefined ? f.width - prev.width : width - prev.width;
      if (prev.width < MIN_WIDTH || short > slack(prev.text, f.text)) cost += COST.badWrap;
    }
    // Lines of a wrapped cell that make a category name or a value by themselves are a cell of their own
    // (社会效益 / 指标 is one cell, a category wrapped).
    if (to > from + 1 && !isCategoryText(text) && this.holdsCell(from, to)) cost += COST.ownCell;
    // A full line followed by one that could go on with it: most likely a wrapped cell, not two.
    const last = this.frags[to - 1], next = this.frags[to];
    if (width !== undefined && next && !next.sameLine && this.continues(to) && width - last.width <= slack(last.text, next.text)
      && next.width <= width + slack(next.text) && !this.startsCell(to)) cost += COST.unwrapped;
    return cost + contentCost(this.columns[col], text, to === from + 1);
  }

  /** Whether some lines within fragments [from, to), not all, make a category name or a value by themselves. */
  private holdsCell(from: number, to: number): boolean {
    for (let a = from; a < to; a++) {
      for (let b = a + 1; b <= Math.min(to, a + 3); b++) {
        if (b - a === to - from) continue;
        if (a > from && this.frags[a].sameLine) continue;
        if (this.standsAlone(a, b)) return true;
      }
    }
    return false;
  }

  /** Whether the fragments from `i` start a category name or a value, wrapped or not. */
  private startsCell(i: number): boolean {
    for (let b = i + 1; b <= Math.min(this.frags.length, i + 3); b++) if (this.standsAlone(i, b)) return true;
    return false;
  }

  private standsAlone(a: number, b: number): boolean {
    const text = joinFragments(this.text, this.frags, a, b);
    return isCategoryText(text) || (b === a + 1 && valueShape(text) === 'measure');
  }
}

/**
 * A category name as a line may hold one: 数量, 质量 and such stems without 指标 are words a wrapped line may
 * well end with, and count only as whole cells.
 */
function isCategoryText(text: string): boolean {
  return categoryLevelOf(text) !== null && (text.endsWith('指标') || [...text].length >= 4);
}

/**
 * How far a line may fall short of its column's width and still be wrapped: half a character, a whole one where
 * the next line starts with a character that takes punctuation with it (位，) or with an opening bracket, and
 * more where digits or Latin letters, whose widths vary by font, are in the line.
 */
function slack(line: string, next = ''): number {
  if (/[\x21-\x7e]/.test(line)) return 1.5;
  return /^(.[，。、；：？！）》」』】]|[（《「『【])/u.test(next) ? 1 : 0.5;
}

/** Whether a space between two fragments of one line is where the script changes (完成 2 次), not a cell's edge. */
function fontChange(left: string, right: string): boolean {
  const han = (ch: string) => /\p{Script=Han}/u.test(ch), alnum = (ch: string) => /[0-9A-Za-z]/.test(ch);
  const [l, r] = [left[left.length - 1], right[0]];
  return (han(l) && alnum(r)) || (alnum(l) && han(r));
}

/** How well a text fits a column, by what the column holds. */
function contentCost(column: Column, text: string, single: boolean): number {
  const level = categoryLevelOf(text) ?? (OTHER_CATEGORY.test(labelKey(text)) ? 'other' : null);
  // A number or comparison fits on one line of its column.
  const shape = single ? valueShape(text) : 'text';
  switch (column) {
    case 'level1':
      return level === 1 ? 0 : level === 2 ? COST.otherLevel : level ? COST.unknownCategory : COST.notCategory;
    case 'level2':
      return level === 2 ? 0 : level === 1 ? COST.otherLevel : level ? COST.unknownCategory : COST.notCategory;
  }
  const category = level === 'other' ? COST.unknownCategory : level ? COST.categoryElsewhere : 0;
  // A cell of one character is more likely the end of a wrapped one.
  const tiny = widthOf(compact(text)) <= 1 && shape !== 'grade' ? COST.tiny : 0;
  switch (column) {
    case 'value':
    case 'longTermValue':
      if (shape === 'measure') return COST.measureBonus;
      if (shape === 'grade') return COST.gradeBonus;
      return category + tiny + (compact(text).length > 10 ? COST.longTextValue : COST.textValue);
    case 'weight':
      return /^\d+(\.\d+)?%?$/.test(compact(text)) ? 0 : COST.wrongKind;
    case 'direction':
      return /^(正向|反向)$/.test(compact(text)) ? 0 : COST.wrongKind;
    case 'comparator':
      return /^([≥≤<>=]+|定性|定量)$/u.test(compact(text)) ? 0 : COST.wrongKind;
    case 'unit':
      return unitKind(text) ? 0 : COST.wrongKind;
    default:
      return category + tiny + (shape === 'measure' ? COST.valueElsewhere : 0);
  }
}

/**
 * A value as written in a value cell: a number or comparison with its unit and nothing more (≥95%, 23 个,
 * 12月底前), a grade (达到), or other text.
 */
function valueShape(text: string): 'measure' | 'grade' | 'text' {
  const value = parseValue(text);
  if (value.kind === 'qualitative') return 'grade';
  const t = compact(text);
  if (value.kind !== 'quantitative' || !/^[≥≤<>=]*\d/u.test(t)) return 'text';
  const tail = t.replace(/^[≥≤<>=]*[\d.,]+/u, '').replace(/(以上|以下|以内|之内|之前|以前|前|内|左右)$/u, '');
  return value.unit === null ? (tail === '' ? 'measure' : 'text') : tail === value.unit || unitKind(tail) ? 'measure' : 'text';
}
