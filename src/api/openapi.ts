import { z } from 'zod';
import { problemSchema } from './schemas/common';

type Method = 'get' | 'post' | 'put' | 'patch' | 'delete';

interface ResponseDoc {
  description: string;
  /** The JSON body; a 4xx/5xx without one is a plain problem (`application/problem+json`). */
  schema?: z.ZodType;
  /** A success body that is not JSON (`text/csv`), described by `schema` (a string). */
  mediaType?: string;
}

export interface OperationDoc {
  method: Method;
  /** OpenAPI-style path, `/api/v1/calls/{call_id}`. */
  path: string;
  summary: string;
  tag: string;
  auth: 'bearer' | 'auth_key' | 'none';
  /** Token roles a bearer route admits. */
  roles?: readonly string[];
  params?: z.ZodType;
  query?: z.ZodType;
  body?: z.ZodType;
  responses: Record<number, ResponseDoc>;
}

// The API refuses text PostgreSQL cannot store (src/security/input-limits.ts); every input string says so, and
// free-form input (tags, RTB data, fields the API ignores) is any JSON made of such text.
const STORABLE_TEXT = '^[^\\u0000]*$';
const STORABLE_JSON_REF = '#/components/schemas/StorableJson';
/** The plain problem answer, named once: most error answers of every operation are one. */
const PROBLEM_REF = '#/components/schemas/Problem';
const STORABLE_JSON = {
  description: 'Any JSON value whose strings and names contain no NUL (U+0000), nested at most 32 levels',
  anyOf: [
    { type: 'string', pattern: STORABLE_TEXT },
    { type: ['number', 'boolean', 'null'] },
    { type: 'array', items: { $ref: STORABLE_JSON_REF } },
    { type: 'object', propertyNames: { pattern: STORABLE_TEXT }, additionalProperties: { $ref: STORABLE_JSON_REF } },
  ],
};

const isEmpty = (value: unknown) => typeof value === 'object' && value !== null && Object.keys(value).length === 0;

function jsonSchema(schema: z.ZodType, io: 'input' | 'output'): Record<string, unknown> {
  const { $schema: _ignored, ...rest } = z.toJSONSchema(schema, {
    io,
    unrepresentable: 'any',
    override: ({ zodSchema, jsonSchema: s }) => {
      if (io !== 'input') return;
      const kind = zodSchema._zod.def.type;
      if (kind === 'unknown' || kind === 'any') Object.assign(s, { $ref: STORABLE_JSON_REF });
      if (s.type === 'string' && !s.pattern && !s.allOf && !s.format && !s.enum && s.const === undefined) s.pattern = STORABLE_TEXT;
      if (s.type !== 'object') return;
      s.propertyNames ??= { pattern: STORABLE_TEXT };
      if (s.additionalProperties === undefined || isEmpty(s.additionalProperties)) s.additionalProperties = { $ref: STORABLE_JSON_REF };
    },
  }) as Record<string, unknown>;
  return rest;
}

function parameters(where: 'path' | 'query', schema?: z.ZodType) {
  if (!schema) return [];
  const { properties = {}, required = [] } = jsonSchema(schema, 'input') as { properties?: Record<string, unknown>; required?: string[] };
  return Object.entries(properties).map(([name, s]) => ({ name, in: where, required: where === 'path' || required.includes(name), schema: s }));
}

/**
 * Answers any operation can give whatever it declares: every request passes the body parser (bad JSON 400,
 * over the limit 413, an unsupported charset 415) and the input checks (400), and a dependency that is down
 * is a 503. (Bearer routes add their 401, 403 and 429 in src/api/route.ts.)
 */
const COMMON_RESPONSES: Record<number, ResponseDoc> = {
  400: { description: 'Invalid input: `errors` names every offending field' },
  413: { description: 'The body is over the size limit' },
  415: { description: 'The body has an unsupported charset or content encoding' },
  503: { description: 'A dependency (PostgreSQL or Temporal) cannot take the request now; nothing was changed. Retry after Retry-After.' },
};

function response(status: number, doc: ResponseDoc) {
  if (status < 400) return { description: doc.description, ...(doc.schema && { content: { [doc.mediaType ?? 'application/json']: { schema: jsonSchema(doc.schema, 'output') } } }) };
  const plain = !doc.schema || doc.schema === problemSchema;
  return { description: doc.description, content: { 'application/problem+json': { schema: plain ? { $ref: PROBLEM_REF } : jsonSchema(doc.schema!, 'output') } } };
}

const SECURITY: Record<OperationDoc['auth'], Array<Record<string, string[]>>> = {
  bearer: [{ bearer: [] }],
  auth_key: [{ authKey: [] }, { authKeyHeader: [] }, { authKeyBearer: [] }],
  none: [],
};

/** Collects every route's zod schemas; the OpenAPI document is generated from them, never written by hand. */
export class OpenApiRegistry {
  private readonly operations: OperationDoc[] = [];

  add(op: OperationDoc): void {
    this.operations.push(op);
  }

  document(serverUrl?: string): Record<string, unknown> {
    const paths: Record<string, Record<string, unknown>> = {};
    for (const op of this.operations) {
      paths[op.path] ??= {};
      const responses = { ...COMMON_RESPONSES, ...op.responses };
      paths[op.path][op.method] = {
        summary: op.summary,
        tags: [op.tag],
        ...(op.roles && { description: `Token roles: ${op.roles.join(', ')}.`, 'x-roles': op.roles }),
        security: SECURITY[op.auth],
        parameters: [...parameters('path', op.params), ...parameters('query', op.query)],
        // A body whose every field is optional may be left out (`{}` is assumed).
        ...(op.body && { requestBody: { required: !op.body.safeParse({}).success, content: { 'application/json': { schema: jsonSchema(op.body, 'input') } } } }),
        responses: Object.fromEntries(Object.entries(responses).map(([status, doc]) => [status, response(Number(status), doc)])),
      };
    }
    return {
      openapi: '3.1.0',
      info: { title: 'callhooks API', version: '1', description: 'Webhooks for call operations: enrichment in, call events out.' },
      servers: serverUrl ? [{ url: serverUrl }] : [],
      components: {
        schemas: { StorableJson: STORABLE_JSON, Problem: jsonSchema(problemSchema, 'output') },
        securitySchemes: {
          bearer: { type: 'http', scheme: 'bearer', description: 'An API token: Authorization: Bearer <token>. The scheme name is case-insensitive (RFC 9110): `bearer` works too.' },
          authKey: { type: 'apiKey', in: 'query', name: 'auth_key', description: "An incoming webhook's auth key" },
          authKeyHeader: { type: 'apiKey', in: 'header', name: 'X-Auth-Key', description: "An incoming webhook's auth key" },
          authKeyBearer: { type: 'http', scheme: 'bearer', description: "An incoming webhook's auth key as Authorization: Bearer <key> (`bearer` works too)" },
        },
      },
      paths,
    };
  }
}
