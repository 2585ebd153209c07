import type { EventMention } from '../../model/event-mention.js';
import type { ActorKind } from '../../model/actor.js';

// Only people in the street make a PROTEST by blocking a road (CAMEO 144, 'obstruct passage'). A road or a town
// blocked by troops, police, an armed group or a state is coercion: CAMEO 191, 'impose blockade, restrict movement'.
const ARMED: ReadonlySet<ActorKind> = new Set(['military', 'police', 'armed-group', 'rebels', 'government', 'state']);

/**
 * Recodes a blockade whose doer is armed or a state ('Government forces have blocked the main road to the camp',
 * 'army blockade') as COERCE restrict; a crowd's blocked road stays a protest.
 * Example: PROTEST/obstruct by 'Government forces' (military) → COERCE/restrict, cameo 191
 */
export function armedBlockades(events: EventMention[]): void {
  for (const event of events) {
    if (event.type !== 'PROTEST' || event.mode !== 'obstruct' || !event.actors.some((a) => a.actor && ARMED.has(a.actor.kind))) continue;
    event.rule += ' + armed blockade';
    Object.assign(event, { type: 'COERCE', mode: 'restrict', cameo: '191', acled: undefined, otherClass: 'OTHER' });
  }
}
