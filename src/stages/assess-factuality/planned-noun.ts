import type { Token } from '../../model/token.js';
import type { Factuality } from '../../model/factuality.js';
import { readTsv } from '../../data-files/read-tsv.js';
import { dataPath } from '../../data-files/data-path.js';
import { FACTUALITIES } from '../../model/factuality.js';

type Where = 'before' | 'after' | 'modal';

/** The cues of data/lexicons/planned-noun-cues.tsv by position. Example: before.get('next') === 'planned'. */
type PlannedCues = Record<Where, Map<string, Factuality>>;

let cues: PlannedCues | undefined;

function loadCues(): PlannedCues {
  if (cues) return cues;
  const file = dataPath('lexicons', 'planned-noun-cues.tsv');
  const map: PlannedCues = { before: new Map(), after: new Map(), modal: new Map() };
  for (const row of readTsv(file)) {
    if (!(row.where in map)) throw new Error(`${file}:${row.line}: where "${row.where}" is not one of ${Object.keys(map).join(', ')}.`);
    if (!FACTUALITIES.includes(row.factuality as Factuality)) throw new Error(`${file}:${row.line}: factuality "${row.factuality}" is not one of ${FACTUALITIES.join(', ')}.`);
    map[row.where as Where].set(row.cue, row.factuality as Factuality);
  }
  cues = map;
  return map;
}

// 'talks in the capital next week', 'a meeting next Monday': 'next' dates the event only before a time noun.
const TIME_NOUNS = /^(week|weekend|month|year|spring|summer|autumn|fall|winter|monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|october|november|december)$/;
/** How far after the noun a postmodifier may stand ('A meeting between the two ministers, scheduled for Tuesday'). */
const AFTER_REACH = 16;
const PARTICIPLE = /ed$/;
/** Words a noun phrase may hold between a premodifier and its head ('the next round of talks'). */
const INSIDE_PHRASE = /^(ADJ|NOUN|PROPN|NUM)$/;

/**
 * The factuality a nominal event's own noun phrase gives it when it is still to come, or undefined.
 * A noun has no tense: 'the next round of talks', 'a meeting scheduled for Tuesday (since postponed)',
 * 'talks in the capital next week' are arranged, not held.
 */
export function plannedNoun(tokens: readonly Token[], trigger: number): Factuality | undefined {
  const t = tokens[trigger];
  // 'invited them to talks': an infinitive takes no -s, so a word in -s after 'to' is a noun the tagger misread.
  const plural = t.pos === 'VERB' && tokens[trigger - 1]?.lower === 'to' && t.lower.endsWith('s');
  if (t.pos !== 'NOUN' && t.pos !== 'PROPN' && !plural) return undefined;
  const { before, after, modal } = loadCues();
  const sentence = t.sentence;
  // Premodifiers ('the next round of talks').
  for (let i = trigger - 1; i >= Math.max(0, trigger - 6) && tokens[i].sentence === sentence; i--) {
    const k = tokens[i];
    const cue = before.get(k.lower);
    if (cue) return cue;
    if (k.lower === 'of' && tokens[i - 1]?.lower === 'round') { i--; continue; }
    if (INSIDE_PHRASE.test(k.pos) || k.pos === 'DET' || k.text === '-') continue;
    break;
  }
  const next = tokens[trigger + 1];
  if (next?.sentence === sentence && modal.has(next.lower)) return modal.get(next.lower);
  // Only a prepositional postmodifier may stand between the noun and its modal ('the assault on the
  // city would start'); past a comma or a relative word the modal speaks of something else.
  let inPhrase = true;
  for (let i = trigger + 1; i < Math.min(tokens.length, trigger + AFTER_REACH) && tokens[i].sentence === sentence; i++) {
    const k = tokens[i];
    if (/^[;:.!?]$/.test(k.text)) break;
    if (inPhrase && k.pos === 'AUX' && modal.has(k.lower)) return modal.get(k.lower);
    inPhrase &&= INSIDE_PHRASE.test(k.pos) || k.pos === 'ADP' || k.pos === 'DET' || k.text === '-';
    const cue = after.get(k.lower);
    if (cue && (k.lower !== 'next' || TIME_NOUNS.test(tokens[i + 1]?.lower ?? ''))) {
      // 'set for Monday', 'due to open': 'set' and 'due' date the event only before for/to/on/in.
      if ((k.lower === 'set' || k.lower === 'due') && !/^(for|to|on|in|next)$/.test(tokens[i + 1]?.lower ?? '')) break;
      return cue;
    }
    // 'is set to take place', 'are due to begin', 'is scheduled for': the copula before a cue of arrangement.
    if (k.lemma === 'be' && k.pos === 'AUX' && after.has(tokens[i + 1]?.lower ?? '')) continue;
    // 'a summit hosted by the two presidents is …': a participle with its agent still describes the noun.
    if (k.pos === 'VERB' && PARTICIPLE.test(k.lower) && tokens[i + 1]?.lower === 'by') continue;
    // Past the noun phrase: a finite verb or auxiliary starts what is said of the event.
    if (k.pos === 'AUX' || (k.pos === 'VERB' && tokens[i - 1]?.text !== ',')) break;
  }
  return undefined;
}
