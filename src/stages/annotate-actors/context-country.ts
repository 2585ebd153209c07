import type { PlaceMention } from '../../model/place.js';
import type { AgentLexicon } from '../../lexicons/agent-lexicon.js';

/**
 * The article's main country, as a CAMEO code: the country its places fall in most often. Actors'
 * own countries do not vote (Washington's envoys talk about Syria's rebels), nor do capitals named
 * as venues ('talks in Moscow'). A town or district says more than a country's name, which is often
 * a party to the story ('crimes by the regime and Russia' in a story from Homs), so it weighs more.
 * Undefined when no place is named, so 'rebels' then stay plain REB.
 */
// Votes of one place mention by its precision: a locality names where the story is; a country is often only a party.
const PLACE_WEIGHT: Record<string, number> = { country: 2, province: 3, district: 4, locality: 4 };

export function contextCountry(places: readonly PlaceMention[], placeCountries: readonly string[], agents: AgentLexicon): string | undefined {
  const votes = new Map<string, number>();
  const add = (iso: string | undefined, n: number) => { if (iso) votes.set(iso, (votes.get(iso) ?? 0) + n); };
  // A country only one place of the article lies in, named again and again, votes once when another country has
  // several: a village the gazetteer lacks, read as a namesake abroad ('Malah' in Algeria for a farm near Aleppo),
  // must not outvote the towns and provinces the story names.
  const single = new Map<string, { id: string | undefined; weight: number } | null>();
  for (const p of places) {
    if (p.metonymic || !p.place?.country) continue;
    const weight = PLACE_WEIGHT[p.place.precision ?? 'country'] ?? 2;
    add(p.place.country, weight);
    const seen = single.get(p.place.country);
    single.set(p.place.country, seen === undefined ? { id: p.place.id, weight } : seen && seen.id === p.place.id ? seen : null);
  }
  // Only against a country that several distinct places lie in; and the country's own name, said again and again,
  // is the story's subject: only a town or a district is capped.
  const spread = [...single.values()].some((one) => one === null);
  if (spread) for (const [iso, one] of single) if (one && one.weight >= PLACE_WEIGHT.district) votes.set(iso, one.weight);
  // The scan's own locations count when the places layer has none (a pipeline run without it).
  if (!places.length) for (const iso of placeCountries) add(iso, 2);
  let best: string | undefined;
  let top = 1;
  for (const [iso, n] of votes) if (n > top) { best = iso; top = n; }
  if (!best) return undefined;
  return codeOfCountry(agents.countryOf).get(best);
}

// For each ISO country, the first CAMEO code that maps to it (exported for follow-place-country.ts), built once per lexicon: walking the whole
// code table for every article allocated an entry pair per code.
const codesByIso = new WeakMap<ReadonlyMap<string, string>, Map<string, string>>();
export function codeOfCountry(countryOf: ReadonlyMap<string, string>): Map<string, string> {
  let codes = codesByIso.get(countryOf);
  if (!codes) {
    codes = new Map();
    for (const [code, iso] of countryOf) if (!codes.has(iso)) codes.set(iso, code);
    codesByIso.set(countryOf, codes);
  }
  return codes;
}
