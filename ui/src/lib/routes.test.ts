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

  it('gives everyone « Mes préférences », and the coordination the messages not delivered', () => {
    const agent = user(['agent_conseil']);
    const supervisor = user(['supervisor']);
    expect(matchRoute('/mes-preferences', '').allows(user(['provider']))).to.equal(true);
    expect(matchRoute('/mes-preferences', '').allows(agent)).to.equal(true);
    expect(matchRoute('/e-mails-non-remis', '').allows(supervisor)).to.equal(true);
    expect(matchRoute('/e-mails-non-remis', '').allows(agent)).to.equal(false);
  });

  it('opens ACTE and « Mes subsides » to the childminder, « Paiements » to the agents subsides', () => {
    const provider = user(['provider']);
    const subsides = user(['agent_subsides']);
    const acte = user(['equipe_acte']);
    for (const path of ['/acte', '/acte/plan', '/mes-subsides'])
      expect([matchRoute(path, '').allows(provider), matchRoute(path, '').allows(acte)]).to.deep.equal([
        true,
        false,
      ]);
    expect(matchRoute('/paiements', '').allows(subsides)).to.equal(true);
    expect(matchRoute('/paiements', '').allows(acte)).to.equal(false);
    expect(matchRoute('/paiements', '').allows(provider)).to.equal(false);
    const plan = matchRoute('/accueillants/p-rousseau/acte/plan', '');
    expect(plan.page).to.equal('provider-acte-plan');
    expect(plan.params.id).to.equal('p-rousseau');
    expect(plan.allows(acte)).to.equal(true);
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

describe('routes: the bilan de fonctionnement', () => {
  it('gives the provider their bilans and documentation, agents the bilan, the coordination its campaigns', () => {
    const provider = user(['provider']);
    const conseil = user(['agent_conseil']);
    const supervisor = user(['supervisor']);
    expect(matchRoute('/mes-bilans', '').page).to.equal('my-bilans');
    expect(matchRoute('/mes-bilans/documentation', '').page).to.equal('bilan-documentation');
    const mine = matchRoute('/mes-bilans/0b5c1f1e-1234-4abc-8def-0123456789ab', '');
    expect(mine.page).to.equal('my-bilan');
    expect(mine.params.id).to.equal('0b5c1f1e-1234-4abc-8def-0123456789ab');
    expect(mine.allows(provider)).to.equal(true);
    expect(mine.allows(conseil)).to.equal(false);
    const theirs = matchRoute('/bilans/0b5c1f1e-1234-4abc-8def-0123456789ab', '');
    expect(theirs.page).to.equal('bilan');
    expect(theirs.allows(conseil)).to.equal(true);
    expect(theirs.allows(supervisor)).to.equal(true);
    expect(theirs.allows(provider)).to.equal(false);
    expect(matchRoute('/campagnes', '').allows(supervisor)).to.equal(true);
    expect(matchRoute('/campagnes', '').allows(conseil)).to.equal(false);
  });
});

describe('routes: « Mon autorisation »', () => {
  it('gives the provider their own authorisation, agents and the coordination a provider’s', () => {
    const provider = user(['provider']);
    const accueil = user(['referent_accueil']);
    const supervisor = user(['supervisor']);
    const mine = matchRoute('/mon-autorisation', '');
    expect(mine.page).to.equal('my-authorisation');
    expect(mine.allows(provider)).to.equal(true);
    expect(mine.allows(accueil)).to.equal(false);
    const theirs = matchRoute('/accueillants/p-peeters/autorisation', '');
    expect(theirs.page).to.equal('authorisation');
    expect(theirs.params.id).to.equal('p-peeters');
    expect(theirs.allows(accueil)).to.equal(true);
    expect(theirs.allows(supervisor)).to.equal(true);
    expect(theirs.allows(provider)).to.equal(false);
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
});
