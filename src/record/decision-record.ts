// The decision record: an in-toto Statement v1 whose subjects are what the
// decision rests on (the git commit, the normalised case, every evidence
// artefact, and, when the review server is used, its event log head and the
// redaction commitment root) and whose predicate says what was known and who
// decided. Built here, pure; the CLI (and later the review server's sign-off)
// supplies the facts that need the file system or the clock.
import type { Case } from '../model/case.js';
import type { DecisionOutcome } from '../model/vocab.js';
import { canonicalJson } from './canonical-json.js';
import { caseDigest, partDigests } from './normalised-case.js';

export const STATEMENT_TYPE = 'https://in-toto.io/Statement/v1';
/** The predicate type of a Warrant decision record (a URN: the project owns no domain to name it by). */
export const DECISION_PREDICATE_TYPE = 'urn:warrant:decision-record:v1';

export interface Subject {
  readonly name: string;
  readonly digest: { readonly sha256: string } | { readonly gitCommit: string };
}

export interface ArtefactDigest {
  readonly evidence: string;
  readonly uri: string;
  readonly sha256: string;
}

/** A sign-off requirement's state at the moment of decision (from the review server; optional). */
export interface SignoffState {
  readonly requirement: string;
  readonly state: 'met' | 'unmet' | 'overridden';
  readonly override?: { readonly by: string; readonly justification: string };
}

export interface DecisionFacts {
  readonly outcome: DecisionOutcome;
  /** When it was decided, ISO-8601 UTC. */
  readonly decidedAt: string;
  /** The date check and status were judged at (YYYY-MM-DD). */
  readonly asOf: string;
  readonly gitCommit?: string;
  readonly artefacts: readonly ArtefactDigest[];
  readonly check: { readonly errors: number; readonly warnings: number; readonly infos: number };
  readonly status: { readonly top?: string; readonly topStatus?: string; readonly counts: Record<string, number> };
  /** The digest of the previous record for this case, or null for the first. */
  readonly previous: string | null;
  readonly reviewLogHead?: string;
  readonly commitmentRoot?: string;
  readonly signoff?: readonly SignoffState[];
}

export interface DecisionPredicate {
  readonly case: { id: string; title: string; version: string; digest: string; parts: Record<string, string> };
  readonly boundary: unknown;
  readonly outcome: DecisionOutcome;
  readonly decidedAt: string;
  readonly asOf: string;
  readonly makers: readonly { name: string; role?: string; conflicts: readonly string[] }[];
  readonly approvals: readonly { name: string; role?: string; verdict: string; concerns?: string; revision: string }[];
  readonly signoff?: readonly SignoffState[];
  readonly openDefeaters: readonly { id: string; text: string; challenges: readonly string[]; due?: string }[];
  readonly dissent: readonly { by: string; text: string }[];
  readonly conditions: readonly { id?: string; text: string; owner?: string; due?: string }[];
  readonly residualRisk: string;
  readonly expires?: string;
  readonly check: DecisionFacts['check'];
  readonly status: DecisionFacts['status'];
  readonly previous: string | null;
}

export interface DecisionStatement {
  readonly _type: typeof STATEMENT_TYPE;
  readonly subject: readonly Subject[];
  readonly predicateType: typeof DECISION_PREDICATE_TYPE;
  readonly predicate: DecisionPredicate;
}

/** Why a case cannot be decided on as it stands, or undefined. */
export function undecidable(c: Case, outcome: DecisionOutcome): string | undefined {
  const d = c.decision?.value;
  if (!d) return 'the case has no `decision:` section: name the decision makers and the residual risk there first';
  if (d.outcome !== outcome) return `the case's decision section says ${d.outcome}, not ${outcome}`;
  return undefined;
}

function subjects(c: Case, digest: string, facts: DecisionFacts): Subject[] {
  const out: Subject[] = [];
  if (facts.gitCommit) out.push({ name: 'git:commit', digest: { gitCommit: facts.gitCommit } });
  out.push({ name: `case:${c.header.value.id}`, digest: { sha256: digest } });
  for (const a of facts.artefacts) out.push({ name: `evidence:${a.evidence}:${a.uri}`, digest: { sha256: a.sha256 } });
  if (facts.reviewLogHead) out.push({ name: 'review-log:head', digest: { sha256: facts.reviewLogHead } });
  if (facts.commitmentRoot) out.push({ name: 'redaction-commitments:root', digest: { sha256: facts.commitmentRoot } });
  return out;
}

function openDefeaters(c: Case): DecisionPredicate['openDefeaters'] {
  const out: { id: string; text: string; challenges: readonly string[]; due?: string }[] = [];
  for (const n of c.nodes.values()) {
    if (n.kind === 'defeater' && n.status === 'open')
      out.push({ id: n.id, text: n.text, challenges: n.challenges, ...(n.due ? { due: n.due } : {}) });
  }
  return out;
}

/** The statement for a decision on case `c`, given the facts the shell gathered. */
export function decisionStatement(c: Case, facts: DecisionFacts): DecisionStatement {
  const h = c.header.value;
  const d = c.decision?.value;
  const parts = partDigests(c);
  const digest = caseDigest(parts);
  const predicate: DecisionPredicate = {
    case: { id: h.id, title: h.title, version: h.version, digest, parts },
    boundary: h.decision_boundary,
    outcome: facts.outcome,
    decidedAt: facts.decidedAt,
    asOf: facts.asOf,
    makers: (d?.makers ?? []).map((m) => ({ name: m.name, role: m.role, conflicts: m.conflicts ?? [] })),
    approvals: (h.reviewers ?? [])
      .filter((r) => r.verdict === 'endorse' || r.verdict === 'endorse-with-concerns')
      .map((r) => ({ name: r.name, role: r.role, verdict: r.verdict!, concerns: r.concerns, revision: h.version })),
    signoff: facts.signoff,
    openDefeaters: openDefeaters(c),
    dissent: (d?.dissent ?? []).map((x) => ({ by: x.by, text: x.text })),
    conditions: (d?.conditions ?? []).map((x) => (typeof x === 'string' ? { text: x } : { ...x })),
    residualRisk: d?.residual_risk ?? '',
    expires: c.changeControl?.value.expires,
    check: facts.check,
    status: facts.status,
    previous: facts.previous,
  };
  return {
    _type: STATEMENT_TYPE,
    subject: subjects(c, digest, facts),
    predicateType: DECISION_PREDICATE_TYPE,
    predicate,
  };
}

/** The exact bytes that are signed: the statement's canonical JSON (byte-stable). */
export function statementBytes(s: DecisionStatement): Uint8Array {
  return new TextEncoder().encode(canonicalJson(s));
}
