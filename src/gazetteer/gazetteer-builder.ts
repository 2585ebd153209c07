import type { GazetteerPlace, NameRole } from './gazetteer-place.js';
import { NAME_ROLES } from './gazetteer-place.js';
import { isLatinName, nameKey } from './name-key.js';

/**
 * Collects places and the names that reach them while the gazetteer is built.
 * A name reaching one place twice keeps its strongest role (primary over alternate).
 */
export class GazetteerBuilder {
  readonly places: GazetteerPlace[] = [];
  readonly rowById = new Map<string, number>();
  readonly names = new Map<string, Map<number, number>>();

  addPlace(place: GazetteerPlace): number {
    const existing = this.rowById.get(place.id);
    if (existing !== undefined) return existing;
    const row = this.places.length;
    this.places.push(place);
    this.rowById.set(place.id, row);
    this.addName(place.name, row, 'primary');
    return row;
  }

  addName(name: string, row: number, role: NameRole): void {
    if (!name || !isLatinName(name)) return;
    const key = nameKey(name);
    if (key.length < 2) return;
    let rows = this.names.get(key);
    if (!rows) this.names.set(key, (rows = new Map()));
    const rank = NAME_ROLES.indexOf(role);
    const had = rows.get(row);
    if (had === undefined || rank < had) rows.set(row, rank);
  }

  /** The TSV the loader reads: a places table, then name keys in code-unit order with their rows. */
  serialise(header: string): string {
    const out: string[] = [header, `@places\t${this.places.length}`];
    for (const p of this.places) {
      out.push([p.id, p.name, p.country, p.admin1Code, p.admin1, p.lat.toFixed(4), p.lon.toFixed(4), p.precision, p.population, p.kind].join('\t'));
    }
    const keys = [...this.names.keys()].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
    out.push(`@names\t${keys.length}`);
    for (const key of keys) {
      const rows = this.names.get(key)!;
      out.push(key + '\t' + [...rows].map(([row, rank]) => row * 8 + rank).join(','));
    }
    return out.join('\n') + '\n';
  }
}
