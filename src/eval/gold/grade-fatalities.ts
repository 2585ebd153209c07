import type { Fatalities, CasualtyCategory } from '../../model/fatalities.js';
import type { GoldFigures, GoldFigure } from './gold-types.js';

const CATEGORIES: CasualtyCategory[] = ['civilian', 'children', 'women', 'fighters', 'unspecified'];

/**
 * True when sitrep's figures match the reference per category (SCHEMA.md, `fatalities`):
 * each stated figure is given (in its category or one of `accept_as`, beside the categories or inside that one) with the same low and
 * high (an open high only by an open high), and no figure is given where none is stated.
 * Where sitrep keeps several conflicting figures in one category, one of them must match.
 */
export function figuresMatch(system: Fatalities | undefined, reference: GoldFigures | null | undefined): boolean {
  const stated = CATEGORIES.flatMap((c) => (reference?.[c] ? [{ category: c, figure: reference[c] as GoldFigure }] : []));
  const acceptAll = (reference?.accept_as ?? []) as CasualtyCategory[];
  const given = CATEGORIES.filter((c) => (system?.[c]?.length ?? 0) > 0);
  const matchedCategories = new Set<CasualtyCategory>();
  for (const { category, figure } of stated) {
    // `accept_as` may stand beside the categories (for every figure) or inside one (for that figure alone).
    const acceptAs = [...acceptAll, ...((figure.accept_as ?? []) as CasualtyCategory[])];
    const where = [category, ...acceptAs.filter((c) => !reference?.[c])];
    const hit = where.find((c) => (system?.[c] ?? []).some((f) => f.low === figure.low && f.high === figure.high));
    if (!hit) return false;
    matchedCategories.add(hit);
  }
  return given.every((c) => matchedCategories.has(c));
}

/** True when the reference states any figure. */
export function statesFigures(reference: GoldFigures | null | undefined): boolean {
  return CATEGORIES.some((c) => Boolean(reference?.[c]));
}
