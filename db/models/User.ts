import { Model } from 'objection';
import type { Role } from '../../common/roles';

export default class User extends Model {
  static override tableName = 'users';

  id!: string;
  displayName!: string;
  email!: string;
  roles!: Role[];
  subregionCode!: string | null;
  providerId!: string | null;
}
