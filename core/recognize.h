// Recognises the payload formats other multicast tools send, so their streams can be measured.
#pragma once

#include "packet.h"

#include <QByteArrayView>
#include <QString>

namespace mct::core {

struct Recognized
{
    PayloadFormat format = PayloadFormat::Plain;
    bool hasSequence = false;
    quint64 sequence = 0;
    int sequenceBits = 64;       // 16 for RTP, 32 for iperf2: where the counter wraps
    qint64 sendTimeNs = 0;       // 0 when the format carries no send time
    quint32 streamId = 0;        // probe stream id or RTP SSRC
    quint32 plannedCount = 0;    // probe only
    bool replyRequested = false; // probe only
    quint32 userPayloadOffset = 0;
};

// Looks at the first bytes only; never reads past datagram.size(). receiveTimeNs lets the
// iperf2 check refuse timestamps that cannot be real.
[[nodiscard]] Recognized recognize(QByteArrayView datagram, qint64 receiveTimeNs);

// The single-format recognisers behind recognize(), each bounds-checked on its own; they write to
// out only when they accept the datagram.
[[nodiscard]] bool isMpegTs(QByteArrayView datagram);
bool recognizeRtp(QByteArrayView datagram, Recognized &out);
bool recognizeIperf2(QByteArrayView datagram, qint64 receiveTimeNs, Recognized &out);
bool recognizeMcJoin(QByteArrayView datagram, Recognized &out);

// True when the bytes are valid UTF-8 without control characters other than tab/CR/LF.
[[nodiscard]] bool isPrintableText(QByteArrayView bytes);

// C0 and C1 control characters and DEL: what can steer a terminal.
[[nodiscard]] constexpr bool isControlCharacter(char32_t c)
{
    return c < 0x20 || c == 0x7F || (c >= 0x80 && c <= 0x9F);
}

// Makes decoded text safe to show on one line, in a terminal or a widget: control characters
// become \n, \r, \t or \xNN, characters that reorder or hide text ("Trojan Source": U+202E and
// the like) become \u{202E}. With escapeBackslash, a backslash is doubled too, so the line reads back
// unambiguously (the command line's text output).
[[nodiscard]] QString escapeControls(QStringView text, bool escapeBackslash = false);

} // namespace mct::core
