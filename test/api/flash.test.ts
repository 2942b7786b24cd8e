import { randomUUID } from 'node:crypto';
import { expect } from 'chai';
import { MockActivityEnvironment } from '@temporalio/testing';
import { testSystem, type TestSystem } from '../support/system';
import { ApiClient, eventually } from '../support/api-client';
import { newProvider } from '../support/fixtures';
import { linkIn, mailsTo, waitForMail } from '../support/mail';
import { createFlashActivities } from '../../activities/flash';
import { mailSettingsOf } from '../../common/node/config';
import { flashWorkflowId } from '../../common/flash';

/** A tiny valid PDF and PNG: the server reads the type from these bytes. */
const PDF = Buffer.from('%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n');
const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
  'base64',
);

/** The words of a PDF written by pdfkit without compression: its text runs are hex strings. */
function pdfText(pdf: Buffer): string {
  const raw = pdf.toString('latin1');
  const runs = [...raw.matchAll(/<([0-9a-fA-F]+)>/g)].map((m) => Buffer.from(m[1], 'hex').toString('latin1'));
  return runs.join('').replace(/\s+/g, ' ');
}

type Preference = 'email' | 'post' | 'both' | null;

/**
 * The Flash accueil on the real system: the coordination writes and sends an issue, the workflow
 * mails it (real SMTP to the MailDev catcher) to each childminder who chose the e-mail, once, and
 * the postal list holds those who chose the post.
 */
describe('API: the Flash accueil', function () {
  this.timeout(180_000);
  let sys: TestSystem;
  let coordination: ApiClient;
  const tag = randomUUID().slice(0, 6);

  interface Childminder {
    providerId: string;
    userId: string;
    lastName: string;
    /** Where her Flash goes by e-mail, if it does. */
    address: string;
  }
  const people: Record<string, Childminder> = {};

  async function childminder(
    name: string,
    preference: Preference,
    opts: { providerEmail?: boolean; place?: boolean } = {},
  ): Promise<Childminder> {
    const p = await newProvider(sys.db);
    const lastName = `${name}${tag}`;
    const providerEmail = opts.providerEmail === false ? null : `flash-${p.providerId}@exemple.be`;
    await sys
      .db('providers')
      .where({ id: p.providerId })
      .update({
        lastName,
        flashAccueil: preference,
        email: providerEmail,
        ...(opts.place === false
          ? { street: null, streetNumber: null, postalAddress: null }
          : {
              street: 'Rue des Écoles',
              streetNumber: '5',
              box: null,
              postcode: '4000',
              city: 'Liège',
              postalAddress: JSON.stringify({ sameAsPlace: true }),
            }),
      });
    return { ...p, lastName, address: providerEmail ?? `${p.userId}@exemple.be` };
  }

  async function person(userId: string): Promise<ApiClient> {
    const client = new ApiClient(sys.baseUrl);
    await client.login(userId);
    return client;
  }

  /** A file the API serves, with the client's session. */
  async function download(client: ApiClient, path: string) {
    const res = await fetch(sys.baseUrl + path, { headers: { Cookie: client.cookieHeader() } });
    return { status: res.status, headers: res.headers, bytes: Buffer.from(await res.arrayBuffer()) };
  }

  before(async () => {
    sys = await testSystem();
    coordination = await person('u-coordination');
    people.email = await childminder('Courriel', 'email');
    people.loginEmail = await childminder('Connexion', 'email', { providerEmail: false });
    people.both = await childminder('Lesdeux', 'both');
    people.post = await childminder('Poste', 'post');
    people.none = await childminder('Aucun', null);
    people.incomplete = await childminder('Incomplet', 'post', { place: false });
    // Her own postal address, beside the place: the label uses it.
    await sys
      .db('providers')
      .where({ id: people.post.providerId })
      .update({
        postalAddress: JSON.stringify({
          sameAsPlace: false,
          street: 'Avenue du Courrier',
          number: '18',
          box: '2',
          postcode: '5000',
          city: 'Namur',
        }),
      });
  });

  it('refuses a draft field by field, and lets the coordination alone write one', async () => {
    const empty = await coordination.post('/api/flash-issues', {});
    expect(empty.status).to.equal(400);
    expect(empty.body.error.code).to.equal('VALIDATION_FAILED');
    expect(empty.body.error.details.map((d: { path: string }) => d.path)).to.have.members(['title', 'body']);
    for (const d of empty.body.error.details) expect(d.message).to.equal('Ce champ est requis');

    const blank = await coordination.post('/api/flash-issues', { title: '   ', body: '\n\n  \n' });
    expect(blank.status).to.equal(400);
    expect(blank.body.error.details.map((d: { path: string }) => d.path)).to.have.members(['title', 'body']);

    const long = await coordination.post('/api/flash-issues', { title: 'x'.repeat(151), body: 'Bonjour' });
    expect(long.status).to.equal(400);
    expect(long.body.error.details).to.deep.equal([
      { path: 'title', message: 'Ce texte ne peut dépasser 150 caractères' },
    ]);

    const extra = await coordination.post('/api/flash-issues', { title: 'Titre', body: 'Texte', to: 'tous' });
    expect(extra.status).to.equal(400);
    expect(extra.body.error.details[0].message).to.equal('Champ inattendu : to');

    const provider = await person(people.email.userId);
    const byProvider = await provider.post('/api/flash-issues', { title: 'Titre', body: 'Texte' });
    expect(byProvider.status).to.equal(403);
    expect(byProvider.body.error.code).to.equal('FORBIDDEN');
    const agent = await person('u-veille');
    expect((await agent.post('/api/flash-issues', { title: 'Titre', body: 'Texte' })).status).to.equal(403);
    expect((await agent.get('/api/flash-issues')).status).to.equal(403);
    expect((await new ApiClient(sys.baseUrl).get('/api/flash-issues')).status).to.equal(401);
    expect(await sys.db('flash_issues').where('title', 'Titre').count({ n: '*' })).to.deep.equal([
      { n: '0' },
    ]);
  });

  it('sends an issue once to each childminder who chose the e-mail, follows its progress, and keeps it readable', async () => {
    const title = `Décembre ${tag}`;
    const created = await coordination.post('/api/flash-issues', {
      title: 'Brouillon',
      body: 'Premier jet',
    });
    expect(created.status, JSON.stringify(created.body)).to.equal(201);
    const issue = created.body.issue;
    expect(issue.status).to.equal('draft');
    expect(issue.statusLabel).to.equal('Brouillon');
    const id = issue.id as string;
    // Before sending, the coordination sees who would receive it today.
    const byEmail = Number(
      (
        await sys
          .db('providers as p')
          .whereIn('p.flash_accueil', ['email', 'both'])
          .where((q) =>
            q
              .whereNotNull('p.email')
              .orWhereExists((u) => u.from('users').whereRaw('users.provider_id = p.id')),
          )
          .count({ n: '*' })
      )[0].n,
    );
    expect(issue.coordination.email.recipients).to.equal(byEmail);
    expect(issue.coordination.post.recipients).to.be.at.least(3);

    // A draft is edited until it is sent; a PDF is checked from its bytes.
    const body = `Les bilans sont ouverts.\nVoyez « Mes bilans ».\n\nLe helpdesk est fermé du 24 au 31 décembre.`;
    const edited = await coordination.request('PUT', `/api/flash-issues/${id}`, { title, body });
    expect(edited.status, JSON.stringify(edited.body)).to.equal(200);
    expect(edited.body.issue.paragraphs).to.deep.equal([
      'Les bilans sont ouverts. Voyez « Mes bilans ».',
      'Le helpdesk est fermé du 24 au 31 décembre.',
    ]);
    const png = await coordination.request('PUT', `/api/flash-issues/${id}/pdf`, {
      pdf: { name: 'flash.pdf', contentBase64: PNG.toString('base64') },
    });
    expect(png.status).to.equal(400);
    expect(png.body.error.code).to.equal('FILE_TYPE_NOT_ACCEPTED');
    expect(png.body.error.details[0].path).to.equal('pdf');
    const pdf = await coordination.request('PUT', `/api/flash-issues/${id}/pdf`, {
      pdf: { name: 'flash-decembre.pdf', contentBase64: PDF.toString('base64') },
    });
    expect(pdf.status, JSON.stringify(pdf.body)).to.equal(200);
    expect(pdf.body.issue.pdf).to.deep.include({ name: 'flash-decembre.pdf', size: PDF.length });

    // A childminder does not see a draft.
    const provider = await person(people.email.userId);
    expect((await provider.get(`/api/flash-issues/${id}`)).status).to.equal(404);
    const beforeList = await provider.get('/api/flash-issues');
    expect(beforeList.body.issues.map((i: { id: string }) => i.id)).not.to.include(id);
    expect((await provider.post(`/api/flash-issues/${id}/send`)).status).to.equal(403);
    expect((await (await person('u-conseil')).post(`/api/flash-issues/${id}/send`)).status).to.equal(403);

    // « Envoyer »
    const sent = await coordination.post(`/api/flash-issues/${id}/send`);
    expect(sent.status, JSON.stringify(sent.body)).to.equal(202);
    expect(sent.body.started).to.equal(true);
    expect(['sending', 'sent']).to.include(sent.body.issue.status);
    expect(sent.body.issue.coordination.sentBy.displayName).to.equal('Philippe Wauters');

    // The progress reaches the total, and the issue is sent.
    const done = await eventually(
      async () => {
        const res = await coordination.get(`/api/flash-issues/${id}`);
        return res.body.issue.status === 'sent' ? res.body.issue : undefined;
      },
      60_000,
      'the issue sent',
    );
    expect(done.coordination.email.processed).to.equal(done.coordination.email.recipients);
    expect(done.coordination.email.recipients).to.equal(byEmail);
    expect(done.coordination.queuedAt).to.be.a('string');
    const postal = Number(
      (await sys.db('providers').whereIn('flash_accueil', ['post', 'both']).count({ n: '*' }))[0].n,
    );
    expect(done.coordination.post.recipients).to.equal(postal);

    const subject = `Flash accueil — ${title}`;
    for (const who of [people.email, people.loginEmail, people.both]) {
      const mail = await waitForMail(sys, who.address, (m) => m.subject === subject, 60_000);
      expect(mail.text).to.contain('Les bilans sont ouverts. Voyez « Mes bilans ».');
      expect(mail.text).to.contain('Le helpdesk est fermé du 24 au 31 décembre.');
      expect(mail.text).to.contain(
        'Vous recevez le Flash accueil par e-mail parce que vous l’avez choisi dans « Mes préférences ».',
      );
      expect(mail.text).to.contain(`Bonjour Camille ${who.lastName},`);
      expect(new URL(linkIn(mail, sys.baseUrl)).pathname).to.equal(`/mes-flash-accueil/${id}`);
    }
    // The address of her signalétique first; her login's when she gave none.
    expect(
      (await mailsTo(sys, `${people.email.userId}@exemple.be`)).filter((m) => m.subject === subject),
    ).to.have.length(0);

    // « Envoyer » again: the same issue, nothing more sent.
    const again = await coordination.post(`/api/flash-issues/${id}/send`);
    expect(again.status, JSON.stringify(again.body)).to.equal(200);
    expect(again.body.started).to.equal(false);
    expect(again.body.message).to.equal(
      'Ce Flash accueil a déjà été envoyé : rien n’est envoyé une seconde fois.',
    );
    expect(again.body.issue.id).to.equal(id);
    const runs = await sys.env.client.workflow.count(`WorkflowId = '${flashWorkflowId(id)}'`);
    expect(runs.count).to.equal(1);

    // A retried page (a worker killed in the middle of one) queues nothing twice.
    const activities = createFlashActivities({ db: sys.db, settings: mailSettingsOf(sys.config) });
    const replayed: { count: number } = await new MockActivityEnvironment().run(activities.queueFlashPage, {
      issueId: id,
      after: null,
      limit: 200,
      processedBefore: 0,
    });
    expect(replayed.count).to.be.greaterThan(0);
    const rows = await sys.db('mail_messages').where('key', 'like', `flash:${id}:%`).count({ n: '*' });
    expect(Number(rows[0].n)).to.equal(byEmail);
    expect((await sys.db('flash_issues').where({ id }).first('processedCount')).processedCount).to.equal(
      byEmail,
    );

    // Exactly one each, to those who chose the e-mail; none to the post only or no choice.
    await new Promise((r) => setTimeout(r, 3000));
    for (const who of [people.email, people.loginEmail, people.both]) {
      const got = (await mailsTo(sys, who.address)).filter((m) => m.subject === subject);
      expect(got, who.lastName).to.have.length(1);
    }
    for (const who of [people.post, people.none, people.incomplete]) {
      const got = (await mailsTo(sys, who.address)).filter((m) => m.subject.startsWith('Flash accueil'));
      expect(got, who.lastName).to.have.length(0);
    }

    // Sent, it can no longer change.
    const late = await coordination.request('PUT', `/api/flash-issues/${id}`, {
      title: 'Autre',
      body: 'Autre',
    });
    expect(late.status).to.equal(409);
    expect(late.body.error.code).to.equal('FLASH_ISSUE_NOT_DRAFT');
    expect((await coordination.request('DELETE', `/api/flash-issues/${id}/pdf`)).status).to.equal(409);

    // The childminder reads it, and its PDF; not its figures, not the postal list.
    const list = await provider.get('/api/flash-issues');
    const mine = list.body.issues.find((i: { id: string }) => i.id === id);
    expect(mine).to.deep.include({ title, status: 'sent', coordination: null });
    expect(mine.pdf.url).to.equal(`/api/flash-issues/${id}/pdf`);
    const file = await download(provider, mine.pdf.url);
    expect(file.status).to.equal(200);
    expect(file.headers.get('content-type')).to.equal('application/pdf');
    expect(file.bytes.equals(PDF)).to.equal(true);
    expect((await provider.get(`/api/flash-issues/${id}/postal-list`)).status).to.equal(403);
    // So does one who receives it by post.
    const byPost = await person(people.post.userId);
    expect((await byPost.get(`/api/flash-issues/${id}`)).body.issue.title).to.equal(title);
  });

  it('gives the coordination the postal list, as a CSV for Excel and as labels, and records each download', async () => {
    const created = await coordination.post('/api/flash-issues', { title: `Courrier ${tag}`, body: 'Texte' });
    const id = created.body.issue.id as string;
    const audited = async () =>
      Number(
        (
          await sys
            .db('audit_events')
            .where({
              subjectType: 'FlashPostalList',
              subjectId: id,
              actorId: 'u-coordination',
              action: 'read',
            })
            .count({ n: '*' })
        )[0].n,
      );
    expect(await audited()).to.equal(0);

    const csv = await download(coordination, `/api/flash-issues/${id}/postal-list`);
    expect(csv.status).to.equal(200);
    expect(csv.headers.get('content-type')).to.equal('text/csv; charset=utf-8');
    expect(csv.headers.get('content-disposition')).to.match(/^attachment; filename="flash-accueil-adresses-/);
    expect([...csv.bytes.subarray(0, 3)]).to.deep.equal([0xef, 0xbb, 0xbf]);
    const lines = csv.bytes.toString('utf8').slice(1).split('\r\n');
    expect(lines[0]).to.equal('Nom;Prénom;Rue;Numéro;Boîte;Code postal;Localité;Adresse utilisée;Remarque');
    const byName = new Map(lines.slice(1).map((l) => [l.split(';')[0], l]));
    expect(byName.get(people.post.lastName)).to.equal(
      `${people.post.lastName};Camille;Avenue du Courrier;18;2;5000;Namur;Adresse postale;`,
    );
    expect(byName.get(people.both.lastName)).to.equal(
      `${people.both.lastName};Camille;Rue des Écoles;5;;4000;Liège;Adresse du lieu d’accueil;`,
    );
    expect(byName.get(people.incomplete.lastName)).to.match(
      /;Adresse incomplète : à compléter dans la signalétique$/,
    );
    for (const who of [people.email, people.loginEmail, people.none])
      expect(byName.has(who.lastName)).to.equal(false);
    expect(await audited()).to.equal(1);

    const labels = await download(coordination, `/api/flash-issues/${id}/postal-labels`);
    expect(labels.status).to.equal(200);
    expect(labels.headers.get('content-type')).to.equal('application/pdf');
    expect(labels.bytes.subarray(0, 5).toString('latin1')).to.equal('%PDF-');
    const words = pdfText(labels.bytes);
    expect(words).to.contain(`Camille ${people.post.lastName}`);
    expect(words).to.contain('Avenue du Courrier 18 bte 2');
    expect(words).to.contain('5000 Namur');
    expect(words).to.contain(`Camille ${people.both.lastName}`);
    for (const who of [people.email, people.loginEmail, people.none, people.incomplete])
      expect(words).not.to.contain(who.lastName);
    expect(await audited()).to.equal(2);
    const event = await sys
      .db('audit_events')
      .where({ subjectType: 'FlashPostalList', subjectId: id })
      .orderBy('id', 'desc')
      .first();
    expect(event.fields).to.deep.equal(['lastName', 'firstName', 'postalAddress']);
    expect(event.reason).to.match(
      /^Flash accueil « Courrier .* » : liste d’envoi postal \(PDF, \d+ adresses\)$/,
    );

    // Nobody else gets it, and a refusal reads nothing.
    const agent = await person('u-accueil');
    expect((await agent.get(`/api/flash-issues/${id}/postal-list`)).status).to.equal(403);
    const provider = await person(people.post.userId);
    expect((await provider.get(`/api/flash-issues/${id}/postal-labels`)).status).to.equal(404);
    expect(await audited()).to.equal(2);
  });

  it('answers 404 for an unknown issue and refuses a malformed id', async () => {
    expect((await coordination.get(`/api/flash-issues/${randomUUID()}`)).status).to.equal(404);
    expect((await coordination.post(`/api/flash-issues/${randomUUID()}/send`)).status).to.equal(404);
    expect((await coordination.get('/api/flash-issues/pas-un-id')).status).to.equal(400);
  });
});
