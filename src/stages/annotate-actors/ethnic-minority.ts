import type { TextWord } from '../../lexicons/phrase-index.js';
import type { AgentLexicon } from '../../lexicons/agent-lexicon.js';
import type { PlaceMention } from '../../model/place.js';
import type { FoundMention } from './found-mention.js';

// Words between 'in' and a country that only say which part of it: 'in south Serbia', 'of southern Serbia'.
const PART_OF = new Set(['the', 'south', 'southern', 'north', 'northern', 'east', 'eastern', 'west', 'western', 'central', 'northeast', 'northeastern', 'northwest', 'northwestern', 'southeast', 'southeastern', 'southwest', 'southwestern']);
const WHERE = new Set(['in', 'of', 'throughout', 'across', 'inside']);

/**
 * An ethnic minority is coded with the state it lives in, as CAMEO codes it: 'ethnic Albanians in south Serbia'
 * are SRBCVL, not ALBCVL. The state is the one named right after the group ('in', 'of'), else the article's main
 * country when it differs from the group's. A people the text does not call 'ethnic' changes country only when
 * that state is named right after it ('the Albanians of southern Serbia'; not 'Albanians demonstrated in Tirana').
 */
export function codeEthnicMinorities(found: FoundMention[], words: readonly TextWord[], places: readonly PlaceMention[], agents: AgentLexicon, mainCountry: string | undefined): void {
  for (const m of found) {
    if (!m.actor) continue;
    const ethnic = m.start > 0 && words[m.start - 1].key === 'ethnic';
    // A people named with where it lives: 'the Albanians of southern Serbia', 'Kurds in Turkey'.
    const people = agents.index.matchesAt(words, m.start).some((x) => x.phrase.value.type === 'people' && x.end === m.end);
    if (!ethnic && !people) continue;
    const own = m.actor.code.slice(0, 3);
    if (!agents.countryOf.has(own)) continue;
    const home = stateNamedAfter(m, words, places, agents) ?? (ethnic ? mainCountry : undefined);
    if (!home || home === own) continue;
    const code = home + m.actor.code.slice(3);
    const country = agents.countryOf.get(home);
    m.actor = { ...m.actor, id: code.toLowerCase(), code, ...(country ? { country } : {}) };
  }
}

// 'in south Serbia' right after the group: the CAMEO code of the place's country.
function stateNamedAfter(m: FoundMention, words: readonly TextWord[], places: readonly PlaceMention[], agents: AgentLexicon): string | undefined {
  let i = m.end;
  if (!WHERE.has(words[i]?.key ?? '')) return undefined;
  i++;
  while (i < words.length && PART_OF.has(words[i].key)) i++;
  const w = words[i];
  if (!w || w.sentence !== words[m.start].sentence) return undefined;
  const place = places.find((p) => p.span.start <= w.start && w.start < p.span.end);
  const iso = place?.place?.country;
  if (!iso) return undefined;
  for (const [code, c] of agents.countryOf) if (c === iso) return code;
  return undefined;
}
