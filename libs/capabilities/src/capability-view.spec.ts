import type { Capability } from './capability.entity';
import { capabilityView } from './capabilities.service';

/** What the API shows of a capability: everything but who typed it in. */
describe('capabilityView', () => {
  it('never shows the member who created it', () => {
    const capability = {
      id: 'c1',
      organizationId: 'o1',
      createdById: 'u-secret',
      title: 'Rulman üretimi',
      hsCodes: ['8482'],
    } as unknown as Capability;
    const view = capabilityView(capability);
    expect(view).toEqual({
      id: 'c1',
      organizationId: 'o1',
      title: 'Rulman üretimi',
      hsCodes: ['8482'],
      translations: {},
    });
    expect(JSON.stringify(view)).not.toContain('u-secret');
  });
});
