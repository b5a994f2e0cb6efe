// Per-stream statistics: loss, duplicates, reordering, jitter and latency from sequence numbers.
#include "streamstats.h"

#include <cmath>

namespace mct::core {

namespace {

constexpr quint64 kWindow = 1 << 16;       // sequence numbers remembered below the highest
constexpr quint64 kRestartDistance = 1000; // a jump back farther than this to near 0 is a restart
constexpr quint64 kRestartNearZero = 16;
constexpr int kTsPacket = 188;
constexpr int kTsPids = 8192;
constexpr int kTsNullPid = 0x1FFF;
constexpr qint64 kRateIntervalNs = 1'000'000'000;
// How long after its planned time a packet that has not come counts as lost.
constexpr double kTailGraceNs = 1e9;
// Silences: an outage is longer than the greater of kSilenceGaps usual gaps and kOutageFloorNs; a
// stream silent for the greater of kSilenceGaps usual gaps and kStoppedFloorNs has stopped. Outages
// are told once kGapsLearnt gaps have taught what "usual" is (a lone packet is no stream); a stop only
// after kGapsBeforeStop, so a short burst (a few Send Once clicks) that ends is not a stream stopping.
constexpr double kSilenceGaps = 10;
constexpr qint64 kOutageFloorNs = 50'000'000;
constexpr qint64 kStoppedFloorNs = 2'000'000'000;
constexpr quint32 kGapsLearnt = 3;
constexpr quint32 kGapsBeforeStop = 10;
constexpr double kGapWeight = 1.0 / 16.0; // of the newest gap in the running mean
// A silence no longer than kRecentSilenceFactor x one seen lately is how the stream goes (video in
// bursts, a sender that slowed down), not an outage; "lately" halves every kRecentSilenceHalfLifeNs.
constexpr double kRecentSilenceFactor = 2.0;
constexpr double kRecentSilenceHalfLifeNs = 1e9;

} // namespace

size_t qHash(const StreamKey &key, size_t seed) noexcept
{
    return qHashMulti(seed, QByteArrayView(reinterpret_cast<const char *>(key.source.bytes.data()), 16),
                      QByteArrayView(reinterpret_cast<const char *>(key.group.bytes.data()), 16),
                      key.sourcePort, key.port, key.streamId, key.generation, quint8(key.format));
}

StreamTracker::StreamTracker(const StreamKey &key, PayloadFormat format)
{
    m_s.key = key;
    m_s.format = format;
}

quint64 StreamTracker::extend(quint64 sequence, int bits) const
{
    if (bits >= 64 || !m_haveSequence) {
        return sequence;
    }
    const quint64 modulus = quint64(1) << bits;
    const quint64 candidate = (m_highest & ~(modulus - 1)) | sequence;
    // Pick the unwrapped value closest to the highest seen: handles wraparound both ways.
    quint64 best = candidate;
    auto distance = [this](quint64 v) { return v > m_highest ? v - m_highest : m_highest - v; };
    if (candidate + modulus > candidate && distance(candidate + modulus) < distance(best)) {
        best = candidate + modulus;
    }
    if (candidate >= modulus && distance(candidate - modulus) < distance(best)) {
        best = candidate - modulus;
    }
    return best;
}

bool StreamTracker::looksLikeRestart(const Recognized &info) const
{
    // A restarted probe sender has a new stream id, so a low probe sequence is never a restart
    // (it is a late or duplicated packet).
    if (!m_haveSequence || !info.hasSequence || info.sequence > kRestartNearZero
        || info.format == PayloadFormat::Probe) {
        return false;
    }
    const quint64 extended = extend(info.sequence, info.sequenceBits);
    return extended < m_highest && m_highest - extended > kRestartDistance;
}

void StreamTracker::addSequence(quint64 s)
{
    auto bit = [this](quint64 v) -> quint64 & { return m_window[(v % kWindow) / 64]; };
    const auto mask = [](quint64 v) { return quint64(1) << (v % 64); };
    if (!m_haveSequence) {
        m_haveSequence = true;
        m_base = s;
        m_highest = s;
        m_unique = 1;
        m_window.assign(kWindow / 64, 0);
        bit(s) |= mask(s);
    } else if (s > m_highest) {
        if (s - m_highest >= kWindow) {
            std::fill(m_window.begin(), m_window.end(), 0);
        } else {
            for (quint64 v = m_highest + 1; v < s; ++v) {
                bit(v) &= ~mask(v);
            }
        }
        bit(s) |= mask(s);
        m_highest = s;
        ++m_unique;
    } else if (m_highest - s >= kWindow) {
        ++m_unique; // too old to tell a duplicate from a very late packet; count it as late
        ++m_s.reordered;
        m_base = std::min(m_base, s);
    } else if ((bit(s) & mask(s)) != 0 && s >= m_base) {
        ++m_s.duplicates;
    } else {
        // Late, or older than anything seen (the stream really started earlier).
        bit(s) |= mask(s);
        ++m_unique;
        ++m_s.reordered;
        m_base = std::min(m_base, s);
    }
}

double StreamTracker::sendIntervalNs() const
{
    return m_highest > m_base && m_highestSendNs > m_firstSendNs
                   ? double(m_highestSendNs - m_firstSendNs) / double(m_highest - m_base)
                   : 0.0;
}

quint64 StreamTracker::effectiveBase() const
{
    // A probe stream counts from sequence 0. If we joined before the sender could have sent
    // it, the packets below the first one we saw were lost, not missed by joining late.
    const double intervalNs = sendIntervalNs();
    if (m_base == 0 || m_s.format != PayloadFormat::Probe || m_joinTimeNs <= 0 || intervalNs <= 0) {
        return m_base;
    }
    const double estimatedStartNs = double(m_firstReceiveNs) - double(m_base) * intervalNs;
    return double(m_joinTimeNs) <= estimatedStartNs + intervalNs / 2 ? 0 : m_base;
}

void StreamTracker::fillLoss(StreamSnapshot &out) const
{
    const quint64 base = effectiveBase();
    const quint64 expected = m_highest - base + 1;
    out.lost = expected > m_unique ? expected - m_unique : 0;
    out.lostAtEnd = out.lost;
    if (out.plannedCount > base && tailDue(out.plannedCount)) {
        const quint64 plannedExpected = out.plannedCount - base;
        out.lostAtEnd = plannedExpected > m_unique ? plannedExpected - m_unique : 0;
    }
}

void StreamTracker::addTransportStream(QByteArrayView payload)
{
    if (m_continuity.empty()) {
        m_continuity.assign(kTsPids, -1);
    }
    for (qsizetype i = 0; i + kTsPacket <= payload.size(); i += kTsPacket) {
        const auto *p = reinterpret_cast<const quint8 *>(payload.data() + i);
        const int pid = ((p[1] & 0x1F) << 8) | p[2];
        const bool hasPayload = (p[3] & 0x10) != 0;
        const bool discontinuity = (p[3] & 0x20) != 0 && p[4] > 0 && (p[5] & 0x80) != 0;
        const qint8 cc = qint8(p[3] & 0x0F);
        if (pid == kTsNullPid) {
            continue;
        }
        qint8 &last = m_continuity[size_t(pid)];
        if (last >= 0 && hasPayload && !discontinuity) {
            const int expected = (last + 1) & 0x0F;
            if (cc == last) {
                ++m_s.duplicates; // one repeat is allowed by the standard; still worth showing
            } else if (cc != expected) {
                m_s.lost += quint64((cc - expected) & 0x0F);
            }
        }
        if (hasPayload || last < 0) {
            last = cc;
        }
    }
    m_s.lostAtEnd = m_s.lost;
}

qint64 StreamTracker::silenceThresholdNs(qint64 floorNs) const
{
    return std::max(floorNs, qint64(m_usualGapNs * kSilenceGaps));
}

double StreamTracker::recentSilenceNs(qint64 nowNs) const
{
    if (m_recentSilenceNs <= 0) {
        return 0;
    }
    return m_recentSilenceNs * std::exp2(-double(nowNs - m_recentSilenceAtNs) / kRecentSilenceHalfLifeNs);
}

void StreamTracker::addGap(qint64 previousNs, qint64 nowNs, qint64 lost)
{
    const qint64 gap = std::max<qint64>(0, nowNs - previousNs);
    if (m_gaps >= kGapsLearnt && gap > silenceThresholdNs(kOutageFloorNs)) [[unlikely]] {
        // Longer than the usual gap: an outage, unless the stream went this quiet lately as well.
        const double recent = recentSilenceNs(nowNs);
        m_recentSilenceNs = std::max(recent, double(gap));
        m_recentSilenceAtNs = nowNs;
        if (double(gap) <= recent * kRecentSilenceFactor) {
            return;
        }
        m_s.stopped = false;
        ++m_s.outageCount;
        m_s.maxOutageNs = std::max(m_s.maxOutageNs, gap);
        m_lastOutage = Outage{previousNs, nowNs, lost};
        m_outageEnded = true;
        if (m_s.outages.size() < StreamSnapshot::kMaxKeptOutages) {
            m_s.outages.append(m_lastOutage);
        }
        return; // an outage says nothing about the usual gap
    }
    m_usualGapNs = m_gaps == 0 ? double(gap) : m_usualGapNs + (double(gap) - m_usualGapNs) * kGapWeight;
    m_gaps = std::min(m_gaps + 1, kGapsBeforeStop);
}

bool StreamTracker::checkStopped(qint64 nowNs)
{
    if (m_s.stopped || m_s.ended || m_silenceChecksPaused || m_gaps < kGapsBeforeStop
        || nowNs - m_s.lastTimeNs <= silenceThresholdNs(kStoppedFloorNs)) {
        return false;
    }
    m_s.stopped = true;
    return true;
}

void StreamTracker::setSilenceChecksPaused(bool paused)
{
    m_silenceChecksPaused = paused;
    if (!paused) {
        m_gaps = 0; // back after a leave: the time away is no gap of the stream's
        m_recentSilenceNs = 0;
    }
}

bool StreamTracker::plannedDone() const
{
    return m_s.plannedCount > 0 && m_haveSequence && m_highest + 1 >= m_s.plannedCount;
}

void StreamTracker::add(const PacketRecord &record, const Recognized &info, QByteArrayView payload)
{
    const qint64 previousNs = m_s.lastTimeNs;
    const quint64 highestBefore = m_highest;
    const bool sequencedBefore = m_haveSequence;
    m_outageEnded = false;
    if (m_s.received == 0) {
        m_s.firstTimeNs = record.receiveTimeNs;
        m_rateTimeNs = record.receiveTimeNs;
        m_s.interfaceIndex = record.interfaceIndex;
        if (m_joinTimeNs > 0 && record.receiveTimeNs >= m_joinTimeNs) {
            m_s.joinToFirstNs = record.receiveTimeNs - m_joinTimeNs;
        }
    }
    ++m_s.received;
    m_s.bytes += record.size;
    m_s.lastTimeNs = record.receiveTimeNs;
    m_s.plannedCount = std::max<quint64>(m_s.plannedCount, info.plannedCount);

    if (info.format == PayloadFormat::MpegTs) {
        addTransportStream(payload);
    } else if (info.hasSequence) {
        if (m_s.received == 1 && info.sequence == 0 && m_s.joinToFirstNs >= 0) {
            m_s.startedAfterJoin = true;
        }
        m_s.hasSequence = true;
        const quint64 extended = extend(info.sequence, info.sequenceBits);
        if (info.sendTimeNs > 0) {
            if (!m_haveSequence) {
                m_firstSendNs = info.sendTimeNs;
                m_firstReceiveNs = record.receiveTimeNs;
            }
            if (!m_haveSequence || extended > m_highest) {
                m_highestSendNs = info.sendTimeNs;
            }
        }
        if (!m_haveSequence || extended > m_highest) {
            m_highestReceiveNs = record.receiveTimeNs;
        }
        addSequence(extended);
    }
    if (m_s.received > 1) {
        // Lost in a silence: the sequence numbers skipped over it (those of a stream that has them).
        const qint64 lost = !sequencedBefore            ? -1
                            : m_highest > highestBefore ? qint64(m_highest - highestBefore - 1)
                                                        : 0;
        addGap(previousNs, record.receiveTimeNs, lost);
    }

    if (info.sendTimeNs > 0) {
        // In nanoseconds here; snapshot() makes the milliseconds (no divisions per packet).
        const qint64 transit = record.receiveTimeNs - info.sendTimeNs;
        if (m_haveTransit) {
            // RFC 3550 section 6.4.1: J += (|D| - J) / 16
            const double d = std::abs(double(transit - m_lastTransitNs));
            m_jitterNs += (d - m_jitterNs) * (1.0 / 16.0);
            m_latencyMinNs = std::min(m_latencyMinNs, transit);
            m_latencyMaxNs = std::max(m_latencyMaxNs, transit);
        } else {
            m_latencyMinNs = transit;
            m_latencyMaxNs = transit;
        }
        m_lastTransitNs = transit;
        m_haveTransit = true;
        m_latencySumNs += double(transit);
        ++m_latencyCount;
    }
}

bool StreamTracker::tailDue(quint64 plannedCount) const
{
    // The packets after the highest one seen count as lost only once they should have arrived: a
    // stream still being sent, or a capture that stopped early (-c), has not lost them.
    const quint64 last = plannedCount - 1;
    if (m_highest >= last) {
        return true;
    }
    const double dueNs =
            double(m_highestReceiveNs) + double(last - m_highest) * sendIntervalNs() + kTailGraceNs;
    return double(std::max(m_s.lastTimeNs, m_clockNs)) >= dueNs;
}

void StreamTracker::discount(quint64 packets, quint64 bytes)
{
    m_s.received -= std::min(packets, m_s.received);
    m_s.bytes -= std::min(bytes, m_s.bytes);
    // The rates subtract these: they must not pass the counts.
    m_rateReceived = std::min(m_rateReceived, m_s.received);
    m_rateBytes = std::min(m_rateBytes, m_s.bytes);
}

void StreamTracker::tickRates(qint64 nowNs)
{
    m_clockNs = std::max(m_clockNs, nowNs);
    const qint64 elapsed = nowNs - m_rateTimeNs;
    if (m_rateTimeNs == 0) {
        return;
    }
    if (elapsed < kRateIntervalNs) {
        // Before the first whole second: a rate from the gaps between the packets so far, so that a
        // new stream does not show 0 packets/s while it arrives.
        if (m_rateReceived == 0 && m_s.received >= 2 && m_s.lastTimeNs > m_s.firstTimeNs) {
            const double seconds = double(m_s.lastTimeNs - m_s.firstTimeNs) / 1e9;
            m_s.packetsPerSecond = double(m_s.received - 1) / seconds;
            m_s.bitsPerSecond =
                    double(m_s.bytes) * 8.0 * double(m_s.received - 1) / double(m_s.received) / seconds;
        }
        return;
    }
    const double seconds = double(elapsed) / 1e9;
    m_s.packetsPerSecond = double(m_s.received - m_rateReceived) / seconds;
    m_s.bitsPerSecond = double(m_s.bytes - m_rateBytes) * 8.0 / seconds;
    m_rateReceived = m_s.received;
    m_rateBytes = m_s.bytes;
    m_rateTimeNs = nowNs;
}

StreamSnapshot StreamTracker::snapshot() const
{
    StreamSnapshot out = m_s;
    out.plannedDone = plannedDone();
    if (m_haveSequence) {
        fillLoss(out);
    }
    if (m_haveTransit) {
        out.jitterMs = m_jitterNs / 1e6;
        out.hasLatency = true;
        out.latencyMinMs = double(m_latencyMinNs) / 1e6;
        out.latencyMaxMs = double(m_latencyMaxNs) / 1e6;
        out.latencyAvgMs = m_latencySumNs / double(m_latencyCount) / 1e6;
    }
    return out;
}

const StreamKey &StreamTable::add(const PacketRecord &record, const Recognized &info, QByteArrayView payload)
{
    if (m_lastIndex >= 0 && m_lastKey.sourcePort == record.sourcePort && m_lastKey.port == record.port
        && m_lastKey.streamId == info.streamId && m_lastKey.format == info.format
        && m_lastKey.source == record.source && m_lastKey.group == record.group) {
        StreamTracker &tracker = m_trackers[size_t(m_lastIndex)];
        if (!tracker.looksLikeRestart(info)) {
            tracker.add(record, info, payload);
            if (tracker.endedOutage() != nullptr) [[unlikely]] {
                noteOutage(tracker);
            }
            return m_lastKey;
        }
    }
    StreamKey key{record.source, record.group, record.sourcePort, record.port, info.streamId, 0, info.format};
    const quint32 generation = m_generation.value(key, 0);
    const StreamKey baseKey = key;
    key.generation = generation;

    auto it = m_index.constFind(key);
    if (it != m_index.cend() && m_trackers[size_t(*it)].looksLikeRestart(info)) {
        m_trackers[size_t(*it)].markEnded();
        key.generation = generation + 1;
        m_generation.insert(baseKey, key.generation);
        it = m_index.cend();
    }
    if (it == m_index.cend()) {
        m_trackers.emplace_back(key, info.format);
        for (const auto &[group, port, time] : std::as_const(m_joinTimes)) {
            if (group == record.group && port == record.port && key.generation == 0) {
                m_trackers.back().setJoinTime(time);
            }
        }
        it = m_index.insert(key, int(m_trackers.size() - 1));
    }
    m_trackers[size_t(*it)].add(record, info, payload);
    if (m_trackers[size_t(*it)].endedOutage() != nullptr) {
        noteOutage(m_trackers[size_t(*it)]);
    }
    m_lastKey = key;
    m_lastIndex = *it;
    return m_lastKey;
}

void StreamTable::discountPlain(const PacketRecord &record, quint64 packets, quint64 bytes)
{
    const StreamKey key{record.source,       record.group, record.sourcePort, record.port, 0, 0,
                        PayloadFormat::Plain};
    const auto it = m_index.constFind(key);
    if (it == m_index.cend()) {
        return;
    }
    const int index = *it;
    StreamTracker &plain = m_trackers[size_t(index)];
    plain.discount(packets, bytes);
    if (plain.received() == 0) {
        removeAt(index);
    }
}

void StreamTable::removeAt(int index)
{
    // The last tracker moves into the gap: when a flow's plain stream turns out to be a format's,
    // that stream was just added last and so takes the plain one's place in the list.
    const int last = int(m_trackers.size()) - 1;
    m_index.remove(m_trackers[size_t(index)].key());
    if (index != last) {
        m_trackers[size_t(index)] = std::move(m_trackers[size_t(last)]);
        m_index.insert(m_trackers[size_t(index)].key(), index);
    }
    m_trackers.pop_back();
    if (m_lastIndex == index) {
        m_lastIndex = -1;
    } else if (m_lastIndex == last) {
        m_lastIndex = index;
    }
}

void StreamTable::setJoinTime(const NetAddress &group, quint16 port, qint64 joinTimeNs)
{
    m_joinTimes.append({group, port, joinTimeNs});
    setGroupJoined(group, port, true);
}

void StreamTable::setGroupJoined(const NetAddress &group, quint16 port, bool joined)
{
    for (StreamTracker &t : m_trackers) {
        if (t.key().group == group && t.key().port == port) {
            t.setSilenceChecksPaused(!joined);
        }
    }
}

StreamEvent StreamTracker::event(StreamEvent::Kind kind) const
{
    StreamEvent e;
    e.kind = kind;
    e.key = m_s.key;
    e.format = m_s.format;
    e.lastNs = m_s.lastTimeNs;
    e.interfaceIndex = m_s.interfaceIndex;
    e.plannedCount = m_s.plannedCount;
    e.plannedDone = plannedDone();
    if (kind == StreamEvent::Kind::Outage) {
        e.outage = m_lastOutage;
    }
    return e;
}

void StreamTable::noteOutage(const StreamTracker &tracker)
{
    m_events.push_back(tracker.event(StreamEvent::Kind::Outage));
}

void StreamTable::tickRates(qint64 nowNs, bool checkStops)
{
    for (StreamTracker &t : m_trackers) {
        t.tickRates(nowNs);
        if (checkStops && t.checkStopped(nowNs)) {
            m_events.push_back(t.event(StreamEvent::Kind::Stopped));
        }
    }
}

std::vector<StreamEvent> StreamTable::takeEvents()
{
    std::vector<StreamEvent> out;
    out.swap(m_events);
    return out;
}

QList<StreamSnapshot> StreamTable::snapshots() const
{
    QList<StreamSnapshot> out;
    out.reserve(qsizetype(m_trackers.size()));
    for (const StreamTracker &t : m_trackers) {
        out.append(t.snapshot());
    }
    return out;
}

const StreamTracker *StreamTable::find(const StreamKey &key) const
{
    const auto it = m_index.constFind(key);
    return it == m_index.cend() ? nullptr : &m_trackers[size_t(*it)];
}

void StreamTable::clear()
{
    m_index.clear();
    m_trackers.clear();
    m_generation.clear();
    m_events.clear();
    m_lastIndex = -1;
}

} // namespace mct::core
