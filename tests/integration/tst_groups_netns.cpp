// Group ranges and groups files with the real `mctester recv` between hosts in private namespaces:
// a range and a file joined, a few groups of them sent to, all received; bad ranges exit 2.
#include "clitest.h"
#include "netns.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using mct::test::Link;
using mct::test::mctester;
using mct::test::NetnsLab;
using mct::test::parseJsonLines;
using mct::test::RunResult;

namespace {

// A host that only has lo: bad input must be refused before anything could be sent or joined.
const QString kLonely = u"lonely"_s;

bool writeFile(const QString &path, const QByteArray &data)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(data) == data.size();
}

// One group the sender sends to, as recv prints it.
struct Sent
{
    QString endpoint; // "239.8.0.137:5000" or "[ff15::8000:5]:7000"
    QString group;
    int port;
};

} // namespace

class TestGroupsNetns final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void recv_rangeAndGroupsFile_fewGroupsSent_allReceivedInOrderJoined();
    void badRange_anyCommand_exitsTwoNamingProblem_data();
    void badRange_anyCommand_exitsTwoNamingProblem();

private:
    QTemporaryDir m_dir;
};

void TestGroupsNetns::initTestCase()
{
    MCT_REQUIRE_NAMESPACES_AND_PROGRAM();
    QVERIFY(m_dir.isValid());
    QVERIFY(writeFile(m_dir.filePath(u"bad.txt"_s), "# line-up\n239.1.1.1:5000\n239.1.1.9-239.1.1.2:5000\n"));
    QVERIFY(writeFile(m_dir.filePath(u"comments.txt"_s), "# nothing but comments\n\n   # and blanks\n"));
    QVERIFY(writeFile(m_dir.filePath(u"overlap.txt"_s), "239.1.2.3:5000\n"));
}

void TestGroupsNetns::recv_rangeAndGroupsFile_fewGroupsSent_allReceivedInOrderJoined()
{
    NetnsLab lab;
    const auto made = lab.link(u"a"_s, u"b"_s);
    QVERIFY2(made, qPrintable(lab.lastError()));
    const Link link = *made;
    QVERIFY2(lab.addMulticastRoute(u"a"_s, link.a.interfaceName), qPrintable(lab.lastError()));
    QVERIFY2(lab.waitForAddresses(), qPrintable(lab.lastError()));

    // 200 groups from the command line; from the file 10 groups on 2 ports and 10 IPv6 groups.
    const QString groupsFile = m_dir.filePath(u"lineup.txt"_s);
    QVERIFY(writeFile(groupsFile, "# news and sport\n\n"
                                  "239.9.0.1-239.9.0.10:6000-6001   # two ports each\n"
                                  "[ff15::8000:1-ff15::8000:a]:7000\n"));
    QStringList expected; // every join, in the order recv makes them
    for (int i = 1; i <= 200; ++i) {
        expected.append(u"239.8.0.%1:5000"_s.arg(i));
    }
    for (int i = 1; i <= 10; ++i) {
        expected << u"239.9.0.%1:6000"_s.arg(i) << u"239.9.0.%1:6001"_s.arg(i);
    }
    for (int i = 1; i <= 10; ++i) {
        expected.append(u"[ff15::8000:%1]:7000"_s.arg(i, 0, 16));
    }
    const QList<Sent> sent{{u"239.8.0.1:5000"_s, u"239.8.0.1"_s, 5000},
                           {u"239.8.0.137:5000"_s, u"239.8.0.137"_s, 5000},
                           {u"239.8.0.200:5000"_s, u"239.8.0.200"_s, 5000},
                           {u"239.9.0.10:6001"_s, u"239.9.0.10"_s, 6001},
                           {u"[ff15::8000:5]:7000"_s, u"ff15::8000:5"_s, 7000}};
    constexpr int kPerGroup = 3;
    const int total = kPerGroup * int(sent.size());

    const auto receiver =
            lab.start(u"b"_s, mctester({u"recv"_s, u"239.8.0.1-239.8.0.200:5000"_s, u"--groups-file"_s,
                                        groupsFile, u"-i"_s, link.b.interfaceName, u"--json"_s, u"-c"_s,
                                        QString::number(total), u"-w"_s, u"30"_s}));
    QVERIFY2(receiver, qPrintable(lab.lastError()));
    for (const Sent &s : sent) {
        QVERIFY2(lab.waitForMembership(u"b"_s, QHostAddress(s.group), link.b.interfaceName, 15000),
                 qPrintable(lab.lastError() + NetnsLab::describeRunning(*receiver)));
    }
    for (const Sent &s : sent) {
        const RunResult r = lab.run(u"a"_s, mctester({u"send"_s, s.endpoint, u"-i"_s, link.a.interfaceName,
                                                      u"-c"_s, QString::number(kPerGroup), u"--interval"_s,
                                                      u"10"_s, u"-m"_s, u"to "_s + s.endpoint}));
        MCT_VERIFY_EXIT_CODE(r, 0);
    }
    const RunResult received = NetnsLab::finish(*receiver, 30000);
    MCT_VERIFY_EXIT_CODE(received, 0);

    QString error;
    const QList<QJsonObject> objects = parseJsonLines(received.stdOut, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QHash<QString, int> perGroup;
    for (const QJsonObject &o : objects) {
        if (o.contains(u"payload"_s)) {
            QCOMPARE(o.value(u"payload"_s).toString(), u"to "_s + o.value(u"group"_s).toString());
            ++perGroup[o.value(u"group"_s).toString()];
        }
    }
    for (const Sent &s : sent) {
        QVERIFY2(perGroup.value(s.endpoint) == kPerGroup,
                 qPrintable(s.endpoint + u": "_s + received.describe()));
    }
    const QJsonObject summary = objects.constLast().value(u"summary"_s).toObject();
    QCOMPARE(summary.value(u"received"_s).toInt(), total);
    const QJsonArray groups = summary.value(u"groups"_s).toArray();
    QStringList joined;
    for (const QJsonValue &g : groups) {
        const QString endpoint = g.toObject().value(u"group"_s).toString();
        joined.append(endpoint);
        QCOMPARE(g.toObject().value(u"received"_s).toInt(-1), perGroup.value(endpoint));
    }
    QCOMPARE(joined, expected);
}

void TestGroupsNetns::badRange_anyCommand_exitsTwoNamingProblem_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("named");
    const QString recv = u"recv"_s;
    QTest::newRow("reversed") << QStringList{recv, u"239.8.3.232-239.8.0.1:5000"_s}
                              << u"the first group 239.8.3.232 comes after the last 239.8.0.1"_s;
    QTest::newRow("reversed ports") << QStringList{recv, u"239.1.1.1:5009-5000"_s}
                                    << u"port 5009 comes after 5000"_s;
    QTest::newRow("mixed families") << QStringList{recv, u"[239.1.1.1-ff15::1]:5000"_s}
                                    << u"different address families"_s;
    QTest::newRow("unicast end") << QStringList{recv, u"10.0.0.1-239.0.0.1:5000"_s}
                                 << u"10.0.0.1 is not a multicast address"_s;
    QTest::newRow("not multicast end") << QStringList{recv, u"239.255.255.250-240.0.0.5:5000"_s}
                                       << u"240.0.0.5 is not a multicast address"_s;
    QTest::newRow("ipv6 beyond the last 16 bits")
            << QStringList{recv, u"[ff15::1:0-ff15::2:0]:5000"_s} << u"only in the last 16 bits"_s;
    QTest::newRow("over 10,000 without --force")
            << QStringList{recv, u"239.1.0.0-239.1.255.255:5000"_s} << u"65536 groups named"_s;
    QTest::newRow("over 10,000 with the ports")
            << QStringList{recv, u"239.1.0.1-239.1.0.101:5000-5099"_s} << u"--force"_s;
    QTest::newRow("past the limit even forced")
            << QStringList{recv, u"224.0.0.0-239.255.255.255:5000"_s, u"--force"_s} << u"also with --force"_s;
    QTest::newRow("groups file missing")
            << QStringList{recv, u"--groups-file"_s, m_dir.filePath(u"missing.txt"_s)}
            << u"cannot read the groups file %1"_s.arg(m_dir.filePath(u"missing.txt"_s));
    QTest::newRow("groups file is a directory")
            << QStringList{recv, u"--groups-file"_s, m_dir.path()} << u"it is a directory"_s;
    QTest::newRow("groups file bad line")
            << QStringList{recv, u"--groups-file"_s, m_dir.filePath(u"bad.txt"_s)}
            << m_dir.filePath(u"bad.txt"_s) + u":3: "_s;
    QTest::newRow("groups file without a group")
            << QStringList{recv, u"--groups-file"_s, m_dir.filePath(u"comments.txt"_s)}
            << u"no group in it"_s;
    QTest::newRow("file and argument overlap")
            << QStringList{recv, u"239.1.2.1-239.1.2.9:5000"_s, u"--groups-file"_s,
                           m_dir.filePath(u"overlap.txt"_s)}
            << u"239.1.2.3:5000 is named twice"_s;
    QTest::newRow("send to a range") << QStringList{u"send"_s, u"239.1.1.1-239.1.1.5:5000-5001"_s}
                                     << u"names 10 groups; one GROUP:PORT is taken here"_s;
    QTest::newRow("doctor of a range")
            << QStringList{u"doctor"_s, u"239.1.1.1:5000-5001"_s} << u"names 2 groups"_s;
    QTest::newRow("window --join reversed")
            << QStringList{u"--join"_s, u"239.1.1.9-239.1.1.1:5000"_s} << u"comes after the last"_s;
}

void TestGroupsNetns::badRange_anyCommand_exitsTwoNamingProblem()
{
    QFETCH(QStringList, args);
    QFETCH(QString, named);
    NetnsLab lab;
    QVERIFY2(lab.addHost(kLonely), qPrintable(lab.lastError()));
    const RunResult r = lab.run(kLonely, mctester(args));
    const QString problem = mct::test::usageErrorProblem(r, named);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
}

QTEST_GUILESS_MAIN(TestGroupsNetns)
#include "tst_groups_netns.moc"
