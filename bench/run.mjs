// `npm run bench`: parse-only and full-lint timings of ptlint over generated corpora, in one thread and in
// several, and markdownlint-cli2 over the same Markdown files; each measurement in a child process of its
// own (its peak RSS is its own). Prints a Markdown table.
//
//   node bench/run.mjs [--sizes 100,1000,10000] [--formats md,json,docx] [--threads N] [--runs 3] [--timeout 300]
//                      [--no-markdownlint]   (after npm run build)
//
// --threads: threads of the parallel lint, the main one and the rest workers (default: the machine's cores).
// --runs: how many times each ptlint measurement is made; the table gives the median, and the lint its range.
// --timeout: seconds one measurement may take before it is stopped and reported as such (no hanging).
//
// Every measurement starts with the folder's files in the page cache (read once, untimed, just before), as
// hyperfine's --warmup does: the figures are ptlint's, not the disk's (a cold cache adds the disk's reading).
import { execFile } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { availableParallelism, cpus } from 'node:os';
import { fileURLToPath } from 'node:url';
import { argOf, ensureCorpus, FORMATS, parseList } from './corpus.mjs';

const argv = process.argv.slice(2);
if (argv.includes('--help') || argv.includes('-h')) {
  console.log('usage: npm run bench -- [--sizes 100,1000,10000] [--formats md,json,docx] [--threads N] [--runs N] [--timeout SECONDS] [--no-markdownlint]');
  process.exit(0);
}
const sizeArgs = parseList(argOf(argv, '--sizes'), ['100', '1000', '10000']);
const sizes = sizeArgs.map(Number);
const formats = parseList(argOf(argv, '--formats'), FORMATS);
const timeout = Number(argOf(argv, '--timeout') ?? 300);
const threads = argOf(argv, '--threads') ?? String(availableParallelism());
const runs = argOf(argv, '--runs') ?? '3';
const markdownlint = !argv.includes('--no-markdownlint');
const bad = [...sizeArgs.filter((a) => !/^[1-9][0-9]*$/.test(a)), ...formats.filter((f) => !FORMATS.includes(f)),
  ...(Number.isFinite(timeout) && timeout > 0 ? [] : ['--timeout']), ...(/^[1-9][0-9]*$/.test(threads) ? [] : ['--threads']),
  ...(/^[1-9][0-9]*$/.test(runs) ? [] : ['--runs'])];
if (bad.length > 0) {
  console.error(`bench: bad argument(s): ${bad.join(', ')} (sizes are positive integers, formats ${FORMATS.join('|')})`);
  process.exit(2);
}

const MEASURE = fileURLToPath(new URL('./measure.mjs', import.meta.url));

function measure(mode, dir, ...args) {
  return new Promise((resolve) => {
    execFile(process.execPath, [MEASURE, mode, dir, ...args], { timeout: timeout * 1000, maxBuffer: 1 << 20 }, (error, stdout, stderr) => {
      if (error?.killed) resolve({ error: `stopped after ${timeout} s (--timeout)` });
      else if (error) resolve({ error: (stderr || error.message).trim().split('\n')[0] });
      else resolve(JSON.parse(stdout.trim().split('\n').pop()));
    });
  });
}

/** The folder's files read once, untimed: a measurement then starts with them in the page cache. */
function warm(dir) {
  for (const name of readdirSync(dir)) readFileSync(join(dir, name));
}

/**
 * `make` (one measurement, or several side by side) `runs` times, each after warming the folder: the run of median
 * time, with the fastest and slowest times and the highest peak RSS of all; the first error, if any.
 */
async function repeated(dir, make) {
  const results = [];
  for (let k = 0; k < Number(runs); k++) {
    warm(dir);
    const r = await make();
    if (r.error) return r;
    results.push(r);
  }
  const sorted = [...results].sort((a, b) => a.ms - b.ms);
  return { ...sorted[(sorted.length - 1) >> 1], min: sorted[0].ms, max: sorted[sorted.length - 1].ms,
    maxRssMB: Math.max(...results.map((r) => r.maxRssMB ?? 0)) };
}

const fmt = (n, digits = 0) => n.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits });
const secs = (r) => (r.error ? '—' : fmt(r.ms / 1000, 2));
/** The median time, with the range of the runs when there were several. */
const spread = (r) => (r.error || r.min === r.max ? secs(r) : `${secs(r)} (${fmt(r.min / 1000, 2)}–${fmt(r.max / 1000, 2)})`);
const rate = (r, count) => (r.error ? '—' : fmt(count / (r.ms / 1000)));
const rss = (r) => (r.error ? '—' : fmt(r.maxRssMB));

const cpu = cpus();
console.log(`# ptlint benchmark\n`);
console.log(`Node ${process.version}, ${cpu.length} × ${cpu[0]?.model.trim() ?? 'unknown CPU'}; ${threads} threads (1 + ${threads - 1} workers); `
  + `median of ${runs} run(s); ${new Date().toISOString()}\n`);
const header = `| format | forms | indicator rows | parse-only s | parse-only in ${threads} processes s | lint 1 thread s | after parse | lint ${threads} threads s | forms/s 1 / ${threads} `
  + `| rows/s 1 / ${threads} | peak RSS MB parse / 1 / ${threads} | markdownlint-cli2 s | ptlint ×faster |`;
const lines = [header, '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |'];
const notes = [];
const started = Date.now();
for (const n of sizes) {
  const corpus = await ensureCorpus(n, formats, (m) => console.error(m));
  for (const format of formats) {
    console.error(`measuring ${format} × ${n} …`);
    const dir = corpus.dirs[format];
    const parse = await repeated(dir, () => measure('parse', dir));
    // The same reading split over as many processes as threads, side by side: what the cores give to this work on
    // this machine, the most the threaded lint could gain.
    const side = await repeated(dir, async () => {
      // All start reading at one moment, after their start-up (~0.1–0.3 s here): a start-up skew is not the cores'.
      const at = String(Date.now() + 1500);
      const parts = await Promise.all(Array.from({ length: Number(threads) }, (_, k) => measure('parse', dir, `${k}/${threads}`, at)));
      return parts.find((r) => r.error) ?? { ms: Math.max(...parts.map((r) => r.to)) - Math.min(...parts.map((r) => r.from)) };
    });
    const sideBySide = side.error || parse.error ? '—' : `${secs(side)} (${fmt(parse.ms / side.ms, 1)}×)`;
    const one = await repeated(dir, () => measure('lint', dir, '1'));
    const many = await repeated(dir, () => measure('lint', dir, threads));
    // Once: markdownlint-cli2 is many times slower, and the comparison does not hang on a few per cent.
    let other;
    if (format === 'md' && markdownlint) {
      warm(dir);
      other = await measure('markdownlint', dir);
    }
    const after = parse.error || one.error ? '—' : `${fmt(((one.ms - parse.ms) / parse.ms) * 100)} %`;
    const best = [one, many].filter((r) => !r.error).sort((a, b) => a.ms - b.ms)[0];
    const faster = other && !other.error && best ? `${fmt(other.ms / best.ms, 1)}×` : '—';
    lines.push(`| ${format} | ${fmt(n)} | ${fmt(corpus.rows)} | ${secs(parse)} | ${sideBySide} | ${spread(one)} | ${after} | ${spread(many)} | `
      + `${rate(one, n)} / ${rate(many, n)} | ${rate(one, corpus.rows)} / ${rate(many, corpus.rows)} | ${rss(parse)} / ${rss(one)} / ${rss(many)} | `
      + `${other ? secs(other) : '—'} | ${faster} |`);
    for (const [what, r] of [['parse', parse], [`parse in ${threads} processes`, side], ['lint 1', one], [`lint ${threads}`, many], ['markdownlint-cli2', other]]) {
      if (!r) continue;
      if (r.error) notes.push(`- ${format} × ${fmt(n)} ${what}: ${r.error}`);
      else if (what === 'parse' && (r.forms !== n || r.rows !== corpus.rows || r.problems > 0)) {
        notes.push(`- ${format} × ${fmt(n)} parse: read ${r.forms} forms / ${r.rows} rows with ${r.problems} reader problems (expected ${n} / ${corpus.rows})`);
      } else if (what.startsWith('lint') && r.failed > 0) notes.push(`- ${format} × ${fmt(n)} ${what}: ${r.failed} files could not be read`);
    }
    if (!one.error && !many.error && one.diagnostics !== many.diagnostics) {
      notes.push(`- ${format} × ${fmt(n)}: ${one.diagnostics} findings in one thread but ${many.diagnostics} in ${threads}`);
    }
  }
}
console.log(lines.join('\n'));
console.log(`\nparse-only: every file through its reader, no rules (the floor; JSON's reader checks the schema as it reads);`);
console.log(`in ${threads} processes: the files split between that many processes run side by side, from the first start to the`);
console.log(`last end, and how many times faster than one: what the machine's cores give to this work, the most the threaded`);
console.log(`lint could gain. lint: the Linter over the folder with ptlint:recommended, as \`ptlint <folder> --concurrency N\``);
console.log(`runs it, without formatting the report;`);
console.log(`after parse: what lint in one thread adds to parse-only. forms/s and rows/s: of the lint in 1 and ${threads} threads.`);
console.log(`markdownlint-cli2: its default rules over the same .md files, in one process; ×faster: its time over ptlint's best.`);
console.log(`One process per measurement, made ${runs} time(s), each with the files in the page cache: the median, and for the`);
console.log(`lint the fastest–slowest run; peak RSS is the highest maxRSS of the runs (worker threads included). Corpus`);
console.log(`generation is not timed. Total ${fmt((Date.now() - started) / 1000, 0)} s.`);
if (notes.length > 0) console.log(`\n${notes.join('\n')}`);
