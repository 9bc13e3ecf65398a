import { Injectable } from '@nestjs/common';
import { isISO4217Code, mapPage, paginate, problems, wireTime } from '@niaz/core';
import { DataSource } from 'typeorm';
import type * as rates from './dto/comparison.dto';
import { ExchangeRate } from './exchange-rate.entity';
import { ExchangeRateChange, RateValue } from './exchange-rate-change.entity';

/** The euro is the base of every rate: one euro per euro, no row needed. */
export const BASE_CURRENCY = 'EUR';

const valueOf = (r: ExchangeRate): RateValue => ({
  perEur: r.perEur,
  asOf: r.asOf,
  source: r.source,
});

function rateView(r: ExchangeRate): rates.ExchangeRateResponse {
  return {
    ...valueOf(r),
    currency: r.currency,
    updatedById: r.updatedById,
    updatedAt: wireTime(r.updatedAt),
  };
}

function currencyErrors(code: string) {
  if (!isISO4217Code(code))
    return [
      {
        field: 'currency',
        message: 'currency must be an ISO 4217 code such as IRR, TRY or EUR',
        code: 'isISO4217CurrencyCode',
      },
    ];
  if (code === BASE_CURRENCY)
    return [
      {
        field: 'currency',
        message: 'EUR is the base of every rate (one euro per euro) and cannot be set',
        code: 'baseCurrency',
      },
    ];
  return [];
}

/**
 * The admins' exchange rates (units per euro, dated, sourced) and their history: each change
 * is stored with who made it, when, and the value before and after, in the same transaction.
 */
@Injectable()
export class ExchangeRatesService {
  constructor(private readonly dataSource: DataSource) {}

  async list(): Promise<rates.ExchangeRateListResponse> {
    const rows = await this.dataSource
      .getRepository(ExchangeRate)
      .find({ order: { currency: 'ASC' } });
    return { items: rows.map(rateView) };
  }

  async put(
    actorId: string | null,
    currency: string,
    dto: rates.PutExchangeRateDto,
  ): Promise<rates.ExchangeRateResponse> {
    const code = currency.toUpperCase();
    const errors = currencyErrors(code);
    if (errors.length) throw problems.validation(errors);
    return this.dataSource.transaction(async (m) => {
      // Serialises changes of one currency, so each change's `before` is what it replaced.
      await m.query(`SELECT pg_advisory_xact_lock(hashtextextended($1, 1798100))`, [code]);
      const repo = m.getRepository(ExchangeRate);
      const old = await repo.findOneBy({ currency: code });
      await repo.upsert(
        {
          currency: code,
          perEur: dto.perEur,
          asOf: dto.asOf,
          source: dto.source.trim(),
          updatedById: actorId,
          updatedAt: new Date(),
        },
        ['currency'],
      );
      const now = await repo.findOneByOrFail({ currency: code });
      const before = old ? valueOf(old) : null;
      const after = valueOf(now);
      if (JSON.stringify(before) !== JSON.stringify(after))
        await m.save(m.create(ExchangeRateChange, { currency: code, before, after, actorId }));
      return rateView(now);
    });
  }

  /** Every change, newest first; `?currency=` for one currency's. */
  async history(
    query: rates.ExchangeRateHistoryQueryDto,
  ): Promise<rates.ExchangeRateHistoryResponse> {
    const qb = this.dataSource.getRepository(ExchangeRateChange).createQueryBuilder('c');
    if (query.currency) qb.where('c.currency = :code', { code: query.currency.toUpperCase() });
    const page = await paginate(qb, query);
    return mapPage(page, (c) => ({
      id: c.id,
      currency: c.currency,
      before: c.before,
      after: c.after,
      actorId: c.actorId,
      createdAt: wireTime(c.createdAt),
    }));
  }
}
