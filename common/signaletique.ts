/**
 * The provider's data (« Signalétique », seed chapter 7; DOMAIN.md « Provider data »): the words
 * shown for it and the checks on it, shared by the API and the interface. Checksums and formats
 * come from well-kept libraries where one exists (IBAN and BIC: ibantools; phone numbers:
 * libphonenumber-js); the Belgian enterprise number (BCE) and postcodes are checked here.
 */
import { electronicFormatIBAN, isValidBIC, isValidIBAN } from 'ibantools';
import { parsePhoneNumberFromString } from 'libphonenumber-js/min';

export const DAYS = ['lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi', 'dimanche'] as const;
export type Day = (typeof DAYS)[number];
export const DAY_LABELS: Record<Day, string> = {
  lundi: 'Lundi',
  mardi: 'Mardi',
  mercredi: 'Mercredi',
  jeudi: 'Jeudi',
  vendredi: 'Vendredi',
  samedi: 'Samedi',
  dimanche: 'Dimanche',
};

export const AVAILABILITY = ['immediate', 'from_date', 'unknown'] as const;
export type Availability = (typeof AVAILABILITY)[number];
export const AVAILABILITY_LABELS: Record<Availability, string> = {
  immediate: 'Place disponible immédiatement',
  from_date: 'Pas de place avant une date',
  unknown: 'Information non disponible',
};

export const FLASH_ACCUEIL = ['email', 'post', 'both'] as const;
export type FlashAccueil = (typeof FLASH_ACCUEIL)[number];
export const FLASH_ACCUEIL_LABELS: Record<FlashAccueil, string> = {
  email: 'Par e-mail',
  post: 'Par courrier postal',
  both: 'Par e-mail et par courrier postal',
};

/** Belgian IBAN, any case and spacing: « BE68 5390 0754 7034 ». */
export function normalizeIban(input: string): string {
  return electronicFormatIBAN(input) ?? input.replace(/\s/g, '').toUpperCase();
}
export function isValidBelgianIban(input: string): boolean {
  const iban = normalizeIban(input);
  return iban.startsWith('BE') && isValidIBAN(iban);
}
export function formatIban(input: string): string {
  return normalizeIban(input)
    .replace(/(.{4})/g, '$1 ')
    .trim();
}
/** What someone without the right to read it sees: « BE•• •••• •••• 7034 ». */
export function maskIban(input: string): string {
  const iban = normalizeIban(input);
  return `${iban.slice(0, 2)}•• •••• •••• ${iban.slice(-4)}`;
}
export function isValidBic(input: string): boolean {
  return isValidBIC(input.replace(/\s/g, '').toUpperCase());
}

/**
 * The enterprise number (numéro d'entreprise, BCE/KBO): 10 digits starting with 0 or 1, the last
 * two being 97 minus the first eight modulo 97. Written « 0403.170.701 ».
 */
export function normalizeBce(input: string): string {
  const digits = input.replace(/[\s.]/g, '');
  return digits.length === 9 ? `0${digits}` : digits;
}
export function isValidBce(input: string): boolean {
  const bce = normalizeBce(input);
  if (!/^[01]\d{9}$/.test(bce)) return false;
  return 97 - (Number(bce.slice(0, 8)) % 97) === Number(bce.slice(8));
}
export function formatBce(input: string): string {
  const bce = normalizeBce(input);
  return `${bce.slice(0, 4)}.${bce.slice(4, 7)}.${bce.slice(7)}`;
}

/** Belgian postcodes run from 1000 to 9992. */
export function isValidBelgianPostcode(input: string): boolean {
  const code = input.trim();
  return /^[1-9]\d{3}$/.test(code) && Number(code) <= 9992;
}

/** A Belgian phone number, fixed or mobile; `mobile` requires a 04xx number. */
export function normalizePhone(input: string, mobile = false): string | null {
  const phone = parsePhoneNumberFromString(input.trim(), 'BE');
  if (!phone || !phone.isValid() || phone.country !== 'BE') return null;
  if (mobile && !/^\+324\d{8}$/.test(phone.number)) return null;
  return phone.formatNational();
}

/** « 07:30 » */
export const TIME = /^([01]\d|2[0-3]):[0-5]\d$/;

/** A public web address: http(s) only. */
export function isWebAddress(input: string): boolean {
  try {
    const url = new URL(input.trim());
    return (url.protocol === 'https:' || url.protocol === 'http:') && url.hostname.includes('.');
  } catch {
    return false;
  }
}
