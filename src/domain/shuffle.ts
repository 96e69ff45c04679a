/*
 * Shuffling that a facilitator can hand out: the same seed deals the same order on every tablet,
 * in every browser, this year and next. So the generator is written here (a browser's
 * Math.random cannot be seeded) and must never change: a changed algorithm deals old links
 * differently.
 */

/** What a seed in a link may look like: short, lower case, easy to read aloud. */
export const SEED_PATTERN = /^[a-z0-9]{1,32}$/;

export function isSeed(value: unknown): value is string {
  return typeof value === 'string' && SEED_PATTERN.test(value);
}

/** 32-bit FNV-1a of the seed's characters, spread by a final avalanche. */
function hashSeed(seed: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < seed.length; i += 1) {
    hash ^= seed.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  hash ^= hash >>> 16;
  hash = Math.imul(hash, 0x85ebca6b);
  hash ^= hash >>> 13;
  return hash >>> 0;
}

/** Mulberry32: small, fast and good enough to deal cards; returns numbers in [0, 1). */
export function seededRandom(seed: string): () => number {
  let state = hashSeed(seed);
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** The items in the order the seed deals them (Fisher–Yates); the input is left as it was. */
export function seededShuffle<T>(items: readonly T[], seed: string): T[] {
  const random = seededRandom(seed);
  const order = [...items];
  for (let i = order.length - 1; i > 0; i -= 1) {
    const j = Math.floor(random() * (i + 1));
    [order[i], order[j]] = [order[j] as T, order[i] as T];
  }
  return order;
}

const SEED_ALPHABET = 'abcdefghijkmnpqrstuvwxyz23456789'; // no l/1, o/0: read aloud or copied by hand

/** A fresh seed, e.g. "k7qm3x" (about a billion possibilities at six letters). */
export function createSeed(random: () => number = Math.random, length = 6): string {
  let seed = '';
  for (let i = 0; i < length; i += 1) seed += SEED_ALPHABET[Math.floor(random() * SEED_ALPHABET.length)];
  return seed;
}

/** A random position in a list of `length`, other than `current` when there is another. */
export function drawIndex(length: number, current: number, random: () => number = Math.random): number {
  if (length <= 1) return 0;
  const pick = Math.floor(random() * (length - 1));
  return pick >= current ? pick + 1 : pick;
}
