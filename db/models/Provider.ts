import { Model } from 'objection';
import { subregionName } from '../../common/roles';

export default class Provider extends Model {
  static override tableName = 'providers';

  id!: string;
  firstName!: string;
  lastName!: string;
  subregionCode!: string;
  city!: string;
  postcode!: string;

  get displayName(): string {
    return `${this.firstName} ${this.lastName}`;
  }

  get subregion(): { code: string; name: string } {
    return { code: this.subregionCode, name: subregionName(this.subregionCode) };
  }
}
