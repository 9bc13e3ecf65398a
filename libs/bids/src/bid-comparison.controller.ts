import { Body, Controller, Param, Put, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { AdminOnly, ApiController, GetRoute, uuidParam } from '@niaz/core';
import { CurrentPrincipal, Principal } from '@niaz/identity';
import { BidComparisonService } from './bid-comparison.service';
import { ExchangeRatesService } from './exchange-rates.service';
import {
  ComparisonQueryDto,
  ComparisonResponse,
  ExchangeRateHistoryQueryDto,
  ExchangeRateHistoryResponse,
  ExchangeRateListResponse,
  ExchangeRateResponse,
  PutExchangeRateDto,
} from './dto/comparison.dto';

@ApiController('bids')
export class BidComparisonController {
  constructor(private readonly comparison: BidComparisonService) {}

  @GetRoute(
    'needs/:id/comparison',
    "The opened bids side by side (owner, admins): totals, and amounts converted into one currency with the admins' exchange rates; sealed as the bids list is",
    ComparisonResponse,
  )
  compare(
    @CurrentPrincipal() p: Principal,
    @Param('id', uuidParam()) needId: string,
    @Query() query: ComparisonQueryDto,
  ): Promise<ComparisonResponse> {
    return this.comparison.compare(p, needId, query.currency);
  }
}

@ApiTags('admin')
@ApiBearerAuth('bearer')
@AdminOnly()
@Controller('admin/exchange-rates')
export class ExchangeRatesAdminController {
  constructor(private readonly rates: ExchangeRatesService) {}

  @GetRoute('', 'The exchange rates bids are compared with (admins)', ExchangeRateListResponse)
  list(): Promise<ExchangeRateListResponse> {
    return this.rates.list();
  }

  @GetRoute(
    'history',
    'Every change of the exchange rates, newest first: who, when, before and after (admins)',
    ExchangeRateHistoryResponse,
  )
  history(@Query() query: ExchangeRateHistoryQueryDto): Promise<ExchangeRateHistoryResponse> {
    return this.rates.history(query);
  }

  @Put(':currency')
  @ApiOperation({
    summary: 'Set a currency’s rate: units per one euro, its date and source (admins)',
  })
  @ApiOkResponse({ type: ExchangeRateResponse })
  put(
    @CurrentPrincipal() p: Principal,
    @Param('currency') currency: string,
    @Body() dto: PutExchangeRateDto,
  ): Promise<ExchangeRateResponse> {
    return this.rates.put(p.userId, currency, dto);
  }
}
