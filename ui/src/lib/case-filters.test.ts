import { expect } from 'chai';
import { CASE_PROCEDURES, filtersFromSearch, searchFromFilters } from './case-filters.js';

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

  it('offers the adaptation of the authorisation among the procedures', () => {
    // The seven procedures of the seed's first chapters, in this order; a procedure added later
    // (its own line in ui/src/procedures.ts) comes after them.
    expect(CASE_PROCEDURES.map((p) => p.value).slice(0, 7)).to.deep.equal([
      'bilan',
      'cessation_risk',
      'adaptation',
      'acte',
      'acte_question',
      'rib',
      'photo',
    ]);
    expect(CASE_PROCEDURES.find((p) => p.value === 'adaptation')?.label).to.equal(
      'Adaptation de l’autorisation',
    );
    expect(searchFromFilters({ procedure: 'adaptation', status: 'open' })).to.equal(
      'procedure=adaptation&status=open',
    );
    expect(filtersFromSearch('procedure=adaptation')).to.include({ procedure: 'adaptation' });
  });

  it('offers the ACTE scheme and the questions to its team, by the API’s names', () => {
    expect(CASE_PROCEDURES.find((p) => p.value === 'acte')?.label).to.equal(
      'Accueil en transition écologique (ACTE)',
    );
    expect(CASE_PROCEDURES.find((p) => p.value === 'acte_question')?.label).to.equal(
      'Question à l’équipe ACTE',
    );
    expect(searchFromFilters({ procedure: 'acte', overdue: true })).to.equal('procedure=acte&overdue=true');
    expect(filtersFromSearch('procedure=acte_question')).to.include({ procedure: 'acte_question' });
  });
});
