import type { Token } from '../../model/token.js';
import type { TriggerMatch } from './find-triggers.js';

// Verbs of forcing one's way in: the raid itself, whose purpose the next verb may tell.
const ENTRY_VERBS = new Set(['storm', 'raid']);
// Words that may stand between 'and' and the arrest verb ('and then detained', 'and later arrested').
const ADVERBS = new Set(['then', 'later', 'also', 'subsequently', 'promptly']);

function isArrestVerb(tokens: readonly Token[], m: TriggerMatch): boolean {
  return m.entry.type === 'COERCE' && m.entry.mode === 'arrest' && tokens[m.first].pos === 'VERB';
}

/** True when 'and' (perhaps with an adverb) is all that stands between `from` and `to` after some words of object. */
function joinedByAnd(tokens: readonly Token[], from: number, to: number): boolean {
  let i = to - 1;
  while (i >= from && ADVERBS.has(tokens[i].lower)) i--;
  if (i < from || tokens[i].lower !== 'and') return false;
  for (let k = from; k < i; k++) if (tokens[k].pos === 'VERB' || tokens[k].text === ';') return false;
  return true;
}

/**
 * 'Troops stormed the village and detained twenty men': a raid whose only told outcome is arrests is an
 * arrest operation (ACLED codes it as Arrests), one event; the storming verb is dropped for the arrest that
 * follows it in the same coordination. A sentence with another act of violence ('killing three') keeps it.
 */
export function withoutRaidsForArrests(tokens: readonly Token[], matches: readonly TriggerMatch[]): TriggerMatch[] {
  const arrest = matches.find((m) => isArrestVerb(tokens, m));
  if (!arrest) return matches as TriggerMatch[];
  const raid = (m: TriggerMatch) => m.entry.type === 'ASSAULT' && ENTRY_VERBS.has(tokens[m.first].lemma);
  if (matches.some((m) => m.entry.type === 'ASSAULT' && !raid(m))) return matches as TriggerMatch[];
  const joined = matches.some((m) => raid(m) && tokens[m.first].pos === 'VERB' && m.last < arrest.first && joinedByAnd(tokens, m.last, arrest.first));
  return matches.filter((m) => !(raid(m) && (joined || inRaids(tokens, arrest, m))));
}

/** 'arrested 20 men in house-to-house raids': the raids named after the arrest are how it was made. */
function inRaids(tokens: readonly Token[], arrest: TriggerMatch, m: TriggerMatch): boolean {
  if (m.first <= arrest.last || tokens[m.first].pos === 'VERB') return false;
  for (let i = m.first - 1; i >= Math.max(arrest.last, m.first - 6); i--) if (tokens[i].lower === 'in' || tokens[i].lower === 'during') return true;
  return false;
}
