#!/usr/bin/env node
// `npm test`: every stage runs even when an earlier one fails (a slow unit test
// must not hide the browser tests), then a summary, and a failing exit code if
// any stage failed. Browser stages still need their build: they are skipped,
// and reported as such, when it failed.
import { spawnSync } from 'node:child_process';

const STAGES = [
  { name: 'check', command: 'npm run check' },
  { name: 'unit + components', command: 'npx vitest run --project unit --project components' },
  { name: 'build chrome', command: 'npm run build:chrome' },
  { name: 'build firefox', command: 'npm run build:firefox' },
  { name: 'e2e (Chromium)', command: 'npx vitest run --project e2e', needs: ['build chrome'] },
  { name: 'firefox', command: 'npx vitest run --project firefox', needs: ['build firefox'] },
];

const results = [];
for (const stage of STAGES) {
  const failedNeed = stage.needs?.find((need) => results.find((result) => result.name === need)?.status !== 'passed');
  if (failedNeed) {
    results.push({ name: stage.name, status: `skipped (${failedNeed} failed)`, seconds: 0 });
    continue;
  }
  console.log(`\n▶ ${stage.name}: ${stage.command}`);
  const started = process.hrtime.bigint();
  const run = spawnSync(stage.command, { stdio: 'inherit', shell: true });
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  results.push({ name: stage.name, status: run.status === 0 ? 'passed' : 'FAILED', seconds });
}

const total = results.reduce((sum, result) => sum + result.seconds, 0);
const width = Math.max(...results.map((result) => result.name.length));
const statusWidth = Math.max(...results.map((result) => result.status.length));
console.log('\nTest stages:');
for (const { name, status, seconds } of results)
  console.log(`  ${name.padEnd(width)}  ${status.padEnd(statusWidth)}  ${seconds.toFixed(1).padStart(7)} s`);
console.log(`  ${'total'.padEnd(width)}  ${''.padEnd(statusWidth)}  ${total.toFixed(1).padStart(7)} s`);

const failed = results.filter((result) => result.status !== 'passed');
if (failed.length > 0) {
  console.log(`\n${failed.length} of ${results.length} stages did not pass: ${failed.map((r) => r.name).join(', ')}`);
  process.exit(1);
}
