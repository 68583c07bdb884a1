// How the layout reports a problem: by message id, at a place, with the data the message needs.
import type { Loc } from '../../model/source.js';
import type { MessageData } from '../../engine/i18n.js';
import type { ReaderMessageId } from '../messages.js';
import type { Problem } from '../types.js';

export type Report = (messageId: ReaderMessageId, loc: Loc | undefined, severity: Problem['severity'], data?: MessageData) => void;

/** A Report that collects into `problems`. */
export function reporter(problems: Problem[]): Report {
  return (messageId, loc, severity, data) => {
    problems.push({ messageId, severity, ...(loc ? { loc } : {}), ...(data ? { data } : {}) });
  };
}
