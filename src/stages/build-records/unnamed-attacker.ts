import type { EventRecord, Participant } from '../../model/event-record.js';
import type { PlaceRef } from '../../model/place.js';
import { distanceKm } from '../../gazetteer/distance-km.js';
import { weaponOf } from './weapon-of-attacker.js';

// Acts whose author the article did state: a denied or imagined strike lends nobody its author.
const STATED = new Set(['asserted', 'reported']);

/**
 * A party the article names as the author of an attack: a dictionary actor that is not the victims, or
 * a name the dictionary lacks ('the Nahda Brigades': the article named the attacker; another side's
 * name must not replace it), or a description written in lower case ('gunmen', 'assailants': the
 * article saying on purpose that the attacker is unknown). The weapon alone ('warplanes', the 'jets'
 * of 'coalition jets') says how, not who.
 */
function namesAuthor(p: Participant): boolean {
  if (p.actor) return p.actor.kind !== 'civilians';
  return !weaponOf(p.text);
}

/**
 * An attack told without its author takes the author of the nearest attack by the same means
 * the article does attribute: 'Air strikes killed 14 civilians in Saraqeb … Residents said Russian
 * warplanes carried out the raids.' Reports name the weapon in the lead and the side that wields it a
 * sentence or a paragraph later ('it was unclear whether Syrian or Russian jets carried out the strikes'),
 * and one article tells one side's campaign of strikes, so the same weapon in the same story is the
 * same hand. Only an attack with a toll borrows: who killed or wounded the counted people is the question
 * a report answers somewhere, while a passing mention of fire (rockets that hurt nobody) is as often the
 * other side's reply. The means must match (a car bomb borrows nothing from an air raid), and a party on
 * the side the attack hit is never its author.
 */
export function lendUnnamedAttackers(records: readonly EventRecord[], authorUnclear: (r: EventRecord) => boolean = () => false): void {
  // A lender names a side: 'their air forces' (a bare MIL, no country) says no more than the weapon does.
  const side = (p: Participant) => p.actor !== undefined && namesAuthor(p) && (p.actor.country !== undefined || p.actor.code.length > 3);
  // Shooting a plane down or intercepting a missile is done against the weapon, not with it: no air strike's author.
  const donors = records.filter((r) => r.type === 'ASSAULT' && r.mode && r.acled !== 'Disrupted weapons use' && STATED.has(r.factuality) && r.actors.some(side));
  if (!donors.length) return;
  for (const record of records) {
    if (record.type !== 'ASSAULT' || !record.mode || !(record.fatalities || record.injured) || record.actors.some(namesAuthor)) continue;
    // 'It was not clear whether the aircraft were Russian or from the coalition': the article leaves the author open on purpose.
    if (authorUnclear(record)) continue;
    // The side it hit, by country or movement (the first three letters of a code): its civilians are no side.
    const hit = new Set(record.recipients.flatMap((p) => (p.actor && !p.actor.code.endsWith('CVL') ? [p.actor.code.slice(0, 3)] : [])));
    const fits = donors.filter((r) => r !== record && r.mode === record.mode && !r.actors.some((p) => p.actor !== undefined && hit.has(p.actor.code.slice(0, 3)))
      && !apart(r.place?.place, record.place?.place));
    // Like a pronoun, the attack takes the author told before it, nearest first; a lead's attack, the one told after it.
    const before = fits.filter((r) => r.trigger.start < record.trigger.start);
    const donor = before.length ? before[before.length - 1] : fits.find((r) => r.trigger.start > record.trigger.start);
    if (donor) record.actors = donor.actors.filter(side).map((p) => ({ ...p, inferred: 'same-means-attack' as const }));
  }
}

// How far apart two towns may lie and still be one front ('Douma' and 'Harasta' in one siege): a campaign's raids are near one another.
const SAME_FRONT_KM = 60;
const TOWN_PRECISIONS = new Set(['locality', 'district']);

/**
 * True when two attacks hit towns far apart: an article may tell two campaigns (the coalition's strike on an eastern
 * town, a strike by no named side on a village in the north-west), and a raid on one front borrows no author from the other.
 * Example: apart({ name: 'Boukamal', lat: 34.45, lon: 40.92, … }, { name: 'Maaret Harmeh', lat: 35.6, lon: 36.6, … }) → true
 */
function apart(a: PlaceRef | undefined, b: PlaceRef | undefined): boolean {
  if (!a || !b || !TOWN_PRECISIONS.has(a.precision) || !TOWN_PRECISIONS.has(b.precision) || a.id === b.id) return false;
  if (a.lat === undefined || a.lon === undefined || b.lat === undefined || b.lon === undefined) return a.country === b.country && a.name.toLowerCase() !== b.name.toLowerCase();
  return distanceKm(a.lat, a.lon, b.lat, b.lon) > SAME_FRONT_KM;
}

// Words that say the author of an attack is not known: 'it was not clear whether the jets were Russian', 'it is unclear who'.
const UNCLEAR_AUTHOR = /\b(?:it\s+(?:was|is|remained|remains)\s+(?:not\s+(?:immediately\s+)?clear|unclear)\s+(?:whether|if|who|whose|which)|(?:could|did)\s+not\s+(?:say|determine|tell|confirm)\s+(?:who|whose|whether|which))\b/i;

/**
 * True when the sentence of the attack or the one after it says its author is not known.
 * Example: authorUnclearIn('Air strikes hit boats. It was not clear whether the aircraft were Russian.', [0, 21], [21, 74]) → true
 */
export function authorUnclearIn(text: string, own: { start: number; end: number }, next: { start: number; end: number } | undefined): boolean {
  return UNCLEAR_AUTHOR.test(text.slice(own.start, own.end)) || (next !== undefined && UNCLEAR_AUTHOR.test(text.slice(next.start, next.end)));
}
