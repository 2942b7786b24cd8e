/**
 * Working days of ONE's administration: Monday to Friday, except Belgian public holidays and the
 * holiday of the Fédération Wallonie-Bruxelles (27 September). Days are `YYYY-MM-DD` in Brussels.
 */

/** Easter Sunday (Gregorian calendar, anonymous algorithm), as `YYYY-MM-DD`. */
function easter(year: number): Date {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return new Date(Date.UTC(year, month - 1, day));
}

function iso(d: Date): string {
  return d.toISOString().slice(0, 10);
}

function plusDays(d: Date, n: number): Date {
  return new Date(d.getTime() + n * 86_400_000);
}

export function publicHolidays(year: number): Map<string, string> {
  const e = easter(year);
  return new Map([
    [`${year}-01-01`, 'Jour de l’an'],
    [iso(plusDays(e, 1)), 'Lundi de Pâques'],
    [`${year}-05-01`, 'Fête du travail'],
    [iso(plusDays(e, 39)), 'Ascension'],
    [iso(plusDays(e, 50)), 'Lundi de Pentecôte'],
    [`${year}-07-21`, 'Fête nationale'],
    [`${year}-08-15`, 'Assomption'],
    [`${year}-09-27`, 'Fête de la Fédération Wallonie-Bruxelles'],
    [`${year}-11-01`, 'Toussaint'],
    [`${year}-11-11`, 'Armistice'],
    [`${year}-12-25`, 'Noël'],
  ]);
}

export function isWorkingDay(day: string): boolean {
  const [y, m, d] = day.split('-').map(Number);
  const weekday = new Date(Date.UTC(y, m - 1, d)).getUTCDay();
  if (weekday === 0 || weekday === 6) return false;
  return !publicHolidays(y).has(day);
}

/** The day (`YYYY-MM-DD`) an instant falls on in Brussels. */
export function brusselsDay(instant: Date): string {
  return new Intl.DateTimeFormat('en-CA', {
    timeZone: 'Europe/Brussels',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(instant);
}

/** « lundi 7 décembre 2026 » */
export function dayLabelFr(day: string): string {
  const [y, m, d] = day.split('-').map(Number);
  return new Intl.DateTimeFormat('fr-BE', {
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(new Date(Date.UTC(y, m - 1, d)));
}

/** How far Brussels' wall clock is ahead of UTC at instant `t` (ms). */
export function brusselsOffset(t: number): number {
  const parts = new Intl.DateTimeFormat('en-GB', {
    timeZone: 'Europe/Brussels',
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
  }).formatToParts(new Date(t));
  const get = (type: string) => Number(parts.find((p) => p.type === type)?.value);
  const wall = Date.UTC(get('year'), get('month') - 1, get('day'), get('hour'), get('minute'), get('second'));
  return wall - Math.floor(t / 1000) * 1000;
}

/**
 * The instant (ms) at which Brussels' wall clock reads `wall` (a wall-clock time written as if it
 * were UTC, e.g. `Date.UTC(2026, 11, 24, 15, 0)`), across summer time changes.
 */
export function brusselsWallClock(wall: number): number {
  const guess = wall - brusselsOffset(wall);
  return wall - brusselsOffset(guess);
}

/** « 23 novembre 2026 », in Brussels time. */
export function dateFr(iso: string): string {
  return new Intl.DateTimeFormat('fr-BE', {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'Europe/Brussels',
  }).format(new Date(iso));
}
