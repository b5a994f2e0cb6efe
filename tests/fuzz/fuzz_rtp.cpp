// libFuzzer target: the RTP recogniser and 16-bit sequence tracking over a stream of inputs.
#include "recognize.h"
#include "streamstats.h"

#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArrayView input(reinterpret_cast<const char *>(data), qsizetype(size));
    mct::core::Recognized r;
    if (!mct::core::recognizeRtp(input, r)) {
        return 0;
    }
    if (r.userPayloadOffset > size) {
        std::abort();
    }
    // Feed the same header with shifted sequence numbers: wraparound paths in the tracker.
    mct::core::StreamTable table;
    mct::core::PacketRecord record;
    for (quint64 i = 0; i < 8; ++i) {
        r.sequence = (r.sequence + i * 9000) & 0xFFFF;
        record.receiveTimeNs = qint64(i);
        (void)table.add(record, r, input);
    }
    return 0;
}
