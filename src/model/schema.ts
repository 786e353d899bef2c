// The case format, defined once. These zod schemas validate files at run time
// and generate schema/warrant.schema.json (scripts/gen-schema.ts), so the
// editor's schema and the loader can never disagree.
import { z } from 'zod';
import {
  BOUND_SIDES,
  CASE_STATUSES,
  COMPONENT_ROLES,
  DECISION_KINDS,
  DECISION_OUTCOMES,
  DEFEATER_FORMS,
  DEFEATER_STATUSES,
  EVIDENCE_KINDS,
  EXCLUSION_KINDS,
  HARM_PATHWAYS,
  INDEPENDENCE_PARTIES,
  PARTY_RELATIONS,
  POLARITIES,
  PUBLICATION_STATES,
  REDACTION_REASONS,
  REVIEW_VERDICTS,
  RULE_SETTINGS,
  RUN_STATUSES,
  SEVERITIES,
  SOURCE_TYPES,
  STATISTICS,
  SUBJECT_COMPONENT_KINDS,
  THRESHOLD_TARGETS,
  TIERS,
  TRIGGER_KINDS,
  WHOLE_CASE,
} from './vocab.js';

/** The current format version, written as `warrant: 2` at the top of a root file. */
export const FORMAT_VERSION = 2;

/** Every format version the loader reads: format 1 still loads (docs/format.md, "Format versions"). */
export const FORMAT_VERSIONS = [1, 2] as const;
export type FormatVersion = (typeof FORMAT_VERSIONS)[number];

export const ID_PATTERN = /^[A-Za-z][A-Za-z0-9_.-]*$/;
const DATE_PATTERN = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;
const SHA256_PATTERN = /^[0-9a-f]{64}$/;

const text = (description: string) => z.string().min(1).describe(description);
const id = z.string().regex(ID_PATTERN).describe('An identifier: a letter, then letters, digits, ".", "_" or "-".');
const idList = (description: string) => z.array(id).describe(description);
const date = z.string().regex(DATE_PATTERN).describe('A calendar date, YYYY-MM-DD.');
const sha256 = z.string().regex(SHA256_PATTERN).describe('A lowercase hex SHA-256 digest (64 characters).');
const tier = z.enum(TIERS).describe('Publication tier: who may see this item.');
const stringList = (description: string) => z.array(z.string().min(1)).describe(description);

export const PersonSchema = z
  .strictObject({
    name: text("The person's name."),
    role: z.string().optional().describe('Their role in this case or decision.'),
    team: z.string().optional().describe('Team, used to detect reviewers from the authoring team.'),
    organisation: z.string().optional().describe('Organisation they belong to.'),
    external: z.boolean().optional().describe('True if independent of the developer.'),
    conflicts: stringList('Declared conflicts of interest.').optional(),
    verdict: z.enum(REVIEW_VERDICTS).optional().describe("A reviewer's verdict on the case."),
    concerns: z.string().optional().describe('Concerns the reviewer raised.'),
  })
  .meta({ id: 'Person', description: 'A person named in the case.' });

export const ReviewScopeSchema = z
  .union([
    z.literal(WHOLE_CASE).describe('The reviewer reviewed the whole case.'),
    z
      .strictObject({
        risks: idList('Risks whose argument they reviewed: the claims addressing each, and all below them.').optional(),
        claims: idList('Claims they reviewed, with everything below each.').optional(),
        evidence: idList('Evidence items they reviewed.').optional(),
      })
      .describe('The parts of the case they reviewed.'),
  ])
  .meta({
    id: 'ReviewScope',
    description: `What a reviewer reviewed: "${WHOLE_CASE}", or the risks, claims and evidence items they examined.`,
  });

export const ReviewerSchema = z
  .strictObject({
    ...PersonSchema.shape,
    reviewed: ReviewScopeSchema.optional(),
    independent_of: z
      .array(z.enum(INDEPENDENCE_PARTIES))
      .optional()
      .describe(
        'Whom the reviewer is independent of. Given, it is the whole list; absent, `external: true` means independent of the model developer.',
      ),
  })
  .meta({ id: 'Reviewer', description: 'A reviewer: a person, what they reviewed and whom they are independent of.' });

export const ExclusionSchema = z
  .strictObject({
    kind: z.enum(EXCLUSION_KINDS).describe('What is excluded: a risk, a deployment, or a group of users.'),
    what: text('What the case does not cover, in words, e.g. "The fine-tuning endpoint", "Users under 18".'),
    reason: text('Why it is not covered here.'),
    covered_by: id.optional().describe('Id of the case that covers it, where one does.'),
    risk: id.optional().describe('For a risk: its id in the risk model, if it is listed there.'),
    channel: z.string().min(1).optional().describe('For a deployment: the deployment channel not covered.'),
    tools: stringList('For a deployment: tools not covered.').optional(),
    access_tier: z.string().min(1).optional().describe('For a deployment or user group: the access tier not covered.'),
    terms: stringList(
      'Other words that name the excluded thing in text ("minors", "under-18s"), used to find conditions and deployment details that reach into it.',
    ).optional(),
  })
  .meta({ id: 'Exclusion', description: 'Something the case explicitly does not cover.' });

export const DecisionBoundarySchema = z
  .strictObject({
    kind: z.enum(DECISION_KINDS).describe('The kind of decision this case supports.'),
    decision: text(
      'The exact decision in words, e.g. "Make build 2026-10-03 available through the public API to verified developers".',
    ),
    system: z.string().optional().describe('The system the decision is about, in words.'),
  })
  .meta({ id: 'DecisionBoundary', description: 'The decision boundary: the one decision this case is for.' });

export const CaseHeaderSchema = z
  .strictObject({
    id,
    title: text('Title of the case.'),
    version: z.string().min(1).describe('Version of this case, as a string ("1.2.0"). Quote numbers.'),
    status: z.enum(CASE_STATUSES).describe('Lifecycle status of the case.'),
    decision_boundary: DecisionBoundarySchema,
    summary: z.string().optional().describe('A short summary for readers.'),
    authors: z.array(PersonSchema).optional().describe('The authoring team.'),
    reviewers: z.array(ReviewerSchema).optional().describe('Reviewers of this case.'),
    tier: tier.optional(),
    valid_from: date.optional().describe('The date from which the case is valid (format 2).'),
    out_of_scope: z
      .array(ExclusionSchema)
      .optional()
      .describe('What the case explicitly does not cover: risks, deployments, user groups (format 2).'),
    based_on: z
      .strictObject({
        case: id.describe('Id of the earlier case this one reuses.'),
        version: z.string().optional(),
        decision_kind: z.enum(DECISION_KINDS).optional().describe('The decision the earlier case was made for.'),
      })
      .optional()
      .describe('An earlier case this one reuses arguments or evidence from.'),
  })
  .meta({ id: 'CaseHeader', description: 'Case header.' });

export const ComponentSchema = z
  .strictObject({
    id: id.optional().describe('Component id, so paths can name it: context.model.components.<id>.build.'),
    role: z.enum(COMPONENT_ROLES).describe('What the component does in the system.'),
    name: z.string().optional().describe('Component name.'),
    model: z.string().optional().describe('Model id of this component.'),
    build: text('Exact build, checkpoint or snapshot decided on.'),
    version: z
      .string()
      .min(1)
      .optional()
      .describe(
        "Release version of the component, where it is versioned apart from its model build (a classifier's release, a monitor's rule set): what `subject.component.version` is compared with (format 2).",
      ),
    weights_sha256: sha256.optional(),
  })
  .meta({ id: 'Component', description: 'One model component of the deployed system.' });

export const ContextSchema = z
  .strictObject({
    model: z
      .strictObject({
        id: text('Model identifier.'),
        build: text('Exact build or checkpoint decided on.'),
        weights_sha256: sha256.optional(),
        components: z.array(ComponentSchema).optional().describe('Per-component builds: agent, monitor, classifier.'),
      })
      .describe('The model decided on.'),
    deployment_channel: text('Deployment channel, e.g. "public API", "internal agent platform".'),
    user_population: z
      .strictObject({
        description: text('Who the users are.'),
        size: z
          .union([z.number().int().nonnegative(), z.string().min(1)])
          .optional()
          .describe('How many users (a number or a bound such as "< 500").'),
        access_tier: z.string().optional().describe('Access tier of these users, if any.'),
      })
      .describe('The user population.'),
    tools: stringList('Tools the model can use.').optional(),
    access_controls: stringList('Access controls in place.').optional(),
    monitoring: stringList('Monitoring in place.').optional(),
    data_access: stringList('Data the system can read or write.').optional(),
    allowed_actions: stringList('Actions the system may take.').optional(),
    max_steps: z.number().int().positive().optional().describe('Tool-step budget per task or episode in deployment.'),
    system_prompt_version: z.string().optional().describe('Version of the system prompt.'),
    scaffold_version: z.string().optional().describe('Version of the agent scaffold.'),
    incident_response: z.string().optional().describe('Incident response arrangements.'),
    notes: z.string().optional(),
  })
  .meta({ id: 'Context', description: 'Operational context: the exact system and deployment decided on.' });

export const RiskSchema = z
  .strictObject({
    title: text('Short name of the risk.'),
    pathway: z.enum(HARM_PATHWAYS).describe('Harm pathway.'),
    severity: z.enum(SEVERITIES).describe('Severity if the harm occurs.'),
    threat_actors: stringList('Threat actors considered.').optional(),
    description: z.string().optional(),
    tier: tier.optional(),
  })
  .meta({ id: 'Risk', description: 'One harm pathway in the risk model.' });

/** A confidence level strictly between 0 and 1. */
const confidenceLevel = z.number().gt(0).lt(1);

export const StatisticSchema = z.union([z.enum(STATISTICS), z.string().regex(/^p(?:[1-9]\d?(?:\.\d+)?)$/)]).meta({
  id: 'Statistic',
  description:
    'Which summary of the measurements a number is: `mean`, `median`, `proportion` (events over trials), `max`, `min`, `total`, or a percentile `p<N>` (`p90`, `p99`, `p99.9`; `median` is `p50`).',
});

export const ThresholdSchema = z
  .strictObject({
    on: z
      .enum(THRESHOLD_TARGETS)
      .optional()
      .describe('What is compared with the bound: the point estimate (default) or an end of the interval.'),
    max: z.number().optional().describe('Inclusive upper bound the measured value must not exceed.'),
    min: z.number().optional().describe('Inclusive lower bound the measured value must reach.'),
    unit: z.string().optional(),
    text: z.string().optional().describe('The threshold in words.'),
    statistic: StatisticSchema.optional().describe(
      'The statistic the bound is stated on, e.g. `p90` for "90th-percentile latency under 2 s"; a result reporting another statistic (a mean) does not show it.',
    ),
    confidence: confidenceLevel
      .optional()
      .describe(
        'The one-sided confidence level at which the bound must be shown (with `on: interval-high` or `interval-low`), e.g. 0.95.',
      ),
  })
  .meta({ id: 'Threshold', description: 'An operational threshold: max, min, or both.' });

export const ThresholdChangeSchema = z
  .strictObject({
    date,
    threshold: ThresholdSchema,
    set_by: text('Who set or changed it.'),
    reason: text('Why it was set or changed.'),
    results_known: z.boolean().optional().describe('True if the evaluation results were known when it changed.'),
  })
  .meta({ id: 'ThresholdChange', description: "One entry in a threshold's history." });

export const CriterionSchema = z
  .strictObject({
    statement: text('The criterion in words.'),
    risks: idList('Risks this criterion governs.').optional(),
    metric: z.string().optional().describe('The metric the threshold applies to.'),
    threshold: ThresholdSchema.optional(),
    history: z.array(ThresholdChangeSchema).optional().describe('Every change of the threshold, oldest first.'),
  })
  .meta({ id: 'Criterion', description: 'One acceptability criterion.' });

export const AffectedPartySchema = z
  .strictObject({
    group: text('Who is affected.'),
    relation: z.enum(PARTY_RELATIONS).describe('Users of the system, or people affected without using it.'),
    description: z.string().optional(),
  })
  .meta({ id: 'AffectedParty', description: 'A party affected by the decision.' });

export const AcceptabilitySchema = z
  .strictObject({
    standard: text('Whose standard of acceptability applies.'),
    set_by: text('Who set the standard.'),
    rationale: z.string().optional().describe('Why those affected should accept the residual harms.'),
    affected_parties: z.array(AffectedPartySchema).optional(),
    residual_harms: stringList('Harms that remain if the decision is taken.').optional(),
    criteria: z.record(id, CriterionSchema).optional().describe('Acceptability criteria by id.'),
  })
  .meta({ id: 'Acceptability', description: 'Acceptability criteria.' });

// ---- argument nodes --------------------------------------------------------

const nodeCommon = {
  text: text('What the node states. Simple Markdown is allowed.'),
  tier: tier.optional(),
  owner: z.string().optional().describe('Who is responsible for this node.'),
  url: z.string().optional().describe('A link for readers.'),
  defeated: z.boolean().optional().describe('Marks the node as defeated (GSN dialectic); something must challenge it.'),
  defeated_relations: idList('Ids this node links to whose relation is marked defeated (GSN dialectic).').optional(),
  acp: z
    .record(id, z.union([id, z.array(id)]))
    .optional()
    .describe('Assurance claim points: name to the node ids (this node or one it links to) it qualifies.'),
  layout: z
    .record(z.string(), z.unknown())
    .optional()
    .describe('Layout hints kept for interchange (gsn2x horizontalIndex, rankIncrement, charWrap, classes, layers).'),
};

const supportedBy = idList('Ids of the claims, strategies or evidence nodes that support this node.').optional();
const inContextOf = idList('Ids of the context, assumption or justification nodes this node is stated in.').optional();
const undeveloped = z.boolean().optional().describe('True if this node is deliberately left undeveloped.');

/**
 * Support is conjunctive unless a claim or strategy declares otherwise: then
 * its supporting nodes are alternatives, any `at_least` of which establish it
 * (docs/analysis.md). The justification is required: redundancy is claimed,
 * and a reviewer must see why the legs do not fail together.
 */
export const SupportDeclarationSchema = z
  .strictObject({
    at_least: z
      .number()
      .int()
      .positive()
      .describe('How many of the supporting nodes must hold for this node to be established.'),
    justification: text(
      'Why the supporting nodes are independent, diverse lines of argument or evidence, any `at_least` of which suffice.',
    ),
  })
  .meta({
    id: 'SupportDeclaration',
    description: 'The supporting nodes are alternatives: any `at_least` of them establish the node.',
  });
const support = SupportDeclarationSchema.optional().describe(
  'Declares the supporting nodes alternatives (k of n). Without it, the node needs all of its support.',
);

export const ClaimSchema = z
  .strictObject({
    kind: z.literal('claim'),
    ...nodeCommon,
    supported_by: supportedBy,
    support,
    in_context_of: inContextOf,
    undeveloped,
    addresses: idList('Risks this claim addresses.').optional(),
    criteria: idList('Acceptability criteria this claim relies on.').optional(),
  })
  .meta({ id: 'Claim', description: 'A claim (GSN goal).' });

export const StrategySchema = z
  .strictObject({
    kind: z.literal('strategy'),
    ...nodeCommon,
    supported_by: supportedBy,
    support,
    in_context_of: inContextOf,
    undeveloped,
  })
  .meta({ id: 'Strategy', description: 'A strategy: how a claim is broken down.' });

export const EvidenceNodeSchema = z
  .strictObject({
    kind: z.literal('evidence'),
    ...nodeCommon,
    evidence: idList('Evidence registry items this node cites.').optional(),
    in_context_of: inContextOf,
  })
  .meta({ id: 'EvidenceNode', description: 'An evidence reference (GSN solution).' });

export const ContextNodeSchema = z
  .strictObject({
    kind: z.literal('context'),
    ...nodeCommon,
    ref: z
      .string()
      .optional()
      .describe('A path into the operational context this node refers to, e.g. "context.tools".'),
  })
  .meta({ id: 'ContextNode', description: 'A context statement.' });

export const AssumptionSchema = z
  .strictObject({
    kind: z.literal('assumption'),
    ...nodeCommon,
    in_context_of: idList(
      'Ids of the context or justification nodes this assumption is stated in: why it is reasonable, or what it is about (format 2).',
    ).optional(),
  })
  .meta({ id: 'Assumption', description: 'An assumption.' });
export const JustificationSchema = z
  .strictObject({
    kind: z.literal('justification'),
    ...nodeCommon,
    bridges: z
      .array(
        z.strictObject({
          from: text('What was measured, e.g. a build id.'),
          to: text('What was decided on, e.g. the deployed build id.'),
        }),
      )
      .optional()
      .describe('Scope gaps this justification argues away: evidence measured on `from` also holds for `to`.'),
    evidence: idList(
      'Evidence registry items the justification rests on, e.g. the bridging evaluation. A bridge resting on none does not count.',
    ).optional(),
  })
  .meta({ id: 'Justification', description: 'A justification.' });

export const ResolutionSchema = z
  .strictObject({
    summary: text('What mitigated, accepted or refuted the defeater.'),
    refs: idList('Nodes or evidence items that mitigate or refute it.').optional(),
    owner: z.string().optional().describe('Who owns the residual risk or the mitigation.'),
    date: date.optional(),
    signed_off_by: z.string().optional().describe('Who signed off the resolution.'),
  })
  .meta({ id: 'Resolution', description: 'How a defeater was resolved.' });

export const DefeaterSchema = z
  .strictObject({
    kind: z.literal('defeater'),
    ...nodeCommon,
    form: z.enum(DEFEATER_FORMS).optional().describe('Counter-claim (default) or counter-evidence.'),
    challenges: z.array(z.string().min(1)).describe('What it challenges: node ids, or links written "FROM -> TO".'),
    status: z
      .enum(DEFEATER_STATUSES)
      .describe('open, mitigated (by what), accepted as residual risk (by whom), refuted (by what).'),
    resolution: ResolutionSchema.optional(),
    due: date.optional().describe('For an open defeater: when it must be resolved.'),
    tracked_by: id
      .optional()
      .describe('For an open defeater: the id of the decision condition that tracks it (owner, due date, fallback).'),
    supported_by: supportedBy,
    in_context_of: inContextOf,
    evidence: idList('Counter-evidence items.').optional(),
  })
  .meta({ id: 'Defeater', description: 'A defeater: a counter-claim or counter-evidence.' });

export const NodeSchema = z.discriminatedUnion('kind', [
  ClaimSchema,
  StrategySchema,
  EvidenceNodeSchema,
  ContextNodeSchema,
  AssumptionSchema,
  JustificationSchema,
  DefeaterSchema,
]);

// ---- evidence registry -------------------------------------------------------

export const MeasuredSchema = z
  .strictObject({
    model: z.string().optional().describe('Model id measured.'),
    build: text('Exact build, checkpoint or snapshot measured.'),
    component: z.enum(COMPONENT_ROLES).optional().describe('Which component was measured.'),
    scaffold: z.string().optional(),
    prompt_version: z.string().optional(),
    tools: stringList('Tools available during the measurement.').optional(),
    max_steps: z.number().int().positive().optional().describe('Tool-step budget per episode.'),
    access_tier: z.string().optional().describe('Access tier simulated.'),
    population: z.string().optional().describe('User population the evidence was drawn from.'),
    elicitation: z.string().optional().describe('Elicitation effort: fine-tuning, prompting, hours, anti-sandbagging.'),
  })
  .meta({ id: 'Measured', description: 'The build and configuration the evidence measured.' });

export const ComponentSubjectSchema = z
  .strictObject({
    id: id
      .optional()
      .describe(
        'Id of the component in `context.model.components`, whose version or build the measured version must match.',
      ),
    kind: z.enum(SUBJECT_COMPONENT_KINDS).describe('What the component is.'),
    version: text('The version of the component that was measured, e.g. "2.3" or "cot-monitor-2.3".'),
  })
  .meta({ id: 'ComponentSubject', description: 'A component of the system measured on its own, with its version.' });

export const SubjectSchema = z
  .union([
    z.strictObject({ model: text('Id of the model measured; its build is `measured.build`.') }),
    z.strictObject({ component: ComponentSubjectSchema }),
    z.strictObject({
      process: text('The process the item is about, e.g. "on-call incident response" or "access review".'),
    }),
  ])
  .meta({
    id: 'Subject',
    description:
      'What the evidence is about (format 2): the model (`{ model: m7 }`), one component with its version (`{ component: { kind: monitor, version: "2.3" } }`) or a process (`{ process: on-call rota }`). Absent: a process for the process kinds, else the model.',
  });

export const ConfidenceBoundSchema = z
  .strictObject({
    side: z.enum(BOUND_SIDES).describe('`upper`: the true value is at most `value`; `lower`: at least `value`.'),
    value: z.number().describe('The bound.'),
    confidence: confidenceLevel.describe('One-sided confidence level of the bound, e.g. 0.95.'),
    method: z.string().optional().describe('How it was computed, e.g. "Clopper-Pearson", "Jeffreys", "bootstrap".'),
  })
  .meta({
    id: 'ConfidenceBound',
    description:
      'A one-sided confidence bound: "with 95% confidence the rate is at most 0.03". A two-sided interval is `interval` with `confidence`.',
  });

export const SampleFrameSchema = z
  .strictObject({
    population: text('Who or what the sample was drawn from, e.g. "Team-plan pilot customers in the UK".'),
    size: z
      .number()
      .int()
      .nonnegative()
      .optional()
      .describe(
        'How many units (users, accounts, organisations) the frame holds; compared with the decided population.',
      ),
    unit: z.string().optional().describe('What a unit of the frame is, e.g. "users" or "organisations".'),
    share: z
      .number()
      .gt(0)
      .max(1)
      .optional()
      .describe(
        'The part of the decided population the frame covers, as a fraction, when it is known that way (e.g. by traffic) rather than by count.',
      ),
    excludes: stringList(
      'Kinds of user, tiers or segments of the decided population the frame left out, e.g. "free tier", "enterprise".',
    ).optional(),
  })
  .meta({
    id: 'SampleFrame',
    description:
      'The population the sample was drawn from (the sampling frame), compared with the decided population: a pilot or a segment covers only part of it.',
  });

export const ResultSchema = z
  .strictObject({
    task: z
      .string()
      .min(1)
      .optional()
      .describe(
        'The task, subset or sub-metric this result is for, when an item has several, e.g. "wmdp-bio" or "overall".',
      ),
    metric: text('What was measured.'),
    statistic: StatisticSchema.optional(),
    value: z.number().optional().describe('The estimate: the statistic named by `statistic` (a mean if unstated).'),
    interval: z.tuple([z.number(), z.number()]).optional().describe('Two-sided confidence interval [low, high].'),
    confidence: confidenceLevel.optional().describe('Confidence level of the two-sided interval, e.g. 0.95.'),
    bound: ConfidenceBoundSchema.optional(),
    threshold: ThresholdSchema.optional(),
    criterion: id
      .optional()
      .describe(
        'The acceptability criterion whose threshold this result is judged against, when it has none of its own.',
      ),
    sample_size: z.number().int().nonnegative().optional(),
    frame: SampleFrameSchema.optional(),
    summary: z.string().optional(),
  })
  .meta({ id: 'Result', description: 'One result: an estimate of one statistic, its uncertainty and its threshold.' });

const count = (description: string) => z.number().int().nonnegative().describe(description);
const timestamp = (description: string) =>
  z.string().min(1).describe(`${description} ISO 8601, as the log records it.`);

export const RunScoreSchema = z
  .strictObject({
    name: z
      .string()
      .optional()
      .describe(
        'The score\'s name, when it differs from the scorer\'s (an lm-evaluation-harness filter such as "strict-match").',
      ),
    scorer: text('The scorer that produced these metrics.'),
    reducer: z.string().optional().describe('How scores over epochs were reduced (e.g. "mean"), when the log says.'),
    metrics: z
      .record(z.string().min(1), z.number().nullable())
      .describe(
        'Metric name to value, in the order the log lists them; a reported standard error appears as "<metric>_stderr". null where the log records NaN, an infinity or no number.',
      ),
  })
  .meta({ id: 'RunScore', description: 'The metrics one scorer reported for the whole run.' });

export const EvalProvenanceSchema = z
  .strictObject({
    framework: text('The evaluation framework that wrote the log: "inspect_ai" or "lm-evaluation-harness".'),
    framework_version: z.string().optional().describe('Version of the framework that wrote the log.'),
    log_format: z
      .string()
      .optional()
      .describe('Format of the log file: "inspect-json", "inspect-eval" or "lm-eval-results".'),
    log_version: z
      .number()
      .int()
      .optional()
      .describe('Version of the log format the file declares (Inspect 1, 2 or 3).'),
    eval_id: z.string().optional().describe("The framework's id for this evaluation."),
    run_id: z.string().optional().describe("The framework's id for the run this evaluation belonged to."),
    eval_set_id: z.string().optional().describe('The eval set this evaluation belonged to.'),
    task: text('Task name as the log records it.'),
    task_id: z.string().optional().describe("The framework's id for the task instance."),
    task_version: z
      .union([z.number(), z.string().min(1)])
      .optional()
      .describe('Task version, as the log records it.'),
    task_file: z.string().optional().describe('Source file that defined the task.'),
    registry_name: z.string().optional().describe('Registry name of the task (e.g. "inspect_evals/mmlu_0_shot").'),
    registry_version: z
      .string()
      .optional()
      .describe('Version of the package the registered task came from (e.g. inspect_evals), when the log records it.'),
    task_args: z
      .record(z.string().min(1), z.unknown())
      .optional()
      .describe('Arguments the task was run with, as the log records them.'),
    n_shot: z.number().int().nonnegative().optional().describe('Few-shot examples per prompt (lm-evaluation-harness).'),
    requested_model: text('The model the run asked for (may be an alias such as "openai/gpt-4o").'),
    reported_models: stringList(
      'Model snapshots the provider reported serving, sorted. The first is `measured.build`.',
    ).optional(),
    reported_from: z.string().optional().describe('Where the snapshot was read: "sample-output" or "model-usage".'),
    model_roles: z
      .record(z.string().min(1), z.string())
      .optional()
      .describe('Other models the run used, by role (e.g. a grader).'),
    generate_config: z
      .record(z.string().min(1), z.unknown())
      .optional()
      .describe(
        'Generation settings the run passed to the model (temperature, max tokens, reasoning effort, ...), as the log records them.',
      ),
    solver: stringList("The solver plan: the named solver or agent, then each plan step's name, in order.").optional(),
    tools: stringList('Tools the plan granted the model, sorted.').optional(),
    sandbox: z
      .string()
      .optional()
      .describe('Sandbox the tools ran in: its type, and its configuration file after a colon.'),
    dataset: z
      .strictObject({
        name: z.string().optional(),
        location: z.string().optional(),
        samples: count('Samples in the dataset (before any limit).').optional(),
      })
      .optional()
      .describe('The dataset the task drew its samples from.'),
    epochs: z.number().int().positive().optional().describe('How many times each sample was run.'),
    git: z
      .strictObject({
        origin: z.string().optional().describe('Remote the evaluation code came from.'),
        commit: z.string().optional().describe('Commit of the evaluation code (possibly abbreviated).'),
        dirty: z.boolean().optional().describe('True if the working tree had uncommitted changes.'),
      })
      .optional()
      .describe('The revision of the evaluation code, as the log records it.'),
    created: timestamp('When the evaluation was created.').optional(),
    started: timestamp('When the run started.').optional(),
    completed: timestamp('When the run completed.').optional(),
    status: z
      .enum(RUN_STATUSES)
      .describe(
        'How the run ended. Only `success` is a completed run: an imported `error`, `cancelled` or `started` run carries a `review` marker.',
      ),
    error: z.string().optional().describe('The error the run ended with, if the log gives one.'),
    invalidated: z
      .boolean()
      .optional()
      .describe('True if the framework marked the log invalidated; such a run carries a `review` marker.'),
    samples: z
      .strictObject({
        total: count('Samples the run set out to evaluate.').optional(),
        completed: count('Samples completed.').optional(),
        errored: count('Samples that ended in an error.').optional(),
      })
      .optional()
      .describe('Sample counts.'),
    scores: z
      .array(RunScoreSchema)
      .optional()
      .describe('Every score with its scorer, reducer and metrics, in log order; `result` holds the headline.'),
    headline: z.string().optional().describe('Which metric `result` was taken from, as "<score>/<metric>".'),
    reader_notes: stringList(
      'What the reader had to tolerate or reconstruct to read the log, one sentence each.',
    ).optional(),
  })
  .meta({
    id: 'EvalProvenance',
    description:
      'What an imported evaluation log records about its run (written by `warrant evidence import`; `warrant evidence verify` re-hashes the artefact).',
  });

export const ReviewMarkerSchema = z
  .strictObject({
    reason: text('Why the item, and the claims resting on it, need review.'),
    since: date.describe('When the item changed in a way that needs review (the date of the run that changed it).'),
    claims: idList('Claims resting on the item when it was marked, nearest first.').optional(),
    changes: stringList('What changed, one line each, e.g. "accuracy: 0.62 -> 0.71".').optional(),
  })
  .meta({
    id: 'ReviewMarker',
    description:
      'A marker that the evidence changed (re-import with a different result, snapshot or sample count) or came from an unfinished run, so the claims resting on it must be reviewed. Remove it once reviewed.',
  });

export const EvidenceItemSchema = z
  .strictObject({
    title: text('What this evidence is.'),
    kind: z.enum(EVIDENCE_KINDS),
    source_type: z.enum(SOURCE_TYPES),
    subject: SubjectSchema.optional(),
    measured: MeasuredSchema.optional(),
    date,
    environment: z.string().optional(),
    produced_by: text('Who produced it.'),
    external: z.boolean().optional().describe('True if produced outside the developer.'),
    replicated: z.boolean().optional().describe('True if externally replicated.'),
    tier: tier.optional(),
    artefact: z.strictObject({ uri: text('Path or URI of the artefact.'), sha256: sha256.optional() }).optional(),
    result: ResultSchema.optional().describe('The result, when the item has one (format 1 and 2).'),
    results: z
      .array(ResultSchema)
      .min(1)
      .optional()
      .describe(
        'Several results (format 2): one per task or sub-metric, each with its own threshold or criterion. With `result` too, `result` is the headline (the aggregate).',
      ),
    polarity: z
      .enum(POLARITIES)
      .optional()
      .describe(
        'Whether it supports or undermines what cites it. Absent (format 2), an item a defeater cites as counter-evidence reads as `undermines`; any other item must say.',
      ),
    expires: date.optional().describe('Date after which this evidence no longer counts.'),
    valid_for_days: z.number().int().positive().optional().describe('Validity window from its date.'),
    notes: z.string().optional(),
    review: ReviewMarkerSchema.optional(),
    provenance: EvalProvenanceSchema.optional(),
  })
  .meta({ id: 'EvidenceItem', description: 'One evidence item with provenance.' });

// ---- decision, change control, publication -----------------------------------

export const ThresholdChangeByConditionSchema = z
  .strictObject({
    criterion: id.describe('The acceptability criterion whose threshold the condition sets.'),
    max: z.number().optional().describe('The upper bound that applies under the condition.'),
    min: z.number().optional().describe('The lower bound that applies under the condition.'),
  })
  .meta({ id: 'ConditionThreshold', description: "A criterion's bound as a condition sets it." });

export const ConditionExtendsSchema = z
  .strictObject({
    tools: stringList('Tools the condition lets the system use.').optional(),
    deployment_channel: z.string().min(1).optional().describe('A deployment channel the condition opens.'),
    access_tier: z.string().min(1).optional().describe('An access tier the condition opens.'),
    user_groups: stringList(
      'User groups the condition lets in, in words ("enterprise customers", "minors").',
    ).optional(),
    max_steps: z.number().int().positive().optional().describe('A tool-step budget the condition allows.'),
    thresholds: z
      .array(ThresholdChangeByConditionSchema)
      .optional()
      .describe('Criterion bounds that apply once the condition is met.'),
  })
  .meta({
    id: 'ConditionExtends',
    description:
      'What a condition lets the decision reach once it is met: tools, channels, tiers, user groups, step budgets, thresholds (format 2).',
  });

export const ConditionSchema = z
  .strictObject({
    id: id.optional(),
    text: text('The condition.'),
    owner: z.string().optional().describe('Who is responsible for meeting it.'),
    due: date.optional().describe('When it must be met.'),
    tracks: idList(
      'Defeaters or risks the condition tracks: what must be resolved or brought under control by `due` (format 2).',
    ).optional(),
    extends: ConditionExtendsSchema.optional().describe(
      'What the decision may reach once the condition is met, in structured fields (format 2).',
    ),
  })
  .meta({ id: 'Condition', description: 'A structured decision condition.' });

export const DecisionSchema = z
  .strictObject({
    outcome: z.enum(DECISION_OUTCOMES),
    date,
    makers: z.array(PersonSchema).min(1).describe('Decision makers, with roles and declared conflicts.'),
    residual_risk: text('The residual risk accepted, in words.'),
    scope: z
      .strictObject({
        build: z.string().optional().describe('The build decided on.'),
        tools: stringList('The tools decided on.').optional(),
        population: z.string().optional().describe('The user population decided on.'),
        population_size: z.union([z.number().int().nonnegative(), z.string().min(1)]).optional(),
        access_tier: z.string().optional(),
        max_steps: z.number().int().positive().optional(),
        deployment_channel: z.string().optional(),
      })
      .optional()
      .describe(
        'The exact configuration decided on. When the operational context later differs, a review trigger has fired.',
      ),
    conditions: z
      .array(z.union([z.string().min(1), ConditionSchema]))
      .optional()
      .describe('Conditions attached to the decision: text, or { id, text, owner, due, tracks, extends }.'),
    dissent: z.array(z.strictObject({ by: text('Who dissented.'), text: text('What they said.') })).optional(),
    rationale: z.string().optional(),
  })
  .meta({ id: 'Decision', description: 'The decision taken on this case.' });

export const TriggerSchema = z
  .strictObject({
    id,
    kind: z.enum(TRIGGER_KINDS),
    description: text('What reopens the case.'),
    watch: z.string().optional().describe('Context path it watches, e.g. "context.model.build".'),
    date: date.optional().describe('For kind "date": when it fires.'),
  })
  .meta({ id: 'Trigger', description: 'A review trigger.' });

export const ChangeControlSchema = z
  .strictObject({
    expires: date.optional().describe('Date after which the case no longer holds.'),
    review_triggers: z.array(TriggerSchema).optional(),
  })
  .meta({ id: 'ChangeControl', description: 'Change control.' });

export const RedactionSchema = z
  .strictObject({
    target: id.describe('Id of the node, evidence item or risk withheld.'),
    reason: z.enum(REDACTION_REASONS),
    description: text('The character of what is withheld, for readers who cannot see it.'),
    attestation: z
      .strictObject({ by: text('Who attests.'), statement: text('What they attest.'), date: date.optional() })
      .optional(),
  })
  .meta({ id: 'Redaction', description: 'One redaction.' });

export const PublicationSchema = z
  .strictObject({
    state: z
      .enum(PUBLICATION_STATES)
      .optional()
      .describe('Where the case stands: unpublished, published in full, or published with redactions (format 2).'),
    published: date.optional().describe('When it was published (format 2).'),
    default_tier: tier.optional(),
    redactions: z.array(RedactionSchema).optional(),
  })
  .meta({ id: 'Publication', description: 'Publication tiers and redactions.' });

// ---- files -----------------------------------------------------------------

const includes = z.array(z.string().min(1)).optional().describe('Module files to include, relative to this file.');

/** Sections either a root or a module file may carry. */
const contentSections = {
  includes,
  risks: z.record(id, RiskSchema).optional().describe('The risk model: harm pathways by id.'),
  argument: z.record(id, NodeSchema).optional().describe('Argument nodes by id.'),
  evidence: z.record(id, EvidenceItemSchema).optional().describe('The evidence registry by id.'),
};

export const RuleSettingSchema = z.enum(RULE_SETTINGS).describe("A rule's severity, or off.");

export const SuppressionSchema = z
  .strictObject({
    rule: z.string().min(1).describe('The rule id whose finding is suppressed.'),
    target: id.describe('The node, evidence item, risk or criterion the finding is on.'),
    reason: text('Why the finding does not apply or is accepted.'),
    by: text('Who decided to suppress it.'),
    date: date.optional(),
  })
  .meta({ id: 'Suppression', description: 'A suppressed finding: listed in every output, never hidden.' });

export const RuleConfigSchema = {
  rules: z
    .record(z.string(), RuleSettingSchema)
    .optional()
    .describe('Rule id to severity (error, warning, info) or off.'),
  suppressions: z
    .array(SuppressionSchema)
    .optional()
    .describe('Findings suppressed on one target, each with a reason and a name.'),
};

/** A `.warrant.yaml` beside a case root: rule configuration only. */
export const ConfigFileSchema = z
  .strictObject({ ...RuleConfigSchema })
  .meta({ id: 'ConfigFile', description: 'Warrant configuration (.warrant.yaml).' });

export const ModuleHeaderSchema = z
  .strictObject({
    id,
    title: z.string().optional(),
    description: z.string().optional(),
    extends: z
      .array(
        z.strictObject({
          module: id.describe('The module extended.'),
          develops: z
            .record(id, z.array(id))
            .describe('Undeveloped node in that module to the ids here that develop it.'),
        }),
      )
      .optional(),
  })
  .meta({ id: 'ModuleHeader', description: 'Module header.' });

export const RootFileSchema = z
  .strictObject({
    warrant: z
      .literal(FORMAT_VERSIONS)
      .describe(`Format version: ${FORMAT_VERSION} (current) or 1 (still read; \`warrant migrate\` rewrites it).`),
    case: CaseHeaderSchema,
    context: ContextSchema.optional(),
    acceptability: AcceptabilitySchema.optional(),
    decision: DecisionSchema.optional(),
    change_control: ChangeControlSchema.optional(),
    publication: PublicationSchema.optional(),
    module: ModuleHeaderSchema.optional(),
    ...RuleConfigSchema,
    ...contentSections,
  })
  .meta({ id: 'RootFile', description: 'A Warrant safety case (root file).' });

export const ModuleFileSchema = z
  .strictObject({
    module: ModuleHeaderSchema,
    ...contentSections,
  })
  .meta({ id: 'ModuleFile', description: 'A Warrant module file, included from a case.' });

export type RootFile = z.infer<typeof RootFileSchema>;
export type ModuleFile = z.infer<typeof ModuleFileSchema>;
export type RawNode = z.infer<typeof NodeSchema>;
export type RawEvidenceItem = z.infer<typeof EvidenceItemSchema>;
export type RawRisk = z.infer<typeof RiskSchema>;
export type RawCriterion = z.infer<typeof CriterionSchema>;
export type Person = z.infer<typeof PersonSchema>;
export type Reviewer = z.infer<typeof ReviewerSchema>;
export type ReviewScope = z.infer<typeof ReviewScopeSchema>;
export type Exclusion = z.infer<typeof ExclusionSchema>;
export type OperationalContext = z.infer<typeof ContextSchema>;
export type Acceptability = z.infer<typeof AcceptabilitySchema>;
export type Decision = z.infer<typeof DecisionSchema>;
export type ChangeControl = z.infer<typeof ChangeControlSchema>;
export type Publication = z.infer<typeof PublicationSchema>;
export type CaseHeader = z.infer<typeof CaseHeaderSchema>;
export type ModuleHeader = z.infer<typeof ModuleHeaderSchema>;
export type Threshold = z.infer<typeof ThresholdSchema>;
export type Suppression = z.infer<typeof SuppressionSchema>;
export type RuleSetting = z.infer<typeof RuleSettingSchema>;
export type ConfigFile = z.infer<typeof ConfigFileSchema>;
export type Condition = z.infer<typeof ConditionSchema>;
export type ConditionExtends = z.infer<typeof ConditionExtendsSchema>;
export type Trigger = z.infer<typeof TriggerSchema>;
export type Component = z.infer<typeof ComponentSchema>;
export type Redaction = z.infer<typeof RedactionSchema>;
export type Resolution = z.infer<typeof ResolutionSchema>;
export type EvidenceResult = z.infer<typeof ResultSchema>;
export type ConfidenceBound = z.infer<typeof ConfidenceBoundSchema>;
export type SampleFrame = z.infer<typeof SampleFrameSchema>;
export type Statistic = z.infer<typeof StatisticSchema>;
export type Measured = z.infer<typeof MeasuredSchema>;
export type EvalProvenance = z.infer<typeof EvalProvenanceSchema>;
export type ReviewMarker = z.infer<typeof ReviewMarkerSchema>;
export type RunScore = z.infer<typeof RunScoreSchema>;
export type ThresholdChange = z.infer<typeof ThresholdChangeSchema>;
export type AffectedParty = z.infer<typeof AffectedPartySchema>;
export type Subject = z.infer<typeof SubjectSchema>;
export type ComponentSubject = z.infer<typeof ComponentSubjectSchema>;
