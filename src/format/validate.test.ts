// Loader schema messages: one input per kind of zod issue, with the exact code, position, message and hint.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { EXAMPLE_HEADER } from '../check/examples.js';
import { loadCase } from './load-case.js';
import { memoryReader } from './memory-reader.js';

const lines = (...l: string[]) => l.map((x) => `${x}\n`).join('');

/** Case text after the standard header. */
const INPUTS: Record<string, string> = {
  unknownSuggest: lines('argument:', '  G1: { kind: claim, text: Safe., undeveloped: true, supportedBy: [G2] }'),
  unknownList: lines('argument:', '  G1: { kind: claim, text: Safe., undeveloped: true, zzz: 1 }'),
  unknownHome: lines('argument:', '  G1: { kind: claim, text: Safe., undeveloped: true, status: open }'),
  missing: lines('argument:', '  G1: { kind: claim, undeveloped: true }'),
  misspelt: lines('argument:', '  G1: { kind: claim, txet: Safe., undeveloped: true }'),
  missingEnum: lines(
    'argument:',
    '  G1: { kind: claim, text: Safe., supported_by: [Sn1] }',
    '  Sn1: { kind: evidence, text: e, evidence: [E1, E2] }',
    'evidence:',
    '  E1: { title: t, kind: red-team, polarity: supports, date: 2026-01-01, produced_by: x }',
    '  E2:',
    '    title: t',
    '    kind: red-team',
    '    polarity: supports',
    '    date: 2026-01-01',
    '    produced_by: x',
    '    sorce_type: internal-test',
  ),
  presentEnum: lines(
    'argument:',
    '  G1: { kind: claim, text: Safe., supported_by: [Sn1] }',
    '  Sn1: { kind: evidence, text: e, evidence: [E1] }',
    'evidence:',
    '  E1: { title: t, kind: red-team, source_type: internal-test, date: 2026-01-01, produced_by: x, polarity: supports }',
  ),
  listAsString: lines(
    'argument:',
    '  G1: { kind: claim, text: Safe., supported_by: "G2, G3" }',
    '  G2: { kind: claim, text: a, undeveloped: true }',
    '  G3: { kind: claim, text: b, undeveloped: true }',
  ),
  numberAsText: lines('argument:', '  G1: { kind: claim, text: 12, undeveloped: true }'),
  decimalAsText: lines('argument:', '  G1: { kind: claim, text: 1.0, undeveloped: true }'),
  blockDecimal: lines('argument:', '  G1:', '    kind: claim', '    text: 2.10 # a comment', '    undeveloped: true'),
  nullField: lines('argument:', '  G1: { kind: claim, text: , undeveloped: true }'),
  noKind: lines('argument:', '  G1: { text: Safe., undeveloped: true }'),
  gsnKind: lines('argument:', '  G1: { kind: Counter-Goal, text: Safe. }'),
  typoKind: lines('argument:', '  G1: { kind: clam, text: Safe. }'),
  numKind: lines('argument:', '  G1: { kind: 3, text: Safe. }'),
  enumValue: lines(
    'argument:',
    '  D1: { kind: defeater, text: x, status: opne, challenges: [G1] }',
    '  G1: { kind: claim, text: Safe., undeveloped: true }',
  ),
  badKey: lines('argument:', '  1G: { kind: claim, text: Safe., undeveloped: true }'),
  emptyText: lines('argument:', '  G1: { kind: claim, text: "", undeveloped: true }'),
  wrongShape: lines(
    'argument:',
    '  G1: { kind: claim, text: Safe., undeveloped: true, acp: { P1: [1] , P2: { a: 1 } } }',
  ),
  badDate: lines(
    'argument:',
    '  G1: { kind: claim, text: Safe., supported_by: [Sn1] }',
    '  Sn1: { kind: evidence, text: e, evidence: [E1] }',
    'evidence:',
    '  E1: { title: t, kind: capability-evaluation, source_type: internal-test, date: 2026-13-01x, ' +
      'produced_by: x, polarity: supports, sha256: abc }',
  ),
  emptyMakers: lines(
    'argument:',
    '  G1: { kind: claim, text: Safe., undeveloped: true }',
    'decision:',
    '  outcome: approve',
    '  date: 2026-01-01',
    '  makers: []',
    '  residual_risk: r',
  ),
  negative: lines(
    'context:',
    '  model: { id: m, build: b }',
    '  deployment_channel: api',
    '  user_population: { description: d, size: -3 }',
    '  max_steps: 0',
    'argument:',
    '  G1: { kind: claim, text: Safe., undeveloped: true }',
  ),
  topLevel: lines('argument: 3'),
};

type Found = [code: string, line: number, col: number, message: string, hint: string];

/** Every diagnostic, in order. */
const EXPECTED: Record<string, Found[]> = {
  unknownSuggest: [
    [
      'L05',
      9,
      54,
      'Unknown field `supportedBy` in claim G1.',
      'Did you mean `supported_by`? Field names are snake_case.',
    ],
  ],
  unknownList: [
    [
      'L05',
      9,
      54,
      'Unknown field `zzz` in claim G1.',
      'Known fields here: kind, text, tier, owner, url, defeated, defeated_relations, acp, layout, ' +
        'supported_by, support, in_context_of, undeveloped, addresses, criteria.',
    ],
  ],
  unknownHome: [['L05', 9, 54, 'Unknown field `status` in claim G1.', 'Only defeaters have a status.']],
  missing: [['L07', 9, 3, 'Missing required field `text` in claim G1.', 'Add `text:`; it takes text.']],
  misspelt: [
    [
      'L07',
      9,
      3,
      'Missing required field `text` in claim G1.',
      'Did you mean `text` for `txet` (line 9)? Rename it; `text` takes text.',
    ],
  ],
  missingEnum: [
    [
      'L07',
      12,
      3,
      'Missing required field `source_type` in evidence item E1.',
      'Add `source_type:`; it takes one of: theory-paper, template, company-framework, risk-report, system-card, regulator-guidance, statute, standard, third-party-evaluation, post-incident-review, internal-test.',
    ],
    [
      'L07',
      13,
      3,
      'Missing required field `source_type` in evidence item E2.',
      'Did you mean `source_type` for `sorce_type` (line 19)? Rename it; `source_type` takes one of: theory-paper, template, company-framework, risk-report, system-card, regulator-guidance, statute, standard, third-party-evaluation, post-incident-review, internal-test.',
    ],
  ],
  presentEnum: [],
  listAsString: [
    [
      'L06',
      9,
      49,
      '`argument.G1.supported_by` must be a list, but is the text "G2, G3".',
      'Write a list: `[G2, G3]` (a single id still needs the brackets).',
    ],
  ],
  numberAsText: [['L06', 9, 28, '`argument.G1.text` must be text, but is the number 12.', 'Quote the value: "12".']],
  decimalAsText: [['L06', 9, 28, '`argument.G1.text` must be text, but is the number 1.', 'Quote the value: "1.0".']],
  blockDecimal: [
    ['L06', 11, 11, '`argument.G1.text` must be text, but is the number 2.1.', 'Quote the value: "2.10".'],
  ],
  nullField: [
    [
      'L06',
      9,
      28,
      '`argument.G1.text` must be text, but is empty (null).',
      'The field is empty; give it text or remove it.',
    ],
  ],
  noKind: [
    [
      'L07',
      9,
      3,
      'Missing required field `kind` in node G1.',
      'Add `kind:`; it takes one of: claim, strategy, evidence, context, assumption, justification, defeater.',
    ],
  ],
  gsnKind: [
    [
      'S01',
      9,
      15,
      'Unknown node kind "Counter-Goal" for node G1.',
      'Did you mean `defeater`? A node kind is one of: claim, strategy, evidence, context, assumption, ' +
        'justification, defeater.',
    ],
  ],
  typoKind: [
    [
      'S01',
      9,
      15,
      'Unknown node kind "clam" for node G1.',
      'Did you mean `claim`? A node kind is one of: claim, strategy, evidence, context, assumption, ' +
        'justification, defeater.',
    ],
  ],
  numKind: [
    [
      'S01',
      9,
      15,
      'Unknown node kind 3 for node G1.',
      'A node kind is one of: claim, strategy, evidence, context, assumption, justification, defeater.',
    ],
  ],
  enumValue: [
    [
      'L08',
      9,
      42,
      '`argument.D1.status` is the text "opne", which is not allowed here.',
      'Allowed: open, mitigated, accepted, refuted.',
    ],
  ],
  badKey: [
    [
      'L08',
      9,
      3,
      '`1G` is not a valid id in `argument`.',
      'An id starts with a letter, followed by letters, digits, ".", "_" or "-".',
    ],
  ],
  emptyText: [['L08', 9, 28, '`argument.G1.text` is empty.', 'Write something here, or remove the field.']],
  wrongShape: [
    ['L06', 9, 65, '`argument.G1.acp.P1` has the wrong shape: a list.', 'Check the value against docs/format.md.'],
    ['L06', 9, 75, '`argument.G1.acp.P2` has the wrong shape: a mapping.', 'Check the value against docs/format.md.'],
  ],
  badDate: [
    [
      'L08',
      12,
      82,
      '`evidence.E1.date` is the text "2026-13-01x", which is not a date (YYYY-MM-DD).',
      'Write the date as YYYY-MM-DD, e.g. 2026-11-26.',
    ],
    [
      'L05',
      12,
      131,
      'Unknown field `sha256` in evidence item E1.',
      'Known fields here: title, kind, source_type, subject, measured, date, environment, produced_by, external, ' +
        'replicated, tier, artefact, result, results, polarity, expires, valid_for_days, notes, review, provenance.',
    ],
  ],
  emptyMakers: [['L08', 13, 11, '`decision.makers` has 0 entries; it needs at least 1.', 'Change the value to fit.']],
  negative: [
    [
      'L08',
      11,
      44,
      '`context.user_population.size` is out of range: Too small: expected number to be >=0.',
      'Change the value to fit.',
    ],
    [
      'L08',
      12,
      14,
      '`context.max_steps` is out of range: Too small: expected number to be >0.',
      'Change the value to fit.',
    ],
  ],
  topLevel: [['L06', 8, 11, '`argument` must be a mapping, but is the number 3.', 'Write a mapping here.']],
};

describe('validate: schema issues as diagnostics', () => {
  for (const [name, body] of Object.entries(INPUTS)) {
    it(name, () => {
      const r = loadCase('warrant.yaml', memoryReader({ 'warrant.yaml': EXAMPLE_HEADER + body }));
      const found = r.diagnostics.map((d) => [d.code, d.line, d.col, d.message, d.hint]);
      assert.deepEqual(found, EXPECTED[name]);
    });
  }
});
