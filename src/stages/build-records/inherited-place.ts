import type { PlaceMention } from '../../model/place.js';
import type { PloverType } from '../../model/event-types.js';
import type { EventPlace } from '../../model/event-record.js';
import { spanContains } from '../../model/span.js';
import { isGoverned, toEventPlace, ON_THE_GROUND, type PlaceContext } from './choose-place.js';

/**
 * The place of an event on the ground whose own words give none: the last place an earlier
 * sentence of the same paragraph puts something in, else the country the article most often puts
 * things in. Used after same-event reports are merged.
 */
export function inheritedPlace(type: PloverType, sentence: number, context: PlaceContext): EventPlace | undefined {
  if (!ON_THE_GROUND.has(type)) return undefined;
  const located = (p: PlaceMention) => isGoverned(p, context);
  for (let s = sentence - 1; s >= 0 && sentence - s <= 4; s--) {
    if (/\n\s*\n/.test(context.text.slice(context.sentences[s].end, context.sentences[s + 1].start))) break;
    const earlier = context.places.filter((p) => spanContains(context.sentences[s], p.span) && located(p));
    if (earlier.length) return toEventPlace(earlier[earlier.length - 1]);
  }
  return articleCountry(context);
}

/** The country the article most often puts things in, once per document (every record without a place asks). */
const countryOfArticle = new WeakMap<PlaceContext, EventPlace | null>();
function articleCountry(context: PlaceContext): EventPlace | undefined {
  const known = countryOfArticle.get(context);
  if (known !== undefined) return known ?? undefined;
  const located = (p: PlaceMention) => isGoverned(p, context);
  const counts = new Map<string, { n: number; first: PlaceMention }>();
  for (const p of context.places) {
    if (!located(p) || !p.place?.country) continue;
    const entry = counts.get(p.place.country) ?? { n: 0, first: p };
    entry.n++;
    counts.set(p.place.country, entry);
  }
  const top = [...counts.values()].sort((a, b) => b.n - a.n)[0];
  const country = top && top.n >= 2
    ? context.places.find((p) => located(p) && p.place?.precision === 'country' && p.place.country === top.first.place!.country)
    : undefined;
  const place = country ? toEventPlace(country) : undefined;
  countryOfArticle.set(context, place ?? null);
  return place;
}
