import type { Knex } from 'knex';
import { defineAbilityFor, record, type CurrentUser } from '../../api/ability';
import type { Role } from '../../common/roles';
import type { NotificationInput } from '../read-model';
import type { NoticeAudience, NoticeParams } from './templates/notice';
import type { MailToQueue } from './outbox';

interface UserRow {
  id: string;
  displayName: string;
  email: string;
  roles: Role[];
  subregionCode: string | null;
  providerId: string | null;
  loginMethod: 'strong' | 'password';
  mailFrequency: 'immediate' | 'daily';
}

export function currentUserOf(u: UserRow): CurrentUser {
  return {
    id: u.id,
    displayName: u.displayName,
    roles: u.roles,
    subregionCode: u.subregionCode,
    providerId: u.providerId,
    loginMethod: u.loginMethod,
  };
}

const USER_COLUMNS = [
  'u.id',
  'u.display_name',
  'u.email',
  'u.roles',
  'u.subregion_code',
  'u.provider_id',
  'u.login_method',
  'u.mail_frequency',
];

/**
 * Who receives a notice by e-mail — decided from the notice the workflow recorded, the same way
 * for every procedure, and by the same permission rules that show it in the application:
 * - a notice for a provider goes to the childminder (the address of her signalétique, else her login's);
 * - a notice for one person (a task handed to them) goes to that person;
 * - a notice for the coordination (an escalation) goes to every supervisor;
 * - a notice for a team goes to the members who may read it (their subregion or portfolio) and
 *   chose « immédiatement »; the others find it in their daily digest.
 */
export async function noticeMails(db: Knex, notice: NotificationInput): Promise<MailToQueue[]> {
  const c = (await db('cases as c')
    .leftJoin('providers as p', 'p.id', 'c.provider_id')
    .where('c.id', notice.caseId)
    .first(
      'c.procedure',
      'c.provider_id',
      db.raw(`c.details->'requester'->>'displayName' as requester_name`),
      'p.first_name',
      'p.last_name',
      'p.email as provider_email',
      'p.subregion_code',
      'p.agent_conseil_id',
    )) as
    | {
        procedure: string;
        providerId: string | null;
        requesterName: string | null;
        firstName: string | null;
        lastName: string | null;
        providerEmail: string | null;
        subregionCode: string | null;
        agentConseilId: string | null;
      }
    | undefined;
  // Whom the case concerns: its childminder, or the person who asked (a helpdesk request).
  const providerName = !c ? null : c.providerId ? `${c.firstName} ${c.lastName}` : c.requesterName;
  const params = (audience: NoticeAudience): NoticeParams => ({
    message: notice.message,
    audience,
    procedure: c?.procedure ?? null,
    caseId: notice.caseId ?? null,
    providerName,
    taskId: notice.taskId ?? null,
    noticeKey: notice.key,
  });
  const mail = (u: UserRow, audience: NoticeAudience, address = u.email): MailToQueue => ({
    key: `notice:${notice.key}:${u.id}`,
    template: 'notice',
    params: { ...params(audience) },
    to: { address, name: u.displayName, userId: u.id, providerId: u.providerId },
    caseId: notice.caseId ?? null,
  });

  // A task past its due date: whoever holds it, else the team of its scope, hears of it once,
  // whether the procedure told the team itself (`<task>:overdue:team`) or only the coordination
  // (`<task>:overdue:supervisor`) — both give the same message key per person.
  const overdue = await overdueTaskOf(db, notice.key);
  const overdueMail = (u: UserRow): MailToQueue => ({
    ...mail(u, 'team'),
    key: `task-overdue:${overdue!.id}:${u.id}`,
  });

  const people = (which: (q: Knex.QueryBuilder) => void) =>
    db('users as u').select(USER_COLUMNS).modify(which) as Promise<UserRow[]>;
  const withRole = (role: string) => people((q) => q.whereRaw('? = any(u.roles)', [role]));
  /** Members of a team whom the notice's own permission rule lets read it, on « immédiatement ». */
  const teamOf = async (role: string): Promise<UserRow[]> => {
    if (!c) return [];
    // The same rule that lists the notice in the application decides who may receive it.
    const subject = record('Notification', {
      recipientRole: role,
      providerId: c.providerId,
      subregionCode: c.subregionCode,
      agentConseilId: c.agentConseilId,
    });
    return (await withRole(role))
      .filter((u) => u.mailFrequency === 'immediate')
      .filter((u) => defineAbilityFor(currentUserOf(u)).can('read', subject));
  };

  if (notice.recipientUserId) {
    const holder = notice.recipientUserId;
    return (await people((q) => q.where('u.id', holder))).map((u) => mail(u, 'assignee'));
  }
  if (!notice.recipientRole) {
    if (!notice.providerId) return [];
    const providerEmail = c?.providerId === notice.providerId ? c.providerEmail : null;
    const providerId = notice.providerId;
    const childminders = await people((q) =>
      q.where('u.provider_id', providerId).whereRaw(`'provider' = any(u.roles)`),
    );
    return childminders.map((u) => mail(u, 'provider', providerEmail || u.email));
  }
  if (notice.recipientRole === 'supervisor') {
    const toCoordination = (await withRole('supervisor')).map((u) => mail(u, 'supervisor'));
    if (!overdue) return toCoordination;
    const { assigneeId } = overdue;
    const toTask = assigneeId
      ? await people((q) => q.where('u.id', assigneeId))
      : await teamOf(overdue.candidateRole);
    return [...toCoordination, ...toTask.map((u) => overdueMail(u))];
  }
  return (await teamOf(notice.recipientRole)).map((u) => (overdue ? overdueMail(u) : mail(u, 'team')));
}

/** The task a notice `<task id>:overdue:team|supervisor` is about, if it is one. */
async function overdueTaskOf(
  db: Knex,
  key: string,
): Promise<{ id: string; assigneeId: string | null; candidateRole: string } | undefined> {
  const m = /^(.+):overdue:(team|supervisor)$/.exec(key);
  if (!m) return undefined;
  return (await db('tasks').where({ id: m[1] }).first('id', 'assignee_id', 'candidate_role')) as
    { id: string; assigneeId: string | null; candidateRole: string } | undefined;
}

export async function usersWithDailyDigest(db: Knex): Promise<UserRow[]> {
  return (await db('users as u')
    .select(USER_COLUMNS)
    .where('u.mail_frequency', 'daily')
    .whereRaw(`not ('provider' = any(u.roles))`)
    .orderBy('u.id')) as UserRow[];
}

export type { UserRow };
