import type { RouteSpec } from '../http/route.ts';
import { adminRoutes } from './admin.ts';
import { auditRoutes } from './audit.ts';
import { authRoutes } from './auth.ts';
import { healthRoutes } from './health.ts';
import { knowledgeRoutes } from './knowledge.ts';
import { meRoutes } from './me.ts';
import { modelRoutes } from './models.ts';
import { openAiRoutes } from './openai.ts';
import { policyRoutes } from './policy.ts';
import { privacyRoutes } from './privacy.ts';
import { taskRoutes } from './tasks.ts';
import { tokenRoutes } from './tokens.ts';
import { usageRoutes } from './usage.ts';

/** Every HTTP route of the platform. The OpenAPI document and the 401 test both read this list. */
export const allRoutes: RouteSpec[] = [...healthRoutes, ...authRoutes, ...meRoutes, ...adminRoutes, ...tokenRoutes, ...auditRoutes, ...knowledgeRoutes, ...privacyRoutes, ...modelRoutes, ...usageRoutes, ...openAiRoutes, ...taskRoutes, ...policyRoutes];
