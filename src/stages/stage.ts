import type { Document } from '../model/document.js';
import type { Layers, LayerName } from '../model/layers.js';
import type { Diagnostic } from '../model/diagnostic.js';

/** What a stage returns: the layers it adds, and any diagnostics. */
export type StageOutput<K extends LayerName> = Pick<Layers, K> & { diagnostics?: Diagnostic[] };

/** Any stage, as the registry lists it. */
export type AnyStage = Stage<any>; // eslint-disable-line @typescript-eslint/no-explicit-any

/**
 * One pipeline stage: a pure function of the document and the layers it needs.
 * Example: { name: 'annotateDates', needs: ['sentences', 'tokens'], adds: ['times'], run: (doc, layers) => ({ times }) }
 * Lexicons and gazetteers are loaded once, lazily, by the stage's own module.
 */
export interface Stage<K extends LayerName = LayerName> {
  name: string;
  needs: readonly LayerName[];
  adds: readonly K[];
  run(doc: Document, layers: Readonly<Partial<Layers>>): StageOutput<K>;
}

/** Helper that keeps a stage literal's `adds` typed. */
export function defineStage<K extends LayerName>(stage: Stage<K>): Stage<K> {
  return stage;
}
