import type { Span } from './span.js';

/** Where-precision classes, as UCDP's where_prec and the gold schema count them. */
export type PlacePrecision = 'locality' | 'district' | 'province' | 'country' | 'region';

/**
 * A resolved place.
 * Example: { id: 'geonames:170063', name: 'Aleppo', country: 'SY', admin1: 'Aleppo', lat: 36.20, lon: 37.16, precision: 'locality', population: 1602264 }
 */
export interface PlaceRef {
  /** 'geonames:ID', 'country:SY', 'admin1:SY.09', 'alias:darfur' … stable across runs. */
  id: string;
  name: string;
  /** ISO 3166-1 alpha-2; absent for continents and macro-regions. */
  country?: string;
  admin1?: string;
  lat: number;
  lon: number;
  precision: PlacePrecision;
  population?: number;
}

/**
 * A place named in the text, with what it resolved to.
 * Example: { span: {…'Aleppo'}, text: 'Aleppo', place: {…}, confidence: 0.9 }
 * A mention that names a place but resolves to nothing keeps `place` absent.
 */
export interface PlaceMention {
  span: Span;
  text: string;
  place?: PlaceRef;
  confidence: number;
  /** The text uses the place for a state or its government ('Moscow said', 'Washington asked'): not a location. */
  metonymic?: boolean;
  /** The name is a people's ('Palestinians', 'Iraqis'): it says who, not where, so no event happens there. */
  people?: boolean;
}
