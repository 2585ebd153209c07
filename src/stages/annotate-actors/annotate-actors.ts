import { defineStage } from '../stage.js';
import type { Document } from '../../model/document.js';
import type { Layers } from '../../model/layers.js';
import type { ActorMention } from '../../model/actor.js';
import { actorDictionary } from '../../lexicons/actor-dictionary.js';
import { agentLexicon } from '../../lexicons/agent-lexicon.js';
import { memoLookup, PhraseIndex, type PhraseLookup } from '../../lexicons/phrase-index.js';
import { textWords } from './text-words.js';
import { scanMentions, type ScanContext } from './scan-mentions.js';
import { dropCovered, extendTitles } from './extend-titles.js';
import { findUnknownNames } from './find-unknown-names.js';
import { linkCoreference, linkPossessedMembers, linkMembersOfNamedGroup } from './link-coreference.js';
import { followPlaceCountry } from './follow-place-country.js';
import { contextCountry } from './context-country.js';
import { framedCountries } from './sentence-country.js';
import { statedNationalities } from './stated-nationality.js';
import { giveRunnersCountry } from './run-by-party.js';
import { giveIncludedUnitsCountry } from './included-units.js';
import { speakerCountries } from './speaker-country.js';
import { linkLostPossessives, resolveLostGroupPossessives } from './lost-possessives.js';
import { codeEthnicMinorities } from './ethnic-minority.js';
import type { FoundMention } from './found-mention.js';
import { sortUnlessOrdered } from '../sort-unless-ordered.js';

/**
 * Finds the actors of one article: dictionary names resolved on the publication date, country +
 * agent phrases ('Syrian army' -> SYRMIL), descriptions ('gunmen', 'a source familiar with …'),
 * unknown proper names (unresolved), and short mentions linked back to full ones.
 */
export function findActors(doc: Document, layers: Readonly<Partial<Layers>>): ActorMention[] {
  const tokens = layers.tokens ?? [];
  const places = layers.places ?? [];
  const words = textWords(tokens);
  const dict = { ...actorDictionary() };
  const agents = { ...agentLexicon() };
  const phraseStarts = firstWordsOf(dict.index, agents.index);
  dict.index = memoLookup(dict.index, words.length);
  agents.index = memoLookup(agents.index, words.length);
  const ctx: ScanContext = { text: doc.text, day: doc.published?.slice(0, 10), places, dict, agents, placeCountries: [], placeWords: [], phraseStarts };

  let found = dropCovered(extendTitles(scanMentions(words, ctx), words, agents, dict, doc.text, ctx.day));
  const covered = new Uint8Array(words.length);
  const cover = (list: FoundMention[]) => { for (const m of list) covered.fill(1, m.start, m.end); };
  cover(found);
  for (const [a, b] of ctx.placeWords) covered.fill(1, a, b);
  const unknown = findUnknownNames(words, covered, places, agents);
  found = dropCovered([...found, ...extendTitles(unknown, words, agents, dict, doc.text, ctx.day)]);
  resolveLostGroupPossessives(found, words, ctx.day);
  cover(found);
  found.push(...linkCoreference(found, words, covered));
  linkLostPossessives(found, words);
  sortUnlessOrdered(found, (a, b) => a.start - b.start || b.end - a.end);
  linkPossessedMembers(found, words);
  linkMembersOfNamedGroup(found, words);

  const articleCountry = contextCountry(places, ctx.placeCountries, agents);
  const spokenOf = speakerCountries(found, words, agents);
  const stated = statedNationalities(found, words, places);
  const framed = framedCountries(found, words, places, agents);
  for (const m of found) {
    if (!m.contextSector || !m.actor) continue;
    const country = spokenOf.get(m) ?? stated.get(m) ?? framed.get(m) ?? articleCountry;
    if (country) {
      // A person keeps the id of their name; a party becomes the country's sector ('syrmil').
      const id = m.actor.kind === 'person' && m.source !== 'title' ? m.actor.id : `${country}${m.contextSector}`.toLowerCase();
      m.actor = { ...m.actor, id, code: country + m.contextSector, ...(agents.countryOf.get(country) ? { country: agents.countryOf.get(country) } : {}) };
      m.confidence = 0.5;
    }
  }

  giveRunnersCountry(found, words);
  giveIncludedUnitsCountry(found, words);
  codeEthnicMinorities(found, words, places, agents, articleCountry);
  followPlaceCountry(found, words, places, agents, dict);

  // Pronouns and offices linked to a person whose country was only now chosen take it too.
  for (const m of found) if (m.corefOf?.actor && (m.source === 'coref' || m.source === 'title')) m.actor = m.corefOf.actor;

  const index = new Map<FoundMention, number>();
  found.forEach((m, i) => index.set(m, i));
  return found.map((m) => {
    const span = { start: words[m.start].start, end: words[m.end - 1].end };
    const mention: ActorMention = { span, text: doc.text.slice(span.start, span.end), confidence: m.confidence };
    if (m.actor) mention.actor = m.actor;
    if (m.describes) mention.describes = m.describes;
    if (m.corefOf && index.has(m.corefOf)) mention.corefOf = index.get(m.corefOf);
    return mention;
  });
}

// The first words of both lexicons' phrases, built once for the loaded pair: most words of an
// article start no phrase, and one lookup here spares two in the lexicons' own indexes.
let starts: { dict: unknown; agents: unknown; words: Set<string> } | undefined;
function firstWordsOf(dict: PhraseLookup<unknown>, agents: PhraseLookup<unknown>): Set<string> | undefined {
  if (!(dict instanceof PhraseIndex) || !(agents instanceof PhraseIndex)) return undefined;
  if (starts?.dict !== dict || starts.agents !== agents) starts = { dict, agents, words: new Set([...dict.firstWords(), ...agents.firstWords()]) };
  return starts.words;
}

/** Stage: actor mentions, resolved against sitrep's actor dictionary (data/lexicons/actors-*.tsv). */
export const annotateActors = defineStage({
  name: 'annotateActors',
  needs: ['sentences', 'tokens', 'places'],
  adds: ['actors'],
  run: (doc, layers) => ({ actors: findActors(doc, layers) }),
});
