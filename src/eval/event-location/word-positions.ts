import type { Span } from '../../model/span.js';

// The event-location file writes some LOCATION spans as positions of the words its annotation tool counted, which
// cut text the way spaCy's English tokenizer does: punctuation, clitics ('s, n't) and hyphens between letters are
// words of their own, and so is any run of white space other than the one space between two words.

/** Punctuation that opens a word ('"Aleppo', '(Syria'). */
const OPENING = /[“"'‘(\[{]/;
/** Punctuation that closes a word ('Aleppo,', 'Syria).'). */
const CLOSING = /[”"'’)\]},.;:!?…]/;
/** Clitics written onto a word: 'Turkey's' is 'Turkey' and ''s'. */
const CLITIC = /(?:['’](?:s|re|ll|ve|d|m)|n['’]t)$/i;
/** A dot that belongs to its word: an abbreviation with inner dots ('U.S.') or a short title or month ('Nov.'). */
const DOTTED = /\.\p{L}+$/u;
const ABBREVIATION = /^(?:Mr|Mrs|Ms|Dr|St|Gen|Col|Lt|Sgt|Capt|Maj|Gov|Sen|Rep|Jr|Sr|No|Co|Inc|Ltd|Mt|Ft|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)$/;

/**
 * The words of a text as the annotation tool counted them, in text order.
 * Example: wordPositions('In Turkey's east, troops') → In, Turkey, 's, east, ",", troops
 */
export function wordPositions(text: string): Span[] {
  const words: Span[] = [];
  for (const m of text.matchAll(/\s+/g)) if (m.index === 0 || m[0] !== ' ') words.push({ start: m.index!, end: m.index! + m[0].length });
  for (const m of text.matchAll(/\S+/g)) {
    let start = m.index!, end = m.index! + m[0].length;
    const before: Span[] = [], after: Span[] = [];
    while (start < end && OPENING.test(text[start])) before.push({ start, end: ++start });
    while (end > start && CLOSING.test(text[end - 1])) {
      const stem = text.slice(start, end - 1);
      if (text[end - 1] === '.' && (DOTTED.test(stem) || ABBREVIATION.test(stem))) break;
      after.unshift({ start: end - 1, end });
      end--;
    }
    const clitic = CLITIC.exec(text.slice(start, end));
    const stems: Span[] = clitic && clitic.index > 0 ? [{ start, end: start + clitic.index }, { start: start + clitic.index, end }] : [{ start, end }];
    for (const stem of stems) words.push(...splitHyphens(text, stem));
    words.push(...before, ...after);
  }
  return words.filter((w) => w.end > w.start).sort((a, b) => a.start - b.start);
}

/** 'pro-government' is three words: 'pro', '-', 'government'. */
function splitHyphens(text: string, span: Span): Span[] {
  const out: Span[] = [];
  let from = span.start;
  for (let k = span.start + 1; k < span.end - 1; k++) {
    if (!/[-–]/.test(text[k]) || !/\p{L}/u.test(text[k - 1]) || !/\p{L}/u.test(text[k + 1])) continue;
    out.push({ start: from, end: k }, { start: k, end: k + 1 });
    from = k + 1;
  }
  out.push({ start: from, end: span.end });
  return out;
}
