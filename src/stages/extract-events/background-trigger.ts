import type { Token } from '../../model/token.js';
import { isDenialOfToldClaim } from './denial-of-told-claim.js';
import type { TriggerMatch } from './find-triggers.js';
import { isTopicOfTalks } from './topic-of-talks.js';
import { isStandingDeployment } from './standing-deployment.js';
import { isPeriodToll, isRunningTotal, isTallyAcross, isCampaignSinceYear } from './period-toll.js';
import { isWeaponAsThing } from './weapon-as-thing.js';
import { isSinceAnchor } from './since-anchor.js';
import { isWarOrigin } from './war-origin.js';
import { isAttackedAid } from './attacked-aid.js';
import { isFailedAgreement } from './failed-agreement.js';
import { RELATIVE_PRONOUNS } from './clause-marks.js';

// Module constants: a regex literal inside a function is a new RegExp object each time it is reached.
const TITLE_CASE = /^[A-Z][a-z]/;
const ED_ENDING = /ed$/;
const ING_ENDING = /ing$/;
const THIRD_PERSON_S = /[^s]s$/;
const PERIOD_PREP = /^(in|during|throughout|since)$/;
const PERFECT_WORD = /^(has|have|had|already|so|far|now|,)$/;
const PLAN_VERB = /^(plans|aims|intends)$/;
const POSSESSIVE = /^['’]s$/;
const NO_SUBJECT = /^(peace|the|a)$/i;
const ACRONYM = /^[A-Z]{2,}$/;
const OPENING_MARK = /^["“'‘(:\-–—]$/;
const TO_OF_FOR = /^(to|of|for)$/;
const LOWER_WORD = /^[a-z]{3,}$/;

// Words that open a belief or a story, not a report: 'a prophecy that states it will be the site of a battle'.
const BELIEF_WORDS = new Set(['prophecy', 'prophecies', 'belief', 'beliefs', 'myth', 'legend', 'prediction', 'predictions', 'dream', 'fantasy']);
const BELIEF_REACH = 15;
// 'a war that has killed', 'killed in the war': the toll of a whole war, not an incident.
const WAR_WORDS = new Set(['war', 'conflict', 'uprising', 'revolution', 'insurgency', 'crisis']);
const TOLL_LEMMAS = new Set(['kill', 'die', 'claim']);
// Nouns an 'aid' word only qualifies: 'an aid program', 'aid workers', 'an aid convoy'.
const QUALIFIED_NOUN = /^(NOUN|PROPN)$/;
// A head noun whose modifiers these are: 'under a deal reached', 'carrying residents evacuated'.
const NOUN_PHRASE = /^(DET|ADJ|NUM|NOUN|PROPN)$/;
// A day or month after a participle dates it ('troops deployed Monday'): no object.
const DATE_NAME = /^(?:mon|tues|wednes|thurs|fri|satur|sun)day$|^(?:january|february|march|april|may|june|july|august|september|october|november|december)$/;

// Nouns whose 'to' names what they are for, not what happened: 'deals to evacuate people', 'a plan to withdraw'.
const PURPOSE_NOUNS = new Set(['deal', 'deals', 'agreement', 'agreements', 'plan', 'plans', 'effort', 'efforts',
  'order', 'orders', 'offer', 'offers', 'proposal', 'proposals', 'decision', 'pledge', 'promise', 'readiness', 'way', 'ways', 'right',
  // An attack's 'to' names its aim ('launched an offensive to seize the city'): the attack is the event, its aim not yet
  // done. Only nouns that are triggers themselves: 'an operation to retake the town' has no other word to tell it.
  'offensive', 'offensives', 'battle', 'battles', 'assault']);
// 'pockets of opposition to Assad', 'a bastion of support for the rebels': a noun that names a place or a group by its stance.
const STANCE_HOLDERS = new Set(['pocket', 'pockets', 'bastion', 'bastions', 'stronghold', 'strongholds', 'hotbed', 'hotbeds', 'symbol', 'base']);

// 'a previous truce', 'an earlier attack': another event than the story's, told as background.
const EARLIER = new Set(['previous', 'earlier', 'former', 'past', 'prior']);
// What stands before a participle that modifies a noun: 'two collapsed buildings', 'the besieged areas', 'from besieged towns'.
const ATTRIBUTIVE_BEFORE = /^(DET|NUM|ADJ|ADP)$/;
const NEED_VERBS = new Set(['depend', 'rely', 'need', 'lack', 'require']);
const THOUGHT_VERBS = new Set(['consider', 'contemplate', 'weigh', 'discuss', 'avoid', 'imagine', 'suggest', 'recommend']);
const GENERIC_DETERMINERS = new Set(['any', 'all', 'every', 'no']);

const isTitleCase = (t: Token) => TITLE_CASE.test(t.text);

/**
 * A participle after a noun, not after an auxiliary, describes that noun ('rebels backed by Turkish forces',
 * 'a hospital supported by MSF', 'the truce, agreed by the Contact Group', 'buses carrying residents
 * evacuated from the towns'): it says what a party or a thing is, not what happened in the story. Acts of
 * force are left alone ('civilians killed in the strike' reports the strike).
 */
function reducedRelative(tokens: readonly Token[], match: TriggerMatch, sentenceStart: number): boolean {
  const first = tokens[match.first];
  if (match.entry.type === 'ASSAULT' || match.last - match.first !== 1 || first.pos !== 'VERB' || !ED_ENDING.test(first.lower)) return false;
  let i = match.first - 1;
  while (i >= sentenceStart && (tokens[i].pos === 'ADV' || tokens[i].text === '-')) i--;
  if (i < sentenceStart) return false;
  const before = tokens[i];
  const next = tokens[match.last];
  // Only an auxiliary makes 'backed by' a clause of its own ('was backed by'); the tagger may read the noun before it as a verb.
  if (next?.lower === 'by') return before.pos !== 'AUX' && before.pos !== 'PRON';
  if (before.pos !== 'NOUN' && before.pos !== 'PROPN') return false;
  // A participle takes no object: 'police carrying batons patrolled the town' is the story's verb with its own.
  if (next !== undefined && (next.pos === 'DET' || next.pos === 'NUM' || next.pos === 'PROPN' && !DATE_NAME.test(next.lower))) return false;
  // The noun is itself the object of a participle or of 'under' ('carrying residents evacuated', 'under a deal
  // reached'); a subject after a fronted phrase ('The PRC on Tuesday demanded') is not.
  for (let j = i - 1; j >= Math.max(sentenceStart, i - 4); j--) {
    if (tokens[j].pos === 'VERB') return ING_ENDING.test(tokens[j].lower);
    if (tokens[j].pos === 'ADP') return tokens[j].lower === 'under';
    if (!NOUN_PHRASE.test(tokens[j].pos)) return false;
  }
  return false;
}

/**
 * True when a trigger tells background rather than an event of the story: a participle that describes a
 * party, a present-tense relative clause ('a charity that supports persecuted Christians'), a habit
 * ('we have always supported'), an event inside a belief ('a prophecy ... an apocalyptic battle'), the
 * toll of a whole war ('more than 6,500 people have been killed in the war'), an 'aid' word that
 * qualifies a noun ('an aid program'), a treaty that is the topic of talks, a standing deployment, a weapon named as a
 * thing ('missile data'), an event after 'since' (a reference point), and words of a Title-Case name or headline inside a sentence
 * ('Aid to the Church in Need', 'Militia Creates Brigade to Liberate Golan Heights').
 */
export function isBackgroundTrigger(tokens: readonly Token[], match: TriggerMatch, sentenceStart: number, sentenceEnd: number, sentenceIndex = 1): boolean {
  const first = tokens[match.first];
  if (isDenialOfToldClaim(tokens, match, sentenceStart, sentenceEnd)) return true;
  if (reducedRelative(tokens, match, sentenceStart)) return true;
  if (isTopicOfTalks(tokens, match, sentenceStart) || isStandingDeployment(tokens, match, sentenceStart, sentenceEnd)) return true;
  if (isWeaponAsThing(tokens, match, sentenceStart, sentenceEnd) || isSinceAnchor(tokens, match, sentenceStart)) return true;
  if (isWarOrigin(tokens, match, sentenceStart) || isFailedAgreement(tokens, match, sentenceStart, sentenceEnd)) return true;
  if (match.entry.type === 'AID' && isAttackedAid(tokens, match, sentenceStart, sentenceEnd)) return true;
  const before = match.first > sentenceStart ? tokens[match.first - 1] : undefined;
  if (first.pos === 'VERB' && before && RELATIVE_PRONOUNS.has(before.lower) && THIRD_PERSON_S.test(first.lower) && match.entry.type !== 'ASSAULT') return true;
  for (let i = match.first - 1; i >= Math.max(sentenceStart, match.first - 2); i--) if (tokens[i].lower === 'always') return true;
  if (match.entry.type !== 'ASSAULT' && tallySince(tokens, match, sentenceStart, sentenceEnd)) return true;
  if (first.pos === 'VERB' && before?.lower === 'to' && match.first - 2 >= sentenceStart && PURPOSE_NOUNS.has(tokens[match.first - 2].lower)
    && !verbAfterSubject(tokens, match.first - 2, sentenceStart)) return true;
  if (first.pos !== 'VERB' && before?.lower === 'of' && match.first - 2 >= sentenceStart && STANCE_HOLDERS.has(tokens[match.first - 2].lower)) return true;
  for (let i = match.first - 1; i >= Math.max(sentenceStart, match.first - BELIEF_REACH); i--) if (BELIEF_WORDS.has(tokens[i].lower)) return true;
  if (match.entry.type === 'ASSAULT' && TOLL_LEMMAS.has(first.lemma)
    && (warToll(tokens, match, sentenceStart, sentenceEnd) || isPeriodToll(tokens, match, sentenceStart, sentenceEnd) || isTallyAcross(tokens, match, sentenceEnd))) return true;
  if (match.entry.type === 'ASSAULT' && (isRunningTotal(tokens, match, sentenceStart, sentenceEnd) || isCampaignSinceYear(tokens, match, sentenceEnd))) return true;
  if (match.entry.type === 'AID' && first.pos !== 'VERB' && match.last < sentenceEnd && QUALIFIED_NOUN.test(tokens[match.last].pos) && !isTitleCase(tokens[match.last])) return true;
  // 'truce monitors', 'ceasefire violations': a truce word that qualifies a noun names no truce of its own.
  if (match.entry.mode === 'ceasefire' && first.pos !== 'VERB' && match.last < sentenceEnd && tokens[match.last].pos === 'NOUN' && !isTitleCase(tokens[match.last])) return true;
  // 'a Memorandum on Cessation of Hostilities': a truce phrase capitalised mid-sentence is a document's title.
  if (match.entry.mode === 'ceasefire' && match.last - match.first > 1 && match.first > sentenceStart && isTitleCase(first) && isTitleCase(tokens[match.last - 1])) return true;
  if (isTitleCase(first) && inTitleCaseRun(tokens, match, sentenceStart, sentenceEnd, sentenceIndex)) return true;
  if (first.pos !== 'VERB') {
    for (let i = match.first - 1; i >= Math.max(sentenceStart, match.first - 4); i--) if (EARLIER.has(tokens[i].lower)) return true;
  }
  // 'have either been captured or are heading to the border': one of two alternatives is not a report.
  for (let i = match.first - 1; i >= Math.max(sentenceStart, match.first - 3); i--) if (tokens[i].lower === 'either') return true;
  // 'depends on aid and smuggling', 'considering proposing another vote': a need or a thought, not an act.
  for (let i = match.first - 1; i >= Math.max(sentenceStart, match.first - 3); i--) {
    if (first.pos !== 'VERB' && NEED_VERBS.has(tokens[i].lemma)) return true;
    if (first.pos === 'VERB' && ING_ENDING.test(first.lower) && i === match.first - 1 && THOUGHT_VERBS.has(tokens[i].lemma)) return true;
  }
  // 'any faction fighting alongside them': a participle that tells what kind of party is meant.
  if (first.pos === 'VERB' && ING_ENDING.test(first.lower) && match.first - 2 >= sentenceStart && tokens[match.first - 1].pos === 'NOUN'
    && GENERIC_DETERMINERS.has(tokens[match.first - 2].lower)) return true;
  // 'collapsed buildings', 'besieged areas': a participle before its noun describes it (acts of force excepted).
  if (match.entry.type !== 'ASSAULT' && ED_ENDING.test(first.lower) && match.last - match.first === 1 && match.last < sentenceEnd
    && tokens[match.last].pos === 'NOUN' && ATTRIBUTIVE_BEFORE.test(before?.pos ?? '')) return true;
  return false;
}

// 'has mediated several truces … since the 2014 war': a perfect verb whose object counts many acts since a past time
// sums a record; it tells no one event. Acts of force are left to the war-toll rule.
const MANY = new Set(['several', 'many', 'numerous', 'multiple', 'countless', 'dozens', 'hundreds', 'scores']);
const PERFECT = new Set(['has', 'have']);

function tallySince(tokens: readonly Token[], match: TriggerMatch, sentenceStart: number, sentenceEnd: number): boolean {
  let k = match.first - 1;
  while (k >= sentenceStart && tokens[k].pos === 'ADV') k--;
  if (k < sentenceStart || !PERFECT.has(tokens[k].lower)) return false;
  if (!MANY.has(tokens[match.last]?.lower ?? '')) return false;
  for (let i = match.last + 1; i < sentenceEnd; i++) if (tokens[i].lower === 'since') return true;
  return false;
}

// 'killed in the war', 'since the conflict began'; or the war as the subject: 'The conflict has killed'.
function warToll(tokens: readonly Token[], match: TriggerMatch, sentenceStart: number, sentenceEnd: number): boolean {
  for (let i = match.last; i < Math.min(sentenceEnd - 1, match.last + 4); i++) {
    if (!PERIOD_PREP.test(tokens[i].lower)) continue;
    for (let j = i + 1; j < Math.min(sentenceEnd, i + 5); j++) {
      if (WAR_WORDS.has(tokens[j].lower)) return !(tokens[j + 1] && tokens[j + 1].pos === 'NOUN');
      if (tokens[j].pos === 'VERB' || tokens[j].text === ',') break;
    }
  }
  for (let i = match.first - 1; i >= Math.max(sentenceStart, match.first - 4); i--) {
    if (WAR_WORDS.has(tokens[i].lower)) return true;
    if (!PERFECT_WORD.test(tokens[i].lower)) break;
  }
  return false;
}

// 'Greece plans to impose …', 'the ministry plans to …': 'plans' right after its subject is the verb, not the noun of
// 'Russia's plans to …' or 'the peace plan to …'.
function verbAfterSubject(tokens: readonly Token[], at: number, sentenceStart: number): boolean {
  if (!PLAN_VERB.test(tokens[at].lower) || at - 1 < sentenceStart) return false;
  const subject = tokens[at - 1];
  // 'Greece, like most other members, plans to …': an aside set off by commas ends right before the verb.
  if (subject.text === ',') return true;
  return (subject.pos === 'PROPN' || subject.pos === 'PRON' || (subject.pos === 'NOUN' && !POSSESSIVE.test(subject.text))) && !NO_SUBJECT.test(subject.lower);
}

// 'The Ceasefire Violations Committee (CFVC)': a run of capitalised words glossed by an acronym is a name.
function acronymFollows(tokens: readonly Token[], from: number, sentenceEnd: number): boolean {
  let i = from;
  while (i < sentenceEnd && isTitleCase(tokens[i])) i++;
  return i + 1 < sentenceEnd && tokens[i].text === '(' && ACRONYM.test(tokens[i + 1].text);
}

// A capitalised trigger inside a sentence that is followed by more capitalised words belongs to a name or a
// headline run into the text ('Aid to the Church in Need', 'Brigade to Liberate Golan Heights From Israel').
function inTitleCaseRun(tokens: readonly Token[], match: TriggerMatch, sentenceStart: number, sentenceEnd: number, sentenceIndex: number): boolean {
  const opensSentence = match.first === sentenceStart || OPENING_MARK.test(tokens[match.first - 1].text);
  let capitals = 0;
  for (let i = match.last; i < Math.min(sentenceEnd, match.last + 5); i++) if (isTitleCase(tokens[i])) capitals++;
  if (opensSentence) return capitals >= 2 && TO_OF_FOR.test(tokens[match.last]?.lower ?? '');
  if (!(capitals >= 1 && tokens[match.first].pos !== 'PROPN' || capitals >= 2)) return false;
  if (acronymFollows(tokens, match.last, sentenceEnd)) return true;
  // The story's own title ('Russia Announces 72-Hour Truce') opens the text; later, a run of Title Case is a list of
  // related headlines, unless the sentence is running text that only names something ('the Battle of Aleppo').
  if (sentenceIndex > 0) return true;
  for (let i = sentenceStart; i < match.first; i++) if (LOWER_WORD.test(tokens[i].text) && (tokens[i].pos === 'NOUN' || tokens[i].pos === 'VERB')) return true;
  return false;
}
