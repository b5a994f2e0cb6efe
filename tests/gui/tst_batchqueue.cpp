// Tests for BatchQueue: batches coalesce into at most ~20 flushes a second, each is acknowledged once,
// and a feed faster than the view never makes it hold more than a table's worth.
#include "batchqueue.h"
#include "testpackets.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using mct::core::NetAddress;
using mct::core::PacketBatch;
using mct::core::PacketRecord;
using mct::ui::BatchQueue;
using mct::ui::IncomingBatch;

namespace {

PacketBatch makeBatch(int count, int payloadBytes = 32)
{
    PacketBatch batch;
    const QByteArray payload(payloadBytes, 'x');
    for (int i = 0; i < count; ++i) {
        PacketRecord r;
        r.source = NetAddress::fromIPv4(0x0A000001);
        r.group = NetAddress::fromIPv4(0xEF010203);
        mct::test::appendPacket(batch, r, payload);
    }
    return batch;
}

int sumAcknowledged(const QSignalSpy &spy)
{
    int sum = 0;
    for (const QList<QVariant> &args : spy) {
        sum += args.at(0).toInt();
    }
    return sum;
}

} // namespace

class TestBatchQueue final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void push_quietStream_flushesAtOnceThenAtMostEvery50Ms();
    void push_burst_oneReadyPerFlushInArrivalOrder();
    void feedFasterThanView_holdsAtMostATablesWorth();
    void skip_numbersLandBeforeTheNextBatchOrAtTheFlush();
};

void TestBatchQueue::push_quietStream_flushesAtOnceThenAtMostEvery50Ms()
{
    BatchQueue queue;
    QSignalSpy ready(&queue, &BatchQueue::ready);
    QElapsedTimer clock;
    clock.start();
    QList<qint64> flushedAtNs;
    connect(&queue, &BatchQueue::ready, this, [&] { flushedAtNs.append(clock.nsecsElapsed()); });
    queue.push(makeBatch(1));
    QTRY_COMPARE_WITH_TIMEOUT(ready.count(), 1, 1000); // the first one without waiting
    // A steady trickle (a batch every 5 ms) until the queue has flushed five more times: however
    // late the timers fire on a busy machine, flushes never come closer than the minimum interval.
    constexpr int kFlushes = 6;
    int pushed = 1;
    while (ready.count() < kFlushes) {
        queue.push(makeBatch(1));
        ++pushed;
        QTest::qWait(5);
    }
    queue.flush();
    // Measured from our clock a moment after each flush's own: allow a millisecond for the two.
    constexpr qint64 kMinGapNs = (BatchQueue::kMinIntervalMs - 1) * 1'000'000LL;
    for (qsizetype i = 1; i < kFlushes; ++i) {
        const qint64 gapNs = flushedAtNs.at(i) - flushedAtNs.at(i - 1);
        QVERIFY2(gapNs >= kMinGapNs,
                 qPrintable(u"flush %1 came %2 us after the one before"_s.arg(i).arg(gapNs / 1000)));
    }
    // Every batch pushed meanwhile came out, none twice or left behind.
    int rows = 0;
    for (const QList<QVariant> &args : ready) {
        for (const IncomingBatch &in : args.at(0).value<QList<IncomingBatch>>()) {
            rows += int(in.batch.records.size());
        }
    }
    QCOMPARE(rows, pushed);
}

void TestBatchQueue::push_burst_oneReadyPerFlushInArrivalOrder()
{
    BatchQueue queue;
    QSignalSpy ready(&queue, &BatchQueue::ready);
    QSignalSpy consumed(&queue, &BatchQueue::consumed);
    for (int i = 1; i <= 3; ++i) {
        queue.push(makeBatch(i));
    }
    QCOMPARE(queue.heldBatches(), 3);
    QCOMPARE(ready.count(), 0); // nothing happens inside push: the view changes on the next turn
    QTRY_COMPARE(ready.count(), 1);
    const auto batches = ready.at(0).at(0).value<QList<IncomingBatch>>();
    QCOMPARE(batches.size(), 3);
    QCOMPARE(batches.at(0).batch.records.size(), 1);
    QCOMPARE(batches.at(2).batch.records.size(), 3);
    QCOMPARE(sumAcknowledged(consumed), 3);
    QCOMPARE(queue.heldBatches(), 0);
}

void TestBatchQueue::feedFasterThanView_holdsAtMostATablesWorth()
{
    // A producer without flow control pushes 10,000 batches before the event loop turns once.
    BatchQueue queue;
    queue.setLimits(1000, 1024 * 1024);
    QSignalSpy ready(&queue, &BatchQueue::ready);
    QSignalSpy consumed(&queue, &BatchQueue::consumed);
    for (int i = 0; i < 10'000; ++i) {
        queue.push(makeBatch(100));
        QVERIFY(queue.heldRows() <= 1000 + 100);
    }
    QVERIFY2(queue.maxHeldBatches() <= 11, qPrintable(QString::number(queue.maxHeldBatches())));
    QCOMPARE(queue.droppedPackets(), quint64(10'000 * 100 - queue.heldRows()));
    QTRY_COMPARE(ready.count(), 1);
    // Every batch is acknowledged, the dropped ones too, or a receiver would wait forever.
    QCOMPARE(sumAcknowledged(consumed), 10'000);
    const auto batches = ready.at(0).at(0).value<QList<IncomingBatch>>();
    QCOMPARE(batches.constFirst().skippedBefore, queue.droppedPackets());

    // By payload too: large datagrams are bounded by bytes long before the row limit.
    BatchQueue bytes;
    bytes.setLimits(1'000'000, 1024 * 1024);
    for (int i = 0; i < 1000; ++i) {
        bytes.push(makeBatch(10, 60'000));
    }
    QVERIFY(bytes.heldRows() * 60'000 <= 1024 * 1024 + 10 * 60'000);
}

void TestBatchQueue::skip_numbersLandBeforeTheNextBatchOrAtTheFlush()
{
    BatchQueue queue;
    QSignalSpy ready(&queue, &BatchQueue::ready);
    queue.push(makeBatch(2));
    queue.skip(5);
    queue.push(makeBatch(3));
    queue.skip(7);
    QTRY_COMPARE(ready.count(), 1);
    const auto batches = ready.at(0).at(0).value<QList<IncomingBatch>>();
    QCOMPARE(batches.size(), 3);
    QCOMPARE(batches.at(0).skippedBefore, quint64(0));
    QCOMPARE(batches.at(1).skippedBefore, quint64(5));
    QCOMPARE(batches.at(2).skippedBefore, quint64(7));
    QVERIFY(batches.at(2).batch.isEmpty());
    // Skips alone still get through (the stream may have ended while the view was behind).
    queue.skip(4);
    QTRY_COMPARE(ready.count(), 2);
    QCOMPARE(ready.at(1).at(0).value<QList<IncomingBatch>>().constFirst().skippedBefore, quint64(4));
}

QTEST_MAIN(TestBatchQueue)
#include "tst_batchqueue.moc"
