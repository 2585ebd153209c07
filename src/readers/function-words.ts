/**
 * The commonest function words of the Latin-script languages news often comes in, for detectLanguage.
 * Words that several languages share ('a', 'de', 'la', 'in') are kept only where they are most typical,
 * so a share of hits points at one language. Example: FUNCTION_WORDS.en.has('the') === true
 */
const LISTS: Record<string, string> = {
  en: 'the of and to in is was that for on with as by at from it be are were has have had said this which not but an or will their they its after been who would also more than about into over there when could his her he she we our them these those other',
  fr: 'le les des du et est une dans pour qui que sur au aux pas par avec ce cette ont sont été il elle ils nous mais plus selon entre leur leurs où se',
  es: 'el los las del y es una en por que con para su sus al se lo como más pero fue según entre sobre este esta han ha también sin',
  de: 'der die das und ist nicht mit den dem des ein eine einer zu von auf für im sich auch wurde werden hat sind nach bei aus wie oder sie er es',
  it: 'il gli della delle dei di che è per non una con sono nel nella alla anche come più ma ha stato dal degli questo',
  pt: 'os das dos do da em um uma para com não que por mais foi são ao na no pelo pela também como seu sua entre',
  nl: 'het een van en de is niet op met voor zijn dat die werd ook door bij naar heeft hebben wordt maar uit er',
  tr: 've bir bu da de ile için olarak olan gibi daha çok ama sonra kadar göre ancak değil',
};

export const FUNCTION_WORDS: Record<string, Set<string>> = Object.fromEntries(
  Object.entries(LISTS).map(([language, words]) => [language, new Set(words.split(' '))]),
);
