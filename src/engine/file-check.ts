// What checking one file on its own yields, wherever it was made (here, in a worker thread, or kept in the
// cache): its findings except those of run-scope rules, and — when such rules are on for it — what they need of
// it later, when every file is in: its Document and its inline directives. Plain data, so that it crosses
// threads and goes into the cache file as it is.
import type { SourceMap } from '../model/source.js';
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

/**
 * What run-scope rules need of a file. No locations: most files get no run-scope finding, and placing every
 * value of tens of thousands of files cost a fifth of a run; the few files reported on are read again to place
 * their findings (restoreRead).
 */
export interface Carry {
  document: Document;
  directives: Directive[];
}

/**
 * The ReadResult a carry stands for: enough for run-scope rules and inline disables. Its source map comes from
 * `reread` (the same bytes read again) on the first finding, and places nothing when they can no longer be read.
 */
export function restoreRead(carry: Carry, reread: () => SourceMap | undefined): ReadResult {
  let map: SourceMap | undefined | null = null;
  const sourceMap: SourceMap = {
    locate(pointer) {
      if (map === null) map = reread();
      return map?.locate(pointer);
    },
  };
  return { document: carry.document, sourceMap, directives: carry.directives, problems: [] };
}
