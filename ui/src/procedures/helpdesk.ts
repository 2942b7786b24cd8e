/** Procedure 7, the helpdesk (« Aide »): its pages, the « Aide » link, and its tasks' panels. */
import { html } from 'lit';
import type { SessionUser, Task } from '../api/types.js';
import type { DecisionFormSpec } from '../lib/decisions.js';
import type { FieldErrors } from '../lib/field-errors.js';
import { isProvider } from '../lib/roles.js';
import { getHelpdeskRequest } from '../pages/help-shared/helpdesk-api.js';
import { requesterTemplate, threadTemplate } from '../pages/help-shared/help-thread.js';
import type { ProcedureUi, TaskPanelHost } from './contract.js';
import { whenLoaded } from './task-panels.js';

const ANSWER_MAX = 4000;

/** The helpdesk's decision: answer the person, ask her for details, or forward to the informaticiens. */
const HELPDESK_DECISION: DecisionFormSpec = {
  legend: 'Votre suite à cette demande',
  options: [
    { value: 'answer', label: 'Répondre à la personne' },
    { value: 'ask_details', label: 'Demander des précisions' },
    { value: 'forward', label: 'Transmettre aux informaticiens' },
  ],
  commentLabel: (d) =>
    d === 'ask_details'
      ? 'Les précisions demandées'
      : d === 'forward'
        ? 'Le problème, pour les informaticiens'
        : 'Votre réponse',
  commentHint: (d) =>
    d === 'forward'
      ? 'Obligatoire. Seuls les informaticiens le lisent ; ils vous répondent, puis vous répondez à la personne.'
      : 'Obligatoire. La personne le lit dans PRO.ONE et le reçoit par e-mail.',
  commentRequired: () => true,
  commentMaxLength: ANSWER_MAX,
  check: (d, comment): FieldErrors => ({
    ...(d ? {} : { decision: 'Choisissez la suite à donner' }),
    ...(comment.trim() ? {} : { comment: 'Écrivez votre texte' }),
  }),
  testId: 'complete-helpdesk',
};

/** The request in full, its exchanges and who asked: what the agent reads before acting. */
function requestPanels(task: Task, host: TaskPanelHost) {
  const loaded = host.data(`helpdesk:${task.caseId}`, () => getHelpdeskRequest(task.caseId));
  return whenLoaded(
    host,
    loaded,
    (request) => html`${requesterTemplate(request)} ${threadTemplate(request)}`,
  );
}

export const helpdesk: ProcedureUi = {
  name: 'Aide (helpdesk PRO.ONE)',
  load: () =>
    Promise.all([
      import('../pages/help-page/help-page.js'),
      import('../pages/help-requests-page/help-requests-page.js'),
      import('../pages/help-request-page/help-request-page.js'),
      import('../components/decision-form/decision-form.js'),
      import('../components/review-form/review-form.js'),
    ]),
  routes: [
    {
      page: 'help',
      pattern: /^\/aide$/,
      title: 'Aide',
      render: (_at, user) => html`<pro-help-page .user=${user}></pro-help-page>`,
    },
    {
      page: 'help-requests',
      pattern: /^\/aide\/demandes$/,
      title: 'Mes demandes d’aide',
      allows: () => true,
      render: () => html`<pro-help-requests-page></pro-help-requests-page>`,
    },
    {
      page: 'help-request',
      pattern: /^\/aide\/demandes\/(?<id>[^/]+)$/,
      title: 'Ma demande d’aide',
      allows: () => true,
      render: ({ params }) => html`<pro-help-request-page .caseId=${params.id}></pro-help-request-page>`,
    },
    {
      page: 'help-follow-up',
      pattern: /^\/aide\/suivi$/,
      title: 'Ma demande d’aide',
      render: () => html`<pro-help-request-page .followUp=${true}></pro-help-request-page>`,
    },
  ],
  headerLinks: [{ href: '/aide', label: 'Aide', order: 10 }],
  navLinks: [
    {
      href: '/aide/demandes',
      label: 'Mes demandes d’aide',
      order: 285,
      allows: (user: SessionUser) => !isProvider(user),
    },
  ],
  taskKinds: {
    'helpdesk.answer': {
      context: requestPanels,
      outcome: { form: 'decision', spec: () => HELPDESK_DECISION },
    },
    'helpdesk.second_line': {
      context: requestPanels,
      outcome: {
        form: 'comment',
        heading: 'Votre réponse au helpdesk',
        spec: () => ({
          required: true,
          label: 'Réponse',
          maxLength: ANSWER_MAX,
          hint: 'Le helpdesk la lit, puis répond à la personne.',
          submitLabel: 'Envoyer au helpdesk',
        }),
      },
    },
  },
  cases: {
    helpdesk: {
      filterLabel: 'Demande d’aide',
      heading: 'La demande d’aide',
      start: { href: '/aide', label: 'Écrire au helpdesk (bouton « Aide »)' },
      ownPage: (item) => ({
        href: `/aide/demandes/${encodeURIComponent(item.id)}`,
        label: 'Voir mes échanges avec le helpdesk',
        testId: 'helpdesk-own-page',
      }),
    },
  },
};
