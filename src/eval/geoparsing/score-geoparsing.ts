import type { PlaceMention } from '../../model/place.js';
import type { GoldToponym } from './read-geoparsing-xml.js';
import { distanceKm } from '../../gazetteer/distance-km.js';

/**
 * Counts from one or more articles, added up before the figures are computed.
 * Example: { gold: 12, goldFound: 10, predicted: 11, predictedCorrect: 10, errorsKm: [0.4, 3.1, 812] }
 */
export interface GeoparsingCounts {
  gold: number;
  goldFound: number;
  predicted: number;
  predictedCorrect: number;
  /** Error in km of each gold toponym that sitrep recognised and resolved, and that has coordinates. */
  errorsKm: number[];
}

export function emptyCounts(): GeoparsingCounts {
  return { gold: 0, goldFound: 0, predicted: 0, predictedCorrect: 0, errorsKm: [] };
}

const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }) => a.start < b.end && b.start < a.end;

/**
 * Scores one article: recognition on spans, where any overlap counts; resolution on the gold
 * toponyms that were recognised, as Gritta et al. (2019) do.
 */
export function scoreArticle(gold: GoldToponym[], predicted: PlaceMention[], into: GeoparsingCounts): void {
  into.gold += gold.length;
  into.predicted += predicted.length;
  for (const p of predicted) if (gold.some((g) => overlaps(g, p.span))) into.predictedCorrect++;
  for (const g of gold) {
    const hits = predicted.filter((p) => overlaps(g, p.span));
    if (hits.length === 0) continue;
    into.goldFound++;
    const hit = hits.find((p) => p.place) ?? hits[0];
    if (g.lat === undefined || g.lon === undefined || hit.place?.lat === undefined || hit.place.lon === undefined) continue;
    into.errorsKm.push(distanceKm(g.lat, g.lon, hit.place.lat, hit.place.lon));
  }
}

/**
 * Area under the curve of ln(1 + error km) over the sorted errors, normalised by ln(20039 km,
 * half the Earth's circumference): 0 is perfect, lower is better (Gritta et al. 2019).
 */
export function errorAuc(errorsKm: number[]): number {
  if (errorsKm.length === 0) return 0;
  const y = [...errorsKm].sort((a, b) => a - b).map((e) => Math.log(1 + e) / Math.log(20039));
  if (y.length === 1) return y[0];
  let area = 0;
  for (let i = 1; i < y.length; i++) area += (y[i - 1] + y[i]) / 2;
  return area / (y.length - 1);
}

export function median(values: number[]): number {
  if (values.length === 0) return 0;
  const s = [...values].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
}
