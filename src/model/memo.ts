// Remembered answers of pure text functions. Forms repeat the same texts (category names, units, stock
// indicators) thousands of times in a run, so each is worked out once. A Map emptied when full, rather than an
// LRU: the texts that repeat come back at once, and a long editor session must not grow without end. Small: the
// rules ask the texts of one form many times over, and a table that fits the processor's cache answered a run
// ~15 % faster than one of 20,000 texts (which also kept the rarer ones).

const LIMIT = 1024;
/** By default, longer texts (a paragraph a rule scans) are not kept: they seldom repeat, and would hold memory. */
const LONGEST = 200;

/**
 * `fn` answering from memory for a text it has seen (up to `limit` texts, of at most `longest` UTF-16 units);
 * `fn` must be pure and its result never mutated.
 */
export function memoize<T>(fn: (text: string) => T, limit = LIMIT, longest = LONGEST): (text: string) => T {
  const seen = new Map<string, T>();
  // The text asked last, with its answer: the rules ask of the same cell, or of rows under the same category,
  // one after another, and comparing with it is cheaper than a look-up.
  let last: string | undefined;
  let lastAnswer: T;
  return (text) => {
    if (text === last) return lastAnswer;
    if (text.length > longest) return fn(text);
    let answer = seen.get(text);
    if (answer === undefined && !seen.has(text)) {
      answer = fn(text);
      if (seen.size >= limit) seen.clear();
      seen.set(text, answer);
    }
    last = text;
    return (lastAnswer = answer as T);
  };
}
