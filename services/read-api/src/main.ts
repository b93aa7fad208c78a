import { bootstrapService, runService } from '@newsflow/platform-service';
import { setUpOpenApi } from './adapters/http/openapi';
import { AppModule } from './app.module';
import { loadReadApiConfig } from './config/read-api.config';

runService(async () => {
  const config = loadReadApiConfig();
  await bootstrapService(AppModule.forRoot(config), config.platform, setUpOpenApi);
});
