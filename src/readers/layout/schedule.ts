// The spending plan (资金支出计划) of a form, from what its header holds: the plan's label and the cell beside it
// (a plan written in one cell: 3月底 25%；6月底 50%…), or checkpoint labels (3月底 …) each with its value. Every
// reader of header tables (the layout module, the Markdown reader) reads plans through this.
import type { SpendingPlan } from '../../model/types.js';
import type { PointerMap } from '../../model/source.js';
import type { Cell } from './blocks.js';
import { isBlankCell, partLoc, span } from './cells.js';
import { inlineCheckpoints, parseCheckpoint, planUnit, type CheckpointValue } from './values.js';
import type { Report } from './report.js';

export interface ScheduleCells {
  /** The plan's label and the cell beside it, blank when the plan stands in checkpoint cells. */
  plan: { label: Cell; value: Cell } | null;
  /** Checkpoint labels (3月底) with their values, in the order met. */
  checkpoints: ReadonlyArray<{ label: Cell; value: Cell; month: number }>;
}

export interface Schedule {
  /** Absent when the form has no plan; null when it has one left blank or unreadable. */
  plan?: SpendingPlan | null;
  /** Checkpoint pairs beside a plan written in one cell: fields of the form, as written. */
  extra: Array<{ label: Cell; value: Cell }>;
}

/**
 * Reads the plan and places it at `at` (/forms/0/schedule) and each checkpoint within it, where the cell's text
 * is verbatim source at the checkpoint's own text. A figure that cannot be read is reported and left null.
 */
export function readSchedule(cells: ScheduleCells, budgetTotal: number | null | undefined, at: string, map: PointerMap,
  report: Report): Schedule {
  const { plan, checkpoints } = cells;
  const words = [...(plan ? [plan.label] : []), ...checkpoints.map((c) => c.label)].map((c) => c.text).join(' ');
  if (plan && !isBlankCell(plan.value)) {
    const cell = plan.value;
    map.set(at, cell.loc);
    const extra = checkpoints.map(({ label, value }) => ({ label, value }));
    const items = inlineCheckpoints(cell.text);
    if (!items) {
      report('bad-schedule', cell.loc, 'error', { text: cell.text });
      return { plan: null, extra };
    }
    items.forEach((item, k) => map.set(`${at}/checkpoints/${k}`, partLoc(cell, item.start, item.end)));
    const checkpointsRead = items.map(({ month, value }) => ({ month, value }));
    return { plan: { unit: planUnit(words, items, budgetTotal), checkpoints: checkpointsRead }, extra };
  }
  if (checkpoints.length > 0) {
    const values: CheckpointValue[] = checkpoints.map(({ value }) => {
      const read = parseCheckpoint(value.text);
      if (!read) report('bad-schedule', value.loc, 'error', { text: value.text });
      return read ?? { value: null };
    });
    checkpoints.forEach(({ value, label }, k) => map.set(`${at}/checkpoints/${k}`, value.loc ?? label.loc));
    const first = checkpoints[0], last = checkpoints[checkpoints.length - 1];
    map.set(at, span(first.value.loc ?? first.label.loc, last.value.loc ?? last.label.loc));
    const checkpointsRead = checkpoints.map(({ month }, k) => ({ month, value: values[k].value }));
    return { plan: { unit: planUnit(words, values, budgetTotal), checkpoints: checkpointsRead }, extra: [] };
  }
  if (plan) {
    // A plan left blank: placed where it should have been written.
    map.set(at, plan.value.loc ?? plan.label.loc);
    return { plan: null, extra: [] };
  }
  return { extra: [] };
}
