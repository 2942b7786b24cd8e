import type { Context } from 'koa';
import { PROCEDURES } from '../common/procedures';
import type { Knex } from 'knex';
import { maskNiss } from '../common/niss';
import { ROLE_LABELS, type Role } from '../common/roles';

/**
 * The audit trail: every read of personal data, every change and every refused attempt, in the
 * append-only table `audit_events` (the database refuses updates and deletes). Each row says who
 * (id, name, roles), how they had logged in, which record and fields, and the request id a person
 * can quote. Values of personal numbers are masked before they reach the row.
 */

export type AuditAction = 'read' | 'change' | 'denied';

export interface AuditTarget {
  subjectType: string;
  subjectId: string | null;
  providerId: string | null;
  caseId?: string | null;
  fields: string[];
  reason?: string | null;
}

export interface FieldChange {
  old: unknown;
  new: unknown;
}

/** Fields whose values are never written in clear, even in the audit trail. */
const MASKERS: Partial<Record<string, (value: string) => string>> = {
  niss: maskNiss,
  coAccueilNiss: maskNiss,
  iban: maskIban,
  bce: (v) => `••••.•••.${v.replace(/\D/g, '').slice(-3)}`,
};

export function maskIban(input: string): string {
  const compact = input.replace(/\s/g, '');
  return `${'•'.repeat(Math.max(compact.length - 4, 0))}${compact.slice(-4)}`;
}

export function maskChanges(changes: Record<string, FieldChange>): Record<string, FieldChange> {
  const masked: Record<string, FieldChange> = {};
  for (const [field, change] of Object.entries(changes)) {
    const mask = MASKERS[field];
    const apply = (v: unknown) => (mask && typeof v === 'string' && v ? mask(v) : (v ?? null));
    masked[field] = { old: apply(change.old), new: apply(change.new) };
  }
  return masked;
}

function dbOf(ctx: Context): Knex {
  const db = (ctx.state as { auditDb?: Knex }).auditDb;
  if (!db) throw new Error('audit: no database on the request (auditMiddleware missing)');
  return db;
}

/** Gives every request the database the audit functions write to. */
export function auditMiddleware(db: Knex) {
  return async (ctx: Context, next: () => Promise<unknown>) => {
    (ctx.state as { auditDb?: Knex }).auditDb = db;
    await next();
  };
}

async function write(
  ctx: Context,
  action: AuditAction,
  target: AuditTarget,
  changes?: Record<string, FieldChange>,
  db: Knex = dbOf(ctx),
): Promise<void> {
  const user = ctx.state.user;
  await db('audit_events').insert({
    actorId: user?.id ?? null,
    actorName: user?.displayName ?? null,
    actorRoles: user?.roles ?? null,
    loginMethod: user?.loginMethod ?? null,
    action,
    outcome: action === 'denied' ? 'denied' : 'allowed',
    subjectType: target.subjectType,
    subjectId: target.subjectId,
    providerId: target.providerId,
    caseId: target.caseId ?? null,
    fields: target.fields,
    changes: changes ? JSON.stringify(maskChanges(changes)) : null,
    reason: target.reason ?? null,
    requestId: ctx.state.requestId ?? null,
  });
}

/** A read of personal data, with the fields that were returned. `db` may be a transaction. */
export function recordRead(ctx: Context, target: AuditTarget, db?: Knex): Promise<void> {
  return write(ctx, 'read', target, undefined, db);
}

/** A change, old → new per field (personal numbers masked). Pass the transaction of the change. */
export function recordChange(
  ctx: Context,
  target: Omit<AuditTarget, 'fields'> & { changes: Record<string, FieldChange> },
  db?: Knex,
): Promise<void> {
  return write(ctx, 'change', { ...target, fields: Object.keys(target.changes) }, target.changes, db);
}

/** A refused attempt (permission check failed), written before the 403/404 is thrown. */
export function recordDenied(ctx: Context, target: AuditTarget, db?: Knex): Promise<void> {
  return write(ctx, 'denied', target, undefined, db);
}

// Reading the trail back, with French words.

/** A field as the trail names it: the shared words, then those a procedure declares (`fieldLabels`). */
function fieldLabel(field: string): string {
  return FIELD_LABELS[field] ?? PROCEDURE_FIELD_LABELS[field] ?? field;
}

const PROCEDURE_FIELD_LABELS: Record<string, string> = Object.assign(
  {},
  ...PROCEDURES.map((p) => p.fieldLabels ?? {}),
);

export const FIELD_LABELS: Record<string, string> = {
  firstName: 'prénom',
  lastName: 'nom',
  niss: 'numéro de registre national',
  bce: "numéro d'entreprise",
  email: 'adresse e-mail',
  mobile: 'GSM',
  iban: 'IBAN',
  audit: 'historique des consultations',
  loginMethod: 'mode de connexion',
  password: 'mot de passe',
  website: 'site internet',
  facebook: 'page Facebook',
  visibleOnMyOne: 'visible sur MY.ONE',
  placeAddress: "adresse du lieu d'accueil",
  postalAddress: 'adresse postale',
  emergencyMobile: "GSM d'urgence",
  coAccueil: 'co-accueil',
  coAccueilNiss: 'numéro de registre national du co-accueil',
  openingHours: "horaires d'ouverture",
  availability: 'disponibilité des places',
  unavailabilityPeriods: "périodes d'indisponibilité",
  qualities: 'caractéristiques qualitatives',
  groups: 'groupes',
  flashAccueil: 'préférences Flash accueil',
  bic: 'BIC',
  holder: 'titulaire du compte',
  bankStatement: 'relevé d’identité bancaire',
  photo: 'photo',
  project: 'projet pédagogique',
};

const SUBJECT_LABELS: Record<string, string> = {
  Provider: 'la signalétique (identification)',
  Signaletique: 'la signalétique',
  BankDetails: 'les coordonnées bancaires',
  Photo: 'une photo du lieu d’accueil',
  File: 'un document',
  ProviderAudit: "l'historique des consultations",
  Case: 'le dossier',
  CaseAudit: "l'historique des consultations du dossier",
  User: 'le compte utilisateur',
  Task: 'une tâche',
};

export const LOGIN_METHOD_LABELS: Record<string, string> = {
  strong: 'connexion forte (CSAM : eID, itsme ou clé numérique)',
  password: 'identifiant et mot de passe',
};

export interface AuditRow {
  id: string | number;
  at: Date | string;
  actorId: string | null;
  actorName: string | null;
  actorRoles: string[] | null;
  loginMethod: string | null;
  action: AuditAction;
  outcome: string;
  subjectType: string;
  subjectId: string | null;
  providerId: string | null;
  caseId: string | null;
  fields: string[] | null;
  changes: Record<string, FieldChange> | null;
  reason: string | null;
  requestId: string | null;
}

function fieldList(fields: string[]): string {
  const words = fields.map((f) => fieldLabel(f));
  if (words.length <= 1) return words.join('');
  return `${words.slice(0, -1).join(', ')} et ${words[words.length - 1]}`;
}

const show = (v: unknown) => (v === null || v === undefined || v === '' ? '(vide)' : String(v));

/** « Thomas Lejeune (Agent conseil) a consulté … : prénom, nom et numéro de registre national. » */
export function describeAuditEvent(row: AuditRow, viewerId?: string): string {
  const who =
    row.actorId && row.actorId === viewerId
      ? 'Vous avez'
      : `${row.actorName ?? 'Une personne non connectée'} a`;
  const what = SUBJECT_LABELS[row.subjectType] ?? row.subjectType;
  const fields = row.fields?.length ? ` : ${fieldList(row.fields)}` : '';
  switch (row.action) {
    case 'read':
      return `${who} consulté ${what}${fields}.`;
    case 'change': {
      const parts = Object.entries(row.changes ?? {}).map(
        ([f, c]) => `${fieldLabel(f)} « ${show(c.old)} » → « ${show(c.new)} »`,
      );
      return `${who} modifié ${what} : ${parts.join(' ; ')}.`;
    }
    case 'denied':
      return `${who} tenté de consulter ${what}${fields} : accès refusé.`;
  }
}

export function roleLabels(roles: string[] | null): string[] {
  return (roles ?? []).map((r) => ROLE_LABELS[r as Role] ?? r);
}
