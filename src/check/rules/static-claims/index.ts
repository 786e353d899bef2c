// The static-claims rules, in the order the docs list them.
import type { Rule } from '../types.js';

export const staticClaimsRules: Rule[] = [];
