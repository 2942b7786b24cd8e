import type { MailContent } from './layout';
import type { MailTemplate } from './types';

export interface DigestTask {
  id: string;
  title: string;
  providerName: string;
  /** « 23 novembre 2026 » */
  dueOn: string;
  mine: boolean;
}

export interface DigestParams {
  /** « lundi 7 décembre 2026 » */
  dayLabel: string;
  overdue: { count: number; tasks: DigestTask[] };
  fresh: { count: number; tasks: DigestTask[] };
  open: { count: number; tasks: DigestTask[] };
}

function line(t: DigestTask): { text: string; path: string } {
  return {
    text: `${t.title} — ${t.providerName} — à traiter pour le ${t.dueOn}${t.mine ? ' (prise en charge par vous)' : ''}`,
    path: `/taches/${encodeURIComponent(t.id)}`,
  };
}

function section(heading: string, group: DigestParams['open']) {
  const more = group.count - group.tasks.length;
  return {
    heading: `${heading} (${group.count})`,
    items: group.tasks.map(line),
    more: more > 0 ? `… et ${more} autre${more > 1 ? 's' : ''}, dans vos tâches.` : undefined,
  };
}

function render(params: DigestParams): MailContent {
  const total = params.overdue.count + params.fresh.count + params.open.count;
  const sections = [];
  if (params.overdue.count > 0) sections.push(section('En retard', params.overdue));
  if (params.fresh.count > 0) sections.push(section('Nouvelles depuis le dernier résumé', params.fresh));
  if (params.open.count > 0) sections.push(section('Autres tâches ouvertes', params.open));
  return {
    subject:
      params.overdue.count > 0
        ? `Vos tâches du ${params.dayLabel} — ${params.overdue.count} en retard`
        : `Vos tâches du ${params.dayLabel}`,
    paragraphs: [
      `Voici le résumé des tâches de votre périmètre : ${total} tâche${total > 1 ? 's' : ''} ouverte${total > 1 ? 's' : ''}, dont ${params.overdue.count} en retard et ${params.fresh.count} nouvelle${params.fresh.count > 1 ? 's' : ''}.`,
    ],
    sections,
    action: { label: 'Voir mes tâches', path: '/taches' },
    reason:
      'Vous recevez ce résumé chaque jour ouvrable parce que vous avez choisi « Résumé quotidien » dans « Mes préférences ».',
  };
}

const demoTask = (n: number, title: string, provider: string, dueOn: string, mine = false): DigestTask => ({
  id: `7c1f6d8e-0000-4000-8000-00000000000${n}:review`,
  title,
  providerName: provider,
  dueOn,
  mine,
});

export const digestTemplate: MailTemplate<DigestParams> = {
  name: 'digest',
  description: 'Le résumé quotidien des tâches d’un agent (jours ouvrables)',
  render,
  demos: [
    {
      title: 'Résumé quotidien d’un agent conseil',
      recipientName: 'Thomas Lejeune',
      params: {
        dayLabel: 'lundi 7 décembre 2026',
        overdue: {
          count: 1,
          tasks: [
            demoTask(
              1,
              'Plan d’action non reçu : contacter l’accueillant·e',
              'Muriel Rousseau',
              '30 novembre 2026',
            ),
          ],
        },
        fresh: {
          count: 2,
          tasks: [
            demoTask(2, 'Lire et commenter le volet 1', 'Nadia Lambert', '6 janvier 2027'),
            demoTask(3, 'Valider une photo du lieu d’accueil', 'Julie Renard', '17 décembre 2026'),
          ],
        },
        open: {
          count: 1,
          tasks: [
            demoTask(
              4,
              'Examiner le plan d’action et clôturer le bilan',
              'Muriel Rousseau',
              '4 janvier 2027',
              true,
            ),
          ],
        },
      },
    },
  ],
};
