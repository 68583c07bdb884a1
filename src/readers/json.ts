// The canonical model as JSON. JSON.parse reads the data (batches of large files are read this way); positions
// are only worked out when something asks for one, from jsonc-parser's syntax tree of the same text (offsets and
// lengths of every value, several times faster than reading the text as YAML).
import { visit } from 'jsonc-parser';
import { LineIndex, joinPointer, parentPointer, type Loc } from '../model/source.js';
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
 * Where every value stands by JSON pointer, and every key by the pointer of its value, as the YAML reader's
 * AstSourceMap places them: a value from its first character to its last (quotes and brackets included), a key
 * with its quotes; a repeated key places its last value, the one JSON.parse keeps. Spans are kept as offsets
 * and made locations when asked for: a lint asks for every value once, a parse for none.
 */
class LazySourceMap implements KeyedSourceMap {
  private index: LineIndex | undefined;
  private spans: Spans | undefined;
  constructor(private readonly text: string) {}

  get lines(): LineIndex {
    return (this.index ??= new LineIndex(this.text));
  }
  locate(pointer: string): Loc | undefined {
    const { values } = (this.spans ??= spansOf(this.text));
    for (let p: string | undefined = pointer; p !== undefined; p = parentPointer(p)) {
      const span = values.get(p);
      if (span) return this.lines.loc(span[0], span[1]);
    }
    return undefined;
  }
  locateKey(pointer: string): Loc | undefined {
    const span = (this.spans ??= spansOf(this.text)).keys.get(pointer);
    return span ? this.lines.loc(span[0], span[1]) : this.locate(pointer);
  }
}

type Span = [start: number, end: number];
interface Spans { values: Map<string, Span>; keys: Map<string, Span> }

/** Every value's and key's span, from jsonc-parser's events (no syntax tree is built). */
function spansOf(text: string): Spans {
  const values = new Map<string, Span>(), keys = new Map<string, Span>();
  // The open collections, each with its pointer, its start and, for an array, the number of its next item.
  const open: Array<{ pointer: string; start: number; next: number }> = [];
  let property: string | undefined;
  const childPointer = (): string => {
    const parent = open[open.length - 1];
    if (!parent) return '';
    if (property !== undefined) { const p = property; property = undefined; return p; }
    return parent.pointer + '/' + parent.next++;
  };
  const begin = (start: number) => { open.push({ pointer: childPointer(), start, next: 0 }); };
  const end = (offset: number, length: number) => {
    const collection = open.pop()!;
    values.set(collection.pointer, [collection.start, offset + length]);
  };
  try {
    visit(text, {
      onObjectBegin: begin,
      onArrayBegin: begin,
      onObjectEnd: end,
      onArrayEnd: end,
      onObjectProperty(name, offset, length) {
        property = open[open.length - 1].pointer + joinPointer(name);
        keys.set(property, [offset, offset + length]);
      },
      onLiteralValue(_value, offset, length) {
        values.set(childPointer(), [offset, offset + length]);
      },
    });
  } catch (error) {
    // jsonc-parser descends by recursion: nesting thousands deep (no form is) overflows the stack. What was
    // placed before stays; the rest falls back to the text's start.
    if (!(error instanceof RangeError)) throw error;
  }
  // An empty text still has a place: its start.
  if (!values.has('')) values.set('', [0, 0]);
  return { values, keys };
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
