// The text a PDF tool exports from a budget document: no cell separators at all. A table comes out cell by cell
// in reading order (row by row, each row's cells left to right, a merged cell once, in its first row); a cell
// too wide for its column is wrapped over several lines; cells that share a baseline are joined on one line
// with a space. This module recovers paragraphs and tables of cells (layout/blocks.ts) from such text, so that
// forms are then built from them as from a Word table. It decides nothing about content: it finds the header
// labels and column titles (vocabulary.ts), and places the other text by the order of columns, the shape of
// values and the way wrapping works — a wrapped cell's lines but the last fill its column's width, which the
// document's own wrapped lines show. Indicator rows are the cheapest reading of the text under these costs.
import type { LineIndex } from '../model/source.js';
import { compact } from '../model/text.js';
import { startsWithUnit, unitKind } from '../model/units.js';
import { parseValue } from '../model/value.js';
import { categoryLevelOf } from '../model/categories.js';
import { checkpointMonth, columnOf, headerFieldOf, labelKey, type Column, type HeaderField } from '../model/vocabulary.js';
import type { Block, Cell, TableBlock } from './layout/blocks.js';
import { isRunningHeader, moneyNote, unitLine } from './layout/document-info.js';
import { isTitleLine, titleKind } from './layout/titles.js';

/** A run of text without spaces on one line: what cells are made of. */
interface Fragment {
  text: string;
  start: number;
  end: number;
  /** Another fragment stands before it on its line. */
  sameLine: boolean;
  /** A blank line stands before its line. */
  blankBefore: boolean;
  /** Width in CJK characters: what a column wraps at. */
  width: number;
  /** The tokens a number and its unit were kept together from (23 个), apart where a column holds the unit. */
  parts: Array<{ start: number; end: number }>;
}

/** One line of a cell: its text there, and its width. */
interface Line {
  text: string;
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

/** A header fragment (or a wrapped label's fragments): a label, a checkpoint label, or part of a value. */
interface HeaderItem {
  label: HeaderField | 'checkpoint' | null;
  from: number;
  to: number;
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
    const forms: Array<{ start: number; formStart: number; header: ColumnHeader; end: number }> = [];
    let from = 0;
    headers.forEach((header, t) => {
      const formStart = this.formStart(from, header.start);
      const start = this.linesBefore(from, formStart, isDocumentInfo);
      // The rows end at the next form's title, or at a title or a part's heading (第三部分) before it.
      const next = headers[t + 1];
      const nextForm = next ? this.formStart(header.end, next.start) : this.frags.length;
      const until = Math.min(this.titleLine(header.end, next?.start ?? this.frags.length), nextForm);
      const end = this.linesBefore(header.end, until, isFormPreamble);
      forms.push({ start, formStart, header, end });
      from = end;
    });
    const parsers = forms.map(({ header, end }) => {
      const body = this.frags.slice(header.end, end);
      const split = header.columns.includes('comparator') || header.columns.includes('unit');
      const titleWidths = header.cells.map(([a, b]) => this.frags.slice(a, b - 1).map((f) => f.width));
      return new RowParser(split ? apart(this.text, body) : body, header.columns, this.text, titleWidths);
    });
    const readings = readTables(parsers);
    const covered: Array<[number, number]> = [];
    forms.forEach(({ start, formStart, header, end }, t) => {
      if (start < header.start) this.headerTable(start, formStart, header.start);
      covered.push([start, this.indicatorTable(header, parsers[t].frags, readings[t], end)]);
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
      // A checkpoint (12月底) may as well be an indicator's value: only header fields open a form.
      const field = headerFieldOf(this.joined(i, i + k));
      if (field === 'code' || field === 'name') return i;
      if (field === 'goals') goals = Math.min(goals, i);
      else if (field) first = Math.min(first, i);
    }
    return Math.min(first, goals);
  }

  /** The first line from `from` on that is a form's title or a part's heading; `to` if none. */
  private titleLine(from: number, to: number): number {
    for (let i = from; i < to; i++) {
      if (this.frags[i].sameLine) continue;
      let j = i + 1;
      while (j < to && this.frags[j].sameLine) j++;
      if (isTitleLine(this.joined(i, j)) || this.wrappedTitle(i) > i) return i;
    }
    return to;
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
        for (; items[i]?.label === 'checkpoint'; i++) labels.push(this.cell(items[i].from, items[i].to));
        const opensRow = row !== null && row.length === 1;
        if (opensRow) row!.push(...labels);
        else rows.push(labels);
        const values: Cell[] = [];
        for (; i < items.length && items[i].label === null && values.length < labels.length; i++) {
          if (!AMOUNT.test(this.frags[items[i].from].text)) break;
          values.push(this.cell(items[i].from, items[i].to));
        }
        if (values.length > 0) rows.push(opensRow ? [BLANK, ...values] : values);
        row = null;
      } else {
        const label = this.cell(item.from, item.to);
        const next = items[i + 1];
        i++;
        if (AMOUNT_FIELDS.has(item.label)) {
          const amount = next?.label === null && AMOUNT.test(this.frags[next.from].text);
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
  private headerItems(from: number, to: number): HeaderItem[] {
    const items: HeaderItem[] = [];
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

  /**
   * An indicator table of the rows read from `frags` (the table's fragments, perhaps split finer); returns where
   * it ends: text left over that makes no row is prose.
   */
  private indicatorTable(header: ColumnHeader, frags: Fragment[], { rows, end }: Reading, to: number): number {
    const cells: Cell[][] = [header.cells.map(([from, end]) => this.cell(from, end))];
    for (const placed of rows) {
      const row = header.columns.map((): Cell => BLANK);
      for (const p of placed) row[p.column] = cellOf(this.text, this.lines, frags, p.from, p.to);
      cells.push(row);
    }
    // Left over text starts a line, and so a fragment of the source's own.
    const last = end < frags.length ? this.frags.findIndex((f) => f.start === frags[end].start) : to;
    this.table(cells, header.start, last);
    return last;
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
        const title = this.wrappedTitle(i);
        if (title > i && title <= from) {
          const block: Block = { kind: 'paragraph', text: this.joined(i, title), loc: this.locOf(i, title) };
          this.blocks_.push({ at: i, block });
          i = title;
          continue;
        }
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

  private cell(from: number, to: number): Cell {
    return cellOf(this.text, this.lines, this.frags, from, to);
  }

  private locOf(from: number, to: number) {
    return this.lines.loc(this.frags[from].start, this.frags[to - 1].end);
  }

  private joined(from: number, to: number): string {
    return joinFragments(this.text, this.frags, from, to);
  }

  /**
   * A form's title wrapped over two lines (…建设项目绩效目 / 标表): where its second line ends, when the line at `i`
   * and the next make one only together; else `i`.
   */
  private wrappedTitle(i: number): number {
    const end = (k: number) => {
      while (k < this.frags.length && this.frags[k].sameLine) k++;
      return k;
    };
    const j = end(i + 1);
    if (j >= this.frags.length) return i;
    const k = end(j + 1);
    const first = this.joined(i, j), second = this.joined(j, k);
    const onlyTogether = !isTitleLine(first) && !isTitleLine(second) && titleKind(first) !== null;
    return onlyTogether && isTitleLine(first + second) ? k : i;
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

/** A cell of fragments [from, to); verbatim when its text is the source it spans, as one line's text is. */
function cellOf(source: string, lines: LineIndex, frags: Fragment[], from: number, to: number): Cell {
  const text = joinFragments(source, frags, from, to);
  const loc = lines.loc(frags[from].start, frags[to - 1].end);
  return text === source.slice(loc.offset, loc.endOffset) ? { text, loc, verbatim: true } : { text, loc };
}

const BLANK: Cell = { text: '' };
const AMOUNT = /^[\d,]+(\.\d+)?\s*(%|万元|元)?$/u;
const AMOUNT_FIELDS = new Set<HeaderField | 'checkpoint'>(['total', 'fiscal', 'other']);

/** A line about the document that opens a form's table: the unit's code and name, 单位：万元. */
const isDocumentInfo = (text: string) => unitLine(text) !== null || moneyNote(text) !== null;

/** What stands between two forms: a title (1.XX绩效目标表, 2.XX), a part's heading, the unit's line. */
function isFormPreamble(text: string): boolean {
  const title = titleKind(text);
  return title === 'form' || title === 'numbered' || isTitleLine(text) || isDocumentInfo(text) || isRunningHeader(text);
}

const isHeaderLabel = (t: string) => headerFieldOf(t) !== null || checkpointMonth(t) !== null;
const isColumnTitle = (t: string) => columnOf(t) !== null;

// ---- fragments ------------------------------------------------------------------------------------------------

const COMPARATOR_ONLY = /^[≥≤<>=＞＜＝≧≦]+$/u;
const NUMBER_ONLY = /^[≥≤<>=＞＜＝]?\d+(\.\d+)?$/u;
/** - 7 -, — 7 —, 第 7 页, 第 7 页 共 12 页 (a bare 7 may be a value's line, or a project code's end). */
const PAGE_NUMBER = /^([-—–]\s*\d{1,4}\s*[-—–]|第\s*\d{1,4}\s*页([,，\s]*共\s*\d{1,4}\s*页)?)$/u;

/**
 * Splits the text at spaces into fragments. PDF tools put a space where the font changes, so a number and its
 * unit (23 个, 766 元/人, 3 月底, 2020 年最) and a comparator and its number are kept together.
 */
function fragmentsOf(text: string): Fragment[] {
  const out: Fragment[] = [];
  let offset = 0, blank = false;
  text.split('\n').forEach((line, n) => {
    // A page's number, printed in its footer, falls wherever the page breaks: inside a table, a wrapped cell.
    if (PAGE_NUMBER.test(line.trim())) {
      offset += line.length + 1;
      return;
    }
    const tokens = [...line.matchAll(/\S+/g)].map((m) => ({ start: m.index, end: m.index + m[0].length }));
    for (let t = 0; t < tokens.length; t++) {
      const { start } = tokens[t], first = t;
      let { end } = tokens[t];
      const token = (k: number) => line.slice(tokens[k].start, tokens[k].end);
      while (t + 1 < tokens.length && keepsTogether(line.slice(start, end), token(t + 1))) end = tokens[++t].end;
      const fragment = line.slice(start, end);
      const parts = tokens.slice(first, t + 1).map((p) => ({ start: offset + p.start, end: offset + p.end }));
      out.push({ text: fragment, start: offset + start, end: offset + end, sameLine: start !== tokens[0].start,
        blankBefore: blank, width: widthOf(fragment), parts });
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
  // 万 or 千 starts a unit a wrapped line may cut (≥12 万 / 平方米).
  if (/^[万亿千百]/u.test(right)) return true;
  return startsWithUnit(right);
}

/** The fragments with their kept-together tokens apart again, for a table with a comparator or unit column. */
function apart(text: string, frags: Fragment[]): Fragment[] {
  return frags.flatMap((f) => f.parts.length < 2 ? [f] : f.parts.map((p, k) => ({
    ...f, text: text.slice(p.start, p.end), start: p.start, end: p.end, sameLine: f.sameLine || k > 0,
    width: widthOf(text.slice(p.start, p.end)), parts: [p],
  })));
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
  /** The same, judged without the column's width, by the next line only. */
  badWrapUnknown: 6,
  /** A wrapped cell sharing its first or last line with another cell. */
  sharedLine: 6,
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
  /** Each line of a value cell after the first: values are short, descriptions are wrapped. */
  valueLine: 1,
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
/** The share of a column's lines that must fit the width its wrapped lines show. */
const FITTING = 0.9;
/** The share of lines after a blank line from which blank lines are read as setting cells apart. */
const BLANK_STYLE = 0.2;
// A category the vocabulary does not know, as a category column may still hold one (项目管理指标).
const OTHER_CATEGORY = /^((?!指标)\p{Script=Han}){2,8}指标$/u;

/**
 * Reads each table first knowing only the order of its columns and the shape of their contents, then again
 * knowing each column's width, until the widths stay the same. A column's width is the width its wrapped lines
 * have most often, over all tables of the same columns (a document's forms share one template); unknown where
 * no line wraps, or where many lines are wider (the reading and the width cannot both be right).
 */
function readTables(parsers: RowParser[]): Reading[] {
  let widths: Array<Array<number | undefined>> = parsers.map((p) => p.columns.map(() => undefined));
  let readings = parsers.map((p, t) => p.parse(widths[t]));
  const groups = new Map<string, number[]>();
  parsers.forEach((p, t) => groups.set(p.columns.join(), [...(groups.get(p.columns.join()) ?? []), t]));
  for (let round = 0; round < 3; round++) {
    const found: Array<Array<number | undefined>> = [];
    for (const tables of groups.values()) {
      const group = parsers[tables[0]].columns.map((_, c) => {
        const seen = tables.map((t) => parsers[t].observe(readings[t], c));
        const width = mode(seen.flatMap((o) => o.wrapped).filter((w) => w >= MIN_WIDTH));
        if (width === undefined) return undefined;
        const fits = seen.flatMap((o) => o.fits(width));
        return fits.filter(Boolean).length >= FITTING * fits.length ? width : undefined;
      });
      for (const t of tables) found[t] = group;
    }
    if (found.every((w, t) => w.every((x, c) => x === widths[t][c]))) break;
    widths = found;
    readings = parsers.map((p, t) => p.parse(widths[t]));
  }
  return readings;
}

/**
 * Reads fragments as rows by dynamic programming over (fragment, last column placed): each cell is a run of
 * fragments placed in a column to the right of the row's previous cell; a column at or left of it opens a new
 * row. Cells of one line belong to one row; a cell's next line must start a line (after a blank line, where the
 * text sets wrapped lines apart by blank lines and other lines not).
 */
class RowParser {
  private readonly blankStyle: boolean;
  private readonly cells = new Map<number, { shape: number; content: number[]; lines: Line[] }>();

  constructor(
    readonly frags: Fragment[],
    readonly columns: Column[],
    private readonly text: string,
    /** The widths of each column title's wrapped lines but the last (指标值确定 / 依据). */
    private readonly titleWidths: number[][],
  ) {
    // Some tools set a wrapped cell's lines apart by blank lines, and not all other lines: then a line after no
    // blank line starts a cell. The table's first line says nothing (a blank line may follow its header).
    const starts = frags.filter((f, i) => i > 0 && !f.sameLine);
    const blanks = starts.filter((f) => f.blankBefore).length;
    this.blankStyle = blanks >= BLANK_STYLE * starts.length && blanks < starts.length;
  }

  /**
   * What a reading shows of column c's width: the widths of its wrapped lines but the last (and of its title's),
   * and the widths of all its lines.
   */
  observe(reading: Reading, c: number): { wrapped: number[]; fits: (width: number) => boolean[] } {
    const cellLines = reading.rows.flat().filter((p) => p.column === c).map((p) => this.fixedCost(p.from, p.to).lines);
    const lines = cellLines.flat();
    return {
      wrapped: [...this.titleWidths[c], ...cellLines.flatMap((l) => l.slice(0, -1).map((line) => line.width))],
      fits: (width) => lines.map((l) => l.width <= width + slack(l.text)),
    };
  }

  /**
   * A cell's lines: on each, its fragments from the first to the last, spaces included (a number within words,
   * 接受管理的 65 岁以上老, is one line of the cell as wide as all of it).
   */
  private linesOf(from: number, to: number): Line[] {
    const out: Line[] = [];
    for (let start = from, i = from + 1; i <= to; i++) {
      if (i < to && this.frags[i].sameLine) continue;
      const text = this.text.slice(this.frags[start].start, this.frags[i - 1].end);
      out.push({ text, width: widthOf(text) });
      start = i;
    }
    return out;
  }

  parse(widths: Array<number | undefined>): Reading {
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
    const cell = this.fixedCost(from, to);
    let cost = cell.shape + cell.content[col];
    if (width === undefined) return cost;
    const { lines } = cell;
    lines.forEach((line, k) => {
      if (line.width > width + slack(line.text)) cost += COST.badWrap;
      if (k > 0 && width - lines[k - 1].width > slack(lines[k - 1].text, line.text)) cost += COST.badWrap;
    });
    // A full line followed by one that could go on with it: most likely a wrapped cell, not two.
    const last = lines[lines.length - 1], next = this.frags[to];
    if (next && !next.sameLine && this.continues(to) && width - last.width <= slack(last.text, next.text)
      && next.width <= width + slack(next.text) && !this.startsCell(to)) cost += COST.unwrapped;
    return cost;
  }

  /** What a cell of fragments [from, to) costs whatever the widths: its shape, and its content in each column. */
  private fixedCost(from: number, to: number): { shape: number; content: number[]; lines: Line[] } {
    const key = from * (MAX_CELL_FRAGMENTS + 1) + (to - from);
    let cell = this.cells.get(key);
    if (cell) return cell;
    const text = joinFragments(this.text, this.frags, from, to);
    const lines = this.linesOf(from, to);
    let shape = 0;
    for (let i = from + 1; i < to; i++) if (this.frags[i].sameLine) shape += COST.spaceJoin;
    // Without a known width, a wrapped line is at least as wide as the next.
    for (let k = 1; k < lines.length; k++) {
      const prev = lines[k - 1], line = lines[k];
      const give = slack(prev.text, line.text);
      if (prev.width + give < MIN_WIDTH || line.width - prev.width > give) shape += COST.badWrapUnknown;
    }
    // Cells are centred in their rows, so a cell shares a line with the cell before or after it only when both
    // are one line high.
    if (lines.length > 1 && (this.frags[from].sameLine || this.frags[to]?.sameLine)) shape += COST.sharedLine;
    // Lines of a wrapped cell that make a category name or a value by themselves are a cell of their own
    // (社会效益 / 指标 is one cell, a category wrapped).
    if (to > from + 1 && !isCategoryText(text) && this.holdsCell(from, to)) shape += COST.ownCell;
    cell = { shape, content: this.columns.map((column) => contentCost(column, text, lines.length)), lines };
    this.cells.set(key, cell);
    return cell;
  }

  /** Whether some lines within fragments [from, to), not all, make a category name or a value by themselves. */
  private holdsCell(from: number, to: number): boolean {
    for (let a = from; a < to; a++) {
      for (let b = a + 1; b <= Math.min(to, a + 3); b++) {
        if (b - a === to - from) continue;
        // Whole lines only, but for a unit after its number: 12345 opening the line 12345 热线投诉 is no value of
        // its own, where 11 before 月底前 is.
        if (a > from && this.frags[a].sameLine) continue;
        if (b < to && this.frags[b].sameLine && !startsWithUnit(this.frags[b].text)) continue;
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
function contentCost(column: Column, text: string, lines: number): number {
  const level = categoryLevelOf(text) ?? (OTHER_CATEGORY.test(labelKey(text)) ? 'other' : null);
  const shape = valueShape(text);
  switch (column) {
    case 'level1':
      return level === 1 ? 0 : level === 2 ? COST.otherLevel : level ? COST.unknownCategory : COST.notCategory;
    case 'level2':
      return level === 2 ? 0 : level === 1 ? COST.otherLevel : level ? COST.unknownCategory : COST.notCategory;
  }
  const category = level === 'other' ? COST.unknownCategory : level ? COST.categoryElsewhere : 0;
  // A cell of one character is more likely the end of a wrapped one.
  const tiny = widthOf(compact(text)) <= 1 && shape !== 'grade' ? COST.tiny : 0;
  const wrapped = COST.valueLine * (lines - 1);
  switch (column) {
    case 'value':
    case 'longTermValue':
      if (shape === 'measure') return COST.measureBonus + wrapped;
      if (shape === 'grade') return COST.gradeBonus + wrapped;
      return category + tiny + (compact(text).length > 10 ? COST.longTextValue : COST.textValue) + wrapped;
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
  // 2020 年 is a year a wrapped line starts with (2020 年最 / 低生活保障), not a value.
  if (/^(19|20)\d\d年$/u.test(t)) return 'text';
  const tail = t.replace(/^[≥≤<>=]*[\d.,]+/u, '').replace(/(以上|以下|以内|之内|之前|以前|前|内|左右)$/u, '');
  const unitOnly = value.unit === null ? tail === '' : tail === value.unit || unitKind(tail) !== null;
  return unitOnly ? 'measure' : 'text';
}
