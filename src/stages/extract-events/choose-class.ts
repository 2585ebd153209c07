import type { PloverType, AcledSubtype, NonAcledClass } from '../../model/event-types.js';
import type { LabelScore } from './event-classifier.js';
import type { TriggerEntry } from './trigger-lexicon.js';
import { CASE_LABELS, caseLabelOf, type CaseLabel } from './case-labels.js';

/**
 * The class an event gets: the trigger's own class when the lexicon gives one; otherwise the most
 * probable classifier label among those its type allows (an 'attack' sentence may be an air strike,
 * shelling, a clash or an attack on civilians, never an arrest).
 * Example: { label: 'AIR_STRIKE', acled: 'Air/drone strike', p: 0.71, coding: {…} }
 */
export interface ChosenClass {
  label: string;
  acled?: AcledSubtype;
  otherClass?: NonAcledClass;
  /** The classifier's probability of the label (0 when the classifier had no say). */
  p: number;
  coding?: CaseLabel;
}

// Which classes a trigger of each PLOVER type may take when the lexicon leaves the class open.
const FAMILY: Partial<Record<PloverType, readonly string[]>> = {
  ASSAULT: ['ARMED_CLASH', 'GOV_REGAINS_TERIT', 'NON_STATE_ACTOR_OVERTAKES_TER', 'CHEM_WEAP', 'AIR_STRIKE', 'SUIC_BOMB', 'ART_MISS_ATTACK',
    'REM_EXPLOS', 'GRENADE', 'FORCE_AGAINST_PROTEST', 'VIOL_DEMONSTR', 'MOB_VIOL', 'SEX_VIOL', 'ATTACK', 'ABDUCT_DISSAP', 'PROPERTY_DISTRUCT', 'DISR_WEAP'],
  PROTEST: ['PEACE_PROTEST', 'PROTEST_WITH_INTER', 'FORCE_AGAINST_PROTEST', 'VIOL_DEMONSTR', 'MOB_VIOL'],
  COERCE: ['PROTEST_WITH_INTER', 'FORCE_AGAINST_PROTEST', 'ARREST', 'DISR_WEAP', 'ORG_CRIME', 'OTHER'],
  RETREAT: ['NON_VIOL_TERRIT_TRANSFER', 'AGREEMENT', 'CHANGE_TO_GROUP_ACT', 'OTHER', 'DIPLO'],
  MOBILIZE: ['HQ_ESTABLISHED', 'CHANGE_TO_GROUP_ACT', 'OTHER'],
};
// Labels that stand for an ASSAULT of explosives when the trigger says 'explosion' or 'blast'.
const EXPLOSIVE = ['SUIC_BOMB', 'REM_EXPLOS', 'GRENADE', 'AIR_STRIKE', 'ART_MISS_ATTACK', 'MAN_MADE_DISASTER'];

// How sure the classifier must be, and how much surer than of the trigger's own class, to overrule it.
const OVERRULE_P = 0.4;
const OVERRULE_RATIO = 2;
// Classes a word names by the means of violence ('rocket attacks', 'air strike'). ACLED codes violence by its
// means first, so a sentence about its victims ('killed 12 civilians') does not turn them into a plain 'Attack'.
const BY_MEANS = new Set(['AIR_STRIKE', 'ART_MISS_ATTACK', 'CHEM_WEAP', 'SUIC_BOMB', 'REM_EXPLOS', 'GRENADE']);

const BY_LABEL = new Map(CASE_LABELS.map((l) => [l.label, l]));

function allowed(entry: TriggerEntry): readonly string[] {
  if (entry.type === 'ASSAULT' && entry.mode === 'explosives') return EXPLOSIVE;
  if (entry.type === 'ASSAULT' && entry.mode === 'seize') return ['GOV_REGAINS_TERIT', 'NON_STATE_ACTOR_OVERTAKES_TER', 'ARMED_CLASH', 'ABDUCT_DISSAP', 'ARREST', 'DISR_WEAP'];
  return FAMILY[entry.type] ?? [];
}

/** Chooses the class of a trigger given the sentence's classifier scores. */
export function chooseClass(entry: TriggerEntry, scores: readonly LabelScore[]): ChosenClass {
  const probability = (label: string) => (scores.length ? scores.find((s) => s.label === label)?.p ?? 0 : 0.5);
  const family = allowed(entry);
  if (entry.acled || entry.otherClass) {
    const label = caseLabelOf(entry.acled, entry.otherClass);
    const p = probability(label);
    // The sentence can overrule the word: 'fighting' in a story of a town retaken is the retaking.
    const top = scores[0];
    const meansKept = BY_MEANS.has(label) && top?.label === 'ATTACK';
    if (top && !meansKept && top.label !== label && family.includes(label) && family.includes(top.label) && top.p >= OVERRULE_P && top.p > OVERRULE_RATIO * p) {
      const coding = BY_LABEL.get(top.label);
      return { label: top.label, acled: coding?.acled, otherClass: coding?.otherClass, p: top.p, coding };
    }
    return { label, acled: entry.acled, otherClass: entry.otherClass, p, coding: BY_LABEL.get(label) };
  }
  const best = scores.find((s) => family.includes(s.label));
  if (best) {
    const coding = BY_LABEL.get(best.label);
    return { label: best.label, acled: coding?.acled, otherClass: coding?.otherClass, p: best.p, coding };
  }
  // Types outside ACLED's scope (consultations, requests) are diplomacy in CASE's terms.
  return { label: 'DIPLO', otherClass: 'DIPLO', p: probability('DIPLO') };
}
