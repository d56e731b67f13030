/**
 * Runs the extension test suite in desktop VS Code through @vscode/test-electron, the standard
 * runner. It uses the VS Code at VSCODE_EXECUTABLE_PATH; with `--download` it lets test-electron
 * download the current stable build (needs a network). Without either it skips, because this
 * machine cannot download VS Code (the code-server host runs the same suite here).
 * Exit code: 0 when skipped or every test passed, 1 otherwise.
 */
import { runTests } from '@vscode/test-electron';
import * as path from 'path';
import { copyFixtureWorkspace, PROJECT_ROOT, requireBuilt, SUITE_INDEX, withTempDir } from './project';

export type ElectronOutcome = 'passed' | 'failed' | 'skipped';

export async function runSuiteInElectron(allowDownload: boolean): Promise<ElectronOutcome> {
  const executable = process.env.VSCODE_EXECUTABLE_PATH;
  if (!executable && !allowDownload) {
    console.log(
      'test-electron: skipped (set VSCODE_EXECUTABLE_PATH to an installed VS Code, ' +
        'or pass --download on a machine with a network)',
    );
    return 'skipped';
  }
  requireBuilt('dist/client.js', 'npm run build');
  requireBuilt('out/test/e2e/suite/index.js', 'npx tsc -p .');
  return withTempDir('imr-e2e-electron-', async (home) => {
    try {
      const exitCode = await runTests({
        vscodeExecutablePath: executable,
        extensionDevelopmentPath: PROJECT_ROOT,
        extensionTestsPath: SUITE_INDEX,
        launchArgs: [
          copyFixtureWorkspace(home),
          '--disable-extensions',
          '--disable-workspace-trust',
          '--user-data-dir',
          path.join(home, 'user-data'),
        ],
      });
      return exitCode === 0 ? 'passed' : 'failed';
    } catch (error) {
      console.error(`test-electron: ${error instanceof Error ? error.message : String(error)}`);
      return 'failed';
    }
  });
}

if (require.main === module) {
  void runSuiteInElectron(process.argv.includes('--download')).then((outcome) =>
    process.exit(outcome === 'failed' ? 1 : 0),
  );
}
