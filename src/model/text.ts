// Text normalisation shared by readers and rules: comparisons ignore width, spacing and closing punctuation.

/** NFKC (full-width → ASCII), no white space. */
export function compact(s: string): string {
  return s.normalize('NFKC').replace(/\s+/g, '');
}

const EDGE_PUNCT = /^[\p{P}\p{S}\s]+|[\p{P}\s]+$/gu;

/** The key two texts are compared by: compact, without leading/trailing punctuation and a unit in brackets. */
export function textKey(s: string): string {
  return compact(s).replace(/\((%|‰|[^()]{1,4})\)$/u, '').replace(EDGE_PUNCT, '');
}

export function isBlank(s: string | null | undefined): boolean {
  return s == null || compact(s) === '';
}

/** The text trimmed, cut to `max` characters with … when longer: for quoting a cell in a message. */
export function shorten(s: string, max = 30): string {
  const chars = [...s.trim()];
  return chars.length > max ? chars.slice(0, max).join('') + '…' : chars.join('');
}
