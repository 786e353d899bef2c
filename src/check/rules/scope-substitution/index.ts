// The scope-substitution rules, in the order the docs list them.
import type { Rule } from '../types.js';

export const scopeSubstitutionRules: Rule[] = [];
