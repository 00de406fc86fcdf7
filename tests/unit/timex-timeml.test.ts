import { describe, expect, it } from 'vitest';
import { timexClass } from '../../local/eval/dates.ts';
import { parseTimeml } from '../../local/eval/timeml.ts';

const DOCUMENT = `<?xml version="1.0" ?>
<TimeML>
<DCT><TIMEX3 tid="t0" type="DATE" value="2017-07-06" functionInDocument="CREATION_TIME">20170706</TIMEX3></DCT>
<TEXT>Smith &amp; Sons <EVENT eid="e1">said</EVENT> <TIMEX3 tid="t1" type="DATE" value="2017-07-04">Tuesday</TIMEX3> that profits rose for <TIMEX3 tid="t2" type="DURATION" value="P3Y" mod="MORE_THAN">more than three years</TIMEX3>.</TEXT>
</TimeML>`;

describe('parseTimeml', () => {
  it('strips tags and decodes entities while keeping gold offsets on the decoded text', () => {
    const doc = parseTimeml(DOCUMENT);

    expect(doc.dct).toBe('2017-07-06');
    expect(doc.text).toBe('Smith & Sons said Tuesday that profits rose for more than three years.');
    expect(doc.timexes.map((t) => doc.text.slice(t.start, t.end))).toEqual([
      'Tuesday',
      'more than three years',
    ]);
    expect(doc.timexes[1]).toMatchObject({ type: 'DURATION', value: 'P3Y', mod: 'MORE_THAN' });
  });
});

describe('timexClass', () => {
  it('groups temporal expressions by the kind of failure they share', () => {
    expect(timexClass('last week', 'DATE', '2017-W26')).toBe('week');
    expect(timexClass('a year earlier', 'DATE', '2016')).toBe('relative');
    expect(timexClass('now', 'DATE', 'PRESENT_REF')).toBe('ref');
    expect(timexClass('every Monday', 'SET', 'XXXX-WXX-1')).toBe('set');
  });
});
