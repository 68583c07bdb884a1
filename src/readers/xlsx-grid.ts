// A sheet's cells and merged ranges → blocks, as a Word document would give them: the rows of each table
// aligned on the sheet's columns (empty cells filled in, cells covered by a merge other than its top-left one
// marked merged 'left' along its first row and 'up' below it, as Word's gridSpan and vMerge do), and every cell
// with its place (Sheet1!C12).
import type { Loc } from '../model/source.js';
import type { Block, Cell } from './layout/blocks.js';
import { titleKind } from './layout/index.js';
import { columnName, type Range, type SheetContent } from './xlsx-sheet.js';

/**
 * Cells (empty ones filled in) a workbook may make: a form has a few hundred, a large workbook some ten
 * thousand; a sheet with one cell in A1 and one in XFD1048576 must not make seventeen billion.
 */
export const MAX_WORKBOOK_CELLS = 1_000_000;

export interface GridResult {
  blocks: Block[];
  /** Cells made. */
  cells: number;
  /** Set when rows were left out: the sheet's size and the rows kept. */
  truncated?: { rows: number; columns: number; kept: number };
}

export function placeLoc(place: string): Loc {
  return { line: 1, column: 1, endLine: 1, endColumn: 1, place };
}

/**
 * The blocks of a sheet. Rows that show nothing and lie in no merged range separate tables; a table's rows run
 * over the columns from the leftmost to the rightmost that show something. `firstIndex` numbers the tables;
 * rows past `maxCells` cells are left out.
 */
export function sheetBlocks(sheet: string, content: SheetContent, firstIndex: number, maxCells: number): GridResult {
  const { cells } = content;
  if (cells.length === 0) return { blocks: [], cells: 0 };
  let top = Infinity, bottom = 0, left = Infinity, right = 0;
  for (const c of cells) {
    top = Math.min(top, c.row); bottom = Math.max(bottom, c.row);
    left = Math.min(left, c.column); right = Math.max(right, c.column);
  }
  const width = right - left + 1;
  // Merged ranges clipped to the cells shown: outside them a merge holds no text.
  const merges: Range[] = content.merges
    .filter((m) => m.bottom >= top && m.top <= bottom && m.right >= left && m.left <= right)
    .map((m) => ({ top: Math.max(m.top, top), bottom: Math.min(m.bottom, bottom), left: Math.max(m.left, left), right: Math.min(m.right, right) }));

  const text = new Map<number, Map<number, string>>();
  for (const c of cells) {
    let row = text.get(c.row);
    if (!row) text.set(c.row, (row = new Map()));
    row.set(c.column, c.text);
  }

  // The rows read, in groups separated by empty rows; rows inside a merged range belong to the table even when
  // they show nothing of their own.
  const covered = new Int32Array(bottom - top + 2);
  for (const m of merges) { covered[m.top - top]++; covered[m.bottom - top + 1]--; }
  const slot = new Int32Array(bottom - top + 1).fill(-1);
  const groups: number[][] = [[]];
  const limit = Math.floor(maxCells / width);
  let running = 0, kept = 0, total = 0;
  for (let r = top; r <= bottom; r++) {
    running += covered[r - top];
    if (!text.has(r) && running === 0) {
      if (groups[groups.length - 1].length > 0) groups.push([]);
      continue;
    }
    total++;
    if (kept < limit) { slot[r - top] = kept++; groups[groups.length - 1].push(r); }
  }

  const marks = mergeMarks(merges, (r) => slot[r - top], kept, left, width);
  const blocks: Block[] = [];
  let index = firstIndex;
  for (const group of groups) {
    if (group.length === 0) continue;
    const grid: Cell[][] = group.map((r) => {
      const row: Cell[] = [];
      for (let c = left; c <= right; c++) {
        const mark = marks[slot[r - top] * width + c - left];
        const cell: Cell = { text: mark ? '' : text.get(r)?.get(c) ?? '', loc: placeLoc(`${sheet}!${columnName(c)}${r}`) };
        if (mark) cell.merged = mark === LEFT ? 'left' : 'up';
        row.push(cell);
      }
      return row;
    });
    const table = tableWithTitles(grid, group, sheet, left, right, index);
    blocks.push(...table);
    if (table.some((b) => b.kind === 'table')) index++;
  }
  const made = kept * width;
  return total > kept ? { blocks, cells: made, truncated: { rows: total, columns: width, kept } } : { blocks, cells: made };
}

const LEFT = 1, UP = 2;

/**
 * For every cell of the rows read (slot: row → its index, -1 when not read): LEFT when it continues a merge
 * along the merge's first row or to the right of its first column, UP in its first column below, as Word's
 * gridSpan and vMerge do. Overlapping merges (which Excel refuses) are bounded by a budget of steps.
 */
function mergeMarks(merges: Range[], slot: (row: number) => number, rows: number, left: number, width: number): Uint8Array {
  const marks = new Uint8Array(rows * width);
  let budget = 4 * MAX_WORKBOOK_CELLS;
  for (const m of merges) {
    for (let r = m.top; r <= m.bottom; r++) {
      const s = slot(r);
      if (--budget < 0) return marks;
      if (s < 0) continue;
      for (let c = m.left; c <= m.right; c++) {
        if (--budget < 0) return marks;
        if (r === m.top && c === m.left) continue;
        const at = s * width + c - left;
        if (!marks[at]) marks[at] = r === m.top || c > m.left ? LEFT : UP;
      }
    }
  }
  return marks;
}

/**
 * A table, with the title rows at its head given as paragraphs: rows that show a single text (often one cell
 * merged across the width) which reads as a form's title, 1、安全生产防控经费绩效目标表 or 1、安全生产防控经费. A
 * Word document has them as paragraphs above its table, where the layout takes numbered titles too; in a
 * table row it takes only a title that names a form. Other single texts (（2020年度）, 单位：万元, 填报单位：…)
 * stay rows of the table, where the layout reads them as the form's notes.
 */
function tableWithTitles(grid: Cell[][], rowNumbers: number[], sheet: string, left: number, right: number,
  index: number): Block[] {
  const blocks: Block[] = [];
  let k = 0;
  for (; k < grid.length; k++) {
    const shown = grid[k].filter((c) => c.text !== '');
    const kind = shown.length === 1 ? titleKind(shown[0].text) : null;
    if (kind !== 'form' && kind !== 'numbered') break;
    blocks.push({ kind: 'paragraph', text: shown[0].text, loc: shown[0].loc });
  }
  if (k < grid.length) {
    const first = rowNumbers[k], last = rowNumbers[rowNumbers.length - 1];
    blocks.push({
      kind: 'table', rows: grid.slice(k), index,
      loc: placeLoc(`${sheet}!${columnName(left)}${first}:${columnName(right)}${last}`),
    });
  }
  return blocks;
}
