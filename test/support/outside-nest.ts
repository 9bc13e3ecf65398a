import { NestFastifyApplication } from '@nestjs/platform-fastify';
import { createApiApp } from '../../apps/api/src/bootstrap';

/**
 * A spy on a controller method that keeps the route metadata Nest reads from the method, so
 * that it still declares the route: counts the requests Nest's pipeline answers. Install it
 * before any app reads the controller.
 */
export function spyOnRoute<T extends object, K extends keyof T & string>(
  controller: { prototype: T },
  method: K,
): jest.SpyInstance {
  const routed = controller.prototype[method] as object;
  const spy = jest.spyOn(controller.prototype, method as never) as jest.SpyInstance;
  for (const key of Reflect.getMetadataKeys(routed))
    Reflect.defineMetadata(key, Reflect.getMetadata(key, routed), spy);
  return spy;
}

/** A second api that answers the given routes through Nest's pipeline, as before issue 22. */
export async function startApiThroughNest(
  options: Parameters<typeof createApiApp>[0],
): Promise<{ app: NestFastifyApplication; url: string }> {
  const app = await createApiApp({ logger: false, ...options });
  await app.listen({ port: 0, host: '127.0.0.1' });
  const { port } = app.getHttpServer().address() as { port: number };
  return { app, url: `http://127.0.0.1:${port}` };
}
