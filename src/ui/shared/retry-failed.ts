const failures = new Set<() => void>();

/** Remembers how to forget a failed load (a chunk, the cards) until the next "Prøv igen". */
export function forgetOnRetry(forget: () => void): void {
  failures.add(forget);
}

/** Forgets every remembered failure ("Prøv igen"): the next render loads afresh. */
export function retryFailed(): void {
  for (const forget of failures) forget();
  failures.clear();
}
