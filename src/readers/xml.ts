// The XML parts of Office files, walked as events over saxes. Office XML never carries a DOCTYPE: one is
// refused outright (entity declarations are how billion-laughs and external-entity attacks start; saxes does
// not expand them, but nothing good follows). Depth and text size are bounded so that a hostile part fails
// with a clear problem instead of exhausting the readers that build on the events.
import { SaxesParser, type SaxesTagPlain } from 'saxes';
import type { MessageData } from '../engine/i18n.js';
import type { ReaderMessageId } from './messages.js';
import { decodeText, detached } from './decode.js';

/** An element as the readers see it: namespace and local name (prefixes are the producer's choice). */
export interface XmlElement {
  /** Namespace URI, '' for none. */
  uri: string;
  local: string;
  /**
   * Attribute values by local name (w:val → val), namespace declarations left out; should two namespaces share
   * a local name, the element's own namespace wins.
   */
  attributes: ReadonlyMap<string, string>;
}

export interface XmlHandlers {
  open?(element: XmlElement): void;
  /** Character data, CDATA included; whitespace between elements too. */
  text?(text: string): void;
  /** Called for every element, self-closing ones right after `open`. */
  close?(element: XmlElement): void;
}

export interface XmlLimits {
  /** Nesting depth of elements. Nested Word tables take about four levels each. */
  maxDepth: number;
  /** Characters of one text node. */
  maxText: number;
}

const XMLNS = 'http://www.w3.org/2000/xmlns/';
const XML = 'http://www.w3.org/XML/1998/namespace';
/** Prefixes bound before any declaration; '' (no prefix) is no namespace until an xmlns says otherwise. */
const ROOT_SCOPE: ReadonlyMap<string, string> = new Map([['', ''], ['xml', XML], ['xmlns', XMLNS]]);

export const DEFAULT_XML_LIMITS: XmlLimits = { maxDepth: 512, maxText: 4 * 1024 * 1024 };

/** Why a part could not be read, as a reader message; the reader adds {format} as it does for ZipError. */
export class XmlError extends Error {
  constructor(readonly messageId: ReaderMessageId, readonly data: MessageData = {}) {
    super(messageId);
    this.name = 'XmlError';
  }
}

/**
 * Walks the XML of `part` (bytes in UTF-8 or UTF-16 with BOM, or a string), calling the handlers in document
 * order. Throws an XmlError on a DOCTYPE, malformed XML or a broken limit; errors thrown by the handlers pass
 * through unchanged.
 */
export function walkXml(xml: Uint8Array | string, part: string, handlers: XmlHandlers,
  limits: Partial<XmlLimits> = {}): void {
  const limit: XmlLimits = { ...DEFAULT_XML_LIMITS, ...limits };
  // Namespaces are resolved here rather than by saxes' xmlns mode, which took a third of the parse resolving
  // every attribute of every element (see scopeOf and Element).
  const parser = new SaxesParser({ xmlns: false, position: true });
  const stack: Element[] = [];
  const text = (data: string): void => {
    if (data.length > limit.maxText) throw new XmlError('xml-text-too-large', { part, limit: limit.maxText });
    handlers.text?.(detached(data));
  };
  parser.on('doctype', () => {
    throw new XmlError('xml-doctype', { part });
  });
  // What the attributes of the tag being opened declare and use (saxes reports them one by one before the tag).
  let declarations: Array<[prefix: string, uri: string]> = [];
  let prefixed: string[] = [];
  parser.on('attribute', ({ name, value }) => {
    if (name === 'xmlns') declarations.push(['', value.trim()]);
    else if (name.startsWith('xmlns:')) declarations.push([name.slice(6), value.trim()]);
    else if (name.includes(':')) prefixed.push(name);
  });
  // Names split once per part: a part repeats a few dozen names thousands of times, and the readers then
  // compare the same string objects, whose hashes V8 keeps.
  const names = new Map<string, QName>();
  const qname = (name: string): QName => {
    let split = names.get(name);
    if (!split) {
      const colon = name.indexOf(':');
      split = colon < 0 ? { prefix: '', local: name } : { prefix: name.slice(0, colon), local: name.slice(colon + 1) };
      names.set(name, split);
    }
    return split;
  };
  parser.on('opentag', (tag: SaxesTagPlain) => {
    if (stack.length >= limit.maxDepth) throw new XmlError('xml-too-deep', { part, limit: limit.maxDepth });
    const name = qname(tag.name);
    const scope = scopeOf(declarations, stack[stack.length - 1]?.scope ?? ROOT_SCOPE, parser);
    if (name.prefix === 'xmlns') parser.fail('tags may not have "xmlns" as prefix.');
    checkBound(name.prefix, scope, parser);
    for (const attribute of prefixed) checkBound(qname(attribute).prefix, scope, parser);
    if (declarations.length > 0) declarations = [];
    if (prefixed.length > 0) prefixed = [];
    const element = new Element(tag, name, scope, qname);
    stack.push(element);
    handlers.open?.(element);
  });
  parser.on('closetag', () => {
    const element = stack.pop();
    if (element) handlers.close?.(element);
  });
  parser.on('text', text);
  parser.on('cdata', text);
  parser.on('error', (error) => {
    throw new XmlError('xml-syntax', { part, line: parser.line, column: parser.column + 1, detail: saxesDetail(error) });
  });
  // saxes reports every parse failure through the error handler above; what handlers throw passes through.
  parser.write(typeof xml === 'string' ? xml : decodeText(xml)).close();
}

/** The prefixes in scope inside a tag: its parent's and those it declares, as XML allows them. */
function scopeOf(declarations: ReadonlyArray<[string, string]>, parent: ReadonlyMap<string, string>,
  parser: SaxesParser): ReadonlyMap<string, string> {
  if (declarations.length === 0) return parent;
  const scope = new Map(parent);
  for (const [prefix, uri] of declarations) {
    if (prefix !== '' && uri === '') parser.fail('invalid attempt to undefine prefix in XML 1.0');
    if ((prefix === 'xml') !== (uri === XML) || (prefix === 'xmlns') !== (uri === XMLNS)) {
      parser.fail(`${prefix || 'the default'} prefix may not be bound to ${uri}.`);
    }
    scope.set(prefix, uri);
  }
  return scope;
}

/** Fails the parse, as saxes would, on a prefix (of a tag or an attribute) never declared. */
function checkBound(prefix: string, scope: ReadonlyMap<string, string>, parser: SaxesParser): void {
  if (!scope.has(prefix)) parser.fail(`unbound namespace prefix: ${JSON.stringify(prefix)}.`);
}

interface QName { prefix: string; local: string }

/**
 * An element with its namespace resolved. The attribute map is made on first use: readers look at the
 * attributes of few elements (w:gridSpan, not w:rFonts), and making one for every element cost a tenth of
 * reading a Word file.
 */
class Element implements XmlElement {
  readonly uri: string;
  readonly local: string;
  private map: Map<string, string> | undefined;

  constructor(private readonly tag: SaxesTagPlain, name: QName, readonly scope: ReadonlyMap<string, string>,
    private readonly qname: (name: string) => QName) {
    this.local = name.local;
    this.uri = scope.get(name.prefix) ?? '';
  }

  get attributes(): ReadonlyMap<string, string> {
    if (this.map) return this.map;
    const map = new Map<string, string>();
    for (const [name, value] of Object.entries(this.tag.attributes)) {
      const { prefix, local } = this.qname(name);
      if (name === 'xmlns' || prefix === 'xmlns') continue;
      // An attribute without a prefix is in no namespace, whatever the default one.
      const uri = prefix === '' ? '' : this.scope.get(prefix);
      if (!map.has(local) || uri === this.uri) map.set(local, value);
    }
    return (this.map = map);
  }
}

/** saxes prefixes its messages with the position, which the problem gives already. */
function saxesDetail(error: Error): string {
  return error.message.replace(/^[^:]*:\d+:\d+: /, '');
}
