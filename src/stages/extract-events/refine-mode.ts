import type { Token } from '../../model/token.js';
import type { EventMention } from '../../model/event-mention.js';

/** Mode and CAMEO code of an event once its context is known. Example: { mode: 'visit', cameo: '042' } */
export interface Coding {
  mode?: string;
  cameo?: string;
}

const CONTENT_OF_REQUEST: Record<string, Coding> = {
  'RETREAT:ceasefire': { mode: 'yield', cameo: '0256' },
  'RETREAT:withdraw': { mode: 'yield', cameo: '0256' },
  'RETREAT:release': { mode: 'yield', cameo: '0253' },
  'CONSULT:': { mode: 'meet', cameo: '026' },
  'AID:': { mode: 'assist', cameo: '023' },
  'COOPERATE:': { mode: 'assist', cameo: '022' },
};

/**
 * A REQUEST's mode follows what it asks for ('asked … to stop the strikes' → yield, CAMEO 0256),
 * or, without a recorded content, the words of its clause.
 */
export function requestCoding(content: EventMention | undefined, clauseWords: readonly string[]): Coding | undefined {
  if (content) {
    const found = CONTENT_OF_REQUEST[`${content.type}:${content.mode ?? ''}`] ?? CONTENT_OF_REQUEST[`${content.type}:`];
    if (found) return found;
  }
  const has = (re: RegExp) => clauseWords.some((w) => re.test(w));
  // Whole words where a stem would take others: 'end' is not 'endorse', 'aid' is not 'aides'.
  if (has(/^(ceasefire|cease-fire|truce|stop|halt|pause|suspend|withdraw|release)|^end(s|ed|ing)?$/)) return { mode: 'yield', cameo: '0256' };
  if (has(/^(talks|negotiat|dialogue|meet)/)) return { mode: 'meet', cameo: '026' };
  if (has(/^(aid(s|ed|ing)?|assistance|help)$|^help/)) return { mode: 'assist', cameo: '023' };
  return undefined;
}

/**
 * A CONSULT's mode from its clause: a meeting on the sidelines of a summit is hosted by a third party
 * (044), a call is remote, a meeting in a named place or a visit is a visit (042).
 */
export function consultCoding(tokens: readonly Token[], first: number, last: number, hasPlace: boolean): Coding | undefined {
  const words = tokens.slice(first, last).map((t) => t.lower);
  if (words.some((w) => /^(sidelines|summit|conference|forum)$/.test(w))) return { mode: 'third-party', cameo: '044' };
  if (words.some((w) => /^(phone|telephone|call|videoconference)$/.test(w))) return { mode: 'phone', cameo: '040' };
  if (hasPlace || words.some((w) => /^(visit|visited|visiting|arrived|trip)$/.test(w))) return { mode: 'visit', cameo: '042' };
  return undefined;
}
