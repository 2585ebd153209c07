import { readFileSync } from 'node:fs';
import { XMLParser } from 'fast-xml-parser';
import { anchorToponym } from './anchor-toponym.js';

/**
 * One gold toponym, anchored on the article text. Example: { start: 0, end: 10, phrase: 'Alexandria', lat: 31.31, lon: -92.45 }
 * `lat`/`lon` are absent when the corpus marks a toponym without coordinates (it still counts for recognition).
 */
export interface GoldToponym {
  start: number;
  end: number;
  phrase: string;
  lat?: number;
  lon?: number;
}

/** One article of a geoparsing corpus, with its gold toponyms and how many could not be anchored. */
export interface GoldArticle {
  id: string;
  text: string;
  toponyms: GoldToponym[];
  unanchored: number;
}

/** Which of the four corpus layouts an article uses (eval/README.md, "Geoparsing XML"); TR-News reads as 'lgl'. Example: 'geovirus' */
export type GeoparsingLayout = 'lgl' | 'geovirus' | 'geowebnews';

type Node = Record<string, unknown>;
const ARRAYS = new Set(['article', 'toponym', 'location']);

/** Reads any of the layouts; XML comments are stripped first (GeoVirus keeps empty templates in them). */
export function readGeoparsingXml(file: string): GoldArticle[] {
  const xml = readFileSync(file, 'utf8').replace(/<!--[\s\S]*?-->/g, '');
  const parser = new XMLParser({
    ignoreAttributes: false, attributeNamePrefix: '@', parseTagValue: false, trimValues: false,
    isArray: (name) => ARRAYS.has(name),
  });
  const root = parser.parse(xml) as Node;
  const articles = ((root.articles as Node | undefined)?.article ?? []) as Node[];
  return articles.map((a, i) => readArticle(a, i));
}

function str(v: unknown): string {
  if (v === undefined || v === null) return '';
  if (typeof v === 'object') return str((v as Node)['#text']);
  return String(v);
}

function num(v: unknown): number | undefined {
  const s = str(v).trim();
  if (s === '') return undefined;
  const n = Number(s);
  return Number.isFinite(n) ? n : undefined;
}

/** GeoVirus has <locations>; GeoWebNews has <extractedName> (or article file="N"); LGL and TR-News have <toponyms> with <phrase>. */
export function layoutOf(a: Node): GeoparsingLayout {
  if (a.locations !== undefined) return 'geovirus';
  const first = ((a.toponyms as Node | undefined)?.toponym as Node[] | undefined)?.[0];
  if (first && ('extractedName' in first || a['@file'] !== undefined)) return 'geowebnews';
  return 'lgl';
}

function readArticle(a: Node, index: number): GoldArticle {
  const text = str(a.text);
  const layout = layoutOf(a);
  const id = str(a['@docid']) || str(a['@file']) || str(a.source) || String(index);
  const raw: Array<{ start: number; end: number; phrase: string; lat?: number; lon?: number }> = [];
  if (layout === 'geovirus') {
    for (const l of (((a.locations as Node) || {}).location ?? []) as Node[]) {
      // GeoVirus counts from one: its name is text[start-1 : end-1].
      raw.push({ start: (num(l.start) ?? 1) - 1, end: (num(l.end) ?? 1) - 1, phrase: str(l.name), lat: num(l.lat), lon: num(l.lon) });
    }
  } else if (layout === 'geowebnews') {
    for (const t of (((a.toponyms as Node) || {}).toponym ?? []) as Node[]) {
      const lat = num(t.latitude);
      const lon = num(t.longitude);
      // Only the annotations with coordinates are gold toponyms, for recognition and resolution alike.
      if (lat === undefined || lon === undefined) continue;
      raw.push({ start: num(t.start) ?? 0, end: num(t.end) ?? 0, phrase: str(t.extractedName), lat, lon });
    }
  } else {
    for (const t of (((a.toponyms as Node) || {}).toponym ?? []) as Node[]) {
      const tag = t.gaztag as Node | undefined;
      raw.push({ start: num(t.start) ?? 0, end: num(t.end) ?? 0, phrase: str(t.phrase), lat: tag ? num(tag.lat) : undefined, lon: tag ? num(tag.lon) : undefined });
    }
  }
  const toponyms: GoldToponym[] = [];
  let unanchored = 0;
  for (const r of raw) {
    // A missing phrase is read from the offsets as given.
    if (r.phrase.trim() === '') r.phrase = text.slice(r.start, r.end);
    const at = anchorToponym(text, r.phrase, r.start, r.end);
    if (at === undefined) { unanchored++; continue; }
    const g: GoldToponym = { start: at, end: at + r.phrase.length, phrase: r.phrase };
    if (r.lat !== undefined && r.lon !== undefined) { g.lat = r.lat; g.lon = r.lon; }
    toponyms.push(g);
  }
  return { id, text, toponyms, unanchored };
}
