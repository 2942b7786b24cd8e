import { expect } from 'chai';
import { ApiError } from '../api/api.js';
import { fieldErrorsFromDetails, formErrorsFrom, withoutError } from './field-errors.js';

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

describe('formErrorsFrom', () => {
  it('puts what the server refused next to the fields and the rest in the summary', () => {
    const error = new ApiError(422, 'VALIDATION', 'Le formulaire contient des erreurs.', [
      { path: 'body.period', message: 'Ce champ est requis' },
      { path: 'body', message: 'Requête invalide' },
    ]);
    expect(formErrorsFrom(error, ['period', 'reason'])).to.deep.equal({
      fieldErrors: { period: 'Ce champ est requis' },
      formError: {
        message: 'Le formulaire contient des erreurs.',
        code: 'VALIDATION',
        others: ['Requête invalide'],
      },
    });
  });
});

describe('withoutError', () => {
  it('clears the error of one field, keeping the same errors when that field has none', () => {
    const errors = { period: 'Ce champ est requis', reason: 'Ce champ est requis' };
    expect(withoutError(errors, 'period')).to.deep.equal({ reason: 'Ce champ est requis' });
    expect(errors).to.have.property('period');
    expect(withoutError(errors, 'reasonOther')).to.equal(errors);
  });
});
