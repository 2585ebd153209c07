import type { TextWord, PhraseLookup } from '../../lexicons/phrase-index.js';
import type { ActorEntry } from '../../lexicons/actor-entry.js';

/**
 * Text copied from some sites loses its apostrophes: "Assad's forces" comes as 'Assads forces',
 * "Russia's air force" as 'Russias air force'. A capitalised word that is a state's or a person's
 * name plus 's', before the noun it owns, is read as the name and "'s", as the lexicons expect.
 * Example: words of 'Assads forces' → 'Assad', "'s", 'forces'
 */
export function splitLostPossessives(words: TextWord[], dict: PhraseLookup<ActorEntry[]>): TextWord[] {
  let out: TextWord[] | undefined;
  for (let i = 0; i < words.length; i++) {
    const w = words[i];
    const split = w.capital && w.key.length >= 5 && w.key.endsWith('s') && !w.key.endsWith('ss') && ownsNext(words, i) ? possessive(w, dict) : undefined;
    if (split) (out ??= words.slice(0, i)).push(...split);
    else out?.push(w);
  }
  return out ?? words;
}

// The possessed noun follows in the same sentence: 'Assads forces', 'Syrias economic capital'.
function ownsNext(words: readonly TextWord[], i: number): boolean {
  const next = words[i + 1];
  return next !== undefined && next.sentence === words[i].sentence && /^(NOUN|PROPN|ADJ)$/.test(next.pos);
}

function possessive(w: TextWord, dict: PhraseLookup<ActorEntry[]>): TextWord[] | undefined {
  const stem: TextWord = { ...w, key: w.key.slice(0, -1), text: w.text.slice(0, -1), end: w.end - 1 };
  // Only a whole one-word name of a state or a person: 'Kurds' is no one's 'Kurd'.
  const named = dict.matchesAt([stem], 0).some((m) => m.end === 1 && m.phrase.value.some((e) => e.kind === 'state' || e.kind === 'person'));
  if (!named) return undefined;
  return [stem, { ...w, key: "'s", text: w.text.slice(-1), start: w.end - 1, first: false, pos: 'PART', upper: false, capital: false }];
}
