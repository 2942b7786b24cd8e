import fs from 'node:fs';
import path from 'node:path';
import { expect } from 'chai';
import { Worker } from '@temporalio/worker';
import { historyFromJSON } from '@temporalio/common/lib/proto-utils';
import { buildTimeline } from '../../api/timeline';
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
});
