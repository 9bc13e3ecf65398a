import { Injectable } from '@nestjs/common';
import { HealthIndicatorService } from '@nestjs/terminus';
import { MeiliService } from '@niaz/search';

@Injectable()
export class MeiliHealthIndicator {
  constructor(
    private readonly meili: MeiliService,
    private readonly indicators: HealthIndicatorService,
  ) {}

  async isHealthy(key = 'meilisearch') {
    const indicator = this.indicators.check(key);
    return (await this.meili.isHealthy())
      ? indicator.up()
      : indicator.down({ message: 'not available' });
  }
}
