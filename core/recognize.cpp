// Recognises the payload formats other multicast tools send, so their streams can be measured.
#include "recognize.h"

#include "probe.h"

#include <QStringDecoder>
#include <QtEndian>

namespace mct::core {

namespace {

constexpr int kTsPacketSize = 188;
constexpr qint64 kNsPerSecond = 1'000'000'000;
// iperf2 stamps the sender's clock; farther than this from ours is not a timestamp.
constexpr qint64 kIperfClockWindowSeconds = 7 * 86400;

} // namespace

bool isMpegTs(QByteArrayView d)
{
    if (d.isEmpty() || d.size() % kTsPacketSize != 0) {
        return false;
    }
    for (qsizetype i = 0; i < d.size(); i += kTsPacketSize) {
        if (quint8(d[i]) != 0x47) {
            return false;
        }
    }
    return true;
}

bool recognizeRtp(QByteArrayView d, Recognized &r)
{
    constexpr int kFixedHeader = 12;
    if (d.size() < kFixedHeader) {
        return false;
    }
    const quint8 b0 = quint8(d[0]);
    const quint8 payloadType = quint8(d[1]) & 0x7F;
    const int csrcCount = b0 & 0x0F;
    if ((b0 & 0xC0) != 0x80 || (payloadType >= 64 && payloadType <= 95)) { // RFC 5761: RTCP lives there
        return false;
    }
    qsizetype headerLength = kFixedHeader + 4 * csrcCount;
    if ((b0 & 0x10) != 0) { // header extension: 4-byte preamble with its length in words
        if (d.size() < headerLength + 4) {
            return false;
        }
        headerLength += 4 + 4 * qsizetype(qFromBigEndian<quint16>(d.data() + headerLength + 2));
    }
    if (headerLength > d.size()) {
        return false;
    }
    r.format = PayloadFormat::Rtp;
    r.hasSequence = true;
    r.sequenceBits = 16;
    r.sequence = qFromBigEndian<quint16>(d.data() + 2);
    r.streamId = qFromBigEndian<quint32>(d.data() + 8);
    r.userPayloadOffset = quint32(headerLength);
    return true;
}

bool recognizeIperf2(QByteArrayView d, qint64 receiveTimeNs, Recognized &r)
{
    if (d.size() < 12) {
        return false;
    }
    const qint32 id = qFromBigEndian<qint32>(d.data());
    const quint32 sec = qFromBigEndian<quint32>(d.data() + 4);
    const quint32 usec = qFromBigEndian<quint32>(d.data() + 8);
    const qint64 now = receiveTimeNs / kNsPerSecond;
    if (usec >= 1'000'000 || std::abs(qint64(sec) - now) > kIperfClockWindowSeconds) {
        return false;
    }
    r.format = PayloadFormat::Iperf2;
    // iperf2 ends a stream with negative ids; count them by magnitude.
    r.hasSequence = true;
    r.sequenceBits = 32;
    r.sequence = quint64(id < 0 ? -qint64(id) : qint64(id));
    r.sendTimeNs = qint64(sec) * kNsPerSecond + qint64(usec) * 1000;
    r.userPayloadOffset = 12;
    return true;
}

bool recognizeMcJoin(QByteArrayView d, Recognized &r)
{
    static constexpr QByteArrayView prefix("count: ");
    if (!d.startsWith(prefix)) {
        return false;
    }
    quint64 value = 0;
    qsizetype i = prefix.size();
    const qsizetype end = std::min<qsizetype>(d.size(), prefix.size() + 20);
    for (; i < end && d[i] >= '0' && d[i] <= '9'; ++i) {
        value = value * 10 + quint64(d[i] - '0');
    }
    if (i == prefix.size()) {
        return false;
    }
    r.format = PayloadFormat::McJoin;
    r.hasSequence = true;
    r.sequence = value;
    r.userPayloadOffset = 0;
    return true;
}

Recognized recognize(QByteArrayView datagram, qint64 receiveTimeNs)
{
    // Every datagram comes through here: each format with a fixed first byte is tried only when that
    // byte fits, in the order of precedence (a probe, then MPEG-TS, RTP, mcjoin, and iperf2, which has
    // none, last), which keeps the common case to a few compares instead of five calls. The
    // recognisers leave r alone when they refuse, so r is the answer on every path.
    Recognized r;
    if (datagram.isEmpty()) {
        return r;
    }
    const char first = datagram[0];
    if (first == 'M') {
        if (const auto probe = decodeProbe(datagram)) {
            r.format = PayloadFormat::Probe;
            r.hasSequence = true;
            r.sequence = probe->header.sequence;
            r.sendTimeNs = probe->header.sendTimeNs;
            r.streamId = probe->header.streamId;
            r.plannedCount = probe->header.plannedCount;
            r.replyRequested = probe->header.replyRequested();
            r.userPayloadOffset = quint32(probe->payloadOffset);
            return r;
        }
    }
    if (quint8(first) == 0x47 && isMpegTs(datagram)) {
        r.format = PayloadFormat::MpegTs;
        return r;
    }
    if ((quint8(first) & 0xC0) == 0x80 && recognizeRtp(datagram, r)) {
        return r;
    }
    if (first == 'c' && recognizeMcJoin(datagram, r)) {
        return r;
    }
    (void)recognizeIperf2(datagram, receiveTimeNs, r);
    return r; // one object returned on every path, built in place (a copy stalled on its stores)
}

namespace {

// Characters that reorder or hide the text around them; shown by code point instead.
[[nodiscard]] bool isInvisibleFormatting(char32_t c)
{
    return (c >= 0x200B && c <= 0x200F) || (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069)
           || c == 0xFEFF;
}

} // namespace

QString escapeControls(QStringView text, bool escapeBackslash)
{
    QString out;
    out.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar ch = text.at(i);
        const char32_t c = ch.unicode();
        if (ch.isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate()) {
            out.append(ch);
            out.append(text.at(++i));
            continue;
        }
        if (c == u'\n') {
            out += QStringLiteral("\\n");
        } else if (c == u'\r') {
            out += QStringLiteral("\\r");
        } else if (c == u'\t') {
            out += QStringLiteral("\\t");
        } else if (c == u'\\' && escapeBackslash) {
            out += QStringLiteral("\\\\");
        } else if (isControlCharacter(c)) {
            out += QStringLiteral("\\x%1").arg(uint(c), 2, 16, QLatin1Char('0'));
        } else if (isInvisibleFormatting(c)) {
            out += QStringLiteral("\\u{%1}").arg(QString::number(uint(c), 16).toUpper());
        } else {
            out.append(ch);
        }
    }
    return out;
}

bool isPrintableText(QByteArrayView bytes)
{
    for (const char c : bytes) {
        const auto u = quint8(c);
        if ((u < 0x20 && u != '\t' && u != '\n' && u != '\r') || u == 0x7F) {
            return false;
        }
    }
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    const QString text = decoder.decode(bytes);
    if (decoder.hasError()) {
        return false;
    }
    // C1 controls (U+0080..U+009F) can steer terminals just like ESC.
    for (const QChar ch : text) {
        if (ch.unicode() >= 0x80 && isControlCharacter(ch.unicode())) {
            return false;
        }
    }
    return true;
}

} // namespace mct::core
