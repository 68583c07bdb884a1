// Built-in presets: rule settings a config can `extends`.
import type { AnyRule, SeveritySetting } from './rule.js';

export type RuleEntry = SeveritySetting | [SeveritySetting, Record<string, unknown>?];
export type RuleEntries = Record<string, RuleEntry>;

export const PRESET_NAMES = ['ptlint:recommended', 'ptlint:all'] as const;

export function isPreset(name: string): boolean {
  return (PRESET_NAMES as readonly string[]).includes(name);
}

/** The rule entries of a preset: recommended turns on the rules marked so; all turns every rule on. */
export function presetRules(name: string, rules: Iterable<AnyRule>): RuleEntries {
  const entries: RuleEntries = {};
  for (const rule of rules) {
    if (name === 'ptlint:all' || rule.meta.recommended) entries[rule.meta.id] = rule.meta.severity;
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
