import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { loadCase } from '../format/load-case.js';
import { memoryReader } from '../format/memory-reader.js';
import { EXAMPLE_HEADER } from './examples.js';
import type { RuleId } from './rules/index.js';
import { runCheck } from './run-check.js';

const RULE: RuleId = 'paper-safety/absolute-claim-sampled-evidence';
const body = `argument:
  G1: { kind: claim, text: The model cannot exploit web vulnerabilities., supported_by: [Sn1] }
  Sn1: { kind: evidence, text: Cyber range results, evidence: [E1] }
evidence:
  E1: { title: Cyber range, kind: capability-evaluation, source_type: internal-test, date: 2026-10-01, produced_by: Evals team, polarity: supports }
`;

function check(extra: string, files: Record<string, string> = {}) {
  const r = loadCase('warrant.yaml', memoryReader({ 'warrant.yaml': EXAMPLE_HEADER + body + extra, ...files }));
  assert.deepEqual(r.diagnostics, []);
  return runCheck(r.case!, { asOf: '2026-11-26' });
}
const codes = (r: ReturnType<typeof check>) => r.diagnostics.map((d) => `${d.severity} ${d.code}`);

describe('rule configuration', () => {
  it('runs the rules after the structural checks', () => {
    assert.ok(codes(check('')).includes(`warning ${RULE}`));
  });
  it("changes a rule's severity, or turns it off", () => {
    assert.ok(codes(check(`rules:\n  ${RULE}: error\n`)).includes(`error ${RULE}`));
    assert.ok(!codes(check(`rules:\n  ${RULE}: off\n`)).some((c) => c.endsWith(RULE)));
  });
  it('a suppression hides the finding from the findings but lists it with its reason and author', () => {
    const r = check(
      `suppressions:\n  - { rule: ${RULE}, target: G1, reason: The claim is about a configuration property., by: Priya Raman }\n`,
    );
    assert.ok(!codes(r).some((c) => c.endsWith(RULE)));
    assert.equal(r.suppressed.length, 1);
    assert.equal(r.suppressed[0]!.suppression.by, 'Priya Raman');
    assert.equal(r.suppressed[0]!.finding.target, 'G1');
  });
  it('a suppression on another target suppresses nothing and is reported as unused (L15)', () => {
    const r = check(`suppressions:\n  - { rule: ${RULE}, target: Sn1, reason: Wrong target., by: Priya Raman }\n`);
    assert.ok(codes(r).includes(`warning ${RULE}`));
    const l15 = r.diagnostics.find((d) => d.code === 'L15')!;
    assert.equal(l15.line, 14);
    assert.equal(r.suppressed.length, 0);
  });
  it('a suppression without a reason or a name is refused by the loader', () => {
    const r = loadCase(
      'warrant.yaml',
      memoryReader({ 'warrant.yaml': `${EXAMPLE_HEADER + body}suppressions:\n  - { rule: ${RULE}, target: G1 }\n` }),
    );
    assert.deepEqual(
      r.diagnostics.map((d) => d.code),
      ['L07', 'L07'],
    );
  });
  it('an unknown rule id is L14 with a suggestion', () => {
    const r = check(`rules:\n  paper-safety/absolute-claim-sampled-evidense: off\n`);
    const d = r.diagnostics.find((x) => x.code === 'L14')!;
    assert.match(d.hint!, new RegExp(RULE));
    assert.deepEqual([d.line, d.col], [14, 3]);
  });
  it('.warrant.yaml beside the case configures it too, after the case', () => {
    const r = check(`rules:\n  ${RULE}: error\n`, { '.warrant.yaml': `rules:\n  ${RULE}: info\n` });
    assert.ok(codes(r).includes(`info ${RULE}`));
  });
  it('an invalid .warrant.yaml is reported with its position', () => {
    const r = loadCase(
      'warrant.yaml',
      memoryReader({ 'warrant.yaml': EXAMPLE_HEADER + body, '.warrant.yaml': 'rulez: {}\n' }),
    );
    assert.equal(r.diagnostics[0]?.code, 'L05');
    assert.equal(r.diagnostics[0]?.file, '.warrant.yaml');
    assert.equal(r.case, undefined);
  });
});

describe('rule findings that follow from a dangling reference', () => {
  const LEAF: RuleId = 'paper-safety/leaf-claim-without-evidence';
  const dangling = (ref: string) =>
    `argument:\n  G1: { kind: claim, text: Safe., supported_by: [${ref}] }\n` +
    '  G2: { kind: claim, text: Part., undeveloped: true }\n';
  const leafNotes = (ref: string) => {
    const r = loadCase('warrant.yaml', memoryReader({ 'warrant.yaml': EXAMPLE_HEADER + dangling(ref) }));
    const found = runCheck(r.case!, { asOf: '2026-11-26' }).diagnostics.filter((d) => d.code === LEAF);
    return found.map((d) => (d.related ?? []).map((x) => `${x.line}:${x.col} ${x.message}`));
  };
  it('a finding on the node whose reference dangles points at the reference', () => {
    assert.deepEqual(leafNotes('Zq9'), [
      ["9:50 this may follow from G1's reference to `Zq9`, which names no node (S07): fix that first"],
    ]);
  });
  it('with the reference resolved, the same finding carries no such note', () => {
    assert.deepEqual(leafNotes('G2'), [[]]);
  });
});
