// The outcome of a review decision: a value, or a refusal with a stable code
// and a message for a person. User errors are results, never exceptions, so
// the server maps each code to a 4xx and the CLI to exit 2 without a stack.

export interface Refusal {
  readonly ok: false;
  /** Stable, kebab-case: clients branch on it ("not-permitted", "bad-transition", ...). */
  readonly code: string;
  readonly message: string;
}

export type ReviewResult<T> = { readonly ok: true; readonly value: T } | Refusal;

export function refuse(code: string, message: string): Refusal {
  return { ok: false, code, message };
}

export function accept<T>(value: T): ReviewResult<T> {
  return { ok: true, value };
}
