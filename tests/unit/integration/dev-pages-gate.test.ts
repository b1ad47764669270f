import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterEach, describe, expect, it } from 'vitest';
import { devPagesGate } from '../../../src/integration/dev-pages-gate.ts';

const servers: ReturnType<typeof createServer>[] = [];
afterEach(() => {
  for (const server of servers.splice(0)) server.close();
});

/** A real server whose every answer passes the gate; `answered` lists the paths answered so far. */
async function gated(ready: Promise<void>) {
  const gate = devPagesGate(ready, 5_000);
  const answered: string[] = [];
  const server = createServer((request, response) =>
    gate.middleware(request, response, () => {
      answered.push(request.url ?? '');
      response.end('drawn');
    }),
  );
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return { gate, answered, ask: (path: string) => fetch(`${origin}${path}`).then((response) => response.text()) };
}

describe("the dev server's pages gate", () => {
  it("holds every page until the content check's first findings are out, but not Vite's own files", async () => {
    const ready = Promise.withResolvers<void>();
    const { answered, ask } = await gated(ready.promise);
    const page = ask('/insights/jazz-and-reliable-systems/');
    expect(await ask('/@vite/client')).toBe('drawn');
    await sleep(200);
    expect(answered).toEqual(['/@vite/client']);
    ready.resolve();
    expect(await page).toBe('drawn');
    expect(answered).toEqual(['/@vite/client', '/insights/jazz-and-reliable-systems/']);
  });

  it('holds a page asked for while a change is handled until the change is published', async () => {
    const { gate, answered, ask } = await gated(Promise.resolve());
    expect(await ask('/')).toBe('drawn');
    gate.hold();
    const page = ask('/insights/');
    await sleep(200);
    expect(answered).toEqual(['/']);
    gate.release();
    expect(await page).toBe('drawn');
    expect(answered).toEqual(['/', '/insights/']);
  });
});
