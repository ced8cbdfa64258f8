import { type Actor, type Role, forbidden } from '../kernel/index.ts';

/**
 * Who may do what, in one place. Routes and the CLI ask `can`/`requireAbility`; `/api/me` sends the
 * evaluated list to the UI so it hides what a user may not do without copying these rules.
 */
const ABILITY_ROLES = {
  'tasks:run': ['medarbejder', 'leder', 'ai-koordinator', 'system'],
  'knowledge:search': ['medarbejder', 'leder', 'ai-koordinator', 'dpo', 'revisor', 'system'],
  'knowledge:manage': ['ai-koordinator'],
  'feedback:record': ['medarbejder', 'leder', 'ai-koordinator'],
  'usecases:read': ['leder', 'ai-koordinator', 'dpo', 'revisor'],
  'usecases:manage': ['ai-koordinator'],
  'usage:read-own': ['leder', 'ai-koordinator', 'revisor'],
  'usage:read-all': ['ai-koordinator', 'revisor'],
  'audit:read-summary': ['dpo', 'revisor', 'ai-koordinator'],
  'audit:read-details': ['dpo'],
  'audit:verify': ['dpo', 'revisor', 'ai-koordinator'],
  'audit:retention': ['dpo'],
  'admin:users': ['ai-koordinator'],
  'admin:tokens': ['ai-koordinator'],
  'admin:models': ['ai-koordinator'],
  'admin:budgets': ['ai-koordinator'],
  'api:chat': ['system', 'ai-koordinator', 'medarbejder', 'leder'],
  'privacy:redact': ['medarbejder', 'leder', 'ai-koordinator', 'dpo', 'system'],
} as const satisfies Record<string, readonly Role[]>;

export type Ability = keyof typeof ABILITY_ROLES;
export const ABILITIES = Object.keys(ABILITY_ROLES) as Ability[];

export function can(actor: Actor, ability: Ability): boolean {
  const allowed: readonly Role[] = ABILITY_ROLES[ability];
  return actor.roles.some((r) => allowed.includes(r));
}

export function requireAbility(actor: Actor, ability: Ability): void {
  if (!can(actor, ability)) throw forbidden();
}

export function abilitiesOf(actor: Actor): Ability[] {
  return ABILITIES.filter((a) => can(actor, a));
}
