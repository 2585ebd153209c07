import type { Token } from '../../model/token.js';
import type { TriggerMatch } from './find-triggers.js';
import { itemAt } from '../item-at.js';

// Module constants: a regex literal inside a function is a new RegExp object each time it is reached.
const NOMINAL_TAG = /^(NOUN|PROPN|ADJ)$/;
const NOUN_TAG = /^(NOUN|PROPN)$/;
const SCENE_TYPE = /^(ASSAULT|PROTEST|COERCE)$/;

/** A trigger whose last word is a noun or adjective names an act ('the attack') rather than telling it. */
export function isNominal(tokens: readonly Token[], m: TriggerMatch): boolean {
  return NOMINAL_TAG.test(tokens[m.last - 1].pos);
}

// A noun after 'in', 'amid' or 'despite' sets the scene of the sentence's event ('took the town in fierce
// clashes', 'talks started despite the air strikes'); a clause opened by 'when' or 'after' tells what led
// to it. The sentence is about its main clause's event, so these rank below it.
const SCENE_PREPS = new Set(['in', 'during', 'amid', 'amidst', 'despite', 'following', 'after', 'since', 'before', 'over', 'against', 'for']);
const SUBORDINATORS = new Set(['when', 'after', 'as', 'since', 'because', 'while', 'before', 'until', 'following', 'where', 'which', 'who', 'whom', 'that', 'unless', 'if']);
const MODIFIERS = /^(DET|ADJ|NUM|ADV|PROPN|NOUN|PRON)$/;
const SCENE_PENALTY = 0.12;
const SUBORDINATE_PENALTY = 0.15;
// A relative clause ('whom they had taken hostage', 'which killed 12') describes a party or a thing the main clause
// names: what it tells is background, more surely than what a 'when' or 'after' clause tells.
const RELATIVE_PENALTY = 0.35;
const RELATIVE_PRONOUNS = new Set(['which', 'who', 'whom']);
// A participle right after a noun is a relative clause without its pronoun ('a base hosting US troops'); one after
// 'for', 'of' or 'by' is a gerund that says why or how ('wanted for supporting the opposition'): background both.
// After a noun of speech the participle is what was said ('a declaration demanding', 'a statement condemning'): the act itself.
const GERUND_PREPS = new Set(['for', 'of', 'by']);
const SPEECH_NOUNS = new Set(['statement', 'statements', 'declaration', 'resolution', 'letter', 'communique', 'communiqué', 'message', 'decree', 'speech', 'appeal', 'petition', 'video', 'note', 'report', 'post', 'tweet', 'motion', 'bill']);

// 'said that', 'said on Wednesday that': a verb shortly before 'that' takes it as its object clause.
function opensWhatIsSaid(tokens: readonly Token[], that: number, sentenceStart: number): boolean {
  if (that > sentenceStart && !NOUN_TAG.test(tokens[that - 1].pos)) return true;
  for (let i = that - 1; i >= Math.max(sentenceStart, that - 4); i--) if (tokens[i].pos === 'VERB') return true;
  return false;
}

/** How far a trigger ranks below the main clause's event: a scene set by a preposition, a subordinate clause. */
export function backgroundPenalty(tokens: readonly Token[], match: TriggerMatch, sentenceStart: number): number {
  if (isNominal(tokens, match)) {
    let i = match.first - 1;
    for (; i >= Math.max(sentenceStart, match.first - 4); i--) {
      // Meetings and statements are dated and merged by the records stage on their own terms: only acts of force set a scene.
      if (SCENE_PREPS.has(tokens[i].lower)) return SCENE_TYPE.test(match.entry.type) ? SCENE_PENALTY : 0;
      if (!MODIFIERS.test(tokens[i].pos) && tokens[i].text !== '-') break;
    }
    // The object of a verb ('whom they had taken hostage', 'unless he arranged a ceasefire') is as subordinate as the verb.
    // Not a participle joined by a hyphen, which is a word of the noun's name ('a rocket-propelled grenade').
    return i >= sentenceStart && tokens[i].pos === 'VERB' && itemAt(tokens, i - 1)?.text !== '-' ? subordinatePenalty(tokens, i, sentenceStart) : 0;
  }
  return subordinatePenalty(tokens, match.first, sentenceStart);
}

/**
 * True when a trigger stands in a relative clause, with or without its pronoun ('an aid worker who was kidnapped in
 * 2013', 'a journalist kidnapped in the north'): it describes a party the main clause names.
 */
export function inRelativeClause(tokens: readonly Token[], match: TriggerMatch, sentenceStart: number): boolean {
  return backgroundPenalty(tokens, match, sentenceStart) >= RELATIVE_PENALTY;
}

// A verb in a clause opened by 'when', 'as', 'unless' or a relative pronoun tells what surrounds the main event.
function subordinatePenalty(tokens: readonly Token[], verb: number, sentenceStart: number): number {
  const before = verb > sentenceStart ? tokens[verb - 1] : undefined;
  if (before && tokens[verb].lower.endsWith('ing') && ((/^(NOUN|PROPN)$/.test(before.pos) && !SPEECH_NOUNS.has(before.lower)) || GERUND_PREPS.has(before.lower))) return RELATIVE_PENALTY;
  if (isPassiveRelative(tokens, verb, sentenceStart)) return RELATIVE_PENALTY;
  for (let i = verb - 1; i >= Math.max(sentenceStart, verb - 6); i--) {
    if (tokens[i].text === ',' || tokens[i].pos === 'VERB') break;
    // 'said that X must': 'that' after a verb opens what is said, not a relative clause.
    if (tokens[i].lower === 'that' && opensWhatIsSaid(tokens, i, sentenceStart)) return 0;
    if (SUBORDINATORS.has(tokens[i].lower) && (tokens[i].pos === 'SCONJ' || tokens[i].pos === 'ADP' || tokens[i].pos === 'PRON' || tokens[i].pos === 'ADV')) {
      return RELATIVE_PRONOUNS.has(tokens[i].lower) ? RELATIVE_PENALTY : SUBORDINATE_PENALTY;
    }
  }
  return 0;
}

// 'blamed for', 'accused of', 'blamed on' with nothing between: the active verb would need its object there, so the
// participle is passive. With no 'was' before it and a noun that is itself an object ('the chief of the group blamed
// for the bombing', 'after the man accused of spying'), it is a relative clause without its pronoun: it describes the noun.
const PASSIVE_PREPS = new Set(['for', 'of', 'on']);
// 'in' only after a verb that cannot stand without its object ('executed an aid worker kidnapped in the north'):
// 'hundreds of students rallied in the capital' is a subject and its verb.
const OBJECT_VERBS = new Set(['kidnap', 'abduct', 'arrest', 'detain', 'capture', 'kill', 'wound', 'injure', 'execute', 'behead', 'seize', 'imprison', 'jail']);
const OBJECT_OPENERS = /^(ADP|VERB)$/;

function isPassiveRelative(tokens: readonly Token[], verb: number, sentenceStart: number): boolean {
  const prep = tokens[verb + 1]?.lower ?? '';
  if (!tokens[verb].lower.endsWith('ed') || !(PASSIVE_PREPS.has(prep) || (prep === 'in' && OBJECT_VERBS.has(tokens[verb].lemma)))) return false;
  let i = verb - 1;
  if (i < sentenceStart || !NOUN_TAG.test(tokens[i].pos)) return false;
  while (i >= sentenceStart && MODIFIERS.test(tokens[i].pos) && tokens[i].pos !== 'PRON' && tokens[i].pos !== 'ADV') i--;
  return i >= sentenceStart && (OBJECT_OPENERS.test(tokens[i].pos) || tokens[i].text === ',');
}
