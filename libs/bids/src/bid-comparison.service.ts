import { Injectable } from '@nestjs/common';
import { decimalCompare, decimalMulDiv, decimalMultiply, problems } from '@niaz/core';
import { Principal } from '@niaz/identity';
import { assertVisible, bidsOpened, isNeedOwner, Need } from '@niaz/needs';
import { DataSource } from 'typeorm';
import { Bid } from './bid.entity';
import type { ComparisonItemView, ComparisonResponse } from './dto/comparison.dto';
import { ExchangeRate } from './exchange-rate.entity';

import { BASE_CURRENCY as BASE } from './exchange-rates.service';
const MONEY_SCALE = 4;
const RATE_SCALE = 8;
/** Ranking compares totals finer than they are shown, so that rounding never makes a tie. */
const RANK_SCALE = 12;

interface Rate {
  perEur: string;
  asOf: string | null;
  source: string | null;
}

/**
 * The need owner's comparison of the opened bids: totals (unit × quantity, exact) and the
 * amounts converted into one currency with the admins' exchange rates, each bid stating the
 * rate and date it was converted with. Without a rate a bid stays unconverted (`rateMissing`)
 * and out of the "lowest" ranking.
 */
@Injectable()
export class BidComparisonService {
  constructor(private readonly dataSource: DataSource) {}

  async compare(
    principal: Principal,
    needId: string,
    currency?: string,
  ): Promise<ComparisonResponse> {
    const need = await this.dataSource.getRepository(Need).findOneBy({ id: needId });
    assertVisible(principal, need);
    if (!isNeedOwner(principal, need) && !principal.isAdmin)
      throw problems.forbidden("Only the need's organisation may do this.");
    const target = (currency ?? need.targetPriceCurrency ?? BASE).toUpperCase();
    // Sealed: answered as the sealed bids list is, whatever arrived.
    if (!bidsOpened(need)) return { currency: target, sealed: true, items: [] };

    const bids = await this.dataSource
      .getRepository(Bid)
      .createQueryBuilder('b')
      .where('b.needId = :needId', { needId })
      .andWhere(`b.status NOT IN ('withdrawn', 'lapsed')`)
      .andWhere('b.termsVersion >= :count', { count: need.amendmentCount })
      .orderBy('b.createdAt', 'ASC')
      .addOrderBy('b.id', 'ASC')
      .getMany();
    const rates = await this.rates([target, ...bids.map((b) => b.priceCurrency)]);
    const targetRate = rates.get(target);

    const rankKeys = new Map<string, string>();
    const items: ComparisonItemView[] = bids.map((b) => {
      const total = decimalMultiply(b.priceAmount, b.quantity);
      const own = rates.get(b.priceCurrency);
      const item: ComparisonItemView = {
        bidId: b.id,
        organizationId: b.organizationId,
        status: b.status,
        unitPrice: { amount: b.priceAmount, currency: b.priceCurrency },
        quantity: b.quantity,
        total: { amount: total, currency: b.priceCurrency },
        converted: null,
        code: null,
        lowest: false,
        leadTimeDays: b.leadTimeDays,
        localContentPercent: b.localContentPercent,
      };
      if (b.priceCurrency === target) {
        item.converted = {
          unitPrice: { amount: b.priceAmount, currency: target },
          total: { amount: total, currency: target },
          rate: { from: target, to: target, value: '1', asOf: null, sources: [] },
        };
        rankKeys.set(b.id, total);
      } else if (!own || !targetRate) {
        item.code = 'rateMissing';
      } else {
        const convert = (amount: string) =>
          decimalMulDiv(amount, targetRate.perEur, own.perEur, MONEY_SCALE);
        rankKeys.set(b.id, decimalMulDiv(total, targetRate.perEur, own.perEur, RANK_SCALE));
        const used = [own, targetRate].filter((r) => r.asOf !== null);
        item.converted = {
          unitPrice: { amount: convert(b.priceAmount), currency: target },
          total: { amount: convert(total), currency: target },
          rate: {
            from: b.priceCurrency,
            to: target,
            value: decimalMulDiv('1', targetRate.perEur, own.perEur, RATE_SCALE),
            asOf: used.map((r) => r.asOf as string).sort()[0] ?? null,
            sources: [...new Set(used.map((r) => r.source as string))],
          },
        };
      }
      return item;
    });

    const keys = [...rankKeys.values()];
    if (keys.length) {
      const lowest = keys.reduce((min, k) => (decimalCompare(k, min) < 0 ? k : min));
      for (const i of items) {
        const key = rankKeys.get(i.bidId);
        i.lowest = key !== undefined && decimalCompare(key, lowest) === 0;
      }
    }
    return { currency: target, sealed: false, items };
  }

  private async rates(currencies: string[]): Promise<Map<string, Rate>> {
    const wanted = [...new Set(currencies)].filter((c) => c !== BASE);
    const rows = wanted.length
      ? await this.dataSource
          .getRepository(ExchangeRate)
          .createQueryBuilder('r')
          .where('r.currency IN (:...wanted)', { wanted })
          .getMany()
      : [];
    const map = new Map<string, Rate>([[BASE, { perEur: '1', asOf: null, source: null }]]);
    for (const r of rows) map.set(r.currency, { perEur: r.perEur, asOf: r.asOf, source: r.source });
    return map;
  }
}
