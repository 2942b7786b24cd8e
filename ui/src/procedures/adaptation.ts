/** A request to adapt the authorisation, examined by the agents; the childminder follows it in « Mon autorisation ». */
import { html } from 'lit';
import { getAdaptation } from '../api/api.js';
import { ADAPTATION_DECISION } from '../lib/decisions.js';
import type { ProcedureUi } from './contract.js';
import { caseCard, whenLoaded } from './task-panels.js';

export const adaptation: ProcedureUi = {
  name: 'Adaptation de l’autorisation',
  load: () =>
    Promise.all([
      import('../components/adaptation-card/adaptation-card.js'),
      import('../components/decision-form/decision-form.js'),
    ]),
  taskKinds: {
    'adaptation.review': {
      caseCard: (_task, host) => caseCard(host, 'La demande'),
      // The request as the childminder made it, with the questions and answers so far.
      context: (task, host) =>
        whenLoaded(
          host,
          host.data(`adaptation:${task.caseId}`, async () => (await getAdaptation(task.caseId)).adaptation),
          (adaptation) =>
            html`<section aria-labelledby="adaptation-heading" data-testid="submission">
              <h2 id="adaptation-heading">La demande d’adaptation et les échanges</h2>
              <pro-adaptation-card .adaptation=${adaptation} show-provider></pro-adaptation-card>
            </section>`,
        ),
      outcome: { form: 'decision', spec: () => ADAPTATION_DECISION },
    },
  },
  cases: {
    adaptation: {
      filterLabel: 'Adaptation de l’autorisation',
      ownPage: {
        href: '/mon-autorisation',
        label: 'Voir cette demande dans « Mon autorisation »',
        testId: 'case-authorisation-link',
      },
    },
  },
};
