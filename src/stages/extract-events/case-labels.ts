import type { PloverType, AcledSubtype, NonAcledClass } from '../../model/event-types.js';

/**
 * One CASE 2021 label: the ACLED sub-event type (or non-ACLED class) it stands for, and the
 * PLOVER coding sitrep gives an event of that class when no trigger says more.
 * Example: { label: 'AIR_STRIKE', acled: 'Air/drone strike', type: 'ASSAULT', mode: 'aerial', cameo: '195' }
 */
export interface CaseLabel {
  label: string;
  acled?: AcledSubtype;
  otherClass?: NonAcledClass;
  type: PloverType;
  mode?: string;
  cameo?: string;
}

// The table of /work/shared/eval/case2021-task2/types.md (labels are facts of the task), with the PLOVER
// coding from the manual's modes. Disasters have no PLOVER type; AID is where the manual puts relief.
export const CASE_LABELS: readonly CaseLabel[] = [
  { label: 'ARMED_CLASH', acled: 'Armed clash', type: 'ASSAULT', mode: 'firearms', cameo: '190' },
  { label: 'GOV_REGAINS_TERIT', acled: 'Government regains territory', type: 'ASSAULT', mode: 'seize', cameo: '192' },
  { label: 'NON_STATE_ACTOR_OVERTAKES_TER', acled: 'Non-state actor overtakes territory', type: 'ASSAULT', mode: 'seize', cameo: '192' },
  { label: 'CHEM_WEAP', acled: 'Chemical weapon', type: 'ASSAULT', mode: 'unconventional', cameo: '2041' },
  { label: 'AIR_STRIKE', acled: 'Air/drone strike', type: 'ASSAULT', mode: 'aerial', cameo: '195' },
  { label: 'SUIC_BOMB', acled: 'Suicide bomb', type: 'ASSAULT', mode: 'suicide-attack', cameo: '1831' },
  { label: 'ART_MISS_ATTACK', acled: 'Shelling/artillery/missile attack', type: 'ASSAULT', mode: 'heavy-weapons', cameo: '194' },
  { label: 'REM_EXPLOS', acled: 'Remote explosive/landmine/IED', type: 'ASSAULT', mode: 'explosives', cameo: '183' },
  { label: 'GRENADE', acled: 'Grenade', type: 'ASSAULT', mode: 'explosives', cameo: '183' },
  { label: 'PEACE_PROTEST', acled: 'Peaceful protest', type: 'PROTEST', mode: 'demo', cameo: '141' },
  { label: 'PROTEST_WITH_INTER', acled: 'Protest with intervention', type: 'PROTEST', mode: 'demo', cameo: '141' },
  { label: 'FORCE_AGAINST_PROTEST', acled: 'Excessive force against protesters', type: 'ASSAULT', mode: 'firearms', cameo: '180' },
  { label: 'VIOL_DEMONSTR', acled: 'Violent demonstration', type: 'PROTEST', mode: 'riot', cameo: '145' },
  { label: 'MOB_VIOL', acled: 'Mob violence', type: 'ASSAULT', mode: 'primitive', cameo: '180' },
  { label: 'SEX_VIOL', acled: 'Sexual violence', type: 'ASSAULT', mode: 'sexual', cameo: '1822' },
  { label: 'ATTACK', acled: 'Attack', type: 'ASSAULT', cameo: '180' },
  { label: 'ABDUCT_DISSAP', acled: 'Abduction/forced disappearance', type: 'ASSAULT', mode: 'abduct', cameo: '181' },
  { label: 'AGREEMENT', acled: 'Agreement', type: 'AGREE', cameo: '057' },
  { label: 'ARREST', acled: 'Arrests', type: 'COERCE', mode: 'arrest', cameo: '173' },
  { label: 'CHANGE_TO_GROUP_ACT', acled: 'Change to group/activity', type: 'MOBILIZE', mode: 'militia', cameo: '154' },
  { label: 'DISR_WEAP', acled: 'Disrupted weapons use', type: 'COERCE', mode: 'seize', cameo: '171' },
  { label: 'HQ_ESTABLISHED', acled: 'Headquarters or base established', type: 'MOBILIZE', mode: 'troops', cameo: '154' },
  { label: 'PROPERTY_DISTRUCT', acled: 'Looting/property destruction', type: 'ASSAULT', mode: 'destroy', cameo: '171' },
  { label: 'NON_VIOL_TERRIT_TRANSFER', acled: 'Non-violent transfer of territory', type: 'RETREAT', mode: 'withdraw', cameo: '0874' },
  { label: 'OTHER', acled: 'Other', type: 'MOBILIZE', cameo: '150' },
  { label: 'ORG_CRIME', otherClass: 'ORG_CRIME', type: 'COERCE', cameo: '171' },
  { label: 'NATURAL_DISASTER', otherClass: 'NATURAL_DISASTER', type: 'AID', cameo: '070' },
  { label: 'MAN_MADE_DISASTER', otherClass: 'MAN_MADE_DISASTER', type: 'AID', cameo: '070' },
  { label: 'DIPLO', otherClass: 'DIPLO', type: 'CONSULT', cameo: '040' },
  { label: 'ATTRIB', otherClass: 'ATTRIB', type: 'ACCUSE', mode: 'allege', cameo: '112' },
];

const BY_LABEL = new Map(CASE_LABELS.map((l) => [l.label, l]));
const BY_ACLED = new Map(CASE_LABELS.filter((l) => l.acled).map((l) => [l.acled as string, l]));

/** The CASE label of an ACLED sub-event type or non-ACLED class; 'OTHER' when neither is given. */
export function caseLabelOf(acled?: AcledSubtype, otherClass?: NonAcledClass): string {
  if (acled) return BY_ACLED.get(acled)?.label ?? 'OTHER';
  return otherClass ?? 'OTHER';
}

/** The table row of a CASE label. */
export function caseLabel(label: string): CaseLabel | undefined {
  return BY_LABEL.get(label);
}
