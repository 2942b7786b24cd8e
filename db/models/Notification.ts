import { Model } from 'objection';

export default class Notification extends Model {
  static override tableName = 'notifications';

  id!: string;
  key!: string;
  recipientRole!: string | null;
  providerId!: string | null;
  caseId!: string | null;
  message!: string;
  createdAt!: Date;
}
