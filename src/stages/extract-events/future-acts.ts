import type { Token } from '../../model/token.js';
import type { PloverType } from '../../model/event-types.js';

// Words just before a verb that make it a promise or a plan rather than a deed.
// 'may halt', 'might withdraw': a possible act announced is a plan or a threat too ('may have killed' is not: 'have' stops the scan).
const MODALS = new Set(['will', 'would', 'shall', "'ll", '’ll', 'may', 'might']);
const INTENT = new Set(['willing', 'ready', 'prepared', 'committed', 'plan', 'plans', 'planned', 'planning', 'plotting', 'intend', 'intends', 'intended', 'intending', 'aims', 'aimed', 'aiming', 'promised', 'pledged', 'offered', 'vowed', 'undertook', 'agreed']);
const READY_FOR = new Set(['ready', 'prepared', 'willing', 'open']);
const COOPERATIVE = new Set<PloverType>(['AID', 'RETREAT', 'CONSULT', 'SUPPORT', 'CONCEDE', 'COOPERATE']);
const HOSTILE = new Set<PloverType>(['ASSAULT', 'COERCE', 'SANCTION']);

/**
 * What a future act is in PLOVER: a promise or plan of cooperation is AGREE ('Syria is willing to withdraw
 * its troops', 'France will send aid'), a future act of force is THREATEN ('vowed to attack'). Returns the
 * type to code instead, or undefined when the verb states a deed.
 */
export function futureActType(tokens: readonly Token[], first: number, sentenceStart: number, type: PloverType, mode?: string): PloverType | undefined {
  if (tokens[first].pos !== 'VERB') return offeredNoun(tokens, first, sentenceStart) ? codeFuture(type, mode) : undefined;
  let future = false;
  for (let i = first - 1; i >= Math.max(sentenceStart, first - 4); i--) {
    const w = tokens[i].lower;
    if (MODALS.has(w)) { future = true; break; }
    if (w === 'to' && i > sentenceStart && INTENT.has(tokens[i - 1].lower)) { future = true; break; }
    // 'will not withdraw' is a refusal, which the factuality stage reads from the negation.
    if (!/^(not|also|soon|then|be|to|n't|still|immediately|gradually)$/.test(w) && tokens[i].pos !== 'ADV') break;
  }
  if (!future) return undefined;
  return codeFuture(type, mode);
}

// The manual's THREATEN 'restrict': 'boycotts, strikes, blockades'; a planned rally is no threat.
const THREATENING_PROTEST = new Set(['obstruct', 'boycott']);

function codeFuture(type: PloverType, mode?: string): PloverType | undefined {
  if (COOPERATIVE.has(type)) return 'AGREE';
  if (HOSTILE.has(type) || (type === 'PROTEST' && THREATENING_PROTEST.has(mode ?? ''))) return 'THREATEN';
  return undefined;
}

// 'ready to host talks', 'willing to hold a meeting', 'ready for talks', 'offered to send aid', 'will extend the night-time curfew':
// a noun that is the object of a promised or planned act.
function offeredNoun(tokens: readonly Token[], first: number, sentenceStart: number): boolean {
  let i = first - 1;
  while (i > sentenceStart && i >= first - 4 && (/^(DET|ADJ|NUM)$/.test(tokens[i].pos) || tokens[i].text === '-' || (tokens[i + 1]?.text === '-' || tokens[i - 1]?.text === '-'))) i--;
  // 'will provide 25,000 tons of emergency food aid': a measure of the noun, and nouns before it, stand in its phrase too.
  i = pastMeasure(tokens, i, first, sentenceStart);
  // 'ready for talks', 'open to negotiations': the readiness is the promise, with no verb between.
  if (i - 1 >= sentenceStart && /^(for|to)$/.test(tokens[i].lower) && READY_FOR.has(tokens[i - 1].lower)) return true;
  if (i - 1 < sentenceStart || tokens[i].pos !== 'VERB') return false;
  if (MODALS.has(tokens[i - 1].lower)) return true;
  if (i - 2 < sentenceStart || tokens[i - 1].lower !== 'to') return false;
  return INTENT.has(tokens[i - 2].lower);
}

const MEASURE_REACH = 8;
const COMPOUND = /^(NOUN|ADJ|DET|NUM|ADV)$/;

// From the word before a noun's modifiers, back over a compound noun and a measure phrase ('tons of emergency food'),
// to the verb before the measure; `i` itself when the phrase has no 'of' (a compound alone is a noun of its own).
function pastMeasure(tokens: readonly Token[], i: number, first: number, sentenceStart: number): number {
  let j = i;
  while (j > sentenceStart && first - j <= MEASURE_REACH && tokens[j].pos === 'NOUN') j--;
  if (j === i || tokens[j].lower !== 'of') return i;
  j--;
  while (j > sentenceStart && first - j <= MEASURE_REACH && COMPOUND.test(tokens[j].pos)) j--;
  return tokens[j].pos === 'VERB' ? j : i;
}

// An aim is not announced to anyone: 'intended to take the mountain, but were pushed back', 'plotting to attack'. Unlike a
// vow or a threat it is no political act of its own, and the act aimed at has not happened: it ranks below what happened.
const AIMS = new Set(['plan', 'plans', 'planned', 'planning', 'plotting', 'plotted', 'intend', 'intends', 'intended', 'intending', 'aims', 'aimed', 'aiming']);
const AIM_PENALTY = 0.3;

/** How much lower a verb ranks when it is only aimed at ('intended to take control'); 0 for a deed, a vow or a threat. */
export function aimPenalty(tokens: readonly Token[], first: number, sentenceStart: number): number {
  for (let i = first - 1; i > Math.max(sentenceStart, first - 4); i--) {
    if (tokens[i].lower === 'to') return AIMS.has(tokens[i - 1].lower) ? AIM_PENALTY : 0;
    if (tokens[i].pos !== 'ADV') return 0;
  }
  return 0;
}
