// Bytes to text: UTF-8 with or without BOM, UTF-16 with BOM, else GB18030 (which covers GBK and GB2312).

const utf8 = new TextDecoder('utf-8', { fatal: true });

export function decodeText(bytes: Uint8Array): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  const start = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  try {
    return utf8.decode(bytes.subarray(start));
  } catch {
    return new TextDecoder('gb18030').decode(bytes);
  }
}

/**
 * A copy of `text` that shares no memory with the text it was cut from. Parsers give values as slices of the
 * source, and V8 keeps a whole string alive for any slice of it: a Word Document of 7 KB held its 40 KB XML part
 * too, and a run over ten thousand files held them all. Concatenating makes a rope that slicing flattens into
 * a string of its own.
 */
export function detached(text: string): string {
  return (' ' + text).slice(1);
}
