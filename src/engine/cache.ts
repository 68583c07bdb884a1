// --cache: a file whose bytes, resolved config, locale and ptlint version are those of the last run is neither
// read nor checked again.
//
// Design. Most rules look at one file, so their diagnostics can be kept. Run-scope rules (copied-indicator)
// look at every file of the run at once: their findings on an unchanged file depend on the other files, and
// they must see the unchanged files' forms to judge the changed ones. So an entry holds
//   - the file's final diagnostics except those of run-scope rules (reader and schema problems included), and
//   - what run-scope rules need from the file: its Document, the locations of every value in it (a snapshot of
//     the source map) and its inline directives.
// On a hit the Document takes part in the run with only its run-scope rules on; run-scope rules always run
// over every file, so the results are those of an uncached run. (A restored file has no `encode`: a run-scope
// rule's fix on it would be left out; none offers fixes.) A file whose check failed (rule-error) is not kept. The cache file is an optimisation only: one that is missing, corrupt or of another format is ignored
// and rebuilt, never an error.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, statSync } from 'node:fs';
import { dirname } from 'node:path';
import type { Loc, SourceMap } from '../model/source.js';
import { parentPointer, joinPointer } from '../model/source.js';
import type { Document } from '../model/types.js';
import type { Directive, ReadResult } from '../readers/types.js';
import { VERSION } from '../version.js';
import { writeAtomically } from './atomic-write.js';
import type { Config } from './config.js';
import type { Diagnostic } from './diagnostic.js';
import type { Locale } from './i18n.js';
import type { RuleEntries } from './presets.js';
import type { AnyRule } from './rule.js';
import type { RuleSetting } from './run.js';

/** Default --cache-location, in the working folder. */
export const DEFAULT_CACHE_FILE = '.ptlintcache';
/** The layout of the cache file; another one is ignored. */
const CACHE_FORMAT = 1;

export interface CacheEntry {
  key: string;
  /** Final diagnostics of the file, less those of run-scope rules. */
  diagnostics: Diagnostic[];
  /** The file made the run fatal (exit 2): a reader or schema error. */
  fatal: boolean;
  document: Document | null;
  /** Source map snapshot: pointer → location, only where it differs from the parent's. */
  locs: Record<string, Loc>;
  directives: Directive[];
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

  /** `version` is ptlint's; tests pass another to show that an upgrade invalidates. */
  constructor(readonly path: string, readonly version: string = VERSION) {
    this.entries = loadEntries(path);
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
    const entries: Record<string, CacheEntry> = {};
    for (const file of Object.keys(this.entries).sort()) if (existsSync(file)) entries[file] = this.entries[file];
    const data: CacheFile = { format: CACHE_FORMAT, entries };
    mkdirSync(dirname(this.path), { recursive: true });
    writeAtomically(this.path, JSON.stringify(data));
  }
}

function loadEntries(path: string): Record<string, CacheEntry> {
  try {
    const data = JSON.parse(readFileSync(path, 'utf8')) as Partial<CacheFile> | null;
    if (data?.format === CACHE_FORMAT && data.entries && typeof data.entries === 'object' && !Array.isArray(data.entries)) {
      const valid = Object.entries(data.entries).filter(([, e]) => isEntry(e));
      return Object.assign(Object.create(null) as Record<string, CacheEntry>, Object.fromEntries(valid));
    }
  } catch {
    // Missing or corrupt: start afresh.
  }
  return Object.create(null) as Record<string, CacheEntry>;
}

function isEntry(e: unknown): e is CacheEntry {
  const x = e as Partial<CacheEntry> | null;
  return !!x && typeof x.key === 'string' && Array.isArray(x.diagnostics) && typeof x.fatal === 'boolean'
    && (x.document === null || typeof x.document === 'object') && !!x.locs && typeof x.locs === 'object'
    && Array.isArray(x.directives);
}

/**
 * The locations of every value in the Document, as the source map gives them. A pointer is kept only where its
 * location differs from its parent's, since lookups fall back to the nearest ancestor just as the source map's.
 */
export function snapshotLocations(document: Document | null, sourceMap: SourceMap): Record<string, Loc> {
  const locs: Record<string, Loc> = {};
  const same = (a: Loc | undefined, b: Loc | undefined) => JSON.stringify(a) === JSON.stringify(b);
  const visit = (value: unknown, pointer: string, parentLoc: Loc | undefined) => {
    const loc = sourceMap.locate(pointer);
    if (loc && !same(loc, parentLoc)) locs[pointer] = loc;
    if (value === null || typeof value !== 'object') return;
    for (const [k, v] of Object.entries(value)) if (v !== undefined) visit(v, pointer + joinPointer(k), loc);
  };
  if (document) visit(document, '', undefined);
  return locs;
}

/** The ReadResult a cache entry stands for: enough for run-scope rules and inline disables. */
export function restoreRead(entry: CacheEntry): ReadResult {
  const sourceMap: SourceMap = {
    locate(pointer) {
      for (let p: string | undefined = pointer; p !== undefined; p = parentPointer(p)) {
        if (Object.hasOwn(entry.locs, p)) return entry.locs[p];
      }
      return undefined;
    },
  };
  return { document: entry.document, sourceMap, directives: entry.directives, problems: [] };
}

/** The settings of a cached file during a run: only run-scope rules look at it again. */
export function runScopeOnly(settings: Map<string, RuleSetting>, rules: Map<string, AnyRule>): Map<string, RuleSetting> {
  return new Map([...settings].filter(([id]) => rules.get(id)?.meta.scope === 'run'));
}

/**
 * Looks a file up: its bytes and key, and the entry when there is one. Undefined when the file cannot be
 * read here (or is over `maxBytes`): the normal reading path then reports why.
 */
export function probeCache(cache: LintCache, file: string, parts: KeyParts, maxBytes: number):
  { key: string; bytes: Uint8Array; entry?: CacheEntry } | undefined {
  let bytes: Uint8Array;
  try {
    if (statSync(file).size > maxBytes) return undefined;
    bytes = readFileSync(file);
  } catch {
    return undefined;
  }
  const key = cache.keyOf(bytes, parts);
  return { key, bytes, entry: cache.get(file, key) };
}

/** The entry to keep for a file just checked: its diagnostics less run-scope rules', and what those rules need. */
export function entryOf(key: string, diagnostics: Diagnostic[], read: ReadResult, rules: Map<string, AnyRule>): CacheEntry | undefined {
  if (diagnostics.some((d) => d.ruleId === 'rule-error')) return undefined;
  return {
    key,
    diagnostics: diagnostics.filter((d) => rules.get(d.ruleId)?.meta.scope !== 'run'),
    fatal: diagnostics.some((d) => d.ruleId === 'parse-error' && d.severity === 'error'),
    document: read.document,
    locs: snapshotLocations(read.document, read.sourceMap),
    directives: read.directives,
  };
}
