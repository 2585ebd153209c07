import type { DocumentMeta, FieldMap } from './read-options.js';

type Field = keyof FieldMap;

/** Names a field goes by in the wild, first match wins; a FieldMap entry replaces the list. */
const ALIASES: Record<Field, string[]> = {
  text: ['text', 'content', 'body', 'article'],
  title: ['title', 'headline'],
  published: ['published', 'date', 'published_at', 'publishedAt', 'datePublished', 'pubdate'],
  timeZone: ['timeZone', 'time_zone', 'timezone', 'tz'],
  outlet: ['outlet', 'source', 'site', 'publisher'],
  url: ['url', 'link', 'canonical'],
  id: ['id', '_id', 'uuid'],
};

/**
 * Fields read from one record (a JSONL line, front matter, a sidecar), and the key each came from,
 * so a message names the key the person wrote.
 * Example: { text: 'Sixteen…', meta: { published: '2016-07-28' }, keys: { published: 'date' } }
 */
export interface PickedFields {
  text?: unknown;
  meta: DocumentMeta;
  keys: Partial<Record<keyof DocumentMeta | 'text', string>>;
}

/**
 * Reads sitrep's fields from a plain object by their usual names or by an explicit map.
 * Outlets given as objects ({ name: 'Reuters' }, as news APIs do) are read by their name.
 * Example: pickFields({ article_content: 'Sixteen…', date: '2016-07-28' }, { text: 'article_content' })
 */
export function pickFields(record: Record<string, unknown>, map: FieldMap = {}): PickedFields {
  const picked: PickedFields = { meta: {}, keys: {} };
  const find = (field: Field): unknown => {
    const names = map[field] ? [map[field] as string] : ALIASES[field];
    const key = names.find((name) => record[name] !== undefined && record[name] !== null);
    if (key === undefined) return undefined;
    const target = field === 'id' ? 'externalId' : field;
    picked.keys[target] = key;
    return record[key];
  };
  picked.text = find('text');
  const meta: Record<string, unknown> = {
    title: find('title'),
    published: find('published'),
    timeZone: find('timeZone'),
    outlet: nameOf(find('outlet')),
    url: find('url'),
    externalId: find('id'),
    language: record.language ?? record.lang,
  };
  if (meta.language !== undefined) picked.keys.language = record.language !== undefined ? 'language' : 'lang';
  picked.meta = Object.fromEntries(Object.entries(meta).filter(([, v]) => v !== undefined)) as DocumentMeta;
  return picked;
}

function nameOf(value: unknown): unknown {
  if (value && typeof value === 'object' && !(value instanceof Date) && 'name' in value) return (value as { name: unknown }).name;
  return value;
}
