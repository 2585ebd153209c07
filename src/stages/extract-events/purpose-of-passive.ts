import type { Token } from '../../model/token.js';
import type { TriggerMatch } from './find-triggers.js';
import { CLAUSE_MARK } from './clause-marks.js';

// Verbs whose passive is followed by what the thing was for: 'loudspeakers were used to urge', 'the strikes were
// executed to deny'. Not verbs that order or expect an act ('were forced to flee', 'is expected to meet'): their
// 'to' names an act someone must or will do.
const MEANS_VERBS = new Set(['use', 'employ', 'execute', 'conduct', 'launch', 'design', 'intend', 'mean', 'aim', 'build', 'create', 'establish']);
const PASSIVE_AUX = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being']);
/** How far back from the trigger the 'to' of the purpose may stand. */
const CHAIN = 12;

/**
 * A verb after 'to' that follows a passive of using or doing ('the strikes were executed to deny the group the
 * ability to move', 'loudspeakers were used to urge people to give blood') tells the purpose of that act, not an
 * act of its own.
 */
export function isPurposeOfPassive(tokens: readonly Token[], match: TriggerMatch, sentenceStart: number): boolean {
  if (tokens[match.first].pos !== 'VERB') return false;
  // The purpose may go on in a chain of infinitives: 'were used to urge people to head to hospitals to donate blood'.
  for (let at = match.first; at - 3 >= sentenceStart && at > match.first - CHAIN; at--) {
    const t = tokens[at - 1];
    if (t.pos === 'AUX' || CLAUSE_MARK.test(t.text)) return false;
    if (t.lower === 'to' && purposeAfter(tokens, at - 2, sentenceStart)) return true;
  }
  return false;
}

// 'were executed' or 'were carried out' ending at k, before a 'to'.
function purposeAfter(tokens: readonly Token[], k: number, sentenceStart: number): boolean {
  // 'carried out to', 'set up to': a particle of the participle.
  if (tokens[k].pos === 'ADP' && k - 1 >= sentenceStart && tokens[k - 1].lower.endsWith('ed')) k--;
  const participle = tokens[k];
  if (!MEANS_VERBS.has(participle.lemma) || !participle.lower.endsWith('ed')) return false;
  let j = k - 1;
  while (j >= sentenceStart && tokens[j].pos === 'ADV') j--;
  return j >= sentenceStart && PASSIVE_AUX.has(tokens[j].lower);
}
