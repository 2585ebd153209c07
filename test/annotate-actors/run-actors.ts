import { segmentText } from '../../src/stages/segment/segment.js';
import { annotateActors } from '../../src/stages/annotate-actors/annotate-actors.js';
import type { ActorMention } from '../../src/model/actor.js';
import type { PlaceMention } from '../../src/model/place.js';

/** Runs segmentation and annotateActors over one text, with places given by the test (the places stage is not needed). */
export function actorsIn(text: string, published = '2016-07-28', places: PlaceMention[] = []): ActorMention[] {
  const doc = { id: 'doc_test', contentHash: 'x', text, published, language: 'en' };
  const layers = { ...segmentText(text), places };
  return annotateActors.run(doc, layers).actors;
}

/** The mention whose text is exactly `text` (the n-th one when it occurs several times). */
export function mention(actors: ActorMention[], text: string, nth = 0): ActorMention | undefined {
  return actors.filter((m) => m.text === text)[nth];
}

/** A place mention on the n-th occurrence of `name`, as the places stage would give it. */
export function placeAt(text: string, name: string, country: string, metonymic?: boolean, nth = 0): PlaceMention {
  let start = -1;
  for (let i = 0; i <= nth; i++) start = text.indexOf(name, start + 1);
  const m: PlaceMention = { span: { start, end: start + name.length }, text: name, confidence: 0.9,
    place: { id: `test:${name}`, name, country, lat: 0, lon: 0, precision: 'locality' } };
  if (metonymic !== undefined) m.metonymic = metonymic;
  return m;
}
