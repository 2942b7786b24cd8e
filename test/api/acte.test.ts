import fs from 'node:fs';
import path from 'node:path';
import { randomUUID } from 'node:crypto';
import { expect } from 'chai';
import { validateXML } from 'xmllint-wasm';
import { testSystem, type TestSystem } from '../support/system';
import { ApiClient, eventually } from '../support/api-client';
import { waitForMail } from '../support/mail';
import { acteChildminder, approveBankDetails, startActe } from '../support/acte';
import { createActivities } from '../../activities';
import { ACTE_ACTIONS, ACTE_DIAGNOSIS } from '../../common/acte-content';
import { todayBrussels } from '../../common/adaptation';
import { createPersonalDataCipher } from '../../common/node/personal-data';
import { acteWorkflowId, type ActeDetails, type ActeInput } from '../../workflows/acte';

const XSD = fs.readFileSync(path.join(__dirname, '..', 'fixtures', 'pain.001.001.03.xsd'), 'utf8');

/** A plan ready to send: one theme, its whole self-diagnosis, two of its actions. */
function completePlan() {
  return {
    stateOfPlay: 'Nous cuisinons déjà des légumes du jardin ; les langes sont jetables.',
    themes: ['alimentation'],
    diagnosis: Object.fromEntries(ACTE_DIAGNOSIS.alimentation.map((q) => [q.id, 'partly'])),
    actions: ACTE_ACTIONS.filter((a) => a.axis === 'alimentation')
      .slice(0, 2)
      .map((a) => a.id),
  };
}

describe('API: ACTE — charter, subsidy within the deadline, action plan, questions, every year', function () {
  this.timeout(180_000);
  let sys: TestSystem;
  before(async () => {
    sys = await testSystem();
  });

  async function person(userId: string) {
    const client = new ApiClient(sys.baseUrl);
    await client.login(userId);
    return client;
  }

  const childminder = (places = 4, level: number | null = 1) => acteChildminder(sys, places, level);
  const approvedBankDetails = (me: ApiClient, providerId: string) => approveBankDetails(sys, me, providerId);
  const signWithDurations = (
    p: { providerId: string; userId: string; displayName: string },
    durations: Partial<ActeInput['durations']>,
  ) => startActe(sys, p, durations);

  const details = async (caseId: string) =>
    ((await sys.db('cases').where({ id: caseId }).first())?.details ?? null) as ActeDetails | null;

  /** Waits for the case's subsidy of the year to reach `status`; answers the case's details then. */
  const paymentIs = (caseId: string, status: 'ready' | 'released') =>
    eventually(
      async () => {
        const d = await details(caseId);
        return d?.payment?.status === status ? d : undefined;
      },
      20_000,
      `subsidy ${status}`,
    );

  async function release(subsides: ApiClient, key = randomUUID()) {
    return subsides.post(
      '/api/payment-batches',
      { executionDate: todayBrussels() },
      { 'Idempotency-Key': key },
    );
  }

  it('lets only level-1 places sign, once; takes the plan through changes to validation; answers a question', async () => {
    // Not at level 1: the explanation, the document, and a refusal that changes nothing.
    const outsider = await childminder(4, null);
    const seen = await outsider.me.get(`${outsider.url}/acte`);
    expect(seen.status).to.equal(200);
    expect(seen.body.acte.eligibility.eligible).to.equal(false);
    expect(seen.body.acte.eligibility.reason).to.contain('subside de base (niveau 1)');
    expect(seen.body.acte.canSign).to.equal(false);
    const refused = await outsider.me.post(`${outsider.url}/acte/charter`, { confirmed: true });
    expect(refused.status).to.equal(409);
    expect(refused.body.error.code).to.equal('ACTE_NOT_ELIGIBLE');
    expect(await sys.db('acte_charters').where({ providerId: outsider.providerId })).to.have.length(0);
    const doc = await fetch(`${sys.baseUrl}/api/acte/document`);
    expect(doc.status).to.equal(200);
    expect(
      Buffer.from(await doc.arrayBuffer())
        .subarray(0, 5)
        .toString(),
    ).to.equal('%PDF-');

    const p = await childminder(4);
    const before = (await p.me.get(`${p.url}/acte`)).body.acte;
    expect(before).to.include({ canSign: true, expectedAmountCents: 50_000, places: 4 });
    // The box must be ticked.
    const unticked = await p.me.post(`${p.url}/acte/charter`, { confirmed: false });
    expect(unticked.status).to.equal(400);
    expect(unticked.body.error.details[0].path).to.equal('confirmed');

    const signed = await p.me.post(`${p.url}/acte/charter`, { confirmed: true });
    expect(signed.status, JSON.stringify(signed.body)).to.equal(200);
    const caseId = signed.body.acte.caseId as string;
    expect(signed.body.acte.charter.signedBy).to.equal(p.displayName);
    // Signing twice does nothing more.
    const again = await p.me.post(`${p.url}/acte/charter`, { confirmed: true });
    expect(again.status).to.equal(200);
    expect(again.body.acte.caseId).to.equal(caseId);
    expect(await sys.db('acte_charters').where({ providerId: p.providerId })).to.have.length(1);
    expect(await sys.db('cases').where({ providerId: p.providerId, procedure: 'acte' })).to.have.length(1);

    // The subsidy is registered, due within three months, waiting for validated bank details.
    const subsidies = await eventually(async () => {
      const s = (await p.me.get(`${p.url}/subsidies`)).body.subsidies;
      return s.payments.length ? s : undefined;
    });
    expect(subsidies.payments[0]).to.include({
      amountCents: 50_000,
      places: 4,
      status: 'waiting_bank_details',
    });
    expect(subsidies.bankDetails.status).to.equal('missing');
    const due = Date.parse(subsidies.payments[0].dueAt);
    expect(due - Date.parse(signed.body.acte.charter.signedAt)).to.be.within(
      89 * 86_400_000,
      92 * 86_400_000 + 1,
    );
    // Another childminder sees none of it.
    expect((await outsider.me.get(`${p.url}/acte`)).status).to.equal(404);
    expect((await outsider.me.get(`${p.url}/subsidies`)).status).to.equal(404);
    expect((await outsider.me.post(`${p.url}/acte/charter`, { confirmed: true })).status).to.equal(404);

    // The plan: unknown actions are refused; an incomplete plan is refused field by field.
    const year = 1;
    const unknown = await p.me.request('PUT', `${p.url}/acte/plan`, {
      year,
      content: { ...completePlan(), actions: ['nope-99'] },
    });
    expect(unknown.status).to.equal(400);
    const partial = await p.me.request('PUT', `${p.url}/acte/plan`, {
      year,
      content: { ...completePlan(), stateOfPlay: '', diagnosis: {} },
    });
    expect(partial.status, JSON.stringify(partial.body)).to.equal(200);
    const incomplete = await p.me.post(`${p.url}/acte/plan/submit`, { year });
    expect(incomplete.status).to.equal(400);
    const paths = (incomplete.body.error.details as Array<{ path: string }>).map((d) => d.path);
    expect(paths).to.include('content.stateOfPlay');
    expect(paths).to.include(`content.diagnosis.${ACTE_DIAGNOSIS.alimentation[0].id}`);
    expect(
      (await p.me.request('PUT', `${p.url}/acte/plan`, { year, content: completePlan() })).status,
    ).to.equal(200);
    const sent = await p.me.post(`${p.url}/acte/plan/submit`, { year });
    expect(sent.status, JSON.stringify(sent.body)).to.equal(200);
    expect(sent.body.acte.plan).to.include({ status: 'submitted', editable: false });
    const locked = await p.me.request('PUT', `${p.url}/acte/plan`, { year, content: completePlan() });
    expect(locked.status).to.equal(409);
    expect(locked.body.error.code).to.equal('ACTE_PLAN_LOCKED');

    // The ACTE team asks for changes, then validates the plan sent again.
    const team = await person('u-acte');
    const review = async (round: number, outcome: Record<string, unknown>) => {
      const taskId = `${caseId}:plan-${year}-${round}`;
      await eventually(
        async () => (await sys.db('tasks').where({ id: taskId }).first()) ?? undefined,
        15_000,
        taskId,
      );
      const t = `/api/tasks/${encodeURIComponent(taskId)}`;
      expect((await team.post(`${t}/claim`)).status).to.equal(200);
      const noComment = await team.post(`${t}/complete`, { outcome: { decision: 'changes_requested' } });
      expect(noComment.status).to.equal(400);
      const done = await team.post(`${t}/complete`, { outcome });
      expect(done.status, JSON.stringify(done.body)).to.equal(200);
    };
    await review(1, { decision: 'changes_requested', comment: 'Ajoutez une action sur l’eau potable.' });
    const changes = await eventually(async () => {
      const a = (await p.me.get(`${p.url}/acte`)).body.acte;
      return a.plan.status === 'changes_requested' ? a : undefined;
    });
    expect(changes.plan).to.include({ editable: true, comment: 'Ajoutez une action sur l’eau potable.' });
    const water = ACTE_ACTIONS.find((a) => a.axis === 'eau')!;
    const revised = {
      ...completePlan(),
      themes: ['alimentation', 'eau'],
      diagnosis: {
        ...completePlan().diagnosis,
        ...Object.fromEntries(ACTE_DIAGNOSIS.eau.map((q) => [q.id, 'yes'])),
      },
      actions: [...completePlan().actions, water.id],
    };
    expect((await p.me.request('PUT', `${p.url}/acte/plan`, { year, content: revised })).status).to.equal(
      200,
    );
    expect((await p.me.post(`${p.url}/acte/plan/submit`, { year })).status).to.equal(200);
    // The plan sent again goes back to the member of the team who asked for the changes.
    const returned = await eventually(
      async () =>
        (await sys
          .db('tasks')
          .where({ id: `${caseId}:plan-${year}-2` })
          .first()) ?? undefined,
      15_000,
      'the plan back with the ACTE team member',
    );
    expect(returned.assigneeId).to.equal('u-acte');
    await review(2, { decision: 'validated', comment: 'Beau plan, bravo.' });
    await eventually(async () => {
      const a = (await p.me.get(`${p.url}/acte`)).body.acte;
      return a.plan.status === 'validated' ? a : undefined;
    });
    const notes = await eventually(async () => {
      const all = (await sys.db('notifications').where({ providerId: p.providerId })).map(
        (n) => n.message as string,
      );
      return all.some((m) => m.includes('a validé votre plan')) ? all : undefined;
    });
    expect(notes.some((m) => m.includes('a bien reçu votre plan'))).to.equal(true);

    // A question reaches the ACTE team as a task; the answer reaches the provider.
    const longQuestion = `Puis-je acheter des langes lavables ? ${'Je voudrais aussi savoir si le subside couvre leur lavage à la maison. '.repeat(3)}Merci !`;
    const asked = await p.me.post(`${p.url}/acte/questions`, { question: longQuestion });
    expect(asked.status, JSON.stringify(asked.body)).to.equal(202);
    const qTask = `${asked.body.question.caseId}:answer`;
    await eventually(
      async () => (await sys.db('tasks').where({ id: qTask }).first()) ?? undefined,
      15_000,
      qTask,
    );
    const qt = `/api/tasks/${encodeURIComponent(qTask)}`;
    // The team reads the whole question with the task; the case's summary gives its beginning.
    const read = (await team.get(qt)).body;
    expect(read.question).to.equal(longQuestion);
    expect(read.case.summary).to.match(/^Puis-je acheter des langes lavables \?.*…$/);
    expect((await team.post(`${qt}/claim`)).status).to.equal(200);
    expect((await team.post(`${qt}/complete`, { outcome: {} })).status).to.equal(400);
    expect(
      (await team.post(`${qt}/complete`, { outcome: { comment: 'Oui, c’est un bon usage du subside.' } }))
        .status,
    ).to.equal(200);
    const mine = await eventually(async () => {
      const cases = (await p.me.get('/api/me/cases')).body.cases as Array<Record<string, unknown>>;
      const q = cases.find((c) => c.id === asked.body.question.caseId);
      return q?.status === 'closed' ? cases : undefined;
    });
    const question = mine.find((c) => c.id === asked.body.question.caseId)!;
    expect(question).to.include({ procedureLabel: 'Question à l’équipe ACTE', statusLabel: 'Réponse reçue' });
    expect((question.outcome as { comment: string }).comment).to.equal('Oui, c’est un bon usage du subside.');
    const acteCase = mine.find((c) => c.id === caseId)!;
    expect(acteCase.waitingFor).to.contain('coordonnées bancaires');
  });

  it('pays once within the deadline from a released batch (a valid pain.001), and rolls into a second year', async () => {
    const p = await childminder(3);
    const subsides = await person('u-subsides');
    await approvedBankDetails(p.me, p.providerId);
    const caseId = await signWithDurations(p, { year: '25s', paymentDeadline: '1 minute' });
    await paymentIs(caseId, 'ready');

    const waiting = (await subsides.get('/api/payments')).body;
    const mineReady = waiting.ready.find((r: { provider: { id: string } }) => r.provider.id === p.providerId);
    expect(mineReady).to.include({ amountCents: 37_500, places: 3 });
    // The totals count every payment of each state, the lists only the most urgent, first due first.
    const dues = (waiting.ready as Array<{ dueAt: string }>).map((r) => r.dueAt);
    expect(dues).to.deep.equal([...dues].sort());
    await eventually(
      async () => {
        const { totals } = (await subsides.get('/api/payments')).body;
        const sums = await sys
          .db('subsidy_payments')
          .whereIn('status', ['ready', 'waiting_bank_details'])
          .groupBy('status')
          .select(
            'status',
            sys.db.raw('count(*)::int as count'),
            sys.db.raw('sum(amount_cents)::int as cents'),
          );
        const expected = (status: string) => {
          const row = sums.find((r: { status: string }) => r.status === status);
          return { count: row?.count ?? 0, totalCents: row?.cents ?? 0 };
        };
        return JSON.stringify(totals) ===
          JSON.stringify({ ready: expected('ready'), waiting: expected('waiting_bank_details') })
          ? totals
          : undefined;
      },
      15_000,
      'totals of « Paiements »',
    );
    // Only the agents subsides release batches.
    expect((await p.me.post('/api/payment-batches', { executionDate: todayBrussels() })).status).to.equal(
      403,
    );

    const key = randomUUID();
    const released = await release(subsides, key);
    expect(released.status, JSON.stringify(released.body)).to.equal(201);
    const batch = released.body.batch;
    // The same request again (a lost answer): the same batch, nothing paid twice.
    const again = await release(subsides, key);
    expect(again.status).to.equal(201);
    expect(again.body.batch.id).to.equal(batch.id);
    const file = await fetch(`${sys.baseUrl}${batch.fileUrl}`, {
      headers: { Cookie: subsides.cookieHeader() },
    });
    expect(file.status).to.equal(200);
    const xml = await file.text();
    const valid = await validateXML({
      xml: [{ fileName: 'batch.xml', contents: xml }],
      schema: [{ fileName: 'pain.001.001.03.xsd', contents: XSD }],
    });
    expect(valid.errors, JSON.stringify(valid.errors)).to.deep.equal([]);
    expect(valid.valid).to.equal(true);
    const payment = await sys.db('subsidy_payments').where({ providerId: p.providerId, year: 1 }).first();
    expect(xml.split(payment.idempotencyKey).length - 1).to.equal(1);
    expect(xml).to.contain('<InstdAmt Ccy="EUR">375.00</InstdAmt>');
    expect(xml).to.contain('BE68539007547034');
    // The provider may not read the bank file; the read by the agent is on record.
    expect((await p.me.get(batch.fileUrl)).status).to.equal(403);
    const audited = await sys
      .db('audit_events')
      .where({ subjectType: 'PaymentBatch', subjectId: batch.id, action: 'read' });
    expect(audited.length).to.be.greaterThan(0);
    // Nothing else is ready: a new batch has nothing to pay.
    const mySecond = await sys.db('subsidy_payments').where({ status: 'ready' }).whereNull('batch_id');
    if (mySecond.length === 0) expect((await release(subsides)).body.error.code).to.equal('NOTHING_TO_PAY');

    // The case hears of it: paid within the deadline, in « Mes subsides » with its date and amount.
    const paid = await paymentIs(caseId, 'released');
    expect(paid.escalated).to.equal(false);
    expect(Date.parse(paid.payment!.dueAt)).to.be.greaterThan(Date.now());
    const subsidies = (await p.me.get(`${p.url}/subsidies`)).body.subsidies;
    expect(subsidies.payments[0]).to.include({
      status: 'released',
      paidOn: todayBrussels(),
      amountCents: 37_500,
    });
    expect(subsidies.totalPaidCents).to.equal(37_500);
    // She is told by e-mail that it is paid, with the way to « Mes subsides »; no account number in it.
    const paidMail = await waitForMail(sys, `${p.userId}@exemple.be`, (m) => m.text!.includes('est versé'));
    expect(paidMail.subject).to.equal('Accueil en transition écologique (ACTE)');
    expect(paidMail.text).to.contain('375');
    expect(paidMail.text).to.not.contain('7034');
    expect(paidMail.text).to.contain(`${sys.baseUrl}/mes-subsides`);
    expect(subsidies.bankDetails).to.deep.equal({ status: 'approved', ibanEnd: '7034' });
    const task = await sys
      .db('tasks')
      .where({ id: `${caseId}:payment-1` })
      .first();
    expect(task).to.include({ status: 'completed', completedBy: 'u-subsides', escalatedAt: null });

    // The anniversary: the case continues into year 2, checks eligibility again, owes the next subsidy.
    const year2 = await eventually(
      async () => {
        const d = await details(caseId);
        return d?.year === 2 && d.payment ? d : undefined;
      },
      60_000,
      'year 2',
    );
    expect(year2.previousYears).to.have.length(1);
    expect(year2.previousYears[0]).to.include({ year: 1, amountCents: 37_500, paidOn: todayBrussels() });
    expect(year2.payment).to.include({ amountCents: 37_500 });
    expect(await sys.db('subsidy_payments').where({ providerId: p.providerId })).to.have.length(2);
    // The supervisor reads both years in one history.
    const coordination = await person('u-coordination');
    const timeline = (await coordination.get(`/api/cases/${caseId}`)).body.timeline as Array<{
      kind: string;
      title: string;
    }>;
    const kinds = timeline.map((e) => e.kind);
    expect(kinds).to.include.members([
      'case_opened',
      'payment_scheduled',
      'payment_released',
      'year_started',
    ]);
    expect(timeline.filter((e) => e.kind === 'payment_scheduled')).to.have.length(2);
    expect(timeline.find((e) => e.kind === 'case_opened')!.title).to.contain('Charte ACTE signée');
    await sys.env.client.workflow.getHandle(acteWorkflowId(p.providerId)).terminate('fin du test');
  });

  it('warns before the deadline when no bank details are validated, escalates after it, and pays once they are', async () => {
    const p = await childminder(2);
    const subsides = await person('u-subsides');
    // Checks for bank details are hours apart: the validation itself tells the case.
    const caseId = await signWithDurations(p, {
      paymentDeadline: '8s',
      paymentWarning: '5s',
      bankDetailsCheck: '1 hour',
    });
    const warned = await eventually(
      async () => {
        const d = await details(caseId);
        return d?.atRisk ? d : undefined;
      },
      20_000,
      'warning',
    );
    expect(warned.atRisk).to.equal('Aucune coordonnée bancaire validée');
    const messages = async () =>
      (await sys.db('notifications').where({ caseId })).map((n) => n as Record<string, string>);
    // The notices follow the flag: wait for the last one (the coordination's).
    const early = await eventually(
      async () => {
        const all = await messages();
        return all.some((n) => n.recipientRole === 'supervisor') ? all : undefined;
      },
      10_000,
      'warnings',
    );
    expect(
      early.some(
        (n) => n.providerId === p.providerId && n.message.includes('ajoutez vos coordonnées bancaires'),
      ),
    ).to.equal(true);
    expect(early.some((n) => n.recipientRole === 'agent_subsides')).to.equal(true);
    expect(early.some((n) => n.recipientRole === 'supervisor' && n.message.includes('à risque'))).to.equal(
      true,
    );
    const coordination = await person('u-coordination');
    const atRisk = (await coordination.get(`/api/cases/${caseId}`)).body.case;
    expect(atRisk.atRisk).to.equal('Aucune coordonnée bancaire validée');

    // The deadline passes unpaid: an escalation, never silence.
    const escalated = await eventually(
      async () => {
        const d = await details(caseId);
        return d?.escalated ? d : undefined;
      },
      20_000,
      'escalation',
    );
    expect(escalated.payment!.status).to.equal('waiting_bank_details');
    const task = await sys
      .db('tasks')
      .where({ id: `${caseId}:payment-1` })
      .first();
    expect(task.escalatedAt).to.not.equal(null);
    await eventually(
      async () =>
        (await messages()).some(
          (n) => n.recipientRole === 'supervisor' && n.message.startsWith('Délai dépassé'),
        ) || undefined,
      10_000,
      'the escalation notice',
    );
    const list = (await coordination.get(`/api/cases?procedure=acte`)).body.cases as Array<
      Record<string, unknown>
    >;
    const row = list.find((c) => c.id === caseId)!;
    expect(row.overdue).to.equal(true);
    expect(String(row.atRisk)).to.contain('Délai de paiement dépassé');

    // Bank details validated late: the validation tells the case at once; the subsidy is paid, once.
    await approvedBankDetails(p.me, p.providerId);
    await paymentIs(caseId, 'ready');
    expect((await release(subsides)).status).to.equal(201);
    const paid = await paymentIs(caseId, 'released');
    expect(paid.atRisk).to.equal(null);
    expect(await sys.db('subsidy_payments').where({ providerId: p.providerId })).to.have.length(1);
    await sys.env.client.workflow.getHandle(acteWorkflowId(p.providerId)).terminate('fin du test');
  });

  it('never registers nor pays twice when its activities are retried', async () => {
    const p = await childminder(5);
    await approvedBankDetails(p.me, p.providerId);
    const acts = createActivities({ db: sys.db });
    const caseId = randomUUID();
    const dueAt = new Date(Date.now() + 86_400_000).toISOString();
    const first = await acts.registerActePayment({
      providerId: p.providerId,
      caseId,
      year: 1,
      places: 5,
      dueAt,
    });
    const second = await acts.registerActePayment({
      providerId: p.providerId,
      caseId,
      year: 1,
      places: 5,
      dueAt,
    });
    expect(second.paymentId).to.equal(first.paymentId);
    expect(first.amountCents).to.equal(62_500);
    expect((await acts.attachApprovedBankDetails({ paymentId: first.paymentId })).status).to.equal('ready');
    const batchId = randomUUID();
    const input = {
      batchId,
      executionDate: todayBrussels(),
      releasedBy: { id: 'u-subsides', displayName: 'Karim Benali' },
    };
    const a = await acts.assemblePaymentBatch(input);
    const b = await acts.assemblePaymentBatch(input);
    expect(b).to.deep.equal(a);
    expect(a.payments.map((x) => x.paymentId)).to.include(first.paymentId);
    expect(await sys.db('payment_batches').where({ id: batchId })).to.have.length(1);
    const key = (await sys.db('subsidy_payments').where({ id: first.paymentId }).first())
      .idempotencyKey as string;
    const batches = await sys.db('payment_batches').select('file_encrypted');
    const cipher = createPersonalDataCipher(sys.config.personalDataKey);
    const occurrences = batches
      .map((row) => cipher.decrypt(String(row.fileEncrypted)).split(key).length - 1)
      .reduce((s, n) => s + n, 0);
    expect(occurrences).to.equal(1);
    // The bank file is stored encrypted: no IBAN in clear in the database row.
    expect(JSON.stringify(batches)).not.to.contain('BE68539007547034');
  });

  it('reminds during the year and asks, one year later, to review the plan action by action', async () => {
    const p = await childminder(1);
    await approvedBankDetails(p.me, p.providerId);
    const caseId = await signWithDurations(p, {
      year: '14s',
      reminders: ['2s', '30s'],
      planReview: '1 minute',
    });
    // The year's subsidy is paid: a year ends once its promises are kept.
    await paymentIs(caseId, 'ready');
    expect((await release(await person('u-subsides'))).status).to.equal(201);
    const plan = completePlan();
    expect((await p.me.request('PUT', `${p.url}/acte/plan`, { year: 1, content: plan })).status).to.equal(
      200,
    );
    expect((await p.me.post(`${p.url}/acte/plan/submit`, { year: 1 })).status).to.equal(200);
    const team = await person('u-acte');
    const taskId = `${caseId}:plan-1-1`;
    await eventually(
      async () => (await sys.db('tasks').where({ id: taskId }).first()) ?? undefined,
      15_000,
      taskId,
    );
    const t = `/api/tasks/${encodeURIComponent(taskId)}`;
    expect((await team.post(`${t}/claim`)).status).to.equal(200);
    expect(
      (await team.post(`${t}/complete`, { outcome: { decision: 'validated', comment: null } })).status,
    ).to.equal(200);
    // A reminder during the year, about the plan being followed (it is validated by then).
    const reminder = await eventually(
      async () =>
        (await sys
          .db('notifications')
          .where({ key: `${caseId}:reminder-1-1` })
          .first()) ?? undefined,
      15_000,
      'reminder',
    );
    expect(reminder.message).to.match(/^Rappel ACTE : /);
    // The reminder after the anniversary is not sent: that year is over.
    const year2 = await eventually(
      async () => {
        const a = (await p.me.get(`${p.url}/acte`)).body.acte;
        return a.year?.number === 2 && a.review ? a : undefined;
      },
      40_000,
      'year 2 with a review pending',
    );
    expect(await sys.db('notifications').where({ key: `${caseId}:reminder-1-2` })).to.have.length(0);
    expect(year2.review).to.include({ year: 1, done: false });
    expect(year2.review.plan.actions).to.deep.equal(plan.actions);
    expect(year2.plan).to.include({ year: 2, status: 'none', editable: true });
    expect(year2.previousYears[0]).to.include({ year: 1, planStatus: 'validated' });
    // Every action of the plan needs its state; an action from elsewhere is refused.
    const partial = await p.me.post(`${p.url}/acte/review`, {
      year: 1,
      review: { actions: { [plan.actions[0]]: 'done' }, comment: null },
    });
    expect(partial.status).to.equal(400);
    expect(partial.body.error.details.map((d: { path: string }) => d.path)).to.include(
      `review.actions.${plan.actions[1]}`,
    );
    const review = {
      actions: { [plan.actions[0]]: 'done', [plan.actions[1]]: 'in_progress' },
      comment: 'Le potager a bien fonctionné.',
    };
    const sent = await p.me.post(`${p.url}/acte/review`, { year: 1, review });
    expect(sent.status, JSON.stringify(sent.body)).to.equal(200);
    expect(sent.body.acte.review).to.equal(null);
    const row = await sys.db('acte_plans').where({ providerId: p.providerId, year: 1 }).first();
    expect(row.review).to.deep.equal(review);
    expect(row.reviewedAt).to.not.equal(null);
    await eventually(
      async () =>
        (await sys
          .db('notifications')
          .where({ key: `${caseId}:review-1`, recipientRole: 'equipe_acte' })
          .first()) ?? undefined,
      10_000,
      'the ACTE team told',
    );
    expect((await p.me.post(`${p.url}/acte/review`, { year: 1, review })).body.error.code).to.equal(
      'ACTE_NO_REVIEW',
    );
    await sys.env.client.workflow.getHandle(acteWorkflowId(p.providerId)).terminate('fin du test');
  });
});
