// The reviewer-capture rules, in the order the docs list them.
import { decisionMakerConflict } from './decision-maker-conflict.js';
import { decisionMakerNotIndependent } from './decision-maker-not-independent.js';
import { dissentNotRecorded } from './dissent-not-recorded.js';
import { highRiskOutsideReviewScope } from './high-risk-outside-review-scope.js';
import { independenceContradicted } from './independence-contradicted.js';
import { internalEvidenceOnlyHighSeverity } from './internal-evidence-only-high-severity.js';
import { noExternalReviewer } from './no-external-reviewer.js';
import { noReviewers } from './no-reviewers.js';
import { reviewerFromAuthoringTeam } from './reviewer-from-authoring-team.js';
import { reviewerReviewedOwnWork } from './reviewer-reviewed-own-work.js';
import { reviewerWithDeclaredConflict } from './reviewer-with-declared-conflict.js';
import { riskAcceptedByAuthor } from './risk-accepted-by-author.js';

export const reviewerCaptureRules = [
  noReviewers,
  reviewerFromAuthoringTeam,
  reviewerWithDeclaredConflict,
  reviewerReviewedOwnWork,
  noExternalReviewer,
  internalEvidenceOnlyHighSeverity,
  highRiskOutsideReviewScope,
  independenceContradicted,
  dissentNotRecorded,
  decisionMakerNotIndependent,
  decisionMakerConflict,
  riskAcceptedByAuthor,
] as const;
