// JUnit XML, as GitLab, Jenkins and other CI systems read test reports: a test suite per file, a failing test
// case per finding (reader, config and rule problems as errors: the file could not be wholly checked), and one
// passing test case for a clean file, so that it is counted.
import { relative } from 'node:path';
import type { Diagnostic } from '../engine/diagnostic.js';
import type { Formatter } from './types.js';
import { isProblem } from '../engine/problems.js';

/** Characters XML 1.0 cannot carry at all (control characters, lone surrogates) are dropped. */
const INVALID = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
const TEXT: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;', '\n': '&#10;', '\r': '&#13;', '\t': '&#9;' };

export const escapeText = (s: string): string => s.replace(INVALID, '').replace(/[&<>]/g, (c) => TEXT[c]);
/** Attribute values also keep their line breaks and tabs, which parsers would otherwise turn into spaces. */
export const escapeAttribute = (s: string): string => s.replace(INVALID, '').replace(/[&<>"'\n\r\t]/g, (c) => TEXT[c]);

const attrs = (a: Record<string, string | number>) => Object.entries(a).map(([k, v]) => ` ${k}="${escapeAttribute(String(v))}"`).join('');

function testcase(file: string, d: Diagnostic): string {
  const where = d.loc?.place ?? `${d.loc?.line ?? 1}:${d.loc?.column ?? 1}`;
  const element = isProblem(d.ruleId) ? 'error' : 'failure';
  const about = [d.form, d.category, d.indicator].filter(Boolean).join(' / ');
  const body = `${file}:${where}: ${d.severity} ${d.message} [${d.ruleId}]${about ? `\n${about}` : ''}`;
  return `    <testcase${attrs({ classname: file, name: `${d.ruleId} ${where}`, file, time: 0 })}>\n`
    + `      <${element}${attrs({ type: d.ruleId, message: d.message })}>${escapeText(body)}</${element}>\n`
    + '    </testcase>';
}

export const junit: Formatter = (results, { cwd }) => {
  const suites: string[] = [];
  let tests = 0, failures = 0, errors = 0;
  for (const r of results) {
    const file = relative(cwd, r.filePath) || r.filePath;
    const e = r.diagnostics.filter((d) => isProblem(d.ruleId)).length;
    const f = r.diagnostics.length - e;
    const cases = r.diagnostics.length
      ? r.diagnostics.map((d) => testcase(file, d))
      : [`    <testcase${attrs({ classname: file, name: 'ptlint', file, time: 0 })}/>`];
    tests += cases.length; failures += f; errors += e;
    suites.push(`  <testsuite${attrs({ name: file, tests: cases.length, failures: f, errors: e, skipped: 0, time: 0 })}>\n${cases.join('\n')}\n  </testsuite>`);
  }
  return '<?xml version="1.0" encoding="UTF-8"?>\n'
    + `<testsuites${attrs({ name: 'ptlint', tests, failures, errors, time: 0 })}>\n`
    + suites.map((s) => s + '\n').join('')
    + '</testsuites>\n';
};
