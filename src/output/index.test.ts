import assert from 'node:assert/strict';
import { test } from 'node:test';
import { LOADER_CODES } from '../format/codes.js';
import type { CheckReport } from './index.js';
import { formatJson, formatPretty, formatReport, formatSarif, OUTPUT_FORMATS } from './index.js';

const report: CheckReport = {
  tool: { name: 'warrant', version: '0.1.0' },
  failOn: 'error',
  cases: [
    {
      root: 'x',
      diagnostics: [{ code: 'L05', severity: 'error', message: 'Unknown field.', file: 'x.yaml', line: 1, col: 1 }],
    },
  ],
};
const sources = new Map([['x.yaml', 'oops: 1\n']]);

test('formatReport dispatches on the format and passes the options through', () => {
  assert.deepEqual([...OUTPUT_FORMATS], ['pretty', 'json', 'sarif']);
  const common = { color: false, sources, codes: LOADER_CODES };
  assert.equal(formatReport(report, { ...common, format: 'pretty' }), formatPretty(report, sources, { color: false }));
  assert.equal(
    formatReport(report, { ...common, format: 'pretty', color: true }),
    formatPretty(report, sources, { color: true }),
  );
  assert.equal(formatReport(report, { ...common, format: 'json' }), formatJson(report));
  assert.equal(formatReport(report, { ...common, format: 'sarif' }), formatSarif(report, LOADER_CODES, {}));
  assert.equal(
    formatReport(report, { ...common, format: 'sarif', baseUri: '/r' }),
    formatSarif(report, LOADER_CODES, { baseUri: '/r' }),
  );
});
