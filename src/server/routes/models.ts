import { z } from 'zod';
import { catalogueChanged } from '../../gateway/index.ts';
import { createModel, deleteModel, listModels, ModelId, ModelPatch, ModelView, NewModel, updateModel } from '../../models/index.ts';
import { defineRoute } from '../http/route.ts';

const params = z.object({ id: ModelId });

export const modelRoutes = [
  defineRoute({
    method: 'GET',
    url: '/api/admin/models',
    summary: 'Modelkataloget: hosting, godkendt dataklasse, priser, energi og rækkefølge',
    tags: ['modeller'],
    auth: 'admin:models',
    response: z.array(ModelView),
    async handler({ app, actor }) {
      return listModels(app.db, actor);
    },
  }),
  defineRoute({
    method: 'POST',
    url: '/api/admin/models',
    summary: 'Tilføj en model til kataloget',
    tags: ['modeller'],
    auth: 'admin:models',
    body: NewModel,
    response: ModelView,
    async handler({ app, actor, body, reply }) {
      const model = await createModel(app.db, app.masterSecret, actor, body, app.clock);
      catalogueChanged(app);
      reply.status(201);
      return model;
    },
  }),
  defineRoute({
    method: 'PATCH',
    url: '/api/admin/models/:id',
    summary: 'Ret en model (godkendelse, priser, rækkefølge, nøgle, slå til/fra)',
    tags: ['modeller'],
    auth: 'admin:models',
    params,
    body: ModelPatch,
    response: ModelView,
    async handler({ app, actor, params, body }) {
      const model = await updateModel(app.db, app.masterSecret, actor, params.id, body, app.clock);
      catalogueChanged(app);
      return model;
    },
  }),
  defineRoute({
    method: 'DELETE',
    url: '/api/admin/models/:id',
    summary: 'Fjern en model fra kataloget',
    tags: ['modeller'],
    auth: 'admin:models',
    params,
    async handler({ app, actor, params }) {
      await deleteModel(app.db, actor, params.id, app.clock);
      catalogueChanged(app);
      return { ok: true };
    },
  }),
];
