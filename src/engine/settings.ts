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

/** The rule entries for a file: the config's, its matching overrides in order, then the command line's. */
export function entriesFor(config: Config, file: string, cli: RuleEntries = {}): RuleEntries {
  const entries = merge({}, config.rules);
  for (const o of config.overrides) {
    if (matches(o.files, o.base, file) && !matches(o.excludedFiles, o.base, file)) merge(entries, o.rules);
  }
  return merge(entries, cli);
}

const SEVERITY: Record<Exclude<SeveritySetting, 'off'>, Severity> = { error: 'error', warn: 'warning', info: 'info' };

/** The rules on for a file, with their severity and options; unknown ids are left out (config checks report them). */
export function settingsFor(entries: RuleEntries, rules: Map<string, AnyRule>): Map<string, RuleSetting> {
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
