import { Model } from 'objection';
import Provider from './Provider';
import type { CaseStatus } from '../../activities/read-model';

/** A case as projected from its workflow (table `cases`). */
export default class CaseRecord extends Model {
  static override tableName = 'cases';

  id!: string;
  procedure!: string;
  providerId!: string;
  workflowId!: string;
  runId!: string;
  status!: CaseStatus;
  details!: Record<string, unknown>;
  outcome!: Record<string, unknown> | null;
  openedBy!: string;
  openedAt!: Date;
  closedAt!: Date | null;
  version!: number;
  provider?: Provider;

  static override relationMappings = () => ({
    provider: {
      relation: Model.BelongsToOneRelation,
      modelClass: Provider,
      join: { from: 'cases.providerId', to: 'providers.id' },
    },
  });
}
