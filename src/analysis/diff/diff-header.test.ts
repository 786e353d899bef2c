// The format-2 header fields in the diff: validity start, exclusions, reviewer
// scope and independence, structured conditions, publication state, each as
// a field change with a path a reviewer can read.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { loadSmall } from '../../../test/support/analysis.js';
import { diffCases } from './diff.js';
import { formatDiffMarkdown, formatDiffPretty } from './format.js';

const A = `  valid_from: 2026-09-01
  reviewers:
    - { name: Ruth Kessler, external: true, reviewed: { risks: [R1] }, independent_of: [authors] }
  out_of_scope:
    - { kind: user-group, what: Users under 18, reason: No child-safety evaluation was run. }
risks:
  R1: { title: Cyber uplift, pathway: cyber, severity: high }
  R2: { title: Fraud, pathway: manipulation, severity: medium }
argument:
  G1: { kind: claim, text: No meaningful uplift., addresses: [R1, R2], undeveloped: true }
  D1: { kind: defeater, text: The suite is old., challenges: [G1], status: open }
decision:
  outcome: approve-with-conditions
  date: 2026-09-10
  makers: [{ name: Ada Chair, role: CRO }]
  residual_risk: Some.
  conditions:
    - { id: cond-suite, text: The suite is refreshed., due: 2026-12-01, tracks: [D1] }
publication:
  state: unpublished
`;

const B = A.replace('valid_from: 2026-09-01', 'valid_from: 2026-10-01')
  .replace(
    'reviewed: { risks: [R1] }, independent_of: [authors]',
    'reviewed: { risks: [R1, R2] }, independent_of: [authors, red-team]',
  )
  .replace('reason: No child-safety evaluation was run.', 'reason: The terms of service bar them.')
  .replace('due: 2026-12-01, tracks: [D1] }', 'due: 2027-01-15, tracks: [D1, R1], extends: { tools: [browser] } }')
  .replace('state: unpublished', 'state: published-with-redactions');

describe('diff: format-2 header fields', () => {
  const d = diffCases(loadSmall(A).c, loadSmall(B).c);

  it('reports each header field change under its path, exclusions keyed by what they exclude', () => {
    assert.deepEqual(d.sections.case, [
      {
        path: 'case.out_of_scope.Users under 18.reason',
        change: 'changed',
        before: 'No child-safety evaluation was run.',
        after: 'The terms of service bar them.',
      },
      { path: 'case.reviewers.Ruth Kessler.independent_of', change: 'added', after: 'red-team' },
      { path: 'case.reviewers.Ruth Kessler.reviewed.risks', change: 'added', after: 'R2' },
      { path: 'case.valid_from', change: 'changed', before: '2026-09-01', after: '2026-10-01' },
    ]);
  });

  it("reports a structured condition's due date, tracks and extends, keyed by its id", () => {
    assert.deepEqual(d.sections.decision, [
      { path: 'decision.conditions.cond-suite.due', change: 'changed', before: '2026-12-01', after: '2027-01-15' },
      { path: 'decision.conditions.cond-suite.extends', change: 'added', after: { tools: ['browser'] } },
      { path: 'decision.conditions.cond-suite.tracks', change: 'added', after: 'R1' },
    ]);
    assert.deepEqual(d.sections.publication, [
      { path: 'publication.state', change: 'changed', before: 'unpublished', after: 'published-with-redactions' },
    ]);
  });

  it('shows them in the text and Markdown output', () => {
    const text = formatDiffPretty(d, { color: false });
    assert.match(text, /case\.valid_from/);
    assert.match(text, /decision\.conditions\.cond-suite\.tracks/);
    const md = formatDiffMarkdown(d);
    assert.match(md, /case\.reviewers\.Ruth Kessler\.reviewed\.risks/);
    assert.match(md, /publication\.state/);
  });

  it('a case against itself has no header changes', () => {
    const same = diffCases(loadSmall(A).c, loadSmall(A).c);
    assert.deepEqual([same.sections.case, same.sections.decision, same.sections.publication], [[], [], []]);
  });
});
