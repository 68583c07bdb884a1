// What checking one file on its own yields, wherever it was made (here, in a worker thread, or kept in the
// cache): its findings except those of run-scope rules, and — when such rules are on for it — what they need of
// it later, when every file is in: what their `collect` kept of it, its inline directives and, where they cost
// nothing, its rows and the places those rules report at. Plain data, so that it crosses threads and goes into the
// cache file as it is.
import type { Loc, SourceMap } from '../model/source.js';
import type { Document, Form } from '../model/types.js';
import type { Directive } from '../readers/types.js';
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
 * What run-scope rules need of a file. Not its whole Document: most files get no run-scope finding, and holding
 * every row's texts for tens of thousands of files (and passing them between threads) cost a tenth of a run.
 * Each rule's `collect` keeps what it judges by; the rows a finding shows, and the places the rules say they
 * report at (RuleMeta.places), are kept only where the reader had them at hand (an eager source map: Word,
 * Excel, text exports, Markdown), for reading such a file again costs a parse. The others (JSON, YAML) are read
 * again for the few files a finding is on (RunFile.node).
 */
export interface Carry {
  /** The Document's source: the file as the run names it. */
  source: string;
  /** What each run-scope rule on for the file collected of it, by rule id. */
  collected: Record<string, unknown>;
  /**
   * The Document as findings show its rows (REPORTED), where kept; the whole of it when a run-scope rule on does
   * not collect (it reads the nodes of every file).
   */
  document?: Document;
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
 * What a finding's row context (run.ts, subjectOf) reads of a form, whichever rule reports: the form's name, and
 * the indicator's categories and texts.
 */
const REPORTED = ['name', 'title', 'indicators/*/level1', 'indicators/*/level2', 'indicators/*/name',
  'indicators/*/description', 'indicators/*/value/text', 'indicators/*/basis'];

/** Patterns as a tree of the keys to keep (`true`: the whole value); `*` stands for every item of a list. */
interface Reads { [key: string]: Reads | true }

const REPORTED_TREE: Reads = (() => {
  const tree: Reads = {};
  for (const pattern of REPORTED) {
    const parts = pattern.split('/');
    let at = tree;
    parts.forEach((part, k) => {
      if (k === parts.length - 1) at[part] = true;
      else at = (at[part] ??= {}) as Reads;
    });
  }
  return tree;
})();

/** The part of a Document a finding shows of its rows (REPORTED), and its source. */
export function reportedDocument(document: Document): Document {
  const kept: Document = { forms: document.forms.map((form) => pick(form, REPORTED_TREE) as Form) };
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
