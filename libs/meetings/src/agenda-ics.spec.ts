import ICAL from 'ical.js';
import { agendaIcs, offsetMinutes } from './agenda-ics';

describe('agendaIcs', () => {
  const events = [
    {
      uid: 'm1@niaz',
      start: Date.parse('2027-01-21T06:30:00Z'),
      end: Date.parse('2027-01-21T06:50:00Z'),
      summary: 'ملاقات با Rulman A.Ş., بلبرینگ ۶۲۰۴; نوار نقاله',
      location: 'میز ۱',
      description:
        'A long description that goes well beyond seventy-five octets so that it must be folded — بلبرینگ',
      url: 'https://meet.example/t01',
      updatedAt: Date.parse('2027-01-10T00:00:00Z'),
    },
    {
      uid: 'm2@niaz',
      start: Date.parse('2027-01-22T07:00:00Z'),
      end: Date.parse('2027-01-22T07:20:00Z'),
      summary: 'Toplantı',
      location: 'Masa 2',
      description: '',
      url: null,
      updatedAt: Date.parse('2027-01-10T00:00:00Z'),
    },
  ];

  it('parses with ical.js to the same events, in the exhibition time zone', () => {
    const ics = agendaIcs('میز نیاز صنعت قم', 'Asia/Tehran', events);
    expect(ics.split('\r\n').every((l) => Buffer.byteLength(l) <= 75)).toBe(true);
    const comp = new ICAL.Component(ICAL.parse(ics));
    const tz = comp.getFirstSubcomponent('vtimezone')!;
    ICAL.TimezoneService.register(tz);
    const parsed = comp.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
    expect(parsed.map((e) => e.uid)).toEqual(['m1@niaz', 'm2@niaz']);
    expect(parsed[0].summary).toBe(events[0].summary);
    expect(parsed[0].description).toBe(events[0].description);
    expect(parsed[0].startDate.zone.tzid).toBe('Asia/Tehran');
    expect(parsed[0].startDate.toString()).toBe('2027-01-21T10:00:00');
    parsed.forEach((e, i) => {
      expect(e.startDate.toUnixTime() * 1000).toBe(events[i].start);
      expect(e.endDate.toUnixTime() * 1000).toBe(events[i].end);
    });
    expect(parsed[0].component.getAllSubcomponents('valarm')).toHaveLength(2);
  });

  it('describes summer time changes between events', () => {
    const berlin = [
      {
        ...events[1],
        uid: 'w',
        start: Date.parse('2027-03-20T09:00:00Z'),
        end: Date.parse('2027-03-20T09:20:00Z'),
      },
      {
        ...events[1],
        uid: 's',
        start: Date.parse('2027-04-02T09:00:00Z'),
        end: Date.parse('2027-04-02T09:20:00Z'),
      },
    ];
    expect(offsetMinutes(berlin[0].start, 'Europe/Berlin')).toBe(60);
    const comp = new ICAL.Component(ICAL.parse(agendaIcs('x', 'Europe/Berlin', berlin)));
    ICAL.TimezoneService.register(comp.getFirstSubcomponent('vtimezone')!);
    const parsed = comp.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
    parsed.forEach((e, i) => expect(e.startDate.toUnixTime() * 1000).toBe(berlin[i].start));
    expect(parsed[1].startDate.toString()).toBe('2027-04-02T11:00:00');
  });
});
