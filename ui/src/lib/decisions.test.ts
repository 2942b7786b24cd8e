import { expect } from 'chai';
import { ACTE_PLAN_DECISION } from './decisions.js';

describe('the ACTE team’s decision on an action plan', () => {
  const spec = ACTE_PLAN_DECISION;

  it('offers to validate the plan or to ask for changes', () => {
    expect(spec.options.map((o) => o.label)).to.deep.equal(['Valider le plan', 'Demander des modifications']);
    expect(spec.options.map((o) => o.value)).to.deep.equal(['validated', 'changes_requested']);
  });

  it('asks for a choice first', () => {
    expect(spec.check(null, '')).to.deep.equal({
      decision: 'Choisissez « Valider le plan » ou « Demander des modifications »',
    });
  });

  it('requires the changes to be written, not a word of validation', () => {
    expect(spec.commentRequired('changes_requested')).to.equal(true);
    expect(spec.commentRequired('validated')).to.equal(false);
    expect(spec.check('changes_requested', '   ')).to.deep.equal({
      comment: 'Indiquez ce que l’accueillant·e doit modifier',
    });
    expect(spec.check('changes_requested', 'Ajoutez une action sur l’eau.')).to.deep.equal({});
    expect(spec.check('validated', '')).to.deep.equal({});
  });

  it('names the comment after what it is for', () => {
    expect(spec.commentLabel('changes_requested')).to.equal('Ce qu’il faut modifier');
    expect(spec.commentLabel('validated')).to.equal('Message pour l’accueillant·e');
    expect(spec.commentHint('changes_requested')).to.match(/^Obligatoire/);
  });
});
