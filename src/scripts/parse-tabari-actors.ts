/**
 * Reads a TABARI/PETRARCH `.actors` dictionary (the CAMEO dictionaries of petrarch2) into entries.
 * Only the build script uses it: sitrep never reads the CAMEO files at run time.
 *
 * The format: a name line (`SERGEY_LAVROV_  # comment`, perhaps with codes inline), `+ALIAS`
 * lines, then code lines (`\t[RUSGOV >20040309] # Foreign Minister`). Several name lines with
 * no codes of their own share the next code line ("MUHAJIRIN…", "JUND_AL_AQSA", then `[SYRREBMUS]`).
 */

/** One code of an entry with its date range, ISO dates, either end open. */
export interface TabariCode {
  code: string;
  from?: string;
  to?: string;
  comment?: string;
}

/** One dictionary entry: its primary name, its aliases and its codes. Example: { name: 'JOHN_KERRY_', aliases: ['SENATOR_KERRY_'], codes: [...], comment: '', section: 'United States Secretaries of State', line: 51393 } */
export interface TabariEntry {
  name: string;
  aliases: string[];
  codes: TabariCode[];
  comment: string;
  section: string;
  line: number;
}

const CODE = /\[([^\]]*)\]/g;

/** CAMEO writes dates as YYMMDD (two-digit years) or YYYYMMDD. */
export function tabariDate(raw: string): string | undefined {
  const d = raw.trim();
  if (/^\d{8}$/.test(d)) return `${d.slice(0, 4)}-${d.slice(4, 6)}-${d.slice(6, 8)}`;
  if (/^\d{6}$/.test(d)) {
    const yy = Number(d.slice(0, 2));
    return `${yy > 30 ? 1900 + yy : 2000 + yy}-${d.slice(2, 4)}-${d.slice(4, 6)}`;
  }
  return undefined;
}

function parseCode(inner: string, comment: string): TabariCode | undefined {
  const m = /^\s*([A-Z~][A-Z0-9]*)\s*(.*)$/.exec(inner);
  if (!m || m[1].startsWith('~')) return undefined;
  const range = m[2].replace(/\s+/g, '');
  const code: TabariCode = { code: m[1] };
  if (comment) code.comment = comment;
  if (range.startsWith('>')) code.from = tabariDate(range.slice(1));
  else if (range.startsWith('<')) code.to = tabariDate(range.slice(1));
  else if (range.includes('-')) {
    const [a, b] = range.split('-');
    code.from = tabariDate(a);
    code.to = tabariDate(b);
  }
  return code;
}

function codesIn(text: string, comment: string): TabariCode[] {
  const out: TabariCode[] = [];
  for (const m of text.matchAll(CODE)) {
    const c = parseCode(m[1], comment);
    if (c) out.push(c);
  }
  return out;
}

function splitComment(line: string): [string, string] {
  const hash = line.indexOf('#');
  return hash < 0 ? [line, ''] : [line.slice(0, hash), line.slice(hash + 1).trim()];
}

/** Parses the text of one `.actors` file. */
export function parseTabariActors(text: string): TabariEntry[] {
  const entries: TabariEntry[] = [];
  let section = '';
  let pending: TabariEntry[] = [];
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const raw = lines[i].replace(/\r$/, '');
    if (raw.trim() === '') continue;
    if (raw.startsWith('#')) {
      // '#+ALIAS' comments out one alias inside an entry; other comments end the open group.
      if (raw.startsWith('#+')) continue;
      section = raw.replace(/^#+/, '').replace(/#+$/, '').trim() || section;
      pending = [];
      continue;
    }
    const [body, comment] = splitComment(raw);
    if (/^\s/.test(raw) || raw.startsWith('[')) {
      const codes = codesIn(body, comment);
      for (const e of pending) e.codes.push(...codes);
      continue;
    }
    if (raw.startsWith('+')) {
      const current = pending[pending.length - 1];
      if (!current) continue;
      for (const alias of body.split(/\s\+|\[/)[0].split(/\s+\+/)) {
        const a = alias.replace(/^\+/, '').trim();
        if (a) current.aliases.push(a);
      }
      const inline = codesIn(body, comment);
      if (inline.length) current.codes.push(...inline);
      continue;
    }
    const name = body.split('[')[0].trim();
    if (!name) continue;
    const inline = codesIn(body, comment);
    // A name line after coded entries starts a new group; uncoded ones join the open group.
    if (pending.length && pending[pending.length - 1].codes.length) pending = [];
    const entry: TabariEntry = { name, aliases: [], codes: inline, comment, section, line: i + 1 };
    entries.push(entry);
    if (inline.length) pending = [entry];
    else pending.push(entry);
  }
  return entries.filter((e) => e.codes.length > 0);
}
