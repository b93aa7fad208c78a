import { bootstrapService, runService } from '@newsflow/platform-service';
import { AppModule } from './app.module';
import { loadPublishingConfig } from './config/publishing.config';

runService(async () => {
  const config = loadPublishingConfig();
  await bootstrapService(AppModule.forRoot(config), config.platform);
});
