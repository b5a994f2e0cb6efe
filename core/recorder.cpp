// Writes received packets to pcap (via libpcap), CSV or JSON Lines, one writer per file.
#include "recorder.h"

#include "endpoint.h"
#include "interfaces.h"
#include "packetjson.h"
#include "recognize.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QtEndian>

#include <algorithm>
#include <cerrno>
#include <cstring>

#include <fcntl.h>
#include <pcap/pcap.h>
#include <sys/stat.h>
#include <unistd.h>

namespace mct::core {

namespace {

class RecorderText final
{
    Q_DECLARE_TR_FUNCTIONS(Recorder)
};

// "cannot write PATH: REASON", the one message for every failed write of a recording.
QString cannotWrite(const QString &path, const QString &reason)
{
    return RecorderText::tr("cannot write \"%1\": %2").arg(path, reason);
}

QString cannotWrite(const QString &path, int error)
{
    return cannotWrite(path, QString::fromLocal8Bit(std::strerror(error)));
}

constexpr int kIPv4Header = 20;
constexpr int kIPv6Header = 40;
constexpr int kUdpHeader = 8;
constexpr int kDefaultTtl = 64; // used when the kernel did not report the TTL
constexpr int kSnapLength = 65535 + kIPv6Header + kUdpHeader;

quint32 sumBytes(const quint8 *data, qsizetype length, quint32 sum = 0)
{
    for (qsizetype i = 0; i + 1 < length; i += 2) {
        sum += quint32(data[i] << 8 | data[i + 1]);
    }
    if (length % 2 != 0) {
        sum += quint32(data[length - 1] << 8);
    }
    return sum;
}

quint16 foldChecksum(quint32 sum)
{
    while (sum >> 16) {
        sum = (sum & 0xFFFF) + (sum >> 16);
    }
    return quint16(~sum);
}

class PcapWriter final : public PacketWriter
{
public:
    explicit PcapWriter(const QString &path)
        : PacketWriter(RecordFormat::Pcap, path)
    {}
    ~PcapWriter() override { PcapWriter::close(); }

    QString openFile()
    {
        m_pcap = pcap_open_dead_with_tstamp_precision(DLT_RAW, kSnapLength, PCAP_TSTAMP_PRECISION_NANO);
        if (!m_pcap) {
            return RecorderText::tr("cannot start a pcap file");
        }
        errno = 0;
        m_dumper = pcap_dump_open(m_pcap, QFile::encodeName(m_path).constData());
        if (!m_dumper) {
            // libpcap's own message repeats the path; the OS's reason is what the user needs.
            const QString reason = errno != 0 ? QString::fromLocal8Bit(std::strerror(errno))
                                              : QString::fromLocal8Bit(pcap_geterr(m_pcap));
            return cannotWrite(m_path, reason);
        }
        return {};
    }

    bool write(const PacketRecord &r, QByteArrayView payload) override
    {
        if (!m_dumper) {
            return false;
        }
        const int ipHeader = r.group.v6 ? kIPv6Header : kIPv4Header;
        const qsizetype headers = ipHeader + kUdpHeader;
        m_frame.resize(headers + payload.size());
        auto *f = reinterpret_cast<quint8 *>(m_frame.data());
        std::memset(f, 0, size_t(headers));
        const quint16 udpLength = quint16(kUdpHeader + r.size);
        const quint8 ttl = quint8(r.ttl >= 0 ? r.ttl : kDefaultTtl);
        const quint8 tos = quint8(std::max<qint16>(r.tos, 0)); // unknown: 0, the default
        quint32 pseudo = 0;
        if (r.group.v6) {
            // Version 6, then the traffic class across the byte boundary, then a flow label of 0.
            f[0] = quint8(0x60 | tos >> 4);
            f[1] = quint8((tos & 0x0F) << 4);
            qToBigEndian<quint16>(udpLength, f + 4); // payload length: the UDP datagram
            f[6] = 17;
            f[7] = ttl;
            std::memcpy(f + 8, r.source.bytes.data(), 16);
            std::memcpy(f + 24, r.group.bytes.data(), 16);
            pseudo = sumBytes(f + 8, 32) + 17 + udpLength;
        } else {
            f[0] = 0x45;
            f[1] = tos;
            qToBigEndian<quint16>(quint16(kIPv4Header + udpLength), f + 2);
            f[8] = ttl;
            f[9] = 17;
            std::memcpy(f + 12, r.source.bytes.data(), 4);
            std::memcpy(f + 16, r.group.bytes.data(), 4);
            qToBigEndian<quint16>(foldChecksum(sumBytes(f, kIPv4Header)), f + 10);
            pseudo = sumBytes(f + 12, 8) + 17 + udpLength;
        }
        quint8 *udp = f + ipHeader;
        qToBigEndian<quint16>(r.sourcePort, udp);
        qToBigEndian<quint16>(r.port, udp + 2);
        qToBigEndian<quint16>(udpLength, udp + 4);
        std::memcpy(udp + kUdpHeader, payload.data(), size_t(payload.size()));
        // The checksum covers the whole datagram; only possible when all of it was kept.
        if (r.storedLength == r.size) {
            quint16 checksum = foldChecksum(sumBytes(udp, kUdpHeader + payload.size(), pseudo));
            qToBigEndian<quint16>(checksum == 0 ? quint16(0xFFFF) : checksum, udp + 6);
        }

        pcap_pkthdr header{};
        header.ts.tv_sec = r.receiveTimeNs / 1'000'000'000;
        header.ts.tv_usec = r.receiveTimeNs % 1'000'000'000; // nanoseconds: the file says so
        header.caplen = bpf_u_int32(m_frame.size());
        header.len = bpf_u_int32(headers + r.size);
        pcap_dump(reinterpret_cast<u_char *>(m_dumper), &header,
                  reinterpret_cast<const u_char *>(m_frame.constData()));
        if (std::ferror(pcap_dump_file(m_dumper))) {
            m_error = cannotWrite(m_path, errno);
            close();
            return false;
        }
        ++m_written;
        return true;
    }

    bool flush() override
    {
        if (!m_dumper) {
            return false;
        }
        if (pcap_dump_flush(m_dumper) != 0 || std::ferror(pcap_dump_file(m_dumper))) {
            m_error = cannotWrite(m_path, errno);
            close();
            return false;
        }
        return true;
    }

    bool close() override
    {
        bool ok = true;
        if (m_dumper) {
            if (pcap_dump_flush(m_dumper) != 0 || std::ferror(pcap_dump_file(m_dumper))) {
                if (m_error.isEmpty()) {
                    m_error = cannotWrite(m_path, errno);
                }
                ok = false;
            }
            pcap_dump_close(m_dumper);
            m_dumper = nullptr;
        }
        if (m_pcap) {
            pcap_close(m_pcap);
            m_pcap = nullptr;
        }
        return ok && m_error.isEmpty();
    }

private:
    pcap_t *m_pcap = nullptr;
    pcap_dumper_t *m_dumper = nullptr;
    QByteArray m_frame;
};

// CSV and JSON Lines: text lines through a buffered QFile.
class TextWriter final : public PacketWriter
{
public:
    TextWriter(RecordFormat format, const QString &path)
        : PacketWriter(format, path)
        , m_file(path)
    {}
    ~TextWriter() override { TextWriter::close(); }

    QString openFile()
    {
        if (!m_file.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
            return cannotWrite(m_path, m_file.errorString());
        }
        if (m_format == RecordFormat::Csv) {
            return writeLine("number,time,source,group,interface,ttl,dscp,ecn,size,format,seq,stream,"
                             "payload_text,payload_hex")
                           ? QString()
                           : m_error;
        }
        return {};
    }

    bool write(const PacketRecord &r, QByteArrayView payload) override
    {
        if (!m_file.isOpen()) {
            return false;
        }
        QByteArray line;
        if (m_format == RecordFormat::JsonLines) {
            line = QJsonDocument(packetToJson(r, payload)).toJson(QJsonDocument::Compact);
        } else {
            line = csvLine(r, payload);
        }
        if (!writeLine(line)) {
            return false;
        }
        ++m_written;
        return true;
    }

    bool flush() override
    {
        if (!m_file.isOpen()) {
            return false;
        }
        if (!m_file.flush()) {
            m_error = cannotWrite(m_path, m_file.errorString());
            m_file.close();
            return false;
        }
        return true;
    }

    bool close() override
    {
        if (!m_file.isOpen()) {
            return m_error.isEmpty();
        }
        const bool flushed = m_file.flush();
        if (!flushed && m_error.isEmpty()) {
            m_error = cannotWrite(m_path, m_file.errorString());
        }
        m_file.close();
        return m_error.isEmpty();
    }

private:
    bool writeLine(QByteArrayView line)
    {
        if (m_file.write(line.data(), line.size()) != line.size() || !m_file.putChar('\n')) {
            m_error = cannotWrite(m_path, m_file.errorString());
            m_file.close();
            return false;
        }
        return true;
    }

    static QByteArray quoted(const QString &cell)
    {
        const QString safe = csvSafeCell(cell);
        if (!safe.contains(u',') && !safe.contains(u'"') && !safe.contains(u'\n') && !safe.contains(u'\r')) {
            return safe.toUtf8();
        }
        QString q = safe;
        q.replace(QStringLiteral("\""), QStringLiteral("\"\""));
        return (u'"' + q + u'"').toUtf8();
    }

    QByteArray csvLine(const PacketRecord &r, QByteArrayView stored)
    {
        const QByteArrayView payload = userPayload(r, stored);
        const bool text = isPrintableText(payload);
        QByteArrayList cells;
        cells << QByteArray::number(m_written + 1) << formatTimeIso(r.receiveTimeNs).toLatin1()
              << quoted(formatAddressPort(r.source.toHostAddress(), r.sourcePort))
              << quoted(formatAddressPort(r.group.toHostAddress(), r.port))
              << quoted(interfaceNameForIndex(r.interfaceIndex))
              << (r.ttl >= 0 ? QByteArray::number(r.ttl) : QByteArray())
              << (r.tos >= 0 ? QByteArray::number(r.dscp()) : QByteArray())
              << (r.tos >= 0 ? QByteArray::number(r.ecn()) : QByteArray()) << QByteArray::number(r.size)
              << payloadFormatName(r.format)
              << (r.hasSequence ? QByteArray::number(r.sequence) : QByteArray())
              << (r.streamId != 0 ? QByteArray::number(r.streamId) : QByteArray())
              << (text ? quoted(QString::fromUtf8(payload)) : QByteArray())
              << (text ? QByteArray() : payload.toByteArray().toHex());
        return cells.join(',');
    }

    QFile m_file;
};

} // namespace

std::optional<RecordFormat> recordFormatForPath(const QString &path)
{
    const QString lower = path.toLower();
    if (lower.endsWith(u".pcap")) {
        return RecordFormat::Pcap;
    }
    if (lower.endsWith(u".csv")) {
        return RecordFormat::Csv;
    }
    if (lower.endsWith(u".jsonl") || lower.endsWith(u".json") || lower.endsWith(u".ndjson")) {
        return RecordFormat::JsonLines;
    }
    return std::nullopt;
}

Result<std::unique_ptr<PacketWriter>> PacketWriter::open(RecordFormat format, const QString &path)
{
    using R = Result<std::unique_ptr<PacketWriter>>;
    if (path.isEmpty()) {
        return R::failure(RecorderText::tr("no file name given"));
    }
    // A named pipe (wireshark -k -i PIPE reads one) without a reader would block the open, and
    // with it the receiver, until one comes: refuse it instead. With a reader, the open below
    // goes through at once; this descriptor only keeps the pipe open until it has.
    const QByteArray encoded = QFile::encodeName(path);
    struct stat info
    {};
    int pipe = -1;
    if (::stat(encoded.constData(), &info) == 0 && S_ISFIFO(info.st_mode)) {
        pipe = ::open(encoded.constData(), O_WRONLY | O_NONBLOCK | O_CLOEXEC);
        if (pipe < 0) {
            return R::failure(errno == ENXIO
                                      ? RecorderText::tr("nothing reads the pipe \"%1\": start its reader "
                                                         "first (e.g. wireshark -k -i %1)")
                                                .arg(path)
                                      : cannotWrite(path, errno));
        }
    }
    QString error;
    std::unique_ptr<PacketWriter> writer;
    if (format == RecordFormat::Pcap) {
        auto pcap = std::make_unique<PcapWriter>(path);
        error = pcap->openFile();
        writer = std::move(pcap);
    } else {
        auto text = std::make_unique<TextWriter>(format, path);
        error = text->openFile();
        writer = std::move(text);
    }
    if (pipe >= 0) {
        ::close(pipe);
    }
    if (!error.isEmpty()) {
        return R::failure(error);
    }
    return R::success(std::move(writer));
}

QString PacketWriter::pathProblem(const QString &path)
{
    if (path.isEmpty()) {
        return RecorderText::tr("no file name given");
    }
    const QFileInfo file(path);
    if (file.isDir()) {
        return RecorderText::tr("cannot write \"%1\": it is a folder").arg(path);
    }
    if (file.exists()) {
        if (::access(QFile::encodeName(path).constData(), W_OK) != 0) {
            return cannotWrite(path, errno);
        }
        return {};
    }
    // A new file, or a link to one that is not there yet: its folder must take it.
    const QFileInfo target(file.isSymLink() ? file.symLinkTarget() : file.absoluteFilePath());
    const QString folder = QDir::toNativeSeparators(target.absolutePath());
    if (!QFileInfo(target.absolutePath()).isDir()) {
        if (file.isSymLink()) {
            return RecorderText::tr("cannot write \"%1\": it is a link to %2, and there is no folder %3")
                    .arg(path, target.absoluteFilePath(), folder);
        }
        if (path.startsWith(u'~')) {
            return RecorderText::tr("cannot write \"%1\": there is no folder %2 (the shell did not replace "
                                    "~ with your home folder there; write $HOME instead)")
                    .arg(path, folder);
        }
        return RecorderText::tr("cannot write \"%1\": there is no folder %2").arg(path, folder);
    }
    if (::access(QFile::encodeName(target.absolutePath()).constData(), W_OK) != 0) {
        return RecorderText::tr("cannot write \"%1\" in the folder %2: %3")
                .arg(path, folder, QString::fromLocal8Bit(std::strerror(errno)));
    }
    return {};
}

bool PacketWriter::writeBatch(const PacketBatch &batch)
{
    for (const PacketRecord &r : batch.records) {
        if (!write(r, batch.payload(r))) {
            return false;
        }
    }
    return true;
}

QString csvSafeCell(const QString &text)
{
    if (!text.isEmpty()) {
        const QChar c = text.front();
        if (c == u'=' || c == u'+' || c == u'-' || c == u'@' || c == u'\t' || c == u'\r') {
            return u'\'' + text;
        }
    }
    return text;
}

} // namespace mct::core
