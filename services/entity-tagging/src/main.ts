import { bootstrapService, runService } from '@newsflow/platform-service';
import { AppModule } from './app.module';
import { loadEntityTaggingConfig } from './config/entity-tagging.config';

runService(async () => {
  const config = loadEntityTaggingConfig();
  await bootstrapService(AppModule.forRoot(config), config.platform);
});
