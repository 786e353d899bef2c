// The version of a component (monitor, classifier, scaffold) the case deploys,
// for evidence that measured that component on its own (`subject.component`,
// format 2): shared by evidence-other-build's component check.
import type { ComponentSubject } from '../../../model/schema.js';
import type { RuleContext } from '../types.js';
import { nameAndVersion } from './evidence-other-scaffold.js';
import { sameWords } from './scope.js';

/** The deployed versions the measured component must match, as written; empty when the context names none. */
export function deployedVersions(ctx: RuleContext, subject: ComponentSubject): string[] {
  const context = ctx.case.context?.value;
  const components = context?.model.components ?? [];
  const versionOf = (k: (typeof components)[number]) => k.version ?? k.build;
  const byId = subject.id === undefined ? undefined : components.find((k) => k.id === subject.id);
  if (byId) return [versionOf(byId)];
  if (subject.kind === 'scaffold') return context?.scaffold_version ? [context.scaffold_version] : [];
  if (subject.kind === 'other') return [];
  return components.filter((k) => k.role === subject.kind).map(versionOf);
}

/** True if two versions name the same release: the same words, or the same version number ("2.3" and "cot-monitor-2.3"). */
export function sameVersion(measured: string, deployed: string): boolean {
  if (sameWords(measured, deployed)) return true;
  const m = nameAndVersion(measured);
  const d = nameAndVersion(deployed);
  return m.version !== '' && m.version === d.version && (!m.name || !d.name || m.name === d.name);
}
