import type { FileResult } from '../engine/diagnostic.js';
import type { Locale } from '../engine/i18n.js';

export interface FormatContext {
  cwd: string;
  locale: Locale;
  /** Colour the output (a terminal, and NO_COLOR not set). */
  color: boolean;
}

export type Formatter = (results: FileResult[], context: FormatContext) => string;
