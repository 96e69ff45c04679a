import { describe, expect, it } from 'vitest';
import { createSeed, drawIndex, isSeed, seededRandom, seededShuffle } from '../../src/domain/shuffle';

const cards = Array.from({ length: 40 }, (_, i) => `kort-${i}`);

/** A predictable "random" source for tests: walks through the given values. */
function sequence(...values: number[]): () => number {
  let i = 0;
  return () => values[i++ % values.length] as number;
}

describe('seededShuffle', () => {
  it('deals the same order for the same seed, every time', () => {
    expect(seededShuffle(cards, 'abc123')).toEqual(seededShuffle(cards, 'abc123'));
  });

  it('deals a fixed order for a known seed (links shared today must deal the same next year)', () => {
    expect(seededShuffle(['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h'], 'abc123')).toEqual([
      'a',
      'e',
      'h',
      'b',
      'd',
      'c',
      'g',
      'f',
    ]);
  });

  it('deals a different order for another seed', () => {
    expect(seededShuffle(cards, 'abc123')).not.toEqual(seededShuffle(cards, 'abc124'));
  });

  it('keeps every card exactly once and leaves the input alone', () => {
    const input = [...cards];
    const shuffled = seededShuffle(input, 'k7qm3x');
    expect([...shuffled].sort()).toEqual([...cards].sort());
    expect(shuffled).not.toEqual(cards);
    expect(input).toEqual(cards);
  });

  it('handles an empty deck and a single card', () => {
    expect(seededShuffle([], 'x')).toEqual([]);
    expect(seededShuffle(['a'], 'x')).toEqual(['a']);
  });

  it('spreads cards evenly over many seeds (no card sticks to the top)', () => {
    const firsts = new Map<string, number>();
    for (let i = 0; i < 4000; i += 1) {
      const first = seededShuffle(['a', 'b', 'c', 'd'], `s${i}`)[0] as string;
      firsts.set(first, (firsts.get(first) ?? 0) + 1);
    }
    for (const letter of ['a', 'b', 'c', 'd']) {
      expect(firsts.get(letter)).toBeGreaterThan(850);
      expect(firsts.get(letter)).toBeLessThan(1150);
    }
  });
});

describe('seededRandom', () => {
  it('gives numbers in [0, 1)', () => {
    const random = seededRandom('abc');
    for (let i = 0; i < 1000; i += 1) {
      const value = random();
      expect(value).toBeGreaterThanOrEqual(0);
      expect(value).toBeLessThan(1);
    }
  });
});

describe('createSeed', () => {
  it('makes a short readable seed that links accept', () => {
    const seed = createSeed(sequence(0, 0.5, 0.99));
    expect(seed).toHaveLength(6);
    expect(isSeed(seed)).toBe(true);
    expect(seed).not.toMatch(/[l1o0]/);
  });

  it('rejects what is not a seed', () => {
    expect(isSeed('abc123')).toBe(true);
    for (const bad of ['', 'ABC', 'a b', 'x'.repeat(33), '<script>', undefined]) expect(isSeed(bad)).toBe(false);
  });
});

describe('drawIndex', () => {
  it('never draws the card already shown when there is another', () => {
    for (const r of [0, 0.3, 0.5, 0.99]) {
      expect(drawIndex(3, 1, () => r)).not.toBe(1);
    }
    expect(drawIndex(3, 0, () => 0)).toBe(1);
    expect(drawIndex(3, 0, () => 0.99)).toBe(2);
  });

  it('draws the only card there is', () => {
    expect(drawIndex(1, 0, () => 0.5)).toBe(0);
    expect(drawIndex(0, 0, () => 0.5)).toBe(0);
  });
});
