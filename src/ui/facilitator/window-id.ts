/** A random id for this window (crypto.randomUUID needs a secure context; getRandomValues does not). */
export function windowId(): string {
  const bytes = new Uint8Array(8);
  crypto.getRandomValues(bytes);
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}
