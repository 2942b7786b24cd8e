import { stopTestSystem } from './system';

// Mocha global fixture: the shared servers stop once, after the last test file.
export async function mochaGlobalTeardown(): Promise<void> {
  await stopTestSystem();
}
