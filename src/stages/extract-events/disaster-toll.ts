import type { Token } from '../../model/token.js';
import type { EventMention } from '../../model/event-mention.js';
import { DISASTER_CLASSES } from '../../model/event-types.js';
import { firstTokenFrom } from '../token-index.js';

// Verbs that tell a toll without saying who caused it: 'An earthquake killed 200 people'.
const TOLL_VERBS = new Set(['kill']);

/**
 * 'A landslide triggered by heavy rain killed 14 villagers', 'a fire at a factory killed nine workers': the
 * killing a disaster does is its toll, not an attack of its own. A toll verb with no actor, after a disaster
 * in its clause and with no other act of force between them, is dropped; the figures go to the disaster.
 * Example: [AID 'landslide' NATURAL_DISASTER, ASSAULT 'killed'] → [AID 'landslide'].
 */
export function withoutDisasterTolls(tokens: readonly Token[], events: EventMention[]): EventMention[] {
  if (!events.some((e) => e.otherClass && DISASTER_CLASSES.has(e.otherClass))) return events;
  return events.filter((e, i) => {
    if (e.type !== 'ASSAULT' || e.actors.length || !TOLL_VERBS.has(lemmaAt(tokens, e.trigger.start))) return true;
    for (let j = i - 1; j >= 0; j--) {
      const before = events[j];
      if (before.type === 'ASSAULT') return true;
      if (before.otherClass && DISASTER_CLASSES.has(before.otherClass) && before.trigger.start >= e.clause.start) return false;
    }
    return true;
  });
}

function lemmaAt(tokens: readonly Token[], start: number): string {
  const i = firstTokenFrom(tokens, start);
  return tokens[i]?.start === start ? tokens[i].lemma : '';
}
