// Cells as the layout reads them: blank or not, their text joined, and the places they span.
import type { Loc } from '../../model/source.js';
import { isBlank } from '../../model/text.js';
import type { Cell } from './blocks.js';

export const BLANK_CELL: Cell = { text: '' };

export function isBlankCell(cell: Cell | undefined): boolean {
  return cell === undefined || cell.text === '' || isBlank(cell.text);
}

/** From the start of `a` to the end of `b`. */
export function span(a: Loc | undefined, b: Loc | undefined): Loc | undefined {
  if (!a || !b) return a ?? b;
  return {
    line: a.line, column: a.column, endLine: b.endLine, endColumn: b.endColumn,
    ...(a.offset !== undefined && b.endOffset !== undefined ? { offset: a.offset, endOffset: b.endOffset } : {}),
    ...(a.place ? { place: a.place } : {}),
  };
}

/** The place of several cells: the first to the last that has one. */
export function spanOf(cells: readonly Cell[]): Loc | undefined {
  const located = cells.filter((c) => c.loc);
  return located.length > 0 ? span(located[0].loc, located[located.length - 1].loc) : undefined;
}

/** The texts of the non-blank cells, side by side. */
export function joinCells(cells: readonly Cell[]): string {
  return cells.filter((c) => !isBlankCell(c)).map((c) => c.text).join(' ');
}

/** Several cells read as one value: their texts joined, their places spanned. */
export function mergeCells(cells: readonly Cell[]): Cell {
  if (cells.length === 1) return cells[0];
  const loc = spanOf(cells);
  return { text: joinCells(cells), ...(loc ? { loc } : {}) };
}

/** The place of text[start, end) of a cell whose text is verbatim source; the whole cell's place otherwise. */
export function partLoc(cell: Cell, start: number, end: number): Loc | undefined {
  const loc = cell.loc;
  if (!loc || !cell.verbatim || loc.offset === undefined) return loc;
  const at = (i: number) => {
    const before = cell.text.slice(0, i);
    const breaks = before.split('\n').length - 1;
    const lineStart = before.lastIndexOf('\n') + 1;
    return { line: loc.line + breaks, column: breaks === 0 ? loc.column + i : i - lineStart + 1 };
  };
  const s = at(start), e = at(end);
  return { line: s.line, column: s.column, endLine: e.line, endColumn: e.column, offset: loc.offset + start, endOffset: loc.offset + end };
}
