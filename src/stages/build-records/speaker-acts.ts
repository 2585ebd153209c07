import type { EventRecord, Participant } from '../../model/event-record.js';
import type { EventMention } from '../../model/event-mention.js';
import type { ActorMention } from '../../model/actor.js';
import type { Attribution } from '../../model/source.js';

/**
 * 'According to the interlocutor of the newspaper, the Russian and Syrian military "do not discriminate" between …',
 * 'Russian officials said the rebels do not discriminate …': an act done by saying it (mention.speechAct) whose own
 * words name nobody doing it is done by whoever says it, the innermost source of the claim around it, when that
 * source is a party. An anonymous source the text places in a body ('many officials in the State Department')
 * acts as that body, and then leaves the chain: it is the accuser, and what relays it (the newspaper) is the source.
 * A named speaker stays in the chain as well, as the one whose words the record reports.
 * Example: { actors: [], attribution: [interlocutor (USAGOV), NYT] } → actors: [the interlocutor (USAGOV)], attribution: [NYT]
 */
export function speakerActs(record: EventRecord, mention: EventMention, claim: Attribution | undefined, actors: readonly ActorMention[]): void {
  if (!mention.speechAct || record.actors.length || !claim || record.attribution.length === 0) return;
  const source = claim.chain[0];
  // An outlet relays what others say: it accuses no one of its own.
  if (!source?.code || source.kind === 'outlet') return;
  const at = source.affiliation ?? source.span;
  const party = actors.find((a) => a.actor?.code === source.code && a.span.start === at.start && a.span.end === at.end);
  if (!party) return;
  const speaker: Participant = { text: source.affiliation ? source.name : party.text, evidence: source.span, actor: party.actor };
  record.actors = [speaker];
  record.recipients = record.recipients.filter((r) => r.actor?.code !== source.code || r.evidence.start !== party.span.start);
  if (source.affiliation) record.attribution = record.attribution.filter((s) => s !== source);
}
