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
    .join('providers as p', 'p.id', 'c.provider_id')
    .where('c.id', notice.caseId)
    .first(
      'c.procedure',
      'c.provider_id',
      'p.first_name',
      'p.last_name',
      'p.email as provider_email',
      'p.subregion_code',
      'p.agent_conseil_id',
    )) as
    | {
        procedure: string;
        providerId: string;
        firstName: string;
        lastName: string;
        providerEmail: string | null;
        subregionCode: string;
        agentConseilId: string | null;
      }
    | undefined;
  const providerName = c ? `${c.firstName} ${c.lastName}` : null;
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

  if (notice.recipientUserId) {
    const users = (await db('users as u')
      .where('u.id', notice.recipientUserId)
      .select(USER_COLUMNS)) as UserRow[];
    return users.map((u) => mail(u, 'assignee'));
  }
  if (!notice.recipientRole) {
    if (!notice.providerId) return [];
    const users = (await db('users as u')
      .where('u.provider_id', notice.providerId)
      .whereRaw(`'provider' = any(u.roles)`)
      .select(USER_COLUMNS)) as UserRow[];
    const providerEmail = c?.providerId === notice.providerId ? c.providerEmail : null;
    return users.map((u) => mail(u, 'provider', providerEmail || u.email));
  }
  const role = notice.recipientRole;
  const members = (await db('users as u')
    .whereRaw('? = any(u.roles)', [role])
    .select(USER_COLUMNS)) as UserRow[];
  if (role === 'supervisor') return members.map((u) => mail(u, 'supervisor'));
  if (!c) return [];
  // The same rule that lists the notice in the application decides who may receive it.
  const subject = record('Notification', {
    recipientRole: role,
    providerId: c.providerId,
    subregionCode: c.subregionCode,
    agentConseilId: c.agentConseilId,
  });
  return members
    .filter((u) => u.mailFrequency === 'immediate')
    .filter((u) => defineAbilityFor(currentUserOf(u)).can('read', subject))
    .map((u) => mail(u, 'team'));
}

export async function usersWithDailyDigest(db: Knex): Promise<UserRow[]> {
  return (await db('users as u')
    .where('u.mail_frequency', 'daily')
    .whereRaw(`not ('provider' = any(u.roles))`)
    .orderBy('u.id')
    .select(USER_COLUMNS)) as UserRow[];
}

export type { UserRow };
