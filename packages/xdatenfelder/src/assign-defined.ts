/**
 * Sets an optional member only when there is a value: under `exactOptionalPropertyTypes` an
 * absent member and `undefined` differ, and definitions must not carry `undefined`.
 */
export function assign<T extends object, K extends keyof T>(target: T, key: K, value: T[K] | undefined): void {
  if (value !== undefined) target[key] = value;
}
