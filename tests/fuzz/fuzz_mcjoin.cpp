// libFuzzer target: the mcjoin text counter recogniser, checked against the text and by writing
// the counter back the way mcjoin does.
#include "recognize.h"

#include <cstdint>
#include <cstdlib>

namespace {

constexpr QByteArrayView kPrefix("count: ");

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArrayView input(reinterpret_cast<const char *>(data), qsizetype(size));
    mct::core::Recognized r;
    const bool accepted = mct::core::recognizeMcJoin(input, r);

    // "count: " and its digits (up to 20, what a 64-bit counter needs), whatever follows.
    qsizetype digits = 0;
    while (input.startsWith(kPrefix) && kPrefix.size() + digits < input.size() && digits < 20
           && input[kPrefix.size() + digits] >= '0' && input[kPrefix.size() + digits] <= '9') {
        ++digits;
    }
    if (accepted != (digits > 0)) {
        std::abort();
    }
    if (!accepted) {
        return 0;
    }
    if (r.format != mct::core::PayloadFormat::McJoin || !r.hasSequence || r.userPayloadOffset != 0) {
        std::abort();
    }
    bool fits = false;
    const quint64 value = input.sliced(kPrefix.size(), digits).toULongLong(&fits);
    if (fits && r.sequence != value) {
        std::abort();
    }
    // Written back as mcjoin writes it, the counter reads the same.
    mct::core::Recognized again;
    const QByteArray text = kPrefix.toByteArray() + QByteArray::number(r.sequence);
    if (!mct::core::recognizeMcJoin(text, again) || again.sequence != r.sequence) {
        std::abort();
    }
    return 0;
}
