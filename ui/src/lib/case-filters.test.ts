import { expect } from 'chai';
import { filtersFromSearch, searchFromFilters } from './case-filters.js';

describe('case filters in the address', () => {
  it('round-trips the console filters', () => {
    const filters = { procedure: 'cessation_risk', status: 'open' as const, providerId: 'p1', overdue: true };
    expect(filtersFromSearch(searchFromFilters(filters))).to.deep.equal(filters);
  });

  it('ignores unknown values', () => {
    expect(filtersFromSearch('status=perdu&overdue=peut-être')).to.deep.equal({
      procedure: undefined,
      status: undefined,
      providerId: undefined,
      overdue: undefined,
    });
  });
});
