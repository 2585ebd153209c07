import type { EventMention } from '../../model/event-mention.js';
import { FIGHTING_KINDS } from '../../model/actor.js';

// 'Troops entered Saraqib' moves a force onto ground: an event of its own, placed at the ground entered. Proposals,
// travellers and refugees enter places too ('foreign nationals who had entered Syria'), and an entry told beside the
// attack that won it ('began an assault on the town and entered it') is that attack's outcome, not a second act.

const ENTRY = /^enter/i;

/** Descriptions of a force the actors stage leaves unresolved: 'government troops', 'rebel fighters'. */
const FORCE_WORDS = /\b(?:troops|forces|soldiers|army|fighters|militants|rebels|insurgents|militias?|gunmen|units|brigades?|battalions?|marines|police|peacekeepers|tanks)\b/i;

/**
 * Drops each entry ('entered', 'enter') whose actor is not an armed party, or that its sentence tells beside an attack.
 * Example: 'The SDF began an assault on Manbij and entered the town' keeps the assault alone.
 */
export function armedEntries(events: EventMention[]): void {
  const dropped = new Set<number>();
  events.forEach((e, i) => {
    if (e.type !== 'MOBILIZE' || !ENTRY.test(e.triggerText)) return;
    const armed = e.actors.some((a) => (a.actor ? FIGHTING_KINDS.has(a.actor.kind) : false) || FORCE_WORDS.test(a.text));
    const attack = events.find((x) => x !== e && x.sentence === e.sentence && x.type === 'ASSAULT' && x.contentOf === undefined);
    if (!armed || attack) dropped.add(i);
    // The ground entered is the attack's ground too: its word may lead the attack to its place.
    if (armed && attack) attack.otherTriggers = [...(attack.otherTriggers ?? []), e.trigger];
  });
  if (!dropped.size) return;
  // contentOf counts positions in the list: they shift past each dropped entry.
  const newIndex: (number | undefined)[] = [];
  let n = 0;
  events.forEach((_, i) => { newIndex[i] = dropped.has(i) ? undefined : n++; });
  const kept = events.filter((_, i) => !dropped.has(i));
  for (const e of kept) {
    if (e.contentOf === undefined) continue;
    const to = newIndex[e.contentOf];
    e.contentOf = to;
  }
  events.splice(0, events.length, ...kept);
}
