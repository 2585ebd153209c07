import type { EventRecord, EventPlace } from '../../model/event-record.js';
import { ownPlace, placeFields, type PlaceContext } from './choose-place.js';
import { ATTACK_ANAPHORS } from '../extract-events/repeated-nominal.js';
import { sentenceAt } from '../token-index.js';

/** How many sentences after an attack's last report a 'the blast' may still name it. */
const REACH = 5;
const DEFINITE = new Set(['the', 'this', 'that']);

/**
 * The finer place a later sentence gives an attack by naming it again: 'A car bomb killed 12 people
 * in northern Iraq. Police said the blast hit a market in the town of Tal Afar' puts the bombing in
 * Tal Afar. The anaphor ('the blast', 'the attack', 'the strike') is no event of its own (extractEvents
 * leaves it out as the story's attack named again), so its place would otherwise be lost.
 * Only for an attack placed no finer than a country, only in the sentences before the story tells
 * another attack (a 'the attack' after that names the later one), only a place in the same country,
 * and only a place the anaphor's own phrase or a verb of striking puts it in.
 */
export function anaphorPlace(record: EventRecord, records: readonly EventRecord[], context: PlaceContext): EventPlace | undefined {
  if (record.type !== 'ASSAULT') return undefined;
  const current = record.place?.place;
  if (current && current.precision !== 'country') return undefined;
  const { sentences, tokens } = context;
  const from = Math.max(...record.evidence.map((e) => sentenceAt(sentences, e.start))) + 1;
  const others = new Set<number>();
  const triggers = new Set<number>();
  for (const r of records) {
    triggers.add(r.trigger.start);
    if (r !== record && r.type === 'ASSAULT') for (const e of r.evidence) others.add(sentenceAt(sentences, e.start));
  }
  for (let s = from; s < sentences.length && s < from + REACH && !others.has(s); s++) {
    const sentence = sentences[s];
    for (let i = sentence.tokenStart + 1; i < sentence.tokenEnd; i++) {
      const t = tokens[i];
      // 'the strikes', 'the raids': the plural names the attack again as well as the singular.
      if (!(ATTACK_ANAPHORS.has(t.lower) || (t.pos === 'NOUN' && ATTACK_ANAPHORS.has(t.lemma))) || !DEFINITE.has(tokens[i - 1].lower) || triggers.has(t.start)) continue;
      const place = ownPlace('ASSAULT', sentence, { start: t.start, end: t.end }, s, context);
      if (place && place.place.precision !== 'country' && (!current || place.place.country === current.country) && placesTheAttack(i, place.evidence.start, context)) return placeFields(place).place;
    }
  }
  return undefined;
}

/** Verbs that say where the attack named again struck or happened: 'the strike hit the village of …', 'the attack took place near …'. */
const STRUCK = new Set(['hit', 'strike', 'struck', 'target', 'take', 'took', 'happen', 'occur', 'destroy', 'damage', 'level', 'flatten']);

/**
 * True when only the anaphor's own words, or a verb of where it struck, stand between it and the place:
 * 'the blast hit a market in Tal Afar', 'recovered from the attack at a transit point west of Aleppo';
 * not 'the attack came a day after talks in Geneva', where the place is the talks'.
 */
function placesTheAttack(anaphor: number, placeStart: number, context: PlaceContext): boolean {
  const { tokens } = context;
  for (let i = anaphor + 1; i < tokens.length && tokens[i].start < placeStart; i++) {
    const t = tokens[i];
    if ((t.pos === 'VERB' || t.pos === 'AUX') && !STRUCK.has(t.lemma) && !STRUCK.has(t.lower) && !/^(?:was|were|is|are|been|be|has|had|have)$/.test(t.lower)) return false;
    if (/^(?:after|before|since|while|when|where|which|who|as)$/.test(t.lower)) return false;
  }
  return true;
}
