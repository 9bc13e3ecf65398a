import { Injectable } from '@nestjs/common';
import { decimalCompare, decimalMulDiv, decimalMultiply, problems } from '@niaz/core';
import { Principal } from '@niaz/identity';
import { assertVisible, bidsOpened, isNeedOwner, Need } from '@niaz/needs';
import { DataSource } from 'typeorm';
import { Bid } from './bid.entity';
import type { ComparisonItemView, ComparisonResponse } from './dto/comparison.dto';
import { awardScores, Rankable } from './award-scores';
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
 * rate and date it was converted with. Bids are ranked ("lowest", award scores) only against
 * bids in the same currency: by default each currency is its own group (a need with a
 * `bidCurrency` has one); with `?currency=` the converted bids form one group and a bid
 * without a rate stays unconverted (`rateMissing`), in no group.
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
    const target = (currency ?? need.bidCurrency ?? need.targetPriceCurrency ?? BASE).toUpperCase();
    const converting = currency !== undefined;
    const head = {
      currency: target,
      grouping: converting ? ('converted' as const) : ('currency' as const),
      bidCurrency: need.bidCurrency,
      awardCriteria: need.awardCriteria,
    };
    // Sealed: answered as the sealed bids list is, whatever arrived.
    if (!bidsOpened(need)) return { ...head, sealed: true, items: [] };

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

    /** The converted totals (into `target`) that rank when converting. */
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
        group: null,
        score: null,
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

    // The ranking groups: the converted bids together, or each currency on its own.
    const groups = new Map<string, Rankable[]>();
    for (const b of bids) {
      const key = converting ? rankKeys.get(b.id) : decimalMultiply(b.priceAmount, b.quantity);
      if (key === undefined) continue;
      const group = converting ? target : b.priceCurrency;
      const rankable = {
        bidId: b.id,
        total: key,
        leadTimeDays: b.leadTimeDays,
        localContentPercent: b.localContentPercent,
      };
      groups.set(group, [...(groups.get(group) ?? []), rankable]);
    }
    const byId = new Map(items.map((i) => [i.bidId, i]));
    for (const [group, members] of groups) {
      const lowest = members
        .map((m) => m.total)
        .reduce((min, k) => (decimalCompare(k, min) < 0 ? k : min));
      const scores = need.awardCriteria ? awardScores(members, need.awardCriteria) : null;
      for (const m of members) {
        const item = byId.get(m.bidId)!;
        item.group = group;
        item.lowest = decimalCompare(m.total, lowest) === 0;
        item.score = scores?.get(m.bidId) ?? null;
      }
    }
    return { ...head, sealed: false, items };
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
