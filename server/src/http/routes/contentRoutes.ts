import { contentApi } from '@bangtin/shared/api';
import type { ContentService } from '../../domain/content.ts';
import { bindRoutes } from '../route.ts';

export function contentRoutes(content: ContentService) {
  return bindRoutes(contentApi, {
    list: ({ query }) => content.list(query),
    get: ({ params }) => content.get(params.id),
    create: ({ body, user }) => content.create(body, user),
    update: ({ body, params, user }) => content.update(params.id, body, user),
    setStatus: ({ body, params, user }) => content.changeStatus(params.id, body, user),
    approve: ({ body, params, user }) => content.approve(params.id, body.baseVersion, user),
    reject: ({ body, params, user }) => content.reject(params.id, body, user),
    duplicate: ({ params, user }) => content.duplicate(params.id, user),
    undoDecision: ({ body, params, user }) => content.undoDecision(params.id, body.version, user),
    importFile: ({ body, user }) => content.importMany(body, user),
  });
}
