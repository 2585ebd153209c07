/** PLOVER's 16 event types (manual draft 2.0). */
export const PLOVER_TYPES = [
  'AGREE', 'CONSULT', 'SUPPORT', 'CONCEDE', 'COOPERATE', 'AID', 'RETREAT', 'REQUEST',
  'ACCUSE', 'REJECT', 'THREATEN', 'PROTEST', 'SANCTION', 'MOBILIZE', 'COERCE', 'ASSAULT',
] as const;

/** One PLOVER event type, e.g. 'ASSAULT'. */
export type PloverType = (typeof PLOVER_TYPES)[number];

/** ACLED's 25 sub-event types, spelled as ACLED spells them. */
export const ACLED_SUBTYPES = [
  'Armed clash', 'Government regains territory', 'Non-state actor overtakes territory',
  'Chemical weapon', 'Air/drone strike', 'Suicide bomb', 'Shelling/artillery/missile attack',
  'Remote explosive/landmine/IED', 'Grenade',
  'Peaceful protest', 'Protest with intervention', 'Excessive force against protesters',
  'Violent demonstration', 'Mob violence',
  'Sexual violence', 'Attack', 'Abduction/forced disappearance',
  'Agreement', 'Arrests', 'Change to group/activity', 'Disrupted weapons use',
  'Headquarters or base established', 'Looting/property destruction', 'Non-violent transfer of territory', 'Other',
] as const;

/** One ACLED sub-event type, e.g. 'Air/drone strike'. */
export type AcledSubtype = (typeof ACLED_SUBTYPES)[number];

/** ACLED's remote-violence sub-event types: each names the weapon it was done with. */
export const REMOTE_VIOLENCE: ReadonlySet<string> = new Set<AcledSubtype>(['Chemical weapon', 'Air/drone strike', 'Suicide bomb',
  'Shelling/artillery/missile attack', 'Remote explosive/landmine/IED', 'Grenade']);

/** The classes of events no party does: a disaster's toll is the disaster's, not an attack's. */
export const DISASTER_CLASSES: ReadonlySet<string> = new Set(['NATURAL_DISASTER', 'MAN_MADE_DISASTER']);

/**
 * What the CASE 2021 task calls events outside ACLED's 25 sub-types; sitrep gives them to
 * events that are not political violence, protest or strategic developments.
 * Example: 'NATURAL_DISASTER' for an earthquake report.
 */
export type NonAcledClass = 'ORG_CRIME' | 'NATURAL_DISASTER' | 'MAN_MADE_DISASTER' | 'DIPLO' | 'ATTRIB' | 'OTHER';
