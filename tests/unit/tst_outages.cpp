// Unit tests for the silences in a stream (streamstats.h): outages, their loss, streams that stop.
#include "packetjson.h"
#include "streamfeeder.h"

#include <QJsonArray>
#include <QTest>

using namespace mct::core;
using namespace mct::test;

class TestOutages final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void steadyStream_noOutage();
    void silence500msAt1000pps_oneOutageWithItsLoss();
    void silenceShorterThanTenGaps_noOutage();
    void silenceUnder50ms_noOutageEvenForAFastStream();
    void slowStream_thresholdFollowsItsGap();
    void firstGaps_learntNotJudged();
    void plainStream_outageWithoutLoss();
    void outage_reportedOnceAsEvent();
    void outageCount_listKeepsTheFirstHundred();
    void silentTwoSeconds_stoppedOnce();
    void slowStream_stoppedOnlyAfterTenGaps();
    void loneDatagram_neverStopped();
    void shortBurst_neverStopped();
    void stoppedStream_comesBack_outageAndNotStopped();
    void plannedRunSent_stoppedSaysDone();
    void summaryJson_outagesAndLongest();
    void burstyStream_framesApart_oneOutageAtStartThenOnlyABlackout();
    void rateDrop_oneOutageThenTheSlowerStreamIsLearnt();
    void leftGroup_silenceIsNoStop_rejoinedLearnsAnew();
};

namespace {

// A probe stream at `intervalMs`, sequences first..last.
void sendEvery(Feeder &f, quint64 first, quint64 last, qint64 intervalNs)
{
    for (quint64 s = first; s <= last; ++s) {
        f.send(s);
        f.setNow(f.now() - kMs + intervalNs); // send() advanced 1 ms; make it the interval
    }
}

StreamSnapshot only(const Feeder &f)
{
    const QList<StreamSnapshot> all = f.table.snapshots();
    return all.size() == 1 ? all.constFirst() : StreamSnapshot{};
}

} // namespace

void TestOutages::steadyStream_noOutage()
{
    Feeder f;
    sendEvery(f, 0, 999, kMs);
    QCOMPARE(only(f).outageCount, 0u);
    QVERIFY(only(f).outages.isEmpty());
    QVERIFY(f.table.takeEvents().empty());
}

void TestOutages::silence500msAt1000pps_oneOutageWithItsLoss()
{
    Feeder f;
    sendEvery(f, 0, 99, kMs);
    const qint64 lastBefore = f.now() - kMs;
    f.setNow(lastBefore + 500 * kMs); // packets 100..598 never arrive
    sendEvery(f, 599, 700, kMs);
    const StreamSnapshot s = only(f);
    QCOMPARE(s.outageCount, 1u);
    QCOMPARE(s.outages.size(), 1);
    QCOMPARE(s.outages.at(0).startNs, lastBefore);
    QCOMPARE(s.outages.at(0).durationNs(), 500 * kMs);
    QCOMPARE(s.outages.at(0).lost, 499);
    QCOMPARE(s.lost, 499u);
    QCOMPARE(s.maxOutageNs, 500 * kMs);
}

void TestOutages::silenceShorterThanTenGaps_noOutage()
{
    Feeder f;
    sendEvery(f, 0, 99, 10 * kMs); // 100 packets/s: an outage needs more than 100 ms
    f.setNow(f.now() + 80 * kMs);  // a 90 ms gap
    sendEvery(f, 100, 120, 10 * kMs);
    QCOMPARE(only(f).outageCount, 0u);
}

void TestOutages::silenceUnder50ms_noOutageEvenForAFastStream()
{
    Feeder f;
    sendEvery(f, 0, 999, kMs / 10); // 10,000 packets/s: ten gaps are 1 ms
    f.setNow(f.now() + 40 * kMs);
    sendEvery(f, 1000, 1100, kMs / 10);
    QCOMPARE(only(f).outageCount, 0u);
    f.setNow(f.now() + 60 * kMs);
    sendEvery(f, 1101, 1200, kMs / 10);
    QCOMPARE(only(f).outageCount, 1u);
}

void TestOutages::slowStream_thresholdFollowsItsGap()
{
    Feeder f;
    sendEvery(f, 0, 20, kSecond); // one a second: a 5 s pause is not ten gaps
    f.setNow(f.now() + 4 * kSecond);
    sendEvery(f, 21, 30, kSecond);
    QCOMPARE(only(f).outageCount, 0u);
    f.setNow(f.now() + 11 * kSecond);
    sendEvery(f, 31, 32, kSecond);
    QCOMPARE(only(f).outageCount, 1u);
    QCOMPARE(only(f).outages.at(0).durationNs(), 12 * kSecond);
}

void TestOutages::firstGaps_learntNotJudged()
{
    // Three gaps teach the usual one: a pause among the first packets is no outage.
    Feeder f;
    f.send(0);
    f.setNow(f.now() + kSecond);
    sendEvery(f, 1, 3, kMs);
    QCOMPARE(only(f).outageCount, 0u);
}

void TestOutages::plainStream_outageWithoutLoss()
{
    Feeder f(PayloadFormat::Plain);
    Recognized plain;
    for (int i = 0; i < 50; ++i) {
        f.send(plain, {});
    }
    f.setNow(f.now() + 300 * kMs);
    f.send(plain, {});
    const StreamSnapshot s = only(f);
    QCOMPARE(s.outageCount, 1u);
    QCOMPARE(s.outages.at(0).lost, -1); // unknown: the stream has no sequence numbers
    const QJsonObject json = outageToJson(s.outages.at(0));
    QVERIFY(!json.contains(QStringLiteral("lost")));
    QCOMPARE(json.value(QStringLiteral("duration_ms")).toDouble(), 301.0);
}

void TestOutages::outage_reportedOnceAsEvent()
{
    Feeder f;
    sendEvery(f, 0, 99, kMs);
    f.setNow(f.now() + 200 * kMs);
    sendEvery(f, 300, 400, kMs);
    const std::vector<StreamEvent> events = f.table.takeEvents();
    QCOMPARE(events.size(), size_t(1));
    QCOMPARE(events.at(0).kind, StreamEvent::Kind::Outage);
    QCOMPARE(events.at(0).outage.durationNs(), 201 * kMs);
    QCOMPARE(events.at(0).outage.lost, 200);
    QCOMPARE(events.at(0).key.streamId, 0x5EEDu);
    QVERIFY(f.table.takeEvents().empty()); // taken
    const QJsonObject json = streamEventToJson(events.at(0));
    QCOMPARE(json.value(QStringLiteral("event")).toString(), QStringLiteral("outage"));
    QCOMPARE(json.value(QStringLiteral("group")).toString(), QStringLiteral("239.1.2.3:5000"));
    QCOMPARE(json.value(QStringLiteral("source")).toString(), QStringLiteral("192.0.2.1:40000"));
    QCOMPARE(json.value(QStringLiteral("stream")).toInteger(), 0x5EED);
    QCOMPARE(json.value(QStringLiteral("duration_ms")).toDouble(), 201.0);
    QCOMPARE(json.value(QStringLiteral("lost")).toInteger(), 200);
    QCOMPARE(json.value(QStringLiteral("start")).toString(), QStringLiteral("2023-11-14T22:13:20.099000Z"));
    QCOMPARE(json.value(QStringLiteral("end")).toString(), QStringLiteral("2023-11-14T22:13:20.300000Z"));
}

void TestOutages::outageCount_listKeepsTheFirstHundred()
{
    Feeder f;
    quint64 sequence = 0;
    for (int outage = 0; outage < 150; ++outage) {
        // Two seconds of stream between silences: the last one is no longer how this stream goes.
        sendEvery(f, sequence, sequence + 1999, kMs);
        sequence += 2000;
        f.setNow(f.now() + (outage == 148 ? 900 : 100) * kMs);
    }
    const StreamSnapshot s = only(f);
    QCOMPARE(s.outageCount, 149u); // the last pause has not ended
    QCOMPARE(s.outages.size(), StreamSnapshot::kMaxKeptOutages);
    QCOMPARE(s.maxOutageNs, 901 * kMs); // also from past the list's end
    QCOMPARE(f.table.takeEvents().size(), size_t(149));
    const QJsonObject json = streamToJson(s);
    QCOMPARE(json.value(QStringLiteral("outages")).toArray().size(), 100);
    QCOMPARE(json.value(QStringLiteral("outage_count")).toInteger(), 149);
    QCOMPARE(json.value(QStringLiteral("max_outage_ms")).toDouble(), 901.0);
}

void TestOutages::silentTwoSeconds_stoppedOnce()
{
    Feeder f;
    sendEvery(f, 0, 99, kMs);
    const qint64 last = f.now() - kMs;
    f.table.tickRates(last + 1900 * kMs);
    QVERIFY(f.table.takeEvents().empty());
    f.table.tickRates(last + 2100 * kMs);
    const std::vector<StreamEvent> events = f.table.takeEvents();
    QCOMPARE(events.size(), size_t(1));
    QCOMPARE(events.at(0).kind, StreamEvent::Kind::Stopped);
    QCOMPARE(events.at(0).lastNs, last);
    QVERIFY(!events.at(0).plannedDone);
    QVERIFY(only(f).stopped);
    f.table.tickRates(last + 5000 * kMs);
    QVERIFY(f.table.takeEvents().empty()); // once per silence
}

void TestOutages::slowStream_stoppedOnlyAfterTenGaps()
{
    Feeder f;
    sendEvery(f, 0, 10, kSecond);
    const qint64 last = f.now() - kSecond;
    f.table.tickRates(last + 9 * kSecond);
    QVERIFY(f.table.takeEvents().empty());
    f.table.tickRates(last + 11 * kSecond);
    QCOMPARE(f.table.takeEvents().size(), size_t(1));
}

void TestOutages::loneDatagram_neverStopped()
{
    Feeder f;
    f.send(0);
    f.send(1);
    f.table.tickRates(f.now() + 60 * kSecond);
    QVERIFY(f.table.takeEvents().empty());
    QVERIFY(!only(f).stopped);
}

void TestOutages::shortBurst_neverStopped()
{
    // Four clicks of Send Once, or a test burst of ten: not a stream whose end is news.
    Feeder f;
    sendEvery(f, 0, 9, 120 * kMs);
    f.table.tickRates(f.now() + 60 * kSecond);
    QVERIFY(f.table.takeEvents().empty());
    QVERIFY(!only(f).stopped);
}

void TestOutages::stoppedStream_comesBack_outageAndNotStopped()
{
    Feeder f;
    sendEvery(f, 0, 99, kMs);
    f.table.tickRates(f.now() + 3 * kSecond);
    QCOMPARE(f.table.takeEvents().size(), size_t(1));
    f.setNow(f.now() + 4 * kSecond);
    sendEvery(f, 4100, 4110, kMs);
    const std::vector<StreamEvent> events = f.table.takeEvents();
    QCOMPARE(events.size(), size_t(1));
    QCOMPARE(events.at(0).kind, StreamEvent::Kind::Outage);
    QCOMPARE(events.at(0).outage.lost, 4000);
    QVERIFY(!only(f).stopped);
}

void TestOutages::plannedRunSent_stoppedSaysDone()
{
    Feeder f;
    for (quint64 s = 0; s < 100; ++s) {
        f.send(s, f.now() - kMs, 100);
    }
    f.table.tickRates(f.now() + 3 * kSecond);
    const std::vector<StreamEvent> events = f.table.takeEvents();
    QCOMPARE(events.size(), size_t(1));
    QVERIFY(events.at(0).plannedDone);
    QCOMPARE(events.at(0).plannedCount, 100u);
}

void TestOutages::summaryJson_outagesAndLongest()
{
    Feeder f;
    sendEvery(f, 0, 99, kMs);
    QJsonObject json = streamToJson(only(f));
    QCOMPARE(json.value(QStringLiteral("outages")).toArray().size(), 0);
    QCOMPARE(json.value(QStringLiteral("max_outage_ms")).toDouble(), 0.0);
    f.setNow(f.now() + 99 * kMs);
    sendEvery(f, 200, 210, kMs);
    json = streamToJson(only(f));
    const QJsonArray outages = json.value(QStringLiteral("outages")).toArray();
    QCOMPARE(outages.size(), 1);
    QCOMPARE(outages.at(0).toObject().value(QStringLiteral("lost")).toInteger(), 100);
    QCOMPARE(json.value(QStringLiteral("max_outage_ms")).toDouble(), 100.0);
    QCOMPARE(json.value(QStringLiteral("outage_count")).toInteger(), 1);
}

void TestOutages::burstyStream_framesApart_oneOutageAtStartThenOnlyABlackout()
{
    // Video in bursts: 20 packets back to back per frame, 10 frames a second. The end of the first
    // burst is a silence no gap has taught yet; after that, frame gaps are how the stream goes.
    Feeder f;
    quint64 sequence = 0;
    const auto frames = [&](int count) {
        for (int frame = 0; frame < count; ++frame) {
            const qint64 start = f.now();
            sendEvery(f, sequence, sequence + 19, 50'000);
            sequence += 20;
            f.setNow(start + 100 * kMs);
        }
    };
    frames(50);
    QCOMPARE(only(f).outageCount, 1u);
    f.setNow(f.now() + kSecond); // the camera's link flaps for a second
    frames(10);
    QCOMPARE(only(f).outageCount, 2u);
    QVERIFY(only(f).outages.at(1).durationNs() > kSecond);
}

void TestOutages::rateDrop_oneOutageThenTheSlowerStreamIsLearnt()
{
    Feeder f;
    sendEvery(f, 0, 499, kMs);         // 1,000 packets a second
    sendEvery(f, 500, 549, 100 * kMs); // then 10
    QCOMPARE(only(f).outageCount, 1u);
    QCOMPARE(only(f).outages.at(0).lost, 0);
}

void TestOutages::leftGroup_silenceIsNoStop_rejoinedLearnsAnew()
{
    Feeder f;
    sendEvery(f, 0, 99, kMs);
    const NetAddress group = f.record().group;
    f.table.setGroupJoined(group, 5000, false);
    f.table.tickRates(f.now() + 10 * kSecond);
    QVERIFY(f.table.takeEvents().empty()); // silent because we left: no stop
    f.table.setJoinTime(group, 5000, f.now() + 60 * kSecond);
    f.setNow(f.now() + 60 * kSecond);
    sendEvery(f, 160'000, 160'100, kMs);
    QCOMPARE(only(f).outageCount, 0u); // the time away is no outage
    f.table.tickRates(f.now() + 3 * kSecond);
    QCOMPARE(f.table.takeEvents().size(), size_t(1)); // joined again: a stop is news again
}

QTEST_GUILESS_MAIN(TestOutages)
#include "tst_outages.moc"
