// The reviewer-capture rules, in the order the docs list them.
import type { Rule } from '../types.js';

export const reviewerCaptureRules: Rule[] = [];
