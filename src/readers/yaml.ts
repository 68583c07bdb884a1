// The canonical model written by hand in YAML: the data is the Document itself, with an
// indicator's value written as its text (`value: ≥6次`). Comments may carry ptlint directives.
import { Parser, isScalar, parse, parseDocument, type Document as YamlDocument, type YAMLError } from 'yaml';
import { LineIndex, type Loc } from '../model/source.js';
import { checkDocument } from '../model/schema.js';
import { normalizeDocument } from '../model/normalize.js';
import { parseDirective } from '../engine/directives.js';
import { decodeText } from './decode.js';
import { yamlScalarEncoder } from './encode.js';
import { AstSourceMap } from './yaml-ast.js';
import type { Directive, Problem, Reader, ReadResult } from './types.js';

export const yamlReader: Reader = {
  extensions: ['.yaml', '.yml'],
  checksSchema: true,
  read(source) {
    return readYaml(decodeText(source.bytes));
  },
};

function readYaml(text: string): ReadResult {
  const lines = new LineIndex(text);
  const doc = parseDocument(text, { prettyErrors: false });
  const sourceMap = new AstSourceMap(doc.contents, text, lines);
  const result: ReadResult = { document: null, sourceMap, directives: directives(text, lines), problems: [], encode: yamlScalarEncoder(text, parse) };
  const at = (error: YAMLError): Loc | undefined => (error.pos[0] < 0 ? undefined
    : lines.loc(Math.min(error.pos[0], text.length), Math.min(Math.max(...error.pos), text.length)));
  let broken = false;
  for (const error of doc.errors) {
    // parseDocument reads the first document and flags the rest as an error; reading the first is what we want.
    if (error.code === 'MULTIPLE_DOCS') {
      result.problems.push({ messageId: 'yaml-multiple-documents', loc: at(error), severity: 'warning' });
      continue;
    }
    broken = true;
    result.problems.push({ messageId: 'yaml-syntax', data: { detail: firstLine(error.message) }, loc: at(error), severity: 'error' });
  }
  for (const warning of doc.warnings) {
    result.problems.push({ messageId: 'yaml-syntax', data: { detail: firstLine(warning.message) }, loc: at(warning), severity: 'warning' });
  }
  if (broken) return result;

  let data: unknown;
  try {
    data = doc.toJS();
  } catch (error) {
    // toJS refuses alias bombs (too many alias expansions) by throwing.
    result.problems.push({ messageId: 'yaml-syntax', data: { detail: (error as Error).message }, severity: 'error' });
    return result;
  }
  const schemaProblems = checkDocument(data, sourceMap);
  if (schemaProblems.length) {
    result.problems.push(...schemaProblems);
    return result;
  }
  keepNumbersAsWritten(data as Shape, doc);
  result.document = normalizeDocument(data);
  return result;
}

type Shape = { forms: Array<{ indicators: Array<{ value?: unknown }> }> };

/** `value: 0.50` is the text 0.50, not the number 0.5: a value's text is what the form says. */
function keepNumbersAsWritten(data: Shape, doc: YamlDocument): void {
  data.forms.forEach((form, f) => form.indicators.forEach((row, i) => {
    if (typeof row.value !== 'number') return;
    const node = doc.getIn(['forms', f, 'indicators', i, 'value'], true);
    if (isScalar(node) && node.source) row.value = node.source;
  }));
}

function firstLine(message: string): string {
  return message.split('\n')[0].trim();
}

/**
 * ptlint directives in comments. The CST knows what is a comment: a # inside a quoted scalar is not one. The
 * tokens are walked with a stack of our own, in document order: collections nested thousands deep must not
 * overflow the call stack.
 */
function directives(text: string, lines: LineIndex): Directive[] {
  if (!text.includes('ptlint-')) return [];
  const out: Directive[] = [];
  const stack: unknown[] = [...new Parser().parse(text)].reverse();
  while (stack.length) {
    const token = stack.pop();
    if (token === null || typeof token !== 'object') continue;
    const t = token as { type?: unknown; offset?: unknown; source?: unknown };
    if (t.type === 'comment' && typeof t.offset === 'number' && typeof t.source === 'string') {
      const directive = parseDirective(t.source, lines.position(t.offset).line);
      if (directive) out.push(directive);
      continue;
    }
    const children = Array.isArray(token) ? token : Object.values(token);
    for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]);
  }
  return out;
}
