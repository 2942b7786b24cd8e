import { randomUUID } from 'node:crypto';
import Router from '@koa/router';
import type { Context } from 'koa';
import type { Knex } from 'knex';
import { WorkflowExecutionAlreadyStartedError } from '@temporalio/client';
import {
  FLASH_BODY_MAX,
  FLASH_STATUSES,
  FLASH_STATUS_LABELS,
  FLASH_TITLE_MAX,
  flashParagraphs,
  flashWorkflowId,
  type FlashStatus,
} from '../../common/flash';
import { flashEmailRecipients } from '../../activities/flash';
import { flashWorkflow, type FlashInput } from '../../workflows/flash';
import { accessibleWhere, record, type Action, type AppAbility } from '../ability';
import { recordDenied, recordRead } from '../audit';
import type { ApiDeps } from '../deps';
import { AppError, forbidden, notFound } from '../errors';
import { FileUpload, checkUpload } from '../files';
import { postalCounts, postalLabelsPdf, postalListCsv, postalRecipients } from '../flash-postal-list';
import { requireUser } from '../current-user';
import { defineRoute, z } from '../define-route';

/**
 * The Flash accueil: the coordination writes an issue (title, text, an optional PDF), edits the
 * draft, and sends it — `flashWorkflow` mails it to every childminder who chose the e-mail, and the
 * postal list is downloaded for those who chose the post. Childminders read the issues sent.
 */

const PREFIX = '/flash-issues';

const Person = z.object({ id: z.string(), displayName: z.string() });

export const FlashIssueView = z
  .object({
    id: z.string(),
    title: z.string(),
    body: z.string(),
    /** The text cut in paragraphs, as the mail shows it. */
    paragraphs: z.array(z.string()),
    status: z.enum(FLASH_STATUSES),
    statusLabel: z.string(),
    pdf: z.object({ name: z.string(), size: z.number(), url: z.string() }).nullable(),
    sentAt: z.string().nullable(),
    /** What the coordination sees; null for a childminder. */
    coordination: z
      .object({
        createdBy: Person,
        createdAt: z.string(),
        updatedAt: z.string(),
        sentBy: Person.nullable(),
        /** When the last mail was queued. */
        queuedAt: z.string().nullable(),
        email: z.object({
          /** Childminders who receive it by e-mail: today's for a draft, counted when it was sent. */
          recipients: z.number(),
          /** Those whose mail is queued so far. */
          processed: z.number(),
        }),
        post: z.object({
          /** Childminders who receive it by post: today's for a draft, counted when it was sent. */
          recipients: z.number(),
          /** Of today's postal list, the addresses too incomplete for a label. */
          incomplete: z.number(),
          csvUrl: z.string(),
          labelsUrl: z.string(),
        }),
      })
      .nullable(),
  })
  .openapi('FlashIssue');
type FlashIssueView = z.infer<typeof FlashIssueView>;

const FlashIssueBody = z
  .object({
    title: z.string().trim().min(1).max(FLASH_TITLE_MAX),
    /** Plain text; paragraphs are separated by an empty line. */
    body: z.string().trim().min(1).max(FLASH_BODY_MAX),
  })
  .strict()
  .openapi('FlashIssueInput');

const Params = z.object({ id: z.uuid() });
const IssueAnswer = z.object({ issue: FlashIssueView });

type Row = Record<string, unknown>;

const iso = (v: unknown) => (v ? new Date(v as Date).toISOString() : null);

const notDraft = () =>
  new AppError(
    409,
    'FLASH_ISSUE_NOT_DRAFT',
    'Ce Flash accueil est déjà envoyé : il ne peut plus être modifié.',
  );

function view(
  row: Row,
  ability: AppAbility,
  live: { email: number; post: number; incomplete: number } | null,
): FlashIssueView {
  const id = String(row.id);
  const status = row.status as FlashStatus;
  const body = String(row.body);
  const draft = status === 'draft';
  const coordination =
    live && ability.can('read', record('FlashIssue', { id, status }), 'postalList')
      ? {
          createdBy: { id: String(row.createdBy), displayName: String(row.creatorName) },
          createdAt: iso(row.createdAt)!,
          updatedAt: iso(row.updatedAt)!,
          sentBy: row.sentBy ? { id: String(row.sentBy), displayName: String(row.senderName) } : null,
          queuedAt: iso(row.queuedAt),
          email: {
            recipients: draft ? live.email : Number(row.recipientCount),
            processed: Number(row.processedCount),
          },
          post: {
            recipients: draft ? live.post : Number(row.postalCount),
            incomplete: live.incomplete,
            csvUrl: `/api${PREFIX}/${id}/postal-list`,
            labelsUrl: `/api${PREFIX}/${id}/postal-labels`,
          },
        }
      : null;
  return {
    id,
    title: String(row.title),
    body,
    paragraphs: flashParagraphs(body),
    status,
    statusLabel: FLASH_STATUS_LABELS[status],
    pdf:
      row.pdfName != null
        ? { name: String(row.pdfName), size: Number(row.pdfSize), url: `/api${PREFIX}/${id}/pdf` }
        : null,
    sentAt: iso(row.sentAt),
    coordination,
  };
}

/** The person may do `action` on issues at all (403 otherwise, before anything is read). */
function allowed(ctx: Context, action: Action) {
  const { user, ability } = requireUser(ctx);
  if (!ability.can(action, 'FlashIssue')) throw forbidden();
  return { user, ability };
}

const may = (action: Action) => (ctx: Context) => void allowed(ctx, action);

/** Locks a draft for a change; an issue sent (or being sent) is refused. */
async function lockDraft(trx: Knex, id: string): Promise<void> {
  const row = (await trx('flash_issues').where({ id }).forUpdate().first('status')) as Row | undefined;
  if (!row) throw notFound('Ce Flash accueil');
  if (row.status !== 'draft') throw notDraft();
}

export function flashRoutes(deps: ApiDeps): Router {
  const router = new Router();
  const helpers = flashHelpers(deps.db);
  issueRoutes(router, deps, helpers);
  pdfRoutes(router, deps, helpers);
  sendRoutes(router, deps, helpers);
  postalRoutes(router, deps, helpers);
  return router;
}

/** Reading issues: the query, today's figures, one issue the person may read, an issue as answered. */
function flashHelpers(db: Knex) {
  const issueQuery = () =>
    db('flash_issues as i')
      .join('users as c', 'c.id', 'i.created_by')
      .leftJoin('users as s', 's.id', 'i.sent_by')
      .leftJoin('flash_issue_pdfs as f', 'f.issue_id', 'i.id')
      .select(
        'i.*',
        'c.display_name as creator_name',
        's.display_name as sender_name',
        'f.display_name as pdf_name',
        'f.size as pdf_size',
      );

  /**
   * Today's figures: who would receive a draft if it were sent now, and how many postal addresses
   * are incomplete. An issue being sent keeps its own counts: only the postal list is read then.
   */
  async function liveCounts(withEmail = true): Promise<{ email: number; post: number; incomplete: number }> {
    const email = withEmail
      ? Number(((await flashEmailRecipients(db).count({ count: '*' })) as Array<{ count: string }>)[0].count)
      : 0;
    const post = await postalCounts(db);
    return { email, post: post.recipients, incomplete: post.incomplete };
  }

  /**
   * One issue the person may read (`field`: a part of it); another one answers 404 for someone who
   * may not read it at all (a childminder and a draft), 403 for a part she may not read.
   */
  async function readable(
    ctx: Context,
    id: string,
    field?: string,
  ): Promise<{ row: Row; ability: AppAbility }> {
    const { ability } = allowed(ctx, 'read');
    const row = (await issueQuery().where('i.id', id).first()) as Row | undefined;
    if (!row) throw notFound('Ce Flash accueil');
    const subject = record('FlashIssue', { id, status: row.status });
    if (!ability.can('read', subject)) {
      await recordDenied(ctx, { subjectType: 'FlashIssue', subjectId: id, providerId: null, fields: [] });
      throw notFound('Ce Flash accueil');
    }
    if (field && !ability.can('read', subject, field)) {
      await recordDenied(ctx, {
        subjectType: 'FlashIssue',
        subjectId: id,
        providerId: null,
        fields: [field],
      });
      throw forbidden();
    }
    return { row, ability };
  }

  async function answer(id: string, ability: AppAbility): Promise<FlashIssueView> {
    const row = (await issueQuery().where('i.id', id).first()) as Row;
    return view(
      row,
      ability,
      ability.can('read', record('FlashIssue', { id, status: row.status }), 'postalList')
        ? await liveCounts(row.status === 'draft')
        : null,
    );
  }

  return { issueQuery, liveCounts, readable, answer };
}

type FlashHelpers = ReturnType<typeof flashHelpers>;

/** The issues: the list, a new draft, one issue, a change to a draft. */
function issueRoutes(
  router: Router,
  { db }: ApiDeps,
  { issueQuery, liveCounts, readable, answer }: FlashHelpers,
): void {
  defineRoute(router, PREFIX, {
    method: 'get',
    path: '/',
    summary: 'Les numéros du Flash accueil (la coordination : tous ; une accueillante : ceux envoyés)',
    tags: ['Flash accueil'],
    authorize: may('read'),
    responses: { 200: { description: 'Numéros', schema: z.object({ issues: z.array(FlashIssueView) }) } },
    handler: async (ctx) => {
      const { ability } = allowed(ctx, 'read');
      const rows = (await issueQuery()
        .modify(accessibleWhere(ability, 'read', 'FlashIssue', { status: 'i.status' }))
        .orderByRaw('coalesce(i.sent_at, i.created_at) desc')
        .limit(200)) as Row[];
      const coordination = ability.can('read', record('FlashIssue', { status: 'draft' }), 'postalList');
      const live =
        coordination && rows.length ? await liveCounts(rows.some((r) => r.status === 'draft')) : null;
      ctx.body = { issues: rows.map((r) => view(r, ability, live)) };
    },
  });

  defineRoute(router, PREFIX, {
    method: 'post',
    path: '/',
    summary: 'Écrire un numéro du Flash accueil (un brouillon, modifiable jusqu’à son envoi)',
    tags: ['Flash accueil'],
    authorize: may('create'),
    body: FlashIssueBody,
    responses: { 201: { description: 'Brouillon enregistré', schema: IssueAnswer } },
    handler: async (ctx, { body }) => {
      const { user, ability } = allowed(ctx, 'create');
      const id = randomUUID();
      await db('flash_issues').insert({
        id,
        title: body.title,
        body: body.body,
        createdBy: user.id,
        updatedBy: user.id,
      });
      ctx.status = 201;
      ctx.body = { issue: await answer(id, ability) };
    },
  });

  defineRoute(router, PREFIX, {
    method: 'get',
    path: '/:id',
    summary: 'Un numéro du Flash accueil (et, pour la coordination, la progression de son envoi)',
    tags: ['Flash accueil'],
    authorize: may('read'),
    params: Params,
    responses: { 200: { description: 'Numéro', schema: IssueAnswer } },
    handler: async (ctx, { params }) => {
      const { ability } = await readable(ctx, params.id);
      ctx.body = { issue: await answer(params.id, ability) };
    },
  });

  defineRoute(router, PREFIX, {
    method: 'put',
    path: '/:id',
    summary: 'Modifier un brouillon du Flash accueil',
    tags: ['Flash accueil'],
    authorize: may('update'),
    params: Params,
    body: FlashIssueBody,
    responses: { 200: { description: 'Brouillon modifié', schema: IssueAnswer } },
    handler: async (ctx, { params, body }) => {
      const { user, ability } = allowed(ctx, 'update');
      await db.transaction(async (trx) => {
        await lockDraft(trx, params.id);
        await trx('flash_issues')
          .where({ id: params.id })
          .update({ title: body.title, body: body.body, updatedBy: user.id, updatedAt: trx.fn.now() });
      });
      ctx.body = { issue: await answer(params.id, ability) };
    },
  });
}

/** The PDF joined to an issue: joined, removed (while a draft), read. */
function pdfRoutes(router: Router, { db }: ApiDeps, { readable, answer }: FlashHelpers): void {
  defineRoute(router, PREFIX, {
    method: 'put',
    path: '/:id/pdf',
    largeBody: true,
    summary: 'Joindre un PDF à un brouillon du Flash accueil (il remplace le précédent)',
    tags: ['Flash accueil'],
    authorize: may('update'),
    params: Params,
    body: z.object({ pdf: FileUpload }).strict(),
    responses: { 200: { description: 'PDF joint', schema: IssueAnswer } },
    handler: async (ctx, { params, body }) => {
      const { user, ability } = allowed(ctx, 'update');
      const file = checkUpload(body.pdf, { accept: ['application/pdf'], path: 'pdf' });
      await db.transaction(async (trx) => {
        await lockDraft(trx, params.id);
        await trx('flash_issue_pdfs')
          .insert({
            issueId: params.id,
            contentType: file.contentType,
            size: file.content.length,
            content: file.content,
            displayName: file.name,
            uploadedBy: user.id,
          })
          .onConflict('issue_id')
          .merge();
        await trx('flash_issues')
          .where({ id: params.id })
          .update({ updatedBy: user.id, updatedAt: trx.fn.now() });
      });
      ctx.body = { issue: await answer(params.id, ability) };
    },
  });

  defineRoute(router, PREFIX, {
    method: 'delete',
    path: '/:id/pdf',
    summary: 'Retirer le PDF d’un brouillon du Flash accueil',
    tags: ['Flash accueil'],
    authorize: may('update'),
    params: Params,
    responses: { 200: { description: 'PDF retiré', schema: IssueAnswer } },
    handler: async (ctx, { params }) => {
      const { user, ability } = allowed(ctx, 'update');
      await db.transaction(async (trx) => {
        await lockDraft(trx, params.id);
        await trx('flash_issue_pdfs').where({ issueId: params.id }).delete();
        await trx('flash_issues')
          .where({ id: params.id })
          .update({ updatedBy: user.id, updatedAt: trx.fn.now() });
      });
      ctx.body = { issue: await answer(params.id, ability) };
    },
  });

  defineRoute(router, PREFIX, {
    method: 'get',
    path: '/:id/pdf',
    summary: 'Le PDF d’un numéro du Flash accueil',
    tags: ['Flash accueil'],
    authorize: may('read'),
    params: Params,
    responses: { 200: { description: 'Le PDF' } },
    handler: async (ctx, { params }) => {
      await readable(ctx, params.id, 'pdf');
      const file = (await db('flash_issue_pdfs').where({ issueId: params.id }).first()) as Row | undefined;
      if (!file) throw notFound('Ce document');
      ctx.set('Content-Type', String(file.contentType));
      ctx.set('X-Content-Type-Options', 'nosniff');
      ctx.set('Content-Security-Policy', "default-src 'none'; style-src 'unsafe-inline'");
      ctx.set(
        'Content-Disposition',
        `inline; filename*=UTF-8''${encodeURIComponent(String(file.displayName))}`,
      );
      ctx.set('Cache-Control', 'private, no-store');
      ctx.body = file.content as Buffer;
    },
  });
}

/** Sending an issue, once. */
function sendRoutes(
  router: Router,
  { db, temporal, config }: ApiDeps,
  { liveCounts, answer }: FlashHelpers,
): void {
  defineRoute(router, PREFIX, {
    method: 'post',
    path: '/:id/send',
    summary:
      'Envoyer un numéro du Flash accueil : un e-mail à chaque accueillant·e qui l’a choisi (une seule fois, même si on appuie deux fois)',
    tags: ['Flash accueil'],
    authorize: may('send'),
    params: Params,
    responses: {
      202: {
        description: 'Envoi commencé',
        schema: z.object({ issue: FlashIssueView, started: z.literal(true), message: z.string() }),
      },
      200: {
        description: 'Déjà envoyé (ou en cours d’envoi) : rien n’est envoyé une seconde fois',
        schema: z.object({ issue: FlashIssueView, started: z.literal(false), message: z.string() }),
      },
    },
    handler: async (ctx, { params }) => {
      const { user, ability } = allowed(ctx, 'send');
      const row = (await db('flash_issues').where({ id: params.id }).first('status')) as Row | undefined;
      if (!row) throw notFound('Ce Flash accueil');
      // Today's figures go on the issue at once, so its progress starts from the right total; the
      // workflow counts again as it starts.
      const live = row.status === 'draft' ? await liveCounts() : null;
      const moved = live
        ? await db('flash_issues')
            .where({ id: params.id, status: 'draft' })
            .update({
              status: 'sending',
              sentBy: user.id,
              sentAt: db.fn.now(),
              recipientCount: live.email,
              postalCount: live.post,
            })
            .returning('id')
        : [];
      const started = moved.length > 0;
      // Started once per issue, ever (REJECT_DUPLICATE): a second « Envoyer » finds the workflow
      // and sends nothing; it starts it only if the first press stopped before doing so.
      if (started || row.status === 'sending') {
        const input: FlashInput = { issueId: params.id };
        try {
          await temporal.workflow.start(flashWorkflow, {
            taskQueue: config.temporal.taskQueue,
            workflowId: flashWorkflowId(params.id),
            workflowIdReusePolicy: 'REJECT_DUPLICATE',
            args: [input],
          });
        } catch (err) {
          if (!(err instanceof WorkflowExecutionAlreadyStartedError)) throw err;
        }
      }
      ctx.status = started ? 202 : 200;
      ctx.body = {
        issue: await answer(params.id, ability),
        started,
        message: started
          ? 'Envoi commencé : les e-mails partent par lots, la progression s’affiche ci-dessous.'
          : 'Ce Flash accueil a déjà été envoyé : rien n’est envoyé une seconde fois.',
      };
    },
  });
}

/** The postal list of those who receive the Flash accueil by post: a CSV, and labels to print. */
function postalRoutes(router: Router, { db }: ApiDeps, { readable }: FlashHelpers): void {
  /** The postal list, read and recorded in the audit trail: it holds people's addresses. */
  async function postalList(ctx: Context, id: string, format: 'CSV' | 'PDF') {
    const { row } = await readable(ctx, id, 'postalList');
    const rows = await postalRecipients(db);
    await recordRead(ctx, {
      subjectType: 'FlashPostalList',
      subjectId: id,
      providerId: null,
      fields: ['lastName', 'firstName', 'postalAddress'],
      reason: `Flash accueil « ${String(row.title)} » : liste d’envoi postal (${format}, ${rows.length} adresse${rows.length > 1 ? 's' : ''})`,
    });
    ctx.set('Cache-Control', 'private, no-store');
    ctx.set('X-Content-Type-Options', 'nosniff');
    return { rows, title: String(row.title), stamp: new Date().toISOString().slice(0, 10) };
  }

  defineRoute(router, PREFIX, {
    method: 'get',
    path: '/:id/postal-list',
    summary:
      'La liste des adresses postales (CSV pour Excel) des accueillant·e·s qui reçoivent le Flash accueil par courrier',
    tags: ['Flash accueil'],
    authorize: may('read'),
    params: Params,
    responses: { 200: { description: 'Le fichier CSV (UTF-8 avec BOM, séparateur « ; »)' } },
    handler: async (ctx, { params }) => {
      const { rows, stamp } = await postalList(ctx, params.id, 'CSV');
      ctx.set('Content-Type', 'text/csv; charset=utf-8');
      ctx.set('Content-Disposition', `attachment; filename="flash-accueil-adresses-${stamp}.csv"`);
      ctx.body = postalListCsv(rows);
    },
  });

  defineRoute(router, PREFIX, {
    method: 'get',
    path: '/:id/postal-labels',
    summary:
      'Les étiquettes d’adresses (PDF, A4, 3 × 8) des accueillant·e·s qui reçoivent le Flash accueil par courrier',
    tags: ['Flash accueil'],
    authorize: may('read'),
    params: Params,
    responses: { 200: { description: 'Le fichier PDF' } },
    handler: async (ctx, { params }) => {
      const { rows, title, stamp } = await postalList(ctx, params.id, 'PDF');
      ctx.set('Content-Type', 'application/pdf');
      ctx.set('Content-Disposition', `attachment; filename="flash-accueil-etiquettes-${stamp}.pdf"`);
      ctx.body = await postalLabelsPdf(rows, title);
    },
  });
}
