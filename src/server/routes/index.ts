import type { RouteSpec } from '../http/route.ts';
import { adminRoutes } from './admin.ts';
import { auditRoutes } from './audit.ts';
import { authRoutes } from './auth.ts';
import { healthRoutes } from './health.ts';
import { meRoutes } from './me.ts';
import { tokenRoutes } from './tokens.ts';

/** Every HTTP route of the platform. The OpenAPI document and the 401 test both read this list. */
export const allRoutes: RouteSpec[] = [...healthRoutes, ...authRoutes, ...meRoutes, ...adminRoutes, ...tokenRoutes, ...auditRoutes];
