import { Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { AdminOnly, PageQueryDto, uuidParam } from '@niaz/core';
import { FailedDeliveriesService } from './failed-deliveries.service';

@ApiTags('admin')
@ApiBearerAuth('bearer')
@AdminOnly()
@Controller('admin/notifications/failed')
export class FailedDeliveriesController {
  constructor(private readonly failed: FailedDeliveriesService) {}

  @Get()
  @ApiOperation({ summary: 'Deliveries whose attempts ran out (platform admins)' })
  list(@Query() query: PageQueryDto) {
    return this.failed.list(query);
  }

  @Post(':id/retry')
  @HttpCode(200)
  @ApiOperation({ summary: 'Send a failed delivery again (platform admins)' })
  retry(@Param('id', uuidParam()) id: string) {
    return this.failed.retry(id);
  }
}
