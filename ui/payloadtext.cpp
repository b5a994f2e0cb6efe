// Network payload bytes as safe one-line plain text and as a hex + ASCII dump, for tables and details.
#include "payloadtext.h"

#include "recognize.h"

#include <QCoreApplication>
#include <QStringDecoder>

namespace mct::ui {

namespace {

class PayloadText final
{
    Q_DECLARE_TR_FUNCTIONS(PayloadText)
};

constexpr char16_t kEllipsis = u'\u2026';

[[nodiscard]] QString hexBytes(QByteArrayView bytes)
{
    return QString::fromLatin1(bytes.toByteArray().toHex(' '));
}

} // namespace

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
            if (core::isControlCharacter(c) && c != u'\n' && c != u'\r' && c != u'\t') {
                ++controls;
            }
        }
        isText = controls * 8 <= text.size();
    }
    QString out = isText ? core::escapeControls(text) : hexBytes(shown);
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

QString payloadFormatLabel(core::PayloadFormat format)
{
    switch (format) {
    case core::PayloadFormat::Probe:
        return PayloadText::tr("probe", "payload format: mctester's probe header");
    case core::PayloadFormat::Plain:
        return PayloadText::tr("plain", "payload format: no header recognised");
    default:
        return QString::fromLatin1(core::payloadFormatName(format)); // protocol names: iperf2, rtp, ...
    }
}

QString dscpEcnText(const core::PacketRecord &record)
{
    if (record.tos < 0) {
        return {};
    }
    // The names are the protocols' own (EF, AF41, CE): not translated.
    const char *name = core::dscpName(record.dscp());
    const QString dscp = name ? QStringLiteral("%1 (%2)").arg(record.dscp()).arg(QLatin1String(name))
                              : QString::number(record.dscp());
    return PayloadText::tr("DSCP %1, ECN %2").arg(dscp, QLatin1String(core::ecnName(record.ecn())));
}

} // namespace mct::ui
