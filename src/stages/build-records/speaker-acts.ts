import type { EventRecord, Participant } from '../../model/event-record.js';
import type { EventMention } from '../../model/event-mention.js';
import type { ActorMention } from '../../model/actor.js';
import type { Attribution } from '../../model/source.js';
import type { Token } from '../../model/token.js';
import { firstTokenFrom } from '../token-index.js';

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

/**
 * "Norway's foreign ministry said the bombing bore the hallmarks of X": an act done by saying it, whose actor is the
 * one source that says it, is told by the article itself (the saying happened), so it is asserted; relayed by
 * another source ('according to the newspaper, officials said …') it stays reported.
 * Example: { actors: [ministry (NORGOV)], attribution: [ministry], factuality: 'reported' } → factuality: 'asserted'
 */
export function saidByItsActor(record: EventRecord, mention: EventMention, claim: Attribution | undefined): void {
  if (!mention.speechAct || record.factuality !== 'reported' || !claim || claim.chain.length !== 1 || record.attribution.length !== 1) return;
  const source = claim.chain[0];
  if (!source.code || source.kind === 'outlet' || source.affiliation) return;
  if (record.actors.some((a) => a.actor?.code === source.code && a.evidence.start === source.span.start)) record.factuality = 'asserted';
}

// What may stand between a subject pronoun and its verb: 'it had', 'they are now', 'it would not'.
const VERB_GROUP = /^(AUX|ADV|PART)$/;
// Words that open another clause between the pronoun and the act: the act is then that clause's.
// ('said it had closed its office after its warehouse was looted': the looting is the 'after' clause's.)
const CLAUSE_OPENERS = new Set(['that', 'which', 'who', 'whom', ';', 'while', 'whereas', 'but', 'after', 'before', 'when', 'because', 'since', 'as', 'until', 'if', 'although', 'though', 'once', 'where']);
const CLAUSE_START = new Set(['that', 'and', ',']);

/**
 * 'The foreign ministry said the raid was unacceptable and that it had summoned the Turkish ambassador': an act
 * whose clause has 'it' for subject, inside a report by a single party with no other party named between the
 * report's verb and that 'it', is the speaker's own (the 'it' can stand for nobody else). Only 'it': a 'they' may
 * stand for any group the report has named.
 * Example: { actors: [], attribution: [Greek foreign ministry (GRCGOV)] } → actors: [Greek foreign ministry]
 */
export function speakerAsPronoun(record: EventRecord, claim: Attribution | undefined, tokens: readonly Token[], actors: readonly ActorMention[]): void {
  if (record.actors.length || !claim || claim.chain.length === 0 || claim.content.start < claim.cue.start) return;
  const source = claim.chain[0];
  if (!source.code || source.kind === 'outlet' || source.affiliation) return;
  const speaker = actors.find((a) => a.actor?.code === source.code && a.span.start === source.span.start && a.span.end === source.span.end);
  if (!speaker || /s$/i.test(speaker.text)) return;
  const trigger = firstTokenFrom(tokens, record.trigger.start);
  const from = firstTokenFrom(tokens, claim.content.start);
  let pronoun = -1;
  for (let i = trigger - 1; i >= from; i--) {
    if (CLAUSE_OPENERS.has(tokens[i].lower) || tokens[i].pos === 'SCONJ') break;
    if (tokens[i].lower === 'it' && tokens[i].pos === 'PRON') { pronoun = i; break; }
  }
  if (pronoun < 0) return;
  // The pronoun opens a clause of the report ('said it had', 'and that it had', ', it had'); after a noun it opens
  // a relative clause ('the tenth swap it had mediated'), which only describes something else.
  const opener = tokens[pronoun - 1];
  if (!opener || !(CLAUSE_START.has(opener.lower) || opener.start === claim.cue.start)) return;
  // The pronoun is the subject: a verb (after auxiliaries) follows it.
  let v = pronoun + 1;
  while (v < trigger && VERB_GROUP.test(tokens[v].pos)) v++;
  if (v > trigger || !(tokens[v].pos === 'VERB' || v === trigger)) return;
  const between = { start: claim.cue.end, end: tokens[pronoun].start };
  if (actors.some((a) => a.actor && a.actor.kind !== 'media' && a.span.start >= between.start && a.span.end <= between.end)) return;
  record.actors = [{ text: speaker.text, evidence: speaker.span, actor: speaker.actor }];
  record.recipients = record.recipients.filter((r) => r.actor?.code !== source.code || r.evidence.start !== speaker.span.start);
}
