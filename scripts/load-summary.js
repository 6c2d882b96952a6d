#!/usr/bin/env node
// Prints the load test's figures for BENCHMARKS.md from Gatling's report and the service's GC log.
// Usage: node scripts/load-summary.js REPORT_DIR DURATION_SECONDS GC_LOG [SERVICE_CPU_MS POSTGRES_CPU_MS]
const fs = require('fs');
const path = require('path');

const SIGN_OFF = 'sign-off: submit';
const [report, durationArg, gcLog, serviceCpuArg, postgresCpuArg] = process.argv.slice(2);
const duration = Number(durationArg);

// Gatling writes its figures as a script for its pages, not as JSON.
const source = fs.readFileSync(path.join(report, 'js', 'stats.js'), 'utf8');
const stats = new Function(`${source}; return stats;`)();

function* requests(group) {
  for (const content of Object.values(group.contents || {})) {
    if (content.type === 'REQUEST') yield content; else yield* requests(content);
  }
}

const row = (s) => `| ${s.name} | ${s.numberOfRequests.total} | ${s.numberOfRequests.ko} | ${s.percentiles1.total} ms | `
  + `${s.percentiles3.total} ms | ${s.percentiles4.total} ms | ${s.maxResponseTime.total} ms |`;

const byName = new Map([...requests(stats)].map((r) => [r.name, r.stats]));
const all = stats.stats;
console.log('\n| request | count | errors | p50 | p95 | p99 | max |\n|---|---|---|---|---|---|---|');
[...byName.keys()].sort().forEach((name) => console.log(row(byName.get(name))));
console.log(row(all));

const signedOff = byName.has(SIGN_OFF) ? Number(byName.get(SIGN_OFF).numberOfRequests.ok) : 0;
const signedOffRate = byName.has(SIGN_OFF) ? Number(byName.get(SIGN_OFF).meanNumberOfRequestsPerSecond.ok) : 0;
console.log(`\nRequests: ${all.numberOfRequests.total} (${all.meanNumberOfRequestsPerSecond.total} a second), `
  + `errors: ${all.numberOfRequests.ko}`);
console.log(`p95 ${all.percentiles3.total} ms, p99 ${all.percentiles4.total} ms over every request`);
console.log(`Whole assessments signed off: ${signedOff} (${signedOffRate} a second over the run, `
  + `${(signedOff / duration).toFixed(2)} over the ${duration} s each person worked)`);

let before = 0; let after = 0; let committed = 0;
for (const line of fs.readFileSync(gcLog, 'utf8').split('\n')) {
  const sizes = line.match(/(\d+)M->(\d+)M\((\d+)M\)/);
  if (sizes) {
    before = Math.max(before, Number(sizes[1]));
    after = Math.max(after, Number(sizes[2]));
    committed = Math.max(committed, Number(sizes[3]));
  }
}
console.log(`Heap: at most ${before} MB in use before a collection, ${after} MB live after one, ${committed} MB committed`);
if (serviceCpuArg !== undefined) {
  const requestCount = Number(all.numberOfRequests.total);
  const perRequest = (ms) => (Number(ms) / requestCount).toFixed(1);
  const perAssessment = (ms) => (signedOff ? (Number(ms) / signedOff / 1000).toFixed(2) : '-');
  console.log(`CPU: the service ${(serviceCpuArg / 1000).toFixed(0)} s (${perRequest(serviceCpuArg)} ms a request, `
    + `${perAssessment(serviceCpuArg)} s an assessment), PostgreSQL ${(postgresCpuArg / 1000).toFixed(0)} s `
    + `(${perRequest(postgresCpuArg)} ms a request, ${perAssessment(postgresCpuArg)} s an assessment)`);
}
console.log(`Report: ${report}/index.html`);
