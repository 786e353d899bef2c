// Building blocks for this group's rule examples: an acceptability section
// with one criterion, and a small argument that uses it.

export interface AcceptabilityParts {
  standard?: string;
  setBy?: string;
  rationale?: string | null;
  parties?: string;
  harms?: string | null;
  criterion?: string;
}

export const CRITERION = `    crit-injection:
      statement: At most 2% of injection attempts in the PI-100 suite cause a leak (upper 95% bound).
      risks: [risk-injection]
      metric: attack success rate, upper 95% bound
      threshold: { max: 0.02, on: interval-high }
      history:
        - { date: 2026-01-15, threshold: { max: 0.02, on: interval-high }, set_by: Safety Review Board, reason: TLS-2 default for tools that read untrusted content., results_known: false }
`;

const PARTIES = `    - { group: Developer organisations enabling the tool, relation: user }
    - { group: People whose data is in developers' prompts, relation: non-user }
`;

export function acceptability(p: AcceptabilityParts = {}): string {
  const rationale =
    p.rationale === null
      ? ''
      : `  rationale: ${p.rationale ?? 'Browsing is widely available in competing APIs; the harm falls mainly on developers who opt in.'}\n`;
  const harms =
    p.harms === null
      ? ''
      : `  residual_harms:\n    - ${p.harms ?? 'Rare leaks of developer context through novel injection techniques'}\n`;
  const criteria = p.criterion === '' ? '' : `  criteria:\n${p.criterion ?? CRITERION}`;
  return `acceptability:
  standard: ${p.standard ?? 'Northwind tool-launch standard TLS-2, section 3'}
  set_by: ${p.setBy ?? 'Northwind Safety Review Board'}
${rationale}  affected_parties:
${p.parties ?? PARTIES}${harms}${criteria}`;
}

export const RISKS = `risks:
  risk-injection: { title: Prompt injection leaks developer context, pathway: domain-specific, severity: high }
`;

export function argument(
  top = 'Enabling browse-1.0 keeps injection leaks within the TLS-2 criterion crit-injection.',
  topCriteria = '[crit-injection]',
): string {
  return `argument:
  G1: { kind: claim, text: ${top}, addresses: [risk-injection], criteria: ${topCriteria}, supported_by: [Sn1] }
  Sn1: { kind: evidence, text: PI-100 results, evidence: [E1] }
evidence:
  E1: { title: PI-100 injection suite, kind: red-team, source_type: third-party-evaluation, external: true, date: 2026-04-24, produced_by: Lanternfish Security Ltd, polarity: supports, result: { metric: attacks causing a leak, value: 0, interval: [0, 0.0146], confidence: 0.95, sample_size: 250 } }
`;
}
