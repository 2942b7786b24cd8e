import { flashReadPath } from '../../../common/flash';
import type { MailContent } from './layout';
import type { MailTemplate } from './types';

/**
 * An issue of the Flash accueil, to a childminder who chose to receive it by e-mail. The same
 * words for everyone: the coordination's text, nothing about the person but her name in the
 * greeting. The issue, and its PDF if it has one, stay readable in the application.
 */
export interface FlashParams {
  issueId: string;
  title: string;
  /** The issue's text, paragraph by paragraph. */
  paragraphs: string[];
  hasPdf: boolean;
}

function render(params: FlashParams): MailContent {
  return {
    subject: `Flash accueil — ${params.title}`,
    paragraphs: [
      `Voici le nouveau numéro du Flash accueil : « ${params.title} ».`,
      ...params.paragraphs,
      params.hasPdf
        ? 'Ce numéro du Flash accueil est accompagné d’un document PDF : vous le trouvez dans PRO.ONE, avec les numéros précédents.'
        : 'Vous retrouvez ce numéro et les précédents dans PRO.ONE, à la page « Flash accueil ».',
    ],
    action: {
      label: params.hasPdf ? 'Lire le Flash accueil et son PDF' : 'Lire le Flash accueil dans PRO.ONE',
      path: flashReadPath(params.issueId),
    },
    reason: 'Vous recevez le Flash accueil par e-mail parce que vous l’avez choisi dans « Mes préférences ».',
  };
}

export const flashTemplate: MailTemplate<FlashParams> = {
  name: 'flash',
  description: 'Un numéro du Flash accueil, aux accueillant·e·s qui ont choisi de le recevoir par e-mail',
  render,
  demos: [
    {
      title: 'Flash accueil avec un document PDF',
      recipientName: 'Muriel Rousseau',
      params: {
        issueId: '7c1f6d8e-0000-4000-8000-000000000020',
        title: 'Décembre 2026 : les nouveautés de l’hiver',
        paragraphs: [
          'Les bilans de fonctionnement de la campagne 2026 - 2027 sont ouverts : vous trouvez le vôtre dans « Mes bilans ».',
          'Pendant les fêtes, le helpdesk PRO.ONE est fermé du 24 décembre au 1er janvier.',
        ],
        hasPdf: true,
      },
    },
    {
      title: 'Flash accueil sans document',
      recipientName: 'Nadia Lambert',
      params: {
        issueId: '7c1f6d8e-0000-4000-8000-000000000021',
        title: 'Rappel : formation continue',
        paragraphs: ['Les inscriptions aux formations du printemps sont ouvertes jusqu’au 31 janvier.'],
        hasPdf: false,
      },
    },
  ],
};
