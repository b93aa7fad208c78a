import { bootstrapService, runService } from '@newsflow/platform-service';
import { AppModule } from './app.module';
import { loadEntityTaggingConfig } from './config/entity-tagging.config';

runService(async () => {
  const config = loadEntityTaggingConfig(process.env);
  await bootstrapService(AppModule.forRoot(config), config.platform);
});
