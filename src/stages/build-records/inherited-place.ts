import type { PlaceMention } from '../../model/place.js';
import type { PloverType } from '../../model/event-types.js';
import type { EventPlace } from '../../model/event-record.js';
import { spanContains } from '../../model/span.js';
import { isGoverned, toEventPlace, ON_THE_GROUND, type PlaceContext } from './choose-place.js';
import { gazetteer } from '../../gazetteer/gazetteer.js';
import { namedBefore } from './named-before.js';
import { keyOf } from '../annotate-places/capitalised-run.js';

/**
 * The place of an event on the ground whose own words give none: the last place an earlier
 * sentence of the same paragraph puts something in, else the province or country the article most
 * often puts things in. Used after same-event reports are merged.
 */
export function inheritedPlace(type: PloverType, sentence: number, context: PlaceContext): EventPlace | undefined {
  if (!ON_THE_GROUND.has(type)) return undefined;
  const located = (p: PlaceMention) => isGoverned(p, context);
  for (let s = sentence - 1; s >= 0 && sentence - s <= 4; s--) {
    if (/\n\s*\n/.test(context.text.slice(context.sentences[s].end, context.sentences[s + 1].start))) break;
    // 'the stronghold of Raqqa in eastern Syria': the town the province or country only locates stands for it.
    const earlier = context.places.filter((p) => spanContains(context.sentences[s], p.span) && located(p)).map((p) => namedBefore(p, context.places, context) ?? p);
    if (earlier.length) return backInArticleCountry(toEventPlace(finestLast(earlier)), sentence, context);
  }
  return articlePlace(context);
}

/**
 * 'Another 17 strikes targeted the jihadists in neighbouring Iraq. The Syrian conflict began … after the government
 * unleashed a crackdown': a sentence that names the article's country (by name or adjective) after a sentence set in
 * another country as a whole is back in the article's country, and its act takes the article's place, not the neighbour's.
 */
function backInArticleCountry(inherited: EventPlace, sentence: number, context: PlaceContext): EventPlace {
  const article = articlePlace(context);
  const country = article?.place.country;
  // Only a whole country named in passing ('in neighbouring Iraq'); a town abroad is a place the story went to.
  if (!article || !country || inherited.place.precision !== 'country' || !inherited.place.country || inherited.place.country === country) return inherited;
  return namesCountry(sentence, country, context) ? article : inherited;
}

/** True when the sentence names the country, by a place mention or by its adjective or people ('Syrian', 'Syrians'). */
function namesCountry(sentence: number, country: string, context: PlaceContext): boolean {
  const span = context.sentences[sentence];
  if (context.places.some((p) => spanContains(span, p.span) && p.place?.precision === 'country' && p.place.country === country)) return true;
  const g = gazetteer();
  for (let i = span.tokenStart; i < span.tokenEnd; i++) {
    const t = context.tokens[i];
    if (!/^\p{Lu}/u.test(t.text)) continue;
    if (g.candidatesByKey(keyOf(t.text)).some((c) => (c.role === 'demonym' || c.role === 'people') && g.place(c.row).country === country && g.place(c.row).precision === 'country')) return true;
  }
  return false;
}

/**
 * The last place of a sentence, or, when that place only locates the one before it ('the town of Rastan in
 * central Homs province'), that finer place: the province or country holds it, and a report told next of 'the
 * town's market' happened in the town.
 */
function finestLast(places: readonly PlaceMention[]): PlaceMention {
  const last = places[places.length - 1];
  const wide = last.place;
  if (!wide || (wide.precision !== 'province' && wide.precision !== 'country')) return last;
  for (let k = places.length - 2; k >= 0; k--) {
    const fine = places[k].place;
    if (!fine || fine.precision === wide.precision || fine.precision === 'country') continue;
    const inside = fine.country === wide.country && (wide.precision === 'country' || (fine.admin1 !== undefined && fine.admin1 === (wide.admin1 ?? wide.name)));
    return inside ? places[k] : last;
  }
  return last;
}

/**
 * The place the article most often puts things in, once per document (every record without a place
 * asks): the country, or the province when every place it puts things in within that country lies in
 * that one province ('villages in Idlib province … fighting in Idlib'): a report from that offensive
 * is in the province, where a coder would put it, and a country would say less than the article does.
 */
const countryOfArticle = new WeakMap<PlaceContext, EventPlace | null>();
function articlePlace(context: PlaceContext): EventPlace | undefined {
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
  const province = top ? oneProvince(context, top.first.place!.country!) : undefined;
  if (province) {
    const place = toEventPlace(province);
    countryOfArticle.set(context, place);
    return place;
  }
  const country = top && top.n >= 2
    ? context.places.find((p) => located(p) && p.place?.precision === 'country' && p.place.country === top.first.place!.country)
    : undefined;
  // A story told of one town again and again ('the bombings in Aleppo', 'the offensive in Aleppo'): the town says more than the country.
  const town = country ? oneTown(context, top.first.place!.country!) : undefined;
  const place = town ? toEventPlace(town) : country ? toEventPlace(country) : undefined;
  countryOfArticle.set(context, place ?? null);
  return place;
}

/** The one town of `country` that every place the article puts something in within the country is, when two or more mentions are. */
function oneTown(context: PlaceContext, country: string): PlaceMention | undefined {
  let town: PlaceMention | undefined;
  let n = 0;
  for (const p of context.places) {
    const place = p.place;
    if (!place || place.country !== country || place.precision === 'country' || place.precision === 'region' || !isGoverned(p, context)) continue;
    if (place.precision !== 'locality' || (town && town.place!.id !== place.id)) return undefined;
    town ??= p;
    n++;
  }
  return n >= 2 ? town : undefined;
}

/**
 * The named province of `country` that holds every place the article puts something in within the
 * country, when two or more such places do; undefined when they lie in several provinces or none is named as one.
 */
function oneProvince(context: PlaceContext, country: string): PlaceMention | undefined {
  let admin1: string | undefined;
  let n = 0;
  let named: PlaceMention | undefined;
  for (const p of context.places) {
    const place = p.place;
    if (!place || place.country !== country || place.precision === 'country' || place.precision === 'region' || !isGoverned(p, context)) continue;
    if (!place.admin1) return undefined;
    if (admin1 !== undefined && admin1 !== place.admin1) return undefined;
    admin1 = place.admin1;
    n++;
    if (place.precision === 'province' && !named) named = p;
  }
  return n >= 2 ? named : undefined;
}
