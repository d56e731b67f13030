import * as assert from 'assert';
import Ajv from 'ajv';
import schema from '../../../server/core/knowledge/reading-lexicon.schema.json';
import lexicon from '../../../server/core/knowledge/data/reading-lexicon.json';
import { OTHER_PERSON_CLASSES, readingLexicon } from '../../../server/core/knowledge/reading-lexicon';
import { builtInKnowledge, parseDetermination } from '../../../server/core';
import { passagesOf, sentencesOf } from '../../../server/core/letter/passages';
import { patientPronouns } from '../../../server/core/letter/patient';
import { ABBREVIATION_AT_END } from '../../../server/core/parser/abbreviations';
import { draftLetter } from './draft-letter';

const kb = builtInKnowledge();
const ACUTE = { injury: '03/01/2017', ur: '04/10/2017' };

/** The sexes the pronouns of a case summary of one sentence are read as, for the patient. */
function pronounsRead(summary: string): string[] {
  const letter = draftLetter({ injury: '03/01/2017', ur: '04/10/2017' }, summary, []);
  return patientPronouns(passagesOf(parseDetermination(letter, kb))).map((place) => place.value);
}

describe('reading lexicon', () => {
  const validate = new Ajv({ allErrors: true, strict: true }).compile(schema);

  it('validates against its schema, every entry with a comment', () => {
    assert.ok(validate(lexicon), JSON.stringify(validate.errors));
  });

  it('rejects an entry without a comment, an unknown word class, a capitalised word or a pattern', () => {
    const classes = lexicon.wordClasses;
    assert.strictEqual(validate({ ...lexicon, wordClasses: { ...classes, family: { words: ['wife'] } } }), false);
    const extra = { ...classes, pets: { words: ['dog'], comment: 'a class no reader knows' } };
    assert.strictEqual(validate({ ...lexicon, wordClasses: extra }), false);
    const capital = { ...classes, family: { words: ['Wife'], comment: 'capitals are folded by the reader' } };
    assert.strictEqual(validate({ ...lexicon, wordClasses: capital }), false);
    const pattern = { ...classes, clinicians: { words: ['physicians?'], comment: 'a pattern, not a word' } };
    assert.strictEqual(validate({ ...lexicon, wordClasses: pattern }), false);
  });

  it("reads no pronoun as the patient's in a sentence naming any other person of the lexicon", () => {
    assert.deepStrictEqual(pronounsRead('The patient said that he walks daily.'), ['male']);
    const others = OTHER_PERSON_CLASSES.flatMap((name) => readingLexicon()[name]);
    const read = others.filter((person) => pronounsRead(`The ${person} said that he walks daily.`).length > 0);
    assert.deepStrictEqual(read, []);
    assert.deepStrictEqual(pronounsRead('Her co-worker, a man of 40, said he saw the fall.'), []);
  });

  it("reads no pronoun before any clinician verb of the lexicon as the patient's", () => {
    const { clinicianVerbs } = readingLexicon();
    const read = clinicianVerbs.filter((verb) => pronounsRead(`At the visit she ${verb} it.`).length > 0);
    assert.deepStrictEqual(read, []);
    assert.deepStrictEqual(pronounsRead('At the visit she walked slowly.'), ['female']);
  });

  it('reads a body part before any specialist of the lexicon as naming no region, and one before other words as its region', () => {
    const regionOf = (title: string) =>
      parseDetermination(draftLetter(ACUTE, 'He fell at work.', [{ title, rationale: 'Not necessary.' }]), kb).items[0]
        .region?.value;
    const { specialists } = readingLexicon();
    assert.deepStrictEqual(
      specialists.filter((head) => regionOf(`Consult with a knee ${head}`) !== undefined),
      [],
    );
    assert.deepStrictEqual(
      specialists.filter((head) => regionOf(`Consult with a foot and ankle ${head}`) !== undefined),
      [],
    );
    assert.strictEqual(regionOf('Consult with a knee specialist for the left shoulder'), 'shoulder');
    assert.strictEqual(regionOf('X-ray of the right knee, 2 views'), 'knee');
    assert.strictEqual(regionOf('X-ray of the left wrist, hand series'), 'wrist-hand');
  });

  it('reads the period of any abbreviation of the lexicon as ending no sentence, and no other word', () => {
    const { abbreviations } = readingLexicon();
    assert.deepStrictEqual(
      abbreviations.filter((word) => !ABBREVIATION_AT_END.test(`He saw ${word.toUpperCase()}.`)),
      [],
    );
    assert.strictEqual(ABBREVIATION_AT_END.test('He saw Jones.'), false);
    assert.strictEqual(sentencesOf('He saw Dr. Smith in May. He is better.').length, 2);
    assert.strictEqual(sentencesOf('He had approx. 3 weeks of therapy. He is better.').length, 2);
    const period = {
      ...lexicon.wordClasses,
      abbreviations: { words: ['dr.'], comment: 'the final period is not written' },
    };
    assert.strictEqual(validate({ ...lexicon, wordClasses: period }), false);
  });
});
