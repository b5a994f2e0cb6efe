// Hostile datagrams and faults: the receiver shows and counts everything, keeps running, loses nothing.
#include "cirequire.h"
#include "clitest.h"
#include "netns.h"
#include "procstatus.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

#include <sys/resource.h>

using namespace Qt::StringLiterals;
using mct::test::findJsonKey;
using mct::test::Link;
using mct::test::mctester;
using mct::test::NetnsLab;
using mct::test::parseJsonLines;
using mct::test::RunResult;

namespace {

// Thousands of datagrams no well-behaved sender would send, and how many of them.
constexpr char kHostile[] = R"PY(import os, random, socket, struct, sys, time
group, port = sys.argv[1], int(sys.argv[2])
s = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
s.setsockopt(socket.IPPROTO_IP, socket.IP_MULTICAST_TTL, 1)
s.setsockopt(socket.SOL_SOCKET, socket.SO_SNDBUF, 4 << 20)
probe = b"MCTP" + bytes([1, 1]) + struct.pack(">H", 32) + struct.pack(">IQqI", 7, 1, 0, 0)
reply = b"MCTR" + bytes([1, 0]) + struct.pack(">H", 44) + bytes(36)
datagrams = [b""] * 200                                   # empty
datagrams += [probe[:n] for n in range(1, 32)] * 10       # truncated probe headers
datagrams += [reply[:n] for n in range(1, 44)] * 5        # truncated replies
lying = bytearray(probe); lying[6:8] = struct.pack(">H", 60000)
datagrams += [bytes(lying)] * 200                         # header length larger than the datagram
short = bytearray(probe); short[6:8] = struct.pack(">H", 4)
datagrams += [bytes(short)] * 200                         # header length shorter than a header
datagrams += [bytes([0x80, 33]) + b"\xff" * n for n in range(0, 12)] * 20  # truncated RTP
datagrams += [b"\x47" * 188 * 3 + b"\x47"] * 50           # almost MPEG-TS
datagrams += [os.urandom(random.randint(1, 1500)) for _ in range(2000)]
datagrams += [b"<script>alert(1)</script><b>bold</b>&amp;", b"\x1b[2J\x1b[31mred\x1b]0;title\x07",
              "\u202eevil\u202c".encode(), b"\x00\x01\x02\r\n\t"] * 100
datagrams += [os.urandom(65507) for _ in range(20)]       # the largest IPv4 UDP payload
for i, d in enumerate(datagrams):
    s.sendto(d, (group, port))
    if i % 200 == 0:
        time.sleep(0.01)                                  # stay within the receiver's buffer
print(len(datagrams), flush=True)
)PY";

bool setUp(NetnsLab &lab, Link *link)
{
    const auto made = lab.senderReceiverLink(u"tx"_s, u"rx"_s);
    if (made) {
        *link = *made;
    }
    return made.has_value();
}

// The command as it is, or in an AddressSanitizer build with ASan's quarantine off: ASan keeps up
// to 256 MiB of freed memory to catch use after free, which would count as the program's own.
QStringList ownMemoryOnly(const QStringList &command)
{
#if defined(__SANITIZE_ADDRESS__)
    const QString options = qEnvironmentVariable("ASAN_OPTIONS");
    const QString off = options + (options.isEmpty() ? u""_s : u":"_s) + u"quarantine_size_mb=0"_s;
    return QStringList{u"env"_s, u"ASAN_OPTIONS="_s + off} + command;
#else
    return command;
#endif
}

// Peak resident memory of a process that is still running, from /proc, in KiB.
qint64 peakMemoryKiB(qint64 pid)
{
    return mct::test::processStatusKiB(QString::number(pid), "VmHWM");
}

} // namespace

class TestFaultsNetns final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void hostile_thousandsOfBadDatagrams_allCountedShownAsDataAndSurvives();
    void hostile_terminalEscapes_neverReachTheTerminalRaw();
    void port_heldExclusivelyByAnotherProgram_exitsThreeWithHint();
    void join_moreGroupsThanOneSocketAllows_allJoinedElseRefusalNamesLimit();
    void join_moreGroupsThanTheUsualDescriptorLimit_allJoined();
    void recording_fullDisk_otherRecordingKeepsEverything();
    void recording_unwritablePath_exitsTwoNamingPath();
    void payloadFile_deletedWhileSending_everyPacketStillSent();

private:
    QString m_skip;
};

void TestFaultsNetns::initTestCase()
{
    NetnsLab lab;
    if (!lab.available(&m_skip)) {
        MCT_SKIP_OR_FAIL_IN_CI(m_skip);
    }
    if (QStandardPaths::findExecutable(u"python3"_s).isEmpty()) {
        MCT_SKIP_OR_FAIL_IN_CI(
                QStringLiteral("python3 is not installed: it plays the hostile and the exclusive program"));
    }
}

void TestFaultsNetns::hostile_thousandsOfBadDatagrams_allCountedShownAsDataAndSurvives()
{
    NetnsLab lab;
    Link link;
    QVERIFY2(setUp(lab, &link), qPrintable(lab.lastError()));
    QTemporaryDir dir;
    auto receiver = lab.start(
            u"rx"_s, ownMemoryOnly(mctester({u"recv"_s, u"239.6.6.6:5000"_s, u"-i"_s, link.b.interfaceName,
                                             u"--json"_s, u"-w"_s, u"60"_s, u"--rcvbuf"_s, u"64M"_s})));
    QVERIFY(receiver);
    QVERIFY(lab.waitForMembership(u"rx"_s, QHostAddress(u"239.6.6.6"_s), link.b.interfaceName));
    const RunResult sent = lab.run(
            u"tx"_s,
            {u"python3"_s, mct::test::writeScript(dir, u"hostile.py"_s, kHostile), u"239.6.6.6"_s, u"5000"_s},
            60000);
    QVERIFY2(sent.finished && sent.exitCode == 0, qPrintable(sent.describe()));
    const int count = sent.out().trimmed().toInt();
    QVERIFY2(count > 3000, qPrintable(sent.describe()));

    // Still alive and still receiving: one ordinary packet after the storm.
    const RunResult after = lab.run(u"tx"_s, mctester({u"send"_s, u"239.6.6.6:5000"_s, u"-c"_s, u"1"_s,
                                                       u"-m"_s, u"still here"_s, u"--quiet"_s}));
    QVERIFY2(after.finished && after.exitCode == 0, qPrintable(after.describe()));
    QVERIFY2(NetnsLab::waitForOutput(*receiver, "still here", 20000),
             qPrintable(NetnsLab::describeRunning(*receiver)));
    const qint64 peakKiB = peakMemoryKiB(receiver->processId());
    receiver->terminate();
    const RunResult got = NetnsLab::finish(*receiver, 20000);
    QVERIFY2(got.finished && got.exitCode == 0, qPrintable(got.describe()));

    QString error;
    const auto objects = parseJsonLines(got.stdOut, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error)); // every line valid JSON, whatever the payload
    const QJsonObject summary = findJsonKey(objects, u"summary"_s);
    // 64 MiB of socket buffer holds the whole storm (about 10 MB as the kernel counts it), so no
    // datagram may go missing, and the kernel must not say it dropped any.
    QCOMPARE(summary.value(u"kernel_drops"_s).toInt(-1), 0);
    QCOMPARE(summary.value(u"received"_s).toInt(), count + 1);
    // A line per packet, besides the summary and any event lines (a silence in the storm on a busy
    // machine is an outage, reported between the packets).
    const auto packetLines = std::count_if(objects.cbegin(), objects.cend(), [](const QJsonObject &o) {
        return !o.contains(u"summary"_s) && !o.contains(u"event"_s);
    });
    QCOMPARE(qsizetype(packetLines), qsizetype(summary.value(u"received"_s).toInt()));
    // One plain stream per sender, though a quarter of the random datagrams and some truncated RTP
    // start like RTP: the storm's socket, with every datagram but one, and the one "still here". No
    // probe id, sequence, loss or duplicates are made up for them.
    const QJsonArray streams = summary.value(u"streams"_s).toArray();
    QCOMPARE(streams.size(), 2);
    QList<int> perStream;
    for (const QJsonValue &v : streams) {
        const QJsonObject stream = v.toObject();
        QCOMPARE(stream.value(u"format"_s).toString(), u"plain"_s);
        for (const QString &key : {u"stream"_s, u"lost"_s, u"duplicates"_s}) {
            QVERIFY2(!stream.contains(key), qPrintable(key));
        }
        perStream.append(stream.value(u"received"_s).toInt());
    }
    std::sort(perStream.begin(), perStream.end());
    QCOMPARE(perStream, (QList<int>{1, summary.value(u"received"_s).toInt() - 1}));
    int largest = 0;
    int empty = 0;
    for (const QJsonObject &o : objects) {
        largest = std::max(largest, o.value(u"size"_s).toInt());
        empty += o.contains(u"size"_s) && o.value(u"size"_s).toInt() == 0 ? 1 : 0;
    }
    QCOMPARE(largest, 65507);
    QVERIFY(empty > 0);
    // The CLI keeps no packets, so its memory is the batch in hand: far below 64K x thousands.
    QVERIFY2(peakKiB > 0 && peakKiB < 300 * 1024, qPrintable(u"peak RSS %1 KiB"_s.arg(peakKiB)));
}

void TestFaultsNetns::hostile_terminalEscapes_neverReachTheTerminalRaw()
{
    NetnsLab lab;
    Link link;
    QVERIFY2(setUp(lab, &link), qPrintable(lab.lastError()));
    auto receiver = lab.start(u"rx"_s, mctester({u"recv"_s, u"239.6.6.7:5000"_s, u"-i"_s,
                                                 link.b.interfaceName, u"-c"_s, u"3"_s, u"-w"_s, u"10"_s}));
    QVERIFY(receiver);
    QVERIFY(NetnsLab::waitForOutput(*receiver, "joined", 5000));
    for (const QString &text :
         {u"\x1b[2J\x1b]0;pwned\x07"_s, u"<b>bold</b>\nsecond line"_s, u"\u009b31m"_s}) {
        const RunResult sent = lab.run(u"tx"_s, mctester({u"send"_s, u"239.6.6.7:5000"_s, u"-c"_s, u"1"_s,
                                                          u"-m"_s, text, u"--quiet"_s}));
        QVERIFY2(sent.finished && sent.exitCode == 0, qPrintable(sent.describe()));
    }
    const RunResult got = NetnsLab::finish(*receiver, 10000);
    QVERIFY2(got.finished && got.exitCode == 0, qPrintable(got.describe()));
    QVERIFY(!got.stdOut.contains('\x1b'));
    QVERIFY(!got.stdOut.contains("\xc2\x9b"));                   // C1 CSI, UTF-8 encoded
    QVERIFY(got.out().contains(u"1b5b324a"_s));                  // shown as hex instead
    QVERIFY(got.out().contains(u"<b>bold</b>\\nsecond line"_s)); // markup literal, newline escaped
}

void TestFaultsNetns::port_heldExclusivelyByAnotherProgram_exitsThreeWithHint()
{
    NetnsLab lab;
    Link link;
    QVERIFY2(setUp(lab, &link), qPrintable(lab.lastError()));
    QTemporaryDir dir;
    // Binds without SO_REUSEADDR: nobody else may share the port.
    auto holder =
            lab.start(u"rx"_s, {u"python3"_s, u"-c"_s,
                                u"import socket,time\ns=socket.socket(socket.AF_INET,socket.SOCK_DGRAM)\n"
                                u"s.bind(('0.0.0.0',5055))\nprint('bound',flush=True)\ntime.sleep(30)"_s});
    QVERIFY(holder);
    QVERIFY(NetnsLab::waitForOutput(*holder, "bound", 5000));
    const RunResult r = lab.run(u"rx"_s, mctester({u"recv"_s, u"239.6.6.8:5055"_s, u"-w"_s, u"2"_s}));
    QVERIFY2(r.finished && r.exitCode == 3, qPrintable(r.describe()));
    QVERIFY2(r.err().contains(u"EADDRINUSE"_s) && r.err().contains(u"holds the port"_s),
             qPrintable(r.describe()));
    holder->kill();
    holder->waitForFinished();
}

void TestFaultsNetns::join_moreGroupsThanTheUsualDescriptorLimit_allJoined()
{
    // A socket per group: 1,100 groups need more descriptors than the usual soft limit of 1,024,
    // which the program raises towards the hard limit.
    rlimit limit{};
    QCOMPARE(::getrlimit(RLIMIT_NOFILE, &limit), 0);
    if (limit.rlim_max < 2048) {
        QSKIP("the hard limit on open files is below 2048 here");
    }
    const rlimit usual{1024, limit.rlim_max};
    QCOMPARE(::setrlimit(RLIMIT_NOFILE, &usual), 0); // what the program inherits, as from a shell
    NetnsLab lab;
    Link link;
    QVERIFY2(setUp(lab, &link), qPrintable(lab.lastError()));
    QStringList args{u"recv"_s, u"-i"_s, link.b.interfaceName, u"-w"_s, u"1"_s};
    for (int i = 0; i < 1100; ++i) {
        args.append(u"239.9.%1.%2:5000"_s.arg(i / 250).arg(i % 250 + 1));
    }
    const RunResult r = lab.run(u"rx"_s, mctester(args));
    ::setrlimit(RLIMIT_NOFILE, &limit);
    QVERIFY2(r.finished && r.exitCode == 1 && r.err().isEmpty(), qPrintable(r.describe().left(2000)));
    QCOMPARE(r.out().count(u"joined 239.9."_s), 1100);
}

void TestFaultsNetns::join_moreGroupsThanOneSocketAllows_allJoinedElseRefusalNamesLimit()
{
    NetnsLab lab;
    Link link;
    QVERIFY2(setUp(lab, &link), qPrintable(lab.lastError()));
    // net.ipv4.igmp_max_memberships limits the memberships of one socket. Each group has a socket
    // of its own, so three groups join where one socket could hold only two.
    const RunResult limit = lab.run(u"rx"_s, {u"sysctl"_s, u"-w"_s, u"net.ipv4.igmp_max_memberships=2"_s});
    if (!limit.finished || limit.exitCode != 0) {
        QSKIP("cannot lower net.ipv4.igmp_max_memberships in a namespace on this kernel");
    }
    const QStringList threeGroups{u"recv"_s,
                                  u"239.6.6.1:5000"_s,
                                  u"239.6.6.2:5000"_s,
                                  u"239.6.6.3:5000"_s,
                                  u"-i"_s,
                                  link.b.interfaceName,
                                  u"-w"_s,
                                  u"1"_s};
    const RunResult joined = lab.run(u"rx"_s, mctester(threeGroups));
    // Exit 1: joined, and nothing was sent before the timeout (3 would be the refused join).
    QVERIFY2(joined.finished && joined.exitCode == 1 && joined.err().isEmpty(),
             qPrintable(joined.describe()));
    QVERIFY2(joined.out().contains(u"joined 239.6.6.3:5000"_s), qPrintable(joined.describe()));

    // When the kernel refuses a membership, the message names the group and the limit to raise.
    QCOMPARE(lab.run(u"rx"_s, {u"sysctl"_s, u"-w"_s, u"net.ipv4.igmp_max_memberships=0"_s}).exitCode, 0);
    const RunResult r = lab.run(u"rx"_s, mctester(threeGroups));
    QVERIFY2(r.finished && r.exitCode == 3, qPrintable(r.describe()));
    QVERIFY2(r.err().contains(u"239.6.6.1"_s) && r.err().contains(u"igmp_max_memberships"_s),
             qPrintable(r.describe()));
}

void TestFaultsNetns::recording_fullDisk_otherRecordingKeepsEverything()
{
    NetnsLab lab;
    Link link;
    QVERIFY2(setUp(lab, &link), qPrintable(lab.lastError()));
    QTemporaryDir dir;
    const QString kept = dir.filePath(u"kept.jsonl"_s);
    // /dev/full: every write fails with "No space left on device".
    auto receiver = lab.start(
            u"rx"_s, mctester({u"recv"_s, u"239.6.6.9:5000"_s, u"-i"_s, link.b.interfaceName, u"-c"_s,
                               u"20"_s, u"-w"_s, u"15"_s, u"--jsonl"_s, kept, u"--csv"_s, u"/dev/full"_s}));
    QVERIFY(receiver);
    QVERIFY(NetnsLab::waitForOutput(*receiver, "joined", 5000));
    const RunResult sent = lab.run(u"tx"_s, mctester({u"send"_s, u"239.6.6.9:5000"_s, u"-c"_s, u"20"_s,
                                                      u"--interval"_s, u"5"_s, u"--quiet"_s}));
    QVERIFY2(sent.finished && sent.exitCode == 0, qPrintable(sent.describe()));
    const RunResult got = NetnsLab::finish(*receiver, 20000);
    QVERIFY2(got.finished && got.exitCode == 3, qPrintable(got.describe())); // not everything was kept
    QVERIFY2(got.err().contains(u"/dev/full"_s) && got.err().contains(u"No space left"_s),
             qPrintable(got.describe()));
    QCOMPARE(mct::test::linesOf(got.stdOut).filter(u"hello from"_s).size(), 20);
    // The summary still comes: the counts are right even though one recording is not.
    QCOMPARE(mct::test::linesOf(got.stdOut).filter(QRegularExpression(u"^--- 20 packets, "_s)).size(),
             qsizetype(1));
    QFile file(kept);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(mct::test::linesOf(file.readAll()).size(), 20);
}

void TestFaultsNetns::recording_unwritablePath_exitsTwoNamingPath()
{
    NetnsLab lab;
    Link link;
    QVERIFY2(setUp(lab, &link), qPrintable(lab.lastError()));
    for (const QString &path : {u"/proc/mctester-cannot-be-here.pcap"_s, u"/nonexistent/dir/x.csv"_s}) {
        const QString option = path.endsWith(u".pcap"_s) ? u"--pcap"_s : u"--csv"_s;
        const RunResult r =
                lab.run(u"rx"_s, mctester({u"recv"_s, u"239.6.6.9:5000"_s, u"-w"_s, u"2"_s, option, path}));
        QVERIFY2(r.finished && r.exitCode == 2, qPrintable(r.describe()));
        QVERIFY2(r.err().contains(path), qPrintable(r.describe()));
    }
}

void TestFaultsNetns::payloadFile_deletedWhileSending_everyPacketStillSent()
{
    NetnsLab lab;
    Link link;
    QVERIFY2(setUp(lab, &link), qPrintable(lab.lastError()));
    QTemporaryDir dir;
    const QString payload = dir.filePath(u"payload.bin"_s);
    QFile file(payload);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("file content");
    file.close();
    auto receiver = lab.start(u"rx"_s, mctester({u"recv"_s, u"239.6.6.10:5000"_s, u"-i"_s,
                                                 link.b.interfaceName, u"-c"_s, u"30"_s, u"-w"_s, u"15"_s}));
    QVERIFY(receiver);
    QVERIFY(NetnsLab::waitForOutput(*receiver, "joined", 5000));
    auto sender = lab.start(u"tx"_s, mctester({u"send"_s, u"239.6.6.10:5000"_s, u"-c"_s, u"30"_s,
                                               u"--interval"_s, u"30"_s, u"--file"_s, payload}));
    QVERIFY(sender);
    QVERIFY(NetnsLab::waitForOutput(*receiver, "file content", 5000, 2));
    QVERIFY(QFile::remove(payload)); // mid-stream
    const RunResult sent = NetnsLab::finish(*sender, 15000);
    QVERIFY2(sent.finished && sent.exitCode == 0, qPrintable(sent.describe()));
    const RunResult got = NetnsLab::finish(*receiver, 15000);
    QVERIFY2(got.finished && got.exitCode == 0, qPrintable(got.describe()));
    QCOMPARE(mct::test::linesOf(got.stdOut).filter(u"file content"_s).size(), 30);
}

QTEST_GUILESS_MAIN(TestFaultsNetns)
#include "tst_faults_netns.moc"
