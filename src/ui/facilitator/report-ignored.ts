/** Malformed or foreign messages are dropped; in development say why, so a protocol slip is visible. */
export function reportIgnored(reason: string, data: unknown): void {
  if (import.meta.env.DEV) console.warn(`[facilitator] ignored a message: ${reason}`, data);
}
