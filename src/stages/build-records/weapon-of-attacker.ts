import { dataPath } from '../../data-files/data-path.js';
import { readTsv } from '../../data-files/read-tsv.js';
import type { EventRecord } from '../../model/event-record.js';
import type { AcledSubtype } from '../../model/event-types.js';

interface Weapon {
  mode: string;
  acled: AcledSubtype;
}

let weapons: Map<string, Weapon> | undefined;

function attackerWeapons(): Map<string, Weapon> {
  weapons ??= new Map(readTsv(dataPath('lexicons', 'attacker-weapons.tsv')).map((row) => [row.word.toLowerCase(), { mode: row.mode, acled: row.acled as AcledSubtype }]));
  return weapons;
}

// Classes that say only that someone was attacked or fought, not with what: the attacker's means may tell.
const OPEN_CLASSES = new Set<string | undefined>([undefined, 'Attack', 'Armed clash']);

const POSSESSIVE_S = /['’]s\b/g;
const NOT_WORD = /[^a-z-]+/;

/** The weapon a mention of the attacker names by its last one or two words ('Russian jets', 'the Syrian air force'). */
export function weaponOf(text: string): Weapon | undefined {
  let weapon = weaponsOfNames.get(text);
  if (weapon === undefined) {
    const words = text.toLowerCase().replace(POSSESSIVE_S, '').split(NOT_WORD).filter(Boolean);
    const table = attackerWeapons();
    weapon = table.get(words.slice(-2).join(' ')) ?? table.get(words[words.length - 1] ?? '') ?? null;
    if (weaponsOfNames.size < MAX_NAMES) weaponsOfNames.set(text, weapon);
  }
  return weapon ?? undefined;
}

// Merging asks the weapon of each party of each pair of records: the answer for a party's words, once (null: none).
const weaponsOfNames = new Map<string, Weapon | null>();
const MAX_NAMES = 20_000;

/**
 * An attack whose verb does not say how ('killed', 'attacked', 'hit') takes the means of an attacker named
 * by its weapon: 'Russian jets killed 12 civilians' is an air strike, 'regime tanks shelled' shelling.
 * A class the trigger or the sentence already gave by its weapon (a car bomb, a shelling) stays.
 * Example: { acled: 'Attack', actors: [{ text: 'Russian jets' }] } → { acled: 'Air/drone strike', mode: 'aerial', … }
 */
export function weaponOfAttacker(record: EventRecord): void {
  if (record.type !== 'ASSAULT' || !OPEN_CLASSES.has(record.acled)) return;
  for (const actor of record.actors) {
    const weapon = weaponOf(actor.text);
    if (!weapon) continue;
    record.mode = weapon.mode;
    record.acled = weapon.acled;
    return;
  }
}
