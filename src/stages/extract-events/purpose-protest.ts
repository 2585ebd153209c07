import type { Token } from '../../model/token.js';
import { DIPLOMATIC_PROTEST } from './diplomatic-protest.js';
import type { EventMention } from '../../model/event-mention.js';

/** How far after a diplomatic act its purpose infinitive may stand ('summoned a senior diplomat in the capital on Monday to protest'). */
const REACH = 16;

/**
 * 'summoned the ambassador to protest the raids', 'lodged a complaint with the council to protest':
 * the protest is what the diplomatic act is for, said by the same government, not a crowd in the street.
 * Returns the built events without such purpose protests (the diplomatic act already records it).
 */
export function withoutPurposeProtests<T extends { event: EventMention; firstToken: number }>(tokens: readonly Token[], built: T[]): T[] {
  const diplomatic = built.filter((b) => b.event.type === 'ACCUSE' && b.event.mode === 'disapprove');
  if (!diplomatic.length) return built;
  return built.filter((b) => {
    // A government's protest is coded as a disapproval already (diplomatic-protest.ts), but it is still the purpose.
    const protest = b.event.type === 'PROTEST' || (b.event.cameo === DIPLOMATIC_PROTEST.cameo && tokens[b.firstToken].lemma === 'protest');
    if (!protest || tokens[b.firstToken - 1]?.lower !== 'to') return true;
    return !diplomatic.some((d) => d.firstToken < b.firstToken && b.firstToken - d.firstToken <= REACH);
  });
}
