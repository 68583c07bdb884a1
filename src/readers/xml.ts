// The XML parts of Office files, walked as events over saxes. Office XML never carries a DOCTYPE: one is
// refused outright (entity declarations are how billion-laughs and external-entity attacks start; saxes does
// not expand them, but nothing good follows). Depth and text size are bounded so that a hostile part fails
// with a clear problem instead of exhausting the readers that build on the events.
import { SaxesParser, type SaxesTagNS } from 'saxes';
import type { MessageData } from '../engine/i18n.js';
import type { ReaderMessageId } from './messages.js';
import { decodeText } from './decode.js';

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
  const parser = new SaxesParser({ xmlns: true, position: true });
  const stack: XmlElement[] = [];
  const text = (data: string): void => {
    if (data.length > limit.maxText) throw new XmlError('xml-text-too-large', { part, limit: limit.maxText });
    handlers.text?.(data);
  };
  parser.on('doctype', () => {
    throw new XmlError('xml-doctype', { part });
  });
  parser.on('opentag', (tag: SaxesTagNS) => {
    if (stack.length >= limit.maxDepth) throw new XmlError('xml-too-deep', { part, limit: limit.maxDepth });
    const attributes = new Map<string, string>();
    for (const attribute of Object.values(tag.attributes)) {
      if (attribute.uri === XMLNS) continue;
      if (!attributes.has(attribute.local) || attribute.uri === tag.uri) attributes.set(attribute.local, attribute.value);
    }
    const element: XmlElement = { uri: tag.uri, local: tag.local, attributes };
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

/** saxes prefixes its messages with the position, which the problem gives already. */
function saxesDetail(error: Error): string {
  return error.message.replace(/^[^:]*:\d+:\d+: /, '');
}
