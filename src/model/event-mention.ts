import type { Span } from './span.js';
import type { PloverType, AcledSubtype, NonAcledClass } from './event-types.js';
import type { Participant } from './event-record.js';

/**
 * An event found in one sentence, before it is assembled into an EventRecord.
 * Example: { trigger: {…'asked'}, triggerText: 'asked', sentence: 1, type: 'REQUEST', mode: 'yield', cameo: '0256',
 *            actors: [Washington], recipients: [], clause: {…}, rule: 'trigger:ask for' }
 */
export interface EventMention {
  trigger: Span;
  triggerText: string;
  sentence: number;
  type: PloverType;
  mode?: string;
  cameo?: string;
  acled?: AcledSubtype;
  otherClass?: NonAcledClass;
  actors: Participant[];
  recipients: Participant[];
  /** The clause the event is stated in: its evidence. */
  clause: Span;
  /** The trigger lexicon entry or model that produced it. */
  rule: string;
  confidence: number;
  /**
   * The event is the act of saying itself: 'Russia said Sudan must return the helicopter' is Russia's
   * demand, so the speaker of the claim around it is its actor, not only its source.
   */
  speechAct?: boolean;
  /**
   * The state where the act is done ('lifted a curfew in Montenegro'), for the records stage to take as the
   * recipient when no party is named to receive it, even after merging.
   */
  sceneRecipients?: Participant[];
  /** Index of another mention that this one is the requested/proposed content of (the pause asked for). */
  contentOf?: number;
  /**
   * The other words of its clause that state the same event ('marched' beside 'protest' in 'marched
   * through Rome to protest'): the trigger is the surest of them, the first of them leads to the place.
   */
  otherTriggers?: Span[];
}
