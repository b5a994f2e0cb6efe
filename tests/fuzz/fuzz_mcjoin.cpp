// libFuzzer target: the mcjoin text counter recogniser.
#include "recognize.h"

#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    mct::core::Recognized r;
    (void)mct::core::recognizeMcJoin(QByteArrayView(reinterpret_cast<const char *>(data), qsizetype(size)),
                                     r);
    return 0;
}
