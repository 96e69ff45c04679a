import { describe, expect, it } from 'vitest';
import { packCards, packCore, unpackCards, unpackCore } from '../../src/content/ship-edition';
import { splitEdition } from '../../src/domain/split-edition';
import { edition } from '../support/published-edition';

describe('the edition as it ships', () => {
  const { core, cards } = splitEdition(edition);

  it('restores the core exactly, through JSON as in index.html', () => {
    expect(unpackCore(JSON.parse(JSON.stringify(packCore(core))))).toEqual(core);
  });

  it('restores the cards exactly, through JSON as in the cards file', () => {
    expect(unpackCards(JSON.parse(JSON.stringify(packCards(cards))))).toEqual(cards);
  });

  it('leaves out what the unpacking can restore', () => {
    const packed = JSON.stringify(packCards(cards));
    expect(packed.length).toBeLessThan(JSON.stringify(cards).length);
  });
});
