// GUI benchmark: memory per stored row of the packet table (and, once the main window exists,
// its drain rate and event-loop latency under load). Prints one JSON line per measurement.
#include "packet.h"
#include "packettablemodel.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QTableView>

#include <cstdio>

namespace {

using mct::core::NetAddress;
using mct::core::PacketBatch;
using mct::core::PacketRecord;

qint64 residentBytes()
{
    // statm's second field: resident pages; cheaper and steadier than parsing /proc/self/status.
    QFile statm(QStringLiteral("/proc/self/statm"));
    if (!statm.open(QIODevice::ReadOnly)) {
        return -1;
    }
    const QList<QByteArray> fields = statm.readAll().split(' ');
    return fields.size() > 1 ? fields.at(1).toLongLong() * 4096 : -1;
}

// A batch built the way MulticastSocket::drain builds one: records appended one by one, payloads
// appended to one arena, so the arena carries the same spare capacity as in the real program.
PacketBatch makeBatch(int records, int payloadBytes, quint64 firstSequence)
{
    PacketBatch batch;
    const QByteArray payload(payloadBytes, 'x');
    for (int i = 0; i < records; ++i) {
        PacketRecord r;
        r.receiveTimeNs = 1'700'000'000'000'000'000LL + qint64(firstSequence + quint64(i)) * 1000;
        r.source = NetAddress::fromIPv4(0x0A000001);
        r.group = NetAddress::fromIPv4(0xEF010203);
        r.sourcePort = 40000;
        r.port = 5001;
        r.size = quint32(payloadBytes);
        r.storedLength = quint32(payloadBytes);
        r.payloadOffset = quint32(batch.arena.size());
        r.hasSequence = true;
        r.sequence = firstSequence + quint64(i);
        r.ttl = 1;
        batch.arena.append(payload);
        batch.records.append(r);
    }
    return batch;
}

// RSS growth per row while the table model fills to its maximum capacity, with a shown view.
int modelMemory(qsizetype rows, int payloadBytes, int batchRecords)
{
    mct::ui::PacketTableModel model;
    model.setCapacity(rows);
    QTableView view;
    view.setModel(&model);
    view.resize(1000, 600);
    view.show();
    QApplication::processEvents(); // a benchmark, not the GUI: let the view lay out once before measuring

    const qint64 before = residentBytes();
    QElapsedTimer clock;
    clock.start();
    quint64 sequence = 0;
    while (model.rowCount() < rows) {
        const int n = int(std::min<qsizetype>(batchRecords, rows - model.rowCount()));
        model.appendBatch(makeBatch(n, payloadBytes, sequence));
        sequence += quint64(n);
    }
    const qint64 fillNs = clock.nsecsElapsed();
    QApplication::processEvents();
    const qint64 after = residentBytes();
    const double perRow = double(after - before) / double(rows);
    std::printf("{\"mode\":\"model-memory\",\"rows\":%lld,\"payload_bytes\":%d,\"batch_records\":%d,"
                "\"rss_before\":%lld,\"rss_after\":%lld,\"bytes_per_row\":%.1f,\"beyond_payload\":%.1f,"
                "\"record_bytes\":%zu,\"fill_ns_per_row\":%.1f}\n",
                (long long)rows, payloadBytes, batchRecords, (long long)before, (long long)after, perRow,
                perRow - payloadBytes, sizeof(PacketRecord), double(fillNs) / double(rows));
    std::fflush(stdout);
    return 0;
}

} // namespace

int main(int argc, char **argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    const QStringList args = QApplication::arguments();
    const QString mode = args.value(1);
    if (mode == QStringLiteral("capabilities")) {
        std::printf("model-memory\n"); // "window" joins this list once the main window exists
        return 0;
    }
    if (mode == QStringLiteral("model-memory")) {
        const qsizetype rows = args.value(2, QStringLiteral("1000000")).toLongLong();
        const int payload = args.value(3, QStringLiteral("64")).toInt();
        const int batch = args.value(4, QStringLiteral("4096")).toInt();
        return modelMemory(rows, payload, batch);
    }
    std::fprintf(stderr, "usage: mct_bench_gui model-memory [ROWS [PAYLOAD_BYTES [BATCH_RECORDS]]]\n");
    return 2;
}
