// The canonical model as JSON. JSON.parse reads the data (batches of large files are read this way); positions
// are only worked out when something asks for one, by reading the same text as YAML 1.2, of which JSON is a part.
import { parseDocument } from 'yaml';
import { LineIndex, type Loc } from '../model/source.js';
import { checkDocument, type KeyedSourceMap } from '../model/schema.js';
import { normalizeDocument } from '../model/normalize.js';
import { decodeText } from './decode.js';
import { jsonStringEncoder } from './encode.js';
import { AstSourceMap } from './yaml-ast.js';
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

class LazySourceMap implements KeyedSourceMap {
  private map: AstSourceMap | undefined;
  private index: LineIndex | undefined;
  constructor(private readonly text: string) {}

  get lines(): LineIndex {
    return (this.index ??= new LineIndex(this.text));
  }
  private get built(): AstSourceMap {
    return (this.map ??= new AstSourceMap(parseDocument(this.text, { prettyErrors: false }).contents, this.text, this.lines));
  }
  locate(pointer: string): Loc | undefined {
    return this.built.locate(pointer);
  }
  locateKey(pointer: string): Loc | undefined {
    return this.built.locateKey(pointer);
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
