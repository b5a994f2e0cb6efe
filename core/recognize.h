// Recognises the payload formats other multicast tools send, so their streams can be measured.
#pragma once

#include "packet.h"

#include <QByteArrayView>

namespace mct::core {

struct Recognized
{
    PayloadFormat format = PayloadFormat::Plain;
    bool hasSequence = false;
    quint64 sequence = 0;
    int sequenceBits = 64;        // 16 for RTP, 32 for iperf2: where the counter wraps
    qint64 sendTimeNs = 0;        // 0 when the format carries no send time
    quint32 streamId = 0;         // probe stream id or RTP SSRC
    quint32 plannedCount = 0;     // probe only
    bool replyRequested = false;  // probe only
    quint32 userPayloadOffset = 0;
};

// Looks at the first bytes only; never reads past datagram.size(). receiveTimeNs lets the
// iperf2 check refuse timestamps that cannot be real.
[[nodiscard]] Recognized recognize(QByteArrayView datagram, qint64 receiveTimeNs);

// The single-format recognisers behind recognize(), each bounds-checked on its own.
[[nodiscard]] bool isMpegTs(QByteArrayView datagram);
bool recognizeRtp(QByteArrayView datagram, Recognized &out);
bool recognizeIperf2(QByteArrayView datagram, qint64 receiveTimeNs, Recognized &out);
bool recognizeMcJoin(QByteArrayView datagram, Recognized &out);

// True when the bytes are valid UTF-8 without control characters other than tab/CR/LF.
[[nodiscard]] bool isPrintableText(QByteArrayView bytes);

} // namespace mct::core
