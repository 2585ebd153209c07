/*
 * `eval fa-kes`: runs the whole pipeline over FA-KES articles (../shared/eval/fa-kes/articles.csv) and
 * compares the article-level figures sitrep's event records give with the crowd's labels.
 * How records become article figures: article-figures.ts (the main deadly event is the first event
 * with a killed figure) and label-classes.ts (places, causes, actors as FA-KES spells them).
 * `figuresFrom: 'casualties'` reads the casualties layer instead of the records, with the same rule:
 * a diagnostic path that measures countCasualties alone; the default, and the figures CI checks, use the records.
 */
import { readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import type { Document } from '../../model/document.js';
import type { PlaceRef } from '../../model/place.js';
import type { Layers } from '../../model/layers.js';
import { makeDocument } from '../../readers/make-document.js';
import { runPipeline } from '../../stages/run-pipeline.js';
import { STAGES } from '../../stages/registry.js';
import type { AnyStage } from '../../stages/stage.js';
import { articleFiguresFromCasualties, articleFiguresFromEvents, articlePlace, mainDeadlyEvent, type ArticleFigures } from './article-figures.js';
import { causeOfDeath, eventActorClass, placeMatchesLabel } from './label-classes.js';

/** One labelled article. Example: { id: '1914947530', text: 'Wed 05 Apr 2017…', published: '2017-04-05', location: 'idlib', … } */
export interface FakesArticle {
  id: string;
  title: string;
  text: string;
  source: string;
  published?: string;
  location: string;
  actor: string;
  cause: string;
  figures: ArticleFigures;
}

/**
 * Shares of articles where sitrep agrees with the labels.
 * Example: { n: 409, civilians_exact: 0.81, civilians_within_10pct: 0.85, location_accuracy: 0.9, … }
 */
export interface FakesResult {
  n: number;
  figures_from: 'events' | 'casualties';
  location_accuracy: number;
  civilians_exact: number;
  civilians_within_10pct: number;
  noncivilians_exact: number;
  children_exact: number;
  women_exact: number;
  cause_accuracy: number;
  actor_accuracy: number;
  /** Articles where the civilian figure was wrong: id, label, sitrep's figure. */
  civilian_misses: Array<{ id: string; label: number; sitrep: number }>;
  ms_per_article: number;
}

/** Options of evaluateFakes. */
export interface FakesOptions {
  limit?: number;
  onProgress?: (done: number, total: number) => void;
  figuresFrom?: 'events' | 'casualties';
  stages?: readonly AnyStage[];
}

/** Reads the FA-KES CSV; a file without the FA-KES columns throws naming the ones it lacks. */
export function readFakes(file: string): FakesArticle[] {
  const rows = parse(readFileSync(file), { columns: true, skip_empty_lines: true, bom: true }) as Array<Record<string, string>>;
  const needed = ['unit_id', 'article_content', 'date', 'location', 'actor', 'cause_of_death', 'nb_children', 'nb_civilians', 'nb_noncivilians', 'nb_women'];
  const missing = needed.filter((c) => rows.length > 0 && !(c in rows[0]));
  if (missing.length) throw new Error(`${file} lacks the FA-KES columns ${missing.join(', ')}: give the articles.csv of fakenewssyria/fake_news_detection.`);
  return rows.map((r) => ({
    id: r.unit_id,
    title: r.article_title ?? '',
    text: r.article_content,
    source: r.source ?? '',
    published: usDate(r.date),
    location: r.location.trim().toLowerCase(),
    actor: r.actor.trim().toLowerCase(),
    cause: r.cause_of_death.trim().toLowerCase(),
    figures: {
      civilians: Number(r.nb_civilians) || 0,
      children: Number(r.nb_children) || 0,
      women: Number(r.nb_women) || 0,
      noncivilians: Number(r.nb_noncivilians) || 0,
    },
  }));
}

/** 'M/D/YY' → 'YYYY-MM-DD' (FA-KES covers 2011-2018, so YY is 20YY); anything else: undefined. */
export function usDate(value: string | undefined): string | undefined {
  const m = /^(\d{1,2})\/(\d{1,2})\/(\d{2}|\d{4})$/.exec(value?.trim() ?? '');
  if (!m) return undefined;
  const year = m[3].length === 2 ? `20${m[3]}` : m[3];
  return `${year}-${m[1].padStart(2, '0')}-${m[2].padStart(2, '0')}`;
}

/** Runs the pipeline over each article and scores it against the labels. */
export async function evaluateFakes(file: string, options: FakesOptions = {}): Promise<FakesResult> {
  const articles = readFakes(file).slice(0, options.limit ?? Infinity);
  const figuresFrom = options.figuresFrom ?? 'events';
  const counts = { location: 0, civilians: 0, within: 0, noncivilians: 0, children: 0, women: 0, cause: 0, actor: 0 };
  const misses: FakesResult['civilian_misses'] = [];
  let elapsed = 0;
  for (const [i, article] of articles.entries()) {
    const doc = toDocument(article, file);
    const started = performance.now();
    const { layers } = runPipeline(doc, options.stages ?? STAGES);
    elapsed += performance.now() - started;
    const found = figuresFrom === 'events' ? articleFiguresFromEvents(layers.events ?? [], layers.sentences ?? []) : articleFiguresFromCasualties(layers.casualties ?? []);
    const main = mainDeadlyEvent(layers.events ?? []);
    const place = figuresFrom === 'events' ? articlePlace(layers.events ?? [], layers.places ?? [], 'SY') : placeOfFirstCasualty(layers);
    const label = article.figures;
    if (placeMatchesLabel(place, article.location)) counts.location++;
    if (found.civilians === label.civilians) counts.civilians++;
    else misses.push({ id: article.id, label: label.civilians, sitrep: found.civilians });
    if (Math.abs(found.civilians - label.civilians) <= 0.1 * label.civilians) counts.within++;
    if (found.noncivilians === label.noncivilians) counts.noncivilians++;
    if (found.children === label.children) counts.children++;
    if (found.women === label.women) counts.women++;
    if (causeOfDeath(main) === article.cause) counts.cause++;
    if (eventActorClass(main) === article.actor) counts.actor++;
    options.onProgress?.(i + 1, articles.length);
  }
  const n = articles.length;
  // Unrounded, as the other adapters give theirs: a share rounded here made the baseline check compare rounded figures.
  const share = (k: number) => (n ? k / n : 0);
  return {
    n, figures_from: figuresFrom,
    location_accuracy: share(counts.location), civilians_exact: share(counts.civilians), civilians_within_10pct: share(counts.within),
    noncivilians_exact: share(counts.noncivilians), children_exact: share(counts.children), women_exact: share(counts.women),
    cause_accuracy: share(counts.cause), actor_accuracy: share(counts.actor),
    civilian_misses: misses, ms_per_article: n ? Math.round((elapsed / n) * 1000) / 1000 : 0,
  };
}

function toDocument(article: FakesArticle, file: string): Document {
  return makeDocument(article.text, { title: article.title, published: article.published, outlet: article.source, language: 'en', externalId: article.id }, `${file}:${article.id}`).document;
}

// The development path's place: the first resolved, literal place at governorate level or finer in the
// sentence of the first killed figure, else in the article.
function placeOfFirstCasualty(layers: Partial<Layers>): PlaceRef | undefined {
  const first = (layers.casualties ?? []).find((m) => m.outcome === 'killed');
  const sentence = first !== undefined ? layers.sentences?.[first.sentence] : undefined;
  const places = (layers.places ?? []).filter((p) => p.place && !p.metonymic && p.place.country === 'SY' && p.place.precision !== 'country' && p.place.precision !== 'region');
  const inSentence = sentence ? places.find((p) => p.span.start >= sentence.start && p.span.end <= sentence.end) : undefined;
  return (inSentence ?? places[0])?.place;
}

/** The result as a plain-text table, one measure a line. */
export function formatFakesTable(result: FakesResult): string {
  const rows: Array<[string, string]> = [
    ['articles', String(result.n)],
    ['figures from', result.figures_from],
    ['location accuracy', result.location_accuracy.toFixed(3)],
    ['civilians exact', result.civilians_exact.toFixed(3)],
    ['civilians within 10%', result.civilians_within_10pct.toFixed(3)],
    ['non-civilians exact', result.noncivilians_exact.toFixed(3)],
    ['children exact', result.children_exact.toFixed(3)],
    ['women exact', result.women_exact.toFixed(3)],
    ['cause of death accuracy', result.cause_accuracy.toFixed(3)],
    ['actor class accuracy', result.actor_accuracy.toFixed(3)],
    ['ms per article (pipeline)', result.ms_per_article.toFixed(3)],
  ];
  const width = Math.max(...rows.map(([k]) => k.length));
  return rows.map(([k, v]) => `${k.padEnd(width)}  ${v}`).join('\n');
}
