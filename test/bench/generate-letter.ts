/**
 * Generated letters for the benchmark and the property tests: a full Markdown-shaped
 * determination with as many disputed items as it takes to reach a size. The items cycle
 * through the kinds reviewers decide (visit-counted therapies, imaging, drugs), with both
 * decisions, both citation eras and some defects, so every rule has work to do.
 */

const HEADER = `**Case Number:** CM16-0104{n}
**Date Assigned:** 06/02/2016
**Decision Date:** 06/28/2016
**Priority:** Standard
**Date of Injury:** 03/11/2014
**UR Denial Date:** 05/13/2016
**Application Received:** 05/24/2016
`;

const HOW_MADE = `# HOW THE IMR FINAL DETERMINATION WAS MADE

MAXIMUS Federal Services sent the complete case file to an expert reviewer. He/she has no
affiliation with the employer, employee, providers or the claims administrator. He/she has been
in active clinical practice for more than five years and is currently working at least 24 hours a
week in active practice. He/she is familiar with governing laws and regulations, including the
strength of evidence hierarchy that applies to Independent Medical Review determinations.

The Expert Reviewer has the following credentials:

- State(s) of Licensure: California
- Certification(s)/Specialty: Physical Medicine & Rehabilitation
`;

const CASE_SUMMARY = `# CLINICAL CASE SUMMARY

The expert reviewer developed the following clinical case summary based on a review of the
case file, including all medical records:

The injured worker is a 49 year old female who sustained an industrial injury on 03/11/2014.
She reports neck and low back pain with radiation to the left leg. Treatment has included
12 sessions of physical therapy, 6 sessions of acupuncture, naproxen and a home exercise program.
Per a progress report dated 04/20/2016, lumbar flexion is limited and straight leg raise is
positive on the left. The utilization review determination being challenged is dated 05/13/2016.
Treatment reports were provided from 01/05/2016 to 04/20/2016.

# IMR ISSUES, DECISIONS AND RATIONALES

The Final Determination was based on decisions for the disputed items/services set forth below:
`;

/** One item; `n` varies the numbers so no two items are alike. */
const ITEMS: Array<(n: number) => string> = [
  (
    n,
  ) => `## ${3 + (n % 4)} acupuncture sessions for the lumbar spine, 1 times a week for ${3 + (n % 4)} weeks: Overturned

**Claims Administrator guideline:** Decision based on MTUS Acupuncture Medical Treatment Guidelines.

**MAXIMUS guideline:** Decision based on MTUS Chronic Pain Treatment Guidelines 9792.24.1, Acupuncture
Medical Treatment Guidelines Page(s): 13.

**Decision rationale:** The MTUS Acupuncture Medical Treatment Guidelines state that the time to produce
functional improvement is 3 to 6 treatments, 1 to 3 times per week, over 1 to 2 months. The injured worker
has not had acupuncture for the low back in the past year, so this is an initial trial. The request is
medically necessary.
`,
  (n) => `## Chiropractic treatment for the cervical spine, ${8 + (n % 6)} sessions: Upheld

**Claims Administrator guideline:** The Claims Administrator did not base their decision on the MTUS.
Decision based on Non-MTUS Citation Official Disability Guidelines (ODG), Neck and Upper Back

**MAXIMUS guideline:** Decision based on MTUS Chronic Pain Treatment Guidelines Manual therapy &
manipulation Page(s): 58-59. Decision based on Non-MTUS Citation Official Disability Guidelines (ODG)
Neck Pain, Chiropractic

**Decision rationale:** ODG allows 9 visits over 8 weeks for regional neck pain. The records show ${n % 10}
prior chiropractic visits without documented functional improvement, and the treater does not explain why
more is needed. The request is not medically necessary.
`,
  (n) => `## Physical therapy 2x${3 + (n % 5)} for the left shoulder: Overturned

**Claims Administrator guideline:** Decision based on MTUS Chronic Pain Treatment Guidelines Physical
Medicine Page(s): 98-99.

**MAXIMUS guideline:** Decision based on MTUS Chronic Pain Treatment Guidelines Physical Medicine
Page(s): 98-99.

**Decision rationale:** The guidelines allow for fading of treatment frequency plus active self-directed
home physical medicine, and recommend 9-10 visits over 8 weeks for myalgia and myositis. The injured
worker has had no therapy for the shoulder. The request is medically necessary.
`,
  (n) => `## MRI of the lumbar spine without contrast: ${n % 3 === 0 ? 'Upheld' : 'Overturned'}

**Claims Administrator guideline:** Decision based on MTUS Low Back Complaints 2004, Section(s): Special
Studies.

**MAXIMUS guideline:** Decision based on MTUS Low Back Complaints 2004, Section(s): Special Studies.

**Decision rationale:** Unequivocal objective findings that identify specific nerve compromise on the
neurologic examination are sufficient evidence to warrant imaging in patients who would consider surgery.
${n % 3 === 0 ? 'The examination is nonfocal and no surgery is planned. The request is not medically necessary.' : 'The examination shows an absent ankle reflex and the surgeon is considering decompression. The request is medically necessary.'}
`,
  (n) => `## Cyclobenzaprine 7.5 mg #${30 + (n % 60)}: Upheld

**Claims Administrator guideline:** Decision based on MTUS Chronic Pain Treatment Guidelines Muscle
relaxants (for pain) Page(s): 63-66.

**MAXIMUS guideline:** Decision based on MTUS Chronic Pain Treatment Guidelines Cyclobenzaprine
Page(s): 41-42.

**Decision rationale:** Cyclobenzaprine is recommended for a short course of therapy, not longer than 2 to
3 weeks. The injured worker has used it for months. Therefore the request is not medically necessary.
`,
  (n) => `## Massage therapy ${4 + (n % 9)} visits for the neck: Overturned

**Claims Administrator guideline:** The Claims Administrator did not cite any medical evidence for its
decision.

**MAXIMUS guideline:** Decision based on MTUS Chronic Pain Treatment Guidelines Massage therapy Page(s): 60.

**Decision rationale:** Massage therapy is recommended as an option as an adjunct to other recommended
treatment such as exercise, limited to 4-6 visits in most cases. The injured worker is in a home exercise
program. The request is medically necessary.
`,
];

/** The letter's fixed opening (header, how-made, case summary, decisions lead). */
export function letterOpening(caseNumber = 1): string {
  return `${HEADER.replace('{n}', String(caseNumber).padStart(3, '0'))}\n${HOW_MADE}\n${CASE_SUMMARY}`;
}

/** The disputed item of kind `n % kinds`, with numbers varied by `n`. */
export function generatedItem(n: number): string {
  return ITEMS[n % ITEMS.length](n);
}

export const ITEM_KINDS = ITEMS.length;

/** A letter of at least `bytes` characters (all ASCII, so characters are bytes). */
export function generateLetter(bytes: number, caseNumber = 1): string {
  const parts = [letterOpening(caseNumber)];
  let length = parts[0].length;
  for (let n = 0; length < bytes; n++) {
    const item = `\n${generatedItem(n)}`;
    parts.push(item);
    length += item.length;
  }
  return parts.join('');
}
