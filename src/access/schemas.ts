import { z } from 'zod';
import { Role } from '../kernel/index.ts';

export const Username = z
  .string()
  .min(2)
  .max(64)
  .regex(/^[a-z0-9._-]+$/, 'Brugernavnet må kun indeholde små bogstaver, tal, punktum, bindestreg og understreg.');

export const Password = z.string().min(12, 'Adgangskoden skal være mindst 12 tegn.').max(256);

export const ForvaltningId = z
  .string()
  .min(2)
  .max(40)
  .regex(/^[a-z0-9-]+$/, 'Id må kun indeholde små bogstaver, tal og bindestreg.');

export const NewForvaltning = z.strictObject({ id: ForvaltningId, name: z.string().min(2).max(200) });
export type NewForvaltning = z.infer<typeof NewForvaltning>;

export const NewUser = z.strictObject({
  username: Username,
  displayName: z.string().min(1).max(200),
  forvaltningId: ForvaltningId.nullable().default(null),
  roles: z.array(Role).min(1).max(6),
  password: Password.optional(),
});
export type NewUser = z.input<typeof NewUser>;

export const UserView = z.object({
  id: z.string(),
  username: z.string(),
  displayName: z.string(),
  forvaltningId: z.string().nullable(),
  roles: z.array(Role),
  disabled: z.boolean(),
  courseCompletedAt: z.string().nullable(),
  createdAt: z.string(),
});
export type UserView = z.infer<typeof UserView>;

export const NewApiToken = z.strictObject({
  name: z.string().min(1).max(100),
  /** The user the token acts as; defaults to the caller. */
  userId: z.uuid().optional(),
  useCaseId: z.string().min(1).max(100).nullable().default(null),
  expiresInDays: z.number().int().min(1).max(3650).nullable().default(null),
});
export type NewApiToken = z.input<typeof NewApiToken>;

export const ApiTokenView = z.object({
  id: z.string(),
  name: z.string(),
  userId: z.string(),
  useCaseId: z.string().nullable(),
  expiresAt: z.string().nullable(),
  revokedAt: z.string().nullable(),
  lastUsedAt: z.string().nullable(),
  createdAt: z.string(),
});
export type ApiTokenView = z.infer<typeof ApiTokenView>;

export const UserChanges = z.strictObject({
  displayName: z.string().min(1).max(200).optional(),
  forvaltningId: ForvaltningId.nullable().optional(),
  roles: z.array(Role).min(1).max(6).optional(),
});
export type UserChanges = z.infer<typeof UserChanges>;
