import { expect } from 'chai';
import { ACTE_DIAGNOSIS } from '../../../common/acte-content.js';
import {
  actionsByTheme,
  checkPlan,
  checkReview,
  formatCents,
  paymentBadgeClass,
  planErrorField,
  reviewErrorField,
  subsidyNextStep,
  toggleTheme,
} from './acte.js';

const empty = { stateOfPlay: '', themes: [], diagnosis: {}, actions: [] };
const NBSP = '\u00a0';

describe('ACTE in the interface', () => {
  it('shows subsidies with their cents, the French way', () => {
    expect(formatCents(37_500)).to.equal(`375,00${NBSP}€`);
    expect(formatCents(123_456)).to.equal(`1${NBSP}234,56${NBSP}€`);
    expect(formatCents(5)).to.equal(`0,05${NBSP}€`);
  });

  it('colours a payment by what it needs', () => {
    expect(paymentBadgeClass({ status: 'released', overdue: false })).to.equal('success');
    expect(paymentBadgeClass({ status: 'waiting_bank_details', overdue: true })).to.equal('danger');
    expect(paymentBadgeClass({ status: 'ready', overdue: false })).to.equal('info');
  });

  it('says what a plan lacks, field by field', () => {
    expect(checkPlan(empty)).to.deep.equal({
      stateOfPlay: 'Décrivez l’état des lieux de votre milieu d’accueil',
      themes: 'Choisissez au moins une thématique',
    });
    const withTheme = toggleTheme({ ...empty, stateOfPlay: 'Potager' }, 'eau', true);
    const errors = checkPlan(withTheme);
    expect(Object.keys(errors)).to.include.members([...ACTE_DIAGNOSIS.eau.map((q) => q.id), 'actions']);
  });

  it('drops the answers and actions of a theme left aside, and keeps the axes in order', () => {
    const eau = actionsByTheme('eau')[0].actions[0].id;
    let plan = toggleTheme(empty, 'eau', true);
    plan = toggleTheme(plan, 'alimentation', true);
    expect(plan.themes).to.deep.equal(['alimentation', 'eau']);
    plan = { ...plan, diagnosis: { [ACTE_DIAGNOSIS.eau[0].id]: 'yes' }, actions: [eau] };
    const left = toggleTheme(plan, 'eau', false);
    expect(left).to.deep.equal({ ...empty, themes: ['alimentation'] });
  });

  it('puts each refusal of the server next to its field', () => {
    expect(planErrorField('content.stateOfPlay')).to.equal('stateOfPlay');
    expect(planErrorField('content.diagnosis.alimentation.q1')).to.equal('alimentation.q1');
    expect(planErrorField('content.actions')).to.equal('actions');
    expect(planErrorField('content.actions.eau-03')).to.equal('actions');
    expect(planErrorField('content.themes')).to.equal('themes');
    expect(reviewErrorField('review.actions.eau-03')).to.equal('review-eau-03');
    expect(reviewErrorField('review.comment')).to.equal(null);
  });

  it('asks where every action of last year’s plan stands', () => {
    expect(checkReview(['eau-01', 'eau-02'], { 'eau-01': 'done' })).to.deep.equal({
      'review-eau-02': 'Indiquez où en est cette action',
    });
    expect(checkReview(['eau-01'], { 'eau-01': 'not_started' })).to.deep.equal({});
  });

  it('says what to do for the subsidy, sending to « Signalétique » only when bank details are missing', () => {
    expect(subsidyNextStep('waiting_bank_details', 'missing').inSignaletique).to.equal(true);
    expect(subsidyNextStep('waiting_bank_details', 'missing').text).to.contain('relevé d’identité bancaire');
    expect(subsidyNextStep('waiting_bank_details', 'pending')).to.deep.include({ inSignaletique: false });
    expect(subsidyNextStep('waiting_bank_details', 'pending').text).to.contain('attendent la validation');
    expect(subsidyNextStep('ready', 'approved').text).to.contain('Rien à faire');
    expect(subsidyNextStep('released', 'approved').inSignaletique).to.equal(false);
  });
});
