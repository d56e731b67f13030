import * as assert from 'assert';
import { checkText } from '../../../server/core';
import { exportLetter, publishedText } from '../../../server/core/export';
import { parseDetermination } from '../../../server/core/parser';
import { builtInKnowledge } from '../../../server/core/knowledge';

function exported(text: string): string {
  return publishedText(parseDetermination(text, builtInKnowledge())).text;
}

const DRAFT = `---
case: CM15-0041872
---

**Case No.:** CM15-0041872
**Priority**: Standard

# How the IMR Final Determination Was Made

The Expert Reviewer has the following credentials:

- State(s) of Licensure: California
- **Certification(s)/Specialty:** Acupuncture

# CLINICAL CASE SUMMARY

The patient *reports* neck pain, rated 6/10, and takes Norco* and \`ibuprofen\`; see 9792.20(__) \\*as defined\\*.

<!-- imr-disable-next-line exceeds-guideline-limit -->
## 6 acupuncture sessions for the cervical spine: Overturned

**Claims Administrator Guidelines:** Decision based on MTUS Acupuncture Medical Treatment Guidelines.

> **MAXIMUS guideline:** Decision based on MTUS Acupuncture Medical Treatment Guidelines.

**Decision rationale:** The request is __medically necessary__. <!-- a note -->
`;

describe('export: the published layout', () => {
  it('writes headings in capitals, labels in the fixed wording, and no Markdown marks, comments or front matter', () => {
    assert.strictEqual(
      exported(DRAFT),
      `Case Number: CM15-0041872
Priority: Standard

HOW THE IMR FINAL DETERMINATION WAS MADE

The Expert Reviewer has the following credentials:

State(s) of Licensure: California
Certification(s)/Specialty: Acupuncture

CLINICAL CASE SUMMARY

The patient reports neck pain, rated 6/10, and takes Norco* and ibuprofen; see 9792.20(__) *as defined*.

6 acupuncture sessions for the cervical spine: Overturned

Claims Administrator guideline: Decision based on MTUS Acupuncture Medical Treatment Guidelines.

MAXIMUS guideline: Decision based on MTUS Acupuncture Medical Treatment Guidelines.

Decision rationale: The request is medically necessary. 
`,
    );
  });

  it('keeps the line breaks of the draft, CRLF included', () => {
    const text = exported(DRAFT.replace(/\n/g, '\r\n'));
    assert.ok(text.startsWith('Case Number: CM15-0041872\r\nPriority: Standard\r\n\r\nHOW THE IMR'), text);
  });

  it('maps a place in the draft to the same words in the export', () => {
    const { text, map } = publishedText(parseDetermination(DRAFT, builtInKnowledge()));
    const at = DRAFT.indexOf('Norco');
    const span = map.mapSpan({ start: at, end: at + 'Norco'.length });
    assert.ok(span);
    assert.strictEqual(text.slice(span.start, span.end), 'Norco');
    const heading = DRAFT.indexOf('How the IMR');
    const mapped = map.mapSpan({ start: heading, end: heading + 'How the IMR Final Determination Was Made'.length });
    assert.ok(mapped);
    assert.strictEqual(text.slice(mapped.start, mapped.end), 'HOW THE IMR FINAL DETERMINATION WAS MADE');
    const frontMatter = DRAFT.indexOf('case: CM15');
    assert.strictEqual(map.mapSpan({ start: frontMatter, end: frontMatter + 4 }), undefined);
  });

  it('lists the errors that stop the export, in letter order', () => {
    const letter = exportLetter(checkText(DRAFT));
    assert.deepStrictEqual(
      letter.blockers.map((finding) => finding.rule),
      ['missing-section'],
    );
  });
});
