import type { Span } from './span.js';
import type { ActorRef } from './actor.js';
import type { PlaceRef } from './place.js';
import type { TimeValue } from './time-value.js';
import type { Factuality } from './factuality.js';
import type { SourceRef } from './source.js';
import type { Fatalities } from './fatalities.js';
import type { PloverType, AcledSubtype, NonAcledClass } from './event-types.js';
import type { ComplianceVerdict } from './compliance.js';

/**
 * An actor or recipient of an event, with the mention it came from.
 * Example: { text: 'Washington', evidence: {…}, actor: { code: 'USAGOV', … } }
 * `actor` is absent for an unresolved mention ('gunmen', 'Abu Ahmed').
 */
export interface Participant {
  text: string;
  evidence: Span;
  actor?: ActorRef;
  /**
   * The text names this party at another event, not at this one: an attack told without its author takes
   * the author of the article's attack by the same means (build-records/unnamed-attacker.ts). `evidence`
   * is that other mention. An attack told without a known author takes the party that claimed
   * responsibility right after it ('claimed', build-records/bare-claim.ts).
   */
  inferred?: 'same-means-attack' | 'claimed';
}

/**
 * A place of an event with the mention it came from.
 * Example: { text: 'Aleppo', evidence: {…}, place: { name: 'Aleppo', precision: 'locality', … } }
 */
export interface EventPlace {
  text: string;
  evidence: Span;
  place: PlaceRef;
}

/**
 * A phrase of the event's clause that tells an act of its own, with the places its own words give.
 * 'launched an offensive in Hama, targeting the village of A' is one attack told in two parts: 'launched an
 * offensive' (in Hama) and 'targeting' (A).
 * Example: { trigger: {…'targeting'}, triggerText: 'targeting', evidence: {…'targeting the village of A'}, places: [{ text: 'A', … }] }
 */
export interface EventPart {
  trigger: Span;
  triggerText: string;
  /** The words of the part: the record's clause for the part its trigger tells, a phrase of it for the others. */
  evidence: Span;
  /** The places its own words give, in text order; empty when they give none. */
  places: EventPlace[];
}

/**
 * The act a request, proposal, promise or threat names. It has not happened, so it is kept inside the speech
 * act that names it rather than recorded as an event of its own (SCHEMA.md: requested acts are optional).
 * Example: { type: 'RETREAT', mode: 'ceasefire', triggerText: 'pause', trigger: {…}, factuality: 'requested' }
 */
export interface SpeechActContent {
  type: PloverType;
  mode?: string;
  triggerText: string;
  trigger: Span;
  /** requested, proposed or hypothetical: what the act is, as the speech act puts it. */
  factuality: Factuality;
}

/**
 * The versions that made a record, so stored articles can be reprocessed when they change.
 * Example: { pipeline: '0.1.0', lexicons: 'a41c09e2' }
 */
export interface Provenance {
  pipeline: string;
  /** Hash of every lexicon and gazetteer file the pipeline loaded. */
  lexicons: string;
}

/**
 * One event, as one document reports it. Every field carries the span it came from.
 * Example: { id: 'ev_3f2a9c0e1b7d4a55_0070', documentId: 'doc_3f2a9c0e1b7d4a55', type: 'REQUEST', mode: 'yield',
 *            cameo: '0256', actors: [Washington], recipients: [VSK Russia], time: {…}, place: {Syria},
 *            factuality: 'reported', attribution: [source familiar…, Izvestia], evidence: [{…}], trigger: {…'asked'} }
 */
export interface EventRecord {
  /** 'ev_' + document hash prefix + '_' + trigger offset: stable across runs. */
  id: string;
  documentId: string;
  type: PloverType;
  mode?: string;
  cameo?: string;
  /** ACLED sub-event type where one applies. */
  acled?: AcledSubtype;
  /** The CASE-2021-style class for events outside ACLED (diplomacy, attribution, disasters, crime). */
  otherClass?: NonAcledClass;
  /** The word(s) that say what happened ('asked', 'air raid'). */
  trigger: Span;
  triggerText: string;
  actors: Participant[];
  recipients: Participant[];
  time?: TimeValue;
  /** The main place: where the event was, or the first of several. */
  place?: EventPlace;
  /**
   * Further places the same words give the event, in text order ('in Aleppo and Homs', 'marched from A to B'):
   * absent when it has one place or none.
   * Example: [{ text: 'Homs', evidence: {…}, place: { name: 'Homs', precision: 'locality', … } }]
   */
  otherPlaces?: EventPlace[];
  /**
   * The parts of the event its clause tells in phrases of their own, the trigger's first, each with its own
   * places (the record's place and otherPlaces hold them all): absent when the trigger's words tell all of it.
   */
  parts?: EventPart[];
  factuality: Factuality;
  /** Cue of the factuality ('has asked', 'suggested', 'denied'); absent for plain assertions. */
  factualityEvidence?: Span;
  /** Innermost first. Empty: the article itself asserts it. */
  attribution: SourceRef[];
  fatalities?: Fatalities;
  injured?: Fatalities;
  /** For a REQUEST, THREATEN (or another speech act): the acts it asks for or threatens, in text order. */
  content?: SpeechActContent[];
  /** Verdicts against the ceasefires and truces the article states; absent until an agreement is checked. */
  compliance?: ComplianceVerdict[];
  /** The clause or sentence of the event itself (not the spans of its fields). */
  evidence: Span[];
  confidence: number;
  provenance: Provenance;
}
