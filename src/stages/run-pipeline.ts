import type { Document } from '../model/document.js';
import type { Layers } from '../model/layers.js';
import type { Diagnostic } from '../model/diagnostic.js';
import type { AnyStage } from './stage.js';
import { STAGES } from './registry.js';

/** A document with every layer the stages added, and their diagnostics. */
export interface AnalysedDocument {
  doc: Document;
  layers: Layers;
  diagnostics: Diagnostic[];
}

/**
 * Runs the stages in order over one document and merges what each returns.
 * Stages never mutate their input; the runner only adds the layers a stage returns.
 */
export function runPipeline(doc: Document, stages: readonly AnyStage[] = STAGES): AnalysedDocument {
  const layers: Partial<Layers> = {};
  const diagnostics: Diagnostic[] = [];
  for (const stage of stages) {
    const output = stage.run(doc, layers) as Partial<Layers> & { diagnostics?: Diagnostic[] };
    for (const name of stage.adds as readonly (keyof Layers)[]) {
      const layer = output[name];
      if (layer === undefined) throw new Error(`Stage "${stage.name}" declares it adds "${name}" but returned no such layer: return { ${name}: [...] }.`);
      (layers as Record<string, unknown>)[name] = layer;
    }
    if (output.diagnostics) diagnostics.push(...output.diagnostics);
  }
  return { doc, layers: layers as Layers, diagnostics };
}
