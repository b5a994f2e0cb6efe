// Writes received packets to pcap (via libpcap), CSV or JSON Lines, one writer per file.
#pragma once

#include "packet.h"
#include "result.h"

#include <QString>

#include <memory>

namespace mct::core {

enum class RecordFormat : quint8 {
    Pcap,
    Csv,
    JsonLines
};

// The format a file name implies (.pcap, .csv, .jsonl/.json); nullopt when it implies none.
[[nodiscard]] std::optional<RecordFormat> recordFormatForPath(const QString &path);

class PacketWriter
{
public:
    virtual ~PacketWriter() = default;
    PacketWriter(const PacketWriter &) = delete;
    PacketWriter &operator=(const PacketWriter &) = delete;

    // Opens (truncates) the file; the error names the path and the OS's reason.
    [[nodiscard]] static Result<std::unique_ptr<PacketWriter>> open(RecordFormat format, const QString &path);
    // Why open() would refuse the path (no name, a folder, a folder that is not there, not
    // writable), found without touching the file; empty when it looks writable. For checking
    // several recordings before any of them truncates its file.
    [[nodiscard]] static QString pathProblem(const QString &path);

    // storedPayload is what was kept of the payload (record.storedLength bytes).
    // False on a write error (disk full, file gone): see errorString(); later calls do nothing.
    virtual bool write(const PacketRecord &record, QByteArrayView storedPayload) = 0;
    bool writeBatch(const PacketBatch &batch);
    // Hands what is buffered to the OS, so that the file is whole up to here (a reader, a crash
    // or a killed process lose nothing before it); false on a write error, as write().
    virtual bool flush() = 0;
    // Flushes and closes; false when data could not be written.
    virtual bool close() = 0;

    [[nodiscard]] quint64 written() const { return m_written; }
    [[nodiscard]] QString errorString() const { return m_error; }
    [[nodiscard]] QString path() const { return m_path; }
    [[nodiscard]] RecordFormat format() const { return m_format; }

protected:
    PacketWriter(RecordFormat format, QString path)
        : m_format(format)
        , m_path(std::move(path))
    {}
    RecordFormat m_format;
    QString m_path;
    QString m_error;
    quint64 m_written = 0;
};

// Neutralises a CSV cell that a spreadsheet would run as a formula (= + - @ tab CR first).
[[nodiscard]] QString csvSafeCell(const QString &text);

} // namespace mct::core
