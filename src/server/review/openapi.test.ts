// The OpenAPI document and the app are made from one route list: every route
// the app answers is in the document, and every operation in the document is
// a route the app answers.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Store } from '../../store/store.js';
import { REVIEW_ROUTES, reviewApp } from './app.js';
import { openApiDocument, openApiPath } from './openapi.js';

const doc = openApiDocument(REVIEW_ROUTES) as { openapi: string; paths: Record<string, Record<string, unknown>> };
const documented = Object.entries(doc.paths)
  .flatMap(([p, ops]) => Object.keys(ops).map((m) => `${m.toUpperCase()} ${p}`))
  .sort();

describe('the OpenAPI document', () => {
  it('is OpenAPI 3.1 and lists exactly the routes the app registers', () => {
    assert.equal(doc.openapi, '3.1.0');
    // Registering touches no store: a stand-in is enough to read the app's routing table.
    const app = reviewApp({} as Store);
    const registered = app.routes.map((r) => `${r.method} ${openApiPath(r.path)}`).sort();
    assert.deepEqual(registered, documented);
  });

  it('describes each request body with the JSON Schema of its zod schema', () => {
    const op = doc.paths['/api/cases/{case}/challenges']?.post as {
      requestBody: { content: { 'application/json': { schema: { $ref: string } } } };
    };
    assert.equal(op.requestBody.content['application/json'].schema.$ref, '#/components/schemas/OpenChallengeBody');
    const named = (doc as unknown as { components: { schemas: Record<string, unknown> } }).components.schemas;
    const schema = named.OpenChallengeBody as { required: string[]; additionalProperties: boolean };
    assert.deepEqual([...schema.required].sort(), ['kind', 'revision', 'severity', 'target', 'text', 'tier']);
    assert.equal(schema.additionalProperties, false);
  });

  it('every $ref names a schema the document defines', () => {
    const text = JSON.stringify(doc);
    const named = (doc as unknown as { components: { schemas: Record<string, unknown> } }).components.schemas;
    const refs = [...text.matchAll(/"\$ref":"#\/components\/schemas\/([^"]+)"/g)].map((m) => m[1] ?? '');
    assert.ok(refs.length > 5);
    assert.deepEqual(
      refs.filter((r) => !(r in named)),
      [],
    );
    assert.ok(!text.includes('#/$defs/'));
  });

  it('is byte-stable', () => {
    assert.equal(JSON.stringify(openApiDocument(REVIEW_ROUTES)), JSON.stringify(doc));
  });

  it('a route added to the list appears in it (the check above can fail)', () => {
    const extra = [...REVIEW_ROUTES, { ...REVIEW_ROUTES[0], path: '/api/extra/:x' } as (typeof REVIEW_ROUTES)[number]];
    const paths = Object.keys((openApiDocument(extra) as { paths: object }).paths);
    assert.ok(paths.includes('/api/extra/{x}'));
  });
});
