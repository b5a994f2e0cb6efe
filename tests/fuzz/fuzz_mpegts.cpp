// libFuzzer target: MPEG-TS detection and continuity-counter tracking.
#include "recognize.h"
#include "streamstats.h"

#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArrayView input(reinterpret_cast<const char *>(data), qsizetype(size));
    mct::core::StreamTable table;
    mct::core::PacketRecord record;
    mct::core::Recognized r;
    r.format = mct::core::PayloadFormat::MpegTs;
    // The tracker must cope with any bytes, recognised or not.
    (void)mct::core::isMpegTs(input);
    (void)table.add(record, r, input);
    (void)table.add(record, r, input);
    return 0;
}
