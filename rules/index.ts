// The built-in rules. A new rule is a file in rules/ and a line here.
import type { AnyRule } from '../src/engine/rule.js';
import basisBoilerplate from './basis-boilerplate.js';
import basisCopiesText from './basis-copies-text.js';
import basisEmpty from './basis-empty.js';
import budgetManagementIndicator from './budget-management-indicator.js';
import budgetSumMismatch from './budget-sum-mismatch.js';
import categoryMismatch from './category-mismatch.js';
import categoryMissing from './category-missing.js';
import categoryNonstandard from './category-nonstandard.js';
import categoryUnknown from './category-unknown.js';
import cellWhitespace from './cell-whitespace.js';
import copiedIndicator from './copied-indicator.js';
import descriptionCopiesName from './description-copies-name.js';
import descriptionEmpty from './description-empty.js';
import duplicateIndicator from './duplicate-indicator.js';
import fieldEmpty from './field-empty.js';
import indicatorEmpty from './indicator-empty.js';
import indicatorNameTooLong from './indicator-name-too-long.js';
import personalInfo from './personal-info.js';
import scheduleDecreasing from './schedule-decreasing.js';
import scheduleIncomplete from './schedule-incomplete.js';
import textRepeated from './text-repeated.js';
import valueComparatorFormat from './value-comparator-format.js';
import valueCopiesText from './value-copies-text.js';
import valueEmpty from './value-empty.js';
import valueNoOperator from './value-no-operator.js';
import valueOutOfRange from './value-out-of-range.js';
import valueTrivial from './value-trivial.js';
import valueUnitMismatch from './value-unit-mismatch.js';
import valueUnitMissing from './value-unit-missing.js';
import valueVague from './value-vague.js';
import weightSumMismatch from './weight-sum-mismatch.js';

export const BUILTIN_RULES: readonly AnyRule[] = [
  indicatorEmpty, descriptionEmpty, valueEmpty, basisEmpty, fieldEmpty,
  categoryNonstandard, categoryUnknown, categoryMissing, categoryMismatch,
  valueUnitMismatch, valueVague, valueUnitMissing, valueOutOfRange, valueTrivial, valueCopiesText, valueNoOperator,
  descriptionCopiesName, basisCopiesText, duplicateIndicator, copiedIndicator,
  scheduleIncomplete, scheduleDecreasing, budgetSumMismatch, weightSumMismatch,
  basisBoilerplate, textRepeated, indicatorNameTooLong, budgetManagementIndicator, personalInfo,
  valueComparatorFormat, cellWhitespace,
];

/** A fresh id → rule map of the built-in rules. */
export function builtinRules(): Map<string, AnyRule> {
  return new Map(BUILTIN_RULES.map((rule) => [rule.meta.id, rule]));
}
