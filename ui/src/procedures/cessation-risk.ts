/** The report of a risk of cessation of activity, analysed by the cellule de veille. */
import { html, nothing } from 'lit';
import type { CaseSummary } from '../api/types.js';
import { formatDateTime } from '../lib/format.js';
import { isProvider } from '../lib/roles.js';
import type { ProcedureUi } from './contract.js';
import { caseCard } from './task-panels.js';

/** The report as the childminder made it: when, which period, which reason. */
function reportDetails(item: CaseSummary) {
  const details = item.details;
  if (!details) return html``;
  return html`<dt>Date du signalement</dt>
    <dd><time datetime=${item.openedAt}>${formatDateTime(item.openedAt)}</time></dd>
    <dt>Période de risque</dt>
    <dd data-testid="case-period">${details.periodLabel}</dd>
    <dt>Motif</dt>
    <dd data-testid="case-reason">${details.reasonLabel}</dd>
    ${
      details.reasonOther
        ? html`<dt>Précision du motif</dt>
            <dd class="free-text" data-testid="case-reason-other">${details.reasonOther}</dd>`
        : nothing
    }`;
}

export const cessationRisk: ProcedureUi = {
  name: 'Risque de cessation d’activité',
  load: () =>
    Promise.all([
      import('../pages/report-page/report-page.js'),
      import('../components/task-outcome-form/task-outcome-form.js'),
    ]),
  routes: [
    {
      page: 'report',
      pattern: /^\/signalement$/,
      title: "Signaler un risque de cessation d'activité",
      allows: isProvider,
      render: () => html`<pro-report-page></pro-report-page>`,
    },
  ],
  navLinks: [{ href: '/signalement', label: 'Signaler un risque', order: 20, allows: isProvider }],
  taskKinds: {
    'cessation_risk.analysis': {
      caseCard: (_task, host) => caseCard(host, 'Le signalement'),
      outcome: {
        form: 'custom',
        heading: 'Votre décision',
        render: (task) => html`<pro-task-outcome-form .taskId=${task.id}></pro-task-outcome-form>`,
      },
    },
  },
  cases: {
    cessation_risk: {
      filterLabel: "Risque de cessation d'activité",
      heading: 'Le signalement',
      details: reportDetails,
      start: { href: '/signalement', label: "Signaler un risque de cessation d'activité" },
      waitingFor: "La cellule de veille de l'ONE va prendre contact avec vous pour analyser votre situation.",
    },
  },
};
