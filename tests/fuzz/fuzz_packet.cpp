// libFuzzer target: the whole per-packet path: recognise, count, format as JSON and text.
#include "packetjson.h"
#include "recognize.h"
#include "streamstats.h"

#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    mct::core::PacketBatch batch;
    batch.arena = QByteArray(reinterpret_cast<const char *>(data), qsizetype(size));
    mct::core::PacketRecord record;
    record.size = quint32(size);
    record.storedLength = quint32(size);
    record.receiveTimeNs = 1'795'000'000'000'000'000LL;
    const mct::core::Recognized info = mct::core::recognize(batch.arena, record.receiveTimeNs);
    record.format = info.format;
    record.hasSequence = info.hasSequence;
    record.sequence = info.sequence;
    record.userPayloadOffset = std::min(info.userPayloadOffset, record.storedLength);
    mct::core::StreamTable table;
    (void)table.add(record, info, batch.arena);
    (void)mct::core::packetToJson(batch, record);
    (void)mct::core::packetToTextLine(batch, record);
    return 0;
}
