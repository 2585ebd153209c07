import type { Token, Sentence } from './token.js';
import type { TimeMention } from './time-value.js';
import type { PlaceMention } from './place.js';
import type { ActorMention } from './actor.js';
import type { Attribution } from './source.js';
import type { CasualtyMention } from './fatalities.js';
import type { EventMention } from './event-mention.js';
import type { Factuality } from './factuality.js';
import type { EventRecord } from './event-record.js';
import type { Span } from './span.js';

/**
 * The factuality of one event mention, with the cue that decided it.
 * Example: { event: 0, factuality: 'reported', cue: {…'said'} }
 */
export interface FactualityJudgement {
  /** Index into Layers.eventMentions. */
  event: number;
  factuality: Factuality;
  cue?: Span;
}

/**
 * Everything the stages add to a Document, one key a layer.
 * Each stage declares which layers it needs and which it adds (stages/registry.ts).
 */
export interface Layers {
  sentences: Sentence[];
  tokens: Token[];
  times: TimeMention[];
  places: PlaceMention[];
  actors: ActorMention[];
  attributions: Attribution[];
  casualties: CasualtyMention[];
  eventMentions: EventMention[];
  factuality: FactualityJudgement[];
  events: EventRecord[];
}

/** The name of one layer, e.g. 'times'. */
export type LayerName = keyof Layers;
