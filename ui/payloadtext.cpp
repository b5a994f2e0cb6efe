// Network payload bytes as safe one-line plain text and as a hex + ASCII dump, for tables and details.
#include "payloadtext.h"

#include <QStringDecoder>

namespace mct::ui {

namespace {

constexpr char16_t kEllipsis = u'\u2026';

[[nodiscard]] bool isControl(char32_t c)
{
    return c < 0x20 || c == 0x7F || (c >= 0x80 && c <= 0x9F);
}

// Characters that reorder or hide text around them ("Trojan Source"); shown by code point instead.
[[nodiscard]] bool isInvisibleFormatting(char32_t c)
{
    return (c >= 0x200B && c <= 0x200F) || (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069)
           || c == 0xFEFF;
}

[[nodiscard]] QString hexBytes(QByteArrayView bytes)
{
    return QString::fromLatin1(bytes.toByteArray().toHex(' '));
}

} // namespace

QString escapeControls(QStringView text)
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
        } else if (isControl(c)) {
            out += QStringLiteral("\\x%1").arg(uint(c), 2, 16, QLatin1Char('0'));
        } else if (isInvisibleFormatting(c)) {
            out += QStringLiteral("\\u{%1}").arg(QString::number(uint(c), 16).toUpper());
        } else {
            out.append(ch);
        }
    }
    return out;
}

QString payloadDisplayText(QByteArrayView bytes, qsizetype maxBytes)
{
    const bool truncated = maxBytes >= 0 && bytes.size() > maxBytes;
    const QByteArrayView shown = truncated ? bytes.first(maxBytes) : bytes;

    // Stateful decoding: a sequence cut by the limit waits in the decoder instead of counting as an error.
    QStringDecoder decoder(QStringDecoder::Utf8);
    const QString text = decoder.decode(shown);
    bool isText = !decoder.hasError();
    if (isText) {
        // Mostly-binary data that happens to be valid UTF-8 (zeros, small counters) reads better as hex.
        qsizetype controls = 0;
        for (const QChar ch : text) {
            const char32_t c = ch.unicode();
            if (isControl(c) && c != u'\n' && c != u'\r' && c != u'\t') {
                ++controls;
            }
        }
        isText = controls * 8 <= text.size();
    }
    QString out = isText ? escapeControls(text) : hexBytes(shown);
    if (truncated) {
        out += kEllipsis;
    }
    return out;
}

QString hexDump(QByteArrayView bytes)
{
    constexpr qsizetype kPerLine = 16;
    static constexpr char kDigits[] = "0123456789abcdef";
    QString out;
    out.reserve((bytes.size() / kPerLine + 1) * 76);
    for (qsizetype line = 0; line < bytes.size(); line += kPerLine) {
        out += QStringLiteral("%1  ").arg(line, 4, 16, QLatin1Char('0'));
        QString ascii;
        for (qsizetype i = 0; i < kPerLine; ++i) {
            if (i == kPerLine / 2) {
                out += u' ';
            }
            if (line + i < bytes.size()) {
                const auto b = quint8(bytes.at(line + i));
                out += QLatin1Char(kDigits[b >> 4]);
                out += QLatin1Char(kDigits[b & 0x0F]);
                out += u' ';
                ascii += (b >= 0x20 && b < 0x7F) ? QLatin1Char(char(b)) : QLatin1Char('.');
            } else {
                out += QStringLiteral("   ");
            }
        }
        out += u' ';
        out += ascii;
        out += u'\n';
    }
    if (!out.isEmpty()) {
        out.chop(1);
    }
    return out;
}

} // namespace mct::ui
