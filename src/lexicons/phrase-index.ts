import type { PhraseWord } from './phrase-words.js';

/**
 * The words of one article as the matchers see them: one a token, with hyphen tokens dropped
 * (so 'al-Nusra' is the two words 'al', 'nusra') and offsets on the original text.
 * Example: { key: 'kerry', text: 'Kerry', start: 120, end: 125, token: 24, sentence: 2, first: false, pos: 'PROPN' }
 */
export interface TextWord {
  key: string;
  text: string;
  start: number;
  end: number;
  token: number;
  sentence: number;
  /** First word of its sentence: a capital there says nothing about a name. */
  first: boolean;
  pos: string;
  upper: boolean;
  capital: boolean;
}

/** One phrase of a lexicon with what it stands for. */
export interface IndexedPhrase<T> {
  words: PhraseWord[];
  value: T;
  /** The phrase has a capital somewhere, so the text must show one too ('State Department' not 'state department' alone). */
  needsCapital: boolean;
}

/** Anything that finds the phrases at a position: a PhraseIndex, or one memoised for an article. */
export interface PhraseLookup<T> {
  matchesAt(text: readonly TextWord[], at: number): Array<{ phrase: IndexedPhrase<T>; end: number }>;
}

/** Remembers the matches at each position of one article, since several passes ask the same question. */
export function memoLookup<T>(index: PhraseLookup<T>, size: number): PhraseLookup<T> {
  const memo: Array<Array<{ phrase: IndexedPhrase<T>; end: number }> | undefined> = new Array(size);
  return { matchesAt: (text, at) => (memo[at] ??= index.matchesAt(text, at)) };
}

/**
 * Phrases indexed by their first word, longest first, so the first that fits at a position is the
 * longest match. Example: index.add(phraseWords('Sergei Lavrov'), entry); index.longestAt(words, 7)
 */
export class PhraseIndex<T> implements PhraseLookup<T> {
  // First word -> one-word phrases, and second word -> longer phrases: a common first word
  // ('the', 'president', 'al') then costs one more lookup instead of a walk over hundreds of names.
  private readonly byFirst = new Map<string, { single: IndexedPhrase<T>[]; bySecond: Map<string, IndexedPhrase<T>[]> }>();
  private sorted = true;

  get size(): number {
    return this.byFirst.size;
  }

  /** The first words of its phrases: a word not among them starts no phrase. */
  firstWords(): IterableIterator<string> {
    return this.byFirst.keys();
  }

  add(words: PhraseWord[], value: T): void {
    if (!words.length) return;
    let slot = this.byFirst.get(words[0].key);
    if (!slot) {
      slot = { single: [], bySecond: new Map() };
      this.byFirst.set(words[0].key, slot);
    }
    const phrase = { words, value, needsCapital: words.some((w) => w.capital) };
    if (words.length === 1) slot.single.push(phrase);
    else {
      const list = slot.bySecond.get(words[1].key);
      if (list) list.push(phrase);
      else slot.bySecond.set(words[1].key, [phrase]);
    }
    this.sorted = false;
  }

  /** Every phrase that fits at `at`, longest first. */
  matchesAt(text: readonly TextWord[], at: number): Array<{ phrase: IndexedPhrase<T>; end: number }> {
    const slot = this.byFirst.get(text[at].key);
    if (!slot) return NONE;
    if (!this.sorted) this.sort();
    let out: Array<{ phrase: IndexedPhrase<T>; end: number }> = NONE;
    const next = at + 1 < text.length ? text[at + 1] : undefined; // no read past the end: see stages/item-at.ts
    const longer = next && next.sentence === text[at].sentence ? slot.bySecond.get(next.key) : undefined;
    if (longer) for (const phrase of longer) if (this.fits(text, at, phrase)) out = add(out, phrase, at + phrase.words.length);
    for (const phrase of slot.single) if (this.fits(text, at, phrase)) out = add(out, phrase, at + 1);
    return out;
  }

  private fits(text: readonly TextWord[], at: number, phrase: IndexedPhrase<T>): boolean {
    const n = phrase.words.length;
    if (at + n > text.length) return false;
    let capital = false;
    for (let k = 0; k < n; k++) {
      const w = text[at + k];
      const p = phrase.words[k];
      if (w.key !== p.key || w.sentence !== text[at].sentence || (p.upper && !w.upper)) return false;
      if (w.capital) capital = true;
    }
    return !phrase.needsCapital || capital;
  }

  private sort(): void {
    for (const slot of this.byFirst.values()) for (const list of slot.bySecond.values()) list.sort((a, b) => b.words.length - a.words.length);
    this.sorted = true;
  }
}

const NONE: never[] = [];

// Most positions match nothing: share one empty array and allocate only on the first match.
function add<T>(out: Array<{ phrase: IndexedPhrase<T>; end: number }>, phrase: IndexedPhrase<T>, end: number): Array<{ phrase: IndexedPhrase<T>; end: number }> {
  const list = out === NONE ? [] : out;
  list.push({ phrase, end });
  return list;
}
