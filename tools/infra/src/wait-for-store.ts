// Waits until the MongoDB-wire server at MONGODB_URI answers a ping (not just accepts TCP).
import { MongoClient } from 'mongodb';

const uri = process.env.MONGODB_URI ?? 'mongodb://127.0.0.1:27017/newsflow';

async function main(): Promise<void> {
  const deadline = Date.now() + 60_000;
  for (;;) {
    const client = new MongoClient(uri, { serverSelectionTimeoutMS: 2_000 });
    try {
      await client.connect();
      const info = await client.db().admin().command({ buildInfo: 1 });
      console.error(
        `[infra] store answers: MongoDB wire ${String(info.version)}${info.ferretdbVersion ? ` (FerretDB ${String(info.ferretdbVersion)})` : ''}`,
      );
      return;
    } catch (error) {
      if (Date.now() > deadline) throw error;
      await new Promise((resolve) => setTimeout(resolve, 500));
    } finally {
      await client.close();
    }
  }
}

main().catch((error: unknown) => {
  console.error('[infra] store did not answer:', error);
  process.exit(1);
});
