import type { NestExpressApplication } from '@nestjs/platform-express';
import { bootstrapService, runService } from '@newsflow/platform-service';
import { AppModule } from './app.module';
import { loadFeedIngestionConfig } from './config/feed-ingestion.config';

runService(async () => {
  const config = loadFeedIngestionConfig();
  await bootstrapService(AppModule.forRoot(config), config.platform, (app) => {
    // Pushed pages can be large; the cap still bounds what one request may cost.
    (app as NestExpressApplication).useBodyParser('json', { limit: config.pushMaxBytes });
  });
});
