import type { Token } from '../../model/token.js';
import type { Candidate } from './assign-arguments.js';
import { REPORTING } from './clause-words.js';
import { inRelativeClause } from './subject-position.js';

// Acts done by speaking: what the speaker goes on to do after its report is one of these.
const SPEECH_ACTS = new Set(['ACCUSE', 'REQUEST', 'REJECT', 'THREATEN', 'SUPPORT', 'AGREE', 'CONSULT', 'SANCTION', 'APPEAL']);
const REPORT_REACH = 40;
const QUOTES = new Set(['"', '“', '”', "'", '‘', '’']);

/**
 * 'He said police were carrying out operations and accused the rebels of …', 'the delegation said the attack
 * had not been ordered by its command and called on the government to …': a speech act in the simple past,
 * joined by 'and' to a report whose verbs all lean on an auxiliary, is the reporting verb's second verb,
 * so the speaker does it. When the report has a simple past verb of its own ('said soldiers shot two men and
 * seized …') the second verb may be the reported party's, and this says nothing, unless a comma closes the report
 * before the 'and'.
 * Returns the speaker's candidate, null when the speaker is no party (an unresolved 'he'), undefined when the rule does not apply.
 */
export function speakerGoesOn(tokens: readonly Token[], candidates: readonly Candidate[], first: number, sentenceStart: number, type: string | undefined): Candidate | null | undefined {
  if (!SPEECH_ACTS.has(type ?? '') || tokens[first].pos !== 'VERB' || tokens[first - 1]?.lower !== 'and') return undefined;
  let report = -1;
  for (let i = first - 2; i >= Math.max(sentenceStart, first - REPORT_REACH); i--) {
    if (tokens[i].text === ';' || tokens[i].text === ':') return undefined;
    if (tokens[i].pos === 'VERB' && REPORTING.has(tokens[i].lower)) { report = i; break; }
  }
  if (report < 0) return undefined;
  // 'said the group did not attack ships bound for China, and warned that …': a comma before the 'and' closes the
  // report, so the speech act after it is the reporting verb's second verb whatever verbs the report holds.
  const closed = tokens[first - 2]?.text === ',';
  let leaning = closed;
  for (let i = report + 1; i < first - 1 && !closed; i++) {
    const t = tokens[i];
    if (t.pos === 'AUX') leaning = true;
    if (t.pos !== 'VERB') continue;
    // A verb right after an auxiliary, 'not' or an adverb leans on it; 'to' + verb is an infinitive.
    let k = i - 1;
    // A quotation mark opening the words quoted ('was "deeply alarmed"') leans no less.
    while (k > report && (tokens[k].pos === 'ADV' || tokens[k].lower === 'not' || tokens[k].pos === 'PART' && tokens[k].lower !== 'to' || QUOTES.has(tokens[k].text))) k--;
    if (tokens[k].pos === 'AUX' || tokens[k].lower === 'to') continue;
    if (!(presentTense(t) && pastTense(tokens[first]))) return undefined;
    leaning = true;
  }
  if (!leaning) return undefined;
  // The speaker stands right before its verb ("The EMC's delegation said", 'the UN coordinator, Knut Ostby, said'), but
  // not the end of a relative clause ('leaders, who were targeted by armed groups, said'), which did not speak.
  // 'President X, speaking in Pemba on Sunday, said': past a phrase set off by commas before the verb.
  const at = besidePhrase(tokens, report, sentenceStart);
  return candidates.findLast((c) => c.last <= at && (c.last >= at - 3 || headsSubject(tokens, c.last, at)) && !c.pronoun && !inRelativeClause(tokens, c, sentenceStart, at)) ?? null;
}

// 'told the council that he intends to convene talks … and urged': a past verb cannot be the second verb of a
// present one, so the report's present verbs leave it to the reporting verb.
function presentTense(t: Token): boolean {
  return t.lower !== t.lemma && (t.lower === t.lemma + 's' || t.lower === t.lemma + 'es' || (t.lemma.endsWith('y') && t.lower === t.lemma.slice(0, -1) + 'ies'));
}

function pastTense(t: Token): boolean {
  return t.lower !== t.lemma && !presentTense(t) && !t.lower.endsWith('ing');
}

const SUBJECT_REACH = 8;
const SEAT_WORDS = new Set(['in', 'at', 'of', 'for']);

/**
 * True when only the rest of one noun phrase stands between the party and the verb: 'the United Nations
 * human rights office in Geneva said' is the United Nations speaking, with the office and its seat named after it.
 */
function headsSubject(tokens: readonly Token[], last: number, at: number): boolean {
  if (at - last > SUBJECT_REACH) return false;
  for (let i = last + 1; i < at; i++) {
    const t = tokens[i];
    if (t.pos !== 'NOUN' && t.pos !== 'PROPN' && t.pos !== 'ADJ' && t.pos !== 'DET' && !SEAT_WORDS.has(t.lower)) return false;
  }
  return true;
}

const PHRASE_REACH = 12;

/** Where the speaker ends: right before the reporting verb, or before the comma that opens a phrase set off before it. */
function besidePhrase(tokens: readonly Token[], report: number, sentenceStart: number): number {
  if (tokens[report - 1]?.text !== ',') return report;
  for (let j = report - 2; j > sentenceStart && j >= report - PHRASE_REACH; j--) {
    if (tokens[j].text === ',') return tokens[j + 1].lower.endsWith('ing') || tokens[j + 1].pos === 'DET' ? j : report;
  }
  return report;
}
