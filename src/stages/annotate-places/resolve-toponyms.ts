import type { Gazetteer } from '../../gazetteer/gazetteer.js';
import type { GazetteerPlace, NameCandidate } from '../../gazetteer/gazetteer-place.js';
import type { Toponym } from './find-toponyms.js';
import { keyOf, looseKey } from './capitalised-run.js';
import { packedMap } from '../packed-map.js';

/** One toponym with the place chosen for it. Example: { toponym: {…'Aleppo'}, place: {…}, confidence: 0.93 } */
export interface ResolvedToponym {
  toponym: Toponym;
  place: GazetteerPlace;
  confidence: number;
}

/** What the rest of the article says about where it is: countries and provinces, with counts. */
interface ArticleContext {
  countries: Map<string, number>;
  admin1s: Map<string, number>;
  /** For each province, the names of the article that could lie in it ('Gainesville' and 'Hall County' both could in Georgia). */
  support: Map<string, Set<string>>;
  /** The country that two or more distinct names of the article lie in, when only one does. */
  dominant?: string;
  /** `support` without the names read as a country or a national capital: what the namesakes of a city abroad get. */
  cityNamesakeSupport?: Map<string, Set<string>>;
}

/** A city's population: a name borne by one abroad is scored without the countries and capitals as support. */
const CITY = 100_000;
const KIND_BONUS: Record<string, number> = { PCLI: 5, RGN: 4.5, ADM: 4, ADM1: 3, PPLC: 2.5, PPLA: 1.2, PPLA2: 0.6, ADM2: 0.5 };

/**
 * Chooses a place for every toponym in two passes: first by population, feature class and the
 * 'Alexandria, La.' pattern alone; then again with the countries and provinces the first pass
 * found, because an article's places cluster ('most populous' is right for only half of US towns).
 * Returns the toponyms that resolve to a plausible place; the others are dropped as not places.
 */
export function resolveToponyms(toponyms: Toponym[], gaz: Gazetteer, cued: readonly boolean[] = []): ResolvedToponym[] {
  const lastToken = new Map(toponyms.map((t, i) => [t.last, i]));
  // The first toponym after a comma that follows each token ('Alexandria, La.'): toponyms.find for every
  // toponym made this quadratic in the article's places.
  const afterComma = new Map<number, Toponym>();
  for (const n of toponyms) if (n.afterComma !== undefined && !afterComma.has(n.afterComma)) afterComma.set(n.afterComma, n);
  const container = toponyms.map((t) => afterComma.get(t.last));
  const byFirst = new Map(toponyms.map((t) => [t.first, t]));
  // 'Hamilton township in the Sagaing region': only the provinces and countries the text puts it in.
  // A postal abbreviation ('the Miss category') or a name that runs on ('North-Western Sydney') says no province.
  const regionsOf = toponyms.map((t) => {
    const region = t.within === undefined ? undefined : byFirst.get(t.within);
    if (!region || region.runsOn) return [];
    return region.candidates.filter((c) => { const p = gaz.place(c.row).precision; return c.role !== 'postal' && (p === 'province' || p === 'country'); });
  });
  const postalAllowed = toponyms.map((t) => Boolean(t.party || (t.afterComma !== undefined && lastToken.has(t.afterComma))));
  const allowed = toponyms.map((t, i) => (postalAllowed[i] ? t.candidates : t.candidates.filter((c) => c.role !== 'postal')));
  // Toponyms that read alike (same name, same cues) resolve alike: score each such group once.
  const signature = toponyms.map((t, i) => `${t.key}|${t.unit ?? ''}|${t.speaks ? 1 : 0}|${postalAllowed[i] ? 1 : 0}|${container[i]?.key ?? ''}|${cued[i] ? 1 : 0}|${regionsOf[i].length ? byFirst.get(t.within!)!.key : ''}`);
  const support = provinceSupport(toponyms, allowed, gaz, new Set());
  const chooseOnce = (memo: Map<string, Pick | undefined>, i: number, context: ArticleContext) => {
    if (memo.has(signature[i])) return memo.get(signature[i]);
    const pick = choose(allowed[i], gaz, toponyms[i], container[i]?.candidates, context, cued[i] ?? false, regionsOf[i]);
    memo.set(signature[i], pick);
    return pick;
  };
  const empty: ArticleContext = { countries: new Map(), admin1s: new Map(), support };
  const firstMemo = new Map<string, Pick | undefined>();
  const firstPass = packedMap(toponyms, (t, i) => chooseOnce(firstMemo, i, empty));
  const context: ArticleContext = { countries: new Map(), admin1s: new Map(), support };
  const count = (pick: Pick | undefined, by: number) => {
    if (!pick) return;
    const p = pick.place;
    if (p.country) context.countries.set(p.country, (context.countries.get(p.country) ?? 0) + by);
    if (p.admin1Code && p.precision !== 'country') context.admin1s.set(admin1Of(p), (context.admin1s.get(admin1Of(p)) ?? 0) + by);
  };
  // Each distinct name counts once: four mentions of 'Paris' are not four places in France.
  const firstOfKey = new Map<string, Pick | undefined>();
  // 'the Canadian capital' in a story from Belgium is a passing reference: it pulls no other name abroad.
  toponyms.forEach((t, i) => { if (!firstOfKey.has(t.key) && !t.capitalOf) firstOfKey.set(t.key, firstPass[i]); });
  firstOfKey.forEach((pick) => count(pick, 1));
  context.dominant = dominantCountry(context.countries);
  // 'Belgium', 'Brussels' or 'Damascus' read as the country or the capital is no evidence that a city's name means its
  // small namesake in the same far province (Berlin, Belgium and Brussels in Wisconsin; Geneva, Jordan and Syria in New York).
  const national = new Set<string>();
  firstOfKey.forEach((pick, key) => { if (pick && (pick.place.precision === 'country' || pick.place.kind === 'PPLC')) national.add(key); });
  if (national.size > 0) context.cityNamesakeSupport = provinceSupport(toponyms, allowed, gaz, national);
  const secondMemo = new Map<string, Pick | undefined>();
  const picks = packedMap(toponyms, (t, i) => {
    // A name is not its own evidence: take its first-pass pick out of the context while it is rescored.
    count(firstOfKey.get(t.key), -1);
    const pick = chooseOnce(secondMemo, i, context);
    count(firstOfKey.get(t.key), 1);
    return pick;
  });
  // One sense per article: a name that the text pins down once ('Alexandria, La.') means that place throughout.
  const pinned = new Map<string, Pick>();
  picks.forEach((pick, i) => {
    if (pick?.pinned && !pinned.has(toponyms[i].key)) pinned.set(toponyms[i].key, pick);
  });
  const resolved: ResolvedToponym[] = [];
  toponyms.forEach((t, i) => {
    if (t.seat) {
      const row = gaz.rowOf(t.seat);
      if (row !== undefined) resolved.push({ toponym: t, place: gaz.place(row), confidence: 0.9 });
      return;
    }
    const pick = pinned.get(t.key) ?? picks[i];
    if (pick && pick.plausible) resolved.push({ toponym: t, place: pick.place, confidence: pick.confidence });
  });
  return resolved;
}

/**
 * For each province, the names of the article that could lie in it ('Gainesville' and 'Hall County' both could in
 * Georgia); the names in `skip` lend no support.
 */
function provinceSupport(toponyms: readonly Toponym[], allowed: readonly NameCandidate[][], gaz: Gazetteer, skip: ReadonlySet<string>): Map<string, Set<string>> {
  const support = new Map<string, Set<string>>();
  const seen = new Set<string>();
  toponyms.forEach((t, i) => {
    if (seen.has(t.key) || skip.has(t.key)) return;
    seen.add(t.key);
    for (const c of allowed[i]) {
      const p = gaz.place(c.row);
      if (p.precision === 'country' || p.precision === 'region' || !p.admin1Code) continue;
      const a = admin1Of(p);
      let names = support.get(a);
      if (!names) support.set(a, (names = new Set()));
      names.add(t.key);
    }
  });
  return support;
}

interface Pick {
  place: GazetteerPlace;
  confidence: number;
  plausible: boolean;
  /** The text itself placed it ('Alexandria, La.'), not only the context. */
  pinned: boolean;
}

// Places are shared objects from the gazetteer's cache: what depends only on the place is computed once.
const admin1Keys = new WeakMap<GazetteerPlace, string>();
const baseScores = new WeakMap<GazetteerPlace, number>();

/** 'US.LA' for a town, a district ('US.LA.079') or the province itself. */
function admin1Of(p: GazetteerPlace): string {
  let key = admin1Keys.get(p);
  if (key === undefined) {
    const code = p.admin1Code;
    const second = code.indexOf('.', code.indexOf('.') + 1);
    key = second < 0 ? code : code.slice(0, second);
    admin1Keys.set(p, key);
  }
  return key;
}

/** What a place is worth before the article is read: its population and its feature class. */
function baseScore(p: GazetteerPlace): number {
  let score = baseScores.get(p);
  if (score === undefined) {
    score = Math.log10(p.population + 10) + (KIND_BONUS[p.kind] ?? 0);
    baseScores.set(p, score);
  }
  return score;
}

function choose(candidates: NameCandidate[], gaz: Gazetteer, t: Toponym, container: NameCandidate[] | undefined, context: ArticleContext, cued: boolean, regions: readonly NameCandidate[] = []): Pick | undefined {
  const ownKey = t.key;
  let best: { place: GazetteerPlace; score: number; supported: boolean; role: string; pinned: boolean } | undefined;
  let second = -Infinity;
  const containers = packedMap([...(container ?? []), ...regions], (c) => gaz.place(c.row));
  const places = packedMap(candidates, (c) => gaz.place(c.row));
  // 'Aleppo' is the city unless the text says province: a province named after its capital yields to it.
  const hasCapital = places.some((p) => p.kind === 'PPLC');
  const hasPrimary = candidates.some((c) => c.role === 'primary');
  const cities = context.cityNamesakeSupport ? places.filter(isCity) : [];
  // An index loop, not entries(): it runs for every candidate of every toponym, and each entry is an array.
  for (let n = 0; n < candidates.length; n++) {
    const c = candidates[n];
    const place = places[n];
    let score = baseScore(place);
    if (place.kind === 'ADM1' && hasSeatIn(places, admin1Of(place))) score -= 4;
    // 'Washington' is the capital unless the article is about the state's own towns.
    if (place.kind === 'ADM1' && hasCapital && !context.admin1s.get(admin1Of(place))) score -= 3;
    if (t.speaks && place.kind === 'PPLC') score += 4;
    // 'Iran' is not 'Iraan, Texas': keys forgive doubled letters, the choice should not.
    if (c.role === 'primary' && looseKey(place.name) !== t.looseKey && keyOf(place.name) === t.key) score -= 2;
    // An alternate spelling loses more when another place bears the name as its own ('Mecca', not Medina's old name).
    if (c.role === 'alternate') score -= hasPrimary ? 2.5 : 1;
    if (t.unit === 'province' && (place.precision === 'province' || place.precision === 'district')) score += 4;
    if (t.unit === 'locality' && place.precision === 'locality') score += 2;
    const inContainer = liesIn(place, containers);
    if (inContainer) score += 6;
    const countryCount = context.countries.get(place.country) ?? 0;
    const admin1Count = place.precision === 'country' ? 0 : context.admin1s.get(admin1Of(place)) ?? 0;
    // Local news names the towns of one province again and again: the more, the stronger the pull.
    if (countryCount > 0) score += 1.5 + Math.min(countryCount, 6) * 0.5;
    const names = (cities.length > 0 && cities.some((k) => k.country !== place.country) ? context.cityNamesakeSupport! : context.support).get(admin1Of(place));
    const others = names ? names.size - (names.has(ownKey) ? 1 : 0) : 0;
    if (place.precision !== 'country' && others > 0) score += 1.2 * Math.min(others, 4);
    if (admin1Count > 0) score += 2 + Math.min(admin1Count, 4) * 0.75;
    const supported = inContainer || admin1Count > 0 || others > 0 || (countryCount > 1 && place.precision !== 'locality');
    if (!best || score > best.score) {
      if (best) second = Math.max(second, best.score);
      best = { place, score, supported, role: c.role, pinned: inContainer };
    } else second = Math.max(second, score);
  }
  if (!best) return undefined;
  const p = best.place;
  // A small town reached only by an alternate spelling, with nothing in the article near it, is
  // more likely an ordinary word or a surname than the place, unless the text says it is a place
  // ('in Kobani', 'the town of Madaya'): then a town of a few thousand is what it is.
  // A seat of that kind named by its own name in a country the article names elsewhere is the
  // town too ('Tal Abyad' in an article about Syria): it is no ordinary word or surname.
  const seatAtHome = best.role === 'primary' && unknownSeat(p) && (context.countries.get(p.country) ?? 0) > 0;
  // A place of sitrep's own alias file (Sadr City, South Ossetia) was put there by a reviewer who knew it is a place:
  // its population is unknown, not small, and its name is no common word.
  const curated = best.role === 'primary' && p.id.startsWith('alias:');
  const weak = !best.supported && !seatAtHome && !curated && !(cued && (p.population >= 1000 || best.role === 'primary' || unknownSeat(p))) && (p.precision === 'locality'
    ? (best.role === 'alternate' ? p.population < 100000 : p.population < 1000)
    : (p.precision === 'province' || p.precision === 'district') && p.population < 5000);
  // A small foreign town in an article whose other places lie in one other country, with nothing
  // in the text saying it is a place, is a surname or a brand ('Obama administration', 'the Honda').
  const stray = !best.supported && !cued && p.precision === 'locality' && p.population < 100_000
    && (context.countries.get(p.country) ?? 0) === 0 && context.dominant !== undefined && context.dominant !== p.country;
  // Only another spelling of a town abroad, in an article whose places lie in one other country: even
  // with 'near' before it, the name is a village the gazetteer lacks ('near Boni' in Mali is not Bone in Indonesia).
  const foreignSpelling = !best.supported && best.role === 'alternate' && p.precision === 'locality'
    && (context.countries.get(p.country) ?? 0) === 0 && context.dominant !== undefined && context.dominant !== p.country;
  // The text puts it in a province or country none of its namesakes lies in: the gazetteer lacks this
  // place, and a namesake abroad is not it ('Hamilton township in the Sagaing region' is not in Canada).
  const elsewhere = regions.length > 0 && !best.pinned && p.precision === 'locality';
  const margin = best.score - second;
  const confidence = Number((0.5 + 0.49 * (1 - Math.exp(-Math.max(margin, 0) / 2))).toFixed(2));
  return { place: p, confidence, plausible: !weak && !stray && !elsewhere && !foreignSpelling, pinned: best.pinned };
}

/** A country, a national capital or a place of 100,000 people or more. */
function isCity(p: GazetteerPlace): boolean {
  return p.precision === 'country' || p.kind === 'PPLC' || (p.precision === 'locality' && p.population >= CITY);
}

/**
 * One of the places is the seat (PPLA) or the capital (PPLC) of province `admin1`. Asked only of
 * provinces, so no set of every candidate's province is built for every toponym.
 */
function hasSeatIn(places: readonly GazetteerPlace[], admin1: string): boolean {
  for (let i = 0; i < places.length; i++) if ((places[i].kind === 'PPLA' || places[i].kind === 'PPLC') && admin1Of(places[i]) === admin1) return true;
  return false;
}

/**
 * The place lies in one of the containers the text names after it ('Alexandria, La.'): their country or their province.
 * A loop, not some(): it is asked of every candidate, and most toponyms have no container at all.
 */
function liesIn(place: GazetteerPlace, containers: readonly GazetteerPlace[]): boolean {
  for (let i = 0; i < containers.length; i++) {
    const k = containers[i];
    if (k !== place && (k.precision === 'country' ? k.country === place.country : k.admin1Code !== '' && place.admin1Code.startsWith(k.admin1Code))) return true;
  }
  return false;
}

/**
 * A seat of a province or a district whose population GeoNames leaves at 0: unknown, not empty
 * (many Syrian and Iraqi towns: 'Āmūdā', 'Al Qāmishlī'). Named with a cue, it is a town.
 */
function unknownSeat(p: GazetteerPlace): boolean {
  return p.population === 0 && (p.kind === 'PPLA' || p.kind === 'PPLA2' || p.kind === 'PPLA3');
}

/** The one country that two or more distinct names lie in; undefined when none or several do. */
function dominantCountry(countries: Map<string, number>): string | undefined {
  const strong = [...countries].filter(([, n]) => n >= 2);
  return strong.length === 1 ? strong[0][0] : undefined;
}
