// What a sender puts in each datagram: text with {seq}/{time}/{host} placeholders, hex or a file.
#include "payload.h"

#include "validation.h"

#include <QDateTime>
#include <QTimeZone>

#include <chrono>

namespace mct::core {

PayloadTemplate::PayloadTemplate(const QString &text)
{
    const QByteArray utf8 = text.toUtf8();
    QByteArray literal;
    auto flush = [&] {
        if (!literal.isEmpty()) {
            m_pieces.append(Piece{Kind::Literal, literal});
            literal.clear();
        }
    };
    static const struct
    {
        QByteArrayView name;
        Kind kind;
    } placeholders[] = {{"{seq}", Kind::Sequence}, {"{time}", Kind::Time}, {"{host}", Kind::Host}};

    for (qsizetype i = 0; i < utf8.size();) {
        bool matched = false;
        if (utf8.at(i) == '{') {
            const QByteArrayView rest = QByteArrayView(utf8).sliced(i);
            for (const auto &p : placeholders) {
                if (rest.startsWith(p.name)) {
                    flush();
                    m_pieces.append(Piece{p.kind, {}});
                    m_hasPlaceholders = true;
                    i += p.name.size();
                    matched = true;
                    break;
                }
            }
        }
        if (!matched) {
            literal.append(utf8.at(i));
            ++i;
        }
    }
    flush();
}

QByteArray PayloadTemplate::expand(quint64 sequence, qint64 timeNs, const QByteArray &host) const
{
    if (!m_hasPlaceholders) {
        return m_pieces.isEmpty() ? QByteArray() : m_pieces.constFirst().literal;
    }
    QByteArray out;
    for (const Piece &piece : m_pieces) {
        switch (piece.kind) {
        case Kind::Literal:
            out.append(piece.literal);
            break;
        case Kind::Sequence:
            out.append(QByteArray::number(sequence));
            break;
        case Kind::Time:
            out.append(formatIsoTimeMs(timeNs));
            break;
        case Kind::Host:
            out.append(host);
            break;
        }
    }
    return out;
}

Result<QByteArray> resolveFixedPayload(const PayloadSpec &spec)
{
    switch (spec.mode) {
    case PayloadMode::Hex:
        return parseHex(spec.text);
    case PayloadMode::File:
        return readPayloadFile(spec.text);
    case PayloadMode::Text:
        break;
    }
    const QByteArray utf8 = spec.text.toUtf8();
    return Result<QByteArray>::success(utf8);
}

qint64 wallClockNs()
{
    using namespace std::chrono;
    return duration_cast<nanoseconds>(system_clock::now().time_since_epoch()).count();
}

QByteArray formatIsoTimeMs(qint64 timeNs)
{
    const QDateTime t = QDateTime::fromMSecsSinceEpoch(timeNs / 1'000'000, QTimeZone::utc());
    return t.toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzzZ")).toLatin1();
}

} // namespace mct::core
