import { describe, expect, it } from 'vitest';
import { roundAmount, sameAmount, sumMismatch } from '../../src/model/sums.js';
import { filledCheckpoints, lastCheckpoint } from '../../src/model/schedule.js';

describe('sumMismatch', () => {
  it('says how the parts miss the total, blanks counting as nothing', () => {
    expect(sumMismatch(5, [4, 0.5])).toEqual({ total: 5, sum: 4.5, difference: -0.5 });
    expect(sumMismatch(73.9, [18.84, 55])).toEqual({ total: 73.9, sum: 73.84, difference: -0.06 });
    expect(sumMismatch(2, [3, null])).toMatchObject({ difference: 1 });
  });

  it('passes parts that add up within the tolerance, float noise included', () => {
    expect(sumMismatch(0.3, [0.1, 0.2])).toBeNull();
    expect(sumMismatch(2.55, [2.55, null])).toBeNull();
    expect(sumMismatch(2.55, [2.55, undefined])).toBeNull();
    expect(sumMismatch(10, [9.99, 0])).toBeNull();
    expect(sumMismatch(10, [9.9, 0])).not.toBeNull();
    expect(sumMismatch(10, [9.9, 0], 0.1)).toBeNull();
  });

  it('compares and rounds amounts', () => {
    expect(sameAmount(99.995, 100)).toBe(true);
    expect(sameAmount(99.9, 100)).toBe(false);
    expect(roundAmount(0.1 + 0.2)).toBe(0.3);
  });
});

describe('spending plan checkpoints', () => {
  it('orders filled checkpoints by month and finds where the plan ends', () => {
    const plan = { unit: '%' as const, checkpoints: [{ month: 6, value: 50 }, { month: 3, value: 25 }, { month: 12, value: null }] };
    expect(filledCheckpoints(plan).map((c) => [c.month, c.index])).toEqual([[3, 1], [6, 0]]);
    expect(lastCheckpoint(plan)).toEqual({ month: 6, value: 50, index: 0 });
    expect(lastCheckpoint({ unit: '%', checkpoints: [{ month: 12, value: null }] })).toBeNull();
  });
});
