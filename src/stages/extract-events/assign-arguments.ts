import type { Token } from '../../model/token.js';
import type { Participant } from '../../model/event-record.js';
import { agentLexicon } from '../../lexicons/agent-lexicon.js';
import { objectOfEarlierVerb } from './earlier-verb-object.js';
import { PASSIVE_AUX, ARTICLES, beforeQuotes } from './clause-words.js';
import { adjunctParties } from './adjunct-parties.js';
import { isVictim } from './is-victim.js';
import { hasObject, pastCoordinatedVerb, perceived, hasNounBetween, brokered, blamedOn, insideByPhrase, insideRequestedAct } from './argument-boundaries.js';
import { governingSubject } from './governing-subject.js';
import { speakerGoesOn } from './speaker-goes-on.js';
import { sceneSubject } from './scene-subject.js';
import { tookNoPart } from './took-no-part.js';
import { possessiveAntecedent } from './possessive-antecedent.js';
import { relativeSubject } from './relative-subject.js';
import { ownedBySubject } from './own-forces-moved.js';
import { repelledRoles } from './repelled-attack.js';
import { strikesOfParty } from './strikes-of-party.js';
import { afterCompanionPhrase, companionActors } from './companion-parties.js';
import { opposedBy, opponentsOf } from './opponent-of-party.js';
import { groundTaken } from './ground-taken.js';
import { LOCATIVE, objectBeforeVerb, leadingWord, leadingIndex, memberNouns, backgroundAct, mediator, inApposition, inRelativeClause } from './subject-position.js';

// Module constants: a regex literal inside a function is a new RegExp object each time it is reached.
const AND_OR_COMMA = /^(and|&|,)$/;
const PLURAL_ENDING = /s$/i;
const NOMINAL_TAG = /^(NOUN|PROPN|ADJ)$/;
const POSSESSIVE = /^['’]s$/;
const NOUN_TAG = /^(NOUN|PROPN)$/;
// 'its warehouse was looted': the tagger may read a passive participle after 'was' as an adjective.
const PARTICIPLE_READ_AS_ADJ = /ed$/;

export type { Candidate } from './candidate.js';
export { findCandidates } from './find-candidates.js';
import type { Candidate } from './candidate.js';
import { packedMap } from '../packed-map.js';

/** What assignArguments needs to know of one trigger. */
export interface ArgumentContext {
  tokens: readonly Token[];
  candidates: readonly Candidate[];
  /** Trigger tokens [first, last). */
  first: number;
  last: number;
  /** Clause tokens [first, last). */
  clauseFirst: number;
  clauseLast: number;
  /** Where the actor search starts (after a governing request for the content it asks). */
  actorFrom?: number;
  type?: string;
  /** The trigger's mode: a 'third-party' act (mediation) is done by its subject for the parties 'between' whom it stands. */
  mode?: string;
  /** The subject is the accused, not the accuser ('X "do not discriminate"'). */
  subjectIsRecipient?: boolean;
}

// Types whose noun takes its actor with 'of' ('the request of the State Department'); violence takes its victim ('the killing of civilians').
const ACT_OF = new Set(['REQUEST', 'CONSULT', 'AGREE', 'ACCUSE', 'REJECT', 'THREATEN', 'SUPPORT', 'COOPERATE', 'SANCTION', 'PROTEST']);
const TARGET_PREPS = new Set(['on', 'against', 'at', 'with', 'to', 'of', 'between', 'targeting']);
const MATERIAL = new Set(['ASSAULT', 'COERCE', 'PROTEST', 'MOBILIZE', 'AID']);
// How far after the trigger a party led by a preposition that names whom an act is aimed at may stand
// ('lift embargoes on pharmaceutical sales in late February to Iran'); 'at', 'of' and 'between' also lead places and owners.
const PREP_REACH = 10;
const BETWEEN_REACH = 4;
const FAR_TARGET_PREPS = new Set(['on', 'against', 'to', 'with', 'targeting']);
// 'a rocket launched from the Gaza Strip': where a material act comes from is not whom it is aimed at, article or none
// (a demand 'from the US President' is what a refusal answers).
const ORIGIN = new Set(['from']);
const OBJECT_KINDS = new Set(['state', 'government', 'igo', 'ngo', 'person', 'party']);

/** The word before a candidate ('' at the text's start). */
function prepOf(tokens: readonly Token[], c: Candidate): string {
  return c.first > 0 ? tokens[c.first - 1].lower : '';
}

/** The word before a candidate, or before its article: the agent of a passive may follow one ('carried out by the international coalition'). */
function agentPrepOf(tokens: readonly Token[], c: Candidate): string {
  return c.first > 1 && ARTICLES.has(tokens[c.first - 1].lower) ? tokens[c.first - 2].lower : prepOf(tokens, c);
}

/** Whether a candidate brokered the act (a truce, a deal): such a party stood between its parties, not among them. */
function isBroker(tokens: readonly Token[], c: Candidate): boolean {
  return brokered(tokens, c, agentPrepOf(tokens, c) === 'by');
}

// 'X and Y met': parties that meet are joined by 'and' or a comma, not a title and a name side by side ('Sheikh Hamad').
function joinedByAnd(tokens: readonly Token[], list: readonly Candidate[]): boolean {
  for (let i = list[0].last; i < list[1].first; i++) if (AND_OR_COMMA.test(tokens[i].lower)) return true;
  return false;
}

function listOf(candidates: readonly Candidate[], c: Candidate): Candidate[] {
  return candidates.filter((x) => x.list === c.list);
}

function unique(parts: Participant[]): Participant[] {
  const seen = new Set<string>();
  return parts.filter((p) => {
    const key = p.actor?.code ?? p.text.toLowerCase();
    return !seen.has(key) && Boolean(seen.add(key));
  });
}

// The candidate a pronoun stands for: the nearest earlier one that is not already taken.
function antecedent(candidates: readonly Candidate[], pronoun: Candidate, taken: readonly Candidate[]): Candidate | undefined {
  let fallback: Candidate | undefined;
  for (let i = candidates.indexOf(pronoun) - 1; i >= 0; i--) {
    const c = candidates[i];
    if (c.pronoun || taken.includes(c)) continue;
    // 'them' stands for a plural: 'groups that are recognized as terrorist' rather than 'terrorist'.
    if (PLURAL_ENDING.test(c.participant.text)) return c;
    fallback ??= c;
  }
  return fallback;
}

/**
 * Actors and recipients of one trigger, from the candidates of its sentence:
 * passive 'was killed by X' (X acts; the subject receives), 'X's attack on Y', 'the request of X',
 * 'talks between X and Y' and 'X and Y met' (a list meets together), a subject after the verb
 * ('continue, both Russia and the coalition'), victims named before a casualty word ('civilian casualties
 * from shelling'), and otherwise the nearest party before the trigger acts and the next one after it receives.
 */
export function assignArguments(ctx: ArgumentContext): { actors: Participant[]; recipients: Participant[] } {
  const { tokens, candidates, first, last, clauseFirst, clauseLast } = ctx;
  const from = Math.max(clauseFirst, ctx.actorFrom ?? clauseFirst);
  // Whoever reports an attack or an arrest is its source, not its author; a speaker does make its own statements and promises.
  const material = MATERIAL.has(ctx.type ?? '');
  // Who saw, heard or filmed an act ('a trader who saw the clash') is its witness: nobody before such a verb authors the act.
  const witnessed = perceived(tokens, first);
  const prepBefore = (c: Candidate) => prepOf(tokens, c);
  const agentPrep = (c: Candidate) => agentPrepOf(tokens, c);
  // Who brokered a truce or a deal stood between its parties; only a meeting counts its mediator among them.
  const mayBroker = ctx.type !== 'CONSULT' && ctx.mode !== 'third-party';
  // 'said it had not taken part in the strikes': whoever stands before that phrase is set apart from the act's authors.
  const disowned = tookNoPart(tokens, first);
  // Loops, not filters with closures: every trigger of every sentence sorts its candidates so.
  const before: Candidate[] = [];
  const after: Candidate[] = [];
  for (const c of candidates) {
    if (c.first >= from && c.last <= first && !c.pronoun && !(material && c.speaker) && !(witnessed && c.last <= witnessed) && !(mayBroker && isBroker(tokens, c)) && !(c.last <= disowned)) before.push(c);
    if (c.first >= last && c.last <= clauseLast && !(mayBroker && isBroker(tokens, c))) after.push(c);
  }
  const nominal = NOMINAL_TAG.test(tokens[last - 1].pos);
  let actors: Candidate[] = [];
  let recipients: Candidate[] = [];

  // An active verb with an object takes no agent: in 'demanded an admission by Moscow' Moscow is the noun's, not the verb's.
  // 'is investigating', 'are demanding': a present participle after 'is' is progressive and active.
  const aux = beforeQuotes(tokens, first);
  const passive = aux >= 0 && PASSIVE_AUX.has(tokens[aux].lower) && !tokens[first].lower.endsWith('ing');
  // 'had been "neutralized"': the tagger reads a quoted participle as a noun.
  const quoted = aux < first - 1;
  // A passive takes no object, and its agent may stand past a place and a day ('were killed in Aleppo on Monday by …').
  // 'a car bombing blamed on the rebels', 'the explosion, attributed to the militia': whom an act is laid on did it, as far as anyone says.
  const blamed = nominal ? after.find((c) => c.first - last <= 5 && blamedOn(tokens, last, c.first)) : undefined;
  const by = after.find((c) => agentPrep(c) === 'by' && !afterCompanionPhrase(tokens, c) && c.first - last <= (passive ? PREP_REACH : 4) && !(tokens[first].pos === 'VERB' && !passive && hasObject(tokens, last, c.first)));
  // 'fighting broke out between the army and the KIA', 'talks on Monday between X and Y': an article may stand between the
  // preposition and the party, and a particle or adverb before the preposition; a noun there ('to host a meeting between',
  // 'evidence … about contacts between X and Y') owns the phrase.
  const between = after.find((c) => agentPrep(c) === 'between' && c.first - last <= BETWEEN_REACH && !hasNounBetween(tokens, last, c.first));
  const genitive = nominal && last < tokens.length && tokens[last].lower === 'of' ? after.find((c) => c.first <= last + 2) : undefined;
  // 'The United States, which imposed sanctions …': the party before ', which' (outside the relative clause) acts.
  const relative = relativeSubject(tokens, candidates, first);
  const possessor = before.findLast((c) => first - c.last <= 2 && POSSESSIVE.test(tokens[c.last]?.lower ?? ''))
    ?? (nominal ? possessiveAntecedent(tokens, candidates, from, first) : undefined)
    ?? relative;
  // 'died in Russian airstrikes': the name of the force is made of the act's own noun.
  const holder = candidates.find((c) => c.first < first && c.last >= last && !c.pronoun);
  const both = after.find((c) => prepBefore(c) === 'both');
  const victims = before.filter((c) => isVictim(tokens, c, clauseLast));
  // 'killed in regime shelling', 'during Russian raids': a party that modifies the act's noun made it, whatever
  // preposition leads the phrase. A proper name there is more often where it happened ('the Damascus bombing')
  // or whom it hit ('the Iran sanctions'); a country adjective is not.
  // The preposition before it governs the whole noun phrase, not the party; a passive's subject is no such party.
  const modifier = (NOUN_TAG.test(tokens[first].pos) || tokens[first].lower.endsWith('ing')) && !passive
    ? before.find((c) => c.last === first && !c.speaker && !victims.includes(c) && (tokens[c.last - 1].pos !== 'PROPN' || agentLexicon().adjectives.has(c.participant.text.toLowerCase())))
    : undefined;
  // 'X and Y met'; a list after the trigger meets together only when nobody stands before it ('X will visit Y and Z').
  const list = ctx.type === 'CONSULT' ? candidates.find((c) => c.first >= clauseFirst && c.last <= clauseLast && !c.pronoun && listOf(candidates, c).length > 1
    && (c.first < first || !before.length) && joinedByAnd(tokens, listOf(candidates, c))) : undefined;
  const adjunct = before.length === 0 ? adjunctParties(tokens, after, first) : undefined;
  const scene = before.length === 0 && !blamed ? sceneSubject(tokens, after, first, last, clauseFirst) : undefined;
  if (blamed) {
    actors = listOf(candidates, blamed);
  } else if (scene) {
    actors = listOf(candidates, scene);
  } else if (adjunct) {
    ({ actors, recipients } = adjunct);
  } else if (by) {
    actors = listOf(candidates, by);
    const subject = before[before.length - 1];
    if (subject && passive) recipients = listOf(candidates, subject);
  } else if (passive && (tokens[first].pos === 'VERB' || PARTICIPLE_READ_AS_ADJ.test(tokens[first].lower) && (tokens[first].pos === 'ADJ' || quoted)) && before.length) {
    // 'Two children were killed': the subject of a passive suffered the act; with no 'by', only 'in Russian air strikes' names its author.
    recipients = listOf(candidates, before[before.length - 1]);
    actors = strikesOfParty(tokens, after, candidates, last);
  } else if (between && ctx.mode === 'third-party' && mediator(before, tokens)) {
    // 'The emir launched a mediation effort between the Emirates and Saudi Arabia': he mediates, they receive it.
    actors = listOf(candidates, mediator(before, tokens)!);
    recipients = listOf(candidates, between);
  } else if (between) {
    actors = listOf(candidates, between);
  } else if (list) {
    const parties = listOf(candidates, list);
    actors = parties.slice(0, 1);
    recipients = parties.slice(1);
  } else {
    // A party after 'of' acts only through its members ('thousands of Kurds', 'aircraft of the coalition'), not as the
    // place or owner of another ('Palestinians of the occupied West Bank', 'the government of Sindh').
    // 'the UN envoy for Libya': a party after 'for' is whom an office serves, not the one who acts.
    const owner = (c: Candidate) => leadingWord(tokens, c) === 'for' || (leadingWord(tokens, c) === 'of' && !memberNouns().has(tokens[leadingIndex(tokens, c) - 1]?.lower ?? ''));
    // A party right before a noun trigger names its author whatever leads the phrase ('in a terrorist mortar attack').
    const qualifies = (c: Candidate) => c.last === first && nominal;
    // 'a unit from the regime forces shelled', 'fighters from Hezbollah stormed': after a word for its members or its
    // means, 'from' names the party they belong to, as 'of' does; after anything else it is where they came from.
    const memberFrom = (c: Candidate) => leadingWord(tokens, c) === 'from' && memberNouns().has(tokens[leadingIndex(tokens, c) - 1]?.lower ?? '');
    // 'burying a young man shot dead at a checkpoint': a participle right after its victim is a reduced relative clause,
    // whose author is named only by 'by'; the subject of the verb before it did something else.
    const reduced = victims.find((c) => c.last === first);
    const eligible = (c: Candidate) => !victims.includes(c) && !(reduced && c.last <= reduced.first) && !inApposition(tokens, c, before, first) && !inRelativeClause(tokens, c, from, first) && agentPrep(c) !== 'by' && !insideByPhrase(tokens, c)
      && !objectOfEarlierVerb(tokens, c, from, first) && (qualifies(c) || memberFrom(c) || (!LOCATIVE.has(leadingWord(tokens, c)) && !owner(c)))
      && !objectBeforeVerb(tokens, c, first) && !afterCompanionPhrase(tokens, c) && !opposedBy(tokens, c, candidates);
    const goesOn = holder || possessor || modifier || both ? undefined : speakerGoesOn(tokens, candidates, first, from, ctx.type);
    const governing = holder || possessor || modifier || both || goesOn !== undefined ? undefined : governingSubject(tokens, before, from, first, eligible, ctx.type);
    const subject = goesOn !== undefined ? goesOn ?? undefined : holder ?? possessor ?? modifier ?? both ?? governing?.subject
      ?? (backgroundAct(tokens, first, from) ? undefined : before.findLast(eligible))
      ?? (genitive && ACT_OF.has(ctx.type ?? '') ? genitive : undefined);
    if (subject) actors = listOf(candidates, subject).filter((c) => c.first >= from || c === both || c === genitive || c === holder || c === relative);
    // 'The UN envoy for Libya, Martin Kobler, called on …': a name set off right after the subject is the same party.
    const named = subject && before.find((c) => c.first > subject.last && tokens[c.first - 1].text === ',' && inApposition(tokens, c, before, first)
      && !tokens.slice(subject.last, c.first).some((t) => t.pos === 'VERB'));
    if (named && !actors.includes(named)) actors = [...actors, named];
    // A state or a body named inside a gapped trigger is its object: 'give Tanzania a grant'. Not troops or weapons,
    // which are what is given ('sending troops and weapons').
    const inside = candidates.find((c) => c.first > first && c.last <= last && !c.pronoun && !actors.includes(c)
      && OBJECT_KINDS.has(c.participant.actor?.kind ?? '') && !ownedBySubject(tokens, c, actors, ctx.type));
    // 'recaptured the town from IS fighters': whom ground is taken from is the target of a capture.
    const takenFrom = (c: Candidate) => ctx.mode === 'seize' && ORIGIN.has(agentPrep(c));
    const target = victims.length ? victims[victims.length - 1]
      : inside ?? after.find((c) => !actors.includes(c) && !afterCompanionPhrase(tokens, c) && !groundTaken(tokens, c, ctx.mode) && !pastCoordinatedVerb(tokens, last, c.first) && c.first - last <= ((FAR_TARGET_PREPS.has(agentPrep(c)) || takenFrom(c)) && !c.speaker ? PREP_REACH : 5) && !ownedBySubject(tokens, c, actors, ctx.type) && (TARGET_PREPS.has(prepBefore(c)) || c.first === last || takenFrom(c) || !(LOCATIVE.has(prepBefore(c)) || (material && ORIGIN.has(agentPrep(c))))));
    if (target) recipients = listOf(candidates, target);
    else if (governing) recipients = listOf(candidates, governing.object).filter((c) => !actors.includes(c));
    else if (material) recipients = opponentsOf(tokens, actors, candidates);
    // A subject placed after its verb, as machine translation leaves it: 'actions against them continue, both Russia and the coalition'.
    if (!actors.length) {
      const late = after.find((c) => prepBefore(c) === ',' && !recipients.includes(c) && !(material && c.speaker));
      if (late) actors = listOf(candidates, late);
    }
  }
  // 'regime forces backed by Hezbollah killed …': the fighting partners act with the actors (two groups of one code stay two).
  const partners = ctx.subjectIsRecipient ? [] : packedMap(companionActors(tokens, actors, candidates), (c) => c.participant);
  if (ctx.subjectIsRecipient) {
    recipients = actors;
    actors = [];
  }
  ({ actors, recipients } = repelledRoles(tokens, candidates, first, clauseFirst, actors, recipients));
  // Whoever stops or withdraws is the one who acts, wherever the sentence puts them ('suspend the strikes VSK Russia').
  if (ctx.type === 'RETREAT' && !actors.length) [actors, recipients] = [recipients, []];
  // Whom a request is addressed to comes before the act it asks for: 'urged all sides to protect civilians' (not the civilians).
  recipients = recipients.filter((c) => !actors.includes(c) && !(ctx.type === 'REQUEST' && c.first > last && insideRequestedAct(tokens, last, c.first)));
  const resolvedActors = unique(resolve(actors, candidates, actors));
  for (const p of partners) resolvedActors.push(p);
  return { actors: resolvedActors, recipients: unique(resolve(recipients, candidates, actors)) };
}

/** The participants of candidates, each pronoun replaced by what it stands for (dropped when nothing does). */
function resolve(list: readonly Candidate[], candidates: readonly Candidate[], taken: readonly Candidate[]): Participant[] {
  const out: Participant[] = [];
  for (const c of list) {
    if (!c.pronoun) out.push(c.participant);
    else {
      const target = antecedent(candidates, c, taken);
      if (target) out.push(target.participant);
    }
  }
  return out;
}
