import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { MigrateError, migrateRootText, SCOPE_COMMENT } from './migrate.js';

const COMMENT = SCOPE_COMMENT.map((l) => `  ${l}\n`).join('');

describe('migrateRootText: format 1 to format 2, in place', () => {
  it('rewrites the version and gives each unscoped reviewer the whole case, keeping every other byte', () => {
    const before = `# yaml-language-server: $schema=../schema/warrant.schema.json
warrant: 1   # the format
case:
  id: c
  reviewers:
    # the internal chair
    - { name: Daniel Esposito, team: Safety Review Board }
    - name: Dr. Rhys Calloway
      external: true   # Lanternfish
      conflicts:
        - Holds a red-teaming contract.
    - { name: Mei-Lin Zhou, reviewed: { risks: [R1] } }
    - name: Prof. Ingrid Solberg
      concerns: >-
        The suite is fixed.

  tier: internal
argument: {}
`;
    const m = migrateRootText(before, 'warrant.yaml');
    assert.equal(
      m.text,
      `# yaml-language-server: $schema=../schema/warrant.schema.json
warrant: 2   # the format
case:
  id: c
${COMMENT}  reviewers:
    # the internal chair
    - { name: Daniel Esposito, team: Safety Review Board, reviewed: whole-case }
    - name: Dr. Rhys Calloway
      external: true   # Lanternfish
      conflicts:
        - Holds a red-teaming contract.
      reviewed: whole-case
    - { name: Mei-Lin Zhou, reviewed: { risks: [R1] } }
    - name: Prof. Ingrid Solberg
      concerns: >-
        The suite is fixed.
      reviewed: whole-case

  tier: internal
argument: {}
`,
    );
    assert.deepEqual(m.changes, [
      'warrant: 1 -> 2',
      'reviewer Daniel Esposito: reviewed: whole-case',
      'reviewer Dr. Rhys Calloway: reviewed: whole-case',
      'reviewer Prof. Ingrid Solberg: reviewed: whole-case',
    ]);
    assert.equal(m.from, 1);
  });

  it('changes only the version line when no reviewer lacks a scope, and keeps CRLF line ends', () => {
    const before = 'warrant: 1\r\ncase:\r\n  id: c\r\n  reviewers: [{ name: A, reviewed: whole-case }]\r\n';
    const m = migrateRootText(before, 'w');
    assert.equal(m.text, before.replace('warrant: 1', 'warrant: 2'));
    assert.deepEqual(m.changes, ['warrant: 1 -> 2']);
  });

  it('a flow sequence of reviewers gets its fields, and no comment line it could not hold', () => {
    const m = migrateRootText('warrant: 1\ncase: { id: c, reviewers: [{ name: A }] }\n', 'w');
    assert.equal(m.text, 'warrant: 2\ncase: { id: c, reviewers: [{ name: A, reviewed: whole-case }] }\n');
  });

  it('leaves a format-2 file as it is, and refuses any other version', () => {
    const v2 = 'warrant: 2\ncase: { id: c }\n';
    assert.deepEqual(migrateRootText(v2, 'w'), { text: v2, changes: [], from: 2 });
    assert.throws(() => migrateRootText('warrant: 7\ncase: {}\n', 'w'), MigrateError);
    assert.throws(() => migrateRootText('- a\n', 'w'), /does not hold a mapping/);
    assert.throws(() => migrateRootText('warrant: [\n', 'w'), /not valid YAML/);
  });
});
