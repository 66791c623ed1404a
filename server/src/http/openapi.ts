import { errorBody } from '@bangtin/shared';
import { z } from 'zod';
import type { RouteSpec } from './route.ts';

const toSchema = (schema: z.ZodType, io: 'input' | 'output') =>
  z.toJSONSchema(schema, { target: 'openapi-3.0', io, unrepresentable: 'any' });

/** The OpenAPI 3 document, generated from the same route list and zod schemas that serve the requests. */
export function buildOpenApi(routes: RouteSpec[], version: string) {
  const paths: Record<string, Record<string, unknown>> = {};
  for (const route of routes) {
    const path = route.path.replace(/:([A-Za-z]+)/g, '{$1}');
    const parameters = [...route.path.matchAll(/:([A-Za-z]+)/g)].map((m) => ({
      name: m[1],
      in: 'path',
      required: true,
      schema: { type: 'string' },
    }));
    if (route.query) {
      const querySchema = toSchema(route.query, 'input') as { properties?: Record<string, unknown> };
      for (const [name, schema] of Object.entries(querySchema.properties ?? {})) {
        parameters.push({ name, in: 'query', required: false, schema: schema as { type: string } });
      }
    }
    const errorResponse = { content: { 'application/json': { schema: toSchema(errorBody, 'output') } } };
    paths[path] ??= {};
    paths[path][route.method] = {
      summary: route.summary,
      tags: [route.tag],
      'x-access': route.access,
      ...(route.access === 'public' ? { security: [] } : {}),
      ...(parameters.length ? { parameters } : {}),
      ...(route.body
        ? { requestBody: { required: true, content: { 'application/json': { schema: toSchema(route.body, 'input') } } } }
        : {}),
      responses: {
        [String(route.status ?? 200)]: {
          description: 'OK',
          content: {
            'application/json': {
              schema: { type: 'object', properties: { data: toSchema(route.response, 'output') }, required: ['data'] },
            },
          },
        },
        ...(route.body ? { '400': { description: 'VALIDATION_FAILED', ...errorResponse } } : {}),
        ...(route.access !== 'public'
          ? {
              '401': { description: 'UNAUTHENTICATED', ...errorResponse },
              '403': { description: 'FORBIDDEN', ...errorResponse },
            }
          : {}),
      },
    };
  }
  return {
    openapi: '3.0.3',
    info: {
      title: 'Bảng tin API',
      version,
      description:
        'REST API of Bảng tin. Successes are `{ data }`; errors are `{ error: { code, message, details? } }`. ' +
        'Writes need the session cookie from POST /api/auth/login and Content-Type: application/json. ' +
        'x-access names the least role a route needs (editor < approver < admin).',
    },
    components: {
      securitySchemes: { session: { type: 'apiKey', in: 'cookie', name: 'bt_session' } },
    },
    security: [{ session: [] }],
    paths,
  };
}
