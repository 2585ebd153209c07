import type { EventRecord } from '../../model/event-record.js';
import { toldAsAnother } from './repeat-reports.js';

/** A toll told in the passive: 'were killed', 'was reportedly wounded', 'had been injured'. */
const PASSIVE_HARM = /\b(?:was|were|been)\s+(?:[a-z]+ly\s+)?(?:killed|wounded|injured|hurt)\b/i;
/** The end of a sentence: what lies between two reports counts them apart. */
const SENTENCE_END = /[.!?]["”’]?\s/g;
/** A sentence that opens on a new speaker of its own: 'A local official told AFP that 14 people had been killed'. */
const NEW_SPEAKER = /^(?:An?|One)\s[^.!?]*?\b(?:told|said|says|reported|added)\b/;

/**
 * 'The air force targeted militant hideouts in the village. A number of militants were killed and their vehicles
 * destroyed': an attack told without a toll, then, in the very next sentence, a toll in the passive that names no
 * attacker, no other act ('in another attack') and no other place or day (the caller checks both), is the toll of that
 * attack, not a new one. An attack that already has a toll keeps a second one apart (it may be another incident's), as
 * does an act dated to a month or a year; a count a new speaker gives ('An official told AFP that 14 had been killed')
 * is left to the rules for other sources' counts.
 */
export function passiveTollOfAttack(a: EventRecord, b: EventRecord, text: string): boolean {
  if (a.type !== 'ASSAULT' || a.fatalities || a.injured || !(b.fatalities || b.injured)) return false;
  // A toll is told of a day's attack, not of an act dated only to a month or a year ('since the rebels took over
  // the east in the summer of 2012').
  if (a.time && a.time.precision !== 'day') return false;
  if (b.actors.length > 0 || b.evidence.length !== 1) return false;
  const clause = b.evidence[0];
  // The report is the toll itself (its trigger the victims or the harm): 'killed in the blast and the gun battle
  // that followed' names an act of its own after the harm, which stays apart.
  const harm = PASSIVE_HARM.exec(text.slice(clause.start, clause.end));
  if (!harm || b.trigger.start >= clause.start + harm.index + harm[0].length || toldAsAnother(b, text)) return false;
  return a.evidence.some((e) => {
    if (e.end > clause.start) return false;
    const between = text.slice(e.end, b.trigger.start);
    const ends = [...between.matchAll(SENTENCE_END)];
    if (ends.length !== 1 || e.end + ends[0].index! > clause.start) return false;
    return !NEW_SPEAKER.test(between.slice(ends[0].index! + ends[0][0].length).trimStart());
  });
}
