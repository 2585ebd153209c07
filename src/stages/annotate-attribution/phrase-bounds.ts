import type { Token } from '../../model/token.js';

// Module constants: a regex literal inside a function is a new RegExp object each time it is reached.
const NOUN_TAG = /^(NOUN|PROPN)$/;
const NOMINAL_OR_DET_TAG = /^(DET|ADJ|NOUN|PROPN)$/;

const STOP_POS = new Set(['VERB', 'AUX', 'SCONJ', 'CCONJ']);
/** Heads of the adjuncts that stand between a speaker and the verb: a day, a part of it, a statement. */
const ADJUNCT_HEADS = /^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|yesterday|tonight|morning|afternoon|evening|night|weekend|statement|interview|briefing|conference|january|february|march|april|may|june|july|august|september|october|november|december)$/;
const STOP_WORDS = new Set([',', '.', ';', ':', '!', '?', 'that', 'which', 'who', '—', '–']);

/**
 * The token range [start, end) of the source phrase that follows a cue: "according to [the
 * interlocutor of the newspaper], …", "said [a source familiar with the negotiations]".
 * It runs to the first comma, clause word, finite verb or a determiner that opens a new noun phrase.
 * Returns undefined when it is empty.
 */
export function phraseAfter(tokens: readonly Token[], from: number, limit: number): [number, number] | undefined {
  let end = from;
  while (end < limit) {
    const t = tokens[end];
    if (STOP_WORDS.has(t.lower) || (STOP_POS.has(t.pos) && !(t.pos === 'CCONJ' && end > from && end + 1 < limit && tokens[end + 1].pos !== 'VERB')
      && !attributive(tokens, end, from, limit))) break;
    // 'according to the observatory the strike hit …' (no comma): a lower-case determiner right after
    // a noun opens the claim. ('the newspaper The Guardian' is one phrase: the name is capitalised.)
    if (t.pos === 'DET' && t.text === t.lower && end > from && NOUN_TAG.test(tokens[end - 1].pos)) break;
    end++;
  }
  return end > from ? [from, end] : undefined;
}

/** What may stand before a participle that qualifies a noun: 'the town's negotiating committee', 'a ruling party'. */
const BEFORE_ATTRIBUTIVE = /^(?:DET|ADJ|PART)$/;
const PARTICIPLE = /(?:ing|ed)$/;

/** A participle between a determiner or a possessive and its noun ('the town's negotiating committee') qualifies the noun: no verb of a clause. */
function attributive(tokens: readonly Token[], i: number, from: number, limit: number): boolean {
  const t = tokens[i];
  if (t.pos !== 'VERB' || !PARTICIPLE.test(t.lower) || i <= from || i + 1 >= limit || !NOUN_TAG.test(tokens[i + 1].pos)) return false;
  // 'the Britain-based Syrian Observatory', 'the US-led coalition': a participle hyphened to a word before it is a modifier too.
  const hyphened = tokens[i - 1].text === '-' && tokens[i - 1].end === t.start && tokens[i - 1].start === tokens[i - 2]?.end;
  return hyphened || BEFORE_ATTRIBUTIVE.test(tokens[i - 1].pos);
}

/**
 * The token range of the subject phrase right before a verb cue: "[the newspaper “Izvestia”] said",
 * "[Kerry] said", "[The Secretary] said". Auxiliaries and adverbs next to the verb are skipped.
 */
export function phraseBefore(tokens: readonly Token[], verb: number, floor: number, isSourceNoun: (word: string) => boolean = () => false): [number, number] | undefined {
  let end = verb;
  while (end > floor && (tokens[end - 1].pos === 'AUX' || tokens[end - 1].pos === 'ADV' || tokens[end - 1].pos === 'PART')) end--;
  const name = apposedName(tokens, end, floor);
  if (name) return name;
  const described = besideDescription(tokens, end, floor);
  end = described ?? end;
  let start = walkBack(tokens, end, floor);
  // What the description describes is the whole phrase, its own prepositional phrase included: 'Elders in the
  // northern valley, who …, said', 'The Syrian Observatory for Human Rights, which …, said'.
  for (let hops = 0; described !== undefined && hops < 2 && start > floor + 1 && tokens[start - 1].pos === 'ADP' && NOUN_TAG.test(tokens[start - 2].pos); hops++) {
    start = walkBack(tokens, start - 1, floor);
  }
  // 'The army's spokesman in North Kivu said', 'an official at the ministry said': the place or body after a source noun
  // says where the source sits; the speaker is the source.
  // ('the spokesman in a statement said' is left to the adjunct rule below.)
  if (start > floor + 1 && SEAT.has(tokens[start - 1].lower) && isSourceNoun(tokens[start - 2].lower)
    && !tokens.slice(start, end).some((t) => ADJUNCT_HEADS.test(t.lower))) start = walkBack(tokens, start - 1, floor);
  // A short adjunct between the subject and its verb ('the Defence Ministry on Tuesday denied', 'the
  // army in a statement said') is not the speaker: step over it to the noun phrase before it.
  for (let hops = 0; hops < 2 && start > floor + 1 && end - start <= 3; hops++) {
    const adp = tokens[start - 1];
    if (adp.pos !== 'ADP' || adp.lower === 'of' || !NOUN_TAG.test(tokens[start - 2].pos)) break;
    // Only a time or a channel ('on Tuesday', 'in a statement'): 'a source at the Police Command' is one phrase.
    if (!tokens.slice(start, end).some((t) => ADJUNCT_HEADS.test(t.lower))) break;
    end = start - 1;
    start = walkBack(tokens, end, floor);
  }
  return end > start ? [start, end] : undefined;
}

/** Prepositions that say where a source sits: 'spokesman in Goma', 'an official at the ministry'. */
const SEAT = new Set(['in', 'at', 'for']);

/** How many tokens a description set off by commas may hold before the verb: 'a rescue group known as the White Helmets'. */
const DESCRIPTION_TOKENS = 14;
/** Words that open a description of the speaker: an article ('a monitor based in Britain') or a relative pronoun. */
const OPENS_DESCRIPTION = new Set(['a', 'an', 'the', 'which', 'who', 'whose']);

const RELATIVE = new Set(['which', 'who', 'whose']);

/**
 * True when a relative pronoun opens the stretch between the verb at k and the comma before the cue, or opens a
 * clause inside it ('a volunteer group that tracks the raids'): its verbs are its own.
 */
function relativeBefore(tokens: readonly Token[], k: number): boolean {
  for (let j = k - 1; j >= 0 && k - j <= DESCRIPTION_TOKENS; j--) {
    if (tokens[j].text === ',') return RELATIVE.has(tokens[j + 1]?.lower ?? '');
    if (relativeThat(tokens, j)) return true;
  }
  return false;
}

/** 'that' right after a noun opens a relative clause ('a group that tracks'), not a reported one. */
function relativeThat(tokens: readonly Token[], j: number): boolean {
  return tokens[j].lower === 'that' && j > 0 && tokens[j - 1].pos === 'NOUN';
}

/**
 * 'The Syria Civil Defence, a rescue group known as the White Helmets, said …': a description between
 * commas stands between the speaker and the verb, and the speaker is the noun phrase before it.
 * Returns the index of the opening comma (where the speaker's phrase ends), or undefined.
 */
function besideDescription(tokens: readonly Token[], end: number, floor: number): number | undefined {
  if (end - 1 <= floor || tokens[end - 1].text !== ',') return undefined;
  for (let k = end - 2; k > floor && end - 1 - k <= DESCRIPTION_TOKENS; k--) {
    const t = tokens[k];
    if (t.text === ',') return OPENS_DESCRIPTION.has(tokens[k + 1].lower) && endsPhrase(tokens[k - 1]) ? k : undefined;
    if (STOP_WORDS.has(t.lower) && t.lower !== 'which' && t.lower !== 'who' && !relativeThat(tokens, k)) return undefined;
    if (t.pos === 'PUNCT' && /["“”]/.test(t.text)) return undefined;
    // A description's participle leads a phrase ('known as', 'based in'); a verb before a comma ('the agency said, adding')
    // ends a clause of its own.
    if (t.pos === 'VERB' && tokens[k + 1]?.pos !== 'ADP' && !relativeBefore(tokens, k)) return undefined;
  }
  return undefined;
}

/** How many words the short name of a speaker may have: 'UNIFIL', 'Syria Civil Defence'. */
const NAME_TOKENS = 4;

/**
 * 'The UN peacekeeping force in south Lebanon, UNIFIL, said …': a name set off by commas after a
 * description of the speaker is the speaker's name. Returns its token range, or undefined.
 */
function apposedName(tokens: readonly Token[], end: number, floor: number): [number, number] | undefined {
  if (end - 1 <= floor || tokens[end - 1].text !== ',') return undefined;
  let k = end - 2;
  while (k > floor && end - 1 - k <= NAME_TOKENS && tokens[k].pos === 'PROPN' && /^[A-Z]/.test(tokens[k].text)) k--;
  if (k === end - 2 || k <= floor || tokens[k].text !== ',' || !endsPhrase(tokens[k - 1])) return undefined;
  return [k + 1, end - 1];
}

/**
 * '…, residents and two security sources said': a second speaker joined by 'and', whose phrase opens
 * the sentence or follows a comma, speaks too. Returns the first conjunct's token range, or undefined.
 * ('… killed soldiers and police said' is not one: no comma stands before 'soldiers'.)
 */
export function conjunctBefore(tokens: readonly Token[], subjectStart: number, floor: number): [number, number] | undefined {
  const and = subjectStart - 1;
  if (and <= floor || tokens[and].lower !== 'and') return undefined;
  const start = walkBack(tokens, and, floor);
  if (start === and || (start > floor && tokens[start - 1].text !== ',')) return undefined;
  return tokens.slice(start, and).some((t) => NOUN_TAG.test(t.pos)) ? [start, and] : undefined;
}

/** A word that can close the speaker's noun phrase ('north' in 'in the north' is often tagged an adverb). */
function endsPhrase(t: Token): boolean {
  return NOUN_TAG.test(t.pos) || t.pos === 'ADV' || t.pos === 'NUM';
}

/** The first token of the noun phrase that ends at `end`, walking back to a clause word, verb or preposition. */
function walkBack(tokens: readonly Token[], end: number, floor: number): number {
  let start = end;
  while (start > floor) {
    // A noun phrase opens with its determiner: 'on Friday a military source told' starts at 'a' ('the head of the office' runs on over 'of').
    if (start < end && tokens[start].pos === 'DET' && tokens[start - 1].lower !== 'of') break;
    const t = tokens[start - 1];
    // The tagger reads a noun before 'said' as a verb now and then ('a war monitor said'): the head
    // of the subject may carry VERB when a determiner, adjective or noun stands before it.
    const misTaggedHead = start === end && t.pos === 'VERB' && start - 2 >= floor && NOMINAL_OR_DET_TAG.test(tokens[start - 2].pos);
    if (!misTaggedHead && (STOP_WORDS.has(t.lower) || STOP_POS.has(t.pos) || t.pos === 'PRON' && start < end)) break;
    if (t.pos === 'ADP' && t.lower !== 'of') break;
    start--;
  }
  return start;
}
