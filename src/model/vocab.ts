// The closed vocabularies of the model. Each list is the single source for
// the run-time schema, the JSON Schema, the docs and the checks.

export const CASE_STATUSES = ['draft', 'in-review', 'decided', 'superseded', 'expired'] as const;
export type CaseStatus = (typeof CASE_STATUSES)[number];

export const DECISION_KINDS = [
  'continue-training',
  'internal-deployment',
  'trusted-access',
  'api-launch',
  'agent-tools',
  'sensitive-domain',
  'open-weights',
  'restrict',
] as const;
export type DecisionKind = (typeof DECISION_KINDS)[number];

/** Argument node kinds (GSN v3 names in the comments). */
export const NODE_KINDS = [
  'claim', // GSN goal
  'strategy', // GSN strategy (argument step)
  'evidence', // GSN solution: a reference to evidence items
  'context',
  'assumption',
  'justification',
  'defeater', // GSN dialectic extension: counter-claim or counter-evidence
] as const;
export type NodeKind = (typeof NODE_KINDS)[number];

export const DEFEATER_FORMS = ['counter-claim', 'counter-evidence'] as const;
export type DefeaterForm = (typeof DEFEATER_FORMS)[number];

export const DEFEATER_STATUSES = ['open', 'mitigated', 'accepted', 'refuted'] as const;
export type DefeaterStatus = (typeof DEFEATER_STATUSES)[number];

export const TIERS = ['public', 'internal', 'regulator', 'restricted'] as const;
export type Tier = (typeof TIERS)[number];

export const REDACTION_REASONS = [
  'trade-secret',
  'cybersecurity',
  'public-safety',
  'privacy',
  'national-security',
] as const;
export type RedactionReason = (typeof REDACTION_REASONS)[number];

export const HARM_PATHWAYS = [
  'catastrophic-misuse',
  'cyber',
  'cbrn',
  'loss-of-control',
  'manipulation',
  'autonomous-replication',
  'sabotage',
  'weight-theft',
  'domain-specific',
] as const;
export type HarmPathway = (typeof HARM_PATHWAYS)[number];

export const SEVERITIES = ['low', 'medium', 'high', 'critical'] as const;
export type RiskSeverity = (typeof SEVERITIES)[number];

export const EVIDENCE_KINDS = [
  'capability-evaluation',
  'red-team',
  'control-evaluation',
  'interpretability',
  'monitoring-performance',
  'security-control',
  'incident-record',
  'formal-argument',
  'external-audit',
  'telemetry',
  // Artefacts that are often mistaken for a safety argument. They may be
  // registered, and the rules (a later issue) judge how they are used.
  'benchmark-score',
  'model-card',
  'system-card',
  'risk-register',
  'framework',
  'certificate',
  'regulator-filing',
  // Process and governance evidence (format 2): about how people and the
  // organisation act, not about a model build. Their subject is a process
  // unless the item says otherwise (docs/format.md, "What an item is about").
  'policy', // a written rule of what must be done
  'procedure', // how it is done, step by step: a runbook, a playbook
  'plan', // what will be done: a response plan, a roadmap, a commitment
  'drill', // a live, timed exercise of a process
  'tabletop-exercise', // a rehearsal on paper: walks through a plan, tests nothing live
  'post-mortem', // a review of an incident after the fact
  'contract', // a contract, terms of service or other legal document
] as const;
export type EvidenceKind = (typeof EVIDENCE_KINDS)[number];

export const SOURCE_TYPES = [
  'theory-paper',
  'template',
  'company-framework',
  'risk-report',
  'system-card',
  'regulator-guidance',
  'statute',
  'standard',
  'third-party-evaluation',
  'post-incident-review',
  'internal-test',
] as const;
export type SourceType = (typeof SOURCE_TYPES)[number];

export const POLARITIES = ['supports', 'undermines', 'mixed'] as const;
export type Polarity = (typeof POLARITIES)[number];

/** How an evaluation run ended, as its log records it (Inspect's statuses; a results file without one is `success`). */
export const RUN_STATUSES = ['success', 'error', 'cancelled', 'started'] as const;
export type RunStatus = (typeof RUN_STATUSES)[number];

/** Process and governance evidence kinds: their subject is a process unless `subject` says otherwise. */
export const PROCESS_EVIDENCE_KINDS = [
  'policy',
  'procedure',
  'plan',
  'drill',
  'tabletop-exercise',
  'post-mortem',
  'contract',
] as const satisfies readonly EvidenceKind[];

/** What kind of component an evidence item measured, in `subject.component.kind` (format 2). */
export const SUBJECT_COMPONENT_KINDS = ['monitor', 'classifier', 'scaffold', 'other'] as const;
export type SubjectComponentKind = (typeof SUBJECT_COMPONENT_KINDS)[number];

export const COMPONENT_ROLES = ['agent', 'monitor', 'classifier', 'model', 'other'] as const;
export type ComponentRole = (typeof COMPONENT_ROLES)[number];

export const DECISION_OUTCOMES = ['approve', 'approve-with-conditions', 'reject', 'defer'] as const;
export type DecisionOutcome = (typeof DECISION_OUTCOMES)[number];

export const TRIGGER_KINDS = [
  'new-build',
  'fine-tune',
  'tool-added',
  'population-widened',
  'system-prompt-changed',
  'vulnerability-report',
  'incident',
  'new-capability-evidence',
  'policy-change',
  'threat-intelligence',
  'regulator-request',
  'date',
] as const;
export type TriggerKind = (typeof TRIGGER_KINDS)[number];

/** Where a case stands in publication (format 2, `publication.state`). */
export const PUBLICATION_STATES = ['unpublished', 'published', 'published-with-redactions'] as const;
export type PublicationState = (typeof PUBLICATION_STATES)[number];

export const PARTY_RELATIONS = ['user', 'non-user'] as const;
export type PartyRelation = (typeof PARTY_RELATIONS)[number];

export const REVIEW_VERDICTS = ['endorse', 'endorse-with-concerns', 'object', 'abstain'] as const;
export type ReviewVerdict = (typeof REVIEW_VERDICTS)[number];

export const THRESHOLD_TARGETS = ['value', 'interval-low', 'interval-high'] as const;
export type ThresholdTarget = (typeof THRESHOLD_TARGETS)[number];

/** Named statistics of a result; percentiles are written p<N> (see StatisticSchema). */
export const STATISTICS = ['mean', 'median', 'proportion', 'max', 'min', 'total'] as const;

/** Which side a one-sided confidence bound bounds. */
export const BOUND_SIDES = ['upper', 'lower'] as const;
export type BoundSide = (typeof BOUND_SIDES)[number];

/** A rule's configured severity, or off. */
export const RULE_SETTINGS = ['error', 'warning', 'info', 'off'] as const;
export type RuleSettingValue = (typeof RULE_SETTINGS)[number];

/** What a case's `out_of_scope` entry excludes (format 2). */
export const EXCLUSION_KINDS = ['risk', 'deployment', 'user-group'] as const;
export type ExclusionKind = (typeof EXCLUSION_KINDS)[number];

/** Whom a reviewer can be independent of (format 2, `independent_of`). */
export const INDEPENDENCE_PARTIES = ['authors', 'red-team', 'model-developer', 'business-owner'] as const;
export type IndependenceParty = (typeof INDEPENDENCE_PARTIES)[number];

/** A reviewer's `reviewed` when they reviewed everything (format 2). */
export const WHOLE_CASE = 'whole-case';
