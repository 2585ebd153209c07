import type { Token } from '../../model/token.js';
import type { TriggerMatch } from './find-triggers.js';
import type { TriggerEntry } from './trigger-lexicon.js';

const BODY_WORDS = new Set(['body', 'bodies', 'corpse', 'corpses']);
// Verbs that tell bodies turning up, not bodies carried away after an attack already told ('pulled eight bodies from').
const FOUND_VERBS = new Set(['find', 'found', 'discover', 'dump', 'exhume', 'unearth', 'wash']);
const PASSIVE = new Set(['was', 'were', 'been', 'be', 'being', 'is', 'are']);
// Bodies in the ruins are the toll of a strike or a collapse, told by its own trigger.
const RUINS = new Set(['rubble', 'debris', 'wreckage', 'ruins']);
const AFTER = 8;
const BEFORE = 4;

const ENTRY: TriggerEntry = { pattern: 'bodies found', words: [], type: 'ASSAULT', cameo: '180', acled: 'Attack', weight: 0.6, line: 0 };

function foundVerb(t: Token): boolean {
  return (t.pos === 'VERB' || t.lower.endsWith('ed') || t.lower === 'found') && (FOUND_VERBS.has(t.lemma) || FOUND_VERBS.has(t.lower));
}

// 'The bodies of nine villagers were found', 'found the bodies of four men': the body word and its finding verb.
function isFound(tokens: readonly Token[], at: number, start: number, end: number): boolean {
  for (let j = at + 1; j < Math.min(end, at + AFTER); j++) {
    if (tokens[j].text === ';' || tokens[j].text === ',') break;
    if (foundVerb(tokens[j])) return PASSIVE.has(tokens[j - 1].lower);
  }
  for (let j = at - 1; j >= Math.max(start, at - BEFORE); j--) {
    if (foundVerb(tokens[j])) return true;
    if (tokens[j].pos === 'VERB' || tokens[j].text === ',') return false;
  }
  return false;
}

/**
 * Bodies found with no attack told in the sentence ('the bodies of at least seven civilians had been found in the
 * bush'): a killing known by its aftermath, an attack whose attacker may be unknown. The body word is the trigger.
 * Bodies pulled from rubble, or found where the sentence tells the attack, are that attack's toll.
 */
export function foundBodies(tokens: readonly Token[], start: number, end: number, triggers: readonly TriggerMatch[]): TriggerMatch[] {
  if (triggers.some((m) => m.entry.type === 'ASSAULT')) return [];
  for (let i = start; i < end; i++) {
    if (!BODY_WORDS.has(tokens[i].lower) || !isFound(tokens, i, start, end)) continue;
    for (let j = start; j < end; j++) if (RUINS.has(tokens[j].lower)) return [];
    return [{ first: i, last: i + 1, entry: ENTRY }];
  }
  return [];
}
