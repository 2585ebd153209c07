import type { TextWord } from '../../lexicons/phrase-index.js';

// Plural heads whose 'of' opens a list of place names: 'the villages of A, B and C'.
const PLACE_LIST_HEADS = new Set(['villages', 'towns', 'cities', 'hamlets', 'localities', 'neighbourhoods', 'neighborhoods', 'districts', 'areas', 'hills', 'farms']);
const SEPARATORS = new Set([',', 'and', 'or']);
// Lower-case words inside a village name: 'Jaabar al-Sharqi', 'Tal el-Sultan'.
const NAME_JOINERS = new Set(['al', 'el', 'ad', 'as', 'ash', 'ar', 'at', 'az', 'bin', 'ibn', 'abu']);
// A list of villages seldom runs past this many names; the bound keeps the look-back short.
const MAX_ITEMS = 12;
const MAX_NAME_WORDS = 5;

/**
 * True when the name at `start` is a later member of a list that 'the villages of' (or 'towns of', …)
 * opens: 'the villages of Tal Marak, Umm Jurn and Rabiah' names three places, so none of them is a party.
 * Walks back over separators and capitalised names only; anything else ends the list.
 */
export function inPlaceList(words: readonly TextWord[], start: number): boolean {
  const sentence = words[start].sentence;
  let at = start;
  for (let items = 0; items < MAX_ITEMS; items++) {
    // 'al-Ramla': the article written before the name belongs to it.
    while (at > 0 && NAME_JOINERS.has(words[at - 1].key) && !words[at - 1].capital && words[at - 1].sentence === sentence) at--;
    const of = words[at - 1];
    const head = words[at - 2];
    if (of?.key === 'of' && head !== undefined && head.sentence === sentence && PLACE_LIST_HEADS.has(head.key)) return true;
    // Step back over ', ', ' and ', ', and ' to the name before.
    let sep = at;
    while (sep > 0 && SEPARATORS.has(words[sep - 1].key) && words[sep - 1].sentence === sentence && at - sep < 2) sep--;
    if (sep === at) return false;
    let name = sep;
    while (name > 0 && sep - name < MAX_NAME_WORDS && words[name - 1].sentence === sentence
      && (words[name - 1].capital || (NAME_JOINERS.has(words[name - 1].key) && name - 1 > 0 && words[name - 2].capital))) name--;
    if (name === sep || !words[name].capital) return false;
    at = name;
  }
  return false;
}
