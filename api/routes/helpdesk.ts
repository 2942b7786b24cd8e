import { randomUUID } from 'node:crypto';
import Router from '@koa/router';
import type { Context } from 'koa';
import type { Knex } from 'knex';
import { WithStartWorkflowOperation } from '@temporalio/client';
import type { Duration } from '@temporalio/common';
import { msToNumber } from '@temporalio/common/lib/time';
import {
  ATTACHMENTS_MAX_BYTES,
  DESCRIPTION_MAX,
  FAQ,
  HELPDESK,
  HELPDESK_CONTACT,
  HELPDESK_DECISION_LABELS,
  MAX_ATTACHMENTS,
  NAME_MAX,
  NOT_WAITING_FOR_YOU,
  RATE_LIMITED,
  REQUESTER_ACTIONS,
  SUBJECTS,
  SUBJECT_LABELS,
  type HelpdeskDetails,
} from '../../common/helpdesk';
import { ANSWER_TASK_KIND, SECOND_LINE_TASK_KIND } from '../../common/helpdesk';
import { procedureOf } from '../../common/procedures';
import { ROLE_LABELS, subregionName, type Role } from '../../common/roles';
import { CASE_PROCEDURE, CASE_PROVIDER_ID, CASE_STATUS } from '../../common/search-attributes';
import { createPersonalDataCipher } from '../../common/node/personal-data';
import { resetToken, resetTokenHash } from '../../common/node/password-reset-token';
import {
  confirmHelpdeskRequest,
  helpdeskWorkflow,
  helpdeskWorkflowId,
  requesterMessage,
  type HelpdeskInput,
  type HelpdeskSettings,
} from '../../workflows/helpdesk';
import { record, type CurrentUser } from '../ability';
import { recordDenied, recordRead } from '../audit';
import type { ApiDeps } from '../deps';
import { AppError, forbidden, fromWorkflowError, notFound } from '../errors';
import { FileUpload, checkUpload, serveFile } from '../files';
import { idempotencyKey, withinStepDeadline } from '../steps';
import { requireUser } from '../current-user';
import { CaseSummary, caseQuery, caseSubject, caseSummary } from '../views';
import { defineRoute, z } from '../define-route';

/**
 * Procedure 7, the helpdesk (« Aide »): its contacts and FAQ, the contact form (also for someone
 * who cannot log in), the person's follow-up (« Mes demandes », or a private link without an
 * account) and what the helpdesk reads of a request. The person's words, address and files stay
 * in PostgreSQL: never in a log, an address or a workflow's history.
 */

// Settings. Read from the environment at each request, so a test may shorten them.

function duration(name: string, fallback: string, env: NodeJS.ProcessEnv): Duration {
  const value = env[name] || fallback;
  msToNumber(value as Duration); // throws on a malformed duration
  return value as Duration;
}
function count(name: string, fallback: number, env: NodeJS.ProcessEnv): number {
  const n = Number(env[name]);
  return Number.isFinite(n) && n >= 0 && env[name] !== undefined && env[name] !== '' ? n : fallback;
}

export function helpdeskSettings(env: NodeJS.ProcessEnv = process.env) {
  const workflow: HelpdeskSettings = {
    answerWorkingHours: count('HELPDESK_ANSWER_WORKING_HOURS', 14, env),
    secondLineWorkingHours: count('HELPDESK_SECOND_LINE_WORKING_HOURS', 21, env),
    answerDue: env.HELPDESK_ANSWER_DUE ? duration('HELPDESK_ANSWER_DUE', '', env) : null,
    secondLineDue: env.HELPDESK_SECOND_LINE_DUE ? duration('HELPDESK_SECOND_LINE_DUE', '', env) : null,
    detailsReminderAfter: duration('HELPDESK_DETAILS_REMINDER_AFTER', '5 days', env),
    detailsCloseAfter: duration('HELPDESK_DETAILS_CLOSE_AFTER', '5 days', env),
    reopenWindow: duration('HELPDESK_REOPEN_WINDOW', '14 days', env),
  };
  return {
    workflow,
    limits: {
      perAddressPerHour: count('HELPDESK_LIMIT_PER_ADDRESS_HOUR', 5, env),
      perEmailPerDay: count('HELPDESK_LIMIT_PER_EMAIL_DAY', 3, env),
      perUserPerHour: count('HELPDESK_LIMIT_PER_USER_HOUR', 10, env),
    },
  };
}

// Shapes.

const Subject = z.enum(SUBJECTS);

export const HelpdeskRequestBody = z
  .object({
    subject: Subject,
    description: z.string().trim().min(1).max(DESCRIPTION_MAX),
    attachments: z
      .array(FileUpload)
      .max(MAX_ATTACHMENTS, { error: `${MAX_ATTACHMENTS} fichiers au maximum` })
      .default([]),
    /** Someone who is not logged in: her name and the address the answer goes to. */
    name: z.string().trim().min(1).max(NAME_MAX).optional(),
    email: z.email({ error: 'Indiquez une adresse e-mail valide' }).max(254).optional(),
  })
  .strict()
  .openapi('HelpdeskRequest');

const MessageBody = z
  .object({
    action: z.enum(REQUESTER_ACTIONS),
    body: z.string().trim().max(DESCRIPTION_MAX).optional(),
  })
  .strict()
  .superRefine((m, ctx) => {
    if (m.action !== 'helped' && !m.body)
      ctx.addIssue({ code: 'custom', path: ['body'], message: 'Écrivez votre message' });
  });

const Token = z.string().regex(/^[A-Za-z0-9_-]{20,100}$/);

const ThreadItem = z.object({
  at: z.string(),
  author: z.enum(['requester', 'helpdesk', 'support_technique']),
  authorName: z.string(),
  label: z.string(),
  text: z.string().nullable(),
  /** Between ONE's teams only: never shown to the person. */
  internal: z.boolean(),
});

const RequestView = z
  .object({
    case: CaseSummary,
    subject: z.string(),
    subjectLabel: z.string(),
    requester: z.object({ displayName: z.string(), hasAccount: z.boolean() }),
    attachments: z.array(z.object({ id: z.string(), name: z.string(), url: z.string().nullable() })),
    thread: z.array(ThreadItem),
    /** What the person may do now. */
    can: z.object({ reply: z.boolean(), reopen: z.boolean(), sayHelped: z.boolean() }),
    reopenUntil: z.string().nullable(),
    /** For ONE's agents: who asked, read-only (the address of someone without an account). */
    context: z
      .object({
        email: z.string().nullable(),
        roles: z.array(z.string()),
        subregion: z.string().nullable(),
        provider: z.object({ id: z.string(), displayName: z.string() }).nullable(),
        openCases: z.array(
          z.object({
            id: z.string(),
            procedureLabel: z.string(),
            statusLabel: z.string(),
            openedAt: z.string(),
          }),
        ),
      })
      .nullable(),
  })
  .openapi('HelpdeskRequestView');
type RequestView = z.infer<typeof RequestView>;

const Info = z
  .object({
    contact: z.object({ hours: z.string(), phone: z.string(), phoneHref: z.string(), email: z.string() }),
    faq: z.array(z.object({ question: z.string(), answer: z.string() })),
    subjects: z.array(z.object({ value: z.string(), label: z.string() })),
    maxAttachments: z.number(),
    attachmentsMaxBytes: z.number(),
  })
  .openapi('HelpdeskInfo');

interface RequestRow {
  caseId: string;
  userId: string | null;
  providerId: string | null;
  displayName: string;
  email: string | null;
  subject: string;
  description: string;
  createdAt: Date;
}

const TOO_MANY = () =>
  new AppError(
    429,
    RATE_LIMITED,
    `Vous avez envoyé plusieurs demandes en peu de temps. Réessayez plus tard, ou appelez le helpdesk au ${HELPDESK_CONTACT.phone} (${HELPDESK_CONTACT.hours.toLowerCase()}).`,
  );

const CLOSED = {
  code: NOT_WAITING_FOR_YOU,
  message: 'Cette demande est clôturée. Si vous avez encore besoin d’aide, faites une nouvelle demande.',
};

export function helpdeskRoutes(deps: ApiDeps): Router {
  const router = new Router();
  const store = helpdeskStore(deps);
  newRequestRoutes(router, deps, store);
  ownRequestRoutes(router, deps, store);
  followUpRoutes(router, deps, store);
  return router;
}

/** « Aide »: what the page shows, and a new request (signed in or not). */
function newRequestRoutes(
  router: Router,
  { db }: ApiDeps,
  { cipher, tokenOf, startCase }: HelpdeskStore,
): void {
  defineRoute(router, '/helpdesk', {
    method: 'get',
    path: '/info',
    summary: 'Aide : coordonnées du helpdesk, questions fréquentes, sujets du formulaire',
    tags: ['Aide'],
    public: true,
    responses: { 200: { description: 'Aide', schema: Info } },
    handler: async (ctx) => {
      ctx.set('Cache-Control', 'no-store');
      ctx.body = {
        contact: { ...HELPDESK_CONTACT },
        faq: FAQ.map((f) => ({ ...f })),
        subjects: SUBJECTS.map((s) => ({ value: s, label: SUBJECT_LABELS[s] })),
        maxAttachments: MAX_ATTACHMENTS,
        attachmentsMaxBytes: ATTACHMENTS_MAX_BYTES,
      };
    },
  });

  defineRoute(router, '/helpdesk', {
    method: 'post',
    path: '/requests',
    largeBody: true,
    summary: 'Envoyer une demande au helpdesk (connecté·e ou non)',
    tags: ['Aide'],
    public: true,
    body: HelpdeskRequestBody,
    responses: {
      201: {
        description: 'Demande enregistrée',
        schema: z.object({ case: CaseSummary.nullable(), message: z.string() }),
      },
      200: {
        description: 'Même demande reçue une seconde fois',
        schema: z.object({ case: CaseSummary.nullable(), message: z.string() }),
      },
      429: { description: 'Trop de demandes en peu de temps' },
    },
    handler: async (ctx, { body }) => {
      const user = ctx.state.user;
      // Someone not logged in says who she is; someone logged in is known already.
      if (!user) {
        const missing = [
          ...(body.name ? [] : [{ path: 'name', message: 'Indiquez votre nom' }]),
          ...(body.email ? [] : [{ path: 'email', message: 'Indiquez l’adresse e-mail où vous répondre' }]),
        ];
        if (missing.length)
          throw new AppError(
            400,
            'VALIDATION_FAILED',
            'Certaines informations sont manquantes ou incorrectes.',
            missing,
          );
      } else if (body.name !== undefined || body.email !== undefined) {
        throw new AppError(
          400,
          'VALIDATION_FAILED',
          'Certaines informations sont manquantes ou incorrectes.',
          [{ path: body.name !== undefined ? 'name' : 'email', message: 'Votre compte vous identifie déjà' }],
        );
      }
      const files = body.attachments.map((a, i) =>
        checkUpload(a, { accept: ['image/png', 'image/jpeg', 'application/pdf'], path: `attachments.${i}` }),
      );
      if (files.reduce((n, f) => n + f.content.length, 0) > ATTACHMENTS_MAX_BYTES)
        throw new AppError(
          400,
          'ATTACHMENTS_TOO_LARGE',
          'Les pièces jointes sont trop lourdes : 5 Mo au total au maximum.',
          [{ path: 'attachments', message: 'Les pièces jointes pèsent 5 Mo au total au maximum' }],
        );

      const settings = helpdeskSettings();
      const ipHash = cipher.fingerprint(`helpdesk-ip:${ctx.ip}`);
      const requestKey = `${user ? `u:${user.id}` : `a:${ipHash}`}:${idempotencyKey(ctx)}`;
      const requester = user ? await requesterOf(db, user) : { displayName: body.name!, providerId: null };
      const accessId = user ? null : randomUUID();

      const written = await db.transaction(async (trx) => {
        // One request at a time is counted against the limits, and a double click finds the first.
        await trx.raw(`select pg_advisory_xact_lock(hashtext('helpdesk-requests'))`);
        const existing = (await trx('helpdesk_requests').where({ requestKey }).first('caseId')) as
          { caseId: string } | undefined;
        if (existing) return { caseId: existing.caseId, created: false };
        await checkLimits(trx, { user, ipHash, email: body.email ?? null, limits: settings.limits });
        const caseId = randomUUID();
        await trx('helpdesk_requests').insert({
          caseId,
          requestKey,
          userId: user?.id ?? null,
          providerId: requester.providerId,
          displayName: requester.displayName,
          email: user ? null : body.email,
          subject: body.subject,
          description: body.description,
          accessId,
          accessHash: accessId ? resetTokenHash(tokenOf(accessId)) : null,
          ipHash,
        });
        for (const f of files)
          await trx('helpdesk_attachments').insert({
            id: randomUUID(),
            caseId,
            contentType: f.contentType,
            size: f.content.length,
            content: f.content,
            displayName: f.name,
          });
        return { caseId, created: true };
      });

      const input: HelpdeskInput = {
        caseId: written.caseId,
        requestKey,
        requester: {
          userId: user?.id ?? null,
          displayName: requester.displayName,
          providerId: requester.providerId,
        },
        subject: body.subject,
        settings: settings.workflow,
      };
      // The same request sent again once its case is on record: nothing starts twice.
      const onRecord = written.created
        ? undefined
        : await caseQuery(db).where('c.id', written.caseId).first();
      if (!onRecord) await startCase(input, requester.providerId);
      // Ids only: the words and the address of the person stay out of the logs.
      ctx.log.info({ caseId: written.caseId, created: written.created }, 'helpdesk request');
      const row = user
        ? (onRecord ?? (await caseQuery(db).where('c.id', written.caseId).first()))
        : undefined;
      ctx.status = written.created ? 201 : 200;
      ctx.body = {
        // Someone without an account reads her request through the link of the helpdesk's e-mail.
        case: row ? caseSummary(row) : null,
        message: user
          ? 'Votre demande a été envoyée au helpdesk. Vous suivez sa réponse dans « Mes demandes ».'
          : `Votre demande a été envoyée au helpdesk. La réponse vous parviendra par e-mail, à l’adresse ${body.email}.`,
      };
    },
  });
}

/** The requests a person sent, one request with its exchanges, its attachments, her answers. */
function ownRequestRoutes(
  router: Router,
  { db }: ApiDeps,
  { readable, sendMessage, requestView, contextOf }: HelpdeskStore,
): void {
  defineRoute(router, '/helpdesk', {
    method: 'get',
    path: '/requests',
    summary: 'Mes demandes d’aide',
    tags: ['Aide'],
    responses: { 200: { description: 'Demandes', schema: z.object({ cases: z.array(CaseSummary) }) } },
    handler: async (ctx) => {
      const { user } = requireUser(ctx);
      const rows = await caseQuery(db)
        .where({ 'c.opened_by': user.id, 'c.procedure': HELPDESK })
        .orderBy('c.opened_at', 'desc')
        .limit(200);
      ctx.set('Cache-Control', 'no-store');
      ctx.body = { cases: rows.map(caseSummary) };
    },
  });

  defineRoute(router, '/helpdesk', {
    method: 'get',
    path: '/requests/:id',
    summary: 'Une demande d’aide, ses échanges et, pour le helpdesk, le contexte de la personne',
    tags: ['Aide'],
    params: z.object({ id: z.uuid() }),
    responses: { 200: { description: 'Demande', schema: RequestView } },
    handler: async (ctx, { params }) => {
      const { user } = requireUser(ctx);
      const { row, request } = await readable(ctx, params.id);
      const isRequester = request.userId === user.id;
      const view = await requestView(row, request, { internal: !isRequester, attachmentUrls: true });
      if (!isRequester) view.context = await contextOf(request);
      await recordRead(ctx, {
        subjectType: 'Case',
        subjectId: params.id,
        providerId: request.providerId,
        caseId: params.id,
        fields: isRequester
          ? ['helpdeskRequest']
          : request.userId
            ? ['helpdeskRequest', 'requesterRoles', 'requesterSubregion', 'requesterOpenCases']
            : ['helpdeskRequest', 'email'],
      });
      ctx.set('Cache-Control', 'no-store');
      ctx.body = view;
    },
  });

  defineRoute(router, '/helpdesk', {
    method: 'get',
    path: '/requests/:id/attachments/:attachmentId',
    summary: 'Une pièce jointe d’une demande d’aide',
    tags: ['Aide'],
    params: z.object({ id: z.uuid(), attachmentId: z.uuid() }),
    responses: { 200: { description: 'Le fichier' } },
    handler: async (ctx, { params }) => {
      const { request } = await readable(ctx, params.id);
      const file = await db('helpdesk_attachments')
        .where({ id: params.attachmentId, caseId: params.id })
        .first();
      if (!file) throw notFound('Ce fichier');
      await recordRead(ctx, {
        subjectType: 'File',
        subjectId: params.attachmentId,
        providerId: request.providerId,
        caseId: params.id,
        fields: [],
      });
      serveFile(ctx, file);
    },
  });

  defineRoute(router, '/helpdesk', {
    method: 'post',
    path: '/requests/:id/messages',
    summary: 'Répondre au helpdesk, rouvrir une demande ou dire que la réponse a aidé',
    tags: ['Aide'],
    params: z.object({ id: z.uuid() }),
    body: MessageBody,
    responses: { 200: { description: 'Message reçu', schema: RequestView } },
    handler: async (ctx, { params, body }) => {
      const { user } = requireUser(ctx);
      const { row, request } = await readable(ctx, params.id);
      if (request.userId !== user.id) throw forbidden();
      await sendMessage(params.id, body);
      const fresh = await caseQuery(db).where('c.id', params.id).first();
      ctx.body = await requestView(fresh ?? row, request, { internal: false, attachmentUrls: true });
    },
  });
}

/** Someone without an account: the secret of her link, sent in the body (never in an address). */
function followUpRoutes(
  router: Router,
  { db }: ApiDeps,
  { byToken, sendMessage, requestView }: HelpdeskStore,
): void {
  defineRoute(router, '/helpdesk', {
    method: 'post',
    path: '/follow-up',
    summary: 'Lire sa demande d’aide sans compte (lien reçu par e-mail)',
    tags: ['Aide'],
    public: true,
    body: z.object({ token: Token }).strict(),
    responses: { 200: { description: 'Demande', schema: RequestView } },
    handler: async (ctx, { body }) => {
      const { request, row } = await byToken(body.token);
      ctx.set('Cache-Control', 'no-store');
      ctx.body = await requestView(row, request, { internal: false, attachmentUrls: false });
    },
  });

  defineRoute(router, '/helpdesk', {
    method: 'post',
    path: '/follow-up/messages',
    summary: 'Répondre au helpdesk sans compte (lien reçu par e-mail)',
    tags: ['Aide'],
    public: true,
    body: z
      .object({
        token: Token,
        action: z.enum(REQUESTER_ACTIONS),
        body: z.string().trim().max(DESCRIPTION_MAX).optional(),
      })
      .strict(),
    responses: { 200: { description: 'Message reçu', schema: RequestView } },
    handler: async (ctx, { body }) => {
      const message = MessageBody.parse({
        action: body.action,
        ...(body.body === undefined ? {} : { body: body.body }),
      });
      const { request } = await byToken(body.token);
      await sendMessage(request.caseId, message);
      const fresh = await caseQuery(db).where('c.id', request.caseId).first();
      ctx.body = await requestView(fresh, request, { internal: false, attachmentUrls: false });
    },
  });
}

/**
 * What the routes share: the request's start, its reading (permission, view, the person's
 * context) and the messages the person sends, over the database and the workflow.
 */
function helpdeskStore({ db, temporal, config }: ApiDeps) {
  const cipher = createPersonalDataCipher(config.personalDataKey);
  const tokenOf = (accessId: string) => resetToken(config.personalDataKey, `helpdesk-thread:${accessId}`);

  /** Starts the request's workflow and waits until its case is on record. */
  async function startCase(input: HelpdeskInput, providerId: string | null) {
    const start = new WithStartWorkflowOperation(helpdeskWorkflow, {
      taskQueue: config.temporal.taskQueue,
      workflowId: helpdeskWorkflowId(input.caseId),
      workflowIdConflictPolicy: 'USE_EXISTING',
      workflowIdReusePolicy: 'REJECT_DUPLICATE',
      args: [input],
      typedSearchAttributes: [
        { key: CASE_PROCEDURE, value: HELPDESK },
        { key: CASE_STATUS, value: 'open' },
        ...(providerId ? [{ key: CASE_PROVIDER_ID, value: providerId }] : []),
      ],
    });
    try {
      await withinStepDeadline(temporal, config, () =>
        temporal.workflow.executeUpdateWithStart(confirmHelpdeskRequest, {
          args: [{ requestKey: input.requestKey }],
          updateId: `confirm-${input.caseId}`,
          startWorkflowOperation: start,
        }),
      );
    } catch (err) {
      throw fromWorkflowError(err, CLOSED) ?? err;
    }
  }

  // Someone without an account: the secret of her link, sent in the body (never in an address).

  async function byToken(token: string) {
    const request = (await db('helpdesk_requests')
      .where({ accessHash: resetTokenHash(token) })
      .first()) as RequestRow | undefined;
    const row = request ? await caseQuery(db).where('c.id', request.caseId).first() : undefined;
    if (!request || !row)
      throw new AppError(
        404,
        'HELPDESK_LINK_UNKNOWN',
        'Ce lien ne correspond à aucune demande. Vérifiez qu’il est complet.',
      );
    return { request, row };
  }

  /** The request, if the person may read it (she asked, or her team handles the helpdesk). */
  async function readable(ctx: Context, caseId: string) {
    const { ability } = requireUser(ctx);
    const row = await caseQuery(db).where('c.id', caseId).andWhere('c.procedure', HELPDESK).first();
    const request = row
      ? ((await db('helpdesk_requests').where({ caseId }).first()) as RequestRow | undefined)
      : undefined;
    if (!row || !request) throw notFound('Cette demande');
    const subject = caseSubject(row);
    if (
      !ability.can('read', record('Case', subject)) &&
      !ability.can('read', record('HelpdeskRequest', subject))
    ) {
      await recordDenied(ctx, {
        subjectType: 'Case',
        subjectId: caseId,
        providerId: row.providerId ?? null,
        caseId,
        fields: [],
      });
      throw notFound('Cette demande');
    }
    return { row, request };
  }

  /** Stores the person's message, then hands it to the workflow; a refused one is not kept. */
  async function sendMessage(caseId: string, body: z.infer<typeof MessageBody>) {
    const caseRow = await db('cases').where({ id: caseId }).first('workflowId', 'runId');
    const messageId = randomUUID();
    await db('helpdesk_messages').insert({
      id: messageId,
      caseId,
      action: body.action,
      body: body.body ?? null,
    });
    try {
      await withinStepDeadline(temporal, config, () =>
        temporal.workflow
          .getHandle(caseRow.workflowId, undefined, caseRow.runId)
          .executeUpdate(requesterMessage, { args: [{ action: body.action, messageId }] }),
      );
    } catch (err) {
      const refused = fromWorkflowError(err, CLOSED);
      if (refused) await db('helpdesk_messages').where({ id: messageId }).delete();
      throw refused ?? err;
    }
  }

  async function requestView(
    row: Record<string, unknown>,
    request: RequestRow,
    opts: { internal: boolean; attachmentUrls: boolean },
  ): Promise<RequestView> {
    const summary = caseSummary(row);
    const details = row.details as HelpdeskDetails;
    const attachments = (await db('helpdesk_attachments')
      .where({ caseId: request.caseId })
      .orderBy('createdAt')
      .select('id', 'displayName')) as Array<{ id: string; displayName: string }>;
    const messages = (await db('helpdesk_messages')
      .where({ caseId: request.caseId })
      .orderBy('createdAt')
      .select('action', 'body', 'createdAt')) as Array<{
      action: string;
      body: string | null;
      createdAt: Date;
    }>;
    const tasks = (await db('tasks as t')
      .leftJoin('users as u', 'u.id', 't.completed_by')
      .where('t.case_id', request.caseId)
      .where('t.status', 'completed')
      .orderBy('t.completed_at')
      .select('t.kind', 't.outcome', 't.completed_at', 'u.display_name as author_name')) as Array<{
      kind: string;
      outcome: { decision?: string; comment?: string | null };
      completedAt: Date;
      authorName: string | null;
    }>;
    const requesterLabels: Record<string, string> = {
      reply: 'Précisions envoyées',
      reopen: 'Demande rouverte',
      helped: 'La réponse m’a aidé·e',
    };
    const opening: RequestView['thread'][number] = {
      at: new Date(request.createdAt).toISOString(),
      author: 'requester',
      authorName: request.displayName,
      label: 'Demande',
      text: request.description,
      internal: false,
    };
    const thread: RequestView['thread'] = [
      opening,
      ...messages.map((m): RequestView['thread'][number] => ({
        at: new Date(m.createdAt).toISOString(),
        author: 'requester',
        authorName: request.displayName,
        label: requesterLabels[m.action] ?? 'Message',
        text: m.body,
        internal: false,
      })),
      ...tasks.map((t): RequestView['thread'][number] => {
        const decision = String(t.outcome?.decision ?? '');
        const second = t.kind === SECOND_LINE_TASK_KIND;
        return {
          at: new Date(t.completedAt).toISOString(),
          author: second ? ('support_technique' as const) : ('helpdesk' as const),
          authorName: second ? 'Support technique' : 'Helpdesk PRO.ONE',
          label:
            t.kind === ANSWER_TASK_KIND && decision === 'ask_details'
              ? 'Précisions demandées'
              : (HELPDESK_DECISION_LABELS[decision] ?? decision),
          text: t.outcome?.comment ?? null,
          internal: second || decision === 'forward',
        };
      }),
    ]
      .filter((item) => opts.internal || !item.internal)
      .sort((a, b) => a.at.localeCompare(b.at));
    const open = summary.status === 'open';
    return {
      case: summary,
      subject: request.subject,
      subjectLabel: SUBJECT_LABELS[request.subject as keyof typeof SUBJECT_LABELS] ?? request.subject,
      requester: { displayName: request.displayName, hasAccount: request.userId !== null },
      attachments: attachments.map((a) => ({
        id: a.id,
        name: a.displayName,
        url: opts.attachmentUrls ? `/api/helpdesk/requests/${request.caseId}/attachments/${a.id}` : null,
      })),
      thread,
      can: {
        reply: open && details.stage === 'waiting_requester',
        reopen: open && details.stage === 'answered',
        sayHelped: open && details.stage === 'answered',
      },
      reopenUntil: open ? (details.reopenUntil ?? null) : null,
      context: null,
    };
  }

  /** Who asked, as the helpdesk needs it: her role, subregion and open cases; read-only. */
  async function contextOf(request: RequestRow): Promise<NonNullable<RequestView['context']>> {
    if (!request.userId)
      return { email: request.email, roles: [], subregion: null, provider: null, openCases: [] };
    const person = (await db('users')
      .where({ id: request.userId })
      .first('roles', 'subregionCode', 'providerId')) as
      { roles: Role[]; subregionCode: string | null; providerId: string | null } | undefined;
    const provider = person?.providerId
      ? ((await db('providers')
          .where({ id: person.providerId })
          .first('id', 'firstName', 'lastName', 'subregionCode')) as
          { id: string; firstName: string; lastName: string; subregionCode: string } | undefined)
      : undefined;
    const open = await caseQuery(db)
      .where('c.status', 'open')
      .whereNot('c.id', request.caseId)
      .where((q) => {
        q.where('c.opened_by', request.userId);
        if (provider) q.orWhere('c.provider_id', provider.id);
      })
      .orderBy('c.opened_at', 'desc')
      .limit(20);
    const subregion = provider?.subregionCode ?? person?.subregionCode ?? null;
    return {
      email: null,
      roles: (person?.roles ?? []).map((r) => ROLE_LABELS[r] ?? r),
      subregion: subregion ? subregionName(subregion) : null,
      provider: provider
        ? { id: provider.id, displayName: `${provider.firstName} ${provider.lastName}` }
        : null,
      openCases: open.map((r: Record<string, unknown>) => {
        const s = caseSummary(r);
        return {
          id: s.id,
          procedureLabel: procedureOf(s.procedure)?.label ?? s.procedure,
          statusLabel: s.statusLabel,
          openedAt: s.openedAt,
        };
      }),
    };
  }
  return { cipher, tokenOf, startCase, byToken, readable, sendMessage, requestView, contextOf };
}

type HelpdeskStore = ReturnType<typeof helpdeskStore>;

/** A user's name as the helpdesk reads it, and her childminder record if she is one. */
async function requesterOf(db: Knex, user: CurrentUser) {
  if (user.providerId && user.roles.includes('provider')) {
    const p = (await db('providers').where({ id: user.providerId }).first('id', 'firstName', 'lastName')) as
      { id: string; firstName: string; lastName: string } | undefined;
    if (p) return { displayName: `${p.firstName} ${p.lastName}`, providerId: p.id };
  }
  return { displayName: user.displayName, providerId: null };
}

/** The anti-abuse limits: per sending address and hour, per e-mail and day, per account and hour. */
async function checkLimits(
  trx: Knex.Transaction,
  opts: {
    user: CurrentUser | undefined;
    ipHash: string;
    email: string | null;
    limits: ReturnType<typeof helpdeskSettings>['limits'];
  },
) {
  const since = (hours: number) => trx.raw(`now() - make_interval(hours => ?)`, [hours]);
  const countOf = async (q: Knex.QueryBuilder) =>
    Number(((await q.count('* as n').first()) as { n: string }).n);
  if (opts.user) {
    const n = await countOf(
      trx('helpdesk_requests').where({ userId: opts.user.id }).where('createdAt', '>', since(1)),
    );
    if (n >= opts.limits.perUserPerHour) throw TOO_MANY();
    return;
  }
  const byAddress = await countOf(
    trx('helpdesk_requests')
      .where({ ipHash: opts.ipHash })
      .whereNull('userId')
      .where('createdAt', '>', since(1)),
  );
  if (byAddress >= opts.limits.perAddressPerHour) throw TOO_MANY();
  if (opts.email) {
    const byEmail = await countOf(
      trx('helpdesk_requests')
        .whereRaw('lower(email) = ?', [opts.email.toLowerCase()])
        .where('createdAt', '>', since(24)),
    );
    if (byEmail >= opts.limits.perEmailPerDay) throw TOO_MANY();
  }
}
