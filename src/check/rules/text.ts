// Word patterns the rules look for in claims, evidence and resolutions. Kept
// in one place so that the rules agree and the docs can quote them.

/** Absolute words that sampled evidence cannot establish. */
export const ABSOLUTE =
  /\b(cannot|can ?not|can't|never|no (?:possibility|chance|way)|eliminat(?:e|es|ed|ing)|impossible|guarantee(?:s|d)?|zero (?:risk|chance|probability|incidents?)|always|completely (?:safe|prevents?|eliminates?|blocks?)|fully (?:prevents?|eliminates?|blocks?|safe)|under no circumstances|100 ?%)/i;

/** Placeholders where an argument should be. */
export const PLACEHOLDER =
  /\b(further (?:analysis|work|investigation|study|evaluation|testing) (?:is |will be )?(?:required|needed|planned)|tbd|tbc|to be (?:determined|confirmed|completed|done|written|added)|todo|fixme|pending (?:analysis|review|evaluation|results)|not yet (?:done|complete|completed|evaluated|analy[sz]ed|assessed|tested)|will be (?:provided|added|completed|evaluated|assessed|analy[sz]ed)|awaiting (?:results|analysis|review|evaluation|data|sign-off)|(?:analysis|evaluation|assessment|investigation|testing|study|work) (?:is |still )?(?:ongoing|in progress|underway)|results (?:to follow|pending)|placeholder)\b/i;

/** Intentions, plans and policies: statements of what will be done, not of what was achieved. */
export const PLAN =
  /\b(plan(?:s|ned)?|policy|policies|procedures?|playbook|runbook|tabletop|drill scenario|will (?:be )?(?:implement|deploy|monitor|review|conduct|establish|introduce|add|roll out|put in place)\w*|intend(?:s|ed)? to|commit(?:s|ted)? to|roadmap|aims? to|we expect to)\b/i;

/** The first match of a pattern in a text, for messages. */
export function matchOf(re: RegExp, text: string | undefined): string | undefined {
  if (!text) return undefined;
  return re.exec(text)?.[0];
}
