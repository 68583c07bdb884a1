// Where a value came from. Readers record a location for every field they read, keyed by the field's JSON
// pointer in the Document (/forms/0/indicators/3/value); rules report pointers, never positions.

export interface Loc {
  /** 1-based line and column (UTF-16 code units) of the first character; end is exclusive. */
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  /** 0-based offsets into the decoded text, where the source is text. */
  offset?: number;
  endOffset?: number;
  /** A place a reviewer can find in a binary source (表3 第5行第4列, Sheet1!C12). */
  place?: string;
}

export interface SourceMap {
  /** The location of the value at `pointer`, or of its nearest ancestor that has one. */
  locate(pointer: string): Loc | undefined;
  /** locate answers from places the reader already worked out, so that asking it of many pointers costs nothing. */
  readonly eager?: boolean;
}

/** Converts offsets into 1-based line/column positions of one text. */
export class LineIndex {
  private readonly starts: number[];
  /** `starts`: where each line starts (0 first), when the caller found them in a pass of its own. */
  constructor(text: string, starts?: number[]) {
    this.starts = starts ?? [0];
    if (!starts) for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) this.starts.push(i + 1);
  }
  position(offset: number): { line: number; column: number } {
    let lo = 0, hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.starts[mid] <= offset) lo = mid; else hi = mid - 1;
    }
    return { line: lo + 1, column: offset - this.starts[lo] + 1 };
  }
  loc(offset: number, endOffset: number): Loc {
    const s = this.position(offset), e = this.position(endOffset);
    return { line: s.line, column: s.column, endLine: e.line, endColumn: e.column, offset, endOffset };
  }
}

/** Parent pointer of a JSON pointer: /forms/0/indicators → /forms/0. */
export function parentPointer(pointer: string): string | undefined {
  if (pointer === '') return undefined;
  return pointer.slice(0, pointer.lastIndexOf('/'));
}

export function joinPointer(...parts: Array<string | number>): string {
  return parts.map((p) => '/' + String(p).replace(/~/g, '~0').replace(/\//g, '~1')).join('');
}

/** A source map filled by a reader as it goes. */
export class PointerMap implements SourceMap {
  readonly eager = true;
  private readonly map = new Map<string, Loc>();
  set(pointer: string, loc: Loc | undefined): void {
    if (loc) this.map.set(pointer, loc);
  }
  locate(pointer: string): Loc | undefined {
    for (let p: string | undefined = pointer; p !== undefined; p = parentPointer(p)) {
      const loc = this.map.get(p);
      if (loc) return loc;
    }
    return undefined;
  }
}
