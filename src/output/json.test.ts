import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import Ajv2020Module from 'ajv/dist/2020.js';
import type { Diagnostic } from '../model/diagnostic.js';
import { formatJson } from './json.js';
import type { CheckReport } from './report.js';
import { limitOutput } from './report.js';

const full: Diagnostic = {
  code: 'L11',
  severity: 'error',
  message: 'Duplicate id `C1`.',
  hint: 'Rename one of them.',
  file: 'x/warrant.yaml',
  line: 7,
  col: 11,
  target: 'C1',
  related: [{ file: 'x/mod.yaml', line: 5, col: 3, message: 'first defined here' }],
};
const bare: Diagnostic = {
  code: 'S03',
  severity: 'warning',
  message: 'Undeveloped.',
  file: 'x/warrant.yaml',
  line: 2,
  col: 1,
  hint: '',
  related: [],
};

const report = (diagnostics: Diagnostic[]): CheckReport => ({
  tool: { name: 'warrant', version: '0.1.0' },
  failOn: 'error',
  cases: [
    { root: 'x', caseId: 'demo', diagnostics },
    { root: 'y', diagnostics: [] },
  ],
});

test('the document: fixed key order, 2-space indent, trailing newline, optional fields omitted', () => {
  assert.equal(
    formatJson(report([full, bare])),
    `{
  "warrant": "0.1.0",
  "schema": "warrant-check/1",
  "failOn": "error",
  "summary": {
    "errors": 1,
    "warnings": 1,
    "infos": 0,
    "failed": true
  },
  "cases": [
    {
      "root": "x",
      "caseId": "demo",
      "summary": {
        "errors": 1,
        "warnings": 1,
        "infos": 0,
        "failed": true
      },
      "diagnostics": [
        {
          "code": "S03",
          "severity": "warning",
          "message": "Undeveloped.",
          "file": "x/warrant.yaml",
          "line": 2,
          "column": 1
        },
        {
          "code": "L11",
          "severity": "error",
          "message": "Duplicate id \`C1\`.",
          "hint": "Rename one of them.",
          "file": "x/warrant.yaml",
          "line": 7,
          "column": 11,
          "target": "C1",
          "related": [
            {
              "message": "first defined here",
              "file": "x/mod.yaml",
              "line": 5,
              "column": 3
            }
          ]
        }
      ],
      "suppressed": []
    },
    {
      "root": "y",
      "summary": {
        "errors": 0,
        "warnings": 0,
        "infos": 0,
        "failed": false
      },
      "diagnostics": [],
      "suppressed": []
    }
  ]
}
`,
  );
});

test('output does not depend on the order diagnostics arrive in, nor on extra properties', () => {
  const extra = { ...full, internal: 'not part of the schema' } as Diagnostic;
  assert.equal(formatJson(report([bare, extra])), formatJson(report([full, bare])));
});

test('hostile text round-trips exactly, with control characters escaped by JSON', () => {
  const message = 'bad \x1b[2J <script>alert("x")</script> \u202e\n\u0000 "quoted" \\ 😀';
  const out = formatJson(report([{ ...full, message, file: 'we ird/\u00e9.yaml' }]));
  assert.doesNotMatch(out, /[\x00-\x09\x0b-\x1f\x7f]/);
  assert.match(out, /<script>alert\(\\"x\\"\)<\/script>/);
  assert.match(out, /\\u001b\[2J/);
  const parsed = JSON.parse(out) as { cases: { diagnostics: { message: string; file: string }[] }[] };
  assert.equal(parsed.cases[0]?.diagnostics[0]?.message, message);
  assert.equal(parsed.cases[0]?.diagnostics[0]?.file, 'we ird/\u00e9.yaml');
});

test('summary.failed follows failOn', () => {
  const r: CheckReport = { ...report([bare]), failOn: 'warning' };
  assert.deepEqual((JSON.parse(formatJson(r)) as { summary: unknown }).summary, {
    errors: 0,
    warnings: 1,
    infos: 0,
    failed: true,
  });
  assert.deepEqual((JSON.parse(formatJson(report([bare]))) as { summary: unknown }).summary, {
    errors: 0,
    warnings: 1,
    infos: 0,
    failed: false,
  });
});

// docs/output.md carries the JSON Schema of this document; hold the code to it.
const doc = readFileSync(new URL('../../docs/output.md', import.meta.url), 'utf8');
function jsonBlockAfter(marker: string): unknown {
  const at = doc.indexOf(marker);
  assert.notEqual(at, -1, `docs/output.md has no ${marker}`);
  const m = /```json\n([\s\S]*?)\n```/.exec(doc.slice(at));
  assert.ok(m, `no json block after ${marker}`);
  return JSON.parse(m[1] as string);
}

test('the output, and the example in docs/output.md, validate against the schema documented there', () => {
  const Ajv2020 = Ajv2020Module.default;
  const validate = new Ajv2020({ strict: true, allErrors: true }).compile(
    jsonBlockAfter('<!-- warrant-check/1 schema') as object,
  );
  const check = (v: unknown) => assert.ok(validate(v), JSON.stringify(validate.errors, null, 2));
  check(JSON.parse(formatJson(report([full, bare]))));
  check(JSON.parse(formatJson({ tool: { name: 'warrant', version: '0.1.0' }, failOn: 'info', cases: [] })));
  check(jsonBlockAfter('## json'));
  check(JSON.parse(formatJson(limitOutput(report([full, bare]), { quiet: true, maxWarnings: 0 }))));
  check(JSON.parse(formatJson(report([{ ...bare, code: 'paper-safety/plan-as-evidence' }]))));
  // And it is strict enough to notice a broken document.
  const broken = JSON.parse(formatJson(report([full]))) as { cases: { diagnostics: { line: number }[] }[] };
  broken.cases[0]!.diagnostics[0]!.line = 0;
  assert.equal(validate(broken), false);
});

test('--quiet lists errors only and counts what it left out; --max-warnings is recorded and fails the run', () => {
  const q = JSON.parse(formatJson(limitOutput(report([full, bare]), { quiet: true }))) as {
    quiet?: boolean;
    summary: { warnings: number; failed: boolean };
    omitted?: { warnings: number; infos: number };
    cases: { omitted?: unknown; diagnostics: { code: string }[] }[];
  };
  assert.equal(q.quiet, true);
  assert.deepEqual(q.omitted, { warnings: 1, infos: 0 });
  assert.deepEqual(
    q.cases.map((c) => [c.omitted, c.diagnostics.map((d) => d.code)]),
    [
      [{ warnings: 1, infos: 0 }, ['L11']],
      [{ warnings: 0, infos: 0 }, []],
    ],
  );
  assert.equal(q.summary.warnings, 0);
  const keys = Object.keys(JSON.parse(formatJson(limitOutput(report([bare]), { quiet: true, maxWarnings: 3 }))));
  assert.deepEqual(keys, ['warrant', 'schema', 'failOn', 'maxWarnings', 'quiet', 'summary', 'omitted', 'cases']);

  const plain = JSON.parse(formatJson(report([bare])));
  assert.equal('quiet' in plain || 'omitted' in plain || 'maxWarnings' in plain, false);
  const over = JSON.parse(formatJson(limitOutput(report([bare]), { maxWarnings: 0 }))) as {
    maxWarnings: number;
    summary: { failed: boolean };
  };
  assert.equal(over.maxWarnings, 0);
  assert.equal(over.summary.failed, true);
});
