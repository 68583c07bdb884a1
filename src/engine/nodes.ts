// The node tree rules walk: every form and indicator with its JSON pointer, built once per document.
import type { Document } from '../model/types.js';
import type { DocumentNode, FormNode, IndicatorNode } from './rule.js';

export function documentNode(file: string, document: Document): DocumentNode {
  const doc: DocumentNode = { kind: 'document', file, document, pointer: '', forms: [] };
  document.forms.forEach((form, f) => {
    const formNode: FormNode = { kind: 'form', doc, form, index: f, pointer: `/forms/${f}`, indicators: [] };
    formNode.indicators = form.indicators.map((indicator, i): IndicatorNode => ({
      kind: 'indicator', parent: formNode, indicator, index: i, pointer: `/forms/${f}/indicators/${i}`,
    }));
    doc.forms.push(formNode);
  });
  return doc;
}
