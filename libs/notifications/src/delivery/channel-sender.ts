import type { DeliveryChannel, DeliveryStatus } from '../delivery.entity';
import type { QuietHours } from '../notification-preference.entity';

/** A delivery as loaded for sending: the row, its notice, the reader and the channel's address. */
export interface DeliveryRow {
  id: string;
  channel: DeliveryChannel;
  type: string;
  status: DeliveryStatus;
  attempts: number;
  data: Record<string, unknown> | null;
  createdAt: Date;
  userId: string | null;
  endpointId: string | null;
  noticeType: string | null;
  params: Record<string, unknown> | null;
  email: string | null;
  language: string | null;
  quietHours: QuietHours | null;
  wantEmail: boolean;
  wantMessenger: boolean;
  chatId: string | null;
  url: string | null;
  secret: string | null;
  endpointEnabled: boolean | null;
}

/**
 * Sends a claimed delivery over one channel (one class per channel, Novu's per-channel use
 * cases): throws a DeliveryError to fail the attempt, returns once the receiver accepted.
 */
export interface ChannelSender {
  readonly channel: DeliveryChannel;
  send(row: DeliveryRow): Promise<void>;
}
