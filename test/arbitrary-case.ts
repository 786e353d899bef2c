// fast-check arbitraries for valid cases, as plain objects ready to dump to YAML.
import fc from 'fast-check';

export interface CaseDoc {
  [key: string]: unknown;
  argument: Record<string, Record<string, unknown>>;
  evidence: Record<string, Record<string, unknown>>;
  risks: Record<string, Record<string, unknown>>;
}

const text = fc.string({ minLength: 1, maxLength: 40 }).filter((s) => s.trim().length > 0);

/**
 * A valid case: a tree of claims and strategies below one top claim, leaves
 * that are evidence nodes or undeveloped claims, context nodes, risks each
 * addressed by a claim, and defeaters on random nodes.
 */
export const validCase: fc.Arbitrary<CaseDoc> = fc
  .record({
    parents: fc.array(fc.nat(), { minLength: 0, maxLength: 40 }),
    leafEvidence: fc.array(fc.boolean(), { minLength: 41, maxLength: 41 }),
    contexts: fc.array(fc.nat(), { maxLength: 6 }),
    defeaters: fc.array(
      fc.record({ target: fc.nat(), status: fc.constantFrom('open', 'mitigated', 'accepted', 'refuted') }),
      { maxLength: 5 },
    ),
    risks: fc.integer({ min: 0, max: 4 }),
    texts: fc.array(text, { minLength: 100, maxLength: 100 }),
  })
  .map(({ parents, leafEvidence, contexts, defeaters, risks, texts }) => {
    const n = parents.length + 1;
    const parentOf = [-1, ...parents.map((p, i) => p % (i + 1))];
    const kids: number[][] = Array.from({ length: n }, () => []);
    parentOf.forEach((p, i) => {
      if (p >= 0) kids[p]!.push(i);
    });
    const id = (i: number) => `N${i}`;
    const argument: CaseDoc['argument'] = {};
    const evidence: CaseDoc['evidence'] = {};
    const t = (i: number) => texts[i % texts.length]!;
    for (let i = 0; i < n; i++) {
      if (kids[i]!.length) {
        // Claims at even depth, strategies below claims, as GSN draws them; the top is a claim.
        const strategy = i !== 0 && parentOf[i]! >= 0 && argument[id(parentOf[i]!)]?.kind === 'claim' && i % 3 === 0;
        argument[id(i)] = { kind: strategy ? 'strategy' : 'claim', text: t(i), supported_by: kids[i]!.map(id) };
      } else if (i !== 0 && leafEvidence[i]) {
        const e = `E${i}`;
        evidence[e] = {
          title: t(i + 1),
          kind: 'capability-evaluation',
          source_type: 'internal-test',
          date: '2026-10-01',
          produced_by: 'Evals team',
          polarity: 'supports',
        };
        argument[id(i)] = { kind: 'evidence', text: t(i), evidence: [e] };
      } else {
        argument[id(i)] = { kind: 'claim', text: t(i), undeveloped: true };
      }
    }
    // Evidence nodes cannot have children: re-parenting guarantees only claims/strategies have kids.
    const claims = Object.keys(argument).filter((k) => argument[k]!.kind === 'claim');
    contexts.forEach((c, j) => {
      const cid = `C${j}`;
      argument[cid] = { kind: 'context', text: t(j + 7) };
      const host = argument[claims[c % claims.length]!]!;
      host.in_context_of = [...((host.in_context_of as string[] | undefined) ?? []), cid];
    });
    const risksDoc: CaseDoc['risks'] = {};
    for (let r = 0; r < risks; r++) {
      risksDoc[`R${r}`] = { title: t(r + 11), pathway: 'cyber', severity: 'high' };
      const host = argument[claims[r % claims.length]!]!;
      host.addresses = [...((host.addresses as string[] | undefined) ?? []), `R${r}`];
    }
    const targets = Object.keys(argument).filter((k) => argument[k]!.kind !== 'context');
    defeaters.forEach((d, j) => {
      argument[`D${j}`] = {
        kind: 'defeater',
        text: t(j + 13),
        challenges: [targets[d.target % targets.length]!],
        status: d.status,
      };
    });
    return {
      warrant: 1,
      case: {
        id: 'generated',
        title: 'Generated',
        version: '1',
        status: 'draft',
        decision_boundary: { kind: 'api-launch', decision: 'Launch.' },
      },
      risks: risksDoc,
      argument,
      evidence,
    };
  });
