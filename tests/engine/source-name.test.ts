import { relative, sep } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sourceName } from '../../src/engine/lint.js';

// A path's segments: names, and the ones that make a path other than it reads ('.', '..', '' of a doubled separator).
const segment = fc.oneof(fc.constantFrom('.', '..', '', 'a', 'b', '表', 'x.md'), fc.stringMatching(/^[a-z.]{1,4}$/));
const path = fc.array(segment, { minLength: 1, maxLength: 6 }).map((parts) => sep + parts.join(sep));

describe('sourceName: a file as the run names it', () => {
  it('is path.relative with forward slashes, for paths resolved or not', () => {
    fc.assert(fc.property(path, path, (cwd, file) => {
      expect(sourceName(cwd, file)).toBe(relative(cwd, file).split('\\').join('/'));
      expect(sourceName(cwd, cwd + sep + file.slice(1))).toBe(relative(cwd, cwd + sep + file.slice(1)).split('\\').join('/'));
    }), { numRuns: 2000 });
  });

  it('names a file below the working folder from it', () => {
    expect(sourceName(`${sep}work${sep}forms`, `${sep}work${sep}forms${sep}2024${sep}表1.md`)).toBe('2024/表1.md');
    expect(sourceName(`${sep}work${sep}forms`, `${sep}work${sep}other.md`)).toBe('../other.md');
  });
});
