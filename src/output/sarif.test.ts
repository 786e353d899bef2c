import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import AjvDraft04 from 'ajv-draft-04';
import AjvFormats from 'ajv-formats';
import fc from 'fast-check';
import { LOADER_CODES } from '../format/codes.js';
import type { CodeInfo, Diagnostic } from '../model/diagnostic.js';
import type { CheckReport } from './report.js';
import { limitOutput } from './report.js';
import { artifactUri, baseUriOf, fnv1a64, formatSarif } from './sarif.js';

// The official SARIF 2.1.0 schema (2.1.0-rtm.5, the version SchemaStore serves
// as sarif-2.1.0.json), copied unmodified into test/fixtures from Microsoft's
// SARIF SDK (npm package @microsoft/jest-sarif@1.0.0-beta.0, lib/schemas/).
// It is draft-04, hence ajv-draft-04. Its `language` pattern is not a valid
// Unicode-mode regular expression, hence unicodeRegExp: false.
const schemaPath = new URL('../../test/fixtures/sarif-2.1.0-rtm.5.json', import.meta.url);
// Both are CommonJS modules whose `default` export is the module itself.
const Ajv = AjvDraft04.default;
const addFormats = AjvFormats.default;
const ajv = new Ajv({ strict: false, allErrors: true, unicodeRegExp: false });
addFormats(ajv);
const validate = ajv.compile(JSON.parse(readFileSync(schemaPath, 'utf8')) as object);

function assertValid(text: string): void {
  const ok = validate(JSON.parse(text));
  assert.ok(ok, JSON.stringify(validate.errors, null, 2));
}

interface Log {
  $schema: string;
  version: string;
  runs: {
    tool: {
      driver: {
        name: string;
        semanticVersion: string;
        rules: {
          id: string;
          name?: string;
          shortDescription: { text: string };
          helpUri: string;
          defaultConfiguration: { level: string };
        }[];
      };
    };
    originalUriBaseIds?: Record<string, { uri: string }>;
    results: {
      ruleId: string;
      ruleIndex: number;
      level: string;
      message: { text: string };
      locations: {
        physicalLocation: {
          artifactLocation: { uri: string; uriBaseId?: string };
          region: { startLine: number; startColumn: number };
        };
        logicalLocations?: { name: string }[];
      }[];
      relatedLocations?: {
        id: number;
        message: { text: string };
        physicalLocation: { artifactLocation: { uri: string } };
      }[];
      partialFingerprints: Record<string, string>;
    }[];
  }[];
}

const S_CODES: CodeInfo[] = [
  {
    code: 'S03',
    name: 'undeveloped-claim',
    title: 'Undeveloped claim',
    severity: 'warning',
    description: 'A claim has no support and is not marked undeveloped.',
  },
  {
    code: 'S09',
    name: 'stale-evidence',
    title: 'Stale evidence',
    severity: 'info',
    description: 'Evidence is past its expiry.',
  },
];
const CODES = [...LOADER_CODES, ...S_CODES];

const dup: Diagnostic = {
  code: 'L11',
  severity: 'error',
  message: 'Duplicate id `C1`.',
  hint: 'Rename one of them.',
  file: 'examples/x/warrant.yaml',
  line: 7,
  col: 11,
  target: 'C1',
  related: [{ file: 'examples/x/modules/a.yaml', line: 5, col: 3, message: 'first defined here' }],
};
const undeveloped: Diagnostic = {
  code: 'S03',
  severity: 'warning',
  message: 'Claim `C2` is undeveloped.',
  file: 'examples/x/warrant.yaml',
  line: 3,
  col: 5,
  target: 'C2',
};
const stale: Diagnostic = {
  code: 'S09',
  severity: 'info',
  message: 'Evidence `E1` expired on 2025-01-01.',
  file: 'examples\\y\\warrant.yaml',
  line: 9,
  col: 1,
  target: 'E1',
};
// A code outside the registries (a plugin's) gets past the types only by a cast; the log must still be valid.
const unknownCode: Diagnostic = {
  code: 'X99' as string as Diagnostic['code'],
  severity: 'warning',
  message: 'From a plugin without metadata.',
  file: './a b/#1?.yaml',
  line: 0,
  col: 0,
};

function report(...cases: Diagnostic[][]): CheckReport {
  return {
    tool: { name: 'warrant', version: '0.1.0' },
    failOn: 'error',
    cases: cases.map((diagnostics, i) => ({ root: `case${i}`, diagnostics })),
  };
}

test('a small log, exactly', () => {
  const out = formatSarif(report([undeveloped]), CODES, {});
  assert.equal(
    out,
    `{
  "$schema": "https://json.schemastore.org/sarif-2.1.0.json",
  "version": "2.1.0",
  "runs": [
    {
      "tool": {
        "driver": {
          "name": "warrant",
          "informationUri": "https://github.com/warrant-safety/warrant",
          "version": "0.1.0",
          "semanticVersion": "0.1.0",
          "rules": [
            {
              "id": "S03",
              "name": "undeveloped-claim",
              "shortDescription": {
                "text": "Undeveloped claim"
              },
              "fullDescription": {
                "text": "A claim has no support and is not marked undeveloped."
              },
              "helpUri": "https://github.com/warrant-safety/warrant/blob/main/docs/checks.md#s03",
              "help": {
                "text": "Undeveloped claim: A claim has no support and is not marked undeveloped. See https://github.com/warrant-safety/warrant/blob/main/docs/checks.md#s03",
                "markdown": "**Undeveloped claim** (S03)\\n\\nA claim has no support and is not marked undeveloped.\\n\\n[Documentation](https://github.com/warrant-safety/warrant/blob/main/docs/checks.md#s03)"
              },
              "defaultConfiguration": {
                "level": "warning"
              }
            }
          ]
        }
      },
      "columnKind": "utf16CodeUnits",
      "results": [
        {
          "ruleId": "S03",
          "ruleIndex": 0,
          "level": "warning",
          "message": {
            "text": "Claim \`C2\` is undeveloped."
          },
          "locations": [
            {
              "physicalLocation": {
                "artifactLocation": {
                  "uri": "examples/x/warrant.yaml",
                  "uriBaseId": "%SRCROOT%"
                },
                "region": {
                  "startLine": 3,
                  "startColumn": 5
                }
              },
              "logicalLocations": [
                {
                  "name": "C2"
                }
              ]
            }
          ],
          "partialFingerprints": {
            "warrant/v1": "${fnv1a64('S03\u0000examples/x/warrant.yaml\u0000C2\u0000Claim `C2` is undeveloped.')}:1"
          }
        }
      ]
    }
  ]
}
`,
  );
  assertValid(out);
});

test('validates against the SARIF 2.1.0 schema, including the awkward cases', () => {
  const r = report([dup, undeveloped, unknownCode], [stale], []);
  assertValid(formatSarif(r, CODES, {}));
  assertValid(formatSarif(r, CODES, { baseUri: 'file:///home/ci/repo' }));
  assertValid(formatSarif(r, [], { baseUri: '/home/ci/repo/' }));
  assertValid(formatSarif(report(), CODES, {}));
  assertValid(
    formatSarif(
      report([
        { ...dup, file: '/abs/path/warrant.yaml' },
        { ...dup, file: 'C:\\work\\w.yaml' },
      ]),
      CODES,
      {},
    ),
  );
});

test('the schema check is real: it rejects a broken log', () => {
  const log = JSON.parse(formatSarif(report([dup]), CODES, {})) as Log;
  const broken = structuredClone(log) as unknown as { runs: { results: { level: string }[] }[] };
  broken.runs[0]!.results[0]!.level = 'fatal';
  assert.equal(validate(broken), false);
  assert.equal(validate({ ...log, version: '2.0.0' }), false);
});

test('one rule per code used, sorted, with ruleIndex pointing at it', () => {
  const log = JSON.parse(formatSarif(report([dup, undeveloped, unknownCode], [stale]), CODES, {})) as Log;
  const run = log.runs[0]!;
  assert.deepEqual(
    run.tool.driver.rules.map((r) => r.id),
    ['L11', 'S03', 'S09', 'X99'],
  );
  for (const res of run.results) assert.equal(run.tool.driver.rules[res.ruleIndex]?.id, res.ruleId);
  const l11 = run.tool.driver.rules[0]!;
  assert.equal(l11.name, 'duplicate-id');
  assert.equal(l11.shortDescription.text, 'Duplicate id');
  assert.equal(l11.helpUri, 'https://github.com/warrant-safety/warrant/blob/main/docs/checks.md#l11');
  assert.deepEqual(
    run.tool.driver.rules.map((r) => r.defaultConfiguration.level),
    ['error', 'warning', 'note', 'warning'],
  );
  // A code without metadata still gets a rule, so every ruleIndex resolves.
  assert.deepEqual(run.tool.driver.rules[3], {
    id: 'X99',
    shortDescription: { text: 'X99' },
    helpUri: 'https://github.com/warrant-safety/warrant/blob/main/docs/checks.md#x99',
    defaultConfiguration: { level: 'warning' },
  });
});

test('results: level, message with hint, location, related locations, logical location', () => {
  const log = JSON.parse(formatSarif(report([dup, undeveloped, unknownCode], [stale]), CODES, {})) as Log;
  const results = log.runs[0]!.results;
  assert.deepEqual(
    results.map((r) => [r.ruleId, r.level]),
    [
      ['X99', 'warning'],
      ['S03', 'warning'],
      ['L11', 'error'],
      ['S09', 'note'],
    ],
  );
  const d = results[2]!;
  assert.equal(d.message.text, 'Duplicate id `C1`.\nHint: Rename one of them.');
  assert.deepEqual(d.locations[0]!.physicalLocation, {
    artifactLocation: { uri: 'examples/x/warrant.yaml', uriBaseId: '%SRCROOT%' },
    region: { startLine: 7, startColumn: 11 },
  });
  assert.deepEqual(d.locations[0]!.logicalLocations, [{ name: 'C1' }]);
  assert.deepEqual(d.relatedLocations, [
    {
      id: 1,
      physicalLocation: {
        artifactLocation: { uri: 'examples/x/modules/a.yaml', uriBaseId: '%SRCROOT%' },
        region: { startLine: 5, startColumn: 3 },
      },
      message: { text: 'first defined here' },
    },
  ]);
  // Backslashes become forward slashes; odd characters are percent-encoded; positions are at least 1.
  assert.equal(results[3]!.locations[0]!.physicalLocation.artifactLocation.uri, 'examples/y/warrant.yaml');
  assert.deepEqual(results[0]!.locations[0]!.physicalLocation, {
    artifactLocation: { uri: 'a%20b/%231%3F.yaml', uriBaseId: '%SRCROOT%' },
    region: { startLine: 1, startColumn: 1 },
  });
});

test('artifact and base URIs', () => {
  assert.deepEqual(artifactUri('examples/x/warrant.yaml'), { uri: 'examples/x/warrant.yaml', uriBaseId: '%SRCROOT%' });
  assert.deepEqual(artifactUri('./././a//b.yaml'), { uri: 'a/b.yaml', uriBaseId: '%SRCROOT%' });
  assert.deepEqual(artifactUri('dir\\sub\\c.yaml'), { uri: 'dir/sub/c.yaml', uriBaseId: '%SRCROOT%' });
  assert.deepEqual(artifactUri('../other/d.yaml'), { uri: '../other/d.yaml', uriBaseId: '%SRCROOT%' });
  assert.deepEqual(artifactUri('/abs/path/e f.yaml'), { uri: 'file:///abs/path/e%20f.yaml' });
  assert.deepEqual(artifactUri('C:\\work\\w.yaml'), { uri: 'file:///C:/work/w.yaml' });
  assert.equal(baseUriOf('file:///home/ci/repo'), 'file:///home/ci/repo/');
  assert.equal(baseUriOf('https://example.org/repo/'), 'https://example.org/repo/');
  assert.equal(baseUriOf('/home/ci/my repo'), 'file:///home/ci/my%20repo/');
  assert.equal(baseUriOf('C:\\ci\\repo'), 'file:///C:/ci/repo/');
  const log = JSON.parse(formatSarif(report([dup]), CODES, { baseUri: '/home/ci/repo' })) as Log;
  assert.deepEqual(log.runs[0]!.originalUriBaseIds, { '%SRCROOT%': { uri: 'file:///home/ci/repo/' } });
  assert.equal((JSON.parse(formatSarif(report([dup]), CODES, {})) as Log).runs[0]!.originalUriBaseIds, undefined);
});

test('fnv1a64 matches the published FNV-1a 64-bit test vectors', () => {
  assert.equal(fnv1a64(''), 'cbf29ce484222325');
  assert.equal(fnv1a64('a'), 'af63dc4c8601ec8c');
  assert.equal(fnv1a64('foobar'), '85944171f73967e8');
  // UTF-8, not UTF-16: "é" is the two bytes c3 a9.
  assert.notEqual(fnv1a64('\u00e9'), fnv1a64('\u00e9'.normalize('NFD')));
});

test('fnv1a64 on 16-bit limbs agrees with the BigInt definition on any text', () => {
  const reference = (text: string) => {
    let h = 0xcbf29ce484222325n;
    for (const byte of new TextEncoder().encode(text)) h = ((h ^ BigInt(byte)) * 0x100000001b3n) & 0xffffffffffffffffn;
    return h.toString(16).padStart(16, '0');
  };
  fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 200 }), (text) => fnv1a64(text) === reference(text)));
});

test('fingerprints survive line moves, tell different findings apart, and number repeats', () => {
  const fp = (ds: Diagnostic[]) =>
    (JSON.parse(formatSarif(report(ds), CODES, {})) as Log).runs[0]!.results.map(
      (r) => r.partialFingerprints['warrant/v1'],
    );
  const [a] = fp([dup]);
  assert.match(a!, /^[0-9a-f]{16}:1$/);
  assert.deepEqual(fp([{ ...dup, line: 70, col: 1 }]), [a]);
  assert.notDeepEqual(fp([{ ...dup, message: 'Duplicate id `C9`.' }]), [a]);
  assert.notDeepEqual(fp([{ ...dup, target: 'C9' }]), [a]);
  assert.notDeepEqual(fp([{ ...dup, file: 'other.yaml' }]), [a]);
  const same = { ...undeveloped, target: undefined };
  const twice = fp([same, { ...same, line: 9 }]);
  assert.equal(twice[0]!.split(':')[0], twice[1]!.split(':')[0]);
  assert.deepEqual(
    twice.map((f) => f!.split(':')[1]),
    ['1', '2'],
  );
});

test('deterministic: same report, same bytes, whatever the input order', () => {
  const a = formatSarif(report([dup, undeveloped], [stale]), CODES, {});
  const b = formatSarif(report([undeveloped, dup], [stale]), [...CODES].reverse(), {});
  assert.equal(a, b);
  assert.ok(a.endsWith('}\n'));
});

test('hostile text is data: JSON-escaped, never interpreted', () => {
  const message = 'x \x1b[2J <script>alert(1)</script> \u202e';
  const out = formatSarif(report([{ ...dup, message }]), CODES, {});
  assertValid(out);
  assert.doesNotMatch(out, /[\x00-\x09\x0b-\x1f\x7f]/);
  assert.equal((JSON.parse(out) as Log).runs[0]!.results[0]!.message.text, `${message}\nHint: Rename one of them.`);
});

test('--quiet: errors only in the results and the rules, and the run says how many were left out', () => {
  const text = formatSarif(limitOutput(report([dup, undeveloped, stale]), { quiet: true }), CODES, {});
  assertValid(text);
  const run = (JSON.parse(text) as Log).runs[0]! as Log['runs'][number] & { properties?: unknown };
  assert.deepEqual(
    run.results.map((r) => r.ruleId),
    ['L11'],
  );
  assert.deepEqual(
    run.tool.driver.rules.map((r) => r.id),
    ['L11'],
  );
  assert.deepEqual(run.properties, { quiet: true, omitted: { warnings: 1, infos: 1 } });
  const full = (JSON.parse(formatSarif(report([dup, undeveloped, stale]), CODES, {})) as Log).runs[0]!;
  assert.equal('properties' in full, false);
});
