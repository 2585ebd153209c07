import { isDiplomaticProtest, DIPLOMATIC_PROTEST } from './diplomatic-protest.js';
import type { Token, Sentence } from '../../model/token.js';
import type { EventMention } from '../../model/event-mention.js';
import type { TimeMention } from '../../model/time-value.js';
import type { PlaceMention } from '../../model/place.js';
import type { TriggerLexicon } from './trigger-lexicon.js';
import type { Span } from '../../model/span.js';
import type { AcledSubtype } from '../../model/event-types.js';
import type { LabelScore } from './event-classifier.js';
import { findTriggers, type TriggerMatch } from './find-triggers.js';
import { clauseTokens, tokenSpan } from './find-clause.js';
import { groupTriggers } from './group-triggers.js';
import { assignArguments, type Candidate } from './assign-arguments.js';
import { chooseClass, withWeaponOf, withoutUnnamedMeans, tellsOnlyDeaths } from './choose-class.js';
import { consultCoding } from './refine-mode.js';
import { linkContent } from './link-content.js';
import { splitByDates } from './split-by-dates.js';
import { skipTrigger } from './skip-trigger.js';
import { withoutRaidsForArrests } from './raid-for-arrests.js';
import { isBackgroundTrigger } from './background-trigger.js';
import { untold, isRepeatedNominal, rememberNominal } from './repeated-nominal.js';
import { futureActType, aimPenalty } from './future-acts.js';
import { backgroundPenalty, isNominal } from './clause-rank.js';
import { classifyProtestSentence } from './protest-outcome.js';
import { disruptedWeapons, overlapsDisrupted } from './disrupted-weapons.js';
import { foundBodies } from './found-bodies.js';
import { comesUnder, attackerAfterFrom } from './under-fire.js';
import { territoryClass } from './territory-class.js';
import { isRefusal, refusable } from './refusal.js';
import { warningAboutOthers, accusedIn } from './warning-about-others.js';
import { obligationParties } from './obligation.js';
import { placeRecipients, placeMeansRecipient } from './place-recipient.js';
import { protestDemands } from './protest-demand.js';
import { conditionPenalty } from './conditional-act.js';
import { conditionalDemands } from './conditional-demand.js';
import { sharedSubject } from './shared-subject.js';
import { speakerGoesOn } from './speaker-goes-on.js';
import { isPeacefulTakeover } from './peaceful-takeover.js';
import { seizureOfGround } from './territorial-seizure.js';
import { withoutUntoldTaking } from './untold-taking.js';
import { withAircraftOf } from './aircraft-subject.js';
import { fallsWithoutGround } from './fallen-ground.js';
import { armedTarget } from './armed-target.js';
import { sortUnlessOrdered } from '../sort-unless-ordered.js';
import { isSportSentence } from './sport-sentence.js';
import { withoutDisasterTolls } from './disaster-toll.js';
import { withoutPurposeProtests } from './purpose-protest.js';
import { armedBlockades } from './armed-blockade.js';
import { definesAWord } from './word-definition.js';
import { isPartyAtWar } from './party-at-war.js';
import { aimedMode } from './aimed-at-object.js';
import { describesVictims } from './victims-described.js';
import { BLAME_PATTERNS, BLAMED_SUBJECT, spokenByParty, blamesNobody } from './party-blame.js';
import type { Attribution } from '../../model/source.js';
import { packedMap } from '../packed-map.js';

/** Everything one sentence's extraction reads. */
export interface SentenceInput {
  text: string;
  tokens: readonly Token[];
  sentence: Sentence;
  index: number;
  /** The parties of the sentence, found on first call. */
  candidates: () => readonly Candidate[];
  times: readonly TimeMention[];
  places: readonly PlaceMention[];
  lexicon: TriggerLexicon;
  /** The classifier's labels for the sentence, given its trigger matches; computed once. */
  classify: (matches?: readonly TriggerMatch[]) => readonly LabelScore[];
  /** Whether a token lies inside a named actor, is the last word of a longer name ('airstrikes' in 'Russian airstrikes'), or the whole of a one-word name. */
  insideActor: (token: number) => 'inside' | 'head' | 'whole' | undefined;
  /** Spans of the sources that attribution names ('a source familiar with the negotiations'): never events. */
  sourceSpans: readonly Span[];
  /** Who says what in the sentence: a blame ('were behind the attack') is an event only in a party's words. */
  claims: readonly Attribution[];
  /** 'TYPE:mode' of the noun events already recorded in the document, for 'the cease-fire' said again. */
  seenNominal: Set<string>;
  /** Index the first mention of this sentence will have in the document's layer. */
  offset: number;
}

const CLASSIFIED_LEAD = 3;
const VERB_BONUS = 0.05;
const LEAD_BONUS = 0.1;

// Accusations phrased with the accused as subject: 'X "do not discriminate" between …'.
const ACCUSED_SUBJECT = new Set(['do not discriminate']);
// Judgements whose words name no accuser: 'the attack bears the hallmarks of X' is said by someone, who accuses X.
const SAID_JUDGEMENT = new Set(['bear .. hallmark']);

/** The event mentions one sentence states, in text order of their triggers. */
export function eventsInSentence(input: SentenceInput): EventMention[] {
  const { tokens, sentence } = input;
  const disrupted = disruptedWeapons(tokens, sentence.tokenStart, sentence.tokenEnd);
  const found = findTriggers(tokens, sentence.tokenStart, sentence.tokenEnd, input.lexicon);
  const triggers = found.concat(foundBodies(tokens, sentence.tokenStart, sentence.tokenEnd, found));
  // Most sentences hold no trigger: leave before the filters below build their arrays and closures.
  if (!triggers.length && !disrupted.matches.length) return [];
  if (definesAWord(input.text, sentence)) return [];
  // Asked once a sentence, not once a trigger.
  let sport: boolean | undefined;
  const isSport = () => (sport ??= isSportSentence(tokens, sentence));
  const matches = withoutRaidsForArrests(tokens, packedMap(sortUnlessOrdered(triggers.filter((m) => !overlapsDisrupted(m, disrupted.covered)).concat(disrupted.matches), (a, b) => a.first - b.first)
    .filter((m) => !skipTrigger(tokens, m, sentence.tokenStart, input.insideActor, sentence.tokenEnd) && !isBackgroundTrigger(tokens, m, sentence.tokenStart, sentence.tokenEnd, input.index)
      && !untold(input, m))
    .filter((m, _, all) => !isPartyAtWar(tokens, m, sentence.tokenStart, sentence.tokenEnd, input.insideActor, all)
      && !describesVictims(tokens, m, sentence.tokenStart, sentence.tokenEnd, all))
    .filter((m) => (m.entry.type !== 'ASSAULT' && m.entry.type !== 'PROTEST') || !isSport())
    .filter((m) => !input.sourceSpans.some((s) => s.start <= tokens[m.first].start && tokens[m.last - 1].end <= s.end))
    .filter((m) => !isRepeatedNominal(input, m) && !fallsWithoutGround(tokens, input.places, m, sentence.tokenStart))
    .filter((m) => m.entry.pattern !== OBLIGATION || obligationOf(input, m) !== undefined)
    .filter((m) => !BLAME_PATTERNS.has(m.entry.pattern) || spokenByParty(input.claims, tokenSpan(tokens, m.first, m.last)))
    , (m) => seizureOfGround(tokens, input.places, m, sentence.tokenEnd)));
  if (!matches.length) return [];
  for (const m of matches) rememberNominal(input.seenNominal, tokens, m);
  // The classifier is asked only where it decides something: a trigger whose class is open, or the lead,
  // where its probability ranks the story's main event. Elsewhere a fixed-class trigger counts as an even bet.
  const needed = input.index < CLASSIFIED_LEAD || matches.some((m) => !m.entry.acled && !m.entry.otherClass);
  const deathsOnly = matches.every((m) => m.entry.type !== 'ASSAULT' || tellsOnlyDeaths(tokens, m, sentence.tokenStart));
  const scores = needed ? withoutUnnamedMeans(input.classify(matches), { tokens, first: sentence.tokenStart, last: sentence.tokenEnd }, deathsOnly) : [];
  // Each event beside its first token, not spread into a copy with it: copying every event twice cost more than building it.
  const built: Array<{ event: EventMention; firstToken: number; lastToken: number; clauseLast: number }> = [];
  for (const group of groupTriggers(input, matches)) {
    const main = group.matches[0];
    const dateGroups = main.entry.type === 'CONSULT' ? splitByDates(tokens, group.clause.first, group.clause.last, input.times) : [group.clause];
    for (const part of dateGroups) {
      const inPart = group.matches.find((m) => m.first >= part.first && m.last <= part.last) ?? main;
      built.push({ event: buildEvent(input, inPart, part, group.clause, scores, group.matches), firstToken: inPart.first, lastToken: inPart.last, clauseLast: group.clause.last });
    }
  }
  sortUnlessOrdered(built, (a, b) => a.firstToken - b.firstToken);
  const kept = new Set(withoutDisasterTolls(tokens, packedMap(built, (b) => b.event).filter((e) => !blamesNobody(e))));
  if (kept.size < built.length) built.splice(0, built.length, ...built.filter((b) => kept.has(b.event)));
  const purposeless = withoutPurposeProtests(tokens, built);
  if (purposeless.length < built.length) built.splice(0, built.length, ...purposeless);
  const events = packedMap(built, (b) => b.event);
  linkContent(input.tokens, input.sentence, input.offset, events);
  classifyProtestSentence(events, input.text.slice(sentence.start, sentence.end), sentence.start);
  armedBlockades(events);
  protestDemands(tokens, events);
  const demands = conditionalDemands(built, tokens, sentence.tokenEnd, input.candidates);
  const promised = new Set<EventMention>();
  for (const { event, firstToken } of built) {
    if (event.contentOf !== undefined) continue;
    const future = futureActType(tokens, firstToken, sentence.tokenStart, event.type, event.mode);
    if (!future) continue;
    promised.add(event);
    const aimed = aimPenalty(tokens, firstToken, sentence.tokenStart);
    if (aimed) event.confidence = Math.max(0, Math.round((event.confidence - aimed) * 1000) / 1000);
    // AGREE has no modes; THREATEN's mode is what is threatened (the manual's table).
    event.rule += ` + ${future === 'AGREE' ? 'promise' : 'threat'}`;
    event.mode = future === 'AGREE' ? undefined
      : event.type === 'ASSAULT' ? 'violence' : event.type === 'SANCTION' ? 'relations' : event.mode === 'arrest' ? 'arrest' : 'restrict';
    event.cameo = future === 'AGREE' ? '030' : '130';
    event.type = future;
    // An act of force only threatened or planned has not happened: no ACLED type is its; a threat is diplomacy (types.md).
    if (future === 'THREATEN' && event.acled) Object.assign(event, { acled: undefined, otherClass: 'DIPLO' });
  }
  // A promise or threat governs what its object names, as 'agreed' or 'threatened' does.
  // A demand governs its condition ('only if the rebels freed the hostages') as a promise governs its object.
  for (const d of demands) promised.add(d);
  if (promised.size) linkContent(input.tokens, input.sentence, input.offset, events, promised);
  // 'will not accept', 'failed to reach agreement', 'is not seeking a vote': a refused agreement or a pursuit declined
  // is a rejection, asserted, not a denied agreement or request.
  for (const { event, firstToken } of built) {
    if (!refusable(event.type, tokens[firstToken]) || !isRefusal(tokens, firstToken, sentence.tokenStart)) continue;
    event.rule += ' + refusal';
    event.type = 'REJECT';
    event.mode = undefined;
    event.cameo = '120';
  }
  for (const { event, firstToken } of built) {
    const content = event.type === 'THREATEN' ? warningAboutOthers(tokens, firstToken, sentence.tokenEnd) : undefined;
    if (content === undefined) continue;
    event.rule += ' + warning about others';
    event.type = 'ACCUSE';
    event.mode = 'disapprove';
    event.cameo = '111';
    if (!event.recipients.length) event.recipients = packedMap(accusedIn(input.candidates(), content, sentence.tokenEnd), (c) => c.participant).filter((p) => !event.actors.some((a) => a.evidence.start === p.evidence.start));
  }
  // The scene of an act, for the records stage to fall back on; a place after the next event's trigger is that event's,
  // unless that event is what the act agrees to (the agreed postponement of a rally shares its place with the agreement):
  // 'condemning an air strike on a hospital in the town of X' aims the condemnation at no one in X.
  for (const { event, lastToken, clauseLast } of built) {
    if (event.recipients.length || event.speechAct || !placeMeansRecipient(event)) continue;
    const self = input.offset + events.indexOf(event);
    const next = built.find((b) => b.firstToken >= lastToken && (b.event.contentOf !== self || event.type !== 'AGREE'));
    const scene = placeRecipients(tokens, input.places, lastToken, Math.min(clauseLast, next?.firstToken ?? clauseLast), event.type)
      .filter((r) => !event.actors.some((a) => a.actor?.code === r.actor?.code));
    if (scene.length) event.sceneRecipients = scene;
  }
  return events;
}

// `clause` is the event's own evidence (one date group of a meeting); `argumentClause` is where its parties are sought.
/**
 * The order in which a group's triggers are asked for parties: the main one first, except that a verb
 * before a noun of its group speaks first ('guerrillas wounded two soldiers in a bomb attack': the verb
 * has the subject and the object; the noun's nearest party would be the victims).
 */
function argumentOrder(tokens: readonly Token[], match: TriggerMatch, siblings: readonly TriggerMatch[]): TriggerMatch[] {
  const others = siblings.filter((s) => s !== match);
  if (!isNominal(tokens, match)) return [match, ...others];
  const verb = others.find((s) => s.first < match.first && tokens[s.first].pos === 'VERB');
  return verb ? [verb, match, ...others.filter((s) => s !== verb)] : [match, ...others];
}

// 'X said Y must do Z': a demand only where the sentence names who demands and who must act.
const OBLIGATION = 'must';

function obligationOf(input: SentenceInput, m: TriggerMatch) {
  const clause = clauseTokens(input.tokens, input.sentence, m.first);
  return obligationParties(input.tokens, input.candidates(), m.first, clause.first, clause.last);
}

function buildEvent(input: SentenceInput, match: TriggerMatch, clause: { first: number; last: number }, argumentClause: { first: number; last: number },
  scores: readonly LabelScore[], siblings: readonly TriggerMatch[] = []): EventMention {
  const { tokens } = input;
  const entry = match.entry;
  const chosen = withAircraftOf(withWeaponOf(entry, withoutUntoldTaking(chooseClass(entry, scores), [match, ...siblings], tokens, input.sentence.tokenStart), siblings.map((s) => s.entry)), match, tokens, argumentClause.first);
  let mode = aimedMode(entry, chosen.acled, entry.mode ?? chosen.coding?.mode, siblings.map((s) => s.entry));
  let cameo = entry.mode ? entry.cameo : chosen.coding?.type === entry.type ? chosen.coding.cameo ?? entry.cameo : entry.cameo;
  if (entry.type === 'CONSULT') {
    const span = tokenSpan(tokens, clause.first, clause.last);
    // A place after 'in' or 'to' ('in Moscow') is where the meeting is, so someone travelled there.
    const hasPlace = input.places.some((p) => !p.metonymic && p.span.start >= span.start && p.span.end <= span.end
      && /\b(in|to)\s+$/i.test(input.text.slice(Math.max(0, p.span.start - 4), p.span.start)));
    const coding = consultCoding(tokens, clause.first, clause.last, hasPlace);
    if (coding) ({ mode, cameo } = coding);
  }
  // Each trigger of the group may name the parties ('the visit of Kerry …, a 12-hour talks with Lavrov'): the first that does speaks.
  let actors: EventMention['actors'] = [];
  let recipients: EventMention['recipients'] = [];
  const obligation = entry.pattern === OBLIGATION ? obligationOf(input, match) : undefined;
  if (obligation) {
    actors = packedMap(obligation.actors, (c) => c.participant);
    recipients = packedMap(obligation.recipients, (c) => c.participant);
  }
  for (const m of obligation ? [] : argumentOrder(tokens, match, siblings)) {
    const under = comesUnder(m.entry);
    const found = assignArguments({
      tokens, candidates: input.candidates(), first: m.first, last: m.last,
      clauseFirst: argumentClause.first, clauseLast: argumentClause.last, type: entry.type, mode: m.entry.mode, subjectIsRecipient: ACCUSED_SUBJECT.has(m.entry.pattern) || BLAMED_SUBJECT.has(m.entry.pattern) || under,
    });
    if (under) found.actors = attackerAfterFrom(tokens, input.candidates(), m.last, argumentClause.last);
    if (!actors.length) actors = found.actors;
    if (!recipients.length) recipients = found.recipients.filter((r) => !actors.some((a) => a.evidence.start === r.evidence.start));
    if (actors.length && recipients.length) break;
  }
  // 'Demonstrators gathered': the crowd that names the protest is who protests.
  const crowd = entry.type === 'PROTEST' && input.insideActor(match.first) === 'whole' ? input.candidates().find((c) => c.first === match.first) : undefined;
  if (crowd) {
    actors = [crowd.participant];
    recipients = recipients.filter((r) => r.evidence.start !== crowd.participant.evidence.start);
  }
  // A subjectless clause after 'but' or 'and' is done by the sentence's subject, not by a speaker named after it.
  const shared = obligation ? undefined : sharedSubject(tokens, input.candidates(), argumentClause.first, input.sentence.tokenStart);
  if (shared && actors.every((a) => a.evidence.start >= tokens[match.last - 1].end)) {
    actors = [shared.participant];
    recipients = recipients.filter((r) => r.evidence.start !== shared.participant.evidence.start);
  }
  // An attack on a base, a checkpoint or soldiers meets armed men: ACLED calls it a clash, not an attack on civilians.
  if (chosen.label === 'ATTACK' && armedTarget(tokens, match, argumentClause)) Object.assign(chosen, { label: 'ARMED_CLASH', acled: 'Armed clash' as AcledSubtype });
  const territory = entry.type === 'ASSAULT' && entry.mode === 'seize' ? territoryClass(actors, recipients, tokens, match, argumentClause) : undefined;
  if (territory) Object.assign(chosen, territory);
  if ((chosen.label === 'GOV_REGAINS_TERIT' || chosen.label === 'NON_STATE_ACTOR_OVERTAKES_TER') && isPeacefulTakeover(tokens, input.sentence.tokenStart, input.sentence.tokenEnd)) {
    Object.assign(chosen, { label: 'NON_VIOL_TERRIT_TRANSFER', acled: 'Non-violent transfer of territory' as AcledSubtype });
  }
  // A blame is the speaker's act (speakerActs gives it): the party it names, after 'by' or as the subject, is the accused.
  if (BLAME_PATTERNS.has(entry.pattern)) [actors, recipients] = [[], BLAMED_SUBJECT.has(entry.pattern) || !actors.length ? recipients : actors];
  const diplomatic = isDiplomaticProtest(tokens, match, actors, input.sentence.tokenEnd);
  if (diplomatic) {
    ({ mode, cameo } = DIPLOMATIC_PROTEST);
    Object.assign(chosen, { label: 'DIPLO', acled: undefined, otherClass: 'DIPLO' });
  }
  return {
    trigger: tokenSpan(tokens, match.first, match.last),
    triggerText: input.text.slice(tokens[match.first].start, tokens[match.last - 1].end),
    sentence: input.index,
    type: diplomatic ? DIPLOMATIC_PROTEST.type : entry.type,
    mode, cameo,
    acled: chosen.acled,
    otherClass: chosen.acled ? undefined : chosen.otherClass,
    actors, recipients,
    clause: tokenSpan(tokens, clause.first, clause.last),
    // 'said … and accused the rebels': the speaker goes on to a speech act of its own; 'X "do not discriminate"' is the speaker's accusation.
    speechAct: obligation || ACCUSED_SUBJECT.has(entry.pattern) || SAID_JUDGEMENT.has(entry.pattern) || BLAME_PATTERNS.has(entry.pattern) || speakerGoesOn(tokens, input.candidates(), match.first, argumentClause.first, entry.type) ? true : undefined,
    otherTriggers: siblings.length > 1 ? siblings.filter((m) => m !== match).map((m) => tokenSpan(tokens, m.first, m.last)) : undefined,
    rule: `trigger:${entry.pattern}` + (entry.acled || entry.otherClass ? '' : ` + classifier:${chosen.label}`),
    // A verb states the act; a noun more often names one already told ('the attack', 'the talks').
    // The lead sentence states the story's main event, as news is written.
    confidence: Math.round(Math.max(0, Math.min(1, 0.5 * entry.weight + 0.5 * chosen.p + (tokens[match.first].pos === 'VERB' ? VERB_BONUS : 0)
      + (input.index === 0 ? LEAD_BONUS : 0) - backgroundPenalty(tokens, match, input.sentence.tokenStart) - conditionPenalty(tokens, match, input.sentence.tokenStart))) * 1000) / 1000,
    // Every field of a mention, in the order classifier-event.ts lists them too, is present from the start (undefined where absent,
    // which JSON leaves out; later steps set these two): every mention has one V8 shape, so the functions reading them stay optimised.
    contentOf: undefined,
    sceneRecipients: undefined,
  };
}
