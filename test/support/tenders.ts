import request from 'supertest';
import { ApiTestContext } from './api-app';
import { Actor, bearer, bidPayload } from './actors';
import { publishNeed } from './notify-helpers';

/** POST /needs/:id/bids by `bidder` (201): the bid's id. */
export async function submitBid(
  ctx: ApiTestContext,
  needId: string,
  bidder: Actor,
  overrides: Record<string, unknown> = {},
): Promise<string> {
  return (
    await request(ctx.url)
      .post(`/api/v1/needs/${needId}/bids`)
      .set(bearer(bidder))
      .send(bidPayload(overrides))
      .expect(201)
  ).body.id as string;
}

/**
 * A need of `buyer` published with `need` overrides, and one bid from each of `bidders` in
 * order (an actor, or an actor and its bid's overrides): the tender the tender tests start from.
 */
export async function seedTenderWithBids(
  ctx: ApiTestContext,
  buyer: Actor,
  bidders: Array<Actor | [Actor, Record<string, unknown>]>,
  need: Record<string, unknown> = {},
): Promise<{ needId: string; bidIds: string[] }> {
  const needId = await publishNeed(ctx, buyer, need);
  const bidIds: string[] = [];
  for (const b of bidders) {
    const [bidder, overrides] = Array.isArray(b) ? b : [b, {}];
    bidIds.push(await submitBid(ctx, needId, bidder, overrides));
  }
  return { needId, bidIds };
}
