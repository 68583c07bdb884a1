#!/usr/bin/env node
import { main } from './main.js';

// Output piped into a command that stops reading (ptlint … | head): stop quietly, as Unix tools do.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw error;
});

// --color / --no-color override this (src/cli/main.ts).
const color = !!process.stdout.isTTY && !('NO_COLOR' in process.env);
main(process.argv.slice(2), {
  cwd: process.cwd(),
  stdout: (t) => process.stdout.write(t),
  stderr: (t) => process.stderr.write(t),
  color: color || 'FORCE_COLOR' in process.env,
  env: process.env,
}).then((code) => { process.exitCode = code; }, (error: unknown) => {
  // A bug in ptlint itself: say so plainly; the stack only with PTLINT_DEBUG.
  process.stderr.write(`ptlint: 内部错误 · internal error: ${error instanceof Error ? error.message : String(error)}\n`);
  if (process.env.PTLINT_DEBUG && error instanceof Error) process.stderr.write(`${error.stack}\n`);
  process.exitCode = 2;
});
