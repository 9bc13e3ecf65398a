import { plainToInstance } from 'class-transformer';
import { UpdateExhibitionDto } from './dto/exhibition.dto';
import { applyExhibitionFields } from './exhibition-fields';
import { Exhibition } from './exhibition.entity';

describe('applyExhibitionFields', () => {
  const stored = () =>
    Object.assign(new Exhibition(), {
      title: 'میز نیاز صنعت قم',
      language: 'fa',
      city: 'Qom',
      country: 'IR',
      startsAt: new Date('2027-01-21T06:30:00Z'),
      sections: [{ key: 'machinery', title: 'ماشین' }],
    });

  it('changes only the fields sent, even when the DTO holds the others as undefined keys', () => {
    // What a tsc (ES2022) build hands the service: every declared field is an own key.
    const dto = Object.assign(plainToInstance(UpdateExhibitionDto, { city: 'Kum' }), {
      title: undefined,
      language: undefined,
      sections: undefined,
    });
    expect(Object.keys(dto)).toEqual(expect.arrayContaining(['city', 'title', 'language']));
    const e = stored();
    applyExhibitionFields(e, dto);
    expect(e).toMatchObject({ title: 'میز نیاز صنعت قم', language: 'fa', city: 'Kum' });
    expect(e.sections).toEqual([{ key: 'machinery', title: 'ماشین' }]);
  });

  it('parses dates, upper-cases the country and copies nested objects as plain JSON', () => {
    const e = stored();
    applyExhibitionFields(
      e,
      plainToInstance(UpdateExhibitionDto, {
        endsAt: '2027-04-20T14:30:00Z',
        country: 'tr',
        sections: [{ key: 'metals', title: 'Metaller' }],
      }),
    );
    expect(e.endsAt).toEqual(new Date('2027-04-20T14:30:00Z'));
    expect(e.country).toBe('TR');
    expect(e.sections).toEqual([{ key: 'metals', title: 'Metaller' }]);
    expect(Object.getPrototypeOf(e.sections[0])).toBe(Object.prototype);
  });
});
