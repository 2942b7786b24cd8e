/** Dates and amounts as a Belgian French reader expects them: « 23 novembre 2026 », « 1 500 € ». */

const TIME_ZONE = 'Europe/Brussels';
const NBSP = '\u00a0';

const dateFormat = new Intl.DateTimeFormat('fr-BE', {
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  timeZone: TIME_ZONE,
});
const timeFormat = new Intl.DateTimeFormat('fr-BE', {
  hour: '2-digit',
  minute: '2-digit',
  timeZone: TIME_ZONE,
});

/** Today in Brussels as `YYYY-MM-DD`: the value of a date field and of the API's days. */
export function todayInBrussels(now = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: TIME_ZONE }).format(now);
}

/** « 23 novembre 2026 » */
export function formatDate(iso: string): string {
  return dateFormat.format(new Date(iso));
}

/** « 23 novembre 2026 à 14:05 » */
export function formatDateTime(iso: string): string {
  const date = new Date(iso);
  return `${dateFormat.format(date)} à ${timeFormat.format(date)}`;
}

/** « 1 500 € », « 1 500,50 € » (non-breaking spaces, so the amount never wraps). */
export function formatAmount(amountEur: number): string {
  const whole = Number.isInteger(amountEur);
  const number = new Intl.NumberFormat('fr-BE', {
    minimumFractionDigits: whole ? 0 : 2,
    maximumFractionDigits: 2,
  }).format(amountEur);
  return `${number.replace(/\s/g, NBSP)}${NBSP}€`;
}

/** « 1 dossier », « 3 dossiers » */
export function countLabel(count: number, singular: string, plural: string): string {
  return `${count} ${count <= 1 ? singular : plural}`;
}
