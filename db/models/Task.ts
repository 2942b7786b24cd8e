import { Model } from 'objection';
import CaseRecord from './CaseRecord';
import User from './User';
import type { TaskStatus } from '../../activities/read-model';

/** A human task as projected from its workflow (table `tasks`). */
export default class Task extends Model {
  static override tableName = 'tasks';

  id!: string;
  caseId!: string;
  kind!: string;
  title!: string;
  candidateRole!: string;
  assigneeId!: string | null;
  status!: TaskStatus;
  dueAt!: Date;
  createdAt!: Date;
  completedAt!: Date | null;
  completedBy!: string | null;
  outcome!: Record<string, unknown> | null;
  escalatedAt!: Date | null;
  version!: number;
  case?: CaseRecord;
  assignee?: User | null;

  static override relationMappings = () => ({
    case: {
      relation: Model.BelongsToOneRelation,
      modelClass: CaseRecord,
      join: { from: 'tasks.caseId', to: 'cases.id' },
    },
    assignee: {
      relation: Model.BelongsToOneRelation,
      modelClass: User,
      join: { from: 'tasks.assigneeId', to: 'users.id' },
    },
  });
}
