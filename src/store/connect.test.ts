import assert from 'node:assert/strict';
import path from 'node:path';
import { describe, it } from 'node:test';
import { parseStoreUrl, StoreUrlError } from './connect.js';

describe('parseStoreUrl', () => {
  const cwd = '/work/case';
  it('defaults to .warrant/review.db under the working directory', () => {
    assert.deepEqual(parseStoreUrl(undefined, cwd), { engine: 'sqlite', file: path.join(cwd, '.warrant/review.db') });
    assert.deepEqual(parseStoreUrl('  ', cwd), { engine: 'sqlite', file: path.join(cwd, '.warrant/review.db') });
  });

  it('takes sqlite:PATH and bare paths, relative to the working directory or absolute', () => {
    assert.deepEqual(parseStoreUrl('sqlite:team.db', cwd), { engine: 'sqlite', file: path.join(cwd, 'team.db') });
    assert.deepEqual(parseStoreUrl('sqlite:///srv/r.db', cwd), { engine: 'sqlite', file: '/srv/r.db' });
    assert.deepEqual(parseStoreUrl('/srv/r.db', cwd), { engine: 'sqlite', file: '/srv/r.db' });
    assert.deepEqual(parseStoreUrl('sqlite::memory:', cwd), { engine: 'sqlite', file: ':memory:' });
  });

  it('takes postgres URLs, with a schema parameter taken out of the URL', () => {
    assert.deepEqual(parseStoreUrl('postgres://u@h:5432/db', cwd), {
      engine: 'postgres',
      url: 'postgres://u@h:5432/db',
    });
    assert.deepEqual(parseStoreUrl('postgresql://u@h/db?schema=team_a&sslmode=require', cwd), {
      engine: 'postgres',
      url: 'postgresql://u@h/db?sslmode=require',
      schema: 'team_a',
    });
  });

  it('refuses other schemes, an empty sqlite path and a schema name that is not an identifier', () => {
    for (const bad of [
      'mysql://h/db',
      'https://x/y',
      'sqlite:',
      'postgres://h/db?schema=a;drop',
      'postgres://h/db?schema=A',
    ])
      assert.throws(() => parseStoreUrl(bad, cwd), StoreUrlError, bad);
  });
});
