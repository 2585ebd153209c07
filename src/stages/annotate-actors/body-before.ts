import type { TextWord } from '../../lexicons/phrase-index.js';
import type { ActorDictionary } from '../../lexicons/actor-dictionary.js';
import type { ActorEntry } from '../../lexicons/actor-entry.js';

/** The name of an international or non-governmental body before a word. Example: { start: 4, code: 'IGOUNO', entry } for 'U.N.' */
export interface BodyWord { start: number; code: string; entry: ActorEntry }

const BODIES = new Set(['igo', 'ngo']);

/** Where the name of an international or non-governmental body that ends at `end` starts, with its code. */
export function bodyEndingAt(words: readonly TextWord[], end: number, dict: ActorDictionary): BodyWord | undefined {
  for (let start = Math.max(0, end - 6); start < end; start++) {
    for (const m of dict.index.matchesAt(words, start)) {
      const entry = m.end === end ? m.phrase.value.find((e) => BODIES.has(e.kind)) : undefined;
      if (entry && words[start].sentence === words[end]?.sentence) return { start, code: entry.code, entry };
    }
  }
  return undefined;
}

/**
 * The body whose possessive or name stands right before `at` ("the UN's Syria envoy", 'UN Syria envoy'): a
 * country after it names the post's field, and the office holder speaks for the body.
 */
export function bodyOwnerBefore(words: readonly TextWord[], at: number, dict: ActorDictionary): BodyWord | undefined {
  if (at > 0 && words[at - 1].key === "'s" && words[at - 1].sentence === words[at]?.sentence) return bodyEndingAt(words, at - 1, dict);
  return bodyEndingAt(words, at, dict);
}
