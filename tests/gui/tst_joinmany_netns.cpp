// The window with a thousand groups, on real sockets in a private network namespace (loopback only):
// a range typed in the Join field joins each group, the list counts and filters them, 500 leave at once.
#include "endpointcombo.h"
#include "joinedgroupsmodel.h"
#include "mainwindow.h"
#include "messagebar.h"
#include "payloadeditor.h"
#include "privatenet.h"
#include "receiverpane.h"
#include "senderpane.h"
#include "testsettings.h"

#include <QAction>
#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QHostAddress>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QToolButton>
#include <QTreeView>
#include <QtEndian>

#include <algorithm>

#include <sys/resource.h>

using mct::ui::JoinedGroupsModel;
using mct::ui::MainWindow;

namespace {

constexpr int kGroups = 1000;

// 239.8.0.1 and the 999 after it: what "239.8.0.1-239.8.3.232:5000" names, made here the plain way.
QStringList rangeEndpoints()
{
    QStringList out;
    const quint32 first = QHostAddress(QStringLiteral("239.8.0.1")).toIPv4Address();
    for (quint32 i = 0; i < kGroups; ++i) {
        out.append(QStringLiteral("%1:5000").arg(QHostAddress(first + i).toString()));
    }
    return out;
}

// The IPv4 groups this namespace's kernel has joined on lo (/proc/net/igmp), as dotted quads.
QStringList kernelMemberships()
{
    QFile file(QStringLiteral("/proc/net/igmp"));
    if (!file.open(QIODevice::ReadOnly)) {
        return {};
    }
    QStringList out;
    bool onLo = false;
    const QList<QByteArray> lines = file.readAll().split('\n');
    for (const QByteArray &line : lines) {
        if (!line.startsWith('\t') && !line.isEmpty()) {
            onLo = line.simplified().split(' ').value(1) == "lo"; // "1	lo        :     3      V3"
        } else if (onLo && !line.trimmed().isEmpty()) {
            // "\t\t\t\t010008EF     1 0:00000000		0": the group's network-order bytes as a native u32.
            bool ok = false;
            const quint32 native = line.simplified().split(' ').value(0).toUInt(&ok, 16);
            if (ok) {
                out.append(QHostAddress(qFromBigEndian(native)).toString());
            }
        }
    }
    return out;
}

qsizetype countInRange(const QStringList &groups)
{
    return std::count_if(groups.cbegin(), groups.cend(),
                         [](const QString &g) { return g.startsWith(QStringLiteral("239.8.")); });
}

// The longest the event loop went without running a 5 ms timer since the last reset(): a frozen
// window shows here (reported, not asserted: this machine's other load would make it flaky).
class StallWatch final
{
public:
    StallWatch()
    {
        QObject::connect(&m_tick, &QTimer::timeout, &m_tick,
                         [this] { m_longest = std::max(m_longest, m_sinceTick.restart()); });
        m_sinceTick.start();
        m_tick.start(5);
    }
    void reset()
    {
        m_longest = 0;
        m_sinceTick.restart();
    }
    [[nodiscard]] qint64 longestMs() const { return m_longest; }

private:
    QTimer m_tick;
    QElapsedTimer m_sinceTick;
    qint64 m_longest = 0;
};

} // namespace

class TestJoinManyNetns final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void joinRange_thousandGroups_countedFilteredAndHalfLeftAtOnce();

private:
    QTemporaryDir m_settingsDir;
};

void TestJoinManyNetns::initTestCase()
{
    MCT_SKIP_WITHOUT_PRIVATE_NETWORK();
    QString error;
    if (!mct::test::setUpLoopbackMulticast(&error)) {
        QSKIP(qPrintable(QStringLiteral("cannot set up loopback multicast in the namespace: %1").arg(error)));
    }
    QVERIFY(m_settingsDir.isValid());
    mct::test::useSettingsIn(m_settingsDir.path());
}

void TestJoinManyNetns::joinRange_thousandGroups_countedFilteredAndHalfLeftAtOnce()
{
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    mct::ui::ReceiverPane *receiver = window.receiverPane();
    const JoinedGroupsModel *joined = receiver->joinedModel();
    const QStringList expected = rangeEndpoints();
    const QLocale locale;

    receiver->setInterface(QStringLiteral("lo"));
    receiver->setGroup(QStringLiteral("239.8.0.1-239.8.3.232:5000"));
    QVERIFY2(receiver->joinButton()->isEnabled(), qPrintable(receiver->joinProblem()));
    StallWatch stalls;
    QElapsedTimer clock;
    clock.start();
    stalls.reset();
    QTest::mouseClick(receiver->joinButton(), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(joined->rowCount(), kGroups, 30000);
    qInfo("joined %d groups from a range in %lld ms; longest event-loop stall %lld ms", kGroups,
          clock.elapsed(), stalls.longestMs());
    QStringList rows;
    for (int row = 0; row < joined->rowCount(); ++row) {
        rows.append(joined->request(row).endpoint.toString());
    }
    QCOMPARE(rows, expected);
    QCOMPARE(countInRange(kernelMemberships()), qsizetype(kGroups));
    QCOMPARE(receiver->joinedCount()->text(),
             QStringLiteral("Joined groups: %1").arg(locale.toString(kGroups)));
    QVERIFY2(window.messageBar()->isHidden()
                     || window.messageBar()->kind() != mct::ui::MessageBar::Kind::Error,
             qPrintable(window.messageBar()->text()));

    // One group of the thousand gets a packet, and its row counts it.
    mct::ui::SenderPane *sender = window.senderPane();
    sender->setInterface(QStringLiteral("lo"));
    sender->setGroup(expected.at(777));
    sender->payloadEditor()->setMode(mct::core::PayloadMode::Text);
    sender->payloadEditor()->setText(QStringLiteral("to one of a thousand"));
    QTest::mouseClick(sender->sendOnceButton(), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(joined->packets(777), quint64(1), 5000);

    // The filter narrows the list, and the count says how many of all are shown.
    const QString filter = QStringLiteral("239.8.1.");
    const qsizetype matching = std::count_if(expected.cbegin(), expected.cend(),
                                             [&](const QString &e) { return e.contains(filter); });
    QTest::keyClicks(receiver->joinedFilter(), filter);
    QCOMPARE(receiver->joinedView()->model()->rowCount(), int(matching));
    QCOMPARE(receiver->joinedCount()->text(),
             QStringLiteral("Joined groups: %1 of %2 shown")
                     .arg(locale.toString(qlonglong(matching)), locale.toString(kGroups)));
    // Selecting all that is shown and leaving leaves those only.
    receiver->joinedView()->selectAll();
    receiver->leaveAction()->trigger();
    QTRY_COMPARE_WITH_TIMEOUT(joined->rowCount(), kGroups - int(matching), 10000);
    QCOMPARE(receiver->joinedView()->model()->rowCount(), 0);
    receiver->joinedFilter()->clear();
    QCOMPARE(receiver->joinedView()->model()->rowCount(), kGroups - int(matching));

    // Then 500 at once: a selection of the first 500 rows, one Leave.
    QStringList remaining;
    for (const QString &e : expected) {
        if (!e.contains(filter)) {
            remaining.append(e);
        }
    }
    const int toLeave = 500;
    QAbstractItemModel *shown = receiver->joinedView()->model();
    receiver->joinedView()->selectionModel()->select(
            QItemSelection(shown->index(0, 0), shown->index(toLeave - 1, 0)),
            QItemSelectionModel::Select | QItemSelectionModel::Rows);
    QCOMPARE(receiver->joinedView()->selectionModel()->selectedRows().size(), toLeave);
    clock.restart();
    stalls.reset();
    receiver->leaveAction()->trigger();
    QTRY_COMPARE_WITH_TIMEOUT(joined->rowCount(), int(remaining.size()) - toLeave, 10000);
    qInfo("left %d groups at once in %lld ms; longest event-loop stall %lld ms", toLeave, clock.elapsed(),
          stalls.longestMs());
    rows.clear();
    for (int row = 0; row < joined->rowCount(); ++row) {
        rows.append(joined->request(row).endpoint.toString());
    }
    QCOMPARE(rows, remaining.mid(toLeave));
    QCOMPARE(countInRange(kernelMemberships()), remaining.size() - toLeave);
    QCOMPARE(receiver->joinedCount()->text(),
             QStringLiteral("Joined groups: %1").arg(locale.toString(qlonglong(remaining.size() - toLeave))));
}

// As the program's main() does (app/main.cpp): a socket per group needs more than 1,024 descriptors.
int main(int argc, char *argv[])
{
    mct::test::enterPrivateNetwork();
    rlimit limit{};
    if (::getrlimit(RLIMIT_NOFILE, &limit) == 0 && limit.rlim_cur < std::min<rlim_t>(limit.rlim_max, 65536)) {
        limit.rlim_cur = std::min<rlim_t>(limit.rlim_max, 65536);
        ::setrlimit(RLIMIT_NOFILE, &limit);
    }
    QApplication app(argc, argv);
    TestJoinManyNetns test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_joinmany_netns.moc"
