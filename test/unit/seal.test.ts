import { expect } from 'chai';
import { SEALED, holdsPersonalNumber, sealPersonalNumbers } from '../../activities/mail/seal';
import { isWorkingDay, publicHolidays } from '../../common/working-days';

describe('Mail: personal numbers never leave in a message', () => {
  it('masks valid IBANs and national register numbers however they are written', () => {
    expect(sealPersonalNumbers('le relevé montre BE68 5390 0754 7034 et non le compte annoncé')).to.equal(
      `le relevé montre ${SEALED} et non le compte annoncé`,
    );
    expect(sealPersonalNumbers('iban: be68539007547034.')).to.equal(`iban: ${SEALED}.`);
    expect(sealPersonalNumbers('NL91ABNA0417164300 ok')).to.equal(`${SEALED} ok`);
    expect(sealPersonalNumbers('numéro 85.07.30-033.28 ;')).to.equal(`numéro ${SEALED} ;`);
    expect(sealPersonalNumbers('85073003328')).to.equal(SEALED);
    expect(sealPersonalNumbers('010315 162 41')).to.equal(SEALED); // born in 2001
  });

  it('leaves alone what only looks like one: phones, enterprise numbers, dates, amounts', () => {
    for (const text of [
      'appelez le 0470 12 34 56 ou le +32 470 12 34 56',
      'entreprise 0712.346.125',
      'Bilan Général 2025 - 2026, au plus tard le 23 novembre 2026',
      'un subside de 375,00 €',
      'BE68 5390 0754 7035', // wrong check digits
      '85073003329', // wrong check
    ]) {
      expect(sealPersonalNumbers(text), text).to.equal(text);
      expect(holdsPersonalNumber(text)).to.equal(false);
    }
  });
});

describe('Working days of the administration', () => {
  it('skips weekends and Belgian public holidays, Easter Monday included', () => {
    expect(isWorkingDay('2026-12-07')).to.equal(true); // a Monday
    expect(isWorkingDay('2026-12-05')).to.equal(false); // a Saturday
    expect(isWorkingDay('2026-12-25')).to.equal(false);
    expect(isWorkingDay('2027-03-29')).to.equal(false); // Easter Monday 2027
    expect(isWorkingDay('2026-09-28')).to.equal(true);
    expect(publicHolidays(2027).get('2027-05-06')).to.equal('Ascension');
  });
});
