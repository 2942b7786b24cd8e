import { AbilityBuilder, createMongoAbility, subject, type MongoAbility } from '@casl/ability';
import type { Knex } from 'knex';
import type { Role } from '../common/roles';
import { PROCEDURES } from '../common/procedures';

/** The person behind a request, as `ctx.state.user`. Authentication fills it; nothing else does. */
export interface CurrentUser {
  id: string;
  displayName: string;
  roles: Role[];
  subregionCode: string | null;
  providerId: string | null;
  /** How this session was opened; recorded with every audited read and change. */
  loginMethod: 'strong' | 'password';
}

export type Action =
  'read' | 'create' | 'update' | 'delete' | 'claim' | 'release' | 'complete' | 'reassign' | 'extend' | 'send';
/**
 * Subjects and the fields their conditions may use. `Case` and `Task` rows carry the provider's
 * subregion as `subregionCode` so scope rules apply to both the record and the SQL filter.
 */
export type Subject =
  | 'Case'
  | 'Task'
  | 'Provider'
  | 'CessationRiskReport'
  | 'Notification'
  | 'AuditEvent'
  | 'Bilan'
  | 'BilanDocument'
  | 'Campaign'
  | 'File'
  | 'BankDetails'
  | 'Acte'
  | 'Payment'
  | 'PaymentBatch'
  | 'MailMessage'
  | 'FlashIssue';
/** A subject a procedure's own rules name (`rules` in its contract), e.g. 'HelpdeskRequest'. */
export type ProcedureSubject = string & { readonly __procedureSubject?: never };
export type AppAbility = MongoAbility<[Action, Subject | Record<string, unknown>]>;

/** A record to check a rule against, e.g. `ability.can('read', record('Case', row))`. */
export function record(
  type: Subject | ProcedureSubject,
  fields: Record<string, unknown>,
): Record<string, unknown> {
  return subject(type, { ...fields });
}

/** Procedures each agent role handles: the `readers` each procedure declares. */
const PROCEDURES_BY_ROLE: Partial<Record<Role, string[]>> = {};
for (const procedure of PROCEDURES)
  for (const role of procedure.readers) (PROCEDURES_BY_ROLE[role] ??= []).push(procedure.id);

/** Roles whose agents work across all subregions (central teams). */
const CENTRAL_ROLES: Role[] = [
  'cellule_veille',
  'agent_subsides',
  'equipe_acte',
  'helpdesk',
  'support_technique',
  'supervisor',
];

/** Roles that work on their own portfolio of providers rather than a whole subregion. */
const PORTFOLIO_ROLES: Role[] = ['agent_conseil'];

/** Roles that need the national register number itself (authorisation file, payments). */
const NISS_READERS: Role[] = ['referent_accueil', 'agent_subsides'];

/** Provider fields any reader in scope may see; `niss` and `bce` are not among them. */
export const PROVIDER_COMMON_FIELDS = [
  'id',
  'firstName',
  'lastName',
  'subregionCode',
  'city',
  'postcode',
  'email',
  'mobile',
  'contacts',
];
/** What the provider may change themself in their identification. */
export const PROVIDER_EDITABLE_FIELDS = [
  'email',
  'mobile',
  // The rest of the « Signalétique », submitted as a whole; bank details, photos and the
  // pedagogical project go through their own steps.
  'signaletique',
  'preferences',
  'bankDetails',
  'photos',
  'project',
  // « Mon autorisation »: requests to adapt it (end of activity, temporary cessation).
  'adaptations',
  // ACTE: the charter, the action plan, questions to the ACTE team.
  'acte',
];

/**
 * What a childminder reads of an issue of the Flash accueil, once it is sent: not its counts, not
 * its postal list, not who wrote it.
 */
export const FLASH_ISSUE_PUBLIC_FIELDS = ['id', 'title', 'body', 'pdf', 'sentAt'];

/** The scope condition of an agent role, on records that carry the provider's scope fields. */
function scopeOf(user: CurrentUser, role: Role): Record<string, string> {
  if (PORTFOLIO_ROLES.includes(role)) return { agentConseilId: user.id };
  if (CENTRAL_ROLES.includes(role) || !user.subregionCode) return {};
  return { subregionCode: user.subregionCode };
}

/**
 * Every role's abilities, in one place. General rules first, specific ones after.
 * Records are checked with `record('Type', row)`; lists are filtered with `accessibleWhere`.
 */
export function defineAbilityFor(user: CurrentUser): AppAbility {
  const { can, build } = new AbilityBuilder<AppAbility>(createMongoAbility);
  // A notice for one person (a task handed to them) is theirs, whatever their role.
  can('read', 'Notification', { recipientUserId: user.id });
  // What each procedure lets people do beyond reading its cases (`rules` in its contract).
  for (const procedure of PROCEDURES)
    for (const rule of procedure.rules?.(user) ?? [])
      can(rule.action as Action | Action[], rule.subject as Subject, rule.conditions);

  for (const role of user.roles) {
    if (role === 'provider') {
      if (!user.providerId) continue;
      const own = { providerId: user.providerId };
      can('read', 'Provider', { id: user.providerId });
      can('update', 'Provider', PROVIDER_EDITABLE_FIELDS, { id: user.providerId });
      can('read', 'AuditEvent', own);
      can('create', 'CessationRiskReport', own);
      can('read', 'Case', own);
      can('read', 'Notification', own);
      // Their bilans, and their private working documents: no rule anywhere below lets an ONE
      // agent (or the coordination) read a BilanDocument.
      can(['read', 'update'], 'Bilan', own);
      can(['read', 'create', 'delete'], 'BilanDocument', own);
      // Their files and their bank details, in clear.
      can(['read', 'create', 'delete'], 'File', own);
      can('read', 'BankDetails', own);
      // « Mes subsides ».
      can('read', 'Payment', own);
      // The Flash accueil: every issue sent, whatever she chose in « Mes préférences ».
      can('read', 'FlashIssue', FLASH_ISSUE_PUBLIC_FIELDS, { status: 'sent' });
      continue;
    }
    if (role === 'supervisor') {
      can('read', ['Case', 'Task', 'AuditEvent']);
      can('read', 'Provider', PROVIDER_COMMON_FIELDS);
      can('reassign', 'Task');
      can('read', 'Bilan');
      can(['read', 'create'], 'Campaign');
      can('read', 'Notification', { recipientRole: role });
      can('read', 'Payment');
      // Messages that could not be delivered, to send them again.
      can(['read', 'update'], 'MailMessage');
      // The Flash accueil: writes issues, sends them, prints the postal list.
      can(['read', 'create', 'update', 'send'], 'FlashIssue');
      continue;
    }
    // Agents: the tasks of their role and the cases of their procedures, in their scope.
    const scope = scopeOf(user, role);
    // A team's notifications name providers: an agent reads those of their own scope only.
    can('read', 'Notification', { recipientRole: role, ...scope });
    can(['read', 'claim', 'release', 'complete'], 'Task', { candidateRole: role, ...scope });
    // Provider records carry the same scope fields (subregionCode, agentConseilId) as cases and tasks.
    if (NISS_READERS.includes(role)) can('read', 'Provider', scope);
    else can('read', 'Provider', PROVIDER_COMMON_FIELDS, scope);
    const procedures = PROCEDURES_BY_ROLE[role];
    if (procedures) can('read', 'Case', { procedure: { $in: procedures }, ...scope });
    if (role === 'agent_conseil') {
      can(['read', 'extend'], 'Bilan', scope);
      // Photos to validate and the pedagogical project of their portfolio.
      can('read', 'File', { purpose: { $in: ['photo', 'project'] }, ...scope });
    }
    if (role === 'agent_subsides') {
      // Bank statements and bank details in clear, to validate them and to pay.
      can('read', 'File', { purpose: 'rib', ...scope });
      can('read', 'BankDetails', scope);
      // Subsidies to pay, and the batches of transfers they release (the files name accounts).
      can('read', 'Payment', scope);
      can(['read', 'create'], 'PaymentBatch');
    }
  }
  return build();
}

/**
 * Turns the same rules into a SQL filter, so a list only ever holds what the person may read.
 * Supports what the rules above use: equality and `$in`, without `cannot` rules.
 */
export function accessibleWhere(
  ability: AppAbility,
  action: Action,
  subject: Subject,
  columns: Record<string, string>,
): (qb: Knex.QueryBuilder) => void {
  const rules = ability.rulesFor(action, subject);
  if (rules.some((r) => r.inverted)) throw new Error('cannot rules are not supported in SQL filters');
  return (qb) => {
    if (rules.length === 0) {
      qb.whereRaw('false');
      return;
    }
    if (rules.some((r) => !r.conditions)) return; // one unconditional rule: everything
    qb.where((any) => {
      for (const rule of rules) {
        any.orWhere((all) => {
          for (const [field, condition] of Object.entries(rule.conditions as Record<string, unknown>)) {
            const column = columns[field];
            if (!column) throw new Error(`No column for ${subject}.${field}`);
            if (condition && typeof condition === 'object' && '$in' in condition) {
              all.whereIn(column, (condition as { $in: unknown[] }).$in as string[]);
            } else {
              all.where(column, condition as string);
            }
          }
        });
      }
    });
  };
}
