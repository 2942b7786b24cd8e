import { electronicFormatIBAN, isValidIBAN } from 'ibantools';
import { isValidNiss } from '../../common/niss';

export const SEALED = '[numéro masqué]';

// Eleven digits, possibly written with dots, dashes or spaces (85.07.30-033.28, 850730 033 28).
const NISS_LIKE = /(?<![\d])\d{2}[ .-]?\d{2}[ .-]?\d{2}[ .-]?\d{3}[ .-]?\d{2}(?![\d])/g;
// A country code, two check digits, then 10 to 30 letters or digits, possibly in groups of four.
const IBAN_LIKE = /\b[A-Za-z]{2}\d{2}(?:[ ]?[A-Za-z0-9]){10,30}\b/g;

/**
 * Masks every national register number and IBAN in a text that leaves the application. Free text
 * typed by a person (a refusal's reason, a question) may hold one; a mail never does.
 */
export function sealPersonalNumbers(text: string): string {
  return text
    .replace(IBAN_LIKE, (candidate) => {
      const iban = electronicFormatIBAN(candidate) ?? candidate.replace(/\s/g, '').toUpperCase();
      return isValidIBAN(iban) ? SEALED : candidate;
    })
    .replace(NISS_LIKE, (candidate) => (isValidNiss(candidate) ? SEALED : candidate));
}

/** True when a text holds a valid national register number or IBAN (checks on what was sent). */
export function holdsPersonalNumber(text: string): boolean {
  return sealPersonalNumbers(text) !== text;
}
