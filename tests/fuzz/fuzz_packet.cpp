// libFuzzer target: the whole per-packet path: recognise, count, format as JSON and text. The JSON
// must parse back to what was written, its payload to the datagram's bytes, and the text line
// must hold no character that could steer a terminal.
#include "packetjson.h"
#include "recognize.h"
#include "streamstats.h"

#include <QJsonDocument>

#include <cstdint>
#include <cstdlib>

namespace {

// The characters a one-line view must never show raw: controls, and those that reorder or hide
// the text around them ("Trojan Source").
bool steersTerminal(char32_t c)
{
    return mct::core::isControlCharacter(c) || (c >= 0x200B && c <= 0x200F) || (c >= 0x202A && c <= 0x202E)
           || (c >= 0x2066 && c <= 0x2069) || c == 0xFEFF;
}

void checkJson(const mct::core::PacketBatch &batch, const mct::core::PacketRecord &record)
{
    const QJsonObject object = mct::core::packetToJson(batch, record);
    QJsonParseError error{};
    const QJsonDocument parsed =
            QJsonDocument::fromJson(QJsonDocument(object).toJson(QJsonDocument::Compact), &error);
    if (error.error != QJsonParseError::NoError || !parsed.isObject() || parsed.object() != object) {
        std::abort();
    }
    const QByteArrayView payload = mct::core::userPayload(batch, record);
    const bool asText = object.contains(QStringLiteral("payload"));
    if (asText == object.contains(QStringLiteral("payload_hex"))) {
        std::abort(); // exactly one of them
    }
    const QByteArray back =
            asText ? object.value(QStringLiteral("payload")).toString().toUtf8()
                   : QByteArray::fromHex(object.value(QStringLiteral("payload_hex")).toString().toLatin1());
    if (back != payload || object.value(QStringLiteral("size")).toInteger() != record.size
        || object.value(QStringLiteral("format")).toString()
                   != QLatin1String(mct::core::payloadFormatName(record.format))
        || object.contains(QStringLiteral("seq")) != record.hasSequence
        || (record.hasSequence
            && quint64(object.value(QStringLiteral("seq")).toInteger()) != record.sequence)) {
        std::abort();
    }
}

void checkTextLine(const mct::core::PacketBatch &batch, const mct::core::PacketRecord &record)
{
    const QString line = mct::core::packetToTextLine(batch, record);
    for (qsizetype i = 0; i < line.size(); ++i) {
        const char32_t c = line.at(i).isHighSurrogate() && i + 1 < line.size()
                                   ? QChar::surrogateToUcs4(line.at(i), line.at(i + 1))
                                   : line.at(i).unicode();
        if (steersTerminal(c)) {
            std::abort();
        }
    }
    // The payload is the end of the line, as the preview shows it.
    if (!line.endsWith(mct::core::payloadPreview(mct::core::userPayload(batch, record), true))) {
        std::abort();
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    mct::core::PacketBatch batch;
    batch.arena = QByteArray(reinterpret_cast<const char *>(data), qsizetype(size));
    mct::core::PacketRecord record;
    record.size = quint32(size);
    record.storedLength = quint32(size);
    record.receiveTimeNs = 1'795'000'000'000'000'000LL;
    // TTL and TOS from the input too, unknown (-1) included.
    record.ttl = size > 0 ? qint16(int(data[0]) - 1) : qint16(-1);
    record.tos = size > 1 ? qint16(int(data[1]) - 1) : qint16(-1);
    const mct::core::Recognized info = mct::core::recognize(batch.arena, record.receiveTimeNs);
    record.format = info.format;
    record.hasSequence = info.hasSequence;
    record.sequence = info.sequence;
    record.streamId = info.streamId;
    record.userPayloadOffset = std::min(info.userPayloadOffset, record.storedLength);
    mct::core::StreamTable table;
    (void)table.add(record, info, batch.arena);
    checkJson(batch, record);
    checkTextLine(batch, record);
    return 0;
}
