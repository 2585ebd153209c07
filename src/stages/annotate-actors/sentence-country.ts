import type { PlaceMention } from '../../model/place.js';
import type { TextWord } from '../../lexicons/phrase-index.js';
import type { AgentLexicon } from '../../lexicons/agent-lexicon.js';
import { codeOfCountry } from './context-country.js';
import { firstTokenFrom } from '../token-index.js';
import { itemAt } from '../item-at.js';

// Words that may stand between 'in' and the country it frames: 'in neighbouring Iraq', 'in northern Syria'.
const FRAME_WORDS = new Set(['the', 'neighbouring', 'neighboring', 'northern', 'southern', 'eastern', 'western', 'central', 'north', 'south', 'east', 'west', 'war-torn']);

/** The country (CAMEO code) a place mention at country precision names when an 'in' that opens its sentence frames it ('In neighbouring Iraq, …'). */
function framedCountry(p: PlaceMention, words: readonly TextWord[], at: number, codes: Map<string, string>): string | undefined {
  if (p.metonymic || p.place?.precision !== 'country' || !p.place.country) return undefined;
  let i = at - 1;
  while (i >= 0 && FRAME_WORDS.has(words[i].key)) i--;
  // Only a frame that opens the sentence: 'Meeting in Luxembourg, ministers …' names a venue, 'the Mission in Somalia' a body.
  if (i < 0 || words[i].key !== 'in' || !words[i].first || words[i].sentence !== words[at].sentence) return undefined;
  return codes.get(p.place.country);
}

/**
 * 'In Iraq, a Defense Ministry statement said government forces repelled an attack', 'In neighbouring Lebanon, the
 * army …': a sentence a wire round-up opens on another country ('In' + the country's name, as its first words) sets
 * where its bare agents ('government forces', 'the army') belong, before the article's main country does. A country
 * named later in the sentence is a venue or a destination ('Meeting in Luxembourg, the ministers …', 'drove thousands
 * to seek refuge in Turkey') and sets nothing; nor does a sentence that opens on two countries.
 * Returns, for each bare agent so framed, the country code.
 * Example: 'In Iraq government forces repelled an attack' → Map { government forces → 'IRQ' }
 */
export function framedCountries<M extends { start: number; contextSector?: string }>(found: readonly M[], words: readonly TextWord[], places: readonly PlaceMention[], agents: AgentLexicon): Map<M, string> {
  const out = new Map<M, string>();
  if (!places.some((p) => p.place?.precision === 'country')) return out;
  if (!found.some((m) => m.contextSector)) return out;
  const codes = codeOfCountry(agents.countryOf);
  const frames = new Map<number, { code: string; at: number } | null>();
  for (const p of places) {
    // Only a country's name frames a sentence: the word it starts at is looked up for those alone.
    if (p.metonymic || p.place?.precision !== 'country' || !p.place.country) continue;
    const at = wordStartingAt(words, p.span.start);
    if (at === undefined) continue;
    const code = framedCountry(p, words, at, codes);
    if (!code) continue;
    const sentence = words[at].sentence;
    const seen = frames.get(sentence);
    frames.set(sentence, seen === undefined || seen?.code === code ? { code, at: Math.min(at, seen?.at ?? at) } : null);
  }
  for (const m of found) {
    const frame = m.contextSector ? frames.get(words[m.start].sentence) : undefined;
    if (frame && frame.at < m.start) out.set(m, frame.code);
  }
  return out;
}

/** The index of the word that starts at an offset (the words are in text order), if one does. */
function wordStartingAt(words: readonly TextWord[], offset: number): number | undefined {
  let at = firstTokenFrom(words, offset);
  if (words[at]?.start !== offset) return undefined;
  while (itemAt(words, at + 1)?.start === offset) at++;
  return at;
}
