import type { Token } from '../../model/token.js';
import type { TriggerMatch } from './find-triggers.js';

// Verbs of walking in a column that are protests when intransitive ('thousands marched through the city') and
// the leading of captives when they take people as object ('the gunmen marched the prisoners to the square').
const LEAD_VERBS = new Set(['march', 'parade']);
const OBJECT_PRONOUNS = new Set(['them', 'him', 'her', 'us', 'me']);
// People an armed party leads or shows off; a crowd's own march takes no such object.
const LED_PEOPLE = /^(prisoners?|captives?|hostages?|detainees?|men|soldiers?|officers?|pilots?|women|children|civilians|villagers|residents|people|troops|fighters|suspects)$/;
// Words a counted object may open with: 'at least 18 prisoners', 'dozens of captured soldiers', 'the blindfolded men'.
const OBJECT_OPENER = /^(DET|NUM|ADJ|ADV|ADP)$/;
const REACH = 5;

/**
 * True when a protest verb takes people as its object ('militants marched at least 18 prisoners past the crowd',
 * 'paraded the captured pilots'): captives led or shown, not a protest.
 */
export function leadsCaptives(tokens: readonly Token[], match: TriggerMatch, sentenceEnd: number): boolean {
  if (match.entry.type !== 'PROTEST' || !LEAD_VERBS.has(tokens[match.first].lemma) || tokens[match.first].pos !== 'VERB') return false;
  const next = tokens[match.last];
  if (next && OBJECT_PRONOUNS.has(next.lower)) return true;
  for (let i = match.last; i < Math.min(sentenceEnd, match.last + REACH); i++) {
    if (LED_PEOPLE.test(tokens[i].lower)) return true;
    // 'marched through the streets with the prisoners' families': a preposition first makes the march intransitive.
    if (i === match.last && tokens[i].pos === 'ADP' && tokens[i].lower !== 'at') return false;
    if (!OBJECT_OPENER.test(tokens[i].pos)) return false;
  }
  return false;
}
