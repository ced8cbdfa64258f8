import { timingSafeEqual } from 'node:crypto';
import { type Actor, sha256Hex } from '../kernel/index.ts';

/** The built-in administrator behind KAI_BOOTSTRAP_TOKEN: for first set-up and automation. */
export const bootstrapActor: Actor = {
  kind: 'bootstrap',
  userId: null,
  username: 'bootstrap',
  roles: ['ai-koordinator', 'system'],
  forvaltningId: null,
  tokenId: 'bootstrap',
  useCaseId: null,
  courseCompleted: true,
};

export function matchesBootstrapToken(configured: string | undefined, presented: string): boolean {
  if (!configured) return false;
  // Compare digests so the comparison is constant-time whatever the lengths.
  return timingSafeEqual(Buffer.from(sha256Hex(configured), 'hex'), Buffer.from(sha256Hex(presented), 'hex'));
}
