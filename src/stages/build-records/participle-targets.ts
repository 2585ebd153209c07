import type { PlaceMention } from '../../model/place.js';
import type { Span } from '../../model/span.js';
import type { Token } from '../../model/token.js';
import { firstTokenFrom } from '../token-index.js';
import { placeCues } from '../annotate-places/place-cues.js';
import { governor, type PlaceContext } from './place-governor.js';
import { heads } from './place-heads.js';

// 'launched an offensive in Deir Ezzor, targeting the districts of A and B': the participle after the comma says
// what the attack struck, so A and B are places of the attack too, though no preposition puts the attack in them.

/** How far after the trigger the participle's comma may come: the rest of the event's own clause. */
const REACH = 25;
/** Words that open another clause: the participle's phrase ends before them. */
const CLAUSE_OPENERS = new Set(['which', 'that', 'who', 'where', 'while', 'when', 'after', 'before', 'as', 'but', 'since', 'until']);
/** Prepositions that name where an attack came from or who did it, not what it struck: 'targeting A from positions in B'. */
const NOT_STRUCK = new Set(['from', 'to', 'toward', 'towards', 'by', 'with']);

/**
 * The places a participle phrase right after the event's clause names as what the event struck: 'the army
 * launched an assault near Palmyra, targeting militant positions at the village of Arak' → [Arak]. Only
 * a participle of striking (data/lexicons/place-cues.tsv, 'strike-verb') after a comma, or its past
 * form after 'that' or 'which', with no other verb between the trigger and it; the phrase ends at the next verb or clause word ('which are held').
 * `pool` gives the places that may be any event's place (the caller's filters applied), asked only once a participle is found.
 * Example: participleTargets(trigger of 'launched an offensive', sentence, () => [Idlib, Saraqib], context) → [Saraqib]
 */
export function participleTargets(trigger: Span, sentence: Span, pool: () => readonly PlaceMention[], context: PlaceContext): PlaceMention[] {
  return participlePhrase(trigger, sentence, pool, context)?.places ?? [];
}

/**
 * The striking participle after the event (participleTargets), its phrase and the places it names as struck.
 * Example: participlePhrase(trigger of 'launched an offensive', sentence, () => [Idlib, Saraqib], context)
 *   → { participle: {…'targeting'}, phrase: {…'targeting the town of Saraqib'}, places: [Saraqib] }
 */
export function participlePhrase(trigger: Span, sentence: Span, pool: () => readonly PlaceMention[], context: PlaceContext): { participle: Span; phrase: Span; places: PlaceMention[] } | undefined {
  const { tokens } = context;
  const participle = participleAfter(trigger, sentence, tokens);
  if (participle < 0) return undefined;
  const end = phraseEnd(participle, sentence, tokens);
  const from = tokens[participle].end;
  const to = end < tokens.length ? tokens[end].start : sentence.end;
  const span = { start: tokens[participle].start, end: tokens[participle].end };
  const inPhrase = pool().filter((p) => p.span.start >= from && p.span.end <= to && !NOT_STRUCK.has(governor(p, context).word));
  // 'targeting the village of A near the town of B': after a place struck, 'near' names a landmark that locates it.
  // A 'near' that governs the whole list ('positions near A and B') names what was struck.
  const struck = inPhrase.filter((p) => {
    const g = governor(p, context);
    return !(tokens[g.token]?.lower === 'near' && inPhrase.some((q) => q.span.end <= tokens[g.token].start));
  });
  return { participle: span, phrase: { start: span.start, end: tokens[end - 1]?.end ?? to }, places: struck.length ? heads(struck, context.text) : [] };
}

/** The index of a striking participle after a comma that follows the trigger in its clause, or -1. */
function participleAfter(trigger: Span, sentence: Span, tokens: readonly Token[]): number {
  const cues = placeCues().sets['strike-verb'];
  const start = firstTokenFrom(tokens, trigger.end);
  for (let i = start; i < tokens.length && i - start < REACH && tokens[i].end <= sentence.end; i++) {
    const t = tokens[i];
    const next = tokens[i + 1]?.lower ?? '';
    if (t.text === ',' && next.endsWith('ing') && cues.has(next)) return i + 1;
    // 'launched two attacks that targeted militant positions at Arak': a relative clause of the act says the same.
    if ((t.lower === 'that' || t.lower === 'which') && !next.endsWith('ing') && cues.has(next)) return i + 1;
    if (isVerb(tokens, i) || t.text === ';' || CLAUSE_OPENERS.has(t.lower)) return -1;
  }
  return -1;
}

/** One past the last token of the participle's phrase. */
function phraseEnd(participle: number, sentence: Span, tokens: readonly Token[]): number {
  let i = participle + 1;
  for (; i < tokens.length && tokens[i].end <= sentence.end; i++) {
    const t = tokens[i];
    if ((isVerb(tokens, i) && !modifierParticiple(tokens, i)) || t.text === ';' || CLAUSE_OPENERS.has(t.lower)) return i;
  }
  return i;
}

/**
 * 'targeting the rebel controlled Al-Rashidiyah District', 'the rebel held village of A', '(SAA) controlled villages of
 * A and B': a participle between a party and a name or a site word qualifies what the phrase targets.
 */
function modifierParticiple(tokens: readonly Token[], i: number): boolean {
  const before = tokens[i - 1], after = tokens[i + 1];
  return pastForm(tokens[i]) && (before?.pos === 'NOUN' || before?.pos === 'PROPN' || before?.text === ')')
    && (after?.pos === 'PROPN' || CAPITAL.test(after?.text ?? '') || placeCues().sites.has(after?.lower ?? ''));
}

/** 'controlled', and the irregular 'held', 'overrun' whose lemma differs: not 'controls' or 'holding'. */
function pastForm(t: Token): boolean {
  return PAST.test(t.lower) || (t.lemma !== t.lower && !PRESENT.test(t.lower));
}

// Module constants: a regex literal inside a function is a new RegExp each time it is reached.
const PAST = /ed$/;
const PRESENT = /(?:ing|s)$/;
const CAPITAL = /^\p{Lu}/u;

/** A verb that is not part of a hyphened modifier ('the army-held town'). */
function isVerb(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i];
  return (t.pos === 'VERB' || t.pos === 'AUX') && tokens[i - 1]?.text !== '-' && tokens[i + 1]?.text !== '-';
}
