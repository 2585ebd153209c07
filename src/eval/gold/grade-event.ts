import type { EventRecord } from '../../model/event-record.js';
import type { GoldEvent, GoldSource } from './gold-types.js';
import { actorsMatch } from './grade-actors.js';
import { timeMatches } from './grade-time.js';
import { placeMatches } from './grade-place.js';
import { figuresMatch } from './grade-fatalities.js';
import { attributionMatches } from './grade-attribution.js';

/** The graded fields of one matched pair, as `sitrep eval gold` reports them. */
export interface FieldResults {
  type: boolean;
  actors: boolean;
  recipients: boolean;
  time: boolean;
  place: boolean;
  factuality: boolean;
  attribution: boolean;
  fatalities: boolean;
  injured: boolean;
  /** Absent (undefined) when the annotation has no `cameo` key: an unannotated field is not graded. */
  cameo?: boolean;
  /** Absent (undefined) when the annotation has no `acled` key. */
  acled?: boolean;
}

export const FIELD_NAMES = ['type', 'actors', 'recipients', 'time', 'place', 'factuality', 'attribution', 'fatalities'] as const;

/** The type is the reference type or an accepted one (what "found" needs). */
export function typeCompatible(system: EventRecord, gold: GoldEvent): boolean {
  return system.type === gold.type || (gold.accept_types ?? []).includes(system.type);
}

/**
 * PLOVER modes belong to their type (ASSAULT has no mode "seize"), so `mode` binds only the reference type;
 * an accepted other type is held to `accept_mode` when the annotator gave one, and to nothing otherwise.
 */
function modeCompatible(system: EventRecord, gold: GoldEvent): boolean {
  if (system.type !== gold.type) return !gold.accept_mode || [gold.mode ?? null, ...gold.accept_mode].includes(system.mode ?? null);
  const allowed = [gold.mode ?? null, ...(gold.accept_mode ?? [])];
  if ((gold.mode === null || gold.mode === undefined) && !gold.accept_mode) return true;
  return allowed.includes(system.mode ?? null);
}

function inList(value: string | undefined, main: string | null | undefined, accepted: readonly (string | null)[] | undefined): boolean {
  return [main ?? null, ...(accepted ?? [])].includes(value ?? null);
}

/** Grades every field of a sitrep event against the reference event it was matched to (`text`: the article, for the names its sources are written by). */
export function gradeFields(system: EventRecord, gold: GoldEvent, sources: readonly GoldSource[], text?: string): FieldResults {
  let actors: boolean;
  let recipients: boolean;
  if (gold.roles_interchangeable) {
    actors = recipients = actorsMatch([...system.actors, ...system.recipients], [...gold.actors, ...gold.recipients]);
  } else {
    actors = actorsMatch(system.actors, gold.actors);
    recipients = actorsMatch(system.recipients, gold.recipients);
  }
  return {
    type: typeCompatible(system, gold) && modeCompatible(system, gold),
    actors,
    recipients,
    time: timeMatches(system.time, gold.when),
    place: placeMatches(system.place?.place, gold.where, gold.where_accept),
    factuality: system.factuality === gold.factuality || (gold.accept_factuality ?? []).includes(system.factuality),
    attribution: attributionMatches(system.attribution, gold.attribution, gold.accept_attribution, sources, text),
    fatalities: figuresMatch(system.fatalities, gold.fatalities),
    injured: figuresMatch(system.injured, gold.injured),
    cameo: 'cameo' in gold ? inList(system.cameo, gold.cameo, gold.accept_cameo) : undefined,
    acled: 'acled' in gold ? inList(system.acled, gold.acled, gold.accept_acled) : undefined,
  };
}

/** SCHEMA.md: correct = found, and actors, recipients, time, place and factuality all match. */
export function isCorrect(fields: FieldResults): boolean {
  return fields.actors && fields.recipients && fields.time && fields.place && fields.factuality;
}
