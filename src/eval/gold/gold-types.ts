/**
 * The reference annotation format (`NAME.gold.json`), as ../shared/seed/SCHEMA.md defines it.
 * Only the keys sitrep grades are typed; everything else is a note and is ignored.
 */

/** A reference actor. Example: { name: 'John Kerry', code: 'USAGOV', accept: ['USA', 'USAGOV'] }; `null` in accept: unresolved or none is fine. */
export interface GoldActor {
  name?: string;
  code?: string | null;
  accept?: (string | null)[];
  text?: string[];
}

/** A reference time. Example: { start: '2016-07-14', end: '2016-07-26', precision: 'range' } */
export interface GoldWhen {
  start: string | null;
  end: string | null;
  precision?: string;
  accept?: (string | [string, string])[];
  accept_range?: GoldRange | GoldRange[];
}

/** A range in one of the shapes SCHEMA.md allows: { start, end } or [start, end]. */
export type GoldRange = { start: string; end: string } | [string, string];

/** A reference place. Example: { name: 'Aleppo', country: 'SY', precision: 'city', lat: 36.2, lon: 37.16 } */
export interface GoldPlace {
  name: string;
  country?: string;
  precision?: string;
  lat?: number;
  lon?: number;
  province?: string;
  accept?: GoldPlace[];
}

/** One reference figure. Example: { low: 19, high: null } (at least 19); `accept_as` here serves this figure only. */
export interface GoldFigure {
  low: number;
  high: number | null;
  approximate?: boolean;
  accept_as?: string[];
}

/** Per-category figures; `accept_as` names other categories the figure may be given in. */
export type GoldFigures = Partial<Record<'civilian' | 'children' | 'women' | 'fighters' | 'unspecified', GoldFigure | null>> & {
  accept_as?: string[];
  note?: string;
};

/** A reference event (SCHEMA.md, "An event"). */
export interface GoldEvent {
  id: string;
  optional?: boolean;
  type: string;
  mode?: string | null;
  accept_types?: string[];
  accept_mode?: (string | null)[];
  cameo?: string | null;
  accept_cameo?: string[];
  acled?: string | null;
  accept_acled?: (string | null)[];
  actors: GoldActor[];
  recipients: GoldActor[];
  roles_interchangeable?: boolean;
  when?: GoldWhen | null;
  where?: GoldPlace | null;
  where_accept?: GoldPlace[];
  factuality: string;
  accept_factuality?: string[];
  attribution?: string[];
  accept_attribution?: string[][];
  fatalities?: GoldFigures | null;
  injured?: GoldFigures | null;
  evidence: string;
  evidence_also?: string[];
  same_as?: string;
  compliance?: { agreement: string; verdict: string; reason?: string };
}

/** A source of claims. Example: { id: 's2', name: 'a source familiar with the negotiations', kind: 'anonymous', via: 's1' } */
export interface GoldSource {
  id: string;
  name: string;
  kind?: string;
  via?: string;
  aliases?: string[];
}

/** A machine-checkable "must not" (SCHEMA.md, `forbid`). */
export interface Forbid {
  gold_event?: string | string[];
  evidence_overlaps?: string | string[];
  type?: string | string[];
  mode?: string | string[];
  acled?: string | string[];
  factuality?: string | string[];
  actor_code_prefix?: string | string[];
  recipient_code_prefix?: string | string[];
  actor_text?: string | string[];
  recipient_text?: string | string[];
  any_actor?: boolean;
  place_name?: string | string[];
  place_from_text?: string | string[];
  time_outside?: [string, string];
  time_overlaps?: [string, string];
  has_fatalities?: boolean | string[];
  fatalities_above?: Record<string, number>;
  count_above?: number;
}

/** A ceasefire or truce the article states. Example: { id: 'a1', name: 'cessation of hostilities', start: '2016-02-27', evidence: ['the cease-fire'] } */
export interface GoldAgreement {
  id: string;
  name?: string;
  start?: string | null;
  end?: string | null;
  excluded?: string[];
  evidence?: string | string[];
}

/** A whole gold file. */
export interface GoldFile {
  document: { file: string; published?: string; outlet?: string; language?: string; title?: string };
  sources?: GoldSource[];
  events: GoldEvent[];
  agreements?: GoldAgreement[];
  must_not?: (string | { text: string; forbid: Forbid })[];
  non_article_spans?: string[];
}
