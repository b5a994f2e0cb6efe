// Tests for StreamsPane: Reset Statistics empties the table and the chart (and the receiver's count),
// each stream's colour on the chart is shown beside it, latency says min / avg / max.
#include "guitest.h"
#include "mainwindow.h"
#include "packetview.h"
#include "ratechart.h"
#include "streamspane.h"
#include "streamstatsmodel.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QChart>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using mct::core::StreamSnapshot;
using mct::ui::StreamsPane;
using mct::ui::StreamStatsModel;
using namespace Qt::StringLiterals;

namespace {

StreamSnapshot probeStream(quint16 sourcePort, quint32 streamId)
{
    StreamSnapshot s;
    s.key.source = mct::core::NetAddress::fromIPv4(0x0A630002); // 10.99.0.2
    s.key.sourcePort = sourcePort;
    s.key.group = mct::core::NetAddress::fromIPv4(0xEF010203); // 239.1.2.3
    s.key.port = 5000;
    s.key.streamId = streamId;
    s.key.format = mct::core::PayloadFormat::Probe;
    s.format = mct::core::PayloadFormat::Probe;
    s.hasSequence = true;
    s.received = 100;
    s.packetsPerSecond = 10;
    return s;
}

} // namespace

class TestStreamsPane final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void reset_clearsTableAndChart_olderStatusIgnored();
    void reset_fromWindow_receiverCountsAfresh();
    void colours_chartLineColourBesideItsStream();
    void latencyHeader_saysMinAvgMax();
    void clearInPacketTable_saysWhatItClears();

private:
    QTemporaryDir m_dir;
};

void TestStreamsPane::initTestCase()
{
    QVERIFY(m_dir.isValid());
    mct::test::useSettingsIn(m_dir.path());
}

void TestStreamsPane::reset_clearsTableAndChart_olderStatusIgnored()
{
    StreamsPane pane;
    QAbstractItemModelTester tester(pane.model());
    QSignalSpy asked(&pane, &StreamsPane::resetRequested);
    const qint64 t = 1'700'000'000'000;
    // Start, Stop, Start: two streams from one port, told apart by their ids.
    const QList<StreamSnapshot> before{probeStream(53842, 0x1a2b3c4d), probeStream(53842, 0x0badcafe)};
    pane.setStreams(t, before);
    QCOMPARE(pane.model()->rowCount(), 2);
    QCOMPARE(pane.chart()->seriesCount(), 2);

    QVERIFY(pane.resetAction()->toolTip().contains(u"chart"_s));
    pane.resetAction()->trigger();
    QCOMPARE(asked.count(), 1);
    QCOMPARE(pane.model()->rowCount(), 0);
    QCOMPARE(pane.chart()->seriesCount(), 0);
    QCOMPARE(pane.chart()->rateChart()->series().size(), 0);
    QCOMPARE(pane.chart()->lossChart()->series().size(), 0);

    // A status the receiver sent before it heard of the reset does not bring them back.
    pane.setStreams(t + 1000, before, 0);
    QCOMPARE(pane.model()->rowCount(), 0);
    // Its first status after the reset counts afresh.
    pane.setStreams(t + 2000, {probeStream(53842, 0x0badcafe)}, 1);
    QCOMPARE(pane.model()->rowCount(), 1);
    QCOMPARE(pane.chart()->seriesCount(), 1);
}

void TestStreamsPane::reset_fromWindow_receiverCountsAfresh()
{
    mct::ui::MainWindow window;
    QCOMPARE(window.receiverStatus().streamResets, quint64(0));
    window.streamsPane()->resetAction()->trigger();
    // The receiver (on its own thread) forgot its streams and says so in its status.
    QTRY_COMPARE(window.receiverStatus().streamResets, quint64(1));
    QVERIFY(window.receiverStatus().streams.isEmpty());
    QCOMPARE(window.streamsPane()->model()->rowCount(), 0);
}

void TestStreamsPane::colours_chartLineColourBesideItsStream()
{
    StreamsPane pane;
    const StreamSnapshot a = probeStream(40000, 1);
    const StreamSnapshot b = probeStream(40001, 2);
    pane.setStreams(1'700'000'000'000, {a, b});
    StreamStatsModel *model = pane.model();
    for (int row = 0; row < 2; ++row) {
        const QModelIndex source = model->index(row, StreamStatsModel::Source);
        const auto colour = model->data(source, Qt::DecorationRole).value<QColor>();
        QVERIFY(colour.isValid());
        QCOMPARE(colour, pane.chart()->colourOf(model->streams().at(row).key));
    }
    QVERIFY(model->data(model->index(0, StreamStatsModel::Source), Qt::DecorationRole)
            != model->data(model->index(1, StreamStatsModel::Source), Qt::DecorationRole));
}

void TestStreamsPane::latencyHeader_saysMinAvgMax()
{
    StreamStatsModel model;
    const QString header =
            model.headerData(StreamStatsModel::LatencyMs, Qt::Horizontal, Qt::DisplayRole).toString();
    QVERIFY2(header.contains(u"min"_s) && header.contains(u"avg"_s) && header.contains(u"max"_s),
             qPrintable(header));
}

void TestStreamsPane::clearInPacketTable_saysWhatItClears()
{
    mct::ui::PacketView view;
    const QString tip = view.clearAction()->toolTip();
    QVERIFY2(tip.contains(u"table"_s) && tip.contains(u"Streams"_s) && tip.contains(u"Reset Statistics"_s),
             qPrintable(tip));
}

QTEST_MAIN(TestStreamsPane)
#include "tst_streamspane.moc"
