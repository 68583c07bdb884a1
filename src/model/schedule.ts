// Reading a cumulative spending plan (资金支出计划): its checkpoints in month order, blanks left out.
import type { SpendingPlan } from './types.js';

export interface FilledCheckpoint {
  month: number;
  value: number;
  /** Position in plan.checkpoints, for the checkpoint's pointer. */
  index: number;
}

/** The checkpoints that have a figure, by month (a plan may be written out of order). */
export function filledCheckpoints(plan: SpendingPlan): FilledCheckpoint[] {
  return plan.checkpoints
    .map((c, index) => ({ month: c.month, value: c.value, index }))
    .filter((c): c is FilledCheckpoint => c.value !== null)
    .sort((a, b) => a.month - b.month || a.index - b.index);
}

/** Where the plan ends: its latest checkpoint with a figure; null when no checkpoint has one. */
export function lastCheckpoint(plan: SpendingPlan): FilledCheckpoint | null {
  const filled = filledCheckpoints(plan);
  return filled.length > 0 ? filled[filled.length - 1] : null;
}
