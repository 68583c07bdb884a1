// `npm run bench`: parse-only and full-lint timings of ptlint over generated corpora, single-threaded, each
// measurement in a child process of its own (its peak RSS is its own). Prints a Markdown table.
//
//   node bench/run.mjs [--sizes 100,1000,10000] [--formats md,json,docx] [--timeout 120]   (after npm run build)
//
// --timeout: seconds one measurement may take before it is stopped and reported as such (no hanging).
import { execFile } from 'node:child_process';
import { cpus } from 'node:os';
import { fileURLToPath } from 'node:url';
import { argOf, ensureCorpus, FORMATS, parseList } from './corpus.mjs';

const argv = process.argv.slice(2);
if (argv.includes('--help') || argv.includes('-h')) {
  console.log('usage: npm run bench -- [--sizes 100,1000,10000] [--formats md,json,docx] [--timeout SECONDS]');
  process.exit(0);
}
const sizeArgs = parseList(argOf(argv, '--sizes'), ['100', '1000', '10000']);
const sizes = sizeArgs.map(Number);
const formats = parseList(argOf(argv, '--formats'), FORMATS);
const timeout = Number(argOf(argv, '--timeout') ?? 120);
const bad = [...sizeArgs.filter((a) => !/^[1-9][0-9]*$/.test(a)), ...formats.filter((f) => !FORMATS.includes(f)),
  ...(Number.isFinite(timeout) && timeout > 0 ? [] : ['--timeout'])];
if (bad.length > 0) {
  console.error(`bench: bad argument(s): ${bad.join(', ')} (sizes are positive integers, formats ${FORMATS.join('|')})`);
  process.exit(2);
}

const MEASURE = fileURLToPath(new URL('./measure.mjs', import.meta.url));

function measure(mode, dir) {
  return new Promise((resolve) => {
    execFile(process.execPath, [MEASURE, mode, dir], { timeout: timeout * 1000, maxBuffer: 1 << 20 }, (error, stdout, stderr) => {
      if (error?.killed) resolve({ error: `stopped after ${timeout} s (--timeout)` });
      else if (error) resolve({ error: (stderr || error.message).trim().split('\n')[0] });
      else resolve(JSON.parse(stdout.trim().split('\n').pop()));
    });
  });
}

const fmt = (n, digits = 0) => n.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits });

const cpu = cpus();
console.log(`# ptlint benchmark — single-threaded\n`);
console.log(`Node ${process.version}, ${cpu.length} × ${cpu[0]?.model.trim() ?? 'unknown CPU'}; ${new Date().toISOString()}\n`);
const header = '| format | forms | indicator rows | parse-only (s) | parse forms/s | lint (s) | lint forms/s | lint rows/s | peak RSS parse / lint (MB) | diagnostics |';
const lines = [header, '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |'];
const notes = [];
const started = Date.now();
for (const n of sizes) {
  const corpus = await ensureCorpus(n, formats, (m) => console.error(m));
  for (const format of formats) {
    console.error(`measuring ${format} × ${n} …`);
    const parse = await measure('parse', corpus.dirs[format]);
    const lint = await measure('lint', corpus.dirs[format]);
    const secs = (r) => (r.error ? '—' : fmt(r.ms / 1000, 2));
    const rate = (r, count) => (r.error ? '—' : fmt(count / (r.ms / 1000)));
    const rss = (r) => (r.error ? '—' : fmt(r.maxRssMB));
    lines.push(`| ${format} | ${fmt(n)} | ${fmt(corpus.rows)} | ${secs(parse)} | ${rate(parse, n)} | ${secs(lint)} | ${rate(lint, n)} | `
      + `${rate(lint, corpus.rows)} | ${rss(parse)} / ${rss(lint)} | ${lint.error ? '—' : fmt(lint.diagnostics)} |`);
    for (const [what, r] of [['parse', parse], ['lint', lint]]) {
      if (r.error) notes.push(`- ${format} × ${fmt(n)} ${what}: ${r.error}`);
      else if (what === 'parse' && (r.forms !== n || r.rows !== corpus.rows || r.problems > 0)) {
        notes.push(`- ${format} × ${fmt(n)} parse: read ${r.forms} forms / ${r.rows} rows with ${r.problems} reader problems (expected ${n} / ${corpus.rows})`);
      } else if (what === 'lint' && r.failed > 0) notes.push(`- ${format} × ${fmt(n)} lint: ${r.failed} files could not be read`);
    }
  }
}
console.log(lines.join('\n'));
console.log(`\nparse-only: every file through its reader, no schema check or rules (the floor). lint: the Linter over the`);
console.log(`folder with ptlint:recommended, as \`ptlint <folder>\` runs it, without formatting the report. One process per`);
console.log(`measurement; peak RSS is that process's maxRSS. Corpus generation is not timed. Total ${fmt((Date.now() - started) / 1000, 0)} s.`);
if (notes.length > 0) console.log(`\n${notes.join('\n')}`);
