// The canonical model as JSON: every field, values with their parse.
import type { Document } from '../model/types.js';

export function toJson(document: Document): string {
  return JSON.stringify(document, null, 2) + '\n';
}
