// The evidence-gaps rules, in the order the docs list them.
import type { Rule } from '../types.js';

export const evidenceGapsRules: Rule[] = [];
