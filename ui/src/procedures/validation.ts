/** Bank details or a photo of the place, sent by the childminder and checked by an agent. */
import { html, nothing } from 'lit';
import { getValidation } from '../api/api.js';
import type { Task, ValidationSubmission } from '../api/types.js';
import { validationDecision } from '../lib/decisions.js';
import { formatDateTime } from '../lib/format.js';
import type { ProcedureUi, TaskKindUi, TaskPanelHost } from './contract.js';
import { caseCard, whenLoaded } from './task-panels.js';

const submission = (task: Task, host: TaskPanelHost) =>
  host.data(`validation:${task.caseId}`, () => getValidation(task.caseId));

/** The photo as sent: it becomes public on MY.ONE once approved. */
function photoPanel(v: ValidationSubmission) {
  if (!v.photo) return nothing;
  return html`<section class="card" aria-labelledby="submission-heading" data-testid="submission">
    <h2 id="submission-heading">La photo envoyée</h2>
    <p class="muted">
      Envoyée le ${formatDateTime(v.submittedAt)}. Elle sera publique sur MY.ONE si vous l'approuvez.
    </p>
    <img
      class="submitted-photo"
      src=${v.photo.url}
      alt="Photo du lieu d'accueil envoyée par l'accueillant·e"
    />
  </section>`;
}

/** The statement beside the data to check, and the bank details in force. */
function bankDetailsPanel(v: ValidationSubmission) {
  const b = v.bankDetails;
  if (!b) return nothing;
  const isImage = b.statement.contentType.startsWith('image/');
  return html`<section class="card" aria-labelledby="submission-heading" data-testid="submission">
    <h2 id="submission-heading">Les coordonnées bancaires envoyées</h2>
    <div class="side-by-side">
      <div>
        <h3>Le relevé d'identité bancaire</h3>
        ${
          isImage
            ? html`<img class="statement" src=${b.statement.url} alt="Relevé d'identité bancaire envoyé" />`
            : html`<object
                class="statement"
                data=${b.statement.url}
                type="application/pdf"
                aria-label="Relevé d'identité bancaire (PDF)"
              >
                <p>Votre navigateur n'affiche pas le PDF ici.</p>
              </object>`
        }
        <p>
          <a href=${b.statement.url} target="_blank" rel="noopener" data-testid="statement-link"
            >Ouvrir le relevé « ${b.statement.name} » dans un nouvel onglet</a
          >
        </p>
      </div>
      <div>
        <h3>Les données à vérifier</h3>
        <dl class="facts" data-testid="submitted-bank-details">
          <dt>IBAN</dt>
          <dd data-testid="submitted-iban">${b.iban.value}</dd>
          <dt>BIC</dt>
          <dd>${b.bic}</dd>
          <dt>Titulaire</dt>
          <dd>${b.holder}</dd>
          <dt>Envoyées le</dt>
          <dd>${formatDateTime(v.submittedAt)}</dd>
        </dl>
        <h3>En vigueur aujourd'hui</h3>
        ${
          b.inForce
            ? html`<dl class="facts">
                <dt>IBAN</dt>
                <dd>${b.inForce.iban.value}</dd>
                <dt>BIC</dt>
                <dd>${b.inForce.bic}</dd>
                <dt>Titulaire</dt>
                <dd>${b.inForce.holder}</dd>
              </dl>`
            : html`<p>Aucune coordonnée bancaire validée jusqu'ici.</p>`
        }
      </div>
    </div>
  </section>`;
}

/** The document beside the data: what the agent checks before deciding, then approve or refuse. */
function review(subjectLabel: string): TaskKindUi {
  return {
    caseCard: (_task, host) => caseCard(host, 'La demande'),
    context: (task, host) =>
      whenLoaded(host, submission(task, host), (v) =>
        v.kind === 'photo' && v.photo ? photoPanel(v) : bankDetailsPanel(v),
      ),
    outcome: {
      form: 'decision',
      // The outcome names the submission seen: no form before it is loaded.
      spec: (task, host) => {
        const v = submission(task, host).value;
        return v ? validationDecision(subjectLabel, v.subjectId) : null;
      },
    },
  };
}

export const validation: ProcedureUi = {
  name: 'Validation des coordonnées bancaires et des photos',
  load: () => import('../components/decision-form/decision-form.js'),
  taskKinds: {
    'rib.review': review('ces coordonnées bancaires'),
    'photo.review': review('cette photo'),
  },
  cases: {
    rib: { filterLabel: 'Validation du relevé d’identité bancaire' },
    photo: { filterLabel: 'Validation d’une photo du lieu d’accueil' },
  },
};
