// The built-in rules. A new rule is a file in rules/ and a line here.
import type { AnyRule } from '../src/engine/rule.js';
import basisCopiesText from './basis-copies-text.js';
import basisEmpty from './basis-empty.js';
import budgetSumMismatch from './budget-sum-mismatch.js';
import copiedIndicator from './copied-indicator.js';
import descriptionCopiesName from './description-copies-name.js';
import descriptionEmpty from './description-empty.js';
import duplicateIndicator from './duplicate-indicator.js';
import fieldEmpty from './field-empty.js';
import indicatorEmpty from './indicator-empty.js';
import scheduleDecreasing from './schedule-decreasing.js';
import scheduleIncomplete from './schedule-incomplete.js';
import valueEmpty from './value-empty.js';
import valueUnitMismatch from './value-unit-mismatch.js';
import valueVague from './value-vague.js';
import weightSumMismatch from './weight-sum-mismatch.js';

export const BUILTIN_RULES: readonly AnyRule[] = [
  indicatorEmpty, descriptionEmpty, valueEmpty, basisEmpty, fieldEmpty,
  valueUnitMismatch, valueVague,
  descriptionCopiesName, basisCopiesText, duplicateIndicator, copiedIndicator,
  scheduleIncomplete, scheduleDecreasing, budgetSumMismatch, weightSumMismatch,
];

/** A fresh id → rule map of the built-in rules. */
export function builtinRules(): Map<string, AnyRule> {
  return new Map(BUILTIN_RULES.map((rule) => [rule.meta.id, rule]));
}
