import { expect } from 'chai';
import { countLabel, formatAmount, formatDate, formatDateTime } from './format.js';

describe('format', () => {
  it('shows dates as a Belgian reader writes them, in Brussels time', () => {
    expect(formatDate('2026-11-23T13:05:00Z')).to.equal('23 novembre 2026');
    // 23:30 UTC is already the next day in Brussels.
    expect(formatDate('2026-11-23T23:30:00Z')).to.equal('24 novembre 2026');
  });

  it('adds the time with « à »', () => {
    expect(formatDateTime('2026-11-23T13:05:00Z')).to.equal('23 novembre 2026 à 14:05');
  });

  it('writes amounts with a space between thousands and the euro sign after, never wrapped', () => {
    expect(formatAmount(1500)).to.equal('1\u00a0500\u00a0€');
    expect(formatAmount(1500.5)).to.equal('1\u00a0500,50\u00a0€');
    expect(formatAmount(125)).to.equal('125\u00a0€');
  });

  it('agrees counts in number', () => {
    expect(countLabel(0, 'tâche', 'tâches')).to.equal('0 tâche');
    expect(countLabel(1, 'tâche', 'tâches')).to.equal('1 tâche');
    expect(countLabel(3, 'tâche', 'tâches')).to.equal('3 tâches');
  });
});
