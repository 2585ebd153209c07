import type { Token } from '../../model/token.js';
import type { TriggerMatch } from './find-triggers.js';
import { CLAUSE_MARK } from './clause-marks.js';

const HARM_LEMMAS = new Set(['kill', 'wound', 'injure']);
const COPULAS = new Set(['is', 'are', 'was', 'were']);
const INCLUDE = new Set(['include', 'included', 'includes']);
/** Words of the participle's own phrase that may stand before the copula: 'killed in the military offensive were'. */
const REACH = 8;

/**
 * 'those killed were all relatives', 'those killed included 11 people', 'the militants killed in the offensive were
 * foreign nationals', 'hundreds of civilians killed is a conservative figure': a participle that names the victims
 * as the subject of 'be' or 'include' tells who they were, about an act told elsewhere, not an act of its own.
 * Where an act noun of the sentence stands in its phrase ('those killed in two air strikes included 14 children'),
 * the participle stays, grouped with that act, to tell its deaths.
 */
export function describesVictims(tokens: readonly Token[], match: TriggerMatch, sentenceStart: number, sentenceEnd: number,
  matches: readonly TriggerMatch[]): boolean {
  const first = tokens[match.first];
  if (match.entry.type !== 'ASSAULT' || match.last - match.first !== 1 || !HARM_LEMMAS.has(first.lemma) || !first.lower.endsWith('ed')) return false;
  if (match.first <= sentenceStart) return false;
  const before = tokens[match.first - 1];
  if (before.lower !== 'those' && before.pos !== 'NOUN' && before.pos !== 'PROPN') return false;
  // An object after it makes it the active verb: 'the strike killed five people who were …'.
  const next = match.last < sentenceEnd ? tokens[match.last] : undefined;
  if (!next || !(next.pos === 'ADP' || next.pos === 'ADV' || COPULAS.has(next.lower) || INCLUDE.has(next.lower))) return false;
  for (let i = match.last; i < Math.min(sentenceEnd, match.last + REACH); i++) {
    const t = tokens[i];
    if (CLAUSE_MARK.test(t.text)) return false;
    if (INCLUDE.has(t.lower)) return !actInPhrase(matches, match, i);
    // A passive of another verb after the copula ('were buried') tells an act done to them: leave it to the main verb.
    if (COPULAS.has(t.lower)) return i + 1 < sentenceEnd && !(tokens[i + 1].pos === 'VERB' && tokens[i + 1].lower.endsWith('ed')) && !actInPhrase(matches, match, i);
    if (t.pos === 'VERB' || t.pos === 'AUX' || t.pos === 'PRON') return false;
  }
  return false;
}

// 'killed in two air strikes were': an act of force named between the participle and its copula.
function actInPhrase(matches: readonly TriggerMatch[], match: TriggerMatch, copula: number): boolean {
  return matches.some((m) => m !== match && m.entry.type === 'ASSAULT' && m.first >= match.last && m.first < copula);
}
