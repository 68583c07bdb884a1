// The package's root folder, from src/ (tests) and from dist/src/ (built) alike: where schemas/ and docs/ are.
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

function findRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  while (!existsSync(join(dir, 'package.json'))) {
    const up = dirname(dir);
    if (up === dir) throw new Error('ptlint: cannot find its package.json');
    dir = up;
  }
  return dir;
}

export const PACKAGE_ROOT = findRoot();
export const packagePath = (...parts: string[]): string => join(PACKAGE_ROOT, ...parts);
