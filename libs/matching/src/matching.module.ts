import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { Match } from './match.entity';

/** The matching engine: need → candidate capabilities and back, with score and reasons. */
@Module({
  imports: [TypeOrmModule.forFeature([Match])],
  exports: [TypeOrmModule],
})
export class MatchingModule {}
