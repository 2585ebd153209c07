import type { PlaceMention } from '../../model/place.js';
import type { PloverType } from '../../model/event-types.js';
import type { EventPlace } from '../../model/event-record.js';
import type { Span } from '../../model/span.js';
import { firstTokenFrom } from '../token-index.js';
import { ON_THE_GROUND, toEventPlace, type PlaceContext } from './choose-place.js';

/** Nouns that name a settlement again: 'denied shelling the town'. */
const SETTLEMENTS = new Set(['town', 'city', 'village', 'camp', 'neighbourhood', 'neighborhood', 'suburb']);
/** 'the town of ' just before a place, for each noun: built once, not per event. */
const NAMED_SO = new Map([...SETTLEMENTS].map((noun) => [noun, new RegExp(`\\b${noun}\\s+of\\s+$`, 'i')]));
/** Prepositions that put an act on or in the settlement: 'fired on the village', 'clashes in the town'. */
const AT = new Set(['in', 'on', 'at', 'near', 'into', 'around', 'inside', 'outside', 'toward', 'towards']);
/** How many words may stand between the trigger and 'the town': 'shelling the town', 'fired mortars on the town'. */
const REACH = 4;
/** How many sentences back the town may have been named. */
const SENTENCES_BACK = 6;

/**
 * The place of an act on the ground aimed at 'the town' (or city, village…), when a recent sentence
 * named a place with that very noun ('shelled the town of Avdiivka' … 'denied shelling the town'):
 * the latest such place. Undefined when the act's words name no settlement so, or none was named
 * with that noun: the last place mentioned is not enough ('taken to hospital in Kramatorsk').
 */
export function townAnaphorPlace(type: PloverType, trigger: Span, sentence: number, context: PlaceContext): EventPlace | undefined {
  if (!ON_THE_GROUND.has(type)) return undefined;
  const { tokens, sentences, text } = context;
  const from = firstTokenFrom(tokens, trigger.end);
  let noun: string | undefined;
  for (let i = from; i < tokens.length && i - from < REACH && tokens[i].start < sentences[sentence].end; i++) {
    const t = tokens[i];
    if (t.lower === 'the' && SETTLEMENTS.has(tokens[i + 1]?.lower ?? '') && tokens[i + 2]?.lower !== 'of') { noun = tokens[i + 1].lower; break; }
    if (!(AT.has(t.lower) || t.pos === 'NOUN' || t.pos === 'ADJ' || t.pos === 'NUM')) break;
  }
  if (!noun) return undefined;
  const earliest = sentences[Math.max(0, sentence - SENTENCES_BACK)].start;
  const namedSo = NAMED_SO.get(noun)!;
  const candidates = context.places.filter((p: PlaceMention) => p.place && !p.metonymic && !p.people && p.span.start >= earliest && p.span.end <= trigger.start
    && p.place.precision === 'locality' && namedSo.test(text.slice(Math.max(0, p.span.start - 20), p.span.start)));
  const last = candidates[candidates.length - 1];
  return last ? toEventPlace(last) : undefined;
}
