import { randomUUID } from 'node:crypto';
import { expect } from 'chai';
import { testSystem, type TestSystem } from '../support/system';
import { ApiClient, eventually } from '../support/api-client';
import { completeSignaletique, newProvider } from '../support/fixtures';

/**
 * Every route × every role, on one's own record and on another's: the exact status. A failure
 * names the cell. Add a row for every new route.
 */
type Who =
  | 'anonymous'
  | 'providerOwn'
  | 'providerOther'
  | 'celluleVeille'
  | 'agentConseilOwn'
  | 'agentConseilOther'
  | 'referentAccueil'
  | 'referentSante'
  | 'agentSubsides'
  | 'equipeActe'
  | 'helpdesk'
  | 'supervisor';

const WHO: Record<Exclude<Who, 'anonymous' | 'providerOwn' | 'providerOther'>, string> = {
  celluleVeille: 'u-veille',
  agentConseilOwn: 'u-conseil', // the own provider is in their portfolio
  agentConseilOther: 'u-conseil-namur',
  referentAccueil: 'u-accueil',
  referentSante: 'u-sante-namur',
  agentSubsides: 'u-subsides',
  equipeActe: 'u-acte',
  helpdesk: 'u-helpdesk',
  supervisor: 'u-coordination',
};

interface Cell {
  method: 'GET' | 'POST' | 'DELETE' | 'PATCH' | 'PUT';
  path: string;
  body?: unknown;
  /** Expected status per person; `rest` covers everyone not named. */
  expect: Partial<Record<Who, number>> & { rest: number };
  headers?: Record<string, string>;
  /** Runs after a successful call, to leave the record as it was (e.g. release after claim). */
  undo?: (client: ApiClient) => Promise<void>;
}

/** A tiny valid PNG (1×1) and PDF: the server reads the type from these bytes. */
const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
  'base64',
);
const ADAPTATION = {
  type: 'temporary_cessation',
  from: '2099-03-01',
  to: '2099-03-31',
  reason: 'Congé de maternité',
};
const PDF = Buffer.from('%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n');

describe('permissions: every route, every role, own and other records', () => {
  let sys: TestSystem;
  const clients = new Map<Who, ApiClient>();
  let caseId: string;
  let taskPath: string;
  let otherCaseId: string;
  let ownProviderId: string;
  let bilanPath: string;
  let documentPath: string;
  let validationPath: string;
  let statementPath: string;
  let pendingPhotoPath: string;
  let ribCaseId: string;
  let photoCaseId: string;
  let adaptationCaseId: string;
  let letterPath: string;
  let questionKey: string;
  let questionCaseId: string;
  let flashDraftPath: string;
  let flashSentPath: string;

  before(async () => {
    sys = await testSystem();
    const own = await newProvider(sys.db, 'liege');
    const other = await newProvider(sys.db, 'namur');
    ownProviderId = own.providerId;
    await sys.db('providers').where({ id: own.providerId }).update({ agentConseilId: 'u-conseil' });
    await sys.db('providers').where({ id: other.providerId }).update({ agentConseilId: 'u-conseil-namur' });

    clients.set('anonymous', new ApiClient(sys.baseUrl));
    for (const [who, userId] of [
      ['providerOwn', own.userId],
      ['providerOther', other.userId],
      ...Object.entries(WHO),
    ] as Array<[Who, string]>) {
      const client = new ApiClient(sys.baseUrl);
      await client.login(userId);
      clients.set(who, client);
    }
    const created = await clients
      .get('providerOwn')!
      .post('/api/cessation-risk-reports', { period: 'short_term', reason: 'financial' });
    caseId = created.body.case.id;
    const otherCase = await clients
      .get('providerOther')!
      .post('/api/cessation-risk-reports', { period: 'medium_term', reason: 'financial' });
    otherCaseId = otherCase.body.case.id;
    taskPath = `/api/tasks/${encodeURIComponent(`${caseId}:analysis`)}`;
    await eventually(
      async () => (await sys.db('tasks').where({ caseId }).first()) ?? undefined,
      10_000,
      'task',
    );

    // A bilan de fonctionnement under way for the own provider, with a private working document.
    const campaign = await clients.get('supervisor')!.post('/api/campaigns', {
      title: `Bilan matrice ${Date.now()}`,
      startsAt: new Date(Date.now() - 1000).toISOString(),
      deadline: '2099-06-30',
      subregionCode: 'liege',
    });
    const bilan = await eventually(
      async () => {
        const res = await clients
          .get('providerOwn')!
          .get(`/api/bilans?campaignId=${campaign.body.campaign.id}`);
        return res.body.bilans?.[0]?.stage === 'in_progress' ? res.body.bilans[0] : undefined;
      },
      30_000,
      'bilan',
    );
    bilanPath = `/api/bilans/${bilan.id}`;
    const upload = await clients.get('providerOwn')!.post(`${bilanPath}/documents`, {
      name: 'notes.txt',
      contentType: 'text/plain',
      contentBase64: Buffer.from('privé').toString('base64'),
    });
    documentPath = `${bilanPath}/documents/${upload.body.bilan.documents[0].id}`;

    // Bank details waiting for the agent subsides, and a photo waiting for the agent conseil.
    const rib = await clients.get('providerOwn')!.post(`/api/providers/${ownProviderId}/rib`, {
      iban: 'BE68 5390 0754 7034',
      bic: 'GEBABEBB',
      holder: 'Camille Test',
      statement: { name: 'releve.pdf', contentBase64: PDF.toString('base64') },
    });
    expect(rib.status, JSON.stringify(rib.body)).to.equal(202);
    const ribCase = await eventually(
      async () => sys.db('cases').where({ providerId: ownProviderId, procedure: 'rib' }).first(),
      10_000,
      'rib case',
    );
    ribCaseId = ribCase.id;
    validationPath = `/api/validations/${ribCase.id}`;
    const bank = await sys.db('bank_details').where({ providerId: ownProviderId }).first('file_id');
    statementPath = `/api/files/${bank.fileId}`;
    const photo = await clients.get('providerOwn')!.post(`/api/providers/${ownProviderId}/photos`, {
      photo: { name: 'jardin.png', contentBase64: PNG.toString('base64') },
    });
    expect(photo.status, JSON.stringify(photo.body)).to.equal(202);
    pendingPhotoPath = `/api/public/photos/${photo.body.photos[0].id}`;
    // A temporary cessation asked by the own provider, and the grant letter of their place.
    const adaptation = await clients
      .get('providerOwn')!
      .post(`/api/providers/${ownProviderId}/adaptations`, ADAPTATION);
    expect(adaptation.status, JSON.stringify(adaptation.body)).to.equal(202);
    adaptationCaseId = adaptation.body.adaptation.caseId;
    const letter = randomUUID();
    await sys.db('decision_documents').insert({
      id: letter,
      providerId: ownProviderId,
      kind: 'grant',
      title: 'Décision d’octroi de l’autorisation',
      content: PDF,
    });
    letterPath = `/api/decision-documents/${letter}`;
    // A question to the ACTE team; the matrix sends it again with the same key (nothing new).
    questionKey = randomUUID();
    const question = await clients
      .get('providerOwn')!
      .post(
        `/api/providers/${ownProviderId}/acte/questions`,
        { question: 'Comment obtenir mes subsides ?' },
        { 'Idempotency-Key': questionKey },
      );
    expect(question.status, JSON.stringify(question.body)).to.equal(202);
    questionCaseId = question.body.question.caseId;
    photoCaseId = (
      await eventually(
        async () => sys.db('cases').where({ providerId: ownProviderId, procedure: 'photo' }).first(),
        10_000,
        'photo case',
      )
    ).id;
    // A draft of the Flash accueil, and an issue already sent (with its PDF): the matrix sends
    // nothing, « Envoyer » on a sent issue sends nothing more.
    const [flashDraft, flashSent] = [randomUUID(), randomUUID()];
    await sys.db('flash_issues').insert([
      {
        id: flashDraft,
        title: 'Brouillon matrice',
        body: 'Texte',
        createdBy: 'u-coordination',
        updatedBy: 'u-coordination',
      },
      {
        id: flashSent,
        title: 'Envoyé matrice',
        body: 'Texte',
        status: 'sent',
        createdBy: 'u-coordination',
        updatedBy: 'u-coordination',
        sentBy: 'u-coordination',
        sentAt: new Date(),
        queuedAt: new Date(),
      },
    ]);
    await sys.db('flash_issue_pdfs').insert({
      issueId: flashSent,
      contentType: 'application/pdf',
      size: PDF.length,
      content: PDF,
      displayName: 'flash.pdf',
      uploadedBy: 'u-coordination',
    });
    flashDraftPath = `/api/flash-issues/${flashDraft}`;
    flashSentPath = `/api/flash-issues/${flashSent}`;
  });

  function cells(): Array<[string, Cell]> {
    const provider = { providerOwn: 200, providerOther: 200 };
    const everyone = { rest: 200, anonymous: 401 };
    /** Who may read the own provider's record: everyone in scope. */
    const ownProviderReaders = {
      rest: 200,
      anonymous: 401,
      providerOther: 404,
      agentConseilOther: 404,
      referentSante: 404,
    };
    /** A step only the provider takes: others who read the record are refused, others see nothing. */
    const ownProviderOnly = { ...ownProviderReaders, rest: 403 };
    return [
      ['GET /api/session', { method: 'GET', path: '/api/session', expect: everyone }],
      [
        'GET /api/me/home',
        { method: 'GET', path: '/api/me/home', expect: { rest: 403, anonymous: 401, ...provider } },
      ],
      [
        'GET /api/me/cases',
        { method: 'GET', path: '/api/me/cases', expect: { rest: 403, anonymous: 401, ...provider } },
      ],
      [
        'POST /api/cessation-risk-reports (own open case)',
        {
          method: 'POST',
          path: '/api/cessation-risk-reports',
          body: { period: 'short_term', reason: 'financial' },
          expect: { rest: 403, anonymous: 401, providerOwn: 409, providerOther: 409 },
        },
      ],
      [
        'GET /api/tasks',
        {
          method: 'GET',
          path: '/api/tasks',
          expect: { rest: 200, anonymous: 401, providerOwn: 403, providerOther: 403 },
        },
      ],
      [
        'GET /api/tasks/counts',
        {
          method: 'GET',
          path: '/api/tasks/counts',
          expect: { rest: 200, anonymous: 401, providerOwn: 403, providerOther: 403 },
        },
      ],
      [
        'GET /api/tasks/:id',
        {
          method: 'GET',
          path: taskPath,
          expect: { rest: 404, anonymous: 401, celluleVeille: 200, supervisor: 200 },
        },
      ],
      [
        'POST /api/tasks/:id/claim',
        {
          method: 'POST',
          path: `${taskPath}/claim`,
          expect: { rest: 404, anonymous: 401, celluleVeille: 200, supervisor: 403 },
          undo: async (c) => void (await c.post(`${taskPath}/release`)),
        },
      ],
      [
        'POST /api/tasks/:id/release (not theirs)',
        {
          method: 'POST',
          path: `${taskPath}/release`,
          expect: { rest: 404, anonymous: 401, celluleVeille: 409, supervisor: 403 },
        },
      ],
      [
        'POST /api/tasks/:id/complete (not claimed)',
        {
          method: 'POST',
          path: `${taskPath}/complete`,
          body: { outcome: { decision: 'no_support' } },
          expect: { rest: 404, anonymous: 401, celluleVeille: 409, supervisor: 403 },
        },
      ],
      [
        'GET /api/tasks/:id/candidates',
        {
          method: 'GET',
          path: `${taskPath}/candidates`,
          expect: { rest: 404, anonymous: 401, celluleVeille: 403, supervisor: 200 },
        },
      ],
      [
        'POST /api/tasks/:id/assign (not eligible)',
        {
          method: 'POST',
          path: `${taskPath}/assign`,
          body: { assigneeId: 'u-helpdesk' },
          expect: { rest: 404, anonymous: 401, celluleVeille: 403, supervisor: 400 },
        },
      ],
      [
        'GET /api/cases',
        {
          method: 'GET',
          path: '/api/cases',
          expect: {
            rest: 403,
            anonymous: 401,
            ...provider,
            celluleVeille: 200,
            agentConseilOwn: 200,
            agentConseilOther: 200,
            // The RIB validations they handle, filtered to them.
            agentSubsides: 200,
            // The adaptation requests of their subregion.
            referentAccueil: 200,
            // ACTE cases and the questions to the ACTE team.
            equipeActe: 200,
            helpdesk: 200, // the requests to the helpdesk (« Aide »)
            supervisor: 200,
          },
        },
      ],
      [
        'GET /api/bilans',
        {
          method: 'GET',
          path: '/api/bilans',
          expect: {
            rest: 403,
            anonymous: 401,
            ...provider,
            agentConseilOwn: 200,
            agentConseilOther: 200,
            supervisor: 200,
          },
        },
      ],
      [
        'GET /api/bilans/:id (own provider’s bilan)',
        {
          method: 'GET',
          path: bilanPath,
          expect: { rest: 404, anonymous: 401, providerOwn: 200, agentConseilOwn: 200, supervisor: 200 },
        },
      ],
      [
        'PUT /api/bilans/:id/volet1/:category',
        {
          method: 'PUT',
          path: `${bilanPath}/volet1/hygiene`,
          body: { rating: 'satisfaisant', findings: null },
          expect: { rest: 404, anonymous: 401, providerOwn: 200, agentConseilOwn: 403, supervisor: 403 },
        },
      ],
      [
        'POST /api/bilans/:id/objectives',
        {
          method: 'POST',
          path: `${bilanPath}/objectives`,
          body: { theme: 'projet_accueil', title: 'Objectif', description: '' },
          expect: { rest: 404, anonymous: 401, providerOwn: 201, agentConseilOwn: 403, supervisor: 403 },
        },
      ],
      [
        'POST /api/bilans/:id/extend',
        {
          method: 'POST',
          path: `${bilanPath}/extend`,
          body: { deadline: '2099-12-31', reason: 'Prolongation de test' },
          expect: { rest: 404, anonymous: 401, providerOwn: 403, agentConseilOwn: 200, supervisor: 403 },
        },
      ],
      [
        'GET /api/bilans/:id/documents/:documentId (private working document)',
        {
          method: 'GET',
          path: documentPath,
          expect: { rest: 404, anonymous: 401, providerOwn: 200 },
        },
      ],
      [
        'GET /api/campaigns',
        { method: 'GET', path: '/api/campaigns', expect: { rest: 403, anonymous: 401, supervisor: 200 } },
      ],
      [
        'POST /api/campaigns (dates in the wrong order)',
        {
          method: 'POST',
          path: '/api/campaigns',
          body: { title: 'Campagne refusée', startsAt: '2031-06-30', deadline: '2031-01-01' },
          expect: { rest: 403, anonymous: 401, supervisor: 400 },
        },
      ],
      [
        'GET /api/cases/:id (own provider’s case)',
        {
          method: 'GET',
          path: `/api/cases/${caseId}`,
          expect: { rest: 404, anonymous: 401, providerOwn: 200, celluleVeille: 200, supervisor: 200 },
        },
      ],
      [
        'GET /api/cases/:id (other provider’s case)',
        {
          method: 'GET',
          path: `/api/cases/${otherCaseId}`,
          expect: { rest: 404, anonymous: 401, providerOther: 200, celluleVeille: 200, supervisor: 200 },
        },
      ],
      ['GET /api/providers', { method: 'GET', path: '/api/providers', expect: everyone }],
      [
        'GET /api/providers/:id/identification (own provider)',
        {
          method: 'GET',
          path: `/api/providers/${ownProviderId}/identification`,
          expect: {
            rest: 200,
            anonymous: 401,
            providerOther: 404,
            agentConseilOther: 404,
            referentSante: 404,
          },
        },
      ],
      [
        'PATCH /api/providers/:id/identification (own provider)',
        {
          method: 'PATCH',
          path: `/api/providers/${ownProviderId}/identification`,
          body: { mobile: '0470 00 00 00' },
          expect: {
            rest: 403,
            anonymous: 401,
            providerOwn: 200,
            providerOther: 404,
            agentConseilOther: 404,
            referentSante: 404,
          },
        },
      ],
      [
        'GET /api/providers/:id/audit (own provider)',
        {
          method: 'GET',
          path: `/api/providers/${ownProviderId}/audit`,
          expect: {
            rest: 403,
            anonymous: 401,
            providerOwn: 200,
            supervisor: 200,
            providerOther: 404,
            agentConseilOther: 404,
            referentSante: 404,
          },
        },
      ],
      [
        'GET /api/cases/:id/audit',
        {
          method: 'GET',
          path: `/api/cases/${caseId}/audit`,
          expect: { rest: 404, anonymous: 401, supervisor: 200, providerOwn: 403, celluleVeille: 403 },
        },
      ],
      [
        'POST /api/me/conversion (already strong)',
        {
          method: 'POST',
          path: '/api/me/conversion',
          body: {
            firstName: 'Camille',
            lastName: 'Test',
            email: 'camille@exemple.be',
            niss: '85073003328',
            consent: true,
          },
          expect: { rest: 409, anonymous: 401 },
        },
      ],
      [
        'GET /api/me/contacts',
        { method: 'GET', path: '/api/me/contacts', expect: { rest: 403, anonymous: 401, ...provider } },
      ],
      ['GET /api/notifications', { method: 'GET', path: '/api/notifications', expect: everyone }],
      [
        'GET /api/me/mail-preferences (agents and the coordination)',
        {
          method: 'GET',
          path: '/api/me/mail-preferences',
          expect: { rest: 200, anonymous: 401, providerOwn: 403, providerOther: 403 },
        },
      ],
      [
        'PUT /api/me/mail-preferences',
        {
          method: 'PUT',
          path: '/api/me/mail-preferences',
          body: { frequency: 'immediate' },
          expect: { rest: 200, anonymous: 401, providerOwn: 403, providerOther: 403 },
        },
      ],
      [
        'POST /api/auth/password-reset (anyone: one neutral answer)',
        {
          method: 'POST',
          path: '/api/auth/password-reset',
          body: { email: 'personne-inconnue@exemple.be' },
          expect: { rest: 202 },
        },
      ],
      [
        'POST /api/auth/password-reset/confirm (a link that never existed)',
        {
          method: 'POST',
          path: '/api/auth/password-reset/confirm',
          body: { token: 'pas-un-vrai-lien', password: 'Un-mot-de-passe-assez-long' },
          expect: { rest: 410 },
        },
      ],
      [
        'GET /api/flash-issues',
        {
          method: 'GET',
          path: '/api/flash-issues',
          expect: { rest: 403, anonymous: 401, ...provider, supervisor: 200 },
        },
      ],
      [
        'POST /api/flash-issues (empty title and text)',
        {
          method: 'POST',
          path: '/api/flash-issues',
          body: { title: '', body: '' },
          expect: { rest: 403, anonymous: 401, supervisor: 400 },
        },
      ],
      [
        'GET /api/flash-issues/:id (a draft)',
        {
          method: 'GET',
          path: flashDraftPath,
          expect: { rest: 403, anonymous: 401, providerOwn: 404, providerOther: 404, supervisor: 200 },
        },
      ],
      [
        'GET /api/flash-issues/:id (sent)',
        {
          method: 'GET',
          path: flashSentPath,
          expect: { rest: 403, anonymous: 401, ...provider, supervisor: 200 },
        },
      ],
      [
        'PUT /api/flash-issues/:id (a draft, unchanged)',
        {
          method: 'PUT',
          path: flashDraftPath,
          body: { title: 'Brouillon matrice', body: 'Texte' },
          expect: { rest: 403, anonymous: 401, supervisor: 200 },
        },
      ],
      [
        'PUT /api/flash-issues/:id (sent)',
        {
          method: 'PUT',
          path: flashSentPath,
          body: { title: 'Autre', body: 'Autre' },
          expect: { rest: 403, anonymous: 401, supervisor: 409 },
        },
      ],
      [
        'PUT /api/flash-issues/:id/pdf (sent)',
        {
          method: 'PUT',
          path: `${flashSentPath}/pdf`,
          body: { pdf: { name: 'autre.pdf', contentBase64: PDF.toString('base64') } },
          expect: { rest: 403, anonymous: 401, supervisor: 409 },
        },
      ],
      [
        'DELETE /api/flash-issues/:id/pdf (sent)',
        {
          method: 'DELETE',
          path: `${flashSentPath}/pdf`,
          expect: { rest: 403, anonymous: 401, supervisor: 409 },
        },
      ],
      [
        'GET /api/flash-issues/:id/pdf (sent)',
        {
          method: 'GET',
          path: `${flashSentPath}/pdf`,
          expect: { rest: 403, anonymous: 401, ...provider, supervisor: 200 },
        },
      ],
      [
        'GET /api/flash-issues/:id/pdf (a draft)',
        {
          method: 'GET',
          path: `${flashDraftPath}/pdf`,
          expect: { rest: 403, anonymous: 401, providerOwn: 404, providerOther: 404, supervisor: 404 },
        },
      ],
      [
        'POST /api/flash-issues/:id/send (already sent: nothing more)',
        {
          method: 'POST',
          path: `${flashSentPath}/send`,
          expect: { rest: 403, anonymous: 401, supervisor: 200 },
        },
      ],
      [
        'GET /api/flash-issues/:id/postal-list (sent)',
        {
          method: 'GET',
          path: `${flashSentPath}/postal-list`,
          expect: { rest: 403, anonymous: 401, supervisor: 200 },
        },
      ],
      [
        'GET /api/flash-issues/:id/postal-labels (a draft)',
        {
          method: 'GET',
          path: `${flashDraftPath}/postal-labels`,
          expect: { rest: 403, anonymous: 401, providerOwn: 404, providerOther: 404, supervisor: 200 },
        },
      ],
      [
        'GET /api/mails/undeliverable (the coordination)',
        {
          method: 'GET',
          path: '/api/mails/undeliverable',
          expect: { rest: 403, anonymous: 401, supervisor: 200 },
        },
      ],
      [
        'POST /api/mails/:id/resend (unknown message)',
        {
          method: 'POST',
          path: `/api/mails/${randomUUID()}/resend`,
          expect: { rest: 403, anonymous: 401, supervisor: 404 },
        },
      ],
      [
        'GET /api/providers/:id/signaletique (own provider)',
        {
          method: 'GET',
          path: `/api/providers/${ownProviderId}/signaletique`,
          expect: {
            rest: 200,
            anonymous: 401,
            providerOther: 404,
            agentConseilOther: 404,
            referentSante: 404,
          },
        },
      ],
      [
        'PUT /api/providers/:id/signaletique (own provider)',
        {
          method: 'PUT',
          path: `/api/providers/${ownProviderId}/signaletique`,
          body: completeSignaletique({ visibleOnMyOne: false }),
          expect: {
            rest: 403,
            anonymous: 401,
            providerOwn: 200,
            providerOther: 404,
            agentConseilOther: 404,
            referentSante: 404,
          },
        },
      ],
      [
        'POST /api/providers/:id/photos (a file that is no image)',
        {
          method: 'POST',
          path: `/api/providers/${ownProviderId}/photos`,
          body: { photo: { name: 'photo.png', contentBase64: Buffer.from('%PDF-1.4').toString('base64') } },
          expect: {
            rest: 403,
            anonymous: 401,
            providerOwn: 400,
            providerOther: 404,
            agentConseilOther: 404,
            referentSante: 404,
          },
        },
      ],
      [
        'GET /api/me/preferences',
        { method: 'GET', path: '/api/me/preferences', expect: { rest: 403, anonymous: 401, ...provider } },
      ],
      [
        'PUT /api/me/preferences',
        {
          method: 'PUT',
          path: '/api/me/preferences',
          body: { flashAccueil: 'both' },
          expect: { rest: 403, anonymous: 401, ...provider },
        },
      ],
      [
        'POST /api/providers/:id/rib (a statement that is no PDF nor image)',
        {
          method: 'POST',
          path: `/api/providers/${ownProviderId}/rib`,
          body: {
            iban: 'BE68 5390 0754 7034',
            bic: 'GEBABEBB',
            holder: 'Camille Test',
            statement: { name: 'releve.pdf', contentBase64: Buffer.from('MZ\x90\x00').toString('base64') },
          },
          expect: {
            rest: 403,
            anonymous: 401,
            providerOwn: 400,
            providerOther: 404,
            agentConseilOther: 404,
            referentSante: 404,
          },
        },
      ],
      [
        'DELETE /api/providers/:id/photos/:photoId (no such photo)',
        {
          method: 'DELETE',
          path: `/api/providers/${ownProviderId}/photos/00000000-0000-4000-8000-000000000000`,
          expect: {
            rest: 403,
            anonymous: 401,
            providerOwn: 404,
            providerOther: 404,
            agentConseilOther: 404,
            referentSante: 404,
          },
        },
      ],
      [
        'PUT /api/providers/:id/project (a file that is no PDF)',
        {
          method: 'PUT',
          path: `/api/providers/${ownProviderId}/project`,
          body: { document: { name: 'projet.pdf', contentBase64: PNG.toString('base64') } },
          expect: {
            rest: 403,
            anonymous: 401,
            providerOwn: 400,
            providerOther: 404,
            agentConseilOther: 404,
            referentSante: 404,
          },
        },
      ],
      [
        'GET /api/validations/:caseId (own provider’s bank details)',
        {
          method: 'GET',
          path: validationPath,
          expect: { rest: 404, anonymous: 401, providerOwn: 200, agentSubsides: 200, supervisor: 200 },
        },
      ],
      [
        'GET /api/files/:id (own provider’s bank statement)',
        {
          method: 'GET',
          path: statementPath,
          expect: { rest: 404, anonymous: 401, providerOwn: 200, agentSubsides: 200 },
        },
      ],
      [
        'GET /api/public/photos/:id (a photo not yet approved)',
        { method: 'GET', path: pendingPhotoPath, expect: { rest: 404 } },
      ],
      [
        'GET /api/providers/:id/authorisation (own provider)',
        {
          method: 'GET',
          path: `/api/providers/${ownProviderId}/authorisation`,
          expect: {
            rest: 200,
            anonymous: 401,
            providerOther: 404,
            agentConseilOther: 404,
            referentSante: 404,
          },
        },
      ],
      [
        'POST /api/providers/:id/adaptations (a period already asked)',
        {
          method: 'POST',
          path: `/api/providers/${ownProviderId}/adaptations`,
          body: ADAPTATION,
          expect: {
            rest: 403,
            anonymous: 401,
            providerOwn: 409,
            providerOther: 404,
            agentConseilOther: 404,
            referentSante: 404,
          },
        },
      ],
      [
        'GET /api/adaptations/:caseId (own provider’s request)',
        {
          method: 'GET',
          path: `/api/adaptations/${adaptationCaseId}`,
          expect: { rest: 404, anonymous: 401, providerOwn: 200, referentAccueil: 200, supervisor: 200 },
        },
      ],
      [
        'POST /api/adaptations/:caseId/answer (no question asked)',
        {
          method: 'POST',
          path: `/api/adaptations/${adaptationCaseId}/answer`,
          body: { text: 'Réponse' },
          expect: { rest: 404, anonymous: 401, providerOwn: 409, referentAccueil: 403, supervisor: 403 },
        },
      ],
      [
        'POST /api/adaptations/:caseId/cut-short (not accepted yet)',
        {
          method: 'POST',
          path: `/api/adaptations/${adaptationCaseId}/cut-short`,
          body: { resumeOn: '2099-03-15' },
          expect: { rest: 404, anonymous: 401, providerOwn: 409, referentAccueil: 403, supervisor: 403 },
        },
      ],
      [
        'GET /api/decision-documents/:id (own provider’s grant letter)',
        {
          method: 'GET',
          path: letterPath,
          expect: {
            rest: 200,
            anonymous: 401,
            providerOther: 404,
            agentConseilOther: 404,
            referentSante: 404,
          },
        },
      ],
      [
        'GET /api/providers/:id/acte (own provider)',
        {
          method: 'GET',
          path: `/api/providers/${ownProviderId}/acte`,
          expect: { ...ownProviderReaders },
        },
      ],
      [
        'POST /api/providers/:id/acte/charter (a place without the basic subsidy level 1)',
        {
          method: 'POST',
          path: `/api/providers/${ownProviderId}/acte/charter`,
          body: { confirmed: true },
          expect: { ...ownProviderOnly, providerOwn: 409 },
        },
      ],
      [
        'PUT /api/providers/:id/acte/plan (no charter signed)',
        {
          method: 'PUT',
          path: `/api/providers/${ownProviderId}/acte/plan`,
          body: { year: 1, content: { stateOfPlay: '', themes: [], diagnosis: {}, actions: [] } },
          expect: { ...ownProviderOnly, providerOwn: 409 },
        },
      ],
      [
        'POST /api/providers/:id/acte/plan/submit (no charter signed)',
        {
          method: 'POST',
          path: `/api/providers/${ownProviderId}/acte/plan/submit`,
          body: { year: 1 },
          expect: { ...ownProviderOnly, providerOwn: 409 },
        },
      ],
      [
        'POST /api/providers/:id/acte/review (no charter signed)',
        {
          method: 'POST',
          path: `/api/providers/${ownProviderId}/acte/review`,
          body: { year: 1, review: { actions: {}, comment: null } },
          expect: { ...ownProviderOnly, providerOwn: 409 },
        },
      ],
      [
        'POST /api/providers/:id/acte/questions (the same question again)',
        {
          method: 'POST',
          path: `/api/providers/${ownProviderId}/acte/questions`,
          body: { question: 'Comment obtenir mes subsides ?' },
          headers: { 'Idempotency-Key': questionKey },
          expect: { ...ownProviderOnly, providerOwn: 202 },
        },
      ],
      [
        'GET /api/acte/document (public)',
        { method: 'GET', path: '/api/acte/document', expect: { rest: 200 } },
      ],
      [
        'GET /api/providers/:id/subsidies (own provider)',
        {
          method: 'GET',
          path: `/api/providers/${ownProviderId}/subsidies`,
          expect: { rest: 404, anonymous: 401, providerOwn: 200, agentSubsides: 200, supervisor: 200 },
        },
      ],
      [
        'GET /api/payments',
        { method: 'GET', path: '/api/payments', expect: { rest: 403, anonymous: 401, agentSubsides: 200 } },
      ],
      [
        'POST /api/payment-batches (an execution date already passed)',
        {
          method: 'POST',
          path: '/api/payment-batches',
          body: { executionDate: '2020-01-01' },
          expect: { rest: 403, anonymous: 401, agentSubsides: 400 },
        },
      ],
      [
        'GET /api/payment-batches/:id/file (no such batch)',
        {
          method: 'GET',
          path: `/api/payment-batches/${randomUUID()}/file`,
          expect: { rest: 403, anonymous: 401, agentSubsides: 404 },
        },
      ],
      [
        'GET /api/public/places (MY.ONE, public)',
        { method: 'GET', path: '/api/public/places?q=4000', expect: { rest: 200 } },
      ],
      [
        'GET /api/helpdesk/info (Aide, public)',
        { method: 'GET', path: '/api/helpdesk/info', expect: { rest: 200 } },
      ],
      [
        'GET /api/helpdesk/requests (mine)',
        { method: 'GET', path: '/api/helpdesk/requests', expect: everyone },
      ],
      [
        'GET /api/helpdesk/requests/:id (not a request)',
        { method: 'GET', path: `/api/helpdesk/requests/${caseId}`, expect: { rest: 404, anonymous: 401 } },
      ],
      [
        'POST /api/helpdesk/requests/:id/messages (not a request)',
        {
          method: 'POST',
          path: `/api/helpdesk/requests/${caseId}/messages`,
          body: { action: 'helped' },
          expect: { rest: 404, anonymous: 401 },
        },
      ],
      [
        'POST /api/helpdesk/requests (empty form, public)',
        { method: 'POST', path: '/api/helpdesk/requests', body: {}, expect: { rest: 400 } },
      ],
      [
        'POST /api/helpdesk/follow-up (unknown link, public)',
        {
          method: 'POST',
          path: '/api/helpdesk/follow-up',
          body: { token: 'x'.repeat(43) },
          expect: { rest: 404 },
        },
      ],
    ];
  }

  it('answers each cell with the exact status', async () => {
    const failures: string[] = [];
    for (const [route, cell] of cells()) {
      for (const [who, client] of clients) {
        const expected = cell.expect[who] ?? cell.expect.rest;
        const res = await client.request(cell.method, cell.path, cell.body, cell.headers);
        if (res.status !== expected) {
          failures.push(
            `${route} × ${who}: expected ${expected}, got ${res.status} ${JSON.stringify(res.body?.error?.code ?? '')}`,
          );
        }
        if (res.status < 300 && cell.undo) await cell.undo(client);
      }
    }
    expect(failures, failures.join('\n')).to.deep.equal([]);
  });

  it('filters lists to what each person may read', async () => {
    const ids = async (who: Who, path: string, key: string) =>
      ((await clients.get(who)!.get(path)).body[key] as Array<{ id: string }>).map((x) => x.id);
    const bilanId = bilanPath.split('/').pop()!;
    expect(await ids('providerOwn', '/api/cases', 'cases')).to.have.members([
      caseId,
      bilanId,
      ribCaseId,
      photoCaseId,
      adaptationCaseId,
      questionCaseId,
    ]);
    // A question to the ACTE team goes to that team.
    expect(await ids('equipeActe', '/api/cases', 'cases')).to.include(questionCaseId);
    expect(await ids('agentSubsides', '/api/cases', 'cases')).not.to.include(questionCaseId);
    // A request to adapt the authorisation goes to the référent accueil of the subregion.
    expect(await ids('referentAccueil', '/api/cases', 'cases')).to.include(adaptationCaseId);
    // Bank details go to the agent subsides, photos to the provider's agent conseil.
    const subsides = await ids('agentSubsides', '/api/cases', 'cases');
    expect(subsides).to.include(ribCaseId);
    for (const id of [caseId, bilanId, photoCaseId]) expect(subsides).not.to.include(id);
    expect(await ids('agentConseilOwn', '/api/cases', 'cases'))
      .to.include(photoCaseId)
      .and.not.include(ribCaseId);
    expect(await ids('agentConseilOther', '/api/cases', 'cases')).not.to.include(photoCaseId);
    expect(await ids('providerOther', '/api/cases?procedure=cessation_risk', 'cases')).to.deep.equal([
      otherCaseId,
    ]);
    // The agent conseil reads the bilans of their portfolio only, never a cessation-risk case.
    expect(await ids('agentConseilOwn', '/api/cases', 'cases'))
      .to.include(bilanId)
      .and.not.include(caseId);
    expect(await ids('agentConseilOther', '/api/cases', 'cases')).not.to.include(bilanId);
    expect(await ids('agentConseilOwn', '/api/bilans', 'bilans')).to.include(bilanId);
    expect(await ids('agentConseilOther', '/api/bilans', 'bilans')).not.to.include(bilanId);
    expect(await ids('providerOther', '/api/bilans', 'bilans')).not.to.include(bilanId);
    expect(await ids('supervisor', '/api/cases', 'cases')).to.include.members([caseId, otherCaseId]);
    const ownProviders = await ids('providerOwn', '/api/providers', 'providers');
    expect(ownProviders).to.have.length(1);
    const conseil = await ids('agentConseilOwn', '/api/providers', 'providers');
    const conseilNamur = await ids('agentConseilOther', '/api/providers', 'providers');
    expect(conseil).to.include(ownProviders[0]);
    expect(conseilNamur).not.to.include(ownProviders[0]);
    expect(await ids('referentSante', '/api/providers', 'providers')).not.to.include(ownProviders[0]);
  });

  it('lets the supervisor reassign a task to an eligible agent, and records it in the history', async () => {
    const supervisor = clients.get('supervisor')!;
    const candidates = await supervisor.get(`${taskPath}/candidates`);
    expect(candidates.body.people.map((p: { id: string }) => p.id)).to.include('u-veille');
    const res = await supervisor.post(`${taskPath}/assign`, { assigneeId: 'u-veille' });
    expect(res.status, JSON.stringify(res.body)).to.equal(200);
    expect(res.body.task.assignee).to.deep.equal({ id: 'u-veille', displayName: 'Jeanne Martin' });
    const detail = await supervisor.get(`/api/cases/${caseId}`);
    expect(detail.body.timeline.map((e: { title: string }) => e.title)).to.include(
      'Tâche « Contacter et analyser le signalement » réattribuée à Jeanne Martin par Philippe Wauters',
    );
  });
});
