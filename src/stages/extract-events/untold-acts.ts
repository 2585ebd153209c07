import type { Token } from '../../model/token.js';
import type { TriggerMatch } from './find-triggers.js';
import { askedNotTold } from './asked-not-told.js';
import { habitualAct as habitualVerb } from './habitual-acts.js';
import { ATTACK_VERBS } from './attacked-aid.js';

// Words that look like an event of the story and tell none: a party's past described by its year, a
// document put out, aid or a truce named as the thing affected, an aim, talks that cannot go on, a
// description denied, a habit, a suspicion, 'no attack', a blame with nobody blaming, the agreeing of a
// truce already named, a participle or a relative clause that describes a noun, a war's toll in thousands,
// an act asked about in a question ('determines whose planes carry out raids', 'Or is it a way to …?'), an event
// that 'threatens' (endangers) something.
// An ACLED or PLOVER coder records none of them.
// (A missile 'intercepted' by air defences stays an event: ACLED codes it as disrupted weapons use.)

// Module constants: a regex literal inside a function is a new RegExp object each time it is reached.
const YEAR = /^(19|20)\d\d$/;
const ED_ENDING = /ed$/;
const CLAUSE_BREAK = /^[,;:()"“”]$/;
const RELATIVE = new Set(['which', 'who']);
const NEGATORS = new Set(['not', "n't", 'never']);

/**
 * 'The junta, which seized power in 2020, …', 'veterans who rejected the 2016 peace deal': a relative clause
 * that dates a party's past by its year tells what the party is, not an act of the story (news dates its own
 * acts by day). The clause runs from 'which'/'who' to the next comma or the end of the sentence.
 */
function inDatedRelativeClause(tokens: readonly Token[], match: TriggerMatch, sentenceStart: number, sentenceEnd: number): boolean {
  let open = -1;
  for (let i = match.first - 1; i >= Math.max(sentenceStart, match.first - 12); i--) {
    if (RELATIVE.has(tokens[i].lower)) { open = i; break; }
    if (CLAUSE_BREAK.test(tokens[i].text)) return false;
  }
  if (open < 0) return false;
  for (let i = open + 1; i < sentenceEnd && !CLAUSE_BREAK.test(tokens[i].text); i++) if (YEAR.test(tokens[i].text)) return true;
  return false;
}

// What is released or provided that is no person, place or aid: 'a statement released on Thursday', 'released a video',
// 'unable to provide a toll'.
const DOCUMENTS = new Set(['statement', 'statements', 'video', 'videos', 'footage', 'report', 'reports', 'figures', 'data', 'list',
  'recording', 'recordings', 'photo', 'photos', 'photographs', 'images', 'pictures', 'communique', 'details', 'findings', 'results',
  'audio', 'tape', 'transcript', 'letter', 'document', 'documents', 'toll', 'names', 'budget', 'album', 'book', 'film', 'funds', 'fund']);
// What is provided that tells about an event rather than helps anyone: 'unable to provide a toll', 'provided no details'
// ('providing aerial photographs and other military intelligence' is aid).
const FIGURES_AND_DETAILS = new Set(['toll', 'figures', 'figure', 'number', 'details', 'evidence', 'breakdown', 'explanation', 'comment', 'proof', 'names']);
const NOUN_PHRASE_WORD = /^(DET|ADJ|NUM|PRON)$/;

function documentReleased(tokens: readonly Token[], match: TriggerMatch, sentenceStart: number, sentenceEnd: number): boolean {
  const lemma = tokens[match.first].lemma;
  if ((lemma !== 'release' && lemma !== 'provide') || match.last - match.first !== 1) return false;
  const things = lemma === 'release' ? DOCUMENTS : FIGURES_AND_DETAILS;
  if (match.first > sentenceStart && things.has(tokens[match.first - 1].lower)) return true;
  let i = match.last;
  while (i < sentenceEnd && NOUN_PHRASE_WORD.test(tokens[i].pos)) i++;
  return i < sentenceEnd && things.has(tokens[i].lower);
}

// What is done to aid that makes it the thing affected: 'blocked humanitarian aid', 'an aid convoy was attacked'.
// Blocking or taking it, or any verb of attack that may take an aid noun for object (attacked-aid.ts).
const HARM_TO_AID = new Set(['block', 'obstruct', 'hamper', 'impede', 'hinder', 'restrict', 'divert', 'steal',
  'stop', 'seize', 'rob', 'hijack', 'burn', ...ATTACK_VERBS]);
const PASSIVE_AUX = new Set(['was', 'were', 'is', 'are', 'been', 'being', 'be', 'had', 'has', 'have']);

function aidAffected(tokens: readonly Token[], match: TriggerMatch, sentenceStart: number, sentenceEnd: number): boolean {
  if (match.entry.type !== 'AID' || tokens[match.first].pos === 'VERB') return false;
  for (let i = match.first - 1; i >= Math.max(sentenceStart, match.first - 3); i--) {
    if (HARM_TO_AID.has(tokens[i].lemma) && (tokens[i].pos === 'VERB' || tokens[i].pos === 'NOUN')) return true;
    if (tokens[i].pos === 'VERB' || CLAUSE_BREAK.test(tokens[i].text)) break;
  }
  let j = match.last;
  while (j < sentenceEnd && PASSIVE_AUX.has(tokens[j].lower)) j++;
  return j > match.last && j < sentenceEnd && HARM_TO_AID.has(tokens[j].lemma);
}

// 'fail to respect a ceasefire', 'shelled the town despite a truce', 'has brokered several truces': a truce
// named as the state of affairs an act is measured against, or counted, is no truce declared here.
// So is a truce that is to be watched over ('measures to monitor the truce', 'to supervise the ceasefire').
const TRUCE_AS_STATE = new Set(['respect', 'observe', 'honour', 'honor', 'uphold', 'violate', 'breach', 'break', 'flout', 'despite',
  'monitor', 'supervise', 'enforce', 'police']);

function truceAsState(tokens: readonly Token[], match: TriggerMatch, sentenceStart: number): boolean {
  if (match.entry.mode !== 'ceasefire' || tokens[match.first].pos === 'VERB') return false;
  // 'cessation of hostilities', 'agreement on the ceasefire': with a preposition inside, the first noun is the head.
  let head = tokens[match.last - 1];
  for (let i = match.first + 1; i < match.last - 1; i++) if (tokens[i].pos === 'ADP') { head = tokens[match.first]; break; }
  return (head.lower !== head.lemma && head.lower.endsWith('s')) || truceNamedAsState(tokens, match, sentenceStart);
}

/**
 * The singular case ('despite a truce'): that truce is one the story knows, so 'the truce' told later is it
 * again, not a new one.
 */
export function truceNamedAsState(tokens: readonly Token[], match: TriggerMatch, sentenceStart: number): boolean {
  if (match.entry.mode !== 'ceasefire' || tokens[match.first].pos === 'VERB') return false;
  for (let i = match.first - 1; i >= Math.max(sentenceStart, match.first - 4); i--) {
    if (TRUCE_AS_STATE.has(tokens[i].lemma) || TRUCE_AS_STATE.has(tokens[i].lower)) return true;
    if (CLAUSE_BREAK.test(tokens[i].text)) break;
  }
  return false;
}

// 'contractors to help fight the insurgency': what someone is brought in to help do is the aim, not an act.
// (The tagger may read the verb after 'to help' as a noun: the words say it is a verb.)
function aimToHelp(tokens: readonly Token[], match: TriggerMatch, sentenceStart: number): boolean {
  return match.first - 2 >= sentenceStart
    && tokens[match.first - 1].lower === 'help' && tokens[match.first - 2].lower === 'to';
}

// 'Talks cannot continue while …': a noun whose verb is a negated 'can' or 'must' states a condition, not the event.
const MODALS = new Set(['can', 'could', 'must', 'should', 'will', 'would']);

function cannotGoOn(tokens: readonly Token[], match: TriggerMatch, sentenceEnd: number): boolean {
  const head = tokens[match.first];
  if (head.pos !== 'NOUN' && head.pos !== 'PROPN') return false;
  return match.last + 1 < sentenceEnd && MODALS.has(tokens[match.last].lower) && NEGATORS.has(tokens[match.last + 1].lower);
}

// 'denies that the contractors are mercenaries': a denial of what a party is, not of an act.
function deniesDescription(tokens: readonly Token[], match: TriggerMatch, sentenceEnd: number): boolean {
  if (tokens[match.first].lemma !== 'deny' || tokens[match.last]?.lower !== 'that') return false;
  for (let i = match.last + 1; i < Math.min(sentenceEnd, match.last + 10); i++) {
    const t = tokens[i];
    if (t.pos !== 'AUX' && t.pos !== 'VERB') continue;
    // The first verb of the clause is a bare 'is'/'are' with no participle after it.
    return t.lemma === 'be' && tokens[i + 1] !== undefined && tokens[i + 1].pos !== 'VERB' && tokens[i + 1].pos !== 'AUX';
  }
  return false;
}

/**
 * 'A full ceasefire agreed in Minsk in February 2015 has never held': an agreement told by a participle after
 * its noun and dated by a past year is the background the story is measured against; so is the noun it describes.
 */
function datedParticiple(tokens: readonly Token[], match: TriggerMatch, sentenceStart: number, sentenceEnd: number): boolean {
  let participle = -1;
  const first = tokens[match.first];
  if (first.pos === 'VERB' && ED_ENDING.test(first.lower) && match.first > sentenceStart && tokens[match.first - 1].pos === 'NOUN') participle = match.first;
  else if (first.pos !== 'VERB' && match.last < sentenceEnd && tokens[match.last].pos === 'VERB' && ED_ENDING.test(tokens[match.last].lower)) participle = match.last;
  if (participle < 0 || match.entry.type === 'ASSAULT') return false;
  for (let i = participle + 1; i < Math.min(sentenceEnd, participle + 10); i++) {
    if (CLAUSE_BREAK.test(tokens[i].text) || tokens[i].pos === 'AUX' || tokens[i].pos === 'VERB') return false;
    if (YEAR.test(tokens[i].text)) return true;
  }
  return false;
}

// 'still carries out raids', 'often stages ambushes': a kind of act a party does by habit, not one of the story.
const HABIT = new Set(['still', 'regularly', 'often', 'frequently', 'routinely', 'usually', 'sometimes', 'occasionally']);
const PRESENT_S = /[^s]s$/;

function habitualAct(tokens: readonly Token[], match: TriggerMatch, sentenceStart: number): boolean {
  if (tokens[match.first].pos === 'VERB') return false;
  let words = 0;
  for (let i = match.first - 1; i >= sentenceStart + 1 && words < 4; i--) {
    const t = tokens[i];
    // 'hit-and-run' is one word of the noun phrase, however many tokens.
    if (t.text === '-' || tokens[i + 1]?.text === '-' || tokens[i - 1]?.text === '-') continue;
    words++;
    if (t.pos === 'VERB' && PRESENT_S.test(t.lower) && HABIT.has(tokens[i - 1].lower)) return true;
  }
  return false;
}

// 'militias have been blamed for similar attacks': a passive blame with no 'by' names nobody who blames.
const PASSIVE = new Set(['is', 'are', 'was', 'were', 'been', 'being']);

function blameByNobody(tokens: readonly Token[], match: TriggerMatch, sentenceStart: number, sentenceEnd: number): boolean {
  const first = tokens[match.first];
  if (match.entry.type !== 'ACCUSE' || !ED_ENDING.test(first.lower) || match.first <= sentenceStart || !PASSIVE.has(tokens[match.first - 1].lower)) return false;
  // The agent may come after an aside: 'has been accused of misusing funds, much of it embezzled, by officials'.
  for (let i = match.last; i < sentenceEnd; i++) if (tokens[i].lower === 'by') return false;
  return true;
}

// 'villages it suspects of supporting its opponents': what someone is suspected of is a suspicion, not an act.
function suspectedOf(tokens: readonly Token[], match: TriggerMatch, sentenceStart: number): boolean {
  const of = match.first - 1;
  if (of <= sentenceStart || tokens[of].lower !== 'of') return false;
  for (let i = of - 1; i >= Math.max(sentenceStart, of - 3); i--) if (tokens[i].lemma === 'suspect' && tokens[i].pos === 'VERB') return true;
  return false;
}

// 'there had been no attack', 'no talks took place': an event noun after 'no' says none happened.
function noneOf(tokens: readonly Token[], match: TriggerMatch, sentenceStart: number): boolean {
  const first = tokens[match.first];
  return first.pos !== 'VERB' && match.first > sentenceStart && tokens[match.first - 1].lower === 'no';
}

// 'A ceasefire for Hodeidah agreed in Sweden': the participle tells how the truce came about; the truce is the event.
const ACCORD_NOUNS = new Set(['ceasefire', 'cease-fire', 'truce', 'deal', 'agreement', 'accord', 'pact', 'armistice']);
const BETWEEN_NOUN_AND_PARTICIPLE = /^(NOUN|PROPN|ADP|ADJ|DET|NUM)$/;

function accordAgreed(tokens: readonly Token[], match: TriggerMatch, sentenceStart: number): boolean {
  if (match.entry.type !== 'AGREE' || tokens[match.first].pos !== 'VERB' || !ED_ENDING.test(tokens[match.first].lower)) return false;
  for (let i = match.first - 1; i >= Math.max(sentenceStart, match.first - 4); i--) {
    if (ACCORD_NOUNS.has(tokens[i].lower)) return true;
    if (!BETWEEN_NOUN_AND_PARTICIPLE.test(tokens[i].pos)) return false;
  }
  return false;
}

// 'the internationally recognised government': a participle between a determiner (with adverbs) and its noun
// describes the noun.
function adverbParticiple(tokens: readonly Token[], match: TriggerMatch, sentenceStart: number, sentenceEnd: number): boolean {
  if (match.entry.type === 'ASSAULT' || match.last - match.first !== 1 || !ED_ENDING.test(tokens[match.first].lower)) return false;
  if (match.last >= sentenceEnd || tokens[match.last].pos !== 'NOUN') return false;
  let i = match.first - 1;
  if (i < sentenceStart || tokens[i].pos !== 'ADV') return false;
  while (i >= sentenceStart && tokens[i].pos === 'ADV') i--;
  return i >= sentenceStart && tokens[i].pos === 'DET';
}

// 'a clinic we support': a present verb after a pronoun right after a noun is a relative clause without
// 'that', telling what the noun is.
const SUBJECT_PRONOUNS = new Set(['we', 'they', 'i', 'you']);

function zeroRelative(tokens: readonly Token[], match: TriggerMatch, sentenceStart: number): boolean {
  const first = tokens[match.first];
  if (match.entry.type === 'ASSAULT' || first.lower !== first.lemma || match.first - 2 < sentenceStart) return false;
  return SUBJECT_PRONOUNS.has(tokens[match.first - 1].lower) && tokens[match.first - 2].pos === 'NOUN';
}

// 'has spread …, killing thousands of people': a toll in thousands is a war's, not an incident's.
const WAR_SCALE = new Set(['thousands', 'millions', 'tens']);

function warScaleToll(tokens: readonly Token[], match: TriggerMatch, sentenceEnd: number): boolean {
  if (match.entry.type !== 'ASSAULT' || tokens[match.first].lemma !== 'kill') return false;
  for (let i = match.last; i < Math.min(sentenceEnd, match.last + 2); i++) if (WAR_SCALE.has(tokens[i].lower)) return true;
  return false;
}

// 'the raid threatened a fragile truce', 'the fighting threatens the harvest': an event as the subject of 'threaten'
// endangers something; a threat is made by a party.
const EVENT_SUBJECTS = new Set(['attack', 'raid', 'strike', 'airstrike', 'bombing', 'shelling', 'fighting', 'violence', 'war', 'conflict',
  'clash', 'offensive', 'escalation', 'crisis', 'unrest', 'insurgency', 'siege', 'blockade']);

function eventEndangers(tokens: readonly Token[], match: TriggerMatch, sentenceStart: number): boolean {
  const subject = tokens[match.first - 1];
  return match.entry.type === 'THREATEN' && tokens[match.first].pos === 'VERB' && match.first > sentenceStart && EVENT_SUBJECTS.has(subject.lemma);
}

/** True when a trigger tells no act of the story (see the rules above). */
export function isUntoldAct(tokens: readonly Token[], match: TriggerMatch, sentenceStart: number, sentenceEnd: number): boolean {
  return inDatedRelativeClause(tokens, match, sentenceStart, sentenceEnd)
    || documentReleased(tokens, match, sentenceStart, sentenceEnd)
    || aidAffected(tokens, match, sentenceStart, sentenceEnd) || truceAsState(tokens, match, sentenceStart)
    || aimToHelp(tokens, match, sentenceStart) || cannotGoOn(tokens, match, sentenceEnd) || deniesDescription(tokens, match, sentenceEnd)
    || datedParticiple(tokens, match, sentenceStart, sentenceEnd) || habitualAct(tokens, match, sentenceStart) || suspectedOf(tokens, match, sentenceStart)
    || noneOf(tokens, match, sentenceStart) || blameByNobody(tokens, match, sentenceStart, sentenceEnd)
    || accordAgreed(tokens, match, sentenceStart) || adverbParticiple(tokens, match, sentenceStart, sentenceEnd)
    || zeroRelative(tokens, match, sentenceStart) || warScaleToll(tokens, match, sentenceEnd) || eventEndangers(tokens, match, sentenceStart)
    || askedNotTold(tokens, match, sentenceStart, sentenceEnd) || habitualVerb(tokens, match, sentenceStart, sentenceEnd);
}
