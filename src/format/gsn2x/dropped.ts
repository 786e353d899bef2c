// What an export leaves out, as comment lines for the top of each file.
import type { Case, Module } from '../../model/case.js';

const MAX_IDS = 12;

function ids(list: readonly string[]): string {
  const shown = list.slice(0, MAX_IDS).join(', ');
  return list.length > MAX_IDS ? `${shown} and ${list.length - MAX_IDS} more` : shown;
}

/** Comment lines saying what Warrant content of module `m` this gsn2x file cannot hold. */
export function droppedNotes(
  c: Case,
  m: Module,
  isRoot: boolean,
  nodeDrops: readonly (readonly [string, readonly string[]])[],
  moduleTitleDropped: boolean,
): string[] {
  const lines: string[] = [];
  if (isRoot) {
    lines.push('- the case header (id, title, version, status, decision boundary, authors, reviewers)');
    const sections: [unknown, string][] = [
      [c.context, 'the operational context'],
      [c.acceptability, 'the acceptability criteria'],
      [c.decision, 'the decision record'],
      [c.changeControl, 'change control'],
      [c.publication, 'publication tiers and redactions'],
    ];
    for (const [v, name] of sections) if (v !== undefined) lines.push(`- ${name}`);
    if (c.config.some((s) => s.file === c.root)) lines.push('- rule settings and suppressions');
  }
  if (moduleTitleDropped) lines.push(`- the module title (the gsn2x module is named by its id, ${m.id})`);
  const evidence = [...c.evidence.values()].filter((e) => e.module === m.id).map((e) => e.id);
  if (evidence.length)
    lines.push(`- the evidence registry: ${ids(evidence)} (${evidence.length} item${evidence.length > 1 ? 's' : ''})`);
  const risks = [...c.risks.values()].filter((r) => r.module === m.id).map((r) => r.id);
  if (risks.length) lines.push(`- the risk model: ${ids(risks)}`);
  const nodeLines = nodeDrops.filter(([, d]) => d.length).map(([id, d]) => `${id} (${d.join(', ')})`);
  if (nodeLines.length) lines.push(`- node fields: ${ids(nodeLines)}`);
  if (!lines.length) return ['Nothing was dropped: gsn2x holds everything this module contains.'];
  return ['gsn2x cannot hold the following, so it was dropped:', ...lines];
}
