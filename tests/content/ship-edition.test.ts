import { describe, expect, it } from 'vitest';
import { packCards, unpackCards } from '../../src/content/ship-edition';
import { splitEdition } from '../../src/domain/split-edition';
import { edition } from '../support/published-edition';

describe('the edition as it ships', () => {
  const { cards } = splitEdition(edition);

  it('restores the cards exactly, through JSON as in the cards file', () => {
    expect(unpackCards(JSON.parse(JSON.stringify(packCards(cards))))).toEqual(cards);
  });

  it('leaves out what the unpacking can restore', () => {
    const packed = JSON.stringify(packCards(cards));
    expect(packed.length).toBeLessThan(JSON.stringify(cards).length);
  });
});
