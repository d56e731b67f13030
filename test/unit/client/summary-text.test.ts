import * as assert from 'assert';
import { checkWorkspaceMessage, statusText, statusTooltip } from '../../../client/src/summary-text';

describe('client summary text', () => {
  it('writes the status bar counts, singular and plural', () => {
    assert.strictEqual(
      statusText({ items: 3, upheld: 2, overturned: 1, errors: 1, warnings: 0 }),
      '$(law) 3 items · 2 upheld · 1 overturned · 1 error',
    );
    assert.strictEqual(
      statusText({ items: 1, upheld: 0, overturned: 1, errors: 0, warnings: 2 }),
      '$(law) 1 item · 0 upheld · 1 overturned · 0 errors · 2 warnings',
    );
  });

  it('spells the counts out in the tooltip and names the config in use', () => {
    assert.strictEqual(
      statusTooltip({ items: 2, upheld: 1, overturned: 1, errors: 0, warnings: 1 }),
      'IMR letter: 2 disputed items (1 upheld, 1 overturned); 0 errors and 1 warning. ' +
        'Settings: the editor settings (no .imrlintrc.json in the workspace folder). Click to open the Problems panel.',
    );
    assert.strictEqual(
      statusTooltip({
        items: 1,
        upheld: 1,
        overturned: 0,
        errors: 0,
        warnings: 0,
        configFile: '/cases/.imrlintrc.json',
      }),
      'IMR letter: 1 disputed item (1 upheld, 0 overturned); 0 errors and 0 warnings. ' +
        'Settings: /cases/.imrlintrc.json and the editor settings. Click to open the Problems panel.',
    );
  });

  it('reports a workspace check', () => {
    assert.strictEqual(
      checkWorkspaceMessage({ files: 4, errors: 3, warnings: 1 }),
      'Checked 4 letters: 3 errors, 1 warning.',
    );
    assert.strictEqual(
      checkWorkspaceMessage({ files: 0, errors: 0, warnings: 0 }),
      'No IMR determination letters found in the workspace.',
    );
  });
});
