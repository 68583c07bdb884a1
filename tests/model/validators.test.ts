import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { VALIDATORS, validatorSource } from '../../scripts/validators.js';
import { packagePath } from '../../src/package-root.js';
import { checkDocument } from '../../src/model/schema.js';

describe('the schema checks compiled ahead (scripts/validators.ts)', () => {
  for (const validator of VALIDATORS) {
    it(`${validator.out.join('/')} is what schemas/${validator.schema} gives (npm run generate writes it)`, () => {
      expect(readFileSync(packagePath(...validator.out), 'utf8')).toBe(validatorSource(validator));
    });
  }

  it('reports with the data and the schema broken (verbose), which the messages need', () => {
    const noPosition = { locate: () => undefined };
    const [problem] = checkDocument({ forms: [{ kind: 'project', nmae: 'x', indicators: [] }] }, noPosition);
    expect(problem).toMatchObject({ messageId: 'schema-additional-suggest', data: { suggestion: 'name' } });
  });
});
