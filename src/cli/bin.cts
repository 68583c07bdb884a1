#!/usr/bin/env node
// The `ptlint` command. It loads the CLI (yargs, rules, readers) only when there is work to do: `ptlint --version`,
// run by scripts and editors to probe the tool, answers from package.json alone. A CommonJS module: an ES module
// as the entry starts Node's module loader first, ~12 ms of a ~150 ms `ptlint --version` on the development
// machine; the CLI itself is loaded as an ES module (import()). It runs from dist/src/cli/ only, so the package
// file is three folders up (src/version.ts finds it from anywhere, for the modules and the tests).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const VERSION = (JSON.parse(readFileSync(join(__dirname, '../../../package.json'), 'utf8')) as { version: string }).version;

// Output piped into a command that stops reading (ptlint … | head): stop quietly, as Unix tools do.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw error;
});

const args = process.argv.slice(2);
if (args.length === 1 && (args[0] === '--version' || args[0] === '-v')) {
  process.stdout.write(`${VERSION}\n`);
} else {
  // --color / --no-color override this (src/cli/main.ts).
  const color = !!process.stdout.isTTY && !('NO_COLOR' in process.env);
  import('./main.js').then(({ main }) => main(args, {
    cwd: process.cwd(),
    stdout: (t) => process.stdout.write(t),
    stderr: (t) => process.stderr.write(t),
    color: color || 'FORCE_COLOR' in process.env,
    progress: !!process.stderr.isTTY,
    env: process.env,
  })).then((code) => { process.exitCode = code; }, (error: unknown) => {
    // A bug in ptlint itself: say so plainly; the stack only with PTLINT_DEBUG.
    process.stderr.write(`ptlint: 内部错误 · internal error: ${error instanceof Error ? error.message : String(error)}\n`);
    if (process.env.PTLINT_DEBUG && error instanceof Error) process.stderr.write(`${error.stack}\n`);
    process.exitCode = 2;
  });
}
