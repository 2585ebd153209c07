import type { PlaceMention } from '../../model/place.js';
import type { TextWord } from '../../lexicons/phrase-index.js';
import type { AgentLexicon } from '../../lexicons/agent-lexicon.js';
import type { ActorDictionary } from '../../lexicons/actor-dictionary.js';
import { codeOfCountry } from './context-country.js';
import type { FoundMention } from './found-mention.js';

/**
 * Recodes a mention that starts with a country's name ("Congo's government") to the country the
 * places stage chose for the same words, when the two differ. The dictionary files an ambiguous name
 * under one state ('Congo' -> Republic of the Congo); the places stage weighs the article's other
 * places (Goma, North Kivu, Kinshasa) and picks the DR Congo, so the actor follows the place.
 * Example: COGGOV over a place 'Congo' resolved to CD -> CODGOV; 'Albanians' (a people, no state's name) keeps its code.
 */
export function followPlaceCountry(found: FoundMention[], words: readonly TextWord[], places: readonly PlaceMention[], agents: AgentLexicon, dict: ActorDictionary): void {
  const countryAt = new Map<number, string>();
  for (const p of places) if (p.place?.precision === 'country' && p.place.country) countryAt.set(p.span.start, p.place.country);
  if (!countryAt.size) return;
  const codes = codeOfCountry(agents.countryOf);
  for (const m of found) {
    const actor = m.actor;
    if (!actor?.country || m.source === 'coref') continue;
    const iso = countryAt.get(words[m.start].start);
    if (!iso || iso === actor.country) continue;
    // Only a state's name is ambiguous this way; a people's word the places stage read as their country
    // ('Albanians' of Kosovo) says nothing of which state the mention belongs to.
    if (!dict.index.matchesAt(words, m.start).some((x) => x.phrase.value.some((e) => e.kind === 'state'))) continue;
    const from = codes.get(actor.country);
    const to = codes.get(iso);
    // Only the country part of the code changes: 'COGGOV' -> 'CODGOV'; a code of another shape is left alone.
    if (!from || !to || !actor.code.startsWith(from)) continue;
    const code = to + actor.code.slice(from.length);
    m.actor = { ...actor, code, country: iso, id: actor.id === actor.code.toLowerCase() ? code.toLowerCase() : actor.id };
  }
}
