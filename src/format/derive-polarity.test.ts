import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { checkCase } from '../check/check-case.js';
import { EXAMPLE_HEADER } from '../check/examples.js';
import { loadCase } from './load-case.js';
import { memoryReader } from './memory-reader.js';

const ARGUMENT = `argument:
  G1: { kind: claim, text: The classifier blocks synthesis requests., supported_by: [Sn1] }
  Sn1: { kind: evidence, text: Classifier evaluation, evidence: [E1] }
  D1: { kind: defeater, form: counter-evidence, text: A red team got past it in 3% of attempts., challenges: [G1], status: open, evidence: [E2] }
`;
const item = (id: string, polarity: string) =>
  `  ${id}: { title: Evaluation ${id}, kind: red-team, source_type: internal-test, date: 2026-10-01, produced_by: Red team${polarity} }\n`;

function load(text: string, header = EXAMPLE_HEADER) {
  return loadCase('warrant.yaml', memoryReader({ 'warrant.yaml': header + text }));
}

describe('counter-evidence polarity read from the citing defeater (format 2)', () => {
  it('an item a defeater cites, with no polarity, reads as undermines and loads cleanly', () => {
    const r = load(`${ARGUMENT}evidence:\n${item('E1', ', polarity: supports')}${item('E2', '')}`);
    assert.deepEqual(r.diagnostics, []);
    assert.equal(r.case!.evidence.get('E2')!.polarity, 'undermines');
    assert.equal(r.case!.evidence.get('E1')!.polarity, 'supports');
  });

  it('a stated polarity is kept, even on a cited item', () => {
    const r = load(`${ARGUMENT}evidence:\n${item('E1', ', polarity: supports')}${item('E2', ', polarity: mixed')}`);
    assert.equal(r.case!.evidence.get('E2')!.polarity, 'mixed');
  });

  it('an item no defeater cites must say: L23 at the item, read as mixed meanwhile', () => {
    const r = load(`${ARGUMENT}evidence:\n${item('E1', '')}${item('E2', ', polarity: undermines')}`);
    assert.deepEqual(
      r.diagnostics.map((d) => `${d.code} ${d.severity} ${d.line}:${d.col} ${d.target}`),
      ['L23 error 13:3 E1'],
    );
    assert.match(r.diagnostics[0]!.message, /no defeater cites it/);
    assert.equal(r.case!.evidence.get('E1')!.polarity, 'mixed');
  });

  it('format 1 requires a polarity even on cited counter-evidence', () => {
    const r = load(
      `${ARGUMENT}evidence:\n${item('E1', ', polarity: supports')}${item('E2', '')}`,
      EXAMPLE_HEADER.replace('warrant: 2', 'warrant: 1'),
    );
    assert.deepEqual(
      r.diagnostics.filter((d) => d.code === 'L23').map((d) => `${d.target} ${d.message}`),
      [
        'E2 Evidence item E2 has no `polarity`; format 1 requires one (format 2 reads it as `undermines`, as defeater D1 cites it).',
      ],
    );
  });
});

describe('assumptions stated in a justification or context (format 2)', () => {
  const CASE = (frame: string) => `argument:
  G1: { kind: claim, text: Monitoring catches exfiltration attempts., undeveloped: true, in_context_of: [A1] }
  A1: { kind: assumption, text: The agent cannot disable its own logging., in_context_of: [${frame}] }
  J1: { kind: justification, text: Logging runs in a separate process the agent has no credentials for. }
  C1: { kind: context, text: The logging service as deployed on 2026-10-01. }
  G2: { kind: claim, text: Logs are tamper-evident., undeveloped: true }
`;

  it('loads an assumption framed by a justification and a context, with no structural error', () => {
    const r = load(
      CASE('J1, C1').replace('  G2: { kind: claim, text: Logs are tamper-evident., undeveloped: true }\n', ''),
    );
    assert.deepEqual(r.diagnostics, []);
    assert.deepEqual(
      checkCase(r.case!).filter((d) => d.severity === 'error'),
      [],
    );
  });

  it('S04 when an assumption is framed by a claim', () => {
    const r = load(CASE('G2'));
    const s04 = checkCase(r.case!).filter((d) => d.code === 'S04');
    assert.deepEqual(
      s04.map((d) => d.message),
      ['A1 is in the context of claim G2, which GSN does not allow.'],
    );
  });
});

describe('format 2 vocabulary for triggers and publication', () => {
  it('accepts the new trigger kinds and a publication state; rejects an unknown state', () => {
    const tail = (state: string) => `argument:
  G1: { kind: claim, text: The launch is acceptably safe., undeveloped: true }
change_control:
  review_triggers:
    - { id: trg-policy, kind: policy-change, description: The usage policy changes. }
    - { id: trg-intel, kind: threat-intelligence, description: New threat intelligence on cyber actors. }
    - { id: trg-reg, kind: regulator-request, description: A regulator asks for a re-assessment. }
publication:
  state: ${state}
  published: 2026-10-20
`;
    assert.deepEqual(load(tail('published-with-redactions')).diagnostics, []);
    const bad = load(tail('half-published')).diagnostics;
    assert.equal(bad.length, 1);
    assert.equal(bad[0]!.line, 16);
  });
});
