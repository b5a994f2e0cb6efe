// End-to-end test of MainWindow on a real socket: the process moves itself into a private network
// namespace first (loopback only), joins with the Join button, sends with Send Once, sees the row.
#include "endpointcombo.h"
#include "joinedgroupsmodel.h"
#include "mainwindow.h"
#include "messagebar.h"
#include "packetdetails.h"
#include "packetfilterproxy.h"
#include "packettablemodel.h"
#include "packetview.h"
#include "payloadeditor.h"
#include "receiverpane.h"
#include "replymodel.h"
#include "senderpane.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QDialog>
#include <QLineEdit>
#include <QProcess>
#include <QSettings>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QTreeView>

#include <algorithm>
#include <cerrno>
#include <cstring>

#include <sched.h>

using mct::ui::MainWindow;
using mct::ui::PacketTableModel;

namespace {

// Set in main() before QApplication exists: why the namespace could not be made, if it could not.
QString g_namespaceProblem;

bool runIp(const QStringList &args, QString *error)
{
    const QString ip = QStandardPaths::findExecutable(QStringLiteral("ip"),
                                                      {QStringLiteral("/usr/sbin"), QStringLiteral("/sbin"),
                                                       QStringLiteral("/usr/bin"), QStringLiteral("/bin")});
    if (ip.isEmpty()) {
        *error = QStringLiteral("iproute2's `ip` is not installed");
        return false;
    }
    QProcess process;
    // A child process stays in our namespace: this configures the private one, never the host's.
    process.start(ip, args);
    if (!process.waitForFinished(10'000) || process.exitStatus() != QProcess::NormalExit
        || process.exitCode() != 0) {
        *error = QStringLiteral("ip %1: %2")
                         .arg(args.join(u' '),
                              QString::fromLocal8Bit(process.readAllStandardError()).trimmed());
        return false;
    }
    return true;
}

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

bool anyDialogVisible()
{
    const auto windows = QApplication::topLevelWidgets();
    return std::any_of(windows.cbegin(), windows.cend(), [](const QWidget *w) {
        return w->isVisible() && qobject_cast<const QDialog *>(w) != nullptr;
    });
}

} // namespace

class TestMainWindowNetns final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void joinAndSendOnce_loopback_rowShowsSourceAndPayload();
    void replyMode_probeSender_listsWhoAnswered();
    void joinFailure_unknownInterface_showsMessageBarNotDialog();

private:
    QTemporaryDir m_settingsDir;
};

void TestMainWindowNetns::initTestCase()
{
    if (!g_namespaceProblem.isEmpty()) {
        QSKIP(qPrintable(QStringLiteral("no private network namespace: %1 (needs root or CAP_SYS_ADMIN)")
                                 .arg(g_namespaceProblem)));
    }
    QString error;
    if (!runIp({QStringLiteral("link"), QStringLiteral("set"), QStringLiteral("lo"), QStringLiteral("up")},
               &error)
        || !runIp({QStringLiteral("link"), QStringLiteral("set"), QStringLiteral("lo"),
                   QStringLiteral("multicast"), QStringLiteral("on")},
                  &error)
        // src: 127.0.0.1 has host scope, so without it the kernel sends multicast from 0.0.0.0.
        || !runIp({QStringLiteral("route"), QStringLiteral("add"), QStringLiteral("224.0.0.0/4"),
                   QStringLiteral("dev"), QStringLiteral("lo"), QStringLiteral("src"),
                   QStringLiteral("127.0.0.1")},
                  &error)) {
        QSKIP(qPrintable(QStringLiteral("cannot set up loopback multicast in the namespace: %1").arg(error)));
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
    QTRY_COMPARE(joined->packets(0), quint64(1));

    // Selecting the row shows its bytes.
    window.packetView()->table()->selectRow(row);
    QVERIFY(window.packetView()->details()->text().contains(QStringLiteral("68 65 6c 6c 6f 20 30")));
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

int main(int argc, char *argv[])
{
    // First, before QApplication and before any thread: threads made later inherit the namespace.
    if (::unshare(CLONE_NEWNET) != 0) {
        g_namespaceProblem =
                QStringLiteral("unshare(CLONE_NEWNET): %1").arg(QString::fromLocal8Bit(std::strerror(errno)));
    }
    QApplication app(argc, argv);
    TestMainWindowNetns test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_mainwindow_netns.moc"
