import type { PloverType, AcledSubtype, NonAcledClass } from '../../model/event-types.js';
import type { LabelScore } from './event-classifier.js';
import type { TriggerEntry } from './trigger-lexicon.js';
import { CASE_LABELS, caseLabelOf, type CaseLabel } from './case-labels.js';
import { seizesWeapons } from './disrupted-weapons.js';
import type { Token } from '../../model/token.js';
import type { TriggerMatch } from './find-triggers.js';
import { isNominal } from './clause-rank.js';

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

// ACLED codes remote violence by its weapon whoever it hit: a suicide bombing of a market is a suicide bomb,
// not an attack on civilians. A trigger that names the weapon yields only to another weapon ('shells' that carried gas).
const REMOTE_VIOLENCE = new Set(['CHEM_WEAP', 'AIR_STRIKE', 'SUIC_BOMB', 'ART_MISS_ATTACK', 'REM_EXPLOS', 'GRENADE']);

const SETTING_UP = /^(establish|set up|new) /;

// How sure the classifier must be, and how much surer than of the trigger's own class, to overrule it.
const OVERRULE_P = 0.4;
const OVERRULE_RATIO = 2;

const BY_LABEL = new Map(CASE_LABELS.map((l) => [l.label, l]));

function allowed(entry: TriggerEntry): readonly string[] {
  if (entry.type === 'ASSAULT' && entry.mode === 'explosives') return EXPLOSIVE;
  if (entry.type === 'ASSAULT' && entry.mode === 'seize') return ['GOV_REGAINS_TERIT', 'NON_STATE_ACTOR_OVERTAKES_TER', 'ARMED_CLASH', 'ABDUCT_DISSAP', 'ARREST', 'DISR_WEAP'];
  return FAMILY[entry.type] ?? [];
}

// Words without one of which a sentence tells no chemical attack: the classifier alone may hear gas in any strike.
const CHEMICAL_WORDS = new Set(['chemical', 'chemicals', 'gas', 'gases', 'chlorine', 'sarin', 'toxic', 'poison', 'poisonous', 'poisoned', 'nerve', 'mustard', 'vx', 'asphyxiation', 'suffocation']);

// Words without one of which a sentence tells no air strike: the classifier hears one in many sentences where fighters
// were killed at a base ('militants were killed when they raided a base'), which is a clash. 'strikes' alone is enough:
// wire copy says 'coalition strikes' for raids from the air.
const AIR_WORDS = new Set(['air', 'airstrike', 'airstrikes', 'aircraft', 'plane', 'planes', 'warplane', 'warplanes', 'jet', 'jets', 'helicopter',
  'helicopters', 'gunship', 'gunships', 'drone', 'drones', 'uav', 'uavs', 'aerial', 'bomber', 'bombers', 'sortie', 'sorties', 'strike', 'strikes',
  'struck', 'bomb', 'bombs', 'bombed', 'bombing', 'bombings', 'bombardment', 'bombardments', 'airforce']);

/**
 * The classifier's scores without the labels whose means the sentence never names: a chemical attack with no
 * chemical word ('The base was attacked on Sunday … Syrian projectile'), an air strike with nothing from the air
 * ('the insurgents raided a base'). A story that names the gas a sentence away is read by chemicalMunitions.
 * A sentence that tells only deaths ('the regime killed twelve in Idlib', `deathsOnly`) tells no means at all:
 * there the classifier's guess from the setting stands.
 */
export function withoutUnnamedMeans(scores: readonly LabelScore[], words: readonly string[] | WordsOfTokens, deathsOnly = false): readonly LabelScore[] {
  const gas = !scores.some((s) => s.label === 'CHEM_WEAP') || anyWordIn(words, CHEMICAL_WORDS);
  const air = deathsOnly || !scores.some((s) => s.label === 'AIR_STRIKE') || anyWordIn(words, AIR_WORDS);
  if (gas && air) return scores;
  return scores.filter((s) => (gas || s.label !== 'CHEM_WEAP') && (air || s.label !== 'AIR_STRIKE'));
}

/** A sentence's words as its tokens [first, last) hold them (each token's lower-cased text): read in place, not copied. */
export interface WordsOfTokens { tokens: readonly Token[]; first: number; last: number }

function anyWordIn(words: readonly string[] | WordsOfTokens, set: ReadonlySet<string>): boolean {
  if (Array.isArray(words)) return words.some((w) => set.has(w));
  const { tokens, first, last } = words as WordsOfTokens;
  for (let i = first; i < last; i++) if (set.has(tokens[i].lower)) return true;
  return false;
}

/** Whether an ASSAULT trigger tells only deaths: 'the regime killed twelve', or an attack named only as where deaths happened ('killed in the attack'). */
export function tellsOnlyDeaths(tokens: readonly Token[], m: TriggerMatch, sentenceStart: number): boolean {
  if (tokens[m.first].lemma === 'kill') return true;
  if (!isNominal(tokens, m)) return false;
  let i = m.first - 1;
  while (i > sentenceStart && (tokens[i].pos === 'DET' || tokens[i].pos === 'ADJ')) i--;
  return i >= sentenceStart && tokens[i].lower === 'in';
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
    const weaponKept = REMOTE_VIOLENCE.has(label) && !REMOTE_VIOLENCE.has(top?.label ?? '');
    // Rioters were violent whatever was done to them: a riot is a violent demonstration, or mob violence, never a peaceful protest.
    const riotKept = entry.type === 'PROTEST' && entry.mode === 'riot' && top?.label !== 'MOB_VIOL';
    // Weapons taken off the street are disrupted weapons use even when drugs were taken with them ('seized two pistols and heroin').
    const seizureKept = label === 'DISR_WEAP' && seizesWeapons(entry);
    // ACLED's codebook lists surrenders among agreements, whatever the fighters did next ('surrendered and joined the army').
    const surrenderKept = entry.mode === 'disarm' && label === 'AGREEMENT';
    // A word for a bomber who dies in the blast ('kamikazes', 'suicide bomber') leaves no other weapon to choose.
    const suicideKept = entry.mode === 'suicide-attack' && label === 'SUIC_BOMB';
    // 'set up a base', 'a new base': words that tell the base being set up leave no other class; a base only named
    // ('the observation points they had left') may be the scene of another change.
    const baseKept = label === 'HQ_ESTABLISHED' && SETTING_UP.test(entry.pattern);
    if (top && top.label !== label && !weaponKept && !baseKept && !riotKept && !seizureKept && !surrenderKept && !suicideKept && family.includes(label) && family.includes(top.label) && top.p >= OVERRULE_P && top.p > OVERRULE_RATIO * p) {
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

/**
 * The class of an open trigger told together with a word that names the weapon ('rocket attacks', 'killed in
 * mortar fire'): the weapon's, whatever the target. Triggers of one type in one clause state one event, and ACLED
 * codes remote violence by its means, so the weapon word decides where the sentence would say 'attack on civilians'.
 * Example: chosen ATTACK for 'attacks' beside 'rocket' (Shelling/artillery/missile attack) → ART_MISS_ATTACK.
 */
export function withWeaponOf(entry: TriggerEntry, chosen: ChosenClass, siblings: readonly TriggerEntry[]): ChosenClass {
  if (entry.acled || entry.otherClass || REMOTE_VIOLENCE.has(chosen.label)) return chosen;
  for (const sibling of siblings) {
    const label = sibling.acled ? caseLabelOf(sibling.acled, undefined) : undefined;
    if (!label || !REMOTE_VIOLENCE.has(label)) continue;
    return { label, acled: sibling.acled, p: chosen.p, coding: BY_LABEL.get(label) };
  }
  return chosen;
}
