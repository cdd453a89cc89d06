import { chromium } from 'playwright-core';
import { serveStatic } from './tests/helpers/static-server.ts';
import { weighPages, total } from './scripts/bench/page-weight.ts';
const server = await serveStatic(process.argv[2]!);
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
for (const w of await weighPages(browser, server.url, process.argv.slice(3)))
  console.log(w.page, w.requests, JSON.stringify(w.gzip), total(w.gzip));
await browser.close();
await server.close();
