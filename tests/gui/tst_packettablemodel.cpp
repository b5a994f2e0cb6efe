// Tests for PacketTableModel (ring buffer, eviction signals, numbering, plain-text payloads) and its filter.
#include "packetfilterproxy.h"
#include "packettablemodel.h"
#include "testpackets.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

#include <functional>

using mct::core::NetAddress;
using mct::core::PacketBatch;
using mct::core::PacketRecord;
using mct::ui::IncomingBatch;
using mct::ui::PacketFilterProxy;
using mct::ui::PacketTableModel;

namespace {

struct Spec
{
    quint32 source = 0x0A000001; // 10.0.0.1
    quint32 group = 0xEFFF0001;  // 239.255.0.1
    quint16 port = 5000;
    QByteArray payload;
};

// A batch whose payloads all live in one arena, like the receiver makes them.
PacketBatch makeBatch(int count, const std::function<Spec(int)> &spec = {})
{
    PacketBatch batch;
    for (int i = 0; i < count; ++i) {
        Spec s = spec ? spec(i) : Spec{};
        if (!spec) {
            s.payload = QByteArray("packet ") + QByteArray::number(i);
        }
        PacketRecord r;
        r.receiveTimeNs = 1'700'000'000'000'000'000LL + qint64(i) * 1'000'000;
        r.source = NetAddress::fromIPv4(s.source);
        r.sourcePort = 40000;
        r.group = NetAddress::fromIPv4(s.group);
        r.port = s.port;
        r.ttl = 1;
        mct::test::appendPacket(batch, r, s.payload);
    }
    return batch;
}

QString cell(const QAbstractItemModel &model, int row, int column)
{
    return model.data(model.index(row, column)).toString();
}

QList<QPair<int, int>> ranges(const QSignalSpy &spy)
{
    QList<QPair<int, int>> out;
    for (const QList<QVariant> &args : spy) {
        out.append({args.at(1).toInt(), args.at(2).toInt()});
    }
    return out;
}

} // namespace

class TestPacketTableModel final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void appendBatch_belowCapacity_insertsOneRangePerBatch();
    void appendBatch_crossingCapacity_removesOldestThenInserts();
    void appendBatch_largerThanCapacity_keepsNewestRows();
    void numberColumn_afterEvictionClearAndSkip_keepsCounting();
    void payload_htmlAndControlCharacters_shownAsEscapedPlainText();
    void payload_binary_shownAsHex();
    void payloadBytesRole_probePacket_returnsEveryStoredByte();
    void dscpColumn_knownOrUnknown_numberAndNamedToolTip();
    void setCapacity_shrinkAfterWrap_keepsNewestInOrder();
    void filterProxy_sourceGroupOrPayload_matchesCaseInsensitively();
    void filterProxy_hundredThousandRows_liveBatchChangesOnlyItsRows();
    void payloadBudget_exceeded_evictsOldestRowsInOneRemove();
    void payloadBudget_whileGrowing_wrapsAroundLaterInOrder();
    void payloadBudget_lowered_evictsUntilTheRestFit();
    void payloadBudget_batchLargerThanBudget_keepsNewestThatFit();
    void appendBatches_severalWithSkips_oneInsertAndTrueNumbers();
    void rowsAsBatches_keepsOrderAndPayloads_receiverBatchesLetGo();
    void payloadStore_manyLargeRowsWrapping_bytesExactAndMemoryBounded();
};

void TestPacketTableModel::appendBatch_belowCapacity_insertsOneRangePerBatch()
{
    PacketTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setCapacity(10);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy removed(&model, &QAbstractItemModel::rowsAboutToBeRemoved);

    model.appendBatch(makeBatch(3));
    model.appendBatch(makeBatch(4));
    model.appendBatch(PacketBatch{});

    QCOMPARE(model.rowCount(), 7);
    QCOMPARE(ranges(inserted), (QList<QPair<int, int>>{{0, 2}, {3, 6}}));
    QCOMPARE(removed.count(), 0);
    QCOMPARE(cell(model, 0, PacketTableModel::NumberColumn), QStringLiteral("1"));
    QCOMPARE(cell(model, 6, PacketTableModel::NumberColumn), QStringLiteral("7"));
    QCOMPARE(cell(model, 4, PacketTableModel::PayloadColumn), QStringLiteral("packet 1"));
    QCOMPARE(cell(model, 0, PacketTableModel::SourceColumn), QStringLiteral("10.0.0.1:40000"));
    QCOMPARE(cell(model, 0, PacketTableModel::GroupColumn), QStringLiteral("239.255.0.1:5000"));
    QCOMPARE(cell(model, 0, PacketTableModel::SizeColumn), QStringLiteral("8"));
    QVERIFY(QRegularExpression(QStringLiteral("^\\d\\d:\\d\\d:\\d\\d\\.\\d\\d\\d$"))
                    .match(cell(model, 0, PacketTableModel::TimeColumn))
                    .hasMatch());
}

void TestPacketTableModel::appendBatch_crossingCapacity_removesOldestThenInserts()
{
    PacketTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setCapacity(5);
    model.appendBatch(makeBatch(3)); // numbers 1..3
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy removed(&model, &QAbstractItemModel::rowsAboutToBeRemoved);

    model.appendBatch(makeBatch(4)); // 3 + 4 > 5: the two oldest go first
    QCOMPARE(ranges(removed), (QList<QPair<int, int>>{{0, 1}}));
    QCOMPARE(ranges(inserted), (QList<QPair<int, int>>{{1, 4}}));
    QCOMPARE(model.rowCount(), 5);
    for (int row = 0; row < 5; ++row) {
        QCOMPARE(cell(model, row, PacketTableModel::NumberColumn), QString::number(row + 3));
    }

    removed.clear();
    inserted.clear();
    model.appendBatch(makeBatch(3)); // wraps around the ring
    QCOMPARE(ranges(removed), (QList<QPair<int, int>>{{0, 2}}));
    QCOMPARE(ranges(inserted), (QList<QPair<int, int>>{{2, 4}}));
    QCOMPARE(cell(model, 0, PacketTableModel::NumberColumn), QStringLiteral("6"));
    QCOMPARE(cell(model, 1, PacketTableModel::PayloadColumn), QStringLiteral("packet 3"));
    QCOMPARE(cell(model, 2, PacketTableModel::PayloadColumn), QStringLiteral("packet 0"));
    QCOMPARE(cell(model, 4, PacketTableModel::NumberColumn), QStringLiteral("10"));
    QCOMPARE(cell(model, 4, PacketTableModel::PayloadColumn), QStringLiteral("packet 2"));
}

void TestPacketTableModel::appendBatch_largerThanCapacity_keepsNewestRows()
{
    PacketTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setCapacity(5);
    model.appendBatch(makeBatch(2));
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy removed(&model, &QAbstractItemModel::rowsAboutToBeRemoved);

    model.appendBatch(makeBatch(12));

    QCOMPARE(ranges(removed), (QList<QPair<int, int>>{{0, 1}}));
    QCOMPARE(ranges(inserted), (QList<QPair<int, int>>{{0, 4}}));
    QCOMPARE(model.rowCount(), 5);
    QCOMPARE(cell(model, 0, PacketTableModel::PayloadColumn), QStringLiteral("packet 7"));
    QCOMPARE(cell(model, 4, PacketTableModel::PayloadColumn), QStringLiteral("packet 11"));
    QCOMPARE(cell(model, 0, PacketTableModel::NumberColumn), QStringLiteral("10"));
    QCOMPARE(cell(model, 4, PacketTableModel::NumberColumn), QStringLiteral("14"));
    QCOMPARE(model.packetsSeen(), quint64(14));

    // And into an empty table: no removal at all.
    PacketTableModel fresh;
    QAbstractItemModelTester freshTester(&fresh, QAbstractItemModelTester::FailureReportingMode::QtTest);
    fresh.setCapacity(3);
    QSignalSpy freshRemoved(&fresh, &QAbstractItemModel::rowsAboutToBeRemoved);
    QSignalSpy freshInserted(&fresh, &QAbstractItemModel::rowsInserted);
    fresh.appendBatch(makeBatch(7));
    QCOMPARE(freshRemoved.count(), 0);
    QCOMPARE(ranges(freshInserted), (QList<QPair<int, int>>{{0, 2}}));
    QCOMPARE(cell(fresh, 0, PacketTableModel::PayloadColumn), QStringLiteral("packet 4"));
}

void TestPacketTableModel::numberColumn_afterEvictionClearAndSkip_keepsCounting()
{
    PacketTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setCapacity(4);
    model.appendBatch(makeBatch(6));
    QCOMPARE(cell(model, 0, PacketTableModel::NumberColumn), QStringLiteral("3"));
    QCOMPARE(model.data(model.index(3, 0), PacketTableModel::PacketNumberRole).toULongLong(), 6ULL);

    model.clear();
    QCOMPARE(model.rowCount(), 0);
    model.skipNumbers(10); // dropped while paused
    model.appendBatch(makeBatch(1));
    QCOMPARE(cell(model, 0, PacketTableModel::NumberColumn), QStringLiteral("17"));
}

void TestPacketTableModel::payload_htmlAndControlCharacters_shownAsEscapedPlainText()
{
    PacketTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.appendBatch(makeBatch(2, [](int i) {
        Spec s;
        s.payload = i == 0 ? QByteArray("<b>x</b>\x01\n\t&amp;")
                           : QByteArray("a\xe2\x80\xae"
                                        "b"); // U+202E
        return s;
    }));

    const QString shown = cell(model, 0, PacketTableModel::PayloadColumn);
    QCOMPARE(shown, QStringLiteral("<b>x</b>\\x01\\n\\t&amp;"));
    const QString tip =
            model.data(model.index(0, PacketTableModel::PayloadColumn), Qt::ToolTipRole).toString();
    QVERIFY2(tip.contains(QStringLiteral("<b>x</b>\\x01\\n\\t&amp;")), qPrintable(tip));
    QCOMPARE(cell(model, 1, PacketTableModel::PayloadColumn), QStringLiteral("a\\u{202E}b"));
    for (int column = 0; column < model.columnCount(); ++column) {
        const QString text = cell(model, 0, column);
        for (const QChar c : text) {
            QVERIFY2(c.unicode() >= 0x20,
                     qPrintable(QStringLiteral("column %1 holds a control character").arg(column)));
        }
    }
}

void TestPacketTableModel::payload_binary_shownAsHex()
{
    PacketTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.appendBatch(makeBatch(1, [](int) {
        Spec s;
        s.payload = QByteArray::fromHex("00010203ff");
        return s;
    }));
    QCOMPARE(cell(model, 0, PacketTableModel::PayloadColumn), QStringLiteral("00 01 02 03 ff"));
}

void TestPacketTableModel::payloadBytesRole_probePacket_returnsEveryStoredByte()
{
    PacketTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    PacketBatch batch = makeBatch(1, [](int) {
        Spec s;
        s.payload = QByteArray(32, 'H') + QByteArray("hello 0");
        return s;
    });
    batch.records[0].format = mct::core::PayloadFormat::Probe;
    batch.records[0].userPayloadOffset = 32;
    batch.records[0].hasSequence = true;
    batch.records[0].sequence = 41;
    model.appendBatch(batch);

    QCOMPARE(cell(model, 0, PacketTableModel::PayloadColumn), QStringLiteral("hello 0"));
    QCOMPARE(cell(model, 0, PacketTableModel::SequenceColumn), QStringLiteral("41"));
    const QByteArray bytes = model.data(model.index(0, 0), PacketTableModel::PayloadBytesRole).toByteArray();
    QCOMPARE(bytes, QByteArray(32, 'H') + QByteArray("hello 0"));
}

void TestPacketTableModel::dscpColumn_knownOrUnknown_numberAndNamedToolTip()
{
    PacketTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    PacketBatch batch = makeBatch(3);
    batch.records[0].tos = 46 << 2;    // EF, Not-ECT
    batch.records[1].tos = 5 << 2 | 3; // no name, CE
    model.appendBatch(batch);          // the third: unknown (the portable receive path)

    QCOMPARE(model.headerData(PacketTableModel::DscpColumn, Qt::Horizontal).toString(),
             QStringLiteral("DSCP"));
    QCOMPARE(cell(model, 0, PacketTableModel::DscpColumn), QStringLiteral("46"));
    QCOMPARE(model.data(model.index(0, PacketTableModel::DscpColumn), Qt::ToolTipRole).toString(),
             QStringLiteral("DSCP 46 (EF), ECN Not-ECT"));
    QCOMPARE(cell(model, 1, PacketTableModel::DscpColumn), QStringLiteral("5"));
    QCOMPARE(model.data(model.index(1, PacketTableModel::DscpColumn), Qt::ToolTipRole).toString(),
             QStringLiteral("DSCP 5, ECN CE"));
    QCOMPARE(cell(model, 2, PacketTableModel::DscpColumn), QString());
    QCOMPARE(model.data(model.index(2, PacketTableModel::DscpColumn), Qt::ToolTipRole).toString(), QString());
    QCOMPARE(model.data(model.index(0, PacketTableModel::DscpColumn), Qt::TextAlignmentRole).toInt(),
             int(Qt::AlignRight | Qt::AlignVCenter));
}

void TestPacketTableModel::setCapacity_shrinkAfterWrap_keepsNewestInOrder()
{
    PacketTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setCapacity(5);
    model.appendBatch(makeBatch(4));
    model.appendBatch(makeBatch(4)); // wrapped: numbers 4..8
    QSignalSpy removed(&model, &QAbstractItemModel::rowsAboutToBeRemoved);

    model.setCapacity(3);
    QCOMPARE(ranges(removed), (QList<QPair<int, int>>{{0, 1}}));
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(cell(model, 0, PacketTableModel::NumberColumn), QStringLiteral("6"));
    QCOMPARE(cell(model, 2, PacketTableModel::NumberColumn), QStringLiteral("8"));

    model.setCapacity(10);
    model.appendBatch(makeBatch(2));
    QCOMPARE(model.rowCount(), 5);
    QCOMPARE(cell(model, 4, PacketTableModel::NumberColumn), QStringLiteral("10"));
    QCOMPARE(model.capacity(), 10);

    model.setCapacity(0);
    QCOMPARE(model.capacity(), 1);
    model.setCapacity(PacketTableModel::kMaxCapacity * 2);
    QCOMPARE(model.capacity(), PacketTableModel::kMaxCapacity);
}

void TestPacketTableModel::filterProxy_sourceGroupOrPayload_matchesCaseInsensitively()
{
    PacketTableModel model;
    PacketFilterProxy proxy;
    proxy.setSourceModel(&model);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester proxyTester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.appendBatch(makeBatch(3, [](int i) {
        Spec s;
        s.source = 0x0A000001 + quint32(i);         // 10.0.0.1, .2, .3
        s.group = i == 2 ? 0xEF010204 : 0xEF010203; // 239.1.2.3 or 239.1.2.4
        s.payload = i == 1 ? QByteArray("Hello World") : QByteArray("other");
        return s;
    }));

    proxy.setFilterText(QStringLiteral("10.0.0.2"));
    QCOMPARE(proxy.rowCount(), 1);
    QCOMPARE(cell(proxy, 0, PacketTableModel::SourceColumn), QStringLiteral("10.0.0.2:40000"));

    proxy.setFilterText(QStringLiteral("239.1.2.4"));
    QCOMPARE(proxy.rowCount(), 1);
    QCOMPARE(cell(proxy, 0, PacketTableModel::GroupColumn), QStringLiteral("239.1.2.4:5000"));

    proxy.setFilterText(QStringLiteral("hello"));
    QCOMPARE(proxy.rowCount(), 1);
    QCOMPARE(cell(proxy, 0, PacketTableModel::PayloadColumn), QStringLiteral("Hello World"));

    // New rows go through the same filter.
    model.appendBatch(makeBatch(2, [](int i) {
        Spec s;
        s.payload = i == 0 ? QByteArray("say HELLO") : QByteArray("nothing");
        return s;
    }));
    QCOMPARE(proxy.rowCount(), 2);

    proxy.setFilterText(QString());
    QCOMPARE(proxy.rowCount(), 5);
    QCOMPARE(proxy.filterText(), QString());
}

void TestPacketTableModel::filterProxy_hundredThousandRows_liveBatchChangesOnlyItsRows()
{
    // What keeps a filtered view of a full table responsive: a live batch reaches the view as one
    // removal of the evicted matches and one insertion of the new ones, never a reset or a layout
    // change that would make it rebuild all 100,000 rows (the timings are tests/bench's business).
    PacketTableModel model;
    PacketFilterProxy proxy;
    proxy.setSourceModel(&model);
    constexpr int kRows = 100'000;
    constexpr int kSources = 250;
    const auto spec = [](int i) {
        Spec s;
        s.source = 0x0A000000 + quint32(i % kSources) + 1;
        s.payload = QByteArray("market data tick ") + QByteArray::number(i);
        return s;
    };
    model.setCapacity(kRows);
    for (int offset = 0; offset < kRows; offset += 5000) {
        model.appendBatch(makeBatch(5000, [&](int i) { return spec(offset + i); }));
    }
    proxy.setFilterText(QStringLiteral("tick 9999"));
    QCOMPARE(proxy.rowCount(), 11); // 9999 and 99990..99999
    proxy.setFilterText(QStringLiteral("10.0.0.7:"));
    QCOMPARE(proxy.rowCount(), kRows / kSources);

    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester proxyTester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy removed(&proxy, &QAbstractItemModel::rowsRemoved);
    QSignalSpy inserted(&proxy, &QAbstractItemModel::rowsInserted);
    QSignalSpy reset(&proxy, &QAbstractItemModel::modelReset);
    QSignalSpy layout(&proxy, &QAbstractItemModel::layoutChanged);
    constexpr int kBatch = 1000;
    model.appendBatch(makeBatch(kBatch, [&](int i) { return spec(kRows + i); }));
    QCOMPARE(model.rowCount(), kRows);
    QCOMPARE(reset.count(), 0);
    QCOMPARE(layout.count(), 0);
    // The oldest 1,000 rows held 4 of source 10.0.0.7's, the new 1,000 hold 4 more.
    QCOMPARE(ranges(removed), (QList<QPair<int, int>>{{0, kBatch / kSources - 1}}));
    const int first = kRows / kSources - kBatch / kSources;
    QCOMPARE(ranges(inserted), (QList<QPair<int, int>>{{first, kRows / kSources - 1}}));
    QCOMPARE(proxy.rowCount(), kRows / kSources);
    // The rows the view shows are the matching ones, newest last.
    QCOMPARE(proxy.data(proxy.index(kRows / kSources - 1, PacketTableModel::PayloadColumn)).toString(),
             QStringLiteral("market data tick %1").arg(kRows + kBatch - kSources + 6));
}

namespace {

// count packets of `bytes` payload each, numbered in the payload from `first`.
PacketBatch sizedBatch(int count, int bytes, int first)
{
    return makeBatch(count, [bytes, first](int i) {
        Spec s;
        s.payload = QByteArray::number(first + i).leftJustified(bytes, '.');
        return s;
    });
}

QByteArray payloadOf(const PacketTableModel &model, int row)
{
    return model.payload(row).toByteArray();
}

} // namespace

void TestPacketTableModel::payloadBudget_exceeded_evictsOldestRowsInOneRemove()
{
    PacketTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setPayloadBudget(PacketTableModel::kMinPayloadBudget); // 64 KiB: 64 rows of 1 KiB
    QCOMPARE(model.payloadBudget(), PacketTableModel::kMinPayloadBudget);
    model.appendBatch(sizedBatch(60, 1024, 0));
    QCOMPARE(model.rowCount(), 60);
    QCOMPARE(model.storedPayloadBytes(), qint64(60 * 1024));

    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    model.appendBatch(sizedBatch(10, 1024, 60)); // 70 KiB > 64 KiB: the 6 oldest go
    QCOMPARE(ranges(removed), (QList<QPair<int, int>>{{0, 5}}));
    QCOMPARE(ranges(inserted), (QList<QPair<int, int>>{{54, 63}}));
    QCOMPARE(model.rowCount(), 64);
    QCOMPARE(model.storedPayloadBytes(), qint64(64 * 1024));
    QVERIFY(model.storedPayloadBytes() <= model.payloadBudget());
    QVERIFY(payloadOf(model, 0).startsWith("6."));
    QVERIFY(payloadOf(model, 63).startsWith("69."));
    QCOMPARE(cell(model, 0, PacketTableModel::NumberColumn), QStringLiteral("7"));
    // The row capacity still applies on its own.
    QVERIFY(model.rowCount() < model.capacity());
}

void TestPacketTableModel::payloadBudget_whileGrowing_wrapsAroundLaterInOrder()
{
    // Evicting for bytes while the ring still grows, then reaching the row capacity: the rows must
    // stay in order through the wrap-around.
    PacketTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setCapacity(50);
    model.setPayloadBudget(PacketTableModel::kMinPayloadBudget);
    model.appendBatch(sizedBatch(30, 2048, 0)); // 60 KiB
    model.appendBatch(sizedBatch(4, 2048, 30)); // 68 KiB: the 2 oldest go, 32 rows
    QCOMPARE(model.rowCount(), 32);
    int next = 34;
    for (int round = 0; round < 20; ++round) {
        // Small rows: now the row capacity decides.
        model.appendBatch(sizedBatch(7, 16, next));
        next += 7;
        QVERIFY(model.rowCount() <= 50);
        QVERIFY(model.storedPayloadBytes() <= model.payloadBudget());
        for (int row = 1; row < model.rowCount(); ++row) {
            QCOMPARE(model.packetNumber(row), model.packetNumber(row - 1) + 1);
        }
    }
    QCOMPARE(model.rowCount(), 50);
    QVERIFY(payloadOf(model, 49).startsWith(QByteArray::number(next - 1)));
    QCOMPARE(model.packetNumber(49), quint64(next));
}

void TestPacketTableModel::payloadBudget_lowered_evictsUntilTheRestFit()
{
    PacketTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.appendBatch(sizedBatch(100, 4096, 0)); // 400 KiB, within the default 256 MiB
    QCOMPARE(model.rowCount(), 100);
    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
    model.setPayloadBudget(100 * 1024);
    QCOMPARE(removed.count(), 1);
    QCOMPARE(model.rowCount(), 25);
    QVERIFY(payloadOf(model, 0).startsWith("75."));
    model.clear();
    QCOMPARE(model.storedPayloadBytes(), qint64(0));
}

void TestPacketTableModel::payloadBudget_batchLargerThanBudget_keepsNewestThatFit()
{
    PacketTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setPayloadBudget(PacketTableModel::kMinPayloadBudget);
    model.appendBatch(sizedBatch(3, 1000, 0));
    model.appendBatch(sizedBatch(100, 8192, 3)); // 800 KiB: only the newest 8 fit
    QCOMPARE(model.rowCount(), 8);
    QVERIFY(payloadOf(model, 0).startsWith("95."));
    QCOMPARE(model.packetNumber(7), quint64(103));
    // A single datagram larger than the whole budget is still shown.
    model.appendBatch(sizedBatch(1, 70'000, 103));
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.packetNumber(0), quint64(104));
}

void TestPacketTableModel::appendBatches_severalWithSkips_oneInsertAndTrueNumbers()
{
    PacketTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setCapacity(10);
    model.appendBatch(makeBatch(4)); // 1..4
    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    // 5 packets never reached the view before the first batch, 2 between the batches, 3 after.
    model.appendBatches(
            {IncomingBatch{makeBatch(3), 5}, IncomingBatch{makeBatch(5), 2}, IncomingBatch{{}, 3}});
    QCOMPARE(removed.count(), 1);
    QCOMPARE(inserted.count(), 1);
    QCOMPARE(model.rowCount(), 10);
    QCOMPARE(model.packetNumber(0), quint64(3));  // 1 and 2 evicted
    QCOMPARE(model.packetNumber(2), quint64(10)); // 5..9 skipped
    QCOMPARE(model.packetNumber(5), quint64(15)); // 13, 14 skipped
    QCOMPARE(model.packetNumber(9), quint64(19));
    QCOMPARE(model.packetsSeen(), quint64(22));
}

namespace {

QList<QByteArray> exportedPayloads(const QList<PacketBatch> &batches)
{
    QList<QByteArray> out;
    for (const PacketBatch &b : batches) {
        for (const PacketRecord &r : b.records) {
            out.append(b.payload(r).toByteArray());
        }
    }
    return out;
}

} // namespace

void TestPacketTableModel::rowsAsBatches_keepsOrderAndPayloads_receiverBatchesLetGo()
{
    PacketTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setCapacity(6);
    const PacketBatch first = makeBatch(4);
    const PacketBatch second = makeBatch(4);
    model.appendBatch(first);
    model.appendBatch(second); // the two oldest of `first` evicted
    // The table keeps its own copy: the receiver's batches are free for it to reuse at once.
    QVERIFY(first.arena.isDetached());
    QVERIFY(second.arena.isDetached());

    const QList<PacketBatch> exported = model.rowsAsBatches();
    const QList<QByteArray> expected{"packet 2", "packet 3", "packet 0", "packet 1", "packet 2", "packet 3"};
    QCOMPARE(exportedPayloads(exported), expected);
    // An export being written keeps its bytes while the table goes on (and reuses its memory).
    model.appendBatch(makeBatch(6, [](int i) {
        Spec s;
        s.payload = QByteArray("later ") + QByteArray::number(i);
        return s;
    }));
    QCOMPARE(exportedPayloads(exported), expected);
    QCOMPARE(model.payload(0).toByteArray(), QByteArray("later 0"));
}

void TestPacketTableModel::payloadStore_manyLargeRowsWrapping_bytesExactAndMemoryBounded()
{
    // Rows of 1 to 65,507 bytes through a small budget, many times over: every row held shows
    // exactly its own bytes, and the store's memory stays near the budget, not the traffic.
    PacketTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    constexpr qint64 kBudget = 4 * 1024 * 1024;
    model.setPayloadBudget(kBudget);
    // Beyond the rows' bytes: the unused part of the oldest and of the newest chunk, and one spare.
    constexpr qint64 kChunk = 1024 * 1024;
    constexpr qint64 kMemoryBound = kBudget + 3 * kChunk;
    const auto contentFor = [](int n, int size) {
        QByteArray bytes(size, Qt::Uninitialized);
        for (int i = 0; i < size; ++i) {
            bytes[i] = char((n * 31 + i) & 0xff);
        }
        return bytes;
    };
    int n = 0;
    for (int round = 0; round < 60; ++round) {
        model.appendBatch(makeBatch(7, [&](int i) {
            Spec s;
            const int size = (i == 6) ? 65507 : 1 + ((n + i) * 7919) % 9000;
            s.payload = contentFor(n + i, size);
            return s;
        }));
        n += 7;
        QVERIFY(model.storedPayloadBytes() <= kBudget);
        QVERIFY2(model.payloadMemoryBytes() <= kMemoryBound,
                 qPrintable(QString::number(model.payloadMemoryBytes())));
    }
    QVERIFY(model.rowCount() > 7);
    QVERIFY(model.rowCount() < n); // the budget evicted rows
    const quint64 firstNumber = model.packetNumber(0);
    for (int row = 0; row < model.rowCount(); ++row) {
        const int packet = int(model.packetNumber(row) - 1);
        QCOMPARE(quint64(packet + 1), firstNumber + quint64(row));
        const QByteArray bytes = model.payload(row).toByteArray();
        QCOMPARE(bytes, contentFor(packet, int(bytes.size())));
        QCOMPARE(qsizetype(model.record(row).storedLength), bytes.size());
    }

    // A smaller budget evicts the oldest rows at once; the rest keep their bytes.
    model.setPayloadBudget(PacketTableModel::kMinPayloadBudget * 2);
    QVERIFY(model.storedPayloadBytes() <= PacketTableModel::kMinPayloadBudget * 2);
    QVERIFY(model.payloadMemoryBytes() <= PacketTableModel::kMinPayloadBudget * 2 + 3 * kChunk);
    for (int row = 0; row < model.rowCount(); ++row) {
        const QByteArray bytes = model.payload(row).toByteArray();
        QCOMPARE(bytes, contentFor(int(model.packetNumber(row) - 1), int(bytes.size())));
    }
    // Cleared, it holds nothing, and fills again from scratch.
    model.clear();
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(model.payloadMemoryBytes(), qint64(0));
    model.appendBatch(makeBatch(3));
    QCOMPARE(model.payload(2).toByteArray(), QByteArray("packet 2"));
}

QTEST_MAIN(TestPacketTableModel)
#include "tst_packettablemodel.moc"
