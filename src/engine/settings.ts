// What applies to one file: is it ignored, and which rules run on it with which severity and options.
import { relative, sep } from 'node:path';
import picomatch from 'picomatch';
import type { Config } from './config.js';
import { merge, type RuleEntries, type RuleEntry } from './presets.js';
import type { AnyRule, Severity, SeveritySetting } from './rule.js';
import type { RuleSetting } from './run.js';

const matchers = new Map<string, (path: string) => boolean>();

/**
 * Gitignore-like globs: `drafts` and `drafts/` also match everything below the folder; a pattern without a
 * slash matches at any depth, one with a slash from the config's folder.
 */
function matcher(pattern: string): (path: string) => boolean {
  let m = matchers.get(pattern);
  if (!m) {
    const p = pattern.replace(/\/$/, '').replace(/^\//, '');
    const anchored = pattern.replace(/\/$/, '').includes('/') ? p : `**/${p}`;
    m = picomatch([anchored, `${anchored}/**`], { dot: true });
    matchers.set(pattern, m);
  }
  return m;
}

function relativeTo(base: string, file: string): string {
  return relative(base, file).split(sep).join('/');
}

export function matches(patterns: string[], base: string, file: string): boolean {
  const path = relativeTo(base, file);
  return !path.startsWith('..') && patterns.some((p) => matcher(p)(path));
}

export function isIgnored(config: Config, file: string): boolean {
  return config.ignores.some(({ base, pattern }) => matches([pattern], base, file));
}

const NO_ENTRIES: RuleEntries = Object.freeze({});

/** Per config and command line: the entries by the overrides that apply (their indices), made once. */
const entriesMade = new WeakMap<Config, WeakMap<RuleEntries, Map<string, RuleEntries>>>();

/**
 * The rule entries for a file: the config's, its matching overrides in order, then the command line's. Files
 * that the same overrides apply to share one frozen object.
 */
export function entriesFor(config: Config, file: string, cli: RuleEntries = NO_ENTRIES): RuleEntries {
  const applying = config.overrides.filter((o) => matches(o.files, o.base, file) && !matches(o.excludedFiles, o.base, file));
  const key = applying.map((o) => config.overrides.indexOf(o)).join(',');
  let byCli = entriesMade.get(config);
  if (!byCli) entriesMade.set(config, (byCli = new WeakMap()));
  let byOverrides = byCli.get(cli);
  if (!byOverrides) byCli.set(cli, (byOverrides = new Map()));
  let entries = byOverrides.get(key);
  if (!entries) {
    entries = merge({}, config.rules);
    for (const o of applying) merge(entries, o.rules);
    byOverrides.set(key, (entries = Object.freeze(merge(entries, cli))));
  }
  return entries;
}

const SEVERITY: Record<Exclude<SeveritySetting, 'off'>, Severity> = { error: 'error', warn: 'warning', info: 'info' };

/** Settings made from the frozen entries entriesFor gives (which cannot change), per rule registry. */
const settingsMade = new WeakMap<RuleEntries, WeakMap<Map<string, AnyRule>, Map<string, RuleSetting>>>();

/**
 * The rules on for a file, with their severity and options; unknown ids are left out (config checks report them).
 * For entries from entriesFor, files share the map: read it, do not change it.
 */
export function settingsFor(entries: RuleEntries, rules: Map<string, AnyRule>): Map<string, RuleSetting> {
  if (!Object.isFrozen(entries)) return makeSettings(entries, rules);
  let byRules = settingsMade.get(entries);
  if (!byRules) settingsMade.set(entries, (byRules = new WeakMap()));
  let settings = byRules.get(rules);
  if (!settings) byRules.set(rules, (settings = makeSettings(entries, rules)));
  return settings;
}

function makeSettings(entries: RuleEntries, rules: Map<string, AnyRule>): Map<string, RuleSetting> {
  const settings = new Map<string, RuleSetting>();
  for (const [id, entry] of Object.entries(entries)) {
    const [severity, options] = splitEntry(entry);
    if (severity === 'off' || !rules.has(id)) continue;
    settings.set(id, { severity: SEVERITY[severity], options: options ?? {} });
  }
  return settings;
}

export function splitEntry(entry: RuleEntry): [SeveritySetting, Record<string, unknown> | undefined] {
  return Array.isArray(entry) ? [entry[0], entry[1]] : [entry, undefined];
}
