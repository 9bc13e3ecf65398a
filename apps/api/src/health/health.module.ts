import { Module } from '@nestjs/common';
import { TerminusModule } from '@nestjs/terminus';
import { SearchCoreModule } from '@niaz/search';
import { HealthController } from './health.controller';
import { MeiliHealthIndicator } from './meili.health';
import { RedisHealthIndicator } from './redis.health';

@Module({
  imports: [TerminusModule.forRoot({ errorLogStyle: 'pretty' }), SearchCoreModule],
  controllers: [HealthController],
  providers: [RedisHealthIndicator, MeiliHealthIndicator],
})
export class HealthModule {}
