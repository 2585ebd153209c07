import type { Token } from '../../model/token.js';
import type { TriggerMatch } from './find-triggers.js';
import type { TriggerEntry } from './trigger-lexicon.js';

// Verbs that stop a weapon from being used ('police found two grenades', 'mines were cleared').
const DISRUPT_VERBS = new Set(['defuse', 'seize', 'recover', 'find', 'found', 'discover', 'dismantle', 'intercept', 'confiscate', 'neutralize',
  'neutralise', 'neutralised', 'neutralized', 'unearth', 'clear', 'remove', 'destroy', 'detonate', 'capture', 'impound', 'uncover', 'identify']);
// Words that name weapons or their stores; a disrupting verb near one codes 'Disrupted weapons use'.
const WEAPON_WORDS = /^(weapons?|arms|ammunitions?|munitions?|explosives?|(land)?mines?|ieds?|grenades?|pistols?|rifles?|guns?|firearms?|bullets|cartridges|rounds|shells|bombs?|devices?|missiles?|rockets?|mortars?|cache|caches|depots?|arsenal|detonators?|tnt|revolvers?|muskets?|carbines?)$/;
const WINDOW = 7;
const ED_ENDING = /ed$/;
// Devices that went off are attacks, not disrupted: 'the bomb exploded', 'killed by a device'.
const USED = /^(explod|kill|wound|injur|hit|target|blast|went)/;

const PREFIX = 'disrupt:';

/** Whether a trigger entry is one disruptedWeapons made ('disrupt:seize'). */
export function seizesWeapons(entry: TriggerEntry): boolean {
  return entry.pattern.startsWith(PREFIX);
}

const ENTRY = (pattern: string): TriggerEntry => ({
  pattern, words: [], type: 'COERCE', mode: 'seize', cameo: '171', acled: 'Disrupted weapons use', weight: 0.8, line: 0,
});

/**
 * Weapons found, seized, defused or cleared: a disrupting verb within a few tokens of a weapon word,
 * in either order ('seized eight guns', 'grenades were discovered'). The verb is the trigger.
 * Weapon words a disrupting verb governs are no attack: the caller drops their ASSAULT matches.
 */
export function disruptedWeapons(tokens: readonly Token[], start: number, end: number): { matches: TriggerMatch[]; covered: Set<number> } {
  const matches: TriggerMatch[] = [];
  const covered = new Set<number>();
  for (let i = start; i < end; i++) {
    const t = tokens[i];
    // The tagger calls a participle it does not know a noun ('Police neutralised/NOUN a device').
    const verb = t.pos === 'VERB' || t.pos === 'AUX' || (t.pos === 'NOUN' && ED_ENDING.test(t.lower));
    if (!verb || !DISRUPT_VERBS.has(t.lemma) && !DISRUPT_VERBS.has(t.lower)) continue;
    // 'detonated explosive vests' uses the weapon; only a passive detonation ('were detonated safely') disrupts it.
    if (t.lemma === 'detonate' && !/^(was|were|been)$/.test(tokens[i - 1]?.lower ?? '')) continue;
    const weapons: number[] = [];
    for (let j = Math.max(start, i - WINDOW); j < Math.min(end, i + WINDOW + 1); j++) {
      if (j === i || !WEAPON_WORDS.test(tokens[j].lower)) continue;
      // Before the verb the weapon must be its passive subject ('grenades were discovered').
      if (j < i && !/^(was|were|been|be|being|is|are)$/.test(tokens[i - 1]?.lower ?? '')) continue;
      const between = j < i ? tokens.slice(j + 1, i) : tokens.slice(i + 1, j);
      if (between.some((b) => USED.test(b.lower) || b.text === ';')) continue;
      weapons.push(j);
    }
    if (!weapons.length) continue;
    matches.push({ first: i, last: i + 1, entry: ENTRY(PREFIX + t.lemma) });
    covered.add(i);
    for (const j of weapons) covered.add(j);
  }
  return { matches, covered };
}

/** A weapon that was found or seized was not used, and the verb that found it is no capture of territory. */
export function overlapsDisrupted(m: TriggerMatch, covered: ReadonlySet<number>): boolean {
  if (m.entry.type !== 'ASSAULT' && !(m.entry.type === 'COERCE' && m.entry.mode === 'seize')) return false;
  for (let i = m.first; i < m.last; i++) if (covered.has(i)) return true;
  return false;
}
