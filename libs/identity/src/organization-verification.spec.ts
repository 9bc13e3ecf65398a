import type { Organization } from './organization.entity';
import { identityChanges, identityOf } from './organization-verification';

const org = (over: Partial<Organization> = {}) =>
  ({
    name: 'Rulman A.Ş.',
    kinds: ['manufacturer', 'supplier'],
    knowledgeBasedCertificate: null,
    city: 'Bursa',
    ...over,
  }) as Organization;

/** The verification rule: which edits of a verified organisation cost it the badge. */
describe('organisation verification', () => {
  const before = identityOf(org());

  it('is lost by a new name, kinds or knowledge-based certificate, naming each field', () => {
    expect(identityChanges(before, identityOf(org({ name: 'Rulman Ltd' })))).toEqual({
      name: { before: 'Rulman A.Ş.', after: 'Rulman Ltd' },
    });
    expect(Object.keys(identityChanges(before, identityOf(org({ kinds: ['supplier'] }))))).toEqual([
      'kinds',
    ]);
    const certified = identityOf(org({ knowledgeBasedCertificate: 'KB-1', name: 'X' }));
    expect(Object.keys(identityChanges(before, certified)).sort()).toEqual([
      'knowledgeBasedCertificate',
      'name',
    ]);
  });

  it('is kept through edits outside the identity, kinds in another order, absent = null', () => {
    expect(identityChanges(before, identityOf(org({ city: 'İzmir' })))).toEqual({});
    const reordered = identityOf(org({ kinds: ['supplier', 'manufacturer'] }));
    expect(identityChanges(before, reordered)).toEqual({});
    const absent = identityOf(org({ knowledgeBasedCertificate: undefined as never }));
    expect(identityChanges(before, absent)).toEqual({});
  });
});
