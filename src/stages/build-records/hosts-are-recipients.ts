import type { EventRecord } from '../../model/event-record.js';

/**
 * A visit or meeting held in a country: the hosts are the recipients and the visitors the actors
 * (PLOVER's CONSULT/visit: the actor travels to the recipient). "Lavrov and Kerry in Moscow": Kerry
 * visits, Lavrov hosts. Changes nothing when the place or the participants' countries are unknown,
 * or when everyone is from one side.
 */
export function hostsAreRecipients(record: EventRecord): void {
  if (record.type !== 'CONSULT' || !record.place?.place.country || record.place.place.precision === 'region') return;
  const host = record.place.place.country;
  const everyone = [...record.actors, ...record.recipients];
  const hosts = everyone.filter((p) => p.actor?.country === host);
  const guests = everyone.filter((p) => p.actor?.country && p.actor.country !== host);
  if (hosts.length === 0 || guests.length === 0 || guests.length + hosts.length !== everyone.length) return;
  record.actors = guests;
  record.recipients = hosts;
}
