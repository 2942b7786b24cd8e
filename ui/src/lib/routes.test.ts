import { expect } from 'chai';
import type { SessionUser } from '../api/types.js';
import { homePathFor } from './roles.js';
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

describe('routes', () => {
  it('reads the page and its parameters from the address', () => {
    const route = matchRoute('/taches/abc%20d', '?vue=mes-taches');
    expect(route.page).to.equal('task');
    expect(route.params.id).to.equal('abc d');
    expect(route.query.get('vue')).to.equal('mes-taches');
    expect(matchRoute('/dossiers/', '').page).to.equal('cases');
    expect(matchRoute('/inconnue', '').page).to.equal('not-found');
  });

  it('opens each page to the roles it is meant for', () => {
    const provider = user(['provider']);
    const agent = user(['cellule_veille']);
    const supervisor = user(['supervisor']);
    expect(matchRoute('/signalement', '').allows(provider)).to.equal(true);
    expect(matchRoute('/signalement', '').allows(agent)).to.equal(false);
    expect(matchRoute('/taches', '').allows(agent)).to.equal(true);
    expect(matchRoute('/taches', '').allows(provider)).to.equal(false);
    expect(matchRoute('/dossiers/1', '').allows(supervisor)).to.equal(true);
    expect(matchRoute('/dossiers/1', '').allows(agent)).to.equal(false);
    expect(matchRoute('/connexion', '').public).to.equal(true);
  });

  it('sends each person to their own first page after login', () => {
    expect(homePathFor(user(['provider']))).to.equal('/accueil');
    expect(homePathFor(user(['cellule_veille']))).to.equal('/taches');
    expect(homePathFor(user(['supervisor']))).to.equal('/dossiers');
    expect(homePathFor(user(['cellule_veille', 'supervisor']))).to.equal('/taches');
  });
});

describe('routes: « Gestion de mon utilisateur »', () => {
  it('is open to everyone signed in, and to no one signed out', () => {
    const route = matchRoute('/mon-utilisateur', '');
    expect(route.page).to.equal('my-user');
    expect(route.public).to.equal(false);
    for (const roles of [['provider'], ['cellule_veille'], ['supervisor']])
      expect(route.allows(user(roles)), roles.join()).to.equal(true);
  });
});
