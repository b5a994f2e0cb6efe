// Decides a flow's payload format from several packets in a row, so one lucky first byte is not RTP.
#include "flowformat.h"

#include "streamstats.h"

namespace mct::core {

namespace {

constexpr qsizetype kTsCell = 188;

} // namespace

bool FlowFormats::Signature::sameSender(const Signature &next) const
{
    return next.format == format && next.streamId == streamId && next.firstByte == firstByte
           && next.payloadType == payloadType;
}

bool FlowFormats::Signature::advancedBy(const Signature &next) const
{
    if (!hasSequence) {
        return true;
    }
    // A counter in a binary payload (little-endian: the low byte first) changes the first byte on
    // every packet and RTP's sequence field only every 65,536; neither advances like this.
    const quint64 mask = sequenceBits >= 64 ? ~quint64(0) : (quint64(1) << sequenceBits) - 1;
    const quint64 step = (next.sequence - sequence) & mask;
    return step >= 1 && step <= kMaxConfirmStep;
}

FlowFormats::Signature FlowFormats::signatureOf(const Recognized &info, QByteArrayView payload)
{
    Signature s;
    s.format = info.format;
    s.sequence = info.sequence;
    s.streamId = info.streamId;
    s.sequenceBits = quint8(info.sequenceBits);
    s.hasSequence = info.hasSequence;
    if (info.format == PayloadFormat::Rtp) { // recognised: at least its 12-byte header is there
        s.firstByte = quint8(payload[0]);
        s.payloadType = quint8(payload[1]) & 0x7F;
    }
    return s;
}

int FlowFormats::lookup(const PacketRecord &record, bool create)
{
    // Out of line, with the table's insertion: the caller tries the previous packet's flow itself.
    if (!m_haveLast || !m_lastKey.matches(record)) {
        m_lastKey = FlowKey{record.source, record.group, record.sourcePort, record.port};
        m_lastIndex = m_index.value(m_lastKey, -1);
        m_haveLast = true;
    }
    if (m_lastIndex >= 0 || !create) {
        return m_lastIndex;
    }
    if (qsizetype(m_flows.size()) >= kMaxFlows) {
        m_index.clear();
        m_flows.clear();
    }
    m_flows.emplace_back();
    m_lastIndex = int(m_flows.size()) - 1;
    m_index.insert(m_lastKey, m_lastIndex);
    return m_lastIndex;
}

bool FlowFormats::onProbation(Flow &flow, const Signature &next, const PacketRecord &record,
                              const Recognized &info, QByteArrayView payload)
{
    const int cells = next.format == PayloadFormat::MpegTs ? int(payload.size() / kTsCell) : 0;
    if (flow.held > 0 && flow.candidate.sameSender(next)) {
        // A reordered or repeated packet is held, so it moves with the run, but is no evidence.
        flow.agreeing += flow.candidate.advancedBy(next) ? 1 : 0;
        flow.cells = std::min(flow.cells + cells, kConfirmTsCells);
        flow.candidate = next; // with the latest sequence
        if (flow.agreeing >= kConfirmPackets
            && (next.format != PayloadFormat::MpegTs || flow.cells >= kConfirmTsCells)) {
            return true;
        }
    }
    if (flow.held == 0 || flow.held == kMaxHeld || !flow.candidate.sameSender(next)) {
        // This packet starts a new run; the packets of the one before stay plain.
        flow.held = 0;
        flow.agreeing = 1;
        flow.cells = cells;
        flow.candidate = next;
    }
    flow.probation[size_t(flow.held++)] = {record.receiveTimeNs, info.sendTimeNs, info.sequence, record.size};
    return false;
}

void FlowFormats::confirm(Flow &flow, const PacketRecord &record, const Recognized &info,
                          StreamTable &streams)
{
    flow.locked = flow.candidate;
    const int earlier = flow.held;
    flow.held = 0;
    flow.agreeing = 0;
    flow.cells = 0;
    // The packets that were counted as plain while on probation join the format's stream in the
    // order they came, with their own sequence numbers and times, so it counts no false loss, and
    // leave the plain stream (which goes away when they were all it held).
    PacketRecord moved = record;
    Recognized movedInfo = info;
    quint64 bytes = 0;
    for (int i = 0; i < earlier; ++i) {
        const Probation &p = flow.probation[size_t(i)];
        moved.receiveTimeNs = p.receiveTimeNs;
        moved.sendTimeNs = p.sendTimeNs;
        moved.sequence = p.sequence;
        moved.size = p.size;
        movedInfo.sequence = p.sequence;
        movedInfo.sendTimeNs = p.sendTimeNs;
        (void)streams.add(moved, movedInfo, {});
        bytes += p.size;
    }
    streams.discountPlain(record, quint64(earlier), bytes);
}

Recognized FlowFormats::recognize(const PacketRecord &record, QByteArrayView payload, StreamTable &streams)
{
    // One Recognized returned on every path, as in recognize(): it is built in place.
    Recognized r = mct::core::recognize(payload, record.receiveTimeNs);
    if (r.format == PayloadFormat::Probe) {
        return r; // magic, version and header length: believed from the first packet
    }
    const bool weak = r.format != PayloadFormat::Plain;
    int index = m_lastIndex; // the previous packet's flow, tried inline: most packets are of it
    if (!m_haveLast || !m_lastKey.matches(record) || (index < 0 && weak)) {
        index = lookup(record, weak);
    }
    if (index < 0) {
        return r; // plain, from a flow that has shown no format: the common case, no table entry
    }
    Flow &flow = m_flows[size_t(index)];
    if (!weak) {
        flow.held = 0; // a plain packet ends a run; its packets stay plain
        return r;
    }
    if (flow.locked.accepts(r)) { // r is weak: never accepted by a flow locked to nothing (Plain)
        return r;
    }
    if (onProbation(flow, signatureOf(r, payload), record, r, payload)) {
        confirm(flow, record, r, streams);
        return r;
    }
    r = Recognized{}; // plain until its flow confirms it
    return r;
}

void FlowFormats::clear()
{
    m_index.clear();
    m_flows.clear();
    m_haveLast = false;
    m_lastIndex = -1;
}

} // namespace mct::core
