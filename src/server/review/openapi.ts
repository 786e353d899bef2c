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

type Components = Record<string, unknown>;

/**
 * The JSON Schema of a body. A schema named with .meta({ id }) comes out as a
 * $ref into $defs: those definitions move into components.schemas, where
 * OpenAPI tools look for them, and the refs follow.
 */
function schemaOf(schema: z.ZodType, components: Components): unknown {
  const json = z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' });
  const moved = JSON.parse(JSON.stringify(json).replaceAll('"#/$defs/', '"#/components/schemas/')) as Record<
    string,
    unknown
  >;
  const { $schema: _drop, $defs, ...rest } = moved;
  Object.assign(components, $defs);
  return rest;
}

function operation(spec: RouteSpec, components: Components): Record<string, unknown> {
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
      ? {
          requestBody: { required: true, content: { 'application/json': { schema: schemaOf(spec.body, components) } } },
        }
      : {}),
    responses,
  };
}

export function openApiDocument(routes: readonly RouteSpec[]): Record<string, unknown> {
  const paths: Record<string, Record<string, unknown>> = {};
  const named: Components = {};
  for (const spec of routes) {
    const key = openApiPath(spec.path);
    paths[key] = { ...paths[key], [spec.method]: operation(spec, named) };
  }
  const schemas = Object.fromEntries(Object.entries(named).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
  return {
    openapi: '3.1.0',
    info: { title: 'Warrant review server', version: VERSION },
    paths,
    components: {
      schemas: {
        ...schemas,
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
