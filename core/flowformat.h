// Decides a flow's payload format from several packets in a row, so one lucky first byte is not RTP.
#pragma once

#include "packet.h"
#include "recognize.h"

#include <QHash>

#include <array>
#include <vector>

namespace mct::core {

class StreamTable;

// Per flow (source address and port to group and port): the format its packets have shown
// consistently (the lock) and the one they are showing now (the candidate). A probe is taken from
// its first packet: magic, version and header length do not happen by chance. RTP, iperf2, mcjoin
// and MPEG-TS are weak: a quarter of random payloads start like RTP, one in 256 like a 188-byte TS
// packet. A flow takes one only once kConfirmPackets packets of a run agree: the same format (RTP:
// the same SSRC, payload type and first byte), a sequence that advanced by 1 to kMaxConfirmStep
// from the packet before (iperf2, mcjoin, RTP), kConfirmTsCells sync bytes in all (MPEG-TS). Until
// then its packets count as plain; when it does, they move from the flow's plain stream to the
// format's, so a real stream leaves no stray plain one and counts no false loss.
// After that, packets of the locked format (RTP: of its SSRC) take it from their first byte on;
// any other packet counts as plain, and a new format or SSRC confirms the same way.
class FlowFormats final
{
public:
    static constexpr int kConfirmPackets = 3;
    static constexpr int kConfirmTsCells = 8;
    static constexpr quint64 kMaxConfirmStep = 16; // a few packets lost while confirming still agree
    // Hostile input (spoofed sources) must not grow the table without bound: past this many flows it
    // starts afresh (about 6 MB at most). Every flow then confirms its format again; its packets
    // meanwhile count as plain and are moved to its stream when it does, so the counts stay right.
    static constexpr qsizetype kMaxFlows = 16384;

    // The datagram's format as its flow has shown it; plain (no sequence, no stream id) while a
    // weak format is still on probation. When this packet confirms a format, the flow's earlier
    // packets of it move from its plain stream in `streams` to that format's stream, before this
    // packet is added there by the caller.
    [[nodiscard]] Recognized recognize(const PacketRecord &record, QByteArrayView payload,
                                       StreamTable &streams);
    [[nodiscard]] qsizetype flowCount() const { return qsizetype(m_flows.size()); }
    void clear();

private:
    struct FlowKey
    {
        NetAddress source;
        NetAddress group;
        quint16 sourcePort = 0;
        quint16 port = 0;

        [[nodiscard]] bool matches(const PacketRecord &r) const
        {
            return sourcePort == r.sourcePort && port == r.port && source == r.source && group == r.group;
        }
        friend bool operator==(const FlowKey &a, const FlowKey &b)
        {
            return a.source == b.source && a.group == b.group && a.sourcePort == b.sourcePort
                   && a.port == b.port;
        }
        friend size_t qHash(const FlowKey &key, size_t seed = 0) noexcept
        {
            return qHashMulti(seed,
                              QByteArrayView(reinterpret_cast<const char *>(key.source.bytes.data()), 16),
                              QByteArrayView(reinterpret_cast<const char *>(key.group.bytes.data()), 16),
                              key.source.v6, key.sourcePort, key.port);
        }
    };
    // What must stay the same from packet to packet for a weak format to be believed.
    struct Signature
    {
        quint64 sequence = 0;
        quint32 streamId = 0; // RTP SSRC
        PayloadFormat format = PayloadFormat::Plain;
        quint8 firstByte = 0;   // RTP: version, padding, extension, CSRC count
        quint8 payloadType = 0; // RTP
        quint8 sequenceBits = 64;
        bool hasSequence = false;

        // Once locked: the format (RTP: of this SSRC). Only the SSRC, as an RTP stream may change its
        // payload type (RFC 4733 events share it) or set padding, an extension or CSRCs on some
        // packets; its loss is the stream's to count.
        [[nodiscard]] bool accepts(const Recognized &info) const
        {
            return info.format == format && (format != PayloadFormat::Rtp || info.streamId == streamId);
        }
        [[nodiscard]] bool sameSender(const Signature &next) const; // on probation: the same run
        [[nodiscard]] bool advancedBy(const Signature &next) const; // ... and it agrees
    };
    // A packet counted as plain while its flow's format was on probation.
    struct Probation
    {
        qint64 receiveTimeNs = 0;
        qint64 sendTimeNs = 0;
        quint64 sequence = 0;
        quint32 size = 0;
    };
    // An MPEG-TS flow of one cell per datagram needs the most packets to confirm; a run that
    // fills this without confirming starts again.
    static constexpr int kMaxHeld = kConfirmTsCells - 1;
    struct Flow
    {
        Signature locked; // format Plain: none yet
        Signature candidate;
        int held = 0;     // packets of the candidate's run, counted as plain, in probation
        int agreeing = 0; // packets of the run that agree (a reordered or repeated one does not)
        int cells = 0;    // MPEG-TS cells in the run
        std::array<Probation, kMaxHeld> probation{};
    };

    [[nodiscard]] static Signature signatureOf(const Recognized &info, QByteArrayView payload);
    // The flow's position in m_flows; -1 when it has none and create is false.
    int lookup(const PacketRecord &record, bool create);
    // Advances the flow's candidate with this packet; true when it confirms it.
    static bool onProbation(Flow &flow, const Signature &next, const PacketRecord &record,
                            const Recognized &info, QByteArrayView payload);
    static void confirm(Flow &flow, const PacketRecord &record, const Recognized &info, StreamTable &streams);

    QHash<FlowKey, int> m_index; // flows with a lock or a candidate -> position in m_flows
    std::vector<Flow> m_flows;
    // The flow of the previous packet (most packets come from the same flow as the one before),
    // and its position, -1 when it is not in the table: spares the hash lookup.
    FlowKey m_lastKey;
    int m_lastIndex = -1;
    bool m_haveLast = false;
};

} // namespace mct::core
