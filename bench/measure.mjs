// One measurement in a process of its own, so that its peak RSS is its own (worker threads included): `parse`
// reads every file of a folder through its reader (the floor: no rules; the JSON and YAML readers check the schema
// as they read, the others leave it to the engine), or only part k of n (consecutive files, for processes run side
// by side, each starting its reading at the wall-clock time `start` in ms, so that they read at the same time
// whatever their start-up took); `lint` runs the Linter
// over the folder as `ptlint <folder> --concurrency N` does (N threads: the main one and N−1 workers), without
// formatting a report; `markdownlint` runs markdownlint-cli2 (default rules) over the folder's Markdown files.
// Prints one JSON line.
//
//   node bench/measure.mjs parse <folder> [k/n [start]]  |  lint <folder> [threads]  |  markdownlint <folder>
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';

const [mode, dir, arg, startAt] = process.argv.slice(2);
const part = mode === 'parse' ? /^([0-9]+)\/([1-9][0-9]*)$/.exec(arg ?? '0/1') : null;
const threads = mode === 'lint' ? arg ?? '1' : '1';
if (!['parse', 'lint', 'markdownlint'].includes(mode) || !dir || (mode === 'parse' && !(part && +part[1] < +part[2]))
  || (startAt !== undefined && !/^[0-9]+(\.[0-9]+)?$/.test(startAt))
  || !/^[1-9][0-9]*$/.test(threads)) {
  console.error('usage: node bench/measure.mjs parse <folder> [k/n [start]] | lint <folder> [threads] | markdownlint <folder>');
  process.exit(2);
}

let out;
if (mode === 'parse') {
  const { readerFor } = await import('../dist/src/readers/index.js');
  const all = readdirSync(dir).filter((f) => !f.startsWith('.')).sort().map((f) => join(dir, f));
  const [k, n] = [Number(part[1]), Number(part[2])];
  const files = all.slice(Math.round((all.length * k) / n), Math.round((all.length * (k + 1)) / n));
  const reader = await readerFor(files[0]); // one format per folder; loading it is not timed
  // Side by side, the processes wait for one moment to start reading (one whose start-up ends later starts late).
  const wait = startAt === undefined ? 0 : Number(startAt) - (performance.timeOrigin + performance.now());
  if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
  const start = performance.now();
  let forms = 0, rows = 0, problems = 0;
  for (const path of files) {
    const read = reader.read({ path, bytes: readFileSync(path) });
    problems += read.problems.length;
    for (const form of read.document?.forms ?? []) {
      forms++;
      rows += form.indicators?.length ?? 0;
    }
  }
  const end = performance.now();
  // When it ran, by the wall clock: processes side by side are timed from the first start to the last end.
  out = { ms: end - start, from: performance.timeOrigin + start, to: performance.timeOrigin + end, files: files.length, forms, rows, problems };
} else if (mode === 'markdownlint') {
  const { main } = await import('markdownlint-cli2');
  let issues = 0;
  const start = performance.now();
  await main({ directory: dir, argv: ['*.md'], logMessage: () => {}, logError: () => { issues++; } });
  out = { ms: performance.now() - start, files: readdirSync(dir).filter((f) => f.endsWith('.md')).length, diagnostics: issues };
} else {
  const { Linter } = await import('../dist/src/engine/lint.js');
  const { builtinRules } = await import('../dist/rules/index.js');
  const start = performance.now();
  const linter = new Linter(builtinRules(), { cwd: dir, concurrency: Number(threads) });
  const run = await linter.lintPatterns([dir]);
  const diagnostics = run.results.reduce((n, r) => n + r.diagnostics.length, 0);
  const failed = run.results.filter((r) => r.diagnostics.some((d) => d.ruleId === 'read-error' || d.ruleId === 'parse-error')).length;
  out = { ms: performance.now() - start, files: run.results.length, diagnostics, failed };
}
// maxRSS is in kilobytes (Node ≥ 20).
console.log(JSON.stringify({ ...out, maxRssMB: process.resourceUsage().maxRSS / 1024 }));
