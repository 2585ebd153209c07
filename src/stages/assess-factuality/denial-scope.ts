import type { Token } from '../../model/token.js';
import { SAYING_PARTICIPLES } from '../extract-events/link-content.js';

/*
 * 'The ministry denied that its forces had attacked the convoy, but said troops had clashed with gunmen
 * nearby': a denial covers the clause it governs. A contrast that opens a new clause ('…, but said', 'but
 * admitted') or a second verb of saying joined to the denial ('and said') ends it; the acts told after
 * that are what the speaker says, not what it denies.
 */

const SAYING = new Set(['said', 'says', 'added', 'acknowledged', 'admitted', 'confirmed', 'conceded', 'stated', 'told']);
const CLAUSE_OPENER = /^(VERB|AUX|PRON|DET|PROPN|NOUN)$/;

/** True when the denial whose cue ends at token `cueEnd` no longer covers the trigger at `trigger`. */
export function denialEnded(tokens: readonly Token[], cueEnd: number, trigger: number): boolean {
  for (let i = cueEnd; i < trigger; i++) {
    const t = tokens[i];
    if (t.text === ';') return true;
    // ', but the army said', 'but admitted': 'but' that opens a clause, not 'anyone but the attackers'.
    if (t.lower === 'but' && tokens[i - 1]?.text === ',' && CLAUSE_OPENER.test(tokens[i + 1]?.pos ?? '')) return true;
    if (t.lower === 'but' && (tokens[i + 1]?.pos === 'VERB' || tokens[i + 1]?.pos === 'AUX')) return true;
    if (t.lower === 'and' && SAYING.has(tokens[i + 1]?.lower ?? '')) return true;
    // 'denied that the town had fallen, saying fighting was going on': the participle tells what the speaker says instead.
    if (t.text === ',' && SAYING_PARTICIPLES.has(tokens[i + 1]?.lower ?? '')) return true;
  }
  return false;
}
