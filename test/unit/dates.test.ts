import { strict as assert } from 'node:assert';
import { compareDates, readDate } from '../../server/src/core/dates';

describe('reading resume dates', () => {
  it('accepts the three ISO 8601 shapes JSON Resume allows', () => {
    assert.deepEqual(readDate('2021'), { ok: true, date: { year: 2021 } });
    assert.deepEqual(readDate('2021-03'), { ok: true, date: { year: 2021, month: 3 } });
    assert.deepEqual(readDate('2021-03-14'), { ok: true, date: { year: 2021, month: 3, day: 14 } });
  });

  it('accepts a bare YAML integer year, because people write it and it is unambiguous', () => {
    assert.deepEqual(readDate(2019), { ok: true, date: { year: 2019 } });
  });

  it('rejects dates that are not on the calendar, saying why', () => {
    assert.deepEqual(readDate('2020-13'), { ok: false, problem: '2020-13 is not a date: there is no month 13. Months run from 01 to 12.', loose: { year: 2020 } });
    const february = readDate('2022-02-30');
    assert.equal(february.ok, false);
    assert.match(!february.ok ? february.problem : '', /February 2022 has 28 days/);
    assert.equal(readDate('2024-02-29').ok, true, '2024 is a leap year');
  });

  it('suggests the ISO form of common human spellings', () => {
    const cases: Array<[string, string]> = [
      ['June 2015', '2015-06'],
      ['Jun. 2015', '2015-06'],
      ['Sept 2019', '2019-09'],
      ['06/2015', '2015-06'],
      ['2015/6', '2015-06'],
      ['15 June 2015', '2015-06-15'],
      ['June 15, 2015', '2015-06-15'],
    ];
    for (const [written, iso] of cases) {
      const reading = readDate(written);
      assert.equal(reading.ok ? undefined : reading.suggestion, iso, written);
    }
  });

  it('explains that a current role has no end date', () => {
    const reading = readDate('Present');
    assert.match(reading.ok ? '' : reading.problem, /leave endDate out/);
  });

  it('compares at the precision both dates have', () => {
    assert.equal(compareDates({ year: 2019 }, { year: 2019, month: 5 }), 0);
    assert.ok(compareDates({ year: 2019, month: 5 }, { year: 2020 }) < 0);
    assert.ok(compareDates({ year: 2020, month: 2, day: 3 }, { year: 2020, month: 2, day: 1 }) > 0);
  });
});
