// Tests for MainWindow's layout as a user meets it: nothing moves under the pointer when a bar or a
// message appears, and at 1024×700, 1366×768, 1920×1080 (and 1280×800) the payload, the send buttons
// and the streams' key figures are on screen.
#include "endpointcombo.h"
#include "fieldstate.h"
#include "guitest.h"
#include "language.h"
#include "mainwindow.h"
#include "messagebar.h"
#include "packettablemodel.h"
#include "packetview.h"
#include "payloadeditor.h"
#include "ratechart.h"
#include "receiverpane.h"
#include "recordingbar.h"
#include "senderpane.h"
#include "streamspane.h"
#include "streamstatsmodel.h"
#include "testpackets.h"

#include <QAction>
#include <QChart>
#include <QChartView>
#include <QDateTimeAxis>
#include <QHeaderView>
#include <QLineEdit>
#include <QScrollBar>
#include <QSettings>
#include <QStandardPaths>
#include <QTabBar>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QTreeView>

using mct::ui::MainWindow;
using mct::ui::PacketTableModel;
using mct::ui::StreamStatsModel;

namespace {

mct::core::PacketBatch typicalBatch(int count)
{
    mct::core::PacketBatch batch;
    for (int i = 0; i < count; ++i) {
        mct::core::PacketRecord r;
        r.receiveTimeNs = 1'700'000'000'000'000'000LL + i * 1'000'000LL;
        r.source = mct::core::NetAddress::fromIPv4(0x0A630001); // 10.99.0.1
        r.sourcePort = 59438;
        r.group = mct::core::NetAddress::fromIPv4(0xEF010203); // 239.1.2.3
        r.port = 5000;
        r.ttl = 1;
        mct::test::appendPacket(batch, r, QByteArray("hello #") + QByteArray::number(i) + " from host");
    }
    return batch;
}

mct::core::StreamSnapshot typicalStream(quint16 sourcePort, quint32 streamId)
{
    mct::core::StreamSnapshot s;
    s.key.source = mct::core::NetAddress::fromIPv4(0x0A630002); // 10.99.0.2
    s.key.sourcePort = sourcePort;
    s.key.group = mct::core::NetAddress::fromIPv4(0xEF010203);
    s.key.port = 5000;
    s.key.streamId = streamId;
    s.key.format = mct::core::PayloadFormat::Probe;
    s.format = mct::core::PayloadFormat::Probe;
    s.hasSequence = true;
    s.received = 1'234'567;
    s.lost = 511;
    s.lostAtEnd = 511;
    s.packetsPerSecond = 1000;
    s.bitsPerSecond = 4.2e6;
    s.jitterMs = 0.012;
    s.hasLatency = true;
    s.latencyMinMs = 0.03;
    s.latencyAvgMs = 0.04;
    s.latencyMaxMs = 4.09;
    s.joinToFirstNs = 89'851'700'000;
    return s;
}

QToolButton *buttonOf(QWidget *parent, QAction *action)
{
    const auto buttons = parent->findChildren<QToolButton *>();
    for (QToolButton *button : buttons) {
        if (button->defaultAction() == action) {
            return button;
        }
    }
    qFatal("no button for %s", qPrintable(action->text()));
}

// Whole, on screen: inside the window and not clipped by a scroll area or splitter.
bool wholeOnScreen(const QWidget *widget, const QWidget *window, QString *why)
{
    const QRect inWindow(widget->mapTo(window, QPoint(0, 0)), widget->size());
    if (!window->rect().contains(inWindow)) {
        *why = QStringLiteral("%1 at %2,%3 %4x%5 is outside the %6x%7 window")
                       .arg(widget->objectName())
                       .arg(inWindow.x())
                       .arg(inWindow.y())
                       .arg(inWindow.width())
                       .arg(inWindow.height())
                       .arg(window->width())
                       .arg(window->height());
        return false;
    }
    if (const QRect visible = widget->visibleRegion().boundingRect(); visible != widget->rect()) {
        *why = QStringLiteral("%1 is partly hidden: %2,%3 %4x%5 of %6x%7 seen")
                       .arg(widget->objectName())
                       .arg(visible.x())
                       .arg(visible.y())
                       .arg(visible.width())
                       .arg(visible.height())
                       .arg(widget->width())
                       .arg(widget->height());
        return false;
    }
    return true;
}

// Where each control a user aims at is, in the window's coordinates.
QList<QPoint> positions(const QList<QWidget *> &controls, const QWidget *window)
{
    QList<QPoint> out;
    for (const QWidget *control : controls) {
        out.append(control->mapTo(window, QPoint(0, 0)));
    }
    return out;
}

// Shown at a screen's size: the whole window on that screen.
void showAt(QWidget &window, QSize size)
{
    window.resize(size);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QCOMPARE(window.size(), size); // not held larger by a minimum size
}

} // namespace

class TestMainWindowLayout final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void barsAndMessages_appearing_moveNoControl_data();
    void barsAndMessages_appearing_moveNoControl();
    void screenSizes_payloadAndSendButtonsOnScreen_data();
    void screenSizes_payloadAndSendButtonsOnScreen();
    void streams_at1280_keyFiguresWithoutScrolling();
    void chart_smallScreen_timeLabelsFitAndPlotsAligned();

private:
    QTemporaryDir m_dir;
};

void TestMainWindowLayout::initTestCase()
{
    QVERIFY(m_dir.isValid());
    mct::test::useSettingsIn(m_dir.path());
    mct::ui::addTranslationDirectory(QStringLiteral(MCT_TRANSLATIONS_DIR));
}

void TestMainWindowLayout::cleanup()
{
    mct::ui::installTranslators(*QCoreApplication::instance(), QStringLiteral("en"));
}

void TestMainWindowLayout::init()
{
    QSettings().clear();
}

void TestMainWindowLayout::barsAndMessages_appearing_moveNoControl_data()
{
    QTest::addColumn<QSize>("size");
    QTest::newRow("1024x700") << QSize(1024, 700);
    QTest::newRow("1366x768") << QSize(1366, 768);
}

void TestMainWindowLayout::barsAndMessages_appearing_moveNoControl()
{
    QFETCH(QSize, size);
    MainWindow window;
    showAt(window, size);
    if (QTest::currentTestFailed()) {
        return;
    }
    window.packetView()->appendBatch(typicalBatch(50));
    mct::ui::ReceiverPane *receiver = window.receiverPane();
    mct::ui::SenderPane *sender = window.senderPane();
    const QList<QWidget *> controls{
            receiver->groupField(),
            receiver->joinButton(),
            receiver->sourcesField(),
            receiver->joinedView(),
            receiver->findChild<QWidget *>(QStringLiteral("replyEnabled")),
            sender->groupField(),
            sender->findChild<QWidget *>(QStringLiteral("senderTtl")),
            sender->findChild<QWidget *>(QStringLiteral("senderInterval")),
            sender->findChild<QWidget *>(QStringLiteral("senderDscp")),
            sender->findChild<QWidget *>(QStringLiteral("senderLoopback")),
            sender->findChild<QWidget *>(QStringLiteral("senderProbe")),
            sender->payloadEditor(),
            sender->sendOnceButton(),
            buttonOf(sender, sender->startAction()),
            sender->findChild<QWidget *>(QStringLiteral("replies")),
            window.tabs()->tabBar(),
            window.packetView()->findChild<QWidget *>(QStringLiteral("packetFilter")),
            window.packetView()->table()->horizontalHeader(),
    };
    for (const QWidget *control : controls) {
        QVERIFY(control != nullptr);
    }
    const QList<QPoint> before = positions(controls, &window);

    window.messageBar()->showMessage(mct::ui::MessageBar::Kind::Error,
                                     QStringLiteral("Cannot join 239.1.2.3:5000 on eth9: No such device, "
                                                    "and a long explanation that wraps onto a second line "
                                                    "of the message bar at this width of the window"));
    QTRY_VERIFY(window.messageBar()->isVisible());
    QCOMPARE(positions(controls, &window), before);

    window.recordingBar()->requestRecording(m_dir.filePath(QStringLiteral("x.pcap")),
                                            mct::core::RecordFormat::Pcap);
    window.recordingBar()->onStarted(m_dir.filePath(QStringLiteral("x.pcap")));
    QTRY_VERIFY(window.recordingBar()->isVisible());
    QCOMPARE(positions(controls, &window), before);

    // Inline messages: a bad group, a bad source, a bad interval, a source-specific group's advice.
    mct::test::retype(receiver->groupField()->lineEdit(), QStringLiteral("10.0.0.1:5000"));
    QVERIFY(!receiver->joinAction()->isEnabled());
    QCOMPARE(positions(controls, &window), before);
    mct::test::retype(receiver->groupField()->lineEdit(), QStringLiteral("232.1.1.1:5000"));
    QVERIFY(!receiver->sourcesHint()->text().isEmpty());
    QCOMPARE(positions(controls, &window), before);
    mct::test::retype(receiver->sourcesField(), QStringLiteral("239.9.9.9"));
    QCOMPARE(positions(controls, &window), before);
    mct::test::retype(sender->findChild<QLineEdit *>(QStringLiteral("senderInterval")), QStringLiteral("0"));
    QVERIFY(!sender->startAction()->isEnabled());
    QCOMPARE(positions(controls, &window), before);
    mct::test::retype(sender->groupField()->lineEdit(), QStringLiteral("224.0.0.251:5353"));
    QCOMPARE(positions(controls, &window), before);

    QString why;
    QVERIFY2(wholeOnScreen(window.messageBar(), &window, &why), qPrintable(why));
    QVERIFY2(wholeOnScreen(window.recordingBar(), &window, &why), qPrintable(why));
    window.messageBar()->dismiss();
    QCOMPARE(positions(controls, &window), before);
}

void TestMainWindowLayout::screenSizes_payloadAndSendButtonsOnScreen_data()
{
    QTest::addColumn<QSize>("size");
    QTest::addColumn<QString>("language");
    for (const QString &language : {QStringLiteral("en"), QStringLiteral("zh_CN")}) {
        for (const QSize size : {QSize(1024, 700), QSize(1280, 800), QSize(1366, 768), QSize(1920, 1080)}) {
            QTest::addRow("%dx%d %s", size.width(), size.height(), qPrintable(language)) << size << language;
        }
    }
}

void TestMainWindowLayout::screenSizes_payloadAndSendButtonsOnScreen()
{
    QFETCH(QSize, size);
    QFETCH(QString, language);
    QCOMPARE(mct::ui::installTranslators(*QCoreApplication::instance(), language), language);
    MainWindow window;
    showAt(window, size);
    if (QTest::currentTestFailed()) {
        return;
    }
    // A bar showing and a validation message: the worst case the trial met.
    window.messageBar()->showMessage(
            mct::ui::MessageBar::Kind::Warning,
            QStringLiteral("239.1.2.3:5000 is not receiving: interface eth0 is down"));
    window.senderPane()->setGroup(QStringLiteral("224.0.0.251:5353"));
    window.packetView()->appendBatch(typicalBatch(200));
    QTableView *table = window.packetView()->table();
    QTRY_VERIFY(table->verticalScrollBar()->isVisible());

    // The payload column starts on screen and shows at least 16 characters (28 where there is room).
    QHeaderView *header = table->horizontalHeader();
    const int payloadX = header->sectionViewportPosition(PacketTableModel::PayloadColumn);
    const int shown = table->viewport()->width() - payloadX;
    const int sixteen = table->fontMetrics().horizontalAdvance(QLatin1Char('x')) * 16;
    QTRY_VERIFY2(table->viewport()->width() - header->sectionViewportPosition(PacketTableModel::PayloadColumn)
                         >= sixteen,
                 qPrintable(QStringLiteral("payload at %1 of %2 px: %3 px shown, %4 wanted")
                                    .arg(payloadX)
                                    .arg(table->viewport()->width())
                                    .arg(shown)
                                    .arg(sixteen)));
    QCOMPARE(table->horizontalScrollBar()->value(), 0);
    // Source and Group still show their addresses whole.
    for (const int column : {PacketTableModel::SourceColumn, PacketTableModel::GroupColumn}) {
        QVERIFY2(header->sectionSize(column)
                         >= static_cast<const QAbstractItemView *>(table)->sizeHintForColumn(column),
                 qPrintable(QStringLiteral("column %1: %2 px for %3")
                                    .arg(column)
                                    .arg(header->sectionSize(column))
                                    .arg(static_cast<const QAbstractItemView *>(table)->sizeHintForColumn(
                                            column))));
    }

    // The send buttons: whole, on screen, without scrolling.
    mct::ui::SenderPane *sender = window.senderPane();
    QString why;
    QVERIFY2(wholeOnScreen(sender->sendOnceButton(), &window, &why), qPrintable(why));
    QVERIFY2(wholeOnScreen(buttonOf(sender, sender->startAction()), &window, &why), qPrintable(why));
    QVERIFY2(wholeOnScreen(buttonOf(sender, sender->stopAction()), &window, &why), qPrintable(why));
    QVERIFY2(wholeOnScreen(window.messageBar(), &window, &why), qPrintable(why));
}

void TestMainWindowLayout::streams_at1280_keyFiguresWithoutScrolling()
{
    MainWindow window;
    showAt(window, QSize(1280, 800));
    if (QTest::currentTestFailed()) {
        return;
    }
    window.tabs()->setCurrentWidget(window.streamsPane());
    const qint64 now = 1'700'000'000'000;
    window.streamsPane()->setStreams(now, {typicalStream(59438, 0x1a2b3c4d), typicalStream(47311, 0x0badcafe),
                                           typicalStream(53842, 0x12345678)});
    QTreeView *view = window.streamsPane()->view();
    QHeaderView *header = view->header();
    for (const int column : {StreamStatsModel::Source, StreamStatsModel::Group, StreamStatsModel::Received,
                             StreamStatsModel::Lost, StreamStatsModel::LossPercent,
                             StreamStatsModel::JitterMs, StreamStatsModel::LatencyMs}) {
        const int right = header->sectionViewportPosition(column) + header->sectionSize(column);
        QVERIFY2(right <= view->viewport()->width(),
                 qPrintable(QStringLiteral("%1 ends at %2 of %3 px")
                                    .arg(view->model()->headerData(column, Qt::Horizontal).toString())
                                    .arg(right)
                                    .arg(view->viewport()->width())));
        // And its values whole, not cut to "0.03 / 0.0…".
        QVERIFY2(header->sectionSize(column)
                         >= static_cast<const QAbstractItemView *>(view)->sizeHintForColumn(column),
                 qPrintable(view->model()->headerData(column, Qt::Horizontal).toString()));
    }
}

void TestMainWindowLayout::chart_smallScreen_timeLabelsFitAndPlotsAligned()
{
    MainWindow window;
    showAt(window, QSize(1024, 700));
    if (QTest::currentTestFailed()) {
        return;
    }
    window.tabs()->setCurrentWidget(window.streamsPane());
    mct::ui::RateChart *chart = window.streamsPane()->chart();
    qint64 t = 1'700'000'000'000;
    for (int i = 0; i < 5; ++i) {
        window.streamsPane()->setStreams(t += 1000, {typicalStream(59438, 0x1a2b3c4d)});
    }
    QTRY_VERIFY(chart->lossChart()->plotArea().width() > 50);
    // The same moment at the same place in both plots (within a pixel's rounding).
    QTRY_VERIFY2(std::abs(chart->rateChart()->plotArea().left() - chart->lossChart()->plotArea().left()) < 1,
                 qPrintable(QStringLiteral("%1 vs %2")
                                    .arg(chart->rateChart()->plotArea().left())
                                    .arg(chart->lossChart()->plotArea().left())));
    QTRY_VERIFY(std::abs(chart->rateChart()->plotArea().right() - chart->lossChart()->plotArea().right())
                < 1);
    // Each time label ("16:22:37") has its room between ticks: no "16:2…".
    const int label =
            QFontMetrics(chart->timeAxis()->labelsFont()).horizontalAdvance(QStringLiteral("00:00:00"));
    const QRectF loss = chart->lossChart()->plotArea();
    const double between = loss.width() / (chart->timeAxis()->tickCount() - 1);
    QVERIFY2(between >= label,
             qPrintable(QStringLiteral("%1 px between ticks for %2 px labels").arg(between).arg(label)));
    // Both plots whole on screen, under the table (what is seen of them are their views' viewports).
    QString why;
    const auto views = chart->findChildren<QChartView *>();
    QCOMPARE(views.size(), 2);
    for (const QChartView *view : views) {
        QVERIFY2(wholeOnScreen(view->viewport(), &window, &why), qPrintable(why));
    }
}

QTEST_MAIN(TestMainWindowLayout)
#include "tst_mainwindow_layout.moc"
