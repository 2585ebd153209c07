import type { Document } from '../../model/document.js';
import type { Draft, Needed } from './draft.js';
import { isBareAllegation, withoutDenialActs, isPageFurniture, isGenericMention, inAside, isActNotDone, isActAskedOrThreatened, isCondition } from './non-events.js';
import { isStanceNoun } from './stance-noun.js';
import { isFearedOrHoped } from './feared-act.js';
import { isActWithoutGround } from './no-evidence.js';

/**
 * The drafts that tell an event: without bare allegations, asides, page furniture, passing generic mentions, stances
 * ('support for'), acts feared or hoped for, acts the text finds no ground for, acts not done, asked for or threatened,
 * conditions, and the records of denials themselves (each rule in its own file).
 * Example: 'feared being caught in air strikes' → its 'air strikes' draft is dropped; 'jets struck the town' is kept.
 */
export function toldEvents(drafts: Draft[], doc: Document, layers: Needed): Draft[] {
  const dated = Boolean(doc.published);
  return withoutDenialActs(drafts.filter((d) => !isBareAllegation(d, drafts, doc.text, dated) && !inAside(d.mention.trigger, doc.text)
    && !isPageFurniture(layers.sentences[d.mention.sentence], doc.text, d.mention.trigger, layers.tokens)
    && !isGenericMention(d, layers.tokens) && !isStanceNoun(d.record, layers.tokens) && !isFearedOrHoped(d.record, doc.text)
    && !isActWithoutGround(d.record, doc.text) && !isActNotDone(d, doc.text) && !isActAskedOrThreatened(d, drafts) && !isCondition(d, doc.text)), drafts, doc.text);
}
