import { existsSync, readFileSync } from 'node:fs';
import { Inject, Injectable } from '@nestjs/common';
import { NerTagger } from '@newsflow/ner';
import { InjectPinoLogger, PinoLogger } from '@newsflow/platform-logging';
import {
  ENTITY_TAGGING_CONFIG,
  type EntityTaggingConfig,
} from '../../config/entity-tagging.config';
import { CompromiseRecogniser, PerceptronRecogniser, type EntityRecogniser } from '../../domain';

/** Reads the NER model file once at start-up and builds the recogniser the use case gets. */
@Injectable()
export class NerModelFileLoader {
  constructor(
    @Inject(ENTITY_TAGGING_CONFIG) private readonly config: EntityTaggingConfig,
    @InjectPinoLogger(NerModelFileLoader.name) private readonly log: PinoLogger,
  ) {}

  /**
   * The trained recogniser; compromise only when the model file is absent (a checkout without
   * it still runs, at lower quality). A file that is present but unreadable fails start-up
   * rather than silently degrading every article.
   */
  loadRecogniser(): EntityRecogniser {
    const file = this.config.nerModelPath;
    if (!existsSync(file)) {
      this.log.warn(
        { file },
        'NER model file not found: falling back to the compromise recogniser',
      );
      return new CompromiseRecogniser();
    }
    const tagger = NerTagger.fromBytes(readFileSync(file));
    this.log.info({ file, model: tagger.model.metadata }, 'NER model loaded');
    return new PerceptronRecogniser(tagger);
  }
}
