import type { Token } from '../../model/token.js';
import type { TriggerMatch } from './find-triggers.js';
import type { ChosenClass } from './choose-class.js';
import type { AcledSubtype } from '../../model/event-types.js';
import { CASE_LABELS } from './case-labels.js';

/** Nouns for aircraft: whatever they do to the ground they do from the air. */
const AIRCRAFT = new Set(['jet', 'jets', 'warplane', 'warplanes', 'aircraft', 'helicopter', 'helicopters', 'gunship', 'gunships',
  'drone', 'drones', 'plane', 'planes', 'airforce']);
/** 'Bombers' are aircraft only after a maker's name or a word of their kind ('Tupolev bombers', 'strategic bombers'): a 'suicide bomber' or 'suspected bomber' is a man. */
const BOMBERS = new Set(['bomber', 'bombers']);
const BOMBER_KINDS = new Set(['heavy', 'strategic', 'long-range', 'stealth', 'fighter', 'fighter-bomber', 'fighter-bombers']);
/** Classes that already name a means: the word for it wins over the doer. */
const MEANS = new Set(['CHEM_WEAP', 'AIR_STRIKE', 'SUIC_BOMB', 'ART_MISS_ATTACK', 'GRENADE', 'SEX_VIOL', 'ABDUCT_DISSAP', 'PROPERTY_DISTRUCT', 'DISR_WEAP',
  'GOV_REGAINS_TERIT', 'NON_STATE_ACTOR_OVERTAKES_TER', 'FORCE_AGAINST_PROTEST', 'VIOL_DEMONSTR', 'MOB_VIOL']);
/** Words after which an aircraft is not the doer: 'backed by jets', 'under cover of warplanes', 'shot down a helicopter'. */
const NOT_DOER = new Set(['by', 'of', 'with', 'under', 'from', 'against', 'down']);
const AIR_STRIKE = CASE_LABELS.find((l) => l.label === 'AIR_STRIKE')!;

/**
 * True when the doer the clause names before an act of force is aircraft ('Military jets believed to be Russian
 * killed 60 civilians', 'Six bombers flew out of a base in Russia and conducted strikes', 'the army and the air force
 * targeted their positions'): an attack from the air, though no word of it says 'air strike'. An aircraft after 'by',
 * 'under' or 'down' is a helper or a target, not the doer.
 */
export function aircraftDoer(tokens: readonly Token[], match: TriggerMatch, clauseFirst: number): boolean {
  for (let i = clauseFirst; i < match.first; i++) {
    const word = tokens[i].lower;
    const before = tokens[i - 1];
    const aircraft = AIRCRAFT.has(word) || ((word === 'force' || word === 'forces') && before?.lower === 'air')
      || (BOMBERS.has(word) && before !== undefined && (before.pos === 'PROPN' || BOMBER_KINDS.has(before.lower)));
    if (!aircraft) continue;
    let k = i - 1;
    while (k >= clauseFirst && /^(DET|ADJ|NUM|PROPN|NOUN)$/.test(tokens[k].pos) && !NOT_DOER.has(tokens[k].lower)) k--;
    if (k < clauseFirst || !NOT_DOER.has(tokens[k].lower)) return true;
  }
  return false;
}

/**
 * The class of an act whose word leaves the means open, when aircraft are its doer: an air strike (ACLED Air/drone
 * strike, PLOVER aerial, CAMEO 195). A class the trigger fixes, or one that names another means, stays.
 * Example: 'strikes' classed REM_EXPLOS after 'Six bombers … conducted' → AIR_STRIKE
 */
export function withAircraftOf(chosen: ChosenClass, match: TriggerMatch, tokens: readonly Token[], clauseFirst: number): ChosenClass {
  const entry = match.entry;
  if (entry.type !== 'ASSAULT' || entry.mode || entry.acled || entry.otherClass || MEANS.has(chosen.label) || !aircraftDoer(tokens, match, clauseFirst)) return chosen;
  return { label: AIR_STRIKE.label, acled: AIR_STRIKE.acled as AcledSubtype, p: chosen.p, coding: AIR_STRIKE };
}
