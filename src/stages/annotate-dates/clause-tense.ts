import type { Token } from '../../model/token.js';
import type { Span } from '../../model/span.js';
import { readTsv } from '../../data-files/read-tsv.js';
import { dataPath } from '../../data-files/data-path.js';

/**
 * The tense of the verb group nearest a time expression; 'unknown' when its sentence has no verb.
 * 'perfect' is the present perfect ("has set"): the past seen from now, which takes no definite past date.
 */
export type Tense = 'past' | 'perfect' | 'present' | 'future' | 'unknown';

// "would" is mostly reported future in news ("said the stock would be paid in January").
const FUTURE_AUX = new Set(['will', "'ll", '’ll', 'shall', 'wo', 'would']);
// Past auxiliaries; "has"/"have" before a participle make the present perfect ("has flared up"), dated as the past (see resolveYear).
const PAST_AUX = new Set(['was', 'were', 'had', 'did', 'has', 'have', "'ve", '’ve']);
// "has"/"have" make a perfect only before a participle; on their own ("has an option") they are the present.
const PERFECT_AUX = new Set(['has', 'have', "'ve", '’ve']);
// A present auxiliary makes the group present whatever the participle: "is expected in December".
const PRESENT_AUX = new Set(['is', 'are', 'am', "'re", '’re', 'do', 'does', 'can', 'may', 'must']);
const BE_FORMS = new Set(['is', 'are', 'am', "'re", '’re', "'s", '’s', 'was', 'were']);
// "payable by February", "until Monday", "extended the offer to Nov. 20", "effective Feb. 1", "notes due Nov. 17": a
// present clause looks ahead to such a limit, and a past one does not push it into last year.
// ("through Oct. 19" is left out: finance counts year-to-date figures through a past day).
const LIMIT_BEFORE = new Set(['by', 'until', 'till', 'to', 'effective', 'due']);

// Participles that set something ahead: "is expected Sunday", "is scheduled for Monday", "is set for May 10".
const EXPECTED = new Set(['expect', 'schedule', 'set', 'slate', 'plan', 'due']);
const RANGE_END = new Set(['through', 'to', 'until', 'till', 'thru']);
const NOW_WORDS = new Set(['today', 'now', 'tomorrow', 'tonight']);

// Verbs that report speech: their present ("says Monday") is the reporter's, not a schedule.
const REPORTING = new Set(['say', 'tell', 'state', 'report', 'claim', 'add', 'note']);
const POSSESSIVE = new Set(["'s", '’s', "'", '’']);

/** Verbs whose bare infinitive after a comma sets a start ahead: ', to begin on Thursday', ', to take effect at midnight'. */
const SCHEDULED = new Set(['begin', 'start', 'take', 'come', 'enter', 'go', 'resume', 'open', 'run', 'last', 'expire', 'end']);

let pastForms: Set<string> | undefined;

/** Irregular past forms (data/lexicons/past-verbs.tsv), read whatever tag wink-nlp gave them. */
function irregularPast(): Set<string> {
  pastForms ??= new Set(readTsv(dataPath('lexicons', 'past-verbs.tsv')).map((row) => row.word.toLowerCase()));
  return pastForms;
}

/**
 * Finds the tense of the clause a span sits in: the nearest verb of its sentence (ties go to
 * the one before), read together with the auxiliaries just before it ("will announce" is
 * future, "has been made" past, "is expected" present, an infinitive is left open). wink-nlp gives Universal POS tags only, so past forms are told by their text:
 * '-ed' endings, a listed irregular form, or a lemma that differs from the word ("said" → "say").
 */
export function clauseTense(tokens: readonly Token[], span: Span): Tense {
  const at = firstTokenAtOrAfter(tokens, span.start);
  // "since Dec. 1" starts a stretch that reaches the clause's time, so it lies before it whatever the tense.
  if (at > 0 && tokens[at - 1].sentence === tokens[at]?.sentence && tokens[at - 1].lower === 'since') return 'past';
  // "from today through Nov. 17": a stretch that starts now ends ahead, whatever the verb.
  if (at > 2 && RANGE_END.has(tokens[at - 1].lower) && NOW_WORDS.has(tokens[at - 2].lower) && tokens[at - 3].lower === 'from') return 'future';
  const tense = verbGroupTense(tokens, at, span);
  if (at > 0 && tokens[at - 1].sentence === tokens[at]?.sentence && LIMIT_BEFORE.has(tokens[at - 1].lower)) {
    // A deadline set in the past ("gave them until mid-November") may still lie ahead.
    return tense === 'past' || tense === 'perfect' ? 'unknown' : 'future';
  }
  return tense;
}

function verbGroupTense(tokens: readonly Token[], at: number, span: Span): Tense {
  const sentence = tokens[Math.min(at, tokens.length - 1)]?.sentence;
  if (sentence === undefined) return 'unknown';
  let best = -1;
  let bestDistance = Infinity;
  for (let i = at - 1; i >= 0 && tokens[i].sentence === sentence && at - i < bestDistance; i--) {
    if (isVerb(tokens[i]) && !isClockAm(tokens, i)) { best = i; bestDistance = at - i; break; }
  }
  for (let i = at; i < tokens.length && tokens[i].sentence === sentence; i++) {
    if (tokens[i].start < span.end) continue;
    if (i - at + 1 > bestDistance) break;
    if (isVerb(tokens[i]) && !isClockAm(tokens, i) && !reducedPassive(tokens, i)) { best = i; break; }
  }
  if (best < 0) return 'unknown';
  // Walk back to the head of the verb group: "will be held" → "will".
  let head = best;
  while (head > 0 && tokens[head - 1].sentence === sentence && (tokens[head - 1].pos === 'AUX' || tokens[head - 1].pos === 'PART' || tokens[head - 1].lower === 'not')) head--;
  for (let i = head; i <= best; i++) {
    const token = tokens[i];
    const word = token.lower;
    if (FUTURE_AUX.has(word)) return 'future';
    // "are to resume Tuesday" is planned: future; "were to resume" was planned, whenever it falls.
    if (BE_FORMS.has(word) && tokens[i + 1]?.lower === 'to' && tokens[i + 1].pos === 'PART') return PAST_AUX.has(word) ? 'unknown' : 'future';
    if (PERFECT_AUX.has(word)) return hasParticipleAfter(tokens, i) ? 'perfect' : 'present';
    if (PAST_AUX.has(word)) return best > i && EXPECTED.has(tokens[best].lemma) ? 'unknown' : 'past';
    if (PRESENT_AUX.has(word) || (word === "'s" && token.pos === 'AUX')) return looksAhead(tokens, i, best) ? 'future' : 'present';
    if (word === 'going' && tokens[i + 1]?.lower === 'to') return 'future';
    // An infinitive takes its time from the verb governing it (see infinitiveTense).
    if (word === 'to' && token.pos === 'PART') return infinitiveTense(tokens, i);
  }
  // A bare participle ("…, rising to a high in June") has no tense of its own: the clause it hangs on gives it.
  // ("revolving loans through January" is an adjective: only a participle after a comma opens such a clause.)
  if (head === best && best > 0 && tokens[best - 1].text === ',' && tokens[best].lower.endsWith('ing')) return governingTense(tokens, best);
  // "scheduled a hearing for Nov. 20": what was scheduled or set may still lie ahead, so the tense says nothing of it;
  // a bare participle joined to a noun's other modifiers ("talks, mediated by the church and scheduled for Monday")
  // describes the plan as it stands: ahead.
  if (isPastForm(tokens[best])) return EXPECTED.has(tokens[best].lemma) ? (plannedModifier(tokens, best) ? 'future' : 'unknown') : 'past';
  return isScheduledPresent(tokens, best, at, span) ? 'future' : 'present';
}

/** Words that join a bare participle to the modifiers of a noun before it: 'talks, mediated by … and scheduled for Monday'. */
const MODIFIER_JOINS = new Set([',', 'and']);

/** A participle of planning with no auxiliary, after a comma or 'and', followed by 'for' ('…, scheduled for Monday'). */
function plannedModifier(tokens: readonly Token[], participle: number): boolean {
  return participle > 0 && MODIFIER_JOINS.has(tokens[participle - 1].lower) && tokens[participle + 1]?.lower === 'for';
}

/** "is expected Sunday", "are scheduled for Monday", "is due on Friday": a present expectation looks ahead. */
function looksAhead(tokens: readonly Token[], aux: number, best: number): boolean {
  if (!BE_FORMS.has(tokens[aux].lower)) return false;
  if (tokens[aux + 1]?.lower === 'due') return true;
  return best > aux && EXPECTED.has(tokens[best].lemma);
}

/**
 * News writes a scheduled event in the simple present with its day right after the verb: "the
 * leaders meet Monday", "talks resume Tuesday". Not a reporting verb ("say Monday that …"), not a
 * date with a verb of its own ("gunmen Monday killed") or one that modifies a noun ("Tuesday's talks").
 */
function isScheduledPresent(tokens: readonly Token[], verb: number, at: number, span: Span): boolean {
  const token = tokens[verb];
  if (verb >= at || token.pos !== 'VERB' || token.lower.endsWith('ing') || REPORTING.has(token.lemma)) return false;
  for (let i = verb + 1; i < at; i++) if (tokens[i].pos !== 'ADV' && !(i === at - 1 && (tokens[i].lower === 'on' || tokens[i].lower === 'at'))) return false;
  const next = tokens[firstTokenAtOrAfter(tokens, span.end)];
  return !(next && next.sentence === token.sentence && (POSSESSIVE.has(next.lower) || isVerb(next)));
}

/** The tense of the finite verb before a bare participle in its sentence; 'unknown' when there is none. */
function governingTense(tokens: readonly Token[], participle: number): Tense {
  const sentence = tokens[participle].sentence;
  for (let i = participle - 1; i >= 0 && tokens[i].sentence === sentence; i--) {
    if (!isVerb(tokens[i]) || isClockAm(tokens, i) || tokens[i].lower.endsWith('ing')) continue;
    let head = i;
    while (head > 0 && tokens[head - 1].sentence === sentence && (tokens[head - 1].pos === 'AUX' || tokens[head - 1].lower === 'not')) head--;
    for (let k = head; k <= i; k++) {
      const word = tokens[k].lower;
      if (FUTURE_AUX.has(word)) return 'future';
      if (PAST_AUX.has(word)) return 'past';
      if (PRESENT_AUX.has(word)) return 'present';
    }
    return isPastForm(tokens[i]) ? 'past' : 'present';
  }
  return 'unknown';
}

/** A participle that describes the noun before it ('talks hosted by the EU'): no verb of the clause. */
function reducedPassive(tokens: readonly Token[], i: number): boolean {
  return tokens[i].lower.endsWith('ed') && tokens[i - 1]?.pos === 'NOUN' && tokens[i + 1]?.lower === 'by';
}

/** Whether a verb follows "has"/"have" in its group ("has set", "have already been"), making it a perfect. */
function hasParticipleAfter(tokens: readonly Token[], at: number): boolean {
  for (let i = at + 1; i < tokens.length && i <= at + 3 && tokens[i].sentence === tokens[at].sentence; i++) {
    if (tokens[i].pos === 'VERB' || tokens[i].pos === 'AUX') return true;
    if (tokens[i].pos !== 'ADV' && tokens[i].lower !== 'not') return false;
  }
  return false;
}

/** 'am' after a clock time ('8:00 am') is the time of day the tagger took for a verb. */
function isClockAm(tokens: readonly Token[], i: number): boolean {
  return tokens[i].lower === 'am' && i > 0 && /^\d/.test(tokens[i - 1].text);
}

function isVerb(token: Token): boolean {
  return token.pos === 'VERB' || token.pos === 'AUX' || irregularPast().has(token.lower);
}

function isPastForm(token: Token): boolean {
  const word = token.lower;
  if (PAST_AUX.has(word) || irregularPast().has(word)) return true;
  if (word.endsWith('ed')) return true;
  if (word.endsWith('ing') || word.endsWith('s')) return false;
  return token.lemma !== word && token.lemma !== '' && token.pos === 'VERB';
}

function firstTokenAtOrAfter(tokens: readonly Token[], offset: number): number {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[mid].end <= offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * An infinitive looks ahead from the verb that governs it: "is scheduled to close Monday", "is to
 * resume Tuesday" are future; after a past verb ("had been due to expire Friday") or another
 * infinitive ("is continuing to try to sell") it says nothing of when.
 */
function infinitiveTense(tokens: readonly Token[], to: number): Tense {
  const sentence = tokens[to].sentence;
  let i = to - 1;
  // "is scheduled to", "is to", "are expected to", "plans to": the verb (group) just before "to".
  // With none (", to begin at 8:00 am on Thursday"), an act set to start looks ahead.
  // "are due to meet on Sunday": 'due' is an adjective, so the verb group is the 'be' before it.
  if (tokens[i]?.lower === 'due' && i > 0 && BE_FORMS.has(tokens[i - 1].lower)) return PAST_AUX.has(tokens[i - 1].lower) ? 'unknown' : 'future';
  if (i < 0 || tokens[i].sentence !== sentence || !isVerb(tokens[i])) return tokens[i]?.text === ',' && SCHEDULED.has(tokens[to + 1]?.lemma ?? '') ? 'future' : 'unknown';
  let head = i;
  while (head > 0 && tokens[head - 1].sentence === sentence && (tokens[head - 1].pos === 'AUX' || tokens[head - 1].lower === 'not')) head--;
  if (head > 0 && tokens[head - 1].lower === 'to') return 'unknown';
  for (let k = head; k <= i; k++) {
    const word = tokens[k].lower;
    if (FUTURE_AUX.has(word)) return 'future';
    if (PAST_AUX.has(word)) return 'unknown';
    if (PRESENT_AUX.has(word) || (word === "'s" && tokens[k].pos === 'AUX')) return 'future';
  }
  return isPastForm(tokens[i]) ? 'unknown' : 'future';
}
