import { expect } from 'chai';
import { checkExecutionDate } from './payments.js';
import { todayInBrussels } from './format.js';

describe('payments of subsidies', () => {
  it('counts today in Brussels, not in UTC', () => {
    // 23:30 UTC on 31 December is already New Year's Day in Brussels.
    expect(todayInBrussels(new Date('2026-12-31T23:30:00Z'))).to.equal('2027-01-01');
    expect(todayInBrussels(new Date('2026-11-23T10:00:00Z'))).to.equal('2026-11-23');
  });

  it('takes today or a day to come as the execution date, never a day gone', () => {
    expect(checkExecutionDate('2026-11-23', '2026-11-23')).to.deep.equal({});
    expect(checkExecutionDate('2026-12-01', '2026-11-23')).to.deep.equal({});
    expect(checkExecutionDate('2026-11-22', '2026-11-23')).to.deep.equal({
      executionDate: 'Choisissez aujourd’hui ou un jour à venir',
    });
    expect(checkExecutionDate('', '2026-11-23').executionDate).to.match(/^Indiquez la date d’exécution/);
  });
});
