// Walks the operations of the API's own OpenAPI document, so a test covers every route, new ones included.

type JsonSchema = {
  type?: string | string[];
  properties?: Record<string, JsonSchema>;
  required?: string[];
  items?: JsonSchema;
  minItems?: number;
  enum?: unknown[];
  const?: unknown;
  default?: unknown;
  minimum?: number;
  exclusiveMinimum?: number;
  minLength?: number;
  format?: string;
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
};

export interface Operation {
  method: string;
  path: string;
  roles: string[];
  queryParams: string[];
  body?: JsonSchema;
}

/** Every bearer-authenticated operation of the document, with the token roles it admits. */
export function bearerOperations(doc: any): Operation[] {
  const ops: Operation[] = [];
  for (const [path, methods] of Object.entries<any>(doc.paths)) {
    for (const [method, op] of Object.entries<any>(methods)) {
      if (!op['x-roles']) continue;
      ops.push({
        method: method.toUpperCase(),
        path,
        roles: op['x-roles'],
        queryParams: (op.parameters ?? []).filter((p: any) => p.in === 'query').map((p: any) => p.name),
        body: op.requestBody?.content?.['application/json']?.schema,
      });
    }
  }
  return ops;
}

/** Values for fields whose constraints a generic sample would miss. */
const FIELD_SAMPLES: Record<string, unknown> = { name: 'ALPHA_WALK', url: 'http://127.0.0.1:9/alpha', timezone: 'UTC', default_region: 'US' };

/** A minimal valid value for a JSON schema: required fields only, first enum members, lowest numbers. */
export function sample(schema: JsonSchema, field?: string): unknown {
  if (field && field in FIELD_SAMPLES) return FIELD_SAMPLES[field];
  if (schema.const !== undefined) return schema.const;
  if (schema.enum) return schema.enum[0];
  const choice = schema.anyOf ?? schema.oneOf;
  if (choice) return sample(choice.find((s) => s.type !== 'null') ?? choice[0], field);
  const type = Array.isArray(schema.type) ? schema.type.find((t) => t !== 'null') : schema.type;
  switch (type) {
    case 'object':
      return Object.fromEntries((schema.required ?? []).map((name) => [name, sample(schema.properties?.[name] ?? {}, name)]));
    case 'array':
      return Array.from({ length: Math.max(1, schema.minItems ?? 0) }, () => sample(schema.items ?? {}));
    case 'integer':
    case 'number':
      return schema.minimum ?? (schema.exclusiveMinimum !== undefined ? schema.exclusiveMinimum + 1 : 1);
    case 'boolean':
      return true;
    case 'string':
      return schema.format === 'date-time' ? new Date(Date.now() + 86_400_000).toISOString() : 'x'.repeat(Math.max(1, schema.minLength ?? 1));
    default:
      return null;
  }
}

/**
 * The path with every `{param}` replaced by the id `idFor` gives for the path's resource (the longest prefix of
 * the path after the base that `ids` knows), or undefined when no id is known for it.
 */
export function fillPath(path: string, base: string, ids: Record<string, string>): string | undefined {
  if (!path.includes('{')) return path;
  const rest = path.slice(base.length + 1);
  const resource = Object.keys(ids)
    .filter((prefix) => rest.startsWith(`${prefix}/`))
    .sort((a, b) => b.length - a.length)[0];
  if (!resource) return undefined;
  return path.replace(/\{[a-z_]+\}/g, encodeURIComponent(ids[resource]));
}
