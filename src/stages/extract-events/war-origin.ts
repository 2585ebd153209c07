import type { Token } from '../../model/token.js';
import type { TriggerMatch } from './find-triggers.js';

// The words that name a whole war as the subject of its start: 'since the conflict began … with protests'.
const WAR_WORDS = new Set(['war', 'conflict', 'uprising', 'revolution', 'revolt', 'insurgency', 'crisis', 'unrest']);
// 'began', 'started', 'erupted', 'broke out', and the bare participles of 'since erupting in 2011 with …'.
const START_LEMMAS = new Set(['begin', 'start', 'erupt', 'break']);
const START_FORMS = new Set(['erupting', 'beginning', 'starting', 'breaking']);
/** Words between 'with' and the event noun: 'with the violent suppression of student protests'. */
const REACH_TO_WITH = 7;
/** Words between the start verb and 'with': 'broke out in March 2011 with'. */
const REACH_TO_START = 6;
/** Words between the war word and its start verb: "Syria's war, which has killed 300,000 since erupting". */
const REACH_TO_WAR = 14;

/**
 * An event noun in the 'with' phrase of a war's start ('since the conflict began in March 2011 with
 * anti-government protests', 'the war started with the repression of protests') tells how the whole war
 * began, years before the story: background that annotators leave out, never an event of the news.
 */
export function isWarOrigin(tokens: readonly Token[], match: TriggerMatch, sentenceStart: number): boolean {
  if (tokens[match.first].pos === 'VERB') return false;
  let withAt = -1;
  for (let i = match.first - 1; i >= Math.max(sentenceStart, match.first - REACH_TO_WITH); i--) {
    const t = tokens[i];
    if (t.lower === 'with') { withAt = i; break; }
    if (t.pos === 'VERB' || t.pos === 'AUX' || (t.pos === 'PUNCT' && t.text !== '-')) return false;
  }
  if (withAt < 0) return false;
  for (let i = withAt - 1; i >= Math.max(sentenceStart, withAt - REACH_TO_START); i--) {
    const t = tokens[i];
    if (!START_LEMMAS.has(t.lemma) && !START_FORMS.has(t.lower)) continue;
    for (let j = i - 1; j >= Math.max(sentenceStart, i - REACH_TO_WAR); j--) if (WAR_WORDS.has(tokens[j].lower)) return true;
    return false;
  }
  return false;
}
