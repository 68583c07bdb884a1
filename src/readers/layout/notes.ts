// Notes written as `label：value` in one cell — `填报单位（盖章）：某办事处    单位负责人：某某`, `填报人：张三
// 联系电话：138…` — as forms carry them above or under their tables. The form keeps them as fields, as written.
import type { Cell } from './blocks.js';
import { partLoc } from './cells.js';

export interface NotePair {
  label: Cell;
  value: Cell;
}

/**
 * A pair: a label of up to 20 characters, a colon, and its value, which runs to wide spaces, a line break, the
 * end, or the next pair's label (one space, then `联系电话：`).
 */
const PAIR = /([^\s：:][^：:\n]{0,19}?)\s*[：:][ \t\u3000]*(\S(?:.*?\S)?)(?=[ \t\u3000]{2,}|[ \t\u3000][^\s：:]{1,20}[：:]|\n|$)/gu;

/** The pairs a cell's text holds, each placed within the cell where its text is verbatim source. */
export function notesIn(cell: Cell): NotePair[] {
  return [...cell.text.matchAll(PAIR)].map((m) => {
    const start = m.index, valueStart = start + m[0].length - m[2].length;
    return {
      label: { text: m[1], loc: partLoc(cell, start, start + m[1].length) },
      value: { text: m[2], loc: partLoc(cell, valueStart, valueStart + m[2].length) },
    };
  });
}

const LEADING_PAIR = new RegExp(`^\\s*${PAIR.source}`, 'u');

/** Whether a cell is a note: its text starts with a pair. */
export function isNote(cell: Cell): boolean {
  return LEADING_PAIR.test(cell.text);
}
