// The indicator table: its header row (column titles and their synonyms, src/model/vocabulary.ts), a second
// header row under titles merged across, and its rows. A blank 一级/二级 cell continues the category above, as a
// merged cell does; department-wide forms group rows by goal (a vertical cell `目\n标\n1`) in a column left of
// the categories. Rows under the table that are no indicators — totals (合计), notes (填报人：张三) — are not
// read as indicators.
import type { Form, Indicator, IndicatorColumn } from '../../model/types.js';
import type { Loc, PointerMap } from '../../model/source.js';
import { parseValue } from '../../model/value.js';
import { columnOf, headerFieldOf, isTotalLabel, mayTitleColumn, titleLooseness, type Column } from '../../model/vocabulary.js';
import { compact } from '../../model/text.js';
import { memoize } from '../../model/memo.js';
import type { Cell } from './blocks.js';
import { BLANK_CELL, isBlankCell, spanOf } from './cells.js';
import { isNote } from './notes.js';
import { composeValue, parseDirection, parseWeight } from './values.js';
import type { Report } from './report.js';

export interface IndicatorHeader {
  /** Where each column stands in the header row. */
  where: Map<Column, number>;
  width: number;
  cells: readonly Cell[];
}

const OPTIONAL_COLUMNS: readonly IndicatorColumn[] = ['description', 'value', 'basis', 'weight', 'direction'];
const GOAL = /^目标[\d一二三四五六七八九十]+$/u;
/** A row of its own over a goal's indicators: 目标1, 目标1：改善民生 (compacted: full-width colons are ASCII). */
const GOAL_ROW = /^(目标[\d一二三四五六七八九十]+)(?:[:、.]|$)/u;

/**
 * An indicator table's header: 三级指标 (or a synonym) and one of 一级指标/二级指标/指标值. 'broken': it looks like
 * one but has no 三级指标 column; null: any other row.
 */
export function indicatorHeaderOf(cells: readonly Cell[]): IndicatorHeader | 'broken' | null {
  const where = headerColumns(cells.map((c) => c.text));
  const framework = where.has('level1') || where.has('level2') || where.has('value');
  if (framework && where.has('name')) return { where, width: cells.length, cells };
  return framework && where.size >= 2 ? 'broken' : null;
}

export function isIndicatorHeader(texts: readonly string[]): boolean {
  const header = indicatorHeaderOf(texts.map((text) => ({ text })));
  return header !== null && header !== 'broken';
}

/**
 * Where each column stands in a header row. Of two titles of one column the more specific names it (三级指标
 * beside 绩效指标), else the first.
 */
function headerColumns(titles: readonly string[]): Map<Column, number> {
  const where = new Map<Column, number>();
  const looseness = new Map<Column, number>();
  titles.forEach((text, i) => {
    const title = columnTitleOf(text);
    if (!title) return;
    const { column, loose } = title;
    if (where.has(column) && loose >= looseness.get(column)!) return;
    where.set(column, i);
    looseness.set(column, loose);
  });
  return where;
}

// What the first cell of every row is asked, remembered: it repeats the categories (产出指标) row after row.
const fieldLabelOf = memoize(headerFieldOf);
const isTotal = memoize(isTotalLabel);

/** The column a text titles, and how loosely; remembered, as every row is asked whether it is a header. */
const columnTitleOf = (text: string) => (mayTitleColumn(text) ? titleRemembered(text) : null);
const titleRemembered = memoize((text: string): { column: Column; loose: number } | null => {
  const column = columnOf(text);
  return column ? { column, loose: titleLooseness(text) } : null;
});

/** Reads the rows of one indicator table into a form, with the place of every value. */
export class IndicatorTable {
  private above: { level1: string; level2: string; loc1?: Loc; loc2?: Loc } = { level1: '', level2: '' };
  private goal: { text: string; loc?: Loc } | null = null;
  /** No row read since the header (or its repetition on a new page): a second header row may come. */
  private afterHeader = true;
  private readonly columns: IndicatorColumn[];

  constructor(
    private header: IndicatorHeader,
    private readonly form: Form,
    private readonly pointer: string,
    private readonly map: PointerMap,
    private readonly report: Report,
  ) {
    this.columns = form.columns ?? [];
    this.setColumns();
  }

  /** The form's columns: those of this table, and those of a table before it in the same form. */
  private setColumns(): void {
    const present = OPTIONAL_COLUMNS.filter((c) => this.header.where.has(c));
    this.form.columns = OPTIONAL_COLUMNS.filter((c) => present.includes(c) || this.columns.includes(c));
  }

  /**
   * Whether a row still belongs to the table: rows of an indicator table are as wide as its header, merged cells
   * repeating as blanks; a row of half the width, one led by a header label (项目名称), or a note under the table
   * (one text merged across most of the width, or written label：value) is something else.
   */
  holds(row: readonly Cell[]): boolean {
    const { width } = this.header;
    if (row.length < Math.ceil(width / 2)) return false;
    const filled = row.filter((c) => !isBlankCell(c));
    if (filled.length === 0) return true;
    const [first] = filled;
    if (fieldLabelOf(first.text) !== null) return false;
    // Rows the table reads as no indicators: totals, a goal's own row.
    if (isTotal(first.text) || (filled.length === 1 && goalOf(first) !== null)) return true;
    if (filled.every(isNote)) return false;
    return filled.length > 1 || spanWidth(row, first) <= width / 2;
  }

  /** Whether a row repeats the header (a table continued on a new page). */
  repeatsHeader(row: readonly Cell[]): boolean {
    const { cells } = this.header;
    const repeats = row.length === cells.length && row.every((c, i) => compact(c.text) === compact(cells[i].text));
    if (repeats) this.afterHeader = true;
    return repeats;
  }

  /**
   * A second header row under titles merged across: `指标值` over `中长期指标值 | 年度指标值` (or `中长期 | 年度`, or
   * `指标性质 | 指标值 | 度量单位`), its other cells merged up or blank. Its titles name the columns they stand
   * over; true when the row was one.
   */
  readSubHeader(row: readonly Cell[]): boolean {
    if (!this.afterHeader || row.every(isBlankCell)) return false;
    const cells = widenedOver(this.header.cells, row);
    const titles = cells.map((c) => c.text);
    for (let i = 0; i < row.length; i++) {
      if (isBlankCell(row[i])) continue;
      const title = subTitle(row[i].text, spannedTitle(cells, i));
      if (title === null) return false;
      titles[i] = title;
    }
    const header = indicatorHeaderOf(titles.map((text) => ({ text })));
    if (header === null || header === 'broken') return false;
    // The rows below are as wide as the second row; a repetition of the header on a new page is still the first.
    this.header = { ...this.header, where: header.where, width: cells.length };
    this.setColumns();
    return true;
  }

  /** Reads a row; `place` is the row's where the source knows it better than its cells' span (a Markdown row). */
  read(row: readonly Cell[], place?: Loc): void {
    const filled = row.filter((c) => !isBlankCell(c));
    if (filled.length === 0) return;
    this.afterHeader = false;
    // A row of totals (合计 | 100) sums the rows above; a goal's own row (目标1：…) heads the rows below.
    if (isTotal(filled[0].text)) return;
    const goal = filled.length === 1 ? goalOf(filled[0]) : null;
    if (goal) {
      this.goal = goal;
      return;
    }
    const { where, width } = this.header;
    // A row wider than its header has columns the header spans (a goal column under a merged title): the
    // header's columns stand over the row's last ones.
    const shift = Math.max(0, row.length - width);
    const cell = (column: Column): Cell => {
      const i = where.get(column);
      return i === undefined ? BLANK_CELL : row[i + shift] ?? BLANK_CELL;
    };
    const j = this.form.indicators.length;
    const at = `${this.pointer}/indicators/${j}`;
    const rowLoc = place ?? spanOf(row);
    this.map.set(at, rowLoc);
    if (row.length < width) this.report('row-short', rowLoc, 'warning', { actual: row.length, expected: width });

    this.readGoal(row.slice(0, firstColumn(where) + shift));
    // A blank 一级/二级 cell continues the one above; a 二级 never continues across a change of 一级.
    const l1 = cell('level1'), l2 = cell('level2');
    const level1 = isBlankCell(l1) ? this.above.level1 : l1.text;
    const loc1 = isBlankCell(l1) ? this.above.loc1 : l1.loc;
    const continues = isBlankCell(l2) && (isBlankCell(l1) || l1.text === this.above.level1);
    const level2 = continues ? this.above.level2 : l2.text;
    const loc2 = continues ? this.above.loc2 : l2.loc;
    this.above = { level1, level2, loc1, loc2 };

    const indicator: Indicator = { level1, level2, name: cell('name').text };
    this.map.set(`${at}/level1`, loc1);
    this.map.set(`${at}/level2`, loc2);
    this.map.set(`${at}/name`, cell('name').loc);
    if (where.has('description')) indicator.description = cell('description').text;
    if (where.has('value')) {
      const value = cell('value');
      indicator.value = parseValue(composeValue(cell('comparator').text, value.text, cell('unit').text));
      // Split over 指标性质 | 指标值 | 度量单位, the value is placed at its figure: the 指标值 cell.
      this.map.set(`${at}/value`, value.loc);
    }
    if (where.has('longTermValue')) {
      indicator.longTermValue = parseValue(cell('longTermValue').text);
      this.map.set(`${at}/longTermValue`, cell('longTermValue').loc);
    }
    if (where.has('basis')) indicator.basis = cell('basis').text;
    if (where.has('weight')) {
      const weight = parseWeight(cell('weight').text);
      if (weight === undefined) this.report('bad-weight', cell('weight').loc, 'warning', { text: cell('weight').text });
      indicator.weight = weight ?? null;
    }
    if (where.has('direction')) {
      const direction = parseDirection(cell('direction').text);
      if (direction === undefined) this.report('bad-direction', cell('direction').loc, 'warning', { text: cell('direction').text });
      indicator.direction = direction ?? null;
    }
    for (const column of ['description', 'basis', 'weight', 'direction'] as const) {
      if (where.has(column)) this.map.set(`${at}/${column}`, cell(column).loc);
    }
    if (this.goal) {
      indicator.goal = this.goal.text;
      this.map.set(`${at}/goal`, this.goal.loc);
    }
    this.form.indicators.push(indicator);
  }

  /** 目标1 in a cell left of the categories starts a goal's rows; a blank one continues it. */
  private readGoal(lead: readonly Cell[]): void {
    for (const c of lead) {
      const key = compact(c.text);
      if (GOAL.test(key)) this.goal = { text: key, loc: c.loc };
    }
  }
}

/** The first column the header names: what stands left of it is not the indicator's own. */
function firstColumn(where: Map<Column, number>): number {
  let first = Infinity;
  for (const i of where.values()) first = Math.min(first, i);
  return first;
}

/** The goal a cell heads as a row of its own (目标1：改善民生 → 目标1), or null. */
function goalOf(cell: Cell): { text: string; loc?: Loc } | null {
  const m = GOAL_ROW.exec(compact(cell.text));
  return m ? { text: m[1], ...(cell.loc ? { loc: cell.loc } : {}) } : null;
}

/** How many columns a cell covers: itself and the cells merged into it from the right. */
function spanWidth(row: readonly Cell[], cell: Cell): number {
  let i = row.indexOf(cell) + 1;
  while (row[i]?.merged === 'left') i++;
  return i - row.indexOf(cell);
}

/**
 * The title a header cell stands under: its own, or, for a cell merged into the one on its left (or blank, as
 * text exports show merged cells), that one's.
 */
function spannedTitle(cells: readonly Cell[], i: number): string {
  for (let k = Math.min(i, cells.length - 1); k >= 0; k--) if (!isBlankCell(cells[k])) return cells[k].text;
  return '';
}

/**
 * The header's cells over a second header row wider than it: a text export writes a title merged across
 * (指标值 over 中长期 | 年度) as one cell, so the header gets blank cells after the title the second row's first
 * title stands under, as many as the second row has more.
 */
function widenedOver(cells: readonly Cell[], row: readonly Cell[]): readonly Cell[] {
  const first = row.findIndex((c) => !isBlankCell(c));
  if (row.length <= cells.length || first >= cells.length) return cells;
  const blanks = Array<Cell>(row.length - cells.length).fill(BLANK_CELL);
  return [...cells.slice(0, first + 1), ...blanks, ...cells.slice(first + 1)];
}

/** A second header row's title as a column title: 年度指标值 as it is, 年度 under 指标值 as 年度指标值; null if neither. */
function subTitle(text: string, above: string): string | null {
  if (columnOf(text) !== null) return text;
  const joined = text.trim() + above.trim();
  return columnOf(joined) !== null ? joined : null;
}
