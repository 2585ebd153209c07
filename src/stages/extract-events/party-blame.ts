import type { Attribution, SourceKind } from '../../model/source.js';
import type { EventMention } from '../../model/event-mention.js';
import type { Span } from '../../model/span.js';

/**
 * Trigger patterns that put an act on someone inside what a speaker says ('the deaths were caused by sarin dropped by
 * Syrian aircraft', 'forces loyal to Assad were behind the attack'): the speaker accuses that party (ACCUSE/allege).
 */
export const BLAME_PATTERNS: ReadonlySet<string> = new Set(['caused by', 'carried out by', 'be behind']);
/** Of those, the ones whose subject is the accused ('X were behind the attack'). */
export const BLAMED_SUBJECT: ReadonlySet<string> = new Set(['be behind']);

// A party to a conflict or a state blames; a monitor, an outlet or a witness that names who struck reports the act
// ('the monitor said the strikes were carried out by regime aircraft'), which the act's own record tells.
const PARTY_SOURCES: ReadonlySet<SourceKind> = new Set(['government', 'military', 'official', 'armed-group']);

/** Whether a party (a government, an army, an armed group) says the words that hold the trigger. */
export function spokenByParty(claims: readonly Attribution[], trigger: Span): boolean {
  return claims.some((c) => c.content.start <= trigger.start && trigger.end <= c.content.end && !c.denial
    && c.chain[0]?.code !== undefined && PARTY_SOURCES.has(c.chain[0].kind));
}

/**
 * A blame needs someone blamed: 'the fire had been caused by a technical fault' names no party, so the speaker accuses
 * nobody and no event is told.
 */
export function blamesNobody(event: EventMention): boolean {
  return event.type === 'ACCUSE' && BLAME_PATTERNS.has(event.rule.replace(/^trigger:/, '').split(' + ')[0])
    && !event.recipients.some((r) => r.actor?.code !== undefined);
}
