import { dataPath } from '../../data-files/data-path.js';
import { readTsv } from '../../data-files/read-tsv.js';
import type { Token } from '../../model/token.js';
import type { Candidate } from './assign-arguments.js';

let objectControl: Set<string> | undefined;

const LOST_COMMA = /^(NOUN|PROPN)$/;

// Verbs of command: what the object is made to do to itself under them is imposed by the subject.
const COMMANDS = new Set(['order', 'force', 'compel']);

function objectControlVerbs(): Set<string> {
  objectControl ??= new Set(readTsv(dataPath('lexicons', 'object-control-verbs.tsv')).map((row) => row.lemma.toLowerCase()));
  return objectControl;
}

// The verb a dependent trigger hangs on: the nearest verb before 'to' ('summoned the envoy to complain') or
// before the comma of a participle ('lodged a protest with Albania, charging'), with no other clause between.
function governingVerb(tokens: readonly Token[], from: number, first: number): number | undefined {
  const trigger = tokens[first];
  if (trigger.pos === 'NOUN') return givingVerb(tokens, from, first);
  if (trigger.pos !== 'VERB' || first - 1 <= from) return undefined;
  const infinitive = tokens[first - 1].lower === 'to';
  // Pages that lost their commas ('targeted a gathering of militants near the town killing five') leave the
  // participle right after the object's noun: it hangs on the clause's verb all the same.
  const participle = (tokens[first - 1].text === ',' || LOST_COMMA.test(tokens[first - 1].pos)) && trigger.lower.endsWith('ing');
  if (!infinitive && !participle) return undefined;
  for (let i = first - 2; i >= from; i--) {
    if (tokens[i].pos === 'VERB') return i;
    if (/^[;:]$/.test(tokens[i].text) || tokens[i].pos === 'SCONJ') return undefined;
  }
  return undefined;
}

// 'The EU gave the Ivory Coast 5 million dollars of aid': a noun given to someone is the giver's act.
const GIVING = new Set(['give', 'provide', 'grant', 'offer', 'send', 'deliver', 'donate', 'hand']);
function givingVerb(tokens: readonly Token[], from: number, first: number): number | undefined {
  for (let i = first - 1; i >= Math.max(from, first - 10); i--) {
    if (tokens[i].pos === 'VERB') return GIVING.has(tokens[i].lemma) ? i : undefined;
    if (/^[,;:]$/.test(tokens[i].text)) return undefined;
  }
  return undefined;
}

/** The governing verb's subject, and the party between it and the trigger (its object: 'summoned the envoy'). */
export interface GoverningParties {
  subject: Candidate;
  object: Candidate;
}

/**
 * Who does an act told by an infinitive or a participle that hangs on an earlier verb whose object stands
 * nearer to it than its subject: 'X summoned Y to complain', 'X sent monitors to Y to investigate', 'X lodged a
 * protest with Y, charging it …' are X's acts. A verb that hands the act to its object ('urged Y to leave',
 * 'allowed Y to return') keeps Y, unless it commands a coercion ('ordered Y to suspend publication': X censors Y).
 * `eligible` says which candidates may be a subject at all. The object
 * is whom the act is aimed at when nobody is named after it.
 */
export function governingSubject(tokens: readonly Token[], before: readonly Candidate[], from: number, first: number,
  eligible: (c: Candidate) => boolean, type?: string): GoverningParties | undefined {
  const verb = governingVerb(tokens, from, first);
  if (verb === undefined) return undefined;
  const nearest = before.findLast(eligible);
  if (!nearest || nearest.first < verb) return undefined;
  // With no comma, a participle right after a party's own phrase describes that party ('a militia seeking ransom',
  // 'a rebel group fighting IS'); only past a phrase of place or manner ('near the town killing') does it hang on the verb.
  if (LOST_COMMA.test(tokens[first - 1].pos) && !tokens.slice(nearest.last, first).some((t) => t.pos === 'ADP')) return undefined;
  // 'ordered the paper to suspend publication': a coercion the object is made to suffer is the commander's act.
  const imposed = type === 'COERCE' && COMMANDS.has(tokens[verb].lemma);
  if (tokens[first - 1].lower === 'to' && objectControlVerbs().has(tokens[verb].lemma) && !imposed) return undefined;
  const subject = before.findLast((c) => c.last <= verb && eligible(c));
  return subject ? { subject, object: nearest } : undefined;
}
