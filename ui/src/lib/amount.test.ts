import { expect } from 'chai';
import { parseAmount } from './amount.js';

describe('parseAmount', () => {
  it('accepts what an agent types for an amount in euros', () => {
    expect(parseAmount('1500')).to.equal(1500);
    expect(parseAmount('1 500')).to.equal(1500);
    expect(parseAmount('1500,50')).to.equal(1500.5);
    expect(parseAmount('1 500 €')).to.equal(1500);
  });

  it('refuses what is not an amount', () => {
    expect(parseAmount('')).to.equal(null);
    expect(parseAmount('mille')).to.equal(null);
    expect(parseAmount('-10')).to.equal(null);
    expect(parseAmount('12,345')).to.equal(null);
  });
});
