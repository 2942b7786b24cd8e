import { expect } from 'chai';
import {
  ACTE_ACTIONS,
  ACTE_AXES,
  ACTE_AXIS_IDS,
  ACTE_CHARTER,
  ACTE_DIAGNOSIS,
  ACTE_EXPLANATORY,
  ACTE_FAQ,
  DIAGNOSIS_SCALE,
} from '../../common/acte-content';

/** Every text of the module, to check its typography once. */
function allTexts(): string[] {
  return [
    ...ACTE_AXES.flatMap((a) => [a.label, a.description]),
    ...DIAGNOSIS_SCALE.map((c) => c.label),
    ...Object.values(ACTE_DIAGNOSIS).flatMap((qs) => qs.map((q) => q.text)),
    ...ACTE_ACTIONS.flatMap((a) => [a.theme, a.title]),
    ...ACTE_FAQ.flatMap((f) => [f.question, f.answer]),
    ACTE_CHARTER.title,
    ACTE_CHARTER.intro,
    ACTE_CHARTER.confirmation,
    ...ACTE_CHARTER.commitments.map((c) => c.text),
    ACTE_EXPLANATORY.title,
    ...ACTE_EXPLANATORY.sections.flatMap((s) => [s.heading, ...s.paragraphs]),
  ];
}

describe('ACTE content', () => {
  it('has the six axes of the seed, in order', () => {
    expect(ACTE_AXES.map((a) => a.id)).to.deep.equal([...ACTE_AXIS_IDS]);
    expect(ACTE_AXES.map((a) => a.label)).to.deep.equal([
      'Alimentation',
      'Eau',
      'Cadre de vie',
      'Gestion des déchets',
      'Économies d’énergie',
      'Dynamique sociale',
    ]);
    for (const axis of ACTE_AXES) expect(axis.description, axis.id).to.match(/^\S.+\.$/);
  });

  it('asks four to six diagnosis questions per axis, with unique ids named after the axis', () => {
    expect(Object.keys(ACTE_DIAGNOSIS)).to.have.members([...ACTE_AXIS_IDS]);
    const ids: string[] = [];
    for (const axis of ACTE_AXIS_IDS) {
      const questions = ACTE_DIAGNOSIS[axis];
      expect(questions.length, axis).to.be.within(4, 6);
      questions.forEach((q, i) => expect(q.id).to.equal(`${axis}.q${i + 1}`));
      ids.push(...questions.map((q) => q.id));
    }
    expect(new Set(ids).size).to.equal(ids.length);
  });

  it('answers every question on the same three-step scale', () => {
    expect(DIAGNOSIS_SCALE).to.deep.equal([
      { value: 'not_yet', label: 'Pas encore' },
      { value: 'partly', label: 'En partie' },
      { value: 'yes', label: 'Oui, c’est en place' },
    ]);
  });

  it('offers more than 50 actions, some on every axis, with unique ids', () => {
    expect(ACTE_ACTIONS.length).to.be.at.least(50);
    const ids = ACTE_ACTIONS.map((a) => a.id);
    expect(new Set(ids).size).to.equal(ids.length);
    for (const axis of ACTE_AXIS_IDS) {
      expect(ACTE_ACTIONS.filter((a) => a.axis === axis).length, axis).to.be.at.least(10);
    }
    for (const action of ACTE_ACTIONS) {
      expect(ACTE_AXIS_IDS, action.id).to.include(action.axis);
      expect(action.id).to.match(new RegExp(`^${action.axis}-\\d{2}$`));
      expect(action.theme, action.id).to.not.equal('');
      expect(action.title, action.id).to.match(/^[A-ZÉ]/);
    }
  });

  it('includes the three examples of the seed', () => {
    const breastfeeding = ACTE_ACTIONS.filter(
      (a) => a.axis === 'alimentation' && a.theme === 'Alimentation et allaitement',
    ).map((a) => a.title);
    expect(breastfeeding).to.include.members([
      'Informez les parents des conditions de transport et de conservation du lait maternel',
      'Offrez aux mamans la possibilité d’allaiter sur place en cours de journée',
      'Soutenez activement l’allaitement maternel longue durée',
    ]);
  });

  it('answers the six questions of the FAQ', () => {
    expect(ACTE_FAQ.map((f) => f.question)).to.deep.equal([
      'Comment puis-je obtenir mes subsides ?',
      'À quoi dois-je m’engager pour avoir mes subsides ?',
      'Que se passe-t-il si je ne respecte pas mes engagements ?',
      'Combien de temps ai-je pour respecter mes engagements ?',
      'Est-ce qu’il est possible de se rétracter après avoir reçu mes subsides ?',
      'Quand seront disponibles les outils digitaux ?',
    ]);
    const ids = ACTE_FAQ.map((f) => f.id);
    expect(new Set(ids).size).to.equal(ids.length);
    for (const f of ACTE_FAQ) expect(f.answer.length, f.id).to.be.greaterThan(40);
    expect(ACTE_FAQ[0].answer).to.contain('125 €').and.to.contain('trois mois');
  });

  it('has a charter with one commitment per axis and the confirmation sentence', () => {
    expect(ACTE_CHARTER.commitments.length).to.be.within(6, 8);
    const axes = ACTE_CHARTER.commitments.map((c) => c.axis).filter((a) => a !== null);
    expect(axes).to.have.members([...ACTE_AXIS_IDS]);
    expect(ACTE_CHARTER.confirmation).to.equal(
      'Je confirme que j’ai lu et compris tous les aspects de la charte et je m’engage à respecter tous ses objectifs.',
    );
  });

  it('explains the scheme: aims, axes, who may take part, the subsidy and the four steps', () => {
    const text = ACTE_EXPLANATORY.sections.flatMap((s) => [s.heading, ...s.paragraphs]).join('\n');
    for (const axis of ACTE_AXES) expect(text).to.contain(axis.label);
    expect(text).to.contain('subside de base (niveau 1)');
    expect(text).to.contain('125 € par place');
    expect(text).to.contain('trois mois');
    for (const step of ['1. ', '2. ', '3. ', '4. ']) expect(text).to.contain(step);
    for (const section of ACTE_EXPLANATORY.sections)
      expect(section.paragraphs.length, section.heading).to.be.greaterThan(0);
  });

  it('uses typographic apostrophes and only characters the PDF’s standard fonts can draw', () => {
    // Latin-1 plus the few WinAnsi characters beyond it that the texts use.
    const drawable = /^[\u0020-\u007E\u00A0-\u00FF’‘“”–—…€œŒ•]*$/;
    for (const text of allTexts()) {
      expect(text, text).to.not.contain("'");
      expect(text, text).to.not.contain('"');
      expect(text, text).to.match(drawable);
      expect(text, text).to.equal(text.trim());
    }
  });
});
