// ptlint's programmatic API: for plugins (rules) and for tools that embed the linter.
export { defineRule } from './engine/rule.js';
export type { Rule, RuleMeta, RuleContext, Report, Scope, Severity, SeveritySetting, DocumentNode, FormNode, IndicatorNode, AnyRule } from './engine/rule.js';
export type { Diagnostic, FileResult } from './engine/diagnostic.js';
export type { Document, Form, Indicator, IndicatorValue, Budget, SpendingPlan, Checkpoint, Comparator } from './model/types.js';
export type { Loc } from './model/source.js';
export { Linter, type LintOptions, type LintRun } from './engine/lint.js';
export { builtinRules } from '../rules/index.js';
export { parseValue, normaliseComparator } from './model/value.js';
export { measureOf, measureOfText, type Measure } from './model/measure.js';
export { unitKind, type UnitKind } from './model/units.js';
export { textKey, compact, isBlank } from './model/text.js';
export { hasColumn } from './model/columns.js';
