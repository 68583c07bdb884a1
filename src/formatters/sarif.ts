// SARIF 2.1.0, as GitHub code scanning reads it (upload-sarif): every built-in rule with its documentation,
// results located relative to %SRCROOT% (the working folder), and fingerprints that survive edits above a
// finding, so an alert stays the same alert when lines move.
import { createHash } from 'node:crypto';
import { isAbsolute, relative, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Location, Log, ReportingDescriptor, Result } from 'sarif';
import { builtinRules } from '../../rules/index.js';
import type { Diagnostic } from '../engine/diagnostic.js';
import { PROBLEMS } from '../engine/problems.js';
import { localize, type Locale } from '../engine/i18n.js';
import type { Severity, SeveritySetting } from '../engine/rule.js';
import { VERSION } from '../version.js';
import type { Formatter } from './types.js';
import { ruleDocSection, rulePage } from './rule-docs.js';

const HOMEPAGE = 'https://ptlint.dev';
const SCHEMA = 'https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json';
const SRCROOT = '%SRCROOT%';
/** Bump when the fingerprint's inputs change: GitHub would otherwise see every alert as new and old. */
const FINGERPRINT = 'ptlint/v1';

const LEVEL: Record<Severity | Exclude<SeveritySetting, 'off'>, 'error' | 'warning' | 'note'> = {
  error: 'error', warning: 'warning', warn: 'warning', info: 'note',
};

const helpUri = (id: string) => `${HOMEPAGE}/docs/rules/${id}.md`;
const pascal = (id: string) => id.split(/[^A-Za-z0-9]+/).filter(Boolean).map((w) => w[0].toUpperCase() + w.slice(1)).join('');

/** A `## heading` section of a rule page, without its heading. */
function ruleHelp(id: string): Pick<ReportingDescriptor, 'help' | 'helpUri'> {
  const page = rulePage(id);
  if (page === undefined) return {};
  const flags = ruleDocSection(page, '检查什么 · What it flags');
  const why = ruleDocSection(page, '为什么重要 · Why it matters');
  const uri = helpUri(id);
  // The text is the short form (the first paragraph and the page's address); the markdown, what GitHub shows, is fuller.
  const first = flags.split(/\n\s*\n/)[0];
  return {
    helpUri: uri,
    help: {
      text: `${first.replace(/`([^`]*)`/g, '$1')}\n\n${uri}`,
      markdown: `${flags}\n\n### 为什么重要 · Why it matters\n\n${why}\n\n[${id}](${uri})`,
    },
  };
}

function descriptors(locale: Locale, used: string[]): ReportingDescriptor[] {
  const out: ReportingDescriptor[] = [];
  for (const { meta } of [...builtinRules().values()].sort((a, b) => a.meta.id.localeCompare(b.meta.id))) {
    out.push({
      id: meta.id,
      name: pascal(meta.id),
      shortDescription: { text: localize(meta.description, locale) },
      fullDescription: { text: `${meta.description['zh-CN']} · ${meta.description.en}` },
      ...ruleHelp(meta.id),
      defaultConfiguration: { level: LEVEL[meta.severity] },
      properties: { tags: ['ptlint', meta.scope, ...(meta.recommended ? ['recommended'] : [])] },
    });
  }
  // Reader, config and rule problems are results too: GitHub shows results as alerts, and notifications hardly.
  for (const [id, { title }] of Object.entries(PROBLEMS)) {
    out.push({
      id, name: pascal(id),
      shortDescription: { text: localize(title, locale) },
      fullDescription: { text: `${title['zh-CN']} · ${title.en}` },
      defaultConfiguration: { level: 'error' },
      properties: { tags: ['ptlint', 'problem'] },
    });
  }
  // Plugin rules: the diagnostics name them, the registry does not know them.
  const known = new Set(out.map((r) => r.id));
  for (const id of used) {
    if (known.has(id)) continue;
    known.add(id);
    out.push({ id, name: pascal(id), shortDescription: { text: id }, properties: { tags: ['ptlint', 'plugin'] } });
  }
  return out;
}

/** The file as a URI reference: relative to %SRCROOT% inside the working folder, an absolute file URI outside it. */
function artifact(filePath: string, cwd: string): { uri: string; uriBaseId?: string } {
  const rel = relative(cwd, filePath);
  if (rel === '' || rel.startsWith('..') || isAbsolute(rel)) return { uri: pathToFileURL(filePath).href };
  return { uri: rel.split(sep).map(encodeURIComponent).join('/'), uriBaseId: SRCROOT };
}

function location(d: Diagnostic, art: { uri: string; uriBaseId?: string }): Location {
  const loc = d.loc;
  if (loc?.place) {
    // Word and Excel have no lines: the place goes into the message and a logical location.
    return { physicalLocation: { artifactLocation: art, region: { startLine: 1 } }, logicalLocations: [{ name: loc.place }] };
  }
  const region = loc
    ? { startLine: loc.line, startColumn: loc.column, endLine: loc.endLine, endColumn: loc.endColumn }
    : { startLine: 1 };
  return { physicalLocation: { artifactLocation: art, region } };
}

/** What the finding is about, not where: rule, file, form, category, indicator and field (row numbers left out). */
function fingerprint(d: Diagnostic, uri: string): string {
  const field = (d.pointer ?? '').replace(/\/\d+(?=\/|$)/g, '');
  return createHash('sha256').update(JSON.stringify([d.ruleId, uri, d.form, d.category, d.indicator, field])).digest('hex').slice(0, 32);
}

export const sarif: Formatter = (results, { cwd, locale }) => {
  const used = [...new Set(results.flatMap((r) => r.diagnostics.map((d) => d.ruleId)))];
  const rules = descriptors(locale, used);
  const index = new Map(rules.map((r, i) => [r.id, i]));
  const sarifResults: Result[] = [];
  for (const r of results) {
    const art = artifact(r.filePath, cwd);
    // Equal findings in one file (the same cell reported twice) stay apart by their order, as GitHub's own hashes do.
    const seen = new Map<string, number>();
    for (const d of r.diagnostics) {
      const hash = fingerprint(d, art.uri);
      const n = (seen.get(hash) ?? 0) + 1;
      seen.set(hash, n);
      sarifResults.push({
        ruleId: d.ruleId,
        ruleIndex: index.get(d.ruleId)!,
        level: LEVEL[d.severity],
        message: { text: d.loc?.place ? `${d.loc.place}: ${d.message}` : d.message },
        locations: [location(d, art)],
        partialFingerprints: { [FINGERPRINT]: `${hash}:${n}` },
        // What --fix would write. Offsets count UTF-16 code units of the decoded text, as columnKind says.
        ...(d.fix ? { fixes: [{ artifactChanges: [{ artifactLocation: art, replacements: [{
          deletedRegion: { charOffset: d.fix.range[0], charLength: d.fix.range[1] - d.fix.range[0] },
          insertedContent: { text: d.fix.text },
        }] }] }] } : {}),
      });
    }
  }
  const problems = sarifResults.some((r) => r.ruleId! in PROBLEMS);
  const log: Log = {
    $schema: SCHEMA,
    version: '2.1.0',
    runs: [{
      tool: { driver: { name: 'ptlint', version: VERSION, semanticVersion: VERSION, informationUri: HOMEPAGE, rules } },
      invocations: [{ executionSuccessful: !problems }],
      originalUriBaseIds: { [SRCROOT]: { uri: pathToFileURL(cwd).href.replace(/\/?$/, '/') } },
      columnKind: 'utf16CodeUnits',
      results: sarifResults,
    }],
  };
  return JSON.stringify(log, null, 2) + '\n';
};
