import { describe, expect, it } from 'vitest';
import { indexNeighbours } from '~/lib/neighbours';

const listing = ['fintech', 'healthtech', 'legaltech'].map((id) => ({ id }));
const neighboursOf = indexNeighbours(listing, (item) => item.id);

describe('indexNeighbours', () => {
  it('gives the items on either side in the listing order', () => {
    expect(neighboursOf('healthtech')).toEqual({ previous: { id: 'fintech' }, next: { id: 'legaltech' } });
  });

  it('gives no previous to the first item and no next to the last', () => {
    expect(neighboursOf('fintech')).toEqual({ previous: undefined, next: { id: 'healthtech' } });
    expect(neighboursOf('legaltech')).toEqual({ previous: { id: 'healthtech' }, next: undefined });
  });

  it('gives neither to an item the listing does not hold', () => {
    expect(neighboursOf('draft')).toEqual({ previous: undefined, next: undefined });
  });

  it('refuses a listing that holds one key twice', () => {
    expect(() => indexNeighbours([{ id: 'a' }, { id: 'a' }], (item) => item.id)).toThrow('"a" appears twice');
  });
});
