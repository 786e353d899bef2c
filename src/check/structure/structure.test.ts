import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { loadCase } from '../../format/load-case.js';
import { memoryReader } from '../../format/memory-reader.js';
import { checkCase } from '../check-case.js';
import { exampleFiles } from '../examples.js';
import type { ExampleInput } from '../types.js';
import { STRUCTURE_CHECKS } from './index.js';

function run(input: ExampleInput) {
  const r = loadCase('warrant.yaml', memoryReader(exampleFiles(input)));
  assert.deepEqual(
    r.diagnostics.map((d) => `${d.code} ${d.message}`),
    [],
    'the example must load cleanly',
  );
  assert.ok(r.case);
  return checkCase(r.case);
}

describe('structural checks: each has a failing and a passing example', () => {
  for (const check of STRUCTURE_CHECKS) {
    const { code, name } = check.meta;
    it(`${code} ${name}: reported on the failing example`, () => {
      const found = run(check.meta.examples.failing).filter((d) => d.code === code);
      assert.ok(found.length > 0, `expected ${code}`);
      for (const d of found) {
        assert.ok(d.line >= 1 && d.col >= 1);
        assert.ok(d.hint && d.hint.length > 10, 'every diagnostic says how to fix it');
        assert.equal(d.severity, check.meta.severity);
      }
    });
    it(`${code} ${name}: silent on the passing example`, () => {
      const found = run(check.meta.examples.passing).filter((d) => d.code === code);
      assert.deepEqual(found, []);
    });
  }
  it('codes are unique and stable in form', () => {
    const codes = STRUCTURE_CHECKS.map((c) => c.meta.code);
    assert.equal(new Set(codes).size, codes.length);
    for (const c of codes) assert.match(c, /^S\d\d$/);
  });
});

describe('scope exclusions and reviewer scopes (format 2)', () => {
  const risks =
    'risks:\n  R1: { title: Cyber uplift, pathway: cyber, severity: high }\n' +
    '  R2: { title: CBRN uplift, pathway: cbrn, severity: critical }\n';
  const claim = 'argument:\n  G1: { kind: claim, text: No cyber uplift., undeveloped: true, addresses: [R1] }\n';
  const exclusion = (risk: string) =>
    `  out_of_scope:\n    - { kind: risk, what: CBRN uplift, risk: ${risk}, reason: Argued in the CBRN case. }\n`;
  const at = (input: ExampleInput, code: string) =>
    run(input)
      .filter((d) => d.code === code)
      .map((d) => `${d.line}:${d.col} ${d.target} ${d.message}`);

  it('S24: a risk the case excludes is not unaddressed; one it does not exclude still is', () => {
    assert.deepEqual(at(exclusion('R2') + risks + claim, 'S24'), []);
    assert.deepEqual(at(risks + claim, 'S24'), ['10:3 R2 Risk R2 (CBRN uplift) is not addressed by any claim.']);
  });

  it('S33: an exclusion and each scope list naming unknown ids, at the id, with the nearest id', () => {
    const reviewer =
      '  reviewers:\n    - name: Ruth Kessler\n      reviewed: { risks: [R1, R9], claims: [G2], evidence: [E1] }\n';
    const found = run(reviewer + exclusion('R3') + risks + claim).filter((d) => d.code === 'S33');
    assert.deepEqual(
      found.map((d) => `${d.line}:${d.col} ${d.message} ${d.hint}`),
      [
        "10:31 Reviewer Ruth Kessler's scope names risk `R9`, which the case does not define. Did you mean `R1`?",
        "10:45 Reviewer Ruth Kessler's scope names node `G2`, which the case does not define. Did you mean `G1`?",
        "10:61 Reviewer Ruth Kessler's scope names evidence item `E1`, which the case does not define. Name an evidence item of this case, or correct the id.",
        '12:46 Exclusion 1 (CBRN uplift) names risk `R3`, which the case does not define. Did you mean `R1`?',
      ],
    );
  });

  it('S33: whole-case and known ids are fine', () => {
    const reviewer = '  reviewers:\n    - { name: Ruth Kessler, reviewed: whole-case }\n';
    assert.deepEqual(at(reviewer + exclusion('R2') + risks + claim, 'S33'), []);
  });
});

describe("a justification's evidence (what a bridge rests on)", () => {
  const item = (id: string) =>
    `  ${id}: { title: Bridging run, kind: capability-evaluation, source_type: internal-test, date: 2026-10-01, produced_by: Evals team, polarity: supports }\n`;
  const body = (cites: string) =>
    'argument:\n  G1: { kind: claim, text: No uplift., undeveloped: true, in_context_of: [J1] }\n' +
    `  J1: { kind: justification, text: rc2 matched rc4., bridges: [{ from: rc2, to: rc4 }], evidence: [${cites}] }\n` +
    `evidence:\n${item('E1')}`;
  const codes = (input: ExampleInput) =>
    run(input)
      .filter((d) => d.code === 'S22' || d.code === 'S23')
      .map((d) => `${d.code} ${d.line}:${d.col} ${d.target}`);

  it('S22 for an unknown id, at the id; the item it cites is not unused (S23)', () => {
    assert.deepEqual(codes(body('E1')), []);
    assert.deepEqual(codes(body('E1, E9')), ['S22 10:104 J1']);
  });
});

describe('S34, S35: alternatives that cannot hold', () => {
  const item = (i: number) =>
    `  E${i}: { title: R${i}, kind: red-team, source_type: internal-test, date: 2026-10-01, ` +
    'produced_by: Evals, polarity: supports }\n';
  const sn = (i: number) => `  Sn${i}: { kind: evidence, text: R${i}, evidence: [E${i}] }\n`;
  // The claim's `at_least` sits on line 10 of warrant.yaml (after the 7-line header), column 26.
  const LINE = 10;
  const claim = (k: number, legs: string) =>
    'argument:\n' +
    `  G1: { kind: claim, text: Safe., supported_by: [${legs}],\n` +
    `    support: { at_least: ${k}, justification: Two teams. } }\n`;
  const found = (input: ExampleInput) =>
    run(input)
      .filter((d) => d.code === 'S34' || d.code === 'S35')
      .map((d) => `${d.code} ${d.severity} ${d.line}:${d.col} ${d.target} ${d.message}`);

  it('at_least above the number of legs is an error at the at_least value', () => {
    const input = claim(3, 'Sn1, Sn2') + sn(1) + sn(2) + 'evidence:\n' + item(1) + item(2);
    assert.deepEqual(found(input), [
      `S34 error ${LINE}:26 G1 G1 declares that at least 3 of its supporting nodes must hold, but it has only 2.`,
    ]);
  });

  it('one leg is a warning; at_least 2 of one leg is an error, not both', () => {
    const one = (k: number) => claim(k, 'Sn1') + sn(1) + 'evidence:\n' + item(1);
    assert.deepEqual(found(one(1)), [
      `S35 warning ${LINE}:26 G1 G1 declares its support alternatives, but it has only 1 supporting node: there is nothing to choose between.`,
    ]);
    assert.deepEqual(found(one(2)), [
      `S34 error ${LINE}:26 G1 G1 declares that at least 2 of its supporting nodes must hold, but it has only 1.`,
    ]);
  });

  it('legs are counted as the status counts them: module developments count, contexts do not', () => {
    const withContext =
      'argument:\n' +
      '  G1: { kind: claim, text: Safe., supported_by: [Sn1], in_context_of: [C1],\n' +
      '    support: { at_least: 2, justification: Two teams. } }\n' +
      '  C1: { kind: context, text: Deployment. }\n' +
      sn(1) +
      'evidence:\n' +
      item(1);
    assert.deepEqual(
      found(withContext).map((f) => f.slice(0, 15)),
      [`S34 error ${LINE}:26`],
    );
    // A template's undeveloped claim declaring alternatives, developed by another module into two legs.
    const template =
      'module: { id: template }\nargument:\n  G2: { kind: claim, text: Controlled., undeveloped: true,\n' +
      '    support: { at_least: 1, justification: Two teams. } }\n';
    const instance = (devs: string) =>
      `module:\n  id: instance\n  extends:\n    - { module: template, develops: { G2: [${devs}] } }\nargument:\n` +
      '  G4: { kind: claim, text: One safeguard., undeveloped: true }\n' +
      '  G5: { kind: claim, text: Another safeguard., undeveloped: true }\n';
    const files = (devs: string) => ({
      'warrant.yaml':
        'includes: [template.yaml, instance.yaml]\nargument:\n  G1: { kind: claim, text: Safe., supported_by: [G2] }\n',
      'template.yaml': template,
      'instance.yaml': instance(devs),
    });
    assert.deepEqual(found(files('G4, G5')), []);
    assert.deepEqual(
      found(files('G4')).map((f) => f.slice(0, 18)),
      ['S35 warning 4:26 G'],
    );
  });

  it('two legs and at_least within them is fine', () => {
    assert.deepEqual(found(claim(2, 'Sn1, Sn2') + sn(1) + sn(2) + 'evidence:\n' + item(1) + item(2)), []);
  });
});

describe('a dangling reference is reported as the cause of the findings that follow from it', () => {
  const nodes = (ref: string) =>
    'argument:\n' +
    `  G1: { kind: claim, text: Safe., supported_by: [${ref}] }\n` +
    '  S2: { kind: strategy, text: Argue over each risk., supported_by: [G3] }\n' +
    '  G3: { kind: claim, text: Risk one is low., undeveloped: true }\n';
  const codes = (input: string) => run(input).map((d) => `${d.code} ${d.line}:${d.col} ${d.hint}`);

  it('a reference meant for a top-level node: S07 alone, saying so; no S09 or S10 for that node', () => {
    assert.deepEqual(codes(nodes('S1')), [
      'S07 9:50 Did you mean `S2`? Nothing else links S2, so it is top-level until this is fixed ' +
        '(its S09/S10 findings are not shown).',
    ]);
  });
  it('the same case with the reference fixed has no findings', () => {
    assert.deepEqual(codes(nodes('S2')), []);
  });
  it('a reference with no close id keeps S09 and S10, each with a note pointing at the reference', () => {
    const found = run(nodes('Zq9'));
    assert.deepEqual(
      found.map((d) => d.code),
      ['S07', 'S09', 'S10'],
    );
    for (const d of found.slice(1))
      assert.deepEqual(d.related?.at(-1), {
        file: 'warrant.yaml',
        line: 9,
        col: 50,
        message: "this may follow from G1's reference to `Zq9`, which names no node (S07): fix that first",
        cause: true,
      });
  });
  it('a meant node listed before the top claim: still no S09 on the real top claim', () => {
    const input =
      'argument:\n' +
      '  S2: { kind: strategy, text: Argue., supported_by: [G3] }\n' +
      '  G1: { kind: claim, text: Safe., supported_by: [S1] }\n' +
      '  G3: { kind: claim, text: Low., undeveloped: true }\n';
    assert.deepEqual(
      run(input).map((d) => d.code),
      ['S07'],
    );
  });
  it('S10 says "an evidence"', () => {
    const input =
      'argument:\n  Sn1: { kind: evidence, text: e, evidence: [E1] }\n' +
      'evidence:\n  E1: { title: t, kind: red-team, source_type: internal-test, date: 2026-01-01, produced_by: x, polarity: supports }\n';
    assert.deepEqual(
      run(input).map((d) => d.message),
      ['The top-level node Sn1 is an evidence, not a claim.'],
    );
  });
});
