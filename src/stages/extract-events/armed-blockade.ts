import type { EventMention } from '../../model/event-mention.js';
import type { ActorKind } from '../../model/actor.js';

// People in the street, and rebels who cut a road to press a demand, make a PROTEST by blocking it (CAMEO 144,
// 'obstruct passage': PLOVER's coders code rebels who block transport so). A road or a town blocked by a state's
// troops or police is coercion: CAMEO 191, 'impose blockade, restrict movement'. A capital named as a party
// ('Demonstrators in Baghdad') is no state force.
const STATE_FORCES: ReadonlySet<ActorKind> = new Set(['military', 'police']);

/**
 * Recodes a blockade whose doer is a state's troops or police ('Government forces have blocked the main road to the
 * camp', 'army blockade') as COERCE restrict; a crowd's or rebels' blocked road stays a protest.
 * Example: PROTEST/obstruct by 'Government forces' (military) → COERCE/restrict, cameo 191
 */
export function armedBlockades(events: EventMention[]): void {
  for (const event of events) {
    if (event.type !== 'PROTEST' || event.mode !== 'obstruct' || !event.actors.some((a) => a.actor && STATE_FORCES.has(a.actor.kind))) continue;
    event.rule += ' + armed blockade';
    Object.assign(event, { type: 'COERCE', mode: 'restrict', cameo: '191', acled: undefined, otherClass: 'OTHER' });
  }
}
