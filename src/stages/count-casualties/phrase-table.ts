import type { Word } from './scan-words.js';

/**
 * Multi-word phrases indexed by their first word, longest first, so "death toll" wins over "toll".
 * Example: table.match(words, 4) → { entry: { role: 'killed' }, end: 6 } for 'death toll'.
 */
export class PhraseTable<T> {
  private readonly byFirst = new Map<string, Array<{ words: string[]; entry: T }>>();

  add(phrase: string, entry: T): void {
    const words = phrase.toLowerCase().split(/\s+/).filter(Boolean);
    const list = this.byFirst.get(words[0]) ?? [];
    list.push({ words, entry });
    list.sort((a, b) => b.words.length - a.words.length);
    this.byFirst.set(words[0], list);
  }

  /** The longest phrase that starts at words[i], and the index one past it. */
  match(words: readonly Word[], i: number): { entry: T; end: number } | undefined {
    const candidates = this.byFirst.get(words[i]?.lower ?? '');
    if (!candidates) return undefined;
    for (const c of candidates) {
      if (c.words.every((w, k) => words[i + k]?.lower === w)) return { entry: c.entry, end: i + c.words.length };
    }
    return undefined;
  }

  /** True when some phrase starts with this word: a cheap first test. */
  starts(lower: string): boolean {
    return this.byFirst.has(lower);
  }
}
