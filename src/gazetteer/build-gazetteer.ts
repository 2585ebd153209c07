import { mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { GazetteerBuilder } from './gazetteer-builder.js';
import { addGeonames } from './add-geonames.js';
import { addCountries } from './add-countries.js';
import { addAliases } from './add-aliases.js';
import { ARABIC_SPEAKING, withoutArticle } from './arabic-article.js';
import { GAZETTEER_HEADER, gazetteerPath } from './gazetteer-file.js';

/** What a build did. Example: { path: '…/data/generated/gazetteer.tsv', places: 237301, names: 812345, warnings: [] } */
export interface GazetteerBuildReport {
  path: string;
  places: number;
  names: number;
  warnings: string[];
}

/**
 * Builds the gazetteer file from the installed packages and the alias file. Admin names whose
 * last word is a unit ('Zhytomyr Oblast', 'Rapides Parish') also answer to the bare name.
 */
export function buildGazetteer(path = gazetteerPath()): GazetteerBuildReport {
  const builder = new GazetteerBuilder();
  addGeonames(builder);
  addCountries(builder);
  builder.places.forEach((p, row) => {
    if (p.kind !== 'ADM1' && p.kind !== 'ADM2') return;
    const bare = p.name.replace(/ (Oblast|Province|Governorate|Region|County|Parish|District|Prefecture|State|Municipality|City)$/, '');
    if (bare !== p.name) builder.addName(bare, row, 'alternate');
    const withoutAl = ARABIC_SPEAKING.has(p.country) ? withoutArticle(bare) : undefined;
    if (withoutAl) builder.addName(withoutAl, row, 'alternate');
  });
  const warnings = addAliases(builder);
  mkdirSync(dirname(path), { recursive: true });
  // Write then rename, so that an interrupted build never leaves half a file for the stage to read.
  writeFileSync(path + '.tmp', builder.serialise(GAZETTEER_HEADER));
  renameSync(path + '.tmp', path);
  return { path, places: builder.places.length, names: builder.names.size, warnings };
}
