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
 * How many documents runPipelineBatch takes through the stages together. Small, so that the layers it
 * holds stay in V8's young generation (the bench's 32 MB semi-space) instead of being copied and promoted:
 * with 25, one pass over real wire copy cost a quarter less CPU than document by document.
 */
export const PIPELINE_CHUNK = 25;

/**
 * Runs the stages in order over one document and merges what each returns.
 * Stages never mutate their input; the runner only adds the layers a stage returns.
 */
export function runPipeline(doc: Document, stages: readonly AnyStage[] = STAGES): AnalysedDocument {
  return runChunk([doc], stages)[0];
}

/**
 * Runs the stages over many documents, PIPELINE_CHUNK at a time, one stage over every document of the
 * chunk before the next stage: each document gets exactly the layers and diagnostics runPipeline gives
 * it alone, in the order given. Why: a stage's code, lexicons and caches stay in the processor's caches
 * while it works through the chunk, instead of being pushed out by eight other stages between two of its
 * articles.
 * Example: runPipelineBatch([doc1, doc2])[1].layers.events → the events of doc2
 */
export function runPipelineBatch(docs: readonly Document[], stages: readonly AnyStage[] = STAGES): AnalysedDocument[] {
  return Array.from(streamPipelineBatch(docs, stages));
}

/**
 * runPipelineBatch for callers that keep only part of each analysis (ingest keeps the events): the documents
 * come out one by one as their chunk is done, so the tokens and other layers of a chunk can be dropped before
 * the next chunk is analysed, instead of every layer of the whole batch being held at once (500 articles'
 * layers outlive V8's young generation, are copied to the old one and grow the heap by a hundred MB).
 * Example: for (const a of streamPipelineBatch(docs)) events.push(...a.layers.events)
 */
export function* streamPipelineBatch(docs: readonly Document[], stages: readonly AnyStage[] = STAGES): Generator<AnalysedDocument> {
  for (let i = 0; i < docs.length; i += PIPELINE_CHUNK) yield* runChunk(docs.slice(i, i + PIPELINE_CHUNK), stages);
}

function runChunk(docs: readonly Document[], stages: readonly AnyStage[]): AnalysedDocument[] {
  const analysed = docs.map((doc) => ({ doc, layers: {} as Partial<Layers>, diagnostics: [] as Diagnostic[] }));
  for (const stage of stages) {
    for (const a of analysed) {
      const output = stage.run(a.doc, a.layers) as Partial<Layers> & { diagnostics?: Diagnostic[] };
      for (const name of stage.adds as readonly (keyof Layers)[]) {
        const layer = output[name];
        if (layer === undefined) throw new Error(`Stage "${stage.name}" declares it adds "${name}" but returned no such layer: return { ${name}: [...] }.`);
        (a.layers as Record<string, unknown>)[name] = packedLayer(layer as readonly unknown[]);
      }
      if (output.diagnostics) a.diagnostics.push(...output.diagnostics);
    }
  }
  return analysed as AnalysedDocument[];
}

/**
 * A layer copied into an array that V8 stores one way (packed, of objects) whatever built it: an empty
 * literal (stored as small integers), Array.prototype.map (holey once optimised) or filter (packed). The
 * stages that read a layer then meet one array map, and their optimised code is not thrown away ('wrong
 * map' deopts, then a recompile of the function and all it inlined) when an article brings the other kind.
 * Example: packedLayer([]) → [] (as every later empty layer, of the same array map as a full one)
 */
function packedLayer<T>(layer: readonly T[]): T[] {
  const out: T[] = [];
  for (let i = 0; i < layer.length; i++) out.push(layer[i]);
  return out;
}
