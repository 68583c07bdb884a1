// Keeps schemas/form.schema.json and src/model/types.ts in step, both ways:
// - a field the types have and the schema lacks: the maximal sample below (which the compiler forces to carry
//   every field of every type) fails the schema, whose objects all forbid unknown fields;
// - a field the schema has and the types lack: the sample cannot carry it (excess property), and the walk over
//   the schema finds it missing.
// vitest does not type-check, so the first test compiles the sample with the TypeScript compiler.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { checkDocument } from '../../src/model/schema.js';
import { normalizeDocument } from '../../src/model/normalize.js';
import { PointerMap } from '../../src/model/source.js';
import { ENUMS, maximal } from './type-samples.js';

type Schema = {
  $ref?: string; properties?: Record<string, Schema>; items?: Schema; anyOf?: Schema[]; oneOf?: Schema[];
  enum?: unknown[]; definitions?: Record<string, Schema>;
};
const schema = JSON.parse(readFileSync(new URL('../../schemas/form.schema.json', import.meta.url), 'utf8')) as Schema;
/** Keys the schema accepts that are not part of the model: the editor hint only. */
const NOT_IN_MODEL = new Set(['/$schema']);

const resolve = (s: Schema): Schema => (s.$ref ? resolve(at(s.$ref.slice(1))) : s);
function at(pointer: string): Schema {
  return pointer.split('/').slice(1).reduce<Schema>((s, key) => (s as Record<string, Schema>)[key], schema);
}

/** Pointers of the properties the schema declares that the sample does not carry, and of sample objects and
 * arrays whose contents the schema leaves undescribed (which would let it accept fields the types do not have). */
function missingFromSample(node: Schema, sample: unknown, pointer = ''): string[] {
  const s = resolve(node);
  const branches = [...(s.anyOf ?? []), ...(s.oneOf ?? [])].map(resolve);
  if (branches.length) return branches.flatMap((branch) => missingFromSample(branch, sample, pointer));
  const out: string[] = [];
  if (Array.isArray(sample)) {
    if (!s.items) return [`${pointer} (no items in the schema)`];
    if (sample.length === 0) out.push(`${pointer}/0`);
    sample.forEach((item, i) => out.push(...missingFromSample(s.items!, item, `${pointer}/${i}`)));
  } else if (sample !== null && typeof sample === 'object') {
    if (!s.properties) return [`${pointer} (no properties in the schema)`];
    for (const [key, sub] of Object.entries(s.properties)) {
      const child = `${pointer}/${key}`;
      if (NOT_IN_MODEL.has(child)) continue;
      if (!(key in sample)) out.push(child);
      else out.push(...missingFromSample(sub, (sample as Record<string, unknown>)[key], child));
    }
  }
  return out;
}

describe('schema and types', () => {
  it('the maximal sample type-checks (so it carries every field of every type)', () => {
    const file = fileURLToPath(new URL('./type-samples.ts', import.meta.url));
    const program = ts.createProgram([file], {
      strict: true, noEmit: true, skipLibCheck: true, target: ts.ScriptTarget.ES2022, lib: ['lib.es2023.d.ts'],
      module: ts.ModuleKind.NodeNext, moduleResolution: ts.ModuleResolutionKind.NodeNext, types: [],
    });
    const diagnostics = ts.getPreEmitDiagnostics(program, program.getSourceFile(file))
      .map((d) => ts.flattenDiagnosticMessageText(d.messageText, '\n'));
    expect(diagnostics).toEqual([]);
  }, 60_000);

  it('the schema accepts the maximal sample (so it has every field the types have)', () => {
    expect(checkDocument(maximal, new PointerMap())).toEqual([]);
    expect(checkDocument(normalizeDocument(maximal), new PointerMap())).toEqual([]);
  });

  it('the sample carries every field the schema declares (so the types have every field the schema has)', () => {
    expect(missingFromSample(schema, maximal)).toEqual([]);
  });

  it('the schema and the types allow the same enumerated values', () => {
    for (const [pointer, members] of ENUMS) {
      const declared = (resolve(at(pointer)).enum ?? []).filter((v) => v !== null);
      expect({ pointer, values: declared.sort() }).toEqual({ pointer, values: Object.keys(members).sort() });
    }
  });
});
