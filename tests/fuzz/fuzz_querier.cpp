// libFuzzer target: IGMP and MLD query parsing, which reads whatever a raw socket hears.
#include "querier.h"

#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArrayView input(reinterpret_cast<const char *>(data), qsizetype(size));
    if (const auto q = mct::core::parseIgmpQuery(input)) {
        // Only the three lengths RFC 3376 allows, and what they can say.
        const bool v3 = size >= 12;
        if ((size != 8 && !v3) || q->version < 1 || q->version > 3 || (q->version == 3) != v3
            || q->maxResponseMs < 0 || q->maxResponseMs > 3'174'400 || q->intervalS > 31744
            || q->robustness > 7) {
            std::abort();
        }
    }
    if (const auto q = mct::core::parseMldQuery(input)) {
        const bool v2 = size >= 28;
        if ((size != 24 && !v2) || (q->version == 2) != v2 || !q->ipv6 || q->maxResponseMs < 0
            || q->maxResponseMs > 8'387'584 || q->intervalS > 31744 || q->robustness > 7) {
            std::abort();
        }
    }
    return 0;
}
