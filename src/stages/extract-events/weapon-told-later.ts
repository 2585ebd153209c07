import type { Token, Sentence } from '../../model/token.js';
import type { EventMention } from '../../model/event-mention.js';
import { REMOTE_VIOLENCE, type AcledSubtype } from '../../model/event-types.js';

// ACLED codes remote violence by its weapon; a story often names the weapon only after the attack ('Police posts were hit
// by coordinated attacks. … the attacks were carried out with grenades'). A sentence that speaks of 'the attack(s)' again
// and names a weapon gives that weapon to the attack the classifier had to guess, told a sentence or two before.
const ANAPHORS = new Set(['attack', 'attacks', 'assault', 'assaults', 'raid', 'raids']);
const REACH = 2;

function speaksOfTheAttack(tokens: readonly Token[], sentence: Sentence): boolean {
  for (let i = sentence.tokenStart; i + 1 < sentence.tokenEnd; i++) {
    if ((tokens[i].lower === 'the' || tokens[i].lower === 'these') && ANAPHORS.has(tokens[i + 1].lower)) return true;
  }
  return false;
}

/** Gives an open attack the weapon a later sentence names for it (see the comment above). */
export function weaponToldLater(events: EventMention[], tokens: readonly Token[], sentences: readonly Sentence[]): void {
  // One pass finds the sentences that name a weapon for 'the attacks'; a second gives it to the attacks before them.
  const weaponOf = new Map<number, AcledSubtype>();
  for (const w of events) {
    if (w.type !== 'ASSAULT' || !w.acled || !REMOTE_VIOLENCE.has(w.acled) || w.rule.includes('classifier:') || weaponOf.has(w.sentence)) continue;
    if (speaksOfTheAttack(tokens, sentences[w.sentence])) weaponOf.set(w.sentence, w.acled);
  }
  if (!weaponOf.size) return;
  for (const e of events) {
    if (e.type !== 'ASSAULT' || e.contentOf !== undefined || !e.rule.includes('classifier:') || (e.acled && REMOTE_VIOLENCE.has(e.acled))) continue;
    let weapon: AcledSubtype | undefined;
    for (let s = e.sentence + 1; s <= e.sentence + REACH && !weapon; s++) weapon = weaponOf.get(s);
    if (!weapon) continue;
    e.acled = weapon;
    e.otherClass = undefined;
    e.rule += ' + weapon-told-later';
  }
}
