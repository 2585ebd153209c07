import type { Fatalities } from '../../model/fatalities.js';

/**
 * 'Three children were killed when shells hit the town': children (or women) are civilians, so a toll that names
 * only one of those parts, with no total beside it, is the civilians' total too. With both parts, or any total
 * (civilian, unspecified, fighters), nothing is added: the parts may overlap ('three women, among them a girl').
 * Example: withCivilianTotal({ children: [3] }) → { children: [3], civilian: [3] }
 */
export function withCivilianTotal(table: Fatalities | undefined): Fatalities | undefined {
  if (!table || table.civilian || table.unspecified || table.fighters) return table;
  const parts = (['children', 'women'] as const).filter((k) => table[k]?.length);
  if (parts.length !== 1) return table;
  return { ...table, civilian: table[parts[0]]!.map((f) => ({ ...f })) };
}
