import { defineStage } from '../stage.js';
import type { Attribution, SourceRef } from '../../model/source.js';
import type { Token, Sentence } from '../../model/token.js';
import type { ActorMention } from '../../model/actor.js';
import type { Span } from '../../model/span.js';
import { placeCues } from '../annotate-places/place-cues.js';
import { loadAttributionLexicon, type AttributionLexicon, type AttributionCue } from '../../lexicons/attribution-lexicon.js';
import { phraseAfter, phraseBefore, conjunctBefore } from './phrase-bounds.js';
import { describeSource, rememberOutlets, type SourceMemory } from './describe-source.js';
import { affiliateSources } from './source-affiliation.js';
import { afterAddressee, lowerCase, onlyMannerAfter, onlyTimeAfter } from './time-after-cue.js';

/** Sentences that open by pointing back ("About it the newspaper said …") attribute the sentence before. */
const POINTS_BACK = /^(about (it|this|that)|this was|that was|this is|it was reported)\b/i;

interface SentenceContext {
  text: string;
  tokens: readonly Token[];
  sentence: Sentence;
  previous?: Sentence;
  actors: readonly ActorMention[];
  lexicon: AttributionLexicon;
  memory: SourceMemory;
}

/**
 * Finds who says what: cues (said, told, according to, citing, reported, denied …), the sources
 * they name as a chain (innermost first: an anonymous source, then the outlet that relays it),
 * and the span of text each attribution covers. An outlet that reports an event is a source here,
 * never the event's actor.
 */
export function findAttributions(text: string, tokens: readonly Token[], sentences: readonly Sentence[], actors: readonly ActorMention[]): Attribution[] {
  const lexicon = loadAttributionLexicon();
  const memory: SourceMemory = { anonymousVia: new Map() };
  const out: Attribution[] = [];
  // Only outlets are remembered: they are picked out once, not looked for among all actors in every sentence.
  const outlets = actors.filter((a) => a.actor?.kind === 'media');
  sentences.forEach((sentence, s) => {
    const context: SentenceContext = { text, tokens, sentence, previous: sentences[s - 1], actors, lexicon, memory };
    const found: Attribution[] = [];
    for (let i = sentence.tokenStart; i < sentence.tokenEnd; i++) {
      const attribution = cueAt(context, i, found);
      if (attribution) found.push(attribution);
    }
    rememberOutlets(outlets, sentence.start, sentence.end, memory);
    out.push(...found);
  });
  affiliateSources(text, tokens, sentences, actors, out, lexicon);
  return out;
}

function cueAt(c: SentenceContext, i: number, earlier: Attribution[]): Attribution | undefined {
  const t = c.tokens[i];
  const end = c.sentence.tokenEnd;
  // Most tokens start no phrase cue: no empty array is made for them.
  const cues = c.lexicon.phrases.get(t.lower);
  if (cues) for (const cue of cues) {
    if (!cueMatches(c.tokens, i, cue.words)) continue;
    const after = i + cue.words.length;
    if (cue.kind === 'prep') return accordingTo(c, i, after, cue);
    if (cue.kind === 'participle') return citing(c, i, after, cue, earlier);
    if (cue.kind === 'noun') return { cue: span(c, i, after), cueWord: cue.cue, content: { start: c.tokens[after - 1].end, end: c.sentence.end }, chain: [], denial: false };
    if (cue.kind === 'adverb') return { cue: span(c, i, after), cueWord: cue.cue, content: c.sentence, chain: [], denial: false };
  }
  // Most tokens are no verb: the tag is checked before the lexicon is looked up.
  if (t.pos !== 'VERB' || t.lower === 'citing' || t.lower === 'quoting') return undefined;
  const verb = c.lexicon.verbs.get(t.lemma);
  if (verb) return speechVerb(c, i, end, verb, earlier);
  return undefined;
}

/** True when the tokens from i on spell the cue's words. */
function cueMatches(tokens: readonly Token[], i: number, words: readonly string[]): boolean {
  for (let k = 0; k < words.length; k++) if (tokens[i + k]?.lower !== words[k]) return false;
  return true;
}

function span(c: SentenceContext, from: number, to: number): Span {
  return { start: c.tokens[from].start, end: c.tokens[to - 1].end };
}

function accordingTo(c: SentenceContext, i: number, after: number, cue: AttributionCue): Attribution | undefined {
  const found = phraseAfter(c.tokens, after, c.sentence.tokenEnd);
  if (!found) return undefined;
  const phrase = endAtBodyName(c, found);
  const chain = describeSource(c.text, c.tokens, phrase, c.actors, c.lexicon, c.memory);
  const restStart = phrase[1] < c.sentence.tokenEnd && c.tokens[phrase[1]].lower === ',' ? phrase[1] + 1 : phrase[1];
  const content = restStart < c.sentence.tokenEnd - 1
    ? { start: c.tokens[restStart].start, end: c.sentence.end }
    : { start: c.sentence.start, end: c.tokens[i].start };
  return { cue: span(c, i, after), cueWord: cue.cue, content, chain, denial: false };
}

const CAPITALISED = /^[A-Z]/;

/**
 * 'according to the Syria Turks Association tanks and missiles were used' (no comma): a lower-case noun right
 * after a capitalised word that ends a body's name ('Association', 'Ministry', 'Agency') opens the claim, unless
 * it is a source noun of its own ('according to Army sources').
 */
function endAtBodyName(c: SentenceContext, [from, to]: [number, number]): [number, number] {
  const bodies = placeCues().sets.organisation;
  for (let k = from + 1; k < to; k++) {
    const t = c.tokens[k];
    const before = c.tokens[k - 1];
    if (t.pos === 'NOUN' && t.text === t.lower && CAPITALISED.test(before.text) && bodies.has(before.lower) && !c.lexicon.sourceNouns.has(t.lower)) return [from, k];
  }
  return [from, to];
}

function citing(c: SentenceContext, i: number, after: number, cue: AttributionCue, earlier: Attribution[]): Attribution | undefined {
  const phrase = phraseAfter(c.tokens, after, c.sentence.tokenEnd);
  if (!phrase) return undefined;
  const inner = describeSource(c.text, c.tokens, phrase, c.actors, c.lexicon, c.memory);
  const outer = earlier[earlier.length - 1];
  if (outer) {
    outer.chain = [...inner, ...outer.chain];
    return undefined;
  }
  const outlet = c.actors.filter((a) => a.actor?.kind === 'media' && a.span.end <= c.tokens[i].start && a.span.start >= c.sentence.start).pop();
  const relay: SourceRef[] = outlet ? [{ name: outlet.actor!.name, kind: 'outlet', span: outlet.span, code: outlet.actor!.code }] : [];
  return { cue: span(c, i, after), cueWord: 'cite', content: { start: c.sentence.start, end: c.tokens[i].start }, chain: [...inner, ...relay], denial: false };
}

// 'a gas leak was reported', 'reporters were told': the subject of a passive cue is what was said or who heard it,
// not who said it; 'he was quoted as saying' keeps its speaker.
const BE_FORMS = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being']);

function isPassive(tokens: readonly Token[], i: number, sentenceStart: number): boolean {
  let k = i - 1;
  while (k >= sentenceStart && tokens[k].pos === 'ADV') k--;
  return k >= sentenceStart && BE_FORMS.has(tokens[k].lower) && tokens[i + 1]?.lower !== 'as';
}

const NOBODY = new Set(['no', 'nobody', 'none', 'neither']);
// Sources that sit in a place ('the spokesman in Goma', 'an official at the ministry', 'the rights office in Geneva');
// 'local media in the province' names no outlet of its own, and a place is no better name for it.
const SITS_SOMEWHERE = new Set(['official', 'anonymous', 'witness', 'monitor', 'organisation']);

function speechVerb(c: SentenceContext, i: number, end: number, cue: AttributionCue, earlier: Attribution[]): Attribution | undefined {
  const tokens = c.tokens;
  if (isPassive(tokens, i, c.sentence.tokenStart)) return undefined;
  // 'waiting for the inspectors to report', 'is expected to say': an infinitive tells a saying to come, no one's statement.
  if (tokens[i - 1]?.lower === 'to' && i - 1 >= c.sentence.tokenStart) return undefined;
  const speaker = phraseBefore(tokens, i, c.sentence.tokenStart, (word) => SITS_SOMEWHERE.has(c.lexicon.sourceNouns.get(word) ?? 'outlet'))
    ?? subjectOfClauseBefore(tokens, i, c.sentence.tokenStart, c.lexicon);
  const partner = speaker && conjunctBefore(tokens, speaker[0], c.sentence.tokenStart);
  const subject: [number, number] | undefined = speaker && partner ? [partner[0], speaker[1]] : speaker;
  // 'No group claimed the launch', 'nobody said': no one speaks, so nothing is anyone's claim.
  if (subject && NOBODY.has(tokens[subject[0]].lower)) return undefined;
  // "Kerry said he will announce the plan": the pronoun's verb is inside Kerry's claim, which already covers it.
  const pronounSubject = subject !== undefined && subject[1] - subject[0] === 1 && tokens[subject[0]].pos === 'PRON';
  if (pronounSubject && earlier.some((a) => a.content.start <= tokens[i].start && tokens[i].end <= a.content.end)) return undefined;
  let next = i + 1;
  if (tokens[next]?.lower === 'that') next++;
  const object = tokens[i + 1]?.lower === 'that' ? undefined : phraseAfter(tokens, i + 1, end);
  const objectIsSource = object && tokens.slice(object[0], object[1]).some((t) => c.lexicon.sourceNouns.has(t.lower) || c.actors.some((a) => a.span.start === t.start && a.actor));
  const tail = object ? object[1] : next;
  const endsAfterObject = tail >= end - 1;
  const subjectChain = speaker ? [
    ...(partner ? describeSource(c.text, tokens, partner, c.actors, c.lexicon, c.memory) : []),
    ...describeSource(c.text, tokens, speaker, c.actors, c.lexicon, c.memory),
  ] : [];
  const sentenceText = c.text.slice(c.sentence.start, c.sentence.end);
  let chain: SourceRef[];
  let content: Span;
  if (objectIsSource && endsAfterObject && (!subject || subjectChain.some((s) => s.kind === 'outlet') || tokens[i - 1]?.pos === 'PUNCT')) {
    // "…,” said Kerry." or, in machine translation, "the newspaper Izvestia said a source familiar with …": the speaker follows the verb.
    const speaker = describeSource(c.text, tokens, object!, c.actors, c.lexicon, c.memory);
    const relay = subjectChain.filter((s) => s.kind === 'outlet');
    chain = [...speaker, ...relay.filter((r) => !speaker.some((s) => s.name === r.name))];
    if (relay[0] && speaker[0]?.kind === 'anonymous') c.memory.anonymousVia.set(relay[0].name, speaker[0]);
    content = POINTS_BACK.test(sentenceText) && c.previous ? c.previous : { start: c.sentence.start, end: subject ? tokens[subject[0]].start : tokens[i].start };
  } else if (subject) {
    chain = subjectChain;
    // '… a Syrian military source told Sputnik.': the speaker told an outlet, which relays it, and nothing else follows.
    const outlets = objectIsSource && endsAfterObject && object![1] - object![0] <= 4
      ? describeSource(c.text, tokens, object!, c.actors, c.lexicon, c.memory).filter((s) => s.kind === 'outlet') : [];
    const toldOutlet = outlets.length > 0;
    chain = [...chain, ...outlets.filter((s) => !chain.some((x) => x.name === s.name))];
    const before = tokens[subject[0]].start > c.sentence.start + 1 && (next >= end - 1 || toldOutlet || saidAfterComma(tokens, subject[0], next, end) || onlyCitingAfter(tokens, next, end) || onlyMannerAfter(tokens, next, end) || (lowerCase(tokens[i]) && onlyTimeAfter(tokens, tokens[i].lemma === 'tell' ? afterAddressee(tokens, next, end) : next, end)));
    content = POINTS_BACK.test(sentenceText) && c.previous ? c.previous
      : before ? { start: afterSemicolon(tokens, c.sentence.tokenStart, subject[0]) ?? c.sentence.start, end: tokens[subject[0]].start }
      : next < end ? { start: tokens[Math.min(next, end - 1)].start, end: c.sentence.end } : c.sentence;
  } else if (tokens[i - 1]?.lower === 'and' && earlier.length) {
    // 'The ministry denied that … and said troops were fighting …': the second verb of saying shares the first one's
    // speaker, and what it says is that speaker's claim.
    chain = earlier[earlier.length - 1].chain;
    content = { start: tokens[Math.min(next, end - 1)].start, end: c.sentence.end };
  } else {
    return undefined;
  }
  if (next < end && content.start === tokens[next].start) content = { start: content.start, end: ownActAfter(tokens, next, end) ?? content.end };
  if (chain.length === 0 || content.end <= content.start) return undefined;
  return { cue: span(c, i, i + 1), cueWord: cue.cue, content: { start: content.start, end: content.end }, chain, denial: cue.denial };
}

/**
 * 'Shelling kills 20 as truce collapses; RSF denies role': a semicolon joins two statements, so a
 * speaker after it vouches only for what lies between it and the speaker (here nothing). Returns the start
 * of the word after the last semicolon before the subject, or undefined when there is none.
 */
function afterSemicolon(tokens: readonly Token[], from: number, subject: number): number | undefined {
  for (let k = subject - 1; k >= from; k--) if (tokens[k].text === ';') return tokens[k + 1].start;
  return undefined;
}

/**
 * 'denied shelling the town and accused Ukrainian troops of firing': a content with no finite verb of
 * its own (a gerund, a noun phrase) ends before 'and' and a finite verb, which is coordinated with the
 * cue and is the speaker's own act. 'said rebels attacked the base and killed two guards' has its own
 * verb before 'and': the claim runs on. Returns the end offset of the shorter content, or undefined.
 */
function ownActAfter(tokens: readonly Token[], from: number, end: number): number | undefined {
  for (let k = from; k < end - 1; k++) {
    const t = tokens[k];
    if (t.pos === 'VERB' && !/ing$/.test(t.lower) && tokens[k - 1]?.lower !== 'to') return undefined;
    if (t.lower === 'and' && k > from && tokens[k + 1].pos === 'VERB' && !/ing$/.test(tokens[k + 1].lower)) {
      return tokens[tokens[k - 1].text === ',' ? k - 2 : k - 1].end;
    }
  }
  return undefined;
}

/**
 * '…, wounding two civilians, Ukraine's military said on Tuesday, the most serious breach of a truce':
 * a speaker after a comma whose verb is followed only by an adjunct ('on Tuesday') before the next
 * comma vouches for what came before it, not for what follows.
 */
function saidAfterComma(tokens: readonly Token[], subjectStart: number, next: number, end: number): boolean {
  if (tokens[subjectStart - 1]?.text !== ',') return false;
  for (let k = next; k < end; k++) {
    const t = tokens[k];
    if (t.text === ',' || t.text === '.') return true;
    if (t.pos === 'VERB' || t.pos === 'AUX' || t.lower === 'that' || t.pos === 'PRON') return false;
  }
  return true;
}

/** Words that name who a report relays: 'local media reported Sunday citing an official'. */
const RELAYS = new Set(['citing', 'quoting']);
/** How many words of an adjunct may stand between the verb and 'citing': 'late on Sunday'. */
const ADJUNCT_WORDS = 3;

/**
 * '… killing two guards local media reported Sunday citing a police official': after the verb only a
 * short adjunct and the source it relays, so the speaker vouches for what came before (the comma a
 * wire story would put before the speaker is often lost).
 */
function onlyCitingAfter(tokens: readonly Token[], next: number, end: number): boolean {
  for (let k = next; k < end && k - next <= ADJUNCT_WORDS; k++) {
    const t = tokens[k];
    if (RELAYS.has(t.lower)) return true;
    if (t.pos === 'VERB' || t.pos === 'AUX' || t.pos === 'PRON' || t.lower === 'that') return false;
  }
  return false;
}

/** Stage: who says what. */
export const annotateAttribution = defineStage({
  name: 'annotateAttribution',
  needs: ['sentences', 'tokens', 'actors'],
  adds: ['attributions'],
  run: (doc, layers) => ({ attributions: findAttributions(doc.text, layers.tokens!, layers.sentences!, layers.actors!) }),
});

const PRESENT_PARTICIPLE = /ing$/;

/**
 * 'The agency gave a different account, saying gunmen had attacked a patrol': a participle cue after a comma has
 * no subject of its own; the subject of the clause it hangs on speaks. Returns that subject's token range (the
 * phrase before the nearest verb of that clause), or undefined when the cue is no such participle.
 */
function subjectOfClauseBefore(tokens: readonly Token[], i: number, floor: number, lexicon: AttributionLexicon): [number, number] | undefined {
  if (i - 1 <= floor || tokens[i - 1].text !== ',' || !PRESENT_PARTICIPLE.test(tokens[i].lower)) return undefined;
  // The nearest verb before the comma, within its clause. '…, the army said, adding that …' hangs on a cue of
  // its own, which already tells who speaks: it is left as that cue reads it.
  for (let j = i - 2; j > floor; j--) {
    if (tokens[j].pos === 'VERB') return lexicon.verbs.has(tokens[j].lemma) ? undefined : phraseBefore(tokens, j, floor);
    if (tokens[j].text === ',' || tokens[j].pos === 'SCONJ') return undefined;
  }
  return undefined;
}
