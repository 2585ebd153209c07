import type { Span } from './span.js';

/** Where-precision classes, as UCDP's where_prec and the gold schema count them. */
export type PlacePrecision = 'locality' | 'district' | 'province' | 'country' | 'region';

/** Finest first: a locality ranks below the district, province, country and region that hold it. */
export const PRECISION_RANK = { locality: 0, district: 1, province: 2, country: 3, region: 4 } as const satisfies Record<PlacePrecision, number>;

/**
 * A resolved place, or one the text names as a place but no gazetteer knows: that one keeps its name, the
 * country (and province) the text puts it in, and no coordinates.
 * Example: { id: 'geonames:170063', name: 'Aleppo', country: 'SY', admin1: 'Aleppo', lat: 36.20, lon: 37.16, precision: 'locality', population: 1602264 }
 * Example: { id: 'unresolved:ML:tinkarabou', name: 'Tinkarabou', country: 'ML', admin1: 'Mopti', precision: 'locality' }
 */
export interface PlaceRef {
  /** 'geonames:ID', 'country:SY', 'admin1:SY.09', 'alias:darfur', 'unresolved:ML:tinkarabou' … stable across runs. */
  id: string;
  name: string;
  /** ISO 3166-1 alpha-2; absent for continents and macro-regions. */
  country?: string;
  admin1?: string;
  /** Absent for an unresolved place (id 'unresolved:…'). */
  lat?: number;
  lon?: number;
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
