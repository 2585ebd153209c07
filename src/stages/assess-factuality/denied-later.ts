import type { Token } from '../../model/token.js';

// 'Local media reported that militants attacked the oil field, but the ministry said … there had been no
// attack': a later clause of the same sentence, after a contrast, says the act never was. The act is denied,
// whoever first reported it.

const CONTRAST = new Set(['but', 'however', 'although', 'though', 'while', 'whereas']);
const NO = new Set(['no', 'never']);
// Nouns that name any act of force, for an attack told by one word and denied by another ('shelled' … 'no attack').
const ATTACK_NOUNS = new Set(['attack', 'strike', 'airstrike', 'raid', 'assault', 'shelling', 'bombing', 'ambush', 'explosion', 'blast']);

/** True when, after a contrast later in its sentence, 'no' names the trigger's act again. */
export function deniedLater(tokens: readonly Token[], trigger: number, isAssault: boolean): boolean {
  const t = tokens[trigger];
  let contrast = false;
  for (let i = trigger + 1; i < tokens.length && tokens[i].sentence === t.sentence; i++) {
    const k = tokens[i];
    if (CONTRAST.has(k.lower)) contrast = true;
    if (!contrast || !NO.has(k.lower)) continue;
    for (let j = i + 1; j <= i + 2 && j < tokens.length && tokens[j].sentence === t.sentence; j++) {
      const n = tokens[j];
      if (n.pos !== 'NOUN' && n.pos !== 'VERB') continue;
      if (n.lemma === t.lemma || (isAssault && ATTACK_NOUNS.has(n.lemma))) return true;
    }
  }
  return false;
}
