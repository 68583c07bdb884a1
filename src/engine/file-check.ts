// What checking one file on its own yields, wherever it was made (here, in a worker thread, or kept in the
// cache): its findings except those of run-scope rules, and — when such rules are on for it — what they need of
// it later, when every file is in: its Document, its inline directives and, where they cost nothing, the places
// those rules report at. Plain data, so that it crosses threads and goes into the cache file as it is.
import type { Loc, SourceMap } from '../model/source.js';
import type { Document, Form } from '../model/types.js';
import type { Directive, ReadResult } from '../readers/types.js';
import type { Diagnostic } from './diagnostic.js';

export interface FileCheck {
  diagnostics: Diagnostic[];
  /** The file makes the run fatal (exit 2): it could not be read, or a reader or schema error. */
  fatal: boolean;
  /** The unit the file's forms belong to (FileResult.department). */
  department?: string;
  carry?: Carry;
}

/**
 * What run-scope rules need of a file: the parts of its Document they read (all of it, unless every such rule on
 * says what it reads: RuleMeta.reads). Not every location: most files get no run-scope finding, and placing every
 * value of tens of thousands of files cost a fifth of a run. Only the places the rules say they report at
 * (RuleMeta.places), and only where the reader had them at hand (an eager source map: Word, Excel, Markdown);
 * the few files reported on elsewhere are read again to place their findings (restoreRead).
 */
export interface Carry {
  document: Document;
  directives: Directive[];
  places?: Record<string, Loc>;
}

/**
 * The places of `patterns` (pointers below each form, `*` for every item of a list) in a document, where the
 * source map has them at hand; undefined where it would have to work them out.
 */
export function placesOf(document: Document, sourceMap: SourceMap, patterns: readonly string[]): Record<string, Loc> | undefined {
  if (!sourceMap.eager || patterns.length === 0) return undefined;
  const places: Record<string, Loc> = {};
  const visit = (at: unknown, pointer: string, parts: readonly string[]): void => {
    if (parts.length === 0) {
      const loc = sourceMap.locate(pointer);
      if (loc) places[pointer] = loc;
      return;
    }
    if (at === null || typeof at !== 'object') return;
    const [part, ...rest] = parts;
    if (part === '*') {
      if (Array.isArray(at)) at.forEach((item, i) => visit(item, `${pointer}/${i}`, rest));
    } else visit((at as Record<string, unknown>)[part], `${pointer}/${part}`, rest);
  };
  for (const pattern of patterns) {
    document.forms.forEach((form, f) => visit(form, `/forms/${f}`, pattern.split('/')));
  }
  return places;
}

/**
 * The ReadResult a carry stands for: enough for run-scope rules and inline disables. It places a finding from the
 * carry's places, else from `reread` (the same bytes read again, on the first such finding), and places nothing
 * when they can no longer be read.
 */
export function restoreRead(carry: Carry, reread: () => SourceMap | undefined): ReadResult {
  let map: SourceMap | undefined | null = null;
  const sourceMap: SourceMap = {
    locate(pointer) {
      const kept = carry.places?.[pointer];
      if (kept) return kept;
      if (map === null) map = reread();
      return map?.locate(pointer);
    },
  };
  return { document: carry.document, sourceMap, directives: carry.directives, problems: [] };
}

/**
 * What a finding's row context (run.ts, subjectOf) reads of a form, whichever rule reports: the form's name, and
 * the indicator's categories and texts.
 */
const REPORTED = ['name', 'title', 'indicators/*/level1', 'indicators/*/level2', 'indicators/*/name',
  'indicators/*/description', 'indicators/*/value/text', 'indicators/*/basis'];

/** Patterns as a tree of the keys to keep (`true`: the whole value); `*` stands for every item of a list. */
export interface Reads { [key: string]: Reads | true }

/**
 * The tree of what run-scope rules read below a form (RuleMeta.reads), with what their findings report; undefined
 * (the whole Document) when one of them does not say.
 */
export function readsOf(patterns: ReadonlyArray<readonly string[] | undefined>): Reads | undefined {
  if (patterns.some((p) => p === undefined)) return undefined;
  // Every form keeps its list of indicators, so that rows keep their indices and pointers.
  const tree: Reads = { indicators: { '*': {} } };
  for (const pattern of [...REPORTED, ...patterns.flat() as string[]]) {
    let at = tree;
    const parts = pattern.split('/');
    for (const [k, part] of parts.entries()) {
      if (at[part] === true) break; // kept whole already
      if (k === parts.length - 1) at[part] = true;
      else at = (at[part] ??= {}) as Reads;
    }
  }
  return tree;
}

/**
 * The part of a Document that `reads` keeps of each form (the Document's source too): the rest of it is neither
 * held for the whole run, nor sent between threads, nor written to the cache.
 */
export function carriedDocument(document: Document, reads: Reads | undefined): Document {
  if (!reads) return document;
  const kept: Document = { forms: document.forms.map((form) => pick(form, reads) as Form) };
  if (document.source !== undefined) kept.source = document.source;
  return kept;
}

function pick(value: unknown, reads: Reads | true): unknown {
  if (reads === true || value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) return reads['*'] ? value.map((item) => pick(item, reads['*'])) : [];
  const kept: Record<string, unknown> = {};
  for (const key of Object.keys(reads)) {
    const at = (value as Record<string, unknown>)[key];
    if (at !== undefined) kept[key] = pick(at, reads[key]);
  }
  return kept;
}
