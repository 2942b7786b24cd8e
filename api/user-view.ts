import { ROLE_LABELS, subregionName } from '../common/roles';
import type { CurrentUser } from './ability';
import { z } from './define-route';

/** The signed-in person, as the session and the sign-in routes answer her. */
export const UserView = z
  .object({
    id: z.string(),
    displayName: z.string(),
    roles: z.array(z.string()),
    roleLabels: z.array(z.string()),
    providerId: z.string().nullable(),
    subregion: z.object({ code: z.string(), name: z.string() }).nullable(),
    /** How this session was opened. */
    loginMethod: z.enum(['strong', 'password']),
  })
  .openapi('User');

export function userView(user: CurrentUser): z.infer<typeof UserView> {
  return {
    id: user.id,
    displayName: user.displayName,
    roles: user.roles,
    roleLabels: user.roles.map((r) => ROLE_LABELS[r] ?? r),
    providerId: user.providerId,
    subregion: user.subregionCode
      ? { code: user.subregionCode, name: subregionName(user.subregionCode) }
      : null,
    loginMethod: user.loginMethod,
  };
}
