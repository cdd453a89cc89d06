// Preloaded into a measured build (`node --import`): its peak memory, read by scripts/bench/measure-build.ts.
process.on('exit', () => {
  process.stdout.write(`\nMAXRSS ${process.resourceUsage().maxRSS}\n`);
});
