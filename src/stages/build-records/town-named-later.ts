import type { EventRecord, EventPlace } from '../../model/event-record.js';
import { spanContains } from '../../model/span.js';
import { sentenceAt } from '../token-index.js';
import { toEventPlace, type PlaceContext } from './choose-place.js';

/** How many sentences from the report's first telling the town may be named in. */
const REACH = 5;

/** 'a predominantly Kurdish town in', 'a village in': a settlement the report leaves unnamed, inside the place that follows. */
const UNNAMED_SETTLEMENT = /\ba(?:n)?\s+(?:[\w-]+\s+){0,3}?(town|village|city)\s+in\b/i;

/**
 * The town a report placed only in its country names a few sentences later: 'A twin bombing struck a crowd in a
 * predominantly Kurdish town in northern Syria … a truck blew up on the western edge of the town of Qamishli'. The
 * report's 'a town' and the later 'the town of Qamishli' are one town; the first such town of that country named with
 * the same site word ('town', 'village', 'city') after 'the … of' is where the report happened.
 * Example: for the bombing above, { text: 'Qamishli', place: Al Qamishli, … }.
 */
export function townNamedLater(record: EventRecord, context: PlaceContext): EventPlace | undefined {
  const current = record.place?.place;
  if (!current || current.precision !== 'country') return undefined;
  const { sentences, text } = context;
  let site: string | undefined;
  for (const e of record.evidence) {
    const m = UNNAMED_SETTLEMENT.exec(text.slice(e.start, e.end));
    if (m) { site = m[1].toLowerCase(); break; }
  }
  if (!site) return undefined;
  // From the first telling: a merged report may hold later sentences, and the town may be named between them.
  const from = Math.min(...record.evidence.map((e) => sentenceAt(sentences, e.start)));
  const before = new RegExp(`\\bthe\\s+${site}\\s+of\\s+$`, 'i');
  for (let s = from; s < sentences.length && s < from + REACH; s++) {
    const named = context.places.find((p) => spanContains(sentences[s], p.span) && p.place?.precision === 'locality' && p.place.country === current.country
      && !p.metonymic && before.test(text.slice(Math.max(0, p.span.start - 20), p.span.start)));
    if (named) return toEventPlace(named);
  }
  return undefined;
}
