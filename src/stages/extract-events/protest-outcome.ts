import type { EventMention } from '../../model/event-mention.js';

const STATE_KINDS = new Set(['state', 'government', 'military', 'police']);
const PROTESTERS = /^(protest|demonstrat|marcher)/i;
const FORCE_MODES = new Set(['firearms', 'beat', 'primitive', undefined]);

/**
 * ACLED types a protest by what met it, and the sentence that tells of a protest tells of that too:
 * killing or shooting by state forces makes 'Excessive force against protesters'; dispersal, tear gas
 * or arrests make 'Protest with intervention'. Both the protest and the act on it get the class.
 */
export function classifyProtestOutcome(events: EventMention[]): void {
  // Violence aimed at protesters is force against them, whoever names the protest.
  for (const e of events) {
    if (e.type === 'ASSAULT' && e.contentOf === undefined && e.recipients.some((r) => PROTESTERS.test(r.text))) {
      e.acled = 'Excessive force against protesters';
      e.otherClass = undefined;
      e.rule += ' + against-protesters';
    }
  }
  const protests = events.filter((e) => e.type === 'PROTEST' && e.mode !== 'riot' && e.contentOf === undefined);
  if (!protests.length) return;
  // Protesters who throw stones or burn make a violent demonstration, whatever the police did.
  if (events.some((e) => e.type === 'PROTEST' && e.mode === 'riot' && e.contentOf === undefined)) {
    for (const e of protests) {
      e.acled = 'Violent demonstration';
      e.otherClass = undefined;
      e.rule += ' + riot';
    }
    return;
  }
  const force = events.find((e) => e.type === 'ASSAULT' && e.contentOf === undefined && FORCE_MODES.has(e.mode)
    && (e.actors.length === 0 || e.actors.some((a) => a.actor && STATE_KINDS.has(a.actor.kind))));
  const intervention = events.find((e) => e.type === 'COERCE' && (e.mode === 'crowd-control' || e.mode === 'arrest'));
  const outcome = force ? 'Excessive force against protesters' as const : intervention ? 'Protest with intervention' as const : undefined;
  if (!outcome) return;
  for (const e of [...protests, force ?? intervention!]) {
    e.acled = outcome;
    e.otherClass = undefined;
    e.rule += ' + protest-outcome';
  }
}

/**
 * Deaths told in the protest's sentence or the next ('Police fired on the march. Three people died.')
 * are force against the protesters too; the casualties layer says where deaths are told.
 */
export function protestDeaths(events: EventMention[], deathSentences: ReadonlySet<number>): void {
  for (const e of events) {
    if (e.type !== 'PROTEST' || e.mode === 'riot' || e.contentOf !== undefined || e.acled === 'Excessive force against protesters') continue;
    if (!deathSentences.has(e.sentence) && !deathSentences.has(e.sentence + 1)) continue;
    e.acled = 'Excessive force against protesters';
    e.otherClass = undefined;
    e.rule += ' + protest-deaths';
  }
}
