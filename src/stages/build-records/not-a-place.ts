import type { Token } from '../../model/token.js';
import { placeCues } from '../annotate-places/place-cues.js';
import { keyOf } from '../annotate-places/capitalised-run.js';
import { gazetteer } from '../../gazetteer/gazetteer.js';

/** Words of the calendar, which open capitalised runs that are dates, not names of places. */
export const CALENDAR = new Set(['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december',
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'christmas', 'easter', 'ramadan', 'eid', 'jan', 'feb', 'mar', 'apr',
  'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec']);

/** Nouns of events that a Title Case headline capitalises after 'in' ('Toll in Blast Targeting Evacuees Rises'): no place's first word. */
const EVENT_NOUNS = new Set(['blast', 'blasts', 'attack', 'attacks', 'strike', 'strikes', 'airstrike', 'airstrikes', 'bombing', 'bombings',
  'explosion', 'explosions', 'clash', 'clashes', 'shelling', 'fighting', 'ambush', 'offensive', 'protest', 'protests']);

/** Sites a person has, whose 'of' names the person: 'the hometown of President X', 'the stronghold of General Y'. */
const PERSONAL_SITES = new Set(['hometown', 'stronghold', 'strongholds', 'bastion']);

/**
 * True when a site word names the name at token i, so a title opening it is part of the name: many towns and quarters
 * are named after a sheikh or a king ('the district of Sheikh Maqsud', 'the Sheikh Najjar district', 'King Fahd Hospital').
 */
export function siteNamesIt(tokens: readonly Token[], i: number, before: string, afterOf: string | undefined, siteAfter: string | undefined): boolean {
  if (siteAfter !== undefined) return true;
  return afterOf !== undefined && before === 'of' && !PERSONAL_SITES.has(tokens[i - 2]?.lower ?? '');
}

/**
 * Capitalised words before a site word that say whose it is, not what it is called: 'the Syrian town',
 * 'a Sunni neighbourhood' (demonyms and place-cues stopwords), 'His village', 'Monday'.
 */
export function notAPlace(first: string, name: string, namedBySite: boolean): boolean {
  const cues = placeCues();
  // 'in the Feb. 25 massacre', 'in an Oct. 7 ambush', 'killed in Fridays raids': a month with its abbreviation's full stop, a day in the plural.
  const calendar = CALENDAR.has(first) || CALENDAR.has(first.replace(/\.$/, '')) || CALENDAR.has(first.replace(/s$/, ''));
  if (calendar || EVENT_NOUNS.has(first) || (cues.sets.title.has(first) && !namedBySite)) return true;
  if (cues.sets.stopword.has(first) && !(namedBySite && cues.sets.title.has(first))) return true;
  return gazetteer().candidatesByKey(keyOf(name)).some((c) => c.role === 'demonym' || c.role === 'people');
}
