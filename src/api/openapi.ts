import { z } from 'zod';

type Method = 'get' | 'post' | 'put' | 'patch' | 'delete';

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
  responses: Record<number, { description: string; schema?: z.ZodType }>;
}

function jsonSchema(schema: z.ZodType, io: 'input' | 'output'): Record<string, unknown> {
  const { $schema: _ignored, ...rest } = z.toJSONSchema(schema, { io, unrepresentable: 'any' }) as Record<string, unknown>;
  return rest;
}

function parameters(where: 'path' | 'query', schema?: z.ZodType) {
  if (!schema) return [];
  const { properties = {}, required = [] } = jsonSchema(schema, 'input') as { properties?: Record<string, unknown>; required?: string[] };
  return Object.entries(properties).map(([name, s]) => ({ name, in: where, required: where === 'path' || required.includes(name), schema: s }));
}

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
      paths[op.path][op.method] = {
        summary: op.summary,
        tags: [op.tag],
        ...(op.roles && { description: `Token roles: ${op.roles.join(', ')}.`, 'x-roles': op.roles }),
        security: op.auth === 'bearer' ? [{ bearer: [] }] : op.auth === 'auth_key' ? [{ authKey: [] }, { authKeyHeader: [] }, { bearer: [] }] : [],
        parameters: [...parameters('path', op.params), ...parameters('query', op.query)],
        ...(op.body && { requestBody: { required: true, content: { 'application/json': { schema: jsonSchema(op.body, 'input') } } } }),
        responses: Object.fromEntries(
          Object.entries(op.responses).map(([status, r]) => [
            status,
            {
              description: r.description,
              ...(r.schema && { content: { 'application/json': { schema: jsonSchema(r.schema, 'output') } } }),
            },
          ]),
        ),
      };
    }
    return {
      openapi: '3.1.0',
      info: { title: 'callhooks API', version: '1', description: 'Webhooks for call operations: enrichment in, call events out.' },
      servers: serverUrl ? [{ url: serverUrl }] : [],
      components: {
        securitySchemes: {
          bearer: { type: 'http', scheme: 'bearer', description: 'Authorization: Bearer <token>. The scheme name is case-insensitive (RFC 9110): `bearer` works too.' },
          authKey: { type: 'apiKey', in: 'query', name: 'auth_key' },
          authKeyHeader: { type: 'apiKey', in: 'header', name: 'X-Auth-Key' },
        },
      },
      paths,
    };
  }
}
