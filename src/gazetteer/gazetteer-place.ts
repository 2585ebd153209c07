import type { PlacePrecision } from '../model/place.js';

/**
 * One row of the gazetteer's places table, as built into data/generated/gazetteer.tsv.
 * Example: { id: 'geonames:170063', name: 'Aleppo', country: 'SY', admin1Code: 'SY.09', admin1: 'Aleppo',
 *            lat: 36.20, lon: 37.16, precision: 'locality', population: 1602264, kind: 'PPLA' }
 */
export interface GazetteerPlace {
  id: string;
  name: string;
  country: string;
  /** 'SY.09'; for a district 'US.LA.079'; empty for countries and regions. */
  admin1Code: string;
  admin1: string;
  lat: number;
  lon: number;
  precision: PlacePrecision;
  population: number;
  /** GeoNames feature code (PPLC, PPLA, PPL, ADM1, ADM2, PCLI) or CONT / RGN for the alias file's regions. */
  kind: string;
}

/**
 * How a name reaches a place: its own name, an alternate spelling, an adjective of nationality
 * ('Syrian': not a place by itself), a people ('Syrians': the country) or a postal abbreviation
 * ('La.', only after 'Alexandria, ').
 */
export type NameRole = 'primary' | 'alternate' | 'demonym' | 'people' | 'postal';

/** Strongest first; the generated file stores a candidate as row * 8 + this index. */
export const NAME_ROLES: readonly NameRole[] = ['primary', 'alternate', 'demonym', 'people', 'postal'];

/** A place the name can mean, with how the name reaches it. Example: { row: 1532, role: 'alternate' } */
export interface NameCandidate {
  row: number;
  role: NameRole;
}
