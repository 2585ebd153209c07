import type { Token } from '../../model/token.js';
import type { Candidate } from './assign-arguments.js';
import { ARTICLES, REPORTING } from './clause-words.js';

/*
 * Words that bound which parties an act takes, read from the tokens alone: a pronoun that opens a
 * speaker's claim, a noun that makes a verb active, a verb joined by 'and' that takes the parties
 * after it, a verb of perception whose subject only witnessed the act, a noun that owns a 'between',
 * a noun of relation after a possessive, words that lay an act on a party or make it the act's broker.
 */

// 'NATO confirmed on Wednesday it would tighten the blockade', 'the rebels said they will release him': a speaker
// whose claim opens with a pronoun tells of its own act, and does it.
const SELF = new Set(['it', 'they', 'we', 'he', 'she']);
// 'said in a statement on its Telegram channel that it had': how far the frame of the statement may reach.
const FRAME_REACH = 10;
const OWN_FRAME = new Set(['its', 'their', 'his', 'her', 'our']);
export function speaksOfItself(tokens: readonly Token[], from: number, end: number): boolean {
  return selfPronoun(tokens, from, end) >= 0;
}

/** The index of the pronoun that opens a speaker's claim about itself, past the statement's frame; -1 if none. */
function selfPronoun(tokens: readonly Token[], from: number, end: number): number {
  for (let i = from; i < Math.min(end, from + FRAME_REACH); i++) {
    if (SELF.has(tokens[i].lower)) return i;
    // 'said in a statement that it had fired': the tagger reads that 'that' as a pronoun.
    if (tokens[i].lower === 'that' || OWN_FRAME.has(tokens[i].lower)) continue;
    if (!/^(ADP|PROPN|NOUN|NUM|ADV|SCONJ|DET|ADJ)$/.test(tokens[i].pos) || tokens[i].lower === 'the') return -1;
  }
  return -1;
}

/**
 * 'Boko Haram said in a statement on its Telegram channel that it had …': a party named in the frame between a
 * reporting verb and the speaker's 'it' is how the speaker spoke (a channel, an agency, a radio), not a party to
 * what it tells.
 */
export function inStatementFrame(tokens: readonly Token[], c: { first: number; last: number }, end: number): boolean {
  let v = c.first - 1;
  while (v >= 0 && c.first - v <= FRAME_REACH && !REPORTING.has(tokens[v].lower)) {
    if (tokens[v].pos === 'VERB' || tokens[v].pos === 'PUNCT') return false;
    v--;
  }
  if (v < 0 || !REPORTING.has(tokens[v].lower)) return false;
  const self = selfPronoun(tokens, v + 1, end);
  return self > c.last - 1;
}

// A noun between a verb and 'by' is its object: the verb is active.
// A plural noun the tagger took for a verb counts too ('rejected calls by X'), but not a second verb joined by 'and'.
export function hasObject(tokens: readonly Token[], from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    if (tokens[i].pos === 'NOUN' || tokens[i].pos === 'PROPN') return true;
    if (tokens[i].pos === 'VERB' && /s$/.test(tokens[i].lower) && tokens[i - 1]?.pos !== 'CCONJ') return true;
  }
  return false;
}

/**
 * 'denied shelling the town and accused Ukrainian troops': a party after 'and' + a verb is that verb's, not the trigger's.
 * 'to stop the fighting and to protect civilians': so is one after 'and to' + a verb.
 * 'rejected the accusation, saying Rwanda was not a party': a party inside what the speaker goes on to say is that claim's.
 */
export function pastCoordinatedVerb(tokens: readonly Token[], from: number, to: number): boolean {
  for (let i = from + 1; i < to; i++) {
    if (tokens[i].pos === 'VERB' && (tokens[i - 1].lower === 'and' || (tokens[i - 1].lower === 'to' && tokens[i - 2]?.lower === 'and'))) return true;
    if (tokens[i - 1].text === ',' && tokens[i].lower.endsWith('ing') && REPORTING.has(tokens[i].lemma)) return true;
  }
  return false;
}

/**
 * 'called on all sides to avoid targeting civilians', 'urged the council to protect aid workers': past 'to' and a verb
 * the words tell the act asked for, so a party there is that act's, not the request's recipient (whom it is addressed to).
 */
export function insideRequestedAct(tokens: readonly Token[], from: number, to: number): boolean {
  // A bare infinitive, not a participle read as a verb ('access to besieged towns').
  for (let i = from; i + 1 < to; i++) if (tokens[i].lower === 'to' && (tokens[i + 1].pos === 'VERB' || tokens[i + 1].pos === 'AUX') && tokens[i + 1].lemma === tokens[i + 1].lower) return true;
  return false;
}

const PERCEPTION = new Set(['see', 'saw', 'seen', 'witness', 'hear', 'heard', 'watch', 'film', 'photograph', 'record', 'describe', 'recount', 'survive', 'flee', 'fled', 'escape']);

/** The token index of a verb of perception right before a noun trigger ('saw the clash', 'witnessed heavy shelling'), or 0. */
export function perceived(tokens: readonly Token[], first: number): number {
  let i = first - 1;
  while (i >= 0 && (tokens[i].pos === 'DET' || tokens[i].pos === 'ADJ' || tokens[i].pos === 'NUM')) i--;
  if (i <= 0 || i === first - 1 && tokens[first].pos === 'VERB') return 0;
  const t = tokens[i];
  return t.pos === 'VERB' && (PERCEPTION.has(t.lemma) || PERCEPTION.has(t.lower)) ? i : 0;
}

export function hasNounBetween(tokens: readonly Token[], from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (tokens[i].pos === 'NOUN' || tokens[i].pos === 'PROPN') return true;
  return false;
}

const POSSESSIVE = /^['’]s$/;

// "Kyiv's Western partners", "Israel's neighbours": a party's possessive before a noun of relation names other parties.
const RELATION_NOUNS = new Set(['partner', 'partners', 'ally', 'allies', 'neighbour', 'neighbours', 'neighbor', 'neighbors', 'enemy', 'enemies', 'rival', 'rivals', 'foe', 'foes', 'backer', 'backers', 'sponsor', 'sponsors', 'critic', 'critics', 'opponent', 'opponents', 'adversary', 'adversaries', 'creditor', 'creditors', 'donor', 'donors']);
export function namesOthers(tokens: readonly Token[], after: number, last: number): boolean {
  if (after >= last || !POSSESSIVE.test(tokens[after].lower)) return false;
  let i = after + 1;
  while (i < last && i <= after + 3 && (tokens[i].pos === 'ADJ' || tokens[i].pos === 'PROPN')) i++;
  return i < last && RELATION_NOUNS.has(tokens[i].lower);
}

// The words that lay an act on a party: 'blamed on', 'attributed to', with a comma or an article between.
const LAID_ON = new Map([['blamed', 'on'], ['attributed', 'to'], ['ascribed', 'to']]);
export function blamedOn(tokens: readonly Token[], triggerEnd: number, party: number): boolean {
  let i = triggerEnd;
  if (tokens[i]?.text === ',') i++;
  const prep = LAID_ON.get(tokens[i]?.lower ?? '');
  if (!prep || tokens[i + 1]?.lower !== prep) return false;
  for (let k = i + 2; k < party; k++) if (!ARTICLES.has(tokens[k].lower) && tokens[k].pos !== 'ADJ') return false;
  return true;
}

// 'brokered by Egypt', 'an Egypt-brokered truce', 'U.S.-mediated talks'.
const MEDIATING = new Set(['brokered', 'mediated', 'facilitated']);
export function brokered(tokens: readonly Token[], c: Candidate, byAgent: boolean): boolean {
  if (tokens[c.last]?.text === '-' && MEDIATING.has(tokens[c.last + 1]?.lower ?? '')) return true;
  if (!byAgent) return false;
  const by = tokens[c.first - 1]?.lower === 'by' ? c.first - 1 : c.first - 2;
  return MEDIATING.has(tokens[by - 1]?.lower ?? '');
}

const AUX_OR_ADVERB = /^(has|have|had|also|later|on|earlier|,)$/;
const RELATIVE_OPENER = /^(who|which)$/;

/** The party speaks here ('SOHR said', 'according to the Observatory'), unless its claim opens with itself ('said it had'). */
export function isSpeaker(tokens: readonly Token[], c: Candidate, end: number): boolean {
  let i = c.last;
  // 'Colonel Oleksandr Motuzyanyk, a military spokesman, said': past a short apposition.
  // 'The rebels, who hold Aden, said': past a relative clause, whose verbs are its own.
  if (tokens[i]?.text === ',') {
    const relative = RELATIVE_OPENER.test(tokens[i + 1]?.lower ?? '');
    let j = i + 1;
    while (j < end && j < i + (relative ? 20 : 8) && tokens[j].text !== ',' && (relative || tokens[j].pos !== 'VERB')) j++;
    if (j < end && tokens[j].text === ',') i = j;
  }
  while (i < end && AUX_OR_ADVERB.test(tokens[i].lower)) i++;
  if (i < end && (REPORTING.has(tokens[i].lower) || REPORTING.has(tokens[i].lemma))) return !speaksOfItself(tokens, i + 1, end);
  const a = c.first - 2;
  return a >= 0 && tokens[a].lower === 'according' && tokens[a + 1].lower === 'to';
}

/** How many words of a noun phrase may stand between 'by' and a party: 'by [the] [Nigerian] [air force] jets'. */
const BY_PHRASE_WORDS = 4;
const PHRASE_WORD = /^(DET|ADJ|NOUN|PROPN|NUM)$/;
const RELATIVE_PRONOUNS = new Set(['that', 'which', 'who', 'whom']);
const PARTICIPLE = /(ed|en)$/;

/**
 * 'troops backed by air force jets raided': a party anywhere in the noun phrase that a participle's
 * 'by' leads (its head 'jets' as well as 'air force' in it) backs, supports or leads someone; it is
 * not the subject of the verb that follows. ('Strikes by Russian jets killed …' is left alone: there
 * the jets struck.)
 */
export function insideByPhrase(tokens: readonly Token[], c: Candidate): boolean {
  let i = c.first - 1;
  // 'killed by a shell that rebels fired': past a relative pronoun the party is the subject of its own clause.
  while (i >= 0 && c.first - 1 - i < BY_PHRASE_WORDS && PHRASE_WORD.test(tokens[i].pos) && !RELATIVE_PRONOUNS.has(tokens[i].lower)) i--;
  return i > 0 && tokens[i].lower === 'by' && PARTICIPLE.test(tokens[i - 1].lower) && tokens[i - 1].pos === 'VERB';
}
