import type { TextWord } from '../../lexicons/phrase-index.js';
import type { FoundMention } from './found-mention.js';

/** How far back 'including' may stand before the unit: 'including tank regiments and special forces'. */
const REACH = 6;

/**
 * 'The Turkish army massed on the border, including tank regiments and special forces': the units that a
 * list after 'including' names belong to the force before it, so a unit with no country of its own
 * (special forces -> MIL) takes that force's country (TURMIL). Only a state's military before it in the
 * sentence counts; with none, the unit stays generic. Runs on the mentions sorted by position.
 */
export function giveIncludedUnitsCountry(found: FoundMention[], words: readonly TextWord[]): void {
  for (let i = 1; i < found.length; i++) {
    const m = found[i];
    if (m.actor?.code !== 'MIL' || m.source !== 'agent') continue;
    const sentence = words[m.start].sentence;
    let including = -1;
    for (let k = m.start - 1; k >= 0 && k >= m.start - REACH && words[k].sentence === sentence; k--) {
      if (words[k].key === 'including') { including = k; break; }
    }
    if (including < 0) continue;
    // The nearest force before 'including' in the sentence, with a country of its own.
    let force: FoundMention | undefined;
    for (let j = i - 1; j >= 0 && words[found[j].start].sentence === sentence; j--) {
      const f = found[j];
      if (f.end <= including && f.actor?.country && f.actor.code.length === 6 && f.actor.code.endsWith('MIL')) { force = f; break; }
    }
    if (!force) continue;
    const country = force.actor!.code.slice(0, 3);
    m.actor = { ...m.actor, id: `${country}mil`.toLowerCase(), code: `${country}MIL`, country: force.actor!.country };
  }
}
