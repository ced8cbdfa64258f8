import type { Actor, Role } from '../kernel/index.ts';

export function actorOfUser(
  u: { id: string; username: string; roles: string[]; forvaltning_id: string | null; course_completed_at: Date | null },
  via: { kind: 'user' | 'api_token'; tokenId?: string; useCaseId?: string | null },
): Actor {
  return {
    kind: via.kind,
    userId: u.id,
    username: u.username,
    roles: u.roles as Role[],
    forvaltningId: u.forvaltning_id,
    tokenId: via.tokenId ?? null,
    useCaseId: via.useCaseId ?? null,
    courseCompleted: u.course_completed_at !== null,
  };
}
