// Per-stream statistics: loss, duplicates, reordering, jitter and latency from sequence numbers.
#pragma once

#include "packet.h"
#include "recognize.h"

#include <QHash>
#include <QList>
#include <QMetaType>

#include <vector>

namespace mct::core {

// Identifies a stream: who sent it, to which group and port, what it carries and (for probes and
// RTP) which run. The format keeps a flow's plain packets apart from its iperf2 or mcjoin stream,
// which have no stream id either.
struct StreamKey
{
    NetAddress source;
    NetAddress group;
    quint16 sourcePort = 0;
    quint16 port = 0;
    quint32 streamId = 0;
    quint32 generation = 0; // counts sender restarts detected from the sequence
    PayloadFormat format = PayloadFormat::Plain;

    friend bool operator==(const StreamKey &a, const StreamKey &b)
    {
        return a.source == b.source && a.group == b.group && a.sourcePort == b.sourcePort && a.port == b.port
               && a.streamId == b.streamId && a.generation == b.generation && a.format == b.format;
    }
};
size_t qHash(const StreamKey &key, size_t seed = 0) noexcept;

// A silence in a stream longer than the greater of 10 of its usual gaps between packets and 50 ms.
struct Outage
{
    qint64 startNs = 0; // the last packet before the silence (wall clock)
    qint64 endNs = 0;   // the first packet after it
    qint64 lost = -1;   // packets missing in it by the sequence numbers, -1 when the stream has none

    [[nodiscard]] qint64 durationNs() const { return endNs - startNs; }
    friend bool operator==(const Outage &, const Outage &) = default;
};

// A snapshot of one stream, cheap to copy across threads.
struct StreamSnapshot
{
    StreamKey key;
    PayloadFormat format = PayloadFormat::Plain;
    quint64 received = 0;
    quint64 bytes = 0;
    quint64 lost = 0; // gaps in the sequence so far (with a planned count: also the missing tail)
    quint64 duplicates = 0;
    quint64 reordered = 0; // arrived after a higher sequence number
    quint64 plannedCount = 0;
    quint64 lostAtEnd = 0; // with a planned count: also every packet that never came, once it is
                           // overdue (a second past when it should have arrived)
    qint64 firstTimeNs = 0;
    qint64 lastTimeNs = 0;
    qint64 joinToFirstNs = -1; // time from join to the first packet, -1 when unknown
    // Its first packet here was its sender's first (sequence 0): joinToFirstNs is the wait for the
    // sender to begin, not how long the join took.
    bool startedAfterJoin = false;
    double packetsPerSecond = 0;
    double bitsPerSecond = 0;
    double jitterMs = -1;    // RFC 3550 interarrival jitter, -1 without send times
    double latencyMinMs = 0; // one-way; depends on the clocks being in sync
    double latencyAvgMs = 0;
    double latencyMaxMs = 0;
    bool hasLatency = false;
    bool hasSequence = false;
    bool ended = false; // replaced by a restarted stream
    // Silences (see Outage): the first kMaxKeptOutages of them, how many in all, the longest.
    static constexpr qsizetype kMaxKeptOutages = 100;
    QList<Outage> outages;
    quint64 outageCount = 0;
    qint64 maxOutageNs = 0;
    bool stopped = false;     // silent for the greater of 2 s and 10 usual gaps, and not back yet
    bool plannedDone = false; // the sender's planned count has been received up to its last
    int interfaceIndex = 0;   // where its first packet came in
};

// Something that happened to a stream, reported as it happens (see StreamTable::takeEvents).
struct StreamEvent
{
    enum class Kind : quint8 {
        Outage, // the stream came back after a silence
        Stopped // the stream has been silent for the greater of 2 s and 10 of its usual gaps
    };
    Kind kind = Kind::Outage;
    StreamKey key;
    PayloadFormat format = PayloadFormat::Plain;
    Outage outage;          // Outage
    qint64 lastNs = 0;      // Stopped: when its last packet arrived
    int interfaceIndex = 0; // where the stream comes in
    quint64 plannedCount = 0;
    bool plannedDone = false; // Stopped: the sender's planned count has been sent
    QString cause;            // Stopped: the likely cause, filled in by the receiver
};

// Tracks one stream's sequence numbers; fed on the receiver's thread.
class StreamTracker final
{
public:
    explicit StreamTracker(const StreamKey &key, PayloadFormat format);

    void add(const PacketRecord &record, const Recognized &info, QByteArrayView payload);
    // True when the sequence jumped far back to near zero: the sender restarted.
    [[nodiscard]] bool looksLikeRestart(const Recognized &info) const;
    void setJoinTime(qint64 joinTimeNs) { m_joinTimeNs = joinTimeNs; }
    // Called a few times per second: updates the rates over the last interval, and tells the time
    // by which the planned tail of a stream counts as lost.
    void tickRates(qint64 nowNs);
    void markEnded() { m_s.ended = true; }
    // Takes packets back out of a stream without sequence numbers: a flow's plain stream whose
    // last packets turned out to be a format's (see flowformat.h).
    void discount(quint64 packets, quint64 bytes);
    [[nodiscard]] const StreamKey &key() const { return m_s.key; }
    [[nodiscard]] quint64 received() const { return m_s.received; }
    [[nodiscard]] StreamSnapshot snapshot() const;
    // The outage that the last add() ended, if it ended one.
    [[nodiscard]] const Outage *endedOutage() const { return m_outageEnded ? &m_lastOutage : nullptr; }
    // True (once per silence) when the stream has been silent long enough to count as stopped.
    bool checkStopped(qint64 nowNs);
    [[nodiscard]] bool plannedDone() const;
    // While its group is left, a stream's silence is no stop; joined again, it learns its gaps anew.
    void setSilenceChecksPaused(bool paused);
    [[nodiscard]] StreamEvent event(StreamEvent::Kind kind) const;

private:
    quint64 extend(quint64 sequence, int bits) const;
    void addSequence(quint64 extended);
    void fillLoss(StreamSnapshot &out) const; // loss from the sequence numbers seen
    // Whether the planned packets after the highest one seen should have arrived by now.
    [[nodiscard]] bool tailDue(quint64 plannedCount) const;
    [[nodiscard]] quint64 effectiveBase() const;
    // The sender's interval between sequence numbers from the probes' send times, 0 when unknown.
    [[nodiscard]] double sendIntervalNs() const;
    void addTransportStream(QByteArrayView payload);
    // Learns the usual gap between packets, or records an outage when this one is far longer.
    void addGap(qint64 previousNs, qint64 nowNs, qint64 lost);
    [[nodiscard]] qint64 silenceThresholdNs(qint64 floorNs) const;
    [[nodiscard]] double recentSilenceNs(qint64 nowNs) const; // the longest silence lately, decayed

    StreamSnapshot m_s;
    qint64 m_joinTimeNs = 0;
    bool m_haveSequence = false;
    quint64 m_base = 0;
    quint64 m_highest = 0;
    quint64 m_unique = 0;
    std::vector<quint64> m_window; // bitmap of the last kWindow sequence numbers below m_highest
    double m_jitterNs = 0;
    qint64 m_lastTransitNs = 0;
    bool m_haveTransit = false;
    qint64 m_latencyMinNs = 0;
    qint64 m_latencyMaxNs = 0;
    double m_latencySumNs = 0;
    quint64 m_latencyCount = 0;
    // For probes: when the first and the highest sequence were sent (sender's clock) and when
    // the first arrived (ours), to tell whether we were listening before sequence 0 was sent.
    qint64 m_firstSendNs = 0;
    qint64 m_firstReceiveNs = 0;
    qint64 m_highestSendNs = 0;
    qint64 m_highestReceiveNs = 0; // when the highest sequence arrived (our clock)
    qint64 m_clockNs = 0;          // the latest time tickRates() was given
    qint64 m_rateTimeNs = 0;
    quint64 m_rateReceived = 0;
    quint64 m_rateBytes = 0;
    std::vector<qint8> m_continuity; // MPEG-TS: last continuity counter per PID, -1 unseen
    double m_usualGapNs = 0;         // a running mean of the gaps between packets (outages left out)
    double m_recentSilenceNs = 0;    // the longest silence past the usual gap lately, at m_recentSilenceAtNs
    qint64 m_recentSilenceAtNs = 0;
    bool m_silenceChecksPaused = false; // its group was left: its silence is no stop
    quint32 m_gaps = 0;                 // gaps learnt, counted up to kGapsBeforeStop
    Outage m_lastOutage;
    bool m_outageEnded = false; // the last add() ended m_lastOutage
};

// All streams a receiver has seen.
class StreamTable final
{
public:
    // Adds the packet; returns the key of the stream it counted toward (valid until the next add:
    // a reference, as copying the key cost more than the rest of the lookup).
    const StreamKey &add(const PacketRecord &record, const Recognized &info, QByteArrayView payload);
    // Takes packets (bytes in all) back out of the plain stream of the record's flow, where they were
    // counted before the flow showed their format (FlowFormats moves them to that format's stream);
    // a plain stream left empty goes away.
    void discountPlain(const PacketRecord &record, quint64 packets, quint64 bytes);
    void setJoinTime(const NetAddress &group, quint16 port, qint64 joinTimeNs);
    // A group left (joined false) or joined again: its streams' silence is no stop while it is left.
    void setGroupJoined(const NetAddress &group, quint16 port, bool joined);
    // Also notes the streams that have stopped since the last call (see takeEvents()), unless
    // checkStops is false: datagrams left unread meanwhile would make a stream look silent.
    void tickRates(qint64 nowNs, bool checkStops = true);
    [[nodiscard]] QList<StreamSnapshot> snapshots() const;
    [[nodiscard]] const StreamTracker *find(const StreamKey &key) const;
    // Outages ended and streams stopped since the last call, in the order they happened.
    [[nodiscard]] std::vector<StreamEvent> takeEvents();
    void clear();

private:
    void noteOutage(const StreamTracker &tracker);
    void removeAt(int index); // the last tracker takes its place

    QHash<StreamKey, int> m_index; // key -> position in m_trackers
    std::vector<StreamTracker> m_trackers;
    QHash<StreamKey, quint32> m_generation; // key without generation -> current generation
    QList<std::tuple<NetAddress, quint16, qint64>> m_joinTimes;
    std::vector<StreamEvent> m_events;
    // The stream of the previous packet: most packets belong to the same one as the packet before,
    // and this spares the two hash lookups (a third of the receiver's own work per packet).
    StreamKey m_lastKey;  // with its current generation
    int m_lastIndex = -1; // its position in m_trackers, -1 when none
};

} // namespace mct::core

Q_DECLARE_METATYPE(mct::core::StreamSnapshot)
Q_DECLARE_METATYPE(mct::core::StreamEvent)
