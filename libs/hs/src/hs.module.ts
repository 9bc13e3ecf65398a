import { Module } from '@nestjs/common';
import { HsController } from './hs.controller';
import { HsService } from './hs.service';

/** GET /hs/suggest and GET /hs/:code over the HS 2022 nomenclature (no database). */
@Module({
  controllers: [HsController],
  providers: [HsService],
  exports: [HsService],
})
export class HsModule {}
