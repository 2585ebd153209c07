/**
 * The rules the build script applies to CAMEO entries: display names, kinds from codes, and which
 * aliases of a country block name the country (CAMEO also lists its cities there, which are places).
 */

/** A country as world-countries describes it. Example: { iso2: 'SY', code: 'SYR', name: 'Syria', names: [...], capitals: ['Damascus'], demonym: 'Syrian' } */
export interface CountryInfo {
  iso2: string;
  code: string;
  name: string;
  names: string[];
  capitals: string[];
  demonym?: string;
}

const SMALL = new Set(['of', 'the', 'and', 'for', 'in', 'on', 'al', 'el', 'bin', 'ibn', 'de', 'da', 'van', 'von', 'la', 'le', 'du', 'wa', 'wal']);
// Short all-capital words that are words, not acronyms, and so match in any case.
const WORDS = new Set(['IRAN', 'IRAQ', 'OMAN', 'CUBA', 'MALI', 'PERU', 'CHAD', 'TOGO', 'FIJI', 'LAOS', 'GAZA', 'HAMAS', 'FATAH', 'BAKU', 'KIEV', 'KYIV', 'ROME', 'LIMA', 'ABU', 'AL', 'MR', 'MRS', 'DR', 'GEN']);

function isAcronym(word: string): boolean {
  const letters = word.replace(/\./g, '');
  if (word.includes('.') && letters.length <= 4) return true;
  if (WORDS.has(letters)) return false;
  return letters.length <= 3 || (letters.length <= 5 && !/[AEIOU]/.test(letters.slice(1, -1)));
}

/** 'SERGEY_V._LAVROV_' -> 'Sergey V. Lavrov'; 'NATO_' -> 'NATO' (acronyms keep capitals: they match only so). */
export function displayName(raw: string): string {
  const words = raw.replace(/_/g, ' ').replace(/\s+/g, ' ').trim().split(' ');
  return words.map((w, i) => {
    if (words.length === 1 && isAcronym(w)) return w;
    if (words.length > 1 && w.replace(/\./g, '').length <= 3 && w.includes('.')) return w;
    const lower = w.toLowerCase();
    if (i > 0 && SMALL.has(lower)) return lower;
    return lower.replace(/(^|[-'(])([a-z])/g, (_m, p: string, c: string) => p + c.toUpperCase());
  }).join(' ');
}

/** 'Sergey V. Lavrov' -> 'sergey-v-lavrov'. */
export function kebab(name: string): string {
  return name.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
}

/** The dictionary kind for a CAMEO code; people are told apart by where CAMEO lists them. */
export function actorKindOf(code: string, isPerson: boolean): string {
  if (isPerson) return 'person';
  if (code.startsWith('IMG')) return 'armed-group';
  if (code.startsWith('IGO')) return 'igo';
  if (code.startsWith('NGO')) return 'ngo';
  if (code.startsWith('MNC')) return 'business';
  const sector = code.length > 3 ? code.slice(3, 6) : code;
  switch (sector) {
    case 'GOV': case 'LEG': case 'JUD': case 'ELI': return 'government';
    case 'MIL': case 'SPY': return 'military';
    case 'COP': return 'police';
    case 'REB': case 'INS': case 'UAF': return code.includes('MUS') ? 'armed-group' : 'rebels';
    case 'OPP': case 'PTY': return 'party';
    case 'MED': return 'media';
    case 'CVL': return 'civilians';
    case 'BUS': return 'business';
    default: return code === 'MED' ? 'media' : code.length === 3 ? 'state' : 'other';
  }
}

// Ordinary English words that CAMEO gives some actor as a one-word alias, often a translation of its
// name ('Organization' for Tanzim, 'Youth' for Gazteriak, 'Falcon' for Shahin) or one word of it
// ('Zero' for Secret Organization Zero). Capitalised at a sentence start or inside another name ('the
// Organization for Security and Co-operation in Europe'), they would match ordinary text.
const COMMON_WORDS = new Set([
  'the', 'of', 'and', 'for', 'in', 'on', 'at', 'to', 'by', 'with', 'from', 'co', 'inc', 'ltd', 'corp', 'company',
  'organization', 'organisation', 'group', 'front', 'movement', 'party', 'army', 'brigade', 'brigades', 'battalion',
  'council', 'committee', 'congress', 'senate', 'parliament', 'assembly', 'government', 'ministry', 'office',
  'agency', 'authority', 'police', 'force', 'forces', 'militia', 'union', 'league', 'alliance', 'association',
  'federation', 'coalition', 'commission', 'court', 'youth', 'students', 'workers', 'people', 'nation', 'state',
  'republic', 'kingdom', 'revolution', 'resistance', 'liberation', 'freedom', 'justice', 'unity', 'solidarity',
  'hope', 'peace', 'truth', 'dawn', 'light', 'zero', 'falcon', 'falcons', 'eagle', 'eagles', 'hawks', 'lions',
  'tigers', 'wolves', 'camo', 'secret', 'free', 'red', 'black', 'white', 'green', 'new', 'national', 'popular',
]);

/**
 * True when an alias would match ordinary text rather than name the actor: it has no letter ('380'),
 * carries parse debris ('Faeroyene]', a broken character), or is one common English word that is not
 * the actor's own name ('Organization' for Tanzim; 'Tigers' stays when it is the name).
 */
export function isJunkAlias(alias: string, name: string): boolean {
  if (!/\p{L}/u.test(alias) || /[\[\]{}<>\uFFFD]/.test(alias)) return true;
  const lower = alias.toLowerCase().replace(/\.$/, '');
  return !/\s/.test(alias) && COMMON_WORDS.has(lower) && lower !== name.toLowerCase();
}

const norm = (s: string) => s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^a-z]/g, '');

/**
 * True when a CAMEO country alias names the country rather than one of its cities: it is one of
 * world-countries' names, or a spelling of one (same first four letters: 'Syrie', 'Russland').
 */
export function isCountryAlias(alias: string, country: CountryInfo): boolean {
  const a = norm(alias);
  if (a.length < 3) return false;
  if (country.demonym && a === norm(country.demonym)) return false; // adjectives compose with agents instead
  return country.names.some((n) => {
    const b = norm(n);
    if (b.length < 3) return false;
    return a === b || (a.length >= 5 && b.includes(a)) || (a.length >= 4 && b.length >= 4 && a.slice(0, 4) === b.slice(0, 4)) || a.includes(b) || (/^(republic|kingdom|state|democratic|islamic|people|united|federal|commonwealth|sultanate|emirate)/.test(a) && a.endsWith(b.slice(-5)));
  });
}
