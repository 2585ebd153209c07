import type { Token } from '../../model/token.js';
import type { TriggerMatch } from './find-triggers.js';

// A weapon word that names the weapon only ('missile', 'rockets'), not a word of attack ('missile strike', 'shelling').
// As the head of a longer trigger too: 'chemical weapons', 'a nerve agent'.
const WEAPON_WORDS = new Set(['missile', 'missiles', 'rocket', 'rockets', 'mortar', 'mortars', 'artillery', 'drone', 'drones', 'warplane', 'warplanes',
  'weapon', 'weapons', 'agent', 'agents']);
// Nouns a weapon word may qualify without any attack: 'missile data', 'the rocket programme', 'drone factories'.
const THING_HEADS = new Set(['data', 'programme', 'programmes', 'program', 'programs', 'defence', 'defences', 'defense', 'defenses', 'system', 'systems',
  'technology', 'technologies', 'launcher', 'launchers', 'factory', 'factories', 'plant', 'plants', 'deal', 'deals', 'contract', 'contracts', 'sale', 'sales',
  'capability', 'capabilities', 'arsenal', 'arsenals', 'stockpile', 'stockpiles', 'development', 'research', 'production', 'parts', 'components',
  'shield', 'umbrella', 'units', 'unit', 'batteries', 'battery', 'exports', 'imports', 'supplies', 'workshop', 'workshops', 'depot', 'depots', 'store', 'stores',
  // The people and bodies who deal with the weapon, and what is said of it: 'chemical weapons inspectors', 'weapons claims'.
  'inspector', 'inspectors', 'expert', 'experts', 'investigator', 'investigators', 'watchdog', 'watchdogs', 'specialist', 'specialists',
  'team', 'teams', 'mission', 'missions', 'convention', 'treaty', 'claim', 'claims', 'allegation', 'allegations', 'probe', 'inquiry']);
// Verbs that have, move or trade weapons: what they take is a thing, not an attack ('planned to deploy cruise missiles').
const HAVING_VERBS = new Set(['deploy', 'buy', 'purchase', 'acquire', 'sell', 'supply', 'deliver', 'develop', 'produce', 'manufacture', 'possess', 'own',
  'store', 'stockpile', 'send', 'ship', 'export', 'import', 'order', 'provide', 'transfer', 'give', 'build', 'smuggle', 'equip']);
const NOUN_PHRASE = /^(DET|ADJ|NUM|NOUN|PROPN|ADP)$/;
const REACH = 5;

/**
 * True when a weapon word names a weapon as a thing, not an attack: it qualifies another noun ('share missile data',
 * 'the drone programme') or is what a party has, moves or trades ('planned to deploy cruise missiles', 'has bought
 * dozens of rockets'). Fired, or hitting something, the weapon still tells the attack ('fired rockets at the base').
 */
export function isWeaponAsThing(tokens: readonly Token[], match: TriggerMatch, sentenceStart: number, sentenceEnd: number): boolean {
  if (match.entry.type !== 'ASSAULT' || !WEAPON_WORDS.has(tokens[match.last - 1].lower)) return false;
  const next = tokens[match.last];
  if (match.last < sentenceEnd && next && THING_HEADS.has(next.lower)) return true;
  for (let i = match.first - 1; i >= Math.max(sentenceStart, match.first - REACH); i--) {
    const t = tokens[i];
    if (HAVING_VERBS.has(t.lemma) && (t.pos === 'VERB' || t.lower.endsWith('ed'))) return true;
    if (!NOUN_PHRASE.test(t.pos)) return false;
  }
  return false;
}
