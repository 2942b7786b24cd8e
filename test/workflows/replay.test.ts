import fs from 'node:fs';
import path from 'node:path';
import { expect } from 'chai';
import { Worker } from '@temporalio/worker';
import { historyFromJSON } from '@temporalio/common/lib/proto-utils';
import { buildTimeline } from '../../api/timeline';
import { PROCEDURES } from '../../common/procedures';
import { testSystem } from '../support/system';

const FIXTURES = path.join(__dirname, '..', 'fixtures', 'histories');

/**
 * Every committed history must replay with today's workflow code: a change that would break a
 * case already running in production fails here, not there. Use patched() for such changes.
 */
describe('workflow replay of recorded histories', () => {
  const files = fs.readdirSync(FIXTURES).filter((f) => f.endsWith('.json'));

  it('has at least one recorded history per workflow', () => {
    expect(files.some((f) => f.startsWith('cessation-risk-'))).to.equal(true);
    expect(files.some((f) => f.startsWith('bilan-'))).to.equal(true);
    expect(files.some((f) => f.startsWith('rib-'))).to.equal(true);
    expect(files.some((f) => f.startsWith('adaptation-'))).to.equal(true);
    expect(files.some((f) => f.startsWith('acte-v'))).to.equal(true);
    expect(files.some((f) => f.startsWith('acte-question-'))).to.equal(true);
    expect(files.some((f) => f.startsWith('payment-batch-'))).to.equal(true);
    for (const prefix of [
      'reassign-',
      'mail-v',
      'mail-undeliverable-',
      'agent-digest-',
      'mail-sweep-',
      'flash-',
    ])
      expect(
        files.some((f) => f.startsWith(prefix)),
        prefix,
      ).to.equal(true);
  });

  it('has a recorded history for the workflow of every procedure of the registry', () => {
    const recorded = new Set(
      files.map((f) => {
        const history = JSON.parse(fs.readFileSync(path.join(FIXTURES, f), 'utf8')) as {
          events: Array<{ workflowExecutionStartedEventAttributes?: { workflowType?: { name?: string } } }>;
        };
        return history.events[0]?.workflowExecutionStartedEventAttributes?.workflowType?.name;
      }),
    );
    for (const procedure of PROCEDURES)
      expect(recorded.has(procedure.workflowType), `${procedure.id}: ${procedure.workflowType}`).to.equal(
        true,
      );
  });

  it('keeps addresses and message content out of the histories of messages: ids only', () => {
    for (const f of files.filter((name) => /^(mail|flash|agent-digest)-/.test(name))) {
      const raw = fs.readFileSync(path.join(FIXTURES, f), 'utf8');
      const payloads = raw.replace(/"data":\s*"([^"]*)"/g, (_, b64: string) =>
        Buffer.from(b64, 'base64').toString('utf8'),
      );
      expect(payloads, f).not.to.match(/@(one\.)?exemple\.be|sans arobase|Un avis enregistré/);
    }
  });

  for (const file of files) {
    it(`replays ${file} without non-determinism`, async () => {
      const { bundle } = await testSystem();
      const history = historyFromJSON(JSON.parse(fs.readFileSync(path.join(FIXTURES, file), 'utf8')));
      await Worker.runReplayHistory({ workflowBundle: bundle }, history, file);
    });
  }

  it('turns a recorded history into a French timeline a person can read', () => {
    const history = historyFromJSON(
      JSON.parse(fs.readFileSync(path.join(FIXTURES, 'cessation-risk-v1.json'), 'utf8')),
    );
    const timeline = buildTimeline(history.events ?? []);
    expect(timeline.map((e) => e.kind)).to.deep.equal([
      'case_opened',
      'notification_sent',
      'task_opened',
      'deadline_passed',
      'notification_sent',
      'notification_sent',
      'task_claimed',
      'task_released',
      'task_claimed',
      'task_completed',
      'case_closed',
      'notification_sent',
    ]);
    expect(timeline[0].title).to.equal('Signalement enregistré par Muriel Rousseau');
    expect(timeline[0].detail).to.equal(
      'Période : À court terme (dans les 3 à 6 mois) · Motif : Autre motif · Précision : Déménagement prévu',
    );
    expect(timeline[3]).to.include({
      title: 'Délai dépassé pour la tâche « Contacter et analyser le signalement »',
      tone: 'warning',
    });
    expect(timeline[4].title).to.equal('Coordination alertée');
    expect(timeline[6].title).to.equal(
      'Tâche « Contacter et analyser le signalement » attribuée à Jeanne Martin',
    );
    // Thousands are separated by a narrow no-break space in French.
    expect(timeline[9].detail?.replace(/[\u202f\u00a0]/g, ' ')).to.equal(
      'Résultat : Soutien financier accordé : 1 500 € · Commentaire : Appel téléphonique',
    );
  });

  it('says who was told when the coordination hands a task over', () => {
    const history = historyFromJSON(
      JSON.parse(fs.readFileSync(path.join(FIXTURES, 'reassign-v1.json'), 'utf8')),
    );
    const timeline = buildTimeline(history.events ?? []);
    const handedOver = timeline.findIndex((e) => e.kind === 'task_reassigned');
    expect(timeline[handedOver].title).to.equal(
      'Tâche « Contacter et analyser le signalement » réattribuée à Jeanne Martin par Philippe Wauters',
    );
    expect(timeline[handedOver + 1]).to.include({
      kind: 'notification_sent',
      title: 'Personne chargée de la tâche prévenue',
      detail: 'Philippe Wauters vous a confié la tâche « Contacter et analyser le signalement ».',
    });
  });

  it('tells a whole bilan de fonctionnement in French, with who did what', () => {
    const history = historyFromJSON(
      JSON.parse(fs.readFileSync(path.join(FIXTURES, 'bilan-v1.json'), 'utf8')),
    );
    const timeline = buildTimeline(history.events ?? []);
    const steps = timeline.filter((e) => e.kind !== 'notification_sent');
    expect(steps.map((e) => e.kind)).to.deep.equal([
      'case_opened',
      'bilan_started',
      'volet_shared',
      'task_opened',
      'task_claimed',
      'task_completed',
      'volet_shared',
      'task_opened',
      'reminder_sent',
      'reminder_sent',
      'deadline_passed',
      'task_opened',
      'deadline_extended',
      'task_cancelled',
      'plan_sent',
      'task_opened',
      'task_claimed',
      'task_completed',
      'task_cancelled',
      'case_closed',
    ]);
    expect(steps[0].title).to.equal('Bilan « Bilan Général 2024 - 2025 » ouvert pour Muriel Rousseau');
    expect(steps[0].actor?.displayName).to.equal('Philippe Wauters');
    expect(steps[2].title).to.equal(
      'Accès donné à l’ONE au volet 1 (conditions d’autorisation) par Muriel Rousseau',
    );
    expect(steps[5].detail).to.equal('Commentaire : Pensez au registre des présences.');
    expect(steps[10]).to.include({ title: 'Délai d’envoi du plan d’action dépassé', tone: 'warning' });
    expect(steps[12].title).to.equal('Délai prolongé jusqu’au 1 décembre 2026 par Thomas Lejeune');
    expect(steps[12].detail).to.equal('Motif : Congé de maladie');
    expect(steps[13].detail).to.equal('Motif : Délai prolongé');
    expect(steps[14]).to.include({
      title: 'Plan d’action envoyé par Muriel Rousseau',
      detail: '2 actions pour 1 objectif général',
    });
    expect(steps[19]).to.include({ title: 'Bilan clôturé', tone: 'success' });
  });

  it('tells a validation of bank details in French: replaced, late, approved; no bank data in it', () => {
    const raw = fs.readFileSync(path.join(FIXTURES, 'rib-v1.json'), 'utf8');
    const history = historyFromJSON(JSON.parse(raw));
    const timeline = buildTimeline(history.events ?? []);
    expect(timeline.map((e) => e.kind)).to.deep.equal([
      'case_opened',
      'notification_sent',
      'case_opened',
      'task_opened',
      'deadline_passed',
      'notification_sent',
      'task_claimed',
      'task_completed',
      'notification_sent',
      'case_closed',
    ]);
    expect(timeline[1].title).to.equal('Notification envoyée à l’agent subsides');
    expect(timeline[2].detail).to.equal('Elles remplacent celles qui attendaient leur validation.');
    expect(timeline[7].title).to.equal(
      'Tâche « Valider les coordonnées bancaires » terminée par Karim Benali',
    );
    expect(timeline[9].detail).to.equal('Décision : Approuvé');
    // The workflow carries ids only: neither an IBAN nor a holder's bank data is in its history.
    const payloads = raw.replace(/"data":\s*"([^"]*)"/g, (_, b64: string) =>
      Buffer.from(b64, 'base64').toString('utf8'),
    );
    expect(payloads, 'payloads decoded').to.contain('Muriel Rousseau');
    expect(payloads).not.to.match(/BE\d{2}\s?\d{4}/);
    expect(payloads).not.to.contain('GEBABEBB');
  });

  it('tells a temporary cessation in French: the question, the answer, the letter, suspension and reactivation', () => {
    const history = historyFromJSON(
      JSON.parse(fs.readFileSync(path.join(FIXTURES, 'adaptation-v1.json'), 'utf8')),
    );
    const timeline = buildTimeline(history.events ?? []);
    const steps = timeline.filter((e) => e.kind !== 'notification_sent');
    expect(steps.map((e) => e.kind)).to.deep.equal([
      'case_opened',
      'task_opened',
      'task_claimed',
      'task_completed',
      'information_provided',
      'task_opened',
      'task_claimed',
      'task_completed',
      'document_issued',
      'authorisation_changed',
      'authorisation_changed',
      'case_closed',
    ]);
    expect(steps[0].title).to.equal(
      'Demande d’adaptation de l’autorisation (cessation temporaire) envoyée par Muriel Rousseau',
    );
    expect(steps[3].detail).to.equal(
      'Décision : Informations complémentaires demandées · Question : Jusqu’à quand ?',
    );
    expect(steps[4].title).to.equal('Informations complémentaires envoyées par Muriel Rousseau');
    expect(steps[9].title).to.match(/^Autorisation suspendue à partir du \d{1,2} \S+ \d{4}$/);
    expect(steps[10].detail).to.equal('Fin de la cessation temporaire');
    const notices = timeline.filter((e) => e.kind === 'notification_sent').map((e) => e.detail);
    expect(notices).to.include(
      'Rappel : votre référent·e accueil attend votre réponse pour votre demande d’adaptation.',
    );
    expect(timeline[1].title).to.equal('Notification envoyée à l’équipe accueil (référent·e accueil)');
  });

  it('tells the first year of an ACTE case in French, and keeps bank details out of its history', () => {
    const raw = fs.readFileSync(path.join(FIXTURES, 'acte-v1.json'), 'utf8');
    for (const f of ['acte-v1.json', 'payment-batch-v1.json'])
      expect(fs.readFileSync(path.join(FIXTURES, f), 'utf8')).not.to.match(/BE\d{14}|GEBABEBB/);
    const timeline = buildTimeline(historyFromJSON(JSON.parse(raw)).events ?? []);
    const kinds = timeline.map((e) => e.kind);
    expect(timeline[0]).to.include({ kind: 'case_opened', title: 'Charte ACTE signée par Muriel Rousseau' });
    expect(kinds).to.include.members([
      'payment_scheduled',
      'plan_sent',
      'payment_released',
      'deadline_passed',
    ]);
    expect(kinds.at(-1)).to.equal('case_closed');
    expect(timeline.at(-1)!.title).to.equal('Fin de l’année 1 du dispositif ACTE');
    const titles = timeline.map((e) => e.title);
    expect(titles).to.include('Plan d’action écologique envoyé à l’équipe ACTE par Muriel Rousseau');
    expect(titles.some((t) => t.startsWith('Subside ACTE de 500,00'))).to.equal(true);
    expect(titles).to.include('Délai dépassé pour la tâche « Verser le subside ACTE »');
    expect(titles).to.include('Subside ACTE versé : lot de paiements libéré par Karim Benali');
    const decisions = timeline.filter((e) => e.kind === 'task_completed').map((e) => e.detail);
    expect(decisions[0]).to.equal(
      'Décision : Modifications demandées · Commentaire : Ajoutez une action sur l’eau.',
    );
    expect(decisions[1]).to.equal('Décision : Plan validé · Commentaire : Bravo.');
  });
});
