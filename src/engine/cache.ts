// --cache: a file whose bytes, resolved config, locale and ptlint version are those of the last run is neither
// read nor checked again.
//
// Design. Most rules look at one file, so their diagnostics can be kept. Run-scope rules (copied-indicator)
// look at every file of the run at once: their findings on an unchanged file depend on the other files, and
// they must see the unchanged files to judge the changed ones. So an entry holds
//   - the file's final diagnostics except those of run-scope rules (reader and schema problems included), and
//   - what run-scope rules need from the file (its carry, src/engine/file-check.ts): what they collected of it,
//     its inline directives and, where the reader had them at hand, its rows and the places those rules report
//     at (else a file a run-scope rule reports on is read again, from the bytes hashed for the key).
// On a hit the carry takes part in the run with only its run-scope rules on; run-scope rules always run over
// every file, so the results are those of an uncached run. (A restored file has no `encode`: a run-scope rule's
// fix on it would be left out; none offers fixes.) A file whose check failed (rule-error) is not kept. The cache
// file is an optimisation only: one that is missing, corrupt or of another format is ignored and rebuilt, never
// an error.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { VERSION } from '../version.js';
import { makeFolders, writeAtomically } from './atomic-write.js';
import { readFileWithin } from './files.js';
import type { Config } from './config.js';
import type { Diagnostic } from './diagnostic.js';
import type { Carry, FileCheck } from './file-check.js';
import type { Locale } from './i18n.js';
import type { RuleEntries } from './presets.js';
import type { AnyRule } from './rule.js';
import type { RuleSetting } from './run.js';

/** Default --cache-location, in the working folder. */
export const DEFAULT_CACHE_FILE = '.ptlintcache';
/** The layout of the cache file; another one is ignored. */
const CACHE_FORMAT = 7;

export interface CacheEntry {
  key: string;
  /** Final diagnostics of the file, less those of run-scope rules. */
  diagnostics: Diagnostic[];
  /** The file made the run fatal (exit 2): a reader or schema error. */
  fatal: boolean;
  department?: string;
  /**
   * What run-scope rules need of the file (src/engine/file-check.ts); null when it has no Document, or no run-scope
   * rule on.
   */
  carry: Carry | null;
}

interface CacheFile {
  format: typeof CACHE_FORMAT;
  entries: Record<string, CacheEntry>;
}

/** What a file's results depend on besides its bytes. */
export interface KeyParts {
  config: Config;
  /** The rule entries for this file: config, overrides and --rule. */
  entries: RuleEntries;
  locale: Locale;
  /** The file's name as the Document's source (relative to the working folder). */
  source: string;
}

export class LintCache {
  /** Files answered from the cache, and files read, in this process. */
  hits = 0;
  misses = 0;
  private readonly entries: Record<string, CacheEntry>;
  /** The file at `path` is something else than a cache (a form, a report): it is never written over. */
  private readonly foreign: boolean;

  /** `version` is ptlint's; tests pass another to show that an upgrade invalidates. */
  constructor(readonly path: string, readonly version: string = VERSION) {
    ({ entries: this.entries, foreign: this.foreign } = loadEntries(path));
  }

  keyOf(bytes: Uint8Array, { config, entries, locale, source }: KeyParts): string {
    const content = createHash('sha256').update(bytes).digest('hex');
    const resolved = { entries, lexicon: config.lexicon, plugins: config.plugins.map((r) => r.meta.id) };
    return createHash('sha256').update(JSON.stringify([this.version, content, resolved, locale, source])).digest('hex');
  }

  /** The entry of an absolute file path, when it was made under the same key. */
  get(file: string, key: string): CacheEntry | undefined {
    const entry = Object.hasOwn(this.entries, file) ? this.entries[file] : undefined;
    if (entry?.key === key) { this.hits++; return entry; }
    this.misses++;
    return undefined;
  }

  set(file: string, entry: CacheEntry): void {
    this.entries[file] = entry;
  }

  /** Writes the cache atomically (making its folder), leaving out files that no longer exist. */
  save(): void {
    if (this.foreign) throw new Error('the file there is not a ptlint cache: left as it is');
    const entries: Record<string, CacheEntry> = {};
    for (const file of Object.keys(this.entries).sort()) if (existsSync(file)) entries[file] = this.entries[file];
    const data: CacheFile = { format: CACHE_FORMAT, entries };
    makeFolders(dirname(this.path));
    writeAtomically(this.path, JSON.stringify(data));
  }
}

/**
 * The entries of the cache file at `path`. Missing, corrupt, or of another format: none (it is made afresh). Not a
 * cache at all (not a JSON object with a format): none, and `foreign`.
 */
function loadEntries(path: string): { entries: Record<string, CacheEntry>; foreign: boolean } {
  const entries = Object.create(null) as Record<string, CacheEntry>;
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch {
    return { entries, foreign: false };
  }
  let data: Partial<CacheFile> | null;
  try {
    data = JSON.parse(text) as Partial<CacheFile> | null;
  } catch {
    // Cut short (a write that never finished leaves the old file, but a copy may not): a cache's first characters.
    return { entries, foreign: text.trim() !== '' && !text.startsWith('{"format":') };
  }
  if (typeof data?.format !== 'number') return { entries, foreign: true };
  if (data.format === CACHE_FORMAT && data.entries && typeof data.entries === 'object' && !Array.isArray(data.entries)) {
    for (const [file, entry] of Object.entries(data.entries)) if (isEntry(entry)) entries[file] = entry;
  }
  return { entries, foreign: false };
}

function isEntry(e: unknown): e is CacheEntry {
  const x = e as Partial<CacheEntry> | null;
  return !!x && typeof x.key === 'string' && Array.isArray(x.diagnostics) && typeof x.fatal === 'boolean'
    && (x.carry === null || (typeof x.carry === 'object' && typeof x.carry?.source === 'string'
      && typeof x.carry.collected === 'object' && Array.isArray(x.carry.directives)));
}

const runScopeMade = new WeakMap<Map<string, RuleSetting>, WeakMap<Map<string, AnyRule>, Map<string, RuleSetting>>>();

/**
 * The settings of a cached file during a run: only run-scope rules look at it again. Made once per settings and
 * registry (files of one config share them): read it, do not change it.
 */
export function runScopeOnly(settings: Map<string, RuleSetting>, rules: Map<string, AnyRule>): Map<string, RuleSetting> {
  let byRules = runScopeMade.get(settings);
  if (!byRules) runScopeMade.set(settings, (byRules = new WeakMap()));
  let only = byRules.get(rules);
  if (!only) byRules.set(rules, (only = new Map([...settings].filter(([id]) => rules.get(id)?.meta.scope === 'run'))));
  return only;
}

/**
 * Looks a file up: its bytes and key, and the entry when there is one. Undefined when the file cannot be
 * read here (or is over `maxBytes`): the normal reading path then reports why.
 */
export function probeCache(cache: LintCache, file: string, parts: KeyParts, maxBytes: number):
  { key: string; bytes: Uint8Array; entry?: CacheEntry } | undefined {
  let bytes: Uint8Array;
  try {
    const read = readFileWithin(file, maxBytes);
    if ('tooLarge' in read) return undefined;
    bytes = read.bytes;
  } catch {
    return undefined;
  }
  const key = cache.keyOf(bytes, parts);
  return { key, bytes, entry: cache.get(file, key) };
}

/** The entry to keep for a file just checked; none when a rule failed on it (that may not happen next time). */
export function entryOf(key: string, check: FileCheck): CacheEntry | undefined {
  if (check.diagnostics.some((d) => d.ruleId === 'rule-error')) return undefined;
  const { diagnostics, fatal, department, carry } = check;
  return { key, diagnostics: [...diagnostics], fatal, ...(department ? { department } : {}), carry: carry ?? null };
}

/** The check a cache entry stands for (its diagnostics copied: the run adds run-scope findings to them). */
export function checkOfEntry(entry: CacheEntry): FileCheck {
  const { fatal, department, carry } = entry;
  return { diagnostics: [...entry.diagnostics], fatal, ...(department ? { department } : {}), ...(carry ? { carry } : {}) };
}
