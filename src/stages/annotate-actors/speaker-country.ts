import type { TextWord } from '../../lexicons/phrase-index.js';
import type { AgentLexicon } from '../../lexicons/agent-lexicon.js';
import { codeOfCountry } from './context-country.js';
import { timeWords } from '../annotate-dates/time-words.js';
import type { FoundMention } from './found-mention.js';

/*
 * 'Turkey's defence ministry said two soldiers had been killed' in a story set in Iraq: a state's government
 * or army that reports on bare soldiers, troops or police speaks of its own, as an analyst reads it, not of the
 * country the story's places are in. A monitor, a rebel group or a reporter that speaks keeps the article's country.
 */

// A state that denies what its men did speaks of them as much as one that says it ('denied that troops had fired').
const REPORTING = new Set(['said', 'says', 'say', 'told', 'tells', 'reported', 'reports', 'added', 'stated', 'confirmed', 'announced', 'denied', 'denies', 'insisted', 'insists']);
// What may stand between a speaker and its verb: 'has said', 'also said', 'on Thursday said'; 'said on Wednesday' is not needed.
const BEFORE_VERB = new Set(['has', 'have', 'had', 'also', 'later', 'earlier', 'previously', 'yesterday', 'today', 'tonight']);
/** 'on Thursday': a weekday of the time-words lexicon (data/lexicons/time-words.tsv). */
const isWeekday = (key: string): boolean => timeWords().byKind.weekday.has(key);
// The sectors that speak for a state about its own forces.
const STATE_SECTORS = new Set(['', 'GOV', 'MIL']);
const FORCE_SECTORS = new Set(['MIL', 'COP']);
// Its own men, counted or not: 'two soldiers', 'troops', 'government forces'. An institution ('the army's decision') is the one the story
// is about, whoever speaks of it, unless it is the subject of what the state says (INSTITUTIONS below).
const FORCE_MEMBERS = new Set(['soldiers', 'soldier', 'troops', 'servicemen', 'serviceman', 'policemen', 'policeman', 'officers', 'personnel', 'forces']);

// An institution is the speaker's own only as the subject of what it says ('denied that the army was bombing').
const INSTITUTIONS = new Set(['army', 'military', 'police']);
const BEFORE_SUBJECT = new Set(['that', 'the', 'its']);

/** The mention at `start` opens the clause the speaker's verb at `verb` reports ('said on Monday that the army'). */
function toldBy(words: readonly TextWord[], start: number, verb: number): boolean {
  let k = start;
  for (;;) {
    if (k - 1 > verb && BEFORE_SUBJECT.has(words[k - 1].key)) k--;
    else if (k - 2 > verb && words[k - 2].key === 'on' && isWeekday(words[k - 1].key)) k -= 2;
    else break;
  }
  return k - 1 === verb;
}

/** For each bare mention of armed men after a state speaker in its sentence, that speaker's country code ('TUR'). */
export function speakerCountries(found: readonly FoundMention[], words: readonly TextWord[], agents: AgentLexicon): Map<FoundMention, string> {
  const out = new Map<FoundMention, string>();
  const codes = codeOfCountry(agents.countryOf);
  let speaker: { sentence: number; code: string; end: number } | undefined;
  for (const m of found) {
    const sentence = words[m.start].sentence;
    if (speaker && speaker.sentence !== sentence) speaker = undefined;
    if (m.contextSector && FORCE_SECTORS.has(m.contextSector) && speaker && m.start >= speaker.end
      && (FORCE_MEMBERS.has(words[m.end - 1].text.toLowerCase()) || (INSTITUTIONS.has(words[m.end - 1].key) && toldBy(words, m.start, speaker.end)))) out.set(m, speaker.code);
    const country = m.actor?.country;
    const code = country ? codes.get(country) : undefined;
    if (!code || m.contextSector || !m.actor!.code.startsWith(code) || !STATE_SECTORS.has(m.actor!.code.slice(code.length))) continue;
    let v = m.end;
    for (;;) {
      if (v < words.length && BEFORE_VERB.has(words[v].key)) v++;
      else if (v + 1 < words.length && words[v].key === 'on' && isWeekday(words[v + 1].key)) v += 2;
      else break;
    }
    if (v < words.length && words[v].sentence === sentence && REPORTING.has(words[v].text.toLowerCase())) speaker = { sentence, code, end: v };
  }
  return out;
}
