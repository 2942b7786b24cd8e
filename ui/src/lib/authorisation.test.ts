import { expect } from 'chai';
import { todayInBrussels } from './format.js';
import {
  adaptationInputFrom,
  addDays,
  authorisationBadgeClass,
  checkAdaptationForm,
  checkResumeOn,
  checkReviewForm,
  formatDay,
  resumeBounds,
  reviewCommentLabel,
  type AdaptationFormValues,
} from './authorisation.js';

const TODAY = '2027-02-10';
const blank: AdaptationFormValues = { type: null, lastDay: '', from: '', to: '', reason: '' };

describe('authorisation: dates', () => {
  it('writes a whole day in French, the same day in every time zone', () => {
    expect(formatDay('2027-03-01')).to.equal('1 mars 2027');
    expect(formatDay('2026-12-31')).to.equal('31 décembre 2026');
  });

  it('counts days across months and years', () => {
    expect(addDays('2027-02-27', 2)).to.equal('2027-03-01');
    expect(addDays('2026-12-31', 1)).to.equal('2027-01-01');
    expect(addDays('2027-01-01', -1)).to.equal('2026-12-31');
  });

  it('takes today in Brussels, already tomorrow there late in the UTC evening', () => {
    expect(todayInBrussels(new Date('2027-02-10T23:30:00Z'))).to.equal('2027-02-11');
    expect(todayInBrussels(new Date('2027-02-10T12:00:00Z'))).to.equal('2027-02-10');
  });
});

describe('authorisation: the request form', () => {
  it('asks first which adaptation is wanted', () => {
    expect(checkAdaptationForm(blank, TODAY)).to.have.keys(['type']);
  });

  it('wants a last day, not in the past, for an end of activity', () => {
    const end = { ...blank, type: 'end_of_activity' as const };
    expect(checkAdaptationForm(end, TODAY).lastDay).to.equal('Indiquez votre dernier jour d’accueil');
    expect(checkAdaptationForm({ ...end, lastDay: '2027-02-09' }, TODAY).lastDay).to.contain('passé');
    expect(checkAdaptationForm({ ...end, lastDay: TODAY }, TODAY)).to.deep.equal({});
  });

  it('wants both days in order and a reason for a temporary cessation', () => {
    const temp = { ...blank, type: 'temporary_cessation' as const };
    expect(checkAdaptationForm(temp, TODAY)).to.have.keys(['from', 'to', 'reason']);
    const reversed = { ...temp, from: '2027-03-10', to: '2027-03-01', reason: 'Congé' };
    expect(checkAdaptationForm(reversed, TODAY)).to.deep.equal({
      to: 'Le dernier jour doit suivre le premier',
    });
    expect(
      checkAdaptationForm({ ...temp, from: '2027-03-01', to: '2027-03-01', reason: '  ' }, TODAY),
    ).to.have.keys(['reason']);
    expect(checkAdaptationForm({ ...reversed, to: '2027-03-31' }, TODAY)).to.deep.equal({});
  });

  it('sends only the fields of the chosen adaptation', () => {
    const filled = {
      type: null,
      lastDay: '2027-06-30',
      from: '2027-03-01',
      to: '2027-03-31',
      reason: ' Congé ',
    };
    expect(adaptationInputFrom({ ...filled, type: 'end_of_activity' })).to.deep.equal({
      type: 'end_of_activity',
      lastDay: '2027-06-30',
    });
    expect(adaptationInputFrom({ ...filled, type: 'temporary_cessation' })).to.deep.equal({
      type: 'temporary_cessation',
      from: '2027-03-01',
      to: '2027-03-31',
      reason: 'Congé',
    });
  });
});

describe('authorisation: the référent·e’s decision', () => {
  it('names the text after what it is for', () => {
    expect(reviewCommentLabel('refused')).to.equal('Motif du refus');
    expect(reviewCommentLabel('more_info')).to.equal('Votre question à l’accueillant·e');
    expect(reviewCommentLabel('accepted')).to.equal('Commentaire (facultatif)');
    expect(reviewCommentLabel(null)).to.equal('Commentaire (facultatif)');
  });

  it('needs a reason to refuse and a question to ask, nothing to accept', () => {
    expect(checkReviewForm(null, '')).to.have.keys(['decision']);
    expect(checkReviewForm('refused', ' ')).to.have.keys(['comment']);
    expect(checkReviewForm('more_info', '')).to.have.keys(['comment']);
    expect(checkReviewForm('accepted', '')).to.deep.equal({});
    expect(checkReviewForm('more_info', 'Jusqu’à quand ?')).to.deep.equal({});
  });
});

describe('authorisation: status and early reprise', () => {
  it('gives each status its badge', () => {
    expect(authorisationBadgeClass('granted')).to.equal('success');
    expect(authorisationBadgeClass('suspended')).to.equal('warning');
    expect(authorisationBadgeClass('withdrawn')).to.equal('danger');
  });

  it('lets the place reopen from tomorrow, after the first day, up to the last day', () => {
    const request = { from: '2027-02-01', to: '2027-02-28' };
    expect(resumeBounds(request, TODAY)).to.deep.equal({ min: '2027-02-11', max: '2027-02-28' });
    expect(resumeBounds({ from: '2027-03-01', to: '2027-03-31' }, TODAY).min).to.equal('2027-03-02');
    expect(checkResumeOn('', request, TODAY)).to.contain('Indiquez');
    expect(checkResumeOn(TODAY, request, TODAY)).to.contain('11 février 2027');
    expect(checkResumeOn('2027-03-01', request, TODAY)).to.contain('28 février 2027');
    expect(checkResumeOn('2027-02-20', request, TODAY)).to.equal(null);
  });
});
