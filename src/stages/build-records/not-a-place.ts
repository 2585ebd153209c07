import type { Token } from '../../model/token.js';
import { placeCues } from '../annotate-places/place-cues.js';
import { keyOf } from '../annotate-places/capitalised-run.js';
import { gazetteer } from '../../gazetteer/gazetteer.js';
import { isCalendarWord } from '../annotate-dates/time-words.js';

/** Feasts named by one word, which open capitalised runs that are dates ('Easter Sunday', 'Eid al-Adha'). */
const FEASTS = new Set(['christmas', 'easter', 'ramadan', 'eid']);

/** A word of the calendar (a month or weekday of the time-words lexicon, or a feast): it opens a date, not the name of a place. */
export const isCalendarName = (word: string): boolean => isCalendarWord(word) || FEASTS.has(word);

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
  const calendar = isCalendarName(first) || isCalendarName(first.replace(/\.$/, '')) || isCalendarName(first.replace(/s$/, ''));
  if (calendar || EVENT_NOUNS.has(first) || (cues.sets.title.has(first) && !namedBySite)) return true;
  if (cues.sets.stopword.has(first) && !(namedBySite && cues.sets.title.has(first))) return true;
  return gazetteer().candidatesByKey(keyOf(name)).some((c) => c.role === 'demonym' || c.role === 'people') || possessiveOfPlace(name);
}

/**
 * True when a one-word name is a well-known place's possessive that lost its apostrophe ('in Syrias opposition
 * government', 'Aleppos eastern districts'): the place itself, named to say whose, not an unknown village.
 * Only a country, a province or a city of 100,000 people counts, whose possessive a reader would recognise.
 */
function possessiveOfPlace(name: string): boolean {
  if (!/^\p{Lu}\p{Ll}+s$/u.test(name)) return false;
  const g = gazetteer();
  return g.candidatesByKey(keyOf(name.slice(0, -1))).some((c) => {
    if (c.role !== 'primary' && c.role !== 'alternate') return false;
    const place = g.place(c.row);
    return place.precision === 'country' || place.precision === 'province' || place.population >= 100_000;
  });
}
