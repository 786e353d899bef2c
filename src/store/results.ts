// What a write returns when it does not apply: typed, so a caller (the HTTP
// layer: 412, 404, 409) decides what to say without parsing messages.

export type Refusal =
  /** The row changed since the caller read it: `current` is its version now. */
  | { readonly ok: false; readonly error: 'conflict'; readonly current: number }
  | { readonly ok: false; readonly error: 'not-found'; readonly what: string }
  /** A unique name or key is taken. */
  | { readonly ok: false; readonly error: 'exists'; readonly what: string }
  /** The write is not allowed in the row's present state (e.g. dismissing a dismissed vote). */
  | { readonly ok: false; readonly error: 'invalid'; readonly what: string };

export type Written<T> = { readonly ok: true; readonly value: T } | Refusal;

export const applied = <T>(value: T): Written<T> => ({ ok: true, value });
export const conflict = (current: number): Refusal => ({ ok: false, error: 'conflict', current });
export const notFound = (what: string): Refusal => ({ ok: false, error: 'not-found', what });
export const exists = (what: string): Refusal => ({ ok: false, error: 'exists', what });
export const invalid = (what: string): Refusal => ({ ok: false, error: 'invalid', what });
