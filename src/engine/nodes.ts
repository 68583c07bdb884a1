// The node tree rules walk: every form and indicator with its JSON pointer, built once per document.
import type { Document, Form, Indicator } from '../model/types.js';
import type { DocumentNode, FormNode, IndicatorNode } from './rule.js';

export function documentNode(file: string, document: Document): DocumentNode {
  const doc: DocumentNode = { kind: 'document', file, document, pointer: '', forms: [] };
  document.forms.forEach((form, f) => doc.forms.push(new FormAt(doc, form, f)));
  return doc;
}

// Pointers are made when a finding asks for one: a run builds a node for every row of every file, and reports
// on few of them.
class FormAt implements FormNode {
  readonly kind = 'form';
  readonly indicators: IndicatorNode[];
  constructor(readonly doc: DocumentNode, readonly form: Form, readonly index: number) {
    this.indicators = form.indicators.map((indicator, i) => new IndicatorAt(this, indicator, i));
  }
  get pointer(): string {
    return `/forms/${this.index}`;
  }
}

class IndicatorAt implements IndicatorNode {
  readonly kind = 'indicator';
  constructor(readonly parent: FormNode, readonly indicator: Indicator, readonly index: number) {}
  get pointer(): string {
    return `/forms/${this.parent.index}/indicators/${this.index}`;
  }
}
