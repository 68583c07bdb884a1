import { describe, expect, it } from 'vitest';
import { disabledCheck, parseDirective } from '../../src/engine/directives.js';

describe('parseDirective', () => {
  it('reads the kind and the rules of an HTML or YAML comment', () => {
    expect(parseDirective('<!-- ptlint-disable value-vague, value-empty -->', 3))
      .toEqual({ kind: 'disable', rules: ['value-vague', 'value-empty'], line: 3 });
    expect(parseDirective('# ptlint-disable-line value-vague', 7)).toEqual({ kind: 'disable-line', rules: ['value-vague'], line: 7 });
    expect(parseDirective('<!-- ptlint-enable -->', 9)).toEqual({ kind: 'enable', rules: [], line: 9 });
    expect(parseDirective('<!-- ptlint-disable-next-line -- 已与财政局确认 -->', 2))
      .toEqual({ kind: 'disable-next-line', rules: [], line: 2 });
  });

  it('ignores other comments', () => {
    expect(parseDirective('<!-- 备注：ptlint 检查通过 -->', 1)).toBeNull();
  });
});

describe('disabledCheck', () => {
  const check = disabledCheck([
    { kind: 'disable', rules: ['value-vague'], line: 10 },
    { kind: 'enable', rules: ['value-vague'], line: 20 },
    { kind: 'disable-line', rules: [], line: 30 },
    { kind: 'disable-next-line', rules: ['basis-empty'], line: 40 },
  ]);

  it('turns a rule off between disable and enable', () => {
    expect(check('value-vague', 9)).toBe(false);
    expect(check('value-vague', 15)).toBe(true);
    expect(check('value-empty', 15)).toBe(false);
    expect(check('value-vague', 21)).toBe(false);
  });

  it('turns every rule off on a disable-line line, and one on the line after disable-next-line', () => {
    expect(check('anything', 30)).toBe(true);
    expect(check('anything', 31)).toBe(false);
    expect(check('basis-empty', 41)).toBe(true);
    expect(check('basis-empty', 40)).toBe(false);
    expect(check('value-vague', 41)).toBe(false);
  });

  it('never disables a diagnostic without a line', () => {
    expect(check('value-vague', undefined)).toBe(false);
  });
});
