/**
 * Derives sitrep's actor dictionary (data/lexicons/actors-cameo.tsv) and its country adjectives
 * (data/lexicons/actors-adjectives.tsv) from the CAMEO dictionaries of petrarch2 and the
 * world-countries package. Run it when either source changes; its output is committed:
 *
 *   node --import tsx src/scripts/build-actor-dictionary.ts [/work/shared/reference/cameo-dictionaries]
 *
 * Only what news about conflict and diplomacy needs is kept: countries and their capitals, office
 * holders whose terms reach past 2000, armed groups, IGOs, rights and relief NGOs, and media.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createRequire } from 'node:module';
import { dataPath } from '../data-files/data-path.js';
import { parseTabariActors, type TabariEntry, type TabariCode } from './parse-tabari-actors.js';
import { actorKindOf, displayName, isCountryAlias, isJunkAlias, kebab, type CountryInfo } from './actor-dictionary-rules.js';

const source = process.argv[2] ?? '/work/shared/reference/cameo-dictionaries';
const require = createRequire(import.meta.url);
const worldCountries = require('world-countries/countries.json') as Array<{
  cca2: string; cca3: string; name: { common: string; official: string }; altSpellings: string[];
  capital?: string[]; demonyms?: { eng?: { f: string; m: string } };
}>;

// Terms that end before this are history, not news.
const KEEP_FROM = '2001-01-01';

const countries = new Map<string, CountryInfo>();
for (const c of worldCountries) {
  countries.set(c.cca3, {
    iso2: c.cca2, code: c.cca3, name: c.name.common,
    names: [c.name.common, c.name.official, ...c.altSpellings.filter((s) => s.length > 3)],
    capitals: (c.capital ?? []).map((s) => s.replace(/\s+D\.C\.$/, '')),
    demonym: c.demonyms?.eng?.m,
  });
}
// CAMEO codes that differ from ISO 3166 alpha-3.
const CAMEO_ALIASES: Record<string, string> = { ROM: 'ROU', ZAR: 'COD', TMP: 'TLS', KSV: 'UNK', SRB: 'SRB', MNE: 'MNE' };
const countryOf = (code: string): CountryInfo | undefined => countries.get(CAMEO_ALIASES[code.slice(0, 3)] ?? code.slice(0, 3));

interface Row { id: string; name: string; code: string; kind: string; country: string; role: string; from: string; to: string; aliases: string[]; tags: string[]; source: string }
const rows: Row[] = [];
const usedIds = new Set<string>();
function newId(name: string): string {
  const base = kebab(name) || 'actor';
  let id = base;
  for (let n = 2; usedIds.has(id); n++) id = `${base}-${n}`;
  usedIds.add(id);
  return id;
}

function recent(c: TabariCode): boolean {
  return !c.to || c.to >= KEEP_FROM;
}

function roleOf(c: TabariCode): string {
  // CAMEO comments may end with the file an entry came from ('# IGOrulers.txt', 'CountryInfo.txt'): not a role.
  const comment = (c.comment ?? '').replace(/\S+\.txt\b/g, '').replace(/[#]/g, '').trim();
  return comment.length > 2 && comment.length < 60 && /^[A-Za-z .,'()-]+$/.test(comment) ? comment : '';
}

// Ministers of agriculture or health rarely act in conflict news; former-leader (ELI) rows without
// dates would compete with the dated ones, and sitrep derives ELI from the term's end instead.
const PERSON_CODE = /^[A-Z]{3}(GOV|MIL|LEG|JUD|SPY|COP)?(MIL|SPY|COP)?$|^IGO/;

// Titles before a name: sitrep's stage reads them itself ('Foreign Minister' + 'Sergey Lavrov'), so
// an alias that is only a title plus another alias is left out to keep the dictionary small.
const TITLE = /^((us|u\.s\.|american|russian|british|french|syrian|turkish|iranian|iraqi|israeli|chinese|the|former|deputy|acting|vice|prime|foreign|defen[cs]e|interior|president|minister|secretary|of|state|senator|ambassador|general|gen\.?|mr\.?|mrs\.?|ms\.?|dr\.?|king|emir|sheikh|chairman|premier|chancellor|governor|leader|spokesman)\s+)+/i;

function withoutTitleCopies(names: string[]): string[] {
  const set = new Set(names.map((n) => n.toLowerCase()));
  return names.filter((n) => {
    const bare = n.replace(TITLE, '');
    return bare === n || !set.has(bare.toLowerCase());
  });
}

function addEntry(e: TabariEntry, file: string, isPerson: boolean): void {
  const codes = e.codes.filter((c) => recent(c) && (!isPerson || PERSON_CODE.test(c.code)));
  if (!codes.length) return;
  const id = newId(displayName(e.name));
  const aliases = withoutTitleCopies([...new Set([e.name, ...e.aliases].map(displayName))].filter((a, i) => a.length > 1 && (i === 0 || !isJunkAlias(a, displayName(e.name)))));
  for (const c of codes) {
    const country = countryOf(c.code);
    rows.push({
      id, name: displayName(e.name), code: c.code, kind: actorKindOf(c.code, isPerson), country: country?.iso2 ?? '',
      role: isPerson ? roleOf(c) : '', from: c.from ?? '', to: c.to ?? '', aliases: aliases.slice(1), tags: [], source: file,
    });
  }
}

function addCountry(e: TabariEntry, country: CountryInfo): void {
  const all = [e.name, ...e.aliases].map(displayName);
  const capitals = all.filter((a) => country.capitals.some((cap) => cap.toLowerCase() === a.toLowerCase()));
  const names = all.filter((a) => !capitals.includes(a) && isCountryAlias(a, country));
  const id = newId(country.name);
  rows.push({ id, name: country.name, code: country.code === 'XXX' ? '' : e.codes[0].code.slice(0, 3), kind: 'state', country: country.iso2, role: '', from: '', to: '', aliases: [...new Set(names)].filter((a) => a !== country.name && !isJunkAlias(a, country.name)), tags: [], source: 'Phoenix.Countries' });
  for (const cap of [...new Set([...capitals, ...country.capitals])]) {
    rows.push({ id: newId(`${cap} ${country.code}`), name: cap, code: `${e.codes[0].code}GOV`, kind: 'government', country: country.iso2, role: '', from: '', to: '', aliases: [], tags: ['capital'], source: capitals.includes(cap) ? 'Phoenix.Countries' : 'world-countries' });
  }
}

const read = (f: string) => parseTabariActors(readFileSync(join(source, f), 'utf8'));

for (const e of read('Phoenix.Countries.actors.txt')) {
  const first = e.codes[0].code;
  const country = first.length === 3 ? countryOf(first) : undefined;
  // A country block: its codes are the bare country code, perhaps dated ('IRQ <20030320', 'IRQ >20060520').
  const isCountry = country && !/CountryInfo/.test(e.comment) && e.codes.some((c) => c.code === first && !c.to) && countryOf(first)?.name && [e.name, ...e.aliases].some((a) => isCountryAlias(displayName(a), country));
  if (country && isCountry) addCountry(e, country);
  else addEntry(e, 'Phoenix.Countries', /CountryInfo/.test(e.comment) || /^[A-Z]{3}(GOV|MIL|LEG|JUD|ELI)/.test(first) && e.codes.some((c) => c.from || c.to));
}
for (const e of read('Phoenix.MilNonState.actors.txt')) addEntry(e, 'Phoenix.MilNonState', false);
for (const e of read('Phoenix.International.actors.txt')) {
  const code = e.codes[0].code;
  const keep = code.startsWith('IGO') || /^[A-Z]{0,3}MED$/.test(code) || (code.startsWith('NGO') && /HRI|HLH|IRC|REF|AMN/.test(code));
  if (keep) addEntry(e, 'Phoenix.International', /rulers/i.test(e.comment) || e.codes.some((c) => c.from || c.to));
}

const HEADER = `# sitrep actor dictionary derived from the CAMEO dictionaries of petrarch2 by
# src/scripts/build-actor-dictionary.ts (do not edit by hand: edit actors-sitrep.tsv, which overrides it).
# Columns: id, name, code, kind, country (ISO 3166-1 alpha-2), role, valid_from, valid_to (ISO dates,
# empty = open), aliases ('|'), tags ('|'), source. One row a code and date range; rows of one actor share its id.
# Code conventions (CAMEO): country code + sector: RUS (the state), RUSGOV (government, its capital,
# its ministers), RUSMIL (armed forces, defence ministry), RUSCOP (police), RUSREB (rebels), RUSOPP
# (opposition), RUSCVL (civilians), RUSMED (media), RUSELI (former office holders); IGO… (IGOUNO the
# UN), NGO… (NGOHRI rights groups), IMG… (international militant groups: IMGMUSISI Islamic State,
# IMGMUSALQ al-Qaeda). Aliases written in capitals (UN, PKK) match only in capitals.
#
# Derived from the petrarch2 CAMEO dictionaries (github.com/openeventdata/petrarch2):
# The MIT License (MIT)
# Copyright (c) 2014 Open Event Data Alliance
# Permission is hereby granted, free of charge, to any person obtaining a copy of this software and
# associated documentation files (the "Software"), to deal in the Software without restriction,
# including without limitation the rights to use, copy, modify, merge, publish, distribute,
# sublicense, and/or sell copies of the Software, and to permit persons to whom the Software is
# furnished to do so, subject to the following conditions: The above copyright notice and this
# permission notice shall be included in all copies or substantial portions of the Software.
# THE SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND, EXPRESS OR IMPLIED, INCLUDING BUT
# NOT LIMITED TO THE WARRANTIES OF MERCHANTABILITY, FITNESS FOR A PARTICULAR PURPOSE AND
# NONINFRINGEMENT. IN NO EVENT SHALL THE AUTHORS OR COPYRIGHT HOLDERS BE LIABLE FOR ANY CLAIM,
# DAMAGES OR OTHER LIABILITY, WHETHER IN AN ACTION OF CONTRACT, TORT OR OTHERWISE, ARISING FROM, OUT
# OF OR IN CONNECTION WITH THE SOFTWARE OR THE USE OR OTHER DEALINGS IN THE SOFTWARE.
# Capitals missing from CAMEO come from world-countries (ODbL).
id\tname\tcode\tkind\tcountry\trole\tvalid_from\tvalid_to\taliases\ttags\tsource
`;
const clean = (s: string) => s.replace(/[\t\n]/g, ' ');
const body = rows.map((r) => [r.id, r.name, r.code, r.kind, r.country, r.role, r.from, r.to, r.aliases.join('|'), r.tags.join('|'), r.source].map(clean).join('\t')).join('\n');
writeFileSync(dataPath('lexicons', 'actors-cameo.tsv'), HEADER + body + '\n');

const adjectives = [...countries.values()].filter((c) => c.demonym).map((c) => [c.demonym, c.code, c.iso2].join('\t'));
writeFileSync(dataPath('lexicons', 'actors-adjectives.tsv'), `# Country adjectives (demonyms) -> CAMEO country code, derived from world-countries (ODbL) by
# src/scripts/build-actor-dictionary.ts. 'Syrian' + an agent noun of agents.tsv ('army') gives SYRMIL.
# agents.tsv adds variants (U.S., Kurdish, Iranian-backed …) and overrides these.
adjective\tcode\tcountry
${adjectives.join('\n')}
`);
console.log(`${rows.length} rows, ${usedIds.size} actors, ${adjectives.length} adjectives`);
