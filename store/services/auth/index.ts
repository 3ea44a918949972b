export { addUser, addUserInput, getUser, listUsers, type UserRow } from './user-service.ts';
export { authenticateToken, createToken, hashToken, listTokens, principalForProxyUser, revokeToken, TOKEN_PREFIX, type TokenListing } from './token-service.ts';
export { ANONYMOUS, hasRole, roleRank, type Principal } from './roles.ts';
