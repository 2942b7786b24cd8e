import Router from '@koa/router';
import { ROLE_LABELS, type Role } from '../../common/roles';
import type { ApiDeps } from '../deps';
import { forbidden } from '../errors';
import { requireUser } from '../current-user';
import { loadProvider, providerSubject } from '../provider-access';
import { HELPDESK_CONTACT } from '../../common/helpdesk';
import { defineRoute, z } from '../define-route';

export const HELPDESK = {
  name: 'Helpdesk PRO.ONE',
  phone: HELPDESK_CONTACT.phone,
  hours: 'Du lundi au vendredi, de 9h à 16h',
  email: HELPDESK_CONTACT.email,
};

const Contact = z.object({
  role: z.string(),
  roleLabel: z.string(),
  name: z.string(),
  email: z.string().nullable(),
  phone: z.string().nullable(),
});
const Contacts = z
  .object({
    contacts: z.array(Contact),
    helpdesk: z.object({ name: z.string(), phone: z.string(), hours: z.string(), email: z.string() }),
  })
  .openapi('ContactsOne');

/** « Contacts ONE »: the childminder's agents and the helpdesk. */
export function contactRoutes({ db }: ApiDeps): Router {
  const router = new Router();

  defineRoute(router, '/me', {
    method: 'get',
    path: '/contacts',
    summary: 'Contacts ONE de l’accueillant·e et helpdesk',
    tags: ['Accueillant·e'],
    responses: { 200: { description: 'Contacts ONE', schema: Contacts } },
    handler: async (ctx) => {
      const { user, ability } = requireUser(ctx);
      if (!user.providerId || !user.roles.includes('provider')) throw forbidden();
      const provider = await loadProvider(db, user.providerId);
      if (!provider || !ability.can('read', providerSubject(provider))) throw forbidden();
      const row = (await db('providers')
        .where({ id: provider.id })
        .first('agent_conseil_id', 'referent_accueil_id', 'referent_sante_id')) as Record<
        string,
        string | null
      >;
      const slots: Array<[Role, string | null]> = [
        ['agent_conseil', row.agentConseilId],
        ['referent_accueil', row.referentAccueilId],
        ['referent_sante', row.referentSanteId],
      ];
      const ids = slots.map(([, id]) => id).filter((id): id is string => Boolean(id));
      const people = new Map<string, { displayName: string; email: string | null; phone: string | null }>(
        (await db('users').whereIn('id', ids).select('id', 'display_name', 'email', 'phone')).map(
          (u: { id: string; displayName: string; email: string | null; phone: string | null }) => [u.id, u],
        ),
      );
      const contacts = slots.flatMap(([role, id]) => {
        const person = id ? people.get(id) : undefined;
        if (!person) return [];
        return [
          {
            role,
            roleLabel: ROLE_LABELS[role],
            name: person.displayName,
            email: person.email,
            phone: person.phone,
          },
        ];
      });
      ctx.set('Cache-Control', 'no-store');
      ctx.body = { contacts, helpdesk: HELPDESK };
    },
  });

  return router;
}
