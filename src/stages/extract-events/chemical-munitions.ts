import type { EventMention } from '../../model/event-mention.js';

// The munitions a story may later say carried gas.
const MUNITION = /^(shell|mortar|rocket|missile|bomb|projectile)/;
// How many sentences apart the firing and the gas are told ('fired shells into the city … the shells contained chlorine').
const REACH = 2;

/**
 * Shells or rockets the story later says carried gas were a chemical attack: the firing told a sentence or two
 * before or after takes the chemical class, when both name the same munition.
 * Example: ['fired shells' Shelling (sentence 0), 'the shells contained poisonous gas' Chemical weapon (sentence 1)]
 * → the firing is 'Chemical weapon' too.
 */
export function chemicalMunitions(events: EventMention[]): void {
  const chemical = events.filter((e) => e.acled === 'Chemical weapon' && e.contentOf === undefined);
  if (!chemical.length) return;
  for (const e of events) {
    if (e.type !== 'ASSAULT' || e.contentOf !== undefined || e.acled === 'Chemical weapon') continue;
    if (e.acled !== 'Shelling/artillery/missile attack' && e.acled !== 'Air/drone strike') continue;
    const munition = munitionOf(e.triggerText);
    if (!munition) continue;
    if (!chemical.some((c) => Math.abs(c.sentence - e.sentence) <= REACH && munitionOf(c.triggerText) === munition)) continue;
    e.acled = 'Chemical weapon';
    e.rule += ' + gas-munition';
  }
}

function munitionOf(text: string): string | undefined {
  for (const word of text.toLowerCase().split(/\s+/)) {
    const m = MUNITION.exec(word);
    if (m) return m[1];
  }
  return undefined;
}
