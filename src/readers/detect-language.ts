import { FUNCTION_WORDS } from './function-words.js';

/**
 * A language guess with the evidence behind it, for a diagnostic that lets a person judge it.
 * Example: { language: 'en', confidence: 0.42, reason: '42% of 812 words are en function words' }
 */
export interface LanguageGuess {
  /** ISO 639-1 code, or 'und' when the text does not say. */
  language: string;
  /** 0..1: share of letters in the script, or of words that are function words. */
  confidence: number;
  reason: string;
}

// Code point ranges, not \p{Script=…} regexes: one pass over the sample instead of one per script,
// which matters when a feed of 10,000 articles is read. Letters that only one language of a script
// uses tell Persian from Arabic and Ukrainian from Russian.
const SCRIPTS: { name: string; ranges: [number, number][]; language: (text: string) => string }[] = [
  { name: 'Latin', ranges: [[0x41, 0x5a], [0x61, 0x7a], [0xc0, 0x24f], [0x1e00, 0x1eff]], language: () => 'und' },
  { name: 'Arabic', ranges: [[0x600, 0x6ff], [0x750, 0x77f], [0xfb50, 0xfdff], [0xfe70, 0xfeff]], language: (t) => (/[پچژگ]/u.test(t) ? 'fa' : 'ar') },
  { name: 'Cyrillic', ranges: [[0x400, 0x4ff]], language: (t) => (/[іїєґ]/iu.test(t) ? 'uk' : 'ru') },
  { name: 'Hebrew', ranges: [[0x590, 0x5ff]], language: () => 'he' },
  { name: 'Greek', ranges: [[0x370, 0x3ff]], language: () => 'el' },
  { name: 'Japanese kana', ranges: [[0x3040, 0x30ff]], language: () => 'ja' },
  { name: 'Hangul', ranges: [[0x1100, 0x11ff], [0x3130, 0x318f], [0xac00, 0xd7af]], language: () => 'ko' },
  { name: 'Han', ranges: [[0x3400, 0x4dbf], [0x4e00, 0x9fff]], language: () => 'zh' },
  { name: 'Devanagari', ranges: [[0x900, 0x97f]], language: () => 'hi' },
  { name: 'Thai', ranges: [[0xe00, 0xe7f]], language: () => 'th' },
  { name: 'Armenian', ranges: [[0x530, 0x58f]], language: () => 'hy' },
  { name: 'Georgian', ranges: [[0x10a0, 0x10ff]], language: () => 'ka' },
];

/** Each function word with the indexes of the languages it belongs to: one lookup a word, not one a language. */
const LANGUAGES = Object.keys(FUNCTION_WORDS);
const LANGUAGES_OF = new Map<string, number[]>();
LANGUAGES.forEach((language, index) => {
  for (const word of FUNCTION_WORDS[language]) LANGUAGES_OF.set(word, [...(LANGUAGES_OF.get(word) ?? []), index]);
});

/** Enough text to judge; the sample keeps detection cheap on long articles. */
const SAMPLE_CHARS = 3_000;
const MIN_WORDS = 8;
/** English prose runs at 35-50% function words; headline-style text lower. */
const MIN_SHARE = 0.12;

/**
 * Guesses the language of a text cheaply: first by script, then, for Latin script, by which
 * language's function words are commonest. Example: detectLanguage('The army said on Monday…').language === 'en'
 */
export function detectLanguage(text: string): LanguageGuess {
  const sample = text.slice(0, SAMPLE_CHARS);
  const counts = countScripts(sample);
  const letters = counts.reduce((sum, n) => sum + n, 0);
  if (letters === 0) return { language: 'und', confidence: 0, reason: 'no letters' };
  const kana = counts[5];
  for (let i = 1; i < SCRIPTS.length; i++) {
    // Japanese mixes kana with Han; Chinese has no kana, so a little kana decides.
    const count = SCRIPTS[i].name === 'Han' && kana > 0 ? 0 : SCRIPTS[i].name === 'Japanese kana' ? kana + counts[7] : counts[i];
    const share = count / letters;
    if (share >= 0.4 && (SCRIPTS[i].name !== 'Japanese kana' || kana / letters >= 0.05)) {
      return { language: SCRIPTS[i].language(sample), confidence: share, reason: `${Math.round(share * 100)}% of letters are ${SCRIPTS[i].name}` };
    }
  }
  return guessLatin(sample);
}

function countScripts(sample: string): number[] {
  const counts = SCRIPTS.map(() => 0);
  for (let i = 0; i < sample.length; i++) {
    const c = sample.charCodeAt(i);
    if (c < 0x41) continue;
    // ASCII first: most of what sitrep reads is English, and this loop runs on every character.
    if (c <= 0x7a) { if (c <= 0x5a || c >= 0x61) counts[0]++; continue; }
    for (let s = 0; s < SCRIPTS.length; s++) {
      if (SCRIPTS[s].ranges.some(([lo, hi]) => c >= lo && c <= hi)) { counts[s]++; break; }
    }
  }
  return counts;
}

function guessLatin(sample: string): LanguageGuess {
  const words = sample.toLowerCase().match(/[a-z\u00c0-\u024f]+/g) ?? [];
  if (words.length < MIN_WORDS) return { language: 'und', confidence: 0, reason: `only ${words.length} words` };
  const hits = new Array<number>(LANGUAGES.length).fill(0);
  for (const word of words) {
    const languages = LANGUAGES_OF.get(word);
    if (languages) for (const index of languages) hits[index]++;
  }
  let best = { language: 'und', hits: 0 };
  hits.forEach((count, index) => { if (count > best.hits) best = { language: LANGUAGES[index], hits: count }; });
  const share = best.hits / words.length;
  const reason = `${Math.round(share * 100)}% of ${words.length} words are ${best.language} function words`;
  if (share < MIN_SHARE) return { language: 'und', confidence: share, reason: `no language's function words are common (${reason})` };
  return { language: best.language, confidence: share, reason };
}
