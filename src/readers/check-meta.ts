import type { Diagnostic } from '../model/diagnostic.js';
import type { DocumentMeta } from './read-options.js';

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DATETIME = /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?$/i;

/**
 * Normalises a publication date to YYYY-MM-DD or an ISO timestamp, or returns undefined when it is not one.
 * Example: normalisePublished(new Date('2016-07-28')) === '2016-07-28'; normalisePublished('28/07/2016') === undefined
 */
export function normalisePublished(value: unknown): string | undefined {
  if (value instanceof Date) {
    if (Number.isNaN(value.getTime())) return undefined;
    const iso = value.toISOString();
    // YAML turns a bare date into midnight UTC; keep it a date rather than invent a time.
    return iso.endsWith('T00:00:00.000Z') ? iso.slice(0, 10) : iso;
  }
  if (typeof value !== 'string') return undefined;
  const text = value.trim();
  const date = DATE.exec(text);
  if (date) return isCalendarDate(date[1], date[2], date[3]) ? text : undefined;
  const time = DATETIME.exec(text);
  if (!time || !isCalendarDate(time[1], time[2], time[3])) return undefined;
  if (Number(time[4]) > 23 || Number(time[5]) > 59 || Number(time[6] ?? 0) > 60) return undefined;
  // Metadata, not article text: spell the timestamp the one ISO way ('T', '+03:00').
  let iso = text.replace(' ', 'T');
  if (time[7] && /^[+-]\d{4}$/.test(time[7])) iso = iso.slice(0, -2) + ':' + iso.slice(-2);
  return iso.replace(/z$/, 'Z');
}

function isCalendarDate(y: string, m: string, d: string): boolean {
  const date = new Date(Date.UTC(Number(y), Number(m) - 1, Number(d)));
  return date.getUTCFullYear() === Number(y) && date.getUTCMonth() === Number(m) - 1 && date.getUTCDate() === Number(d);
}

function isTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

/**
 * Checks one layer of metadata where it came from, so a message can name the flag or field to fix.
 * Bad values are dropped from the returned meta and reported; `severity` is 'error' for what a
 * person wrote (flags, front matter, sidecars, JSONL) and 'warning' for what a web page claims.
 * Example: checkMeta({ published: '28/07/2016' }, 'a.txt', f => `the --${f} flag`, 'error')
 *   → { meta: {}, diagnostics: [{ rule: 'bad-published', message: 'a.txt: the --published flag is "28/07/2016", not a date; …' }] }
 */
export function checkMeta(
  meta: DocumentMeta,
  input: string,
  describeField: (field: keyof DocumentMeta) => string,
  severity: 'error' | 'warning',
): { meta: DocumentMeta; diagnostics: Diagnostic[] } {
  const diagnostics: Diagnostic[] = [];
  const clean: DocumentMeta = {};
  for (const field of ['title', 'outlet', 'url', 'language', 'externalId', 'timeZone'] as const) {
    const value = meta[field];
    if (value === undefined || value === null) continue;
    if (typeof value === 'string' || typeof value === 'number') {
      const text = String(value).trim();
      if (text) clean[field] = text;
    } else {
      diagnostics.push({ severity, rule: 'bad-metadata', input, message: `${input}: ${describeField(field)} is ${JSON.stringify(value)}, not text; give a plain string` });
    }
  }
  if (clean.timeZone && !isTimeZone(clean.timeZone)) {
    diagnostics.push({ severity, rule: 'bad-time-zone', input, message: `${input}: ${describeField('timeZone')} "${clean.timeZone}" is not an IANA time zone; give one like "Asia/Damascus" or "UTC"` });
    delete clean.timeZone;
  }
  if (clean.url && !/^https?:\/\/\S+$/i.test(clean.url)) {
    diagnostics.push({ severity: 'warning', rule: 'bad-url', input, message: `${input}: ${describeField('url')} "${clean.url}" is not an http(s) URL; it is kept as given, fix it if it should link to the article` });
  }
  if (meta.published !== undefined && meta.published !== null && meta.published !== '') {
    const published = normalisePublished(meta.published);
    if (published) clean.published = published;
    else {
      const shown = meta.published instanceof Date ? 'an invalid date' : JSON.stringify(meta.published);
      diagnostics.push({ severity, rule: 'bad-published', input, message: `${input}: ${describeField('published')} is ${shown}, not a date; give YYYY-MM-DD (2016-07-28) or an ISO timestamp (2016-07-28T09:30:00+03:00)` });
    }
  }
  return { meta: clean, diagnostics };
}

/** How to name a field given on the command line, for checkMeta. */
export const describeFlag = (field: keyof DocumentMeta): string =>
  `the --${field.replace(/[A-Z]/g, (c) => '-' + c.toLowerCase())} option`;
