import { randomUUID } from 'node:crypto';
import Router from '@koa/router';
import type { Context } from 'koa';
import type { Knex } from 'knex';
import type { UpdateDefinition } from '@temporalio/common';
import type { CaseSnapshot } from '../../activities/read-model';
import {
  CATEGORIES,
  CATEGORY_LABELS,
  FINDINGS_MAX_LENGTH,
  PROCEDURE,
  RATINGS,
  RATING_LABELS,
  REASON_MAX_LENGTH,
  REVIEW_SUBJECTS,
  STAGE_LABELS,
  THEMES,
  THEME_LABELS,
  BILAN_TASK_KINDS,
  brusselsInstant,
  dateFr,
  type BilanDetails,
  type Category,
  type Rating,
  type Theme,
} from '../../common/bilan';
import { subregionName as subregionNameOf } from '../../common/roles';
import { extendDeadline, sendPlan, shareVolet } from '../../workflows/bilan';
import type { Actor } from '../../workflows/human-tasks';
import { accessibleWhere, record, type Action, type AppAbility, type Subject } from '../ability';
import { recordDenied } from '../audit';
import type { ApiDeps } from '../deps';
import { AppError, forbidden, fromWorkflowError, notFound } from '../errors';
import { requireUser } from '../current-user';
import { withinStepDeadline } from '../steps';
import { CASE_COLUMNS, caseQuery, caseSubject } from '../views';
import { isoOrNull as iso } from '../rows';
import { defineRoute, z } from '../define-route';
import { clientIdempotencyKey } from '../steps';

/** The provider's bilans, their two volets and the action plan; the agent conseil's review. */

const Person = z.object({ id: z.string(), displayName: z.string() });

export const BilanSummary = z
  .object({
    id: z.string(),
    campaign: z.object({ id: z.string(), title: z.string() }),
    provider: Person.extend({ subregion: z.object({ code: z.string(), name: z.string() }) }),
    stage: z.enum(['upcoming', 'in_progress', 'plan_sent', 'closed']),
    stageLabel: z.string(),
    startsAt: z.string(),
    deadline: z.string(),
    deadlineExtended: z.boolean(),
    overdue: z.boolean(),
    volet1SharedAt: z.string().nullable(),
    volet2SharedAt: z.string().nullable(),
    planSentAt: z.string().nullable(),
    closedAt: z.string().nullable(),
  })
  .openapi('BilanSummary');
type BilanSummary = z.infer<typeof BilanSummary>;

const CategoryView = z.object({
  code: z.enum(CATEGORIES),
  label: z.string(),
  rating: z.enum(RATINGS).nullable(),
  ratingLabel: z.string().nullable(),
  findings: z.string().nullable(),
  updatedAt: z.string().nullable(),
});
const ObjectiveView = z.object({
  id: z.string(),
  theme: z.enum(THEMES),
  themeLabel: z.string(),
  title: z.string(),
  description: z.string(),
  updatedAt: z.string(),
});
const ActionView = z.object({
  id: z.string(),
  objectiveId: z.string(),
  objectiveTitle: z.string(),
  description: z.string(),
  responsible: z.string(),
  dueDate: z.string(),
  updatedAt: z.string(),
});
const DocumentView = z.object({
  id: z.string(),
  name: z.string(),
  contentType: z.string(),
  size: z.number(),
  uploadedAt: z.string(),
});

export const BilanView = BilanSummary.extend({
  can: z.object({
    edit: z.boolean(),
    shareVolet1: z.boolean(),
    shareVolet2: z.boolean(),
    sendPlan: z.boolean(),
    extend: z.boolean(),
    readDocuments: z.boolean(),
  }),
  volet1: z.object({ categories: z.array(CategoryView) }).nullable(),
  volet2: z.object({ objectives: z.array(ObjectiveView) }).nullable(),
  documents: z.array(DocumentView).nullable(),
  plan: z.object({ actions: z.array(ActionView) }).nullable(),
  reviews: z.array(
    z.object({
      subject: z.enum(['volet1', 'volet2', 'plan']),
      subjectLabel: z.string(),
      comment: z.string().nullable(),
      by: Person,
      at: z.string(),
    }),
  ),
  extensions: z.array(
    z.object({ from: z.string(), to: z.string(), reason: z.string(), by: Person, at: z.string() }),
  ),
}).openapi('Bilan');
type BilanView = z.infer<typeof BilanView>;

const BilanAnswer = z.object({ bilan: BilanView });

const Day = z.iso.date();
const BilanParams = z.object({ id: z.uuid() });

const AssessmentBody = z
  .object({
    rating: z.enum(RATINGS).nullable(),
    findings: z.string().trim().max(FINDINGS_MAX_LENGTH).nullable(),
  })
  .strict()
  .openapi('BilanAssessment');

const ObjectiveBody = z
  .object({
    theme: z.enum(THEMES),
    title: z.string().trim().min(1).max(200),
    description: z.string().trim().max(FINDINGS_MAX_LENGTH).default(''),
  })
  .strict()
  .openapi('BilanObjective');

const ActionBody = z
  .object({
    objectiveId: z.uuid(),
    description: z.string().trim().min(1).max(2000),
    responsible: z.string().trim().min(1).max(200),
    dueDate: Day,
  })
  .strict()
  .openapi('BilanAction');

/** Decoded size limit of one working document. */
export const DOCUMENT_MAX_BYTES = 5 * 1024 * 1024;
const DocumentBody = z
  .object({
    name: z.string().trim().min(1).max(200),
    contentType: z
      .string()
      .max(100)
      .regex(/^[a-z0-9.+-]+\/[a-z0-9.+-]+$/i),
    contentBase64: z
      .string()
      .min(1)
      .max(Math.ceil(DOCUMENT_MAX_BYTES / 3) * 4 + 4)
      .regex(/^[A-Za-z0-9+/]*={0,2}$/),
  })
  .strict()
  .openapi('BilanDocumentUpload');

const ExtendBody = z
  .object({
    deadline: Day,
    reason: z.string().trim().min(1).max(REASON_MAX_LENGTH),
  })
  .strict()
  .openapi('BilanExtension');

type Row = Record<string, unknown>;

export function bilanSummary(row: Row): BilanSummary {
  const d = row.details as BilanDetails;
  const code = String(row.providerSubregionCode);
  return {
    id: String(row.id),
    campaign: { id: d.campaignId, title: d.campaignTitle },
    provider: {
      id: String(row.providerId),
      displayName: `${String(row.providerFirstName)} ${String(row.providerLastName)}`,
      subregion: { code, name: subregionNameOf(code) },
    },
    stage: d.stage,
    stageLabel: STAGE_LABELS[d.stage],
    startsAt: d.startsAt,
    deadline: d.deadline,
    deadlineExtended: d.extensions.length > 0,
    overdue: d.stage === 'in_progress' && Date.parse(d.deadline) < Date.now(),
    volet1SharedAt: d.volet1SharedAt,
    volet2SharedAt: d.volet2SharedAt,
    planSentAt: d.planSentAt,
    closedAt: iso(row.closedAt),
  };
}

/** A day (`YYYY-MM-DD`) as stored by PostgreSQL's `date`, without a time zone shift. */
function dayOf(value: unknown): string {
  if (typeof value === 'string') return value.slice(0, 10);
  const d = value as Date;
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

async function checkObjective(trx: Knex.Transaction, bilanId: string, objectiveId: string) {
  const objective = await trx('bilan_objectives').where({ id: objectiveId, case_id: bilanId }).first('id');
  if (!objective) {
    throw new AppError(400, 'VALIDATION_FAILED', 'Certaines informations sont manquantes ou incorrectes.', [
      { path: 'objectiveId', message: 'Choisissez un objectif général de ce bilan' },
    ]);
  }
}

/** The bilan as this person may see it: a volet once shared with the ONE, the documents only by their owner. */
async function bilanView(db: Knex, ctx: Context, row: Row): Promise<BilanView> {
  const { ability } = requireUser(ctx);
  const summary = bilanSummary(row);
  const d = row.details as BilanDetails;
  const subject = record('Bilan', caseSubject(row));
  const isOwner = ability.can('update', subject);
  const readDocuments = ability.can('read', record('BilanDocument', { providerId: summary.provider.id }));
  const editing = isOwner && d.stage === 'in_progress';
  // An agent reads a volet once the provider has given access, the plan once it is sent.
  const seesVolet1 = isOwner || d.volet1SharedAt !== null;
  const seesVolet2 = isOwner || d.volet2SharedAt !== null;
  const seesPlan = isOwner || d.planSentAt !== null;

  const caseId = summary.id;
  const [assessments, objectives, actions, documents, reviews] = await Promise.all([
    seesVolet1 ? db('bilan_assessments').where({ case_id: caseId }) : [],
    seesVolet2 || seesPlan ? db('bilan_objectives').where({ case_id: caseId }).orderBy('created_at') : [],
    seesPlan
      ? db('bilan_actions as a')
          .join('bilan_objectives as o', 'o.id', 'a.objective_id')
          .where('a.case_id', caseId)
          .orderBy([{ column: 'a.due_date' }, { column: 'a.created_at' }])
          .select('a.*', 'o.title as objective_title')
      : [],
    readDocuments
      ? db('bilan_documents')
          .where({ case_id: caseId })
          .orderBy('uploaded_at')
          .select('id', 'name', 'content_type', 'size', 'uploaded_at')
      : [],
    db('tasks as t')
      .join('users as u', 'u.id', 't.completed_by')
      .where('t.case_id', caseId)
      .where('t.status', 'completed')
      .whereIn('t.kind', BILAN_TASK_KINDS)
      .orderBy('t.completed_at')
      .select('t.kind', 't.outcome', 't.completed_at', 't.completed_by', 'u.display_name'),
  ]);
  const byCategory = new Map((assessments as Row[]).map((a) => [String(a.category), a]));
  return {
    ...summary,
    can: {
      edit: editing,
      shareVolet1: editing,
      shareVolet2: editing,
      sendPlan: editing,
      extend: ability.can('extend', subject) && (d.stage === 'in_progress' || d.stage === 'upcoming'),
      readDocuments,
    },
    volet1: seesVolet1
      ? {
          categories: CATEGORIES.map((code) => {
            const a = byCategory.get(code);
            const rating = (a?.rating as Rating | null | undefined) ?? null;
            return {
              code,
              label: CATEGORY_LABELS[code],
              rating,
              ratingLabel: rating ? RATING_LABELS[rating] : null,
              findings: (a?.findings as string | null | undefined) ?? null,
              updatedAt: a ? iso(a.updatedAt) : null,
            };
          }),
        }
      : null,
    volet2: seesVolet2
      ? {
          objectives: (objectives as Row[]).map((o) => ({
            id: String(o.id),
            theme: o.theme as Theme,
            themeLabel: THEME_LABELS[o.theme as Theme],
            title: String(o.title),
            description: String(o.description),
            updatedAt: iso(o.updatedAt)!,
          })),
        }
      : null,
    documents: readDocuments
      ? (documents as Row[]).map((doc) => ({
          id: String(doc.id),
          name: String(doc.name),
          contentType: String(doc.contentType),
          size: Number(doc.size),
          uploadedAt: iso(doc.uploadedAt)!,
        }))
      : null,
    plan: seesPlan
      ? {
          actions: (actions as Row[]).map((a) => ({
            id: String(a.id),
            objectiveId: String(a.objectiveId),
            objectiveTitle: String(a.objectiveTitle),
            description: String(a.description),
            responsible: String(a.responsible),
            dueDate: dayOf(a.dueDate),
            updatedAt: iso(a.updatedAt)!,
          })),
        }
      : null,
    reviews: (reviews as Row[]).map((r) => {
      const about = REVIEW_SUBJECTS[String(r.kind)];
      const outcome = (r.outcome as { comment?: string | null } | null) ?? {};
      return {
        subject: about.subject,
        subjectLabel: about.label,
        comment: outcome.comment ?? null,
        by: { id: String(r.completedBy), displayName: String(r.displayName) },
        at: iso(r.completedAt)!,
      };
    }),
    extensions: d.extensions.map((e) => ({ ...e, by: { ...e.by } })),
  };
}

export function bilanRoutes(deps: ApiDeps): Router {
  const router = new Router();
  const helpers = bilanHelpers(deps);
  readRoutes(router, helpers);
  volet1Routes(router, helpers);
  volet2Routes(router, helpers);
  documentRoutes(router, helpers);
  planRoutes(router, helpers);
  extensionRoutes(router, helpers);
  return router;
}

/** What every group of bilan routes uses: the bilan read with its rights, its answer, a change, a step. */
function bilanHelpers({ db, temporal, config }: ApiDeps) {
  /** The bilan, if the person may do `action` on it; a refusal is audited and looks like absence. */
  async function loadBilan(ctx: Context, id: string, action: Action = 'read'): Promise<Row> {
    const { ability } = requireUser(ctx);
    const row = (await caseQuery(db).where('c.id', id).where('c.procedure', PROCEDURE).first()) as
      Row | undefined;
    if (!row) throw notFound('Ce bilan');
    const target = {
      subjectType: 'Bilan',
      subjectId: String(row.id),
      providerId: String(row.providerId),
      caseId: String(row.id),
      fields: [],
    };
    const subject = record('Bilan', caseSubject(row));
    if (!ability.can('read', subject)) {
      await recordDenied(ctx, target);
      throw notFound('Ce bilan');
    }
    if (action !== 'read' && !ability.can(action, subject)) {
      await recordDenied(ctx, target);
      throw forbidden();
    }
    return row;
  }

  async function answer(ctx: Context, id: string, status = 200): Promise<void> {
    const row = await loadBilan(ctx, id);
    ctx.status = status;
    ctx.body = { bilan: await bilanView(db, ctx, row) };
  }

  /**
   * Runs a provider's change to their drafts, only while the bilan is « En cours ». The case row
   * is locked for share: the workflow's projection of a new stage waits for the change, and a
   * change after it is refused.
   */
  async function whileInProgress<T>(caseId: string, fn: (trx: Knex.Transaction) => Promise<T>): Promise<T> {
    return db.transaction(async (trx) => {
      const row = (await trx('cases').where({ id: caseId }).forShare().first('details')) as
        { details: BilanDetails } | undefined;
      if (!row) throw notFound('Ce bilan');
      if (row.details.stage === 'upcoming') {
        throw new AppError(
          409,
          'BILAN_NOT_STARTED',
          `Les outils du bilan ouvrent le ${dateFr(row.details.startsAt)}. En attendant, vous pouvez consulter la documentation.`,
        );
      }
      if (row.details.stage !== 'in_progress') {
        throw new AppError(
          409,
          'BILAN_LOCKED',
          'Le plan d’action a été envoyé : le bilan ne peut plus être modifié.',
        );
      }
      return fn(trx);
    });
  }

  async function step<A>(
    ctx: Context,
    row: Row,
    update: UpdateDefinition<CaseSnapshot, [A]>,
    args: (actor: Actor) => A,
    name: string,
  ): Promise<void> {
    const { user } = requireUser(ctx);
    const requestKey = clientIdempotencyKey(ctx);
    const handle = temporal.workflow.getHandle(String(row.workflowId), String(row.runId));
    const actor: Actor = { id: user.id, displayName: user.displayName, roles: user.roles };
    try {
      await withinStepDeadline(temporal, config, () =>
        handle.executeUpdate(update, {
          args: [args(actor)],
          updateId: requestKey ? `${name}-${String(row.id)}-${requestKey}` : undefined,
        }),
      );
    } catch (err) {
      throw fromWorkflowError(err, { code: 'BILAN_LOCKED', message: 'Ce bilan est clôturé.' }) ?? err;
    }
  }

  return { db, loadBilan, answer, whileInProgress, step };
}

type BilanHelpers = ReturnType<typeof bilanHelpers>;

/** The bilans in the person's scope, and one of them. */
function readRoutes(router: Router, { db, answer }: BilanHelpers): void {
  defineRoute(router, '/bilans', {
    method: 'get',
    path: '/',
    summary: 'Bilans de fonctionnement',
    tags: ['Bilans'],
    query: z.object({ campaignId: z.string().max(100).optional() }),
    responses: { 200: { description: 'Bilans', schema: z.object({ bilans: z.array(BilanSummary) }) } },
    handler: async (ctx, { query }) => {
      const { ability } = requireUser(ctx);
      if (!ability.can('read', 'Bilan')) throw forbidden();
      const q = caseQuery(db)
        .where('c.procedure', PROCEDURE)
        .modify(accessibleWhere(ability as AppAbility, 'read', 'Bilan' as Subject, CASE_COLUMNS));
      if (query.campaignId) q.where('c.campaign_id', query.campaignId);
      const rows = (await q.orderByRaw(`c.details->>'deadline' asc, c.id asc`).limit(200)) as Row[];
      ctx.body = { bilans: rows.map(bilanSummary) };
    },
  });

  defineRoute(router, '/bilans', {
    method: 'get',
    path: '/:id',
    summary: 'Un bilan : ses volets, son plan d’action, les commentaires de l’agent conseil',
    tags: ['Bilans'],
    params: BilanParams,
    responses: { 200: { description: 'Bilan', schema: BilanAnswer } },
    handler: async (ctx, { params }) => answer(ctx, params.id),
  });
}

/** Volet 1: the provider's self-assessment, category by category, and the access given to the ONE. */
function volet1Routes(router: Router, { loadBilan, answer, whileInProgress, step }: BilanHelpers): void {
  defineRoute(router, '/bilans', {
    method: 'put',
    path: '/:id/volet1/:category',
    summary: 'Enregistrer l’auto-évaluation d’une catégorie du volet 1 (brouillon)',
    tags: ['Bilans'],
    params: BilanParams.extend({ category: z.enum(CATEGORIES) }),
    body: AssessmentBody,
    responses: { 200: { description: 'Brouillon enregistré', schema: BilanAnswer } },
    handler: async (ctx, { params, body }) => {
      const { user } = requireUser(ctx);
      await loadBilan(ctx, params.id, 'update');
      await whileInProgress(params.id, (trx) =>
        trx('bilan_assessments')
          .insert({
            case_id: params.id,
            category: params.category as Category,
            rating: body.rating,
            findings: body.findings || null,
            updated_by: user.id,
            updated_at: trx.fn.now(),
          })
          .onConflict(['case_id', 'category'])
          .merge(['rating', 'findings', 'updated_by', 'updated_at']),
      );
      await answer(ctx, params.id);
    },
  });

  defineRoute(router, '/bilans', {
    method: 'post',
    path: '/:id/volet1/share',
    summary: 'Donner accès à l’ONE au volet 1',
    tags: ['Bilans'],
    params: BilanParams,
    responses: { 200: { description: 'Accès donné', schema: BilanAnswer } },
    handler: async (ctx, { params }) => {
      const row = await loadBilan(ctx, params.id, 'update');
      const done = await whileInProgress(params.id, (trx) =>
        trx('bilan_assessments').where({ case_id: params.id }).whereNotNull('rating').pluck('category'),
      );
      const missing = CATEGORIES.filter((c) => !(done as string[]).includes(c));
      if (missing.length) {
        throw new AppError(
          400,
          'VOLET1_INCOMPLETE',
          'Complétez chaque catégorie du volet 1 avant de donner accès à l’ONE.',
          missing.map((c) => ({
            path: `volet1.${c}`,
            message: `Indiquez votre appréciation : ${CATEGORY_LABELS[c]}`,
          })),
        );
      }
      await step(ctx, row, shareVolet, (actor) => ({ volet: 'volet1' as const, actor }), 'share-volet1');
      await answer(ctx, params.id);
    },
  });
}

/** Volet 2: the general objectives, and the access given to the ONE. */
function volet2Routes(router: Router, { loadBilan, answer, whileInProgress, step }: BilanHelpers): void {
  defineRoute(router, '/bilans', {
    method: 'post',
    path: '/:id/objectives',
    summary: 'Créer un objectif général (volet 2)',
    tags: ['Bilans'],
    params: BilanParams,
    body: ObjectiveBody,
    responses: { 201: { description: 'Objectif créé', schema: BilanAnswer } },
    handler: async (ctx, { params, body }) => {
      await loadBilan(ctx, params.id, 'update');
      await whileInProgress(params.id, (trx) =>
        trx('bilan_objectives').insert({ id: randomUUID(), case_id: params.id, ...body }),
      );
      await answer(ctx, params.id, 201);
    },
  });

  const ObjectiveParams = BilanParams.extend({ objectiveId: z.uuid() });

  defineRoute(router, '/bilans', {
    method: 'put',
    path: '/:id/objectives/:objectiveId',
    summary: 'Modifier un objectif général',
    tags: ['Bilans'],
    params: ObjectiveParams,
    body: ObjectiveBody,
    responses: { 200: { description: 'Objectif modifié', schema: BilanAnswer } },
    handler: async (ctx, { params, body }) => {
      await loadBilan(ctx, params.id, 'update');
      const changed = await whileInProgress(params.id, (trx) =>
        trx('bilan_objectives')
          .where({ id: params.objectiveId, case_id: params.id })
          .update({ ...body, updated_at: trx.fn.now() }),
      );
      if (!changed) throw notFound('Cet objectif');
      await answer(ctx, params.id);
    },
  });

  defineRoute(router, '/bilans', {
    method: 'delete',
    path: '/:id/objectives/:objectiveId',
    summary: 'Supprimer un objectif général',
    tags: ['Bilans'],
    params: ObjectiveParams,
    responses: { 200: { description: 'Objectif supprimé', schema: BilanAnswer } },
    handler: async (ctx, { params }) => {
      await loadBilan(ctx, params.id, 'update');
      await whileInProgress(params.id, async (trx) => {
        const used = await trx('bilan_actions').where({ objective_id: params.objectiveId }).first('id');
        if (used) {
          throw new AppError(
            409,
            'OBJECTIVE_HAS_ACTIONS',
            'Des actions du plan d’action répondent à cet objectif : supprimez-les ou rattachez-les à un autre objectif d’abord.',
          );
        }
        const removed = await trx('bilan_objectives')
          .where({ id: params.objectiveId, case_id: params.id })
          .del();
        if (!removed) throw notFound('Cet objectif');
      });
      await answer(ctx, params.id);
    },
  });

  defineRoute(router, '/bilans', {
    method: 'post',
    path: '/:id/volet2/share',
    summary: 'Donner accès à l’ONE au volet 2',
    tags: ['Bilans'],
    params: BilanParams,
    responses: { 200: { description: 'Accès donné', schema: BilanAnswer } },
    handler: async (ctx, { params }) => {
      const row = await loadBilan(ctx, params.id, 'update');
      const objective = await whileInProgress(params.id, (trx) =>
        trx('bilan_objectives').where({ case_id: params.id }).first('id'),
      );
      if (!objective) {
        throw new AppError(
          400,
          'VOLET2_INCOMPLETE',
          'Créez au moins un objectif général avant de donner accès à l’ONE.',
          [{ path: 'volet2.objectives', message: 'Créez au moins un objectif général' }],
        );
      }
      await step(ctx, row, shareVolet, (actor) => ({ volet: 'volet2' as const, actor }), 'share-volet2');
      await answer(ctx, params.id);
    },
  });
}

/** The provider's working documents: private, never shown to the ONE's agents. */
function documentRoutes(router: Router, { db, loadBilan, answer, whileInProgress }: BilanHelpers): void {
  defineRoute(router, '/bilans', {
    method: 'post',
    path: '/:id/documents',
    largeBody: true,
    summary: 'Déposer un document de travail (privé : jamais visible des agents ONE)',
    tags: ['Bilans'],
    params: BilanParams,
    body: DocumentBody,
    responses: { 201: { description: 'Document déposé', schema: BilanAnswer } },
    handler: async (ctx, { params, body }) => {
      const { user, ability } = requireUser(ctx);
      const row = await loadBilan(ctx, params.id, 'update');
      if (!ability.can('create', record('BilanDocument', { providerId: String(row.providerId) })))
        throw forbidden();
      const content = Buffer.from(body.contentBase64, 'base64');
      if (content.length === 0 || content.length > DOCUMENT_MAX_BYTES) {
        throw new AppError(
          400,
          'VALIDATION_FAILED',
          'Certaines informations sont manquantes ou incorrectes.',
          [{ path: 'contentBase64', message: 'Le fichier doit peser au plus 5 Mo' }],
        );
      }
      await whileInProgress(params.id, (trx) =>
        trx('bilan_documents').insert({
          id: randomUUID(),
          case_id: params.id,
          provider_id: row.providerId,
          // A name, not a path: no folders, no control characters.
          name: [...body.name.replace(/[\\/]/g, '_')].filter((c) => c >= ' ' && c !== '\u007f').join(''),
          content_type: body.contentType.toLowerCase(),
          size: content.length,
          content,
          uploaded_by: user.id,
        }),
      );
      await answer(ctx, params.id, 201);
    },
  });

  const DocumentParams = BilanParams.extend({ documentId: z.uuid() });

  /** The document, if this person may read it: only the provider. Anyone else sees nothing. */
  async function loadDocument(ctx: Context, bilanId: string, documentId: string, action: 'read' | 'delete') {
    const { ability } = requireUser(ctx);
    const doc = (await db('bilan_documents').where({ id: documentId, case_id: bilanId }).first()) as
      Row | undefined;
    if (!doc) throw notFound('Ce document');
    if (!ability.can(action, record('BilanDocument', { providerId: String(doc.providerId) }))) {
      await recordDenied(ctx, {
        subjectType: 'BilanDocument',
        subjectId: String(doc.id),
        providerId: String(doc.providerId),
        caseId: bilanId,
        fields: [],
      });
      throw notFound('Ce document');
    }
    return doc;
  }

  defineRoute(router, '/bilans', {
    method: 'get',
    path: '/:id/documents/:documentId',
    summary: 'Télécharger un document de travail (accueillant·e uniquement)',
    tags: ['Bilans'],
    params: DocumentParams,
    responses: { 200: { description: 'Le fichier' } },
    handler: async (ctx, { params }) => {
      const doc = await loadDocument(ctx, params.id, params.documentId, 'read');
      ctx.set('Content-Type', String(doc.contentType));
      ctx.set('Content-Disposition', `attachment; filename*=UTF-8''${encodeURIComponent(String(doc.name))}`);
      ctx.set('Cache-Control', 'no-store');
      ctx.body = doc.content as Buffer;
    },
  });

  defineRoute(router, '/bilans', {
    method: 'delete',
    path: '/:id/documents/:documentId',
    summary: 'Supprimer un document de travail',
    tags: ['Bilans'],
    params: DocumentParams,
    responses: { 200: { description: 'Document supprimé', schema: BilanAnswer } },
    handler: async (ctx, { params }) => {
      await loadDocument(ctx, params.id, params.documentId, 'delete');
      await loadBilan(ctx, params.id, 'update');
      await whileInProgress(params.id, (trx) =>
        trx('bilan_documents').where({ id: params.documentId }).del(),
      );
      await answer(ctx, params.id);
    },
  });
}

/** The action plan: its actions, and sending it to the ONE. */
function planRoutes(router: Router, { loadBilan, answer, whileInProgress, step }: BilanHelpers): void {
  defineRoute(router, '/bilans', {
    method: 'post',
    path: '/:id/actions',
    summary: 'Ajouter une action au plan d’action',
    tags: ['Bilans'],
    params: BilanParams,
    body: ActionBody,
    responses: { 201: { description: 'Action ajoutée', schema: BilanAnswer } },
    handler: async (ctx, { params, body }) => {
      await loadBilan(ctx, params.id, 'update');
      await whileInProgress(params.id, async (trx) => {
        await checkObjective(trx, params.id, body.objectiveId);
        await trx('bilan_actions').insert({
          id: randomUUID(),
          case_id: params.id,
          objective_id: body.objectiveId,
          description: body.description,
          responsible: body.responsible,
          due_date: body.dueDate,
        });
      });
      await answer(ctx, params.id, 201);
    },
  });

  const ActionParams = BilanParams.extend({ actionId: z.uuid() });

  defineRoute(router, '/bilans', {
    method: 'put',
    path: '/:id/actions/:actionId',
    summary: 'Modifier une action du plan d’action',
    tags: ['Bilans'],
    params: ActionParams,
    body: ActionBody,
    responses: { 200: { description: 'Action modifiée', schema: BilanAnswer } },
    handler: async (ctx, { params, body }) => {
      await loadBilan(ctx, params.id, 'update');
      await whileInProgress(params.id, async (trx) => {
        await checkObjective(trx, params.id, body.objectiveId);
        const changed = await trx('bilan_actions').where({ id: params.actionId, case_id: params.id }).update({
          objective_id: body.objectiveId,
          description: body.description,
          responsible: body.responsible,
          due_date: body.dueDate,
          updated_at: trx.fn.now(),
        });
        if (!changed) throw notFound('Cette action');
      });
      await answer(ctx, params.id);
    },
  });

  defineRoute(router, '/bilans', {
    method: 'delete',
    path: '/:id/actions/:actionId',
    summary: 'Supprimer une action du plan d’action',
    tags: ['Bilans'],
    params: ActionParams,
    responses: { 200: { description: 'Action supprimée', schema: BilanAnswer } },
    handler: async (ctx, { params }) => {
      await loadBilan(ctx, params.id, 'update');
      await whileInProgress(params.id, async (trx) => {
        const removed = await trx('bilan_actions').where({ id: params.actionId, case_id: params.id }).del();
        if (!removed) throw notFound('Cette action');
      });
      await answer(ctx, params.id);
    },
  });

  defineRoute(router, '/bilans', {
    method: 'post',
    path: '/:id/plan/send',
    summary: 'Envoyer le plan d’action à l’ONE',
    tags: ['Bilans'],
    params: BilanParams,
    responses: { 200: { description: 'Plan d’action envoyé', schema: BilanAnswer } },
    handler: async (ctx, { params }) => {
      const row = await loadBilan(ctx, params.id, 'update');
      const d = row.details as BilanDetails;
      if (d.stage === 'plan_sent' || d.stage === 'closed') {
        // Sent already (a retry, a second click): the answer is the bilan as it is.
        await answer(ctx, params.id);
        return;
      }
      const counts = await whileInProgress(params.id, async (trx) => {
        const [{ actions }] = (await trx('bilan_actions')
          .where({ case_id: params.id })
          .count({ actions: '*' })) as Array<{
          actions: string;
        }>;
        const [{ objectives }] = (await trx('bilan_objectives')
          .where({ case_id: params.id })
          .count({ objectives: '*' })) as Array<{ objectives: string }>;
        return { actions: Number(actions), objectives: Number(objectives) };
      });
      if (counts.actions === 0) {
        throw new AppError(
          400,
          'PLAN_INCOMPLETE',
          'Ajoutez au moins une action à votre plan d’action avant de l’envoyer.',
          [{ path: 'plan.actions', message: 'Ajoutez au moins une action' }],
        );
      }
      await step(ctx, row, sendPlan, (actor) => ({ actor, summary: counts }), 'send-plan');
      await answer(ctx, params.id);
    },
  });
}

/** The agent conseil's extension of the deadline. */
function extensionRoutes(router: Router, { loadBilan, answer, step }: BilanHelpers): void {
  defineRoute(router, '/bilans', {
    method: 'post',
    path: '/:id/extend',
    summary: 'Prolonger le délai d’envoi du plan d’action (agent conseil)',
    tags: ['Bilans'],
    params: BilanParams,
    body: ExtendBody,
    responses: { 200: { description: 'Délai prolongé', schema: BilanAnswer } },
    handler: async (ctx, { params, body }) => {
      const row = await loadBilan(ctx, params.id, 'extend');
      const deadline = brusselsInstant(body.deadline, 'end');
      const d = row.details as BilanDetails;
      const last = d.extensions.at(-1);
      if (
        last &&
        last.to === deadline &&
        last.reason === body.reason &&
        last.by.id === requireUser(ctx).user.id
      ) {
        // The same extension sent again (the first answer was lost): it is done already.
        await answer(ctx, params.id);
        return;
      }
      await step(ctx, row, extendDeadline, (actor) => ({ actor, deadline, reason: body.reason }), 'extend');
      await answer(ctx, params.id);
    },
  });
}
