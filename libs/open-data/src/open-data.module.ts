import './problem-wording';
import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuditEntry } from '@niaz/core';
import { ExhibitionsModule } from '@niaz/exhibitions';
import { OcdsController } from './ocds.controller';
import { OcdsService } from './ocds.service';

@Module({
  // Releases are read from the audit trail that the need's decisions write.
  imports: [TypeOrmModule.forFeature([AuditEntry]), ExhibitionsModule],
  controllers: [OcdsController],
  providers: [OcdsService],
  exports: [OcdsService],
})
export class OpenDataModule {}
