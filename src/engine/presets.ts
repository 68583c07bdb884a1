// Built-in presets: rule settings a config can `extends`.
import type { AnyRule, SeveritySetting } from './rule.js';

export type RuleEntry = SeveritySetting | [SeveritySetting, Record<string, unknown>?];
export type RuleEntries = Record<string, RuleEntry>;

export const PRESET_NAMES = ['ptlint:recommended', 'ptlint:strict', 'ptlint:all', 'ptlint:mof-2021', 'ptlint:hebei'] as const;
export type PresetName = (typeof PRESET_NAMES)[number];

export function isPreset(name: string): name is PresetName {
  return (PRESET_NAMES as readonly string[]).includes(name);
}

/** Rules that judge category names against an indicator framework take a `framework` option. */
function followsFramework(rule: AnyRule): boolean {
  const properties = (rule.meta.options as { properties?: Record<string, unknown> } | undefined)?.properties;
  return !!properties && 'framework' in properties;
}

/**
 * - recommended: the rules marked so, at their default severity; works across provinces' templates.
 * - strict: every rule, warnings raised to errors.
 * - all: every rule at its default severity.
 * - mof-2021 / hebei: recommended, with the framework rules (category-missing among them) judging by the
 *   2021 central guideline (成本指标 as a 一级) or by Hebei's template (效果指标).
 */
export function presetRules(name: PresetName, rules: Iterable<AnyRule>): RuleEntries {
  const entries: RuleEntries = {};
  for (const rule of rules) {
    const { id, severity, recommended } = rule.meta;
    switch (name) {
      case 'ptlint:recommended':
        if (recommended) entries[id] = severity;
        break;
      case 'ptlint:all':
        entries[id] = severity;
        break;
      case 'ptlint:strict':
        entries[id] = severity === 'warn' ? 'error' : severity;
        break;
      case 'ptlint:mof-2021':
      case 'ptlint:hebei':
        if (followsFramework(rule)) entries[id] = [severity, { framework: name.slice('ptlint:'.length) }];
        else if (recommended) entries[id] = severity;
        break;
    }
  }
  return entries;
}

/** Later entries win; a bare severity keeps the options set before it (as ESLint does). */
export function merge(into: RuleEntries, from: RuleEntries): RuleEntries {
  for (const [id, entry] of Object.entries(from)) {
    const before = into[id];
    into[id] = typeof entry === 'string' && Array.isArray(before) && before[1] ? [entry, before[1]] : entry;
  }
  return into;
}
