import { describe, expect, it } from 'vitest';
import { defineRule, type AnyRule } from '../../src/engine/rule.js';
import { PRESET_NAMES, presetRules } from '../../src/engine/presets.js';

const rule = (id: string, severity: 'error' | 'warn' | 'info', recommended: boolean, framework = false): AnyRule => defineRule({
  meta: {
    id, severity, recommended, scope: 'form', description: { 'zh-CN': id, en: id }, messages: {},
    ...(framework ? { options: { type: 'object', properties: { framework: { enum: ['any', 'mof-2021', 'hebei'] } } } } : {}),
  },
  check() {},
});

const RULES = [rule('a', 'error', true), rule('b', 'warn', true), rule('c', 'warn', false), rule('d', 'info', true),
  rule('cat', 'warn', true, true), rule('cat-missing', 'warn', false, true)];

describe('presets', () => {
  it('recommended turns on the rules marked so, at their severity', () => {
    expect(presetRules('ptlint:recommended', RULES)).toEqual({ a: 'error', b: 'warn', d: 'info', cat: 'warn' });
  });

  it('all turns on every rule; strict raises warnings to errors', () => {
    expect(Object.keys(presetRules('ptlint:all', RULES))).toHaveLength(RULES.length);
    expect(presetRules('ptlint:strict', RULES)).toMatchObject({ a: 'error', b: 'error', c: 'error', d: 'info', 'cat-missing': 'error' });
  });

  it('the framework presets set the framework of every rule that takes one, category-missing included', () => {
    expect(presetRules('ptlint:mof-2021', RULES)).toEqual({
      a: 'error', b: 'warn', d: 'info', cat: ['warn', { framework: 'mof-2021' }], 'cat-missing': ['warn', { framework: 'mof-2021' }],
    });
    expect(presetRules('ptlint:hebei', RULES).cat).toEqual(['warn', { framework: 'hebei' }]);
  });

  it('has a name for each', () => {
    expect([...PRESET_NAMES].sort()).toEqual(['ptlint:all', 'ptlint:hebei', 'ptlint:mof-2021', 'ptlint:recommended', 'ptlint:strict']);
  });
});
