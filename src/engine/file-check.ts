// What checking one file on its own yields, wherever it was made (here, in a worker thread, or kept in the
// cache): its findings except those of run-scope rules, and — when such rules are on for it — what they need of
// it later, when every file is in: its Document, the locations of its values and its inline directives. Plain
// data, so that it crosses threads and goes into the cache file as it is.
import type { Loc, SourceMap } from '../model/source.js';
import { joinPointer } from '../model/source.js';
import type { Document } from '../model/types.js';
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

/** What run-scope rules need of a file. */
export interface Carry {
  document: Document;
  /**
   * Where the document, its forms, their indicators and the fields of each are, compactly (a province's run
   * carries tens of thousands of files): six numbers per value, in the order `walk` visits them — line, column,
   * endLine, endColumn, offset, endOffset (-1: none) — with line 0 for a value placed as its parent. What lies
   * deeper (a value's number, a budget's items) is placed at its field: run-scope rules report on rows and forms.
   */
  locs: Int32Array;
  /** Places in a Word or Excel source (表3 第5行第4列), by the value's number in that order. */
  places?: Record<number, string>;
  directives: Directive[];
}

const FIELDS = 6;

/** The values `walk` looks into: the document, its forms and each form's indicators. */
const STRUCTURE = /^(|\/forms(\/\d+(\/indicators(\/\d+)?)?)?)$/;

/**
 * Visits the document, its forms, their indicators and the fields of each in a fixed order (own keys as
 * stored), each with its pointer and its depth.
 */
function walk(document: Document, visit: (pointer: string, index: number, depth: number) => 'stop' | void): void {
  let index = 0;
  const go = (value: unknown, pointer: string, depth: number): boolean => {
    if (visit(pointer, index++, depth) === 'stop') return true;
    if (value === null || typeof value !== 'object' || !STRUCTURE.test(pointer)) return false;
    for (const k in value) {
      const v = (value as Record<string, unknown>)[k];
      if (v !== undefined && go(v, pointer + joinPointer(k), depth + 1)) return true;
    }
    return false;
  };
  go(document, '', 0);
}

const sameLoc = (a: Loc, b: Loc | undefined) => !!b && a.line === b.line && a.column === b.column
  && a.endLine === b.endLine && a.endColumn === b.endColumn && a.offset === b.offset && a.endOffset === b.endOffset
  && a.place === b.place;

/** The Document with its locations as the source map gives them, ready to cross to another thread. */
export function carryOf(document: Document, sourceMap: SourceMap, directives: Directive[]): Carry {
  const locs: number[] = [];
  const places: Record<number, string> = {};
  const parents: Array<Loc | undefined> = [];
  walk(document, (pointer, index, depth) => {
    const loc = sourceMap.locate(pointer);
    parents[depth] = loc;
    if (!loc || sameLoc(loc, depth > 0 ? parents[depth - 1] : undefined)) { locs.push(0, 0, 0, 0, 0, 0); return; }
    locs.push(loc.line, loc.column, loc.endLine, loc.endColumn, loc.offset ?? -1, loc.endOffset ?? -1);
    if (loc.place !== undefined) places[index] = loc.place;
  });
  return { document, locs: Int32Array.from(locs), ...(Object.keys(places).length ? { places } : {}), directives };
}

/** The ReadResult a carry stands for: enough for run-scope rules and inline disables. */
export function restoreRead(carry: Carry): ReadResult {
  const locAt = (i: number): Loc | undefined => {
    const at = i * FIELDS;
    const [line, column, endLine, endColumn, offset, endOffset] = carry.locs.subarray(at, at + FIELDS);
    if (!line) return undefined;
    const loc: Loc = { line, column, endLine, endColumn };
    if (offset >= 0) { loc.offset = offset; loc.endOffset = endOffset; }
    const place = carry.places?.[i];
    if (place !== undefined) loc.place = place;
    return loc;
  };
  const sourceMap: SourceMap = {
    // The nearest value on the way to the pointer that has a location of its own. Values are numbered in walk
    // order, so the walk goes through every value before it (reports are few, documents small).
    locate(pointer) {
      let found: Loc | undefined;
      walk(carry.document, (p, i) => {
        if (p === '' || pointer === p || pointer.startsWith(p + '/')) found = locAt(i) ?? found;
        return p === pointer ? 'stop' : undefined;
      });
      return found;
    },
  };
  return { document: carry.document, sourceMap, directives: carry.directives, problems: [] };
}
