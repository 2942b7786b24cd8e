import type { FlashIssue } from '../api/types.js';
import { countLabel } from './format.js';

/** The badge of an issue's state: always a word, the colour only adds to it. */
export const FLASH_STATUS_BADGES: Record<FlashIssue['status'], string> = {
  draft: 'neutral',
  sending: 'info',
  sent: 'success',
};

/** « aucun·e accueillant·e », « 1 accueillant·e », « 2 000 accueillant·e·s » */
export function childminders(count: number): string {
  if (count === 0) return 'aucun·e accueillant·e';
  return countLabel(count, 'accueillant·e', 'accueillant·e·s').replace(/^\d+/, (n) =>
    new Intl.NumberFormat('fr-BE').format(Number(n)).replace(/\s/g, '\u00a0'),
  );
}

export const FLASH_TITLE_MAX = 150;
export const FLASH_BODY_MAX = 20_000;

/** The draft checked before it goes to the server (which checks it again): field → message. */
export function draftErrors(draft: { title: string; body: string }): Record<string, string> {
  const errors: Record<string, string> = {};
  if (!draft.title.trim()) errors.title = 'Ce champ est requis';
  else if (draft.title.trim().length > FLASH_TITLE_MAX)
    errors.title = `Ce texte ne peut dépasser ${FLASH_TITLE_MAX} caractères`;
  if (!draft.body.trim()) errors.body = 'Ce champ est requis';
  return errors;
}
