// GUI benchmark: the main window receiving offscreen with the packet table shown (drain rate, loss,
// event-loop latency) and the memory per stored row of the packet table. One JSON line per result.
#include "endpoint.h"
#include "joinedgroupsmodel.h"
#include "mainwindow.h"
#include "packet.h"
#include "packetjson.h"
#include "packettablemodel.h"
#include "packetview.h"
#include "receiverpane.h"
#include "testpackets.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTableView>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <vector>

#include <dlfcn.h>
#include <sys/socket.h>
#include <time.h>

// The benchmark gives the GUI the same buffer as the other receivers the way it does for iperf2,
// independent of how the window's own setting is spelled: the socket's buffer request is replaced
// by MCT_BENCH_RCVBUF bytes when that is set.
extern "C" int setsockopt(int fd, int level, int name, const void *value, socklen_t length)
{
    using Real = int (*)(int, int, int, const void *, socklen_t);
    static const Real real = reinterpret_cast<Real>(dlsym(RTLD_NEXT, "setsockopt"));
    static const long long forced =
            std::atoll(std::getenv("MCT_BENCH_RCVBUF") ? std::getenv("MCT_BENCH_RCVBUF") : "0");
    if (level == SOL_SOCKET && (name == SO_RCVBUF || name == SO_RCVBUFFORCE) && forced > 0) {
        const int bytes = int(std::min<long long>(forced, 1LL << 30));
        return real(fd, level, SO_RCVBUFFORCE, &bytes, sizeof bytes);
    }
    return real(fd, level, name, value, length);
}

namespace {

using mct::core::NetAddress;
using mct::core::PacketBatch;
using mct::core::PacketRecord;

qint64 monotonicNs()
{
    timespec now{};
    clock_gettime(CLOCK_MONOTONIC, &now);
    return qint64(now.tv_sec) * 1'000'000'000LL + now.tv_nsec;
}

// The streams the window holds (its Streams tab), as `mctester recv --json` writes them.
QByteArray streamsJson(const mct::core::ReceiverStatus &status)
{
    QJsonArray streams;
    for (const mct::core::StreamSnapshot &s : status.streams) {
        streams.append(mct::core::streamToJson(s));
    }
    return QJsonDocument(streams).toJson(QJsonDocument::Compact);
}

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
        r.hasSequence = true;
        r.sequence = firstSequence + quint64(i);
        r.ttl = 1;
        mct::test::appendPacket(batch, r, payload);
    }
    return batch;
}

// RSS growth per row while the table model fills to its maximum capacity, with a shown view.
int modelMemory(qsizetype rows, int payloadBytes, int batchRecords)
{
    mct::ui::PacketTableModel model;
    model.setCapacity(rows);
    QTableView view; // set up like PacketView's table
    view.verticalHeader()->hide();
    view.verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    view.verticalHeader()->setDefaultSectionSize(view.fontMetrics().height() + 6);
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

// The main window, offscreen, packet table shown, joined to GROUP:PORT. Prints READY once joined;
// exits when the table has accounted for `count` packets (shown as rows, or counted and skipped
// under load) or after timeoutS, and prints them, how many became rows, how late a 10 ms timer
// fired meanwhile (from the first packet on: the event loop's responsiveness) and the streams the
// window tells apart.
int window(const QString &endpointText, quint64 count, double timeoutS)
{
    const auto endpoint = mct::core::parseEndpoint(endpointText);
    if (!endpoint) {
        std::fprintf(stderr, "mct_bench_gui: %s\n", qPrintable(endpoint.error()));
        return 2;
    }
    mct::ui::MainWindow window;
    window.resize(1280, 800);
    window.show();
    mct::ui::PacketTableModel *model = window.packetView()->model();

    QElapsedTimer clock;
    clock.start();
    std::vector<double> lateMs;
    qint64 lastTickNs = -1;
    bool receiving = false;
    QTimer tick;
    tick.setTimerType(Qt::PreciseTimer);
    tick.setInterval(10);
    QObject::connect(&tick, &QTimer::timeout, &window, [&] {
        const qint64 now = clock.nsecsElapsed();
        if (receiving && lastTickNs >= 0) {
            lateMs.push_back(std::max(0.0, double(now - lastTickNs) / 1e6 - 10.0));
        }
        lastTickNs = now;
    });
    tick.start();

    qint64 firstNs = 0;
    qint64 elapsedNs = 0;
    qint64 accountedNs = 0; // CLOCK_MONOTONIC when the table had accounted for `count`
    quint64 shown = 0;
    bool done = false;
    auto finish = [&](int code) {
        if (done) {
            return;
        }
        done = true;
        if (accountedNs == 0) {
            elapsedNs = clock.nsecsElapsed() - firstNs;
            accountedNs = monotonicNs();
        }
        std::sort(lateMs.begin(), lateMs.end());
        const double p99 =
                lateMs.empty() ? 0.0
                               : lateMs[std::min(lateMs.size() - 1, size_t(double(lateMs.size()) * 0.99))];
        const double worst = lateMs.empty() ? 0.0 : lateMs.back();
        std::printf("{\"mode\":\"window\",\"received\":%llu,\"shown\":%llu,\"elapsed_ns\":%lld,\"ticks\":%zu,"
                    "\"p99_ms\":%.2f,\"max_ms\":%.2f,\"rows\":%d,\"accounted_monotonic_ns\":%lld,"
                    "\"streams\":%s}\n",
                    (unsigned long long)model->packetsSeen(), (unsigned long long)shown, (long long)elapsedNs,
                    lateMs.size(), p99, worst, model->rowCount(), (long long)accountedNs,
                    streamsJson(window.receiverStatus()).constData());
        std::fflush(stdout);
        QApplication::exit(code);
    };
    // packetsSeen() also counts what the window chose not to show under load (numbers skipped),
    // so it is checked on every tick too, not only when rows arrive. The streams the window shows
    // come with the receiver's status, a few times a second: the figures are printed once the
    // status has caught up with the table.
    auto check = [&] {
        if (accountedNs == 0 && model->packetsSeen() >= count) {
            elapsedNs = clock.nsecsElapsed() - firstNs;
            accountedNs = monotonicNs();
            receiving = false; // the event loop's lateness is measured while packets arrive
        }
        if (accountedNs != 0 && window.receiverStatus().received >= count) {
            finish(0);
        }
    };
    QObject::connect(&tick, &QTimer::timeout, &window, check);
    QObject::connect(model, &QAbstractItemModel::rowsInserted, &window,
                     [&](const QModelIndex &, int first, int last) {
                         if (!receiving && accountedNs == 0) {
                             receiving = true;
                             firstNs = clock.nsecsElapsed();
                         }
                         shown += quint64(last - first + 1);
                         check();
                     });
    QObject::connect(window.receiverPane()->joinedModel(), &QAbstractItemModel::rowsInserted, &window, [] {
        std::printf("READY\n");
        std::fflush(stdout);
    });
    if (timeoutS > 0) {
        QTimer::singleShot(qint64(timeoutS * 1000), &window, [&] { finish(1); });
    }
    window.join(mct::core::JoinRequest{endpoint.value(), {}, {}, {}});
    return QApplication::exec();
}

} // namespace

int main(int argc, char **argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    const QStringList args = QApplication::arguments();
    const QString mode = args.value(1);
    if (mode == QStringLiteral("capabilities")) {
        std::printf("model-memory window\n");
        return 0;
    }
    if (mode == QStringLiteral("window")) {
        // Own settings, so the benchmark never reads or changes the user's window settings.
        QCoreApplication::setOrganizationName(QStringLiteral("mctester-bench"));
        QCoreApplication::setApplicationName(QStringLiteral("mct_bench_gui"));
        return window(args.value(2), args.value(3).toULongLong(), args.value(4).toDouble());
    }
    if (mode == QStringLiteral("model-memory")) {
        const qsizetype rows = args.value(2, QStringLiteral("1000000")).toLongLong();
        const int payload = args.value(3, QStringLiteral("64")).toInt();
        const int batch = args.value(4, QStringLiteral("4096")).toInt();
        return modelMemory(rows, payload, batch);
    }
    std::fprintf(stderr,
                 "usage: mct_bench_gui model-memory [ROWS [PAYLOAD_BYTES [BATCH_RECORDS]]]\n"
                 "       mct_bench_gui window GROUP:PORT COUNT [TIMEOUT_S]   (MCT_BENCH_RCVBUF=bytes)\n");
    return 2;
}
