import { readFileSync } from 'node:fs';

/**
 * One gold TIMEX3 of a TimeML document, anchored on the tag-free text.
 * Example: { start: 120, end: 129, text: 'last week', type: 'DATE', value: '1989-W43' }
 */
export interface GoldTimex {
  start: number;
  end: number;
  text: string;
  type: string;
  value: string;
}

/** A TimeML document read as plain text, its creation date and its gold time expressions. */
export interface TimemlDocument {
  id: string;
  text: string;
  /** The CREATION_TIME TIMEX3's value, cut to YYYY-MM-DD; absent when the file has none. */
  dct?: string;
  gold: GoldTimex[];
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function attribute(tag: string, name: string): string | undefined {
  return new RegExp(`\\b${name}="([^"]*)"`).exec(tag)?.[1];
}

/**
 * Reads a TempEval-3 TimeML file: strips the inline tags of <TEXT> (decoding entities) and maps
 * every TIMEX3 onto offsets of the stripped text.
 */
export function readTimeml(path: string, id = path): TimemlDocument {
  const xml = readFileSync(path, 'utf8');
  const dctTag = /<TIMEX3[^>]*functionInDocument="CREATION_TIME"[^>]*>/.exec(xml)?.[0];
  const dctValue = dctTag ? attribute(dctTag, 'value') : undefined;
  const body = /<TEXT>([\s\S]*?)<\/TEXT>/.exec(xml)?.[1] ?? '';
  let text = '';
  const gold: GoldTimex[] = [];
  const open: Array<{ start: number; type: string; value: string }> = [];
  const token = /<(\/?)([A-Za-z0-9_]+)([^>]*)>|&(\w+);|[^<&]+|[<&]/g;
  for (let m = token.exec(body); m; m = token.exec(body)) {
    if (m[2]) {
      if (m[2] !== 'TIMEX3') continue;
      if (m[1]) {
        const o = open.pop();
        if (o) gold.push({ start: o.start, end: text.length, text: text.slice(o.start, text.length), type: o.type, value: o.value });
      } else if (!m[3].trimEnd().endsWith('/')) {
        open.push({ start: text.length, type: attribute(m[3], 'type') ?? '', value: attribute(m[3], 'value') ?? '' });
      }
    } else if (m[4]) {
      text += ENTITIES[m[4]] ?? m[0];
    } else {
      text += m[0];
    }
  }
  return { id, text, dct: dctValue && /^\d{4}-\d{2}-\d{2}/.test(dctValue) ? dctValue.slice(0, 10) : undefined, gold };
}
