import type { EventRecord, Participant } from '../../model/event-record.js';
import type { Figure } from '../../model/fatalities.js';

/** Figure categories that count civilians: whoever they are, they suffered the attack. */
const CIVILIAN_CATEGORIES = ['civilian', 'children', 'women'] as const;

/** The noun a civilian count is made of, a word or two after the number ('56 civilians', '13 more children'). */
const VICTIM_NOUN = /^\s+(?:(?:more|other|others|further|innocent|unarmed|local|syrian|iraqi|afghan|yemeni|palestinian)\s+)?(civilians?|people|persons?|children|child|kids|women|woman|girls?|boys?|citizens|residents|villagers|inhabitants|students|pupils|worshippers|passengers|patients|refugees|family members)\b/i;

/** Weapons that hit an area rather than a foe in a fight: their unnamed dead are the people who live there. */
const AIMED_AT_AREAS = new Set(['Air/drone strike', 'Shelling/artillery/missile attack', 'Remote explosive/landmine/IED', 'Suicide bomb', 'Grenade', 'Chemical weapon', 'Attack']);

/** Parties that only say who holds a place ('regime-held districts'): not the side the attack hit when its victims are counted. */
const HOLDER = /^-(?:held|controlled|run|besieged)\b/i;

/**
 * An attack whose toll counts civilians hit civilians: when no recipient says so, the counted people
 * become one ('resulted in 56 civilians dying', 'wounding at least 10 civilians in three neighbourhoods'),
 * with the noun of the count as evidence; a party that only holds the place hit gives way to them.
 * Changes nothing when the count has no such noun, or a civilian recipient is already there.
 * Example: recipients [] + fatalities.civilian [{ text: '56', … }] → recipients [{ text: 'civilians', actor: { code: 'CVL', … } }]
 */
export function victimsAreRecipients(record: EventRecord, text: string): void {
  if (record.type !== 'ASSAULT') return;
  civiliansAreNoAuthors(record);
  // One mention is never both sides ('terrorist rocket attacks' read as who fired and who was hit).
  record.recipients = record.recipients.filter((r) => !record.actors.some((a) => a.evidence.start === r.evidence.start && a.evidence.end === r.evidence.end));
  if (record.recipients.some((p) => p.actor?.kind === 'civilians' || /CVL$/.test(p.actor?.code ?? ''))) {
    record.recipients = record.recipients.filter((p) => !namesTheScene(p, record));
    return;
  }
  const figures: Figure[] = [];
  for (const table of [record.fatalities, record.injured]) for (const category of CIVILIAN_CATEGORIES) figures.push(...(table?.[category] ?? []));
  // People killed by shells, rockets, bombs or strikes on a place are its residents ('Seven people were killed … in rocket attacks on the neighbourhoods').
  if (AIMED_AT_AREAS.has(record.acled ?? '') && record.recipients.length === 0) {
    for (const table of [record.fatalities, record.injured]) figures.push(...(table?.unspecified ?? []));
  }
  figures.sort((a, b) => a.evidence.start - b.evidence.start);
  for (const figure of figures) {
    const noun = VICTIM_NOUN.exec(text.slice(figure.evidence.end, figure.evidence.end + 40));
    if (!noun) continue;
    const start = figure.evidence.end + noun.index + noun[0].length - noun[1].length;
    const victims: Participant = {
      text: noun[1],
      evidence: { start, end: start + noun[1].length },
      actor: { id: 'cvl', name: 'civilians', code: 'CVL', kind: 'civilians' },
    };
    record.recipients = [...record.recipients.filter((p) => !HOLDER.test(text.slice(p.evidence.end, p.evidence.end + 12)) && !namesTheScene(p, record)), victims];
    return;
  }
}

/** A party of unnamed people: civilians, residents, children, a country's civilians (CVL, SYRCVL). */
const isCivilians = (p: Participant) => /CVL$/.test(p.actor?.code ?? '');

/**
 * Civilians never author an attack: unnamed people read as its actor ('struck wells where civilians had gathered',
 * a headline's 'Shells Kill Three Children') are among whom it hit, so they join its recipients.
 * Example: actors [civilians (CVL)], recipients [] → actors [], recipients [civilians (CVL)]
 */
function civiliansAreNoAuthors(record: EventRecord): void {
  const people = record.actors.filter(isCivilians);
  if (!people.length) return;
  record.actors = record.actors.filter((p) => !isCivilians(p));
  const codes = new Set(record.recipients.map((p) => p.actor?.code));
  record.recipients = [...record.recipients, ...people.filter((p) => !codes.has(p.actor?.code))];
}

/**
 * 'Russian forces shelled Kharkiv overnight, killing two civilians': a city the dictionary files under its state
 * names where the attack fell; with its victims named, they are whom it hit, not the state of the place.
 */
function namesTheScene(p: Participant, record: EventRecord): boolean {
  const place = record.place;
  if (!place || p.actor?.kind !== 'state') return false;
  return (p.evidence.start === place.evidence.start && p.evidence.end === place.evidence.end) || p.text.toLowerCase() === place.text.toLowerCase();
}
