import { ROLES, type Role } from '../../schema/enums.ts';

/**
 * Roles are ordered: each includes the powers of those before it. Operators sit above production
 * managers because DOMAIN §5.1 gives authenticated operators campaign promotion and dispositions too.
 */
export function roleRank(role: Role): number {
  return ROLES.indexOf(role);
}

export function hasRole(actual: Role, required: Role): boolean {
  return roleRank(actual) >= roleRank(required);
}

export interface Principal {
  username: string;
  role: Role;
  /** How the caller proved who it is; anonymous readers get the viewer role. */
  via: 'token' | 'proxy' | 'anonymous';
  tokenId?: number;
}

export const ANONYMOUS: Principal = Object.freeze({ username: 'anonymous', role: 'viewer', via: 'anonymous' });
