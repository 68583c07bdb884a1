// The progress line of a long run, on stderr when it is a terminal: redrawn in place at most ten times a
// second, and wiped before the report is printed.
import type { Io } from './main.js';

const INTERVAL_MS = 100;

export interface Progress {
  update(done: number, total: number): void;
  /** Wipes the line (if one was drawn). */
  end(): void;
}

export function progressLine(io: Io): Progress | undefined {
  if (!io.progress) return undefined;
  let last = 0;
  let drawn = false;
  return {
    update(done, total) {
      const now = Date.now();
      if (done < total && now - last < INTERVAL_MS) return;
      last = now;
      drawn = true;
      io.stderr(`\r\x1b[K检查中 · linting ${done}/${total} (${Math.floor((done / total) * 100)}%)`);
    },
    end() {
      if (drawn) io.stderr('\r\x1b[K');
    },
  };
}
