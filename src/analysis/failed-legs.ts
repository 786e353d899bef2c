// Which leg failed, from the top down: a node that is not established names,
// in its reasons, the legs it needed that failed (status.ts). Following the
// first failure of each such leg down to where it starts gives the chain a
// reader wants: "G-root -> S-risks -> G-monitoring: G-monitoring is marked
// undeveloped". The CLI, the JSON and the reports show these chains.

import { pathSome } from '../util/list-some.js';
import type { CaseStatus, StatusReason } from './status-types.js';
import { notEstablished } from './status-types.js';

/** One failed leg of a node, followed down to its origin. */
export interface FailedLeg {
  /** The node, then each failed leg below it, down to the node where the failure starts. */
  path: string[];
  /** The cause at the bottom: the reason the last node of the path is not established. */
  cause: StatusReason;
}

/** Reasons that make a node not established (any other reason only qualifies it). */
const FAILURE_CODES = new Set([
  'failed-leg',
  'too-few-alternatives',
  'link-defeated',
  'cycle',
  'missing-evidence',
  'result-fails-threshold',
  'incomplete-run',
  'whatif-defeated',
  'marked-defeated',
  'accepted-defeater',
  'frame-defeated',
  'undeveloped',
  'no-support',
  'no-evidence',
]);
/** Failure reasons that name a leg below, to be followed. */
const LEG_CODES = new Set(['failed-leg', 'too-few-alternatives']);

export function isFailure(r: StatusReason): boolean {
  return FAILURE_CODES.has(r.code);
}

/**
 * The failed legs of node `id`, followed down through every failure of every
 * leg below to where each failure starts; a node met again below another
 * failed leg (the argument is a DAG) is followed once. Empty when the node is
 * established. O(nodes + reasons) below it.
 */
export function failedLegs(s: CaseStatus, id: string): FailedLeg[] {
  const st = s.nodes.get(id);
  if (!st || !notEstablished(st.status)) return [];
  const out: FailedLeg[] = [];
  const expanded = new Set([id]);
  // Iterative, deepest last, so a deep argument cannot overflow the stack; pushed in reverse to keep written order.
  const stack: { path: string[]; cause: StatusReason }[] = [];
  const pushAll = (path: string[], reasons: StatusReason[]) => {
    const failures = reasons.filter(isFailure);
    for (let i = failures.length - 1; i >= 0; i--) stack.push({ path, cause: failures[i]! });
  };
  pushAll([id], st.reasons);
  while (stack.length) {
    const { path, cause } = stack.pop()!;
    const below = LEG_CODES.has(cause.code) && cause.node !== undefined ? s.nodes.get(cause.node) : undefined;
    if (!below || !notEstablished(below.status) || !below.reasons.some(isFailure)) {
      out.push({ path, cause });
      continue;
    }
    if (expanded.has(cause.node!)) continue;
    expanded.add(cause.node!);
    pushAll([...path, cause.node!], below.reasons);
  }
  return out;
}

/** A failed leg in words: "G-root -> S-risks -> G-monitoring: Claim G-monitoring is marked undeveloped." */
export function failedLegText(leg: FailedLeg): string {
  // A very deep chain names its first steps and its last two, and counts the rest.
  return `${pathSome(leg.path, { max: PATH_MAX })}: ${leg.cause.message}`;
}

/** Steps of a chain named before the middle is counted. */
export const PATH_MAX = 8;
/** Failed legs a terminal or report summary names before it counts the rest (the JSON has them all). */
export const LEGS_MAX = 10;
