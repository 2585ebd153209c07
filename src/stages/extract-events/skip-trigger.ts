import type { Token } from '../../model/token.js';
import type { TriggerMatch } from './find-triggers.js';
import { inNonEventPhrase } from './non-event-phrase.js';
import { isMunitionFired } from './weapon-fired.js';
import { inStandingDenial } from './standing-denial.js';
import { inBodyName } from './body-name.js';
import { leadsCaptives } from './led-captives.js';
import { isQuotedWarning } from './quoted-warning.js';
import { isPastOccupation } from './past-occupation.js';
import { isPurposeOfPassive } from './purpose-of-passive.js';
import { inVetoedText } from './vetoed-text.js';
import { inOpenQuestion } from './open-question.js';
import { isWarStartProtest } from './war-start-protests.js';
import { aimsAtNothing } from './aimed-at-object.js';
import { isTrendOfActs } from './trend-of-acts.js';

// Module constants: a regex literal inside a function is a new RegExp object each time it is reached.
const RELATIVE_PRONOUN = /^(that|which|who|whom)$/;
const ED_ENDING = /ed$/;

// A noun trigger after these words names a kind of event, not one that happened ('all attacks', 'the idea of cooperation').
const GENERIC_BEFORE = new Set(['all', 'any', 'every', 'such', 'future', 'possible', 'potential']);
const IDEA_OF = new Set(['idea', 'prospect', 'possibility', 'risk', 'fear', 'fears', 'aim', 'purpose', 'threat', 'regime', 'failure', 'violation', 'violations', 'breach', 'collapse', 'terms']);
// Verbs whose object is a purpose or a pretext, not an event: 'to justify a fight against terrorists'.
const PURPOSE_VERBS = new Set(['justify', 'prevent', 'avoid', 'discuss', 'plan', 'fund', 'finance']);

const WEAK = 0.6;
const AUXILIARIES = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being', 'has', 'have', 'had']);
const PASSIVE_BEFORE = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being', '(']);

// Verbs that stop a weapon from being used: a grenade that was defused or a mine that was found did not explode.
const DISRUPT_VERBS = new Set(['defuse', 'seize', 'recover', 'find', 'discover', 'discovery', 'seizure', 'dismantle', 'intercept', 'confiscate', 'neutralize', 'neutralise', 'unearth', 'foil', 'thwart', 'clear', 'remove', 'shoot', 'down']);
const WEAPON_MODES = new Set(['explosives', 'heavy-weapons', 'unconventional', 'suicide-attack']);

// '(banned in Russia)', 'that are recognized as terrorist', 'which are supported by Washington': a passive
// in a parenthesis or a relative clause, or one followed by 'as', tells what a party is, not what happened.
function describesParty(tokens: readonly Token[], match: TriggerMatch, sentenceStart: number): boolean {
  const before = match.first > sentenceStart ? tokens[match.first - 1].lower : '';
  if (before === '(') return true;
  if (!PASSIVE_BEFORE.has(before)) return false;
  const relative = match.first - 2 >= sentenceStart && RELATIVE_PRONOUN.test(tokens[match.first - 2].lower);
  return relative || tokens[match.last]?.lower === 'as';
}

// 'who asked not to be named', 'requested anonymity', 'declined to be identified', 'asking that his name be withheld':
// a source's condition, not an act.
const ANONYMITY_VERBS = new Set(['ask', 'request', 'decline', 'refuse', 'speak', 'talk']);
const UNNAMED = new Set(['named', 'identified', 'quoted', 'withheld']);

function asksForAnonymity(tokens: readonly Token[], match: TriggerMatch, sentenceEnd: number): boolean {
  if (!ANONYMITY_VERBS.has(tokens[match.first].lemma)) return false;
  for (let i = match.last; i < Math.min(sentenceEnd, match.last + 6); i++) {
    const w = tokens[i].lower;
    if (w === 'anonymity' || (UNNAMED.has(w) && tokens[i - 1].lower === 'be')) return true;
    if (w === ',' || w === '.') return false;
  }
  return false;
}

// 'Kidnapping for ransom is common', 'attacks on convoys are frequent': how often a kind of act happens, no act.
const COPULAS = new Set(['is', 'are', 'remain', 'remains', 'was', 'were', 'has', 'have', 'become', 'becomes', 'been']);
const HOW_OFTEN = new Set(['common', 'commonplace', 'frequent', 'rare', 'widespread', 'routine', 'uncommon', 'unusual', 'endemic', 'rampant']);

function isHowOften(tokens: readonly Token[], match: TriggerMatch, sentenceEnd: number): boolean {
  // The copula within a short subject ('Kidnapping for ransom is'), then the frequency word.
  for (let i = match.last; i < Math.min(sentenceEnd - 1, match.last + 5); i++) {
    if (!COPULAS.has(tokens[i].lower)) continue;
    let j = i + 1;
    while (j < sentenceEnd && (COPULAS.has(tokens[j].lower) || tokens[j].lower === 'very' || tokens[j].lower === 'still' || tokens[j].lower === 'increasingly')) j++;
    return j < sentenceEnd && HOW_OFTEN.has(tokens[j].lower);
  }
  return false;
}

// 'No group has claimed responsibility', 'there was no immediate claim of responsibility': nobody claimed anything.
const NOBODY = new Set(['no', 'nobody', 'none', 'neither']);

function nobodyClaims(tokens: readonly Token[], match: TriggerMatch, sentenceStart: number): boolean {
  if (!match.entry.pattern.includes('responsibility')) return false;
  for (let i = match.first - 1; i >= Math.max(sentenceStart, match.first - 4); i--) if (NOBODY.has(tokens[i].lower)) return true;
  return false;
}

// 'the area depends on aid and smuggling', 'families live off smuggling': what a place or people live on is a
// means of living, not an act told here.
const LIVE_ON = new Set(['depend', 'rely', 'live', 'survive', 'subsist']);

function meansOfLiving(tokens: readonly Token[], match: TriggerMatch, sentenceStart: number): boolean {
  for (let i = match.first - 1; i > Math.max(sentenceStart, match.first - 6); i--) {
    if (/^(on|upon|off)$/.test(tokens[i].lower) && LIVE_ON.has(tokens[i - 1].lemma)) return true;
    if (tokens[i].pos === 'VERB' || tokens[i].pos === 'DET' || /^[,;:]$/.test(tokens[i].text)) return false;
  }
  return false;
}

// 'insist on meddling', 'persisted in shelling the town': keeping on with one's own conduct asks nothing of anyone.
const PERSIST = new Set(['insist', 'persist']);

function persistsInOwnConduct(tokens: readonly Token[], match: TriggerMatch): boolean {
  if (match.entry.type !== 'REQUEST' || !PERSIST.has(tokens[match.first].lemma)) return false;
  const prep = tokens[match.last];
  const next = tokens[match.last + 1];
  // The tagger may call the gerund a noun ('meddling'); 'insisted on the holding of elections' names a thing asked for.
  return Boolean(prep && next && (prep.lower === 'on' || prep.lower === 'in') && next.lower.endsWith('ing') && tokens[match.last + 2]?.lower !== 'of');
}

// 'insisted that all options were on the table': insisting that something is so claims it; a demand takes a
// bare verb or a modal ('insisted that he resign', 'insisted that Assad must go').
const CLAIM_VERBS = new Set(['is', 'are', 'was', 'were', 'has', 'have', 'had', 'did', 'does']);
const CLAUSE_REACH = 8;

function insistsOnAClaim(tokens: readonly Token[], match: TriggerMatch, sentenceEnd: number): boolean {
  if (match.entry.type !== 'REQUEST' || tokens[match.first].lemma !== 'insist' || tokens[match.last]?.lower !== 'that') return false;
  for (let i = match.last + 1; i < Math.min(sentenceEnd, match.last + CLAUSE_REACH); i++) {
    if (tokens[i].pos === 'VERB' || tokens[i].pos === 'AUX') return CLAIM_VERBS.has(tokens[i].lower) || /ed$/.test(tokens[i].lower);
  }
  return false;
}

const DETERMINERS = new Set(['the', 'a', 'an', 'its', 'their', 'his', 'her', 'this', 'that']);
const PLACE_NOUNS = new Set(['town', 'city', 'village', 'area', 'region', 'territory', 'territories', 'enclave', 'district', 'province', 'zone', 'strip', 'camp']);

// 'on the occupied West Bank', 'the besieged Bosnian town': a participle between a determiner and a place
// describes the place; the act it names is not told here.
function describesPlace(tokens: readonly Token[], match: TriggerMatch, sentenceStart: number): boolean {
  if (match.last - match.first !== 1 || !ED_ENDING.test(tokens[match.first].lower) || match.first <= sentenceStart) return false;
  if (!DETERMINERS.has(tokens[match.first - 1].lower)) return false;
  const next = tokens[match.last];
  return Boolean(next && (next.pos === 'PROPN' || PLACE_NOUNS.has(next.lower)));
}

/**
 * True when a trigger is not an event statement: nobody claiming responsibility, a source asking for anonymity ('who asked not to be named'),
 * how often a kind of act happens ('kidnapping for ransom is common'), what people live on ('depends on aid and smuggling'), a generic or hypothetical noun ('all attacks',
 * 'the idea of cooperation', 'the failure of the cease-fire'), the object of 'justify'/'prevent', a weapon
 * that was defused or seized rather than used ('police defused a grenade'), or a
 * word inside a named actor ('the Rapid Support Forces' is not a 'support' event), persisting in one's own conduct ('insist on meddling'),
 * or 'targeted' with no object after it ('the targeted airbase', 'areas were targeted').
 */
export function skipTrigger(tokens: readonly Token[], match: TriggerMatch, sentenceStart: number, insideActor: (token: number) => 'inside' | 'head' | 'whole' | undefined, sentenceEnd = tokens.length): boolean {
  const first = tokens[match.first];
  // 'died in Russian airstrikes': a force named by its attack is the party and the attack both.
  const inActor = insideActor(match.first);
  if (inActor === 'inside' || (inActor === 'head' && match.entry.type !== 'ASSAULT')) return true;
  // 'Demonstrators gathered': a crowd named by its protest is the party and the protest both.
  if (inActor === 'whole' && (match.entry.type !== 'PROTEST' || match.last - match.first !== 1)) return true;
  if (asksForAnonymity(tokens, match, sentenceEnd) || nobodyClaims(tokens, match, sentenceStart)) return true;
  if (inNonEventPhrase(tokens, match, sentenceStart, sentenceEnd) || isMunitionFired(tokens, match, sentenceStart)) return true;
  if (inBodyName(tokens, match, sentenceStart) || leadsCaptives(tokens, match, sentenceEnd)) return true;
  if (isQuotedWarning(tokens, match, sentenceStart) || isPastOccupation(tokens, match, sentenceStart)) return true;
  if (match.entry.type !== 'REJECT' && inStandingDenial(tokens, match, sentenceStart)) return true;
  // Words that tell no act of the story: what an act was for, what a vetoed text called for, a question left open.
  if (isPurposeOfPassive(tokens, match, sentenceStart) || inVetoedText(tokens, match, sentenceStart) || inOpenQuestion(tokens, match, sentenceStart)) return true;
  if (isWarStartProtest(tokens, match, sentenceStart, sentenceEnd) || isTrendOfActs(tokens, match, sentenceEnd)) return true;
  // A weak verb in the passive describes a party ('groups that are recognized as terrorist', '(banned in Russia)').
  if (match.entry.weight < WEAK && ED_ENDING.test(first.lower) && describesParty(tokens, match, sentenceStart)) return true;
  // 'US-backed', 'Saudi-led', 'Turkish-supported': a participle joined by a hyphen is an adjective of a party,
  // unless an auxiliary makes it the verb ('was gang-raped', 'had force-fed').
  if (ED_ENDING.test(first.lower) && match.first > sentenceStart && tokens[match.first - 1].text === '-'
    && !(match.first - 3 >= sentenceStart && AUXILIARIES.has(tokens[match.first - 3].lower))) return true;
  // 'Backed by Russian jets, the army took the town': a participle that opens the sentence describes its
  // subject, as 'Russian-backed' would; the main verb tells the act.
  if (match.entry.type === 'SUPPORT' && ED_ENDING.test(first.lower) && match.first === sentenceStart && tokens[match.last]?.lower === 'by') return true;
  if (describesPlace(tokens, match, sentenceStart)) return true;
  if (aimsAtNothing(tokens, match, sentenceStart, sentenceEnd)) return true;
  if (persistsInOwnConduct(tokens, match) || insistsOnAClaim(tokens, match, sentenceEnd)) return true;
  // 'energy facilities supporting the arms industry': a participle right after a noun tells what the thing does (a
  // reduced relative clause), not an act of support someone made.
  if (match.entry.type === 'SUPPORT' && first.lower.endsWith('ing') && match.first > sentenceStart
    && tokens[match.first - 1].pos === 'NOUN' && insideActor(match.first - 1) === undefined) return true;
  const nominal = first.pos === 'NOUN' || first.pos === 'PROPN' || first.pos === 'ADJ';
  if (!nominal && !first.lower.endsWith('ing')) return false;
  if (isHowOften(tokens, match, sentenceEnd) || meansOfLiving(tokens, match, sentenceStart)) return true;
  if (!nominal) return false;
  if (match.entry.type === 'ASSAULT' && WEAPON_MODES.has(match.entry.mode ?? '')) {
    for (let i = match.first - 1; i >= Math.max(sentenceStart, match.first - 6); i--) if (DISRUPT_VERBS.has(tokens[i].lemma)) return true;
  }
  for (let i = match.first - 1; i >= Math.max(sentenceStart, match.first - 3); i--) {
    const w = tokens[i].lower;
    if (GENERIC_BEFORE.has(w) && !(w === 'any' && deniedScope(tokens, i, sentenceStart))) return true;
    if (PURPOSE_VERBS.has(tokens[i].lemma) || PURPOSE_VERBS.has(w)) return true;
    if (w === 'of' && i > sentenceStart && IDEA_OF.has(tokens[i - 1].lower)) return true;
  }
  return false;
}

const CLAUSE_PUNCTUATION = /^[,;:]$/;
const DENIERS = new Set(['not', "n't", 'never', 'deny', 'denied', 'denies', 'denying']);
/** How far back from 'any' the negation or denial may stand: 'denied it had carried out any', 'had not fired any'. */
const DENIAL_REACH = 6;

// 'had not carried out any strikes', 'denied it had fired any shells': 'any' under a negation or a denial is the
// polarity word of the act denied, which is an event (factuality 'denied'), not a kind of act.
function deniedScope(tokens: readonly Token[], any: number, sentenceStart: number): boolean {
  for (let i = any - 1; i >= Math.max(sentenceStart, any - DENIAL_REACH); i--) {
    if (DENIERS.has(tokens[i].lower) || tokens[i].lemma === 'deny') return true;
    if (CLAUSE_PUNCTUATION.test(tokens[i].text)) return false;
  }
  return false;
}
