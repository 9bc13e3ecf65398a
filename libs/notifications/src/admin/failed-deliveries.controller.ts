import { Controller, Param, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { AdminOnly, GetRoute, PageQueryDto, PostAction, uuidParam } from '@niaz/core';
import { DeliveryPage, DeliveryResponse } from './failed-deliveries.response';
import { FailedDeliveriesService } from './failed-deliveries.service';

@ApiTags('admin')
@ApiBearerAuth('bearer')
@AdminOnly()
@Controller('admin/notifications/failed')
export class FailedDeliveriesController {
  constructor(private readonly failed: FailedDeliveriesService) {}

  @GetRoute('', 'Deliveries whose attempts ran out (platform admins)', DeliveryPage)
  list(@Query() query: PageQueryDto): Promise<DeliveryPage> {
    return this.failed.list(query);
  }

  @PostAction(':id/retry', 'Send a failed delivery again (platform admins)', DeliveryResponse)
  retry(@Param('id', uuidParam()) id: string): Promise<DeliveryResponse> {
    return this.failed.retry(id);
  }
}
