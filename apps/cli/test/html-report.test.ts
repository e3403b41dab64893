import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REPO, run } from './helpers.js';

/** Debian's chromium (`.ci/run` installs it); launched as headless and offline as this machine allows. */
const CHROMIUM = '/usr/bin/chromium';
const FLAGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

interface Report {
  files: Array<{ path: string; diagnostics: Array<{ ruleId: string; severity: string; message: string; line: number; column: number; url: string }> }>;
}

let browser: Browser;
let dir: string;
let report: Report;
let page: Page;
const requests: string[] = [];

beforeAll(async () => {
  expect(existsSync(CHROMIUM), `${CHROMIUM} is missing: apt-get install -y chromium`).toBe(true);
  dir = mkdtempSync(join(tmpdir(), 'dc-html-'));
  const html = run(['--format', 'html', '-o', join(dir, 'report.html'), 'examples/']);
  expect([html.code, html.stderr]).toEqual([1, '']);
  report = JSON.parse(run(['--format', 'json', 'examples/']).stdout);
  // Playwright starts it with a new empty profile of its own.
  browser = await chromium.launch({ executablePath: CHROMIUM, args: FLAGS });
  page = await browser.newPage();
  page.on('request', (r) => requests.push(r.url()));
  await page.goto(pathToFileURL(join(dir, 'report.html')).href);
}, 120_000);

afterAll(async () => {
  await browser?.close();
  rmSync(dir, { recursive: true, force: true });
});

const visible = (selector: string) => page.locator(`${selector}:visible`).count();
const all = () => report.files.flatMap((f) => f.diagnostics.map((d) => ({ ...d, path: f.path })));

describe('--format html in a browser', () => {
  it('is one file that loads nothing else', () => {
    expect(requests).toEqual([pathToFileURL(join(dir, 'report.html')).href]);
    expect(readFileSync(join(dir, 'report.html'), 'utf8')).not.toMatch(/<(?:link|img|iframe)\b|\bsrc=/i);
  });

  it('renders every finding of every document, with its excerpt and a link to its rule page', async () => {
    expect(await page.locator('section.file').count()).toBe(report.files.length);
    expect(await visible('li.finding')).toBe(all().length);
    expect(await page.locator('#shown').textContent()).toBe(`${all().length} of ${all().length} shown`);
    const first = all()[0];
    const item = page.locator(`section.file[data-path="${first.path}"] li.finding`).first();
    expect(await item.locator('.msg').textContent()).toBe(first.message);
    expect(await item.locator('.pos').textContent()).toBe(`${first.line}:${first.column}`);
    expect(await item.locator('a.rule').getAttribute('href')).toBe(first.url);
    const source = readFileSync(join(REPO, first.path), 'utf8').split(/\r?\n/)[first.line - 1];
    expect(await item.locator('.ln.at').textContent()).toBe(`${first.line} | ${source}`);
    // Each document's summary by plugin and severity adds up to its findings.
    const slo = report.files.find((f) => f.path.endsWith('slo-defects.md'))!;
    const cells = await page.locator(`section.file[data-path="${slo.path}"] table.summary tr:has(th:text-is("slo")) td`).allTextContents();
    const count = (sev: string) => String(slo.diagnostics.filter((d) => d.ruleId.startsWith('slo/') && d.severity === sev).length);
    expect(cells).toEqual([count('error'), count('warning'), count('info')]);
  });

  it('filters by severity and by plugin', async () => {
    const errors = all().filter((d) => d.severity === 'error');
    await page.locator('input[name=severity][value=warning]').uncheck();
    expect(await visible('li.finding')).toBe(errors.length);
    expect(await page.locator('li.finding.warning:visible').count()).toBe(0);
    for (const box of await page.locator('input[name=plugin]').all()) if ((await box.getAttribute('value')) !== 'stride') await box.uncheck();
    const strideErrors = errors.filter((d) => d.ruleId.startsWith('stride/'));
    expect(strideErrors.length).toBeGreaterThan(0);
    expect(await visible('li.finding')).toBe(strideErrors.length);
    expect(await page.locator('#shown').textContent()).toBe(`${strideErrors.length} of ${all().length} shown`);
    // Documents without a shown finding are hidden.
    const withStride = new Set(strideErrors.map((d) => d.path));
    expect(await visible('section.file')).toBe(withStride.size);
    for (const box of await page.locator('input[type=checkbox]').all()) await box.check();
    expect(await visible('li.finding')).toBe(all().length);
    expect(await visible('section.file')).toBe(report.files.length);
  });
});
