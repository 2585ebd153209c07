import { listInputs, readInput } from '../readers/index.js';
import type { Document } from '../model/document.js';
import { timePipeline } from './bench-pipeline.js';

/**
 * The pipeline timed once over the user's own articles (`npm run bench -- --corpus PATH`).
 * The generated corpus repeats the examples' vocabulary, so wink-nlp's and sitrep's caches stay
 * warm; real news brings new words on every page. One pass over real articles shows what a first
 * ingest pays.
 * Example: { path: 'fakes.jsonl', articles: 804, articles_per_s: 131.2, mean_article_bytes: 2671, distinct_words: 11020, rejected: 0 }
 */
export interface OwnCorpusTiming {
  path: string;
  articles: number;
  articles_per_s: number;
  mean_article_bytes: number;
  distinct_words: number;
  /** Inputs the readers refused (empty, binary, not English…): not timed. */
  rejected: number;
}

const WORD = /\p{L}+/gu;

/** Reads PATH (files, a folder, a glob or JSONL, as `sitrep ingest` does) and times one pipeline pass over it. */
export async function timeOwnCorpus(path: string): Promise<OwnCorpusTiming> {
  const { files, diagnostics } = await listInputs([path]);
  const documents: Document[] = [];
  let rejected = diagnostics.length;
  for (const file of files) {
    const read = await readInput(file);
    documents.push(...read.documents);
    rejected += read.diagnostics.filter((d) => d.severity === 'error').length;
  }
  if (documents.length === 0) throw new Error(`--corpus ${path}: no article could be read from it (${rejected} inputs rejected).`);
  const words = new Set<string>();
  let bytes = 0;
  for (const d of documents) {
    bytes += Buffer.byteLength(d.text, 'utf8');
    for (const w of d.text.toLowerCase().match(WORD) ?? []) words.add(w);
  }
  const timing = timePipeline([documents]);
  return {
    path,
    articles: documents.length,
    articles_per_s: Number(timing.articlesPerSecond.toFixed(1)),
    mean_article_bytes: Math.round(bytes / documents.length),
    distinct_words: words.size,
    rejected,
  };
}
