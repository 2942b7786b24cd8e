import { uuidFrom } from '../common/node/ids';
import type { Knex } from 'knex';
import {
  ADAPTATION_TYPE_LABELS,
  DOCUMENT_KIND_LABELS,
  dayFr,
  describeRequest,
  nextDay,
  type AdaptationRequest,
  type AuthorisationStatus,
  type DocumentKind,
} from '../common/adaptation';
import { renderDecisionLetter } from './decision-letter';

export interface DecisionDocumentInput {
  /** The case of the decision; null for the grant on record before any case. */
  caseId: string | null;
  kind: DocumentKind;
  providerId: string;
  request: AdaptationRequest | null;
  /** The reason of a refusal; the référent's comment otherwise. */
  comment: string | null;
  decidedBy: string | null;
  /** When the decision was taken (from the workflow, so a retry writes the same letter). */
  decidedAt: string;
}

/**
 * The authorisation's side effects: its decision letters and its status. Each is idempotent:
 * a letter's id comes from the case and its kind, a status change carries a unique event key.
 */
export function createAuthorisationActivities({ db }: { db: Knex }) {
  async function letterFor(input: DecisionDocumentInput) {
    const provider = (await db('providers').where({ id: input.providerId }).first()) as Record<
      string,
      unknown
    >;
    const signer = input.decidedBy
      ? ((await db('users').where({ id: input.decidedBy }).first('display_name')) as
          { displayName: string } | undefined)
      : undefined;
    const name = `${String(provider.firstName)} ${String(provider.lastName)}`;
    const address = provider.street
      ? `${String(provider.street)} ${String(provider.streetNumber ?? '')}, ${String(provider.postcode)} ${String(provider.city)}`
      : provider.city
        ? `${String(provider.postcode ?? '')} ${String(provider.city)}`
        : null;
    const r = input.request;
    const paragraphs: string[] = [];
    const asked = r ? describeRequest(r, dayFr) : null;
    switch (input.kind) {
      case 'grant':
        paragraphs.push(
          `L’ONE autorise ${name} à accueillir des enfants à l’adresse ci-dessus, à partir du ${dayFr(input.decidedAt.slice(0, 10))}.`,
        );
        break;
      case 'suspension':
        paragraphs.push(
          `Vous avez demandé une cessation temporaire de votre activité d’accueil. Votre demande est acceptée : ${asked}.`,
          `Votre autorisation est suspendue à partir du ${dayFr(r?.from ?? '')}. Elle redevient active d’elle-même le ${dayFr(nextDay(r?.to ?? ''))}. Pendant la suspension, votre lieu d’accueil n’accueille pas d’enfants.`,
        );
        break;
      case 'withdrawal':
        paragraphs.push(
          `Vous avez demandé à mettre fin à votre activité d’accueil. Votre demande est acceptée : ${asked}.`,
          `Votre autorisation est retirée à partir du ${dayFr(r?.lastDay ?? '')}. À partir de ce jour, votre lieu d’accueil n’apparaît plus sur MY.ONE.`,
        );
        break;
      case 'refusal':
        paragraphs.push(
          `Vous avez demandé une adaptation de votre autorisation (${r ? ADAPTATION_TYPE_LABELS[r.type].toLowerCase() : ''}) : ${asked}.`,
          `Votre demande est refusée. Motif : ${input.comment ?? ''}`,
          'Votre autorisation reste inchangée. Votre référent·e accueil se tient à votre disposition.',
        );
        break;
    }
    if (input.comment && input.kind !== 'refusal') paragraphs.push(`Commentaire : ${input.comment}`);
    return {
      title: DOCUMENT_KIND_LABELS[input.kind],
      reference: `${input.kind.toUpperCase()}-${(input.caseId ?? input.providerId).slice(0, 12)}`,
      provider: { displayName: name, address },
      date: dayFr(input.decidedAt.slice(0, 10)),
      paragraphs,
      signedBy: signer?.displayName ? `${signer.displayName}, référent·e accueil` : 'Le secrétariat accueil',
    };
  }

  return {
    /** Generates and stores a decision letter once; a retry returns the letter already stored. */
    async generateDecisionDocument(input: DecisionDocumentInput): Promise<{ id: string }> {
      const id = uuidFrom('decision', input.caseId ?? input.providerId, input.kind);
      if (await db('decision_documents').where({ id }).first('id')) return { id };
      const letter = await letterFor(input);
      const content = await renderDecisionLetter(letter, new Date(input.decidedAt));
      await db('decision_documents')
        .insert({
          id,
          providerId: input.providerId,
          caseId: input.caseId,
          kind: input.kind,
          title: letter.title,
          content,
          createdAt: input.decidedAt,
        })
        .onConflict('id')
        .ignore();
      return { id };
    },

    /** Changes the authorisation's status from `effectiveOn`, with an entry in its history. */
    async setAuthorisationStatus(input: {
      providerId: string;
      caseId: string;
      status: AuthorisationStatus;
      effectiveOn: string;
      note: string;
      eventKey: string;
    }): Promise<void> {
      await db.transaction(async (trx) => {
        const inserted = await trx('authorisation_events')
          .insert({
            providerId: input.providerId,
            status: input.status,
            effectiveOn: input.effectiveOn,
            caseId: input.caseId,
            note: input.note,
            eventKey: input.eventKey,
          })
          .onConflict('event_key')
          .ignore()
          .returning('id');
        if (inserted.length === 0) return; // done already
        await trx('authorisations')
          .insert({ providerId: input.providerId, status: input.status })
          .onConflict('provider_id')
          .merge({ status: input.status, updatedAt: trx.fn.now() });
        // A withdrawn place disappears from MY.ONE from that day.
        if (input.status === 'withdrawn')
          await trx('providers').where({ id: input.providerId }).update({ visibleOnMyone: false });
      });
    },
  };
}
