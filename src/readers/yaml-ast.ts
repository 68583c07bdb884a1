// Where every value of a YAML (or JSON, which is YAML 1.2) text stands, by JSON pointer, from the yaml AST.
import { isMap, isNode, isScalar, isSeq, type Node } from 'yaml';
import { LineIndex, PointerMap, joinPointer, type Loc } from '../model/source.js';
import type { KeyedSourceMap } from '../model/schema.js';

export class AstSourceMap implements KeyedSourceMap {
  private readonly values = new PointerMap();
  private readonly keys = new Map<string, Loc>();

  constructor(root: Node | null | undefined, private readonly text: string, private readonly lines = new LineIndex(text)) {
    // An empty file (or one of comments only) still has a place: its start.
    if (root) this.walk(root, ''); else this.values.set('', lines.loc(0, 0));
  }

  locate(pointer: string): Loc | undefined {
    return this.values.locate(pointer);
  }

  locateKey(pointer: string): Loc | undefined {
    return this.keys.get(pointer) ?? this.values.locate(pointer);
  }

  /** `fallback` stands in for a value that is not written at all (`value:`): its key. */
  private walk(node: unknown, pointer: string, fallback?: Loc): void {
    if (!isNode(node)) { this.values.set(pointer, fallback); return; }
    this.values.set(pointer, (isEmptyScalar(node) ? fallback : undefined) ?? this.loc(node));
    if (isMap(node)) {
      for (const { key, value } of node.items) {
        // Keys are scalars in any form file; a complex key has no pointer of its own.
        if (!isScalar(key)) continue;
        const child = pointer + joinPointer(String(key.value));
        const keyLoc = this.loc(key);
        if (keyLoc) this.keys.set(child, keyLoc);
        this.walk(value, child, keyLoc);
      }
    } else if (isSeq(node)) {
      node.items.forEach((item, i) => this.walk(item, pointer + joinPointer(i)));
    }
  }

  /** The node's extent without the trailing line breaks and blanks a block collection or block scalar takes. */
  private loc(node: Node): Loc | undefined {
    if (!node.range) return undefined;
    const [start, valueEnd] = node.range;
    let end = valueEnd;
    while (end > start && /\s/.test(this.text[end - 1])) end--;
    return this.lines.loc(start, end);
  }
}

function isEmptyScalar(node: Node): boolean {
  return isScalar(node) && node.value === null && !!node.range && node.range[0] === node.range[1];
}
