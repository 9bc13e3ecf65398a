import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { FailedDeliveriesController } from './admin/failed-deliveries.controller';
import { FailedDeliveriesService } from './admin/failed-deliveries.service';
import { Delivery } from './delivery.entity';
import { DeliveryProcessor } from './delivery/delivery.processor';
import { DeliveryNotices } from './delivery/delivery-notices';
import { DeliveryService } from './delivery/delivery.service';
import { EmailSender } from './delivery/email.sender';
import { MessengerSender } from './delivery/messenger.sender';
import { WebhookSender } from './delivery/webhook.sender';
import { DigestService } from './delivery/digest.service';
import { NotificationSweepService } from './delivery/notification-sweep.service';
import { MailerService } from './email/mailer.service';
import { NoticeRenderer } from './i18n/notice-renderer';
import { InboxController } from './inbox/inbox.controller';
import { InboxService } from './inbox/inbox.service';
import { UnsubscribeService } from './inbox/unsubscribe.service';
import { BotApiClient } from './messenger/bot-api.client';
import { MessengerLinksController } from './messenger/messenger-links.controller';
import { MessengerLinksService } from './messenger/messenger-links.service';
import { MessengerPollerService } from './messenger/messenger-poller.service';
import { MessengerUpdatesController } from './messenger/messenger-updates.controller';
import { MessengerLink } from './messenger-link.entity';
import { NoticeProcessor } from './notice.processor';
import { NotificationSchedules } from './notification-schedules';
import { NoticeWriterService } from './notice-writer.service';
import { Notification } from './notification.entity';
import { NotificationPreference } from './notification-preference.entity';
import { PreferencesController } from './preferences/preferences.controller';
import { PreferencesService } from './preferences/preferences.service';
import { WebhookEndpoint } from './webhook-endpoint.entity';
import { WebhooksController } from './webhooks/webhooks.controller';
import { WebhooksService } from './webhooks/webhooks.service';

/** What both the api and the worker use: tables, rendering, the writer, the channels. */
@Module({
  imports: [
    TypeOrmModule.forFeature([
      Notification,
      Delivery,
      NotificationPreference,
      WebhookEndpoint,
      MessengerLink,
    ]),
  ],
  providers: [
    NoticeRenderer,
    NoticeWriterService,
    PreferencesService,
    BotApiClient,
    MessengerLinksService,
  ],
  exports: [
    NoticeRenderer,
    NoticeWriterService,
    PreferencesService,
    BotApiClient,
    MessengerLinksService,
  ],
})
export class NotificationsCoreModule {}

/** The api side: inbox, preferences, unsubscribe, webhooks, messenger links, dead letters. */
@Module({
  imports: [NotificationsCoreModule],
  controllers: [
    InboxController,
    PreferencesController,
    WebhooksController,
    MessengerLinksController,
    MessengerUpdatesController,
    FailedDeliveriesController,
  ],
  providers: [InboxService, UnsubscribeService, WebhooksService, FailedDeliveriesService],
})
export class NotificationsModule {}

/** The worker side: events → notices, deliveries, digest, sweep, messenger poll. */
@Module({
  imports: [NotificationsCoreModule],
  providers: [
    NoticeProcessor,
    NotificationSchedules,
    DeliveryProcessor,
    DeliveryService,
    DeliveryNotices,
    WebhookSender,
    EmailSender,
    MessengerSender,
    DigestService,
    NotificationSweepService,
    MessengerPollerService,
    MailerService,
  ],
  exports: [DeliveryService, DigestService, NotificationSweepService, MessengerPollerService],
})
export class NotificationsWorkerModule {}
