import { bootstrapService, runService } from '@newsflow/platform-service';
import { AppModule } from './app.module';
import { loadDeduplicationConfig } from './config/deduplication.config';

runService(async () => {
  const config = loadDeduplicationConfig();
  await bootstrapService(AppModule.forRoot(config), config.platform);
});
