import type { PlaceRef } from '../../model/place.js';
import type { GoldPlace } from './gold-types.js';
import { normalizeName } from './normalize-name.js';
import { distanceKm } from '../../gazetteer/distance-km.js';

const SAME_PLACE_KM = 25;

/** The precision classes that count (SCHEMA.md): country, province (any division or region), locality. */
export function precisionClass(precision: string | undefined): 'country' | 'province' | 'locality' {
  const p = (precision ?? '').toLowerCase();
  if (p === 'country') return 'country';
  if (/province|governorate|district|region|state|admin|division|county|oblast|area/.test(p)) return 'province';
  return 'locality';
}

/**
 * True when sitrep's place matches the reference `where` (SCHEMA.md): the same place, or any
 * place inside a country- or province-level reference, or one of the accepted places.
 * A null `where` allows no place, or one of `where_accept`.
 */
export function placeMatches(system: PlaceRef | undefined, where: GoldPlace | null | undefined, whereAccept: readonly GoldPlace[] = []): boolean {
  if (!where) return system === undefined || whereAccept.some((a) => samePlace(system, a));
  if (!system) return false;
  if (samePlace(system, where) || insidePlace(system, where)) return true;
  return [...(where.accept ?? []), ...whereAccept].some((a) => samePlace(system, a));
}

// The administrative word of a province's name: 'Deir ez-Zor Governorate', 'Governorate of Raqqa', 'Idlib province'.
const ADMIN_WORD = /^(?:(?:governorate|province|region|district|oblast|state|county|prefecture|muhafazat) of )?(.*?)(?: (?:governorate|province|region|district|oblast|state|county|prefecture))?$/;

/** A province's name compared without its administrative word, the way annotators and gazetteers differ. */
function provinceName(name: string): string {
  return normalizeName(name).replace(ADMIN_WORD, '$1');
}

function samePlace(system: PlaceRef, gold: GoldPlace): boolean {
  const goldClass = precisionClass(gold.precision);
  // A place sitrep could not locate has no coordinates to measure: SCHEMA.md's other test, the name and country, applies.
  if (gold.lat !== undefined && gold.lon !== undefined && system.lat !== undefined && system.lon !== undefined) {
    const near = distanceKm(system.lat, system.lon, gold.lat, gold.lon) <= SAME_PLACE_KM;
    // A province or country is also itself under its own name, whatever point each gazetteer gives it.
    if (near || goldClass === 'locality') return near;
  }
  if (goldClass === 'country' && system.precision === 'country') {
    if (gold.country && system.country) return gold.country.toUpperCase() === system.country.toUpperCase();
  }
  const name = goldClass === 'province' ? provinceName : normalizeName;
  const sameName = goldNames(gold.name).some((n) => name(system.name) === name(n));
  const sameCountry = !gold.country || !system.country || gold.country.toUpperCase() === system.country.toUpperCase();
  return sameName && sameCountry;
}

/**
 * The names a reference `where` gives one place: the whole, the name before its container ('al-Mazraa, Damascus')
 * and the names inside and outside brackets ('Khan Arnabah (Khan-Arnab), Quneitra province').
 */
function goldNames(name: string): string[] {
  const head = name.split(',')[0];
  const inside = [...head.matchAll(/\(([^)]*)\)/g)].map((m) => m[1]);
  // A note in brackets may hold commas of its own ('Hama Governorate (north-east: A, B, C)'): the name outside it counts too.
  const unbracketed = name.replace(/\s*\([^)]*\)/g, '');
  return [name, head, head.replace(/\s*\([^)]*\)/g, ''), unbracketed, unbracketed.split(',')[0], ...inside].map((n) => n.trim()).filter(Boolean);
}

function insidePlace(system: PlaceRef, gold: GoldPlace): boolean {
  const goldClass = precisionClass(gold.precision);
  if (goldClass === 'country') {
    return Boolean(gold.country && system.country && gold.country.toUpperCase() === system.country.toUpperCase());
  }
  if (goldClass === 'province') {
    const sameCountry = !gold.country || !system.country || gold.country.toUpperCase() === system.country.toUpperCase();
    // The names the reference gives, as samePlace reads them: 'Quneitra Governorate (countryside)' is Quneitra.
    const admin1 = system.admin1 === undefined ? undefined : provinceName(system.admin1);
    return sameCountry && admin1 !== undefined && goldNames(gold.name).some((n) => provinceName(n) === admin1);
  }
  return false;
}
