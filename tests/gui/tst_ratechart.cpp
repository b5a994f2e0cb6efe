// Tests for RateChart: whole-number axis ticks (no "1, 1, 1, 0, 0"), a point per status, not per packet,
// loss in a plot of its own, streams told apart.
#include "ratechart.h"

#include <QChart>
#include <QChartView>
#include <QLineSeries>
#include <QSet>
#include <QTest>
#include <QValueAxis>
#include <QXYSeries>

#include <cmath>

using namespace Qt::StringLiterals;
using mct::core::NetAddress;
using mct::core::StreamSnapshot;
using mct::ui::NiceAxis;
using mct::ui::niceAxis;
using mct::ui::RateChart;

namespace {

StreamSnapshot stream(double pps, quint64 lost)
{
    StreamSnapshot s;
    s.key.source = NetAddress::fromIPv4(0x0A000001);
    s.key.group = NetAddress::fromIPv4(0xEF010203);
    s.key.sourcePort = 40000;
    s.key.port = 5000;
    s.packetsPerSecond = pps;
    s.lost = lost;
    s.lostAtEnd = lost;
    s.received = 100;
    s.hasSequence = true;
    return s;
}

// The labels the axis draws with its "%.0f" format, from its range and tick count.
QStringList labels(const QValueAxis *axis)
{
    QStringList out;
    const double step = (axis->max() - axis->min()) / (axis->tickCount() - 1);
    for (int i = 0; i < axis->tickCount(); ++i) {
        out.append(QString::number(axis->min() + step * i, 'f', 0));
    }
    return out;
}

bool wholeSteps(const QValueAxis *axis)
{
    const double step = (axis->max() - axis->min()) / (axis->tickCount() - 1);
    return step >= 1 && std::abs(step - std::round(step)) < 1e-9;
}

} // namespace

class TestRateChart final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void niceAxis_smallAndLargeMaxima_wholeNumberTicks_data();
    void niceAxis_smallAndLargeMaxima_wholeNumberTicks();
    void lossAxis_oneLostPacket_labelsAreDistinctIntegers();
    void lossAxis_shortPlot_asManyLabelsAsFit();
    void addSnapshot_manyStatusUpdates_pointsAtMostEvery200Ms();
    void addSnapshot_eightStreams_eachItsOwnColour();
    void addOutage_markWhereItBegan_droppedWithTheWindow();
    void addSnapshot_streamNoLongerListed_itsLinesRemoved();
    void loss_ownPlotScaleAndLook_toldFromRateAtAGlance();
    void streamLabel_sameRouteTwoStreamIds_toldApart();
};

void TestRateChart::niceAxis_smallAndLargeMaxima_wholeNumberTicks_data()
{
    QTest::addColumn<double>("max");
    QTest::addColumn<double>("top");
    QTest::addColumn<int>("ticks");
    QTest::newRow("nothing") << 0.0 << 1.0 << 2;
    QTest::newRow("one") << 1.0 << 2.0 << 3;
    QTest::newRow("fraction") << 0.3 << 1.0 << 2;
    QTest::newRow("four") << 4.0 << 5.0 << 6;
    QTest::newRow("2.5 pps") << 2.5 << 3.0 << 4;
    QTest::newRow("ten") << 10.0 << 15.0 << 4;
    QTest::newRow("1000") << 1000.0 << 1500.0 << 4;
    QTest::newRow("88k") << 88'000.0 << 100'000.0 << 6;
}

void TestRateChart::niceAxis_smallAndLargeMaxima_wholeNumberTicks()
{
    QFETCH(double, max);
    QFETCH(double, top);
    QFETCH(int, ticks);
    const NiceAxis axis = niceAxis(max);
    QCOMPARE(axis.top, top);
    QCOMPARE(axis.ticks, ticks);
    QVERIFY(axis.top >= max);
    const double step = axis.top / (axis.ticks - 1);
    QCOMPARE(step, std::round(step));
}

void TestRateChart::lossAxis_oneLostPacket_labelsAreDistinctIntegers()
{
    RateChart chart;
    qint64 t = 1'700'000'000'000;
    chart.addSnapshot(t, {stream(10, 0)});
    chart.addSnapshot(t += 1000, {stream(10, 1)});
    QVERIFY(wholeSteps(chart.lossAxis()));
    QVERIFY(wholeSteps(chart.rateAxis()));
    const QStringList loss = labels(chart.lossAxis());
    QCOMPARE(loss.size(), QSet<QString>(loss.cbegin(), loss.cend()).size()); // no "1, 1, 1, 0, 0"
    QCOMPARE(loss.constFirst(), QStringLiteral("0"));
    QVERIFY(chart.lossAxis()->max() >= 1);
    const QStringList rate = labels(chart.rateAxis());
    QCOMPARE(rate.size(), QSet<QString>(rate.cbegin(), rate.cend()).size());
    QVERIFY(chart.rateAxis()->max() >= 10);
}

void TestRateChart::addSnapshot_manyStatusUpdates_pointsAtMostEvery200Ms()
{
    RateChart chart;
    const qint64 start = 1'700'000'000'000;
    // Two seconds of status updates every 50 ms (faster than the receiver's 250 ms).
    for (qint64 t = 0; t <= 2000; t += 50) {
        chart.addSnapshot(start + t, {stream(500, 0)});
    }
    QVERIFY2(chart.pointsAdded() >= 8 && chart.pointsAdded() <= 11,
             qPrintable(QString::number(chart.pointsAdded())));
    QCOMPARE(chart.seriesCount(), 1);
}

void TestRateChart::addSnapshot_eightStreams_eachItsOwnColour()
{
    // Each stream's line (and its dashed loss line) has a colour no other stream has.
    RateChart chart;
    QList<StreamSnapshot> streams;
    for (int i = 0; i < 8; ++i) {
        StreamSnapshot s = stream(10 + i, 0);
        s.key.sourcePort = quint16(40000 + i);
        streams.append(s);
    }
    chart.addSnapshot(1'000'000, streams);
    QCOMPARE(chart.seriesCount(), 8);
    const auto *view = chart.findChild<QChartView *>();
    QVERIFY(view);
    QSet<QRgb> colours;
    int lines = 0;
    for (QAbstractSeries *series : view->chart()->series()) {
        auto *line = qobject_cast<QLineSeries *>(series);
        QVERIFY(line);
        if (!line->name().endsWith(u" lost"_s)) {
            ++lines;
            colours.insert(line->color().rgb());
        }
    }
    QCOMPARE(lines, 8);
    QCOMPARE(colours.size(), 8);
}

void TestRateChart::addOutage_markWhereItBegan_droppedWithTheWindow()
{
    RateChart chart;
    chart.setWindowSeconds(60);
    const qint64 t0 = 1'700'000'000'000;
    chart.addSnapshot(t0, {stream(100, 0)});
    chart.addOutage(t0 + 1000, t0 + 1800, u"Outage of a \u2192 b: 800.0 ms silent"_s);
    QCOMPARE(chart.outageMarks(), 1);
    const auto *view = chart.findChild<QChartView *>();
    QVERIFY(view);
    QAbstractSeries *marks = nullptr;
    for (QAbstractSeries *series : view->chart()->series()) {
        if (series->name() == u"outages"_s) {
            marks = series;
        }
    }
    QVERIFY(marks);
    QCOMPARE(static_cast<QXYSeries *>(marks)->at(0).x(), double(t0 + 1000));
    // A minute later the mark has left the chart's window with the rates.
    chart.addSnapshot(t0 + 62'000, {stream(100, 0)});
    QCOMPARE(chart.outageMarks(), 0);
    chart.addOutage(t0 + 63'000, t0 + 63'500, u"again"_s);
    chart.clear();
    QCOMPARE(chart.outageMarks(), 0);
}

void TestRateChart::addSnapshot_streamNoLongerListed_itsLinesRemoved()
{
    // A flow's plain stream that turned out to be RTP is listed no more: no line stays behind.
    RateChart chart;
    StreamSnapshot plain = stream(10, 0);
    plain.hasSequence = false;
    StreamSnapshot rtp = stream(10, 0);
    rtp.key.format = mct::core::PayloadFormat::Rtp;
    rtp.format = mct::core::PayloadFormat::Rtp;
    chart.addSnapshot(1'000'000, {plain});
    QCOMPARE(chart.seriesCount(), 1);
    chart.addSnapshot(1'001'000, {rtp});
    QCOMPARE(chart.seriesCount(), 1);
    QCOMPARE(chart.rateChart()->series().size(), 1); // the RTP stream's rate line
    QCOMPARE(chart.lossChart()->series().size(), 1); // and its loss line
}

void TestRateChart::lossAxis_shortPlot_asManyLabelsAsFit()
{
    // At 1024x700 with a bar showing, the loss plot is a few lines high: five labels there were all
    // drawn as "...". Each label needs its line of text, with room between.
    RateChart chart;
    chart.resize(580, 260);
    chart.show();
    QVERIFY(QTest::qWaitForWindowExposed(&chart));
    qint64 t = 1'700'000'000'000;
    chart.addSnapshot(t, {stream(900, 0)});
    chart.addSnapshot(t += 1000, {stream(900, 600)});
    chart.addSnapshot(t += 1000, {stream(900, 1200)});
    const int labelHeight = QFontMetrics(chart.lossAxis()->labelsFont()).height();
    const qreal plotHeight = chart.lossChart()->plotArea().height();
    QVERIFY2(plotHeight > 0 && plotHeight < 5 * labelHeight * 1.5, "the loss plot is not short here");
    const int intervals = chart.lossAxis()->tickCount() - 1;
    QVERIFY2(intervals >= 1 && plotHeight / intervals >= labelHeight,
             qPrintable(QStringLiteral("%1 intervals on a %2 px plot").arg(intervals).arg(plotHeight)));
    QVERIFY(chart.lossAxis()->max() >= 600); // still the whole loss, in fewer steps
    QVERIFY(wholeSteps(chart.lossAxis()));
}

void TestRateChart::loss_ownPlotScaleAndLook_toldFromRateAtAGlance()
{
    // 900 packets/s and 110 lost/s were drawn at the same height in the same colour and style.
    RateChart chart;
    qint64 t = 1'700'000'000'000;
    chart.addSnapshot(t, {stream(900, 0)});
    chart.addSnapshot(t += 1000, {stream(900, 110)});
    QCOMPARE(chart.rateChart()->series().size(), 1);
    QCOMPARE(chart.lossChart()->series().size(), 1);
    auto *rate = qobject_cast<QLineSeries *>(chart.rateChart()->series().constFirst());
    auto *loss = qobject_cast<QLineSeries *>(chart.lossChart()->series().constFirst());
    QVERIFY(rate && loss);
    QVERIFY(rate->attachedAxes().contains(chart.rateAxis()));
    QVERIFY(!rate->attachedAxes().contains(chart.lossAxis()));
    QVERIFY(loss->attachedAxes().contains(chart.lossAxis()));
    QVERIFY(!loss->attachedAxes().contains(chart.rateAxis()));
    QCOMPARE(chart.lossAxis()->titleText(), u"lost/s"_s);
    QCOMPARE(chart.rateAxis()->titleText(), u"packets/s"_s);
    QVERIFY(chart.lossAxis()->max() >= 110 && chart.lossAxis()->max() < 900);
    QVERIFY(chart.rateAxis()->max() >= 900);
    // A look of its own: dashed on a red-tinted plot, under a red title.
    QCOMPARE(rate->pen().style(), Qt::SolidLine);
    QCOMPARE(loss->pen().style(), Qt::DashLine);
    QVERIFY(chart.lossChart()->isPlotAreaBackgroundVisible());
    QVERIFY(chart.lossChart()->plotAreaBackgroundBrush().color()
            != chart.rateChart()->backgroundBrush().color());
    QVERIFY(chart.lossAxis()->titleBrush().color() != chart.rateAxis()->titleBrush().color());
    QCOMPARE(loss->name(), rate->name() + u" lost"_s);
}

void TestRateChart::streamLabel_sameRouteTwoStreamIds_toldApart()
{
    // Start, Stop, Start from one window: the same source port, a new probe stream id.
    StreamSnapshot first = stream(10, 0);
    first.key.streamId = 0x1a2b3c4d;
    StreamSnapshot second = first;
    second.key.streamId = 0x0badcafe;
    QVERIFY(mct::ui::streamLabel(first.key) != mct::ui::streamLabel(second.key));
    QVERIFY(mct::ui::streamLabel(first.key).contains(u"1a2b3c4d"_s));
    QVERIFY(mct::ui::streamLabel(first.key).contains(u"10.0.0.1:40000"_s));
    RateChart chart;
    chart.addSnapshot(1'000'000, {first, second});
    QCOMPARE(chart.seriesCount(), 2);
    QSet<QString> names;
    for (QAbstractSeries *series : chart.rateChart()->series()) {
        names.insert(series->name());
    }
    QCOMPARE(names.size(), 2);
    QVERIFY(chart.colourOf(first.key).isValid());
    QVERIFY(chart.colourOf(first.key) != chart.colourOf(second.key));
}

QTEST_MAIN(TestRateChart)
#include "tst_ratechart.moc"
