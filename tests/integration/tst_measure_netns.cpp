// Measurement across namespace hosts: loss under a packet filter, recordings, other tools' streams.
#include "cirequire.h"
#include "clitest.h"
#include "netns.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using mct::test::findJsonKey;
using mct::test::Link;
using mct::test::mctester;
using mct::test::NetnsLab;
using mct::test::parseJsonLines;
using mct::test::RunResult;

namespace {

const QHostAddress kGroup(u"239.7.7.7"_s);

// Streams from other tools, generated the way those tools put them on the wire, 2 ms apart; and
// a binary sender at full speed: a little-endian counter (a quarter of its first bytes look like
// RTP's) or random bytes (a quarter start like RTP too), 64 bytes each.
constexpr char kSenders[] = R"PY(import errno, os, socket, struct, sys, time
group, port, kind, count = sys.argv[1], int(sys.argv[2]), sys.argv[3], int(sys.argv[4])
s = socket.socket(socket.AF_INET, socket.SOCK_DGRAM, socket.IPPROTO_UDP)
s.setsockopt(socket.IPPROTO_IP, socket.IP_MULTICAST_TTL, 1)
s.setsockopt(socket.SOL_SOCKET, socket.SO_SNDBUF, 4 << 20)
cc = 0
for i in range(count):
    if kind == "rtp":            # RTP, 16-bit sequence starting just below the wrap
        seq = (65530 + i) & 0xFFFF
        data = struct.pack(">BBHII", 0x80, 33, seq, i * 3000, 0xC0FFEE) + b"\x00" * 100
    elif kind == "mpegts":       # 7 TS packets per datagram, PID 0x100, continuity counter
        data = b""
        for _ in range(7):
            data += bytes([0x47, 0x01, 0x00, 0x10 | cc]) + bytes(184)
            cc = (cc + 1) & 0x0F
    elif kind == "mcjoin":       # mcjoin's text counter
        data = ("count: %d" % i).encode()
    elif kind == "counter":
        data = struct.pack("<Q", i) + bytes(56)
    else:
        data = os.urandom(64)
    if kind == "mpegts" and i == count // 2:
        cc = (cc + 3) & 0x0F     # three TS packets lost on the way
    while True:
        try:
            s.sendto(data, (group, port))
            break
        except OSError as e:     # the device queue is full: try again, lose nothing
            if e.errno not in (errno.ENOBUFS, errno.EAGAIN):
                raise
    if kind not in ("counter", "random"):
        time.sleep(0.002)
)PY";

// Whether the program under test receives through the native path, which learns each datagram's
// TOS; the portable one (QUdpSocket) cannot, and says so by leaving it out.
#ifdef MCT_PORTABLE_SOCKET
constexpr bool kLearnsTos = false;
#else
constexpr bool kLearnsTos = true;
#endif

// The fields of every packet in a pcap, one tab-separated line each, as tshark reads them.
QStringList tsharkFields(const QString &tshark, const QString &pcap, const QStringList &fields)
{
    QStringList args{u"-r"_s, pcap, u"-T"_s, u"fields"_s};
    for (const QString &field : fields) {
        args << u"-e"_s << field;
    }
    QProcess reader;
    reader.start(tshark, args);
    if (!reader.waitForFinished(30000) || reader.exitCode() != 0) {
        return {u"tshark failed: "_s + QString::fromLocal8Bit(reader.readAllStandardError())};
    }
    return mct::test::linesOf(reader.readAllStandardOutput());
}

struct TwoHosts
{
    NetnsLab lab;
    Link link;
    bool ok = false;
};

bool setUp(TwoHosts &t)
{
    const auto made = t.lab.senderReceiverLink(u"tx"_s, u"rx"_s);
    if (made) {
        t.link = *made;
    }
    t.ok = made.has_value();
    return t.ok;
}

// Starts `recv --json` in rx and waits until the kernel lists its membership.
std::unique_ptr<QProcess> startReceiver(TwoHosts &t, const QStringList &extra)
{
    auto p = t.lab.start(u"rx"_s, mctester(QStringList{u"recv"_s, u"239.7.7.7:5000"_s, u"-i"_s,
                                                       t.link.b.interfaceName, u"--json"_s}
                                           + extra));
    if (p && !t.lab.waitForMembership(u"rx"_s, kGroup, t.link.b.interfaceName)) {
        return nullptr;
    }
    return p;
}

// Sends `count` datagrams of `kind` (see kSenders) from tx; needs python3.
RunResult sendFromScript(TwoHosts &t, const QString &kind, int count)
{
    QTemporaryDir dir;
    const QString script = mct::test::writeScript(dir, u"senders.py"_s, kSenders);
    return t.lab.run(u"tx"_s, {u"python3"_s, script, u"239.7.7.7"_s, u"5000"_s, kind, QString::number(count)},
                     60000);
}

QJsonObject onlyStream(const QJsonObject &summary)
{
    const QJsonArray streams = summary.value(u"streams"_s).toArray();
    return streams.size() == 1 ? streams.first().toObject() : QJsonObject();
}

} // namespace

class TestMeasureNetns final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void loss_everyTenthDroppedByFilter_reportedExactly();
    void recordings_pcapCsvJsonl_holdEveryReceivedPacket();
    void dscp_sentAs46_jsonAndPcapSay46_data();
    void dscp_sentAs46_jsonAndPcapSay46();
    void otherTools_iperf2_recognisedWithoutLoss();
    void otherTools_rtpTsMcjoin_recognisedWithSequences_data();
    void otherTools_rtpTsMcjoin_recognisedWithSequences();
    void binarySender_fullSpeed_onePlainStream_data();
    void binarySender_fullSpeed_onePlainStream();

private:
    QString m_skip;
};

void TestMeasureNetns::initTestCase()
{
    NetnsLab lab;
    if (!lab.available(&m_skip)) {
        MCT_SKIP_OR_FAIL_IN_CI(m_skip);
    }
}

void TestMeasureNetns::loss_everyTenthDroppedByFilter_reportedExactly()
{
    if (QStandardPaths::findExecutable(u"nft"_s, {u"/usr/sbin"_s, u"/sbin"_s}).isEmpty()) {
        MCT_SKIP_OR_FAIL_IN_CI(
                QStringLiteral("nft (nftables) is not installed: cannot drop a known share of packets"));
    }
    TwoHosts t;
    QVERIFY2(setUp(t), qPrintable(t.lab.lastError()));
    // The receiving host's own firewall drops every tenth datagram to the port, deterministically.
    const QStringList nft{u"nft"_s};
    QCOMPARE(t.lab.run(u"rx"_s, nft + QStringList{u"add"_s, u"table"_s, u"inet"_s, u"mct"_s}).exitCode, 0);
    QCOMPARE(t.lab.run(u"rx"_s,
                       nft + u"add chain inet mct in { type filter hook input priority 0 ; }"_s.split(u' '))
                     .exitCode,
             0);
    QCOMPARE(t.lab.run(u"rx"_s,
                       nft + u"add rule inet mct in udp dport 5000 numgen inc mod 10 0 drop"_s.split(u' '))
                     .exitCode,
             0);

    auto receiver = startReceiver(t, {u"-c"_s, u"1800"_s, u"-w"_s, u"20"_s, u"--quiet"_s});
    QVERIFY(receiver);
    const RunResult sent = t.lab.run(u"tx"_s,
                                     mctester({u"send"_s, u"239.7.7.7:5000"_s, u"--probe"_s, u"-c"_s,
                                               u"2000"_s, u"--rate"_s, u"2000"_s, u"--quiet"_s}),
                                     20000);
    QVERIFY2(sent.finished && sent.exitCode == 0, qPrintable(sent.describe()));
    const RunResult got = NetnsLab::finish(*receiver, 25000);
    QVERIFY2(got.finished && got.exitCode == 0, qPrintable(got.describe()));

    QString error;
    const QJsonObject summary = findJsonKey(parseJsonLines(got.stdOut, &error), u"summary"_s);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    const QJsonObject stream = onlyStream(summary);
    QCOMPARE(summary.value(u"received"_s).toInt(), 1800);
    // --quiet hands no packets to the printing thread; the count still ends the capture (the
    // sender is done after about a second), not the 20-second timeout.
    QVERIFY2(summary.value(u"duration_s"_s).toDouble() < 15, qPrintable(got.describe()));
    QCOMPARE(summary.value(u"kernel_drops"_s).toInt(), 0);
    // 200 of 2000 dropped by the filter, including sequence 0 (the first packet it saw).
    QCOMPARE(stream.value(u"lost"_s).toInt(), 200);
    QCOMPARE(stream.value(u"duplicates"_s).toInt(), 0);
    QCOMPARE(stream.value(u"planned"_s).toInt(), 2000);
}

void TestMeasureNetns::recordings_pcapCsvJsonl_holdEveryReceivedPacket()
{
    const QString tshark = QStandardPaths::findExecutable(u"tshark"_s);
    if (tshark.isEmpty()) {
        MCT_SKIP_OR_FAIL_IN_CI(
                QStringLiteral("tshark is not installed: cannot read the pcap back the way a user would"));
    }
    TwoHosts t;
    QVERIFY2(setUp(t), qPrintable(t.lab.lastError()));
    QTemporaryDir dir;
    const QString pcap = dir.filePath(u"capture.pcap"_s);
    const QString csv = dir.filePath(u"capture.csv"_s);
    const QString jsonl = dir.filePath(u"capture.jsonl"_s);

    auto receiver = startReceiver(t, {u"-c"_s, u"300"_s, u"-w"_s, u"20"_s, u"--quiet"_s, u"--pcap"_s, pcap,
                                      u"--csv"_s, csv, u"--jsonl"_s, jsonl});
    QVERIFY(receiver);
    // A payload a spreadsheet would run as a formula, and a TTL and DSCP to find again in the pcap.
    const RunResult sent = t.lab.run(
            u"tx"_s,
            mctester({u"send"_s, u"239.7.7.7:5000"_s, u"-c"_s, u"300"_s, u"--rate"_s, u"1000"_s, u"-t"_s,
                      u"9"_s, u"--dscp"_s, u"46"_s, u"-m"_s, u"=HYPERLINK(\"x\") {seq}"_s, u"--quiet"_s}),
            20000);
    QVERIFY2(sent.finished && sent.exitCode == 0, qPrintable(sent.describe()));
    const RunResult got = NetnsLab::finish(*receiver, 25000);
    QVERIFY2(got.finished && got.exitCode == 0, qPrintable(got.describe()));
    QString error;
    const QJsonObject summary = findJsonKey(parseJsonLines(got.stdOut, &error), u"summary"_s);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    const int received = summary.value(u"received"_s).toInt();
    QCOMPARE(received, 300);

    const QStringList rows =
            tsharkFields(tshark, pcap, {u"ip.ttl"_s, u"ip.dsfield.dscp"_s, u"udp.dstport"_s, u"ip.dst"_s});
    QCOMPARE(rows.size(), received);
    // --quiet shows no TTL or DSCP, so the receiver would not ask for them; a recording must still
    // get each one.
    const QString dscp = kLearnsTos ? u"46"_s : u"0"_s;
    for (const QString &row : rows) {
        QCOMPARE(row, u"9\t%1\t5000\t239.7.7.7"_s.arg(dscp));
    }

    QFile csvFile(csv);
    QVERIFY(csvFile.open(QIODevice::ReadOnly));
    const QStringList csvLines = mct::test::linesOf(csvFile.readAll());
    QCOMPARE(csvLines.size(), received + 1); // plus the header
    QVERIFY2(csvLines.at(1).contains(u"'=HYPERLINK"_s), qPrintable(csvLines.at(1)));
    QFile jsonlFile(jsonl);
    QVERIFY(jsonlFile.open(QIODevice::ReadOnly));
    const auto records = parseJsonLines(jsonlFile.readAll(), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(records.size(), received);
    QCOMPARE(records.last().value(u"payload"_s).toString(), u"=HYPERLINK(\"x\") 299"_s);
    for (const QJsonObject &record : records) {
        QCOMPARE(record.value(u"ttl"_s).toInt(-1), 9);
        QCOMPARE(record.value(u"dscp"_s).toInt(-1), kLearnsTos ? 46 : -1);
    }
}

void TestMeasureNetns::dscp_sentAs46_jsonAndPcapSay46_data()
{
    QTest::addColumn<bool>("v6");
    QTest::newRow("IPv4") << false;
    QTest::newRow("IPv6") << true;
}

void TestMeasureNetns::dscp_sentAs46_jsonAndPcapSay46()
{
    // DSCP end to end: what `send --dscp` set is what the receiver reports per packet and what its
    // recording's rebuilt IP header says (the pcap said 0 before).
    QFETCH(bool, v6);
    const QString tshark = QStandardPaths::findExecutable(u"tshark"_s);
    if (tshark.isEmpty()) {
        MCT_SKIP_OR_FAIL_IN_CI(
                QStringLiteral("tshark is not installed: cannot read the pcap back the way a user would"));
    }
    TwoHosts t;
    QVERIFY2(setUp(t), qPrintable(t.lab.lastError()));
    QTemporaryDir dir;
    const QString pcap = dir.filePath(u"dscp.pcap"_s);
    const QHostAddress group(v6 ? u"ff15::7:46"_s : u"239.7.7.46"_s);
    const QString endpoint = v6 ? u"[ff15::7:46]:5046"_s : u"239.7.7.46:5046"_s;
    constexpr int kCount = 5;

    auto receiver = t.lab.start(
            u"rx"_s, mctester({u"recv"_s, endpoint, u"-i"_s, t.link.b.interfaceName, u"--json"_s, u"-c"_s,
                               QString::number(kCount), u"-w"_s, u"15"_s, u"--pcap"_s, pcap}));
    QVERIFY2(receiver, qPrintable(t.lab.lastError()));
    QVERIFY2(t.lab.waitForMembership(u"rx"_s, group, t.link.b.interfaceName), qPrintable(t.lab.lastError()));
    const RunResult sent = t.lab.run(u"tx"_s, mctester({u"send"_s, endpoint, u"-i"_s, t.link.a.interfaceName,
                                                        u"-c"_s, QString::number(kCount), u"--interval"_s,
                                                        u"10"_s, u"--dscp"_s, u"46"_s, u"--quiet"_s}));
    QVERIFY2(sent.finished && sent.exitCode == 0, qPrintable(sent.describe()));
    const RunResult got = NetnsLab::finish(*receiver, 20000);
    QVERIFY2(got.finished && got.exitCode == 0, qPrintable(got.describe()));

    QString error;
    const QList<QJsonObject> objects = parseJsonLines(got.stdOut, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(objects.size(), qsizetype(kCount + 1)); // and the summary
    for (int i = 0; i < kCount; ++i) {
        const QJsonObject &o = objects.at(i);
        if (kLearnsTos) {
            QCOMPARE(o.value(u"dscp"_s).toInt(-1), 46);
            QCOMPARE(o.value(u"ecn"_s).toInt(-1), 0);
        } else { // unknown: left out, never a made-up 0
            QVERIFY(!o.contains(u"dscp"_s) && !o.contains(u"ecn"_s));
        }
    }

    const QStringList rows = tsharkFields(tshark, pcap, {v6 ? u"ipv6.tclass.dscp"_s : u"ip.dsfield.dscp"_s});
    QCOMPARE(rows, QStringList(kCount, kLearnsTos ? u"46"_s : u"0"_s));
}

void TestMeasureNetns::otherTools_iperf2_recognisedWithoutLoss()
{
    const QString iperf = QStandardPaths::findExecutable(u"iperf"_s);
    if (iperf.isEmpty()) {
        MCT_SKIP_OR_FAIL_IN_CI(QStringLiteral("iperf (iperf2) is not installed"));
    }
    TwoHosts t;
    QVERIFY2(setUp(t), qPrintable(t.lab.lastError()));
    auto receiver = startReceiver(t, {u"-w"_s, u"4"_s, u"--quiet"_s});
    QVERIFY(receiver);
    const RunResult sent = t.lab.run(u"tx"_s,
                                     {iperf, u"-c"_s, u"239.7.7.7"_s, u"-p"_s, u"5000"_s, u"-u"_s, u"-T"_s,
                                      u"1"_s, u"-t"_s, u"1"_s, u"-b"_s, u"500K"_s},
                                     15000);
    QVERIFY2(sent.finished && sent.exitCode == 0, qPrintable(sent.describe()));
    const RunResult got = NetnsLab::finish(*receiver, 15000);
    QVERIFY2(got.finished && got.exitCode == 0, qPrintable(got.describe()));
    QString error;
    const QJsonObject stream = onlyStream(findJsonKey(parseJsonLines(got.stdOut, &error), u"summary"_s));
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY2(!stream.isEmpty(), qPrintable(got.describe()));
    QCOMPARE(stream.value(u"format"_s).toString(), u"iperf2"_s);
    QVERIFY(stream.value(u"received"_s).toInt() >= 30);
    QCOMPARE(stream.value(u"lost"_s).toInt(), 0);
    QVERIFY(stream.contains(u"jitter_ms"_s));
}

void TestMeasureNetns::otherTools_rtpTsMcjoin_recognisedWithSequences_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("format");
    QTest::addColumn<int>("lost");
    QTest::newRow("rtp across the 16-bit wrap") << u"rtp"_s << u"rtp"_s << 0;
    QTest::newRow("mpeg-ts with a continuity gap of 3") << u"mpegts"_s << u"mpeg-ts"_s << 3;
    QTest::newRow("mcjoin counter") << u"mcjoin"_s << u"mcjoin"_s << 0;
}

void TestMeasureNetns::otherTools_rtpTsMcjoin_recognisedWithSequences()
{
    QFETCH(QString, kind);
    QFETCH(QString, format);
    QFETCH(int, lost);
    if (QStandardPaths::findExecutable(u"python3"_s).isEmpty()) {
        MCT_SKIP_OR_FAIL_IN_CI(QStringLiteral("python3 is not installed"));
    }
    TwoHosts t;
    QVERIFY2(setUp(t), qPrintable(t.lab.lastError()));
    auto receiver = startReceiver(t, {u"-c"_s, u"40"_s, u"-w"_s, u"15"_s});
    QVERIFY(receiver);
    const RunResult sent = sendFromScript(t, kind, 40);
    QVERIFY2(sent.finished && sent.exitCode == 0, qPrintable(sent.describe()));
    const RunResult got = NetnsLab::finish(*receiver, 20000);
    QVERIFY2(got.finished && got.exitCode == 0, qPrintable(got.describe()));
    QString error;
    const auto objects = parseJsonLines(got.stdOut, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    const QJsonObject stream = onlyStream(findJsonKey(objects, u"summary"_s));
    QCOMPARE(stream.value(u"format"_s).toString(), format);
    QCOMPARE(stream.value(u"received"_s).toInt(), 40);
    QCOMPARE(stream.value(u"lost"_s).toInt(), lost);
    QCOMPARE(stream.value(u"duplicates"_s).toInt(), 0);
    // Each packet line shows the recognised format, and its sequence where the format has one; the
    // first two show as plain, counted as such until the third confirmed their flow's format.
    QCOMPARE(objects.at(1).value(u"format"_s).toString(), u"plain"_s);
    const QJsonObject third = objects.at(2);
    QCOMPARE(third.value(u"format"_s).toString(), format);
    if (kind == u"rtp") {
        QCOMPARE(third.value(u"seq"_s).toInt(), 65532);
        QCOMPARE(objects.at(10).value(u"seq"_s).toInt(), 4); // wrapped
    } else if (kind == u"mcjoin") {
        QCOMPARE(objects.at(7).value(u"seq"_s).toInt(), 7);
    }
}

void TestMeasureNetns::binarySender_fullSpeed_onePlainStream_data()
{
    QTest::addColumn<QString>("kind");
    QTest::newRow("little-endian counter") << u"counter"_s;
    QTest::newRow("random bytes") << u"random"_s;
}

void TestMeasureNetns::binarySender_fullSpeed_onePlainStream()
{
    // Issue #22: such a sender was split into a thousand "rtp" streams with duplicates each.
    QFETCH(QString, kind);
    if (QStandardPaths::findExecutable(u"python3"_s).isEmpty()) {
        MCT_SKIP_OR_FAIL_IN_CI(QStringLiteral("python3 is not installed"));
    }
    TwoHosts t;
    QVERIFY2(setUp(t), qPrintable(t.lab.lastError()));
    constexpr int kCount = 100'000;
    // A buffer that holds them all: the sender does not wait for the receiver.
    auto receiver = startReceiver(
            t, {u"-c"_s, QString::number(kCount), u"-w"_s, u"60"_s, u"--quiet"_s, u"--rcvbuf"_s, u"256M"_s});
    QVERIFY(receiver);
    const RunResult sent = sendFromScript(t, kind, kCount);
    QVERIFY2(sent.finished && sent.exitCode == 0, qPrintable(sent.describe()));
    const RunResult got = NetnsLab::finish(*receiver, 60000);
    QVERIFY2(got.finished && got.exitCode == 0, qPrintable(got.describe()));
    QString error;
    const QJsonObject summary = findJsonKey(parseJsonLines(got.stdOut, &error), u"summary"_s);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(summary.value(u"received"_s).toInt(), kCount);
    QCOMPARE(summary.value(u"streams"_s).toArray().size(), 1);
    const QJsonObject stream = onlyStream(summary);
    QCOMPARE(stream.value(u"format"_s).toString(), u"plain"_s);
    QCOMPARE(stream.value(u"received"_s).toInt(), kCount);
    // A plain stream has no sequence, so no loss or duplicates: none made up from counter bytes that
    // look like a format's sequence, and no packet taken for a format's stream.
    for (const QString &key : {u"stream"_s, u"lost"_s, u"duplicates"_s}) {
        QVERIFY2(!stream.contains(key), qPrintable(key));
    }
}

QTEST_GUILESS_MAIN(TestMeasureNetns)
#include "tst_measure_netns.moc"
