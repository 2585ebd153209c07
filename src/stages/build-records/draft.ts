import type { Layers } from '../../model/layers.js';
import type { EventRecord } from '../../model/event-record.js';
import type { EventMention } from '../../model/event-mention.js';

/** The layers buildRecords reads. */
export type Needed = Pick<Layers, 'sentences' | 'tokens' | 'times' | 'places' | 'actors' | 'attributions' | 'casualties' | 'eventMentions' | 'factuality'>;

/** A record while it is being built, with what merging and inheritance need to know. */
export interface Draft {
  record: EventRecord;
  mention: EventMention;
  /** Index of the mention this one is the content of (the pause a request asks for). */
  parent?: number;
}
