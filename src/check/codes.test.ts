// The code registries, and the types they give diagnostics. The type tests
// below are checked by `npm run typecheck` (tsconfig.test.json): each
// `@ts-expect-error` line must fail to compile, so if the types ever loosen
// to accept a mistyped code, the directive is unused and the typecheck fails.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { EvalLogErrorCode } from '../evidence/eval-run.js';
import type { VerifyCode } from '../evidence/verify.js';
import { LOADER_CODES } from '../format/codes.js';
import { GSN2X_CODES } from '../format/gsn2x/codes.js';
import { diagnostic } from '../format/gsn2x/diag.js';
import type { Diagnostic } from '../model/diagnostic.js';
import { ALL_CODES, RULE_CODES, STRUCTURE_CODES } from './codes.js';
import { report } from './report.js';
import { RULES } from './rules/index.js';
import { STRUCTURE_CHECKS } from './structure/index.js';
import type { CheckMeta } from './types.js';

const at = { file: 'warrant.yaml', line: 1, col: 1 };
const diag = (code: Diagnostic['code']): Diagnostic => ({ code, severity: 'error', message: 'm', ...at });

test('STRUCTURE_CODES is exactly S01 (reported by the loader) and the structural checks, in order', () => {
  assert.deepEqual(['S01', ...STRUCTURE_CHECKS.map((c) => c.meta.code)].sort(), [...STRUCTURE_CODES]);
});

test('no code is registered twice, and every rule id is a rule code', () => {
  const codes = [...ALL_CODES, ...RULE_CODES].map((c) => c.code);
  assert.equal(new Set(codes).size, codes.length);
  assert.deepEqual(
    [...LOADER_CODES, ...GSN2X_CODES].map((c) => c.code.slice(0, 1)).filter((p) => p !== 'L' && p !== 'X'),
    [],
  );
  for (const r of RULES) assert.match(r.meta.id, /^[a-z-]+\/[a-z0-9-]+$/);
});

test('a diagnostic code must come from a registry: a mistyped one does not compile', () => {
  const fine = [diag('L05'), diag('S07'), diag('S01'), diag('X02'), diag('paper-safety/plan-as-evidence')];
  assert.equal(fine.length, 5);
  // @ts-expect-error L99 is no loader code.
  diag('L99');
  // @ts-expect-error no structural check has S99.
  diag('S99');
  // @ts-expect-error codes are upper case.
  diag('l05');
  // @ts-expect-error a rule id names its failure mode.
  diag('plan-as-evidence');
  // @ts-expect-error no rule has this id (RuleCode is the rule list's RuleId).
  diag('paper-safety/plan-as-evidense');
  // @ts-expect-error X08 is no gsn2x code.
  diagnostic('X08', 'error', at, 'm', 'h');
  assert.equal(diagnostic('X07', 'error', at, 'm', 'h').code, 'X07');
  assert.equal(diagnostic('L11', 'error', at, 'm', 'h').code, 'L11');
  // @ts-expect-error the verify report's codes are A01 to A06.
  report({ code: 'A01', severity: 'error' }, { thing: { file: 'f', pos: { line: 1, col: 1 } } }, 'm', 'h');
});

test('registries type their own codes: checks, verify codes, evaluation-log errors', () => {
  const meta: CheckMeta['code'] = 'S28';
  // @ts-expect-error a structural check's code is an S code.
  const loaderInCheck: CheckMeta['code'] = 'L05';
  const verify: VerifyCode = 'A05';
  // @ts-expect-error A07 is no verify code.
  const noVerify: VerifyCode = 'A07';
  const logError: EvalLogErrorCode = 'E0808';
  // @ts-expect-error E0899 is no reader error.
  const noLogError: EvalLogErrorCode = 'E0899';
  assert.deepEqual(
    [meta, loaderInCheck, verify, noVerify, logError, noLogError],
    ['S28', 'L05', 'A05', 'A07', 'E0808', 'E0899'],
  );
});
