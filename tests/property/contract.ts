// The reader contract the property tests check on any input: `read` returns (never throws), gives a document
// or at least one problem, and every position it gives — of a problem, or of a value by its pointer — lies
// inside the text it read.
import { expect } from 'vitest';
import type { Loc } from '../../src/model/source.js';
import { joinPointer } from '../../src/model/source.js';
import { decodeText } from '../../src/readers/decode.js';
import type { Reader, ReadResult } from '../../src/readers/types.js';

export const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);

export type Encoding = 'utf-8' | 'utf-8 BOM' | 'utf-16le' | 'utf-16be';
export const ENCODINGS: Encoding[] = ['utf-8', 'utf-8 BOM', 'utf-16le', 'utf-16be'];

/** Text in one of the encodings readers take (the UTF-16 ones with their BOM, as decode.ts requires). */
export function encode(text: string, encoding: Encoding): Uint8Array {
  if (encoding === 'utf-8') return utf8(text);
  if (encoding === 'utf-8 BOM') return new Uint8Array([0xef, 0xbb, 0xbf, ...utf8(text)]);
  const out = new Uint8Array(2 + text.length * 2);
  const view = new DataView(out.buffer);
  view.setUint16(0, 0xfeff, encoding === 'utf-16le');
  for (let i = 0; i < text.length; i++) view.setUint16(2 + i * 2, text.charCodeAt(i), encoding === 'utf-16le');
  return out;
}

/**
 * Runs of a property: few enough that the folder stays within a few seconds of `npm test`; PTLINT_PROPERTY_SCALE=50
 * searches deeper by hand. A failure prints its seed and path, which replay it (fc.assert's `seed` and `path`).
 */
export const runs = (n: number): { numRuns: number } => ({ numRuns: Math.ceil(n * Number(process.env.PTLINT_PROPERTY_SCALE ?? 1)) });

/**
 * Reads `bytes` with `reader` and checks the contract; `textual` readers also have every loc checked against the
 * decoded text, and must place every field of every form. Returns the result for further checks.
 */
export function readChecked(reader: Reader, path: string, bytes: Uint8Array, textual: boolean): ReadResult {
  const result = reader.read({ path, bytes });
  expect(result.document !== null || result.problems.length > 0, 'a document or a problem').toBe(true);
  const text = textual ? decodeText(bytes) : undefined;
  for (const problem of result.problems) if (problem.loc) expectSaneLoc(problem.loc, text, problem.messageId);
  if (result.document) {
    for (const [pointer, value] of pointers(result.document, '')) {
      const loc = result.sourceMap.locate(pointer);
      // Rules report fields of forms; the document as a whole may have no place of its own.
      if (textual && /^\/forms\/\d+/.test(pointer)) expect(loc, `a place for ${pointer}`).toBeDefined();
      if (!loc) continue;
      expectSaneLoc(loc, text, pointer);
      // Fixes rewrite text fields through the reader's encoder, which must answer for any of them.
      if (result.encode && typeof value === 'string') {
        expect(['string', 'undefined']).toContain(typeof result.encode('≥95%|\n"\'#', loc, value));
      }
    }
  }
  for (const directive of result.directives) expect(directive.line).toBeGreaterThanOrEqual(1);
  return result;
}

/** Lines and columns count from 1, ends do not precede starts; offsets, when given, lie within the text. */
export function expectSaneLoc(loc: Loc, text: string | undefined, what: string): void {
  expect(Number.isInteger(loc.line) && loc.line >= 1, `${what}: line ${loc.line}`).toBe(true);
  expect(Number.isInteger(loc.column) && loc.column >= 1, `${what}: column ${loc.column}`).toBe(true);
  expect(loc.endLine > loc.line || (loc.endLine === loc.line && loc.endColumn >= loc.column), `${what}: end before start`).toBe(true);
  if (text === undefined) return;
  const lines = text.split('\n');
  expect(loc.endLine, `${what}: past the last line`).toBeLessThanOrEqual(lines.length);
  expect(loc.endColumn, `${what}: past the end of line ${loc.endLine}`).toBeLessThanOrEqual(lines[loc.endLine - 1].length + 1);
  if (loc.offset !== undefined || loc.endOffset !== undefined) {
    const offset = loc.offset ?? -1, end = loc.endOffset ?? -1;
    expect(0 <= offset && offset <= end && end <= text.length, `${what}: offsets ${offset}…${end} of ${text.length}`).toBe(true);
  }
}

/** Every JSON pointer into a value, itself included, with the value there. */
function* pointers(value: unknown, pointer: string): Generator<[string, unknown]> {
  yield [pointer, value];
  if (value === null || typeof value !== 'object') return;
  const entries = Array.isArray(value) ? value.map((v, i) => [i, v] as const) : Object.entries(value);
  for (const [key, child] of entries) yield* pointers(child, pointer + joinPointer(key));
}
