import type { Stack } from '../../scripts/stack';
import { dropScratchDatabase, type TestServer } from './database';

export default async function globalTeardown(): Promise<void> {
  const state = (globalThis as Record<string, unknown>).__liaison as
    { server: TestServer; stack: Stack; databaseUrl: string } | undefined;
  if (!state) return;
  await state.stack.stop();
  await dropScratchDatabase(state.server.adminUrl, state.databaseUrl);
  await state.server.stop();
}
