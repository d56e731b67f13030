import * as assert from 'assert';
import * as path from 'path';
import { builtInKnowledge, listGuidelines } from '../../../server/core/knowledge';
import { spawnSync } from 'child_process';
import { CLI, exampleLetter, removeFolder, runCli, tempFolder } from './run-cli';

/** An organisation's pack: its own figure for MTUS massage, replacing the built-in entry of that id. */
const ORG_PACK = {
  name: 'org pack',
  limits: [
    {
      id: 'cpmtg2009-massage',
      guideline: 'mtus-cpmtg-2009',
      treatment: 'massage',
      recommended: true,
      total: { visits: { min: 4, max: 8 } },
      source: { section: 'Massage therapy', pages: '60' },
      confidence: 'unverified',
      passage: 'Our panel allows up to 8 massage visits as an adjunct to exercise.',
    },
  ],
};

/** JSON as the CLI prints it: undefined properties dropped. */
const asPrinted = (value: unknown) => JSON.parse(JSON.stringify(value));

describe('imr-lint guideline knowledge', () => {
  let folder: string;
  afterEach(() => removeFolder(folder));

  describe('--items', () => {
    it('adds each disputed item with the knowledge entries that apply to it to the JSON report', () => {
      folder = tempFolder({
        'a.imr.md': exampleLetter('acupuncture-neck.imr.md'),
        'b.imr.md': exampleLetter('lumbar-mri-and-medication.imr.md'),
      });
      const run = runCli(['--format', 'json', '--items', 'a.imr.md', 'b.imr.md'], folder);
      assert.strictEqual(run.status, 0);
      const [a, b] = JSON.parse(run.stdout);
      assert.deepStrictEqual(a, {
        file: 'a.imr.md',
        diagnostics: [],
        items: [
          {
            title: '6 acupuncture sessions for the cervical spine, 2 times a week for 3 weeks',
            decision: 'Overturned',
            treatment: 'acupuncture',
            region: 'neck',
            setting: 'chronic',
            range: { start: { line: 42, character: 3 }, end: { line: 58, character: 89 } },
            knowledge: [
              { id: 'mtus-acupuncture', guideline: 'mtus-acupuncture-2007', treatment: 'acupuncture', regions: [] },
              { id: 'odg-acupuncture', guideline: 'odg', treatment: 'acupuncture', regions: [] },
            ],
            unjudged: null,
            conclusion: {
              necessary: true,
              strength: 'explicit',
              text: 'The request is medically necessary.',
            },
          },
        ],
      });
      assert.deepStrictEqual(
        b.items.map((item: { title: string; decision: string; treatment: string }) => [
          item.title,
          item.decision,
          item.treatment,
        ]),
        [
          ['MRI of the lumbar spine without contrast', 'Overturned', 'mri'],
          ['Cyclobenzaprine 7.5 mg #60', 'Upheld', 'muscle-relaxant'],
        ],
      );
      assert.ok(
        b.items.every((item: { knowledge: unknown[]; unjudged: null }) => item.knowledge.length > 0 && !item.unjudged),
      );
    });

    it('says, for an item no entry judges on its date, which guidelines fit it but for the date, and why', () => {
      // The same letter a year after the ACOEM-based MTUS came in: its 2004 chapter is no longer in force.
      const letter = exampleLetter('lumbar-mri-and-medication.imr.md').replace(
        '**UR Denial Date:** 03/06/2017',
        '**UR Denial Date:** 03/06/2025',
      );
      folder = tempFolder({ 'b.imr.md': letter });
      const [b] = JSON.parse(runCli(['--format', 'json', '--items', 'b.imr.md'], folder).stdout);
      assert.deepStrictEqual(
        b.items.map((item: { unjudged: string | null; outOfDate?: unknown }) => [item.unjudged, item.outOfDate]),
        [
          [
            'no entry in force',
            [
              { guideline: 'acoem-low-back-2004', why: 'not in force' },
              // What we know of the ACOEM Low Back Disorders Guideline is its 2016 edition, updated since.
              { guideline: 'mtus-acoem-low-back', why: 'content not known' },
            ],
          ],
          // Chronic by then, the muscle relaxant is judged by the ACOEM-based Chronic Pain Guideline.
          [null, undefined],
        ],
      );
    });

    it('leaves items out of the JSON report without --items', () => {
      folder = tempFolder({ 'a.imr.md': exampleLetter('acupuncture-neck.imr.md') });
      assert.deepStrictEqual(JSON.parse(runCli(['--format', 'json', 'a.imr.md'], folder).stdout), [
        { file: 'a.imr.md', diagnostics: [] },
      ]);
    });

    it('prints a table per letter with --format text, naming items no entry applies to', () => {
      const letter = exampleLetter('acupuncture-neck.imr.md').replace(
        '## 6 acupuncture sessions for the cervical spine, 2 times a week for 3 weeks: Overturned',
        '## Ergonomic chair for home office use: Overturned',
      );
      folder = tempFolder({ 'a.imr.md': letter });
      assert.deepStrictEqual(runCli(['--items', 'a.imr.md'], folder).stdout.split('\n'), [
        'a.imr.md: 1 disputed item, 0 with guideline knowledge',
        '  line  decision    treatment            region  setting  title                                knowledge',
        '  43    Overturned  ergonomic-equipment  -       chronic  Ergonomic chair for home office use  (no entry for treatment)',
        'Coverage: 0 of 1 disputed item (0 %) have guideline knowledge',
        '1 letter checked: 0 errors, 0 warnings',
        '',
      ]);
    });
  });

  describe('--list-guidelines', () => {
    it('prints every limit, criteria and drug entry as loaded, as JSON', () => {
      folder = tempFolder({});
      const run = runCli(['--list-guidelines', '--format', 'json'], folder);
      assert.strictEqual(run.status, 0);
      assert.deepStrictEqual(JSON.parse(run.stdout), asPrinted(listGuidelines(builtInKnowledge())));
    });

    it('includes the entries of the packs the config names, with what they override', () => {
      folder = tempFolder({
        '.imrlintrc.json': '{"guidelinePacks": ["packs/org.json"]}',
        'packs/org.json': JSON.stringify(ORG_PACK, null, 2),
      });
      const listed = JSON.parse(runCli(['--list-guidelines', '--format', 'json'], folder).stdout);
      const massage = listed.find((entry: { id: string }) => entry.id === 'cpmtg2009-massage');
      assert.strictEqual(listed.length, listGuidelines(builtInKnowledge()).length);
      assert.deepStrictEqual(massage.total, { visits: { min: 4, max: 8 } });
      assert.strictEqual(massage.pack, path.join(folder, 'packs/org.json'));
      assert.deepStrictEqual(massage.overrides, { id: 'cpmtg2009-massage', pack: 'built-in' });
    });

    it('lists limits, criteria and drugs, each drug with its edition and its MTUS Drug List line', () => {
      folder = tempFolder({});
      const listed = JSON.parse(runCli(['--list-guidelines', '--format', 'json'], folder).stdout);
      const kb = builtInKnowledge();
      const count = (kind: string) => listed.filter((entry: { kind: string }) => entry.kind === kind).length;
      assert.deepStrictEqual(
        [count('limit'), count('criteria'), count('drug')],
        [kb.limits.length, kb.criteria.length, kb.drugs.length],
      );
      const drug = (id: string) => listed.find((entry: { id: string }) => entry.id === id);
      assert.deepStrictEqual(drug('duloxetine'), {
        id: 'duloxetine',
        name: 'Duloxetine',
        names: ['duloxetine', 'cymbalta'],
        drugClass: 'antidepressant',
        treatment: 'antidepressant',
        confidence: 'unverified',
        pack: 'built-in',
        drugList: {
          status: 'exempt',
          list: { version: 'v.7', effective: '2020-11-01' },
          source: {
            section: 'MTUS Drug List v.7 (8 CCR 9792.27.15), effective 2020-11-01, depressive disorder medications',
          },
          confidence: 'verified',
        },
        kind: 'drug',
        era: {},
        guideline: null,
        region: null,
        regions: [],
        passage: 'Duloxetine',
      });
      const cyclobenzaprine = drug('cyclobenzaprine');
      assert.deepStrictEqual(
        [cyclobenzaprine.guideline, cyclobenzaprine.guidelineName, cyclobenzaprine.era],
        [
          'mtus-cpmtg-2009',
          'MTUS Chronic Pain Medical Treatment Guidelines (2009)',
          { from: '2009-07-18', to: '2016-07-27' },
        ],
      );
      assert.deepStrictEqual(cyclobenzaprine.drugList, {
        status: 'not-confirmed',
        list: null,
        source: { section: 'MTUS Drug List (8 CCR 9792.27.15)' },
        confidence: 'unverified',
      });
    });

    it('stops quietly when the reader closes the pipe early (| head)', () => {
      folder = tempFolder({});
      const shell = spawnSync(
        'sh',
        ['-c', `"${process.execPath}" "${CLI}" --list-guidelines 2>err.txt | head -n 1; cat err.txt`],
        {
          cwd: folder,
          encoding: 'utf8',
        },
      );
      assert.match(shell.stdout, /^id +kind +guideline/);
      assert.strictEqual(shell.stdout.split('\n').filter(Boolean).length, 1, shell.stdout);
    });

    it('prints a table with --format text: the kind and the Drug List status as the JSON gives them', () => {
      folder = tempFolder({});
      const lines = runCli(['--list-guidelines'], folder).stdout.trimEnd().split('\n');
      assert.match(lines[0], /^id +kind +guideline +treatment +region +confidence +drug list +passage$/);
      assert.strictEqual(lines.length, listGuidelines(builtInKnowledge()).length + 1);
      const row = (id: string) => lines.find((line) => line.startsWith(`${id} `))?.split(/ {2,}/);
      assert.deepStrictEqual(row('duloxetine'), [
        'duloxetine',
        'drug',
        '-',
        'antidepressant',
        'any',
        'unverified',
        'exempt v.7 2020-11-01 (verified)',
        'Duloxetine',
      ]);
      assert.deepStrictEqual(row('cyclobenzaprine')?.slice(1, 7), [
        'drug',
        'mtus-cpmtg-2009',
        'muscle-relaxant',
        'any',
        'observed-in-letters',
        'not-confirmed',
      ]);
      assert.deepStrictEqual(row('mtus-acupuncture')?.slice(1, 7), [
        'limit',
        'mtus-acupuncture-2007',
        'acupuncture',
        'any',
        'verified',
        '-',
      ]);
    });
  });

  describe('guideline packs', () => {
    it('judges letters with the pack entries', () => {
      const letter = exampleLetter('chiropractic-low-back.txt');
      folder = tempFolder({
        '.imrlintrc.json': '{"guidelinePacks": ["packs/org.json"]}',
        'packs/org.json': JSON.stringify(ORG_PACK),
        'a.txt': letter,
      });
      const run = runCli(['--format', 'json', '--items', 'a.txt'], folder);
      assert.strictEqual(run.status, 0, run.stderr);
    });

    it('stops with status 2 and the pack file:line:col when a pack is broken', () => {
      folder = tempFolder({
        '.imrlintrc.json': '{"guidelinePacks": ["packs/org.json"]}',
        'packs/org.json': '{\n  "limits": [\n    {"id": "x"}\n  ]\n}',
        'a.txt': exampleLetter('chiropractic-low-back.txt'),
      });
      const run = runCli(['a.txt'], folder);
      assert.strictEqual(run.status, 2);
      assert.match(run.stderr, /^imr-lint: packs\/org\.json:3:5: .+\n$/);
    });
  });
});
