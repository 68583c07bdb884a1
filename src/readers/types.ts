// What every reader returns: the Document it found, where each value came from, inline directives and
// problems. Readers never judge content.
import type { Document } from '../model/types.js';
import type { Loc, SourceMap } from '../model/source.js';
import type { MessageData } from '../engine/i18n.js';
import type { ReaderMessageId } from './messages.js';

export interface Directive {
  kind: 'disable' | 'enable' | 'disable-line' | 'disable-next-line';
  /** Rule ids; empty for every rule. */
  rules: string[];
  line: number;
}

export interface Problem {
  messageId: ReaderMessageId;
  data?: MessageData;
  loc?: Loc;
  /** A fatal problem means no Document could be read. */
  severity: 'error' | 'warning';
}

export interface ReadResult {
  document: Document | null;
  sourceMap: SourceMap;
  directives: Directive[];
  problems: Problem[];
  /**
   * How the source writes `value` in place of the text at `loc`, which holds the field's `current` text: the
   * replacement for loc.offset…loc.endOffset, or undefined when that place does not hold `current` as this
   * reader writes it (a value made of several cells, markup, a block scalar), so that no fix can be trusted there.
   * Readers of sources ptlint never writes (.docx, .xlsx, .txt) have none.
   */
  encode?(value: string, loc: Loc, current: string): string | undefined;
}

export interface SourceFile {
  path: string;
  bytes: Uint8Array;
}

export interface Reader {
  /** File endings this reader takes, lower case with the dot. */
  extensions: string[];
  /**
   * The reader checks what it read against the form schema itself (hand-written YAML and JSON must be checked
   * before they are normalised); for the others, readBytes (src/engine/lint.ts) checks the Document they build.
   */
  checksSchema?: boolean;
  read(source: SourceFile): ReadResult;
}
