import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { mainThreadCpuSeconds } from '../../src/scripts/thread-cpu.js';
import { cpuSeconds } from '../../src/scripts/bench-pipeline.js';

const skip = !existsSync('/proc/thread-self/stat') && 'no /proc/thread-self: not Linux';

test('mainThreadCpuSeconds counts the main thread\'s CPU, which grows with work and stays within the process\'s', { skip }, () => {
  const before = mainThreadCpuSeconds();
  assert.equal(typeof before, 'number');
  let x = 0;
  const until = Date.now() + 120;
  while (Date.now() < until) x += Math.sqrt(x + 1);
  assert.ok(x > 0);
  const after = mainThreadCpuSeconds()!;
  assert.ok(after > before!, `main thread CPU ${before} → ${after} after 120 ms of work`);
  assert.ok(after <= cpuSeconds() + 0.02, 'the main thread cannot have used more CPU than the whole process');
});
