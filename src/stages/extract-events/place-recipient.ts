import type { Token } from '../../model/token.js';
import type { PlaceMention } from '../../model/place.js';
import type { Participant } from '../../model/event-record.js';
import type { ActorRef } from '../../model/actor.js';
import { actorDictionary } from '../../lexicons/actor-dictionary.js';
import { toRef } from '../../lexicons/resolve-actor.js';
import type { PloverType } from '../../model/event-types.js';
import { isResponsibilityClaim } from '../assess-factuality/responsibility-claim.js';

// How far after the trigger the place may be named ('imposed a curfew in the town of Cizre in southeastern Turkey').
const SCENE_REACH = 12;
// Words that put the act inside the place: 'in Lebanon', 'into Iraq', 'to Bosnia', 'inside Syria'.
const INTO = new Set(['in', 'into', 'to', 'inside']);
// A withdrawal is directed at the state it leaves: 'withdraw its troops from Lebanon'.
const OUT_OF = new Set(['from', 'out']);
// What may stand between the preposition and the name: 'in the capital city of Algiers', 'in central Baghdad'.
const BETWEEN = /^(DET|ADJ|NOUN|PROPN|ADP|NUM|PUNCT)$/;

/**
 * Whether the place of the act says whom it is directed at: not for a truce, which binds the parties that make
 * it wherever it is reached ('the ceasefire agreed in Minsk' is not directed at Belarus); for an agreement only
 * when the place belongs to what is agreed ('agreed to postpone the demonstration in Baku'), after a 'to'.
 * An attack never: its place is where it happened, not whom it was aimed at.
 * Example: { type: 'COERCE', mode: 'restrict' } → true; { type: 'RETREAT', mode: 'ceasefire' } → false; { type: 'ASSAULT' } → false.
 */
export function placeMeansRecipient(event: { type: PloverType; mode?: string; triggerText: string }): boolean {
  // An attack hits whom it hits, not the state it happens in: 'an air strike hit the hospital in Abs' names
  // no recipient, and sitrep's reference annotations (like ACLED) code none rather than Yemen.
  if (event.type === 'ASSAULT') return false;
  // 'The foreign ministers are due to meet in Brussels': a meeting's venue is where it is held, not a party to it;
  // 'claimed responsibility for the bombing in Kabul' claims an act, it is aimed at nobody.
  if (event.type === 'CONSULT' || isResponsibilityClaim(event)) return false;
  return !(event.type === 'RETREAT' && event.mode === 'ceasefire');
}

let states: Map<string, ActorRef> | undefined;

/** The state actor of each country (ISO alpha-2), from the actor dictionary's 'state' rows. Example: 'LB' → { code: 'LBN', … } */
function stateOf(country: string): ActorRef | undefined {
  if (!states) {
    states = new Map();
    for (const rows of actorDictionary().byId.values()) {
      const row = rows.find((r) => r.kind === 'state' && r.country && !r.to);
      if (row?.country && !states.has(row.country)) states.set(row.country, toRef(row));
    }
  }
  return states.get(country);
}

/**
 * With nobody named to receive it, an act done in a state's territory is directed at that state: PLOVER
 * codes the state of the place as the recipient. The place is the first one with a country named within a
 * dozen tokens after the trigger, in its clause, led by 'in', 'into', 'to' or 'inside' (a few modifiers may
 * come between: 'in the town of Cizre'); for a withdrawal (RETREAT) also 'from' or 'out of'.
 * Example: 'Serbia lifted a night curfew in Montenegro' → [{ text: 'Montenegro', actor: { code: 'MNE', … } }];
 *          'Syria withdrew its troops from Lebanon' (RETREAT) → Lebanon; 'aid arrived from Jordan' (AID) → [].
 */
export function placeRecipients(tokens: readonly Token[], places: readonly PlaceMention[], triggerLast: number, clauseLast: number, type: string): Participant[] {
  if (triggerLast >= clauseLast) return [];
  const from = tokens[triggerLast].start;
  // 'rejected any negotiation while the war in Gaza continued': a subordinate clause tells another scene.
  let last = Math.min(clauseLast, triggerLast + SCENE_REACH);
  for (let k = triggerLast; k < last; k++) if (tokens[k].pos === 'SCONJ') last = k;
  if (last <= triggerLast) return [];
  const to = tokens[last - 1].end;
  for (const p of places) {
    if (p.metonymic || !p.place?.country || p.span.start < from || p.span.end > to) continue;
    if (!ledInto(tokens, p.span.start, triggerLast, type === 'RETREAT')) continue;
    if (type === 'AGREE' && !agreedContent(tokens, triggerLast, p.span.start)) continue;
    const state = stateOf(p.place.country);
    if (state) return [{ text: p.text, evidence: p.span, actor: state }];
  }
  return [];
}

// Walks back from the place over modifiers to 'in', 'into', 'to' or 'inside' ('from', 'out' when leaving), within five tokens.
function ledInto(tokens: readonly Token[], start: number, floor: number, leaving: boolean): boolean {
  let i = floor;
  while (i < tokens.length && tokens[i].start < start) i++;
  for (let j = i - 1, steps = 0; j >= floor && steps < 5; j--, steps++) {
    if (INTO.has(tokens[j].lower) || (leaving && OUT_OF.has(tokens[j].lower))) return true;
    if (!BETWEEN.test(tokens[j].pos)) return false;
  }
  return false;
}

// 'agreed to postpone the demonstration in Baku': a 'to' between the agreement and the place makes the place the content's.
function agreedContent(tokens: readonly Token[], from: number, placeStart: number): boolean {
  for (let i = from; i < tokens.length && tokens[i].start < placeStart; i++) if (tokens[i].lower === 'to' && tokens[i + 1]?.start < placeStart) return true;
  return false;
}
