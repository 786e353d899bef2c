// A deterministic generator of large, structurally valid Warrant cases, for the
// benchmarks (bench/check.ts) and for property tests. The same options always
// give byte-identical files: randomness comes from a seeded PRNG, never from
// Math.random or the clock.
//
// Shape of a generated case (what a safety team's real case looks like, scaled):
//   G0 top claim, in the context of the deployment, an assumption and a justification
//   └─ S0 "argue over each risk in the risk model"
//      └─ one claim per risk (addresses the risk, relies on its criterion)
//         └─ strategies fanning out into sub-claims, several levels deep
//            (sometimes a claim is broken down directly into sub-claims)
//            └─ leaf claims supported by evidence nodes that cite evidence
//               registry items with provenance; a few leaves are `undeveloped`
//   context, assumption and justification nodes attached with in_context_of,
//   defeaters (open, mitigated, accepted, refuted) challenging nodes or links.
// Every evidence item is cited, every risk is addressed by a claim, exactly one
// claim is the root, and every node is reachable from it.
//
// With `modules > 1` the root file holds the header sections, the top of the
// argument and the risk model, and includes one module file per group of risks
// (modules/<id>.yaml), each holding that part of the argument and its evidence.

/** Options of `generateCase`. */
export interface GenerateOptions {
  /** Number of argument nodes (claims, strategies, evidence nodes, contexts, assumptions, justifications, defeaters). */
  nodes: number;
  /** PRNG seed: the same seed gives the same files. */
  seed: number;
  /** Number of files the argument is split over (root plus modules). Default 1: a single warrant.yaml. */
  modules?: number;
}

export interface GeneratedCase {
  /** Relative path (root is "warrant.yaml") to YAML text. */
  files: Map<string, string>;
  /** What was generated, for tests and reports. */
  stats: {
    nodes: number;
    byKind: Record<string, number>;
    evidenceItems: number;
    risks: number;
    modules: number;
    bytes: number;
    maxDepth: number;
  };
}

/** The smallest case the generator can build. */
export const MIN_NODES = 30;

// ---- PRNG --------------------------------------------------------------------

/** sfc32 seeded through splitmix32: fast, well distributed, deterministic. */
export function createRng(seed: number): () => number {
  let s = seed >>> 0;
  const split = (): number => {
    s = (s + 0x9e3779b9) >>> 0;
    let z = s;
    z = Math.imul(z ^ (z >>> 16), 0x85ebca6b) >>> 0;
    z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35) >>> 0;
    return (z ^ (z >>> 16)) >>> 0;
  };
  let a = split();
  let b = split();
  let c = split();
  let d = split();
  const next = (): number => {
    const t = (((a + b) >>> 0) + d) >>> 0;
    d = (d + 1) >>> 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) >>> 0;
    c = (c << 21) | (c >>> 11);
    c = (c + t) >>> 0;
    return t / 4294967296;
  };
  for (let i = 0; i < 12; i++) next();
  return next;
}

class Random {
  constructor(private readonly next: () => number) {}
  float(): number {
    return this.next();
  }
  /** Integer in [lo, hi]. */
  int(lo: number, hi: number): number {
    return lo + Math.floor(this.next() * (hi - lo + 1));
  }
  chance(p: number): boolean {
    return this.next() < p;
  }
  pick<T>(xs: readonly T[]): T {
    if (xs.length === 0) throw new Error('pick from an empty list');
    return xs[Math.floor(this.next() * xs.length)] as T;
  }
  hex(n: number): string {
    let s = '';
    while (s.length < n)
      s += Math.floor(this.next() * 0x100000000)
        .toString(16)
        .padStart(8, '0');
    return s.slice(0, n);
  }
}

// ---- YAML emitter ------------------------------------------------------------

/** A value the emitter writes. */
type Yaml = string | number | boolean | Yaml[] | YamlMap;
interface YamlMap {
  [key: string]: Yaml | undefined;
}

const PLAIN = /^[A-Za-z][A-Za-z0-9 _.,'()/+<>=%-]*$/;
const PLAIN_DATE = /^\d{4}-\d{2}-\d{2}$/;
const RESERVED = /^(true|false|null|yes|no|on|off|y|n|~)$/i;

function scalar(v: string | number | boolean, flow = false): string {
  if (typeof v !== 'string') return String(v);
  if (flow && v.includes(',')) return JSON.stringify(v);
  if ((PLAIN.test(v) && !RESERVED.test(v) && !v.endsWith(' ')) || PLAIN_DATE.test(v)) return v;
  return JSON.stringify(v);
}

function isMap(v: Yaml): v is YamlMap {
  return typeof v === 'object' && !Array.isArray(v);
}

/** Short lists of scalars are written in flow style, as people write `supported_by: [G1, G2]`. */
function flowList(xs: Yaml[]): string | undefined {
  if (!xs.every((x) => typeof x !== 'object')) return undefined;
  const s = `[${xs.map((x) => scalar(x as string | number | boolean, true)).join(', ')}]`;
  return s.length <= 100 ? s : undefined;
}

function emit(v: YamlMap, indent: string, out: string[]): void {
  for (const [k, val] of Object.entries(v)) {
    if (val === undefined) continue;
    const key = scalar(k);
    if (Array.isArray(val)) {
      const flow = flowList(val);
      if (flow !== undefined) {
        out.push(`${indent}${key}: ${flow}\n`);
        continue;
      }
      out.push(`${indent}${key}:\n`);
      for (const item of val) {
        if (isMap(item)) {
          const inner: string[] = [];
          emit(item, `${indent}    `, inner);
          const first = inner[0];
          if (first === undefined) out.push(`${indent}  - {}\n`);
          else out.push(`${indent}  - ${first.slice(indent.length + 4)}`, ...inner.slice(1));
        } else if (Array.isArray(item)) {
          out.push(`${indent}  - ${flowList(item) ?? '[]'}\n`);
        } else out.push(`${indent}  - ${scalar(item)}\n`);
      }
    } else if (isMap(val)) {
      out.push(`${indent}${key}:\n`);
      emit(val, `${indent}  `, out);
    } else out.push(`${indent}${key}: ${scalar(val)}\n`);
  }
}

/** Write a document. Top-level sections are separated by a blank line. */
export function toYaml(doc: YamlMap, header?: string): string {
  const parts: string[] = header ? [header] : [];
  let first = true;
  for (const [k, v] of Object.entries(doc)) {
    if (v === undefined) continue;
    if (!first && typeof v === 'object') parts.push('\n');
    first = false;
    emit({ [k]: v }, '', parts);
  }
  return parts.join('');
}

// ---- vocabulary for realistic text -------------------------------------------

/** What an evidence item records as measured, per component: the same model and build as the context lists. */
const MEASURED_COMPONENT = {
  agent: { model: 'frontier-model-7', build: 'fm7-2026-10-03-rc2', component: 'agent' },
  monitor: { model: 'monitor-3', build: 'mon3-2026-07-14', component: 'monitor' },
  classifier: { model: 'clf-9', build: 'clf9-2026-09-01', component: 'classifier' },
} as const;

const RISK_THEMES: ReadonlyArray<{ pathway: string; title: string; actors: string[]; area: string }> = [
  {
    pathway: 'cyber',
    title: 'Uplift to offensive cyber operations',
    actors: ['low-skill criminal groups', 'state-affiliated operators'],
    area: 'offensive cyber',
  },
  {
    pathway: 'cbrn',
    title: 'Uplift to biological weapons acquisition',
    actors: ['novice actors with wet-lab access'],
    area: 'biological synthesis',
  },
  {
    pathway: 'loss-of-control',
    title: 'Undermining of oversight by the agent',
    actors: ['the model itself'],
    area: 'oversight subversion',
  },
  {
    pathway: 'manipulation',
    title: 'Targeted persuasion of vulnerable users',
    actors: ['the model itself', 'malicious operators'],
    area: 'persuasion',
  },
  {
    pathway: 'autonomous-replication',
    title: 'Autonomous replication and resource acquisition',
    actors: ['the model itself'],
    area: 'self-exfiltration',
  },
  {
    pathway: 'sabotage',
    title: 'Sabotage of safety-relevant research code',
    actors: ['the model itself'],
    area: 'research sabotage',
  },
  {
    pathway: 'weight-theft',
    title: 'Theft of model weights',
    actors: ['state-level attackers', 'insiders'],
    area: 'weight security',
  },
  {
    pathway: 'catastrophic-misuse',
    title: 'Mass-casualty misuse through tool use',
    actors: ['organised groups'],
    area: 'agentic misuse',
  },
  {
    pathway: 'domain-specific',
    title: 'Unsafe clinical advice in the medical deployment',
    actors: ['ordinary users'],
    area: 'clinical advice',
  },
];

const SUBJECTS = [
  'the deployed model',
  'the agent scaffold',
  'the output classifier',
  'the trusted monitor',
  'the access-control layer',
  'the incident-response process',
  'the fine-tuned checkpoint',
  'the refusal policy',
  'the rate limiter',
  'the logging pipeline',
];
const PROPERTIES = [
  'does not provide meaningful uplift beyond public resources',
  'refuses the harmful request classes in the taxonomy',
  'detects attempted policy evasion within one session',
  'flags trajectories that touch restricted resources',
  'keeps the attack success rate below the agreed threshold',
  'escalates suspicious sessions to human review within one hour',
  'reached no external network except through approved tool calls in the egress tests',
  'is robust to the known jailbreak families at the elicitation budget used',
  'reports capability levels that are consistent across prompt variants',
  'degrades gracefully when the monitor is unavailable',
];
const STRATEGY_TEXTS = [
  'Argue over each threat actor in scope',
  'Argue over the defence layers: model, classifier, monitor, account controls',
  'Argue over capability: the model cannot do it even when fully elicited',
  'Argue over control: attempts are detected and stopped before harm',
  'Argue over each tool the agent can call',
  'Argue over the request taxonomy, one sub-claim per harmful class',
  'Argue over the deployment lifecycle: before, during and after release',
  'Argue by red-team coverage of the known attack families',
];
const CONTEXT_REFS = [
  'context.model.build',
  'context.tools',
  'context.user_population',
  'context.monitoring',
  'context.access_controls',
  'context.deployment_channel',
];
const CONTEXT_TEXTS = [
  'The deployment described in the operational context, build and scaffold as listed',
  'Users are verified developers under the acceptable use policy',
  'The tool list is fixed for this decision; adding a tool reopens the case',
  'Monitoring covers all API traffic with 30-day retention',
  'The harmful request taxonomy, version 3',
  'Elicitation protocol: fine-tuning plus expert prompting, 40 hours per domain',
];
const ASSUMPTION_TEXTS = [
  'Attackers do not have access to the model weights',
  'The classifier is not retrained during the deployment window',
  'Red-team effort is representative of a motivated external actor',
  'Users cannot chain more than 50 tool steps per session',
  'The evaluation environment matches production within the documented differences',
  'Account bans take effect within 15 minutes',
];
const JUSTIFICATION_TEXTS = [
  'Decomposition by defence layer is complete because every request passes all layers',
  'The threat actors listed are those in the agreed threat model',
  'Capability thresholds follow the company framework, section 4',
  'Coverage of the taxonomy was reviewed by the external assessor',
  'Control evaluations assume the model is adversarial, the conservative case',
];
const DEFEATER_TEXTS = [
  'A new jailbreak family bypasses the classifier on multi-turn prompts',
  'The red team used a lower elicitation budget than the threat model assumes',
  'Monitor recall was measured on a different scaffold version',
  'Public reports suggest the capability appears with longer tool budgets',
  'The evaluation set overlaps with the fine-tuning data',
  'Incident data shows account bans are slower than assumed',
];
const EVIDENCE_KINDS = [
  'capability-evaluation',
  'red-team',
  'control-evaluation',
  'monitoring-performance',
  'security-control',
  'interpretability',
  'external-audit',
  'telemetry',
  'formal-argument',
] as const;
const SOURCE_FOR_KIND: Record<string, string> = {
  'capability-evaluation': 'internal-test',
  'red-team': 'third-party-evaluation',
  'control-evaluation': 'internal-test',
  'monitoring-performance': 'internal-test',
  'security-control': 'standard',
  interpretability: 'internal-test',
  'external-audit': 'third-party-evaluation',
  telemetry: 'internal-test',
  'formal-argument': 'theory-paper',
};
const METRICS = [
  'attack success rate',
  'uplift score',
  'monitor miss rate',
  'harmful completion rate',
  'task success rate on restricted tasks',
  'false negative rate',
];
const TEAMS = [
  'Frontier Red Team',
  'Alignment Science',
  'Safeguards',
  'Security Engineering',
  'External Assessor Ltd',
  'Control Evaluations',
];
const TOOLS = ['python', 'bash', 'web_search', 'file_read', 'file_write', 'browser'];

const MODEL_ID = 'frontier-model-7';
const BUILD = 'fm7-2026-10-03-rc2';
const SCAFFOLD = 'agent-scaffold-4.2.1';
const PROMPT = 'sysprompt-2026-09-28';

// ---- the generator -----------------------------------------------------------

type Kind = 'claim' | 'strategy' | 'evidence' | 'context' | 'assumption' | 'justification' | 'defeater';

interface GenNode {
  id: string;
  kind: Kind;
  module: number;
  body: YamlMap;
  supportedBy: string[];
  inContextOf: string[];
  /** Nodes written right after this one (its contexts, its defeaters). */
  attached: string[];
}

interface Module {
  index: number;
  id: string;
  /** Nodes in writing order (attached nodes follow their owner). */
  order: string[];
  evidence: string[];
  risks: string[];
}

function pad(n: number, width: number): string {
  return String(n).padStart(width, '0');
}

function addDays(date: string, days: number): string {
  const t =
    Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10))) + days * 86_400_000;
  return new Date(t).toISOString().slice(0, 10);
}

const riskCountFor = (total: number): number =>
  Math.max(3, Math.min(60, 3 + Math.floor(total / 1000), Math.floor((total - 10) / 8)));

/** The most files a case of `nodes` nodes can be split over: the root plus one module per group of risks. */
export const maxModules = (nodes: number): number => riskCountFor(nodes) + 1;

/** Generate a valid case of `nodes` argument nodes. Throws RangeError for impossible options. */
export function generateCase(options: GenerateOptions): GeneratedCase {
  const total = options.nodes;
  if (!Number.isInteger(total) || total < MIN_NODES)
    throw new RangeError(`nodes must be an integer >= ${MIN_NODES}, got ${total}`);
  const moduleCount = options.modules ?? 1;
  if (!Number.isInteger(moduleCount) || moduleCount < 1)
    throw new RangeError(`modules must be a positive integer, got ${moduleCount}`);
  const rnd = new Random(createRng(options.seed));

  const riskCount = riskCountFor(total);
  if (moduleCount - 1 > riskCount)
    throw new RangeError(
      `modules must be at most ${riskCount + 1} for ${total} nodes (one module per group of risks), got ${moduleCount}`,
    );
  const defeaterCount = Math.max(1, Math.round(total * 0.02));
  const auxTarget = Math.max(3, Math.round(total * 0.12));
  const coreBudget = total - defeaterCount - auxTarget;

  const nodes = new Map<string, GenNode>();
  const evidence = new Map<string, YamlMap>();
  const evidenceModule = new Map<string, number>();
  const modules: Module[] = [];
  // Module 0 is the root file; argument modules are 1..moduleCount-1 (or the root itself when 1).
  for (let i = 0; i < moduleCount; i++) {
    modules.push({
      index: i,
      id:
        i === 0
          ? 'main'
          : `m${pad(i, 3)}-${RISK_THEMES[(i - 1) % RISK_THEMES.length]?.area.replace(/\s+/g, '-') ?? 'part'}`,
      order: [],
      evidence: [],
      risks: [],
    });
  }
  const moduleForRisk = (r: number): number => (moduleCount === 1 ? 0 : 1 + (r % (moduleCount - 1)));

  const counters: Record<string, number> = {};
  const nextId = (prefix: string): string => {
    counters[prefix] = (counters[prefix] ?? 0) + 1;
    return `${prefix}${counters[prefix]}`;
  };
  const depthOf = new Map<string, number>();
  const areaOfClaim = new Map<string, string>();
  let used = 0;
  const add = (kind: Kind, id: string, module: number, body: YamlMap, owner?: string): GenNode => {
    const n: GenNode = { id, kind, module, body, supportedBy: [], inContextOf: [], attached: [] };
    nodes.set(id, n);
    used++;
    if (owner) nodes.get(owner)?.attached.push(id);
    else modules[module]?.order.push(id);
    return n;
  };
  const claimText = (): string => {
    const s = rnd.pick(SUBJECTS);
    return `${s[0]?.toUpperCase()}${s.slice(1)} ${rnd.pick(PROPERTIES)}`;
  };

  // -- header-level nodes in the root file
  const top = add('claim', 'G0', 0, {
    text: `${MODEL_ID} build ${BUILD} is acceptably safe to make available through the public API to verified developers`,
  });
  const topStrategy = add('strategy', 'S0', 0, {
    text: 'Argue over each risk in the risk model, then over the completeness of the risk model',
  });
  top.supportedBy.push(topStrategy.id);
  const topContext = add(
    'context',
    'C0',
    0,
    { text: 'The deployment decided on, as described in the operational context', ref: 'context.model.build' },
    top.id,
  );
  const topAssumption = add(
    'assumption',
    'A0',
    0,
    { text: 'The risk model covers every harm pathway in scope of the company framework' },
    top.id,
  );
  const topJustification = add(
    'justification',
    'J0',
    0,
    { text: 'Arguing risk by risk is complete because the risk model was reviewed by the external assessor' },
    topStrategy.id,
  );
  top.inContextOf.push(topContext.id, topAssumption.id);
  topStrategy.inContextOf.push(topJustification.id);

  // -- risks, criteria and one claim per risk
  const risks = new Map<string, YamlMap>();
  const criteria = new Map<string, YamlMap>();
  const frontier: string[] = [];
  /** Claims left undeveloped, named by a decision condition. */
  const openClaims: string[] = [];
  /** Open defeaters, tracked by a decision condition. */
  const openDefeaters: string[] = [];
  for (let r = 0; r < riskCount; r++) {
    const theme = RISK_THEMES[r % RISK_THEMES.length] as (typeof RISK_THEMES)[number];
    const round = Math.floor(r / RISK_THEMES.length);
    const rid = `R${pad(r + 1, 2)}`;
    const cid = `CR${pad(r + 1, 2)}`;
    const m = moduleForRisk(r);
    modules[m === 0 ? 0 : m]?.risks.push(rid);
    risks.set(rid, {
      title: round ? `${theme.title} (variant ${round + 1})` : theme.title,
      pathway: theme.pathway,
      severity: rnd.pick(['medium', 'high', 'critical']),
      threat_actors: theme.actors,
      description: `Harm pathway ${theme.area}: the model or its users cause harm through ${theme.area}.`,
    });
    const max = rnd.pick([0.01, 0.02, 0.05, 0.1]);
    criteria.set(cid, {
      statement: `The ${theme.area} risk is acceptable if the measured rate stays at or below ${max * 100}%`,
      risks: [rid],
      metric: rnd.pick(METRICS),
      threshold: { max, unit: 'rate' },
      history: [
        {
          date: '2026-03-02',
          threshold: { max },
          set_by: 'Responsible Scaling Council',
          reason: 'Set from the company framework before any evaluation of this build',
          results_known: false,
        },
      ],
    });
    const g = add('claim', nextId('G'), m, {
      text: `The ${theme.area} risk (${rid}) is reduced to an acceptable level for this deployment`,
      addresses: [rid],
      criteria: [cid],
    });
    depthOf.set(g.id, 1);
    areaOfClaim.set(g.id, theme.area);
    topStrategy.supportedBy.push(g.id);
    g.inContextOf.push(topContext.id); // shared context, often across modules (an away node)
    frontier.push(g.id);
  }

  // -- the argument tree, breadth first, within the core budget. Every claim
  // still on the frontier reserves one node (its evidence), so the budget can
  // never be overrun.
  let maxDepth = 1;
  const evidenceNodes: string[] = [];
  const claimsAndStrategies: string[] = [top.id, topStrategy.id];
  const links: Array<[string, string]> = [];
  const recentItems: string[][] = modules.map(() => []);
  const newEvidenceItem = (m: number, area: string): string => {
    const id = `EV-${pad(evidence.size + 1, 5)}`;
    const kind = rnd.pick(EVIDENCE_KINDS);
    const date = addDays('2026-08-01', rnd.int(0, 60));
    const n = rnd.int(100, 5000);
    const value = Math.round(rnd.float() * 0.009 * 10000) / 10000;
    const half = Math.round((0.002 + rnd.float() * 0.004) * 10000) / 10000;
    const team = rnd.pick(TEAMS);
    const external = team === 'External Assessor Ltd';
    const item: YamlMap = {
      title: `${kind.replace(/-/g, ' ')} of ${area}, run ${evidence.size + 1}`,
      kind,
      source_type: SOURCE_FOR_KIND[kind] ?? 'internal-test',
      measured: {
        // Each item measures one component of the deployed system, at that component's own build.
        ...MEASURED_COMPONENT[rnd.pick(['agent', 'monitor', 'classifier'] as const)],
        scaffold: SCAFFOLD,
        prompt_version: PROMPT,
        tools: [rnd.pick(TOOLS), rnd.pick(TOOLS)].filter((t, i, a) => a.indexOf(t) === i),
        max_steps: rnd.pick([20, 50, 100]),
        elicitation: rnd.pick([
          'expert prompting, 40 hours',
          'helpful-only fine-tune plus prompting',
          'automated red-teaming, 10k attempts',
        ]),
      },
      date,
      environment: rnd.pick([
        'staging cluster mirroring production',
        'production shadow traffic',
        'isolated evaluation sandbox',
      ]),
      produced_by: team,
      external,
      replicated: external || rnd.chance(0.2),
      tier: rnd.pick(['internal', 'internal', 'regulator', 'public']),
      artefact: { uri: `evals/${area.replace(/\s+/g, '-')}/${id.toLowerCase()}.eval`, sha256: rnd.hex(64) },
      result: {
        metric: rnd.pick(METRICS),
        value,
        interval: [Math.max(0, Math.round((value - half) * 10000) / 10000), Math.round((value + half) * 10000) / 10000],
        confidence: 0.95,
        threshold: { max: 0.02 },
        sample_size: n,
      },
      polarity: 'supports',
      expires: addDays(date, 540),
    };
    evidence.set(id, item);
    evidenceModule.set(id, m);
    modules[m]?.evidence.push(id);
    const recent = recentItems[m] as string[];
    recent.push(id);
    if (recent.length > 8) recent.shift();
    return id;
  };
  const areaOf = (claimId: string): string => areaOfClaim.get(claimId) ?? 'general';
  const addEvidenceNode = (claim: GenNode): void => {
    const m = claim.module;
    const cites: string[] = [];
    const citeCount = rnd.chance(0.3) ? 2 : 1;
    for (let i = 0; i < citeCount; i++) {
      const recent = recentItems[m] as string[];
      const reuse = recent.length > 0 && rnd.chance(0.25) ? rnd.pick(recent) : undefined;
      const item = reuse ?? newEvidenceItem(m, areaOf(claim.id));
      if (!cites.includes(item)) cites.push(item);
    }
    const sn = add('evidence', nextId('Sn'), m, {
      text: `Results of ${String(evidence.get(cites[0] as string)?.title ?? 'the evaluation')}`,
      evidence: cites,
    });
    claim.supportedBy.push(sn.id);
    links.push([claim.id, sn.id]);
    evidenceNodes.push(sn.id);
  };

  let head = 0;
  while (head < frontier.length) {
    const claim = nodes.get(frontier[head++] as string) as GenNode;
    claimsAndStrategies.push(claim.id);
    const depth = depthOf.get(claim.id) ?? 1;
    const pending = frontier.length - head; // claims after this one, one node reserved each
    const k = rnd.int(2, 4);
    const direct = rnd.chance(0.2); // broken down into sub-claims without a strategy
    const cost = (direct ? 0 : 1) + 2 * k; // strategy, k claims, k reserved evidence nodes
    const canExpand = depth < 14 && used + cost + pending <= coreBudget;
    if (canExpand && (depth < 2 || rnd.chance(0.85))) {
      let parent = claim;
      if (!direct) {
        const s = add('strategy', nextId('S'), claim.module, { text: rnd.pick(STRATEGY_TEXTS) });
        claim.supportedBy.push(s.id);
        links.push([claim.id, s.id]);
        claimsAndStrategies.push(s.id);
        parent = s;
      }
      for (let i = 0; i < k; i++) {
        const g = add('claim', nextId('G'), claim.module, { text: claimText() });
        parent.supportedBy.push(g.id);
        links.push([parent.id, g.id]);
        depthOf.set(g.id, depth + 1);
        areaOfClaim.set(g.id, areaOf(claim.id));
        maxDepth = Math.max(maxDepth, depth + 1);
        frontier.push(g.id);
      }
      continue;
    }
    // A leaf. A few are deliberately left undeveloped (never the risk claims).
    if (depth > 1 && rnd.chance(0.02)) {
      claim.body.undeveloped = true;
      openClaims.push(claim.id);
      continue;
    }
    addEvidenceNode(claim);
    if (rnd.chance(0.3) && used + 1 + pending <= coreBudget) addEvidenceNode(claim);
  }

  // -- defeaters: challenge a claim, an evidence node or a supported_by link
  const nodeIdsForResolution = evidenceNodes.length ? evidenceNodes : [top.id];
  for (let i = 0; i < defeaterCount; i++) {
    const onLink = links.length > 0 && rnd.chance(0.3);
    const link = onLink ? rnd.pick(links) : undefined;
    // Never the top claim itself: the structure checks count a challenged node
    // as referenced, so a challenge of G0 would leave the case without a root
    // (S08). Links from G0 may be challenged.
    const target = link
      ? link[0]
      : rnd.chance(0.5) && evidenceNodes.length
        ? rnd.pick(evidenceNodes)
        : rnd.pick(claimsAndStrategies.slice(1));
    const owner = nodes.get(target) as GenNode;
    const status = rnd.pick(['open', 'mitigated', 'mitigated', 'accepted', 'refuted', 'refuted']);
    const body: YamlMap = {
      text: rnd.pick(DEFEATER_TEXTS),
      form: rnd.chance(0.3) ? 'counter-evidence' : 'counter-claim',
      challenges: [link ? `${link[0]} -> ${link[1]}` : target],
      status,
    };
    const date = addDays('2026-09-01', rnd.int(0, 40));
    const id = nextId('D');
    if (status === 'open') {
      // An honest approval tracks each open doubt: an owner, a due date, and a condition that names it.
      body.owner = rnd.pick(TEAMS);
      body.due = '2027-03-31';
      openDefeaters.push(id);
    } else if (status === 'mitigated')
      body.resolution = {
        summary: 'Mitigated by an additional classifier layer and re-run evaluation',
        refs: [rnd.pick(nodeIdsForResolution)],
        owner: rnd.pick(TEAMS),
        date,
        signed_off_by: 'Head of Safeguards',
      };
    else if (status === 'accepted')
      body.resolution = {
        summary: 'Accepted as residual risk within the stated acceptability criteria',
        owner: 'Responsible Scaling Officer',
        date,
        signed_off_by: 'Responsible Scaling Officer',
      };
    else if (status === 'refuted')
      body.resolution = {
        summary: 'Refuted: the re-run at the full elicitation budget shows no effect',
        refs: [rnd.pick(nodeIdsForResolution)],
        date,
        signed_off_by: 'Head of Alignment Science',
      };
    add('defeater', id, owner.module, body, target);
  }

  // -- contexts, assumptions and justifications fill the rest of the budget exactly
  while (used < total) {
    const ownerId = rnd.pick(claimsAndStrategies);
    const owner = nodes.get(ownerId) as GenNode;
    const roll = rnd.float();
    let n: GenNode;
    if (owner.kind === 'strategy' && roll < 0.5)
      n = add('justification', nextId('J'), owner.module, { text: rnd.pick(JUSTIFICATION_TEXTS) }, ownerId);
    else if (roll < 0.6)
      n = add(
        'context',
        nextId('C'),
        owner.module,
        { text: rnd.pick(CONTEXT_TEXTS), ref: rnd.pick(CONTEXT_REFS) },
        ownerId,
      );
    else n = add('assumption', nextId('A'), owner.module, { text: rnd.pick(ASSUMPTION_TEXTS) }, ownerId);
    owner.inContextOf.push(n.id);
  }

  // -- files
  const nodeYaml = (n: GenNode): YamlMap => {
    const { text, ...rest } = n.body;
    const out: YamlMap = { kind: n.kind, text };
    if (n.supportedBy.length) out.supported_by = n.supportedBy;
    if (n.inContextOf.length) out.in_context_of = n.inContextOf;
    return { ...out, ...rest };
  };
  const argumentOf = (m: Module): YamlMap | undefined => {
    const arg: YamlMap = {};
    const write = (id: string): void => {
      const n = nodes.get(id) as GenNode;
      arg[id] = nodeYaml(n);
      for (const a of n.attached) if ((nodes.get(a) as GenNode).module === m.index) write(a);
    };
    for (const id of m.order) write(id);
    // attached nodes placed in this module whose owner lives elsewhere (none today, kept for safety)
    for (const n of nodes.values()) if (n.module === m.index && !(n.id in arg)) arg[n.id] = nodeYaml(n);
    return Object.keys(arg).length ? arg : undefined;
  };
  const registry = (ids: string[]): YamlMap | undefined => {
    if (!ids.length) return undefined;
    const out: YamlMap = {};
    for (const id of ids) out[id] = evidence.get(id) as YamlMap;
    return out;
  };
  const riskSection = (ids: string[]): YamlMap | undefined => {
    if (!ids.length) return undefined;
    const out: YamlMap = {};
    for (const id of ids) out[id] = risks.get(id) as YamlMap;
    return out;
  };
  const criteriaSection: YamlMap = {};
  for (const [id, c] of criteria) criteriaSection[id] = c;

  const files = new Map<string, string>();
  const modulePath = (m: Module): string => `modules/${m.id}.yaml`;
  const allRisks = [...risks.keys()];
  const evidenceItems = [...evidence.keys()];
  const redactTargets = evidenceItems.slice(0, Math.min(3, evidenceItems.length));

  const root: YamlMap = {
    warrant: 2,
    case: {
      id: 'fm7-api-launch',
      title: `${MODEL_ID} public API launch safety case (generated, ${total} nodes)`,
      version: '2.4.0',
      status: 'decided',
      decision_boundary: {
        kind: 'api-launch',
        decision: `Make ${MODEL_ID} build ${BUILD} available through the public API to verified developers, with the tools listed in the operational context`,
        system: `${MODEL_ID} with its output classifier and trusted monitor`,
      },
      summary:
        'Generated by bench/generate-case.ts for benchmarks and property tests. The shape follows a real risk-by-risk argument.',
      authors: [
        { name: 'Ada Okafor', role: 'case lead', team: 'Safeguards' },
        { name: 'Lin Chen', role: 'author', team: 'Alignment Science' },
      ],
      reviewers: [
        { name: 'Priya Raman', role: 'internal reviewer', team: 'Review Board', reviewed: 'whole-case' },
        {
          name: 'Tomas Varga',
          role: 'external assessor',
          organisation: 'External Assessor Ltd',
          external: true,
          conflicts: [],
          reviewed: 'whole-case',
          independent_of: ['authors', 'model-developer', 'business-owner'],
        },
      ],
      tier: 'internal',
    },
    context: {
      model: {
        id: MODEL_ID,
        build: BUILD,
        weights_sha256: rnd.hex(64),
        components: [
          { role: 'agent', name: 'policy model', model: MODEL_ID, build: BUILD },
          { role: 'monitor', name: 'trusted monitor', model: 'monitor-3', build: 'mon3-2026-07-14' },
          { role: 'classifier', name: 'output classifier', model: 'clf-9', build: 'clf9-2026-09-01' },
        ],
      },
      deployment_channel: 'public API',
      user_population: {
        description: 'Verified developers who accepted the usage policy',
        size: '< 200000',
        access_tier: 'verified',
      },
      tools: TOOLS,
      access_controls: [
        'identity verification',
        'per-account rate limits',
        'account suspension on repeated violations',
      ],
      monitoring: [
        'trusted monitor on all agent trajectories',
        'classifier on every completion',
        'weekly abuse review',
      ],
      data_access: ['user-provided files only'],
      allowed_actions: [
        'run code in an isolated sandbox',
        'search the web',
        'read and write files in the session workspace',
      ],
      system_prompt_version: PROMPT,
      scaffold_version: SCAFFOLD,
      incident_response:
        'On-call safeguards team; severity-1 incidents page within 15 minutes and can roll back the build.',
    },
    acceptability: {
      standard: 'Company Responsible Scaling Policy, version 3, with the regulator guidance it cites',
      set_by: 'Responsible Scaling Council',
      rationale:
        'Residual risks are below the thresholds set before evaluation, and the deployment gives verified developers substantial benefit.',
      affected_parties: [
        { group: 'Verified developers', relation: 'user' },
        {
          group: 'People targeted by misuse of outputs',
          relation: 'non-user',
          description: 'They never use the system and bear the residual misuse risk.',
        },
      ],
      residual_harms: [
        'Low-level cyber uplift for already skilled attackers',
        'Occasional harmful completions missed by the classifier',
      ],
      criteria: criteriaSection,
    },
    decision: {
      outcome: 'approve-with-conditions',
      date: '2026-10-15',
      makers: [
        { name: 'Maria Santos', role: 'Responsible Scaling Officer', conflicts: [] },
        { name: 'David Osei', role: 'Chief Scientist', conflicts: ['leads the team that trained the model'] },
      ],
      residual_risk:
        'Residual misuse risk within the thresholds of every criterion; open defeaters are tracked with owners.',
      conditions: [
        'Classifier retrained within 60 days',
        'Monthly review of monitor recall on production traffic',
        // An honest approval names the claims it leaves open, with an owner and a date.
        ...(openDefeaters.length
          ? [
              {
                id: 'COND-DEFEATERS',
                text: `The open defeaters ${openDefeaters.join(', ')} are resolved or accepted before 2027-03-31`,
                owner: 'Head of Safeguards',
                due: '2027-03-31',
              },
            ]
          : []),
        ...(openClaims.length
          ? [
              {
                id: 'COND-OPEN',
                text: `The undeveloped claims ${openClaims.join(', ')} are developed and reviewed before 2027-06-30`,
                owner: 'Ada Okafor',
                due: '2027-06-30',
              },
            ]
          : []),
      ],
      dissent: [
        { by: 'Priya Raman', text: 'The elicitation budget for the cyber evaluations should have been larger.' },
      ],
      rationale: 'The argument holds for every risk in the model, with the conditions above.',
    },
    change_control: {
      expires: '2027-10-15',
      review_triggers: [
        {
          id: 'T1',
          kind: 'new-build',
          description: 'Any new build or checkpoint of the policy model',
          watch: 'context.model.build',
        },
        { id: 'T2', kind: 'tool-added', description: 'A tool is added to the agent', watch: 'context.tools' },
        {
          id: 'T3',
          kind: 'population-widened',
          description: 'Access beyond verified developers',
          watch: 'context.user_population',
        },
        { id: 'T4', kind: 'incident', description: 'A severity-1 incident attributable to the model' },
        { id: 'T5', kind: 'date', description: 'Scheduled annual review', date: '2027-09-15' },
      ],
    },
    publication: {
      default_tier: 'internal',
      redactions: redactTargets.map((t) => ({
        target: t,
        reason: 'cybersecurity',
        description: 'Details of the attack prompts used, withheld so they cannot be reused',
      })),
    },
  };
  const rootModule = modules[0] as Module;
  if (moduleCount > 1) root.includes = modules.slice(1).map(modulePath);
  root.risks = riskSection(moduleCount > 1 ? allRisks : rootModule.risks);
  root.argument = argumentOf(rootModule);
  root.evidence = registry(rootModule.evidence);
  files.set(
    'warrant.yaml',
    toYaml(
      root,
      `# Generated by bench/generate-case.ts (nodes: ${total}, seed: ${options.seed}, modules: ${moduleCount}). Do not edit.\n`,
    ),
  );
  for (const m of modules.slice(1)) {
    const doc: YamlMap = {
      module: {
        id: m.id,
        title: `Argument for ${m.risks.join(', ') || 'no risks'}`,
        description: `The part of the argument for the risks ${m.risks.join(', ') || '(none)'}.`,
      },
      argument: argumentOf(m),
      evidence: registry(m.evidence),
    };
    files.set(
      modulePath(m),
      toYaml(doc, `# Generated by bench/generate-case.ts: module ${m.id} of ${moduleCount - 1}.\n`),
    );
  }

  const byKind: Record<string, number> = {};
  for (const n of nodes.values()) byKind[n.kind] = (byKind[n.kind] ?? 0) + 1;
  let bytes = 0;
  for (const t of files.values()) bytes += Buffer.byteLength(t, 'utf8');
  if (nodes.size !== total) throw new Error(`internal: generated ${nodes.size} nodes, asked for ${total}`);
  return {
    files,
    stats: {
      nodes: nodes.size,
      byKind,
      evidenceItems: evidence.size,
      risks: risks.size,
      modules: moduleCount,
      bytes,
      maxDepth,
    },
  };
}
