import { defineStage } from '../stage.js';
import type { PlaceMention, PlaceRef } from '../../model/place.js';
import type { Document } from '../../model/document.js';
import type { Token, Sentence } from '../../model/token.js';
import type { GazetteerPlace } from '../../gazetteer/gazetteer-place.js';
import { gazetteer } from '../../gazetteer/gazetteer.js';
import { findToponyms } from './find-toponyms.js';
import { resolveToponyms } from './resolve-toponyms.js';
import { isMetonymic } from './detect-metonymy.js';

// Module constants: a regex literal inside a function is a new RegExp object each time it is reached.
const DIRECTION = /^(north|south|east|west)(ern)?$/;

function placeRef(p: GazetteerPlace): PlaceRef {
  const ref: PlaceRef = { id: p.id, name: p.name, lat: p.lat, lon: p.lon, precision: p.precision };
  if (p.country) ref.country = p.country;
  if (p.admin1) ref.admin1 = p.admin1;
  if (p.population > 0) ref.population = p.population;
  return ref;
}

/** Words before a name that say it is a place: 'in Kobani', 'near Saraqeb', 'the town of Madaya'. */
const PLACE_CUES = new Set(['in', 'near', 'at', 'outside', 'inside', 'around', 'across', 'throughout', 'into', 'toward', 'towards', 'within']);
const CONTAINER_OF = /^(city|town|village|villages|towns|cities|district|province|governorate|region|area|suburb|neighbourhood|neighborhood|outskirts|countryside|camp)$/;

/**
 * The text itself says the name is a place: a locative preposition, possibly over 'the',
 * a direction or 'the town of', comes before it, or a unit word follows it ('Aleppo province').
 */
function placeCued(tokens: Token[], first: number, hasUnit: boolean): boolean {
  if (hasUnit) return true;
  let i = first - 1;
  if (tokens[i]?.lower === 'of' && CONTAINER_OF.test(tokens[i - 1]?.lower ?? '')) return true;
  while (i >= 0 && i > first - 4 && (tokens[i].pos === 'DET' || tokens[i].pos === 'ADJ' || DIRECTION.test(tokens[i].lower))) i--;
  return PLACE_CUES.has(tokens[i]?.lower ?? '');
}

/** Finds and resolves the places named in a document's text. */
export function findPlaces(doc: Document, tokens: Token[], sentences: Sentence[]): PlaceMention[] {
  const gaz = gazetteer();
  const toponyms = findToponyms(doc.text, tokens, sentences, gaz);
  const cued = toponyms.map((t) => placeCued(tokens, t.first, t.unit !== undefined));
  const resolved = resolveToponyms(toponyms, gaz, cued);
  const cuedOf = new Map(toponyms.map((t, i) => [t, cued[i]]));
  return resolved.map(({ toponym, place, confidence }) => {
    const mention: PlaceMention = { span: toponym.span, text: doc.text.slice(toponym.span.start, toponym.span.end), place: placeRef(place), confidence };
    if (toponym.seat || isMetonymic(tokens, toponym.last, place, cuedOf.get(toponym))) mention.metonymic = true;
    if (toponym.candidates.some((c) => c.role === 'people' && gaz.place(c.row).id === place.id)) mention.people = true;
    return mention;
  });
}

/** Stage: place mentions, resolved against the gazetteer built in data/generated/. */
export const annotatePlaces = defineStage({
  name: 'annotatePlaces',
  needs: ['sentences', 'tokens'],
  adds: ['places'],
  run: (doc, layers) => ({ places: findPlaces(doc, layers.tokens ?? [], layers.sentences ?? []) }),
});
