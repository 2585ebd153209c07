import type { Sentence } from '../../model/token.js';
import type { CasualtyLexicon } from './casualty-lexicon.js';
import { scanWords } from './scan-words.js';

// Official statements count fighters 'neutralized', and some articles say what that word covers: 'the term
// neutralized is used to mean the terrorists surrendered or were killed or captured'. A count under a word
// the article itself widens to capture or surrender is no death toll, wherever it stands in the article.
const OTHER_FATE = /\b(?:surrender\w*|captur\w*|arrest\w*|gave themselves up|give themselves up)/i;
// The verb of the definition: the defined word stands before it, the fates it covers after it.
const DEFINES = /\b(?:means?|meaning|impl(?:y|ies)|refers? to|covers?)\b/i;
// ... and a sentence that talks about a word, not about people ('the term', 'the word').
const ABOUT_A_WORD = /\b(?:term|word|expression)\b/i;

/**
 * The killing words (lower case) that a sentence of the text defines as covering capture or surrender too.
 * Example: 'Officials use the word neutralised to mean killed, captured or surrendered.' → Set { 'neutralised' }
 */
export function widenedKillingWords(text: string, sentences: readonly Sentence[], lexicon: CasualtyLexicon): Set<string> {
  const widened = new Set<string>();
  if (!OTHER_FATE.test(text)) return widened;
  for (const sentence of sentences) {
    const body = text.slice(sentence.start, sentence.end);
    const verb = DEFINES.exec(body);
    if (!verb || !OTHER_FATE.test(body.slice(verb.index)) || !ABOUT_A_WORD.test(body)) continue;
    const words = scanWords(text, sentence.start, sentence.start + verb.index);
    for (let i = 0; i < words.length; i++) {
      const hit = lexicon.words.match(words, i);
      if (hit?.entry.role === 'killed' && hit.end === i + 1) widened.add(words[i].lower);
    }
  }
  return widened;
}
