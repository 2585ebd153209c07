/*
 * FA-KES's label vocabularies, and how sitrep's places, event types and actors map onto them.
 * Label values as the CSV spells them:
 *   location: a governorate, lower case ('aleppo', 'deir ezzor', 'hasakeh', 'lattakia', 'tartous' …)
 *   cause_of_death: 'shelling' (which the crowd also used for air strikes), 'explosion', 'shooting',
 *     'chemical and toxic gases', 'execution', 'unknown'
 *   actor: 'syrian government or russian troops', 'international coalition forces', 'armed opposition groups',
 *     'al-nusra front', 'the organization of the islamic state in iraq and the levant - isis',
 *     'self administration forces', 'unknown'
 */
import type { EventRecord } from '../../model/event-record.js';
import type { PlaceRef } from '../../model/place.js';
import type { ActorRef } from '../../model/actor.js';

// Spellings of the same governorate; the first of each line is the FA-KES label. Rural Damascus
// (Rif Dimashq, Eastern Ghouta) is labelled 'damascus' in FA-KES.
const GOVERNORATE_SPELLINGS: string[][] = [
  ['damascus', 'dimashq', 'rif dimashq', 'rif dimashq governorate', 'damascus countryside', 'rural damascus', 'reef dimashq'],
  ['deir ezzor', 'deir ez zor', 'deir el zor', 'deir al zor', 'dayr az zawr', 'deir ezzour', 'deir zor', 'deir ezzor governorate'],
  ['hasakeh', 'hasakah', 'hasaka', 'hassakeh', 'al hasakah', 'hasakah governorate'],
  ['lattakia', 'latakia', 'ladhiqiyah', 'lattakia governorate', 'latakia governorate'],
  ['tartous', 'tartus', 'tartous governorate'],
  ['raqqa', 'raqqah', 'rakka', 'raqqa governorate'],
  ['daraa', 'deraa', 'dara', 'daraa governorate'],
  ['quneitra', 'qunaytirah', 'kuneitra', 'quneitra governorate'],
  ['idlib', 'idleb', 'idlib governorate'],
  ['hama', 'hamah', 'hama governorate'],
  ['homs', 'hims', 'homs governorate'],
  ['aleppo', 'halab', 'aleppo governorate'],
  ['sweida', 'suwayda', 'as suwayda', 'sweida governorate'],
];
const CANONICAL = new Map<string, string>();
for (const line of GOVERNORATE_SPELLINGS) for (const spelling of line) CANONICAL.set(spelling, line[0]);

/** Lower case, no accents, no punctuation, no Arabic article: 'Deir ez-Zor' → 'deir ez zor', 'Al-Hasakah' → 'hasakah'. */
export function normalisePlaceName(name: string): string {
  const plain = name.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase()
    .replace(/['’`]/g, '').replace(/[^a-z]+/g, ' ').trim();
  return plain.replace(/^(?:al|el|ar|as|ad|ash|at|az) /, '').replace(/\s+/g, ' ');
}

/** The FA-KES label spelling of a governorate or city name, or the normalised name itself. */
export function governorateLabel(name: string): string {
  const plain = normalisePlaceName(name);
  return CANONICAL.get(plain) ?? CANONICAL.get(plain.replace(/ governorate$/, '')) ?? plain;
}

/** True when the place is the labelled governorate, or a city inside it (by its admin1). */
export function placeMatchesLabel(place: Pick<PlaceRef, 'name' | 'admin1'> | undefined, label: string): boolean {
  if (!place) return false;
  const wanted = governorateLabel(label);
  return governorateLabel(place.name) === wanted || (place.admin1 !== undefined && governorateLabel(place.admin1) === wanted);
}

/** FA-KES's cause of death for an event, from its ACLED sub-event type or its mode. */
export function causeOfDeath(event: Pick<EventRecord, 'acled' | 'mode' | 'triggerText'> | undefined): string {
  if (!event) return 'unknown';
  const words = `${event.acled ?? ''} ${event.mode ?? ''} ${event.triggerText ?? ''}`.toLowerCase();
  if (/chemical|gas|chlorine|sarin|toxic/.test(words)) return 'chemical and toxic gases';
  if (/execut|behead/.test(words)) return 'execution';
  if (/suicide|explosive|ied|landmine|mine|grenade|car bomb|explo|blast/.test(words)) return 'explosion';
  // sitrep's modes for remote violence ('aerial', 'heavy-weapons') say it even where the ACLED type is only 'Attack'.
  if (/air|aerial|drone|shell|heavy-weapons|artillery|missile|rocket|barrel|bombard|mortar/.test(words)) return 'shelling';
  if (/armed clash|firearm|shoot|shot|gun|snip|fire/.test(words)) return 'shooting';
  return 'unknown';
}

/** FA-KES's actor class of an event: the class of its first actor that has one ('unknown' when none does). */
export function eventActorClass(event: Pick<EventRecord, 'actors'> | undefined): string {
  for (const participant of event?.actors ?? []) {
    const found = actorClass(participant.actor);
    if (found !== 'unknown') return found;
  }
  return 'unknown';
}

/** FA-KES's actor class for an actor, from its code and name. */
export function actorClass(actor: Pick<ActorRef, 'code' | 'name' | 'id'> | undefined): string {
  if (!actor) return 'unknown';
  const name = `${actor.name} ${actor.id}`.toLowerCase();
  const code = actor.code.toUpperCase();
  if (/nusra|fateh al.sham|fatah al.sham|tahrir al.sham|\bhts\b/.test(name) || code.includes('NUS')) return 'al-nusra front';
  if (/islamic state|isis|isil|daesh/.test(name) || code.includes('ISI')) return 'the organization of the islamic state in iraq and the levant - isis';
  if (/sdf|ypg|pyd|kurdish|self.administration|syrian democratic/.test(name) || code.includes('KRD')) return 'self administration forces';
  if (/^(?:SYR(?:GOV|MIL|COP|SPY)?$|SYR(?:GOV|MIL|COP|SPY)|RUS)/.test(code)) return 'syrian government or russian troops';
  if (/coalition/.test(name) || /^(?:USA|GBR|FRA|AUS|CAN|NLD|BEL|DNK|JOR|SAU|ARE)(?:MIL|GOV)?$/.test(code) || /^(?:USA|GBR|FRA|AUS)MIL/.test(code)) return 'international coalition forces';
  if (/^SYR(?:REB|INS|OPP)/.test(code) || /free syrian army|rebel|opposition/.test(name)) return 'armed opposition groups';
  return 'unknown';
}
