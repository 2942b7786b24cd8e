import { electronicFormatIBAN, isValidIBAN } from 'ibantools';
import { isValidNiss } from '../../common/niss';

export const SEALED = '[numéro masqué]';

// Eleven digits, possibly written with dots, dashes or spaces (85.07.30-033.28, 850730 033 28).
const NISS_LIKE = /(?<![\d])\d{2}[ .-]?\d{2}[ .-]?\d{2}[ .-]?\d{3}[ .-]?\d{2}(?![\d])/g;
// Where an IBAN may start: a country code and two check digits, at the start of a word.
const IBAN_START = /\b[A-Za-z]{2}\d{2}/g;

/** Masks every valid IBAN, written in one piece or in groups (BE68 5390 0754 7034). */
function sealIbans(text: string): string {
  let out = '';
  let from = 0;
  for (const start of text.matchAll(IBAN_START)) {
    const at = start.index;
    if (at < from) continue;
    // The longest run of letters and digits (single spaces allowed) that is a valid IBAN wins.
    const run = /^(?:[A-Za-z0-9]| (?=[A-Za-z0-9]))+/.exec(text.slice(at))?.[0] ?? '';
    let found = 0;
    for (let end = run.length; end >= 15; end--) {
      const candidate = run.slice(0, end);
      if (/\s$/.test(candidate) || /[A-Za-z0-9]/.test(run[end] ?? '')) continue;
      const iban = electronicFormatIBAN(candidate) ?? candidate.replace(/\s/g, '').toUpperCase();
      if (isValidIBAN(iban)) {
        found = end;
        break;
      }
    }
    if (found > 0) {
      out += text.slice(from, at) + SEALED;
      from = at + found;
    }
  }
  return out + text.slice(from);
}

/**
 * Masks every national register number and IBAN in a text that leaves the application. Free text
 * typed by a person (a refusal's reason, a question) may hold one; a mail never does.
 */
export function sealPersonalNumbers(text: string): string {
  return sealIbans(text).replace(NISS_LIKE, (candidate) => (isValidNiss(candidate) ? SEALED : candidate));
}

/** True when a text holds a valid national register number or IBAN (checks on what was sent). */
export function holdsPersonalNumber(text: string): boolean {
  return sealPersonalNumbers(text) !== text;
}
