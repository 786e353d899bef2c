// Stable codes the gsn2x importer reports besides the loader's own (L01-L04
// for YAML, L09 for a used file that cannot be read, L10 for a `uses` cycle,
// L11 for an id defined in two modules, L12 for a module name used twice).
// Never renumber: add new codes instead.
import type { CodeInfo } from '../../model/diagnostic.js';
import type { LoaderCode } from '../codes.js';

const GSN2X = [
  {
    code: 'X01',
    name: 'gsn2x-unknown-type',
    title: 'gsn2x element without a type',
    severity: 'error',
    description:
      'A gsn2x element id starts with none of the known prefixes (G, S, Sn, C, A, J, CG, CSn) and has no valid `nodeType`, so its kind cannot be known.',
    gsn2x: 'V01',
  },
  {
    code: 'X02',
    name: 'gsn2x-invalid-id',
    title: 'gsn2x id Warrant cannot hold',
    severity: 'error',
    description:
      'An element id, a reference or an assurance claim point name is not a valid Warrant id (a letter, then letters, digits, ".", "_" or "-"). Often a comma-separated list written as one string.',
    gsn2x: 'C11',
  },
  {
    code: 'X03',
    name: 'gsn2x-wrong-type',
    title: 'gsn2x value of the wrong type',
    severity: 'error',
    description:
      'A gsn2x document, element or field has a value of the wrong type (a list where text is needed, text where a mapping is needed, ...).',
  },
  {
    code: 'X04',
    name: 'gsn2x-field-kept-as-layout',
    title: 'gsn2x field kept as layout only',
    severity: 'warning',
    description:
      'A gsn2x element has a field its Warrant kind cannot hold (`supportedBy` on a solution, `inContextOf` on a context, ...). It is kept under `layout:` so that export restores it, but Warrant does not treat it as a link.',
  },
  {
    code: 'X05',
    name: 'gsn2x-module-field-dropped',
    title: 'gsn2x module field dropped',
    severity: 'warning',
    description:
      "A gsn2x `module:` field Warrant's module header cannot hold (horizontalIndex, rankIncrement, charWrap, stylesheets, free-form information) is not imported, so export cannot restore it.",
  },
  {
    code: 'X06',
    name: 'gsn2x-type-contradicts-id',
    title: 'gsn2x nodeType contradicts the id prefix',
    severity: 'warning',
    description:
      'An element declares a `nodeType` other than the one its id prefix says (`G1` declared a Solution). ' +
      'The declared type wins, as in gsn2x, but a reader going by the id is misled. ' +
      'A prefix counts when a digit, `.`, `_`, `-` or the end follows it (`G1`, `Sn_web`); ' +
      'an id whose letters run on (`CCSn1`, `Gate`) names no type and is not reported.',
    gsn2x: 'V08',
  },
  {
    code: 'X07',
    name: 'gsn2x-non-counter-challenges',
    title: 'gsn2x element other than a counter-goal or counter-solution challenges',
    severity: 'error',
    description:
      'Only counter-goals and counter-solutions (Warrant defeaters) challenge. A goal, strategy, solution, context, ' +
      'assumption or justification with `challenges` is an error in gsn2x, and Warrant has no place for the link.',
    gsn2x: 'V12',
  },
] as const satisfies readonly CodeInfo[];

/** A code only the gsn2x importer reports: X01 to X07. */
export type Gsn2xOnlyCode = (typeof GSN2X)[number]['code'];

export const GSN2X_CODES: readonly (CodeInfo & { code: Gsn2xOnlyCode })[] = GSN2X;

/** What the gsn2x importer reports: its own codes and the loader's it shares. */
export type Gsn2xCode = Gsn2xOnlyCode | LoaderCode;
