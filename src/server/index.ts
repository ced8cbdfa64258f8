export { buildServer, type BuildServerOptions } from './build-server.ts';
export { allRoutes } from './routes/index.ts';
export type { RouteSpec } from './http/route.ts';
