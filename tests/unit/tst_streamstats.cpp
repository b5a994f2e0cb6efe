// Unit tests for streamstats.h: loss, duplicates, reordering, wraparound, restarts, MPEG-TS, jitter, latency.
#include "streamfeeder.h"
#include "streamstats.h"

#include <QTest>

#include <set>

using namespace mct::core;
using namespace mct::test;
using namespace Qt::StringLiterals;

namespace {

QByteArray tsPacket(int pid, int cc, bool discontinuity = false)
{
    QByteArray p(188, '\xff');
    p[0] = '\x47';
    p[1] = char((pid >> 8) & 0x1F);
    p[2] = char(pid & 0xFF);
    if (discontinuity) {
        p[3] = char(0x30 | (cc & 0x0F)); // adaptation field and payload
        p[4] = '\x01';                   // adaptation field length
        p[5] = '\x80';                   // discontinuity indicator
    } else {
        p[3] = char(0x10 | (cc & 0x0F)); // payload only
    }
    return p;
}

Recognized tsInfo()
{
    Recognized info;
    info.format = PayloadFormat::MpegTs;
    return info;
}

// Sends TS packets seven to a datagram, the way IPTV senders fill a 1316-byte payload.
void sendTs(Feeder &feeder, const QList<QByteArray> &packets)
{
    for (qsizetype i = 0; i < packets.size(); i += 7) {
        QByteArray datagram;
        for (qsizetype j = i; j < std::min(i + 7, packets.size()); ++j) {
            datagram.append(packets.at(j));
        }
        feeder.send(tsInfo(), datagram);
    }
}

} // namespace

class TestStreamStats final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void inOrder_hundredPackets_noLoss();
    void dropEveryTenth_lostTen();
    void duplicates_counted_noLoss();
    void swapAdjacent_reorderedCounted_noLossAtEnd();
    void gap_countedUntilLatePacketArrives();
    void firstTwoSwapped_reorderedNoLoss();
    void duplicateOfPacketOlderThanFirst_countedAsDuplicate();

    void rtpWraparound_noLoss();
    void rtpLossAcrossWrap_counted_data();
    void rtpLossAcrossWrap_counted();
    void rtpReorderAcrossWrap_reorderedNoLoss();
    void rtpSeveralWraps_lossCountedExactly();
    void iperf2ThirtyTwoBitWrap_noLoss();

    void senderRestart_newGenerationInsteadOfHugeLoss_data();
    void senderRestart_newGenerationInsteadOfHugeLoss();
    void twoStreamsInterleaved_eachCountedOnItsOwn_restartOfOneOnly();
    void probeBackToZero_sameStreamId_lateNotRestart();
    void probeFirstPacketsLost_joinedBeforeStart_countedAsLost();
    void probeJoinedLate_missedPacketsNotCountedAsLost();
    void smallStepBack_notARestart();

    void plannedCount_tailMissing_lostAtEnd();
    void plannedCount_gapAndTailMissing_lostAtEndCountsBoth();
    void plannedCount_tailNotYetSent_notLost();
    void plannedCount_tailOverdue_lost();
    void plannedCount_allReceived_noLoss();
    void plannedCount_onlyFirstPacketReceived_lostAtEndCountsRest();

    void mpegTs_droppedPackets_lostEqualsDropped();
    void mpegTs_nullPacketsAndSecondPid_independent();
    void mpegTs_repeatedPacket_duplicate();
    void mpegTs_discontinuityIndicator_noLoss();

    void jitter_constantTransit_zero();
    void jitter_alternatingTransitOneMs_convergesToOneMs();
    void latency_fromSendTimes_minAvgMax();
    void noSendTimes_noJitterNoLatency();

    void differentSourcesAndStreamIds_separateStreams();
    void joinTime_firstPacketLater_joinToFirst();
    void joinTime_firstPacketIsSendersFirst_startedAfterJoin();
    void tickRates_beforeFirstSecond_rateFromPacketsSoFar();
    void tickRates_oneSecond_packetsAndBitsPerSecond();
    void clear_forgetsStreams();
};

void TestStreamStats::inOrder_hundredPackets_noLoss()
{
    Feeder f;
    f.sendRange(0, 99);

    const auto streams = f.table.snapshots();
    QCOMPARE(streams.size(), 1);
    const StreamSnapshot &s = streams.first();
    QCOMPARE(s.received, quint64(100));
    QCOMPARE(s.bytes, quint64(100 * kSize));
    QCOMPARE(s.lost, quint64(0));
    QCOMPARE(s.lostAtEnd, quint64(0));
    QCOMPARE(s.duplicates, quint64(0));
    QCOMPARE(s.reordered, quint64(0));
    QVERIFY(s.hasSequence);
    QVERIFY(!s.ended);
    QCOMPARE(s.format, PayloadFormat::Probe);
    QCOMPARE(s.firstTimeNs, kT0);
    QCOMPARE(s.lastTimeNs, kT0 + 99 * kMs);
}

void TestStreamStats::dropEveryTenth_lostTen()
{
    Feeder f;
    for (quint64 s = 0; s < 100; ++s) {
        if (s % 10 != 5) { // 5, 15, ..., 95: every gap lies inside the stream
            f.send(s);
        }
    }

    const StreamSnapshot s = f.table.snapshots().value(0);
    QCOMPARE(s.received, quint64(90));
    QCOMPARE(s.lost, quint64(10));
    QCOMPARE(s.lostAtEnd, quint64(10));
    QCOMPARE(s.reordered, quint64(0));
}

void TestStreamStats::duplicates_counted_noLoss()
{
    Feeder f;
    for (quint64 s = 0; s < 50; ++s) {
        f.send(s);
        if (s % 5 == 0) {
            f.send(s);
        }
    }

    const StreamSnapshot s = f.table.snapshots().value(0);
    QCOMPARE(s.received, quint64(60));
    QCOMPARE(s.duplicates, quint64(10));
    QCOMPARE(s.lost, quint64(0));
    QCOMPARE(s.reordered, quint64(0));
}

void TestStreamStats::swapAdjacent_reorderedCounted_noLossAtEnd()
{
    Feeder f;
    f.send(0);
    for (quint64 s = 1; s < 99; s += 2) {
        f.send(s + 1);
        f.send(s);
    }
    f.send(99);

    const StreamSnapshot s = f.table.snapshots().value(0);
    QCOMPARE(s.received, quint64(100));
    QCOMPARE(s.reordered, quint64(49));
    QCOMPARE(s.lost, quint64(0));
    QCOMPARE(s.duplicates, quint64(0));
}

void TestStreamStats::gap_countedUntilLatePacketArrives()
{
    Feeder f;
    f.send(0);
    const StreamKey key = f.send(2);
    const StreamTracker *tracker = f.table.find(key);
    QVERIFY(tracker);
    QCOMPARE(tracker->snapshot().lost, quint64(1));

    f.send(1);
    QCOMPARE(f.table.find(key)->snapshot().lost, quint64(0));
    QCOMPARE(f.table.find(key)->snapshot().reordered, quint64(1));
}

void TestStreamStats::firstTwoSwapped_reorderedNoLoss()
{
    // The receiver sees 1 first: 0 is older than anything seen, yet part of the stream.
    Feeder f;
    for (const quint64 s : {1, 0, 2, 3}) {
        f.send(s);
    }

    const StreamSnapshot s = f.table.snapshots().value(0);
    QCOMPARE(s.received, quint64(4));
    QCOMPARE(s.reordered, quint64(1));
    QCOMPARE(s.duplicates, quint64(0));
    QCOMPARE(s.lost, quint64(0));
}

void TestStreamStats::duplicateOfPacketOlderThanFirst_countedAsDuplicate()
{
    // 1 arrives first, then 0 (late), then 0 again (duplicate); 3 is lost.
    Feeder f;
    for (const quint64 s : {1, 0, 0, 2, 4}) {
        f.send(s);
    }

    const StreamSnapshot s = f.table.snapshots().value(0);
    QCOMPARE(s.received, quint64(5));
    // A packet below the first one seen is not marked in the window, so its duplicate counts as
    // another late packet, and the extra "unique" packet hides the loss of 3.
    QCOMPARE(s.duplicates, quint64(1));
    QCOMPARE(s.reordered, quint64(1));
    QCOMPARE(s.lost, quint64(1));
}

void TestStreamStats::rtpWraparound_noLoss()
{
    Feeder f(PayloadFormat::Rtp, 16);
    f.sendRange(65530, 65535);
    f.sendRange(0, 5);

    const auto streams = f.table.snapshots();
    QCOMPARE(streams.size(), 1); // a wrap is not a restart
    QCOMPARE(streams.first().received, quint64(12));
    QCOMPARE(streams.first().lost, quint64(0));
    QCOMPARE(streams.first().reordered, quint64(0));
    QCOMPARE(streams.first().duplicates, quint64(0));
}

void TestStreamStats::rtpLossAcrossWrap_counted_data()
{
    QTest::addColumn<QList<quint64>>("dropped");

    QTest::newRow("65535 and 0") << QList<quint64>{65535, 0};
    QTest::newRow("0 and 1") << QList<quint64>{0, 1};
    QTest::newRow("65534") << QList<quint64>{65534};
    QTest::newRow("65533 to 2") << QList<quint64>{65533, 65534, 65535, 0, 1, 2};
}

void TestStreamStats::rtpLossAcrossWrap_counted()
{
    QFETCH(QList<quint64>, dropped);

    Feeder f(PayloadFormat::Rtp, 16);
    const QList<quint64> sent{65530, 65531, 65532, 65533, 65534, 65535, 0, 1, 2, 3, 4, 5};
    for (const quint64 s : sent) {
        if (!dropped.contains(s)) {
            f.send(s);
        }
    }

    const auto streams = f.table.snapshots();
    QCOMPARE(streams.size(), 1);
    QCOMPARE(streams.first().received, quint64(sent.size() - dropped.size()));
    QCOMPARE(streams.first().lost, quint64(dropped.size()));
}

void TestStreamStats::rtpReorderAcrossWrap_reorderedNoLoss()
{
    Feeder f(PayloadFormat::Rtp, 16);
    for (const quint64 s : {65533, 65535, 0, 65534, 1}) {
        f.send(s);
    }

    const StreamSnapshot s = f.table.snapshots().value(0);
    QCOMPARE(s.received, quint64(5));
    QCOMPARE(s.reordered, quint64(1));
    QCOMPARE(s.lost, quint64(0));
}

void TestStreamStats::rtpSeveralWraps_lossCountedExactly()
{
    Feeder f(PayloadFormat::Rtp, 16);
    quint64 dropped = 0;
    for (quint64 n = 1; n <= 200'000; ++n) { // three wraps of the 16-bit counter
        if (n % 1000 == 500) {               // never the last packet: a missing tail is not a gap
            ++dropped;
            continue;
        }
        f.send(n & 0xFFFF);
    }

    const auto streams = f.table.snapshots();
    QCOMPARE(streams.size(), 1);
    QCOMPARE(streams.first().lost, dropped);
    QCOMPARE(streams.first().reordered, quint64(0));
}

void TestStreamStats::iperf2ThirtyTwoBitWrap_noLoss()
{
    Feeder f(PayloadFormat::Iperf2, 32);
    for (const quint64 s : {0xFFFFFFFDULL, 0xFFFFFFFEULL, 0xFFFFFFFFULL, 0ULL, 1ULL, 3ULL}) {
        f.send(s);
    }

    const auto streams = f.table.snapshots();
    QCOMPARE(streams.size(), 1);
    QCOMPARE(streams.first().lost, quint64(1)); // only 2 is missing
}

void TestStreamStats::senderRestart_newGenerationInsteadOfHugeLoss_data()
{
    QTest::addColumn<PayloadFormat>("format");
    QTest::addColumn<int>("bits");

    QTest::newRow("mcjoin") << PayloadFormat::McJoin << 64;
    QTest::newRow("iperf2") << PayloadFormat::Iperf2 << 32;
    QTest::newRow("rtp") << PayloadFormat::Rtp << 16;
}

void TestStreamStats::senderRestart_newGenerationInsteadOfHugeLoss()
{
    QFETCH(PayloadFormat, format);
    QFETCH(int, bits);

    Feeder f(format, bits);
    f.sendRange(0, 5000);
    const StreamKey before = f.send(5001);
    const StreamKey after = f.send(0);
    f.sendRange(1, 10);

    QCOMPARE(before.generation, quint32(0));
    QCOMPARE(after.generation, quint32(1));
    const auto streams = f.table.snapshots();
    QCOMPARE(streams.size(), 2);
    const StreamSnapshot &old = streams.at(0);
    const StreamSnapshot &restarted = streams.at(1);
    QVERIFY(old.ended);
    QCOMPARE(old.received, quint64(5002));
    QCOMPARE(old.lostAtEnd, quint64(0));
    QVERIFY(!restarted.ended);
    QCOMPARE(restarted.key.generation, quint32(1));
    QCOMPARE(restarted.received, quint64(11));
    QCOMPARE(restarted.lostAtEnd, quint64(0));
    QCOMPARE(restarted.duplicates, quint64(0));
}

void TestStreamStats::twoStreamsInterleaved_eachCountedOnItsOwn_restartOfOneOnly()
{
    // Packets of two senders alternate (the table remembers the previous packet's stream, so every
    // packet here is a switch); B loses every tenth; then A restarts from 0 while B goes on.
    Feeder f(PayloadFormat::McJoin, 64);
    const NetAddress a = NetAddress::fromIPv4(0xC0000201);
    const NetAddress b = NetAddress::fromIPv4(0xC0000202);
    for (quint64 s = 0; s < 2000; ++s) {
        f.record().source = a;
        f.send(s);
        if (s % 10 != 5) {
            f.record().source = b;
            f.send(s);
        }
    }
    for (quint64 s = 0; s < 100; ++s) {
        f.record().source = a; // two in a row from A
        f.send(2 * s);
        f.send(2 * s + 1);
        f.record().source = b;
        f.send(2000 + s);
    }
    const auto streams = f.table.snapshots();
    QCOMPARE(streams.size(), 3);
    const StreamSnapshot &a0 = streams.at(0);
    const StreamSnapshot &b0 = streams.at(1);
    const StreamSnapshot &a1 = streams.at(2);
    QCOMPARE(a0.key.source, a);
    QVERIFY(a0.ended);
    QCOMPARE(a0.received, quint64(2000));
    QCOMPARE(a0.lost, quint64(0));
    QCOMPARE(b0.key.source, b);
    QVERIFY(!b0.ended);
    QCOMPARE(b0.received, quint64(1800 + 100));
    QCOMPARE(b0.lost, quint64(200));
    QCOMPARE(a1.key.source, a);
    QCOMPARE(a1.key.generation, quint32(1));
    QCOMPARE(a1.received, quint64(200));
    QCOMPARE(a1.lost, quint64(0));
}

void TestStreamStats::probeBackToZero_sameStreamId_lateNotRestart()
{
    // A restarted probe sender picks a new stream id, so seq 0 again is a late duplicate.
    Feeder f(PayloadFormat::Probe, 64);
    f.sendRange(0, 5000);
    const StreamKey again = f.send(0);

    QCOMPARE(again.generation, quint32(0));
    const auto streams = f.table.snapshots();
    QCOMPARE(streams.size(), 1);
    QCOMPARE(streams.first().duplicates, quint64(1));
    QCOMPARE(streams.first().lostAtEnd, quint64(0));
}

void TestStreamStats::probeFirstPacketsLost_joinedBeforeStart_countedAsLost()
{
    // Joined at t0; the sender starts 5 ms later, one packet per ms; seq 0 and 1 never arrive.
    Feeder f(PayloadFormat::Probe);
    const qint64 joined = f.now();
    f.table.setJoinTime(f.record().group, f.record().port, joined);
    for (quint64 seq = 2; seq < 10; ++seq) {
        f.setNow(joined + 5 * kMs + qint64(seq) * kMs);
        f.send(seq, 1'000'000 + qint64(seq) * kMs, 10); // sender clock: far from ours
    }
    const StreamSnapshot s = f.table.snapshots().value(0);
    QCOMPARE(s.lost, quint64(2));
    QCOMPARE(s.lostAtEnd, quint64(2));
}

void TestStreamStats::probeJoinedLate_missedPacketsNotCountedAsLost()
{
    // The sender started long before we joined: the packets before seq 500 were not ours to get.
    Feeder f(PayloadFormat::Probe);
    f.setNow(1000 * kMs);
    f.table.setJoinTime(f.record().group, f.record().port, f.now());
    for (quint64 seq = 500; seq < 510; ++seq) {
        f.setNow((1000 + qint64(seq) - 499) * kMs);
        f.send(seq, 1'000'000 + qint64(seq) * kMs);
    }
    const StreamSnapshot s = f.table.snapshots().value(0);
    QCOMPARE(s.lost, quint64(0));
}

void TestStreamStats::smallStepBack_notARestart()
{
    Feeder f(PayloadFormat::McJoin);
    f.sendRange(0, 500);
    f.send(3); // a late duplicate, well within the restart distance

    const auto streams = f.table.snapshots();
    QCOMPARE(streams.size(), 1);
    QCOMPARE(streams.first().duplicates, quint64(1));
    QVERIFY(!streams.first().ended);
}

void TestStreamStats::plannedCount_tailMissing_lostAtEnd()
{
    Feeder f;
    for (quint64 s = 0; s < 90; ++s) {
        f.send(s, 0, 100);
    }
    f.table.tickRates(f.now() + 2 * kSecond); // the capture ends well after the last one was due

    const StreamSnapshot s = f.table.snapshots().value(0);
    QCOMPARE(s.plannedCount, quint64(100));
    QCOMPARE(s.received, quint64(90));
    QCOMPARE(s.lostAtEnd, quint64(10));
}

void TestStreamStats::plannedCount_tailNotYetSent_notLost()
{
    // 50 of 1,000 planned probes, 10 ms apart, and the capture stops at once (recv -c 50, or a
    // look at a stream still running): the other 950 have not been sent yet.
    Feeder f;
    f.sendTimedProbes(50, 1000);
    f.table.tickRates(f.now());

    const StreamSnapshot s = f.table.snapshots().value(0);
    QCOMPARE(s.received, quint64(50));
    QCOMPARE(s.lost, quint64(0));
    QCOMPARE(s.lostAtEnd, quint64(0));
    // Still not lost shortly before the last one is due (950 x 10 ms after the 50th).
    f.table.tickRates(f.now() + 9 * kSecond);
    QCOMPARE(f.table.snapshots().value(0).lostAtEnd, quint64(0));
}

void TestStreamStats::plannedCount_tailOverdue_lost()
{
    Feeder f;
    f.sendTimedProbes(50, 1000);
    // The sender stopped after 50: once the 1,000th is more than a second overdue, 950 are lost.
    f.table.tickRates(f.now() + 9500 * kMs + 1100 * kMs);

    const StreamSnapshot s = f.table.snapshots().value(0);
    QCOMPARE(s.lost, quint64(0));
    QCOMPARE(s.lostAtEnd, quint64(950));
}

void TestStreamStats::plannedCount_gapAndTailMissing_lostAtEndCountsBoth()
{
    Feeder f;
    for (quint64 s = 0; s < 90; ++s) {
        if (s != 50) {
            f.send(s, 0, 100);
        }
    }
    f.table.tickRates(f.now() + 2 * kSecond);

    const StreamSnapshot s = f.table.snapshots().value(0);
    QCOMPARE(s.lost, quint64(1));
    QCOMPARE(s.lostAtEnd, quint64(11));
}

void TestStreamStats::plannedCount_allReceived_noLoss()
{
    Feeder f;
    for (quint64 s = 0; s < 100; ++s) {
        f.send(s, 0, 100);
    }

    const StreamSnapshot s = f.table.snapshots().value(0);
    QCOMPARE(s.lostAtEnd, quint64(0));
    QCOMPARE(s.lost, quint64(0));
}

void TestStreamStats::plannedCount_onlyFirstPacketReceived_lostAtEndCountsRest()
{
    Feeder f;
    f.send(0, 0, 100);
    f.table.tickRates(f.now() + 2 * kSecond);

    const StreamSnapshot s = f.table.snapshots().value(0);
    QCOMPARE(s.plannedCount, quint64(100));
    QCOMPARE(s.lostAtEnd, quint64(99));
}

void TestStreamStats::mpegTs_droppedPackets_lostEqualsDropped()
{
    // 100 packets on PID 0x100 wrap the 4-bit counter six times; drops include one across a wrap.
    const std::set<int> dropped{5, 15, 16, 40, 41, 42, 77};
    QList<QByteArray> packets;
    for (int i = 0; i < 100; ++i) {
        if (dropped.count(i) == 0) {
            packets.append(tsPacket(0x100, i));
        }
    }
    Feeder f(PayloadFormat::MpegTs);
    sendTs(f, packets);

    const auto streams = f.table.snapshots();
    QCOMPARE(streams.size(), 1);
    QCOMPARE(streams.first().format, PayloadFormat::MpegTs);
    QCOMPARE(streams.first().lost, quint64(dropped.size()));
    QCOMPARE(streams.first().lostAtEnd, quint64(dropped.size()));
    QCOMPARE(streams.first().duplicates, quint64(0));
}

void TestStreamStats::mpegTs_nullPacketsAndSecondPid_independent()
{
    // Video on 0x100 loses packet 20; audio on 0x101 loses nothing; null packets carry any counter.
    QList<QByteArray> packets;
    for (int i = 0; i < 64; ++i) {
        if (i != 20) {
            packets.append(tsPacket(0x100, i));
        }
        if (i % 4 == 0) {
            packets.append(tsPacket(0x101, i / 4));
        }
        packets.append(tsPacket(0x1FFF, (i * 7) & 0x0F));
    }
    Feeder f(PayloadFormat::MpegTs);
    sendTs(f, packets);

    QCOMPARE(f.table.snapshots().value(0).lost, quint64(1));
}

void TestStreamStats::mpegTs_repeatedPacket_duplicate()
{
    QList<QByteArray> packets;
    for (int i = 0; i < 20; ++i) {
        packets.append(tsPacket(0x100, i));
        if (i == 9) {
            packets.append(tsPacket(0x100, i));
        }
    }
    Feeder f(PayloadFormat::MpegTs);
    sendTs(f, packets);

    const StreamSnapshot s = f.table.snapshots().value(0);
    QCOMPARE(s.duplicates, quint64(1));
    QCOMPARE(s.lost, quint64(0));
}

void TestStreamStats::mpegTs_discontinuityIndicator_noLoss()
{
    // The encoder restarts its counter and says so: not a loss.
    QList<QByteArray> packets;
    for (int i = 0; i < 10; ++i) {
        packets.append(tsPacket(0x100, i));
    }
    packets.append(tsPacket(0x100, 3, true));
    for (int i = 4; i < 10; ++i) {
        packets.append(tsPacket(0x100, i));
    }
    Feeder f(PayloadFormat::MpegTs);
    sendTs(f, packets);

    QCOMPARE(f.table.snapshots().value(0).lost, quint64(0));
}

void TestStreamStats::jitter_constantTransit_zero()
{
    Feeder f;
    for (quint64 s = 0; s < 100; ++s) {
        f.send(s, f.now() - 5 * kMs); // always 5 ms on the way
    }

    const StreamSnapshot s = f.table.snapshots().value(0);
    QCOMPARE(s.jitterMs, 0.0);
    QVERIFY(s.hasLatency);
    QCOMPARE(s.latencyMinMs, 5.0);
    QCOMPARE(s.latencyAvgMs, 5.0);
    QCOMPARE(s.latencyMaxMs, 5.0);
}

void TestStreamStats::jitter_alternatingTransitOneMs_convergesToOneMs()
{
    Feeder f;
    for (quint64 s = 0; s < 200; ++s) {
        f.send(s, f.now() - (s % 2 == 0 ? 5 : 6) * kMs); // transit 5, 6, 5, 6, ... ms
    }

    const StreamSnapshot s = f.table.snapshots().value(0);
    QVERIFY2(s.jitterMs > 0.95 && s.jitterMs <= 1.0, qPrintable(QString::number(s.jitterMs)));
    QCOMPARE(s.latencyMinMs, 5.0);
    QCOMPARE(s.latencyMaxMs, 6.0);
    QCOMPARE(s.latencyAvgMs, 5.5);
}

void TestStreamStats::latency_fromSendTimes_minAvgMax()
{
    Feeder f;
    f.send(0, f.now() - 4 * kMs);
    f.send(1, f.now() - 2 * kMs);
    f.send(2, f.now() - 6 * kMs);

    const StreamSnapshot s = f.table.snapshots().value(0);
    QVERIFY(s.hasLatency);
    QCOMPARE(s.latencyMinMs, 2.0);
    QCOMPARE(s.latencyAvgMs, 4.0);
    QCOMPARE(s.latencyMaxMs, 6.0);
    // |D| = 2 then 4: J = 2/16, then J += (4 - J)/16
    const double j1 = 2.0 / 16;
    QVERIFY(qFuzzyCompare(s.jitterMs, j1 + (4.0 - j1) / 16));
}

void TestStreamStats::noSendTimes_noJitterNoLatency()
{
    Feeder f(PayloadFormat::McJoin);
    f.sendRange(0, 9);

    const StreamSnapshot s = f.table.snapshots().value(0);
    QCOMPARE(s.jitterMs, -1.0);
    QVERIFY(!s.hasLatency);
}

void TestStreamStats::differentSourcesAndStreamIds_separateStreams()
{
    StreamTable table;
    PacketRecord record;
    record.group = NetAddress::fromIPv4(0xEF010203);
    record.port = 5000;
    record.sourcePort = 40000;
    record.size = kSize;
    Recognized info;
    info.format = PayloadFormat::Probe;
    info.hasSequence = true;

    QSet<quint32> streamIds;
    for (const quint32 source : {0xC0000201U, 0xC0000202U}) {
        for (const quint32 streamId : {1U, 2U}) {
            record.source = NetAddress::fromIPv4(source);
            info.streamId = streamId;
            for (quint64 s = 0; s < 10; ++s) {
                record.receiveTimeNs = kT0 + qint64(s) * kMs;
                info.sequence = s;
                const StreamKey key = table.add(record, info, {});
                QCOMPARE(key.source, record.source);
                QCOMPARE(key.streamId, streamId);
            }
        }
    }
    const auto streams = table.snapshots();
    QCOMPARE(streams.size(), 4);
    for (const StreamSnapshot &s : streams) {
        QCOMPARE(s.received, quint64(10));
        QCOMPARE(s.lost, quint64(0));
    }
}

void TestStreamStats::joinTime_firstPacketLater_joinToFirst()
{
    Feeder f;
    f.table.setJoinTime(f.record().group, f.record().port, kT0 - 250 * kMs);
    f.send(0);

    QCOMPARE(f.table.snapshots().value(0).joinToFirstNs, 250 * kMs);
}

void TestStreamStats::joinTime_firstPacketIsSendersFirst_startedAfterJoin()
{
    // Its sender's very first packet (sequence 0) came after the join: the wait was for the sender.
    Feeder began;
    began.table.setJoinTime(began.record().group, began.record().port, kT0 - 250 * kMs);
    began.send(0);
    QVERIFY(began.table.snapshots().value(0).startedAfterJoin);

    // Joined while the stream ran (its first packet here is its 41st): the join's own delay.
    Feeder running;
    running.table.setJoinTime(running.record().group, running.record().port, kT0 - 250 * kMs);
    running.send(40);
    const StreamSnapshot s = running.table.snapshots().value(0);
    QVERIFY(s.joinToFirstNs >= 0);
    QVERIFY(!s.startedAfterJoin);
}

void TestStreamStats::tickRates_beforeFirstSecond_rateFromPacketsSoFar()
{
    // A quarter of a second into a stream of 1,000 packets/s, the rate is known (it read 0.0 until a
    // whole second had passed).
    Feeder f;
    f.sendRange(0, 99); // from kT0 to kT0 + 99 ms
    f.table.tickRates(kT0 + 250 * kMs);
    const StreamSnapshot s = f.table.snapshots().value(0);
    QCOMPARE(qRound(s.packetsPerSecond), 1000);
    QVERIFY(s.bitsPerSecond > 0);
}

void TestStreamStats::tickRates_oneSecond_packetsAndBitsPerSecond()
{
    Feeder f;
    f.sendRange(0, 99); // 100 packets of 100 bytes from kT0 to kT0 + 99 ms
    f.table.tickRates(kT0 + 1000 * kMs);

    const StreamSnapshot s = f.table.snapshots().value(0);
    QCOMPARE(s.packetsPerSecond, 100.0);
    QCOMPARE(s.bitsPerSecond, 100.0 * kSize * 8);

    f.table.tickRates(kT0 + 2000 * kMs); // nothing arrived in the second second
    QCOMPARE(f.table.snapshots().value(0).packetsPerSecond, 0.0);
}

void TestStreamStats::clear_forgetsStreams()
{
    Feeder f;
    f.sendRange(0, 9);
    const StreamKey key = f.send(10);
    QVERIFY(f.table.find(key));

    f.table.clear();
    QVERIFY(f.table.snapshots().isEmpty());
    QVERIFY(!f.table.find(key));
    f.send(11);
    QCOMPARE(f.table.snapshots().value(0).received, quint64(1));
}

QTEST_GUILESS_MAIN(TestStreamStats)
#include "tst_streamstats.moc"
