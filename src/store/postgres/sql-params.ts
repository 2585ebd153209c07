/**
 * Collects the parameters of a statement built piece by piece and hands out their placeholders,
 * so clauses can be added in any order without counting $n by hand.
 * Example: const p = new SqlParams(); `e.type = ${p.add('ASSAULT')}` === 'e.type = $1'; p.values → ['ASSAULT']
 */
export class SqlParams {
  readonly values: unknown[] = [];

  add(value: unknown): string {
    this.values.push(value);
    return `$${this.values.length}`;
  }
}
