// The indicator table: its header row (column titles and their synonyms, src/model/vocabulary.ts) and its rows.
// A blank 一级/二级 cell continues the category above, as a merged cell does; department-wide forms group rows
// by goal (a vertical cell `目\n标\n1`) in a column left of the categories.
import type { Form, Indicator, IndicatorColumn } from '../../model/types.js';
import type { Loc, PointerMap } from '../../model/source.js';
import { parseValue } from '../../model/value.js';
import { columnOf, headerFieldOf, type Column } from '../../model/vocabulary.js';
import { compact } from '../../model/text.js';
import type { Cell } from './blocks.js';
import { BLANK_CELL, isBlankCell, spanOf } from './cells.js';
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

/**
 * An indicator table's header: 三级指标 (or a synonym) and one of 一级指标/二级指标/指标值. 'broken': it looks like
 * one but has no 三级指标 column; null: any other row.
 */
export function indicatorHeaderOf(cells: readonly Cell[]): IndicatorHeader | 'broken' | null {
  const where = new Map<Column, number>();
  cells.forEach((cell, i) => {
    const column = columnOf(cell.text);
    if (column && !where.has(column)) where.set(column, i);
  });
  const framework = where.has('level1') || where.has('level2') || where.has('value');
  if (framework && where.has('name')) return { where, width: cells.length, cells };
  return framework && where.size >= 2 ? 'broken' : null;
}

export function isIndicatorHeader(texts: readonly string[]): boolean {
  const header = indicatorHeaderOf(texts.map((text) => ({ text })));
  return header !== null && header !== 'broken';
}

/** Reads the rows of one indicator table into a form, with the place of every value. */
export class IndicatorTable {
  private above: { level1: string; level2: string; loc1?: Loc; loc2?: Loc } = { level1: '', level2: '' };
  private goal: { text: string; loc?: Loc } | null = null;

  constructor(
    readonly header: IndicatorHeader,
    private readonly form: Form,
    private readonly pointer: string,
    private readonly map: PointerMap,
    private readonly report: Report,
  ) {
    const present = OPTIONAL_COLUMNS.filter((c) => header.where.has(c));
    form.columns = OPTIONAL_COLUMNS.filter((c) => present.includes(c) || form.columns?.includes(c));
  }

  /**
   * Whether a row still belongs to the table: rows of an indicator table are as wide as its header, merged cells
   * repeating as blanks; a row of half the width or one led by a header label (项目名称) is something else.
   */
  holds(row: readonly Cell[]): boolean {
    if (row.length < Math.ceil(this.header.width / 2)) return false;
    const first = row.find((c) => !isBlankCell(c));
    return !first || headerFieldOf(first.text) === null;
  }

  /** Whether a row repeats the header (a table continued on a new page). */
  repeatsHeader(row: readonly Cell[]): boolean {
    return row.length === this.header.width && row.every((c, i) => compact(c.text) === compact(this.header.cells[i].text));
  }

  read(row: readonly Cell[]): void {
    if (row.every(isBlankCell)) return;
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
    const rowLoc = spanOf(row);
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
      this.map.set(`${at}/value`, spanOf([cell('comparator'), value, cell('unit')].filter((c) => !isBlankCell(c))) ?? value.loc);
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
  return Math.min(...where.values());
}
