import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Ajv as AjvCore, Options } from 'ajv';
import type { Log, Result } from 'sarif';
import { describe, expect, it } from 'vitest';
import { builtinRules } from '../../rules/index.js';
import type { FileResult } from '../../src/engine/diagnostic.js';
import { sarif } from '../../src/formatters/sarif.js';
import { packagePath } from '../../src/package-root.js';
import { VERSION } from '../../src/version.js';
import { cli, tempProject } from '../cli/run-cli.js';
import { MD_FORM } from '../cli/fixtures.js';
import { CONTEXT, ERROR, RESULTS, WARNING } from './diagnostics.js';

// ajv-draft-04 is CommonJS with a default export, which TypeScript and Vitest unwrap differently: require it
// (typed as ajv's own class, which shares its API).
const { default: Ajv } = createRequire(import.meta.url)('ajv-draft-04') as { default: new (options: Options) => AjvCore };
// The official OASIS SARIF 2.1.0 schema (sarif-schema-2.1.0.json, as published by OASIS), kept with the tests so
// that they need nothing outside the repository.
const SCHEMA_FILE = packagePath('tests', 'fixtures', 'sarif', 'sarif-2.1.0.json');
// Formats (uri, date-time) are not checked: ajv-draft-04 has none built in; the URIs are asserted below.
const validate = new Ajv({ strict: false, validateFormats: false, allErrors: true })
  .compile(JSON.parse(readFileSync(SCHEMA_FILE, 'utf8')) as object);

const parse = (results: FileResult[], locale: 'zh-CN' | 'en' = 'zh-CN') => JSON.parse(sarif(results, { ...CONTEXT, locale })) as Log;
const fingerprintOf = (r: Result) => r.partialFingerprints!['ptlint/v1'];

describe('sarif formatter', () => {
  const log = parse(RESULTS);
  const run = log.runs[0];

  it('is valid SARIF 2.1.0', () => {
    expect(existsSync(SCHEMA_FILE)).toBe(true);
    expect(validate(log), JSON.stringify(validate.errors, null, 2)).toBe(true);
    expect(log.version).toBe('2.1.0');
    expect(log.$schema).toMatch(/sarif-schema-2\.1\.0\.json$/);
    // And the schema check can fail.
    expect(validate({ ...log, version: '2.0.0' })).toBe(false);
  });

  it('describes the tool and every rule, with help from the rule pages', () => {
    const { driver } = run.tool;
    expect(driver).toMatchObject({ name: 'ptlint', version: VERSION, informationUri: expect.stringMatching(/^https:\/\//) });
    const ids = driver.rules!.map((r) => r.id);
    expect(ids).toEqual(expect.arrayContaining([...builtinRules().keys(), 'parse-error', 'read-error', 'config-error', 'rule-error']));
    expect(driver.rules!.find((r) => r.id === 'rule-error')).toMatchObject({
      shortDescription: { text: '规则运行出错' }, defaultConfiguration: { level: 'error' }, properties: { tags: ['ptlint', 'problem'] },
    });
    const vague = driver.rules!.find((r) => r.id === 'value-vague')!;
    expect(vague).toMatchObject({
      name: 'ValueVague', shortDescription: { text: '指标值无法衡量' },
      fullDescription: { text: '指标值无法衡量 · A target value cannot be measured' },
      helpUri: expect.stringMatching(/\/docs\/rules\/value-vague\.md$/), defaultConfiguration: { level: 'warning' },
    });
    expect(vague.help!.text).toContain('无法衡量的指标值');
    expect(vague.help!.markdown).toContain('Why it matters');
    expect(vague.properties!.tags).toContain('recommended');
    expect(parse(RESULTS, 'en').runs[0].tool.driver.rules!.find((r) => r.id === 'value-vague')!.shortDescription!.text)
      .toBe('A target value cannot be measured');
  });

  it('gives each result its rule, level, message and a location relative to %SRCROOT%', () => {
    expect(run.columnKind).toBe('utf16CodeUnits');
    expect(run.originalUriBaseIds).toEqual({ '%SRCROOT%': { uri: 'file:///repo/' } });
    expect(run.results!.map((r) => [r.ruleId, r.level])).toEqual([
      ['value-unit-mismatch', 'error'], ['value-vague', 'warning'], ['value-no-operator', 'note'], ['basis-empty', 'error'], ['parse-error', 'error'],
    ]);
    for (const r of run.results!) expect(run.tool.driver.rules![r.ruleIndex!].id).toBe(r.ruleId);
    const [first] = run.results!;
    expect(first.message.text).toBe(ERROR.message);
    expect(first.locations![0].physicalLocation).toEqual({
      artifactLocation: { uri: 'forms/a.md', uriBaseId: '%SRCROOT%' },
      region: { startLine: 12, startColumn: 5, endLine: 12, endColumn: 11 },
    });
    expect(run.results![1].message.text).toBe(WARNING.message);
  });

  it('puts a Word or Excel place into the message and a logical location, on line 1', () => {
    const placed = run.results![3];
    expect(placed.message.text).toBe('表3 第5行第4列: 没有填写指标值确定依据');
    expect(placed.locations![0]).toEqual({
      physicalLocation: { artifactLocation: { uri: 'forms/%E6%97%A7%E8%A1%A8.docx', uriBaseId: '%SRCROOT%' }, region: { startLine: 1 } },
      logicalLocations: [{ name: '表3 第5行第4列' }],
    });
  });

  it('carries a fix as a replacement of UTF-16 offsets', () => {
    const fixed = { ...ERROR, fix: { range: [120, 126] as [number, number], text: '≥90%' } };
    const out = parse([{ filePath: '/repo/forms/a.md', diagnostics: [fixed, WARNING] }]);
    expect(validate(out), JSON.stringify(validate.errors, null, 2)).toBe(true);
    const [withFix, without] = out.runs[0].results!;
    expect(withFix.fixes).toEqual([{ artifactChanges: [{
      artifactLocation: { uri: 'forms/a.md', uriBaseId: '%SRCROOT%' },
      replacements: [{ deletedRegion: { charOffset: 120, charLength: 6 }, insertedContent: { text: '≥90%' } }],
    }] }]);
    expect(without.fixes).toBeUndefined();
  });

  it('uses an absolute file URI for a file outside the working folder', () => {
    const out = parse([{ filePath: '/elsewhere/b.md', diagnostics: [ERROR] }]);
    expect(out.runs[0].results![0].locations![0].physicalLocation!.artifactLocation).toEqual({ uri: 'file:///elsewhere/b.md' });
  });

  it('fingerprints what a finding is about, not its line', () => {
    const moved = { ...ERROR, loc: { line: 40, column: 5, endLine: 40, endColumn: 11 }, pointer: '/forms/0/indicators/9/value' };
    const otherField = { ...ERROR, pointer: '/forms/0/indicators/2/basis' };
    const otherFile = parse([{ filePath: '/repo/forms/b.md', diagnostics: [ERROR] }]).runs[0].results![0];
    const [a, b, c] = parse([{ filePath: '/repo/forms/a.md', diagnostics: [ERROR, moved, otherField] }]).runs[0].results!;
    expect(fingerprintOf(a)).toMatch(/^[0-9a-f]{32}:1$/);
    expect(fingerprintOf(a)).toBe(fingerprintOf(run.results![0]));
    // Equal findings stay apart by their order.
    expect(fingerprintOf(b)).toBe(fingerprintOf(a).replace(/:1$/, ':2'));
    expect(fingerprintOf(c)).not.toBe(fingerprintOf(a));
    expect(fingerprintOf(otherFile)).not.toBe(fingerprintOf(a));
  });

  it('is valid for a real run, reader problems included', async () => {
    const dir = tempProject({ 'forms/a.md': MD_FORM, 'forms/broken.yaml': 'forms:\n  - name: "unclosed\n' });
    const { code, stdout } = await cli(['forms', '--format', 'sarif'], dir);
    expect(code).toBe(2);
    const real = JSON.parse(stdout) as Log;
    expect(validate(real), JSON.stringify(validate.errors, null, 2)).toBe(true);
    const ruleIds = real.runs[0].results!.map((r) => r.ruleId);
    expect(ruleIds).toEqual(expect.arrayContaining(['value-unit-mismatch', 'parse-error']));
    expect(real.runs[0].invocations).toEqual([{ executionSuccessful: false }]);
  });
});
