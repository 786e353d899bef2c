// Findings from message templates: a rule declares its messages and hints
// under ids in its metadata (ESLint's meta.messages), and reports a finding by
// id with the data that fills the template's {{placeholders}}.
import type { Related } from '../../model/diagnostic.js';
import { type At, report as diagnosticAt } from '../report.js';
import type { RuleId } from './index.js';
import type { Finding, HintsFor, Messages, RuleIdForm, RuleMeta } from './types.js';

/** The placeholder names of a template type: 'a {{x}} b {{y}}' gives 'x' | 'y'. */
export type Placeholders<S> = S extends `${string}{{${infer P}}}${infer Rest}` ? P | Placeholders<Rest> : never;

/** The data a template needs: one value per placeholder, and nothing else. */
export type MessageData<S> = { readonly [P in Placeholders<S>]: string | number };

/** Fill a template's {{placeholders}} from data; a placeholder without data is left as written. */
export function formatMessage(template: string, data: Readonly<Record<string, string | number>> = {}): string {
  return template.replace(/\{\{([^{}]+)\}\}/g, (whole, name: string) =>
    Object.hasOwn(data, name) ? String(data[name]) : whole,
  );
}

type Reporting<M extends Messages, H extends HintsFor<M>> = Pick<
  RuleMeta<RuleIdForm, M, H>,
  'id' | 'severity' | 'messages' | 'hints'
>;

/** What a rule reports: a message id, the data its templates need (none if they have no placeholders), a place. */
export type Report<M extends Messages, H extends HintsFor<M>, K extends keyof M & string> = {
  messageId: K;
  /** Where the finding points: a located thing, and the path of a field inside it. */
  at: At;
  /** The node, evidence item or risk the finding is about: what a suppression names. */
  target: string;
  related?: Related[];
} & DataFor<M[K] | H[K]>;

type DataFor<S> = [Placeholders<S>] extends [never] ? { data?: undefined } : { data: MessageData<S> };

/** A finding of a rule: its message and hint under `messageId`, filled with `data`. */
export function report<M extends Messages, H extends HintsFor<M>, K extends keyof M & string>(
  meta: Reporting<M, H>,
  { messageId, data, at, target, related }: Report<M, H, K>,
): Finding {
  const message = formatMessage(meta.messages[messageId]!, data);
  const hint = formatMessage(meta.hints[messageId]!, data);
  // The id is one of RuleId by construction (RULES lists every rule); inside defineRule's generic it cannot be shown.
  const code = meta.id as RuleId;
  const d = diagnosticAt({ code, severity: meta.severity }, at, message, hint, {
    target,
    ...(related ? { related } : {}),
  });
  return { ...d, messageId };
}
