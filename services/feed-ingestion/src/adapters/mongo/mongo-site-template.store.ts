import { Inject, Injectable, type OnModuleInit } from '@nestjs/common';
import type { SiteTemplate } from '@newsflow/extraction';
import { driverCollection, MONGO_CONNECTION } from '@newsflow/platform-mongo';
import type { Collection } from 'mongodb';
import type { Connection, Model } from 'mongoose';
import type { SiteTemplateStore } from '../../ports/site-template.store';
import { siteTemplateSchema } from './site-template.schema';

interface SiteTemplateDocument {
  _id: string;
  pages: number;
  lineCounts: Record<string, number>;
  updatedAt: Date;
}

@Injectable()
export class MongoSiteTemplateStore implements SiteTemplateStore, OnModuleInit {
  private readonly model: Model<SiteTemplateDocument>;
  private readonly templates: Collection<SiteTemplateDocument>;

  constructor(@Inject(MONGO_CONNECTION) connection: Connection) {
    this.model = connection.model<SiteTemplateDocument>('SiteTemplate', siteTemplateSchema);
    this.templates = driverCollection(this.model);
  }

  async onModuleInit(): Promise<void> {
    await this.model.init();
  }

  async load(sourceId: string): Promise<SiteTemplate | null> {
    const doc = await this.templates.findOne({ _id: sourceId });
    return doc === null ? null : { pages: doc.pages, lineCounts: doc.lineCounts };
  }

  async save(sourceId: string, template: SiteTemplate, now: Date): Promise<void> {
    const document = {
      pages: template.pages,
      lineCounts: { ...template.lineCounts },
      updatedAt: now,
    };
    try {
      await this.templates.replaceOne({ _id: sourceId }, document, { upsert: true });
    } catch (error) {
      // Two instances creating one source's record at once: the other's counts are there now.
      if ((error as { code?: number }).code !== 11000) throw error;
      await this.templates.replaceOne({ _id: sourceId }, document);
    }
  }
}
