import type { DayCode, DayHours, Signaletique, SignaletiqueInput } from '../api/types.js';

/**
 * The « Signalétique » form: its fields, their French labels in the order the page shows them,
 * and the conversions between what the server sends, what the form holds and what it submits.
 * A field is named by its path in the submitted body (« placeAddress.postcode »), which is also
 * the path of the server's error about it.
 */

export const DAYS: DayCode[] = ['lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi', 'dimanche'];
export const DAY_LABELS: Record<DayCode, string> = {
  lundi: 'Lundi',
  mardi: 'Mardi',
  mercredi: 'Mercredi',
  jeudi: 'Jeudi',
  vendredi: 'Vendredi',
  samedi: 'Samedi',
  dimanche: 'Dimanche',
};

export const AVAILABILITY_OPTIONS = [
  { value: 'immediate', label: 'Place disponible immédiatement' },
  { value: 'from_date', label: 'Pas de place avant une date' },
  { value: 'unknown', label: 'Information non disponible' },
] as const;

export const QUALITY_LABELS = {
  outdoorActivities: 'Activités extérieures régulières',
  outdoorSpace: 'Espace extérieur',
  separateRestSpace: 'Espace de repos séparé',
} as const;
export type QualityKey = keyof typeof QUALITY_LABELS;

export const FLASH_ACCUEIL_OPTIONS = [
  { value: 'email', label: 'Par e-mail' },
  { value: 'post', label: 'Par courrier postal' },
  { value: 'both', label: 'Par e-mail et par courrier postal' },
] as const;

/** Text fields of the form, by path, with their labels, in the page's order. */
export const TEXT_FIELDS: Array<[string, string]> = [
  ['identification.email', 'Adresse e-mail'],
  ['identification.mobile', 'GSM'],
  ['identification.bce', "Numéro d'entreprise (BCE)"],
  ['identification.website', 'Site internet'],
  ['identification.facebook', 'Page Facebook'],
  ['placeAddress.street', 'Rue'],
  ['placeAddress.number', 'Numéro'],
  ['placeAddress.box', 'Boîte'],
  ['placeAddress.postcode', 'Code postal'],
  ['placeAddress.city', 'Localité'],
  ['postalAddress.street', 'Adresse postale — rue'],
  ['postalAddress.number', 'Adresse postale — numéro'],
  ['postalAddress.box', 'Adresse postale — boîte'],
  ['postalAddress.postcode', 'Adresse postale — code postal'],
  ['postalAddress.city', 'Adresse postale — localité'],
  ['emergencyMobile', "GSM en cas d'urgence"],
  ['coAccueil.firstName', 'Co-accueillant·e — prénom'],
  ['coAccueil.lastName', 'Co-accueillant·e — nom'],
  ['coAccueil.niss', 'Co-accueillant·e — numéro de registre national'],
  ['coAccueil.name', 'Nom du co-accueil'],
  ...DAYS.flatMap((d): Array<[string, string]> => [
    [`openingHours.${d}.from`, `${DAY_LABELS[d]} — ouverture`],
    [`openingHours.${d}.to`, `${DAY_LABELS[d]} — fermeture`],
  ]),
  ['availability.fromDate', 'Place disponible à partir du'],
  ['groups.averageChildren', "Nombre moyen d'enfants accueillis"],
  ['groups.ageFromMonths', 'Âge minimum (en mois)'],
  ['groups.ageToMonths', 'Âge maximum (en mois)'],
];

/** Every field that an error may name, with its label, in the page's order (for the summary). */
export function fieldLabels(periods: number): Record<string, string> {
  const labels: Record<string, string> = {};
  for (const [path, label] of TEXT_FIELDS) {
    labels[path] = label;
    if (path === 'availability.fromDate') {
      for (let i = 0; i < periods; i++) {
        labels[`unavailabilityPeriods.${i}.from`] = `Indisponibilité ${i + 1} — du`;
        labels[`unavailabilityPeriods.${i}.to`] = `Indisponibilité ${i + 1} — au`;
      }
    }
  }
  return labels;
}

/** The id of a field's input: « placeAddress.postcode » → « f-placeAddress-postcode ». */
export const fieldId = (path: string) => `f-${path.replace(/\./g, '-')}`;

export interface FormValues {
  text: Record<string, string>;
  visibleOnMyOne: boolean;
  postalSameAsPlace: boolean;
  coAccueil: boolean;
  closed: Record<DayCode, boolean>;
  availability: string;
  periods: Array<{ from: string; to: string }>;
  qualities: Record<QualityKey, boolean>;
}

/** The form filled with what is on record (empty where nothing is). */
export function formFrom(s: Signaletique): FormValues {
  const text: Record<string, string> = {};
  const id = s.identification;
  const put = (path: string, value: string | number | null | undefined) =>
    (text[path] = value === null || value === undefined ? '' : String(value));
  put('identification.email', id.email);
  put('identification.mobile', id.mobile);
  put('identification.bce', id.bce.masked ? '' : id.bce.value);
  put('identification.website', id.website);
  put('identification.facebook', id.facebook);
  for (const f of ['street', 'number', 'box', 'postcode', 'city'] as const) {
    put(`placeAddress.${f}`, s.placeAddress[f]);
    put(`postalAddress.${f}`, s.postalAddress?.sameAsPlace ? '' : (s.postalAddress?.[f] ?? ''));
  }
  put('emergencyMobile', s.emergencyMobile);
  put('coAccueil.firstName', s.coAccueil?.firstName);
  put('coAccueil.lastName', s.coAccueil?.lastName);
  put('coAccueil.niss', s.coAccueil?.niss && !s.coAccueil.niss.masked ? s.coAccueil.niss.value : '');
  put('coAccueil.name', s.coAccueil?.name);
  const closed = {} as Record<DayCode, boolean>;
  for (const d of DAYS) {
    const h: DayHours | undefined = s.openingHours?.[d];
    closed[d] = h ? h.closed : d === 'samedi' || d === 'dimanche';
    put(`openingHours.${d}.from`, h && !h.closed ? h.from : '');
    put(`openingHours.${d}.to`, h && !h.closed ? h.to : '');
  }
  put('availability.fromDate', s.availability.fromDate);
  put('groups.averageChildren', s.groups?.averageChildren);
  put('groups.ageFromMonths', s.groups?.ageFromMonths);
  put('groups.ageToMonths', s.groups?.ageToMonths);
  return {
    text,
    visibleOnMyOne: s.visibleOnMyOne,
    postalSameAsPlace: s.postalAddress ? s.postalAddress.sameAsPlace : true,
    coAccueil: s.coAccueil?.enabled ?? false,
    closed,
    availability: s.availability.status ?? '',
    periods: s.unavailabilityPeriods.map((p) => ({ ...p })),
    qualities: {
      outdoorActivities: s.qualities?.outdoorActivities ?? false,
      outdoorSpace: s.qualities?.outdoorSpace ?? false,
      separateRestSpace: s.qualities?.separateRestSpace ?? false,
    },
  };
}

/** A whole number, or null when the field is empty or not a number (the server names it then). */
function wholeNumber(value: string): number | null {
  const text = value.trim();
  if (!/^\d{1,3}$/.test(text)) return null;
  return Number(text);
}

/** The body submitted to the server: every section, as the form holds it. */
export function inputFrom(v: FormValues): SignaletiqueInput {
  const t = (path: string) => (v.text[path] ?? '').trim();
  const orNull = (path: string) => t(path) || null;
  const hours = {} as Record<DayCode, DayHours>;
  for (const d of DAYS)
    hours[d] = v.closed[d]
      ? { closed: true }
      : { closed: false, from: orNull(`openingHours.${d}.from`), to: orNull(`openingHours.${d}.to`) };
  return {
    identification: {
      email: t('identification.email'),
      mobile: t('identification.mobile'),
      bce: t('identification.bce'),
      website: orNull('identification.website'),
      facebook: orNull('identification.facebook'),
    },
    visibleOnMyOne: v.visibleOnMyOne,
    placeAddress: {
      street: t('placeAddress.street'),
      number: t('placeAddress.number'),
      box: orNull('placeAddress.box'),
      postcode: t('placeAddress.postcode'),
      city: t('placeAddress.city'),
    },
    postalAddress: v.postalSameAsPlace
      ? { sameAsPlace: true }
      : {
          sameAsPlace: false,
          street: orNull('postalAddress.street'),
          number: orNull('postalAddress.number'),
          box: orNull('postalAddress.box'),
          postcode: orNull('postalAddress.postcode'),
          city: orNull('postalAddress.city'),
        },
    emergencyMobile: t('emergencyMobile'),
    coAccueil: v.coAccueil
      ? {
          enabled: true,
          firstName: orNull('coAccueil.firstName'),
          lastName: orNull('coAccueil.lastName'),
          niss: orNull('coAccueil.niss'),
          name: orNull('coAccueil.name'),
        }
      : { enabled: false },
    openingHours: hours,
    availability: {
      status: (v.availability || 'unknown') as SignaletiqueInput['availability']['status'],
      fromDate: v.availability === 'from_date' ? orNull('availability.fromDate') : null,
    },
    unavailabilityPeriods: v.periods.map((p) => ({ from: p.from, to: p.to })),
    qualities: { ...v.qualities },
    groups: {
      averageChildren: wholeNumber(t('groups.averageChildren')),
      ageFromMonths: wholeNumber(t('groups.ageFromMonths')),
      ageToMonths: wholeNumber(t('groups.ageToMonths')),
    },
  };
}

/**
 * The server's errors by field path. A whole section reported missing (« groups ») is shown on
 * its first field; an error the form has no field for is kept apart to be shown in the summary.
 */
export function errorsByPath(
  details: Array<{ path: string; message: string }>,
  labels: Record<string, string>,
): { fields: Record<string, string>; others: string[] } {
  const fields: Record<string, string> = {};
  const others: string[] = [];
  const known = Object.keys(labels);
  for (const d of details) {
    const path = d.path.replace(/^body\./, '');
    const target = path in labels ? path : known.find((k) => k.startsWith(`${path}.`));
    if (target) fields[target] ??= d.message;
    else others.push(d.message);
  }
  return { fields, others };
}

/** « 07:30 – 18:00 », or « Fermé ». */
export function hoursLabel(h: DayHours | undefined): string {
  if (!h) return 'Non renseigné';
  return h.closed ? 'Fermé' : `${h.from ?? '?'} – ${h.to ?? '?'}`;
}

/** « 0 à 36 mois » */
export function agesLabel(from: number | undefined, to: number | undefined): string {
  if (from === undefined || to === undefined) return 'Non renseigné';
  return `${from} à ${to} mois`;
}
