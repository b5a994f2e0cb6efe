// End-to-end tests of MainWindow on real sockets: the process moves itself into a private network
// namespace first (loopback only), joins with the Join button, sends with the window's sender, sees the
// rows; records to a file, runs the doctor, joins source-specific, survives a view that falls behind.
#include "batchqueue.h"
#include "doctordialog.h"
#include "endpointcombo.h"
#include "joinedgroupsmodel.h"
#include "mainwindow.h"
#include "messagebar.h"
#include "multicastsocket.h"
#include "packetdetails.h"
#include "packetfilterproxy.h"
#include "packettablemodel.h"
#include "packetview.h"
#include "payloadeditor.h"
#include "privatenet.h"
#include "ratechart.h"
#include "receiverpane.h"
#include "recordingbar.h"
#include "replymodel.h"
#include "senderpane.h"
#include "statussummary.h"
#include "streamspane.h"
#include "workerthread.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QDialog>
#include <QElapsedTimer>
#include <QFile>
#include <QIcon>
#include <QLabel>
#include <QLineEdit>
#include <QProcess>
#include <QSet>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QToolButton>
#include <QTreeView>

#include <algorithm>
#include <cerrno>
#include <cstring>

#include <sched.h>

using mct::test::runIp;
using mct::ui::MainWindow;
using mct::ui::PacketTableModel;

namespace {

// The row whose source starts with `sourcePrefix` and whose payload is `payload`, or -1.
int findRow(const QAbstractItemModel &model, const QString &sourcePrefix, const QString &payload)
{
    for (int row = 0; row < model.rowCount(); ++row) {
        const QString source = model.data(model.index(row, PacketTableModel::SourceColumn)).toString();
        const QString text = model.data(model.index(row, PacketTableModel::PayloadColumn)).toString();
        if (source.startsWith(sourcePrefix) && text == payload) {
            return row;
        }
    }
    return -1;
}

// Starts the window's sender: `count` text datagrams to the group on lo, `intervalMs` apart.
void startSending(MainWindow &window, const QString &group, const QString &text, int count,
                  const QString &intervalMs)
{
    mct::ui::SenderPane *sender = window.senderPane();
    sender->setInterface(QStringLiteral("lo"));
    sender->setGroup(group);
    sender->payloadEditor()->setMode(mct::core::PayloadMode::Text);
    sender->payloadEditor()->setText(text);
    sender->findChild<QLineEdit *>(QStringLiteral("senderInterval"))->setText(intervalMs);
    sender->findChild<QLineEdit *>(QStringLiteral("senderCount"))->setText(QString::number(count));
    QVERIFY2(sender->startAction()->isEnabled(), qPrintable(sender->startAction()->toolTip()));
    sender->startAction()->trigger();
}

void joinOn(MainWindow &window, const QString &interface, const QString &group, const QString &sources = {})
{
    mct::ui::ReceiverPane *receiver = window.receiverPane();
    receiver->setInterface(interface);
    receiver->setGroup(group);
    receiver->setSources(sources);
    const int before = receiver->joinedModel()->rowCount();
    QTest::mouseClick(receiver->joinButton(), Qt::LeftButton);
    QTRY_COMPARE(receiver->joinedModel()->rowCount(), before + 1);
}

int rowsFrom(const QAbstractItemModel &model, const QString &sourcePrefix)
{
    int n = 0;
    for (int row = 0; row < model.rowCount(); ++row) {
        n += model.data(model.index(row, PacketTableModel::SourceColumn)).toString().startsWith(sourcePrefix)
                     ? 1
                     : 0;
    }
    return n;
}

bool anyDialogVisible()
{
    const auto windows = QApplication::topLevelWidgets();
    return std::any_of(windows.cbegin(), windows.cend(), [](const QWidget *w) {
        return w->isVisible() && qobject_cast<const QDialog *>(w) != nullptr;
    });
}

// A veth pair in the test's namespace whose first end is up, multicast-capable and addressed;
// deleted again at the end of the test. `made` false: this kernel has no veth (skip).
struct VethPair
{
    VethPair(const QString &name, const QString &peer, const QString &address)
        : name(name)
    {
        made = runIp({QStringLiteral("link"), QStringLiteral("add"), name, QStringLiteral("type"),
                      QStringLiteral("veth"), QStringLiteral("peer"), QStringLiteral("name"), peer},
                     &error);
        ready = made
                && runIp({QStringLiteral("link"), QStringLiteral("set"), peer, QStringLiteral("up")}, &error)
                && setUp(true)
                && runIp(
                        {QStringLiteral("addr"), QStringLiteral("add"), address, QStringLiteral("dev"), name},
                        &error);
    }
    ~VethPair()
    {
        if (made) {
            runIp({QStringLiteral("link"), QStringLiteral("del"), name});
        }
    }
    Q_DISABLE_COPY_MOVE(VethPair)
    bool setUp(bool up)
    {
        return runIp({QStringLiteral("link"), QStringLiteral("set"), name, QStringLiteral("multicast"),
                      QStringLiteral("on"), up ? QStringLiteral("up") : QStringLiteral("down")},
                     &error);
    }

    QString name;
    QString error;
    bool made = false;
    bool ready = false;
};

} // namespace

class TestMainWindowNetns final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void joinAndSendOnce_loopback_rowShowsSourceAndPayload();
    void replyMode_probeSender_listsWhoAnswered();
    void joinFailure_unknownInterface_showsMessageBarNotDialog();
    void joinFailure_kernelRefuses_saidOnceInTheWindowsWords();
    void record_tinyTable_fileKeepsEveryPacket();
    void record_unwritablePath_messageBarAndReceivingGoesOn();
    void doctor_fromReceiverPane_showsChecks();
    void ssmJoin_twoSenders_onlyTheChosenSourceArrives();
    void slowView_receiverHoldsBack_boundedAndNumbersStayTrue();
    void interfaceDown_joinedGroupShowsBrokenThenRecovers();
    void sameGroupOnTwoInterfaces_eachJoinCountsWhatCameInOnIt();
    void sendOnce_plainThenProbes_probeStreamStartsAtZeroWithoutLoss();
    void sendOnceThenStart_dscpChangedBetween_oneSourcePort();

private:
    QTemporaryDir m_settingsDir;
};

void TestMainWindowNetns::initTestCase()
{
    MCT_SKIP_WITHOUT_PRIVATE_NETWORK();
    QString error;
    if (!mct::test::setUpLoopbackMulticast(&error)) {
        MCT_SKIP_OR_FAIL_IN_CI(
                QStringLiteral("cannot set up loopback multicast in the namespace: %1").arg(error));
    }
    QVERIFY(m_settingsDir.isValid());
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("mctester"));
    QCoreApplication::setApplicationName(QStringLiteral("mctester"));
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_settingsDir.path());
}

void TestMainWindowNetns::joinAndSendOnce_loopback_rowShowsSourceAndPayload()
{
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));

    mct::ui::ReceiverPane *receiver = window.receiverPane();
    receiver->setInterface(QStringLiteral("lo"));
    receiver->setGroup(QStringLiteral("239.255.0.1:5000"));
    QVERIFY(receiver->joinButton()->isEnabled());
    QTest::mouseClick(receiver->joinButton(), Qt::LeftButton);

    const mct::ui::JoinedGroupsModel *joined = receiver->joinedModel();
    QTRY_COMPARE(joined->rowCount(), 1);
    QCOMPARE(joined->data(joined->index(0, mct::ui::JoinedGroupsModel::GroupColumn)).toString(),
             QStringLiteral("239.255.0.1:5000"));
    QCOMPARE(joined->data(joined->index(0, mct::ui::JoinedGroupsModel::InterfaceColumn)).toString(),
             QStringLiteral("lo"));

    mct::ui::SenderPane *sender = window.senderPane();
    sender->setInterface(QStringLiteral("lo"));
    sender->setGroup(QStringLiteral("239.255.0.1:5000"));
    sender->payloadEditor()->setMode(mct::core::PayloadMode::Text);
    sender->payloadEditor()->setText(QStringLiteral("hello {seq}"));
    sender->setDscp(46);
    QVERIFY(sender->sendOnceButton()->isEnabled());
    QTest::mouseClick(sender->sendOnceButton(), Qt::LeftButton);

    const QAbstractItemModel &table = *window.packetView()->proxy();
    QTRY_VERIFY_WITH_TIMEOUT(findRow(table, QStringLiteral("127.0.0.1:"), QStringLiteral("hello 0")) >= 0,
                             5000);
    const int row = findRow(table, QStringLiteral("127.0.0.1:"), QStringLiteral("hello 0"));
    QCOMPARE(table.data(table.index(row, PacketTableModel::GroupColumn)).toString(),
             QStringLiteral("239.255.0.1:5000"));
    QCOMPARE(table.data(table.index(row, PacketTableModel::InterfaceColumn)).toString(),
             QStringLiteral("lo"));
    QCOMPARE(table.data(table.index(row, PacketTableModel::TtlColumn)).toString(), QStringLiteral("1"));
    // The DSCP the sender set, as received (the portable path cannot learn it: unknown, blank).
    const bool native = mct::core::MulticastSocket::isNative();
    QCOMPARE(table.data(table.index(row, PacketTableModel::DscpColumn)).toString(),
             native ? QStringLiteral("46") : QString());
    QTRY_COMPARE(joined->packets(0), quint64(1));

    // Selecting the row shows its bytes, and its DSCP by name.
    window.packetView()->table()->selectRow(row);
    const QString details = window.packetView()->details()->text();
    QVERIFY(details.contains(QStringLiteral("68 65 6c 6c 6f 20 30")));
    QVERIFY2(details.contains(native ? QStringLiteral("DSCP 46 (EF), ECN Not-ECT")
                                     : QStringLiteral("DSCP and ECN unknown")),
             qPrintable(details));
    QVERIFY(!window.messageBar()->isVisible());

    // Leave takes it off the list.
    receiver->joinedView()->selectAll();
    QVERIFY(receiver->leaveAction()->isEnabled());
    receiver->leaveAction()->trigger();
    QTRY_COMPARE(joined->rowCount(), 0);
}

void TestMainWindowNetns::replyMode_probeSender_listsWhoAnswered()
{
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    mct::ui::ReceiverPane *receiver = window.receiverPane();
    receiver->findChild<QCheckBox *>(QStringLiteral("replyEnabled"))->setChecked(true);
    receiver->setInterface(QStringLiteral("lo"));
    receiver->setGroup(QStringLiteral("239.255.0.2:5002"));
    QTest::mouseClick(receiver->joinButton(), Qt::LeftButton);
    QTRY_COMPARE(receiver->joinedModel()->rowCount(), 1);

    mct::ui::SenderPane *sender = window.senderPane();
    sender->setInterface(QStringLiteral("lo"));
    sender->setGroup(QStringLiteral("239.255.0.2:5002"));
    sender->findChild<QCheckBox *>(QStringLiteral("senderProbe"))->setChecked(true);
    sender->payloadEditor()->setText(QStringLiteral("probe {seq}"));
    QTest::mouseClick(sender->sendOnceButton(), Qt::LeftButton);

    const mct::ui::ReplyModel *replies = sender->replyModel();
    QTRY_COMPARE_WITH_TIMEOUT(replies->rowCount(), 1, 5000);
    QCOMPARE(replies->data(replies->index(0, mct::ui::ReplyModel::AddressColumn)).toString(),
             QStringLiteral("127.0.0.1"));
    QVERIFY(!replies->data(replies->index(0, mct::ui::ReplyModel::RttColumn)).toString().isEmpty());
    QTRY_VERIFY(
            findRow(*window.packetView()->proxy(), QStringLiteral("127.0.0.1:"), QStringLiteral("probe 0"))
            >= 0);
}

void TestMainWindowNetns::joinFailure_unknownInterface_showsMessageBarNotDialog()
{
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    mct::ui::ReceiverPane *receiver = window.receiverPane();
    receiver->setInterface(QStringLiteral("nosuch0"));
    receiver->setGroup(QStringLiteral("239.255.0.3:5003"));
    QTest::mouseClick(receiver->joinButton(), Qt::LeftButton);

    QTRY_VERIFY(window.messageBar()->isVisible());
    QVERIFY2(window.messageBar()->text().contains(QStringLiteral("nosuch0")),
             qPrintable(window.messageBar()->text()));
    QCOMPARE(window.messageBar()->kind(), mct::ui::MessageBar::Kind::Error);
    QVERIFY(!anyDialogVisible());
    QCOMPARE(receiver->joinedModel()->rowCount(), 0);
}

void TestMainWindowNetns::joinFailure_kernelRefuses_saidOnceInTheWindowsWords()
{
    // Joined on lo, then on every multicast interface (lo again): the kernel refuses the second.
    MainWindow window;
    window.show();
    joinOn(window, QStringLiteral("lo"), QStringLiteral("239.255.0.12:5012"));
    mct::ui::ReceiverPane *receiver = window.receiverPane();
    receiver->setInterface(QString());
    receiver->setGroup(QStringLiteral("239.255.0.12:5012"));
    QTest::mouseClick(receiver->joinButton(), Qt::LeftButton);

    const mct::ui::MessageBar *bar = window.messageBar();
    QTRY_VERIFY(bar->isVisible());
    QCOMPARE(bar->kind(), mct::ui::MessageBar::Kind::Error);
    const QString text = bar->text();
    QVERIFY2(text.startsWith(QStringLiteral("Cannot join 239.255.0.12:5012: ")), qPrintable(text));
    QVERIFY2(text.count(QStringLiteral("cannot join"), Qt::CaseInsensitive) == 1, qPrintable(text));
    QVERIFY2(text.count(QStringLiteral("239.255.0.12")) == 1, qPrintable(text));
    QVERIFY2(!text.contains(QStringLiteral("-i")), qPrintable(text)); // a flag the window does not have
}

void TestMainWindowNetns::record_tinyTable_fileKeepsEveryPacket()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    MainWindow window;
    window.show();
    window.packetView()->setCapacity(10);
    joinOn(window, QStringLiteral("lo"), QStringLiteral("239.255.0.4:5004"));
    const QString path = dir.filePath(QStringLiteral("capture.jsonl"));
    mct::ui::RecordingBar *recording = window.recordingBar();
    recording->requestRecording(path, mct::core::RecordFormat::JsonLines);
    QTRY_VERIFY(recording->isRecording());
    QVERIFY(recording->isVisible());

    startSending(window, QStringLiteral("239.255.0.4:5004"), QStringLiteral("rec {seq}"), 200,
                 QStringLiteral("2"));
    QTRY_COMPARE_WITH_TIMEOUT(window.receiverStatus().received, quint64(200), 10'000);
    QTRY_COMPARE(recording->packets(), quint64(200));
    QVERIFY2(recording->text().contains(QStringLiteral("capture.jsonl")), qPrintable(recording->text()));
    QCOMPARE(window.packetView()->model()->rowCount(), 10); // the table kept only its newest ten

    QTest::mouseClick(recording->stopButton(), Qt::LeftButton);
    QTRY_VERIFY(!recording->isRecording());
    QVERIFY(!recording->isVisible());
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = file.readAll().trimmed().split('\n');
    QCOMPARE(lines.size(), 200);
    QVERIFY(lines.constFirst().contains("\"rec 0\""));
    QVERIFY(lines.constLast().contains("\"rec 199\""));
    QCOMPARE(window.messageBar()->kind(), mct::ui::MessageBar::Kind::Information);
    QVERIFY2(window.messageBar()->text().contains(QStringLiteral("200")),
             qPrintable(window.messageBar()->text()));
}

void TestMainWindowNetns::record_unwritablePath_messageBarAndReceivingGoesOn()
{
    MainWindow window;
    window.show();
    joinOn(window, QStringLiteral("lo"), QStringLiteral("239.255.0.6:5006"));
    window.recordingBar()->requestRecording(QStringLiteral("/proc/no-such-dir/capture.csv"),
                                            mct::core::RecordFormat::Csv);
    QTRY_VERIFY(window.messageBar()->isVisible());
    QCOMPARE(window.messageBar()->kind(), mct::ui::MessageBar::Kind::Error);
    QVERIFY2(window.messageBar()->text().contains(QStringLiteral("/proc/no-such-dir/capture.csv")),
             qPrintable(window.messageBar()->text()));
    QVERIFY(!window.recordingBar()->isRecording());
    QVERIFY(window.recordingBar()->recordAction()->isEnabled());
    startSending(window, QStringLiteral("239.255.0.6:5006"), QStringLiteral("still here {seq}"), 3,
                 QStringLiteral("10"));
    QTRY_COMPARE(window.packetView()->model()->rowCount(), 3);
}

void TestMainWindowNetns::doctor_fromReceiverPane_showsChecks()
{
    MainWindow window;
    window.show();
    mct::ui::DoctorDialog *doctor = window.doctorDialog();
    doctor->setListenMs(0); // the listening check is the engine's to test; here the dialog counts
    QVERIFY(!doctor->isVisible());
    joinOn(window, QStringLiteral("lo"),
           QStringLiteral("239.255.0.7:5007")); // the window's own socket is no "other" user
    window.receiverPane()->joinedView()->clearSelection();
    QSignalSpy done(doctor, &mct::ui::DoctorDialog::checksFinished);
    auto *button = window.receiverPane()->findChild<QToolButton *>(QStringLiteral("doctorButton"));
    QVERIFY(button && button->isEnabled());
    QTest::mouseClick(button, Qt::LeftButton);
    QVERIFY(doctor->isVisible());
    QVERIFY(!doctor->isModal());
    QVERIFY(done.wait(20'000));
    QVERIFY(doctor->report().checks.size() >= 4);
    QVERIFY2(!doctor->report().failed(), qPrintable(doctor->reportText()));
    QVERIFY(doctor->reportText().contains(QStringLiteral("239.255.0.7:5007")));
    QVERIFY(doctor->checksText().contains(doctor->report().checks.constFirst().summary));
    for (const mct::core::DoctorCheck &check : doctor->report().checks) {
        if (check.id == QStringLiteral("port")) {
            QVERIFY2(check.status == mct::core::CheckStatus::Pass, qPrintable(check.summary));
        }
    }
    // The window stays usable meanwhile and afterwards: no dialog blocks it.
    QVERIFY(window.receiverPane()->joinButton()->isEnabled());
    doctor->close();
}

void TestMainWindowNetns::ssmJoin_twoSenders_onlyTheChosenSourceArrives()
{
#ifdef MCT_PORTABLE_SOCKET
    QSKIP("source-specific joins need the native receive path; this build has the portable one, which "
          "refuses them (tst_socket_netns checks that)");
#endif
    MainWindow window;
    window.show();
    joinOn(window, QStringLiteral("lo"), QStringLiteral("232.1.1.1:5010"), QStringLiteral("127.0.0.2"));
    const mct::ui::JoinedGroupsModel *joined = window.receiverPane()->joinedModel();
    QCOMPARE(joined->data(joined->index(0, mct::ui::JoinedGroupsModel::GroupColumn)).toString(),
             QStringLiteral("232.1.1.1:5010 from 127.0.0.2"));

    // Sender A, the window's own from 127.0.0.1, sends all it has first; then sender B, another
    // engine from 127.0.0.2. Once B's last packet is a row, any of A's the join let through would be
    // rows too: they were queued before B's.
    window.senderPane()->setSourceAddress(QStringLiteral("127.0.0.1"));
    startSending(window, QStringLiteral("232.1.1.1:5010"), QStringLiteral("from A {seq}"), 20,
                 QStringLiteral("5"));
    QTRY_COMPARE(window.senderPane()
                         ->findChild<QLabel *>(QStringLiteral("senderCounter"))
                         ->text()
                         .startsWith(QStringLiteral("Sent: 20")),
                 true);
    mct::core::WorkerThread<mct::core::Sender> other(QStringLiteral("sender B"));
    QString failure;
    QObject::connect(other.worker(), &mct::core::Sender::failed, &window,
                     [&failure](const QString &error) { failure = error; });
    mct::core::SenderSettings b;
    b.destination = mct::core::parseEndpoint(QStringLiteral("232.1.1.1:5010")).value();
    b.interfaceName = QStringLiteral("lo");
    b.sourceAddress = QHostAddress(QStringLiteral("127.0.0.2"));
    b.intervalMs = 5;
    b.count = 20;
    b.payload.mode = mct::core::PayloadMode::Text;
    b.payload.text = QStringLiteral("from B {seq}");
    other.post([b](mct::core::Sender &s) { s.start(b); });

    const QAbstractItemModel &table = *window.packetView()->proxy();
    QTRY_VERIFY_WITH_TIMEOUT(findRow(table, QStringLiteral("127.0.0.2:"), QStringLiteral("from B 19")) >= 0,
                             5000);
    QVERIFY2(failure.isEmpty(), qPrintable(failure));
    QCOMPARE(rowsFrom(table, QStringLiteral("127.0.0.2:")), 20);
    QCOMPARE(rowsFrom(table, QStringLiteral("127.0.0.1:")), 0);
    QCOMPARE(table.rowCount(), 20);
}

void TestMainWindowNetns::slowView_receiverHoldsBack_boundedAndNumbersStayTrue()
{
    MainWindow window;
    window.show();
    joinOn(window, QStringLiteral("lo"), QStringLiteral("239.255.0.8:5008"));
    QElapsedTimer clock;
    clock.start();
    constexpr int kPackets = 6000;
    startSending(window, QStringLiteral("239.255.0.8:5008"), QStringLiteral("load {seq}"), kPackets,
                 QStringLiteral("0.5"));
    PacketTableModel *model = window.packetView()->model();
    QTRY_VERIFY(model->rowCount() > 0);
    // A view that cannot keep up: the event loop does not turn for 2.5 s while 2,000 packets/s
    // arrive (50 batches, more than the receiver may have unacknowledged).
    QThread::msleep(2500);
    QTRY_COMPARE_WITH_TIMEOUT(window.receiverStatus().received, quint64(kPackets), 10'000);
    const quint64 notShown = window.receiverStatus().notShown;
    QVERIFY2(notShown > 0, "the receiver should have held batches back instead of queueing them");
    // Never more than the receiver's unacknowledged batches waited for the table.
    QVERIFY2(window.batchQueue()->maxHeldBatches() <= MainWindow::kMaxBatchesInFlight,
             qPrintable(QString::number(window.batchQueue()->maxHeldBatches())));
    QCOMPARE(window.batchQueue()->droppedPackets(), quint64(0));
    QTRY_COMPARE(quint64(model->rowCount()) + notShown, quint64(kPackets));
    QTRY_COMPARE(model->packetsSeen(), quint64(kPackets)); // "#" counts the held-back packets too
    // So does the joined group's own count: every packet that arrived, shown or not.
    QTRY_COMPARE(window.receiverPane()->joinedModel()->packets(0), quint64(kPackets));
    QVERIFY2(window.statusSummary()->text().contains(QStringLiteral("not shown: ")),
             qPrintable(window.statusSummary()->text()));
    // The chart took a point per status report (a few a second), not one per packet.
    const qint64 elapsed = clock.elapsed();
    const int points = window.streamsPane()->chart()->pointsAdded();
    QVERIFY2(points >= 2 && points <= elapsed / mct::ui::RateChart::kMinPointIntervalMs + 2,
             qPrintable(QStringLiteral("%1 points in %2 ms").arg(points).arg(elapsed)));
}

void TestMainWindowNetns::interfaceDown_joinedGroupShowsBrokenThenRecovers()
{
    VethPair veth(QStringLiteral("mcveth0"), QStringLiteral("mcveth1"), QStringLiteral("10.99.0.1/24"));
    if (!veth.made) {
        MCT_SKIP_OR_FAIL_IN_CI(QStringLiteral("no veth pair: %1").arg(veth.error));
    }
    QVERIFY2(veth.ready, qPrintable(veth.error));
    MainWindow window;
    window.show();
    joinOn(window, veth.name, QStringLiteral("239.255.0.9:5009"));
    joinOn(window, veth.name, QStringLiteral("239.255.0.19:5009"));
    const mct::ui::JoinedGroupsModel *joined = window.receiverPane()->joinedModel();
    QVERIFY(joined->isHealthy(0));

    QVERIFY2(veth.setUp(false), qPrintable(veth.error));
    QTRY_VERIFY_WITH_TIMEOUT(!joined->isHealthy(0) && !joined->isHealthy(1), 5000);
    const QModelIndex group = joined->index(0, mct::ui::JoinedGroupsModel::GroupColumn);
    QVERIFY(!joined->data(group, Qt::DecorationRole).value<QIcon>().isNull());
    QVERIFY(joined->data(group, Qt::ToolTipRole).toString().contains(QStringLiteral("not receiving")));
    // The bar names every group the interface took with it, not only the last one.
    const mct::ui::MessageBar *bar = window.messageBar();
    QCOMPARE(bar->kind(), mct::ui::MessageBar::Kind::Warning);
    QVERIFY2(bar->text().contains(QStringLiteral("239.255.0.9:5009"))
                     && bar->text().contains(QStringLiteral("239.255.0.19:5009")),
             qPrintable(bar->text()));

    QVERIFY2(veth.setUp(true), qPrintable(veth.error));
    QTRY_VERIFY_WITH_TIMEOUT(joined->isHealthy(0) && joined->isHealthy(1), 5000);
    QVERIFY(joined->data(group, Qt::DecorationRole).isNull());
    // Receiving again: the yellow "is not receiving" is gone.
    QTRY_VERIFY2(bar->isHidden() || bar->kind() != mct::ui::MessageBar::Kind::Warning,
                 qPrintable(bar->text()));
    QVERIFY2(!bar->text().contains(QStringLiteral("not receiving")), qPrintable(bar->text()));
}

void TestMainWindowNetns::sameGroupOnTwoInterfaces_eachJoinCountsWhatCameInOnIt()
{
    // Two joins of one group and port share a socket; the interface a packet came in on decides
    // which join's count it adds to. The join on the veth comes first, so that counting
    // everything toward the first join would show.
    VethPair veth(QStringLiteral("mcveth2"), QStringLiteral("mcveth3"), QStringLiteral("10.99.1.1/24"));
    if (!veth.made) {
        MCT_SKIP_OR_FAIL_IN_CI(QStringLiteral("no veth pair: %1").arg(veth.error));
    }
    QVERIFY2(veth.ready, qPrintable(veth.error));
    MainWindow window;
    window.show();
    const mct::ui::JoinedGroupsModel *joined = window.receiverPane()->joinedModel();
    joinOn(window, veth.name, QStringLiteral("239.255.0.10:5010"));
    joinOn(window, QStringLiteral("lo"), QStringLiteral("239.255.0.10:5010"));
    QCOMPARE(joined->data(joined->index(1, mct::ui::JoinedGroupsModel::InterfaceColumn)).toString(),
             QStringLiteral("lo"));

    startSending(window, QStringLiteral("239.255.0.10:5010"), QStringLiteral("on lo {seq}"), 5,
                 QStringLiteral("1"));
    QTRY_COMPARE(window.receiverStatus().received, quint64(5));
    QTRY_COMPARE(joined->packets(1), quint64(5));
    QCOMPARE(joined->packets(0), quint64(0));
}

void TestMainWindowNetns::sendOnce_plainThenProbes_probeStreamStartsAtZeroWithoutLoss()
{
    // One plain packet, then the probe header ticked and three more: the probes are a stream of
    // their own, numbered from 0, and the receiver sees nothing lost.
    MainWindow window;
    window.show();
    joinOn(window, QStringLiteral("lo"), QStringLiteral("239.255.0.11:5011"));
    mct::ui::SenderPane *sender = window.senderPane();
    sender->setInterface(QStringLiteral("lo"));
    sender->setGroup(QStringLiteral("239.255.0.11:5011"));
    sender->payloadEditor()->setMode(mct::core::PayloadMode::Text);
    sender->payloadEditor()->setText(QStringLiteral("once {seq}"));
    QTest::mouseClick(sender->sendOnceButton(), Qt::LeftButton);
    QTRY_COMPARE(window.receiverStatus().received, quint64(1));
    sender->findChild<QCheckBox *>(QStringLiteral("senderProbe"))->setChecked(true);
    for (int i = 0; i < 3; ++i) {
        QTest::mouseClick(sender->sendOnceButton(), Qt::LeftButton);
    }
    QTRY_COMPARE(window.receiverStatus().received, quint64(4));
    const auto streams = window.receiverStatus().streams;
    const auto probe = std::find_if(streams.cbegin(), streams.cend(), [](const mct::core::StreamSnapshot &s) {
        return s.format == mct::core::PayloadFormat::Probe;
    });
    QVERIFY(probe != streams.cend());
    QCOMPARE(probe->received, quint64(3));
    QCOMPARE(probe->lost, quint64(0));
    QCOMPARE(probe->reordered, quint64(0));
    const QAbstractItemModel &table = *window.packetView()->proxy();
    QTRY_VERIFY(findRow(table, QStringLiteral("127.0.0.1:"), QStringLiteral("once 0")) >= 0);
    const int first = findRow(table, QStringLiteral("127.0.0.1:"), QStringLiteral("once 0"));
    // "once 0" twice: the plain packet, and the first probe (its own sequence 0).
    QCOMPARE(table.data(table.index(first + 1, PacketTableModel::SequenceColumn)).toString(),
             QStringLiteral("0"));
}

void TestMainWindowNetns::sendOnceThenStart_dscpChangedBetween_oneSourcePort()
{
    // Send Once, a new DSCP, Send Once again, then Start: one sender, so one source address:port
    // (a receiver tells a sender's streams apart by it; a new DSCP or TTL opened a new socket).
    MainWindow window;
    window.show();
    joinOn(window, QStringLiteral("lo"), QStringLiteral("239.255.0.13:5013"));
    mct::ui::SenderPane *sender = window.senderPane();
    sender->setInterface(QStringLiteral("lo"));
    sender->setGroup(QStringLiteral("239.255.0.13:5013"));
    sender->payloadEditor()->setMode(mct::core::PayloadMode::Text);
    sender->payloadEditor()->setText(QStringLiteral("once {seq}"));
    QTest::mouseClick(sender->sendOnceButton(), Qt::LeftButton);
    QTRY_COMPARE(window.receiverStatus().received, quint64(1));
    sender->setDscp(10); // a socket option, as TTL and loopback are
    QTest::mouseClick(sender->sendOnceButton(), Qt::LeftButton);
    QTRY_COMPARE(window.receiverStatus().received, quint64(2));
    startSending(window, QStringLiteral("239.255.0.13:5013"), QStringLiteral("start {seq}"), 2,
                 QStringLiteral("10"));
    const QAbstractItemModel &table = *window.packetView()->proxy();
    QTRY_COMPARE(table.rowCount(), 4);
    QSet<QString> sources;
    for (int row = 0; row < table.rowCount(); ++row) {
        sources.insert(table.data(table.index(row, PacketTableModel::SourceColumn)).toString());
    }
    QVERIFY2(sources.size() == 1, qPrintable(QStringList(sources.cbegin(), sources.cend()).join(u' ')));
}

MCT_TEST_MAIN_IN_PRIVATE_NETWORK(TestMainWindowNetns, QApplication)

#include "tst_mainwindow_netns.moc"
