// Packet batches built in tests the way the receiver hands them over.
#pragma once

#include "packet.h"

namespace mct::test {

// Appends one datagram received whole: its payload goes to the end of the batch's arena and the
// record points at it (payloadOffset, storedLength and size are set here; the rest is the caller's).
inline void appendPacket(core::PacketBatch &batch, core::PacketRecord record, QByteArrayView payload)
{
    record.payloadOffset = quint32(batch.arena.size());
    record.storedLength = quint32(payload.size());
    record.size = record.storedLength;
    batch.arena.append(payload);
    batch.records.append(record);
}

} // namespace mct::test
