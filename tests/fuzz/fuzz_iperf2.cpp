// libFuzzer target: the iperf2 UDP header recogniser.
#include "recognize.h"

#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArrayView input(reinterpret_cast<const char *>(data), qsizetype(size));
    mct::core::Recognized r;
    // A fixed "now" (2026-11-21) so seeds with timestamps near it are recognised.
    if (mct::core::recognizeIperf2(input, 1'795'000'000'000'000'000LL, r) && r.userPayloadOffset > size) {
        std::abort();
    }
    return 0;
}
