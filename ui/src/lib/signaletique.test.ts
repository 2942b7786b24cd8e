import { expect } from 'chai';
import type { Signaletique } from '../api/types.js';
import { errorsByPath, fieldId, fieldLabels, formFrom, inputFrom } from './signaletique.js';

const empty: Signaletique = {
  providerId: 'p-x',
  editable: true,
  auditVisible: false,
  submittedAt: null,
  identification: {
    firstName: 'Anne',
    lastName: 'Collin',
    niss: { value: '01.03.15-162.41', masked: false },
    bce: { value: '0712.346.620', masked: false },
    email: 'anne@exemple.be',
    mobile: '0475 10 20 30',
    website: null,
    facebook: null,
  },
  subregion: { code: 'namur', name: 'Namur' },
  visibleOnMyOne: false,
  placeAddress: {
    street: null,
    number: null,
    box: null,
    postcode: '5030',
    city: 'Gembloux',
    country: 'Belgique',
  },
  postalAddress: null,
  emergencyMobile: null,
  coAccueil: null,
  openingHours: null,
  availability: { status: null, label: null, fromDate: null },
  unavailabilityPeriods: [],
  qualities: null,
  groups: null,
  capacity: 4,
  bank: { inForce: null, pending: null, lastRejected: null },
  photos: [],
  project: null,
};

describe('the signalétique form', () => {
  it('starts from what is on record, weekends closed when no hours are known', () => {
    const form = formFrom(empty);
    expect(form.text['identification.bce']).to.equal('0712.346.620');
    expect(form.text['placeAddress.postcode']).to.equal('5030');
    expect(form.text['placeAddress.street']).to.equal('');
    expect(form.closed.samedi).to.equal(true);
    expect(form.closed.lundi).to.equal(false);
    expect(form.postalSameAsPlace).to.equal(true);
  });

  it('never puts a masked number back into the form', () => {
    const masked = {
      ...empty,
      identification: { ...empty.identification, bce: { value: '••••.•••.620', masked: true } },
    };
    expect(formFrom(masked).text['identification.bce']).to.equal('');
  });

  it('submits every section: closed days without hours, empty numbers as missing, dates only when asked', () => {
    const form = formFrom(empty);
    form.text['groups.averageChildren'] = ' 4 ';
    form.text['groups.ageFromMonths'] = '';
    form.text['groups.ageToMonths'] = 'trente';
    form.text['openingHours.lundi.from'] = '07:30';
    form.availability = 'immediate';
    form.text['availability.fromDate'] = '2027-01-01';
    const input = inputFrom(form);
    expect(input.openingHours.samedi).to.deep.equal({ closed: true });
    expect(input.openingHours.lundi).to.deep.equal({ closed: false, from: '07:30', to: null });
    expect(input.groups).to.deep.equal({ averageChildren: 4, ageFromMonths: null, ageToMonths: null });
    expect(input.availability).to.deep.equal({ status: 'immediate', fromDate: null });
    expect(input.postalAddress).to.deep.equal({ sameAsPlace: true });
    expect(input.coAccueil).to.deep.equal({ enabled: false });
  });

  it('puts each server error on its field, a whole missing section on its first field', () => {
    const labels = fieldLabels(1);
    const { fields, others } = errorsByPath(
      [
        { path: 'placeAddress.postcode', message: 'Indiquez un code postal belge' },
        { path: 'openingHours.lundi', message: 'Ce champ est requis' },
        { path: 'unavailabilityPeriods.0.to', message: 'La fin de la période doit suivre son début' },
        { path: 'ailleurs', message: 'Champ inattendu' },
      ],
      labels,
    );
    expect(fields).to.deep.equal({
      'placeAddress.postcode': 'Indiquez un code postal belge',
      'openingHours.lundi.from': 'Ce champ est requis',
      'unavailabilityPeriods.0.to': 'La fin de la période doit suivre son début',
    });
    expect(others).to.deep.equal(['Champ inattendu']);
    expect(labels['unavailabilityPeriods.0.to']).to.equal('Indisponibilité 1 — au');
    expect(fieldId('placeAddress.postcode')).to.equal('f-placeAddress-postcode');
  });
});
