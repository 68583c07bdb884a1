// Parts that must add up to a total: 财政资金 + 其他资金 = 预算数, the amounts listed in 资金用途, a department's
// income and expense totals. Amounts are in the document's money unit; a blank part counts as nothing.

export interface SumMismatch {
  total: number;
  sum: number;
  /** sum − total */
  difference: number;
}

/** Absolute slack for comparing amounts: two floats that print the same are equal. */
const EPSILON = 1e-9;

/** How the parts miss the total, or null when they add up to it within `tolerance`. */
export function sumMismatch(total: number, parts: ReadonlyArray<number | null | undefined>, tolerance = 0.01): SumMismatch | null {
  const sum = roundAmount(parts.reduce<number>((acc, part) => acc + (part ?? 0), 0));
  const difference = roundAmount(sum - total);
  return Math.abs(difference) > tolerance + EPSILON ? { total, sum, difference } : null;
}

/** Whether two amounts are equal within `tolerance`. */
export function sameAmount(a: number, b: number, tolerance = 0.01): boolean {
  return Math.abs(a - b) <= tolerance + EPSILON;
}

/** An amount without float noise (0.1 + 0.2 → 0.3), for arithmetic shown to people. */
export function roundAmount(n: number): number {
  return Math.round(n * 1e6) / 1e6;
}
