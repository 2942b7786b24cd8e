/** The bilan de fonctionnement: the childminder's volets and action plan, read by the agent conseil. */
import { html, nothing } from 'lit';
import { getBilan } from '../api/api.js';
import type { Task } from '../api/types.js';
import { isAgent, isProvider, isSupervisor } from '../lib/roles.js';
import type { ProcedureUi, TaskKindUi } from './contract.js';
import { caseCard } from './task-panels.js';

/** Every review of a bilan: the bilan beside the task, then a comment for the childminder. */
function review(submitLabel: string): TaskKindUi {
  return {
    caseCard: (task: Task, host) =>
      caseCard(host, 'Le bilan', {
        extra: task.bilanId
          ? html`<p>
              <a
                class="button secondary"
                href="/bilans/${encodeURIComponent(task.bilanId)}"
                data-testid="open-bilan"
                >Lire le bilan</a
              >
            </p>`
          : undefined,
      }),
    // The bilan's content is a help to read, not the task itself: without it the page still works.
    context: (task, host) => {
      const bilanId = task.bilanId;
      if (!bilanId) return nothing;
      const bilan = host.data(`bilan:${bilanId}`, async () => (await getBilan(bilanId)).bilan).value;
      return bilan
        ? html`<section class="card" aria-labelledby="bilan-content-heading" data-testid="task-bilan">
            <h2 id="bilan-content-heading">Ce que l'accueillant·e a transmis</h2>
            <pro-bilan-content .bilan=${bilan}></pro-bilan-content>
          </section>`
        : nothing;
    },
    outcome: { form: 'comment', heading: 'Votre réponse', spec: () => ({ submitLabel }) },
  };
}

const agentOrSupervisor = (user: Parameters<typeof isAgent>[0]) => isAgent(user) || isSupervisor(user);

export const bilan: ProcedureUi = {
  name: 'Bilan de fonctionnement',
  load: () =>
    Promise.all([
      import('../pages/bilans-page/bilans-page.js'),
      import('../pages/bilan-documentation-page/bilan-documentation-page.js'),
      import('../pages/bilan-page/bilan-page.js'),
      import('../components/bilan-content/bilan-content.js'),
      import('../components/review-form/review-form.js'),
    ]),
  routes: [
    {
      page: 'my-bilans',
      pattern: /^\/mes-bilans$/,
      title: 'Mes bilans',
      allows: isProvider,
      render: () => html`<pro-bilans-page></pro-bilans-page>`,
    },
    {
      page: 'bilan-documentation',
      pattern: /^\/mes-bilans\/documentation$/,
      title: 'Documentation du bilan de fonctionnement',
      allows: isProvider,
      render: () => html`<pro-bilan-documentation-page></pro-bilan-documentation-page>`,
    },
    {
      page: 'my-bilan',
      pattern: /^\/mes-bilans\/(?<id>[^/]+)$/,
      title: 'Bilan de fonctionnement',
      allows: isProvider,
      render: ({ params }) => html`<pro-bilan-page .bilanId=${params.id}></pro-bilan-page>`,
    },
    {
      page: 'bilan',
      pattern: /^\/bilans\/(?<id>[^/]+)$/,
      title: 'Bilan de fonctionnement',
      allows: agentOrSupervisor,
      render: ({ params }) => html`<pro-bilan-page .bilanId=${params.id}></pro-bilan-page>`,
    },
  ],
  navLinks: [{ href: '/mes-bilans', label: 'Mes bilans', order: 50, allows: isProvider }],
  taskKinds: {
    'bilan.volet1_review': review('Terminer la tâche'),
    'bilan.volet2_review': review('Terminer la tâche'),
    'bilan.plan_review': review('Clôturer le bilan'),
    'bilan.plan_overdue': review('Terminer la tâche'),
  },
  cases: {
    bilan: { filterLabel: 'Bilan de fonctionnement' },
  },
};
