import type { MailContent } from './layout';
import type { MailTemplate } from './types';

/** Who a notice is for, as the notice itself says (provider, team, coordination, one person). */
export type NoticeAudience = 'provider' | 'team' | 'supervisor' | 'assignee';

export interface NoticeParams {
  /** The notice's own sentence, written by the procedure (names and dates, no personal numbers). */
  message: string;
  audience: NoticeAudience;
  procedure: string | null;
  caseId: string | null;
  providerName: string | null;
  /** The task a personal notice is about (a task handed to someone). */
  taskId?: string | null;
  /** The notice's business key: says which step of the procedure it is about. */
  noticeKey?: string;
}

/**
 * Per procedure: what a childminder calls it, and where in the application she acts on it. The
 * procedure's notice sentences say the rest; this is the only mail code a procedure has.
 */
const PROCEDURES: Record<
  string,
  { label: string; providerPath: (caseId: string, noticeKey: string) => string }
> = {
  cessation_risk: {
    label: 'Votre signalement de risque de cessation d’activité',
    providerPath: () => '/mes-demandes',
  },
  bilan: { label: 'Votre bilan de fonctionnement', providerPath: (id) => `/mes-bilans/${id}` },
  adaptation: {
    label: 'Votre demande d’adaptation de l’autorisation',
    providerPath: () => '/mon-autorisation',
  },
  rib: { label: 'Vos coordonnées bancaires', providerPath: () => '/ma-signaletique' },
  photo: { label: 'Une photo de votre lieu d’accueil', providerPath: () => '/ma-signaletique' },
  acte: {
    label: 'Accueil en transition écologique (ACTE)',
    // Money matters (paid, bank details missing) are read in « Mes subsides ».
    providerPath: (_id, key) => (/:(paid|bank-warning|overdue)-/.test(key) ? '/mes-subsides' : '/acte'),
  },
  acte_question: { label: 'Votre question à l’équipe ACTE', providerPath: () => '/mes-demandes' },
};

const AGENT_LABELS: Record<string, string> = {
  cessation_risk: 'Risque de cessation d’activité',
  bilan: 'Bilan de fonctionnement',
  adaptation: 'Adaptation de l’autorisation',
  rib: 'Coordonnées bancaires à valider',
  photo: 'Photo à valider',
  acte: 'ACTE',
  acte_question: 'Question ACTE',
};

/** « Rappel », « Délai dépassé »: a notice that says so first says so in its subject too. */
function prefixOf(message: string): string {
  if (/^rappel\b/i.test(message)) return 'Rappel — ';
  if (/^délai dépassé|est dépassé/i.test(message)) return 'Délai dépassé — ';
  return '';
}

function render(params: NoticeParams): MailContent {
  const prefix = prefixOf(params.message);
  const procedure = params.procedure ? PROCEDURES[params.procedure] : undefined;
  if (params.audience === 'provider') {
    const label = procedure?.label ?? 'Votre dossier PRO.ONE';
    return {
      subject: `${prefix}${label}`,
      paragraphs: [
        params.message,
        'Les détails, les documents et ce qu’il vous reste à faire se trouvent dans PRO.ONE.',
      ],
      action: {
        label: 'Voir dans PRO.ONE',
        path:
          procedure && params.caseId
            ? procedure.providerPath(params.caseId, params.noticeKey ?? '')
            : '/mes-demandes',
      },
      reason: 'Vous recevez ce message parce qu’il concerne une de vos démarches auprès de l’ONE.',
    };
  }
  const label = (params.procedure && AGENT_LABELS[params.procedure]) || 'Dossier';
  const about = params.providerName ? ` — ${params.providerName}` : '';
  if (params.audience === 'supervisor') {
    return {
      subject: `${prefix || 'Alerte — '}${label}${about}`,
      paragraphs: [params.message],
      action: {
        label: 'Ouvrir le dossier',
        path: params.caseId ? `/dossiers/${params.caseId}` : '/dossiers',
      },
      reason: 'Vous recevez ce message parce que vous faites partie de la coordination.',
    };
  }
  if (params.audience === 'assignee') {
    return {
      subject: `Une tâche vous est confiée — ${label}${about}`,
      paragraphs: [params.message],
      action: {
        label: 'Ouvrir la tâche',
        path: params.taskId ? `/taches/${encodeURIComponent(params.taskId)}` : '/taches',
      },
      reason: 'Vous recevez ce message parce que cette tâche vous a été attribuée.',
    };
  }
  return {
    subject: `${prefix}${label}${about}`,
    paragraphs: [params.message, 'La tâche correspondante vous attend dans vos tâches.'],
    action: { label: 'Voir mes tâches', path: '/taches' },
    reason:
      'Vous recevez ce message parce que ce dossier relève de votre équipe et de votre périmètre, et que vous avez choisi d’être averti·e immédiatement (« Mes préférences »).',
  };
}

export const noticeTemplate: MailTemplate<NoticeParams> = {
  name: 'notice',
  description:
    'Un avis d’une procédure (rappel, demande d’informations, décision, versement, délai dépassé…)',
  render,
  demos: [
    {
      title: 'Rappel du bilan à une accueillante',
      recipientName: 'Muriel Rousseau',
      params: {
        message:
          'Rappel : votre plan d’action du bilan « Bilan Général 2025 - 2026 » est attendu au plus tard le 23 novembre 2026.',
        audience: 'provider',
        procedure: 'bilan',
        caseId: '7c1f6d8e-0000-4000-8000-000000000001',
        providerName: 'Muriel Rousseau',
      },
    },
    {
      title: 'Coordonnées bancaires refusées',
      recipientName: 'Anne Collin',
      params: {
        message:
          'Vos coordonnées bancaires n’ont pas été validées. Motif : le relevé ne montre pas le nom du titulaire.',
        audience: 'provider',
        procedure: 'rib',
        caseId: '7c1f6d8e-0000-4000-8000-000000000002',
        providerName: 'Anne Collin',
      },
    },
    {
      title: 'Nouvelle demande pour l’équipe',
      recipientName: 'Pierre Hubert',
      params: {
        message: 'Nouvelle demande d’adaptation de l’autorisation : Claire Peeters (Namur).',
        audience: 'team',
        procedure: 'adaptation',
        caseId: '7c1f6d8e-0000-4000-8000-000000000003',
        providerName: 'Claire Peeters',
      },
    },
    {
      title: 'Escalade à la coordination',
      recipientName: 'Philippe Wauters',
      params: {
        message:
          'Délai dépassé : « Contacter et analyser le signalement » pour Muriel Rousseau n’a pas été traitée à temps.',
        audience: 'supervisor',
        procedure: 'cessation_risk',
        caseId: '7c1f6d8e-0000-4000-8000-000000000004',
        providerName: 'Muriel Rousseau',
      },
    },
    {
      title: 'Tâche confiée à un agent',
      recipientName: 'Pierre Hubert',
      params: {
        message:
          'Philippe Wauters vous a confié la tâche « Examiner la demande d’adaptation de l’autorisation » pour Claire Peeters.',
        audience: 'assignee',
        procedure: 'adaptation',
        caseId: '7c1f6d8e-0000-4000-8000-000000000003',
        providerName: 'Claire Peeters',
        taskId: '7c1f6d8e-0000-4000-8000-000000000003:review',
      },
    },
  ],
};
