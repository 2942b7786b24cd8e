import { expect } from 'chai';
import { childminders, draftErrors } from './flash.js';

describe('the Flash accueil in the interface', () => {
  it('counts childminders in words a reader expects', () => {
    expect(childminders(0)).to.equal('aucun·e accueillant·e');
    expect(childminders(1)).to.equal('1 accueillant·e');
    expect(childminders(2000)).to.equal('2\u00a0000 accueillant·e·s');
  });

  it('checks a draft before it is sent to the server', () => {
    expect(draftErrors({ title: ' ', body: '' })).to.deep.equal({
      title: 'Ce champ est requis',
      body: 'Ce champ est requis',
    });
    expect(draftErrors({ title: 'x'.repeat(151), body: 'Texte' })).to.deep.equal({
      title: 'Ce texte ne peut dépasser 150 caractères',
    });
    expect(draftErrors({ title: 'Décembre 2026', body: 'Texte' })).to.deep.equal({});
  });
});
