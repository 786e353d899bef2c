// The secrecy-as-shield rules, in the order the docs list them.
import { openDefeaterUnpublished } from './open-defeater-unpublished.js';
import { publicClaimRestsOnRestricted } from './public-claim-rests-on-restricted.js';
import { publicationStateContradictsRedactions } from './publication-state-contradicts-redactions.js';
import { redactionWithoutCharacter } from './redaction-without-character.js';
import { selfAttestation } from './self-attestation.js';
import { withheldWithoutRedactionRecord } from './withheld-without-redaction-record.js';

export const secrecyAsShieldRules = [
  redactionWithoutCharacter,
  withheldWithoutRedactionRecord,
  publicClaimRestsOnRestricted,
  selfAttestation,
  openDefeaterUnpublished,
  publicationStateContradictsRedactions,
] as const;
