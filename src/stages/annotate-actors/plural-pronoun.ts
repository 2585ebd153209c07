import type { TextWord } from '../../lexicons/phrase-index.js';
import { foundMention, type FoundMention } from './found-mention.js';

/*
 * 'Al-Shabaab fighters stormed the village on Monday. They killed 12 soldiers': 'They' opening a sentence
 * with an active verb goes on with the subject of the sentence before, when that subject is a plural party
 * named at its start. Not a passive ('They were taken to hospital' are as often the victims) and not a
 * party named further into the sentence, which is more often an object, nor inside a quote.
 */

const PLURAL_KINDS = new Set(['rebels', 'military', 'police', 'armed-group', 'civilians']);
const PASSIVE_OR_STATE = new Set(['were', 'are', 'was', 'is', 'had', 'have', 'been']);
// Words that may stand before the subject at the start of its sentence: 'The', 'Hundreds of'.
const SUBJECT_REACH = 3;

export function linkPluralPronouns(found: readonly FoundMention[], words: readonly TextWord[], covered: Uint8Array): FoundMention[] {
  const added: FoundMention[] = [];
  let k = 0;
  for (let i = 0; i < words.length; i++) {
    if (words[i].key !== 'they' || !words[i].first || covered[i] || PASSIVE_OR_STATE.has(words[i + 1]?.key ?? '')) continue;
    // '"They started shooting," said a trader': a quoted witness's 'they' points to whom the witness saw, not to the text's subject.
    if (i > 0 && words[i - 1].sentence === words[i].sentence) continue;
    const previous = words[i].sentence - 1;
    while (k < found.length && words[found[k].start].sentence < previous) k++;
    const subject = found[k];
    if (!subject?.actor || words[subject.start].sentence !== previous) continue;
    let first = subject.start;
    while (first > 0 && words[first - 1].sentence === previous) first--;
    if (subject.start - first > SUBJECT_REACH || !pluralParty(subject, words)) continue;
    // The subject's verb follows it: 'fighters stormed', 'troops have seized'.
    const next = words[subject.end];
    if (!next || (next.pos !== 'VERB' && next.pos !== 'AUX')) continue;
    added.push(foundMention(i, i + 1, subject.actor, 0.5, 'coref', undefined, undefined, undefined, subject.corefOf ?? subject));
  }
  return added;
}

function pluralParty(m: FoundMention, words: readonly TextWord[]): boolean {
  const head = words[m.end - 1].key;
  return PLURAL_KINDS.has(m.actor?.kind ?? '') && head.endsWith('s') && !head.endsWith('ss');
}
