// Every stable code Warrant reports: the loader's and the structural checks'.
import { LOADER_CODES } from '../format/codes.js';
import { GSN2X_CODES } from '../format/gsn2x/codes.js';
import type { CodeInfo } from '../model/diagnostic.js';
import { RULES } from './rules/index.js';
import { STRUCTURE_CHECKS } from './structure/index.js';

/** S01 is reported by the loader (the node kind is part of the schema) but is a structural check. */
const UNKNOWN_NODE_KIND: CodeInfo = {
  code: 'S01',
  name: 'unknown-node-kind',
  title: 'Unknown node kind',
  severity: 'error',
  gsn2x: 'V01',
  description:
    'Every argument node has a `kind`: claim, strategy, evidence, context, assumption, justification or defeater. GSN names (goal, solution) are suggested as their Warrant equivalents.',
};

export const ALL_CODES: readonly CodeInfo[] = [
  ...LOADER_CODES,
  UNKNOWN_NODE_KIND,
  ...STRUCTURE_CHECKS.map(({ meta: { examples: _examples, ...info } }) => info),
  ...GSN2X_CODES,
];

/** The rules, described as codes for the output formats (SARIF's rule list). */
export const RULE_CODES: readonly CodeInfo[] = RULES.map(({ meta }) => ({
  code: meta.id,
  name: meta.id.slice(meta.id.indexOf('/') + 1),
  title: meta.title,
  severity: meta.severity,
  description: meta.rationale,
}));
