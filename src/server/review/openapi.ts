// The OpenAPI 3.1 document of the review API, generated from the route list
// and the zod schemas the routes validate with (zod 4's toJSONSchema emits
// JSON Schema 2020-12, which OpenAPI 3.1 uses as is). Deterministic: the same
// routes give the same bytes.
import { z } from 'zod';
import { VERSION } from '../../version.js';
import type { RouteSpec } from './route.js';

const STATUS_TEXT: Readonly<Record<number, string>> = {
  400: 'The request is malformed: bad JSON, a body that does not fit its schema, or a bad query',
  401: 'No valid session or token',
  403: 'Not permitted: level, role, clearance, token scope or CSRF token',
  404: 'No such item, or one the caller may not see',
  409: 'Not possible in the present state',
  412: 'Stale: the item changed since the version in If-Match',
  413: 'The body is too large',
  415: 'The body is not application/json',
  422: 'An unusable revision',
  428: 'If-Match is required',
  429: 'Too many failed sign-ins',
};

/** Hono's `/a/:b` as OpenAPI's `/a/{b}`. */
export const openApiPath = (path: string) => path.replace(/:([A-Za-z]+)/g, '{$1}');

const paramsOf = (path: string) => [...path.matchAll(/:([A-Za-z]+)/g)].map((m) => m[1] ?? '');

function schemaOf(schema: z.ZodType): unknown {
  const { $schema: _drop, ...rest } = z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) as Record<
    string,
    unknown
  >;
  return rest;
}

function operation(spec: RouteSpec): Record<string, unknown> {
  const responses: Record<string, unknown> = { [spec.method === 'post' ? '2XX' : '200']: { description: 'Done' } };
  for (const status of spec.refusals) {
    responses[String(status)] = {
      description: STATUS_TEXT[status] ?? 'Refused',
      content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } },
    };
  }
  const parameters: unknown[] = paramsOf(spec.path).map((name) => ({
    name,
    in: 'path',
    required: true,
    schema: { type: 'string' },
  }));
  if (spec.ifMatch) parameters.push({ name: 'If-Match', in: 'header', required: true, schema: { type: 'string' } });
  return {
    operationId: `${spec.method}${openApiPath(spec.path).replace(/[^A-Za-z]+(.)?/g, (_m, ch: string | undefined) => (ch ?? '').toUpperCase())}`,
    summary: spec.summary,
    tags: [spec.tag],
    ...(spec.need === 'none' ? { security: [] } : {}),
    ...(parameters.length ? { parameters } : {}),
    ...(spec.body
      ? { requestBody: { required: true, content: { 'application/json': { schema: schemaOf(spec.body) } } } }
      : {}),
    responses,
  };
}

export function openApiDocument(routes: readonly RouteSpec[]): Record<string, unknown> {
  const paths: Record<string, Record<string, unknown>> = {};
  for (const spec of routes) {
    const key = openApiPath(spec.path);
    paths[key] = { ...paths[key], [spec.method]: operation(spec) };
  }
  return {
    openapi: '3.1.0',
    info: { title: 'Warrant review server', version: VERSION },
    paths,
    components: {
      schemas: {
        Error: {
          type: 'object',
          required: ['error'],
          properties: {
            error: {
              type: 'object',
              required: ['code', 'message'],
              properties: { code: { type: 'string' }, message: { type: 'string' } },
            },
          },
        },
      },
      securitySchemes: {
        token: { type: 'http', scheme: 'bearer', description: 'An API token (warrant server token create)' },
        session: { type: 'apiKey', in: 'cookie', name: 'warrant_session', description: 'A browser session' },
      },
    },
    security: [{ token: [] }, { session: [] }],
  };
}
