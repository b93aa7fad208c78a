import type { Kafka } from 'kafkajs';
import type { Db } from 'mongodb';

/** Produce then consume `payloads` on a fresh topic: the broker's own rate for this traffic. */
export async function measureBrokerCeiling(
  kafka: Kafka,
  topic: string,
  payloads: readonly string[],
): Promise<number> {
  const admin = kafka.admin();
  await admin.connect();
  await admin.createTopics({ topics: [{ topic, numPartitions: 6 }], waitForLeaders: true });
  await admin.disconnect();
  const started = Date.now();
  const producer = kafka.producer({ idempotent: true, maxInFlightRequests: 1 });
  await producer.connect();
  for (let i = 0; i < payloads.length; i += 100) {
    await producer.send({
      topic,
      acks: -1,
      messages: payloads.slice(i, i + 100).map((value, j) => ({ key: `k${i + j}`, value })),
    });
  }
  await producer.disconnect();
  const consumer = kafka.consumer({ groupId: `${topic}-reader` });
  await consumer.connect();
  await consumer.subscribe({ topic, fromBeginning: true });
  let seen = 0;
  await new Promise<void>((resolve) => {
    void consumer.run({
      eachMessage: () => {
        seen += 1;
        if (seen >= payloads.length) resolve();
        return Promise.resolve();
      },
    });
  });
  const seconds = (Date.now() - started) / 1000;
  await consumer.disconnect();
  return payloads.length / seconds;
}

/** Bulk upserts of article-sized documents: the store's own write rate for this traffic. */
export async function measureStoreCeiling(
  db: Db,
  documents: readonly Record<string, unknown>[],
): Promise<number> {
  const collection = db.collection<{ _id: string }>('bench_raw_upserts');
  const started = Date.now();
  for (let i = 0; i < documents.length; i += 100) {
    await collection.bulkWrite(
      documents.slice(i, i + 100).map((doc, j) => ({
        updateOne: { filter: { _id: `d${i + j}` }, update: { $set: doc }, upsert: true },
      })),
      { ordered: false },
    );
  }
  const seconds = (Date.now() - started) / 1000;
  await collection.drop();
  return documents.length / seconds;
}
