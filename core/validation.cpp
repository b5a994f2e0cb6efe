// Validation of every number, hex string and file the user gives the engine.
#include "validation.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

#include <cmath>

namespace mct::core {

namespace {

// Gives this file's free functions a translation context.
class ValidationText final
{
    Q_DECLARE_TR_FUNCTIONS(Validation)
};

Result<qint64> parseInteger(const QString &text, const QString &field, qint64 min, qint64 max,
                            const QString &valid)
{
    bool ok = false;
    const qint64 value = text.trimmed().toLongLong(&ok);
    if (!ok || value < min || value > max) {
        return Result<qint64>::failure(
                ValidationText::tr("%1 \"%2\" is not valid; %3").arg(field, text, valid));
    }
    return Result<qint64>::success(value);
}

Result<double> parsePositive(const QString &text, const QString &field, double max, const QString &valid)
{
    bool ok = false;
    const double value = text.trimmed().toDouble(&ok);
    if (!ok || !std::isfinite(value) || value <= 0 || value > max) {
        return Result<double>::failure(
                ValidationText::tr("%1 \"%2\" is not valid; %3").arg(field, text, valid));
    }
    return Result<double>::success(value);
}

int hexDigit(QChar c)
{
    const char16_t u = c.unicode();
    if (u >= u'0' && u <= u'9') {
        return u - u'0';
    }
    if (u >= u'a' && u <= u'f') {
        return u - u'a' + 10;
    }
    if (u >= u'A' && u <= u'F') {
        return u - u'A' + 10;
    }
    return -1;
}

} // namespace

Result<int> parseTtl(const QString &text)
{
    const auto r =
            parseInteger(text, ValidationText::tr("TTL"), 0, 255,
                         ValidationText::tr("use a whole number from 0 to 255 (1 stays on the local link)"));
    return r.ok() ? Result<int>::success(int(r.value())) : Result<int>::failure(r.error());
}

Result<int> parseDscp(const QString &text)
{
    const auto r = parseInteger(text, ValidationText::tr("DSCP"), 0, 63,
                                ValidationText::tr("use 0 to 63 (e.g. 46 for EF)"));
    return r.ok() ? Result<int>::success(int(r.value())) : Result<int>::failure(r.error());
}

Result<quint16> parseSourcePort(const QString &text)
{
    const auto r = parseInteger(text, ValidationText::tr("source port"), 0, 65535,
                                ValidationText::tr("use a number from 1 to 65535, or 0 for any free port"));
    return r.ok() ? Result<quint16>::success(quint16(r.value())) : Result<quint16>::failure(r.error());
}

Result<double> parseIntervalMs(const QString &text)
{
    return parseMilliseconds(text, ValidationText::tr("interval"));
}

Result<double> parseMilliseconds(const QString &text, const QString &field)
{
    return parsePositive(
            text, field, 86'400'000.0,
            ValidationText::tr("use milliseconds greater than 0 and at most 86400000 (one day)"));
}

Result<double> parseRate(const QString &text)
{
    return parsePositive(text, ValidationText::tr("rate"), 10'000'000.0,
                         ValidationText::tr("use packets per second greater than 0 and at most 10000000"));
}

Result<qint64> parseCount(const QString &text, bool allowZero)
{
    return parseInteger(text, ValidationText::tr("count"), allowZero ? 0 : 1,
                        std::numeric_limits<qint64>::max(),
                        allowZero ? ValidationText::tr("use a whole number of packets, 0 for no limit")
                                  : ValidationText::tr("use a whole number of packets, 1 or more"));
}

Result<double> parseSeconds(const QString &text, const QString &field)
{
    return parsePositive(text, field, 30.0 * 86400.0,
                         ValidationText::tr("use seconds greater than 0 and at most 2592000 (30 days)"));
}

Result<int> parseBufferSize(const QString &text)
{
    QString t = text.trimmed();
    qint64 unit = 1;
    if (t.endsWith(u'K', Qt::CaseInsensitive)) {
        unit = 1024;
        t.chop(1);
    } else if (t.endsWith(u'M', Qt::CaseInsensitive)) {
        unit = 1024 * 1024;
        t.chop(1);
    }
    bool ok = false;
    const qint64 value = t.toLongLong(&ok);
    constexpr qint64 kMaxBytes = qint64(1) << 30;
    // Range-check before multiplying, so a huge number cannot overflow into a small one.
    const bool inRange = ok && value > 0 && value <= kMaxBytes / unit;
    const qint64 bytes = inRange ? value * unit : 0;
    if (!inRange || bytes < 4096) {
        return Result<int>::failure(
                ValidationText::tr("receive buffer \"%1\" is not valid; use bytes from 4096 "
                                   "to 1073741824, optionally with K or M (e.g. 8M)")
                        .arg(text));
    }
    return Result<int>::success(int(bytes));
}

Result<QByteArray> parseHex(const QString &text)
{
    using R = Result<QByteArray>;
    QByteArray out;
    out.reserve(text.size() / 2);
    int high = -1;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c.isSpace() || c == u':' || c == u'-' || c == u',') {
            if (high >= 0) {
                return R::failure(ValidationText::tr("hex payload: lone digit before position %1; "
                                                     "write each byte as two digits, e.g. 0a ff")
                                          .arg(i + 1));
            }
            continue;
        }
        if (high < 0 && c == u'0' && i + 1 < text.size()
            && (text.at(i + 1) == u'x' || text.at(i + 1) == u'X')) {
            ++i;
            continue;
        }
        const int d = hexDigit(c);
        if (d < 0) {
            return R::failure(ValidationText::tr("hex payload: \"%1\" at position %2 is not a hex digit; "
                                                 "use 0-9 and a-f, e.g. de ad be ef")
                                      .arg(c)
                                      .arg(i + 1));
        }
        if (high < 0) {
            high = d;
        } else {
            out.append(char((high << 4) | d));
            high = -1;
        }
    }
    if (high >= 0) {
        return R::failure(ValidationText::tr("hex payload: odd number of hex digits; write each byte as "
                                             "two digits, e.g. 0a ff"));
    }
    if (out.size() > kMaxUdpPayloadIPv6) {
        return R::failure(ValidationText::tr("hex payload: %1 bytes is more than a UDP datagram holds (%2)")
                                  .arg(out.size())
                                  .arg(kMaxUdpPayloadIPv6));
    }
    return R::success(out);
}

Result<QByteArray> readPayloadFile(const QString &path)
{
    using R = Result<QByteArray>;
    if (path.isEmpty()) {
        return R::failure(ValidationText::tr("payload file: no path given"));
    }
    QFile file(path);
    const QFileInfo info(path);
    if (info.isDir()) {
        return R::failure(ValidationText::tr("payload file \"%1\" is a directory; give a file").arg(path));
    }
    if (!file.open(QIODevice::ReadOnly)) {
        return R::failure(
                ValidationText::tr("payload file \"%1\" cannot be read: %2").arg(path, file.errorString()));
    }
    // Read one byte past the limit so a larger file is refused without reading it all.
    QByteArray data = file.read(kMaxUdpPayloadIPv6 + 1);
    if (data.size() > kMaxUdpPayloadIPv6) {
        return R::failure(
                ValidationText::tr("payload file \"%1\" is larger than a UDP datagram holds (%2 bytes)")
                        .arg(path)
                        .arg(kMaxUdpPayloadIPv6));
    }
    if (file.error() != QFileDevice::NoError) {
        return R::failure(
                ValidationText::tr("payload file \"%1\" cannot be read: %2").arg(path, file.errorString()));
    }
    return R::success(data);
}

} // namespace mct::core
