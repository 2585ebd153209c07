/**
 * The regular plural of a pattern word, for the nouns wink-nlp's lemmatizer does not know
 * ('airstrikes' keeps the lemma 'airstrikes'). Example: pluralOf('airstrike') === 'airstrikes', pluralOf('sortie') === 'sorties', pluralOf('militia') === 'militias'
 */
export function pluralOf(word: string): string {
  if (/(?:s|x|z|ch|sh)$/.test(word)) return word + 'es';
  if (/[^aeiou]y$/.test(word)) return word.slice(0, -1) + 'ies';
  return word + 's';
}

// A short word ending consonant-vowel-consonant doubles its last letter before -ed and -ing ('kidnapped', 'banning');
// whether it does depends on the stress, which spelling cannot tell, so both spellings are kept.
const DOUBLING = /(?:^|[^aeiou])[aeiou][bdgklmnprt]$/;

/**
 * The regular inflections of a lexicon verb: past and participle, -ing, third person. wink-nlp's lemmatizer
 * does not know every verb ('raped' gets the lemma 'rap', 'beheaded' keeps 'beheaded'), so the trigger lexicon
 * matches these spellings as well as the lemma. Example: verbFormsOf('rape') → ['raped', 'raping', 'rapes']
 */
export function verbFormsOf(word: string): string[] {
  const third = pluralOf(word);
  if (/[^aeiou]y$/.test(word)) return [word.slice(0, -1) + 'ied', word + 'ing', third];
  if (word.endsWith('ee')) return [word + 'd', word + 'ing', third];
  if (word.endsWith('e')) return [word + 'd', word.slice(0, -1) + 'ing', third];
  const plain = [word + 'ed', word + 'ing'];
  if (!DOUBLING.test(word)) return [...plain, third];
  const last = word[word.length - 1];
  return [word + last + 'ed', word + last + 'ing', third, ...plain];
}
