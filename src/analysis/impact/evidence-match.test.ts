import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { item, loadSmall } from '../../../test/support/analysis.js';
import type { OperationalContext } from '../../model/schema.js';
import { type Dimension, evidenceMismatches, type MatchInput } from './evidence-match.js';

const CASE = `context:
  model:
    id: m7
    build: m7-rc2
  deployment_channel: Public API
  user_population: { description: Verified developers, size: 1000 }
  tools: ["bash: sandboxed shell", "no network access"]
  max_steps: 50
  scaffold_version: sc-1
argument:
  G1: { kind: claim, text: The model is safe., supported_by: [Sn1] }
  Sn1: { kind: evidence, text: Runs, evidence: [E1, E2, E3] }
evidence:
${item('E1')}
    measured: { build: m7-rc2, tools: [bash], max_steps: 50, scaffold: sc-1 }
${item('E2')}
${item('E3')}
    measured: { build: other-build, population: Verified developers }
`;

function mismatches(
  edit: (ctx: OperationalContext) => OperationalContext,
  dimensions: Dimension[],
  population = { changed: false, what: '' },
) {
  const { c } = loadSmall(CASE);
  const before = c.context!.value;
  const input: MatchInput = {
    before,
    after: edit(before),
    dimensions: new Set(dimensions),
    population,
    citing: new Map([['E1', ['Sn1']]]),
  };
  return evidenceMismatches(c.evidence.values(), input);
}

describe('evidenceMismatches', () => {
  it('reports a dimension that matched before and not after, with both values, a sentence and the citing nodes', () => {
    const r = mismatches((ctx) => ({ ...ctx, model: { ...ctx.model, build: 'm7-rc3' } }), ['build']);
    assert.deepEqual(r, [
      {
        id: 'E1',
        title: 'Item E1',
        dimension: 'build',
        measured: 'm7-rc2',
        context: ['m7-rc3'],
        message: "Evidence E1 measured build m7-rc2; the context's build is m7-rc3.",
        citedBy: ['Sn1'],
      },
    ]);
  });

  it('compares only the dimensions it is given, in DIMENSIONS order, and skips items without measured', () => {
    const edit = (ctx: OperationalContext) => ({
      ...ctx,
      model: { ...ctx.model, build: 'm7-rc3' },
      max_steps: 80,
      scaffold_version: 'sc-2',
    });
    assert.deepEqual(
      mismatches(edit, ['scaffold', 'max_steps']).map((m) => [m.id, m.dimension, m.message]),
      [
        ['E1', 'max_steps', 'Evidence E1 measured with a budget of 50 steps; the context allows 80 steps.'],
        ['E1', 'scaffold', "Evidence E1 ran on scaffold sc-1; the context's is sc-2."],
      ],
    );
    assert.deepEqual(mismatches(edit, []), []);
  });

  it('names the deployed tools the evidence was measured without, ignoring denials', () => {
    const r = mismatches((ctx) => ({ ...ctx, tools: [...(ctx.tools ?? []), 'browser: fetch pages'] }), ['tools']);
    assert.deepEqual(
      r.map((m) => [m.dimension, m.context, m.message, m.citedBy]),
      [['tools', ['browser: fetch pages'], 'Evidence E1 measured with tools [bash], without "browser".', ['Sn1']]],
    );
  });

  it('reports population only when the caller says the population changed, and says how', () => {
    const same = (ctx: OperationalContext) => ctx;
    assert.deepEqual(mismatches(same, ['population']), []);
    const r = mismatches(same, ['population'], { changed: true, what: 'user_population.size 1000 to 5000' });
    assert.deepEqual(
      r.map((m) => [m.id, m.message, m.citedBy]),
      [
        [
          'E3',
          'Evidence E3 drawn from "Verified developers"; the user population changed (user_population.size 1000 to 5000).',
          [],
        ],
      ],
    );
  });
});
