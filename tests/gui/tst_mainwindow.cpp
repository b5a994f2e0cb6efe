// Tests for MainWindow without a network: field validation, settings round trip, pause and follow,
// shortcuts, accessibility names, the message bar and the status bar (the dark palette: tst_darkpalette).
#include "endpointcombo.h"
#include "fieldstate.h"
#include "mainwindow.h"
#include "messagebar.h"
#include "packetfilterproxy.h"
#include "packettablemodel.h"
#include "packetview.h"
#include "payloadeditor.h"
#include "ratechart.h"
#include "receiverpane.h"
#include "recordingbar.h"
#include "senderpane.h"
#include "statussummary.h"
#include "streamspane.h"
#include "streamstatsmodel.h"
#include "tableexport.h"
#include "testpackets.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QBitArray>
#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QPlainTextEdit>
#include <QRegularExpression>
#include <QScrollBar>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QTreeView>

#include <algorithm>
#include <memory>

using mct::ui::MainWindow;
using mct::ui::PacketTableModel;

namespace {

mct::core::PacketBatch makeBatch(int count, int first)
{
    return mct::test::textRows(count, first);
}

template<typename T>
T *child(QWidget *parent, const char *name)
{
    T *found = parent->findChild<T *>(QString::fromLatin1(name));
    if (found == nullptr) {
        qFatal("no child %s", name);
    }
    return found;
}

void retype(QLineEdit *edit, const QString &text)
{
    edit->selectAll();
    QTest::keyClick(edit, Qt::Key_Backspace);
    QTest::keyClicks(edit, text);
}

// The last row the table holds is on screen (what a user looks at to see packets arrive).
bool lastRowVisible(const mct::ui::PacketView *view)
{
    const QTableView *table = view->table();
    const QModelIndex last = view->proxy()->index(view->proxy()->rowCount() - 1, 0);
    return table->viewport()->rect().contains(table->visualRect(last));
}

} // namespace

class TestMainWindow final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void receiverGroup_unicastAddress_marksInvalidAndDisablesJoin();
    void receiverGroup_reservedGroup_advisesButAllowsJoin();
    void senderFields_invalidValues_disableSendWithReason();
    void settings_savedValues_restoredByNewWindow();
    void replyMode_onAtExitOrSavedOn_offAfterRestart();
    void pause_batchesWhilePaused_waitThenCatchUpWithinCapacity();
    void followTail_onlyWhenAtBottom();
    void followTail_barsAppearAbove_keepsFollowing();
    void resend_packetFromTable_payloadAndGroupInSender();
    void actions_haveDesktopShortcuts();
    void senderShortcuts_fromEditors_requestSend();
    void inputs_allHaveAccessibleNames();
    void messageBar_repeatAndDismiss();
    void streamStopped_warnsWithCause_thenSaysBackWhenItReturns();
    void exportTable_rowsHeld_writesThemAndReportsCount();
    void statusBar_notShownAndKernelDrops_onlyWhenNonzero();
    void statusBar_lost_sameAsStreamsTab();
    void loadSettings_bufferAndBudget_restoredByNewWindow();
    void packetColumns_hiddenFromHeaderMenu_restoredByNewWindow();
    void packetColumns_narrowWindow_payloadKeepsRoomUntilUserChooses();

private:
    QTemporaryDir m_settingsDir;
};

void TestMainWindow::initTestCase()
{
    QVERIFY(m_settingsDir.isValid());
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("mctester"));
    QCoreApplication::setApplicationName(QStringLiteral("mctester"));
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_settingsDir.path());
}

void TestMainWindow::init()
{
    QSettings().clear();
}

void TestMainWindow::receiverGroup_unicastAddress_marksInvalidAndDisablesJoin()
{
    MainWindow window;
    window.show();
    mct::ui::ReceiverPane *pane = window.receiverPane();
    QLineEdit *edit = pane->groupField()->lineEdit();

    retype(edit, QStringLiteral("10.0.0.1:5000"));

    QVERIFY(pane->groupField()->property(mct::ui::kInvalidProperty).toBool());
    QVERIFY(!pane->joinAction()->isEnabled());
    QVERIFY(!pane->joinButton()->isEnabled());
    QVERIFY2(pane->joinButton()->toolTip().contains(QStringLiteral("multicast")),
             qPrintable(pane->joinButton()->toolTip()));
    QVERIFY(pane->groupField()->toolTip().contains(QStringLiteral("multicast")));
    auto *hint = child<mct::ui::FieldHint>(pane, "receiverGroupHint");
    QVERIFY(hint->isVisible());
    QCOMPARE(hint->kind(), mct::ui::FieldHint::Kind::Problem);
    QVERIFY(hint->text().contains(QStringLiteral("multicast")));
    // The background is tinted over the palette's own colour, not replaced by a fixed one.
    QVERIFY(edit->palette().color(QPalette::Base) != window.palette().color(QPalette::Base));

    retype(edit, QStringLiteral("239.1.2.3:5000"));
    QVERIFY(!pane->groupField()->property(mct::ui::kInvalidProperty).toBool());
    QVERIFY(pane->joinButton()->isEnabled());
    QVERIFY(!hint->isVisible());
    QCOMPARE(edit->palette().color(QPalette::Base), window.palette().color(QPalette::Base));
}

void TestMainWindow::receiverGroup_reservedGroup_advisesButAllowsJoin()
{
    MainWindow window;
    window.show();
    mct::ui::ReceiverPane *pane = window.receiverPane();
    retype(pane->groupField()->lineEdit(), QStringLiteral("224.0.0.1:5000"));
    auto *hint = child<mct::ui::FieldHint>(pane, "receiverGroupHint");
    QVERIFY(hint->isVisible());
    QCOMPARE(hint->kind(), mct::ui::FieldHint::Kind::Advice);
    QVERIFY(hint->text().contains(QStringLiteral("239.0.0.0/8")));
    QVERIFY(pane->joinButton()->isEnabled());
}

void TestMainWindow::senderFields_invalidValues_disableSendWithReason()
{
    MainWindow window;
    window.show();
    mct::ui::SenderPane *pane = window.senderPane();
    auto *interval = child<QLineEdit>(pane, "senderInterval");
    auto *reason = child<mct::ui::FieldHint>(pane, "senderReason");
    QVERIFY(pane->startAction()->isEnabled());

    retype(interval, QStringLiteral("0"));
    QVERIFY(interval->property(mct::ui::kInvalidProperty).toBool());
    QVERIFY(!pane->startAction()->isEnabled());
    // Send Once sends one datagram now: an interval does not concern it.
    QVERIFY(pane->sendOnceButton()->isEnabled());
    QVERIFY(reason->isVisible());
    QVERIFY2(reason->text().contains(QStringLiteral("interval")), qPrintable(reason->text()));
    QVERIFY2(reason->text().startsWith(QStringLiteral("Cannot start")), qPrintable(reason->text()));

    retype(interval, QStringLiteral("250"));
    QVERIFY(pane->startAction()->isEnabled());
    QVERIFY(!reason->isVisible());

    pane->payloadEditor()->setMode(mct::core::PayloadMode::Hex);
    pane->payloadEditor()->setHex(QStringLiteral("de ad bx"));
    QVERIFY(!pane->sendOnceAction()->isEnabled());
    QVERIFY(child<QPlainTextEdit>(pane, "payloadHex")->property(mct::ui::kInvalidProperty).toBool());
    // Said once: under the payload, not again as "Cannot send: ..." below the buttons.
    int saying = 0;
    for (const mct::ui::FieldHint *hint : pane->findChildren<mct::ui::FieldHint *>()) {
        saying += hint->isVisible() && hint->text().contains(pane->payloadEditor()->problem()) ? 1 : 0;
    }
    QCOMPARE(saying, 1);
    QVERIFY(!reason->isVisible());
    pane->payloadEditor()->setHex(QStringLiteral("de ad be ef"));
    QVERIFY(pane->sendOnceAction()->isEnabled());
}

void TestMainWindow::settings_savedValues_restoredByNewWindow()
{
    {
        MainWindow window;
        mct::ui::SenderPane *sender = window.senderPane();
        sender->setGroup(QStringLiteral("239.9.9.9:6000"));
        sender->groupField()->remember(QStringLiteral("239.8.8.8:6001"));
        child<QLineEdit>(sender, "senderTtl")->setText(QStringLiteral("7"));
        child<QLineEdit>(sender, "senderInterval")->setText(QStringLiteral("20.5"));
        child<QLineEdit>(sender, "senderCount")->setText(QStringLiteral("42"));
        child<QLineEdit>(sender, "senderSourcePort")->setText(QStringLiteral("4321"));
        child<QCheckBox>(sender, "senderProbe")->setChecked(true);
        child<QCheckBox>(sender, "senderLoopback")->setChecked(false);
        sender->payloadEditor()->setText(QStringLiteral("saved {seq}"));
        sender->payloadEditor()->setHex(QStringLiteral("01 02"));
        sender->payloadEditor()->setMode(mct::core::PayloadMode::Hex);
        mct::ui::ReceiverPane *receiver = window.receiverPane();
        receiver->setGroup(QStringLiteral("239.7.7.7:7000"));
        receiver->groupField()->remember(QStringLiteral("239.6.6.6:7001"));
        child<QCheckBox>(receiver, "replyEnabled")->setChecked(true);
        child<QLineEdit>(receiver, "replyText")->setText(QStringLiteral("pong from {host}"));
        window.packetView()->setCapacity(2500);
        window.resize(1111, 777);
        window.close(); // saves
    }

    MainWindow restored;
    const auto s = restored.senderPane()->settings();
    QVERIFY2(s.ok(), qPrintable(s.error()));
    QCOMPARE(s.value().destination.toString(), QStringLiteral("239.9.9.9:6000"));
    QCOMPARE(s.value().ttl, 7);
    QCOMPARE(s.value().intervalMs, 20.5);
    QCOMPARE(s.value().count, 42);
    QCOMPARE(s.value().sourcePort, quint16(4321));
    QVERIFY(s.value().probe);
    QVERIFY(!s.value().loopback);
    QCOMPARE(s.value().payload.mode, mct::core::PayloadMode::Hex);
    QCOMPARE(s.value().payload.text, QStringLiteral("01 02"));
    QVERIFY(restored.senderPane()->groupField()->history().contains(QStringLiteral("239.8.8.8:6001")));
    restored.senderPane()->payloadEditor()->setMode(mct::core::PayloadMode::Text);
    QCOMPARE(restored.senderPane()->payloadEditor()->spec().text, QStringLiteral("saved {seq}"));

    QCOMPARE(restored.receiverPane()->groupField()->text(), QStringLiteral("239.7.7.7:7000"));
    QVERIFY(restored.receiverPane()->groupField()->history().contains(QStringLiteral("239.6.6.6:7001")));
    QVERIFY(!restored.receiverPane()->replyEnabled()); // sends on its own: never switched on unasked
    QCOMPARE(restored.receiverPane()->replyText(), QStringLiteral("pong from {host}"));
    QCOMPARE(restored.packetView()->capacity(), 2500);
    QCOMPARE(restored.size(), QSize(1111, 777));
}

void TestMainWindow::replyMode_onAtExitOrSavedOn_offAfterRestart()
{
    // Reply mode answers every packet by unicast: after a restart it must not answer unasked.
    {
        MainWindow window;
        child<QCheckBox>(window.receiverPane(), "replyEnabled")->setChecked(true);
        window.close(); // saves
    }
    {
        MainWindow restored;
        const auto *reply = child<QCheckBox>(restored.receiverPane(), "replyEnabled");
        QVERIFY(!reply->isChecked());
        QVERIFY(!restored.receiverPane()->replyEnabled());
    }
    // A settings file an earlier version wrote with reply mode on.
    {
        QSettings settings;
        settings.setValue(QStringLiteral("receiver/replyEnabled"), true);
    }
    MainWindow fromOld;
    QVERIFY(!fromOld.receiverPane()->replyEnabled());
}

void TestMainWindow::pause_batchesWhilePaused_waitThenCatchUpWithinCapacity()
{
    MainWindow window;
    mct::ui::PacketView *view = window.packetView();
    QAbstractItemModelTester tester(view->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    view->setCapacity(10);
    view->appendBatch(makeBatch(3, 1));
    QCOMPARE(view->proxy()->rowCount(), 3);

    view->pauseAction()->trigger();
    QVERIFY(view->isPaused());
    for (int i = 0; i < 5; ++i) {
        view->appendBatch(makeBatch(4, 4 + i * 4)); // rows 4..23
    }
    QCOMPARE(view->proxy()->rowCount(), 3); // frozen
    QVERIFY(view->waitingRows() <= 10 + 4); // bounded by about one table
    QVERIFY(child<QLabel>(view, "packetBanner")->text().contains(QStringLiteral("20")));

    view->pauseAction()->trigger();
    QVERIFY(!view->isPaused());
    QCOMPARE(view->model()->rowCount(), 10);
    const auto *model = view->model();
    QCOMPARE(model->data(model->index(9, PacketTableModel::NumberColumn)).toString(), QStringLiteral("23"));
    QCOMPARE(model->data(model->index(9, PacketTableModel::PayloadColumn)).toString(),
             QStringLiteral("row 23"));
    QCOMPARE(model->data(model->index(0, PacketTableModel::NumberColumn)).toString(), QStringLiteral("14"));

    view->clearAction()->trigger();
    QCOMPARE(view->model()->rowCount(), 0);
}

void TestMainWindow::followTail_onlyWhenAtBottom()
{
    MainWindow window;
    window.resize(1200, 700);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    mct::ui::PacketView *view = window.packetView();
    QScrollBar *bar = view->table()->verticalScrollBar();

    view->appendBatch(makeBatch(300, 1));
    QTRY_VERIFY(bar->maximum() > 0);
    QTRY_COMPARE(bar->value(), bar->maximum());

    bar->setValue(10); // the user scrolls up to read
    view->appendBatch(makeBatch(50, 301));
    QTest::qWait(mct::ui::PacketView::kFollowDelayMs * 3);
    QCOMPARE(bar->value(), 10);

    bar->setValue(bar->maximum()); // back at the end: following again
    view->appendBatch(makeBatch(50, 351));
    QTRY_COMPARE(bar->value(), bar->maximum());
    QCOMPARE(view->model()->rowCount(), 400);
}

void TestMainWindow::followTail_barsAppearAbove_keepsFollowing()
{
    // A bar above the table makes it shorter: the view, at the end before, must stay at the end.
    MainWindow window;
    window.resize(1200, 700);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    mct::ui::PacketView *view = window.packetView();
    const QScrollBar *bar = view->table()->verticalScrollBar();
    view->appendBatch(makeBatch(300, 1));
    QTRY_VERIFY(bar->maximum() > 0);
    QTRY_VERIFY(lastRowVisible(view));

    int next = 301;
    const auto receiveMore = [&] {
        view->appendBatch(makeBatch(30, next));
        next += 30;
    };
    // An error in the message bar, then a recording: each bar pushes the table down.
    int before = view->table()->viewport()->height();
    window.messageBar()->showMessage(mct::ui::MessageBar::Kind::Warning, QStringLiteral("interface down"));
    QTRY_VERIFY(view->table()->viewport()->height() < before);
    receiveMore();
    QTRY_COMPARE(view->model()->rowCount(), next - 1);
    QTRY_VERIFY2(lastRowVisible(view), "the message bar stopped the table following new rows");
    QCOMPARE(bar->value(), bar->maximum());

    before = view->table()->viewport()->height();
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    window.recordingBar()->requestRecording(dir.filePath(QStringLiteral("capture.jsonl")),
                                            mct::core::RecordFormat::JsonLines);
    QTRY_VERIFY(window.recordingBar()->isRecording());
    QTRY_VERIFY(view->table()->viewport()->height() < before);
    receiveMore();
    QTRY_VERIFY2(lastRowVisible(view), "the recording bar stopped the table following new rows");

    // The bar goes away again: still at the end, and still following.
    window.messageBar()->dismiss();
    receiveMore();
    QTRY_VERIFY(lastRowVisible(view));
    QCOMPARE(bar->value(), bar->maximum());
}

void TestMainWindow::resend_packetFromTable_payloadAndGroupInSender()
{
    MainWindow window;
    window.show();
    mct::ui::PacketView *view = window.packetView();
    mct::ui::SenderPane *sender = window.senderPane();
    sender->setGroup(QStringLiteral("239.1.1.1:1111"));
    view->appendBatch(makeBatch(1, 7)); // "row 7" to 239.255.0.1:5000
    mct::core::PacketBatch binary;
    mct::core::PacketRecord r;
    r.group = mct::core::NetAddress::fromIPv4(0xEF010203);
    r.port = 6000;
    mct::test::appendPacket(binary, r, QByteArray("\x00\x01\xff{", 4));
    view->appendBatch(binary);
    QCOMPARE(view->proxy()->rowCount(), 2);

    const auto resend = [&](int row) {
        std::unique_ptr<QMenu> menu(view->createRowMenu(view->proxy()->index(row, 0), &window));
        auto *action = menu->findChild<QAction *>(QStringLiteral("resendAction"));
        QVERIFY(action != nullptr && action->isEnabled());
        action->trigger();
    };
    resend(0);
    QCOMPARE(sender->groupField()->text(), QStringLiteral("239.255.0.1:5000"));
    QCOMPARE(sender->payloadEditor()->mode(), mct::core::PayloadMode::Text);
    QCOMPARE(sender->payloadEditor()->spec().text, QStringLiteral("row 7"));
    QVERIFY2(sender->sendOnceButton()->isEnabled(), qPrintable(sender->sendOnceButton()->toolTip()));

    // Bytes that are not plain text (or would be read as a placeholder) go in exactly, as hex.
    resend(1);
    QCOMPARE(sender->groupField()->text(), QStringLiteral("239.1.2.3:6000"));
    QCOMPARE(sender->payloadEditor()->mode(), mct::core::PayloadMode::Hex);
    QCOMPARE(sender->payloadEditor()->spec().text, QStringLiteral("00 01 ff 7b"));
}

void TestMainWindow::actions_haveDesktopShortcuts()
{
    MainWindow window;
    QCOMPARE(window.receiverPane()->joinAction()->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_J));
    QCOMPARE(window.senderPane()->sendOnceAction()->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_Return));
    QCOMPARE(window.senderPane()->startAction()->shortcut(), QKeySequence(Qt::Key_F5));
    QCOMPARE(window.senderPane()->stopAction()->shortcut(), QKeySequence(Qt::SHIFT | Qt::Key_F5));
    QCOMPARE(window.packetView()->pauseAction()->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_P));
    QCOMPARE(window.packetView()->clearAction()->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_L));
    QCOMPARE(window.packetView()->filterAction()->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_F));

    // Space in the focused table pauses; Ctrl+F puts the cursor into the filter.
    window.show();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    window.packetView()->table()->setFocus();
    QTest::keyClick(window.packetView()->table(), Qt::Key_Space);
    QVERIFY(window.packetView()->isPaused());
    QTest::keyClick(&window, Qt::Key_F, Qt::ControlModifier);
    QTRY_COMPARE(QApplication::focusWidget(), child<QLineEdit>(&window, "packetFilter"));
}

void TestMainWindow::senderShortcuts_fromEditors_requestSend()
{
    // A pane on its own: its requests reach no engine, so nothing is sent from this host.
    mct::ui::SenderPane pane;
    pane.setGroup(QStringLiteral("239.255.0.9:5009"));
    QVERIFY(pane.sendOnceAction()->isEnabled());
    pane.show();
    QVERIFY(QTest::qWaitForWindowActive(&pane));
    QSignalSpy once(&pane, &mct::ui::SenderPane::sendOnceRequested);
    QSignalSpy start(&pane, &mct::ui::SenderPane::startRequested);
    QSignalSpy stop(&pane, &mct::ui::SenderPane::stopRequested);

    auto *payload = child<QPlainTextEdit>(&pane, "payloadText");
    payload->setFocus();
    QTest::keyClick(payload, Qt::Key_Return, Qt::ControlModifier);
    QCOMPARE(once.count(), 1);
    QVERIFY(!payload->toPlainText().contains(u'\n')); // the shortcut, not a new line

    QLineEdit *group = pane.groupField()->lineEdit();
    group->setFocus();
    QTest::keyClick(group, Qt::Key_Return, Qt::ControlModifier);
    QCOMPARE(once.count(), 2);
    QTest::keyClick(group, Qt::Key_F5);
    QCOMPARE(start.count(), 1);
    pane.setRunning(true); // as the engine would report
    QVERIFY(!pane.startAction()->isEnabled());
    QTest::keyClick(group, Qt::Key_F5, Qt::ShiftModifier);
    QCOMPARE(stop.count(), 1);
}

void TestMainWindow::inputs_allHaveAccessibleNames()
{
    MainWindow window;
    window.show();
    const auto widgets = window.findChildren<QWidget *>();
    QStringList missing;
    for (QWidget *w : widgets) {
        const bool input = qobject_cast<QLineEdit *>(w) || qobject_cast<QComboBox *>(w)
                           || qobject_cast<QAbstractSpinBox *>(w) || qobject_cast<QCheckBox *>(w)
                           || qobject_cast<QPlainTextEdit *>(w) || qobject_cast<QAbstractItemView *>(w);
        // Parts of composite inputs take their name from the whole.
        const bool part = qobject_cast<QComboBox *>(w->parentWidget())
                          || qobject_cast<QAbstractSpinBox *>(w->parentWidget())
                          || w->inherits("QComboBoxPrivateContainer") || w->inherits("QComboBoxListView")
                          || w->inherits("QHeaderView");
        if (input && !part && w->accessibleName().isEmpty()) {
            missing.append(QStringLiteral("%1 \"%2\"")
                                   .arg(QString::fromLatin1(w->metaObject()->className()), w->objectName()));
        }
    }
    QVERIFY2(missing.isEmpty(), qPrintable(missing.join(QStringLiteral(", "))));
}

void TestMainWindow::messageBar_repeatAndDismiss()
{
    MainWindow window;
    window.show();
    mct::ui::MessageBar *bar = window.messageBar();
    QVERIFY(!bar->isVisible());
    bar->showMessage(mct::ui::MessageBar::Kind::Error, QStringLiteral("cannot join <b>x</b>"));
    bar->showMessage(mct::ui::MessageBar::Kind::Error, QStringLiteral("cannot join <b>x</b>"));
    QVERIFY(bar->isVisible());
    QCOMPARE(bar->repeats(), 2);
    const auto labels = bar->findChildren<QLabel *>();
    bool plain = false;
    for (const QLabel *label : labels) {
        if (label->text().contains(QStringLiteral("<b>x</b>"))) {
            plain = label->textFormat() == Qt::PlainText;
        }
    }
    QVERIFY(plain);
    QTest::mouseClick(bar->findChild<QToolButton *>(), Qt::LeftButton);
    QVERIFY(!bar->isVisible());
}

void TestMainWindow::streamStopped_warnsWithCause_thenSaysBackWhenItReturns()
{
    MainWindow window;
    window.show();
    mct::core::StreamEvent stop;
    stop.kind = mct::core::StreamEvent::Kind::Stopped;
    stop.key.source = mct::core::NetAddress::fromIPv4(0x0A000001);
    stop.key.sourcePort = 40000;
    stop.key.group = mct::core::NetAddress::fromIPv4(0xEF010203);
    stop.key.port = 5000;
    stop.cause = QStringLiteral("no IGMP querier has been heard on eth0");
    window.onStreamEvent(stop);
    mct::ui::MessageBar *bar = window.messageBar();
    QVERIFY(bar->isVisible());
    QCOMPARE(bar->kind(), mct::ui::MessageBar::Kind::Warning);
    QVERIFY2(bar->text().contains(QStringLiteral("10.0.0.1:40000")) && bar->text().contains(stop.cause),
             qPrintable(bar->text()));

    // It comes back: the warning would be stale; the bar says so instead, and the chart has a mark.
    mct::core::StreamEvent back = stop;
    back.kind = mct::core::StreamEvent::Kind::Outage;
    back.outage = {1'700'000'000'000'000'000LL, 1'700'000'003'500'000'000LL, 350};
    window.onStreamEvent(back);
    QCOMPARE(bar->kind(), mct::ui::MessageBar::Kind::Information);
    QVERIFY2(bar->text().contains(QStringLiteral("back after 3.5 s")), qPrintable(bar->text()));
    QCOMPARE(window.findChild<mct::ui::RateChart *>()->outageMarks(), 1);

    // A sender that finished what it planned is no problem: no warning.
    bar->dismiss();
    stop.plannedDone = true;
    window.onStreamEvent(stop);
    QVERIFY(!bar->isVisible());
}

void TestMainWindow::exportTable_rowsHeld_writesThemAndReportsCount()
{
    QTemporaryDir dir;
    MainWindow window;
    window.show();
    window.packetView()->setCapacity(1000);
    window.packetView()->appendBatch(makeBatch(1500, 1)); // the table keeps the newest 1,000
    QSignalSpy finished(window.tableExport(), &mct::ui::TableExport::finished);
    const QString path = dir.filePath(QStringLiteral("table.csv"));
    window.exportTable(path, mct::core::RecordFormat::Csv);
    QVERIFY(!window.exportAction()->isEnabled()); // one export at a time
    QVERIFY(finished.wait(10'000));
    QVERIFY(window.exportAction()->isEnabled());
    QCOMPARE(window.messageBar()->kind(), mct::ui::MessageBar::Kind::Information);
    QVERIFY2(window.messageBar()->text().contains(QLocale().toString(1000)),
             qPrintable(window.messageBar()->text()));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = file.readAll().trimmed().split('\n');
    QCOMPARE(lines.size(), 1001); // the header and every row held
    QVERIFY(lines.at(1).contains("row 501"));

    window.exportTable(QStringLiteral("/proc/no-such-dir/table.jsonl"), mct::core::RecordFormat::JsonLines);
    QVERIFY(finished.wait(10'000));
    QCOMPARE(window.messageBar()->kind(), mct::ui::MessageBar::Kind::Error);
    QVERIFY(window.messageBar()->text().contains(QStringLiteral("/proc/no-such-dir/table.jsonl")));
}

void TestMainWindow::statusBar_notShownAndKernelDrops_onlyWhenNonzero()
{
    MainWindow window;
    window.show();
    mct::ui::StatusSummary *summary = window.statusSummary();
    mct::core::ReceiverStatus status;
    status.received = 10;
    summary->setReceiverStatus(status);
    QVERIFY(!summary->text().contains(QStringLiteral("not shown")));
    QVERIFY(!summary->text().contains(QStringLiteral("Kernel drops")));
    status.notShown = 1234;
    status.kernelDrops = 7;
    summary->setReceiverStatus(status);
    QVERIFY2(summary->text().contains(QStringLiteral("not shown: ") + QLocale().toString(1234)),
             qPrintable(summary->text()));
    QVERIFY(summary->text().contains(QStringLiteral("Kernel drops: 7")));
}

void TestMainWindow::statusBar_lost_sameAsStreamsTab()
{
    MainWindow window;
    window.show();
    // Two streams as the receiver reports them: a probe stream with a gap and an overdue planned
    // tail (lost counts the gap, lostAtEnd the tail too), and an RTP stream with a gap only.
    mct::core::ReceiverStatus status;
    mct::core::StreamSnapshot probe;
    probe.key.streamId = 1;
    probe.key.format = probe.format = mct::core::PayloadFormat::Probe;
    probe.hasSequence = true;
    probe.received = 89;
    probe.plannedCount = 100;
    probe.lost = 1;
    probe.lostAtEnd = 11;
    mct::core::StreamSnapshot rtp;
    rtp.key.streamId = 2;
    rtp.key.format = rtp.format = mct::core::PayloadFormat::Rtp;
    rtp.hasSequence = true;
    rtp.received = 50;
    rtp.lost = rtp.lostAtEnd = 3;
    status.received = probe.received + rtp.received;
    status.streams = {probe, rtp};
    // What the window hands each of them on every status report.
    window.statusSummary()->setReceiverStatus(status);
    window.streamsPane()->setStreams(0, status.streams);

    const QAbstractItemModel *streams = window.streamsPane()->view()->model();
    QCOMPARE(streams->rowCount(), 2);
    const QLocale locale;
    qulonglong inStreamsTab = 0;
    for (int row = 0; row < streams->rowCount(); ++row) {
        bool ok = false;
        const QString cell = streams->data(streams->index(row, mct::ui::StreamStatsModel::Lost)).toString();
        inStreamsTab += locale.toULongLong(cell, &ok);
        QVERIFY2(ok, qPrintable(cell));
    }
    const QString bar = window.statusSummary()->text();
    const QRegularExpressionMatch lost = QRegularExpression(QStringLiteral("Lost: ([0-9,.]+)")).match(bar);
    QVERIFY2(lost.hasMatch(), qPrintable(bar));
    QCOMPARE(locale.toULongLong(lost.captured(1)), inStreamsTab);
    QCOMPARE(inStreamsTab, qulonglong(probe.lostAtEnd + rtp.lostAtEnd)); // not the gaps alone
}

void TestMainWindow::loadSettings_bufferAndBudget_restoredByNewWindow()
{
    {
        MainWindow window;
        QCOMPARE(window.packetView()->payloadBudget(), PacketTableModel::kDefaultPayloadBudget);
        window.setReceiveBufferBytes(16 * 1024 * 1024);
        window.packetView()->setPayloadBudget(64 * 1024 * 1024);
        window.saveSettings();
    }
    MainWindow restored;
    QCOMPARE(restored.packetView()->payloadBudget(), qint64(64 * 1024 * 1024));
    QCOMPARE(QSettings().value(QStringLiteral("window/receiveBufferBytes")).toInt(), 16 * 1024 * 1024);
}

void TestMainWindow::packetColumns_hiddenFromHeaderMenu_restoredByNewWindow()
{
    const auto entry = [](QMenu *menu, const QString &text) -> QAction * {
        const auto actions = menu->actions();
        const auto found = std::find_if(actions.cbegin(), actions.cend(),
                                        [&text](const QAction *a) { return a->text() == text; });
        return found == actions.cend() ? nullptr : *found;
    };
    {
        MainWindow window;
        window.resize(1800, 900); // room for every column (a narrow table hides some itself)
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QHeaderView *header = window.packetView()->table()->horizontalHeader();
        std::unique_ptr<QMenu> menu(window.packetView()->createColumnsMenu(&window));
        QCOMPARE(menu->actions().size(), PacketTableModel::ColumnCount);
        QAction *interface = entry(menu.get(), QStringLiteral("Interface"));
        QVERIFY(interface != nullptr);
        QVERIFY(interface->isChecked());
        interface->trigger();
        QVERIFY(header->isSectionHidden(PacketTableModel::InterfaceColumn));
        QVERIFY(!header->isSectionHidden(PacketTableModel::PayloadColumn));

        // Hiding all but one: that one's entry cannot be unchecked.
        for (int column = 0; column < PacketTableModel::ColumnCount; ++column) {
            header->setSectionHidden(column, column != PacketTableModel::PayloadColumn);
        }
        std::unique_ptr<QMenu> last(window.packetView()->createColumnsMenu(&window));
        QAction *payload = entry(last.get(), QStringLiteral("Payload"));
        QVERIFY(payload != nullptr);
        QVERIFY(payload->isChecked());
        QVERIFY(!payload->isEnabled());
        QVERIFY(entry(last.get(), QStringLiteral("Interface"))->isEnabled()); // can come back
        for (int column = 0; column < PacketTableModel::ColumnCount; ++column) {
            header->setSectionHidden(column, column == PacketTableModel::InterfaceColumn);
        }
        window.close(); // saves
    }
    MainWindow restored;
    const QHeaderView *header = restored.packetView()->table()->horizontalHeader();
    QVERIFY(header->isSectionHidden(PacketTableModel::InterfaceColumn));
    QVERIFY(!header->isSectionHidden(PacketTableModel::SourceColumn));
}

void TestMainWindow::packetColumns_narrowWindow_payloadKeepsRoomUntilUserChooses()
{
    using Column = PacketTableModel::Column;
    const auto hidden = [](const QHeaderView *header, Column column) {
        return header->isSectionHidden(column);
    };
    const auto menuEntry = [](QMenu *menu, const QString &text) -> QAction * {
        const auto actions = menu->actions();
        const auto found = std::find_if(actions.cbegin(), actions.cend(),
                                        [&text](const QAction *a) { return a->text() == text; });
        return found == actions.cend() ? nullptr : *found;
    };
    // Wide enough for every column and the payload in this font: the side pane, the nine columns
    // at their widths, 28 characters and some slack.
    const auto wideWidth = [](const MainWindow &window) {
        const QTableView *table = window.packetView()->table();
        return window.width() - table->viewport()->width() + table->horizontalHeader()->length()
               + table->fontMetrics().horizontalAdvance(QLatin1Char('x')) * 28 + 200;
    };
    int wide = 0;
    {
        MainWindow window;
        window.resize(1280, 800); // a laptop screen, no saved layout
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QTableView *table = window.packetView()->table();
        QHeaderView *header = table->horizontalHeader();
        const int room = table->fontMetrics().horizontalAdvance(QLatin1Char('x')) * 28;
        QTRY_VERIFY2(header->sectionSize(PacketTableModel::PayloadColumn) >= room,
                     qPrintable(QStringLiteral("payload %1 px of %2 wanted")
                                        .arg(header->sectionSize(PacketTableModel::PayloadColumn))
                                        .arg(room)));
        QVERIFY(header->length() <= table->viewport()->width()); // nothing past the right edge
        for (const Column c :
             {PacketTableModel::NumberColumn, PacketTableModel::TimeColumn, PacketTableModel::SourceColumn,
              PacketTableModel::GroupColumn, PacketTableModel::SizeColumn}) {
            QVERIFY(!hidden(header, c));
        }
        // The details pane repeats these for the selected packet: the sequence goes first, the
        // DSCP next.
        QVERIFY(hidden(header, PacketTableModel::SequenceColumn));
        QVERIFY(hidden(header, PacketTableModel::DscpColumn));

        // Rows that bring the vertical scroll bar change nothing.
        const QBitArray before = [header] {
            QBitArray bits(PacketTableModel::ColumnCount);
            for (int c = 0; c < PacketTableModel::ColumnCount; ++c) {
                bits.setBit(c, header->isSectionHidden(c));
            }
            return bits;
        }();
        window.packetView()->appendBatch(makeBatch(300, 1));
        QTRY_VERIFY(table->verticalScrollBar()->isVisible());
        for (int c = 0; c < PacketTableModel::ColumnCount; ++c) {
            QCOMPARE(header->isSectionHidden(c), before.testBit(c));
        }

        wide = wideWidth(window);
        window.resize(wide, 800); // room for all: they come back
        QTRY_VERIFY(!hidden(header, PacketTableModel::SequenceColumn));
        QVERIFY(!hidden(header, PacketTableModel::DscpColumn));
        QVERIFY(!hidden(header, PacketTableModel::InterfaceColumn));
        QVERIFY(!hidden(header, PacketTableModel::TtlColumn));
        window.resize(1280, 800);
        QTRY_VERIFY(hidden(header, PacketTableModel::SequenceColumn));

        // The user asks for the sequence: it stays, at any width; the others still give way.
        std::unique_ptr<QMenu> menu(window.packetView()->createColumnsMenu(&window));
        QAction *sequence = menuEntry(menu.get(), QStringLiteral("Seq"));
        QVERIFY(sequence != nullptr);
        QVERIFY(!sequence->isChecked());
        sequence->trigger();
        QVERIFY(!hidden(header, PacketTableModel::SequenceColumn));
        window.resize(1200, 800);
        QTRY_VERIFY(hidden(header, PacketTableModel::InterfaceColumn));
        QVERIFY(!hidden(header, PacketTableModel::SequenceColumn));
        window.close(); // saves: the sequence as chosen, the rest as if shown (fitted again)
    }
    {
        MainWindow restored;
        restored.resize(wide, 800);
        restored.show();
        QVERIFY(QTest::qWaitForWindowExposed(&restored));
        QHeaderView *header = restored.packetView()->table()->horizontalHeader();
        QTRY_VERIFY(!hidden(header, PacketTableModel::InterfaceColumn)); // fitted, not saved hidden
        QVERIFY(!hidden(header, PacketTableModel::TtlColumn));
        restored.resize(1200, 800);
        QTRY_VERIFY(hidden(header, PacketTableModel::InterfaceColumn));
        QVERIFY(!hidden(header, PacketTableModel::SequenceColumn)); // still the user's choice

        // The user hides the interface; then the layout is read as an older version saved it.
        restored.resize(wide, 800);
        QTRY_VERIFY(!hidden(header, PacketTableModel::InterfaceColumn));
        std::unique_ptr<QMenu> menu(restored.packetView()->createColumnsMenu(&restored));
        QAction *interface = menuEntry(menu.get(), QStringLiteral("Interface"));
        QVERIFY(interface != nullptr);
        QVERIFY(interface->isChecked());
        interface->trigger();
        QVERIFY(hidden(header, PacketTableModel::InterfaceColumn));
        restored.close();
    }
    QSettings().remove(QStringLiteral("packets/chosenColumns")); // as before the fit existed
    MainWindow legacy;
    legacy.resize(wide, 800);
    legacy.show();
    QVERIFY(QTest::qWaitForWindowExposed(&legacy));
    QCoreApplication::processEvents();
    const QHeaderView *header = legacy.packetView()->table()->horizontalHeader();
    QVERIFY(hidden(header, PacketTableModel::InterfaceColumn)); // hidden then: the user's choice
    QVERIFY(!hidden(header, PacketTableModel::TtlColumn));
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
