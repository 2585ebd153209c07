import type { Token } from '../../model/token.js';
import type { TriggerMatch } from './find-triggers.js';

// The words that name a whole war: 'the Syrian war', 'the conflict', 'the uprising'.
const WAR_WORDS = new Set(['war', 'conflict', 'uprising', 'revolution', 'revolt', 'insurgency', 'crisis', 'unrest', 'violence']);
// What ties the war to how it began: 'began', 'erupted', 'broke out', 'was sparked', or a clause of time or manner
// ('the uprising in 2011 when …', 'the war that began as protests', 'gripped by violence since the crackdown').
const START_LEMMAS = new Set(['begin', 'start', 'erupt', 'break', 'spark', 'trigger']);
const LINKS = new Set(['when', 'as', 'since', 'with']);
/** How far before the protest the war word may stand: 'The conflict began when the regime, in power since 1963, responded … to protests'. */
const REACH = 25;
const SENTENCE_BREAK = /^[;:.!?]$/;
const YEAR = /^(19|20)\d\d$/;
const finiteVerb = (t: Token | undefined) => t !== undefined && t.pos === 'VERB' && !t.lower.endsWith('ing');

/**
 * Protests, and what protesters demanded, in a sentence that tells how the whole war began ('the war that began in
 * 2011 as anti-regime protests', 'the conflict began when the regime responded with force to peaceful protests
 * demanding reform', 'the cradle of the uprising in 2011 when demonstrators took to the streets to call for the
 * president's ouster': the demand) are the war's origin, years before the story: background, not an event of the news. The
 * sentence must name the year, as such background does.
 */
export function isWarStartProtest(tokens: readonly Token[], match: TriggerMatch, sentenceStart: number, sentenceEnd: number): boolean {
  // Only the protests and their demands: the crackdown that answered them ('launched a crackdown in response to
  // protests in 2011') is background an annotator may well record.
  if (match.entry.type !== 'PROTEST' && match.entry.type !== 'REQUEST') return false;
  // 'when students marched', 'when demonstrators took to the streets': a protest told by a clause of its own is told,
  // however long ago; only the noun ('as protests', 'to peaceful protests demanding reform') names the origin.
  if (match.entry.type === 'PROTEST' && (tokens[match.first].pos === 'VERB' || finiteVerb(tokens[match.last]))) return false;
  let war = -1;
  for (let i = match.first - 1; i >= Math.max(sentenceStart, match.first - REACH); i--) {
    if (SENTENCE_BREAK.test(tokens[i].text)) break;
    if (WAR_WORDS.has(tokens[i].lower)) { war = i; break; }
  }
  if (war < 0) return false;
  let tied = false;
  for (let i = war + 1; i < match.first && !tied; i++) tied = START_LEMMAS.has(tokens[i].lemma) || LINKS.has(tokens[i].lower);
  if (!tied) return false;
  for (let i = sentenceStart; i < sentenceEnd; i++) if (YEAR.test(tokens[i].text)) return true;
  return false;
}
