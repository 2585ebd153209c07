import type { Token } from '../../model/token.js';
import type { TriggerMatch } from './find-triggers.js';

// Nouns whose 'on'/'about' phrase names what they are about: 'talks on a peace treaty', 'negotiations about a truce'.
const TALK_NOUNS = new Set(['talks', 'negotiations', 'discussions', 'consultations', 'meeting', 'meetings', 'summit', 'conference',
  'vote', 'progress', 'work', 'proposal', 'proposals', 'draft', 'plan', 'dialogue']);
const TOPIC_PREPOSITIONS = new Set(['on', 'about', 'toward', 'towards']);
// A verb that settles what the talks are about tells the agreement: 'agreed with the army on a ceasefire'.
const SETTLE_VERBS = new Set(['agree', 'sign', 'reach', 'strike', 'broker', 'settle', 'conclude', 'seal', 'ratify', 'announce', 'declare', 'finalize', 'finalise']);
const NOUN_PHRASE = /^(DET|ADJ|NOUN|PROPN|NUM)$/;
const TALK_REACH = 10;

/**
 * True when an agreement or truce noun is only the topic of talks ('talks hosted by the chancellor on a peace treaty',
 * 'negotiations on a ceasefire stalled'): what the parties talk about has not been agreed. A verb that settles
 * it ('agreed on a ceasefire', 'signed a treaty') keeps it.
 */
export function isTopicOfTalks(tokens: readonly Token[], match: TriggerMatch, sentenceStart: number): boolean {
  if (match.entry.type !== 'AGREE' && match.entry.mode !== 'ceasefire') return false;
  if (tokens[match.first].pos === 'VERB') return false;
  let i = match.first - 1;
  while (i >= sentenceStart && match.first - i <= 5 && (NOUN_PHRASE.test(tokens[i].pos) || tokens[i].text === '-')) i--;
  if (i < sentenceStart || !TOPIC_PREPOSITIONS.has(tokens[i].lower)) return false;
  let talk = false;
  for (let j = i - 1; j >= Math.max(sentenceStart, i - TALK_REACH); j--) {
    if (SETTLE_VERBS.has(tokens[j].lemma) && tokens[j].pos === 'VERB') return false;
    if (TALK_NOUNS.has(tokens[j].lower)) talk = true;
  }
  return talk;
}
