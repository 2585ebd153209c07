import type { Token } from '../../model/token.js';
import type { TriggerMatch } from './find-triggers.js';
import type { ChosenClass } from './choose-class.js';
import type { AcledSubtype } from '../../model/event-types.js';
import { CASE_LABELS } from './case-labels.js';
import { recalledSeizure } from './recalled-seizure.js';

/** ACLED's classes of ground changing hands: told only by a word of taking ('retook', 'seized control', 'captured'). */
const TAKING_LABELS = new Set(['GOV_REGAINS_TERIT', 'NON_STATE_ACTOR_OVERTAKES_TER']);
const CLASH = CASE_LABELS.find((l) => l.label === 'ARMED_CLASH')!;

/**
 * The class of an act the classifier read as ground changing hands when no trigger of its clause tells a taking:
 * a fight between armed parties, with its means unnamed (ACLED Armed clash, no PLOVER mode, CAMEO 190). The classifier
 * hears territory in many sentences about a front ('carried out 50 raids targeting jihadists near Palmyra', 'pressed
 * on with an assault to break the siege', 'killed many terrorists after targeting their gatherings'), where nothing
 * was taken, and its next guess there is no better. A taking recalled to describe a place ('near Palmyra, which the
 * army recaptured in March') is that place's history, not this act's class.
 * Example: GOV_REGAINS_TERIT for 'raids' alone → { label: 'ARMED_CLASH', acled: 'Armed clash', coding: { …, mode: undefined, cameo: '190' } }
 */
export function withoutUntoldTaking(chosen: ChosenClass, group: readonly TriggerMatch[], tokens: readonly Token[], sentenceStart: number): ChosenClass {
  if (!TAKING_LABELS.has(chosen.label) || group.some((m) => m.entry.mode === 'seize' && !recalledSeizure(tokens, m, sentenceStart))) return chosen;
  return { label: CLASH.label, acled: CLASH.acled as AcledSubtype, p: chosen.p, coding: { ...CLASH, mode: undefined, cameo: '190' } };
}
