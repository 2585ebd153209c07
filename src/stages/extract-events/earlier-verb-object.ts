import type { Token } from '../../model/token.js';
import type { Candidate } from './assign-arguments.js';
import { PASSIVE_AUX, REPORTING } from './clause-words.js';

const RELATIVE = new Set(['who', 'which', 'that', 'whom']);
const OBJECT_LEAD = /^(DET|NUM|ADJ)$/;
const QUOTE = new Set(['"', '“', '”', "'", '‘', '’']);

/**
 * 'Militants killed two farmers near the well and kidnapped a teacher': a party right after an active
 * verb of the clause is that verb's object, so it is not the subject of a later verb coordinated with
 * it. Not when the later verb is an infinitive or a gerund the
 * earlier verb governs ('urged the rebels to attack', 'accused the army of firing') or a relative
 * clause makes the object its subject ('besieged the rebels who attacked').
 */
export function objectOfEarlierVerb(tokens: readonly Token[], c: Candidate, from: number, trigger: number): boolean {
  const lead = tokens[trigger - 1];
  if (tokens[trigger].pos !== 'VERB' || (lead && (lead.lower === 'to' || lead.pos === 'ADP'))) return false;
  // 'targeted "apostate soldiers"', 'attacked army posts': a quote and a noun of the object's own phrase may come first.
  let i = c.first - 1;
  while (i > from && c.first - i <= 3 && (OBJECT_LEAD.test(tokens[i].pos) || tokens[i].pos === 'NOUN' || QUOTE.has(tokens[i].text))) i--;
  const verb = tokens[i];
  // 'were killed': a passive takes no object; 'are fighting' is active all the same.
  const passive = PASSIVE_AUX.has(tokens[i - 1]?.lower ?? '') && !verb.lower.endsWith('ing');
  if (i < from || verb.pos !== 'VERB' || REPORTING.has(verb.lower) || passive) return false;
  // 'According to reports the UK is pushing': what follows 'according to' names a source, however the tagger reads it.
  if (tokens[i - 1]?.lower === 'to' && tokens[i - 2]?.lower === 'according') return false;
  // A participle that describes the party is no verb of the clause: 'Russian-backed separatists', 'the armed
  // men', 'two besieged towns', and one that opens it ('Ousted President X has agreed', 'Newly appointed ...').
  const before = tokens[i - 1];
  if (verb.text.includes('-') || (before && (OBJECT_LEAD.test(before.pos) || (before.text === '-' && before.end === verb.start)))) return false;
  let k = i - 1;
  while (k >= from && tokens[k].pos === 'ADV') k--;
  if (k < from) return false;
  for (let j = c.last; j < trigger; j++) if (RELATIVE.has(tokens[j].lower)) return false;
  return true;
}
