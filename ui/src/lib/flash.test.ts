import { expect } from 'chai';
import type { SessionUser } from '../api/types.js';
import { childminders, draftErrors } from './flash.js';
import { matchRoute } from './routes.js';

function user(roles: string[]): SessionUser {
  return {
    id: 'u',
    displayName: 'X',
    roles,
    roleLabels: roles,
    providerId: null,
    subregion: null,
    loginMethod: 'strong',
  };
}

describe('the Flash accueil in the interface', () => {
  it('counts childminders in words a reader expects', () => {
    expect(childminders(0)).to.equal('aucun·e accueillant·e');
    expect(childminders(1)).to.equal('1 accueillant·e');
    expect(childminders(2000)).to.equal('2\u00a0000 accueillant·e·s');
  });

  it('opens the issues to write to the coordination, the issues sent to the childminders', () => {
    const supervisor = user(['supervisor']);
    const provider = user(['provider']);
    const agent = user(['agent_conseil']);
    for (const path of ['/flash-accueil', '/flash-accueil/abc'])
      expect([supervisor, provider, agent].map((u) => matchRoute(path, '').allows(u))).to.deep.equal([
        true,
        false,
        false,
      ]);
    for (const path of ['/mes-flash-accueil', '/mes-flash-accueil/abc'])
      expect([supervisor, provider, agent].map((u) => matchRoute(path, '').allows(u))).to.deep.equal([
        false,
        true,
        false,
      ]);
    expect(matchRoute('/mes-flash-accueil', '').params).to.deep.equal({});
    expect(matchRoute('/mes-flash-accueil/abc', '').params.id).to.equal('abc');
    expect(matchRoute('/flash-accueil/abc', '').page).to.equal('flash-issue');
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
