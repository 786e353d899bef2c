// Building blocks for the evidence-gaps rules' examples: a small inability
// argument appended to the standard example header.

/** A top claim on an inability argument over one risk, resting on evidence nodes Sn1.. citing E1... */
export function inabilityCase(opts: {
  severity?: string;
  claim?: string;
  items: string;
  extraNodes?: string;
  supports?: string;
}): string {
  return `risks:
  R1: { title: Uplift to biological weapons acquisition, pathway: cbrn, severity: ${opts.severity ?? 'critical'} }
argument:
  G1:
    kind: claim
    text: ${opts.claim ?? 'The model cannot provide meaningful uplift to novices attempting to acquire a biological agent.'}
    addresses: [R1]
    supported_by: [${opts.supports ?? 'Sn1'}]
  Sn1: { kind: evidence, text: Virology troubleshooting evaluation, evidence: [E1] }
${opts.extraNodes ?? ''}evidence:
${opts.items}`;
}

/** One evidence item in flow style; `extra` is appended inside the braces. */
export function item(id: string, extra: string): string {
  return `  ${id}: { title: Virology protocol troubleshooting eval, kind: capability-evaluation, source_type: internal-test, date: 2026-10-01, produced_by: Frontier evals team, polarity: supports, ${extra} }\n`;
}

/** A measured inability result under its threshold; `elicitation` is appended inside `measured:` (e.g. `, elicitation: "..."`). */
export function measured(elicitation: string): string {
  return `measured: { model: m7, build: m7-2026-09-30${elicitation} }, result: { metric: accuracy, value: 0.21, interval: [0.15, 0.28], sample_size: 180, threshold: { max: 0.35 } }`;
}
