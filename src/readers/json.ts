// The canonical model as JSON. JSON.parse reads the data (batches of large files are read this way); positions
// are only worked out when something asks for one (LazySourceMap).
import { LineIndex, type Loc } from '../model/source.js';
import { checkDocument, type KeyedSourceMap } from '../model/schema.js';
import { normalizeDocument } from '../model/normalize.js';
import { decodeText } from './decode.js';
import { jsonStringEncoder } from './encode.js';
import type { Reader, ReadResult } from './types.js';

export const jsonReader: Reader = {
  extensions: ['.json'],
  checksSchema: true,
  read(source) {
    return readJson(decodeText(source.bytes));
  },
};

function readJson(text: string): ReadResult {
  const sourceMap = new LazySourceMap(text);
  const result: ReadResult = { document: null, sourceMap, directives: [], problems: [], encode: jsonStringEncoder(text) };
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    const message = (error as Error).message;
    const offset = errorOffset(text, message);
    const loc = sourceMap.lines.loc(offset, Math.min(offset + 1, text.length));
    result.problems.push({ messageId: 'json-syntax', data: { detail: describe(message) }, loc, severity: 'error' });
    return result;
  }
  const schemaProblems = checkDocument(data, sourceMap);
  if (schemaProblems.length) result.problems.push(...schemaProblems);
  else result.document = normalizeDocument(data);
  return result;
}

/**
 * Where a value stands by JSON pointer, and its key, as the YAML reader's AstSourceMap places them: a value from
 * its first character to its last (quotes and brackets included), a key with its quotes; a repeated key places its
 * last value, the one JSON.parse keeps. Worked out only when asked: the first value asked scans the text once for
 * where its brackets close, and each value is found by stepping along its pointer's path over the values beside
 * it. A lint asks for the few values it reports on, a parse for none. (Placing every value of every file up front,
 * with jsonc-parser and then by hand, was a tenth of a whole JSON lint.) Asked of text that parses; total on any
 * text all the same.
 */
class LazySourceMap implements KeyedSourceMap {
  private index: LineIndex | undefined;
  private closes: Int32Array | undefined;
  private readonly id = ++maps;
  private readonly found = new Map<string, Found>();
  constructor(private readonly text: string) {}

  get lines(): LineIndex {
    return (this.index ??= new LineIndex(this.text));
  }
  locate(pointer: string): Loc | undefined {
    const { value } = this.find(pointer);
    return this.lines.loc(value[0], value[1]);
  }
  locateKey(pointer: string): Loc | undefined {
    const { key, exact } = this.find(pointer);
    return key && exact ? this.lines.loc(key[0], key[1]) : this.locate(pointer);
  }
  private find(pointer: string): Found {
    let found = this.found.get(pointer);
    if (!found) {
      // Scanned again where another map's scan has taken the shared array since.
      if (!this.closes || (this.closes === shared.closes && shared.owner !== this.id)) {
        const closes = this.text.length <= SHARED_LENGTH ? sharedCloses(this.text.length) : new Int32Array(this.text.length);
        const lineStarts = scan(this.text, closes);
        this.index ??= new LineIndex(this.text, lineStarts);
        this.closes = closes;
        if (closes === shared.closes) shared.owner = this.id;
      }
      this.found.set(pointer, (found = findSpan(this.text, pointer, this.closes)));
    }
    return found;
  }
}

/**
 * One array of closes for every text up to this length, owned by the map that scanned last: a run places the
 * findings of one file after another, and an array the size of each text cost a tenth of placing them. A longer
 * text has an array of its own, so that none of that size stays.
 */
const SHARED_LENGTH = 1 << 20;
// The owner by number, not by reference: a long editor session must not keep the last text placed. (A WeakRef
// keeps its target until the current job ends, and a run's checks are one job: it kept every file's text.)
const shared: { closes: Int32Array; owner?: number } = { closes: new Int32Array(1 << 14) };
let maps = 0;

/** The shared array, grown to hold `length` (a map that held the smaller one keeps it as its own). */
function sharedCloses(length: number): Int32Array {
  if (shared.closes.length < length) shared.closes = new Int32Array(Math.min(SHARED_LENGTH, Math.max(length, 2 * shared.closes.length)));
  return shared.closes;
}

/** The scan's open brackets, innermost last (reused, as the closes are). */
const opened: number[] = [];

/**
 * One pass over the text: where each object or array closes, by the offset where it opens (-1: never), so that
 * finding a value steps over its siblings without reading them again; and where each line starts (outside
 * strings, where JSON has its line breaks).
 */
function scan(text: string, closes: Int32Array): number[] {
  const lineStarts = [0];
  opened.length = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x22) i = stringEnd(text, i) - 1;
    else if (c === 0x0a) lineStarts.push(i + 1);
    else if (c === 0x7b || c === 0x5b) {
      closes[i] = -1;
      opened.push(i);
    } else if (c === 0x7d || c === 0x5d) {
      const open = opened.pop();
      if (open !== undefined) closes[open] = i;
    }
  }
  return lineStarts;
}

type Span = [start: number, end: number];
/** The span of the value at a pointer, or of its nearest ancestor that is there (`exact` false); its key's. */
interface Found { value: Span; key?: Span; exact: boolean }

/**
 * Finds the value at `pointer`, given where the text's objects and arrays close. Every step moves forward, and a
 * bracket never closed ends at the end of the text. Iterative: nesting of any depth is no risk.
 */
function findSpan(text: string, pointer: string, closes: Int32Array): Found {
  const valueEnd = (at: number) => {
    const c = text.charCodeAt(at);
    if (c !== 0x7b && c !== 0x5b) return scalarEnd(text, at);
    return closes[at] > at ? Math.min(closes[at] + 1, text.length) : text.length;
  };
  const start = skipSpace(text, 0);
  // An empty text still has a place: its start.
  if (start >= text.length) return { value: [0, 0], exact: pointer === '' };
  let found: Found = { value: [start, valueEnd(start)], exact: true };
  const tokens = pointer === '' ? [] : pointer.slice(1).split('/');
  for (const raw of tokens) {
    const token = raw.includes('~') ? raw.replace(/~1/g, '/').replace(/~0/g, '~') : raw;
    const [open, close] = found.value;
    const kind = text.charCodeAt(open);
    let next: Found | undefined;
    if (kind === 0x7b /* { */) {
      for (let i = skipSpace(text, open + 1); i < close - 1; ) {
        const keyEnd = stringEnd(text, i);
        const at = skipSpace(text, skipSpace(text, keyEnd) + 1);
        const end = valueEnd(at);
        // The last of repeated keys is the one JSON.parse keeps: go on to the end of the object.
        if (keyIs(text, i, keyEnd, token)) next = { value: [at, end], key: [i, keyEnd], exact: true };
        i = skipSpace(text, skipSpace(text, end) + 1);
      }
    } else if (kind === 0x5b /* [ */ && /^(0|[1-9][0-9]*)$/.test(token)) {
      const index = Number(token);
      for (let i = skipSpace(text, open + 1), item = 0; i < close - 1; item++) {
        const end = valueEnd(i);
        if (item === index) { next = { value: [i, end], exact: true }; break; }
        i = skipSpace(text, skipSpace(text, end) + 1);
      }
    }
    if (!next) return { ...found, exact: false };
    found = next;
  }
  return found;
}

/** Whether the key that spans start..end (quotes included) is `token`: as written, or decoded where it has escapes. */
function keyIs(text: string, start: number, end: number, token: string): boolean {
  for (let i = start + 1; i < end - 1; i++) if (text.charCodeAt(i) === 0x5c) return keyText(text, start, end) === token;
  return end - start - 2 === token.length && text.startsWith(token, start + 1);
}

/** A key's text, decoded (it has escapes). */
function keyText(text: string, start: number, end: number): string {
  try {
    return JSON.parse(text.slice(start, end)) as string;
  } catch {
    return text.slice(start + 1, end - 1); // not JSON: the text as it stands
  }
}

function skipSpace(text: string, at: number): number {
  for (;;) {
    const c = text.charCodeAt(at);
    if (c !== 0x20 && c !== 0x0a && c !== 0x0d && c !== 0x09) return at;
    at++;
  }
}

/** The offset just after the string, number, true, false or null that starts at `start`. */
function scalarEnd(text: string, start: number): number {
  if (text.charCodeAt(start) === 0x22) return stringEnd(text, start);
  let end = start + 1;
  for (; end < text.length; end++) {
    const d = text.charCodeAt(end);
    if (d === 0x2c || d === 0x7d || d === 0x5d || d === 0x20 || d === 0x0a || d === 0x0d || d === 0x09) break;
  }
  return end;
}

/** The offset just after the string that opens at `start` (its closing quote included). */
function stringEnd(text: string, start: number): number {
  let at = start + 1;
  for (;;) {
    const quote = text.indexOf('"', at);
    if (quote < 0) return text.length;
    // The quote is escaped when an odd number of backslashes stands before it.
    let slashes = 0;
    while (text.charCodeAt(quote - 1 - slashes) === 0x5c) slashes++;
    if (slashes % 2 === 0) return quote + 1;
    at = quote + 1;
  }
}

/**
 * Where JSON.parse stopped. V8 says "at position N" for most errors; "Unexpected end" means the end; for
 * "Unexpected token" it gives no position, so the shortest prefix that already fails is found by bisection
 * (a prefix that fails at a place before its end makes every longer text fail there too).
 */
function errorOffset(text: string, message: string): number {
  const at = /at position (\d+)/.exec(message);
  if (at) return Math.min(Number(at[1]), text.length);
  if (/Unexpected end/.test(message)) return text.trimEnd().length;
  let lo = 0, hi = text.length; // invariant: prefix(lo) does not fail inside; prefix(hi) does
  while (hi - lo > 1) {
    const mid = (lo + hi) >> 1;
    if (failsInside(text.slice(0, mid))) hi = mid; else lo = mid;
  }
  return lo;
}

function failsInside(prefix: string): boolean {
  try {
    JSON.parse(prefix);
    return false;
  } catch (error) {
    const message = (error as Error).message;
    if (/Unexpected end/.test(message)) return false;
    const at = /at position (\d+)/.exec(message);
    return at ? Number(at[1]) < prefix.length : true;
  }
}

/** V8's message without its position and its quote of the text: "Expected ',' or '}' after property value". */
function describe(message: string): string {
  return message.replace(/,\s*(\.\.\.)?".*" is not valid JSON$/s, '').replace(/ in JSON at position \d+.*$/s, '').trim();
}
