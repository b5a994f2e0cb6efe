// What a sender puts in each datagram: text with {seq}/{time}/{host} placeholders, hex or a file.
#pragma once

#include "result.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace mct::core {

enum class PayloadMode : quint8 {
    Text,
    Hex,
    File
};

// Text with placeholders, parsed once so that expanding it per packet stays cheap.
// {seq} is the sequence number from 0, {time} the send time (UTC, ISO 8601 with ms),
// {host} this machine's host name; any other brace text is kept as written.
class PayloadTemplate final
{
public:
    PayloadTemplate() = default;
    explicit PayloadTemplate(const QString &text);

    [[nodiscard]] bool hasPlaceholders() const { return m_hasPlaceholders; }
    [[nodiscard]] QByteArray expand(quint64 sequence, qint64 timeNs, const QByteArray &host) const;

private:
    enum class Kind : quint8 {
        Literal,
        Sequence,
        Time,
        Host
    };
    struct Piece
    {
        Kind kind = Kind::Literal;
        QByteArray literal;
    };
    QList<Piece> m_pieces;
    bool m_hasPlaceholders = false;
};

// The user's payload choice, resolved to bytes (or a template) and checked for size.
struct PayloadSpec
{
    PayloadMode mode = PayloadMode::Text;
    QString text; // Text mode: the template; Hex mode: the hex digits; File mode: the path
};

// Resolves hex and file payloads to bytes, with the error message the user should see.
[[nodiscard]] Result<QByteArray> resolveFixedPayload(const PayloadSpec &spec);

// Current wall clock, ns since the Unix epoch.
[[nodiscard]] qint64 wallClockNs();
// "2026-11-21T16:48:00.123Z"
[[nodiscard]] QByteArray formatIsoTimeMs(qint64 timeNs);

} // namespace mct::core
