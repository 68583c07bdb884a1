// The JSON Schema checks of a Document and of .ptlintrc.yaml, as ajv's standalone code: compiled here, once,
// rather than by ajv at every start. Compiling the two schemas took ~150 ms of every run and of every worker
// thread's start (a quarter of linting one file from a pre-commit hook). `npm run generate` writes them, and
// tests/model/validators.test.ts fails while a schema and its check disagree.
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Ajv, type Options } from 'ajv';
import standalone from 'ajv/dist/standalone/index.js';
import { packagePath } from '../src/package-root.js';

interface Validator {
  schema: string;
  /** The generated module, from the package root. */
  out: string[];
  options: Options;
}

export const VALIDATORS: readonly Validator[] = [
  // verbose: errors carry the offending data and the schema they broke, for the messages of src/model/schema.ts.
  { schema: 'form.schema.json', out: ['src', 'model', 'form-validator.generated.ts'], options: { allErrors: true, verbose: true, allowUnionTypes: true } },
  { schema: 'ptlintrc.schema.json', out: ['src', 'engine', 'config-validator.generated.ts'], options: { allErrors: true, strict: false } },
];

/** The module a schema's check is: its default export is the ajv validate function. */
export function validatorSource({ schema, options }: Validator): string {
  const ajv = new Ajv({ ...options, code: { source: true, esm: true } });
  const code = standalone.default(ajv, ajv.compile(JSON.parse(readFileSync(packagePath('schemas', schema), 'utf8')) as object));
  return [
    '// @ts-nocheck',
    `// Generated from schemas/${schema} by scripts/validators.ts (ajv standalone code); do not edit: \`npm run generate\`.`,
    // ajv's ES-module output still requires its runtime helpers (ucs2length for string lengths).
    ...(code.includes('require(') ? ["import { createRequire } from 'node:module';", 'const require = createRequire(import.meta.url);'] : []),
    // A module is strict: ajv's directive would stand after the imports, where it is no directive.
    code.replace(/^"use strict";/, ''),
    '',
  ].join('\n');
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  for (const validator of VALIDATORS) {
    const path = packagePath(...validator.out);
    writeFileSync(path, validatorSource(validator));
    console.log(`wrote ${path}`);
  }
}
