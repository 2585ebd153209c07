import { existsSync, readFileSync } from 'node:fs';
import type { GazetteerPlace, NameCandidate } from './gazetteer-place.js';
import { NAME_ROLES } from './gazetteer-place.js';
import type { PlacePrecision } from '../model/place.js';
import { GAZETTEER_HEADER, gazetteerPath } from './gazetteer-file.js';
import { nameKey } from './name-key.js';

/**
 * The built gazetteer, read from data/generated/gazetteer.tsv. Loading only finds line starts;
 * a place row is parsed when a lookup first reaches it, so start-up stays fast and memory low.
 * The file stays as its UTF-8 bytes: as a string, its few letters past Latin-1 ('Ḩ') would make V8
 * store all 28 M characters two bytes each, on the heap; the bytes take half that, off the heap.
 * Offsets below are byte offsets; name keys are ASCII, so a key's bytes are its characters.
 */
export class Gazetteer {
  private readonly placeCache = new Map<number, GazetteerPlace>();
  // Articles repeat their names and the same capitalised words: a lookup is memoised, the memo
  // emptied when it grows past MEMO_LIMIT so that a long batch keeps a bounded footprint.
  private readonly keyMemo = new Map<string, NameCandidate[]>();
  private readonly idMemo = new Map<string, number | undefined>();
  // Prefixes apart from keys, so a lookup needs no joined memo key (a new string to hash each time).
  private readonly prefixMemo = new Map<string, boolean>();

  private constructor(
    private readonly bytes: Buffer,
    private readonly placeLines: Int32Array,
    private readonly nameLines: Int32Array,
  ) {}

  /** Reads a gazetteer file; throws with the fix when it is missing or of another version. */
  static load(path = gazetteerPath()): Gazetteer {
    if (!existsSync(path)) throw new Error(`The gazetteer file ${path} is missing: run "npm run build" (or "npx tsx src/scripts/build-gazetteer.ts") to build it.`);
    const bytes = readFileSync(path);
    const header = Buffer.from(GAZETTEER_HEADER, 'utf8');
    if (!bytes.subarray(0, header.length).equals(header)) throw new Error(`The gazetteer file ${path} is of another version: run "npm run build" to rebuild it.`);
    const placesAt = bytes.indexOf('\n@places\t') + 1;
    const namesAt = bytes.indexOf('\n@names\t') + 1;
    const placeLines = lineStarts(bytes, placesAt, Number(bytes.toString('latin1', placesAt + 8, bytes.indexOf(NEWLINE, placesAt))));
    const nameLines = lineStarts(bytes, namesAt, Number(bytes.toString('latin1', namesAt + 7, bytes.indexOf(NEWLINE, namesAt))));
    return new Gazetteer(bytes, placeLines, nameLines);
  }

  get size(): number {
    return this.placeLines.length;
  }

  /** Places a name can mean. Example: candidates('Deir ezzor') → [{ row: 812, role: 'primary' }, …] */
  candidates(name: string): NameCandidate[] {
    return this.candidatesByKey(nameKey(name));
  }

  candidatesByKey(key: string): NameCandidate[] {
    let found = this.keyMemo.get(key);
    if (found) return found;
    if (this.keyMemo.size >= MEMO_LIMIT) this.keyMemo.clear();
    found = this.search(key);
    this.keyMemo.set(key, found);
    return found;
  }

  // One array literal filled by push, found or not: the lists every reader of candidates meets are then of one
  // kind to V8 (map's result is holey once optimised, and an empty literal holds small integers), so the readers'
  // optimised code is not thrown away when a name with no candidate or a freshly optimised search comes by.
  private search(key: string): NameCandidate[] {
    const found: NameCandidate[] = [];
    const at = this.lowerBound(key);
    if (at >= this.nameLines.length) return found;
    const start = this.nameLines[at];
    if (this.compareAt(start, key) !== 0) return found;
    const cells = this.bytes.toString('latin1', start + key.length + 1, this.bytes.indexOf(NEWLINE, start)).split(',');
    for (const c of cells) found.push({ row: Number(c) >> 3, role: NAME_ROLES[Number(c) & 7] });
    return found;
  }

  /** True when some name key starts with `prefix`: lets a matcher stop extending a name early. */
  hasPrefix(prefix: string): boolean {
    const memo = this.prefixMemo.get(prefix);
    if (memo !== undefined) return memo;
    const at = this.lowerBound(prefix);
    const found = at < this.nameLines.length && this.startsWithAt(this.nameLines[at], prefix);
    if (this.prefixMemo.size >= MEMO_LIMIT) this.prefixMemo.clear();
    this.prefixMemo.set(prefix, found);
    return found;
  }

  /** Index of the first name line whose key is >= `key`, comparing in place (keys are ASCII). */
  private lowerBound(key: string): number {
    let lo = 0;
    let hi = this.nameLines.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.compareAt(this.nameLines[mid], key) < 0) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /** True when the bytes at `start` spell `prefix` (ASCII). */
  private startsWithAt(start: number, prefix: string): boolean {
    const bytes = this.bytes;
    if (start + prefix.length > bytes.length) return false;
    for (let i = 0; i < prefix.length; i++) if (bytes[start + i] !== prefix.charCodeAt(i)) return false;
    return true;
  }

  /** Compares the key of the name line at `start` with `key`, like `<` on strings, without slicing. */
  private compareAt(start: number, key: string): number {
    const bytes = this.bytes;
    for (let i = 0; ; i++) {
      const a = bytes[start + i];
      const lineEnded = a === 9;
      if (i === key.length) return lineEnded ? 0 : 1;
      if (lineEnded) return -1;
      const b = key.charCodeAt(i);
      if (a !== b) return a - b;
    }
  }

  place(row: number): GazetteerPlace {
    let place = this.placeCache.get(row);
    if (place) return place;
    const start = this.placeLines[row];
    const c = this.bytes.toString('utf8', start, this.bytes.indexOf(NEWLINE, start)).split('\t');
    place = {
      id: c[0], name: c[1], country: c[2], admin1Code: c[3], admin1: c[4], lat: Number(c[5]), lon: Number(c[6]),
      precision: c[7] as PlacePrecision, population: Number(c[8]), kind: c[9],
    };
    this.placeCache.set(row, place);
    return place;
  }

  /**
   * The row of a country's capital (GeoNames PPLC) by its ISO code: 'SY' -> the row of Damascus. The places
   * table is scanned for its capitals once, on the first call (about 250 rows), and only articles that say
   * 'the Syrian capital' make that call.
   */
  capitalOf(country: string): number | undefined {
    if (!this.capitals) {
      this.capitals = new Map();
      const mark = Buffer.from('\tPPLC\n', 'latin1');
      const end = this.placeLines.length ? this.bytes.indexOf(NEWLINE, this.placeLines[this.placeLines.length - 1]) : 0;
      for (let at = this.bytes.indexOf(mark, this.placeLines[0] ?? 0); at >= 0 && at < end; at = this.bytes.indexOf(mark, at + 1)) {
        const row = this.rowAt(this.bytes.lastIndexOf(NEWLINE, at) + 1);
        if (row === undefined) continue;
        const place = this.place(row);
        // A country has one seat of government; when GeoNames lists two, the more populous is the one news means.
        const seen = this.capitals.get(place.country);
        if (seen === undefined || this.place(seen).population < place.population) this.capitals.set(place.country, row);
      }
    }
    return this.capitals.get(country);
  }

  private capitals?: Map<string, number>;

  /**
   * The rows of the country lines ('country:SY'), which the build writes one after another: found by one scan
   * for the first of them, then read line by line. Why: an article's parties name some sixty countries over a
   * long run, and a scan of the whole file for each cost more than a hundred articles' worth of time. Each id
   * keeps its first line, as the scan in scanFor finds it; an id not in the run is still found by that scan.
   */
  private countryRows(): Map<string, number> {
    if (this.countries) return this.countries;
    this.countries = new Map();
    const first = this.bytes.indexOf('\n' + COUNTRY_PREFIX);
    const row = first < 0 ? undefined : this.rowAt(first + 1);
    for (let r = row ?? this.placeLines.length; r < this.placeLines.length; r++) {
      const start = this.placeLines[r];
      if (!this.startsWithAt(start, COUNTRY_PREFIX)) break;
      const id = this.bytes.toString('latin1', start, this.bytes.indexOf(TAB, start));
      if (!this.countries.has(id)) this.countries.set(id, r);
    }
    return this.countries;
  }

  private countries?: Map<string, number>;

  /** The row whose line starts at byte `start`, by binary search over the place lines. */
  private rowAt(start: number): number | undefined {
    let lo = 0;
    let hi = this.placeLines.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (this.placeLines[mid] === start) return mid;
      if (this.placeLines[mid] < start) lo = mid + 1;
      else hi = mid - 1;
    }
    return undefined;
  }

  /** The row of a place id ('country:SY'), found by a scan of the file once and then memoised. */
  rowOf(id: string): number | undefined {
    if (this.idMemo.has(id)) return this.idMemo.get(id);
    const row = this.scanFor(id);
    if (this.idMemo.size >= MEMO_LIMIT) this.idMemo.clear();
    this.idMemo.set(id, row);
    return row;
  }

  private scanFor(id: string): number | undefined {
    if (id.startsWith(COUNTRY_PREFIX)) {
      const row = this.countryRows().get(id);
      if (row !== undefined) return row;
    }
    const at = this.bytes.indexOf('\n' + id + '\t');
    if (at < 0) return undefined;
    return this.rowAt(at + 1);
  }
}

const MEMO_LIMIT = 100_000;
const COUNTRY_PREFIX = 'country:';
const NEWLINE = 10;
const TAB = 9;

/** Offsets of the `count` lines that follow the section line at `sectionAt`. */
function lineStarts(bytes: Buffer, sectionAt: number, count: number): Int32Array {
  const starts = new Int32Array(count);
  let at = bytes.indexOf(NEWLINE, sectionAt) + 1;
  for (let i = 0; i < count; i++) {
    starts[i] = at;
    at = bytes.indexOf(NEWLINE, at) + 1;
  }
  return starts;
}

let shared: Gazetteer | undefined;

/** The gazetteer, loaded on first use and shared by every caller. */
export function gazetteer(): Gazetteer {
  shared ??= Gazetteer.load();
  return shared;
}
