import type { MailContent } from './layout';
import type { MailTemplate, TemplateHelpers } from './types';

/**
 * What the helpdesk tells the person who asked: its answer, a request for details, a reminder,
 * the closing of a request left without details. The row holds the helpdesk's words (never the
 * person's own) and, for someone without an account, the id of her link only: its secret is
 * derived when the message is rendered, so neither the database nor a history holds it.
 */
export type HelpdeskMailKind = 'answer' | 'details' | 'reminder' | 'closed_no_reply';

export interface HelpdeskMailParams {
  kind: HelpdeskMailKind;
  subjectLabel: string;
  /** The sentence of the notice (the same one the application shows). */
  message: string;
  /** The helpdesk's answer or question, as written by the agent. */
  text: string | null;
  caseId: string;
  /** Someone without an account: the id her private link is derived from. */
  accessId: string | null;
}

/** The secret of the private link of a request made without an account. */
export function helpdeskLinkToken(helpers: TemplateHelpers, accessId: string): string {
  return helpers.resetToken(`helpdesk-thread:${accessId}`);
}

const SUBJECTS: Record<HelpdeskMailKind, string> = {
  answer: 'Réponse du helpdesk PRO.ONE',
  details: 'Le helpdesk PRO.ONE a besoin de précisions',
  reminder: 'Rappel — le helpdesk PRO.ONE attend vos précisions',
  closed_no_reply: 'Votre demande d’aide est clôturée',
};

function render(params: HelpdeskMailParams, helpers: TemplateHelpers): MailContent {
  const paragraphs = [params.message];
  if (params.text)
    paragraphs.push(
      params.kind === 'answer'
        ? `Réponse du helpdesk : ${params.text}`
        : `Question du helpdesk : ${params.text}`,
    );
  const canAct = params.kind !== 'closed_no_reply';
  return {
    subject: `${SUBJECTS[params.kind]} — ${params.subjectLabel}`,
    paragraphs,
    action: params.accessId
      ? {
          label: canAct ? 'Lire et répondre' : 'Voir ma demande',
          // A fragment never reaches the server: the secret stays out of every access log.
          path: `/aide/suivi#${helpdeskLinkToken(helpers, params.accessId)}`,
        }
      : {
          label: canAct ? 'Voir ma demande dans PRO.ONE' : 'Voir ma demande',
          path: `/aide/demandes/${params.caseId}`,
        },
    reason:
      'Vous recevez ce message parce que vous avez envoyé une demande au helpdesk PRO.ONE (bouton « Aide »).',
  };
}

export const helpdeskTemplate: MailTemplate<HelpdeskMailParams> = {
  name: 'helpdesk',
  description: 'Le helpdesk répond à une demande d’aide, demande des précisions, relance ou clôture',
  render,
  demos: [
    {
      title: 'Réponse à une accueillante',
      recipientName: 'Muriel Rousseau',
      params: {
        kind: 'answer',
        subjectLabel: 'Connexion',
        message: 'Le helpdesk PRO.ONE a répondu à votre demande « Connexion ».',
        text: 'Votre accès est réinitialisé : choisissez « Mot de passe oublié ? » sur la page de connexion.',
        caseId: '7c1f6d8e-0000-4000-8000-000000000020',
        accessId: null,
      },
    },
    {
      title: 'Précisions demandées à une personne sans compte',
      recipientName: 'Nadia Lemaire',
      params: {
        kind: 'details',
        subjectLabel: 'Problème technique',
        message:
          'Le helpdesk PRO.ONE a besoin de précisions pour traiter votre demande « Problème technique ».',
        text: 'Quel navigateur utilisez-vous ?',
        caseId: '7c1f6d8e-0000-4000-8000-000000000021',
        accessId: '7c1f6d8e-0000-4000-8000-000000000022',
      },
    },
  ],
};
