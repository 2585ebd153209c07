import type { Token } from '../../model/token.js';
import type { EventMention } from '../../model/event-mention.js';
import { firstTokenFrom } from '../token-index.js';

// A missile fired at nobody is a show of force (CAMEO 15 'exhibit force posture'), not an attack on anyone:
// 'launched a ballistic missile into the sea', 'tested a new cruise missile'. Told by the weapon word alone,
// the trigger says only that a missile flew; the words around it say whether it was aimed at someone.

const MISSILE = /^(?:(?:ballistic|cruise|hypersonic)\s+)?(?:missiles?|rockets?)$/i;
// Testing words, within a few tokens of the missile ('tested a cruise missile', 'missile tests'). Firing or
// launching alone is how attacks are told too ('a rocket was launched from the strip'): only a test, or a path
// into the sea, says there was no target.
const TEST = /^(?:test(?:s|ed|ing)?|test-fir(?:e|es|ed|ing))$/;
const NEAR = 6;
// Words that give the missile a target or a harm: it was an attack after all.
const AIMED = /^(?:at|towards?|against|hit|hits|hitting|struck|strikes?|striking|land(?:s|ed|ing)?|kill\w*|wound\w*|injur\w*|damag\w*|destroy\w*|target\w*|intercept\w*|shot|casualt\w*|dead|victims?)$/;

/**
 * Retypes a missile test or a launch with no target as MOBILIZE (show of force): a test word beside
 * the missile, or 'into the sea' after it, and no word in its sentence that aims it at someone or tells harm.
 * Example: 'fired a missile into the sea off its east coast' ASSAULT → MOBILIZE.
 */
export function weaponsTests(events: EventMention[], tokens: readonly Token[]): void {
  for (const e of events) {
    if (e.type !== 'ASSAULT' || !MISSILE.test(e.triggerText)) continue;
    const at = firstTokenFrom(tokens, e.trigger.start);
    const t = tokens[at];
    if (!t) continue;
    let first = at;
    while (first > 0 && tokens[first - 1].sentence === t.sentence) first--;
    let last = at;
    while (last + 1 < tokens.length && tokens[last + 1].sentence === t.sentence) last++;
    let tested = false;
    let intoSea = false;
    let aimed = false;
    for (let i = first; i <= last; i++) {
      const w = tokens[i].lower;
      if (AIMED.test(w)) aimed = true;
      if (Math.abs(i - at) <= NEAR && TEST.test(w)) tested = true;
      if (i > at && w === 'into' && tokens[i + 2]?.lower === 'sea') intoSea = true;
    }
    if (aimed || !(tested || intoSea)) continue;
    Object.assign(e, { type: 'MOBILIZE', mode: 'weapons', cameo: '150', acled: undefined, otherClass: 'OTHER', rule: `${e.rule} + no target` });
  }
}
