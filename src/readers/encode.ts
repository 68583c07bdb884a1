// How each text format writes a field's new text in place of the old (ReadResult.encode, used by --fix). Each
// first checks that the place holds the field's current text as written in that format, so that a fix never
// lands on a place that holds something else (a value split over several cells, markup, a block scalar).
import type { Loc } from '../model/source.js';

type Encode = (value: string, loc: Loc, current: string) => string | undefined;

const sourceAt = (text: string, loc: Loc): string | undefined =>
  loc.offset === undefined || loc.endOffset === undefined ? undefined : text.slice(loc.offset, loc.endOffset);

/**
 * A GFM table cell: `|` escaped, line breaks as <br>. Text the Markdown parser would take for markup (emphasis,
 * code, links, entities, tags, escapes) is not written: the cell would no longer read as the text.
 */
export function markdownCellEncoder(text: string): Encode {
  const write = (value: string): string | undefined => {
    if (/[\\*_`[\]&~]|<[a-zA-Z!/?]/.test(value) || value !== value.trim()) return undefined;
    return value.replace(/\|/g, '\\|').replace(/\r?\n/g, '<br>');
  };
  return (value, loc, current) => {
    const source = sourceAt(text, loc);
    if (source === undefined || source.includes('\n') || write(current) !== source) return undefined;
    return write(value);
  };
}

/**
 * A YAML scalar on one line, in the style it was written: plain where the new text stays a plain string
 * (else double-quoted), single-quoted, or double-quoted. Block scalars and scalars over several lines get none.
 * `parseYaml` is the YAML reader's parser (given, so that the other formats' encoders load no YAML library).
 */
export function yamlScalarEncoder(text: string, parseYaml: (source: string) => unknown): Encode {
  return (value, loc, current) => {
    const source = sourceAt(text, loc);
    if (source === undefined || source.includes('\n')) return undefined;
    if (source.startsWith('"')) return readDoubleQuoted(source) === current ? JSON.stringify(value) : undefined;
    if (source.startsWith("'")) {
      if (source !== singleQuoted(current)) return undefined;
      return value.includes('\n') ? JSON.stringify(value) : singleQuoted(value);
    }
    if (source !== current || /^[|>]/.test(source)) return undefined;
    return isPlainSafe(value, parseYaml) ? value : JSON.stringify(value);
  };
}

/** A JSON string: the source map places it with its quotes. */
export function jsonStringEncoder(text: string): Encode {
  return (value, loc, current) => {
    const source = sourceAt(text, loc);
    return source !== undefined && source.startsWith('"') && readDoubleQuoted(source) === current ? JSON.stringify(value) : undefined;
  };
}

const singleQuoted = (value: string): string => `'${value.replace(/'/g, "''")}'`;

function readDoubleQuoted(source: string): string | undefined {
  try {
    const value: unknown = JSON.parse(source);
    return typeof value === 'string' ? value : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Plain in block and flow context alike, and read back as this very string (not a number, a date or null): no
 * indicator character first, no `: `, ` #` or flow punctuation, no blanks at the ends, one line.
 */
function isPlainSafe(value: string, parseYaml: (source: string) => unknown): boolean {
  if (value === '' || value !== value.trim() || /[\n\r\t]/.test(value)) return false;
  if (/^[-?:,[\]{}#&*!|>'"%@`]/.test(value) || /[,[\]{}]|: |:$| #/.test(value)) return false;
  try {
    return parseYaml(value) === value;
  } catch {
    return false;
  }
}
