import type { AnyStage } from './stage.js';
import { segment } from './segment/segment.js';
import { annotateDates } from './annotate-dates/annotate-dates.js';
import { annotatePlaces } from './annotate-places/annotate-places.js';
import { annotateActors } from './annotate-actors/annotate-actors.js';
import { annotateAttribution } from './annotate-attribution/annotate-attribution.js';
import { countCasualties } from './count-casualties/count-casualties.js';
import { extractEvents } from './extract-events/extract-events.js';
import { assessFactuality } from './assess-factuality/assess-factuality.js';
import { buildRecords } from './build-records/build-records.js';

/**
 * The pipeline, in order. Each stage reads the layers it `needs` and adds the ones in `adds`;
 * test/stages/registry.test.ts fails when a stage comes before the stage that gives what it needs.
 */
export const STAGES: readonly AnyStage[] = [
  segment,
  annotateDates,
  annotatePlaces,
  annotateActors,
  annotateAttribution,
  countCasualties,
  extractEvents,
  assessFactuality,
  buildRecords,
];

/**
 * The stages up to and including the named one: what an eval needs to measure one layer
 * ('annotateDates' for time expressions) without the cost of the rest.
 */
export function stagesUpTo(name: string): readonly AnyStage[] {
  const index = STAGES.findIndex((s) => s.name === name);
  if (index < 0) throw new Error(`No stage named "${name}" in stages/registry.ts; known: ${STAGES.map((s) => s.name).join(', ')}.`);
  return STAGES.slice(0, index + 1);
}
