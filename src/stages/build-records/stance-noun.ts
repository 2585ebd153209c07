import type { EventRecord } from '../../model/event-record.js';
import type { Token } from '../../model/token.js';
import { firstTokenFrom } from '../token-index.js';
import { readTsv } from '../../data-files/read-tsv.js';
import { dataPath } from '../../data-files/data-path.js';

/** Verbs that give or declare support, of which the noun is the object (data/lexicons/support-verbs.tsv), loaded on first use. */
let givesSupport: ReadonlySet<string> | undefined;
const supportVerbs = () => (givesSupport ??= new Set(readTsv(dataPath('lexicons', 'support-verbs.tsv')).map((row) => row.word.toLowerCase())));
/** Words that may stand between that verb and the noun: 'its', 'their full', 'strong political'. */
const BETWEEN = 3;

/**
 * The noun 'support' ('weak support for any military action', 'comes under criticism over its support for Damascus',
 * 'expected the coalition to provide more air support for the operation') names a stance or what is asked, not an
 * act: it is a SUPPORT event only as the object of a verb that gives or declares it ('would continue its support
 * for the government', 'expressed support for the plan').
 */
export function isStanceNoun(r: EventRecord, tokens: readonly Token[]): boolean {
  if (r.type !== 'SUPPORT' || !/^support(?:\s+for)?$/i.test(r.triggerText)) return false;
  const at = firstTokenFrom(tokens, r.trigger.start);
  if (tokens[at]?.pos === 'VERB') return false;
  for (let i = at - 1; i >= Math.max(0, at - 1 - BETWEEN); i--) {
    if (supportVerbs().has(tokens[i].lower)) return false;
    if (tokens[i].pos === 'VERB' || tokens[i].pos === 'PUNCT') break;
  }
  return true;
}
