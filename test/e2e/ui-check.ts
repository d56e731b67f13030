/**
 * UI check: installs the packaged extension (imr-determinations.vsix) into code-server the way a
 * user would, opens a fixture letter in the workbench and asserts, from what the page shows, that
 * the Problems panel lists the letter's findings, that the status bar counts them and that a hover
 * on a guideline citation shows the guideline's limits, that typing prose pops up no suggestion,
 * that the checklist view ticks the letter's parts and that the extension page shows the README's
 * screenshot. Screenshots go to test-results/ui-*.png.
 * Exit code: 0 when every check passed, 1 otherwise.
 */
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { ElementHandle, Page } from 'playwright-core';
import { ensureCodeServer, startCodeServer, type RunningCodeServer } from './code-server';
import { expectedFindings, positionOf, PROJECT_ROOT, requireBuilt, RESULTS_DIR, SuiteCounts } from './project';

const VSIX = 'imr-determinations.vsix';
const LETTER = 'chiropractic-neck-findings.imr.md';
/** The citation hovered, and text its hover must show (the ODG neck manipulation limits). */
const CITATION = 'Official Disability Guidelines (ODG)';
const HOVER_TEXT = 'up to 9 visits over 8 weeks (Regional neck pain)';
/** The status bar item for LETTER: one Upheld item, two errors and a warning (phi). */
const STATUS_TEXT = '1 item · 1 upheld · 0 overturned · 2 errors · 1 warning';
const UI_TIMEOUT_MS = 30_000;

/** What a check may use besides the page: where its screenshots go, and the code-server it runs in. */
export interface UiRun {
  /** test-results/<prefix>-<name>.png */
  screenshot(name: string): Promise<void>;
  server: RunningCodeServer;
}

export interface UiCheck {
  name: string;
  run(page: Page, ui: UiRun): Promise<void>;
}

/** Where the extension is checked: which extension host, with which user settings. */
export interface UiHost {
  /** The screenshots' prefix: test-results/<prefix>-*.png. */
  prefix: string;
  /** User settings, e.g. the one that moves the extension to the browser worker host. */
  settings?: Record<string, unknown>;
  checks: UiCheck[];
}

const checks: UiCheck[] = [
  { name: 'the workbench opens the letter from the installed extension', run: openLetter },
  { name: 'the Problems panel lists the letter findings', run: problemsListFindings },
  { name: 'the status bar counts the letter items, decisions and findings', run: statusBarCounts },
  { name: 'a hover on a guideline citation shows its limits', run: hoverShowsLimits },
  { name: 'typing prose in a letter pops up no suggestion, not even after a heading', run: typingShowsNoSuggestion },
  { name: 'the IMR Checklist in the Explorer ticks what the letter has', run: checklistView },
  { name: 'the extension page of the installed .vsix shows the README screenshot', run: extensionPageImage },
];

/** Typed at the end of a case-summary line: ordinary words that used to match contributed snippets. */
const TYPED = ' Case Num';
const TYPED_AFTER = 'office can be reached at (916) 555-0142.';

/** The extension as VS Code runs it by default in code-server: in the Node extension host. */
export const NODE_HOST: UiHost = { prefix: 'ui', checks };

export async function runUiCheck(host: UiHost = NODE_HOST): Promise<SuiteCounts> {
  requireBuilt(VSIX, 'npm run package');
  console.log(ensureCodeServer());
  fs.mkdirSync(RESULTS_DIR, { recursive: true });
  const shot = (name: string) => path.join(RESULTS_DIR, `${host.prefix}-${name}.png`);
  // This host's screenshots only: `ui-hover.png` is not `ui-web-hover.png`.
  const own = new RegExp(`^${host.prefix}-[a-z]+\\.png$`);
  for (const old of fs.readdirSync(RESULTS_DIR).filter((name) => own.test(name))) {
    fs.rmSync(path.join(RESULTS_DIR, old));
  }
  const server = await startCodeServer({ vsix: path.join(PROJECT_ROOT, VSIX), settings: host.settings });
  const counts = { passed: 0, failed: 0 };
  try {
    const browser = await server.launchBrowser();
    const page = await browser.newPage({ viewport: { width: 1400, height: 860 } });
    page.setDefaultTimeout(UI_TIMEOUT_MS);
    const ui: UiRun = { server, screenshot: async (name) => void (await page.screenshot({ path: shot(name) })) };
    // The workbench's checks wait for what they need; a loaded machine can take long to fire `load`.
    await page.goto(server.workbenchUrl, { waitUntil: 'domcontentloaded', timeout: 4 * UI_TIMEOUT_MS });
    for (const check of host.checks) {
      // Later checks build on the editor state of earlier ones, so stop at the first failure.
      if (counts.failed > 0) break;
      try {
        await check.run(page, ui);
        counts.passed++;
        console.log(`  ✔ ${check.name}`);
      } catch (error) {
        counts.failed++;
        console.log(`  ✘ ${check.name}: ${error instanceof Error ? error.message : String(error)}`);
        await ui.screenshot('failure');
      }
    }
  } finally {
    await server.stop();
  }
  console.log(`ui: ${counts.passed} passed, ${counts.failed} failed`);
  return counts;
}

export async function openLetter(page: Page): Promise<void> {
  await page.locator('.monaco-workbench').waitFor();
  await page.locator('.explorer-folders-view').waitFor();
  await page.keyboard.press('Control+P');
  await page.locator('.quick-input-widget input').fill(LETTER);
  await page.locator('.quick-input-list .monaco-list-row', { hasText: LETTER }).first().waitFor();
  await page.keyboard.press('Enter');
  await page.locator('.tab.active', { hasText: LETTER }).waitFor();
  await page.locator('.monaco-editor .view-lines').first().waitFor();
  // The screenshots are about the letter: hide the file explorer.
  await page.keyboard.press('Control+B');
  await page.locator('.part.sidebar').waitFor({ state: 'hidden' });
}

export async function problemsListFindings(page: Page, ui: UiRun): Promise<void> {
  const expected = expectedFindings()[LETTER];
  await page.keyboard.press('Control+Shift+M');
  const rows = page.locator('.markers-panel .monaco-tl-row');
  // One row per finding plus the row naming the file.
  await waitUntil(async () => (await rows.count()) === expected.length + 1, 'the Problems panel to list every finding');
  const text = (await page.locator('.markers-panel').innerText()).replace(/\s+/g, ' ');
  for (const { code, line } of expected) {
    const row = `${code} [Ln ${line + 1},`;
    assert.ok(text.includes(row), `the Problems panel does not show "${row}": ${text}`);
  }
  await ui.screenshot('problems');
}

export async function statusBarCounts(page: Page): Promise<void> {
  const item = page.locator('.statusbar-item', { hasText: STATUS_TEXT });
  await item.first().waitFor();
  assert.strictEqual((await item.first().innerText()).trim(), STATUS_TEXT);
}

export async function hoverShowsLimits(page: Page, ui: UiRun): Promise<void> {
  const { line, character } = positionOf(LETTER, CITATION);
  await page.locator('.monaco-editor .view-lines').first().click();
  await page.keyboard.press('Control+G');
  await page.locator('.quick-input-widget input').fill(`:${line + 1}:${character + 2}`);
  await page.keyboard.press('Enter');
  await page.keyboard.press('Control+K');
  await page.keyboard.press('Control+I');
  await waitUntil(async () => (await hoverText(page)).includes(HOVER_TEXT), `a hover showing "${HOVER_TEXT}"`);
  await ui.screenshot('hover');
}

async function typingShowsNoSuggestion(page: Page, ui: UiRun): Promise<void> {
  await page.keyboard.press('Escape');
  const { line, character } = positionOf(LETTER, TYPED_AFTER);
  await goTo(page, line + 1, character + TYPED_AFTER.length + 1);
  await page.keyboard.type(TYPED, { delay: 60 });
  // Let VS Code's quick-suggestion delay pass: the status bar shows the server has the edit.
  await page.locator('.statusbar-item', { hasText: STATUS_TEXT }).first().waitFor();
  await new Promise((resolve) => setTimeout(resolve, 800));
  assert.strictEqual(await page.locator('.suggest-widget.visible').count(), 0, 'a suggestion popped up while typing');
  await ui.screenshot('typing');
  // Enter after a heading inserts a line break, never a suggestion.
  for (let i = 0; i < TYPED.length; i++) await page.keyboard.press('Backspace');
}

async function checklistView(page: Page, ui: UiRun): Promise<void> {
  await page.keyboard.press('Control+Shift+E');
  const header = page.locator('.pane-header', { hasText: 'IMR Checklist' });
  await header.waitFor();
  if ((await header.getAttribute('aria-expanded')) !== 'true') await header.click();
  // Room for the checklist: fold the file tree and close the panel.
  const files = page.locator('.pane-header', { hasText: 'WORKSPACE' });
  if ((await files.getAttribute('aria-expanded')) === 'true') await files.click();
  await page.keyboard.press('Control+J');
  const rows = page.locator('.pane', { has: header }).locator('.monaco-list-row');
  await waitUntil(async () => (await rows.count()) > 5, 'the checklist rows');
  const text = (await page.locator('.pane', { has: header }).innerText()).replace(/\s+/g, ' ');
  for (const expected of [
    'Sections',
    'Credentials',
    'State(s) of licensure',
    'No placeholder left',
    'Disputed items (1)',
  ]) {
    assert.ok(text.includes(expected), `the checklist does not show "${expected}": ${text}`);
  }
  await ui.screenshot('checklist');
}

/**
 * The Details tab renders the packaged README in a webview (an iframe within an iframe): the
 * screenshot there must have loaded, not be a broken image.
 */
async function extensionPageImage(page: Page, ui: UiRun): Promise<void> {
  await page.keyboard.press('Control+Shift+X');
  await page.locator('.extensions-viewlet').waitFor();
  await page.locator('.extensions-viewlet .suggest-input-container').first().click();
  await page.keyboard.type('@installed IMR Determinations');
  const row = page.locator('.extensions-viewlet .monaco-list-row', { hasText: 'IMR Determinations' }).first();
  await row.waitFor();
  await row.click();
  await page.locator('.extension-editor').waitFor();
  let image: ElementHandle | undefined;
  await waitUntil(async () => (image = await loadedReadmeImage(page)) !== undefined, 'the README screenshot to load');
  await image?.scrollIntoViewIfNeeded();
  await ui.screenshot('extension');
}

/** The README's screenshot in the extension page's webview, once it has loaded with its real size. */
async function loadedReadmeImage(page: Page): Promise<ElementHandle | undefined> {
  for (const frame of page.frames()) {
    for (const image of await frame.$$('img[alt^="A letter in VS Code"]').catch(() => [])) {
      const width = await image.evaluate((element) => (element as unknown as { naturalWidth: number }).naturalWidth);
      if (width > 0) return image;
    }
  }
  return undefined;
}

async function goTo(page: Page, line: number, column: number): Promise<void> {
  await page.locator('.monaco-editor .view-lines').first().click();
  await page.keyboard.press('Control+G');
  await page.locator('.quick-input-widget input').fill(`:${line}:${column}`);
  await page.keyboard.press('Enter');
}

async function hoverText(page: Page): Promise<string> {
  const hovers = page.locator('.monaco-hover:not(.hidden) .monaco-hover-content');
  return (await hovers.count()) > 0 ? hovers.first().innerText() : '';
}

async function waitUntil(condition: () => Promise<boolean>, what: string): Promise<void> {
  const deadline = Date.now() + UI_TIMEOUT_MS;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

if (require.main === module) {
  runUiCheck().then(
    (counts) => process.exit(counts.failed === 0 && counts.passed > 0 ? 0 : 1),
    (error: unknown) => {
      console.error(error instanceof Error ? error.message : error);
      process.exit(1);
    },
  );
}
