import Router from '@koa/router';
import {
  AVAILABILITY,
  AVAILABILITY_LABELS,
  DAYS,
  DAY_LABELS,
  TIME,
  type Day,
} from '../../common/signaletique';
import type { ApiDeps } from '../deps';
import { notFound } from '../errors';
import { defineRoute, z } from '../define-route';
import { dayOf } from '../rows';
import { serveFile } from '../files';

/**
 * MY.ONE, for parents: the childcare places whose provider chose « Visible sur MY.ONE », with
 * public fields only — never a national register number, an enterprise number, bank data, a
 * phone number or an e-mail address — and only the photos an agent conseil approved. No login.
 */

const PublicPlace = z
  .object({
    id: z.string(),
    displayName: z.string(),
    address: z.object({
      street: z.string().nullable(),
      number: z.string().nullable(),
      postcode: z.string(),
      city: z.string(),
    }),
    availability: z.object({
      status: z.string().nullable(),
      label: z.string().nullable(),
      fromDate: z.string().nullable(),
    }),
    openingHours: z.array(z.object({ day: z.string(), label: z.string(), hours: z.string() })),
    capacity: z.number().nullable(),
    qualities: z.object({
      outdoorActivities: z.boolean().nullable(),
      outdoorSpace: z.boolean().nullable(),
      separateRestSpace: z.boolean().nullable(),
    }),
    groups: z
      .object({ averageChildren: z.number(), ageFromMonths: z.number(), ageToMonths: z.number() })
      .nullable(),
    website: z.string().nullable(),
    facebook: z.string().nullable(),
    photos: z.array(z.string()),
  })
  .openapi('MyOnePlace');

const Search = z.object({
  q: z.string().trim().max(80).optional(),
  availability: z.enum(AVAILABILITY).optional(),
  day: z.enum(DAYS).optional(),
  at: z.string().regex(TIME, { message: 'Indiquez une heure, par exemple 07:30' }).optional(),
  capacityMin: z.coerce.number().int().min(1).max(20).optional(),
});

type Row = Record<string, unknown>;
type Hours = Record<Day, { closed: boolean; from?: string; to?: string }>;

export function myOneRoutes({ db }: ApiDeps): Router {
  const router = new Router();

  defineRoute(router, '/public', {
    method: 'get',
    path: '/places',
    summary: 'MY.ONE : rechercher un lieu d’accueil (public)',
    tags: ['MY.ONE'],
    public: true,
    query: Search,
    responses: {
      200: { description: 'Lieux d’accueil', schema: z.object({ places: z.array(PublicPlace) }) },
    },
    handler: async (ctx, { query }) => {
      const q = db('providers as p')
        .where('p.visible_on_myone', true)
        .whereNotNull('p.signaletique_submitted_at')
        // A withdrawn authorisation (end of activity) takes the place off MY.ONE from that day.
        .whereNotExists(
          db('authorisations as a').whereRaw('a.provider_id = p.id').where('a.status', 'withdrawn'),
        )
        .select(
          'p.id',
          'p.first_name',
          'p.last_name',
          'p.street',
          'p.street_number',
          'p.postcode',
          'p.city',
          'p.availability_status',
          'p.availability_from',
          'p.opening_hours',
          'p.capacity',
          'p.qualities',
          'p.groups',
          'p.website',
          'p.facebook',
        );
      if (query.q) {
        const text = query.q;
        if (/^\d{4}$/.test(text)) q.where('p.postcode', text);
        else {
          // « liege » finds « Liège »: accents and case do not matter.
          const fold = (sql: string) =>
            `translate(lower(${sql}), 'àâäáéèêëîïíôöóùûüúç', 'aaaaeeeeiiiooouuuuc')`;
          q.whereRaw(`${fold('p.city')} like ${fold('?')}`, [`%${text.replace(/[%_\\]/g, '')}%`]);
        }
      }
      if (query.availability) q.where('p.availability_status', query.availability);
      if (query.capacityMin) q.where('p.capacity', '>=', query.capacityMin);
      if (query.day) {
        // Open that day (and at that time, if given): from ≤ at < to.
        q.whereRaw(`coalesce((p.opening_hours -> ? ->> 'closed')::boolean, true) = false`, [query.day]);
        if (query.at) {
          q.whereRaw(`p.opening_hours -> ? ->> 'from' <= ?`, [query.day, query.at]);
          q.whereRaw(`p.opening_hours -> ? ->> 'to' > ?`, [query.day, query.at]);
        }
      }
      const rows = (await q.orderBy(['p.postcode', 'p.last_name']).limit(100)) as Row[];
      const photos = rows.length
        ? ((await db('photos')
            .whereIn(
              'provider_id',
              rows.map((r) => String(r.id)),
            )
            .where({ status: 'approved' })
            .orderBy('uploaded_at')
            .select('id', 'provider_id')) as Array<{ id: string; providerId: string }>)
        : [];
      ctx.set('Cache-Control', 'no-store');
      ctx.body = {
        places: rows.map((r) => {
          const hours = (r.openingHours as Hours | null) ?? null;
          const qualities = (r.qualities as Record<string, boolean> | null) ?? {};
          const status = (r.availabilityStatus as (typeof AVAILABILITY)[number] | null) ?? null;
          return {
            id: String(r.id),
            displayName: `${String(r.firstName)} ${String(r.lastName)}`,
            address: {
              street: (r.street as string | null) ?? null,
              number: (r.streetNumber as string | null) ?? null,
              postcode: String(r.postcode),
              city: String(r.city),
            },
            availability: {
              status,
              label: status ? AVAILABILITY_LABELS[status] : null,
              fromDate: dayOf(r.availabilityFrom),
            },
            openingHours: hours
              ? DAYS.map((d) => ({
                  day: d,
                  label: DAY_LABELS[d],
                  hours: hours[d]?.closed ? 'Fermé' : `${hours[d]?.from ?? ''} – ${hours[d]?.to ?? ''}`,
                }))
              : [],
            capacity: (r.capacity as number | null) ?? null,
            qualities: {
              outdoorActivities: qualities.outdoorActivities ?? null,
              outdoorSpace: qualities.outdoorSpace ?? null,
              separateRestSpace: qualities.separateRestSpace ?? null,
            },
            groups:
              (r.groups as { averageChildren: number; ageFromMonths: number; ageToMonths: number } | null) ??
              null,
            website: (r.website as string | null) ?? null,
            facebook: (r.facebook as string | null) ?? null,
            photos: photos.filter((p) => p.providerId === r.id).map((p) => `/api/public/photos/${p.id}`),
          };
        }),
      };
    },
  });

  defineRoute(router, '/public', {
    method: 'get',
    path: '/photos/:id',
    summary: 'MY.ONE : une photo validée d’un lieu d’accueil visible (public)',
    tags: ['MY.ONE'],
    public: true,
    params: z.object({ id: z.uuid() }),
    responses: { 200: { description: 'La photo' } },
    handler: async (ctx, { params }) => {
      const file = (await db('photos as ph')
        .join('providers as p', 'p.id', 'ph.provider_id')
        .join('files as f', 'f.id', 'ph.file_id')
        .where('ph.id', params.id)
        .where('ph.status', 'approved')
        .where('p.visible_on_myone', true)
        .first('f.content', 'f.content_type', 'f.display_name', 'f.size')) as Row | undefined;
      if (!file || Number(file.size) === 0) throw notFound('Cette photo');
      serveFile(ctx, { ...file, displayName: 'photo' });
      ctx.set('Cache-Control', 'public, max-age=300');
    },
  });

  return router;
}
