import type { Token } from '../../model/token.js';
import type { NameCandidate } from '../../gazetteer/gazetteer-place.js';
import type { Gazetteer } from '../../gazetteer/gazetteer.js';
import { isCapitalised, keyOf, tokenKey } from './capitalised-run.js';
import { itemAt } from '../item-at.js';

/** A phrase that names a country's capital without its name: the last token of the phrase and the capital's row. */
export interface CapitalPhrase {
  last: number;
  candidates: NameCandidate[];
}

/**
 * 'the Syrian capital', "Syria's capital", 'Syrias capital' (its apostrophe lost): news writes the capital
 * this way as often as by its name, and the country word alone would place the event in the whole country.
 * `k` is the country word. Only 'capital' right after it counts: 'the Syrian de facto capital' of a group
 * is no seat of government, and 'the provincial capital' names no country.
 * Example: at 'Syrian' in 'shelled the Syrian capital' -> { last: <'capital'>, candidates: [{ row: <Damascus>, role: 'primary' }] }
 */
export function capitalPhrase(tokens: readonly Token[], k: number, limit: number, gaz: Gazetteer): CapitalPhrase | undefined {
  // Nearly every capitalised word has no 'capital' after it: look at the next two tokens before the gazetteer.
  if (itemAt(tokens, k + 1)?.lower !== 'capital' && itemAt(tokens, k + 2)?.lower !== 'capital') return undefined;
  const word = tokens[k];
  let at = k + 1;
  let country: string | undefined;
  if (tokens[at]?.lower === "'s" || tokens[at]?.lower === '’s') {
    at++;
    country = countryNamed(gaz, tokenKey(word), 'primary');
  } else if (word.text.length >= 5 && word.text.endsWith('s')) {
    country = countryNamed(gaz, keyOf(word.text.slice(0, -1)), 'primary') ?? countryNamed(gaz, tokenKey(word), 'demonym');
  } else country = countryNamed(gaz, tokenKey(word), 'demonym');
  if (!country || at >= limit || tokens[at].lower !== 'capital') return undefined;
  // 'the Syrian capital Damascus': the name after it says which city, and is read on its own. 'the group's de facto
  // Syrian capital', 'the former Syrian capital': a capital of something else, or of another time.
  const after = tokens[at + 1];
  if (after !== undefined && at + 1 < limit && after.start - tokens[at].end <= 1 && isCapitalised(after)) return undefined;
  // 'the Sudanese capital of Darfur': the capital of what 'of' names, not of the country.
  if (after?.lower === 'of') return undefined;
  if (NOT_THE_SEAT.has(tokens[k - 1]?.lower ?? '')) return undefined;
  const row = gaz.capitalOf(country);
  // The whole phrase is the city's span: event-location corpora mark the country's name in "Jamaica's capital" as where.
  return row === undefined ? undefined : { last: at, candidates: [{ row, role: 'primary' }] };
}

/** Words before the country word that make it some other capital than the seat of government. */
const NOT_THE_SEAT = new Set(['facto', 'factor', 'self-declared', 'self-styled', 'self-proclaimed', 'declared', 'proclaimed', 'former', 'old', 'ancient', 'economic', 'commercial', 'financial', 'cultural', 'religious', 'spiritual', 'administrative', 'provincial', 'rebel', 'militant', 'jihadist', 'jihadists']);

/** The ISO code of the country a name means in the given role ('Syrian' as a demonym, 'Syria' as a name). */
function countryNamed(gaz: Gazetteer, key: string, role: NameCandidate['role']): string | undefined {
  for (const c of gaz.candidatesByKey(key)) {
    if (c.role !== role) continue;
    const p = gaz.place(c.row);
    if (p.precision === 'country' && p.country) return p.country;
  }
  return undefined;
}
