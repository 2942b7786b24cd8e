import { expect } from 'chai';
import { atRiskNotice } from './at-risk.js';

describe('cases at risk', () => {
  const acte = { procedure: 'acte' as const, statusLabel: 'Subside en attente de coordonnées bancaires' };

  it('says nothing about a case on track', () => {
    expect(atRiskNotice({ ...acte, atRisk: null })).to.equal(null);
    expect(atRiskNotice({ ...acte, atRisk: '  ' })).to.equal(null);
  });

  it('names an ACTE subsidy at risk and why, as a warning', () => {
    expect(atRiskNotice({ ...acte, atRisk: 'Le lot de paiements n’est pas encore libéré' })).to.deep.equal({
      text: 'Subside à risque : Le lot de paiements n’est pas encore libéré',
      tone: 'warning',
      repeatsStatus: false,
    });
  });

  it('marks a payment deadline passed as a danger, in the words of the case', () => {
    const notice = atRiskNotice({
      ...acte,
      atRisk: 'Délai de paiement dépassé : aucune coordonnée bancaire validée',
    });
    expect(notice).to.deep.equal({
      text: 'Délai de paiement dépassé : aucune coordonnée bancaire validée',
      tone: 'danger',
      repeatsStatus: false,
    });
  });

  it('knows when the status already gives the reason, whatever the case of its letters', () => {
    const status = 'Subside à risque : aucune coordonnée bancaire validée';
    const notice = atRiskNotice({
      procedure: 'acte',
      statusLabel: status,
      atRisk: 'Aucune coordonnée bancaire validée',
    });
    expect(notice?.repeatsStatus).to.equal(true);
    expect(notice?.text).to.equal('Subside à risque : Aucune coordonnée bancaire validée');
    const late = atRiskNotice({
      procedure: 'acte',
      statusLabel: status,
      atRisk: 'Délai de paiement dépassé : aucune coordonnée bancaire validée',
    });
    expect(late?.repeatsStatus).to.equal(true);
    // A deadline passed without a reason repeats nothing.
    expect(
      atRiskNotice({ procedure: 'acte', statusLabel: status, atRisk: 'Délai de paiement dépassé' })
        ?.repeatsStatus,
    ).to.equal(false);
  });

  it('keeps a plain « À risque » for other procedures', () => {
    expect(
      atRiskNotice({ procedure: 'rib', statusLabel: 'En cours', atRisk: 'Échéance proche' })?.text,
    ).to.equal('À risque : Échéance proche');
  });
});
