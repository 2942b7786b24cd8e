/**
 * The Flash accueil, ONE's newsletter to childminders: words and rules shared by the API, the
 * issue's workflow and its activities. Pure code: the workflow imports it.
 */

export const FLASH_STATUSES = ['draft', 'sending', 'sent'] as const;
export type FlashStatus = (typeof FLASH_STATUSES)[number];
export const FLASH_STATUS_LABELS: Record<FlashStatus, string> = {
  draft: 'Brouillon',
  sending: 'Envoi en cours',
  sent: 'Envoyé',
};

/** Who receives it by e-mail, and who by post (`providers.flash_accueil`). */
export const FLASH_BY_EMAIL = ['email', 'both'] as const;
export const FLASH_BY_POST = ['post', 'both'] as const;

export const FLASH_TITLE_MAX = 150;
export const FLASH_BODY_MAX = 20_000;

/** Childminders per page of the sending workflow: one activity queues one page's mails. */
export const FLASH_PAGE_SIZE = 200;

export function flashWorkflowId(issueId: string): string {
  return `flash-${issueId}`;
}

/** The outbox key of an issue's mail to one childminder: a retried page queues nothing twice. */
export function flashMailKey(issueId: string, providerId: string): string {
  return `flash:${issueId}:${providerId}`;
}

/** Where a childminder reads an issue (and its PDF) in the application. */
export function flashReadPath(issueId: string): string {
  return `/mes-flash-accueil/${issueId}`;
}

/**
 * The paragraphs of an issue's text: separated by an empty line, each trimmed, line breaks inside
 * a paragraph kept as spaces (a mail paragraph is one line of text).
 */
export function flashParagraphs(body: string): string[] {
  return body
    .replace(/\r\n?/g, '\n')
    .split(/\n[ \t]*\n/)
    .map((p) => p.replace(/[ \t]*\n[ \t]*/g, ' ').trim())
    .filter((p) => p.length > 0);
}
