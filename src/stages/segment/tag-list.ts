import type { Token, Sentence } from '../../model/token.js';

// Capitalised words that open a lead after a tag list: 'At least 19 …', 'The coalition …', 'Three children …'.
const OPENER_POS = /^(DET|NUM)$/;
const OPENER_WORDS = new Set(['at', 'more', 'some', 'several', 'dozens', 'hundreds', 'scores', 'nearly', 'around', 'about', 'over', 'up']);
const CAPITALISED = /^[A-Z]/;
const LOWER_START = /^[a-z]/;
// Verbs in a tag list are read as nouns ('shelling', 'Car Bomb'): a finite verb of the lead is lower-case and not a gerund.
const GERUND = /ing$/;

/**
 * A page's tag list runs into the lead when the scrape lost the line break ('Tags Syria Damascus Rebels
 * Douma Airstrikes At least 19 civilians were killed …'): the tags' names and event words would become
 * the lead's parties and triggers. The lead begins at the capitalised opener nearest its first finite verb
 * ('At', 'The', a number word), or else at the capitalised word that heads the subject right before that
 * verb ('… Assad Warplanes carried out …'); when neither can be told, the sentence is left whole.
 */
export function splitTagLists(sentences: Sentence[], tokens: Token[]): Sentence[] {
  if (!sentences.some((s) => tokens[s.tokenStart]?.text === 'Tags')) return sentences;
  const out: Sentence[] = [];
  for (const s of sentences) {
    const at = tokens[s.tokenStart]?.text === 'Tags' ? leadStart(s, tokens) : undefined;
    if (at === undefined) { out.push(s); continue; }
    out.push({ start: s.start, end: tokens[at - 1].end, tokenStart: s.tokenStart, tokenEnd: at });
    out.push({ start: tokens[at].start, end: s.end, tokenStart: at, tokenEnd: s.tokenEnd });
  }
  out.forEach((s, index) => { for (let i = s.tokenStart; i < s.tokenEnd; i++) tokens[i].sentence = index; });
  return out;
}

function leadStart(s: Sentence, tokens: readonly Token[]): number | undefined {
  const first = s.tokenStart + 1;
  let verb = -1;
  for (let i = first + 1; i < s.tokenEnd; i++) {
    const t = tokens[i];
    if (LOWER_START.test(t.text) && (t.pos === 'AUX' || (t.pos === 'VERB' && !GERUND.test(t.lower)))) { verb = i; break; }
  }
  if (verb < 0) return undefined;
  for (let i = verb - 1; i > first; i--) {
    const t = tokens[i];
    if (CAPITALISED.test(t.text) && (OPENER_POS.test(t.pos) || OPENER_WORDS.has(t.lower))) return i;
  }
  // The subject right before the verb: lower-case words back to a capitalised head that follows another tag,
  // capitalised or not ('… aid convoy Iraqi troops pushed'); heads joined by 'and' are one subject
  // ('… truce Houthi fighters and Saudi jets exchanged').
  for (let i = verb - 1; i > first; i--) {
    const t = tokens[i];
    if (LOWER_START.test(t.text)) {
      if (t.pos === 'CCONJ' && t.lower === 'and' && CAPITALISED.test(tokens[i + 1].text)) continue;
      if (t.pos === 'ADP' || t.pos === 'DET' || t.pos === 'CCONJ') return undefined;
      continue;
    }
    if (!CAPITALISED.test(t.text)) return undefined;
    const before = tokens[i - 1];
    if (before.lower === 'and') continue;
    return CAPITALISED.test(before.text) || (LOWER_START.test(before.text) && before.pos === 'NOUN') ? i : undefined;
  }
  return undefined;
}
