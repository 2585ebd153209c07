import type { Token } from '../../model/token.js';
import type { GazetteerPlace } from '../../gazetteer/gazetteer-place.js';
import { placeCues } from './place-cues.js';
import { itemAt } from '../item-at.js';

const AUXILIARIES = new Set(['has', 'have', 'had', 'is', 'was', 'will', 'would', 'may', 'might', 'could', 'should', 'did', 'does', 'also', 'has also', 'had also', 'then', 'later', 'now']);

/**
 * A capital is used for its government when it is the subject of a verb of saying or deciding:
 * 'Moscow said', 'Washington has asked', 'Ankara would reject'; or when a word of backing or
 * command is joined to it: 'the Tehran-backed militia', 'Moscow-led talks'; or when a noun of government
 * follows it: 'its Damascus ally', 'the Tehran government'. Its place is still
 * recorded, so that a map can choose to skip it. `located`: the text cues the name as a place ('in Algiers').
 */
export function isMetonymic(tokens: Token[], last: number, place: GazetteerPlace, located = false): boolean {
  // 'marched in the capital city of Algiers demanding …': a name after a preposition of place is no subject.
  return place.kind === 'PPLC' && ((!located && speaksAfter(tokens, last)) || backedBy(tokens, last) || governmentAfter(tokens, last));
}

/** True when a noun of government follows the name in the same sentence: 'its Damascus ally', 'the Kiev authorities'. */
function governmentAfter(tokens: Token[], last: number): boolean {
  const next = tokens[last + 1];
  return next !== undefined && next.sentence === tokens[last].sentence && placeCues().has('government', next.lower);
}

/** True when '-backed', '-led' … is joined to the name, with no space on either side of the hyphen. */
function backedBy(tokens: Token[], last: number): boolean {
  const hyphen = itemAt(tokens, last + 1);
  const word = itemAt(tokens, last + 2);
  return hyphen?.text === '-' && word !== undefined && hyphen.start === tokens[last].end && word.start === hyphen.end && placeCues().has('backing', word.lower);
}

/** True when a verb of saying or deciding follows the name as its subject ('Moscow has asked'). */
export function speaksAfter(tokens: Token[], last: number): boolean {
  const cues = placeCues();
  let i = last + 1;
  // "Washington, which ..., said" is rarer than "Washington has said"; read past two auxiliaries only.
  for (let skipped = 0; i < tokens.length && skipped < 2 && AUXILIARIES.has(tokens[i].lower); skipped++) i++;
  const verb = itemAt(tokens, i);
  if (!verb || tokens[i].sentence !== tokens[last].sentence) return false;
  return (verb.pos === 'VERB' || verb.pos === 'AUX') && cues.has('speech-verb', verb.lemma);
}
