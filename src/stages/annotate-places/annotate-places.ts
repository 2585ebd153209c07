import { defineStage } from '../stage.js';
import type { PlaceMention, PlaceRef } from '../../model/place.js';
import type { Document } from '../../model/document.js';
import type { Token, Sentence } from '../../model/token.js';
import type { GazetteerPlace } from '../../gazetteer/gazetteer-place.js';
import { gazetteer } from '../../gazetteer/gazetteer.js';
import { findToponyms } from './find-toponyms.js';
import { resolveToponyms } from './resolve-toponyms.js';
import { isMetonymic } from './detect-metonymy.js';

function placeRef(p: GazetteerPlace): PlaceRef {
  const ref: PlaceRef = { id: p.id, name: p.name, lat: p.lat, lon: p.lon, precision: p.precision };
  if (p.country) ref.country = p.country;
  if (p.admin1) ref.admin1 = p.admin1;
  if (p.population > 0) ref.population = p.population;
  return ref;
}

/** Finds and resolves the places named in a document's text. */
export function findPlaces(doc: Document, tokens: Token[], sentences: Sentence[]): PlaceMention[] {
  const gaz = gazetteer();
  const resolved = resolveToponyms(findToponyms(doc.text, tokens, sentences, gaz), gaz);
  return resolved.map(({ toponym, place, confidence }) => {
    const mention: PlaceMention = { span: toponym.span, text: doc.text.slice(toponym.span.start, toponym.span.end), place: placeRef(place), confidence };
    if (toponym.seat || isMetonymic(tokens, toponym.last, place)) mention.metonymic = true;
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
