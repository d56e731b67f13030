import { parseDetermination } from '../../../server/core/parser';
import type { Determination } from '../../../server/core/model/determination';
import type { Span } from '../../../server/core/model/span';
import { testVocabulary } from './vocabulary';

/** Whole letters of our own in each shape, which the parser test of each module reads. */

export function parse(text: string): Determination {
  return parseDetermination(text, testVocabulary);
}

/** The letter text a span covers, with white space folded, so assertions read like the letter. */
export function at(determination: Determination, span: Span | undefined): string | undefined {
  return span && determination.text.slice(span.start, span.end).replace(/\s+/g, ' ');
}

/** A published letter's plain text: values in a block after the labels, a partial approval, a page break. */
export const PUBLISHED = [
  'Case Number:',
  'Date Assigned:',
  'Decision Date:',
  'Priority:',
  'Date of Injury:',
  'UR Denial Date:',
  'Application Received:',
  'CM16-0201234',
  '10/14/2016',
  '11/18/2016',
  'Standard',
  '04/02/2013',
  '10/05/2016',
  '10/12/2016',
  '',
  'HOW THE IMR FINAL DETERMINATION WAS MADE',
  'MAXIMUS Federal Services sent the complete case file to an expert reviewer.',
  'The Expert Reviewer has the following credentials:',
  'State(s) of Licensure: California,North Carolina',
  'Certification(s)/Specialty: Physical Medicine & Rehabilitation, Pain',
  'Management',
  '',
  'CLINICAL CASE SUMMARY',
  'The injured worker is a 52-year-old male who sustained an industrial injury on 04/02/2013. Records were',
  'reviewed from 01/04/2016 to 09/20/2016. He had 12 sessions of physical therapy in 2015. On 10-5-16,',
  'utilization review determined the request was not medically necessary.',
  '',
  'IMR ISSUES, DECISIONS AND RATIONALES',
  'The Final Determination was based on decisions for the disputed items/services set forth below:',
  'Physical therapy 2 times a week for 6 weeks for the lumbar spine was the original request. Physical therapy',
  '2 times a week for 3 weeks was authorized by the Claims Administrator. The remaining IMR eligible',
  'portion of the original request, physical therapy 2 times a week for 3 weeks for the lumbar spine is:',
  'Upheld',
  'Claims Administrator guideline: Decision based on MTUS Chronic Pain Medical Treatment 2016, Section(s): Physical medicine treatment.',
  'MAXIMUS guideline: Decision based on MTUS Chronic Pain Medical Treatment 2016, Section(s): Physical medicine',
  'treatment, NSAIDs, GI symptoms & cardiovascular risk, and MTUS Forearm, Wrist, and Hand Complaints 2004, Section(s): Special Studies.',
  'Decision rationale: The MTUS recommends 9-10 visits over 8 weeks for myalgia. The request exceeds',
  'that. The request is not medically\f necessary.',
  'Retrospective Norco 10/325 mg #90 (DOS 9/1/16) for the',
  'lumbar spine:',
  'Overturned',
  'Claims Administrator guideline: The Claims Administrator based their decision on recommendation(s) outside of the MTUS Guidelines.',
  'MAXIMUS guideline: The Expert Reviewer did not cite any medical evidence for its decision.',
  'Decision rationale: The patient reports functional improvement with Norco, with increased walking tolerance. The request is medically necessary.',
].join('\r\n');

/** Published text with a blank line between every two lines (as some PDF converters write it). */
export const SEED_STYLE = [
  ' HOW THE IMR FINAL DETERMINATION WAS MADE ',
  '',
  'MAXIMUS Federal Services sent the complete case file to an expert reviewer. The expert ',
  '',
  'reviewer is licensed in Chiropractic and is licensed to practice in California. ',
  '',
  ' ',
  '',
  'CLINICAL CASE SUMMARY ',
  '',
  'The patient is a 38 year old female with the injury date of 06/11/13. She had 6 sessions of ',
  '',
  'acupuncture. The utilization review determination being challenged is dated on 01/09/15. ',
  '',
  ' ',
  '',
  'IMR ISSUES, DECISIONS AND RATIONALES ',
  '',
  'The Final Determination was based on decisions for the disputed items/services set forth below: ',
  '',
  '6 chiropractic treatments for the neck: Overturned ',
  '',
  'Claims Administrator guideline: Decision based on MTUS Chronic Pain Treatment Guidelines Manual ',
  '',
  'therapy & manipulation Page(s): 58-59. ',
  '',
  'MAXIMUS guideline: Decision based on Non-MTUS Citation Official Disability Guidelines (ODG) Neck ',
  '',
  'Pain, Chiropractic ',
  '',
  'Decision rationale: ODG allows 9 visits over 8 weeks for regional neck pain. The requested 6 ',
  '',
  'visits fall within that. The request is medically necessary. ',
  '',
  'Acupuncture x6 for the low back ',
  '',
  'Claims Administrator guideline: Decision based on MTUS Acupuncture Treatment Guidelines. ',
  '',
  'Decision rationale: ',
  '',
].join('\n');

/** A Markdown-like draft: front matter, headings, bold labels. */
export const MARKDOWN = `---
case: CM15-0001111
---
# How the IMR Final Determination Was Made

The Expert Reviewer has the following credentials:

- **State(s) of Licensure:** California
- **Certification(s)/Specialty:** Acupuncture

# Clinical Case Summary

The patient is a 47 year old man injured on 3/3/2014.

# IMR Issues, Decisions and Rationales

## 8 acupuncture sessions for the neck, 2x4: Upheld

**Claims Administrator guideline:** The Claims Administrator did not cite any medical evidence for its decision.

**MAXIMUS guideline:** Decision based on MTUS Acupuncture Medical Treatment Guidelines.

**Decision rationale:** MTUS allows 3-6 treatments for an initial trial. Without documented functional improvement, the request is not medically necessary. <!-- expect: none -->

## Physical therapy (8) for the low back
Overturned

Decision rationale: The request is supported.
`;
