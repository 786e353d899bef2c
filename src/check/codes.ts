// Every stable code Warrant reports: the loader's and the structural checks',
// and the types that hold a diagnostic to them (DiagnosticCode in model/diagnostic.ts).
import { LOADER_CODES } from '../format/codes.js';
import { GSN2X_CODES } from '../format/gsn2x/codes.js';
import type { CodeInfo } from '../model/diagnostic.js';
import { RULES, type RuleId } from './rules/index.js';
import { STRUCTURE_CHECKS } from './structure/index.js';

/**
 * The structural checks' codes. Each check module declares its own metadata,
 * so this list is what a check's `meta.code` is typed by: a check with a
 * mistyped code does not compile, and codes.test.ts holds the list and the
 * checks (STRUCTURE_CHECKS, and S01 below) to each other.
 */
export const STRUCTURE_CODES = [
  'S01',
  'S02',
  'S03',
  'S04',
  'S05',
  'S06',
  'S07',
  'S08',
  'S09',
  'S10',
  'S11',
  'S12',
  'S13',
  'S14',
  'S15',
  'S16',
  'S17',
  'S18',
  'S19',
  'S20',
  'S21',
  'S22',
  'S23',
  'S24',
  'S25',
  'S26',
  'S27',
  'S28',
  'S29',
  'S30',
  'S31',
  'S32',
  'S33',
  'S34',
  'S35',
] as const;
export type StructureCode = (typeof STRUCTURE_CODES)[number];

/** A rule's id, which is the code of its findings: one of the rules' ids (RuleId, from the rule list). */
export type RuleCode = RuleId;

/** S01 is reported by the loader (the node kind is part of the schema) but is a structural check. */
const UNKNOWN_NODE_KIND = {
  code: 'S01',
  name: 'unknown-node-kind',
  title: 'Unknown node kind',
  severity: 'error',
  gsn2x: 'V01',
  description:
    'Every argument node has a `kind`: claim, strategy, evidence, context, assumption, justification or defeater. GSN names (goal, solution) are suggested as their Warrant equivalents.',
} as const satisfies CodeInfo & { code: StructureCode };

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
