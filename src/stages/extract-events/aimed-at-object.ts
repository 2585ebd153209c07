import type { Token } from '../../model/token.js';
import type { TriggerMatch } from './find-triggers.js';
import type { TriggerEntry } from './trigger-lexicon.js';
import { REMOTE_VIOLENCE } from '../../model/event-types.js';

/** Verbs that tell an act of force only when someone does it to something named after them ('targeted a gathering'). */
const AIMING_VERBS = new Set(['target']);
const BE_FORMS = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being', "'s", "'re"]);
/** What may stand before the object: 'targeted on Wednesday morning the neighbourhood', 'targeting early today the base'. */
const TIME_OPENERS = new Set(['on', 'at', 'in', 'early', 'late', 'overnight', 'this', 'last']);
const TIME_WORDS = /^(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|morning|afternoon|evening|night|dawn|dusk|noon|midnight|today|tonight|yesterday|week|weekend|overnight)$/;
/** Subjects that name the act themselves ('the blast targeted buses', 'an explosion that targeted a meeting'): the noun is the event. */
const ACT_SUBJECTS = new Set(['attack', 'blast', 'explosion', 'bombing', 'bomb', 'strike', 'airstrike', 'raid', 'shelling', 'bombardment', 'shell',
  'missile', 'rocket', 'mortar', 'barrage', 'assault', 'offensive', 'operation', 'that', 'which']);
const NEGATIONS = new Set(['not', "n't", 'never']);
const CONTINUING = new Set(['continue', 'keep', 'resume']);
const OBJECT_POS = new Set(['DET', 'NUM', 'NOUN', 'PROPN', 'ADJ']);
const POSSESSIVES = new Set(['its', 'their', 'his', 'her', 'our']);

/**
 * Whether an aiming verb ('targeted') tells no act here: an act of force is told by one only when told as done
 * (toldAsDone), in the active voice, with its object after it ('an army unit targeted a gathering of fighters', 'continued targeting their vehicles').
 * The participle that describes a thing ('the targeted airbase', 'the evacuees targeted on Saturday') and the passive
 * ('after residential areas were targeted') name the target of an attack told elsewhere, or of none; so does one whose
 * subject is the attack itself ('the blast targeted buses'), which its own noun tells.
 */
export function aimsAtNothing(tokens: readonly Token[], match: TriggerMatch, sentenceStart: number, sentenceEnd: number): boolean {
  const first = tokens[match.first];
  if (match.last - match.first !== 1 || !AIMING_VERBS.has(first.lemma)) return false;
  if (first.pos !== 'VERB' || !toldAsDone(tokens, match.first, sentenceStart)) return true;
  let b = match.first - 1;
  while (b >= sentenceStart && tokens[b].pos === 'ADV') b--;
  const before = b >= sentenceStart ? tokens[b] : undefined;
  // The subject, past the auxiliaries: 'such attacks have targeted' names a kind of act, not one done.
  let c = b;
  while (c >= sentenceStart && tokens[c].pos === 'AUX') c--;
  const subject = c >= sentenceStart ? tokens[c] : undefined;
  if (subject && (ACT_SUBJECTS.has(subject.lemma.toLowerCase()) || (c > sentenceStart && tokens[c - 1].lower === 'such'))) return true;
  if (before && (before.pos === 'DET' || before.pos === 'ADJ' || before.pos === 'ADP' || BE_FORMS.has(before.lower))) return true;
  let a = match.last;
  if (a < sentenceEnd && TIME_OPENERS.has(tokens[a].lower)) {
    let t = a + 1;
    while (t < sentenceEnd && t < a + 4 && TIME_WORDS.test(tokens[t].lower)) t++;
    if (t > a + 1) a = t;
  }
  const after = a < sentenceEnd ? tokens[a] : undefined;
  return !after || !(OBJECT_POS.has(after.pos) || POSSESSIVES.has(after.lower));
}

/**
 * 'targeted', not negated ('has never targeted'), tells an act done; 'targeting' does only after a verb of going on
 * ('continued on Thursday targeting'); a present or an infinitive ('only target terrorists', 'will target') tells
 * a habit or an intention, and a bare gerund an accusation's content ('accused it of targeting the wounded').
 */
function toldAsDone(tokens: readonly Token[], at: number, sentenceStart: number): boolean {
  const word = tokens[at].lower;
  for (let i = at - 1; i >= Math.max(sentenceStart, at - 3) && (tokens[i].pos === 'AUX' || tokens[i].pos === 'ADV' || tokens[i].pos === 'PART'); i--) {
    if (NEGATIONS.has(tokens[i].lower)) return false;
  }
  if (word.endsWith('ed')) return true;
  if (!word.endsWith('ing')) return false;
  for (let i = at - 1; i >= Math.max(sentenceStart, at - 5); i--) if (CONTINUING.has(tokens[i].lemma)) return true;
  return false;
}

/**
 * The mode of an act told by an aiming verb: 'targeted a gathering' names whom the act was aimed at, not the means,
 * so only a class that is itself a means (an air strike, shelling: 'the air force targeted') gives it one; a clash
 * the sentence classifier guesses from the setting leaves it open.
 * An open trigger told with an aiming verb in its group ('targeted a gathering …, killing several') is read the same way.
 * Example: ({ pattern: 'target' }, 'Armed clash', 'firearms') → undefined; ({ pattern: 'target' }, 'Air/drone strike', 'aerial') → 'aerial'
 */
export function aimedMode(entry: TriggerEntry, acled: string | undefined, mode: string | undefined, siblings: readonly TriggerEntry[] = []): string | undefined {
  // 'targeted a gathering of commanders, killing several': the deaths of an aimed act tell no more of its means than the aim does.
  if (!isAiming(entry) && (entry.mode || entry.acled || !siblings.some(isAiming))) return mode;
  return acled !== undefined && REMOTE_VIOLENCE.has(acled) ? mode : undefined;
}

function isAiming(entry: TriggerEntry): boolean {
  return entry.words.length === 1 && entry.words[0].kind === 'word' && AIMING_VERBS.has(entry.words[0].text);
}
