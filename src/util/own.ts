// Reading a property named by input. Case files name fields and ids freely,
// and a name such as `constructor` or `__proto__` read from a plain object
// finds Object.prototype's member instead of nothing. Every lookup of a key
// that came from input goes through `own` (or a Map).

/** `o[key]` if `o` has its own property `key`, else undefined: never an inherited member. */
export function own<T>(o: Readonly<Record<string, T>> | undefined, key: string): T | undefined {
  return o !== undefined && Object.hasOwn(o, key) ? o[key] : undefined;
}

/** Set an own, enumerable property, even one named `__proto__` (which `o[key] = v` would take as the prototype). */
export function setOwn<T>(o: Record<string, T>, key: string, value: T): void {
  Object.defineProperty(o, key, { value, enumerable: true, writable: true, configurable: true });
}
