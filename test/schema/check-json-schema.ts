/**
 * A checker for the part of JSON Schema that schema/event-record.schema.json uses (type, required,
 * properties, additionalProperties: false, items, minItems, enum, pattern, minimum, maximum, $ref
 * to #/$defs). Returns one message a problem, with the JSON path. Enough to hold the published
 * schema and the records to each other in tests, without a validator dependency.
 */
type Schema = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

function typeOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  if (typeof value === 'number') return Number.isInteger(value) ? 'integer' : 'number';
  return typeof value;
}

export function checkJsonSchema(value: unknown, schema: Schema, root: Schema = schema, path = '$'): string[] {
  if (schema.$ref) return checkJsonSchema(value, root.$defs[schema.$ref.replace('#/$defs/', '')], root, path);
  const problems: string[] = [];
  if (schema.type) {
    const allowed = Array.isArray(schema.type) ? schema.type : [schema.type];
    const actual = typeOf(value);
    if (!allowed.includes(actual) && !(actual === 'integer' && allowed.includes('number'))) return [`${path}: ${actual}, expected ${allowed.join(' or ')}`];
  }
  if (schema.enum && !schema.enum.includes(value)) problems.push(`${path}: ${JSON.stringify(value)} is not one of ${schema.enum.join(', ')}`);
  if (typeof value === 'string' && schema.pattern && !new RegExp(schema.pattern).test(value)) problems.push(`${path}: "${value}" does not match ${schema.pattern}`);
  if (typeof value === 'number') {
    if (schema.minimum !== undefined && value < schema.minimum) problems.push(`${path}: ${value} < ${schema.minimum}`);
    if (schema.maximum !== undefined && value > schema.maximum) problems.push(`${path}: ${value} > ${schema.maximum}`);
  }
  if (Array.isArray(value)) {
    if (schema.minItems !== undefined && value.length < schema.minItems) problems.push(`${path}: fewer than ${schema.minItems} items`);
    if (schema.items) value.forEach((v, i) => problems.push(...checkJsonSchema(v, schema.items, root, `${path}[${i}]`)));
  } else if (value && typeof value === 'object') {
    const object = value as Record<string, unknown>;
    for (const key of schema.required ?? []) if (!(key in object)) problems.push(`${path}: missing "${key}"`);
    for (const [key, v] of Object.entries(object)) {
      if (schema.properties?.[key]) problems.push(...checkJsonSchema(v, schema.properties[key], root, `${path}.${key}`));
      else if (schema.additionalProperties === false) problems.push(`${path}: unexpected "${key}"`);
    }
  }
  return problems;
}
