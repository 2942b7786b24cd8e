/** ACTE, the accueil en transition écologique: the yearly plan and its subsidy, and questions to the team. */
import { html, nothing } from 'lit';
import { getActe } from '../api/api.js';
import type { Acte, SessionUser } from '../api/types.js';
import { ACTE_COMMENT_MAX, ACTE_PLAN_DECISION } from '../lib/decisions.js';
import { formatDateTime } from '../lib/format.js';
import { isAgent, isProvider, isSupervisor } from '../lib/roles.js';
import type { ProcedureUi, TaskPanelHost } from './contract.js';
import { caseCard, whenLoaded } from './task-panels.js';

const agentOrSupervisor = (user: SessionUser) => isAgent(user) || isSupervisor(user);
const acteCase = (host: TaskPanelHost) => caseCard(host, 'Le dossier ACTE', { showAtRisk: true });

/** The plan as the childminder sent it, and what the team last asked about it. */
function planPanel(acte: Acte) {
  const plan = acte.plan;
  return html`<section class="card" aria-labelledby="acte-plan-heading" data-testid="acte-plan">
    <h2 id="acte-plan-heading">Le plan d’action écologique de ${acte.provider.displayName}</h2>
    ${
      plan
        ? html`<dl class="facts">
            <dt>Année</dt>
            <dd>${acte.year?.label ?? plan.year}</dd>
            <dt>État du plan</dt>
            <dd data-testid="acte-plan-status">${plan.statusLabel}</dd>
            ${
              plan.submittedAt
                ? html`<dt>Envoyé le</dt>
                    <dd><time datetime=${plan.submittedAt}>${formatDateTime(plan.submittedAt)}</time></dd>`
                : nothing
            }
            ${
              plan.comment
                ? html`<dt>Dernier message de l’équipe ACTE</dt>
                    <dd class="free-text">${plan.comment}</dd>`
                : nothing
            }
          </dl>`
        : nothing
    }
    <pro-acte-plan-summary .plan=${plan?.content ?? null}></pro-acte-plan-summary>
  </section>`;
}

/** A subsidy is paid with a batch of transfers, not from its task. */
function paymentNotice(host: TaskPanelHost) {
  return html`<section class="card" aria-labelledby="payment-heading" data-testid="acte-payment-notice">
    <h2 id="payment-heading">Comment verser ce subside ?</h2>
    <p>
      Ce subside se verse avec un lot de paiements. Dès que les coordonnées bancaires de l’accueillant·e sont
      validées, il apparaît dans « Paiements » ; libérez le lot avant l’échéance. La tâche se termine
      d’elle-même quand le virement part.
    </p>
    ${
      host.user?.roles.includes('agent_subsides')
        ? html`<p><a class="button" href="/paiements">Ouvrir « Paiements »</a></p>`
        : nothing
    }
  </section>`;
}

/** The question the childminder asked, in full, with who asked it and when. */
function questionCard(host: TaskPanelHost) {
  const item = host.caseSummary;
  if (!item) return html``;
  // Written on one line: the text keeps its own line breaks (pre-line), and only those.
  const question = host.question ?? item.summary;
  return html`<section class="card" aria-labelledby="case-heading" data-testid="acte-question">
    <h2 id="case-heading">La question</h2>
    <dl class="facts">
      <dt>Accueillant·e</dt>
      <dd>${item.concerns.displayName}</dd>
      ${
        item.concerns.detail
          ? html`<dt>Sous-région</dt>
              <dd>${item.concerns.detail}</dd>`
          : nothing
      }
      <dt>Posée le</dt>
      <dd><time datetime=${item.openedAt}>${formatDateTime(item.openedAt)}</time></dd>
    </dl>
    <blockquote class="question" data-testid="acte-question-text">${question}</blockquote>
  </section>`;
}

export const acte: ProcedureUi = {
  name: 'Accueil en transition écologique (ACTE)',
  load: () =>
    Promise.all([
      import('../pages/acte-page/acte-page.js'),
      import('../pages/acte-plan-page/acte-plan-page.js'),
      import('../components/acte-plan-summary/acte-plan-summary.js'),
      import('../components/decision-form/decision-form.js'),
      import('../components/review-form/review-form.js'),
    ]),
  routes: [
    {
      page: 'acte',
      pattern: /^\/acte$/,
      title: 'Accueil en transition écologique',
      allows: isProvider,
      render: (_at, user) => html`<pro-acte-page own .providerId=${user?.providerId ?? ''}></pro-acte-page>`,
    },
    {
      page: 'acte-plan',
      pattern: /^\/acte\/plan$/,
      title: 'Mon plan d’action écologique',
      allows: isProvider,
      render: (_at, user) =>
        html`<pro-acte-plan-page own .providerId=${user?.providerId ?? ''}></pro-acte-plan-page>`,
    },
    {
      page: 'provider-acte',
      pattern: /^\/accueillants\/(?<id>[^/]+)\/acte$/,
      title: 'ACTE',
      allows: agentOrSupervisor,
      render: ({ params }) => html`<pro-acte-page .providerId=${params.id}></pro-acte-page>`,
    },
    {
      page: 'provider-acte-plan',
      pattern: /^\/accueillants\/(?<id>[^/]+)\/acte\/plan$/,
      title: 'Plan d’action écologique',
      allows: agentOrSupervisor,
      render: ({ params }) => html`<pro-acte-plan-page .providerId=${params.id}></pro-acte-plan-page>`,
    },
  ],
  navLinks: [{ href: '/acte', label: 'Accueil en transition écologique', order: 110, allows: isProvider }],
  taskKinds: {
    'acte.plan_review': {
      caseCard: (_task, host) => acteCase(host),
      context: (task, host) => {
        const provider = task.provider;
        if (!provider) return nothing;
        const loaded = host.data(`acte:${provider.id}`, async () => (await getActe(provider.id)).acte);
        return whenLoaded(host, loaded, planPanel);
      },
      outcome: { form: 'decision', spec: () => ACTE_PLAN_DECISION },
    },
    // A subsidy is paid by releasing a batch in « Paiements », never from its task.
    'acte.payment': {
      caseCard: (_task, host) => acteCase(host),
      context: (task, host) => (task.status === 'open' ? paymentNotice(host) : nothing),
      outcome: { form: 'closed-by-procedure' },
    },
    'acte.question': {
      caseCard: (_task, host) => questionCard(host),
      outcome: {
        form: 'comment',
        heading: 'Votre réponse',
        spec: () => ({
          required: true,
          label: 'Réponse',
          maxLength: ACTE_COMMENT_MAX,
          hint: 'L’accueillant·e la lira dans ses notifications et dans « Mes demandes ».',
          submitLabel: 'Envoyer la réponse',
        }),
      },
    },
  },
  cases: {
    acte: { filterLabel: 'Accueil en transition écologique (ACTE)', atRiskLabel: 'Subside à risque' },
    acte_question: { filterLabel: 'Question à l’équipe ACTE' },
  },
};
