import { expect } from 'chai';
import { fieldErrorsFromDetails } from './field-errors.js';

describe('fieldErrorsFromDetails', () => {
  it('puts each server message next to its field, whatever the path prefix', () => {
    const { fieldErrors, otherMessages } = fieldErrorsFromDetails(
      [
        { path: 'reasonOther', message: 'Veuillez préciser le motif' },
        { path: 'outcome.amountEur', message: 'Indiquez le montant accordé' },
        { path: 'somethingElse', message: 'Autre problème' },
      ],
      ['reasonOther', 'amountEur'],
    );
    expect(fieldErrors).to.deep.equal({
      reasonOther: 'Veuillez préciser le motif',
      amountEur: 'Indiquez le montant accordé',
    });
    expect(otherMessages).to.deep.equal(['Autre problème']);
  });
});
